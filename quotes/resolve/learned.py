"""A learned second opinion on who said a quote: candidate speakers scored by a linear model.

The hand-written resolver picks one speaker per quote. This module gathers every speaker the
document offers around the quote (the rules' choice, registry names and personal names, subjects
of speech verbs, objects of "laut"/"zufolge", role noun phrases, pronouns and the previous
speaker), describes each by general features (syntactic relation to the cue, distance, position,
registered or not, kind, medium, salience …; no names), and scores them with a logistic
regression. The model is a small `.npz` of plain arrays with JSON metadata (like `stance.npz`),
read with ``allow_pickle=False``; predicting needs only NumPy.

Modes (config `speaker_mode`, environment `QUOTES_SPEAKER_MODE`): ``rules`` (the resolver
alone), ``learned`` (the best-scored candidate), ``hybrid`` (the learned choice replaces the
rules' only where the rules give no speaker or an unregistered one and the model prefers another
candidate by a margin). `scripts/train_speakers.py` trains the model and measures all three.
"""

from __future__ import annotations

import bisect
import io
import json
import math
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from quotes.lexicon import DATA_DIR
from quotes.parse import Sentence, Word
from quotes.text import fold

if TYPE_CHECKING:
    from quotes.extract import RawQuote
    from quotes.resolve.resolver import DocumentResolver

DEFAULT_SPEAKER_MODEL = DATA_DIR / "speakers.npz"
FORMAT = "quotes-speakers/1"
MODES = ("rules", "learned", "hybrid")
MODE_ENV = "QUOTES_SPEAKER_MODE"
WINDOW_BEFORE = 3  # sentences before the quote's first sentence
WINDOW_AFTER = 1  # and after its last (cataphora, leads)
SUBJECT_RELS = ("nsubj", "nsubj:pass")
ATTRIBUTION_CASES = {"laut", "zufolge", "nach", "gemass", "von"}
MAX_MEMBER_BYTES = 1024 * 1024
# hybrid: the score the model's pick needs to replace a doubtful answer of the rules, by kind of
# doubt (above 1: never). Where the rules name no one the gold often names no one either (D11).
DEFAULT_THRESHOLDS = {"none": 1.01, "descriptor": 0.0, "role": 0.0}

RULES_FEATURES = ("bias_rules", "rules_none", "rules_registered", "rules_label", "rules_x_registered",
                  "rules_x_label", "rules_x_medium", "rules_x_unregistered_person")
EVIDENCE = ("cue_subject", "cue_agent", "attribution_object", "speech_subject", "previous_speaker")
FEATURES = (
    "bias_rules", "rules_none", "rules_registered", "rules_label",
    "registered", "person", "organisation", "label", "medium",
    "same_sentence", "prev_sentence", "two_back", "three_back", "next_sentence",
    "before_quote", "after_quote", "inside_quote_only", "log_char_distance",
    "cue_subject", "cue_agent", "attribution_object", "speech_subject", "subject", "nsubj_any",
    "previous_speaker", "log_times_quoted", "log_mentions_before", "log_mentions_window",
    "from_pronoun", "from_role", "from_entity", "pronoun_gender_clash", "title_match",
    "rules_x_registered", "rules_x_label", "rules_x_medium", "rules_x_unregistered_person",
    "direct", "continuation",
)


class UnsafeSpeakerModelError(RuntimeError):
    """A file that is not a quotes speaker model."""


@dataclass
class Candidate:
    """One possible speaker of one quote, with the evidence gathered from all its mentions."""

    name: str
    affiliation: str | None
    feats: dict[str, float] = field(default_factory=dict)

    def set_max(self, key: str, value: float) -> None:
        self.feats[key] = max(self.feats.get(key, 0.0), value)


@dataclass
class QuoteContext:
    """What the resolver knows when it reaches a quote: the rules' answer and the history."""

    rules: tuple[str | None, str | None]
    previous: str | None
    times_quoted: dict[str, int]


Speaker = tuple[str | None, str | None]
Chooser = Callable[["DocumentResolver", "RawQuote", QuoteContext], Speaker]


