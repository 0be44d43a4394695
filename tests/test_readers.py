"""Readers and dates: tables, web pages, disguised files, datelines and --since/--until bounds."""

from __future__ import annotations

import json

import pytest

from quotes.dates import find_date, normalise_date
from quotes.documents import Document, InputError, parse_date_bound
from quotes.outputs import OutputError, resolve_format
from quotes.readers import ReadOptions, Source, Unreadable, iter_items, read_source

from .corpus import ARTICLES, html_page, write_csv, write_pages


def documents(*inputs, **options) -> list:
    return list(iter_items(inputs, ReadOptions(**options)))


def test_csv_gives_one_document_per_row_with_its_id_date_and_outlet(tmp_path):
    docs = documents(write_csv(tmp_path / "corpus.csv"))
    assert [d.name for d in docs] == [a[0] for a in ARTICLES]
    assert all(isinstance(d, Document) for d in docs)
    first = docs[0]
    assert first.text.startswith("JERUSALEM (dpa) - Ministerpräsident")
    assert (first.date, first.date_source, first.outlet) == ("2024-01-15", "column",
                                                             "Beispielzeitung")
    assert docs[4].date is None and docs[4].date_source is None  # empty cell, no dateline


def test_german_excel_csv_with_semicolons_and_bom_is_read(tmp_path):
    docs = documents(write_csv(tmp_path / "excel.csv", ";", "utf-8-sig"))
    assert [d.date for d in docs[:2]] == ["2024-01-15", "2024-01-28"]
    assert "„Wir werden weiterkämpfen" in docs[0].text


def test_named_columns_and_a_missing_column_is_explained(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("artikel\tveröffentlicht\tnr\nDer Minister sagte, Israel werde kämpfen.\t"
                    "12.03.2024\t17\n", encoding="utf-8")
    [doc] = documents(path, text_column="artikel", date_column="veröffentlicht", id_column="nr")
    assert (doc.name, doc.date, doc.date_source) == ("17", "2024-03-12", "column")
    [bad] = documents(path, text_column="body")
    assert isinstance(bad, Unreadable)
    assert "no column 'body'" in bad.reason and "artikel, veröffentlicht, nr" in bad.reason


def test_jsonl_parquet_and_xlsx_tables(tmp_path):
    rows = [{"id": a[0], "date": a[1], "text": a[4]} for a in ARTICLES[:3]]
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                     encoding="utf-8")
    assert [d.date for d in documents(jsonl)] == ["2024-01-15", "2024-01-28", "2024-02-10"]

    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "c.parquet")
    assert [d.name for d in documents(tmp_path / "c.parquet")] == ["a1", "a2", "a3"]

    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["ID", "Datum", "Text"])
    for r in rows:  # Excel keeps dates as dates
        book.active.append([r["id"], datetime.fromisoformat(r["date"]), r["text"]])
    book.save(tmp_path / "c.xlsx")
    docs = documents(tmp_path / "c.xlsx")
    assert [(d.name, d.date, d.date_source) for d in docs] == [
        ("a1", "2024-01-15", "column"), ("a2", "2024-01-28", "column"),
        ("a3", "2024-02-10", "column")]


