"""A reported clause without its complementizer (GUIDELINES Q5, the default) or with it (setting
leading_complementizer = "keep", the German WikiNews data's convention), on real parses."""

from __future__ import annotations

import pytest

from quotes.constructions import Extractor

DASS = "Der Bürgermeister erklärte am Abend, dass der Hafen geschlossen bleibe."
OB = "Die Gewerkschaft fragte, ob die Bahn das Angebot noch einmal prüfe."
DIRECT = "„Dass wir verlieren, glaubt niemand“, sagte die Trainerin."


def spans(parser, text: str, keep: bool) -> list[str]:
    parsed = parser.parse(text)
    return [text[q.start:q.end] for q in Extractor(keep_complementizer=keep).extract(parsed)]


@pytest.mark.parametrize("text, content", [(DASS, "der Hafen geschlossen bleibe"),
                                           (OB, "die Bahn das Angebot noch einmal prüfe")])
def test_the_project_convention_leaves_dass_and_ob_out(parser, text, content):
    assert spans(parser, text, keep=False) == [content]


def test_the_wikinews_convention_keeps_them(parser):
    assert spans(parser, DASS, keep=True) == ["dass der Hafen geschlossen bleibe"]


def test_direct_speech_keeps_its_first_word(parser):
    assert spans(parser, DIRECT, keep=False) == ["Dass wir verlieren, glaubt niemand"]
