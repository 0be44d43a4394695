"""The one place where candidates of different constructions meet.

Overlap rule: candidates are taken in order of precedence — direct speech, then reported clauses
(longest first), then continuations — and a candidate is dropped when
1. it is a reported clause whose cue already framed a quote (a cue that frames direct speech
   reports nothing else; one cue may frame several pieces of direct speech),
2. its span overlaps a quote already taken (one starts inside the other or contains it), or
3. its cue lies inside a quote already taken (a cue within reported content is part of it).

Nested quotes (`RawQuote.parent` set, only with the setting nested_quotes = "all") are the one
exception: `merge_nested` takes one that lies inside its parent and overlaps no other nested quote.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from quotes.constructions.core import RawQuote, overlaps


def merge(accepted: list[RawQuote], candidates: Iterable[RawQuote]) -> list[RawQuote]:
    """`accepted` plus every candidate the overlap rule lets through, in the order given."""
    out = list(accepted)
    taken = TakenSpans([(a.start, a.end) for a in out])
    used_cues = {q.cue_id for q in out if q.cue_id is not None}
    for q in candidates:
        if q.kind != "direct" and q.cue_id is not None and q.cue_id in used_cues:
            continue
        if taken.overlapping((q.start, q.end)):
            continue
        if q.cue_span and taken.covering(q.cue_span[0]):
            continue
        out.append(q)
        taken.add((q.start, q.end))
        if q.cue_id is not None:
            used_cues.add(q.cue_id)
    return out


def merge_nested(accepted: list[RawQuote], candidates: Iterable[RawQuote]) -> list[RawQuote]:
    """`accepted` plus every nested candidate inside its parent (and clear of the nested quotes
    taken before it), sorted by start with each parent before its children."""
    out = list(accepted)
    parents = {id(q) for q in accepted}
    taken = TakenSpans([])
    for q in candidates:
        p = q.parent
        if p is None or id(p) not in parents or not (p.start - 1 <= q.start < q.end <= p.end + 1):
            continue
        if taken.overlapping((q.start, q.end)):
            continue
        out.append(q)
        taken.add((q.start, q.end))
    out.sort(key=lambda q: (q.start, q.parent is not None))
    return out


class TakenSpans:
    """The accepted spans, sorted by start. They never overlap one another, so their ends rise
    with their starts and each test looks at the few neighbours of a bisection point: the merge
    is linear in the candidates (a scan of all accepted spans per candidate was quadratic)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def add(self, span: tuple[int, int]) -> None:
        i = bisect.bisect_right(self.starts, span[0])
        self.spans.insert(i, span)
        self.starts.insert(i, span[0])

    def overlapping(self, span: tuple[int, int]) -> bool:
        i = bisect.bisect_right(self.starts, span[1]) - 1  # spans starting after span[1] cannot
        while i >= 0 and self.spans[i][1] >= span[0]:
            if overlaps(span, self.spans[i]):
                return True
            i -= 1
        return False

    def covering(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.spans[i][1] > pos:
            if self.spans[i][0] <= pos:
                return True
            i -= 1
        return False