def test_bad_jsonl_line_is_named(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "Er sagte, es gehe weiter."}\n{kaputt\n', encoding="utf-8")
    [bad] = documents(path)
    assert isinstance(bad, Unreadable) and "not valid JSON" in bad.reason


def test_html_page_main_text_without_boilerplate_and_date_from_metadata(tmp_path):
    folder = write_pages(tmp_path / "pages")
    sources = documents(folder)
    assert [s.doc for s in sources] == ["januar/artikel0.html", "januar/artikel1.html",
                                        "spaeter/artikel0.html", "spaeter/artikel1.html"]
    doc = read_source(sources[0])
    assert doc.name == "januar/artikel0.html"
    assert "„Wir werden weiterkämpfen, bis alle Ziele erreicht sind“" in doc.text
    for junk in ("Cookies", "Impressum", "Meistgelesen", "Jetzt abonnieren", "<p>"):
        assert junk not in doc.text
    assert (doc.date, doc.date_source) == ("2024-01-15", "metadata")
    assert doc.title == "Bericht a1" and doc.outlet == "Beispielzeitung"


def test_txt_that_is_html_is_read_as_html_with_a_note(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(html_page("Bericht", "2024-02-10", ARTICLES[2][4]), encoding="utf-8")
    doc = read_source(Source(str(path), "saved.txt", "text"))
    assert "<!DOCTYPE" not in doc.text and doc.text.startswith("TEL AVIV (AFP)")
    assert any("HTML saved as .txt" in w for w in doc.warnings)


def test_txt_that_is_a_pdf_is_named_and_skipped(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    with pytest.raises(InputError, match="a PDF file, not text"):
        read_source(Source(str(path), "scan.txt", "text"))


def test_equal_file_names_in_subfolders_are_different_documents(tmp_path):
    for sub in ("dpa", "afp"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "meldung.txt").write_text("Er sagte, es gehe weiter.\n")
    assert sorted(s.doc for s in documents(tmp_path)) == ["afp/meldung.txt", "dpa/meldung.txt"]
    given = documents(tmp_path / "dpa" / "meldung.txt", tmp_path / "afp" / "meldung.txt")
    assert len({s.doc for s in given}) == 2


@pytest.mark.parametrize("text, expected, source", [
    ("KAIRO, 12.03.2024 (dpa) - Die Vermittler", "2024-03-12", "dateline"),
    ("Berlin, Dienstag, 12. März 2024. Der Minister", "2024-03-12", "dateline"),
    ("Jerusalem, Mo., 4. Nov. 2024 (AFP) - Israel", "2024-11-04", "dateline"),
    ("März 2024 - Ein Rückblick auf die Verhandlungen", "2024-03", "dateline"),
    ("2024-06-30 Doha: Die Gespräche", "2024-06-30", "dateline"),
    ("date 2024-04 WASHINGTON (dpa-AFX) - Vertreter", "2024-04", "header"),
    ("---\ntitle: x\ndate: 2024-02-01\n---\nText", "2024-02-01", "header"),
])
def test_datelines_are_found(text, expected, source):
    found = find_date(text)
    assert found is not None and (found.value, found.source) == (expected, source)


@pytest.mark.parametrize("text", [
    "GAZA (dpa) - Mehr als 12.000 Menschen sind geflohen.",  # a number, not a date
    "Am 31.02.2024 soll es geschehen sein.",  # no such day
    "Im Jahr 2024-13 nichts.",
    "TEL AVIV (dpa) - Ohne Datum. " + "Füllwörter. " * 60 + "Am 12. März 2024 begann es.",
])
def test_non_dates_and_dates_far_down_the_text_are_not_the_date(text):
    assert find_date(text) is None


def test_cell_values_are_normalised():
    assert normalise_date("2024-03-12T10:00:00Z") == "2024-03-12"
    assert normalise_date("12.03.2024") == "2024-03-12"
    assert normalise_date("5. Januar 2024") == "2024-01-05"
    assert normalise_date("nan") is None and normalise_date("irgendwann") is None


@pytest.mark.parametrize("good", ["2024", "2024-01", "2024-02-29", "1985-07"])
def test_date_bounds_accept_year_month_day(good):
    assert parse_date_bound(good) == good


@pytest.mark.parametrize("bad", ["01.2024", "2024/01", "March", "2024-13", "2023-02-29", "24"])
def test_date_bounds_refuse_anything_else(bad):
    with pytest.raises(ValueError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
        parse_date_bound(bad)


def test_bad_since_is_refused_before_any_work(run_cli, tmp_path):
    proc = run_cli("report", str(tmp_path), "--since", "2024/01")
    assert proc.returncode == 2
    assert "--since '2024/01' is not a date" in " ".join(proc.stderr.split())


@pytest.mark.parametrize("fmt, output, expected", [
    (None, None, "table"), (None, "q.csv", "csv"), (None, "q.JSONL", "jsonl"),
    (None, "q.xlsx", "xlsx"), (None, "q.txt", "table"), ("csv", "q.csv", "csv"),
    ("jsonl", "-", "jsonl"), (None, "q.tsv", "tsv"),
])
def test_output_format_from_the_suffix(fmt, output, expected):
    allowed = ["table", "jsonl", "csv", "tsv", "json", "parquet", "xlsx"]
    assert resolve_format(fmt, output and __import__("pathlib").Path(output), allowed) == expected


@pytest.mark.parametrize("fmt, output, message", [
    ("jsonl", "q.csv", "contradicts"), (None, "q.docx", "cannot tell the format"),
    ("parquet", None, "binary format"), (None, "q.html", "cannot write html"),
])
def test_output_format_contradictions_are_refused(fmt, output, message):
    from pathlib import Path

    allowed = ["table", "jsonl", "csv", "tsv", "json", "parquet", "xlsx"]
    with pytest.raises(OutputError, match=message):
        resolve_format(fmt, Path(output) if output else None, allowed)


def test_contradicting_suffix_is_refused_by_the_cli(run_cli, tmp_path):
    proc = run_cli("extract", str(tmp_path), "--format", "jsonl", "-o", str(tmp_path / "q.csv"))
    assert proc.returncode == 2 and "contradicts" in proc.stderr
    assert not (tmp_path / "q.csv").exists()


def test_sidecar_dates_win_over_the_dateline_and_are_recorded(tmp_path):
    path = tmp_path / "dpa" / "meldung.txt"
    path.parent.mkdir()
    path.write_text("KAIRO, 12.03.2024 (dpa) - Der Vermittler sagte, man sei nah dran.\n")
    source = Source(str(path), "dpa/meldung.txt", "text")
    doc = read_source(source)
    assert (doc.date, doc.date_source) == ("2024-03-12", "dateline")
    doc = read_source(source, dates={"meldung.txt": "2024-05"})
    assert (doc.date, doc.date_source) == ("2024-05", "sidecar")


def test_extract_takes_dates_and_writes_them_in_jsonl(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("Der Sprecher sagte, die Gespräche würden fortgesetzt.\n")
    sidecar = tmp_path / "dates.csv"
    sidecar.write_text("file,date\na.txt,2024-02-03\n")
    proc = run_cli("extract", str(tmp_path / "a.txt"), "--dates", str(sidecar), "-o", "-",
                   "--format", "jsonl", check=True)
    [quote] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert (quote["date"], quote["date_source"]) == ("2024-02-03", "sidecar")


def test_excel_csv_has_bom_semicolons_decimal_commas_and_no_formulas():
    from quotes.outputs import delimited

    text = delimited([{"quote": "=HYPERLINK(1)", "confidence": 0.79, "doc": "a;b"}],
                     ["quote", "confidence", "doc"], ",", excel=True)
    assert text == '\ufeffquote;confidence;doc\r\n\'=HYPERLINK(1);0,79;"a;b"\r\n'
