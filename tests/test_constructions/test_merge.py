"""The merge step's overlap rule, on hand-made candidates."""

from __future__ import annotations

from quotes.constructions.core import RawQuote
from quotes.constructions.merge import merge


def cand(start, end, kind="indirect", cue_id=None, cue_span=None, rule="indirect.speech_verb"):
    return RawQuote(start, end, kind, "sagte", None, (start, end), 0.8, rule, cue_span, cue_id)


def test_overlapping_later_candidate_is_dropped_and_disjoint_one_kept():
    taken = merge([cand(10, 50, "direct", rule="direct.postposed")],
                  [cand(40, 80), cand(60, 90), cand(0, 100)])
    assert [(q.start, q.end) for q in taken] == [(10, 50), (60, 90)]


def test_cue_that_framed_direct_speech_reports_nothing_else_but_may_frame_more_direct():
    direct = [cand(0, 10, "direct", cue_id=1), cand(30, 40, "direct", cue_id=1)]
    taken = merge([], direct)
    taken = merge(taken, [cand(50, 70, cue_id=1), cand(80, 90, cue_id=2)])
    assert [(q.start, q.end) for q in taken] == [(0, 10), (30, 40), (80, 90)]


def test_cue_inside_a_taken_quote_belongs_to_it():
    taken = merge([cand(0, 60)], [cand(70, 90, cue_span=(20, 25))])
    assert len(taken) == 1
