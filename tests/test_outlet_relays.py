"""An outlet named by its name alone ("Haaretz berichtete", "Die „New York Times“ berichtete")
relays, like "der Sender": the named party's report it passes on is the quote, with the
party as speaker (GUIDELINES Q7, D16); quotation marks around the outlet's name do not hide
the subject (D25). Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quotes_of


@pytest.mark.parametrize("text", [
    "Haaretz berichtete am Sonntag, Chalil al-Hajja habe den Unterhändlern gesagt, die Gruppe "
    "verlange weiter einen Abzug.",
    "Die „New York Times“ berichtete am Sonntag, Chalil al-Hajja habe den Unterhändlern gesagt, "
    "die Gruppe verlange weiter einen Abzug.",
    "Reuters meldete, Chalil al-Hajja habe den Unterhändlern gesagt, die Gruppe verlange weiter "
    "einen Abzug.",
])
def test_an_outlet_by_name_relays_the_party(analyzer, text):
    quotes = [q for q in quotes_of(analyzer, text) if "Abzug" in q.quote]
    assert len(quotes) == 1
    q = quotes[0]
    assert (q.speaker, q.affiliation) == ("Khalil al-Hayya", "Hamas")
    assert q.quote == "die Gruppe verlange weiter einen Abzug"
