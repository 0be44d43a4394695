"""Annotation files: strict loading (file:line with the reason), duplicate checks, safe appends."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from quotes.models import Annotation
from quotes.storage import append_line, write_atomic


@dataclass
class AnnotationProblem:
    file: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.reason}"


def annotation_files(paths: Iterable[Path | str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(p.rglob("*.jsonl")) if p.is_dir() else [p])
    return out


def _reason(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(x) for x in err["loc"]) or "record"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


def load_annotations(paths: Iterable[Path | str]) -> tuple[list[Annotation], list[AnnotationProblem]]:
    """Every valid record, and a problem for each bad line: bad JSON, bad value, duplicate."""
    records: list[Annotation] = []
    problems: list[AnnotationProblem] = []
    seen: dict[tuple, str] = {}
    for path in annotation_files(paths):
        if not path.exists():
            problems.append(AnnotationProblem(str(path), 0, "no such file"))
            continue
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = Annotation.model_validate(json.loads(line))
            except json.JSONDecodeError as exc:
                problems.append(AnnotationProblem(str(path), lineno, f"bad JSON ({exc.msg})"))
                continue
            except ValidationError as exc:
                problems.append(AnnotationProblem(str(path), lineno, _reason(exc)))
                continue
            key = rec.key()
            if key in seen:
                problems.append(AnnotationProblem(str(path), lineno,
                                                  f"duplicate of {seen[key]}"))
                continue
            seen[key] = f"{path}:{lineno}"
            records.append(rec)
    return records, problems


def append_annotation(path: Path, record: Annotation) -> None:
    """The only way the tool adds to an annotation file: one complete, fsynced line."""
    append_line(path, record.model_dump_json(exclude_none=True))


def rewrite_annotations(path: Path, records: list[Annotation]) -> None:
    write_atomic(path, "".join(r.model_dump_json(exclude_none=True) + "\n" for r in records))


def locate(record: Annotation, text: str) -> Annotation:
    """Fill start/end from the quote text (its n-th occurrence); raise if it is not there."""
    pos = -1
    for _ in range(record.occurrence):
        pos = text.find(record.quote, pos + 1)
        if pos < 0:
            raise ValueError(f"quote not found in {record.doc}: {record.quote[:60]!r}")
    return record.model_copy(update={"start": pos, "end": pos + len(record.quote)})
