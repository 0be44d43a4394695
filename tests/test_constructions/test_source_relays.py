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


def test_an_unnamed_official_passes_on_what_the_party_said(analyzer):
    quotes = quotes_of(analyzer, "Ein ägyptischer Beamter sagte am Abend, die Hamas habe erklärt, sie "
                                 "sei zu einem Austausch der Gefangenen bereit.")
    q = quote_with(quotes, "Austausch der Gefangenen")
    assert (q.speaker, q.cue) == ("Hamas", "erklärt")


def test_a_named_official_reporting_another_keeps_the_entry(analyzer):
    quotes = quotes_of(analyzer, "Der ägyptische Beamte Karim Sayed sagte am Abend, die Hamas habe "
                                 "erklärt, sie sei zu einem Austausch der Gefangenen bereit.")
    q = quote_with(quotes, "Austausch der Gefangenen")
    assert q.cue == "sagte" and q.speaker != "Hamas"


def test_a_channel_relying_on_diplomats_passes_on_the_partys_statement(analyzer):
    quotes = quotes_of(analyzer, "Die Zeitung berichtete unter Berufung auf Diplomaten, die Hamas habe "
                                 "erklärt, sie sei zu Zugeständnissen bei den Geiseln bereit.")
    q = quote_with(quotes, "Zugeständnissen")
    assert (q.speaker, q.cue) == ("Hamas", "erklärt")


def test_a_statement_noun_inside_an_officials_report_is_no_report_of_its_owner(analyzer):
    quotes = quotes_of(analyzer, "Ein hochrangiger Beamter kommentierte, die Erklärungen der "
                                 "Ministerin sollten nur ein Argument liefern, warum der Plan scheitere.")
    q = quote_with(quotes, "ein Argument liefern")
    assert q.speaker_mention == "Ein hochrangiger Beamter"


def test_laut_sources_the_speaker_after_the_verb_is_its_subject(analyzer):
    (q,) = quotes_of(analyzer, "Laut israelischen Sicherheitskreisen hat das Büro des "
                               "Ministerpräsidenten mitgeteilt, eine Delegation werde nach Kairo reisen.")
    assert (q.speaker, q.cue, q.quote) == (
        "Israeli Prime Minister's Office", "mitgeteilt", "eine Delegation werde nach Kairo reisen")


def test_a_sentence_with_its_own_zufolge_is_no_continuation_of_the_report_before(analyzer):
    quotes = quotes_of(analyzer, "Libanesische Quellen sagten, die Hisbollah habe angekündigt, sie "
                                 "werde die Angriffe einstellen. Einem Insider zufolge habe die Hamas "
                                 "erklärt, sie lehne den Entwurf ab.")
    q = quote_with(quotes, "den Entwurf ab")
    assert (q.speaker, q.cue, q.quote) == ("Hamas", "erklärt", "sie lehne den Entwurf ab")


def test_a_channel_passes_on_what_an_unnamed_official_said(analyzer):
    quotes = quotes_of(analyzer, "Der Sender berichtete, ein Vertreter der Stadt habe erklärt, die "
                                 "Brücke bleibe bis Mai gesperrt.")
    q = quote_with(quotes, "bis Mai gesperrt")
    assert (q.speaker_mention, q.cue) == ("ein Vertreter der Stadt", "erklärt")
