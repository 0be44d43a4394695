"""Report filters and aggregation on hand-made quotes (no parsing involved)."""

from __future__ import annotations

from quotes.models import Quote
from quotes.report import Aggregator, Filters


def q(speaker: str | None, affiliation: str | None, stance: str = "none", kind: str = "direct",
      date: str | None = None, doc: str = "d") -> Quote:
    return Quote(doc=doc, start=0, end=1, kind=kind, quote="x", speaker=speaker,
                 affiliation=affiliation, confidence=1.0, stance=stance, date=date)


NETANYAHU = q("Benjamin Netanjahu", "Israel", "against", date="2024-02-10")
HAMAS = q("Hamas", "Hamas", "favor", kind="indirect", date="2024-03-01")
BIDEN = q("Joe Biden", "USA", "favor", date="2024-05-20")
UNDATED = q("Joe Biden", "USA", "none")


def test_speaker_alias_or_affiliation_widens():
    f = Filters(speakers=["netanyahu"], affiliations=["Hamas"])
    assert [f.accepts(x) for x in (NETANYAHU, HAMAS, BIDEN)] == [True, True, False]


def test_different_options_are_and_same_option_or():
    f = Filters(affiliations=["Israel", "USA"], stances=["favor"])
    assert [f.accepts(x) for x in (NETANYAHU, HAMAS, BIDEN)] == [False, False, True]
    assert Filters(kinds=["indirect"]).accepts(HAMAS) and not Filters(kinds=["mixed"]).accepts(HAMAS)


def test_date_bounds_include_whole_months_and_drop_undated():
    f = Filters(since="2024-02", until="2024-03")
    assert [f.accepts(x) for x in (NETANYAHU, HAMAS, BIDEN, UNDATED)] == [True, True, False, False]
    assert Filters().accepts(UNDATED)


def test_aggregation_counts_per_speaker_and_month():
    agg = Aggregator(Filters(), keep_quotes=True, by="month")
    agg.add_document("a", [NETANYAHU, HAMAS])
    agg.add_document("b", [BIDEN, q("Hamas", "Hamas", "against", date="2024-03-09")])
    rep = agg.report()
    assert rep.documents == 2 and len(rep.quotes) == 4
    hamas = next(s for s in rep.speakers if s.speaker == "Hamas")
    assert hamas.quotes == 2 and hamas.stances["favor"] == 1 and hamas.stances["against"] == 1
    assert hamas.kinds["indirect"] == 1 and hamas.kinds["direct"] == 1
    periods = {(p.period, p.affiliation): p.stances for p in rep.periods}
    assert periods == {("2024-02", "Israel"): {"favor": 0, "against": 1, "none": 0},
                       ("2024-03", "Hamas"): {"favor": 1, "against": 1, "none": 0},
                       ("2024-05", "USA"): {"favor": 1, "against": 0, "none": 0}}


def test_min_confidence_keeps_only_confident_stances():
    sure = q("Hamas", "Hamas", "favor").model_copy(update={"stance_confidence": 0.91})
    unsure = q("Hamas", "Hamas", "against").model_copy(update={"stance_confidence": 0.42})
    unlabelled = q("Hamas", "Hamas", "none")
    f = Filters(min_confidence=0.8)
    assert [f.accepts(x) for x in (sure, unsure, unlabelled)] == [True, False, False]
    assert Filters().accepts(unsure)


def test_min_confidence_out_of_range_is_refused(run_cli):
    proc = run_cli("report", "seeds/", "--min-confidence", "1.5")
    assert proc.returncode == 2 and "between 0 and 1" in proc.stderr