def speaker_key(name: str, resolver: DocumentResolver) -> str:
    """Candidates that canonicalise alike are one (as `quotes.evaluate.same_speaker` compares);
    remembered per document, since every quote asks again about the same few names."""
    keys = resolver.__dict__.setdefault("_speaker_keys", {})
    key = keys.get(name)
    if key is None:
        spelled = resolver.spelled_canonically(name, None)[0] or name
        key = keys[name] = fold(resolver.registry.canonical(spelled)[0])
    return key


def is_label(name: str) -> bool:
    """An English label for an unnamed speaker ("anonymous senior US official")."""
    return name[:1].islower() or "(unnamed)" in name


class CandidateBuilder:
    """Collects the candidates of one quote from the resolver's view of the document."""

    def __init__(self, resolver: DocumentResolver, q: RawQuote, ctx: QuoteContext):
        self.r = resolver
        self.q = q
        self.ctx = ctx
        self.text = resolver.parsed.text
        starts = resolver.sentence_starts
        self.first = max(0, bisect.bisect_right(starts, q.start) - 1)
        self.last = max(self.first, bisect.bisect_right(starts, max(q.start, q.end - 1)) - 1)
        self.lo = max(0, self.first - WINDOW_BEFORE)
        self.hi = min(len(resolver.parsed.sentences) - 1, self.last + WINDOW_AFTER)
        self.cue = self.cue_word()
        self.found: dict[str, Candidate] = {}

    def cue_word(self) -> tuple[Sentence, Word] | None:
        if self.q.cue_span is None:
            return None
        i = bisect.bisect_right(self.r.sentence_starts, self.q.cue_span[0]) - 1
        if i < 0:
            return None
        sent = self.r.parsed.sentences[i]
        w = next((w for w in sent.words if w.start <= self.q.cue_span[0] < w.end), None)
        return (sent, w) if w is not None else None

    def add(self, name: str | None, affiliation: str | None, source: str,
            pos: int | None = None, word: tuple[Sentence, Word] | None = None) -> None:
        """Record one mention of a speaker; mentions of the same speaker pool their evidence."""
        if not name or not name.strip():
            return
        name, affiliation = self.r.spelled_canonically(name, affiliation)
        key = speaker_key(name, self.r)
        cand = self.found.get(key)
        if cand is None:
            cand = self.found[key] = Candidate(name, affiliation)
        elif cand.affiliation in (None, "other") and affiliation not in (None, "other"):
            cand.affiliation = affiliation
        cand.set_max(source, 1.0)
        if pos is not None:
            self.position_features(cand, pos)
        if word is not None:
            self.word_features(cand, *word)

    def position_features(self, cand: Candidate, pos: int) -> None:
        i = bisect.bisect_right(self.r.sentence_starts, pos) - 1
        if self.first <= i <= self.last:
            cand.set_max("same_sentence", 1.0)
        elif i == self.first - 1:
            cand.set_max("prev_sentence", 1.0)
        elif i == self.first - 2:
            cand.set_max("two_back", 1.0)
        elif i < self.first - 2:
            cand.set_max("three_back", 1.0)
        elif i > self.last:
            cand.set_max("next_sentence", 1.0)
        q = self.q
        inside = q.start <= pos < q.end or any(s <= pos < e for s, e in self.r.quoted_spans)
        cand.feats["_outside"] = cand.feats.get("_outside", 0.0) + (0.0 if inside else 1.0)
        cand.feats["_mentions"] = cand.feats.get("_mentions", 0.0) + 1.0
        if pos < q.start:
            cand.set_max("before_quote", 1.0)
        elif pos >= q.end:
            cand.set_max("after_quote", 1.0)
        distance = 0 if q.start <= pos < q.end else min(abs(pos - q.start), abs(pos - q.end))
        dist = math.log1p(distance) / 8.0
        cand.feats["log_char_distance"] = min(cand.feats.get("log_char_distance", 9.0), dist)

    def word_features(self, cand: Candidate, sent: Sentence, w: Word) -> None:
        """The mention's relation to the cue and to speech verbs."""
        lex = self.r.lexicon
        head = sent.word(w.head) if w.head else None
        if w.deprel in SUBJECT_RELS:
            cand.set_max("nsubj_any", 1.0)
        if self.cue is not None and self.cue[0] is sent and head is not None and head.id == self.cue[1].id:
            if w.deprel in SUBJECT_RELS:
                cand.set_max("cue_subject", 1.0)
            elif w.deprel in ("obl:agent", "obl", "nmod"):
                cases = {fold(k.lemma or k.text) for k in sent.kids(w.id) if k.deprel == "case"}
                if cases & {"von", "durch"} and w.deprel == "obl:agent":
                    cand.set_max("cue_agent", 1.0)
        cases = {fold(k.lemma or k.text) for k in sent.kids(w.id) if k.deprel == "case"}
        if cases & ATTRIBUTION_CASES and w.deprel in ("obl", "nmod", "obl:agent") \
                and self.first <= bisect.bisect_right(self.r.sentence_starts, sent.start) - 1 <= self.last:
            cand.set_max("attribution_object", 1.0)
        if w.deprel in SUBJECT_RELS and head is not None and lex.verb_class(head.lemma) is not None:
            cand.set_max("speech_subject", 1.0)

    # -- the sources -----------------------------------------------------------------------------

    def build(self) -> list[Candidate]:
        rules = self.ctx.rules
        if rules[0]:
            self.add(rules[0], rules[1], "bias_rules")
            m = self.q.mention
            if m is not None:
                self.add(rules[0], rules[1], "bias_rules", m.start, self.word_at(m.head.start))
        if self.ctx.previous:
            self.add(self.ctx.previous, None, "previous_speaker")
        self.from_entities()
        self.from_noun_phrases()
        return list(self.found.values())

    def word_at(self, pos: int) -> tuple[Sentence, Word] | None:
        i = bisect.bisect_right(self.r.sentence_starts, pos) - 1
        if i < 0:
            return None
        sent = self.r.parsed.sentences[i]
        w = next((w for w in sent.words if w.start <= pos < w.end), None)
        return (sent, w) if w is not None else None

    def from_entities(self) -> None:
        sents = self.r.parsed.sentences
        lo, hi = sents[self.lo].start, sents[self.hi].end
        for e in self.r.entities:
            if e.speaker:
                continue  # a remembered speaker: counted through times_quoted
            if lo <= e.position < hi:
                self.add(e.name, e.affiliation, "from_entity", e.position, self.word_at(e.position))
                cand = self.found.get(speaker_key(e.name, self.r))
                if cand is not None:
                    if e.subject:
                        cand.set_max("subject", 1.0)
                    cand.feats["_kind"] = {"person": 1.0, "organisation": 2.0}.get(e.kind, 3.0)
                    if e.gender:
                        cand.feats["_gender"] = 1.0 if e.gender == "m" else 2.0
                    cand.feats["_titles"] = cand.feats.get("_titles", 0.0)
                    self.title_feature(cand, e.titles)

    def title_feature(self, cand: Candidate, titles: tuple[str, ...]) -> None:
        m = self.q.mention
        if m is None or m.head.upos != "NOUN" or not titles:
            return
        head = fold(m.head.lemma or m.head.text)
        if any(fold(t).endswith(head[-6:]) or head.endswith(fold(t)[-6:]) for t in titles):
            cand.set_max("title_match", 1.0)

    def from_noun_phrases(self) -> None:
        """Subjects of speech verbs, objects of attribution prepositions, role nouns, pronouns."""
        saved = list(self.r.names_seen)  # resolving must not change what the rules see later
        try:
            for i in range(self.lo, self.hi + 1):
                sent = self.r.parsed.sentences[i]
                for w in sent.words:
                    self.noun_phrase(sent, w)
        finally:
            self.r.names_seen[:] = saved

    def noun_phrase(self, sent: Sentence, w: Word) -> None:
        from quotes.extract import Mention

        if not w.head or w.upos not in ("NOUN", "PROPN", "PRON"):
            return
        head = sent.word(w.head)
        speech = self.r.lexicon.verb_class(head.lemma) is not None
        cases = {fold(k.lemma or k.text) for k in sent.kids(w.id) if k.deprel == "case"}
        relevant = (w.deprel in SUBJECT_RELS and speech) or (cases & ATTRIBUTION_CASES and w.upos != "PRON") \
            or (w.deprel in SUBJECT_RELS and w.upos == "NOUN")
        if not relevant:
            return
        if w.upos == "PRON":
            if fold(w.text) not in ("er", "sie"):
                return
            mention = Mention(w.text, w.start, w.end, w, [], [w])
            name, affiliation = self.r.resolve_pronoun(mention, (self.q.start, self.q.end))
            self.add(name, affiliation, "from_pronoun", w.start, (sent, w))
            return
        resolved = self.r.__dict__.setdefault("_noun_phrases", {})  # windows overlap: once each
        if w.start not in resolved:
            resolved[w.start] = self.resolved_phrase(sent, w)
        name, affiliation = resolved[w.start]
        self.add(name, affiliation, "from_role" if w.upos == "NOUN" else "from_entity",
                 w.start, (sent, w))


    def resolved_phrase(self, sent: Sentence, w: Word) -> Speaker:
        """The speaker the noun phrase headed by `w` names, as the resolver reads it."""
        from quotes.extract import Mention

        words = self.r.subtree(sent, w)
        words = [k for k in words if k.upos != "PUNCT" or k.id < words[-1].id]
        if not words or len(words) > 12:
            words = self.r.noun_phrase(sent, w)
        start, end = words[0].start, words[-1].end
        try:
            return self.r.resolve_named(Mention(self.text[start:end], start, end, w, [], words))
        except (IndexError, ValueError):
            return None, None


