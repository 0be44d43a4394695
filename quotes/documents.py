"""Reading the user's documents: robust decoding, clear reasons for what cannot be read."""

from __future__ import annotations

import codecs
import csv
import math
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MAX_BYTES = 2_000_000  # larger documents are skipped by name; --max-size raises it
BINARY_CONTROL_SHARE = 0.10


class InputError(Exception):
    """A document that cannot be processed; the message is shown to the user as is."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{display_name(str(path))}: {reason}")
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


BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
MOSTLY_UTF8 = 0.5  # share of non-ASCII sequences that must be valid UTF-8 to call a file UTF-8


def bom_encoding(data: bytes) -> str | None:
    """UTF-8/16/32 announced by a byte order mark (UTF-32 first: its LE BOM starts like UTF-16's)."""
    return next((enc for bom, enc in BOMS if data.startswith(bom)), None)


def utf8_share(data: bytes) -> float:
    """Of the non-ASCII byte sequences, the share that decodes as UTF-8 (1.0 if there are none)."""
    runs = re.findall(rb"[\x80-\xff]+", data)
    if not runs:
        return 1.0
    good = 0
    for run in runs:
        try:
            run.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            pass
    return good / len(runs)


def decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """UTF-8 first, a few bad bytes replaced one by one (and counted); UTF-16/32 by their BOM;
    Latin-1 (Windows-1252) only for a file that is not UTF-8 at all."""
    where = display_name(str(path))
    encoding = bom_encoding(data)
    if encoding and encoding != "utf-8-sig":
        try:
            return data.decode(encoding), []
        except UnicodeDecodeError as exc:
            text = data.decode(encoding, errors="replace")
            return text, [f"{where}: invalid {encoding.upper()} at byte {exc.start}; bad bytes replaced"]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        first = exc.start
    if encoding == "utf-8-sig" or utf8_share(data) >= MOSTLY_UTF8:
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd") - data.decode("utf-8-sig", errors="ignore").count("\ufffd")
        return text, [f"{where}: {bad} invalid UTF-8 byte sequence(s) (first at byte {first}) "
                      "replaced by U+FFFD"]
    warning = f"{where}: not valid UTF-8 (byte {first}); decoded as Latin-1 (Windows-1252)"
    try:
        return data.decode("cp1252"), [warning]
    except UnicodeDecodeError:
        return data.decode("latin-1"), [warning]


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES,
                  dates: dict[str, str] | None = None) -> Document:
    """Read one document or raise InputError with a one-line reason."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a folder without .txt files")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "not a regular file (a pipe, socket or device); not read")
    try:
        size = info.st_size
        if size > max_bytes:
            raise InputError(path, f"too large ({size / 1e6:.1f} MB > limit {max_bytes / 1e6:g} MB;"
                                   " raise it with --max-size)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(path, "empty file")
    if looks_binary(data) and bom_encoding(data) in (None, "utf-8-sig"):
        raise InputError(path, "binary file, not text")
    text, warnings = decode(data, path)
    date = (dates or {}).get(path.name) or document_date(text)
    return Document(name=display_name(path.name), path=str(path), text=text,
                    warnings=warnings, date=date)


def display_name(name: str) -> str:
    """A file name that can be printed and written as UTF-8: undecodable bytes (kept by Python as
    surrogates, see os.fsdecode) become U+FFFD."""
    return os.fsencode(name).decode("utf-8", errors="replace") if _has_surrogates(name) else name


def _has_surrogates(name: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in name)


def parse_size_mb(value: float) -> int:
    """--max-size in MB to bytes; NaN, infinite, zero or negative sizes are refused."""
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"--max-size {value}: give a positive number of megabytes (e.g. 2)")
    return max(1, int(value * 1e6))


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
