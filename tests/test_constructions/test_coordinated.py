"""Coordinated complements of one cue are one entry each (GUIDELINES Q6: "betonte, A und dass
B"), on real parses of made-up sentences."""

from __future__ import annotations

from tests.conftest import quotes_of


def reported(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.quote, q.cue, q.speaker_mention) for q in quotes_of(analyzer, text)]


def test_a_clause_and_a_dass_clause_are_two_entries_with_one_cue(analyzer):
    assert reported(analyzer, "Der Bürgermeister sagte, die Arbeiten gingen weiter und dass "
                              "man auf eine rasche Einigung mit dem Land hoffe.") == [
        ("die Arbeiten gingen weiter", "sagte", "Der Bürgermeister"),
        ("man auf eine rasche Einigung mit dem Land hoffe", "sagte", "Der Bürgermeister")]


def test_two_dass_clauses_are_two_entries(analyzer):
    assert reported(analyzer, "Die Sprecherin erklärte, dass der Zug am Abend fahre und dass "
                              "die Strecke bis Freitag gesperrt bleibe.") == [
        ("der Zug am Abend fahre", "erklärte", "Die Sprecherin"),
        ("die Strecke bis Freitag gesperrt bleibe", "erklärte", "Die Sprecherin")]


def test_complements_of_a_clause_inside_the_report_stay_one_entry(analyzer):
    quotes = reported(analyzer, "Der Trainer sagte, es sei klar, dass die Mannschaft müde sei "
                                "und dass sie trotzdem gewinnen wolle.")
    assert [q for q, _, _ in quotes] == [
        "es sei klar, dass die Mannschaft müde sei und dass sie trotzdem gewinnen wolle"]
