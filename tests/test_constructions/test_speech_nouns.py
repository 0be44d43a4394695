"""A speech noun with a content clause ("vertrat die Auffassung, …", "erteilte den Befehl, … zu
…", "Das Eingeständnis des X, … sei …, sorgte …"), on real parses of made-up sentences."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_opinion_noun_with_a_konjunktiv_clause_is_the_subjects_report(analyzer):
    q = quote_with(quotes_of(analyzer, "Die Ministerin vertrat die Auffassung, das Gesetz sei "
                                       "verfassungswidrig."), "Gesetz")
    assert (q.quote, q.kind, q.rule, q.cue, q.speaker_mention) == (
        "das Gesetz sei verfassungswidrig", "indirect", "indirect.speech_noun", "Auffassung",
        "Die Ministerin")


def test_directive_noun_takes_an_infinitive(analyzer):
    q = quote_with(quotes_of(analyzer, "Der Minister erteilte der Polizei den Befehl, die Straße "
                                       "zu räumen."), "Straße")
    assert (q.quote, q.rule, q.speaker_mention) == ("die Straße zu räumen", "indirect.speech_noun",
                                                    "Der Minister")


def test_the_owner_speaks_and_the_main_clause_after_the_content_is_left_out(analyzer):
    q = quote_with(quotes_of(analyzer, "Das Eingeständnis des Trainers, die Mannschaft sei "
                                       "schlecht vorbereitet gewesen, sorgte für Unruhe."), "Mannschaft")
    assert (q.quote, q.speaker_mention) == ("die Mannschaft sei schlecht vorbereitet gewesen",
                                            "des Trainers")


def test_relative_clause_on_a_speech_noun_is_no_content(analyzer):
    assert quotes_of(analyzer, "Die Meinung der Leser, die sich gemeldet haben, war eindeutig.") == []
    assert quotes_of(analyzer, "Der Vorschlag, den der Rat gestern machte, fand keine Mehrheit.") == []
