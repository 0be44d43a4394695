"""Of two subjects the parse gave a verb of accusing, the noun phrase that opens the clause
speaks and the bare name after the finite verb is the addressee, in the perfect tense too ("X
hat Israel vorgeworfen, …") and after a dateline. Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text", [
    "Der Chef der Hamas im Ausland, Chaled Meschaal, hat Israel vorgeworfen, die Gespräche zu "
    "sabotieren.",
    "Beirut (dpa) - Der Chef der Hamas im Ausland, Chaled Meschaal, hat Israel vorgeworfen, die "
    "Gespräche zu sabotieren.",
])
def test_the_opening_subject_accuses_the_name_after_the_finite_verb(analyzer, text):
    q = quote_with(quotes_of(analyzer, text), "Gespräche zu sabotieren")
    assert (q.speaker, q.affiliation) == ("Khaled Mashal", "Hamas")
