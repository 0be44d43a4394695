"""Turn speaker mentions into canonical speakers with an affiliation.

The registry (`quotes/data/speakers.json`) holds people and organisations with aliases and
transliterations; descriptor rules (`affiliation_cues.json`) give officials missing from the
registry an affiliation; pronouns and titles resolve to the right earlier person of the document.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from quotes.extract import Mention, RawQuote
from quotes.lexicon import DATA_DIR, load_lexicon
from quotes.models import Quote, SpeakerEntry
from quotes.parse import Parsed

TOKEN = re.compile(r"[\w'’-]+", re.UNICODE)
SUFFIXES = ("es", "en", "em", "er", "e", "n", "s")
MAX_ALIAS_TOKENS = 6


def fold(s: str) -> str:
    """Case- and diacritics-insensitive form: Netanjahu, NETANJAHU and Nétanjahu compare equal."""
    decomposed = unicodedata.normalize("NFKD", s.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss")


def stem(token: str) -> str:
    """Strip one German inflection ending so 'israelischen Streitkräfte' meets its alias."""
    t = fold(token)
    if len(t) > 4:
        for suf in SUFFIXES:
            if t.endswith(suf) and len(t) - len(suf) >= 4:
                return t[: -len(suf)]
    return t


def tokens(s: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(s)]


@dataclass
class Registry:
    entries: list[SpeakerEntry]
    rules: list[tuple[str, str]]
    index: dict[tuple[str, ...], SpeakerEntry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for e in self.entries:
            for name in [e.name, *e.aliases]:
                key = tuple(stem(t) for t, _, _ in tokens(name))
                if key and key not in self.index:
                    self.index[key] = e

    def by_name(self, name: str) -> SpeakerEntry | None:
        key = fold(name)
        for e in self.entries:
            if fold(e.name) == key or any(fold(a) == key for a in e.aliases):
                return e
        return None

    def matches(self, text: str) -> list[tuple[int, int, SpeakerEntry]]:
        """Every registry name in `text`, as (start, end, entry), longest first."""
        toks = tokens(text)
        stems = [stem(t) for t, _, _ in toks]
        found = []
        for i in range(len(toks)):
            for n in range(min(MAX_ALIAS_TOKENS, len(toks) - i), 0, -1):
                entry = self.index.get(tuple(stems[i:i + n]))
                if entry:
                    found.append((toks[i][1], toks[i + n - 1][2], entry))
                    break
        return sorted(found, key=lambda m: m[0] - m[1])

    def affiliation_from_description(self, text: str) -> str | None:
        low = fold(text)
        for pattern, affiliation in self.rules:
            if fold(pattern) in low:
                return affiliation
        hits = self.matches(text)
        return hits[0][2].affiliation if hits else None

    def canonical(self, name: str) -> tuple[str, str | None]:
        """Canonical name and affiliation for a user-typed name (report filters)."""
        entry = self.by_name(name)
        if entry:
            return entry.name, entry.affiliation
        hits = self.matches(name)
        if hits and hits[0][1] - hits[0][0] >= len(name.strip()) - 1:
            return hits[0][2].name, hits[0][2].affiliation
        return name, None


@lru_cache(maxsize=1)
def load_registry(path: Path = DATA_DIR / "speakers.json",
                  rules_path: Path = DATA_DIR / "affiliation_cues.json") -> Registry:
    data = json.loads(path.read_text(encoding="utf-8"))
    rules = json.loads(rules_path.read_text(encoding="utf-8"))["rules"]
    return Registry([SpeakerEntry.model_validate(e) for e in data["speakers"]],
                    [(p, a) for p, a in rules])


@dataclass
class Entity:
    name: str
    affiliation: str
    kind: str  # person | organisation | group
    gender: str | None
    titles: tuple[str, ...]
    position: int


class DocumentResolver:
    """Resolves the mentions of one document in reading order, remembering who was mentioned."""

    def __init__(self, parsed: Parsed, registry: Registry):
        self.parsed = parsed
        self.registry = registry
        self.articles = load_lexicon().articles
        self.entities = self.mentioned_entities()
        self.names_seen: list[str] = []

    def mentioned_entities(self) -> list[Entity]:
        """Registry names and capitalised personal names in the text, with their positions."""
        out = []
        text = self.parsed.text
        for s, _e, entry in self.registry.matches(text):
            out.append(Entity(entry.name, entry.affiliation, entry.kind, entry.gender,
                              tuple(entry.titles), s))
        for sent in self.parsed.sentences:
            for w in sent.words:
                if w.upos == "PROPN" and w.deprel in ("nsubj", "nsubj:pass") and not any(
                    e.position == w.start for e in out
                ):
                    name = self.name_run(sent, w)
                    out.append(Entity(name, "other", "person", None, (), w.start))
        return sorted(out, key=lambda e: e.position)

    @staticmethod
    def name_run(sent, w) -> str:
        words = [w] + [k for k in sent.kids(w.id) if k.deprel in ("flat", "flat:name")]
        words.sort(key=lambda x: x.id)
        return " ".join(x.text for x in words)

    def resolve(self, raw: list[RawQuote], doc: str, date: str | None) -> list[Quote]:
        text = self.parsed.text
        out: list[Quote] = []
        previous: tuple[str | None, str | None, str | None] = (None, None, None)
        for q in raw:
            if q.inherit:
                speaker, affiliation, mention_text = previous
                mention_text = mention_text if speaker else None
            elif q.mention is None:
                speaker, affiliation, mention_text = None, None, None
            else:
                speaker, affiliation = self.resolve_mention(q.mention)
                mention_text = q.mention.text
            if speaker:
                previous = (speaker, affiliation, mention_text)
                self.entities.append(Entity(speaker, affiliation or "other", "person", None, (),
                                            q.start))
                self.entities.sort(key=lambda e: e.position)
            out.append(Quote(
                doc=doc, start=q.start, end=q.end, kind=q.kind, quote=text[q.start:q.end],
                cue=q.cue, speaker_mention=mention_text, speaker=speaker,
                affiliation=affiliation, sentence=" ".join(text[q.sentence[0]:q.sentence[1]].split()),
                confidence=round(q.confidence if speaker else q.confidence * 0.5, 3), date=date,
            ))
        return out

    def resolve_mention(self, m: Mention) -> tuple[str, str]:
        if m.is_pronoun:
            return self.resolve_pronoun(m)
        hits = self.registry.matches(m.text)
        head_hits = [h for h in hits if self.covers_head(m, h)]
        if head_hits:
            entry = sorted(head_hits, key=lambda h: (h[2].kind != "person", h[0] - h[1]))[0][2]
            return entry.name, entry.affiliation
        titled = self.resolve_title(m)
        if titled:
            return titled
        name = self.canonical_unknown(m)
        affiliation = self.registry.affiliation_from_description(m.text) or "other"
        return name, affiliation

    def covers_head(self, m: Mention, hit: tuple[int, int, SpeakerEntry]) -> bool:
        s, e = hit[0] + m.start, hit[1] + m.start
        return any(s < he and hs < e for hs, he in m.head_spans)

    def resolve_pronoun(self, m: Mention) -> tuple[str | None, str | None]:
        word = m.head.text.lower()
        if word in ("ich", "wir", "man", "es"):
            return None, None
        wanted = "m" if word == "er" else None
        plural = m.head.feat("Number") == "Plur"
        for e in reversed(self.entities):
            if e.position >= m.start:
                continue
            if wanted == "m" and (e.kind != "person" or e.gender == "f"):
                continue
            if word == "sie" and not plural and e.kind == "person" and e.gender != "f":
                continue
            return e.name, e.affiliation
        return None, None

    def resolve_title(self, m: Mention) -> tuple[str, str] | None:
        """"der Premier", "der Minister": the latest mentioned entity carrying that title."""
        words = [t for t, _, _ in tokens(m.text) if fold(t) not in self.articles]
        if not words or len(words) > 2:
            return None
        head = fold(words[-1])
        for e in reversed(self.entities):
            if e.position < m.start and any(fold(t).endswith(head) for t in e.titles):
                return e.name, e.affiliation
        return None

    def canonical_unknown(self, m: Mention) -> str:
        """Fullest name seen for a person; a descriptor without its article for groups."""
        if m.head.upos == "PROPN":
            name = self.person_name(m)
            for seen in self.names_seen:
                if name != seen and set(name.split()) <= set(seen.split()):
                    return seen
            self.names_seen.append(name)
            return name
        words = m.text.split()
        while words and fold(words[0]) in self.articles:
            words.pop(0)
        desc = " ".join(words) or m.text
        return desc[:1].upper() + desc[1:]

    def person_name(self, m: Mention) -> str:
        text = self.parsed.text
        parts = sorted(m.head_spans)
        name_parts = [text[s:e] for s, e in parts if text[s:s + 1].isupper()]
        return " ".join(name_parts) or m.text


def resolve_quotes(raw: list[RawQuote], parsed: Parsed, doc: str, date: str | None = None,
                   registry: Registry | None = None) -> list[Quote]:
    return DocumentResolver(parsed, registry or load_registry()).resolve(raw, doc, date)
