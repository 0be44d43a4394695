""""hieß es": a source in circles ("in Diplomatenkreisen", D14), and an unnamed statement whose
issuer the sentence before names ("Das Forum kritisierte … „…“, hieß es in einer Erklärung")."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_hiess_es_in_kreisen_names_the_circle_as_source(analyzer):
    quotes = quotes_of(analyzer, "Die Gespräche über den Hafen würden am Montag fortgesetzt, hieß "
                                 "es am Samstag in Diplomatenkreisen.")
    q = quote_with(quotes, "am Montag fortgesetzt")
    assert (q.speaker_mention, q.speaker) == ("Diplomatenkreisen", "anonymous diplomatic sources")


def test_a_direct_statement_takes_the_issuer_of_the_sentence_before(analyzer):
    quotes = quotes_of(analyzer, "Der Bürgermeister Paul Weber lobte den Plan. Der Verband der "
                                 "Fischer kritisierte die Stadt dagegen scharf. „Seit Jahren wird "
                                 "uns ein neuer Hafen versprochen“, hieß es in einer Erklärung.")
    q = quote_with(quotes, "neuer Hafen versprochen")
    assert q.kind == "direct"
    assert "Verband der Fischer" in q.speaker
