"""Noun-phrase reports: an object carrying a verbatim fragment (mixed), a characterisation."""

from __future__ import annotations

import pytest

from quotes.constructions import Extractor
from tests.test_constructions.conllu import parsed

WARNED_OF = """
1 Der der DET _ 2 det
2 Bürgermeister Bürgermeister NOUN _ 3 nsubj
3 warnte warnen VERB Mood=Ind|VerbForm=Fin 0 root
4 am am ADP _ 5 case
5 Abend Abend NOUN _ 3 obl
6 vor vor ADP _ 10 case
7 einem ein DET _ 10 det
8 „ „ PUNCT _ 9 punct SpaceAfter=No
9 teuren teuer ADJ _ 10 amod
10 Stillstand Stillstand NOUN _ 3 obl SpaceAfter=No
11 “ “ PUNCT _ 9 punct
12 im in ADP _ 13 case
13 Hafen Hafen NOUN _ 10 nmod SpaceAfter=No
14 . . PUNCT _ 3 punct
"""

SPOKE_OF = """
1 Die der DET _ 2 det
2 Gewerkschaft Gewerkschaft NOUN _ 3 nsubj
3 sprach sprechen VERB Mood=Ind|VerbForm=Fin 0 root
4 von von ADP _ 7 case
5 einem ein DET _ 7 det
6 guten gut ADJ _ 7 amod
7 Kompromiss Kompromiss NOUN _ 3 obl SpaceAfter=No
8 . . PUNCT _ 3 punct
"""

BARE_REPORT = """
1 Die der DET _ 2 det
2 Gewerkschaft Gewerkschaft NOUN _ 3 nsubj
3 berichtete berichten VERB Mood=Ind|VerbForm=Fin 0 root
4 von von ADP _ 6 case
5 vielen viel ADJ _ 6 amod
6 Streiks Streik NOUN _ 3 obl SpaceAfter=No
7 . . PUNCT _ 3 punct
"""


def spans(*sentences):
    doc = parsed(*sentences)
    return [(doc.text[q.start:q.end], q.kind, q.rule, q.speaker.mention.text)
            for q in Extractor().extract(doc)]


def test_prepositional_object_with_a_verbatim_fragment_is_mixed():
    assert spans(WARNED_OF) == [("vor einem „teuren Stillstand“ im Hafen", "mixed",
                                 "indirect.np_object", "Der Bürgermeister")]


def test_characterisation_counts_a_bare_report_does_not():
    assert spans(SPOKE_OF) == [("von einem guten Kompromiss", "indirect", "indirect.characterisation",
                                "Die Gewerkschaft")]
    assert spans(BARE_REPORT) == []


FIGURE = """
1 Die der DET _ 2 det
2 Behörde Behörde NOUN _ 3 nsubj
3 sprach sprechen VERB Mood=Ind|VerbForm=Fin 0 root
4 von von ADP _ 6 case
5 zwölf zwölf NUM _ 6 nummod
6 Verletzten Verletzte NOUN _ 3 obl SpaceAfter=No
7 . . PUNCT _ 3 punct
"""


def test_a_figure_is_no_characterisation():
    assert spans(FIGURE) == []


# a live-blog headline read the wrong way round: the name before the verb as an oblique, the
# object after it as the subject
HEADLINE_SWAPPED = """
1 +++ +++ ADP _ 3 case
2 09:15 09:15 NUM _ 3 nummod
3 Weber Weber PROPN Case=Nom 4 obl
4 nennt nennen VERB Mood=Ind|VerbForm=Fin 0 root
5 Hafenplan Hafenplan NOUN Case=Nom 4 nsubj
6 „ „ PUNCT _ 8 punct SpaceAfter=No
7 große groß ADJ _ 8 amod
8 Chance Chance NOUN Case=Nom 4 obj SpaceAfter=No
9 “ “ PUNCT _ 8 punct
10 +++ +++ PUNCT _ 4 punct
"""


def test_a_headline_read_the_wrong_way_round_keeps_its_speaker_and_object():
    from quotes.constructions import Extractor
    from tests.test_constructions.conllu import parsed

    doc = parsed(HEADLINE_SWAPPED)
    (q,) = Extractor().extract(doc)
    assert (doc.text[q.start:q.end], q.kind, q.mention.text) == ("Hafenplan „große Chance“",
                                                                "mixed", "Weber")


def test_the_quoted_phrase_inside_a_place_is_the_report_up_to_the_final_verb(analyzer):
    quotes = analyzer.analyze_text("Noch am Montag hatte der Bürgermeister Paul Weber im Stadtrat "
                                   "von „Fortschritten“ in den Gesprächen mit dem Land berichtet.",
                                   "t.txt")
    (q,) = [q for q in quotes if "Fortschritten" in q.quote]
    assert q.quote == "von „Fortschritten“ in den Gesprächen mit dem Land"


def test_a_verb_sharing_the_subject_before_is_no_frame_for_the_clause_before(analyzer):
    """"…, verwies aber auf „…“": the coordinated verb has no subject after it, so it is no
    "…, sagte X" frame; both verbs report a quoted noun phrase of their own."""
    quotes = analyzer.analyze_text("Die Stadt bezeichnete die Gespräche als \"konstruktiv\", "
                                   "verwies aber auf \"offene Fragen\".", "t.txt")
    assert [(q.quote, q.cue, q.speaker_mention) for q in quotes] == [
        ('die Gespräche als "konstruktiv"', "bezeichnete", "Die Stadt"),
        ('auf "offene Fragen"', "verwies", "Die Stadt")]


def test_a_coordinated_cue_whose_subject_the_parse_called_an_object_still_frames(analyzer):
    """"…, betonte eine Sprecherin der Organisation": the nominative after the verb is its
    subject, so the clause before the comma is its report (not a cue-less continuation)."""
    quotes = analyzer.analyze_text("Das Hilfswerk teilte mit, seine Lastwagen kämen nur vereinzelt "
                                   "durch. Man brauche dringend sichere Korridore, betonte eine "
                                   "Sprecherin der Organisation.", "t.txt")
    assert [(q.quote, q.cue) for q in quotes][-1] == ("Man brauche dringend sichere Korridore",
                                                      "betonte")


@pytest.mark.parametrize("text", [
    "Im Interview mit der „Nordsee Rundschau“ äußerte sich die Ministerin am Abend.",
    "Die Ministerin äußerte sich gegenüber der „Nordsee Rundschau“ zuversichtlich.",
])
def test_a_medium_named_in_marks_after_a_preposition_carries_no_words(analyzer, text):
    """D25: the marks enclose the name of the paper she spoke to, not her words."""
    assert analyzer.analyze_text(text, "t.txt") == []


def test_a_quoted_word_in_an_object_is_still_a_fragment(analyzer):
    q, = analyzer.analyze_text("Der Bürgermeister kritisierte die Bezeichnung „Gesindel“ scharf.", "t.txt")
    assert q.rule == "indirect.np_object" and "„Gesindel“" in q.quote
