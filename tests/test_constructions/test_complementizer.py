"""A reported clause without its complementizer (GUIDELINES Q5, the default) or with it (setting
leading_complementizer = "keep", the German WikiNews data's convention), on real parses."""

from __future__ import annotations

import pytest

from quotes.config import ConfigError, leading_complementizer
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


def test_config_names_the_choice_and_refuses_others(tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    monkeypatch.setenv("QUOTES_CONFIG", str(config))
    assert leading_complementizer() == "drop"
    config.write_text('leading_complementizer = "keep"\n', encoding="utf-8")
    assert leading_complementizer() == "keep"
    config.write_text('leading_complementizer = "trim"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="config.toml: leading_complementizer must be one of"):
        leading_complementizer()
