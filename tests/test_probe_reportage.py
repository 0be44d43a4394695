"""Speakers in made-up reportage and live-blog text (GUIDELINES F3, D12, D20): a quotation after a
sentence about a named person with a title, an honorific epithet, a UN agency's generic noun, a
live blog's page label before a colon."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_a_quotation_after_a_titled_named_subject_is_theirs(analyzer):
    quotes = quotes_of(analyzer, "Die Ministerin Eva Roth kritisierte den Plan scharf. „Die Kinder "
                                 "haben keine Zeit mehr.“")
    assert quote_with(quotes, "keine Zeit mehr").speaker == "Eva Roth"


def test_the_sheikh_is_the_person_just_named(analyzer):
    quotes = quotes_of(analyzer, (
        "Katars Ministerpräsident Mohammed bin Abdulrahman Al Thani sieht die Verhandlungen an einem "
        "entscheidenden Punkt. „Wir sind näher an einer Einigung als je zuvor“, sagte der Scheich."))
    assert quote_with(quotes, "näher an einer Einigung").speaker == "Mohammed bin Abdulrahman Al Thani"


def test_the_organisation_is_the_un_agency_just_named(analyzer):
    quotes = quotes_of(analyzer, (
        "Das Welternährungsprogramm schlägt Alarm. Im Norden des Gazastreifens drohe eine "
        "Hungersnot, teilte die Organisation in Genf mit."))
    q = quote_with(quotes, "drohe eine Hungersnot")
    assert (q.speaker, q.affiliation) == ("World Food Programme", "UN")


def test_a_live_blogs_label_before_a_colon_is_no_speaker(analyzer):
    quotes = quotes_of(analyzer, "Nahost-Liveblog: Vermittler drängen auf Einigung\n\nDie Gespräche "
                                 "in Kairo gehen weiter.")
    assert not quotes


def test_a_quotation_after_the_cues_object_and_a_comma_is_framed_by_the_cue(analyzer):
    """"warf dem Vorstand vor, „…“", "forderte die Länder auf, „…“": the object and the particle
    between the cue and the comma are the cue's own clause; the quotation is its complement."""
    quotes = quotes_of(analyzer, (
        "Die Gewerkschafterin Lea Falk warf dem Vorstand vor, „jede Einigung zu verschleppen“.\n\n"
        "Der Verband forderte die Länder auf, „endlich Geld für Schulen bereitzustellen“."))
    assert quote_with(quotes, "jede Einigung zu verschleppen").speaker == "Lea Falk"
    assert quote_with(quotes, "Geld für Schulen").speaker_mention == "Der Verband"


def test_a_fragment_the_parse_split_over_two_obliques_is_one_np_report(analyzer):
    """"sprach sich gegen eine „Kapitulation vor der Hamas“ aus": the marks open in one oblique
    and close in the next; the report is the phrase to the close, without the reflexive."""
    quotes = quotes_of(analyzer, "Netanjahu sprach sich gegen eine „Kapitulation vor der Hamas“ aus.")
    q = quote_with(quotes, "Kapitulation")
    assert q.quote == "gegen eine „Kapitulation vor der Hamas“" and q.speaker == "Benjamin Netanjahu"


def test_a_confidant_is_an_anonymous_source_not_one_familiar_with_the_talks(analyzer):
    """"Ein Vertrauter des Regierungschefs": an anonymous confidant (F3 label), not a German
    string, and "vertraut" of "mit den Verhandlungen vertraut" matches only as a whole word."""
    quotes = quotes_of(analyzer, "Ein Vertrauter des Bürgermeisters sagte, der Stadtrat wolle den "
                                 "Haushalt blockieren.")
    assert quote_with(quotes, "Haushalt blockieren").speaker == "anonymous confidant"
    from quotes.labels import english_label
    assert english_label("ein mit den Gesprächen vertrauter Diplomat", False) == \
        "anonymous diplomat familiar with the talks"  # the lower-case adjective is no head


def test_an_unnamed_statement_after_a_rejection_is_the_rejecting_body(analyzer):
    """"Das Büro von Ministerpräsident Netanjahu wies die Forderungen zurück. „…“, hieß es": the
    verb with its particle ("zurückweisen") is a speech verb, so its subject, with the owner's
    name, issued the statement, not the party quoted before it."""
    quotes = quotes_of(analyzer, (
        "Die israelische Regierung hatte den Plan zuvor gebilligt. Die Hamas dagegen stellte neue "
        "Bedingungen. Sie verlange Garantien für ein Ende des Krieges, hieß es in der Erklärung.\n\n"
        "Das Büro von Ministerpräsident Netanjahu wies die Forderungen zurück. Sie seien "
        "„unannehmbar“, hieß es."))
    q = quote_with(quotes, "unannehmbar")
    assert (q.speaker, q.affiliation) == ("Israeli Prime Minister's Office", "Israel")


def test_a_platform_letter_ends_its_sentence_and_a_colon_hands_over_to_the_next_speaker(analyzer):
    """"schrieb er auf der Plattform X. Finanzminister …": the letter after a platform noun ends
    the sentence (no initial); the Konjunktiv sentence after "X schloss sich an:" is X's, though
    a quote of someone else stands right before."""
    quotes = quotes_of(analyzer, (
        "Der Minister Amir Kaplan drohte mit dem Bruch der Koalition. Ein Abkommen sei „eine "
        "Kapitulation“, schrieb er auf der Plattform X. Finanzminister David Adler schloss sich "
        "an: Wer jetzt einer Waffenruhe zustimme, gefährde die Sicherheit Israels."))
    assert quote_with(quotes, "gefährde die Sicherheit").speaker == "David Adler"


def test_a_source_phrase_the_parse_hung_on_the_verb_still_owns_the_angaben(analyzer):
    """"nach Angaben aus ihrem Umfeld" with "aus ihrem Umfeld" an oblique of the verb: the phrase
    right after "Angaben" names the source (people close to the party, D11), not no one."""
    quotes = quotes_of(analyzer, "Die Hamas hat sich nach Angaben aus ihrem Umfeld offen für den "
                                 "Vorschlag gezeigt.")
    q = quote_with(quotes, "offen für den Vorschlag")
    assert (q.speaker, q.affiliation) == ("circle of Hamas (unnamed)", "Hamas")
