"""Stance feature sets measured on real quotes, so the README's figures can be repeated.

Trains on realdev files a*, b*, c* plus the repository's annotations (seeds, synthetic) and
prints, for each feature set, the scores on the realdev d*/e* gold quotes (gold spans, never
trained on) and on the synthetic held-out articles, and the grouped cross-validation on a–c.
Only totals are printed: the d–e errors are not for reading while tuning.

    python scripts/stance_experiments.py [--realdev ../shared/realdev/gold.jsonl] [--only NAME]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.annotations import load_annotations  # noqa: E402
from quotes.models import Annotation  # noqa: E402
from quotes.stance import StanceModel  # noqa: E402

NGRAMS = dict(speaker=False, speaker_name=False, cue=False, lexicon=False, kind=False, speaker_lexicon=False)
FEATURE_SETS: dict[str, dict] = {  # each a change to the shipped defaults of StanceModel
    "n-grams, previous setup (C=4, min_df=1)": {**NGRAMS, "min_df": 1, "C": 4.0, "synthetic_weight": 1.0},
    "n-grams": NGRAMS,
    "+ speaker": {**NGRAMS, "speaker": True},
    "+ speaker + cue": {**NGRAMS, "speaker": True, "cue": True},
    "+ speaker + lexicon": {**NGRAMS, "speaker": True, "lexicon": True},
    "+ speaker + cue + lexicon": {"speaker_name": False},
    "+ speaker + cue + lexicon + speaker name (shipped)": {},
    "shipped + kind": {"kind": True},
    "shipped + speaker x lexicon": {"speaker_lexicon": True},
    "shipped, synthetic_weight=1": {"synthetic_weight": 1.0},
    "shipped, synthetic_weight=0": {"synthetic_weight": 0.0},
    "shipped, C=1": {"C": 1.0},
    "shipped, C=4": {"C": 4.0},
    "shipped, svm": {"classifier": "svm"},
}


def load_real(path: Path) -> list[Annotation]:
    return [Annotation.model_validate(json.loads(line))
            for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--realdev", type=Path, default=ROOT.parent / "shared" / "realdev" / "gold.jsonl")
    ap.add_argument("--only", help="run only the feature sets whose name contains this")
    ap.add_argument("--cv", action="store_true", help="also 5-fold grouped CV on realdev a-c")
    ap.add_argument("--params", action="append", default=[],
                    help="run this JSON dict of StanceModel settings instead of the built-in sets")
    args = ap.parse_args()
    if args.params:
        FEATURE_SETS.clear()
        FEATURE_SETS.update({p: json.loads(p) for p in args.params})
    real = load_real(args.realdev)
    dev = [r for r in real if r.doc[0] in "abc"]
    test = [r for r in real if r.doc[0] in "de"]
    repo, problems = load_annotations([ROOT / "data" / "annotations"])
    heldout, _ = load_annotations([ROOT / "data" / "heldout" / "annotations.jsonl"])
    assert not problems, problems[:3]
    train = dev + repo
    print(f"train: {len(dev)} realdev a-c + {len(repo)} repo quotes; measure: {len(test)} realdev d-e, "
          f"{len(heldout)} synthetic held-out")
    print(f"{'feature set':40} {'d-e F1avg':>9} {'d-e macro':>9} {'heldout F1avg':>13} "
          f"{'heldout macro':>13} {'a-c CV F1avg':>12} {'a-c CV macro':>12} {'s':>5}")
    for name, params in FEATURE_SETS.items():
        if args.only and args.only not in name:
            continue
        t0 = time.perf_counter()
        model = StanceModel(**{"calibrate": False, **params}).fit(train)
        de, ho = model.evaluate(test), model.evaluate(heldout)
        cv = ""
        if args.cv:
            # grouped CV over a-c, the repo data always in the training folds
            folds = StanceModel(**{"calibrate": False, **params})
            c = cross_validate_real(folds, dev, repo)
            cv = f"{c['f1_favor_against']:12.3f} {c['macro_f1']:12.3f}"
        print(f"{name:40} {de['f1_favor_against']:9.3f} {de['macro_f1']:9.3f} "
              f"{ho['f1_favor_against']:13.3f} {ho['macro_f1']:13.3f} {cv:25} "
              f"{time.perf_counter() - t0:5.1f}", flush=True)


def cross_validate_real(model: StanceModel, dev: list, repo: list, folds: int = 5) -> dict:
    """Grouped folds over the real documents only; the repo's quotes join every training fold."""
    from sklearn.model_selection import GroupKFold

    from quotes.stance import scores

    pred = [""] * len(dev)
    for tr, te in GroupKFold(n_splits=folds).split(dev, groups=[r.doc for r in dev]):
        m = StanceModel(**model.get_params()).fit([dev[i] for i in tr] + repo)
        for i, label in zip(te, m.predict([dev[i] for i in te]), strict=True):
            pred[i] = label
    return scores([r.stance for r in dev], pred)


if __name__ == "__main__":
    main()
