"""Names the tagger read as adverbs, restored from the rest of the document (real parses)."""

from __future__ import annotations

import pytest

from quotes.parse_repair import with_names_restored
from tests.conftest import quote_with, quotes_of

OPENING_NAME = ("US-Präsident Joe Biden hat Netanjahu zu einer raschen Einigung gedrängt. "
                "Netanjahu habe seinerseits die Entschlossenheit Israels bekräftigt, alle Geiseln "
                "zurückzubringen.")


def test_a_name_tagged_elsewhere_becomes_the_subject_again(parser):
    parsed = with_names_restored(parser.parse(OPENING_NAME))
    second = parsed.sentences[1].words[0]
    assert (second.upos, second.deprel) == ("PROPN", "nsubj")


def test_an_adverb_opening_a_sentence_stays_an_adverb(parser):
    parsed = with_names_restored(parser.parse(
        "Netanjahu reiste nach Washington. Dagegen habe die Hamas keine Antwort gegeben."))
    first = parsed.sentences[1].words[0]
    assert first.text == "Dagegen" and first.upos != "PROPN"


def test_the_restored_name_is_the_speaker(analyzer):
    q = quote_with(quotes_of(analyzer, OPENING_NAME), "Geiseln zurückzubringen")
    assert q.speaker == "Benjamin Netanjahu"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Insider sagten, der Entwurf werde bis Freitag überarbeitet.", "überarbeitet", "anonymous insiders"),
    ("Anwohner berichteten, es habe in der Nacht heftige Explosionen gegeben.", "heftige Explosionen",
     "anonymous residents"),
])
def test_a_source_noun_tagged_as_an_adverb_is_the_subject(analyzer, text, fragment, speaker):
    """"Insider" and "Anwohner" opening a sentence, unknown to the tagger, were adverbs: no speaker."""
    assert quote_with(quotes_of(analyzer, text), fragment).speaker == speaker
