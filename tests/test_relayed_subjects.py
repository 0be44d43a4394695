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

