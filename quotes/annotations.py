"""Annotation files: strict loading (file:line with the reason), duplicate checks, safe appends."""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from quotes.models import Annotation
from quotes.storage import append_line, one_line, write_atomic


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
        try:
            lines = read_lines(path)
        except OSError as exc:
            problems.append(AnnotationProblem(str(path), 0, f"cannot be read ({exc.strerror or exc})"))
            continue
        for lineno, raw in enumerate(lines, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                problems.append(AnnotationProblem(str(path), lineno,
                                                  f"invalid UTF-8 at byte {exc.start} of the line"))
                continue
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


def read_lines(path: Path) -> list[bytes]:
    """Physical lines: split at \\n only (never str.splitlines, which also splits at U+2028,
    U+0085 and form feeds inside quoted article text); each line decoded by the caller."""
    data = path.read_bytes()
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return [line.removesuffix(b"\r") for line in lines]


def record_line(record: Annotation) -> str:
    return one_line(record.model_dump_json(exclude_none=True))


def append_annotation(path: Path, record: Annotation) -> None:
    """The only way the tool adds to an annotation file: one complete, fsynced line."""
    append_line(path, record_line(record))


def rewrite_annotations(path: Path, records: list[Annotation]) -> None:
    write_atomic(path, "".join(record_line(r) + "\n" for r in records))


class AnnotationFileBusy(RuntimeError):
    """Another `quotes annotate` holds the file."""


@contextmanager
def annotation_lock(path: Path) -> Iterator[None]:
    """An advisory lock (fcntl) on a lock file beside the annotations for a whole session, so a
    second `quotes annotate` on the same file stops instead of asking and writing twice."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.with_name(f".{path.name}.lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AnnotationFileBusy(
                f"{path} is being annotated in another `quotes annotate` session; finish that "
                "one first (or pass another --annotations file)") from None
        yield
    finally:
        os.close(fd)  # closing releases the lock


def locate(record: Annotation, text: str) -> Annotation:
    """Fill start/end from the quote text (its n-th occurrence); raise if it is not there."""
    pos = -1
    for _ in range(record.occurrence):
        pos = text.find(record.quote, pos + 1)
        if pos < 0:
            raise ValueError(f"quote not found in {record.doc}: {record.quote[:60]!r}")
    return record.model_copy(update={"start": pos, "end": pos + len(record.quote)})
