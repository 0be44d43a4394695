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


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Kommissionspräsidentin Ursula von der Leyen forderte Israel auf, die Blockade aufzuheben.",
     "Blockade", "Ursula von der Leyen"),
])
def test_the_one_asked_is_not_the_speaker(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == speaker


def test_an_opening_es_of_a_verb_of_asking_is_no_expletive(analyzer):
    text = "Das Ministerium warnte. Es forderte Israel auf, Zurückhaltung zu üben."
    q = quote_with(quotes_of(analyzer, text), "Zurückhaltung")
    assert q.speaker != "Government of Israel" and q.speaker_mention == "Es"


def test_der_mann_after_an_unnamed_eyewitness_is_that_witness(analyzer):
    text = ("Der Direktor der Klinik, Atef al-Hout, sagte, die Lage sei dramatisch. Ein Augenzeuge "
            "berichtete, es habe zwei Explosionen gegeben. „Überall war Rauch“, sagte der Mann.")
    q = quote_with(quotes_of(analyzer, text), "Rauch")
    assert q.speaker == "anonymous eyewitness"
