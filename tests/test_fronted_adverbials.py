"""A fronted adverbial before the finite verb is no speaker: German puts time phrases,
prepositional phrases and bare adverbs there as often as the subject, and the parser then
calls the real subject after the verb an object (GUIDELINES F2, F3). Made-up sentences, real
parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_a_time_phrase_before_the_verb_leaves_the_subject_after_it(analyzer):
    q = quote_with(quotes_of(analyzer, "Letzten Monat hat die katarische Regierung angekündigt, "
                                       "ihre Vermittlung auszusetzen."), "Vermittlung auszusetzen")
    assert (q.speaker_mention, q.speaker) == ("die katarische Regierung", "Government of Qatar")


def test_a_bare_adverb_before_a_phrase_of_the_verb_is_no_speaker(analyzer):
    q = quote_with(quotes_of(analyzer, "Unmittelbar vor Beratungen des Sicherheitskabinetts hatte "
                                       "der israelische Regierungschef Benjamin Netanjahu der Hamas "
                                       "vorgeworfen, sie verzögere die Gespräche."), "verzögere")
    assert q.speaker == "Benjamin Netanjahu"


def test_a_fronted_preposition_the_tagger_took_for_a_name_is_no_speaker(analyzer):
    q = quote_with(quotes_of(analyzer, "Trotz Netanjahus Abwesenheit forderten die Demonstrierenden, "
                                       "die Geiseln sofort zurückzuholen."), "zurückzuholen")
    assert (q.speaker_mention, q.speaker) == ("die Demonstrierenden", "protesters")
