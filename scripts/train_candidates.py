"""Train the learned quote-candidate model (quotes/data/candidates.npz) and print its figures.

Training data: realdev a*–c* (../shared/realdev), the seeds and the synthetic dev articles. For
each document the rules run first; every candidate clause they did not take (quotes/candidates.py)
is labelled 1 when it overlaps, at IoU >= 0.3, a gold quote the rules missed, else 0. A logistic
model is fitted; the acceptance threshold is the one that maximises quote F1 of rules + layer in
document-grouped cross-validation on the training documents. realdev d–e, the synthetic held-out
articles and WikiNews are never read here (measure them with `quotes evaluate`).

    python scripts/train_candidates.py                      # CV figures only
    python scripts/train_candidates.py -o quotes/data/candidates.npz
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.annotations import load_annotations, locate  # noqa: E402
from quotes.candidates import CandidateModel, candidates, rule_features, vetoed  # noqa: E402
from quotes.constructions import Extractor  # noqa: E402
from quotes.constructions.core import Context, overlaps  # noqa: E402
from quotes.evaluate import iou  # noqa: E402
from quotes.parse import Parser  # noqa: E402

REALDEV = ROOT.parent / "shared" / "realdev"
TRAIN_SETS = [  # (gold file, documents folder, file-name patterns)
    (REALDEV / "gold.jsonl", REALDEV / "docs", ("a*", "b*", "c*")),
    (ROOT / "data/annotations/seeds.jsonl", ROOT / "seeds", ("*",)),
    (ROOT / "data/annotations/articles-dev.jsonl", ROOT / "data/articles/dev", ("*",)),
]
IOU = 0.3


def documents(gold: Path, folder: Path, patterns: tuple[str, ...]) -> list[tuple[str, str, list]]:
    """(name, text, gold spans) of every document of the set."""
    records, problems = load_annotations([gold])
    if problems:
        raise SystemExit(f"{problems[0]}")
    by_doc = defaultdict(list)
    for r in records:
        by_doc[r.doc].append(r)
    out = []
    for path in sorted(folder.iterdir()):
        if path.name not in by_doc or not any(fnmatch.fnmatch(path.name, p) for p in patterns):
            continue
        text = path.read_text(encoding="utf-8")
        placed = [locate(r, text) for r in by_doc[path.name]]
        out.append((path.name, text, [(r.start, r.end) for r in placed if r.label == "quote"]))
    return out


def rows(parser: Parser, extractor: Extractor, docs: list[tuple[str, str, list]],
         set_name: str) -> list[dict]:
    """One row per document: its gold, rule spans and candidates (features, label)."""
    out = []
    for name, text, gold in docs:
        parsed = parser.parse(text)
        rule = extractor.extract(parsed)
        ctx = Context(parsed, extractor.lex)
        rule_spans = [(q.start, q.end) for q in rule]
        missed = [g for g in gold if not any(iou(g, r) >= IOU for r in rule_spans)]
        cands = candidates(ctx, rule)
        labels = [int(any(iou((c.start, c.end), g) >= IOU for g in missed)) for c in cands]
        rule_feats = [rule_features(ctx, q, rule) for q in rule]
        rule_labels = [int(any(iou(r, g) >= IOU for g in gold)) for r in rule_spans]
        out.append({"doc": name, "set": set_name, "gold": gold, "rules": rule_spans, "missed": missed,
                    "cands": cands, "labels": labels, "rule_feats": rule_feats,
                    "rule_labels": rule_labels})
    return out


def fit(docs: list[dict], c_value: float) -> CandidateModel:
    return fit_rows([c.features for d in docs for c in d["cands"]],
                    [lab for d in docs for lab in d["labels"]], c_value)


def fit_rows(feats: list[dict], labels: list[int], c_value: float) -> CandidateModel:
    """A balanced logistic regression over the features seen at least twice."""
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = defaultdict(int)
    for f in feats:
        for k in f:
            counts[k] += 1
    vocab = sorted(k for k, n in counts.items() if n >= 2 and k != "bias")
    index = {k: i for i, k in enumerate(vocab)}
    x = np.zeros((len(feats), len(vocab)))
    for i, f in enumerate(feats):
        for k, v in f.items():
            if k in index:
                x[i, index[k]] = v
    y = np.array(labels)
    clf = LogisticRegression(C=c_value, class_weight="balanced", max_iter=2000)
    clf.fit(x, y)
    return CandidateModel(vocab, clf.coef_[0], float(clf.intercept_[0]), 0.5)


def accepted(doc: dict, scores: list[float], threshold: float) -> list[tuple[int, int]]:
    """What the layer would add: best first, none overlapping another or a rule quote."""
    taken: list[tuple[int, int]] = []
    for s, c in sorted(zip(scores, doc["cands"], strict=True), key=lambda sc: -sc[0]):
        span = (c.start, c.end)
        if s >= threshold and not vetoed(c) and not any(overlaps(span, t) for t in taken):
            taken.append(span)
    return taken


def matched(gold: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[int]:
    """The indices of `spans` matched one-to-one to gold spans at IoU >= 0.3, each gold span in
    turn taking its best unused span (greedy in gold order, close to the scorer's matching)."""
    used: list[int] = []
    for g in gold:
        best = max(((iou(g, p), pi) for pi, p in enumerate(spans) if pi not in used),
                   default=(0.0, -1))
        if best[0] >= IOU:
            used.append(best[1])
    return used


def f1_with(docs: list[dict], scores: list[list[float]], threshold: float) -> dict:
    """Quote F1 (IoU 0.3, one-to-one) of rules plus what the layer adds."""
    gold = pred = tp = added_tp = added = 0
    for d, sc in zip(docs, scores, strict=True):
        extra = accepted(d, sc, threshold)
        spans = d["rules"] + extra
        hits = matched(d["gold"], spans)
        tp += len(hits)
        added_tp += sum(pi >= len(d["rules"]) for pi in hits)
        gold += len(d["gold"])
        pred += len(spans)
        added += len(extra)
    f1 = 2 * tp / (gold + pred) if gold + pred else 0.0
    return {"threshold": round(threshold, 3), "f1": round(f1, 4), "added": added,
            "added_right": added_tp, "tp": tp, "pred": pred, "gold": gold}


def per_set(docs: list[dict], scores: list[list[float]], threshold: float) -> dict[str, float]:
    """F1 of rules plus layer on each training set on its own."""
    out = {}
    for name in sorted({d["set"] for d in docs}):
        pick = [i for i, d in enumerate(docs) if d["set"] == name]
        out[name] = f1_with([docs[i] for i in pick], [scores[i] for i in pick], threshold)["f1"]
    return out


def cross_validate(docs: list[dict], c_value: float, folds: int = 5) -> list[list[float]]:
    """Held-out scores of every candidate, each from a model trained without its document."""
    scores: list[list[float] | None] = [None] * len(docs)
    for k in range(folds):
        test = [i for i in range(len(docs)) if i % folds == k]
        model = fit([d for i, d in enumerate(docs) if i % folds != k], c_value)
        for i in test:
            scores[i] = [model.score(c.features) for c in docs[i]["cands"]]
    return scores  # type: ignore[return-value]


def filter_f1(docs: list[dict], scores: list[list[float]], threshold: float) -> dict:
    """F1 of the rule quotes that the filter keeps (score >= threshold)."""
    gold = pred = tp = dropped = 0
    for d, sc in zip(docs, scores, strict=True):
        kept = [r for r, s in zip(d["rules"], sc, strict=True) if s >= threshold]
        dropped += len(d["rules"]) - len(kept)
        tp += len(matched(d["gold"], kept))
        gold += len(d["gold"])
        pred += len(kept)
    return {"threshold": round(threshold, 3), "f1": round(2 * tp / (gold + pred), 4),
            "dropped": dropped, "tp": tp}


def train_filter(docs: list[dict], output: Path, folds: int = 5) -> None:
    """The optional filter on rule quotes (mode "filter"): trained like the candidate model;
    its threshold (0 = drop nothing) is the CV-best that lowers no training set's F1."""
    rows_of = [(d["rule_feats"], d["rule_labels"]) for d in docs]
    print(f"filter: {sum(len(r) for _, r in rows_of)} rule quotes, "
          f"{sum(r.count(0) for _, r in rows_of)} not in the gold")
    scores: list[list[float]] = [[] for _ in docs]
    for k in range(folds):
        train = [i for i in range(len(docs)) if i % folds != k]
        model = fit_rows([f for i in train for f in rows_of[i][0]],
                         [lab for i in train for lab in rows_of[i][1]], 0.3)
        for i in range(len(docs)):
            if i % folds == k:
                scores[i] = [model.score(f) for f in rows_of[i][0]]
    base = filter_f1(docs, scores, 0.0)
    sets_of = {name: [i for i, d in enumerate(docs) if d["set"] == name]
               for name in {d["set"] for d in docs}}

    def per(t: float) -> dict[str, float]:
        return {n: filter_f1([docs[i] for i in ix], [scores[i] for i in ix], t)["f1"]
                for n, ix in sets_of.items()}

    base_sets, best = per(0.0), base
    for t in np.arange(0.02, 0.6, 0.02):
        r, sets = filter_f1(docs, scores, float(t)), per(float(t))
        if r["f1"] > best["f1"] and all(sets[n] >= base_sets[n] for n in sets):
            best = r
    print("filter: rules only", json.dumps(base), "best", json.dumps(best))
    model = fit_rows([f for feats, _ in rows_of for f in feats],
                     [lab for _, labels in rows_of for lab in labels], 0.3)
    model.threshold = best["threshold"]
    model.meta = {"cv": best, "rules_only": base,
                  "training": [f"{g.name}:{'|'.join(p)}" for g, _, p in TRAIN_SETS]}
    model.save(output)
    print(f"wrote {output}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", type=Path, help="write the model here")
    ap.add_argument("--C", type=float, action="append", help="regularisation values to try")
    ap.add_argument("--filter-output", type=Path,
                    help="also train the filter on rule quotes (mode filter) and write it here")
    ap.add_argument("--min-gain", type=float, default=0.0,
                    help="refuse a threshold whose CV F1 gain is below this")
    args = ap.parse_args()
    parser, extractor = Parser("shipped"), Extractor()
    docs = [row for gold, folder, pats in TRAIN_SETS
            for row in rows(parser, extractor, documents(gold, folder, pats), gold.name)]
    n_pos = sum(sum(d["labels"]) for d in docs)
    n = sum(len(d["labels"]) for d in docs)
    print(f"{len(docs)} documents, {n} candidates, {n_pos} positive, "
          f"{sum(len(d['missed']) for d in docs)} gold quotes missed by the rules")
    zero = [[0.0] * len(d["cands"]) for d in docs]
    base = f1_with(docs, zero, 2.0)
    base_sets = per_set(docs, zero, 2.0)
    print("rules only:", json.dumps(base), json.dumps(base_sets))
    best = None
    for c_value in args.C or [0.1, 0.3, 1.0]:
        scores = cross_validate(docs, c_value)
        for t in np.arange(0.5, 0.99, 0.02):
            r = f1_with(docs, scores, float(t))
            sets = per_set(docs, scores, float(t))
            if any(sets[k] < base_sets[k] for k in sets):
                continue  # no training set may get worse in cross-validation
            if best is None or r["f1"] > best[1]["f1"]:
                best = (c_value, r, sets)
        if best is not None:
            print(f"C={c_value}: best so far {json.dumps(best[1])} {json.dumps(best[2])} "
                  f"(C={best[0]})")
    if best is None:
        raise SystemExit("no setting improves cross-validated F1 without hurting a training set")
    c_value, r, _ = best
    print(f"chosen C={c_value} threshold={r['threshold']}: CV F1 {base['f1']} -> {r['f1']}")
    if args.output:
        model = fit(docs, c_value)
        threshold = r["threshold"] if r["f1"] - base["f1"] >= args.min_gain else 1.01
        model.threshold = threshold
        model.meta = {"C": c_value, "cv": r, "rules_only": base,
                      "training": [f"{g.name}:{'|'.join(p)}" for g, _, p in TRAIN_SETS]}
        model.save(args.output)
        top = sorted(zip(model.coef, model.vocabulary, strict=True), key=lambda cv: -abs(cv[0]))
        print("strongest features:", ", ".join(f"{v}={c:+.2f}" for c, v in top[:20]))
        print(f"wrote {args.output}")
    if args.filter_output:
        train_filter(docs, args.filter_output)


if __name__ == "__main__":
    main()
