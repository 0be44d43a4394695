"""Passive accusations and suspicions ("Er wird verdächtigt, …"): the content is reported, the
accused is not its speaker. Made-up news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_verdaechtigt_reports_the_suspicion(analyzer):
    quotes = quotes_of(analyzer, "Die Polizei verdächtigt ihn, den Anschlag geplant zu haben.")
    q = quote_with(quotes, "Anschlag")
    assert (q.quote, q.cue, q.speaker_mention) == ("den Anschlag geplant zu haben", "verdächtigt",
                                                   "Die Polizei")


def test_the_subject_of_a_passive_suspicion_is_the_suspect_not_the_speaker(analyzer):
    """"Er wird verdächtigt, …": the parse called "Er" a plain subject beside the passive
    auxiliary; he is the patient, and no one is named who suspects him."""
    quotes = quotes_of(analyzer, "Er wird verdächtigt, einen Überfall auf ein Depot zu planen.")
    q = quote_with(quotes, "Depot")
    assert (q.cue, q.speaker_mention, q.speaker) == ("verdächtigt", None, None)


def test_an_accusation_in_a_relative_clause_with_its_auxiliary_after_it(analyzer):
    """"…, die beschuldigt werden, Mitglieder der Hamas zu sein": the parse did not make the
    relative clause one, so "werden" after the cue looked like the start of another clause and
    hid the comma that opens the content."""
    quotes = quotes_of(analyzer, "Die Armee nahm drei Männer fest, die beschuldigt werden, Mitglieder "
                                 "der Hamas zu sein.")
    q = quote_with(quotes, "Hamas")
    assert (q.quote, q.cue) == ("Mitglieder der Hamas zu sein", "beschuldigt")
