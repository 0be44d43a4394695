"""„…“ introduced by "mit den Worten:" – the phrase is the cue, the clause's subject the speaker."""

from __future__ import annotations

from quotes.constructions import Extractor
from quotes.constructions.core import Named
from tests.test_constructions.conllu import parsed

WITH_WORDS = """
1 Die der DET _ 2 det
2 Reederei Reederei NOUN _ 3 nsubj
3 antwortete antworten VERB Mood=Ind|VerbForm=Fin 0 root
4 mit mit ADP _ 6 case
5 den der DET _ 6 det
6 Worten Wort NOUN _ 3 obl SpaceAfter=No
7 : : PUNCT _ 3 punct
8 „ „ PUNCT _ 10 punct SpaceAfter=No
9 Wir wir PRON Person=1 10 nsubj
10 fahren fahren VERB Mood=Ind|VerbForm=Fin 3 parataxis
11 weiter weiter ADV _ 10 advmod SpaceAfter=No
12 . . PUNCT _ 10 punct SpaceAfter=No
13 “ “ PUNCT _ 10 punct
"""


def test_quotation_after_mit_den_worten_is_direct_with_the_subject_as_speaker():
    doc = parsed(WITH_WORDS)
    (q,) = Extractor().extract(doc)
    assert (doc.text[q.start:q.end], q.kind, q.rule) == ("Wir fahren weiter.", "direct",
                                                         "direct.with_words")
    assert doc.text[slice(*q.cue_span)] == "mit den Worten"
    assert isinstance(q.speaker, Named) and q.speaker.mention.text == "Die Reederei"


def test_real_parse_of_a_made_up_sentence(analyzer):
    text = "Der Bürgermeister Jonas Keller schloss die Sitzung mit den Worten: „Wir bauen die Brücke neu.“"
    (q,) = analyzer.analyze_text(text, "t.txt")
    assert (q.quote, q.rule) == ("Wir bauen die Brücke neu.", "direct.with_words")
    assert "Jonas Keller" in q.speaker
