"""The evaluator's span matching and listing figures, on hand-made gold and predictions."""

from __future__ import annotations

import pytest

from quotes.evaluate import evaluate_quotes, iou, listing_scores, match, stance_on_matched
from quotes.models import Annotation, Quote


def gold(doc: str, start: int, end: int, speaker: str | None = "Benjamin Netanjahu",
         affiliation: str | None = "Israel", stance: str = "none") -> Annotation:
    return Annotation(doc=doc, quote="x" * (end - start), start=start, end=end, kind="direct",
                      speaker=speaker, affiliation=affiliation, stance=stance)


def pred(doc: str, start: int, end: int, speaker: str | None = "Benjamin Netanjahu",
         affiliation: str | None = "Israel", stance: str | None = None) -> Quote:
    return Quote(doc=doc, start=start, end=end, kind="direct", quote="x" * (end - start),
                 speaker=speaker, affiliation=affiliation, confidence=0.9, stance=stance)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ((0, 10), (0, 10), 1.0), ((0, 10), (5, 15), 5 / 15), ((0, 10), (10, 20), 0.0),
    ((0, 10), (2, 4), 0.2), ((3, 3), (3, 3), 0.0),
])
def test_iou(a, b, expected):
    assert iou(a, b) == pytest.approx(expected)


def test_match_is_one_to_one_best_overlap_first():
    g = [gold("d", 0, 10), gold("d", 20, 30)]
    # p0 overlaps g0 a little, p1 overlaps g0 fully; p2 lies in another document
    p = [pred("d", 6, 16), pred("d", 0, 10), pred("e", 20, 30)]
    assert sorted(match(g, p, 0.3)) == [(0, 1)]
    assert sorted(match(g, p, 0.0001)) == [(0, 1)]  # p0 may not take g0 a second time


def test_thresholds_and_speaker_accuracy():
    g = [gold("d", 0, 100), gold("d", 200, 300, speaker="Hamas", affiliation="Hamas")]
    p = [pred("d", 0, 50), pred("d", 200, 300, speaker="Netanjahu", affiliation="Israel")]
    r = evaluate_quotes(g, p)
    assert r["thresholds"]["0.3"]["matched"] == 2 and r["thresholds"]["0.8"]["matched"] == 1
    assert r["thresholds"]["0.3"]["speaker_accuracy"] == 0.5  # alias Netanjahu is the same person
    assert r["thresholds"]["0.8"]["f1"] == 0.5


def test_listing_counts_only_listed_matches():
    g = [gold("d", 0, 10), gold("d", 20, 30, speaker="Hamas", affiliation="Hamas"),
         gold("d", 40, 50, speaker="Joe Biden", affiliation="USA")]
    p = [pred("d", 0, 10),                                        # right
         pred("d", 40, 50, speaker="Hamas", affiliation="Hamas"),  # listed, but Biden's quote
         pred("d", 20, 30, speaker="Joe Biden", affiliation="USA")]  # Hamas quote not listed
    r = listing_scores(g, p)
    assert (r["gold"], r["listed"], r["right"]) == (2, 2, 1)
    assert r["precision"] == 0.5 and r["recall"] == 0.5


def test_stance_on_matched_counts_swaps():
    g = [gold("d", 0, 10, stance="favor"), gold("d", 20, 30, stance="against")]
    p = [pred("d", 0, 10, stance="against"), pred("d", 20, 30, stance="against")]
    r = stance_on_matched(g, p)
    assert r["n"] == 2 and r["swapped"] == 1
