"""Reading the user's documents: robust decoding, clear reasons for what cannot be read."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MAX_BYTES = 2_000_000  # larger documents are skipped by name; --max-size raises it
BINARY_CONTROL_SHARE = 0.10


class InputError(Exception):
    """A document that cannot be processed; the message is shown to the user as is."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass
class Document:
    name: str
    path: str
    text: str
    warnings: list[str] = field(default_factory=list)
    date: str | None = None
    date_source: str | None = None  # header, dateline, metadata, column, sidecar
    title: str | None = None
    outlet: str | None = None


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files as given and every `.txt` below given folders, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*.txt") if p.is_file())
        else:
            yield path


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: not a text file a person wrote."""
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > BINARY_CONTROL_SHARE


def decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """UTF-8 first (with or without BOM); Latin-1 as a warned fallback, never a crash."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        warning = (
            f"{path}: not valid UTF-8 (byte {exc.start}); decoded as Latin-1 (Windows-1252)"
        )
        try:
            return data.decode("cp1252"), [warning]
        except UnicodeDecodeError:
            return data.decode("latin-1"), [warning]


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES,
                  dates: dict[str, str] | None = None) -> Document:
    """Read one document or raise InputError with a one-line reason."""
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder without .txt files")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, f"too large ({size / 1e6:.1f} MB > limit {max_bytes / 1e6:g} MB;"
                                   " raise it with --max-size)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(path, "empty file")
    if looks_binary(data):
        raise InputError(path, "binary file, not text")
    text, warnings = decode(data, path)
    date = (dates or {}).get(path.name) or document_date(text)
    return Document(name=path.name, path=str(path), text=text, warnings=warnings, date=date)


def document_date(text: str) -> str | None:
    """A date from front matter, a `date 2024-04` header or a dateline (see quotes.dates)."""
    from quotes.dates import find_date

    found = find_date(text)
    return found.value if found else None


def parse_date_bound(value: str | None, option: str = "--since") -> str | None:
    """A --since/--until bound as given if it is YYYY, YYYY-MM or YYYY-MM-DD; else ValueError."""
    from datetime import date

    if value is None:
        return None
    text = value.strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    try:
        if m:
            date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        m = None
    if not m:
        raise ValueError(f"{option} {value!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD "
                         f"(e.g. {option} 2024-01)")
    return text


def read_date_sidecar(path: Path | None) -> dict[str, str]:
    """Optional CSV `file,date` mapping a file name to its date."""
    if path is None:
        return {}
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    mapping = {}
    for lineno, row in enumerate(rows, 1):
        if not row or row[0].strip().lower() in ("file", "#"):
            continue
        if len(row) < 2 or not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", row[1].strip()):
            raise InputError(f"{path}:{lineno}", "expected `file,YYYY-MM[-DD]`")
        mapping[Path(row[0].strip()).name] = row[1].strip()
    return mapping
