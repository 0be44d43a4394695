"""Each existing construction on a hand-built parse: its span, its rule, its typed speaker."""

from __future__ import annotations

from quotes.constructions import Extractor
from quotes.constructions.core import Named, PreviousSpeaker, Pronoun, StatementIssuer
from tests.test_constructions.conllu import parsed

REPORTED = """
1 Netanjahu Netanjahu PROPN _ 2 nsubj
2 sagte sagen VERB Mood=Ind|VerbForm=Fin 0 root SpaceAfter=No
3 , , PUNCT _ 6 punct
4 Israel Israel PROPN _ 6 nsubj
5 werde werden AUX Mood=Sub|VerbForm=Fin 6 aux
6 weiterkämpfen weiterkämpfen VERB VerbForm=Inf 2 ccomp SpaceAfter=No
7 . . PUNCT _ 2 punct
"""

ZUFOLGE = """
1 Der der DET Case=Dat 2 det
2 Behörde Behörde NOUN Case=Dat 6 obl
3 zufolge zufolge ADP _ 2 case
4 sind sein AUX Mood=Ind|VerbForm=Fin 6 aux:pass
5 zwei zwei NUM _ 6 nsubj:pass
6 verletzt verletzen VERB VerbForm=Part 0 root
7 worden werden AUX VerbForm=Part 6 aux:pass SpaceAfter=No
8 . . PUNCT _ 6 punct
"""

DIRECT_POSTPOSED = """
1 „ „ PUNCT _ 4 punct SpaceAfter=No
2 Wir wir PRON Person=1 4 nsubj
3 bleiben bleiben VERB Mood=Ind|VerbForm=Fin 0 root
4 hier hier ADV _ 3 advmod SpaceAfter=No
5 “ “ PUNCT _ 3 punct SpaceAfter=No
6 , , PUNCT _ 7 punct
7 sagte sagen VERB Mood=Ind|VerbForm=Fin 3 parataxis
8 er er PRON Person=3|PronType=Prs 7 nsubj SpaceAfter=No
9 . . PUNCT _ 3 punct
"""

HIESS_ES = """
1 Man man PRON _ 2 nsubj
2 prüfe prüfen VERB Mood=Sub|VerbForm=Fin 0 root
3 den der DET _ 4 det
4 Vorschlag Vorschlag NOUN _ 2 obj SpaceAfter=No
5 , , PUNCT _ 6 punct
6 hieß heißen VERB Mood=Ind|VerbForm=Fin 2 parataxis
7 es es PRON _ 6 expl SpaceAfter=No
8 . . PUNCT _ 2 punct
"""

SO_FRAME = """
1 Die der DET _ 2 det
2 Lage Lage NOUN _ 4 nsubj
3 sei sein AUX Mood=Sub|VerbForm=Fin 4 cop
4 ernst ernst ADJ _ 0 root SpaceAfter=No
5 , , PUNCT _ 6 punct
6 so so ADV _ 8 advmod
7 ein ein DET _ 8 det
8 Diplomat Diplomat NOUN _ 4 parataxis SpaceAfter=No
9 . . PUNCT _ 4 punct
"""

KONJUNKTIV = """
1 Die der DET _ 2 det
2 Gespräche Gespräch NOUN _ 3 nsubj
3 gingen gehen VERB Mood=Sub|VerbForm=Fin 0 root
4 weiter weiter ADP _ 3 compound:prt SpaceAfter=No
5 . . PUNCT _ 3 punct
"""


def extract(*sentences: str):
    doc = parsed(*sentences)
    return doc.text, Extractor().extract(doc)


def test_reported_clause_after_speech_verb():
    text, (q,) = extract(REPORTED)
    assert (text[q.start:q.end], q.kind, q.rule) == ("Israel werde weiterkämpfen", "indirect",
                                                     "indirect.speech_verb")
    assert isinstance(q.speaker, Named) and q.speaker.mention.text == "Netanjahu"
    assert text[slice(*q.cue_span)] == "sagte"


def test_zufolge_attribution_leaves_the_phrase_out():
    text, (q,) = extract(ZUFOLGE)
    assert q.rule == "indirect.zufolge" and text[q.start:q.end] == "sind zwei verletzt worden"
    assert q.speaker.mention.text == "Der Behörde"


def test_postposed_cue_with_pronoun():
    text, (q,) = extract(DIRECT_POSTPOSED)
    assert (text[q.start:q.end], q.rule) == ("Wir bleiben hier", "direct.postposed")
    assert isinstance(q.speaker, Pronoun) and q.speaker.mention.text == "er"


def test_hiess_es_without_owner_is_the_statement_issuer():
    text, (q,) = extract(HIESS_ES)
    assert q.rule == "indirect.hiess_es" and isinstance(q.speaker, StatementIssuer)
    assert text[q.start:q.end] == "Man prüfe den Vorschlag"


