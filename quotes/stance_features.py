"""What the stance classifier reads: n-grams of the quote plus a few features that generalise.

Pure Python and NumPy, so that predicting never imports scikit-learn. Every feature is a string
with a block prefix: ``w:`` word n-grams, ``c:`` character n-grams (word-bounded, like
scikit-learn's ``char_wb``), ``x:`` the rest (who speaks, the cue, deal/polarity lexicon
categories from ``data/stance_lexicon.json`` and pairs of them found close together). Each block is
TF-IDF weighted and L2-normalised on its own, as a scikit-learn ``FeatureUnion`` would do; the
``x:`` features are indicators (0 or ``extra_weight``).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from quotes.lexicon import DATA_DIR

LEXICON_FILE = DATA_DIR / "stance_lexicon.json"
BLOCKS = ("w", "c", "x")
INDICATOR_BLOCK = BLOCKS.index("x")
WORD = re.compile(r"\w+", re.UNICODE)
CLAUSE_BREAK = re.compile(r"[.;:!?]")


@dataclass(frozen=True)
class Lexicon:
    """Stems, separable verbs and phrases per category; `window` = tokens apart for a pair."""

    stems: dict[str, tuple[str, ...]]
    separable: dict[str, tuple[tuple[str, str], ...]]
    phrases: dict[str, tuple[str, ...]]
    window: int
    inside_words: frozenset[str] = frozenset()

    raw: dict = field(default_factory=dict, compare=False)  # as read: saved inside each model

    @classmethod
    def from_file(cls, path: Path) -> Lexicon:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")), str(path))

    @classmethod
    def from_dict(cls, data: dict, where: str = "lexicon") -> Lexicon:
        """Checked: categories of strings, a whole-number window, known inside_words."""
        if not isinstance(data, dict) or not isinstance(data.get("categories"), dict):
            raise ValueError(f"{where}: needs a 'categories' object")
        stems: dict[str, tuple[str, ...]] = {}
        separable: dict[str, tuple[tuple[str, str], ...]] = {}
        phrases: dict[str, tuple[str, ...]] = {}
        for cat, entries in data["categories"].items():
            if not isinstance(entries, list) or not all(isinstance(e, str) and e.strip() for e in entries):
                raise ValueError(f"{where}: category {cat!r} must be a list of non-empty strings")
            entries = [e.lower().strip() for e in entries]
            pairs = [tuple(p.strip() for p in e.split("~", 1)) for e in entries if "~" in e]
            if any(not all(pair) for pair in pairs):
                raise ValueError(f"{where}: category {cat!r}: a 'stem ~ particle' entry lacks a side")
            separable[cat] = tuple(pairs)  # type: ignore[arg-type]
            phrases[cat] = tuple(e for e in entries if "~" not in e and " " in e)
            stems[cat] = tuple(e for e in entries if "~" not in e and " " not in e)
        inside = data.get("inside_words", [])
        window = data.get("window", 6)
        if not isinstance(inside, list) or not set(inside) <= set(stems):
            raise ValueError(f"{where}: inside_words must list known categories")
        if not isinstance(window, int) or not 1 <= window <= 50:
            raise ValueError(f"{where}: window must be a whole number from 1 to 50")
        raw = {"window": window, "inside_words": inside, "categories": data["categories"]}
        return cls(stems, separable, phrases, window, frozenset(inside), raw)


@lru_cache(maxsize=2)
def load_lexicon(path: str | None = None) -> Lexicon:
    return Lexicon.from_file(Path(path) if path else LEXICON_FILE)


def normalise(text: str) -> str:
    return " ".join(text.split()).lower()


def word_ngrams(tokens: list[str], n_max: int) -> list[str]:
    out = []
    for n in range(1, n_max + 1):
        out.extend("w:" + " ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return out


def char_ngrams(tokens: list[str], n_min: int, n_max: int) -> list[str]:
    """Character n-grams inside space-padded words (scikit-learn's ``char_wb``)."""
    out: list[str] = []
    for tok in tokens:
        padded = f"c: {tok} "
        size = len(padded)
        for n in range(n_min, min(n_max, size - 2) + 1):
            out += [padded[:2] + padded[i:i + n] for i in range(2, size - n + 1)]
    return out


def category_positions(tokens: list[str], text: str, lex: Lexicon) -> dict[str, list[int]]:
    """Token positions of each lexicon category in the quote (phrases: position of their start)."""
    found: dict[str, list[int]] = {}
    clause = None
    for cat, stems in lex.stems.items():
        if cat in lex.inside_words:
            pos = [i for i, t in enumerate(tokens) if any(st in t for st in stems)]
        else:
            pos = [i for i, t in enumerate(tokens) if t.startswith(stems)] if stems else []
        for verb, particle in lex.separable[cat]:
            if particle not in tokens:
                continue
            clause = clause or clause_ids(text, tokens)
            later = [j for j, t in enumerate(tokens) if t == particle]
            pos.extend(i for i, t in enumerate(tokens) if t.startswith(verb) and any(
                i < j < i + 12 and clause[j] == clause[i] for j in later))
        for phrase in lex.phrases[cat]:
            start = text.find(phrase)
            while start >= 0:
                pos.append(len(WORD.findall(text[:start])))
                start = text.find(phrase, start + 1)
        if pos:
            found[cat] = sorted(set(pos))
    return found


def clause_ids(text: str, tokens: list[str]) -> list[int]:
    """For each token, the number of clause breaks (. ; : ! ?) before it."""
    ids, clause = [], 0
    pieces = CLAUSE_BREAK.split(text)
    for piece in pieces:
        ids.extend([clause] * len(WORD.findall(piece)))
        clause += 1
    return ids[:len(tokens)] + [clause] * max(0, len(tokens) - len(ids))


def lexicon_features(found: dict[str, list[int]], lex: Lexicon) -> list[str]:
    """One feature per category present, one per pair of categories within `window` tokens."""
    out = [f"x:{cat}" for cat in found]
    cats = sorted(found)
    for a_i, a in enumerate(cats):
        for b in cats[a_i + 1:]:
            if any(abs(i - j) <= lex.window for i in found[a] for j in found[b]):
                out.append(f"x:{a}~{b}")
    if "neg" not in found:
        out.extend(f"x:{cat}+affirmed" for cat in ("accept", "reject", "war") if cat in found)
    return out


def cue_features(cue: str | None, lex: Lexicon) -> list[str]:
    """The cue's words with their endings cut, and its lexicon categories ("lehnte ab" -> reject)."""
    if not cue:
        return ["x:cue=none"]
    text = normalise(cue)
    tokens = WORD.findall(text)
    out = [f"x:cue={stem(t)}" for t in tokens]
    out.extend(f"x:cue~{cat}" for cat in category_positions(tokens, text, lex))
    return out


def stem(token: str) -> str:
    """A crude German verb stem, enough to join "forderte", "fordert" and "forderten"."""
    for ending in ("ten", "te", "en", "et", "t", "e"):
        if len(token) > len(ending) + 3 and token.endswith(ending):
            return token[: -len(ending)]
    return token


def record_features(record, params: dict, lex: Lexicon) -> list[str]:
    """Every feature string of one record (an Annotation or a Quote), repeated by count."""
    text = normalise(record.quote)
    tokens = WORD.findall(text)
    feats = word_ngrams(tokens, params["word_ngrams"])
    if params["char_max"] > 0:
        feats += char_ngrams(tokens, params["char_min"], params["char_max"])
    found = category_positions(tokens, text, lex) if params["lexicon"] else {}
    if params["lexicon"]:
        feats += lexicon_features(found, lex)
    affiliation = getattr(record, "affiliation", None)
    if params["speaker"]:
        feats.append(f"x:aff={affiliation or 'unknown'}")
    if params.get("speaker_name"):
        feats.append(f"x:who={normalise(getattr(record, 'speaker', None) or 'unknown')}")
    if params["speaker_lexicon"]:
        feats += [f"x:aff={affiliation or 'unknown'}&{cat}" for cat in found]
    if params["cue"]:
        feats += cue_features(getattr(record, "cue", None), lex)
    if params["kind"]:
        feats.append(f"x:kind={getattr(record, 'kind', None) or 'unknown'}")
    return feats


class Vectorizer:
    """Feature strings -> TF-IDF rows (sublinear tf, smooth idf, one L2 norm per block)."""

    def __init__(self, vocabulary: list[str], idf: np.ndarray, block_weights: dict[str, float]):
        self.vocabulary = vocabulary
        self.index = {f: i for i, f in enumerate(vocabulary)}
        self.idf = np.asarray(idf, dtype=np.float64)
        self.block_weights = block_weights
        self.block = np.array([BLOCKS.index(f[0]) for f in vocabulary], dtype=np.int8)
        self.weight = np.array([block_weights.get(b, 1.0) for b in BLOCKS])

    @classmethod
    def fit(cls, docs: list[list[str]], min_df: int, block_weights: dict[str, float]) -> Vectorizer:
        df = Counter(f for feats in docs for f in set(feats))
        vocab = sorted(f for f, n in df.items() if n >= min_df or f.startswith("x:"))
        n = len(docs)
        idf = np.array([math.log((1 + n) / (1 + df[f])) + 1.0 for f in vocab])
        return cls(vocab, idf, block_weights)

    def rows(self, feats: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and values of one record's row: n-gram blocks TF-IDF and L2-normalised,
        the `x:` indicators 1 times their block weight (so that one more lexicon hit does not
        shrink the speaker's feature)."""
        get = self.index.get
        counts = Counter(get(f, -1) for f in feats)
        counts.pop(-1, None)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
        vals = tf * self.idf[cols]
        blocks = self.block[cols]
        norms = np.sqrt(np.bincount(blocks, weights=vals ** 2, minlength=len(BLOCKS)))
        scale = np.divide(self.weight, norms, out=np.zeros(len(BLOCKS)), where=norms > 0)
        vals = vals * scale[blocks]
        indicator = blocks == INDICATOR_BLOCK
        vals[indicator] = self.weight[INDICATOR_BLOCK]
        return cols, vals

    def transform(self, docs: list[list[str]]):
        """A scipy CSR matrix (training only; prediction uses `rows` directly)."""
        from scipy.sparse import csr_matrix

        indptr, indices, data = [0], [], []
        for feats in docs:
            cols, vals = self.rows(feats)
            indices.append(cols)
            data.append(vals)
            indptr.append(indptr[-1] + len(cols))
        return csr_matrix((np.concatenate(data) if data else np.zeros(0),
                           np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64),
                           np.array(indptr)), shape=(len(docs), len(self.vocabulary)))