def candidate_rows(resolver: DocumentResolver, q: RawQuote, ctx: QuoteContext) -> list[Candidate]:
    """The candidates of one quote with their full feature vectors (`FEATURES`)."""
    cands = CandidateBuilder(resolver, q, ctx).build()
    rules_key = speaker_key(ctx.rules[0], resolver) if ctx.rules[0] else None
    rules_entry = resolver.registry.by_name(ctx.rules[0]) if ctx.rules[0] else None
    rules_registered = rules_entry is not None
    rules_label = bool(ctx.rules[0]) and is_label(ctx.rules[0] or "")
    mention = q.mention
    pronoun = fold(mention.head.text) if mention is not None and mention.is_pronoun else None
    previous_key = speaker_key(ctx.previous, resolver) if ctx.previous else None
    mentions_before: dict[str, int] = {}
    for e in resolver.entities:
        if e.position >= q.start:
            break  # the entities are sorted by position
        if not e.speaker:
            k = speaker_key(e.name, resolver)
            mentions_before[k] = mentions_before.get(k, 0) + 1
    for c in cands:
        key = speaker_key(c.name, resolver)
        entry = resolver.registry.by_name(c.name) or resolver.registry.by_name(
            resolver.registry.canonical(c.name)[0])
        f = c.feats
        is_rules = 1.0 if key == rules_key else 0.0
        f["bias_rules"] = is_rules
        f["rules_none"] = 0.0 if ctx.rules[0] else 1.0
        f["rules_registered"] = 1.0 if rules_registered else 0.0
        f["rules_label"] = 1.0 if rules_label else 0.0
        f["registered"] = 1.0 if entry is not None else 0.0
        kind = entry.kind if entry is not None else {1.0: "person", 2.0: "organisation"}.get(
            f.get("_kind", 0.0), "")
        f["person"] = 1.0 if kind == "person" else 0.0
        f["organisation"] = 1.0 if kind == "organisation" else 0.0
        f["label"] = 1.0 if is_label(c.name) else 0.0
        f["medium"] = 1.0 if (entry is not None and entry.medium) or resolver.is_relay(c.name) else 0.0
        f["inside_quote_only"] = 1.0 if f.get("_mentions", 0) and not f.get("_outside", 0) else 0.0
        f.setdefault("log_char_distance", 1.5)
        f["previous_speaker"] = 1.0 if key == previous_key else 0.0
        f["log_times_quoted"] = math.log1p(ctx.times_quoted.get(key, 0))
        f["log_mentions_before"] = math.log1p(mentions_before.get(key, 0))
        f["log_mentions_window"] = math.log1p(f.get("_mentions", 0.0))
        clash = 0.0
        if pronoun in ("er", "sie"):
            gender = f.get("_gender") or (1.0 if entry is not None and entry.gender == "m"
                                          else 2.0 if entry is not None and entry.gender == "f" else 0.0)
            if pronoun == "er" and (gender == 2.0 or kind == "organisation"):
                clash = 1.0
            if pronoun == "sie" and mention is not None and mention.head.feat("Number") != "Plur" \
                    and gender == 1.0:
                clash = 1.0
        f["pronoun_gender_clash"] = clash
        f["rules_x_registered"] = is_rules * f["registered"]
        f["rules_x_label"] = is_rules * f["label"]
        f["rules_x_medium"] = is_rules * f["medium"]
        f["rules_x_unregistered_person"] = is_rules * (1.0 - f["registered"]) * (1.0 - f["label"])
        f["direct"] = 1.0 if q.kind == "direct" else 0.0
        f["continuation"] = 1.0 if "continu" in q.rule or q.rule.startswith("previous") else 0.0
    return cands


