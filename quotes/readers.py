"""Readers for the corpora researchers have: text files, saved HTML pages and article tables.

The reader is chosen by suffix (or `--input-format`): `.txt`/`.md` are plain text, `.html`/`.htm`
go through trafilatura (main text without navigation and ads; title, date and site name from
the page's metadata), and tables (`.csv .tsv .jsonl .parquet .xlsx`) give one document per row.
A document's `doc` is its path relative to the folder it was found in (so `a/x.txt` and
`b/x.txt` never collide) or, for a table row, the row's id.

Files are expanded into `Source`s cheaply in the main process and read where they are analysed
(a worker process); tables are read in the main process, since one file becomes many documents.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from pydantic import BaseModel

from quotes.dates import find_date, normalise_date
from quotes.documents import DEFAULT_MAX_BYTES, Document, InputError, decode, read_document

TEXT_SUFFIXES = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html"}
TABLE_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".parquet": "parquet",
                  ".xlsx": "xlsx"}
INPUT_FORMATS = ("text", "html", "csv", "tsv", "jsonl", "parquet", "xlsx")
DEFAULT_COLUMNS = {
    "text": ("text", "body", "content", "article", "fulltext", "volltext"),
    "date": ("date", "published", "pubdate", "published_at", "datum", "publication_date"),
    "id": ("id", "doc", "doc_id", "article_id", "url"),
    "outlet": ("outlet", "source", "site", "sitename", "medium", "publisher", "quelle"),
}
HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head)",
                        re.IGNORECASE | re.DOTALL)


class ReadOptions(BaseModel):
    """How to read inputs: forced format and the columns of article tables."""

    input_format: str | None = None
    text_column: str | None = None
    date_column: str | None = None
    id_column: str | None = None
    outlet_column: str | None = None


@dataclass(frozen=True)
class Source:
    """A text or HTML file to read where it is analysed."""

    path: str
    doc: str
    fmt: str


@dataclass(frozen=True)
class Unreadable:
    """An input that could not be read; becomes a skipped document with this reason."""

    path: str
    doc: str
    reason: str


Item = Source | Document | Unreadable


# ---------------------------------------------------------------------------- expansion


def input_format(path: Path, options: ReadOptions) -> str | None:
    """The reader for a file: --input-format, else its suffix; None for a suffix we do not read."""
    if options.input_format:
        return options.input_format
    suffix = path.suffix.lower()
    return TEXT_SUFFIXES.get(suffix) or TABLE_SUFFIXES.get(suffix)


def expand_sources(inputs: Iterable[str | Path], options: ReadOptions,
                   seen: set[str] | None = None) -> Iterator[Source]:
    """Files as given and every text/HTML file below given folders, named relative to the folder.

    Tables inside folders are not read (a `dates.csv` sidecar is no corpus): name them directly,
    or pass --input-format csv (etc.) to read every file of that kind below a folder."""
    seen = set() if seen is None else seen
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            for p in sorted(p for p in path.rglob("*") if p.is_file()):
                fmt = folder_format(p, options)
                if fmt:
                    yield unique(Source(str(p), p.relative_to(path).as_posix(), fmt), seen)
        else:
            fmt = input_format(path, options) or "text"
            yield unique(Source(str(path), path.name, fmt), seen)


def folder_format(path: Path, options: ReadOptions) -> str | None:
    suffix = path.suffix.lower()
    if options.input_format:
        wanted = options.input_format
        known = TEXT_SUFFIXES.get(suffix) or TABLE_SUFFIXES.get(suffix)
        return wanted if known == wanted or (wanted == "text" and known is None and
                                             suffix == "") else None
    return TEXT_SUFFIXES.get(suffix)


def unique(source: Source, seen: set[str]) -> Source:
    """Two inputs named alike (a/x.txt and b/x.txt given as files) keep their paths as `doc`."""
    doc = source.doc
    if doc in seen:
        doc = Path(source.path).as_posix()
    seen.add(doc)
    return Source(source.path, doc, source.fmt)


def iter_items(inputs: Iterable[str | Path | Item], options: ReadOptions,
               dates: dict[str, str] | None = None) -> Iterator[Item]:
    """Sources to read later, and the rows of tables as documents read now, in input order."""
    seen: set[str] = set()
    for raw in inputs:
        if isinstance(raw, Source | Document | Unreadable):
            yield raw
            continue
        for source in expand_sources([raw], options, seen):
            if source.fmt in TABLE_SUFFIXES.values():
                yield from read_table(source, options, dates or {})
            else:
                yield source


# ---------------------------------------------------------------------------- text and HTML


def read_source(source: Source, max_bytes: int = DEFAULT_MAX_BYTES,
                dates: dict[str, str] | None = None) -> Document:
    """Read one text or HTML file (InputError with a one-line reason if it cannot be)."""
    path = Path(source.path)
    if path.is_file() and sniff_pdf(path):
        raise InputError(path, "a PDF file, not text: convert it first (e.g. `pdftotext FILE`)")
    doc = read_document(path, max_bytes)
    doc.name = source.doc
    if source.fmt == "html":
        doc = html_document(doc)
    elif HTML_START.match(doc.text[:2000]):
        doc = html_document(doc)
        doc.warnings.append(f"{path}: HTML saved as {path.suffix or 'text'}; read with the "
                            "HTML reader")
    else:
        doc.date, doc.date_source = None, None
    return dated(doc, dates)


def read_item(item: Item, max_bytes: int = DEFAULT_MAX_BYTES,
              dates: dict[str, str] | None = None) -> Document:
    """Any expanded input as a Document, or InputError with the reason it cannot be read."""
    if isinstance(item, Unreadable):
        raise InputError(item.path, item.reason)
    if isinstance(item, Document):
        return item
    return read_source(item, max_bytes, dates)


def sniff_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(1024).lstrip().startswith(b"%PDF-")
    except OSError:
        return False


def html_document(doc: Document) -> Document:
    """Main text, title, date and site name of a saved web page, through trafilatura."""
    import trafilatura

    found = trafilatura.bare_extraction(doc.text, with_metadata=True, include_comments=False,
                                        include_tables=False)
    found = found.as_dict() if hasattr(found, "as_dict") else found or {}
    lines = [line.strip() for line in (found.get("text") or "").splitlines() if line.strip()]
    doc.title = found.get("title") or None
    if lines and doc.title and lines[0] == doc.title.strip():  # the headline is metadata
        lines = lines[1:]
    if not lines:
        raise InputError(doc.path, "an HTML page without article text")
    doc.text = "\n\n".join(lines) + "\n"
    doc.outlet = found.get("sitename") or host(found.get("url")) or None
    value = normalise_date(found.get("date"))
    doc.date, doc.date_source = (value, "metadata") if value else (None, None)
    return doc


def dated(doc: Document, dates: dict[str, str] | None) -> Document:
    """Date precedence: sidecar, then column or metadata (already set), then header/dateline."""
    given = (dates or {}).get(doc.name) or (dates or {}).get(Path(doc.name).name)
    if given:
        doc.date, doc.date_source = given, "sidecar"
    elif not doc.date and (found := find_date(doc.text)):
        doc.date, doc.date_source = found.value, found.source
    return doc


def host(url: object) -> str | None:
    if not url or not isinstance(url, str):
        return None
    name = urlparse(url).hostname or ""
    return name.removeprefix("www.") or None


# ---------------------------------------------------------------------------- tables


def read_table(source: Source, options: ReadOptions, dates: dict[str, str]) -> Iterator[Item]:
    """One document per row; a file-wide problem is one Unreadable, a bad row names its row."""
    try:
        rows = list(table_rows(Path(source.path), source.fmt))
    except InputError as exc:
        yield Unreadable(source.path, source.doc, exc.reason)
        return
    if not rows:
        yield Unreadable(source.path, source.doc, "a table without rows")
        return
    try:
        columns = pick_columns(list(rows[0]), options)
    except InputError as exc:
        yield Unreadable(source.path, source.doc, exc.reason)
        return
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, 1):
        yield row_document(source, row, number, columns, seen, dates)


def pick_columns(names: list[str], options: ReadOptions) -> dict[str, str | None]:
    """The text/date/id/outlet columns: as given (must exist) or the first default present."""
    lower = {n.strip().lower(): n for n in names}
    picked: dict[str, str | None] = {}
    for role, defaults in DEFAULT_COLUMNS.items():
        given = getattr(options, f"{role}_column")
        if given:
            if given not in names and given.lower() not in lower:
                raise InputError("table", f"no column {given!r} for --{role}-column "
                                          f"(columns: {', '.join(names)})")
            picked[role] = given if given in names else lower[given.lower()]
        else:
            picked[role] = next((lower[d] for d in defaults if d in lower), None)
    if picked["text"] is None:
        raise InputError("table", "no text column: pass --text-column "
                                  f"(columns: {', '.join(names)})")
    picked["url"] = lower.get("url")
    return picked


def row_document(source: Source, row: dict, number: int, columns: dict[str, str | None],
                 seen: dict[str, int], dates: dict[str, str]) -> Item:
    where = f"{source.path}, row {number}"
    text = cell(row, columns["text"])
    name = cell(row, columns["id"]) or f"{source.doc}#{number}"
    if name in seen:
        seen[name] += 1
        name = f"{name}#{seen[name]}"
    else:
        seen[name] = 1
    if not text.strip():
        return Unreadable(where, name, "empty text")
    doc = Document(name=name, path=where, text=text.replace("\r\n", "\n"))
    raw_date = row.get(columns["date"]) if columns["date"] else None
    value = normalise_date(raw_date)
    if value:
        doc.date, doc.date_source = value, "column"
    elif cell(row, columns["date"]).strip():
        doc.warnings.append(f"{where}: date {cell(row, columns['date'])!r} not understood")
    doc.outlet = cell(row, columns["outlet"]) or host(cell(row, columns["url"])) or None
    return dated(doc, dates)


def cell(row: dict, column: str | None) -> str:
    if column is None:
        return ""
    value = row.get(column)
    if value is None or (isinstance(value, float) and value != value):  # NaN
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def table_rows(path: Path, fmt: str) -> Iterator[dict]:
    """Rows as dicts; errors name the file (and line) and never leave half a table read."""
    if not path.exists():
        raise InputError(path, "no such file")
    try:
        if fmt in ("csv", "tsv"):
            yield from delimited_rows(path, "\t" if fmt == "tsv" else None)
        elif fmt == "jsonl":
            yield from jsonl_rows(path)
        elif fmt == "parquet":
            yield from parquet_rows(path)
        elif fmt == "xlsx":
            yield from xlsx_rows(path)
        else:
            raise InputError(path, f"unknown table format {fmt}")
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None


def delimited_rows(path: Path, delimiter: str | None) -> Iterator[dict]:
    text, _ = decode(path.read_bytes(), path)
    if delimiter is None:  # German Excel writes `;`: the header line tells
        header = text.split("\n", 1)[0]
        delimiter = max(",;\t", key=header.count)
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            yield {k: v for k, v in row.items() if k is not None}
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num}", f"not valid CSV ({exc})") from None


def jsonl_rows(path: Path) -> Iterator[dict]:
    text, _ = decode(path.read_bytes(), path)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{lineno}", f"not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise InputError(f"{path}:{lineno}", "expected one JSON object per line")
        yield row


def parquet_rows(path: Path) -> Iterator[dict]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(path, "reading Parquet needs `pip install 'quotes[tables]'`") from None
    try:
        table = pq.read_table(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises many kinds for a bad file
        raise InputError(path, f"not a readable Parquet file ({exc})") from None
    yield from table.to_pylist()


def xlsx_rows(path: Path) -> Iterator[dict]:
    from zipfile import BadZipFile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError) as exc:
        raise InputError(path, f"not a readable .xlsx file ({exc})") from None
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else f"column{i + 1}"
                  for i, h in enumerate(next(rows, ()))]
        for values in rows:
            if any(v is not None for v in values):
                yield dict(zip(header, values, strict=False))
    finally:
        book.close()
