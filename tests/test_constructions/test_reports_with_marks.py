"""Reports and direct speech around quotation marks next to the cue: an infinitive that opens
with a quoted word is a report, not direct speech; marks right after the verb that close the
sentence are direct speech; made-up German news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_an_infinitive_opening_with_a_quoted_word_is_the_report(analyzer):
    """"kündigte an, „Pufferzonen“ … einzurichten": the marks hold one word, the clause goes on."""
    quotes = quotes_of(analyzer, "Der Bürgermeister kündigte an, „Schutzzonen“ entlang des Ufers "
                                 "einzurichten.")
    q = quote_with(quotes, "entlang des Ufers")
    assert q.quote.endswith("entlang des Ufers einzurichten") and q.kind == "mixed"
    assert q.speaker_mention == "Der Bürgermeister"


def test_quotation_marks_right_after_the_verb_that_close_the_sentence_are_direct(analyzer):
    (q,) = quotes_of(analyzer, "Die Streikenden skandierten „Wir bleiben, bis ihr zahlt“.")
    assert (q.kind, q.quote, q.speaker_mention) == ("direct", "Wir bleiben, bis ihr zahlt",
                                                    "Die Streikenden")


def test_andeuten_reports_its_clause(analyzer):
    (q,) = quotes_of(analyzer, "Die Sprecherin der Reederei deutete an, dass weitere Routen "
                               "gestrichen werden könnten.")
    assert (q.quote, q.speaker_mention) == ("weitere Routen gestrichen werden könnten",
                                            "Die Sprecherin der Reederei")


def test_an_infinitive_without_a_comma_after_the_participle_is_the_report_whole(analyzer):
    """"hatte angekündigt bei der Wahl erneut anzutreten": after the right bracket everything is
    the extraposed infinitive, though the parse hung its phrases on the cue."""
    (q,) = quotes_of(analyzer, "Die Ministerin hatte am Freitag angekündigt bei der Abstimmung im "
                               "Herbst erneut zu kandidieren.")
    assert (q.quote, q.speaker_mention) == ("bei der Abstimmung im Herbst erneut zu kandidieren",
                                            "Die Ministerin")


def test_an_infinitive_with_its_zu_inside_is_a_report(analyzer):
    (q,) = quotes_of(analyzer, "Der Trainer hat angekündigt nach der Saison aufzuhören.")
    assert (q.quote, q.speaker_mention) == ("nach der Saison aufzuhören", "Der Trainer")
