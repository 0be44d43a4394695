"""Reported speech: the content clause of a cue becomes an indirect quote, a mixed one when it
holds text in quotation marks ("Israel trage die „volle Verantwortung“").

The rule is `indirect.<cue rule>`: `indirect.speech_verb`, `indirect.zufolge`, `indirect.so` …
"""

from __future__ import annotations

from collections.abc import Iterator

from quotes.constructions.core import Context, Cue, Named, RawQuote

MIN_CHARS = 3
CONFIDENCE = 0.8  # a named speaker
CONFIDENCE_UNNAMED = 0.65


def candidates(ctx: Context, cues: list[Cue]) -> Iterator[RawQuote]:
    """One candidate per cue with a reported clause, longest clause first (the merge step takes
    them in this order)."""
    for c in sorted(cues, key=lambda c: -(c.content[1] - c.content[0]) if c.content else 0):
        if not c.content or c.content[1] - c.content[0] < MIN_CHARS:
            continue
        s, e = c.content
        inside = ctx.index.covering(s)
        if inside is not None and inside is ctx.index.covering(e - 1):
            continue  # all of it is in one pair of quotation marks: direct speech, not a report
        kind = "mixed" if ctx.index.within(s - 1, e + 1) else "indirect"
        conf = CONFIDENCE if isinstance(c.speaker, Named) else CONFIDENCE_UNNAMED
        span = ctx.sentence_span(min(s, c.start), max(e, c.end))
        yield RawQuote(s, e, kind, c.text, c.speaker, span, conf, f"indirect.{c.rule}",
                       (c.start, c.end), id(c))
