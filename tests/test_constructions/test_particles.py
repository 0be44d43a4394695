"""Separable particles the parse hangs on a speech verb that are not its own: a closing quotation
mark, a sentence adverb, the particle of the reported clause's verb across a comma."""

from __future__ import annotations

from quotes.constructions import Extractor
from tests.test_constructions.conllu import parsed

# the parser made the closing guillemet the particle of "sagte" (»sagen is no verb)
MARK_AS_PARTICLE = """
1 « « PUNCT _ 4 punct SpaceAfter=No
2 Wir wir PRON Person=1 4 nsubj
3 bauen bauen VERB Mood=Ind|VerbForm=Fin 7 ccomp
4 weiter weiter ADV _ 3 advmod SpaceAfter=No
5 » » ADP _ 7 compound:prt SpaceAfter=No
6 , , PUNCT _ 3 punct
7 sagte sagen VERB Mood=Ind|VerbForm=Fin 0 root
8 die der DET _ 9 det
9 Bürgermeisterin Bürgermeisterin NOUN _ 7 nsubj SpaceAfter=No
10 . . PUNCT _ 7 punct
"""

# "jedoch" taken for the particle of "betonte"
ADVERB_AS_PARTICLE = """
1 Die der DET _ 2 det
2 Ministerin Ministerin NOUN _ 3 nsubj
3 betonte betonen VERB Mood=Ind|VerbForm=Fin 0 root
4 jedoch jedoch ADV _ 3 compound:prt SpaceAfter=No
5 , , PUNCT _ 10 punct
6 der der DET _ 7 det
7 Plan Plan NOUN _ 10 obj
8 müsse müssen AUX Mood=Sub|VerbForm=Fin 10 aux
9 geändert ändern VERB VerbForm=Part 10 xcomp
10 werden werden AUX VerbForm=Inf 3 conj SpaceAfter=No
11 . . PUNCT _ 3 punct
"""

# "sehe … vor" of the reported clause hung on "sagte" (vorsagen is no speech verb)
CLAUSE_PARTICLE = """
1 Der der DET _ 2 det
2 Minister Minister NOUN _ 3 nsubj
3 sagte sagen VERB Mood=Ind|VerbForm=Fin 0 root
4 dem der DET _ 5 det
5 Sender Sender NOUN _ 3 iobj SpaceAfter=No
6 , , PUNCT _ 8 punct
7 der der DET _ 8 det
8 Vertrag Vertrag NOUN _ 3 obj
9 sehe sehe ADP _ 11 case
10 eine ein DET _ 11 det
11 Prüfung Prüfung NOUN _ 8 nmod
12 vor vor ADP _ 3 compound:prt SpaceAfter=No
13 . . PUNCT _ 3 punct
"""

# a real particle still makes the verb: "teilte … mit" is mitteilen
REAL_PARTICLE = """
1 Die der DET _ 2 det
2 Behörde Behörde NOUN _ 3 nsubj
3 teilte teilen VERB Mood=Ind|VerbForm=Fin 0 root
4 mit mit ADP _ 3 compound:prt SpaceAfter=No
5 , , PUNCT _ 8 punct
6 die der DET _ 7 det
7 Straße Straße NOUN _ 8 nsubj
8 sei sein AUX Mood=Sub|VerbForm=Fin 3 ccomp
9 frei frei ADJ _ 8 advmod SpaceAfter=No
10 . . PUNCT _ 3 punct
"""


def found(block: str) -> list[tuple[str, str, str | None]]:
    doc = parsed(block)
    return [(doc.text[q.start:q.end], q.kind, q.cue) for q in Extractor().extract(doc)]


def test_a_closing_mark_hung_on_the_verb_is_no_particle():
    assert found(MARK_AS_PARTICLE) == [("Wir bauen weiter", "direct", "sagte")]


def test_a_sentence_adverb_hung_on_the_verb_is_no_particle():
    assert found(ADVERB_AS_PARTICLE) == [("der Plan müsse geändert werden", "indirect", "betonte")]


def test_the_reported_clause_keeps_its_particle_across_the_comma():
    assert found(CLAUSE_PARTICLE) == [("der Vertrag sehe eine Prüfung vor", "indirect", "sagte")]


def test_a_real_particle_still_makes_the_cue():
    assert found(REAL_PARTICLE) == [("die Straße sei frei", "indirect", "teilte mit")]


