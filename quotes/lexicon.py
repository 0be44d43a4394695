"""The speech-cue lexicon, kept as data in `quotes/data/cues.json` and validated on load.

A typo (an unknown key, a verb class that does not exist, a verb form whose lemma no cue uses)
fails with the file and the key named, instead of silently matching nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from quotes.text import fold

DATA_DIR = Path(__file__).parent / "data"
VerbClass = Literal["say", "directive", "name"]
B = TypeVar("B", bound=BaseModel)


class LexiconError(ValueError):
    """cues.json is malformed; the message names the file and the key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AttributionBlock(_Strict):
    prepositions: list[str] = Field(description="laut, zufolge: their noun phrase is the speaker")
    source_nouns: list[str] = Field(description="nach Angaben/Ansicht … von X")
    report_nouns: list[str] = Field(default=[], description="nach einem Bericht/ersten "
                                    "Untersuchungen: not with a definite article (\"after\")")
    compounding: list[str] = Field(default=[], description="source and report nouns that also "
                                   "attribute as a compound's last part: Polizeiangaben")
    statement_nouns: list[str] = Field(description="hieß es in einer Erklärung …")
    document_nouns: list[str] = Field(default=[], description="Der Erklärung zufolge, Seine "
                                      "Forderung lautete: nouns that name a statement, never "
                                      "its speaker; its owner or its issuer speaks (D14)")
    circle_nouns: list[str] = Field(default=[], description="hieß es in Diplomatenkreisen: a "
                                    "group that is the source, also as a compound's last part")
    institution_nouns: list[str] = Field(default=[], description="hieß es im Weißen Haus, im "
                                         "Außenministerium: a body the statement came from, also "
                                         "as a compound's last part")
    relay_nouns: list[str] = Field(default=[], description="meldete X unter Berufung auf Y: "
                                   "the noun whose 'auf' phrase names the original source (Q7)")
    so_marker: str = Field(description="the word of '…, so X.'")
    source_prepositions: list[str] = Field(description="nach Angaben, aus Sicht: the preposition")
    anaphoric_adverbs: list[str] = Field(description="demnach: the source named just before")
    unowned_adjectives: list[str] = Field(default=[], description="nach ersten Angaben: adjective "
                                          "stems (folded) that name no source; such Angaben are "
                                          "those of the source just quoted (GUIDELINES D11)")
    unowned_nouns: list[str] = Field(default=[], description="the source nouns that refer back so "
                                     "(\"nach ersten Angaben\"; not \"nach unbestätigten "
                                     "Berichten\", an unspecified report)")
    postpositions: list[str] = Field(description="X zufolge: the noun phrase comes before")


class CueFile(_Strict):
    """The schema of cues.json; keys starting with 'comment' are free text."""

    model_config = ConfigDict(extra="allow", frozen=True)

    verbs: dict[str, VerbClass]
    forms: dict[str, str]
    attribution: AttributionBlock
    articles: list[str]
    oblique_articles: list[str]
    feminine_noun_endings: list[str] = []
    complementizers: list[str]
    subjunctive_forms: list[str]
    t_stem_verbs: list[str] = []
    name_particles: list[str]
    tail_markers: list[str] = []
    conditional_openers: list[str] = []
    sentence_adverbs: list[str] = []
    office_nouns: list[str] = []
    body_nouns: list[str] = []
    institution_name_words: list[str] = []
    constructions: dict[str, dict] = Field(
        default={}, description="one block per construction module, checked by its own schema")

    @model_validator(mode="after")
    def _only_comments_extra(self) -> CueFile:
        for key in (self.model_extra or {}):
            if not key.startswith("comment"):
                raise ValueError(f"unknown key {key!r}")
        return self

    @model_validator(mode="after")
    def _forms_reach_a_verb(self) -> CueFile:
        """A form must lead to a cue verb, itself or with a separable particle in front."""
        dead = [f for f, lemma in self.forms.items()
                if not any(v == lemma or v.endswith(lemma) for v in self.verbs)]
        if dead:
            raise ValueError(f"forms {dead} lead to no verb in 'verbs'")
        spaced = [v for v in self.verbs if " " in v]
        if spaced:
            raise ValueError(f"verbs {spaced}: write separable verbs as one word (bekanntgeben)")
        return self


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    forms: dict[str, str]
    attribution_preps: frozenset[str]
    source_nouns: frozenset[str]
    statement_nouns: frozenset[str]
    report_nouns: frozenset[str]
    compounding: frozenset[str]
    circle_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    relay_nouns: frozenset[str]
    source_preps: frozenset[str]
    anaphoric_adverbs: frozenset[str]
    unowned_adjectives: frozenset[str]
    unowned_nouns: frozenset[str]
    postpositions: frozenset[str]
    so_marker: str
    articles: frozenset[str]
    oblique_articles: frozenset[str]
    feminine_noun_endings: tuple[str, ...]
    complementizers: frozenset[str]
    subjunctive_forms: frozenset[str]
    t_stem_verbs: tuple[str, ...]
    tail_pattern: re.Pattern[str]
    so_pattern: re.Pattern[str]
    so_mid_pattern: re.Pattern[str]
    name_particle_pattern: re.Pattern[str]
    name_particles: frozenset[str]
    tail_markers: frozenset[str] = frozenset()
    conditional_openers: frozenset[str] = frozenset()
    sentence_adverbs: frozenset[str] = frozenset()
    office_nouns: frozenset[str] = frozenset()
    body_nouns: tuple[str, ...] = ()
    institution_name_words: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    blocks: dict[str, dict] = field(default_factory=dict)
    path: str = "cues.json"
    _checked: dict = field(default_factory=dict, compare=False, repr=False)
    _folded_verbs: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def speaker_noun_endings(self) -> tuple[str, ...]:
        """Endings of nouns for people and bodies ("-sprecher", "-ministerium"): the
        continuation block's list, which the parse repair and the mention rules share."""
        return tuple(self.blocks.get("continuation", {}).get("speaker_noun_endings", ()))

    def verb_class(self, lemma: str) -> str | None:
        return self.verbs.get(lemma)

    def verb_folded(self, lemma: str) -> str | None:
        """The lexicon verb a lemma names with its umlauts or ß lost ("erlautern" for
        "erläutern": the tagger drops them in some lemmas)."""
        if not self._folded_verbs:
            self._folded_verbs.update((fold(v), v) for v in self.verbs)
        return self._folded_verbs.get(fold(lemma))

    def block(self, name: str, schema: type[B]) -> B:
        """A construction's own block under "constructions", validated by its schema."""
        if name not in self._checked:
            try:
                self._checked[name] = schema.model_validate(self.blocks.get(name, {}))
            except ValidationError as e:
                raise LexiconError(f"{self.path}: {_problems(e, ('constructions', name))}") from None
        return self._checked[name]