def rules_doubt(q: RawQuote, rules: Speaker, resolver: DocumentResolver) -> str | None:
    """Why the rules' answer may be wrong: "none" (no speaker), "descriptor" (an unregistered
    German phrase, the resolver's last fallback, not an English label and not a name), "role"
    (such a phrase for people: "Verbündete"); None when the answer is registered, a label or a
    proper name, which the hybrid mode keeps."""
    name = rules[0]
    if not name:
        return "none"
    if resolver.registry.by_name(name) is not None or is_label(name):
        return None
    m = q.mention
    if m is not None and (m.head.upos == "PROPN" or resolver.person_name(m)):
        return None
    if any(e.kind == "person" and e.name == name for e in resolver.entities):
        return None  # a person the document names
    last = fold(name.split()[-1]) if name.split() else ""
    if len(last) < 3 or last not in fold(resolver.parsed.text):
        return None  # an English label ("Egyptian mediators"): the text does not write it
    if m is not None and describes_people(m.head):
        return "role"  # "rechtsextreme Verbündete": someone unnamed, unless a named one holds the role
    return "descriptor"


def describes_people(head: Word) -> bool:
    """A noun for a person or group of people ("Sprecher", "Vermittler", "Verbündete")."""
    from quotes.resolve.words import PERSON_NOUN_ENDINGS, looks_personal

    word = fold(head.lemma or head.text)
    return head.upos == "NOUN" and (looks_personal(head) or word.endswith(PERSON_NOUN_ENDINGS)
                                    or word.endswith(("te", "de", "ge")))  # "Angehörige"


