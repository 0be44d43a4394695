"""A speech noun with a content clause ("vertrat die Auffassung, …", "erteilte den Befehl, … zu
…", "Das Eingeständnis des X, … sei …, sorgte …"), on real parses of made-up sentences."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text, cue, speaker, quote", [
    # the verb that governs the noun stands between the noun and the comma
    ("Der Elternbeirat hatte stets den Standpunkt vertreten, die Schule sei zu klein.",
     "Standpunkt", "Der Elternbeirat", "die Schule sei zu klein"),
    ("Die Sprecherin des Vereins, Lena Hoff, hat die Ansicht geäußert, der Platz sei zu teuer.",
     "Ansicht", "Die Sprecherin des Vereins, Lena Hoff", "der Platz sei zu teuer"),
    # a directive noun with the "zu" inside the infinitive ("abzuschaffen")
    ("Zwei Stadträte haben der Verwaltung den Vorschlag unterbreitet, die Parkgebühren abzuschaffen.",
     "Vorschlag", "Zwei Stadträte", "die Parkgebühren abzuschaffen"),
])
def test_speech_noun_before_its_verb_at_the_clause_end(analyzer, text, cue, speaker, quote):
    q = quote_with(quotes_of(analyzer, text), quote.split()[1])
    assert (q.quote, q.cue, q.speaker_mention, q.rule) == (quote, cue, speaker,
                                                           "indirect.speech_noun")


@pytest.mark.parametrize("text, fragment, mention", [
    # a colon after the noun's clause opens the content
    ("Am Abend veröffentlichte das Rathaus eine knappe Stellungnahme: Die Brücke werde im Mai "
     "wieder geöffnet.", "Die Brücke werde im Mai wieder geöffnet", "das Rathaus"),
    # also where the parse ends the sentence at the colon
    ("Der Verband gab eine Erklärung ab: Man sei zu weiteren Gesprächen bereit.",
     "Man sei zu weiteren Gesprächen bereit", "Der Verband"),
    # the noun as subject of a short clause the colon closes: its owner speaks
    ("Die Botschaft der Trainerin war eindeutig: Ohne mehr Einsatz gebe es keinen Titel.",
     "Ohne mehr Einsatz gebe es keinen Titel", "der Trainerin"),
])
def test_a_speech_noun_before_a_colon_introduces_its_content(analyzer, text, fragment, mention):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.kind, q.rule, q.speaker_mention) == ("indirect", "indirect.speech_noun", mention)


def test_a_relative_clause_after_a_preposition_is_no_content(analyzer):
    text = "Sie sollte eine Erklärung unterschreiben, in der sie sich beim Verein entschuldigen sollte."
    assert quotes_of(analyzer, text) == []


def test_a_relative_clause_on_a_directive_noun_is_no_content_even_with_an_infinitive(analyzer):
    assert analyzer.analyze_text(
        "Zum Auftakt haben beide Delegationen ihre bekannten Forderungen bekräftigt, die alle "
        "bisherigen Gespräche, einen Kompromiss zu finden, blockiert haben.", "t.txt") == []


def test_a_main_clause_coordinated_after_the_verb_is_no_content_of_the_noun(analyzer):
    # "den Vorschlag … angenommen, die Stadt dagegen habe …": the sentence goes on, the proposal
    # has no content clause; the whole sentence goes on with the union's report
    text = ("Die Gewerkschaft erklärte, sie sei enttäuscht. Man habe den Vorschlag der Schlichter "
            "angenommen, die Stadt dagegen habe ihn abgelehnt.")
    q = quote_with(quotes_of(analyzer, text), "abgelehnt")
    assert (q.quote, q.speaker) == (
        "Man habe den Vorschlag der Schlichter angenommen, die Stadt dagegen habe ihn abgelehnt",
        "Gewerkschaft")
