"""Tables of `quotes train`'s stance figures: cross-validation per kind of source (real quotes
apart from the seed and synthetic ones written for the project) and reliability of the
calibrated probabilities (does 0.8 confidence mean right four times in five?)."""

from __future__ import annotations

from quotes.models import STANCES

SOURCE_NAMES = {"real": "real quotes", "seed": "seed quotes", "synthetic": "synthetic quotes"}


def by_source_table(cv: dict):
    """One row per source group of the out-of-fold predictions (`StanceModel.cross_validate`)."""
    from rich.table import Table

    t = Table(title="The same cross-validation, by source",
              caption="real: source real, user or none; seed, synthetic: written for the project")
    for col in ("quotes", *(f"{s} F1" for s in STANCES), "macro-F1", "F1avg(favor, against)", "n",
                "documents"):
        t.add_column(col, justify="left" if col == "quotes" else "right")
    for source, m in cv["by_source"].items():
        t.add_row(SOURCE_NAMES.get(source, source), *(f"{m['per_class'][s]['f1']:.3f}" for s in STANCES),
                  f"[bold]{m['macro_f1']:.3f}[/]", f"[bold]{m['f1_favor_against']:.3f}[/]",
                  str(m["n"]), str(m["documents"]))
    return t


def reliability_table(title: str, rel: dict):
    from rich.table import Table

    t = Table(title=f"{title} (expected calibration error {rel['ece']:.3f})")
    for col in ("confidence", "quotes", "mean confidence", "accuracy"):
        t.add_column(col, justify="right")
    for b in rel["bins"]:
        t.add_row(f"{b['from']:.1f}–{b['to']:.1f}", str(b["n"]), f"{b['confidence']:.3f}",
                  f"{b['accuracy']:.3f}")
    return t
