"""Where results go: the format from `--format` or the output's suffix, and the table writers.

`-o q.csv` writes CSV, `-o q.xlsx` a real Excel workbook, `-o -` the terminal; a suffix that
contradicts `--format` is refused before anything is analysed. `--excel` writes CSV the way
German Excel opens it (UTF-8 with BOM, `;` between fields, decimal commas). Tables printed to
a pipe or a file are laid out at their natural width, so no cell is ever cut (`Benj…`).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SUFFIX_FORMATS = {".jsonl": "jsonl", ".csv": "csv", ".tsv": "tsv", ".md": "markdown",
                  ".markdown": "markdown", ".html": "html", ".htm": "html", ".json": "json",
                  ".parquet": "parquet", ".xlsx": "xlsx", ".svg": "svg", ".png": "png"}
BINARY_FORMATS = {"parquet", "xlsx", "png"}
PIPE_WIDTH = 100_000  # wide enough for any natural table width; tables do not expand to it


class OutputError(ValueError):
    """A format/suffix combination that cannot be written; the message is shown as is."""


def is_stdout(output: Path | None) -> bool:
    return output is None or str(output) == "-"


def resolve_format(fmt: str | None, output: Path | None, allowed: Sequence[str],
                   excel: bool = False, default: str = "table") -> str:
    """The output format: --format if given (checked against the suffix), else the suffix."""
    suffix = "" if is_stdout(output) else Path(output).suffix.lower()
    implied = SUFFIX_FORMATS.get(suffix)
    if excel and fmt in (None, "csv") and implied in (None, "csv", "xlsx"):
        fmt = "xlsx" if implied == "xlsx" else "csv"
    if fmt is None:
        if implied is None and suffix not in ("", ".txt"):
            raise OutputError(f"cannot tell the format of {output} from its suffix; pass --format "
                              f"({', '.join(allowed)}) or use one of "
                              f"{', '.join(s for s, f in SUFFIX_FORMATS.items() if f in allowed)}")
        fmt = implied or default
    elif implied and implied != fmt and not (fmt == "table" and suffix == ".txt"):
        raise OutputError(f"--format {fmt} contradicts the suffix of {output} ({implied}); "
                          "drop one of them")
    if fmt not in allowed:
        raise OutputError(f"cannot write {fmt} here; choose from {', '.join(allowed)}")
    if fmt in BINARY_FORMATS and is_stdout(output):
        raise OutputError(f"{fmt} is a binary format: write it to a file with -o FILE.{fmt}")
    return fmt


# ---------------------------------------------------------------------------- tables of rows


def excel_value(value: Any) -> Any:
    """German Excel reads `0,79` as a number and `0.79` as a date or text; a cell that starts
    like a formula is kept as text."""
    if isinstance(value, float):
        return f"{value:.6g}".replace(".", ",")
    return excel_cell(value)


def delimited(rows: Iterable[dict], fields: list[str], delimiter: str = ",",
              excel: bool = False) -> str:
    """CSV/TSV text; with `excel`, a BOM, `;` and decimal commas for German Excel."""
    buf = io.StringIO()
    if excel:
        buf.write("\ufeff")
        delimiter = ";" if delimiter == "," else delimiter
    writer = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore", delimiter=delimiter,
                            lineterminator="\r\n" if excel else "\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: excel_value(v) if excel else csv_cell(tsv_clean(v, delimiter))
                         for k, v in row.items()})
    return buf.getvalue()


def csv_cell(value: Any) -> Any:
    from quotes.report import csv_cell as quoted

    return quoted(value)


def tsv_clean(value: Any, delimiter: str) -> Any:
    """TSV has no quoting convention most tools agree on: tabs and newlines become spaces."""
    if delimiter == "\t" and isinstance(value, str):
        return " ".join(value.split())
    return value


def table_bytes(rows: list[dict], fields: list[str], fmt: str) -> bytes:
    """A Parquet file (pyarrow) or an Excel workbook (openpyxl) in memory."""
    buf = io.BytesIO()
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise OutputError("writing Parquet needs `pip install 'quotes[tables]'`") from None
        pq.write_table(pa.Table.from_pylist([{f: r.get(f) for f in fields} for r in rows]), buf)
    else:
        write_xlsx(rows, fields, buf)
    return buf.getvalue()


def write_rows(rows: Iterable[dict], fields: list[str], fmt: str, output: Path | None,
               excel: bool = False) -> None:
    """Rows as jsonl/csv/tsv (streamed), json, parquet or xlsx, to stdout or atomically to a file."""
    from quotes.storage import AtomicWriter, one_line, write_atomic

    if fmt in BINARY_FORMATS:
        write_atomic(Path(output), table_bytes(list(rows), fields, fmt))
        return
    if fmt == "json":
        write_text(output, rows_json([{f: r.get(f) for f in fields} for r in rows]))
        return
    sink = None if is_stdout(output) else AtomicWriter(Path(output))
    fh = sink.__enter__() if sink else sys.stdout
    try:
        first = True
        for row in rows:
            if fmt == "jsonl":
                fh.write(one_line(json.dumps({f: row.get(f) for f in fields}, ensure_ascii=False,
                                             separators=(",", ":"))) + "\n")
                continue
            text = delimited([row], fields, "\t" if fmt == "tsv" else ",", excel)
            if not first:  # the header and the BOM once
                text = text.split("\r\n" if excel else "\n", 1)[1]
            fh.write(text)
            first = False
        if first and fmt in ("csv", "tsv"):
            fh.write(delimited([], fields, "\t" if fmt == "tsv" else ",", excel))
    except BaseException:
        if sink:
            sink.__exit__(*sys.exc_info())
        raise
    if sink:
        sink.__exit__(None, None, None)


def write_xlsx(rows: list[dict], fields: list[str], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "quotes"
    sheet.append(fields)
    for row in rows:
        sheet.append([excel_cell(row.get(f)) for f in fields])
    for i, name in enumerate(fields, 1):
        width = 60 if name in ("quote", "sentence") else max(10, len(name) + 2)
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    book.save(path)


def excel_cell(value: Any) -> Any:
    if isinstance(value, str):
        # control characters are not allowed in xlsx cells; a leading = would be a formula
        value = "".join(c if c >= " " or c in "\n\t" else " " for c in value)
        return csv_cell(value)
    return value


def rows_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def write_text(output: Path | None, text: str) -> None:
    """To stdout (None or `-`) or atomically to a file."""
    if is_stdout(output):
        sys.stdout.write(text)
        return
    from quotes.storage import write_atomic

    write_atomic(output, text)


# ---------------------------------------------------------------------------- consoles


@contextmanager
def table_console(output: Path | None) -> Iterator:
    """A terminal console as is; a pipe or a file gets tables at natural width, uncut.

    A file is written atomically once everything has been printed."""
    from rich.console import Console

    if is_stdout(output) and (console := Console()).is_terminal:
        yield console
        return
    buf = io.StringIO()
    yield Console(file=buf, width=PIPE_WIDTH, no_color=True, highlight=False)
    write_text(output, "\n".join(line.rstrip() for line in buf.getvalue().split("\n")))


# ---------------------------------------------------------------------------- pandas


def to_dataframe(items: Any):
    """One row per quote with all fields, from quotes, `quotes.Doc`s, results, a report or paths.

    `quotes.to_dataframe(quotes.analyze(["corpus.csv"], text_column="text"))`, or directly
    `quotes.to_dataframe("corpus/")`: paths are analysed first."""
    import pandas as pd

    from quotes.models import Quote

    rows = [q.model_dump() for q in quote_list(items)]
    columns = list(Quote.model_fields)
    frame = pd.DataFrame(rows, columns=columns)
    if len(frame):
        frame["date"] = frame["date"].astype("string")
    return frame


def quote_list(items: Any) -> list:
    from quotes.analysis import DocResult
    from quotes.models import Quote, Report

    if isinstance(items, Report):
        return list(items.quotes)
    if isinstance(items, str | Path):
        items = [items]
    items = list(items)
    if items and all(isinstance(i, str | Path) for i in items):
        from quotes.batch import analyze

        items = analyze(items)
    quotes: list[Quote] = []
    for item in items:
        if isinstance(item, Quote):
            quotes.append(item)
        elif isinstance(item, DocResult) or hasattr(item, "quotes"):  # results, quotes.Doc
            quotes.extend(item.quotes)
        elif isinstance(item, dict):
            quotes.append(Quote.model_validate(item))
        else:
            raise TypeError(f"to_dataframe takes quotes, analysis results or paths, not "
                            f"{type(item).__name__}")
    return quotes


# ---------------------------------------------------------------------------- reports and charts


def write_report(report, fmt: str, output: Path | None, show_quotes: bool,
                 texts: dict[str, str], titles: dict[str, str], excel: bool = False) -> None:
    """A report in any format; tabular formats are one row per quote, or with --by the tidy
    period table behind the chart."""
    from quotes import report as r
    from quotes.charts import TREND_FIELDS, trend_rows

    if fmt == "table":
        with table_console(output) as console:
            r.render_table(report, console, show_quotes)
        return
    if fmt in ("markdown", "json", "html"):
        text = {"markdown": lambda: r.render_markdown(report, True),
                "json": lambda: r.render_json(report),
                "html": lambda: r.render_html(report, texts, titles)}[fmt]()
        write_text(output, text)
        return
    if report.periods:
        rows, fields = trend_rows(report), TREND_FIELDS
    elif fmt == "csv" and not excel:
        write_text(output, r.csv_rows(report.quotes))
        return
    else:
        rows, fields = [q.model_dump() for q in report.quotes], r.CSV_FIELDS
    write_rows(rows, fields, fmt, output, excel)


def write_chart(report, output: Path, title: str) -> None:
    """`quotes plot`: the report's trend as an SVG or PNG file."""
    from quotes.charts import series_of, to_png, to_svg, trend_chart, trend_rows
    from quotes.storage import write_atomic

    series = series_of(trend_rows(report))
    if not series:
        raise ValueError("no dated quotes to plot (see the note on undated documents)")
    canvas = trend_chart(series, title)
    data = to_png(canvas) if output.suffix.lower() == ".png" else to_svg(canvas)
    write_atomic(output, data)