def vector(c: Candidate) -> np.ndarray:
    return np.array([c.feats.get(name, 0.0) for name in FEATURES], dtype=np.float64)


# ---------------------------------------------------------------------------- the model file


TREE_MEMBERS = ("feature", "threshold", "left", "right", "value", "roots")
MAX_TREE_DEPTH = 8


@dataclass
class Trees:
    """Boosted regression trees as flat node arrays (scikit-learn's layout, all trees in one):
    a node with left < 0 is a leaf; children always come after their parent, so walking ends."""

    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    roots: np.ndarray
    init: float
    rate: float

    @classmethod
    def from_sklearn(cls, clf) -> Trees:
        """A fitted `GradientBoostingClassifier` (binary) as arrays."""
        parts: dict[str, list] = {k: [] for k in TREE_MEMBERS}
        offset = 0
        for est in clf.estimators_[:, 0]:
            t = est.tree_
            parts["roots"].append(offset)
            parts["feature"].append(t.feature)
            parts["threshold"].append(t.threshold)
            parts["left"].append(np.where(t.children_left < 0, -1, t.children_left + offset))
            parts["right"].append(np.where(t.children_right < 0, -1, t.children_right + offset))
            parts["value"].append(t.value[:, 0, 0])
            offset += t.node_count
        arrays = {k: np.concatenate(v) if k != "roots" else np.array(v) for k, v in parts.items()}
        probe = np.zeros((1, len(FEATURES)))
        trees = cls(**arrays, init=0.0, rate=float(clf.learning_rate))
        trees.init = float(clf.decision_function(probe)[0] - trees.raw(probe)[0])
        return trees

    def raw(self, x: np.ndarray) -> np.ndarray:
        out = np.full(len(x), self.init)
        rows = np.arange(len(x))
        for root in self.roots:
            node = np.full(len(x), root)
            for _ in range(MAX_TREE_DEPTH + 1):
                inner = self.left[node] >= 0
                if not inner.any():
                    break
                feature = np.where(inner, self.feature[node], 0)
                go_left = x[rows, feature] <= self.threshold[node]
                node = np.where(inner, np.where(go_left, self.left[node], self.right[node]), node)
            out += self.rate * self.value[node]
        return out

    def valid(self, n_features: int) -> bool:
        n = len(self.feature)
        inner = self.left >= 0
        idx = np.arange(n)
        return (all(len(getattr(self, k)) == n for k in ("threshold", "left", "right", "value"))
                and len(self.roots) > 0 and bool(((self.roots >= 0) & (self.roots < n)).all())
                and bool((self.feature[inner] < n_features).all() and (self.feature[inner] >= 0).all())
                and bool(((self.left[inner] > idx[inner]) & (self.left[inner] < n)).all())
                and bool(((self.right[inner] > idx[inner]) & (self.right[inner] < n)).all())
                and bool(np.isfinite(self.value).all() and np.isfinite(self.threshold).all())
                and math.isfinite(self.init) and math.isfinite(self.rate))


