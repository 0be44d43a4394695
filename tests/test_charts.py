"""A researcher's corpus end to end: table and web pages in, trend chart, tables and pandas out."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess

import pytest

from quotes.charts import PALETTE

from .conftest import SEEDS
from .corpus import ARTICLES, write_csv, write_pages
from .test_report import colour_pixels

SIDES = ("--affiliation", "Israel", "--affiliation", "Hamas")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_csv(tmp_path_factory.mktemp("corpus") / "corpus.csv")


def chart_bars(page: str, measure: str = "count") -> dict[tuple[str, str, str], int]:
    """(group, period, stance) → count, as drawn in the report's SVG."""
    bars = {}
    for rect in re.findall(r"<rect [^>]*data-measure=\"" + measure + r"\"[^>]*>", page):
        attr = dict(re.findall(r'data-(\w+)="([^"]*)"', rect))
        bars[(attr["affiliation"], attr["speaker"], attr["period"], attr["stance"])] = \
            int(attr["count"])
    return bars


def test_table_corpus_report_has_the_trend_chart_with_the_csv_numbers(run_cli, corpus, tmp_path):
    page = tmp_path / "r.html"
    args = [str(corpus), "--text-column", "text", "--date-column", "date", *SIDES,
            "--speaker", "Netanjahu", "--by", "month"]
    proc = run_cli("report", *args, "--format", "html", "-o", str(page), check=True)
    assert "1 of 5 documents had no date" in " ".join(proc.stderr.split())
    html = page.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html
    assert "<script src" not in html and "<link" not in html  # no external assets
    table = run_cli("report", *args, "--format", "csv", check=True).stdout
    rows = list(csv.DictReader(io.StringIO(table)))
    assert {r["period"] for r in rows} == {"2024-01", "2024-02", "2024-03"}
    expected = {(r["affiliation"], r["speaker"], r["period"], r["stance"]): int(r["count"])
                for r in rows if int(r["count"])}
    assert chart_bars(html) == expected
    assert chart_bars(html, "share") == expected  # the share bars carry the same counts
    groups = {(r["affiliation"], r["speaker"]) for r in rows}
    assert {("Israel", ""), ("Hamas", ""), ("Israel", "Benjamin Netanjahu")} <= groups
    netanyahu_jan = sum(int(r["count"]) for r in rows if r["speaker"] == "Benjamin Netanjahu"
                        and r["period"] == "2024-01")
    assert netanyahu_jan >= 1
    for r in rows:  # shares are of the period's total for that side or speaker
        total = int(r["total"])
        assert float(r["share"]) == pytest.approx(int(r["count"]) / total if total else 0,
                                                  abs=1e-4)
    assert "<table id='quotes'>" in html and "id='filters'" in html
    assert "2024-01-15" in html  # dates in the quote table
    assert "<td>Beispielzeitung</td>" in html  # and the outlet column


