"""A medium that only relays a clause ("laut israelischen Medien", "wie vom Sender X berichtet
wurde") tells of the clause's subject: a later "sie" is those people, not the medium (D11,
D16). Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text", [
    "Rund 200 Studenten versammelten sich laut israelischen Medien am Abend vor dem Parlament in "
    "Jerusalem. Sie warfen der Regierung vor, die Universitäten seit Jahren zu vernachlässigen.",
    "Mehrere hundert Studenten zogen am Abend vor das Parlament, wie vom Sender Channel 12 berichtet "
    "wurde. Sie warfen der Regierung vor, die Universitäten seit Jahren zu vernachlässigen.",
])
def test_a_pronoun_after_a_relayed_clause_is_its_subject(analyzer, text):
    q = quote_with(quotes_of(analyzer, text), "Universitäten")
    assert q.speaker_mention == "Sie"
    assert q.speaker == "anonymous students"



def test_zitierte_ihn_die_zeitung_is_the_man_quoted(analyzer):
    text = ("Abu Marsuk gab der Zeitung ein Interview. Er hätte den Angriff nicht unterstützt, "
            "zitierte ihn die Zeitung.")
    q = quote_with(quotes_of(analyzer, text), "Angriff")
    assert (q.speaker, q.affiliation) == ("Mousa Abu Marzouk", "Hamas")


def test_hiess_es_unter_berufung_auf_names_the_source(analyzer):
    text = ("Netanjahu habe den Unterhändlern ein Mandat gegeben, hieß es unter Berufung auf einen "
            "Regierungsbeamten.")
    q = quote_with(quotes_of(analyzer, text), "Mandat")
    assert (q.speaker_mention, q.speaker) == ("einen Regierungsbeamten", "anonymous government official")
