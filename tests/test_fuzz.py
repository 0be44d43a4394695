"""Property-based tests: the extractor never raises, its offsets index the text, quotes never
overlap, lie inside their sentences, keep their cue and speaker outside and name their rule.

The cost is predictable: every run tests the same examples (derandomized, no example database),
inputs are bounded (no single example can cost more than a few seconds of parsing), and parses
are reused (a parse cache for the whole module; the cheap tests mutate parses made once).
`make fuzz` raises every count to 10,000 through QUOTES_FUZZ_EXAMPLES and explores new random
examples with QUOTES_FUZZ_RANDOM=1 (a failure found there is kept in Hypothesis' database).
"""

from __future__ import annotations

import os
import random
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.extract import Extractor, find_marked
from quotes.parse import Parsed, Sentence
from quotes.resolve import resolve_quotes

EXAMPLES = int(os.environ.get("QUOTES_FUZZ_EXAMPLES", "30"))  # full parses: about 1 s of CPU each
CHEAP_EXAMPLES = max(750, EXAMPLES)  # mutated parses and mark strings: milliseconds each
RANDOM = os.environ.get("QUOTES_FUZZ_RANDOM") == "1"
MAX_PIECES = 40  # at most ~500 characters per generated document
MAX_UNPUNCTUATED_WORDS = 120  # one sentence of 120 words parses in 2-4 s of CPU

FIXED = {"derandomize": not RANDOM, "deadline": None,
         **({} if RANDOM else {"database": None})}
SLOW_OK = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large]

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
documents = st.lists(pieces, min_size=0, max_size=MAX_PIECES).map(lambda xs: " ".join(xs))
long_unpunctuated = st.integers(min_value=50, max_value=MAX_UNPUNCTUATED_WORDS).map(
    lambda n: " ".join(["wort", "Netanjahu", "sagte", "„Frieden"][i % 4] for i in range(n)))

# Made-up German paragraphs whose parses the mutation tests reuse (parsed once per session).
PARAGRAPHS = [
    "„Wir werden nicht aufgeben“, sagte Netanjahu am Montag in Jerusalem. Die Hamas erklärte, "
    "sie sei zu einer Waffenruhe bereit.",
    "Laut dem Sprecher der Hamas habe es keine Einigung gegeben. Dem Ministerium zufolge werde "
    "weiter verhandelt, hieß es.",
    "Biden forderte beide Seiten auf, „die Gespräche fortzusetzen“. Er sei zuversichtlich, so "
    "der Präsident.",
    "Der Minister: „Das ist unser letztes Angebot.“ Israel werde den Einsatz fortsetzen, sagte "
    "ein Sprecher, „bis alle Geiseln frei sind“.",
]
UPOS = ["NOUN", "PROPN", "VERB", "AUX", "PRON", "ADP", "PUNCT", "DET", "ADJ", "SCONJ", "X"]
DEPRELS = ["nsubj", "nsubj:pass", "ccomp", "parataxis", "obj", "obl", "nmod", "case", "punct",
           "conj", "appos", "acl:relcl", "advcl", "root", "det", "mark", "flat"]
LEMMAS = ["sagen", "erklären", "zufolge", "laut", "so", "heißen", "er", "sie", "Sprecher"]


@pytest.fixture(scope="module")
def fuzz_analyzer(tmp_path_factory):
    """One analyzer with a parse cache of its own: Hypothesis' replays never parse twice."""
    from quotes.analysis import Analyzer, Settings

    cache = tmp_path_factory.mktemp("fuzz-cache")
    return Analyzer(Settings(cache_dir=str(cache), stance=True))


@pytest.fixture(scope="module")
def pool(parser) -> list[Parsed]:
    return parser.parse_batch(PARAGRAPHS)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


MID_CLAUSE_PHRASES = ("indirect.laut", "indirect.zufolge", "indirect.gemaess", "indirect.nach_angaben",
                      "indirect.demnach", "indirect.demzufolge", "indirect.so_mid")
