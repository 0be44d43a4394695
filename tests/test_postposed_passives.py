"""Postposed frames without a subject that speaks: "…, verlautete aus X", "…, wurde aus/von X
mitgeteilt", "…, wurde ein Sprecher zitiert" (GUIDELINES D14: the source is the speaker);
made-up German sentences, real parses with the shipped models."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text, content, mention", [
    ("Die Gruppe habe den Vorschlag abgelehnt, verlautete aus Hamas-Kreisen.",
     "Die Gruppe habe den Vorschlag abgelehnt", "Hamas-Kreisen"),
    ("Die Einigung sei nahe, wurde aus dem Weißen Haus mitgeteilt.", "Die Einigung sei nahe",
     "dem Weißen Haus"),
    ("Die Feuerpause halte, wurde von Senator Jim Risch bestätigt.", "Die Feuerpause halte",
     "Senator Jim Risch"),
    ("Israel habe die Waffenruhe gebrochen, wurde ein Hamas-Sprecher zitiert.",
     "Israel habe die Waffenruhe gebrochen", "ein Hamas-Sprecher"),
])
def test_a_postposed_frame_without_a_speaking_subject_names_its_source(analyzer, text, content, mention):
    q = quote_with(quotes_of(analyzer, text), content.split()[1])
    assert (q.quote, q.speaker_mention) == (content, mention)


def test_an_indicative_verb_coordinated_with_an_indicative_one_keeps_its_subject(analyzer):
    text = "Der Minister lehnte den Plan ab, verwies aber auf neue Gespräche."
    assert not [q for q in quotes_of(analyzer, text) if q.quote.startswith("Der Minister")]


def test_the_white_house_is_one_phrase_after_its_verb(analyzer):
    text = "Am Abend teilte das Weiße Haus mit, die Gespräche gingen weiter."
    q = quote_with(quotes_of(analyzer, text), "Gespräche")
    assert (q.speaker_mention, q.speaker) == ("das Weiße Haus", "White House")


def test_a_passive_after_an_indicative_condition_frames_nothing(analyzer):
    text = "Wenn die letzten Plätze vergeben sind, werden keine weiteren Termine angeboten."
    assert quotes_of(analyzer, text) == []
