"""Which earlier person a subject pronoun refers to: the subject of the main clause before a
subject of a subordinate clause or a genitive owner there, and inside one sentence the same
pronoun the main clause already used (GUIDELINES F3). Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


def test_er_is_the_main_clause_subject_not_the_one_of_an_ob_clause(analyzer):
    text = ("Netanjahu ließ am Abend offen, ob Verteidigungsminister Gallant entlassen werde. "
            "Vor Journalisten sagte er: „Wir reden am Montag darüber.“")
    q = quote_with(quotes_of(analyzer, text), "Wir reden am Montag")
    assert q.speaker == "Benjamin Netanjahu"


def test_er_is_the_main_clause_subject_not_a_genitive_in_a_weil_clause(analyzer):
    text = ("Netanjahu hält an der Kontrolle der Grenze fest, weil Irans Verbündete sonst Waffen "
            "schmuggeln würden. Er argumentiert, dass ein Abzug nur den Milizen helfe.")
    q = quote_with(quotes_of(analyzer, text), "Abzug nur den Milizen")
    assert q.speaker == "Benjamin Netanjahu"


def test_er_of_a_relative_clause_is_the_er_of_its_main_clause(analyzer):
    text = ("Hisbollah-Chef Naim Kassem hielt am Abend eine Rede. Darin richtete er einen Appell "
            "an Netanjahu, in dem er ihn warnte, dass die Verluste seiner Armee steigen würden.")
    q = quote_with(quotes_of(analyzer, text), "Verluste seiner Armee")
    assert q.speaker == "Naim Qassem"


def test_a_laut_phrase_before_a_colon_frame_is_no_quote_of_its_own(analyzer):
    """"Laut seinem Büro sagte er: „…“": the phrase relays the quotation after the colon; "sagte
    er" is no reported clause (Q7)."""
    quotes = quotes_of(analyzer, "Netanjahu ließ offen, ob der Militärchef Mohammed Deif getötet "
                                 "wurde. Laut seinem Büro sagte er: „Ich hoffe, er lebt nicht mehr.“")
    assert [(q.quote, q.speaker) for q in quotes] == [("Ich hoffe, er lebt nicht mehr.",
                                                       "Benjamin Netanjahu")]


def test_er_after_an_unnamed_man_the_tagger_calls_feminine_is_he(analyzer):
    """"ein … Insider": the masculine article, not the tagger's feminine noun, gives the gender,
    so a later "Er" is the insider with his label and side, not no one or a name before."""
    text = ("Die Gespräche gehen weiter. Die Vorlage sei unannehmbar, sagte ein der Hamas "
            "nahestehender Insider. Er kritisierte, der Plan gewähre keine Rechte.")
    q = quote_with(quotes_of(analyzer, text), "keine Rechte")
    assert (q.speaker, q.affiliation) == ("anonymous Hamas insider", "Hamas")


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Auch Jehuda Cohen, Vater des Soldaten Nimrod Cohen, sprach. Er sagte, seine Familie sei "
     "enttäuscht.", "Familie", "Yehuda Cohen"),
    ("Justizminister Jariv Levin, ein enger Vertrauter Netanjahus, stimmte dagegen. Er sagte, die "
     "Einigung sei gefährlich.", "gefährlich", "Yariv Levin"),
])
def test_a_name_in_the_subject_s_apposition_is_less_salient_than_the_subject(analyzer, text, fragment,
                                                                             speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == speaker


def test_the_owner_in_an_apposition_stays_the_antecedent_when_the_subject_does_not_fit(analyzer):
    text = ("Sara Netanjahu, Ehefrau des Regierungschefs Benjamin Netanjahu, sprach. Er sagte, die "
            "Einigung sei gefährlich.")
    q = quote_with(quotes_of(analyzer, text), "gefährlich")
    assert q.speaker == "Benjamin Netanjahu"


def test_er_after_an_indefinite_subject_is_that_one(analyzer):
    text = ("Der Hamas-Politiker Basem Naim kritisierte Israel. Ein Hamas-Funktionär wies den Bericht "
            "zurück. Es gebe keinen Streit, sagte er.")
    q = quote_with(quotes_of(analyzer, text), "keinen Streit")
    assert (q.speaker, q.affiliation) == ("anonymous Hamas official", "Hamas")


def test_er_after_a_title_with_its_holder_s_name_is_that_holder(analyzer):
    text = ("Netanjahu sagte, er sei stark. Der palästinensische Ministerpräsident Mohammed Mustafa wies "
            "diese Darstellung zurück. Seine Regierung sei bereit, erklärte er.")
    q = quote_with(quotes_of(analyzer, text), "Regierung sei bereit")
    assert q.speaker == "Mohammad Mustafa"
