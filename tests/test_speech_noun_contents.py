"""The content clause of a speech noun ("Die Behauptung der Miliz, dass …, ist …"): where it
ends and which clauses open it. Made-up news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_the_content_ends_where_the_main_clause_goes_on_with_its_copula(analyzer):
    """", ist kaum überprüfbar": the copula after the comma hands back to the main clause (was
    kept in the content, "… behandle, ist kaum")."""
    quotes = quotes_of(analyzer, "Die Behauptung der Miliz, dass sie die Geiseln gut behandle, ist kaum "
                                 "überprüfbar.")
    q = quote_with(quotes, "Geiseln")
    assert (q.quote, q.cue, q.speaker_mention) == ("sie die Geiseln gut behandle", "Behauptung",
                                                   "der Miliz")


def test_wonach_opens_the_content_of_a_speech_noun(analyzer):
    """"Der Vorwurf der Hamas, wonach …": "wonach" introduces what the accusation says, as "dass"
    does (was no quote)."""
    quotes = quotes_of(analyzer, "Der Vorwurf der Hamas, wonach die Armee Zivilisten beschossen habe, "
                                 "sorgte für Empörung.")
    q = quote_with(quotes, "Zivilisten")
    assert (q.quote, q.cue, q.speaker_mention) == ("die Armee Zivilisten beschossen habe", "Vorwurf",
                                                   "der Hamas")
