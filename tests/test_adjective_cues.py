"""A speech verb in the plural present that the tagger reads as an adjective ("Der Iran und die
Hamas beschuldigen Israel, …": "beschuldigen" ADJ, "Israel" the noun it modifies) is still the
cue, and its speaker is the noun phrase before it, not the object after it.
Made-up news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_a_plural_speech_verb_tagged_adjective_is_a_cue_with_the_prefield_as_speaker(analyzer):
    quotes = quotes_of(analyzer, "Der Iran und die Hamas beschuldigen Israel, die Waffenruhe zu brechen.")
    q = quote_with(quotes, "Waffenruhe")
    assert (q.quote, q.cue) == ("die Waffenruhe zu brechen", "beschuldigen")
    assert "Hamas" in q.speaker and "Israel" not in q.speaker


def test_a_prepositional_phrase_before_an_adjective_cue_is_no_speaker(analyzer):
    quotes = quotes_of(analyzer, "In einer langen Fernsehansprache am Sonntag offenbarte Nasrallah, "
                                 "dass die Miliz seit dem 3. Mai über 200 Angriffe ausgeführt hat.")
    assert quote_with(quotes, "Angriffe").speaker_mention == "Nasrallah"


def test_an_adjective_verb_without_a_subject_before_it_is_no_cue(analyzer):
    """"Im Kabinett bestehen … Zweifel, …": "bestehen" (exist) with a place before it."""
    quotes = quotes_of(analyzer, "Im Kabinett bestehen nach wie vor große Zweifel, den Plan rasch "
                                 "umzusetzen.")
    assert [q.cue for q in quotes] == []