def _alternatives(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w))) or "(?!)"


def _problems(e: ValidationError, prefix: tuple[str, ...] = ()) -> str:
    return "; ".join(f"{'.'.join(map(str, (*prefix, *err['loc']))) or '(top level)'}: {err['msg']}"
                     for err in e.errors())


def build_lexicon(data: CueFile, path: Path | str = "cues.json") -> Lexicon:
    attribution = data.attribution
    markers = "|".join(sorted(map(re.escape, data.tail_markers))) or "(?!)"
    so = re.escape(attribution.so_marker)
    return Lexicon(
        verbs=dict(data.verbs),
        forms=dict(data.forms),
        attribution_preps=frozenset(attribution.prepositions),
        source_nouns=frozenset(attribution.source_nouns),
        statement_nouns=frozenset(attribution.statement_nouns),
        report_nouns=frozenset(attribution.report_nouns),
        compounding=frozenset(attribution.compounding),
        circle_nouns=frozenset(attribution.circle_nouns),
        institution_nouns=frozenset(attribution.institution_nouns),
        relay_nouns=frozenset(attribution.relay_nouns),
        source_preps=frozenset(attribution.source_prepositions),
        anaphoric_adverbs=frozenset(attribution.anaphoric_adverbs),
        unowned_adjectives=frozenset(attribution.unowned_adjectives),
        unowned_nouns=frozenset(attribution.unowned_nouns),
        postpositions=frozenset(attribution.postpositions),
        so_marker=attribution.so_marker,
        articles=frozenset(data.articles),
        oblique_articles=frozenset(data.oblique_articles),
        feminine_noun_endings=tuple(data.feminine_noun_endings),
        complementizers=frozenset(data.complementizers),
        subjunctive_forms=frozenset(data.subjunctive_forms),
        t_stem_verbs=tuple(data.t_stem_verbs),
        tail_pattern=re.compile(rf"(?:,|\s[–—])\s+(?:{markers})\b"),  # ", wobei …" / " – wobei …"
        so_pattern=re.compile(
            rf",\s+(?P<so>{so})\s+(?P<who>[^\W\d_][^,;:!?\"„“”»«]{{1,80}}?)\s*[.!?]?\s*$"),
        so_mid_pattern=re.compile(
            rf"[,–—]\s+(?P<so>{so})\s+(?P<who>[^\W\d_][^,;:!?\"„“”»«–—]{{1,80}}?)\s*[,–—]"),
        name_particle_pattern=re.compile(
            rf"\s+(?:{_alternatives(data.name_particles)})-[A-ZÄÖÜ][\w'’-]+"),
        name_particles=frozenset(data.name_particles),
        tail_markers=frozenset(data.tail_markers),
        conditional_openers=frozenset(data.conditional_openers),
        sentence_adverbs=frozenset(data.sentence_adverbs),
        office_nouns=frozenset(data.office_nouns),
        body_nouns=tuple(fold(n) for n in data.body_nouns),
        institution_name_words=frozenset(data.institution_name_words),
        document_nouns=frozenset(attribution.document_nouns),
        blocks=dict(data.constructions),
        path=str(path),
    )


def read_lexicon(path: Path) -> Lexicon:
    """Load and validate a cue file; errors name the file and the offending key."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise LexiconError(f"{path}: line {e.lineno}: {e.msg}") from None
    try:
        return build_lexicon(CueFile.model_validate(raw), path)
    except ValidationError as e:
        raise LexiconError(f"{path}: {_problems(e)}") from None


@lru_cache(maxsize=4)
def load_lexicon(path: Path = DATA_DIR / "cues.json") -> Lexicon:
    return read_lexicon(path)
