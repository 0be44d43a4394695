"""Direct speech frames on real parses of made-up sentences: a name in marks is no quotation,
a quotation that ends a clause of the writer's makes it mixed, "wie X es nannte" stays direct."""

from __future__ import annotations

import pytest

from quotes.constructions.core import Cue, find_marked
from quotes.constructions.direct import cue_for


def found(analyzer, text):
    return [(q.quote, q.kind, q.rule) for q in analyzer.analyze_text(text, "t.txt")]


def test_marks_without_a_comma_before_the_verb_enclose_a_name(analyzer):
    text = "Die Bürger trafen sich auf dem Markt, der seither als „Platz der Einheit“ bezeichnet wird."
    assert found(analyzer, text) == []  # nor a characterisation: the passive names no one


def test_quotation_ending_a_clause_makes_it_mixed(analyzer):
    text = "Der Streik sei die „letzte Warnung“, erklärte die Gewerkschaft am Montag."
    assert found(analyzer, text) == [("Der Streik sei die „letzte Warnung“", "mixed", "mixed.postposed")]


def test_a_short_report_ending_in_a_quotation_is_mixed(analyzer):
    """"…, man sei „vorsichtig optimistisch“": two words of the report before the marks make the
    whole clause mixed, however short; the quotation is no direct quote of its own."""
    text = "Der Sprecher Jonas Feld sagte, man sei „vorsichtig optimistisch“."
    assert [(q, k) for q, k, _ in found(analyzer, text)] == [("man sei „vorsichtig optimistisch“", "mixed")]


def test_wie_x_es_nannte_keeps_the_quoted_words_direct(analyzer):
    text = "Die Stadt verlangt ein Ende der „blinden Sparpolitik“, wie der Bürgermeister es nannte."
    assert ("blinden Sparpolitik", "direct", "direct.postposed") in found(analyzer, text)


def test_a_cue_after_a_clause_that_follows_a_full_quotation_frames_that_clause(analyzer):
    text = ("Die Bürgermeisterin Jana Brandt sprach über die Brücke. «Wir warten seit Jahren.» "
            "Die Bauarbeiten hätten für das Land keine Priorität, beklagte sie.")
    got = found(analyzer, text)
    assert ("Die Bauarbeiten hätten für das Land keine Priorität", "indirect",
            "indirect.speech_verb") in got
    assert not any(rule == "direct.postposed" for _, _, rule in got)


def test_a_clause_going_on_past_the_marks_is_no_postposed_frame():
    """„…“ ziele, könne … bezeichnet werden: the words after the marks go on with the clause; a
    postposed cue follows the marks with a comma or a dash („…“, sagte X)."""
    text = "Wer auf „Kinder oder Passanten“ ziele, könne nur so bezeichnet werden."
    (marked,) = find_marked(text)
    at = text.index("bezeichnet")
    cue = Cue(0, at, at + len("bezeichnet"), "bezeichnet", "name", None, None, "characterisation")
    assert cue_for(text, marked, [cue]) == (None, "")
    framed = text.replace(" ziele, könne nur so bezeichnet werden", ", sagte sie")
    (marked,) = find_marked(framed)
    at = framed.index("sagte")
    cue = Cue(0, at, at + 5, "sagte", "say", None, None, "speech_verb")
    assert cue_for(framed, marked, [cue]) == (cue, "postposed")


def test_a_verb_going_on_with_the_subject_before_frames_no_quotation_before_it(analyzer):
    """„…“, und fügt hinzu: „…“ – the first quotation is framed by the colon cue before it,
    not by the coordinated verb after it (whose quotation is the second)."""
    quotes = analyzer.analyze_text(
        "Die Forscherin Eva Brandt beschreibt die Idee, die mit der neuen Messreihe geprüft werden "
        "soll, so: „Es gibt zwei Strömungen, eine davon ist warm, die andere ist kalt und salzig“, "
        "und fügt hinzu: „Wir wollen wissen, wo sie sich treffen.“", "t.txt")
    assert [(q.quote[:12], q.cue) for q in quotes] == [("Es gibt zwei", "beschreibt"),
                                                       ("Wir wollen w", "fügt hinzu")]


@pytest.mark.parametrize("text, quote, speaker", [
    ("Das Landratsamt rät dazu, „alle nicht notwendigen Fahrten zu verschieben“.",
     "alle nicht notwendigen Fahrten zu verschieben", "Das Landratsamt"),
    ("Die Ärztin forderte, „endlich mehr Personal einzustellen“.",
     "endlich mehr Personal einzustellen", "Die Ärztin"),
])
def test_a_comma_after_the_cue_frames_the_quotation_as_a_colon_would(analyzer, text, quote, speaker):
    (q,) = analyzer.analyze_text(text, "t.txt")
    assert (q.quote, q.kind, q.speaker_mention) == (quote, "direct", speaker)


def test_an_initial_between_cue_and_colon_is_no_sentence_end(analyzer):
    quotes = analyzer.analyze_text("Zur Sorge bestehe kein Anlass. Ähnlich äußerte sich der "
                                   "Bürgermeister Karl H. Bergmann: „Wir haben die Lage im Griff.“",
                                   "t.txt")
    q = next(q for q in quotes if "Griff" in q.quote)
    assert (q.kind, q.cue, q.speaker_mention) == ("direct", "äußerte",
                                                  "der Bürgermeister Karl H. Bergmann")


def test_a_quotation_right_after_a_dateline_is_direct_speech(analyzer):
    (q,) = analyzer.analyze_text("HAMBURG (dpa) – „Wir bauen die Brücke bis Mai neu“, sagte der "
                                 "Bürgermeister.", "t.txt")
    assert (q.kind, q.quote) == ("direct", "Wir bauen die Brücke bis Mai neu")


def test_mixed_quotation_marks_still_pair(analyzer):
    """Real copy mixes its marks: a straight opener closed the German way ("…“) and an English
    opener closed straight (“…") are quotations too; an unpaired one swallowed every quote after
    it in the paragraph."""
    text = 'Er nannte den Plan "eine Falle“. Sie sagte: “Wir bleiben hier." Er sprach von einer „Wende".'
    assert [text[m.start:m.end] for m in find_marked(text)] == ["eine Falle", "Wir bleiben hier.",
                                                                "Wende"]
    quotes = analyzer.analyze_text("Die Ministerin warnte vor einer \"humanitären Katastrophe“. "
                                   "Sie sagte: “Wir brauchen sofort mehr Lastwagen.\"", "t.txt")
    assert [q.kind for q in quotes] == ["mixed", "direct"]
    assert quotes[1].quote == "Wir brauchen sofort mehr Lastwagen."