@dataclass
class SpeakerModel:
    """Logistic regression weights over `FEATURES` (or boosted trees, when `trees` is set), with
    the hybrid thresholds it was tuned with."""

    coef: np.ndarray
    intercept: float
    thresholds: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    meta: dict = field(default_factory=dict)
    trees: Trees | None = None

    @property
    def digest(self) -> bytes:
        """What cached results depend on: the weights and thresholds."""
        extra = b"" if self.trees is None else b"".join(
            getattr(self.trees, k).tobytes() for k in TREE_MEMBERS)
        return self.coef.tobytes() + extra + json.dumps([self.intercept, self.thresholds],
                                                        sort_keys=True).encode()

    def scores(self, cands: list[Candidate]) -> np.ndarray:
        if not cands:
            return np.zeros(0)
        x = np.vstack([vector(c) for c in cands])
        z = self.trees.raw(x) if self.trees is not None else x @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def choose(self, cands: list[Candidate], q: RawQuote, rules: Speaker, mode: str,
               resolver: DocumentResolver) -> Speaker:
        """The speaker for one quote under `mode` (see the module's docstring)."""
        if mode == "rules" or not cands:
            return rules
        p = self.scores(cands)
        best = int(p.argmax())
        pick = (cands[best].name, cands[best].affiliation or "other")
        rules_key = speaker_key(rules[0], resolver) if rules[0] else None
        if speaker_key(pick[0], resolver) == rules_key:
            return rules  # the same speaker: the rules' affiliation and spelling stand
        if mode == "learned":
            return pick
        doubt = rules_doubt(q, rules, resolver)
        entry = resolver.registry.by_name(pick[0])
        if doubt is None or entry is None or entry.medium \
                or not any(cands[best].feats.get(f) for f in EVIDENCE):
            return rules  # hybrid: only a doubtful answer of the rules gives way, to a registered
            # name that speaks in the text (subject of a speech verb, "laut X", the last speaker),
            # not to a medium, which relays (Q7)
        if doubt == "role" and not cands[best].feats.get("title_match"):
            return rules  # a role the rules described stays unnamed unless the pick holds it
        return pick if p[best] >= self.thresholds.get(doubt, 1.0) else rules

    def save(self, path: Path | str) -> None:
        from quotes.storage import write_atomic

        meta = {**self.meta, "format": FORMAT, "features": list(FEATURES),
                "thresholds": self.thresholds}
        trees = {}
        if self.trees is not None:
            meta.update(tree_init=self.trees.init, tree_rate=self.trees.rate)
            trees = {f"tree_{k}": getattr(self.trees, k) for k in TREE_MEMBERS}
        buf = io.BytesIO()
        np.savez_compressed(buf, meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(),
                                                    dtype=np.uint8),
                            coef=self.coef.astype(np.float64),
                            intercept=np.array([self.intercept], dtype=np.float64), **trees)
        write_atomic(Path(path), buf.getvalue())

    @classmethod
    def load(cls, path: Path | str) -> SpeakerModel:
        """Rebuild the model from its arrays; a file of another kind is refused by name."""
        path = Path(path)
        try:
            with zipfile.ZipFile(path) as z:
                names = {i.filename: i.file_size for i in z.infolist()}
            linear = {"meta.npy", "coef.npy", "intercept.npy"}
            if set(names) not in (linear, linear | {f"tree_{k}.npy" for k in TREE_MEMBERS}) \
                    or max(names.values()) > MAX_MEMBER_BYTES:
                raise UnsafeSpeakerModelError(f"{path}: not a quotes speaker model (members {sorted(names)})")
            with np.load(path, allow_pickle=False) as arrays:
                meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
                coef, intercept = arrays["coef"], arrays["intercept"]
                tree_arrays = {k: arrays[f"tree_{k}"] for k in TREE_MEMBERS} if len(names) > 3 else None
        except (OSError, zipfile.BadZipFile, ValueError, UnicodeDecodeError) as exc:
            raise UnsafeSpeakerModelError(f"{path}: not a quotes speaker model ({exc})") from None
        if not isinstance(meta, dict) or meta.get("format") != FORMAT \
                or meta.get("features") != list(FEATURES) or coef.shape != (len(FEATURES),) \
                or intercept.shape != (1,) or not np.isfinite(coef).all():
            found = meta.get("format") if isinstance(meta, dict) else None
            raise UnsafeSpeakerModelError(f"{path}: not a quotes speaker model of this version "
                                          f"(format {found!r}); retrain with scripts/train_speakers.py")
        thresholds = meta.get("thresholds", DEFAULT_THRESHOLDS)
        if not isinstance(thresholds, dict) or not set(thresholds) <= set(DEFAULT_THRESHOLDS) \
                or not all(isinstance(v, int | float) for v in thresholds.values()):
            raise UnsafeSpeakerModelError(f"{path}: not a quotes speaker model (bad thresholds)")
        trees = None
        if tree_arrays is not None:
            try:
                trees = Trees(**{k: v.astype(np.float64 if k in ("threshold", "value") else np.int64)
                                 for k, v in tree_arrays.items()},
                              init=float(meta["tree_init"]), rate=float(meta["tree_rate"]))
            except (KeyError, TypeError, ValueError):
                trees = None
            if trees is None or not trees.valid(len(FEATURES)):
                raise UnsafeSpeakerModelError(f"{path}: not a quotes speaker model (bad trees)")
        return cls(coef.astype(np.float64), float(intercept[0]),
                   {k: float(v) for k, v in thresholds.items()}, meta, trees)


