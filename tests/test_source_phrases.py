"""Attributions by source phrases ("nach Angaben …", "… zufolge", "laut …", "hieß es aus …"):
who the source is when the phrase names it only in part, or not at all (GUIDELINES D11, D14,
D16, F3); made-up German news sentences with real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


def test_angaben_with_only_a_time_adjective_are_the_source_just_quoted(analyzer):
    """"Nach bisherigen Angaben" names no owner: the Angaben are those of the source just
    quoted (D11), not a speaker called "Bisherige Angaben"."""
    quotes = quotes_of(analyzer, "Das Gesundheitsministerium in Gaza meldete am Morgen, die Kliniken "
                                 "seien überfüllt. Nach bisherigen Angaben kamen bei den Angriffen "
                                 "30 Menschen ums Leben.")
    q = quote_with(quotes, "30 Menschen")
    assert (q.speaker_mention, q.speaker, q.affiliation) == ("bisherigen Angaben", "Gaza Health Ministry",
                                                             "Hamas")


def test_angaben_with_a_nation_adjective_still_name_their_source(analyzer):
    """"nach ersten ägyptischen Angaben": the nation adjective names the source, the time
    adjective beside it does not take that away."""
    (q,) = quotes_of(analyzer, "Nach ersten ägyptischen Angaben soll die nächste Runde am Dienstag "
                               "beginnen.")
    assert q.speaker_mention == "ersten ägyptischen Angaben" and q.affiliation == "Egypt"


def test_a_name_after_a_genitive_title_is_part_of_the_owner(analyzer):
    """"nach Angaben des Hamas-Funktionärs Taher al-Nunu": the parse hung the name beside the
    title as a second owner; it is the title's name, and the person is the source (was the
    title alone, resolved to another Hamas man)."""
    quotes = quotes_of(analyzer, "Der Hamas-Sprecher Hasem Kassem wies den Plan zurück. Nach Angaben "
                                 "des Hamas-Funktionärs Taher al-Nunu ist die Delegation nach Kairo "
                                 "gereist.")
    q = quote_with(quotes, "Delegation")
    assert q.speaker_mention == "des Hamas-Funktionärs Taher al-Nunu"
    assert (q.speaker, q.affiliation) == ("Taher al-Nunu", "Hamas")


def test_zufolge_after_an_apposed_name_between_commas(analyzer):
    """"Dem Hamas-Anführer im Gazastreifen, Jahja Sinwar, zufolge …": a comma before the
    postposition (was no quote at all)."""
    (q,) = quotes_of(analyzer, "Dem Hamas-Anführer im Gazastreifen, Jahja Sinwar, zufolge ist die "
                               "Organisation zu allem bereit.")
    assert (q.speaker, q.affiliation) == ("Yahya Sinwar", "Hamas")
    assert q.quote == "ist die Organisation zu allem bereit"


def test_zufolge_with_a_relative_clause_naming_the_medium_s_source(analyzer):
    """"Dem Sender Kan zufolge, der sich auf einen Regierungsvertreter beruft, …" ("zufolge"
    tagged a verb) and "Einem Bericht der „Zeitung“ zufolge, die sich auf … beruft" (after a
    closing mark): the source the medium relies on speaks (Q7, D16; both were no quote)."""
    (q,) = quotes_of(analyzer, "Dem israelischen Sender Kan zufolge, der sich auf einen ranghohen "
                               "Regierungsvertreter beruft, will Netanjahu den Vorschlag ablehnen.")
    assert q.speaker_mention == "einen ranghohen Regierungsvertreter"
    assert q.quote == "will Netanjahu den Vorschlag ablehnen"
    (q,) = quotes_of(analyzer, "Einem Bericht der „New York Times“ zufolge, die sich auf ägyptische "
                               "Beamte beruft, hat Kairo einen eigenen Plan ausgearbeitet.")
    assert (q.speaker, q.affiliation) == ("anonymous Egyptian officials", "Egypt")


def test_laut_a_quoted_medium_unter_berufung_auf_its_source(analyzer):
    """"Laut einem Bericht der „New York Times“ unter Berufung auf ägyptische Beamte …": the
    marks enclose a name, so the phrase is no NP report (D25), and the relayed source speaks
    (was an NP report of the whole sentence, no speaker)."""
    (q,) = quotes_of(analyzer, "Laut einem Bericht der „New York Times“ unter Berufung auf ägyptische "
                               "Beamte hat die Hamas Zugeständnisse signalisiert.")
    assert (q.rule, q.speaker, q.affiliation) == ("indirect.laut", "anonymous Egyptian officials", "Egypt")
    assert q.quote == "hat die Hamas Zugeständnisse signalisiert"


def test_nach_angaben_of_a_portal_whose_relative_clause_names_its_source(analyzer):
    """"Nach Angaben des US-Portals Axios, das sich auf zwei israelische Beamte beruft": the
    relative clause hung on "Angaben", not on the portal (was the portal, D16)."""
    (q,) = quotes_of(analyzer, "Nach Angaben des US-Portals Axios, das sich auf zwei israelische "
                               "Beamte beruft, will Israel eine Delegation schicken.")
    assert (q.speaker, q.affiliation) == ("anonymous Israeli officials", "Israel")
    assert q.quote == "will Israel eine Delegation schicken"


def test_unconfirmed_reports_stay_unspecified(analyzer):
    """"Nach bisher unbestätigten Berichten" is an unspecified report (D11, null speaker), not
    the source just quoted: only "Angaben" refer back so."""
    quotes = quotes_of(analyzer, "Der Minister Paul Weber sagte, die Lage sei ernst. Nach bisher "
                                 "unbestätigten Berichten wurden zwei Lager geräumt.")
    q = quote_with(quotes, "Lager")
    assert q.speaker is None


def test_a_registry_name_in_the_genitive_whose_noun_is_not_its_last_word(analyzer):
    """"des bewaffneten Arms der Hamas" is the alias "bewaffneter Arm der Hamas" with the
    genitive on its noun (was the string "Bewaffneter Arms der Hamas")."""
    (q,) = quotes_of(analyzer, "Nach Angaben des bewaffneten Arms der Hamas wurde in Rafah ein "
                               "Panzer getroffen.")
    assert (q.speaker, q.affiliation) == ("Izz ad-Din al-Qassam Brigades", "Hamas")


def test_a_participle_attribute_before_a_registry_body_is_no_part_of_its_name(analyzer):
    """"des Hamas-kontrollierten Gesundheitsministeriums", "der im Gazastreifen herrschenden
    Hamas": the participle with its agent or place describes the body the registry names
    (were the strings "Hamas-kontrolliertes Gesundheitsministerium", "Gazastreifen herrschenden
    Hamas")."""
    (q,) = quotes_of(analyzer, "Nach Angaben des Hamas-kontrollierten Gesundheitsministeriums stieg "
                               "die Zahl der Verletzten auf 80.000.")
    assert (q.speaker, q.affiliation) == ("Gaza Health Ministry", "Hamas")
    (q,) = quotes_of(analyzer, "Nach Angaben der im Gazastreifen herrschenden Hamas wurde der "
                               "Grenzübergang geschlossen.")
    assert (q.speaker, q.affiliation) == ("Hamas", "Hamas")


def test_angaben_of_mediators_named_before_by_their_verb(analyzer):
    """"Nach Angaben der Vermittler": a genitive "der" on a noun no feminine one is plural,
    so the mediators are the states the text says mediate (D13; was "anonymous mediator")."""
    quotes = quotes_of(analyzer, "Ägypten und Katar vermitteln seit Wochen zwischen Israel und der "
                                 "Hamas. Nach Angaben der Vermittler ist eine Einigung in greifbarer "
                                 "Nähe.")
    q = quote_with(quotes, "Einigung")
    assert (q.speaker, q.affiliation) == ("Government of Egypt and Government of Qatar", "other")


def test_a_list_of_names_apposed_to_a_plural_source_is_a_joint_speaker(analyzer):
    """"nach Angaben der Vermittler Ägypten und Katar" (was Egypt alone) and "Den Vermittlern
    Katar und Ägypten zufolge" with "zufolge" on the last name (was Egypt, the phrase left in
    the quote)."""
    (q,) = quotes_of(analyzer, "Nach Angaben der Vermittler Ägypten und Katar haben beide Seiten dem "
                               "Zeitplan zugestimmt.")
    assert (q.speaker, q.affiliation) == ("Government of Egypt and Government of Qatar", "other")
    (q,) = quotes_of(analyzer, "Den Vermittlern Katar und Ägypten zufolge steht eine Einigung kurz "
                               "bevor.")
    assert (q.speaker, q.affiliation) == ("Government of Qatar and Government of Egypt", "other")
    assert q.quote == "steht eine Einigung kurz bevor"


def test_angaben_beider_seiten_are_the_two_sides_just_named(analyzer):
    """"nach Angaben beider Seiten": the genitive "beider" counts two, like "beide" (was the
    string "Seite")."""
    quotes = quotes_of(analyzer, "Israel und die Hamas werfen sich gegenseitig Verstöße gegen die "
                                 "Waffenruhe vor. Nach Angaben beider Seiten kam es in der Nacht zu "
                                 "Schusswechseln.")
    q = quote_with(quotes, "Schusswechseln")
    assert (q.speaker, q.affiliation) == ("Government of Israel and Hamas", "other")


def test_an_office_or_representation_of_a_body_speaks_for_it(analyzer):
    """"des Hamas-Büros in Kairo", "der Hamas-Vertretung": a part of the body that speaks for
    it, like its delegation (were the strings "Hamas-Büro in Kairo", "Hamas-Vertretung")."""
    (q,) = quotes_of(analyzer, "Nach Angaben des Hamas-Büros in Kairo wurde die Antwort übergeben.")
    assert (q.speaker, q.affiliation) == ("Hamas", "Hamas")
    (q,) = quotes_of(analyzer, "Nach Angaben der Hamas-Vertretung in der ägyptischen Hauptstadt sind "
                               "die Gespräche beendet.")
    assert (q.speaker, q.affiliation) == ("Hamas", "Hamas")


def test_a_place_inside_a_participle_attribute_is_not_the_owner(analyzer):
    """"nach Angaben der in Kairo weilenden Hamas-Unterhändler": "Kairo" hangs on "Angaben" in
    the parse but lies inside the owner's phrase (was Government of Egypt)."""
    (q,) = quotes_of(analyzer, "Nach Angaben der in Kairo weilenden Hamas-Unterhändler liegt ein neuer "
                               "Entwurf vor.")
    assert (q.speaker, q.affiliation) == ("anonymous Hamas negotiators", "Hamas")


def test_sources_close_to_a_side_are_labelled_so(analyzer):
    """"Hamas-naher Quellen", "aus Hamas-nahen Kreisen": sources close to Hamas, not Hamas's own
    (F3 label; were "anonymous Hamas sources")."""
    (q,) = quotes_of(analyzer, "Nach Angaben Hamas-naher Quellen hat die Organisation ihre Antwort "
                               "bereits übermittelt.")
    assert (q.speaker, q.affiliation) == ("anonymous sources close to Hamas", "Hamas")
    (q,) = quotes_of(analyzer, "Aus Hamas-nahen Kreisen hieß es, man sei enttäuscht.")
    assert q.speaker == "anonymous sources close to Hamas"


def test_hiess_es_aus_a_body_the_parse_split(analyzer):
    """"Aus dem Weißen Haus hieß es": the parse hung "aus" on the adjective "Weißen" (was no
    speaker, D14)."""
    (q,) = quotes_of(analyzer, "Aus dem Weißen Haus hieß es am Abend, man sei vorsichtig optimistisch.")
    assert (q.speaker_mention, q.speaker, q.affiliation) == ("dem Weißen Haus", "White House", "USA")


def test_hiess_es_von_seiten_or_seitens_a_party(analyzer):
    """"Von Seiten der Hamas hieß es" (was the string "Seite der Hamas"), "Seitens der
    israelischen Regierung hieß es" (was no mention, the speaker before)."""
    (q,) = quotes_of(analyzer, "Von Seiten der Hamas hieß es, man werde den Vorschlag prüfen.")
    assert (q.speaker_mention, q.speaker) == ("der Hamas", "Hamas")
    (q,) = quotes_of(analyzer, "Seitens der israelischen Regierung hieß es, man halte an den "
                               "Kriegszielen fest.")
    assert (q.speaker, q.affiliation) == ("Government of Israel", "Israel")


def test_the_agent_of_a_statement_participle_is_named_by_its_noun(analyzer):
    """"In einer von der Hamas verbreiteten Erklärung hieß es": the agent read off the surface
    is headed by its noun, not its article (was the string "Der Hamas")."""
    (q,) = quotes_of(analyzer, "In einer von der Hamas verbreiteten Erklärung hieß es, die "
                               "Organisation sei zu einem Austausch bereit.")
    assert (q.speaker, q.affiliation) == ("Hamas", "Hamas")


def test_an_inserted_wie_clause_names_the_speaker_of_the_clause_around_it(analyzer):
    """"Die Gespräche werden, wie ein ranghoher Hamas-Vertreter der Agentur AFP sagte, am Montag
    fortgesetzt": the wie-clause's subject (parsed as the verb's object) speaks, and the clause
    around it, the cue inside, is the quote (D27; was speaker "Gespräche", quote "am Montag
    fortgesetzt")."""
    (q,) = quotes_of(analyzer, "Die Gespräche werden, wie ein ranghoher Hamas-Vertreter der "
                               "Nachrichtenagentur AFP sagte, am Montag fortgesetzt.")
    assert (q.speaker, q.affiliation) == ("anonymous senior Hamas official", "Hamas")
    assert q.quote.startswith("Die Gespräche werden") and q.quote.endswith("am Montag fortgesetzt")
    (q,) = quotes_of(analyzer, "Bei dem Angriff wurden, wie das Gesundheitsministerium in Gaza "
                               "mitteilte, zehn Menschen getötet.")
    assert q.speaker == "Gaza Health Ministry" and q.quote.endswith("zehn Menschen getötet")


def test_a_genitive_name_the_parse_apposed_to_angaben_is_the_owner(analyzer):
    """"Nach Angaben Abu Obeidas", "Nach Angaben Basem Naims": a two-word name in the genitive
    right after the noun, parsed as its apposition, owns the Angaben (was no speaker at all)."""
    (q,) = quotes_of(analyzer, "Nach Angaben Basem Naims ist die Antwort der Organisation positiv.")
    assert (q.speaker, q.affiliation) == ("Basem Naim", "Hamas")


def test_zufolge_hung_on_a_word_inside_its_noun_phrase_leaves_the_whole_phrase(analyzer):
    """"Dem Gesundheitsministerium in Gaza zufolge kamen …": the parse hung "zufolge" on "Gaza";
    the phrase is the whole noun phrase, which the quote leaves out (Q5; was mention "Gaza" and
    the phrase in the quote)."""
    (q,) = quotes_of(analyzer, "Dem Gesundheitsministerium in Gaza zufolge kamen seit Kriegsbeginn "
                               "mehr als 35.000 Menschen ums Leben.")
    assert q.speaker_mention == "Dem Gesundheitsministerium in Gaza"
    assert q.quote == "kamen seit Kriegsbeginn mehr als 35.000 Menschen ums Leben"


def test_angaben_compounded_with_an_organisation_are_that_organisations(analyzer):
    """"Nach Hamas-Angaben" is "nach Angaben der Hamas" (D15): the organisation, not a label of
    unnamed "Hamas sources"; likewise "UN-Angaben zufolge"."""
    (q,) = quotes_of(analyzer, "Nach Hamas-Angaben ist die Delegation am Abend in Kairo eingetroffen.")
    assert (q.speaker_mention, q.speaker, q.affiliation) == ("Hamas-Angaben", "Hamas", "Hamas")
    (q,) = quotes_of(analyzer, "UN-Angaben zufolge sind die Lager im Süden völlig überfüllt.")
    assert (q.speaker, q.affiliation) == ("United Nations", "UN")


def test_a_bare_speech_report_by_the_clauses_own_subject_is_no_quote(analyzer):
    """"Der Verband hatte laut eigenen Angaben den Vorschlag begrüßt": the clause's subject tells
    of its own speech act by a noun phrase, with no content (D22, Q4); a deed so told stays one."""
    assert quotes_of(analyzer, "Der Verband hatte damals laut eigenen Angaben den Vorschlag der "
                               "Stadt begrüßt.") == []
    (q,) = quotes_of(analyzer, "Die Feuerwehr hat nach eigenen Angaben drei Brände gelöscht.")
    assert q.speaker_mention == "Die Feuerwehr"


def test_laut_source_that_the_parse_made_the_root_is_only_its_phrase(analyzer):
    """"X ist laut einem Delegations-Mitglied eine „…“": the parse made "Mitglied" the root of
    the sentence (copula and subject hung on it), so the phrase "laut …" took the whole sentence
    and left no content; the phrase is the words from "laut" to the noun, the rest the content."""
    (q,) = quotes_of(analyzer, "Der Vorschlag ist laut einem Delegations-Mitglied eine „kluge und "
                               "mutige Antwort auf das Nicht-Handeln der Regierung“.")
    assert q.quote == ("Der Vorschlag ist laut einem Delegations-Mitglied eine „kluge und mutige "
                       "Antwort auf das Nicht-Handeln der Regierung“")
    assert (q.kind, q.cue, q.speaker_mention) == ("mixed", "laut", "einem Delegations-Mitglied")


@pytest.mark.parametrize("text, fragment, mention", [
    ("Die Gruppe habe den Vorschlag abgelehnt, erfuhr dpa aus Hamas-Kreisen.", "Vorschlag", "Hamas-Kreisen"),
    ("Wie dpa aus Hamas-Kreisen erfuhr, hat die Gruppe den Vorschlag abgelehnt.", "Vorschlag",
     "Hamas-Kreisen"),
    ("Wie die Zeitung von zwei Diplomaten erfuhr, ist eine Einigung nahe.", "Einigung", "zwei Diplomaten"),
])
def test_what_a_medium_learned_from_a_source_is_the_source_s(analyzer, text, fragment, mention):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker_mention == mention


def test_what_a_medium_learned_without_a_source_is_the_medium_s(analyzer):
    text = "Wie die Deutsche Presse-Agentur erfuhr, soll die Delegation am Montag nach Kairo reisen."
    q = quote_with(quotes_of(analyzer, text), "Delegation")
    assert q.speaker_mention == "die Deutsche Presse-Agentur"


def test_what_a_person_learned_is_no_report(analyzer):
    text = "Der Vater erfuhr am Abend, dass seine Tochter noch lebe."
    assert not [q for q in quotes_of(analyzer, text) if q.cue and "erfuhr" in q.cue]


def test_a_bare_plural_source_is_a_group_not_the_one_who_spoke_before(analyzer):
    text = ("Josep Borrell sagte, die EU sei gespalten. Nach Angaben von Diplomaten gibt es dafür keine "
            "Mehrheit.")
    q = quote_with(quotes_of(analyzer, text), "Mehrheit")
    assert q.speaker == "anonymous diplomats"


def test_with_whom_one_spoke_is_no_part_of_the_source(analyzer):
    text = ("Präsident Abdel Fattah al-Sisi telefonierte nach Angaben seines Sprechers mit US-Präsident "
            "Joe Biden.")
    q = quote_with(quotes_of(analyzer, text), "telefonierte")
    assert q.speaker_mention == "seines Sprechers" and q.quote.endswith("Joe Biden")
    assert q.affiliation == "Egypt"


def test_magen_david_adom_is_one_name(analyzer):
    q = quote_with(quotes_of(analyzer, "Laut dem Rettungsdienst Magen David Adom wurden zwei Menschen "
                                       "verletzt."), "verletzt")
    assert q.speaker == "Magen David Adom"