def test_real_parse_of_guillemets_before_the_cue(analyzer):
    text = ("«Die Brücke wird im Mai wieder geöffnet», sagte die Bürgermeisterin Jana Brandt am "
            "Montag vor Journalisten. «Wir haben keine Zeit verloren.»")
    quotes = analyzer.analyze_text(text, "t.txt")
    assert [q.quote for q in quotes][:1] == ["Die Brücke wird im Mai wieder geöffnet"]
    assert "Jana Brandt" in quotes[0].speaker


def test_a_first_part_parsed_as_adverb_still_makes_the_cue(analyzer):
    quotes = analyzer.analyze_text("Zwei Stadträte machen vorher deutlich, dass sie gegen den "
                                   "neuen Plan für den Hafen sind.", "t.txt")
    assert [q.cue for q in quotes] == ["machen deutlich"]
    assert quotes[0].quote.endswith("sie gegen den neuen Plan für den Hafen sind")


def test_bekannt_after_an_inserted_phrase_still_makes_the_cue(analyzer):
    quotes = analyzer.analyze_text("Der Sprecher der Stadt, Paul Weber, gab auf X, ehemals Twitter, "
                                   "bekannt, dass die Brücke bis Mai gesperrt werde.", "t.txt")
    assert [q.quote.removeprefix("dass ") for q in quotes] == ["die Brücke bis Mai gesperrt werde"]


# the name "X" of a network taken for the particle of "erklärte"
NAME_AS_PARTICLE = """
1 Der der DET _ 2 det
2 Plan Plan NOUN _ 4 nsubj
3 sei sein AUX Mood=Sub|VerbForm=Fin 4 cop
4 gut gut ADJ _ 6 ccomp SpaceAfter=No
5 , , PUNCT _ 4 punct
6 erklärte erklären VERB Mood=Ind|VerbForm=Fin 0 root
7 Weber Weber PROPN _ 6 nsubj
8 im im ADP _ 9 case
9 Netzwerk Netzwerk NOUN _ 6 obl
10 X X ADP _ 6 compound:prt SpaceAfter=No
11 . . PUNCT _ 6 punct
"""


def test_a_capitalised_name_hung_on_the_verb_is_no_particle():
    assert found(NAME_AS_PARTICLE) == [("Der Plan sei gut", "indirect", "erklärte")]


# "auf" of the coordinated "forderte … auf" hung on "kritisierte" (aufkritisieren is no verb)
PARTICLE_OF_THE_NEXT_VERB = """
1 Der der DET _ 2 det
2 Verband Verband NOUN _ 3 nsubj
3 kritisierte kritisieren VERB Mood=Ind|VerbForm=Fin 0 root
4 „ „ PUNCT _ 6 punct SpaceAfter=No
5 grobe grob ADJ _ 6 amod
6 Fehler Fehler NOUN _ 3 obj SpaceAfter=No
7 “ “ PUNCT _ 6 punct
8 der der DET _ 9 det
9 Behörde Behörde NOUN _ 6 nmod
10 und und CCONJ _ 11 cc
11 forderte fordern VERB Mood=Ind|VerbForm=Fin 3 conj
12 die der DET _ 13 det
13 Stadt Stadt NOUN _ 11 obj
14 zu zu ADP _ 15 case
15 Gesprächen Gespräch NOUN _ 11 obl
16 auf auf ADP _ 3 compound:prt SpaceAfter=No
17 . . PUNCT _ 3 punct
"""

# "auf X" (the platform) taken for particles of "hieß"
PLATFORM_AS_PARTICLES = """
1 Man man PRON _ 2 nsubj
2 prüfe prüfen VERB Mood=Sub|VerbForm=Fin 0 root
3 den der DET _ 4 det
4 Entwurf Entwurf NOUN _ 2 obj SpaceAfter=No
5 , , PUNCT _ 6 punct
6 hieß heißen VERB Mood=Ind|VerbForm=Fin 2 conj
7 es es PRON _ 6 nsubj
8 auf auf ADP _ 6 compound:prt
9 X X ADP _ 6 compound:prt SpaceAfter=No
10 . . PUNCT _ 6 punct
"""


def test_a_particle_after_a_second_finite_verb_is_that_verbs():
    assert ("„grobe Fehler“ der Behörde", "mixed", "kritisierte") in found(PARTICLE_OF_THE_NEXT_VERB)


def test_a_preposition_with_words_after_it_is_no_particle():
    assert found(PLATFORM_AS_PARTICLES) == [("Man prüfe den Entwurf", "indirect", "hieß")]
