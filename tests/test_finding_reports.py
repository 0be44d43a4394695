"""What an investigation found, reported with "ergeben" ("Die Untersuchung ergab, dass …"): a
report of its finding, as "laut der Untersuchung" is; "ergeben" with any other subject is no
report. Made-up news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_a_finding_that_ergab_reports_its_content(analyzer):
    quotes = quotes_of(analyzer, "Eine Untersuchung der Armee ergab, dass der Angriff auf einem "
                                 "Fehler beruhte.")
    q = quote_with(quotes, "Fehler")
    assert (q.quote, q.cue, q.speaker_mention) == ("der Angriff auf einem Fehler beruhte", "ergab",
                                                   "Eine Untersuchung der Armee")


def test_a_finding_named_by_a_relative_pronoun(analyzer):
    """"Ermittlungen …, die ergaben, dass …": the relative pronoun stands for the findings
    ("ergaben", which the lemmatizer keeps as it is, is a form of "ergeben")."""
    quotes = quotes_of(analyzer, "Die Polizei leitete Ermittlungen ein, die ergaben, dass das Feuer "
                                 "gelegt worden war.")
    q = quote_with(quotes, "Feuer")
    assert (q.cue, q.speaker_mention) == ("ergaben", "Ermittlungen")


def test_ergeben_without_a_finding_reports_nothing(analyzer):
    assert quotes_of(analyzer, "Daraus ergab sich ein heftiger Streit zwischen den Parteien.") == []
    assert quotes_of(analyzer, "Es ergab sich, dass die Gespräche länger dauerten.") == []
