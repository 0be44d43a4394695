""""zeigte sich zuversichtlich, dass …" reports; "zeigte sich besorgt" alone does not (D19)."""

from __future__ import annotations

import pytest

from quotes.constructions import Extractor
from tests.conftest import quote_with, quotes_of
from tests.test_constructions.conllu import parsed

CONFIDENT = """
1 Die der DET _ 2 det
2 Ministerin Ministerin NOUN _ 3 nsubj
3 zeigte zeigen VERB Mood=Ind|VerbForm=Fin 0 root
4 sich sich PRON Reflex=Yes 3 obj
5 zuversichtlich zuversichtlich ADJ _ 3 xcomp SpaceAfter=No
6 , , PUNCT _ 11 punct
7 dass dass SCONJ _ 11 mark
8 die der DET _ 9 det
9 Brücke Brücke NOUN _ 11 nsubj
10 bald bald ADV _ 11 advmod
11 öffne öffnen VERB Mood=Sub|VerbForm=Fin 5 ccomp SpaceAfter=No
12 . . PUNCT _ 3 punct
"""

WORRIED = """
1 Die der DET _ 2 det
2 Ministerin Ministerin NOUN _ 3 nsubj
3 zeigte zeigen VERB Mood=Ind|VerbForm=Fin 0 root
4 sich sich PRON Reflex=Yes 3 obj
5 besorgt besorgt ADJ _ 3 xcomp SpaceAfter=No
6 . . PUNCT _ 3 punct
"""


def test_attitude_with_a_content_clause_is_a_report_without_one_it_is_not():
    doc = parsed(CONFIDENT)
    (q,) = Extractor().extract(doc)
    assert (doc.text[q.start:q.end], q.rule, q.cue) == ("die Brücke bald öffne", "indirect.attitude",
                                                        "zeigte sich")
    assert Extractor().extract(parsed(WORRIED)) == []


@pytest.mark.parametrize("text, cue, speaker, quote", [
    ("Die Trainerin Jana Roth ist zuversichtlich, das Finale am Sonntag gewinnen zu können.",
     "ist zuversichtlich", "Die Trainerin Jana Roth", "das Finale am Sonntag gewinnen zu können"),
    ("Die Ermittler sind überzeugt, dass der Täter aus dem Nachbarort stammt.",
     "sind überzeugt", "Die Ermittler", "der Täter aus dem Nachbarort stammt"),
])
def test_an_attitude_adjective_with_sein_and_content_is_the_subjects_report(analyzer, text, cue,
                                                                           speaker, quote):
    (q,) = analyzer.analyze_text(text, "t.txt")
    assert (q.cue, q.speaker_mention, q.quote, q.rule) == (cue, speaker, quote, "indirect.attitude")


def test_an_attitude_adjective_with_no_one_holding_it_is_no_quote(analyzer):
    assert analyzer.analyze_text("Es ist sicher, dass der Zug morgen ausfällt.", "t.txt") == []


def test_the_subject_with_an_apposition_before_the_attitude_is_no_content(analyzer):
    quotes = quotes_of(analyzer, "Anna Berg, als die neue Landrätin, zeigte sich sehr erfreut über die "
                                 "große Beteiligung.")
    assert quotes == []


def test_readiness_with_the_reflexive_verb_and_an_infinitive_is_reported(analyzer):
    """"zeigte sich bereit, … zu …" (D19/D28): the infinitive is what the source declared."""
    quotes = quotes_of(analyzer, "Der Minister zeigt sich unter bestimmten Bedingungen bereit, "
                                 "die Gespräche mit der Hamas fortzusetzen.")
    q = quote_with(quotes, "Gespräche")
    assert (q.quote, q.cue, q.speaker_mention) == (
        "die Gespräche mit der Hamas fortzusetzen", "zeigt sich", "Der Minister")


def test_readiness_with_sein_is_no_attitude_report(analyzer):
    """"Die Stadt ist bereit, …" states readiness, no one declares it (left to other constructions)."""
    assert quotes_of(analyzer, "Die kleine Stadt ist bereit, noch mehr Flüchtlinge aufzunehmen.") == []


def test_a_postposed_copula_attitude_frames_the_clause_before_it(analyzer):
    """"…, ist die Ministerin zuversichtlich." (D19 with content, cue the adjective, D28)."""
    quotes = quotes_of(analyzer, "Die Gespräche würden bald enden, ist die Ministerin zuversichtlich.")
    q = quote_with(quotes, "Gespräche")
    assert (q.quote, q.cue, q.speaker_mention) == (
        "Die Gespräche würden bald enden", "zuversichtlich", "die Ministerin")
    assert quotes_of(analyzer, "Das Wetter war schön, ist doch sicher.") == []
