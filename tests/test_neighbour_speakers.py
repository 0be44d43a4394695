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