RULE_FAMILIES = ("direct.", "indirect.", "mixed.", "continuation.", "learned.")


def check_offsets(text: str, quotes) -> None:
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.quote


def inside(span: tuple[int | None, int | None], q) -> bool:
    return span[0] is not None and q.start < span[1] and span[0] < q.end


def check_properties(text: str, quotes) -> None:
    """What the extractor could get wrong: overlapping quotes, its own cue or speaker inside the
    content (only a mid-clause attribution phrase stays inside, GUIDELINES Q5), a quote without
    the rule that found it."""
    check_offsets(text, quotes)
    spans = sorted((q.start, q.end) for q in quotes)
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start, f"overlapping quotes {spans}"
    for q in quotes:
        assert q.rule and q.rule.startswith(RULE_FAMILIES), q.rule
        if q.rule not in MID_CLAUSE_PHRASES:
            assert not inside((q.cue_start, q.cue_end), q), (q.rule, q.cue, q.quote)
            assert not inside((q.speaker_start, q.speaker_end), q), (q.rule, q.speaker_mention, q.quote)


def check_sentences(parsed: Parsed, raw) -> None:
    """Every quote lies inside the sentences it is reported with, and those inside the text."""
    for q in raw:
        assert 0 <= q.sentence[0] <= q.start <= q.end <= q.sentence[1] <= len(parsed.text) + 1


@settings(max_examples=EXAMPLES, suppress_health_check=SLOW_OK, **FIXED)
@given(text=st.one_of(documents, long_unpunctuated))
def test_extractor_never_raises_and_offsets_hold(fuzz_analyzer, text):
    check_properties(text, fuzz_analyzer.analyze_text(text, "fuzz.txt"))


def random_tree(rng: random.Random, n: int) -> list[int]:
    """Heads of n words forming one tree: each word hangs on a word placed before it, or root."""
    order = rng.sample(range(1, n + 1), n)
    heads = [0] * (n + 1)
    for k, wid in enumerate(order[1:], 1):
        heads[wid] = order[rng.randrange(k)]
    return heads[1:]


def mutate(rng: random.Random, sent: Sentence) -> Sentence:
    """The same words with the tree, tags and lemmas a confused parser might give them."""
    heads = random_tree(rng, len(sent.words)) if rng.random() < 0.5 else None
    words = []
    for i, w in enumerate(sent.words):
        changes: dict = {"head": heads[i]} if heads else {}
        if rng.random() < 0.25:
            changes.update(upos=rng.choice(UPOS), deprel=rng.choice(DEPRELS))
        if rng.random() < 0.15:
            changes["lemma"] = rng.choice(LEMMAS)
        words.append(replace(w, **changes))
    return Sentence(words, sent.start, sent.end)


@settings(max_examples=CHEAP_EXAMPLES, **FIXED)
@given(which=st.integers(0, len(PARAGRAPHS) - 1), seed=st.integers(0, 2**32))
def test_extractor_survives_any_parse_of_real_text(pool, extractor, which, seed):
    """Real text with wrong trees and tags (the shipped parser's LAS is 76): no crash, true offsets.

    One seed drives all mutations, so a failure shrinks at once and replays exactly."""
    rng = random.Random(seed)
    parsed = pool[which]
    broken = Parsed(parsed.text, [mutate(rng, s) for s in parsed.sentences])
    raw = extractor.extract(broken)
    check_sentences(broken, raw)
    check_properties(broken.text, resolve_quotes(raw, broken, "fuzz.txt"))


@settings(max_examples=CHEAP_EXAMPLES, **FIXED)
@given(text=st.lists(st.one_of(st.sampled_from(MARKS), st.text(max_size=6)), max_size=60)
       .map("".join))
def test_quotation_mark_pairing_is_well_formed(text):
    spans = find_marked(text)
    last = -1
    for m in spans:
        assert 0 <= m.open < m.start <= m.end <= m.close < len(text)
        assert m.open > last  # spans never overlap
        last = m.close
