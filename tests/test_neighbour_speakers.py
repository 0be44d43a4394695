"""Whose report a sentence is when speakers alternate (GUIDELINES.md Q6, F2/F3, D16, D21): a
sentence with a cue of its own is not a continuation of the speaker before, however the parse
hangs that cue. Made-up news sentences."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("second", [
    "Er wolle die Brücke nicht schließen, ließ Barthel über einen Sprecher ausrichten.",
    "Er wolle die Brücke nicht schließen, ließ Barthel mitteilen.",
    "Barthel ließ ausrichten, er wolle die Brücke nicht schließen.",
])
def test_a_report_through_lassen_is_its_subjects_not_the_speaker_before(analyzer, second):
    """"ließ X ausrichten/mitteilen": the parse hangs the reported clause on "ließ" (or makes
    the clause an auxiliary of it), so the infinitive cue had no content and the sentence went
    on as a Konjunktiv continuation of whoever spoke before."""
    quotes = quotes_of(analyzer, (
        "Die Ministerin Carla Reinholt sprach am Morgen mit dem Bürgermeister Jens Barthel. "
        + second))
    q = quote_with(quotes, "Brücke nicht schließen")
    assert q.speaker == "Jens Barthel" and q.quote.endswith("schließen")


@pytest.mark.parametrize("between, speaker", [
    ("Anders sah es die Stadträtin Eva Roth.", "Eva Roth"),
    ("Die Stadträtin Eva Roth sieht das anders.", "Eva Roth"),
    ("Kritik kam von der Stadträtin Eva Roth.", "Eva Roth"),
    ("Ganz anders klang es bei der Stadträtin Eva Roth.", "Eva Roth"),
    ("Für die Stadträtin Eva Roth ist die Sache klar.", "Eva Roth"),
])
def test_a_sentence_that_brings_in_a_new_voice_gives_it_the_konjunktiv_after_it(
        analyzer, between, speaker):
    """"X sagte, … . Anders sah es Y. Z sei …": a view compared with the one before, a
    reaction and its source, "für Y ist klar" bring in Y as the next voice; the Konjunktiv
    sentence after is Y's, not the running report's (nor "Kritik"'s)."""
    quotes = quotes_of(analyzer, (
        "Der Bürgermeister Karl Huber sagte am Montag, die Brücke werde im Sommer gesperrt. "
        + between + " Die Sperrung sei ein schwerer Fehler."))
    assert quote_with(quotes, "Brücke werde").speaker == "Karl Huber"
    assert quote_with(quotes, "schwerer Fehler").speaker == speaker
