"""A quotation after a colon that ends the clause of a verb the lexicon does not know."""

from __future__ import annotations

import pytest

from quotes.constructions import Extractor
from tests.conftest import quote_with, quotes_of
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


@pytest.mark.parametrize("text, fragment, mention", [
    ("„Das ist ein Skandal“, wetterte der Minister am Abend.", "Das ist ein Skandal", "der Minister"),
    ("„Bringt sie nach Hause!“, brüllten die Demonstranten vor dem Parlament.", "Bringt sie nach Hause!",
     "die Demonstranten"),
    ("„Wir lassen uns nicht erpressen“, polterte der Sprecher der Regierung.",
     "Wir lassen uns nicht erpressen", "der Sprecher der Regierung"),
])
def test_an_unlisted_verb_after_the_quotation_frames_direct_speech(analyzer, text, fragment, mention):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.kind, q.rule, q.speaker_mention) == ("direct", "direct.unlisted_verb", mention)


def test_a_quoted_name_before_an_unlisted_verb_is_no_speech(analyzer):
    text = "In der „Trostrunde“, dem „Coup der Nationen“, schieden die Frauen früh aus."
    assert quotes_of(analyzer, text) == []


def test_a_subordinate_clause_before_the_colon_leaves_the_main_clause_the_frame(analyzer):
    """"X schloss sich der Einschätzung an, wonach …: „…“": the wonach-clause does not count
    against the colon's distance, and its own verb frames nothing (its subject is no speaker)."""
    quotes = quotes_of(analyzer, "Der Bürgermeister schloss sich der Einschätzung der Gutachter "
                                 "an, wonach die Brücke nicht mehr zu retten sei: „Wir müssen "
                                 "neu bauen, und zwar bald.“")
    assert quote_with(quotes, "neu bauen").speaker_mention == "Der Bürgermeister"


def test_the_verb_of_a_wonach_clause_lends_no_speaker_to_the_quotation(analyzer):
    quotes = quotes_of(analyzer, "Der Landrat bestritt den Bericht, wonach die Schule schließe: "
                                 "„Die Kinder lernen hier auch im nächsten Jahr.“")
    assert quote_with(quotes, "Kinder lernen").speaker_mention == "Der Landrat"


def test_a_konjunktiv_clause_after_a_colon_is_the_subjects_report(analyzer):
    # one sentence in the parse (a name after the colon); a split at the colon is a continuation
    quotes = analyzer.analyze_text("Gewerkschafter Jonas Keller ging noch weiter: Meier wolle den "
                                   "Bau der Brücke bis nach der Wahl verschleppen.", "t.txt")
    assert [(q.quote, q.rule, q.speaker) for q in quotes] == [
        ("Meier wolle den Bau der Brücke bis nach der Wahl verschleppen",
         "indirect.colon_konjunktiv", "Jonas Keller")]


def test_an_indicative_clause_after_a_colon_is_the_writers(analyzer):
    assert analyzer.analyze_text("Gewerkschafter Jonas Keller ging noch weiter: Meier verließ die "
                                 "Sitzung vor der Abstimmung.", "t.txt") == []
