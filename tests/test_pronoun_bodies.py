"""Bodies named again by a pronoun (GUIDELINES: the speaker is the body the text names);
made-up German sentences, real parses with the shipped models."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text, fragment", [
    ("Israel hat der Hamas eine Frist gesetzt. Sie erklärte am Abend, sie lasse sich nicht unter "
     "Druck setzen.", "nicht unter Druck"),
    ("Nach dem Angriff auf Chan Junis machte die Hamas Israel verantwortlich. Es habe die Feuerpause "
     "gebrochen, erklärte sie.", "Feuerpause gebrochen"),
])
def test_singular_sie_is_not_a_state_written_by_its_bare_name(analyzer, text, fragment):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == ("Hamas", "Hamas")


def test_singular_sie_still_finds_a_feminine_state(analyzer):
    text = ("Die Türkei hat Israel scharf kritisiert. Sie erklärte, der Angriff verletze das "
            "Völkerrecht.")
    q = quote_with(quotes_of(analyzer, text), "Völkerrecht")
    assert q.speaker == "Government of Turkey"


def test_nach_dessen_angaben_is_the_man_just_named_not_the_subject(analyzer):
    text = ("Die Vermittler trafen am Sonntag Hamas-Anführer Chalil al-Hajja. Nach dessen Angaben "
            "sei eine Einigung noch in dieser Woche möglich.")
    q = quote_with(quotes_of(analyzer, text), "noch in dieser Woche")
    assert (q.speaker, q.affiliation) == ("Khalil al-Hayya", "Hamas")


def test_er_is_not_a_state_the_tagger_called_masculine(analyzer):
    text = ("Hamas-Sprecher Abu Zuhri warf Israel Verzögerungen vor. Israel habe neue Bedingungen "
            "gestellt, sagte er.")
    q = quote_with(quotes_of(analyzer, text), "neue Bedingungen")
    assert (q.speaker, q.affiliation) == ("Sami Abu Zuhri", "Hamas")


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Das Militär griff in der Nacht Ziele im Norden an. Nach seinen Angaben wurden dabei zwei "
     "Tunnel zerstört.", "zwei Tunnel", "Israel Defense Forces"),
    ("Katar hat die Gespräche wieder aufgenommen. Seinen Angaben zufolge ist eine Einigung nahe.",
     "Einigung nahe", "Government of Qatar"),
])
def test_sein_is_a_body_named_by_a_neuter_noun_or_a_bare_state(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == speaker


def test_man_after_a_spokesperson_is_her_words(analyzer):
    text = ("UN-Sprecherin Sarah Davies sagte, die Lage sei dramatisch. Man habe beide Seiten "
            "aufgefordert, die Kämpfe einzustellen.")
    q = quote_with(quotes_of(analyzer, text), "Kämpfe")
    assert q.speaker == "Sarah Davies"


def test_man_after_a_politician_stays_no_one(analyzer):
    text = "Netanjahu sagte, die Lage sei ernst. Man habe beide Seiten aufgefordert, die Kämpfe einzustellen."
    q = quote_with(quotes_of(analyzer, text), "Kämpfe")
    assert q.speaker is None