def test_so_frame_and_konjunktiv_continuation():
    text, quotes = extract(SO_FRAME, KONJUNKTIV)
    assert [(text[q.start:q.end], q.rule) for q in quotes] == [
        ("Die Lage sei ernst", "indirect.so"),
        ("Die Gespräche gingen weiter", "continuation.konjunktiv"),
    ]
    assert quotes[0].speaker.mention.text == "ein Diplomat"


DEMNACH = """
1 Die der DET _ 2 det
2 Fähre Fähre NOUN _ 3 nsubj
3 fährt fahren VERB Mood=Ind|VerbForm=Fin 0 root
4 demnach demnach ADV _ 3 advmod
5 wieder wieder ADV _ 3 advmod SpaceAfter=No
6 . . PUNCT _ 3 punct
"""

AUS_SICHT = """
1 Aus aus ADP _ 2 case
2 Sicht Sicht NOUN _ 5 obl
3 der der DET _ 4 det
4 Reederei Reederei NOUN _ 2 nmod
5 ist sein AUX Mood=Ind|VerbForm=Fin 7 cop
6 das das PRON _ 7 nsubj
7 sicher sicher ADJ _ 0 root SpaceAfter=No
8 . . PUNCT _ 7 punct
"""


def test_demnach_goes_on_with_the_source_named_before():
    text, quotes = extract(REPORTED, DEMNACH)
    assert [(text[q.start:q.end], q.rule) for q in quotes] == [
        ("Israel werde weiterkämpfen", "indirect.speech_verb"),
        ("Die Fähre fährt demnach wieder", "indirect.demnach"),
    ]
    assert isinstance(quotes[1].speaker, PreviousSpeaker)


def test_aus_sicht_von_names_the_source():
    text, (q,) = extract(AUS_SICHT)
    assert (text[q.start:q.end], q.rule, q.speaker.mention.text) == (
        "ist das sicher", "indirect.nach_angaben", "der Reederei")


SO_MID = """
1 Die der DET _ 2 det
2 Lage Lage NOUN _ 9 nsubj
3 sei sein AUX Mood=Sub|VerbForm=Fin 9 cop SpaceAfter=No
4 , , PUNCT _ 5 punct
5 so so ADV _ 7 advmod
6 der der DET _ 7 det
7 Minister Minister NOUN _ 9 parataxis SpaceAfter=No
8 , , PUNCT _ 7 punct
9 ernst ernst ADJ _ 0 root SpaceAfter=No
10 . . PUNCT _ 9 punct
"""


def test_so_x_inside_the_sentence_stays_in_the_span():
    text, (q,) = extract(SO_MID)
    assert (text[q.start:q.end], q.rule) == ("Die Lage sei, so der Minister, ernst", "indirect.so_mid")
    assert q.speaker.mention.text == "der Minister"


ZUFOLGE_AS_PARTICLE = """
1 Der der DET _ 2 det
2 Verband Verband NOUN _ 3 nsubj
3 strebt streben VERB Mood=Ind|VerbForm=Fin 0 root
4 einem ein DET _ 5 det
5 Bericht Bericht NOUN _ 3 obj
6 zufolge zufolge ADP _ 3 compound:prt
7 eine ein DET _ 8 det
8 Einigung Einigung NOUN _ 3 obj
9 an an ADP _ 3 compound:prt SpaceAfter=No
10 . . PUNCT _ 3 punct
"""


def test_zufolge_misparsed_as_a_particle_still_attributes():
    text, (q,) = extract(ZUFOLGE_AS_PARTICLE)
    assert (text[q.start:q.end], q.rule, q.speaker.mention.text) == (
        "Der Verband strebt einem Bericht zufolge eine Einigung an", "indirect.zufolge", "einem Bericht")


HIESS_ES_AUS = """
1 Man man PRON _ 2 nsubj
2 prüfe prüfen VERB Mood=Sub|VerbForm=Fin 0 root
3 den der DET _ 4 det
4 Vorschlag Vorschlag NOUN _ 2 obj SpaceAfter=No
5 , , PUNCT _ 6 punct
6 hieß heißen VERB Mood=Ind|VerbForm=Fin 2 parataxis
7 es es PRON _ 6 expl
8 aus aus ADP _ 9 case
9 Reedereikreisen Reedereikreis NOUN _ 6 obl SpaceAfter=No
10 . . PUNCT _ 2 punct
"""


def test_hiess_es_aus_names_its_source():
    text, (q,) = extract(HIESS_ES_AUS)
    assert q.rule == "indirect.hiess_es" and q.speaker.mention.text == "Reedereikreisen"
