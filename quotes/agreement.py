"""How far annotators agree: on which spans are quotes, and on what matched quotes say.

Spans are matched exactly as `quotes evaluate` matches gold and prediction (character IoU, one to
one, best overlap first; quotes/evaluate.py), so agreement and tool scores are comparable. On the
quotes matched at IoU 0.3: Cohen's kappa for stance, kind and affiliation, the share of quotes
given the same speaker; for three or more annotators Krippendorff's alpha (nominal) on the same
attributes, over quotes matched across files. Only documents every file annotates are compared.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import combinations

from quotes.evaluate import match, same_speaker
from quotes.models import Annotation

THRESHOLDS = (0.3, 0.8)
ATTRIBUTES = ("stance", "kind", "affiliation")
MISSING = "(none)"


@dataclass
class Annotator:
    name: str
    records: list[Annotation]  # quotes only (not_quote answers left out), with offsets


def comparable(annotators: list[Annotator]) -> tuple[list[Annotator], list[str]]:
    """The annotators restricted to the documents all of them annotated, and those left out."""
    common = set.intersection(*({r.doc for r in a.records} for a in annotators))
    every = set.union(*({r.doc for r in a.records} for a in annotators))
    kept = [Annotator(a.name, [r for r in a.records if r.doc in common]) for a in annotators]
    return kept, sorted(every - common)


def _value(r: Annotation, attribute: str) -> str:
    return getattr(r, attribute) or MISSING


def kappa(a: list[str], b: list[str]) -> float | None:
    """Cohen's kappa; None where it is undefined (no quotes, or one category only)."""
    import warnings

    from sklearn.metrics import cohen_kappa_score

    if not a:
        return None
    if len(set(a) | set(b)) == 1:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        value = float(cohen_kappa_score(a, b))
    return None if math.isnan(value) else round(value, 3)


def pair_agreement(a: Annotator, b: Annotator) -> dict:
    out: dict = {"a": a.name, "b": b.name, "quotes_a": len(a.records), "quotes_b": len(b.records),
                 "spans": {}}
    for t in THRESHOLDS:
        tp = len(match(a.records, b.records, t))
        total = len(a.records) + len(b.records)
        out["spans"][str(t)] = {"f1": round(2 * tp / total, 3) if total else None, "matched": tp}
    pairs = match(a.records, b.records, THRESHOLDS[0])
    left = [a.records[i] for i, _ in pairs]
    right = [b.records[j] for _, j in pairs]
    out["kappa"] = {attr: kappa([_value(r, attr) for r in left], [_value(r, attr) for r in right])
                    for attr in ATTRIBUTES}
    same = [same_speaker(x.speaker, y.speaker) for x, y in zip(left, right, strict=True)]
    out["speaker_agreement"] = round(sum(same) / len(same), 3) if same else None
    return out


def units(annotators: list[Annotator]) -> list[dict[int, Annotation]]:
    """Quotes matched across files (IoU 0.3, pairwise, joined transitively): per unit, each
    annotator's quote, if they marked one."""
    nodes = [(k, i) for k, a in enumerate(annotators) for i in range(len(a.records))]
    parent = {n: n for n in nodes}

    def find(n):
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for (ka, a), (kb, b) in combinations(enumerate(annotators), 2):
        for i, j in match(a.records, b.records, THRESHOLDS[0]):
            parent[find((ka, i))] = find((kb, j))
    groups: dict[tuple[int, int], dict[int, Annotation]] = {}
    for k, i in nodes:
        groups.setdefault(find((k, i)), {}).setdefault(k, annotators[k].records[i])
    return list(groups.values())


def speaker_value(r: Annotation) -> str:
    if not r.speaker:
        return MISSING
    from quotes.registry import load_registry
    from quotes.text import fold

    return fold(load_registry().canonical(r.speaker)[0])


def alpha(annotators: list[Annotator]) -> dict:
    """Krippendorff's alpha (nominal) per attribute over units marked by at least two files."""
    import krippendorff
    import numpy as np

    shared = [u for u in units(annotators) if len(u) >= 2]
    out: dict = {"units": len(shared)}
    getters = {**{attr: (lambda r, a=attr: _value(r, a)) for attr in ATTRIBUTES},
               "speaker": speaker_value}
    for name, get in getters.items():
        codes: dict[str, int] = {}
        data = np.full((len(annotators), len(shared)), np.nan)
        for col, unit in enumerate(shared):
            for k, r in unit.items():
                data[k, col] = codes.setdefault(get(r), len(codes))
        if len(codes) < 2:
            out[name] = None
            continue
        value = float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
        out[name] = None if math.isnan(value) else round(value, 3)
    return out


def agreement(annotators: list[Annotator]) -> dict:
    kept, left_out = comparable(annotators)
    result = {"files": [a.name for a in kept], "documents": len({r.doc for r in kept[0].records}),
              "documents_left_out": left_out,
              "pairs": [pair_agreement(a, b) for a, b in combinations(kept, 2)]}
    result["alpha"] = alpha(kept) if len(kept) > 2 else None
    return result


def short_names(files: list[str]) -> dict[str, str]:
    """File names without their folders where that keeps them apart (a narrow table stays legible)."""
    from pathlib import Path

    short = {f: Path(f).name for f in files}
    return short if len(set(short.values())) == len(files) else {f: f for f in files}


def _fmt(value) -> str:
    return "—" if value is None else f"{value:.3f}"


def render(result: dict, console) -> None:
    from rich.markup import escape
    from rich.table import Table

    t = Table(title=f"Agreement on {result['documents']} documents annotated in every file")
    names = short_names(result["files"])
    for col in ("A", "B", "quotes A / B", "F1 @0.3", "F1 @0.8", "matched", "κ stance", "κ kind",
                "κ affiliation", "same speaker"):
        t.add_column(col, justify="left" if col in ("A", "B") else "right")
    for p in result["pairs"]:
        t.add_row(escape(names[p["a"]]), escape(names[p["b"]]), f"{p['quotes_a']} / {p['quotes_b']}",
                  _fmt(p["spans"]["0.3"]["f1"]), _fmt(p["spans"]["0.8"]["f1"]),
                  str(p["spans"]["0.3"]["matched"]), *(_fmt(p["kappa"][a]) for a in ATTRIBUTES),
                  _fmt(p["speaker_agreement"]))
    console.print(t)
    if result["alpha"]:
        a = result["alpha"]
        console.print(f"Krippendorff's α over {a['units']} quotes marked in two or more files: "
                      + " · ".join(f"{k} {_fmt(a[k])}" for k in (*ATTRIBUTES, "speaker")))
    if result["documents_left_out"]:
        console.print(f"left out (not in every file): {escape(', '.join(result['documents_left_out']))}")
    console.print("κ/α: 1 = full agreement, 0 = chance; — = undefined (one category only)")
