"""Bodies named again by a pronoun (GUIDELINES: the speaker is the body the text names);
made-up German sentences, real parses with the shipped models."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_es_after_the_finite_verb_is_the_ministry_just_named(analyzer):
    text = ("Das Gesundheitsministerium in Gaza meldete am Dienstag 25 neue Todesopfer. Zudem teilte "
            "es mit, dass die Kliniken im Süden kaum noch Strom hätten.")
    q = quote_with(quotes_of(analyzer, text), "kaum noch Strom")
    assert (q.speaker, q.affiliation) == ("Gaza Health Ministry", "Hamas")


def test_hiess_es_after_a_body_is_still_no_pronoun_for_it(analyzer):
    text = ("Das ägyptische Außenministerium verurteilte den Angriff. Später hieß es aus "
            "Diplomatenkreisen, die Gespräche würden fortgesetzt.")
    q = quote_with(quotes_of(analyzer, text), "fortgesetzt")
    assert q.speaker != "Egyptian Ministry of Foreign Affairs"


def test_the_delegation_is_the_one_a_state_adjective_named_last(analyzer):
    text = ("Eine Hamas-Delegation verhandelte in Kairo. Die katarische Delegation reiste am Abend ab. "
            "Nach Angaben der Delegation soll die nächste Runde in Doha stattfinden.")
    q = quote_with(quotes_of(analyzer, text), "nächste Runde")
    assert (q.speaker, q.affiliation) == ("Government of Qatar", "Qatar")
