"""Unnamed and indefinite speakers: office holders the text describes ("ein Sprecher des
Ministeriums", "ein Berater Netanjahus") resolved to the person the same document names in that
role, else labelled, never given to someone the text does not name in that role; made-up news
sentences (GUIDELINES.md F3, D11, D12)."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_a_dateline_with_its_date_is_no_speaker(analyzer):
    """"KAIRO, 11.09.2024 - Der Sprecher …, Name, sagte": the place (a capital the registry
    knows as its government) before the date is where the
    report was filed; the spokesman named after it speaks."""
    quotes = quotes_of(analyzer, (
        "KAIRO, 11.09.2024 - Der Sprecher des ägyptischen Außenministeriums, Tamim Abu Said, "
        "sagte am Mittwoch, die Grenzübergänge blieben vorerst geschlossen."))
    assert quote_with(quotes, "Grenzübergänge").speaker == "Tamim Abu Said"


def test_a_genitive_owner_is_not_the_adviser(analyzer):
    """"Ein Berater Netanjahus": the adviser speaks, not Netanjahu (the listing of Netanjahu's
    quotes must not hold it), also after Netanjahu was named."""
    quotes = quotes_of(analyzer, (
        "Benjamin Netanjahu hat die Vorschläge der Vermittler abgelehnt. Ein Berater Netanjahus "
        "sagte dem Rundfunk, eine kurze Feuerpause sei denkbar, ein Ende des Krieges nicht."))
    assert quote_with(quotes, "Feuerpause sei denkbar").speaker != "Benjamin Netanjahu"
