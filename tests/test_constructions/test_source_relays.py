"""Unnamed sources that pass on what a named party said are a relay (GUIDELINES D16): the
party speaks, with its own cue and content, and what follows goes on with the party. A party
who reports what another said keeps the entry (D16: "A sagte, B habe gewarnt" is A's)."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_the_party_inside_a_zufolge_phrase_speaks(analyzer):
    quotes = quotes_of(analyzer, "KAIRO (dpa) – Libanesischen Sicherheitskreisen zufolge hat die "
                                 "Hisbollah den Vermittlern mitgeteilt, sie werde die Angriffe einstellen.")
    q = quote_with(quotes, "die Angriffe einstellen")
    assert (q.speaker, q.cue, q.quote) == ("Hezbollah", "mitgeteilt", "sie werde die Angriffe einstellen")


def test_hiess_es_from_circles_passes_on_the_partys_statement(analyzer):
    quotes = quotes_of(analyzer, "Aus ägyptischen Sicherheitskreisen hieß es am Abend, die Hamas habe "
                                 "erklärt, sie sei zu einem Austausch der Gefangenen bereit. Sie "
                                 "verlange aber Garantien für das Ende der Kämpfe.")
    q = quote_with(quotes, "Austausch der Gefangenen")
    assert (q.speaker, q.cue, q.quote) == (
        "Hamas", "erklärt", "sie sei zu einem Austausch der Gefangenen bereit")
    assert quote_with(quotes, "Garantien").speaker == "Hamas"


def test_sources_who_say_a_party_promised_relay_the_promise(analyzer):
    quotes = quotes_of(analyzer, "Diplomatische Quellen sagten, die Hamas habe zugesagt, eine Liste "
                                 "der Geiseln vorzulegen.")
    q = quote_with(quotes, "eine Liste")
    assert (q.speaker, q.cue) == ("Hamas", "zugesagt")


def test_a_named_party_reporting_another_keeps_the_entry(analyzer):
    quotes = quotes_of(analyzer, "Der Oppositionsführer Jair Lapid sagte, die Hamas habe erklärt, sie "
                                 "sei zu einem Austausch der Gefangenen bereit.")
    q = quote_with(quotes, "Austausch der Gefangenen")
    assert (q.speaker, q.cue) == ("Yair Lapid", "sagte")
    assert q.quote.startswith("die Hamas habe erklärt")
