"""Train the learned speaker layer and measure rules / learned / hybrid on every gold set.

Trains a logistic regression over candidate speakers (`quotes/resolve/learned.py`) on the tool's
own extracted quotes that match a gold quote (IoU >= 0.3) in realdev files a*-c* and the
repository's gold (seeds, synthetic dev articles); a candidate is positive when it is the gold
speaker as `quotes.evaluate.same_speaker` counts it. realdev d*-e* and the synthetic held-out
articles are never trained on; for them only totals are printed.

    python scripts/train_speakers.py                 # figures of the three modes, no file written
    python scripts/train_speakers.py --save          # also write quotes/data/speakers.npz
    python scripts/train_speakers.py --json out.json # the figures as JSON
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.analysis import Analyzer, Settings  # noqa: E402
from quotes.annotations import load_annotations, locate  # noqa: E402
from quotes.evaluate import evaluate_quotes, listing_scores, match, same_speaker  # noqa: E402
from quotes.models import Annotation, Quote  # noqa: E402
from quotes.resolve import resolve_quotes  # noqa: E402
from quotes.resolve.learned import (  # noqa: E402
    DEFAULT_SPEAKER_MODEL,
    DEFAULT_THRESHOLDS,
    FEATURES,
    MODES,
    RULES_FEATURES,
    Candidate,
    LearnedChooser,
    SpeakerModel,
    Trees,
    candidate_rows,
    vector,
)

REALDEV = ROOT.parent / "shared" / "realdev"


@dataclass
class GoldSet:
    name: str
    gold: Path
    docs: Path
    patterns: tuple[str, ...] = ()
    train: bool = False


def gold_sets(realdev: Path) -> list[GoldSet]:
    return [
        GoldSet("realdev a-c", realdev / "gold.jsonl", realdev / "docs", ("a*", "b*", "c*"), True),
        GoldSet("realdev d-e", realdev / "gold.jsonl", realdev / "docs", ("d*", "e*")),
        GoldSet("seeds", ROOT / "data/annotations/seeds.jsonl", ROOT / "seeds", (), True),
        GoldSet("synthetic dev", ROOT / "data/annotations/articles-dev.jsonl", ROOT / "data/articles/dev",
                (), True),
        GoldSet("synthetic held-out", ROOT / "data/heldout/annotations.jsonl",
                ROOT / "data/heldout/articles"),
    ]


@dataclass
class Loaded:
    """One gold set, parsed and extracted once."""

    spec: GoldSet
    gold: list[Annotation]
    docs: list[tuple[str, object, list]]  # (name, parsed, raw quotes)


def load_set(spec: GoldSet, analyzer: Analyzer) -> Loaded:
    records, problems = load_annotations([spec.gold])
    assert not problems, problems[:3]
    files = sorted(p for p in spec.docs.iterdir()
                   if p.suffix in (".txt", ".md") and (not spec.patterns or any(fnmatch(p.name, pat)
                                                                                for pat in spec.patterns)))
    texts = {}
    docs = []
    for p in files:
        doc = analyzer.read(str(p))
        texts[p.name] = doc.text
        parsed = analyzer.parser.parse(doc.text)
        docs.append((p.name, parsed, analyzer.extractor.extract(parsed)))
    gold = [locate(r, texts[r.doc]) for r in records if r.doc in texts]
    gold = [g for g in gold if g.label == "quote"]
    return Loaded(spec, gold, docs)


class Recorder:
    """A chooser that keeps the rules' answer and remembers every quote's candidates."""

    def __init__(self):
        self.rows: list[list[Candidate]] = []

    def __call__(self, resolver, q, ctx):
        self.rows.append(candidate_rows(resolver, q, ctx))
        return ctx.rules


def predictions(data: Loaded, chooser) -> list[Quote]:
    out = []
    for name, parsed, raw in data.docs:
        out += resolve_quotes(list(raw), parsed, name, None, None, chooser)
    return out


def training_rows(data: Loaded) -> tuple[list[np.ndarray], list[int], list[str], int, int]:
    """Feature rows and labels of the candidates of matched quotes; also how many matched
    quotes had the gold speaker among their candidates."""
    xs, ys, groups = [], [], []
    matched = covered = 0
    for name, parsed, raw in data.docs:
        rec = Recorder()
        quotes = resolve_quotes(list(raw), parsed, name, None, None, rec)
        gold = [g for g in data.gold if g.doc == name]
        for gi, pi in match(gold, quotes, 0.3):
            speaker = gold[gi].speaker
            if not speaker:
                continue
            matched += 1
            cands = rec.rows[pi]
            labels = [int(same_speaker(speaker, c.name)) for c in cands]
            if not any(labels):
                continue
            covered += 1
            for c, y in zip(cands, labels, strict=True):
                xs.append(vector(c))
                ys.append(y)
                groups.append(f"{name}#{pi}")
    return xs, ys, groups, matched, covered


def fit(xs: list[np.ndarray], ys: list[int], C: float, without_rules: bool = False,
        classifier: str = "logreg") -> SpeakerModel:
    """Logistic regression; `without_rules` blanks the features that say what the rules chose
    (on the development data the rules were tuned on they are right too often to be fair)."""
    from sklearn.linear_model import LogisticRegression

    x = np.vstack(xs)
    if without_rules:
        x[:, [FEATURES.index(f) for f in RULES_FEATURES]] = 0.0
    if classifier == "trees":
        from sklearn.ensemble import GradientBoostingClassifier

        gb = GradientBoostingClassifier(n_estimators=150, max_depth=2, learning_rate=0.1, random_state=0)
        gb.fit(x, np.array(ys))
        return SpeakerModel(np.zeros(len(FEATURES)), 0.0, trees=Trees.from_sklearn(gb))
    clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    clf.fit(x, np.array(ys))
    return SpeakerModel(clf.coef_[0].astype(np.float64), float(clf.intercept_[0]))


def figures(data: Loaded, preds: list[Quote]) -> dict:
    r = evaluate_quotes(data.gold, preds)["thresholds"]["0.3"]
    listing = listing_scores(data.gold, preds)
    return {"matched": r["matched"], "f1": r["f1"], "speaker": r["speaker_accuracy"],
            "affiliation": r["affiliation_accuracy"], "listing_p": listing["precision"],
            "listing_r": listing["recall"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--realdev", type=Path, default=REALDEV)
    ap.add_argument("--C", type=float, default=1.0, help="logistic regression: inverse regularisation")
    ap.add_argument("--classifier", choices=("logreg", "trees"), default="logreg",
                    help="logistic regression or boosted trees (150 trees of depth 2)")
    ap.add_argument("--none-threshold", type=float, default=DEFAULT_THRESHOLDS["none"],
                    help="hybrid: score the model's pick needs where the rules name no one")
    ap.add_argument("--descriptor-threshold", type=float, default=DEFAULT_THRESHOLDS["descriptor"],
                    help="hybrid: score it needs where the rules give an unregistered descriptor")
    ap.add_argument("--with-rules", action="store_true",
                    help="also train on the features that say what the rules chose (they were tuned on "
                         "realdev a-c, so the model learns to trust them too much)")
    ap.add_argument("--save", action="store_true", help=f"write the model to {DEFAULT_SPEAKER_MODEL}")
    ap.add_argument("--output", type=Path, help="write the model here instead")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    ap.add_argument("--changes", action="store_true",
                    help="also count, per gold set, the matched quotes whose speaker the hybrid and "
                         "learned modes change: fixed, broken, wrong either way (counts only)")
    args = ap.parse_args()
    analyzer = Analyzer(Settings(stance=False))
    sets = [load_set(s, analyzer) for s in gold_sets(args.realdev)]
    xs: list[np.ndarray] = []
    ys: list[int] = []
    for data in sets:
        x, y, _g, matched, covered = training_rows(data)
        if data.spec.train:
            xs += x
            ys += y
        print(f"{'train' if data.spec.train else 'measure'} {data.spec.name}: {matched} matched quotes "
              f"with a gold speaker, {covered} with it among the candidates, {len(y)} candidates")
    model = fit(xs, ys, args.C, not args.with_rules, args.classifier)
    model.thresholds = {**DEFAULT_THRESHOLDS, "none": args.none_threshold,
                        "descriptor": args.descriptor_threshold}
    model.meta = {"trained_on": [s.spec.name for s in sets if s.spec.train], "C": args.C,
                  "with_rules": args.with_rules,
                  "classifier": args.classifier,
                  "candidates": len(ys), "positives": int(sum(ys))}
    if model.trees is None:
        weights = sorted(zip(FEATURES, model.coef, strict=True), key=lambda t: -abs(t[1]))
        print("weights:", ", ".join(f"{n} {w:+.2f}" for n, w in weights[:14]))
    results: dict = {}
    print(f"{'data':20} {'mode':8} {'matched':>7} {'F1':>6} {'speaker':>7} {'affil':>6} "
          f"{'list P':>6} {'list R':>6}")
    for data in sets:
        for mode in MODES:
            chooser = None if mode == "rules" else LearnedChooser(model, mode)
            f = figures(data, predictions(data, chooser))
            results.setdefault(data.spec.name, {})[mode] = f
            print(f"{data.spec.name:20} {mode:8} {f['matched']:7d} {f['f1']:6.3f} {f['speaker']:7.3f} "
                  f"{f['affiliation']:6.3f} {f['listing_p']:6.3f} {f['listing_r']:6.3f}")
    if args.changes:
        for data in sets:
            for mode in ("learned", "hybrid"):
                print(f"{data.spec.name:20} {mode:8} changes: {override_counts(data, model, mode)}")
    model.meta["figures"] = results
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    if args.save or args.output:
        out = args.output or DEFAULT_SPEAKER_MODEL
        model.save(out)
        print(f"model written to {out}")


def override_counts(data: Loaded, model: SpeakerModel, mode: str, show: bool = False) -> dict:
    """How often `mode` changes the rules' speaker on matched quotes, and to what effect."""
    rules = predictions(data, None)
    other = predictions(data, LearnedChooser(model, mode))
    counts = {"changed": 0, "fixed": 0, "broken": 0, "both_wrong": 0}
    for gi, pi in match(data.gold, rules, 0.3):
        g, a, b = data.gold[gi], rules[pi], other[pi]
        if same_speaker(a.speaker, b.speaker):
            continue
        counts["changed"] += 1
        ok_a, ok_b = same_speaker(g.speaker, a.speaker), same_speaker(g.speaker, b.speaker)
        counts["fixed" if ok_b else "broken" if ok_a else "both_wrong"] += 1
        if show:
            print(f"  {g.doc[:4]} gold={g.speaker!r} rules={a.speaker!r} {mode}={b.speaker!r} "
                  f"{b.confidence}")
    return counts


if __name__ == "__main__":
    main()
