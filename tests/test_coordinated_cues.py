"""Two speech verbs of one subject coordinated by "und" ("hat aufgerufen, … und angekündigt,
…"): two reports, the first ending before the "und", the second with the same speaker.
Made-up news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_a_coordinated_speech_verb_ends_the_directive_before_it(analyzer):
    """Without a comma before the infinitive the parse hung "angekündigt" and its clause on
    "verstärken", so the call took in the announcement (and the announcement's speaker was the
    object "die Kontrollen")."""
    quotes = quotes_of(analyzer, "Die Minister haben dazu aufgerufen die Wachen am Hafen zu "
                                 "verdoppeln und angekündigt, man werde streng gegen Schleuser einschreiten.")
    call = quote_with(quotes, "Wachen")
    announced = quote_with(quotes, "Schleuser")
    assert (call.quote, call.cue) == ("die Wachen am Hafen zu verdoppeln", "aufgerufen")
    assert (announced.quote, announced.cue, announced.speaker_mention) == (
        "man werde streng gegen Schleuser einschreiten", "angekündigt", "Die Minister")


def test_participles_under_the_reports_konjunktiv_stay_in_the_report(analyzer):
    """"sagte, die Hamas habe gewarnt und gedroht, …": "gedroht" is part of what was said (its
    form is not that of the cue "sagte")."""
    quotes = quotes_of(analyzer, "Der Sprecher sagte, die Hamas habe gewarnt und gedroht, sie werde "
                                 "die Gespräche abbrechen.")
    q = quote_with(quotes, "gewarnt")
    assert q.quote == "die Hamas habe gewarnt und gedroht, sie werde die Gespräche abbrechen"


def test_a_particle_hung_on_the_first_verb_belongs_to_the_coordinated_cue(analyzer):
    """"schließt ihre Büros und kündigte an, …": the parse hung "an" on "schließt", so
    "kündigte" alone was no cue and the announcement was missed."""
    quotes = quotes_of(analyzer, "Jetzt schließt die Organisation ihre Büros und kündigte an, die "
                                 "Aktivitäten deutlich einzuschränken.")
    q = quote_with(quotes, "Aktivitäten")
    assert (q.quote, q.cue, q.speaker_mention) == (
        "die Aktivitäten deutlich einzuschränken", "kündigte an", "die Organisation")


def test_a_relative_clause_after_the_reclaimed_particle_is_no_report(analyzer):
    """"sagte er und prangerte … an, der … würde": once "an" is the second verb's, the relative
    clause after it is on the object, not the accusation's content (a bare NP report, Q4)."""
    quotes = quotes_of(analyzer, "„Das ist unerträglich“, sagte er und prangerte die Blockade einer "
                                 "Lösung an, die allen Seiten helfen würde.")
    assert [q.quote for q in quotes] == ["Das ist unerträglich"]
