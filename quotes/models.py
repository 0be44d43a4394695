"""Pydantic models for everything that crosses a module boundary or leaves the program."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

Kind = Literal["direct", "indirect", "mixed"]
Stance = Literal["favor", "against", "none"]
Source = Literal["seed", "synthetic", "user", "real"]
Affiliation = Literal[
    "Israel", "Hamas", "USA", "Qatar", "Egypt", "UN", "Palestinian Authority",
    "Islamic Jihad", "Hezbollah", "Iran", "other",
]
AFFILIATIONS: tuple[str, ...] = Affiliation.__args__  # type: ignore[attr-defined]
STANCES: tuple[str, ...] = Stance.__args__  # type: ignore[attr-defined]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]


class Quote(BaseModel):
    """One speech act found in a document; offsets index the text as read (quotation marks excluded)."""

    model_config = ConfigDict(extra="forbid")

    doc: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: Kind
    quote: str
    cue: str | None = None
    speaker_mention: str | None = None
    speaker: str | None = None
    affiliation: Affiliation | None = None
    sentence: str = ""
    confidence: float = Field(ge=0.0, le=1.0)
    stance: Stance | None = None
    stance_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    date: str | None = None
    rule: str | None = None  # the construction that found it: "direct.colon_frame", "indirect.zufolge"
    cue_start: int | None = Field(default=None, ge=0)
    cue_end: int | None = Field(default=None, ge=0)
    speaker_start: int | None = Field(default=None, ge=0)  # the speaker mention in the text
    speaker_end: int | None = Field(default=None, ge=0)
    parent_start: int | None = Field(default=None, ge=0)  # the quote this one is nested in, if
    parent_end: int | None = Field(default=None, ge=0)  # any (config nested_quotes = "all")
    date_source: str | None = None  # header, dateline, metadata, column, sidecar
    outlet: str | None = None

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Quote:
        if self.end < self.start:
            raise ValueError("end lies before start")
        return self


class SpeakerEntry(BaseModel):
    """A registry entry: one canonical person or organisation."""

    model_config = ConfigDict(extra="forbid")

    name: str
    kind: Literal["person", "organisation"] = "person"
    affiliation: Affiliation
    role: str = ""
    aliases: list[str] = []
    titles: list[str] = []
    gender: Literal["m", "f"] | None = None
    office: str | None = None  # who speaks for "sein Büro" / "das Büro Netanjahus"
    medium: bool = False  # a newspaper, channel, agency or reporter: a relay when it names a source
    leads: list[str] = []  # the parties or movements the person leads: "der Vorsitzende der Partei X"


class Annotation(BaseModel):
    """A human judgement about one quote: its span, speaker and stance."""

    model_config = ConfigDict(extra="forbid")

    doc: str
    quote: str = Field(min_length=1)
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    sentence: str | None = None
    kind: Kind | None = None
    cue: str | None = None
    speaker_mention: str | None = None
    speaker: str | None = None
    affiliation: Affiliation | None = None
    label: Literal["quote", "not_quote"] = "quote"  # not_quote: the annotator rejected a found span
    stance: Stance | None = Field(default=None, validate_default=True)  # required for a quote
    source: Source | None = None
    occurrence: int = Field(default=1, ge=1)
    note: str | None = None
    extracted_start: int | None = Field(default=None, ge=0)  # the span the extractor proposed,
    extracted_end: int | None = Field(default=None, ge=0)  # kept when the annotator moved it

    @field_validator("stance")
    @classmethod
    def _quote_has_stance(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None and info.data.get("label", "quote") == "quote":
            raise PydanticCustomError("missing", "Field required for a quote (favor, against or "
                                                 "none); a rejected span has label not_quote")
        return value

    def key(self) -> tuple[str, str, int | str]:
        """Identity used to detect duplicates: the same quote at the same place of one document.

        Without offsets the place is the occurrence number (gold in the realdev convention).
        """
        where: int | str = self.start if self.start is not None else f"occurrence {self.occurrence}"
        return (self.doc, " ".join(self.quote.split()), where)


class SpeakerSummary(BaseModel):
    speaker: str
    affiliation: str
    quotes: int
    kinds: dict[str, int]
    stances: dict[str, int]


class PeriodSummary(BaseModel):
    period: str  # YYYY-MM, YYYY-Www or "undated"
    affiliation: str
    stances: dict[str, int]
    speaker: str | None = None  # a speaker selected with --speaker; None: the whole side


class Report(BaseModel):
    """Everything `quotes report` knows, in one JSON document."""

    documents: int
    undated: int = 0  # documents without a date: left out of --since/--until and of time charts
    skipped: list[str] = []
    filters: dict[str, list[str] | str | None] = {}
    speakers: list[SpeakerSummary]
    periods: list[PeriodSummary] = []
    quotes: list[Quote]
