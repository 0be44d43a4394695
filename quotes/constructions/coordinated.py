"""Coordinated complements of one cue: "betonte, A und dass B" and "sagte, dass A und dass B"
are two entries with the same cue and speaker (GUIDELINES Q6, D27).

The reported clause is cut where a coordinating conjunction opens a second complement with its
own complementizer ("und dass", "sowie dass", "und ob"), but only where that complementizer
coordinates at the top of the report: "sagte, es sei klar, dass A und dass B" reports one
clause whose own complements are A and B, so it stays whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quotes.constructions.core import Context, RawQuote, clean_span

COORDINATED = re.compile(r",?\s+(?:und|sowie|oder)\s+(?=(?:dass|daß|ob)\s)", re.IGNORECASE)
COMPLEMENTIZER = re.compile(r"(?:^|[,;:–—]\s*)(?:dass|daß|ob)\s", re.IGNORECASE)
MIN_WORDS = 2  # each part is a clause of its own, not a stray word


def split(ctx: Context, quotes: list[RawQuote]) -> list[RawQuote]:
    """Every reported quote cut into its coordinated complements (direct speech is verbatim)."""
    out: list[RawQuote] = []
    for q in quotes:
        out += [q] if q.kind == "direct" or q.parent is not None else parts(ctx, q)
    return out


def parts(ctx: Context, q: RawQuote) -> list[RawQuote]:
    """`q` itself, or one quote per complement where it coordinates several."""
    text = ctx.text
    found = [m for m in COORDINATED.finditer(text, q.start, q.end) if not ctx.index.inside(m.start())]
    for m in found:
        head = text[q.start:m.start()]
        if COMPLEMENTIZER.search(head[1:]) or len(head.split()) < MIN_WORDS:
            continue  # "es sei klar, dass A und dass B": the complements of a clause inside
        left = clean_span(text, q.start, m.start())
        right = (m.end(), q.end)
        if len(text[right[0]:right[1]].split()) <= MIN_WORDS:
            continue
        return [with_kind(ctx, replace(q, start=left[0], end=left[1])),
                *parts(ctx, with_kind(ctx, replace(q, start=right[0], end=right[1])))]
    return [q]


def with_kind(ctx: Context, q: RawQuote) -> RawQuote:
    """A part is mixed only if it holds a verbatim fragment itself."""
    if q.kind not in ("indirect", "mixed"):
        return q
    fragments = ctx.index.within(q.start - 1, q.end + 1)
    return replace(q, kind="mixed" if fragments else "indirect")