def test_chart_and_sortable_table_render_in_chromium(run_cli, corpus, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        pytest.skip("Debian's chromium is not installed (make test installs it where it can)")
    pytest.importorskip("PIL")
    page = tmp_path / "r.html"
    run_cli("report", str(corpus), *SIDES, "--by", "month", "-o", str(page), check=True)
    shot = tmp_path / "shot.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
                    "--window-size=1300,1400", page.as_uri()],
                   check=True, capture_output=True, timeout=120)
    png = shot.read_bytes()
    rgb = {k: tuple(int(v[i:i + 2], 16) for i in (1, 3, 5)) for k, v in PALETTE.items()}
    assert colour_pixels(png, rgb["against"], 6) > 2000, "no against bars drawn"
    assert colour_pixels(png, rgb["favor"], 6) > 500, "no favor bars drawn"
    # the quote table's script ran: filtered and sorted as the address asks
    dom = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                          page.as_uri() + "#stance=against&sort=-date"],
                         check=True, capture_output=True, text=True, timeout=120).stdout
    table = dom.split('id="quotes"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr( hidden=\"\")?><td>([^<]*)</td>.*?<td data-v=\"(\w+)\"", table)
    visible = [(date, stance) for hidden, date, stance in rows if not hidden]
    assert visible and len(visible) < len(rows)
    assert {stance for _, stance in visible} == {"against"}
    assert sum(stance == "against" for _, _, stance in rows) == len(visible)
    dates = [date for date, _ in visible]
    assert dates == sorted(dates, reverse=True)


def test_months_and_weeks_without_quotes_are_zero_not_skipped():
    from quotes.charts import all_periods, series_of, trend_rows
    from quotes.models import Quote
    from quotes.report import Aggregator, Filters

    def quote(date, stance, speaker="Benjamin Netanjahu", affiliation="Israel"):
        return Quote(doc="d", start=0, end=1, kind="direct", quote="x", speaker=speaker,
                     affiliation=affiliation, confidence=1.0, stance=stance, date=date)

    assert all_periods(["2023-11", "2024-02", "undated"]) == ["2023-11", "2023-12", "2024-01",
                                                              "2024-02"]
    assert all_periods(["2024-W52", "2025-W02"]) == ["2024-W52", "2025-W01", "2025-W02"]
    agg = Aggregator(Filters(speakers=["Netanjahu"], affiliations=["Hamas"]), keep_quotes=False,
                     by="week")
    agg.add_document("a", [quote("2024-03-04", "against"), quote("2024-03", "none")])
    agg.add_document("b", [quote("2024-03-20", "favor", "Hamas", "Hamas")])
    agg.add_document("c", [], date=None)
    rep = agg.report()
    assert rep.undated == 1  # "c"; "a" has a date, though one quote has only the month
    rows = trend_rows(rep)
    assert {r["period"] for r in rows} == {"2024-W10", "2024-W11", "2024-W12"}
    by_key = {(r["affiliation"], r["speaker"], r["period"], r["stance"]): r for r in rows}
    assert by_key[("Israel", "Benjamin Netanjahu", "2024-W10", "against")]["share"] == 1.0
    assert by_key[("Israel", "", "2024-W11", "against")]["total"] == 0
    assert [s.label for s in series_of(rows)] == ["Hamas", "Israel",
                                                  "Benjamin Netanjahu (Israel)"]


def test_folder_of_web_pages_gets_dates_from_metadata(run_cli, tmp_path):
    folder = write_pages(tmp_path / "pages")
    proc = run_cli("extract", str(folder), "--format", "jsonl", check=True)
    quotes = [json.loads(line) for line in proc.stdout.splitlines()]
    assert quotes
    by_doc = {q["doc"]: (q["date"], q["date_source"], q["outlet"]) for q in quotes}
    assert by_doc["januar/artikel0.html"] == ("2024-01-15", "metadata", "Beispielzeitung")
    assert by_doc["spaeter/artikel0.html"][0] == "2024-02-10"  # same file name, other article
    assert not any("Cookies" in q["sentence"] or "Impressum" in q["sentence"] for q in quotes)
    rep = json.loads(run_cli("report", str(folder), "--by", "month", "--format", "json",
                             check=True).stdout)
    assert rep["undated"] == 0 and {p["period"] for p in rep["periods"]} >= {"2024-01",
                                                                               "2024-03"}


def test_piped_table_cuts_no_cell(run_cli):
    proc = run_cli("extract", str(SEEDS), check=True)  # a pipe: COLUMNS=200 must not cut
    assert "…" not in proc.stdout
    flat = " ".join(proc.stdout.split())
    jsonl = run_cli("extract", str(SEEDS), "--format", "jsonl", check=True).stdout
    quotes = [json.loads(line) for line in jsonl.splitlines()]
    assert len(quotes) > 20
    for q in quotes:  # every quote and speaker whole, on one line of its cell
        assert " ".join(q["quote"].split()) in flat
        assert q["speaker"] is None or q["speaker"] in flat


def test_tsv_excel_and_xlsx_outputs(run_cli, corpus, tmp_path):
    tsv = run_cli("extract", str(corpus), "--format", "tsv", check=True).stdout
    lines = tsv.splitlines()
    header = lines[0].split("\t")
    assert header[:2] == ["doc", "date"] and all(len(li.split("\t")) == len(header)
                                                  for li in lines)
    excel = tmp_path / "q.csv"
    run_cli("extract", str(corpus), "--excel", "-o", str(excel), check=True)
    raw = excel.read_bytes()
    assert raw.startswith("\ufeff".encode()) and raw.decode("utf-8-sig").startswith("doc;date;")
    book = tmp_path / "q.xlsx"
    run_cli("extract", str(corpus), "-o", str(book), check=True)
    from openpyxl import load_workbook

    sheet = load_workbook(book).active
    cells = list(sheet.iter_rows(values_only=True))
    assert cells[0][:2] == ("doc", "date") and len(cells) == len(lines)
    assert {c[0] for c in cells[1:]} <= {a[0] for a in ARTICLES}


def test_plot_writes_svg_and_png(run_cli, corpus, tmp_path):
    svg = tmp_path / "trend.svg"
    run_cli("plot", str(corpus), *SIDES, "-o", str(svg), check=True)
    assert svg.read_text().startswith("<svg") and 'data-stance="against"' in svg.read_text()
    png = tmp_path / "trend.png"
    run_cli("plot", str(corpus), *SIDES, "-o", str(png), check=True)
    pytest.importorskip("PIL")
    rgb = tuple(int(PALETTE["against"][i:i + 2], 16) for i in (1, 3, 5))
    assert colour_pixels(png.read_bytes(), rgb, 6) > 1000
    proc = run_cli("plot", str(corpus), "-o", str(tmp_path / "trend.pdf"))
    assert proc.returncode == 2 and ".svg or .png" in proc.stderr


def test_to_dataframe_has_one_row_per_quote_with_all_fields(corpus, cache_dir):
    pd = pytest.importorskip("pandas")
    import quotes
    from quotes.models import Quote

    results = quotes.analyze([corpus], text_column="text", cache_dir=str(cache_dir))
    df = quotes.to_dataframe(results)
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == list(Quote.model_fields)
    assert len(df) == sum(len(r.quotes) for r in results) > 5
    assert set(df.loc[df["doc"] == "a1", "date"]) == {"2024-01-15"}
    assert df.groupby("affiliation").size()["Israel"] >= 3
