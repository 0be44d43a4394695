"""A speech noun's content clause after the writer's indicative frame, which the parse
coordinated with the frame's verb; made-up German news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_a_konjunktiv_clause_the_parse_coordinated_with_an_indicative_frame_is_content(analyzer):
    """"hatte den Standpunkt vertreten, das Gericht sei … nicht zuständig": the writer's frame is
    indicative, so the clause after it is the noun's content, not the sentence going on."""
    quotes = quotes_of(analyzer, "Die Wahlbehörde hatte den Standpunkt vertreten, das Gericht sei "
                                 "dafür nicht zuständig. Diesen Einwand ließ das Gericht nicht gelten.")
    q = quote_with(quotes, "nicht zuständig")
    assert (q.quote, q.speaker_mention) == ("das Gericht sei dafür nicht zuständig",
                                            "Die Wahlbehörde")