@lru_cache(maxsize=4)
def load_speaker_model(path: str | None = None) -> SpeakerModel:
    return SpeakerModel.load(path or DEFAULT_SPEAKER_MODEL)


def speaker_mode(explicit: str | None = None) -> str:
    """The mode in use: the caller's, else `QUOTES_SPEAKER_MODE`, else the config file, else rules."""
    mode = explicit or os.environ.get(MODE_ENV)
    if not mode:
        from quotes.config import read_config

        mode = read_config().get("speaker_mode")
    mode = (mode or "rules").strip().lower()
    if mode not in MODES:
        from quotes.config import ConfigError

        raise ConfigError(f"unknown speaker mode {mode!r} ({MODE_ENV} or speaker_mode in "
                          f"the config file); choose one of {', '.join(MODES)}")
    return mode


class LearnedChooser:
    """The resolver's hook (`DocumentResolver.resolve(chooser=…)`): the model's pick per mode."""

    def __init__(self, model: SpeakerModel, mode: str):
        self.model = model
        self.mode = mode

    def __call__(self, resolver: DocumentResolver, q: RawQuote, ctx: QuoteContext) -> Speaker:
        if self.mode == "rules" or self.mode == "hybrid" and rules_doubt(q, ctx.rules, resolver) is None:
            return ctx.rules  # the hybrid mode looks at candidates only where the rules are in doubt
        return self.model.choose(candidate_rows(resolver, q, ctx), q, ctx.rules, self.mode, resolver)


def chooser_for(mode: str | None = None, model_path: str | None = None) -> LearnedChooser | None:
    """The chooser of the configured mode, or None for the rules alone."""
    mode = speaker_mode(mode)
    if mode == "rules":
        return None
    return LearnedChooser(load_speaker_model(model_path), mode)
