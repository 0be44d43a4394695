"""Speaker mentions the parse gets wrong, on real parses of made-up sentences: a time phrase it
calls the subject, a source given with "aus", a name that opens with "Von"."""

from __future__ import annotations

from tests.conftest import quotes_of


def speaker_of(analyzer, text: str) -> str | None:
    (q,) = quotes_of(analyzer, text)
    return q.speaker_mention


def test_a_time_phrase_called_subject_gives_way_to_the_real_subject(analyzer):
    assert speaker_of(analyzer, "Der Bürgermeister Jan Peters erklärte Mitte Mai in Kiel, dass "
                                "die Fähre verkauft werde.") == "Der Bürgermeister Jan Peters"


def test_without_a_subject_the_aus_phrase_is_the_source(analyzer):
    assert speaker_of(analyzer, "Wie aus Unternehmenskreisen verlautete, will die Werft ihr Dock "
                                "in Emden umbauen.") == "Unternehmenskreisen"


def test_a_name_opening_with_von_is_no_preposition(analyzer):
    assert speaker_of(analyzer, "Von der Heide betonte, unter den Bewerbern seien viele "
                                "Frauen.") == "Von der Heide"
