"""Colon headlines name their speaker before the colon; a topic before a colon names no one."""

from __future__ import annotations

import pytest

from quotes.constructions import Extractor
from tests.test_constructions.conllu import parsed

HEADLINE = """
1 Reederei Reederei NOUN _ 0 root SpaceAfter=No
2 : : PUNCT _ 1 punct
3 Fähre Fähre NOUN _ 1 appos
4 fährt fahren VERB Mood=Ind|VerbForm=Fin 1 parataxis
5 wieder wieder ADV _ 4 advmod
"""

LIVE_BLOG = """
1 +++ +++ PUNCT _ 3 punct
2 05:14 05:14 NUM _ 3 nummod
3 Reederei Reederei NOUN _ 0 root SpaceAfter=No
4 : : PUNCT _ 3 punct
5 Fähre Fähre NOUN _ 6 nsubj
6 fährt fahren VERB Mood=Ind|VerbForm=Fin 3 parataxis
7 wieder wieder ADV _ 6 advmod
8 +++ +++ PUNCT _ 3 punct
"""

TOPIC = """
1 Nach nach ADP _ 3 case
2 dem der DET _ 3 det
3 Sturm Sturm NOUN _ 0 root SpaceAfter=No
4 : : PUNCT _ 3 punct
5 Fähre Fähre NOUN _ 6 nsubj
6 fährt fahren VERB Mood=Ind|VerbForm=Fin 3 parataxis
7 wieder wieder ADV _ 6 advmod
"""


def headlines(block: str) -> list[tuple[str, str, str | None]]:
    doc = parsed(block)
    return [(doc.text[q.start:q.end], q.rule, q.speaker.mention.text) for q in Extractor().extract(doc)]


def test_speaker_before_the_colon_content_after_it():
    assert headlines(HEADLINE) == [("Fähre fährt wieder", "indirect.colon_headline", "Reederei")]


def test_live_blog_frame_is_not_part_of_the_headline():
    assert headlines(LIVE_BLOG) == [("Fähre fährt wieder", "indirect.colon_headline", "Reederei")]


def test_a_topic_before_the_colon_is_no_speaker():
    assert headlines(TOPIC) == []


DATELINE = """
1 BERGSTADT BERGSTADT PROPN _ 0 root SpaceAfter=No
2 : : PUNCT _ 1 punct
3 Die der DET _ 4 det
4 Reederei Reederei NOUN _ 6 nsubj
5 hat haben AUX Mood=Ind|VerbForm=Fin 6 aux
6 abgesagt absagen VERB VerbForm=Part 1 parataxis SpaceAfter=No
7 . . PUNCT _ 1 punct
8 Die der DET _ 9 det
9 Fähre Fähre NOUN _ 10 nsubj
10 bleibt bleiben VERB Mood=Ind|VerbForm=Fin 1 parataxis
11 im in ADP _ 12 case
12 Hafen Hafen NOUN _ 10 obl
"""


def test_a_dateline_before_a_paragraph_is_no_headline_speaker():
    assert headlines(DATELINE) == []


def test_an_event_noun_before_the_colon_is_a_topic_not_a_speaker(analyzer):
    """D20: "Gaza-Krieg:", "Tarifkonflikt:" name what the line is about; an organisation before
    the colon still speaks."""
    quotes = analyzer.analyze_text("Tarifkonflikt: Beide Seiten sehen Bewegung bei den Gesprächen"
                                   "\n\nGewerkschaft: Kein Abschluss ohne Inflationsausgleich\n",
                                   "t.txt")
    assert [(q.quote, q.speaker_mention) for q in quotes] == [
        ("Kein Abschluss ohne Inflationsausgleich", "Gewerkschaft")]


def test_a_bare_plural_before_a_line_that_names_its_own_speakers_is_a_topic(analyzer):
    """D20: "Schulen: Eltern fordern mehr Lehrer" is about schools, the parents demand; a body
    before a line that reports what another demands still speaks (D16)."""
    quotes = analyzer.analyze_text("Der Tag im Überblick\n\nSchulen: Eltern fordern mehr Lehrer"
                                   "\n\nGewerkschaft: Arbeitgeber verlangen zu viel\n",
                                   "t.txt")
    assert [(q.quote, q.speaker_mention) for q in quotes] == [
        ("Arbeitgeber verlangen zu viel", "Gewerkschaft")]


@pytest.mark.parametrize("line, speaker, quote", [
    ("+++ 12:00 Uhr: Katar: Gespräche gehen weiter +++", "Government of Qatar", "Gespräche gehen weiter"),
    ("+++ 11:45 Uhr: Netanjahu: „Wir geben nicht nach“ +++", "Benjamin Netanjahu", "Wir geben nicht nach"),
])
def test_a_live_blog_time_with_its_own_colon_frames_the_headline(analyzer, line, speaker, quote):
    qs = analyzer.analyze_text(line + "\nDie Vermittler setzen ihre Arbeit fort.\n", "t.txt")
    assert [(q.speaker, q.quote) for q in qs] == [(speaker, quote)]


def test_a_live_blog_time_stamp_with_a_dash_is_no_part_of_the_headline(analyzer):
    text = ("Der Tag im Überblick\n\n17.50 Uhr – Bürgermeisterin: Brücke wird saniert\n\n"
            "Die Stadt will die Brücke bis zum Sommer sanieren.")
    quotes = analyzer.analyze_text(text, "t.txt")
    assert [(q.quote, q.rule, q.speaker_mention) for q in quotes] == [
        ("Brücke wird saniert", "indirect.colon_headline", "Bürgermeisterin")]
