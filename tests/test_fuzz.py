"""Property-based tests: the extractor never raises and its offsets always index the text.

Examples are parsed for real with the shipped models (cache off). `make fuzz` raises the count
to 10,000 through QUOTES_FUZZ_EXAMPLES.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.extract import find_marked

EXAMPLES = int(os.environ.get("QUOTES_FUZZ_EXAMPLES", "2000"))
MARKS = list("„“”\"»«‚‘’'") + ["\u200b", "\u200e", "\u202e", "\u2066", "\ufeff", "\u00a0"]
WORDS = ["sagte", "Netanjahu", "Hamas", "er", "laut", "zufolge", "so", "erklärte", "werde",
         "sei", "dass", ",", ".", ":", "\n", "\n\n", "Waffenruhe", "forderte", "auf", "zu",
         "Israel", "Die", "der", "Sprecher", "habe", "Biden", "-", "wie", "hieß", "es"]

pieces = st.one_of(
    st.sampled_from(MARKS),
    st.sampled_from(WORDS),
    st.text(min_size=1, max_size=12),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8),
)
documents = st.lists(pieces, min_size=0, max_size=40).map(lambda xs: " ".join(xs))
long_unpunctuated = st.integers(min_value=50, max_value=400).map(
    lambda n: " ".join(["wort", "Netanjahu", "sagte", "„Frieden"][i % 4] for i in range(n)))


@pytest.fixture(scope="module")
def fuzz_analyzer(tmp_path_factory):
    from quotes.analysis import Analyzer, Settings

    return Analyzer(Settings(use_cache=False, stance=True))


def check(analyzer, text: str) -> None:
    quotes = analyzer.analyze_text(text, "fuzz.txt")
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.quote


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.one_of(documents, long_unpunctuated))
def test_extractor_never_raises_and_offsets_hold(fuzz_analyzer, text):
    check(fuzz_analyzer, text)


@settings(max_examples=EXAMPLES * 5, deadline=None)
@given(text=st.lists(st.one_of(st.sampled_from(MARKS), st.text(max_size=6)), max_size=60)
       .map("".join))
def test_quotation_mark_pairing_is_well_formed(text):
    spans = find_marked(text)
    last = -1
    for m in spans:
        assert 0 <= m.open < m.start <= m.end <= m.close < len(text)
        assert m.open > last  # spans never overlap
        last = m.close
