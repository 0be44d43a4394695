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


def test_the_pronoun_of_an_adverbial_clause_is_the_host_clauses_subject(analyzer):
    """"da sie befürchtete": the mother described in the main clause, though no entity names her."""
    quotes = quotes_of(analyzer, (
        "Das Jobcenter Lindenau hat in einem Schreiben einer Mutter mit der Kürzung der Leistungen "
        "gedroht. Die Mutter wandte sich daraufhin an einen Verein, da sie befürchtete, man wolle "
        "ihr die Kinder wegnehmen."))
    q = quote_with(quotes, "Kinder wegnehmen")
    assert q.speaker_mention == "sie" and q.speaker == "Mutter"
