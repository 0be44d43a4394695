"""The one place where candidates of different constructions meet.

Overlap rule: candidates are taken in order of precedence — direct speech, then reported clauses
(longest first), then continuations — and a candidate is dropped when
1. it is a reported clause whose cue already framed a quote (a cue that frames direct speech
   reports nothing else; one cue may frame several pieces of direct speech),
2. its span overlaps a quote already taken (one starts inside the other or contains it), or
3. its cue lies inside a quote already taken (a cue within reported content is part of it).
"""

from __future__ import annotations

from collections.abc import Iterable

from quotes.constructions.core import RawQuote, overlaps


def merge(accepted: list[RawQuote], candidates: Iterable[RawQuote]) -> list[RawQuote]:
    """`accepted` plus every candidate the overlap rule lets through, in the order given."""
    out = list(accepted)
    used_cues = {q.cue_id for q in out if q.cue_id is not None}
    for q in candidates:
        if q.kind != "direct" and q.cue_id is not None and q.cue_id in used_cues:
            continue
        if any(overlaps((q.start, q.end), (a.start, a.end)) for a in out):
            continue
        if q.cue_span and any(a.start <= q.cue_span[0] < a.end for a in out):
            continue
        out.append(q)
        if q.cue_id is not None:
            used_cues.add(q.cue_id)
    return out
