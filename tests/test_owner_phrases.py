"""Owners of reports and statements that the parse split into sibling genitives, and media
described by their state; made-up German news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quotes_of


def test_an_owner_the_parse_split_in_two_genitives_is_one_medium(analyzer):
    """"nach einer Meldung des Kairoer Staatsfernsehens": both words hang on "Meldung"; the
    owner is the whole phrase, and a state's television is a medium, on no side (F4, D17)."""
    (q,) = quotes_of(analyzer, "Nach einer Meldung des Kairoer Staatsfernsehens haben sich die "
                               "Unterhändler auf einen Zeitplan verständigt.")
    assert (q.speaker_mention, q.affiliation) == ("des Kairoer Staatsfernsehens", "other")


def test_a_state_television_described_by_its_country_is_a_medium(analyzer):
    (q,) = quotes_of(analyzer, "Das ägyptische Staatsfernsehen meldete, der Grenzübergang werde am "
                               "Morgen wieder geöffnet.")
    assert (q.speaker_mention, q.affiliation) == ("Das ägyptische Staatsfernsehen", "other")


def test_nach_eigener_aussage_is_the_subject_the_parse_read_as_a_predicate(analyzer):
    """"…, 2023 war das Team nach eigener Aussage am Ziel": the parse hung the second clause
    on the first as a predicate noun with its copula; that noun is the clause's subject."""
    (q,) = quotes_of(analyzer, "Die ersten Proben nahmen die Forscher im Jahr 2020, im Jahr 2023 "
                               "war das Team nach eigener Aussage am Ziel.")
    assert q.speaker_mention == "das Team"


def test_a_channel_named_with_letters_and_digits_is_a_source(analyzer):
    """"Nach Angaben von n24": the tagger calls the name a number; a number with letters in it
    names a channel, not a time or a count, so it is not dropped for the subject before."""
    quotes = quotes_of(analyzer, "Der Minister Paul Weber sprach von Chaos. Nach Angaben von k21 "
                                 "sind die Gruppen sehr mobil.")
    q = next(q for q in quotes if "sehr mobil" in q.quote)
    assert q.speaker_mention == "k21" and q.speaker != "Paul Weber"


def test_counted_sources_after_von_are_the_owner(analyzer):
    """"nach Angaben von drei Diplomaten" (a number on the noun is no measure here) and "von zwei
    mit den Gesprächen vertrauten Personen" (the parse made the number the owner)."""
    (q,) = quotes_of(analyzer, "Nach Angaben von drei Diplomaten sieht der Entwurf eine Pause vor.")
    assert q.speaker_mention == "drei Diplomaten"
    (q,) = quotes_of(analyzer, "Nach Angaben von zwei mit den Verhandlungen vertrauten Personen "
                               "sieht der Entwurf eine Pause von sechs Wochen vor.")
    assert q.speaker_mention == "zwei mit den Verhandlungen vertrauten Personen"
