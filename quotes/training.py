"""`quotes train`: the shipped training data plus the user's answers, measured before it is trusted.

A retrained model is only worth using if it beats the shipped one on quotes neither has seen, so
training reports (1) cross-validation grouped by document, with the number of folds actually used,
and (2) the shipped model and the new one scored on the same held-out quotes: the user's own
answers predicted out of fold (each by a model trained without that answer's document), a file
given with `--eval`, or else the repository's held-out articles. The new model is saved to the
user's data folder or `-o`, never into the package.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import quotes
from quotes import stance
from quotes.annotations import AnnotationProblem, annotation_files, load_annotations
from quotes.config import inside_package
from quotes.models import Annotation

PACKAGE_DIR = Path(quotes.__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent
SHIPPED_DATA = REPO_DIR / "data" / "annotations"
SHIPPED_HELDOUT = REPO_DIR / "data" / "heldout" / "annotations.jsonl"
MIN_TRAINING_QUOTES = 100
SAME_QUOTE_IOU = 0.5  # two answers whose spans overlap this much are about the same quote


class TrainingError(ValueError):
    """Training cannot go ahead; the message says why and what to do."""


# --- the one place that knows the stance module's interface -------------------------------------

def new_model(params: dict):
    try:
        return stance.StanceModel(**params)
    except TypeError as exc:  # an unknown --set key
        raise TrainingError(f"unknown setting: {exc}") from None


def predict_labels(model, records: list[Annotation]) -> list[str]:
    return list(model.predict(records)) if records else []


def load_model(path: Path | str | None = None):
    return stance.load_model(str(path) if path else None)


def shipped_model_path() -> Path:
    return Path(stance.DEFAULT_MODEL)


def scores(y_true: list[str], y_pred: list[str]) -> dict:
    return stance.scores(y_true, y_pred)


# --- settings ------------------------------------------------------------------------------------

def parse_settings(items: Iterable[str]) -> dict:
    """`--set C=2 --set classifier=svm` as a dict with numbers as numbers."""
    params: dict = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise TrainingError(f"--set takes key=value, got {item!r}")
        params[key.strip()] = _typed(value.strip())
    return params


def _typed(value: str):
    for cast in (int, float):
        try:
            return cast(value)
        except ValueError:
            pass
    return {"true": True, "false": False}.get(value.lower(), value)


# --- data ----------------------------------------------------------------------------------------

def quote_key(r: Annotation) -> tuple[str, str]:
    """One quote of one document: a later answer about it replaces an earlier one."""
    return (r.doc, " ".join(r.quote.split()))


@dataclass
class TrainingData:
    records: list[Annotation] = field(default_factory=list)  # quotes with a stance, merged
    user_docs: set[str] = field(default_factory=set)  # documents the user's answers come from
    shipped_docs: set[str] = field(default_factory=set)
    from_shipped: int = 0
    from_user: int = 0
    overridden: int = 0
    rejected: int = 0  # answers marked not_quote: never trained on
    problems: list[AnnotationProblem] = field(default_factory=list)
    files: list[dict] = field(default_factory=list)  # per file: name, role, quotes, data hash

    @property
    def documents(self) -> int:
        return len({r.doc for r in self.records})


def gather(shipped: list[Path], user: list[Path]) -> TrainingData:
    """Shipped files first, then the user's in order; each file is read on its own so that an
    answer about a shipped quote overrides it instead of counting as a duplicate."""
    data = TrainingData()
    merged: dict[tuple[str, str], tuple[Annotation, bool, int]] = {}
    for files, is_user in ((annotation_files(shipped), False), (annotation_files(user), True)):
        for path in files:
            file_no = len(data.files)
            records, problems = load_annotations([path])
            data.problems.extend(problems)
            data.files.append({"file": Path(path).name, "role": "user" if is_user else "shipped",
                               "quotes": len(records), "data_hash": stance.data_hash(records)})
            for r in records:
                key = quote_key(r)
                replaced = {key} & merged.keys()
                if is_user:  # an answer replaces what earlier files said about its span
                    replaced |= same_span(r, {k: v for k, v in merged.items()
                                              if v[2] < file_no})
                data.overridden += len(replaced)
                for old in replaced:
                    del merged[old]
                merged[key] = (r, is_user, file_no)
    for r, is_user, _file in merged.values():
        if r.label != "quote" or r.stance is None:
            data.rejected += r.label == "not_quote"
            continue
        data.records.append(r)
        (data.user_docs if is_user else data.shipped_docs).add(r.doc)
        data.from_user += is_user
        data.from_shipped += not is_user
    return data


def same_span(r: Annotation, merged: dict) -> set[tuple[str, str]]:
    """Earlier records of the same quote under another wording: a span the annotator moved
    (`extracted_start/end`) or a slightly different span of one document (IoU >= 0.5)."""
    from quotes.evaluate import iou

    spans = [(s, e) for s, e in ((r.start, r.end), (r.extracted_start, r.extracted_end))
             if s is not None and e is not None]
    return {key for key, (old, *_rest) in merged.items()
            if old.doc == r.doc and old.start is not None and old.end is not None
            and any(iou(span, (old.start, old.end)) >= SAME_QUOTE_IOU for span in spans)}


# --- measuring -----------------------------------------------------------------------------------

@dataclass
class TrainingReport:
    training: dict
    cross_validation: dict
    heldout: dict | None
    warnings: list[str]
    notes: list[str]
    model: str | None = None

    def as_dict(self) -> dict:
        return {"training": self.training, "cross_validation": self.cross_validation,
                "heldout": self.heldout, "warnings": self.warnings, "notes": self.notes,
                "model": self.model}


def compare_on(name: str, records: list[Annotation], new_pred: list[str]) -> dict:
    """The shipped model and the new one scored on exactly the same quotes."""
    y = [r.stance for r in records]
    try:
        shipped_model = load_model(shipped_model_path())
    except stance.UnsafeModelError as exc:
        raise TrainingError(f"cannot compare with the shipped model: {exc}") from None
    shipped = predict_labels(shipped_model, records)
    return {"name": name, "quotes": len(records), "documents": len({r.doc for r in records}),
            "shipped": scores(y, shipped), "new": scores(y, new_pred)}


def check_output(path: Path) -> Path:
    """The shipped model, and anything else inside the package, is never written by training."""
    resolved = Path(path).expanduser().resolve()
    if resolved == shipped_model_path().resolve() or inside_package(resolved):
        raise TrainingError(f"{path} is inside the installed package ({PACKAGE_DIR}); "
                            "save the model elsewhere (default: your data folder)")
    if resolved.is_dir():
        raise TrainingError(f"{path} is a folder; give a file name such as "
                            f"{resolved / ('stance-model' + shipped_model_path().suffix)}")
    return resolved


def train(data: TrainingData, params: dict, folds: int, output: Path,
          eval_records: list[Annotation] | None = None, eval_name: str = "") -> TrainingReport:
    """Cross-validate, compare with the shipped model on held-out quotes, fit on all, save."""
    output = check_output(output)
    records = data.records
    notes: list[str] = []
    if eval_records is not None:
        held = {quote_key(r) for r in eval_records}
        before = len(records)
        records = [r for r in records if quote_key(r) not in held]
        if before - len(records):
            notes.append(f"{before - len(records)} quote(s) of {eval_name} left out of training")
    if len({r.stance for r in records}) < 2:
        raise TrainingError("need quotes with at least two different stances")
    # out of fold: each quote predicted by a model trained without its document
    cv = new_model(params).cross_validate(records, folds=folds, return_predictions=True)
    oof = cv.pop("predictions")
    cv["quotes"] = cv["n"]
    model = new_model(params).fit(records, temperature=cv["temperature"])
    heldout = None
    if eval_records is not None:
        heldout = compare_on(eval_name, eval_records, predict_labels(model, eval_records))
        if hasattr(model, "evaluate"):
            heldout["new_reliability"] = model.evaluate(eval_records)["reliability"]
    else:
        fresh = data.user_docs - data.shipped_docs
        idx = [i for i, r in enumerate(records) if r.doc in fresh]
        if idx:
            heldout = compare_on("your answers, each predicted by a model trained without its "
                                 "document", [records[i] for i in idx], [oof[i] for i in idx])
        elif SHIPPED_HELDOUT.is_file():
            held_records = [r for r in load_annotations([SHIPPED_HELDOUT])[0]
                            if r.label == "quote" and r.stance]
            heldout = compare_on(str(SHIPPED_HELDOUT.relative_to(REPO_DIR)), held_records,
                                 predict_labels(model, held_records))
    warnings = judge(len(records), heldout)
    if heldout and heldout["quotes"] < MIN_TRAINING_QUOTES:
        notes.append(f"the held-out comparison rests on {heldout['quotes']} quotes: "
                     "differences of a few points are noise")
    metrics = {"cross_validation": cv, "heldout": heldout}
    if hasattr(model, "meta_"):  # what the model was trained on: tells if it is up to date
        model.meta_["training_files"] = data.files
    model.save(output, metrics)
    training = {"quotes": len(records), "documents": len({r.doc for r in records}),
                "shipped": data.from_shipped, "user": data.from_user,
                "overridden": data.overridden, "not_quote_excluded": data.rejected,
                "settings": params}
    return TrainingReport(training, cv, heldout, warnings, notes, str(output))


def judge(n_train: int, heldout: dict | None) -> list[str]:
    """What a careful user must know before switching models."""
    out = []
    if n_train < MIN_TRAINING_QUOTES:
        out.append(f"trained on only {n_train} quotes (fewer than {MIN_TRAINING_QUOTES}): the "
                   "model is unreliable; train with the shipped data or annotate more")
    if heldout and heldout["new"]["macro_f1"] < heldout["shipped"]["macro_f1"]:
        out.append(f"the new model is worse than the shipped one on the held-out quotes "
                   f"(macro-F1 {heldout['new']['macro_f1']:.3f} < "
                   f"{heldout['shipped']['macro_f1']:.3f}); keep the shipped model")
    return out


# --- presenting ----------------------------------------------------------------------------------

def _scores_table(title: str, columns: dict[str, dict]):
    from rich.table import Table

    from quotes.models import STANCES

    t = Table(title=title)
    t.add_column("label")
    for name in columns:
        for col in ("P", "R", "F1"):
            t.add_column(f"{name} {col}" if len(columns) > 1 else col, justify="right")
    t.add_column("support", justify="right")
    first = next(iter(columns.values()))
    for label in STANCES:
        cells = [f"{m['per_class'][label][k]:.3f}" for m in columns.values()
                 for k in ("precision", "recall", "f1")]
        t.add_row(label, *cells, str(first["per_class"][label]["support"]))
    for key, name in (("macro_f1", "macro-F1"), ("f1_favor_against", "F1avg(favor, against)")):
        cells = [c for m in columns.values() for c in ("", "", f"[bold]{m[key]:.3f}[/]")]
        t.add_row(f"[bold]{name}[/]", *cells, "")
    return t


def render(report: TrainingReport, console, err) -> None:
    from rich.markup import escape

    from quotes.config import config_path

    tr, cv = report.training, report.cross_validation
    console.print(f"training data: {tr['quotes']} quotes of {tr['documents']} documents "
                  f"({tr['shipped']} shipped, {tr['user']} yours; {tr['overridden']} replaced by "
                  f"a later answer, {tr['not_quote_excluded']} rejected as not a quote)")
    console.print(_scores_table(
        f"Stance, {cv['folds']}-fold cross-validation grouped by document "
        f"({cv['quotes']} quotes, {cv['documents']} documents)", {"": cv}))
    if "by_source" in cv:
        from quotes.stance_train import by_source_table, reliability_table

        console.print(by_source_table(cv))
        console.print(reliability_table("Reliability of the calibrated probabilities, out of fold",
                                        cv["reliability"]))
    h = report.heldout
    if h:
        console.print(_scores_table(
            f"Held-out: {escape(h['name'])} ({h['quotes']} quotes, {h['documents']} documents)",
            {"shipped": h["shipped"], "new": h["new"]}))
        if "new_reliability" in h:
            from quotes.stance_train import reliability_table

            console.print(reliability_table("Reliability of the new model on the held-out quotes",
                                            h["new_reliability"]))
    else:
        console.print("no held-out quotes to compare the shipped model with (give --eval FILE)")
    for note in report.notes:
        err.print(f"note: {escape(note)}", highlight=False)
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False)
    console.print(f"saved {escape(str(report.model))}\nuse it with --stance-model "
                  f"{escape(str(report.model))}, or for every command put\n  stance_model = "
                  f"\"{escape(str(report.model))}\"\ninto {escape(str(config_path()))}")
