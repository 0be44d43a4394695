"""A quotation after a colon that ends the clause of a verb the lexicon does not know."""

from __future__ import annotations

from quotes.constructions import Extractor
from tests.test_constructions.conllu import parsed

TITLED = """
1 Die der DET _ 2 det
2 Zeitung Zeitung NOUN _ 3 nsubj
3 titelte titeln VERB Mood=Ind|VerbForm=Fin 0 root SpaceAfter=No
4 : : PUNCT _ 3 punct
5 „ „ PUNCT _ 7 punct SpaceAfter=No
6 Alles alles PRON _ 7 nsubj
7 offen offen ADJ _ 3 parataxis SpaceAfter=No
8 “ “ PUNCT _ 7 punct
"""


def test_colon_after_an_unlisted_verb_frames_direct_speech():
    doc = parsed(TITLED)
    (q,) = Extractor().extract(doc)
    assert (doc.text[q.start:q.end], q.rule, q.speaker.mention.text) == (
        "Alles offen", "direct.unlisted_verb", "Die Zeitung")
