"""Reports: filters checked against the gold annotations, exports round-trip, HTML in Chromium."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess

import pytest

from quotes.annotations import load_annotations, locate
from quotes.evaluate import iou
from quotes.models import Report

from .conftest import ANNOTATIONS, HELDOUT, SEEDS


@pytest.fixture(scope="module")
def gold():
    records, problems = load_annotations([ANNOTATIONS / "seeds.jsonl"])
    assert not problems
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    return [locate(r, texts[r.doc]) for r in records]


def report_json(run_cli, *args):
    proc = run_cli("report", *args, "--format", "json", check=True)
    return Report.model_validate_json(proc.stdout)


def matches(quote, golds):
    return any(g.doc == quote.doc and iou((g.start, g.end), (quote.start, quote.end)) >= 0.3
               for g in golds)


def test_speaker_filter_lists_exactly_netanyahus_gold_quotes(run_cli, gold):
    rep = report_json(run_cli, str(SEEDS), "--speaker", "netanyahu")
    his = [g for g in gold if g.speaker == "Benjamin Netanjahu"]
    assert his, "gold has Netanjahu quotes"
    for g in his:
        assert any(q.doc == g.doc and iou((g.start, g.end), (q.start, q.end)) >= 0.3
                   for q in rep.quotes), f"missing: {g.quote[:60]}"
    for q in rep.quotes:
        assert matches(q, his), f"not a Netanjahu quote: {q.quote[:60]}"


def test_affiliation_filter_lists_the_hamas_speakers_of_the_gold(run_cli, gold):
    rep = report_json(run_cli, str(SEEDS), "--affiliation", "hamas")
    gold_speakers = {g.speaker for g in gold if g.affiliation == "Hamas"}
    reported = {s.speaker for s in rep.speakers}
    assert {"Sami Abu Zuhri", "Taher al-Nunu"} <= gold_speakers
    assert gold_speakers <= reported
    assert all(q.affiliation == "Hamas" for q in rep.quotes)


def test_netanyahu_or_hamas_is_the_union(run_cli):
    both = report_json(run_cli, str(SEEDS), "--speaker", "Netanjahu", "--affiliation", "Hamas")
    him = report_json(run_cli, str(SEEDS), "--speaker", "Netanjahu")
    hamas = report_json(run_cli, str(SEEDS), "--affiliation", "Hamas")
    key = {(q.doc, q.start) for q in both.quotes}
    assert key == {(q.doc, q.start) for q in him.quotes} | {(q.doc, q.start) for q in hamas.quotes}


def test_json_validates_against_the_printed_schema(run_cli):
    jsonschema = pytest.importorskip("jsonschema")
    schemas = json.loads(run_cli("schema", check=True).stdout)
    data = json.loads(run_cli("report", str(SEEDS), "--format", "json", check=True).stdout)
    jsonschema.validate(data, schemas["Report"])
    for q in data["quotes"]:
        jsonschema.validate(q, schemas["Quote"])


def test_csv_has_one_row_per_quote(run_cli, tmp_path):
    rep = report_json(run_cli, str(SEEDS))
    out = tmp_path / "r.csv"
    run_cli("report", str(SEEDS), "--format", "csv", "--output", str(out), check=True)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == len(rep.quotes) > 20
    assert {r["doc"] for r in rows} <= {p.name for p in SEEDS.glob("*.txt")}


def test_markdown_and_table(run_cli):
    md = run_cli("report", str(SEEDS), "--format", "markdown", check=True).stdout
    assert "| affiliation | speaker | quotes |" in md and "Benjamin Netanjahu" in md
    table = run_cli("report", str(SEEDS), "--speaker", "Netanjahu", "--quotes", check=True)
    assert "Quotes per speaker" in table.stdout and "Benjamin Netanjahu" in table.stdout


def test_by_month_uses_datelines(run_cli):
    rep = report_json(run_cli, str(HELDOUT / "articles"), "--by", "month")
    periods = {p.period for p in rep.periods}
    assert any(p.startswith("2024-") for p in periods)
    dated = report_json(run_cli, str(HELDOUT / "articles"), "--since", "2024-03",
                        "--until", "2024-04")
    assert dated.quotes and all("2024-03" <= q.date[:7] <= "2024-04" for q in dated.quotes)


def test_bad_filter_value_is_explained(run_cli):
    proc = run_cli("report", str(SEEDS), "--stance", "pro")
    assert proc.returncode == 2 and "choose from favor, against, none" in proc.stderr


def colour_pixels(png: bytes, rgb: tuple[int, int, int], tol: int = 12) -> int:
    from PIL import Image

    raw = Image.open(io.BytesIO(png)).convert("RGB").tobytes()
    pixels = zip(raw[0::3], raw[1::3], raw[2::3], strict=True)
    return sum(1 for px in pixels if all(abs(a - b) <= tol for a, b in zip(px, rgb, strict=True)))


def test_html_report_shows_highlighted_quotes_in_chromium(run_cli, tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        pytest.skip("Debian's chromium is not installed (make test installs it where it can)")
    pytest.importorskip("PIL")
    page = tmp_path / "r.html"
    run_cli("report", str(SEEDS), "--format", "html", "--output", str(page), check=True)
    html = page.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html  # self-contained
    shot = tmp_path / "shot.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
                    "--window-size=1400,6000", page.as_uri()],
                   check=True, capture_output=True, timeout=120)
    png = shot.read_bytes()
    highlighted = sum(colour_pixels(png, c) for c in [(0xA5, 0xD6, 0xA7), (0xEF, 0x9A, 0x9A),
                                                      (0xE0, 0xE0, 0xE0)])
    assert highlighted > 5000, "no highlighted quotes visible"
