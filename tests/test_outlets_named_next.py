"""Unspecified media ("Israelische Medien berichteten, …") are the outlets the next sentence
names only when it gives them that report or its source ("Die Sender X und Y beriefen sich
dabei auf …", "… zitierten Beamte"); an outlet that does something else there ("veröffentlichte
Bilder") or reports on another topic ("über ein Treffen") leaves the label (D11). Made-up
sentences, real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("second", [
    "Die Zeitung „Jerusalem Post“ veröffentlichte am Abend Fotos der Unterhändler.",
    "Der Sender Kan zeigte später Aufnahmen aus Chan Junis.",
    "Die „Times of Israel“ hatte schon am Morgen über ein Treffen in Doha berichtet.",
])
def test_an_outlet_doing_something_else_is_not_the_report(analyzer, second):
    text = "Israelische Medien berichteten, die Regierung habe den Rahmen gebilligt. " + second
    q = quote_with(quotes_of(analyzer, text), "Rahmen gebilligt")
    assert (q.speaker, q.affiliation) == ("Israeli media", "other")


@pytest.mark.parametrize("second, speaker", [
    ("Die Sender Kan und Channel 12 beriefen sich dabei auf Regierungskreise.",
     "Kan and Channel 12 (N12)"),
    ("Die Fernsehsender Channel 12 und Kan zitierten Beamte, denen zufolge der Rahmen stehe.",
     "Channel 12 (N12) and Kan"),
    ("Das berichtete der Sender Kan.", "Kan"),  # the verb before the outlet (D21)
])
def test_outlets_that_made_the_report_are_its_speaker(analyzer, second, speaker):
    text = "Israelische Medien berichteten, die Regierung habe den Rahmen gebilligt. " + second
    q = quote_with(quotes_of(analyzer, text), "Rahmen gebilligt")
    assert q.speaker == speaker


def test_a_swiss_paper_told_after_the_verb_is_no_speaker(analyzer):
    text = ("Ein hoher ägyptischer Beamter, der namentlich nicht genannt werden wollte, sagte der NZZ, "
            "die Differenzen seien gross.")
    q = quote_with(quotes_of(analyzer, text), "Differenzen")
    assert (q.speaker, q.affiliation) == ("anonymous senior Egyptian official", "Egypt")
