"""Attributions by source phrases ("nach Angaben …", "… zufolge", "laut …", "hieß es aus …"):
who the source is when the phrase names it only in part, or not at all (GUIDELINES D11, D14,
D16, F3); made-up German news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_angaben_with_only_a_time_adjective_are_the_source_just_quoted(analyzer):
    """"Nach bisherigen Angaben" names no owner: the Angaben are those of the source just
    quoted (D11), not a speaker called "Bisherige Angaben"."""
    quotes = quotes_of(analyzer, "Das Gesundheitsministerium in Gaza meldete am Morgen, die Kliniken "
                                 "seien überfüllt. Nach bisherigen Angaben kamen bei den Angriffen "
                                 "30 Menschen ums Leben.")
    q = quote_with(quotes, "30 Menschen")
    assert (q.speaker_mention, q.speaker, q.affiliation) == (None, "Gaza Health Ministry", "Hamas")


def test_angaben_with_a_nation_adjective_still_name_their_source(analyzer):
    """"nach ersten ägyptischen Angaben": the nation adjective names the source, the time
    adjective beside it does not take that away."""
    (q,) = quotes_of(analyzer, "Nach ersten ägyptischen Angaben soll die nächste Runde am Dienstag "
                               "beginnen.")
    assert q.speaker_mention == "ersten ägyptischen Angaben" and q.affiliation == "Egypt"
