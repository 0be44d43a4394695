"""A place phrase after a diplomatic or negotiation source ("Diplomatische Kreise in Kairo",
"ein Diplomat in Doha") says where the source sits, not its side: negotiation
sources are "other" (GUIDELINES F4); a government's or security service's sources in a capital
stay that state's. Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text, fragment", [
    ("Diplomatische Kreise in Kairo bestätigten, dass die Delegationen am Sonntag zurückkehrten.",
     "Delegationen am Sonntag"),
    ("Ein Diplomat in Doha sagte, der Entwurf liege beiden Seiten vor.",
     "Entwurf liege"),
    ("Verhandlungskreise in Kairo berichteten, man habe sich bei der Frage der Häftlinge angenähert.",
     "angenähert"),
])
def test_a_source_posted_in_a_capital_is_no_side_of_it(analyzer, text, fragment):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.affiliation == "other"


def test_a_governments_sources_in_its_capital_stay_its_own(analyzer):
    text = "Sicherheitskreise in Kairo sagten, die Delegationen kehrten am Sonntag zurück."
    q = quote_with(quotes_of(analyzer, text), "Delegationen kehrten")
    assert q.affiliation == "Egypt"


def test_a_diplomatic_source_after_a_state_is_no_source_of_that_state(analyzer):
    """A diplomatic source speaks for the talks (F4: other), not for the state just named."""
    q = quote_with(quotes_of(analyzer, (
        "Katar setzt seine Vermittlung aus. Man habe beide Seiten informiert, sagte eine "
        "diplomatische Quelle am Abend.")), "beide Seiten")
    assert (q.speaker, q.affiliation) == ("anonymous diplomatic source", "other")
