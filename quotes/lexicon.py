"""The speech-cue lexicon, kept as data in `quotes/data/cues.json`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    forms: dict[str, str]
    attribution_preps: frozenset[str]
    source_nouns: frozenset[str]
    statement_nouns: frozenset[str]
    so_marker: str
    articles: frozenset[str]
    tail_markers: frozenset[str] = frozenset()
    sentence_adverbs: frozenset[str] = frozenset()
    office_nouns: frozenset[str] = frozenset()

    def verb_class(self, lemma: str) -> str | None:
        return self.verbs.get(lemma)


@lru_cache(maxsize=1)
def load_lexicon(path: Path = DATA_DIR / "cues.json") -> Lexicon:
    data = json.loads(path.read_text(encoding="utf-8"))
    attribution = data["attribution"]
    return Lexicon(
        verbs=data["verbs"],
        forms=data["forms"],
        attribution_preps=frozenset(attribution["prepositions"]),
        source_nouns=frozenset(attribution["source_nouns"]),
        statement_nouns=frozenset(attribution["statement_nouns"]),
        so_marker=attribution["so_marker"],
        articles=frozenset(data["articles"]),
        tail_markers=frozenset(data.get("tail_markers", [])),
        sentence_adverbs=frozenset(data.get("sentence_adverbs", [])),
        office_nouns=frozenset(data.get("office_nouns", [])),
    )
