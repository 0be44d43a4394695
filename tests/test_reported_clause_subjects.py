"""The subject of a reported clause is what was said, not who said it (GUIDELINES.md F2, D16):
where the parse hangs the speech noun on the reported clause's verb, the speaker is still the
subject of the verb before the comma. Made-up news sentences."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_the_reported_clauses_subject_is_not_the_speaker_of_a_speech_noun(analyzer):
    quotes = quotes_of(analyzer, (
        "Am Montag zog der Partner von Siemens, Weber Logistik, der als Generalunternehmer auftrat, "
        "das Angebot beim Ministerium mit der Begründung zurück, dieses habe die Ausschreibung voll "
        "auf Bosch zugeschnitten."))
    q = quote_with(quotes, "Ausschreibung")
    assert q.quote.startswith("dieses habe") and q.speaker == "Weber Logistik"
