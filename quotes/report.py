"""Per-speaker reports: filtering, aggregation and the renderers (rich, Markdown, JSON, CSV, HTML)."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from quotes.charts import PALETTE, TINTS
from quotes.dates import week_of
from quotes.models import KINDS, STANCES, PeriodSummary, Quote, Report, SpeakerSummary
from quotes.registry import load_registry
from quotes.text import fold

STANCE_COLOURS = PALETTE  # one palette: terminal, HTML and charts
STANCE_GLYPHS = {"favor": "+", "against": "-", "none": "."}  # bars without colour
HTML_COLOURS = PALETTE
CSV_FIELDS = ["doc", "date", "start", "end", "kind", "speaker", "affiliation", "stance",
              "stance_confidence", "cue", "speaker_mention", "confidence", "quote", "sentence",
              "date_source", "outlet"]


# ---------------------------------------------------------------------------- filters


@dataclass
class Filters:
    """Repeated values of one option are OR, different options are AND."""

    speakers: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    stances: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    min_confidence: float | None = None  # stance confidence; calibrated, so 0.8 means "8 in 10 right"

    def __post_init__(self) -> None:
        registry = load_registry()
        self._speakers = [fold(registry.canonical(s)[0]) for s in self.speakers]
        self._raw_speakers = [fold(s) for s in self.speakers]
        self._affiliations = {fold(a) for a in self.affiliations}

    def speaker_ok(self, q: Quote) -> bool:
        if not q.speaker:
            return False
        name = fold(load_registry().canonical(q.speaker)[0])
        words = set(fold(q.speaker).split())
        return name in self._speakers or any(set(w.split()) <= words for w in self._raw_speakers)

    def who_ok(self, q: Quote) -> bool:
        """--speaker and --affiliation together widen: Netanjahu OR Hamas officials."""
        if not self.speakers and not self.affiliations:
            return True
        if self.speakers and self.speaker_ok(q):
            return True
        return bool(self.affiliations) and fold(q.affiliation or "") in self._affiliations

    def accepts(self, q: Quote) -> bool:
        if not self.who_ok(q):
            return False
        if self.stances and q.stance not in self.stances:
            return False
        if self.kinds and q.kind not in self.kinds:
            return False
        if self.min_confidence is not None and (q.stance_confidence or 0.0) < self.min_confidence:
            return False
        if self.since or self.until:
            if not q.date:
                return False
            if self.since and period_end(q.date) < self.since:
                return False
            if self.until and q.date[: len(self.until)] > self.until:
                return False
        return True

    def describe(self) -> dict:
        return {"speaker": self.speakers, "affiliation": self.affiliations,
                "stance": self.stances, "kind": self.kinds, "since": self.since,
                "until": self.until,
                "min_confidence": None if self.min_confidence is None else str(self.min_confidence)}


def period_end(date: str) -> str:
    return date + "-31" if len(date) == 7 else date


# ---------------------------------------------------------------------------- aggregation


class Aggregator:
    """Counts as documents stream by; keeps quotes (and texts for HTML) only when asked to."""

    def __init__(self, filters: Filters, keep_quotes: bool, by: str | None = None,
                 keep_texts: bool = False):
        self.filters = filters
        self.keep_quotes = keep_quotes
        self.keep_texts = keep_texts
        self.by = by
        self.documents = 0
        self.undated = 0
        self.skipped: list[str] = []
        self.quote_count = 0
        self.speakers: dict[tuple[str, str], dict[str, Counter]] = {}
        self.periods: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.quotes: list[Quote] = []
        self.texts: dict[str, str] = {}

    def add_document(self, name: str, quotes: list[Quote], text: str | None = None,
                     date: str | None = None) -> None:
        self.documents += 1
        self.undated += not (date or any(q.date for q in quotes))
        kept = [q for q in quotes if self.filters.accepts(q)]
        for q in kept:
            self.add_quote(q)
        if self.keep_texts and kept and text is not None:
            self.texts[name] = text

    def add_quote(self, q: Quote) -> None:
        self.quote_count += 1
        key = (q.speaker or "(unknown)", q.affiliation or "other")
        entry = self.speakers.setdefault(key, {"kinds": Counter(), "stances": Counter()})
        entry["kinds"][q.kind] += 1
        entry["stances"][q.stance or "none"] += 1
        if self.by:
            period = self.period(q.date)
            self.periods[(period, key[1], "")][q.stance or "none"] += 1
            if self.filters.speakers and self.filters.speaker_ok(q):
                self.periods[(period, key[1], key[0])][q.stance or "none"] += 1
        if self.keep_quotes:
            self.quotes.append(q)

    def period(self, date: str | None) -> str:
        """YYYY-MM, or ISO week YYYY-Www (a date known only to the month has no week)."""
        if not date:
            return "undated"
        if self.by == "week":
            return week_of(date) or "undated"
        return date[:7]

    def report(self) -> Report:
        speakers = [
            SpeakerSummary(speaker=s, affiliation=a, quotes=sum(v["kinds"].values()),
                           kinds={k: v["kinds"][k] for k in KINDS},
                           stances={k: v["stances"][k] for k in STANCES})
            for (s, a), v in self.speakers.items()
        ]
        speakers.sort(key=lambda s: (s.affiliation, -s.quotes, s.speaker))
        periods = [PeriodSummary(period=p, affiliation=a, speaker=s or None,
                                 stances={k: c[k] for k in STANCES})
                   for (p, a, s), c in sorted(self.periods.items())]
        return Report(documents=self.documents, undated=self.undated, skipped=self.skipped,
                      filters=self.filters.describe(), speakers=speakers, periods=periods,
                      quotes=self.quotes)


# ---------------------------------------------------------------------------- renderers


def bar(stances: dict[str, int], width: int = 12, colour: bool = True) -> str:
    """Coloured blocks in a terminal; +/-/. (favor/against/none) where there is no colour."""
    total = sum(stances.values()) or 1
    parts = []
    for label in STANCES:
        n = round(width * stances.get(label, 0) / total)
        if n and colour:
            parts.append(f"[{STANCE_COLOURS[label]}]{'█' * n}[/]")
        elif n:
            parts.append(STANCE_GLYPHS[label] * n)
    return "".join(parts)


def undated_note(report: Report) -> str:
    """Says how many documents had no date, and that a time filter left them out."""
    if not report.undated:
        return ""
    timed = report.filters.get("since") or report.filters.get("until")
    return (f"{report.undated} of {report.documents} documents had no date"
            + (" and were left out of the time filter" if timed else "")
            + " (give dates with a dateline, front matter, a date column or --dates)")


def render_table(report: Report, console, show_quotes: bool) -> None:
    from rich.panel import Panel
    from rich.table import Table

    colour = console.color_system is not None
    console.print(Panel.fit(
        f"[bold]{report.documents}[/] documents · [bold]{sum(s.quotes for s in report.speakers)}"
        f"[/] quotes · [bold]{len(report.speakers)}[/] speakers"
        + (f" · [yellow]{len(report.skipped)} skipped[/]" if report.skipped else "")
        + (f"\n[yellow]{undated_note(report)}[/]" if report.undated else ""),
        title="quotes report"))
    table = Table(title="Quotes per speaker", show_lines=False)
    for col, kw in [("affiliation", {}), ("speaker", {}), ("quotes", {"justify": "right"}),
                    ("direct", {"justify": "right"}), ("indirect", {"justify": "right"}),
                    ("mixed", {"justify": "right"}), ("favor", {"justify": "right"}),
                    ("against", {"justify": "right"}), ("none", {"justify": "right"}),
                    ("stance", {})]:
        table.add_column(col, **kw)
    last = None
    for s in report.speakers:
        table.add_row(s.affiliation if s.affiliation != last else "", plain(s.speaker), str(s.quotes),
                      *(str(s.kinds[k]) for k in KINDS), *(str(s.stances[k]) for k in STANCES),
                      bar(s.stances, colour=colour))
        last = s.affiliation
    console.print(table)
    if report.periods:
        pt = Table(title="Stance per affiliation over time")
        for col in ("period", "affiliation", "speaker", "favor", "against", "none", "stance"):
            pt.add_column(col)
        for p in report.periods:
            pt.add_row(p.period, p.affiliation, p.speaker or "", *(str(p.stances[k]) for k in STANCES),
                       bar(p.stances, colour=colour))
        console.print(pt)
    if show_quotes:
        console.print(quotes_table(report.quotes, title="Quotes", expand=console.is_terminal))


def quotes_table(quotes: list[Quote], title: str = "Quotes", expand: bool = True):
    """Expanded to the terminal; at natural width (no cell cut) for a pipe or a file."""
    from rich.table import Table

    t = Table(title=title, show_lines=True, expand=expand)
    t.add_column("speaker", ratio=2)
    t.add_column("quote", ratio=6)
    t.add_column("doc", ratio=2, overflow="fold")
    t.add_column("date", ratio=1)
    t.add_column("kind", ratio=1)
    t.add_column("stance", ratio=1)
    for q in quotes:
        stance = q.stance or "-"
        colour = STANCE_COLOURS.get(stance, "white")
        conf = f" {q.stance_confidence:.2f}" if q.stance_confidence is not None else ""
        who = f"{escape(terminal_safe(q.speaker or '?'))}\n[dim]{q.affiliation or ''}[/]"
        t.add_row(who, plain(q.quote), plain(q.doc), q.date or "", q.kind, f"[{colour}]{stance}{conf}[/]")
    return t


def render_markdown(report: Report, show_quotes: bool = True) -> str:
    lines = ["# quotes report", "",
             f"{report.documents} documents, {sum(s.quotes for s in report.speakers)} quotes, "
             f"{len(report.speakers)} speakers." + (f" {undated_note(report)}." if report.undated
                                                   else ""), "",
             "| affiliation | speaker | quotes | direct | indirect | mixed | favor | against | none |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for s in report.speakers:
        cells = [s.affiliation, md(s.speaker), str(s.quotes),
                 *(str(s.kinds[k]) for k in KINDS), *(str(s.stances[k]) for k in STANCES)]
        lines.append("| " + " | ".join(cells) + " |")
    if report.periods:
        lines += ["", "## Stance over time", "",
                  "| period | affiliation | speaker | favor | against | none |",
                  "| --- | --- | --- | ---: | ---: | ---: |"]
        lines += [f"| {p.period} | {p.affiliation} | {md(p.speaker or '')} | "
                  + " | ".join(str(p.stances[k]) for k in STANCES) + " |" for p in report.periods]
    if show_quotes and report.quotes:
        lines += ["", "## Quotes", ""]
        for q in report.quotes:
            conf = f" ({q.stance_confidence:.2f})" if q.stance_confidence is not None else ""
            lines.append(f"- **{md(q.speaker or '?')}** ({q.affiliation or '?'}, {q.kind}, "
                         f"{q.stance or '-'}{conf}, {md(q.doc)}, {q.date or 'undated'}): "
                         f"„{md(q.quote)}“")
    return "\n".join(lines) + "\n"


def md(text: str) -> str:
    """Text for a Markdown cell or line: HTML escaped (Markdown passes raw HTML through),
    table pipes and Markdown's own markup characters neutralised, one line."""
    text = html.escape(terminal_safe(text), quote=False)
    return MD_SPECIAL.sub(lambda m: "\\" + m.group(0), text).replace("\n", " ")


MD_SPECIAL = re.compile(r"[|`*_\[\]\\]")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def terminal_safe(text: str) -> str:
    """No control characters (ANSI escapes set window titles or clear the screen), no bidi
    overrides; newlines and tabs stay."""
    return CONTROL.sub("", text)


def plain(text: str):
    """Data for a rich table: never read as markup (`[/bold]` in a quote is text)."""
    from rich.text import Text

    return Text(terminal_safe(text))


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def csv_cell(value):
    """OWASP's advice against formula injection: a cell a spreadsheet would run gets a quote."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_safe_row(row: dict) -> dict:
    return {k: csv_cell(v) for k, v in row.items()}


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def csv_rows(quotes: list[Quote]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for q in quotes:
        writer.writerow(csv_safe_row(q.model_dump()))
    return buf.getvalue()


def render_html(report: Report, texts: dict[str, str], titles: dict[str, str] | None = None) -> str:
    """One self-contained file: trend charts as inline SVG, a sortable and filterable quote
    table, and each quote highlighted in its document. No network, no external assets."""
    from quotes.charts import series_of, to_svg, trend_chart, trend_rows

    esc = html.escape
    total = sum(s.quotes for s in report.speakers)
    rows = []
    for s in report.speakers:
        rows.append(f"<tr><td>{esc(s.affiliation)}</td><td>{esc(s.speaker)}</td>"
                    f"<td>{s.quotes}</td><td>{s.kinds['direct']}/{s.kinds['indirect']}/"
                    f"{s.kinds['mixed']}</td><td>{svg_bar(s.stances)}</td></tr>")
    trend = ""
    series = series_of(trend_rows(report)) if report.periods else []
    if series:
        trend = ("<h2>Stance over time</h2><p class='note'>Stacked favor / against / none per "
                 "period: counts (left) and shares (right); hover a bar for its numbers. The "
                 "same figures: <code>quotes report … --by month --format csv</code>.</p>"
                 f"<figure id='trend'>{to_svg(trend_chart(series), inline=True)}</figure>")
    docs = []
    by_doc: dict[str, list[Quote]] = defaultdict(list)
    for q in report.quotes:
        by_doc[q.doc].append(q)
    anchors = {name: f"doc{i}" for i, name in enumerate(by_doc)}
    for name, quotes in by_doc.items():
        text = texts.get(name)
        if text is None:
            continue
        title = (titles or {}).get(name)
        heading = esc(name) + (f" — {esc(title)}" if title else "")
        docs.append(f"<section class='doc' id='{anchors[name]}'><h3>{heading}</h3>"
                    f"<div class='text'>{highlight(text, quotes)}</div></section>")
    legend = "".join(f"<span class='q {k}'>{k}</span> " for k in STANCES)
    note = f"<p class='note'>{esc(undated_note(report))}.</p>" if report.undated else ""
    tints = " ".join(f".{k} {{ background: {TINTS[k]}; }}" for k in STANCES)
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>quotes report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; max-width: 80em; color: #222; }}
table {{ border-collapse: collapse; margin-bottom: 1.5em; }}
td, th {{ border-bottom: 1px solid #ddd; padding: .3em .6em; text-align: left; vertical-align: top; }}
.text {{ white-space: pre-wrap; line-height: 1.5; }}
mark.q, span.q {{ padding: 0 .15em; border-radius: 3px; color: #000; }}
{tints}
mark.q sup {{ font-size: .7em; color: #333; }}
.note {{ color: #555; font-size: .9em; }}
figure {{ margin: 0 0 1.5em 0; overflow-x: auto; }}
svg.trend {{ width: 100%; max-width: 60em; min-width: 36em; height: auto; }}
#quotes th {{ cursor: pointer; user-select: none; white-space: nowrap; }}
#quotes th[aria-sort=ascending]::after {{ content: " ▲"; }}
#quotes th[aria-sort=descending]::after {{ content: " ▼"; }}
#quotes td.quote {{ max-width: 40em; }}
#quotes td:first-child {{ white-space: nowrap; }}
#filters {{ margin: .5em 0; display: flex; gap: .8em; flex-wrap: wrap; align-items: end; }}
#filters label {{ font-size: .85em; color: #444; display: flex; flex-direction: column; }}
</style></head><body>
<h1>quotes report</h1>
<p>{report.documents} documents · {total} quotes · {len(report.speakers)} speakers.
Colours by stance: {legend}</p>
{note}
<h2>Quotes per speaker</h2>
<table><tr><th>affiliation</th><th>speaker</th><th>quotes</th><th>direct/indirect/mixed</th>
<th>favor / against / none</th></tr>{''.join(rows)}</table>
{trend}
{quote_table(report.quotes, anchors)}
<h2>Documents</h2>
{''.join(docs)}
<script>{TABLE_SCRIPT}</script>
</body></html>
"""


QUOTE_COLUMNS = ("date", "speaker", "affiliation", "stance", "kind", "quote", "doc", "outlet")
TABLE_SCRIPT = """
(function () {
  const table = document.getElementById('quotes');
  if (!table) return;
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const inputs = Array.from(document.querySelectorAll('#filters [data-col]'));
  function cell(row, col) { return row.cells[col].dataset.v || row.cells[col].textContent; }
  function apply() {
    let shown = 0;
    rows.forEach(function (row) {
      const ok = inputs.every(function (el) {
        const v = el.value.trim().toLowerCase();
        if (!v) return true;
        const c = cell(row, +el.dataset.col).toLowerCase();
        if (el.dataset.op === 'from') return c && c >= v;
        if (el.dataset.op === 'to') return c && c.slice(0, v.length) <= v;
        if (el.tagName === 'SELECT') return c === v;
        return c.indexOf(v) >= 0;
      });
      row.hidden = !ok;
      shown += ok;
    });
    document.getElementById('shown').textContent = shown;
  }
  const heads = Array.from(table.tHead.rows[0].cells);
  let sorted = '';
  function sort(col, asc) {
    heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
    heads[col].setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    rows.sort(function (a, b) {
      const x = cell(a, col), y = cell(b, col);
      return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    sorted = (asc ? '' : '-') + heads[col].textContent;
  }
  function remember() {  // the view is in the address: #stance=against&sort=-date
    const params = new URLSearchParams();
    inputs.forEach(function (el) { if (el.value) params.set(el.dataset.key, el.value); });
    if (sorted) params.set('sort', sorted);
    history.replaceState(null, '', '#' + params.toString());
  }
  inputs.forEach(function (el) {
    el.addEventListener('input', function () { apply(); remember(); });
  });
  heads.forEach(function (th, col) {
    th.addEventListener('click', function () {
      sort(col, th.getAttribute('aria-sort') !== 'ascending');
      remember();
    });
  });
  const wanted = new URLSearchParams(location.hash.slice(1));
  inputs.forEach(function (el) {
    if (wanted.has(el.dataset.key)) el.value = wanted.get(el.dataset.key);
  });
  const by = wanted.get('sort') || '';
  const col = heads.findIndex(function (h) { return h.textContent === by.replace(/^-/, ''); });
  if (col >= 0) sort(col, by[0] !== '-');
  apply();
})();
"""


def quote_table(quotes: list[Quote], anchors: dict[str, str]) -> str:
    """The quotes as an HTML table, sortable by any column and filterable by speaker, side,
    stance and date (the script above; no external assets)."""
    if not quotes:
        return ""
    esc = html.escape
    col = {name: i for i, name in enumerate(QUOTE_COLUMNS)}

    def options(values: set[str]) -> str:
        return "<option value=''>all</option>" + "".join(
            f"<option>{esc(v)}</option>" for v in sorted(values))

    filters = (
        f"<div id='filters'><label>speaker<input data-col='{col['speaker']}' data-key='speaker' "
        f"placeholder='name'></label>"
        f"<label>side<select data-col='{col['affiliation']}' data-key='side'>"
        f"{options({q.affiliation or '' for q in quotes} - {''})}</select></label>"
        f"<label>stance<select data-col='{col['stance']}' data-key='stance'>"
        f"{options({q.stance or 'none' for q in quotes})}</select></label>"
        f"<label>from<input data-col='{col['date']}' data-op='from' data-key='from' "
        f"placeholder='2024-01'></label><label>to<input data-col='{col['date']}' data-op='to' "
        f"data-key='to' placeholder='2024-06'>"
        f"</label><span class='note'><span id='shown'>{len(quotes)}</span> of {len(quotes)} "
        "quotes shown; click a column to sort; the address keeps the view "
        "(#stance=against&amp;sort=-date)</span></div>")
    head = "".join(f"<th>{c}</th>" for c in QUOTE_COLUMNS)
    body = []
    for q in quotes:
        stance = q.stance or "none"
        conf = f" {q.stance_confidence:.2f}" if q.stance_confidence is not None else ""
        link = f"<a href='#{anchors[q.doc]}'>{esc(q.doc)}</a>" if q.doc in anchors else esc(q.doc)
        body.append(
            f"<tr><td>{esc(q.date or '')}</td><td>{esc(q.speaker or '?')}</td>"
            f"<td>{esc(q.affiliation or '')}</td>"
            f"<td data-v='{stance}'><span class='q {stance}'>{stance}</span>{conf}</td>"
            f"<td>{q.kind}</td><td class='quote'>{esc(q.quote)}</td>"
            f"<td data-v='{esc(q.doc)}'>{link}</td><td>{esc(q.outlet or '')}</td></tr>")
    return (f"<h2>Quotes</h2>{filters}<table id='quotes'><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>")


def svg_bar(stances: dict[str, int], width: int = 180, height: int = 14) -> str:
    total = sum(stances.values()) or 1
    x, rects = 0.0, []
    for label in STANCES:
        w = width * stances.get(label, 0) / total
        if w:
            rects.append(f"<rect x='{x:.1f}' y='0' width='{w:.1f}' height='{height}' "
                         f"fill='{HTML_COLOURS[label]}'><title>{label}: {stances[label]}"
                         f"</title></rect>")
        x += w
    counts = " / ".join(str(stances.get(k, 0)) for k in STANCES)
    return (f"<svg width='{width}' height='{height}' role='img'>{''.join(rects)}</svg> "
            f"<small>{counts}</small>")


def highlight(text: str, quotes: list[Quote]) -> str:
    out, pos = [], 0
    for q in sorted(quotes, key=lambda q: q.start):
        if q.start < pos:
            continue
        out.append(html.escape(text[pos:q.start]))
        label = q.stance or "none"
        out.append(f"<mark class='q {label}' title='{html.escape(q.speaker or '?')} · {q.kind}"
                   f" · {label}'>{html.escape(text[q.start:q.end])}"
                   f"<sup>{html.escape(q.speaker or '?')}</sup></mark>")
        pos = q.end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def report_schemas() -> str:
    from quotes.models import Annotation

    return json.dumps({"Quote": Quote.model_json_schema(),
                       "Annotation": Annotation.model_json_schema(),
                       "Report": Report.model_json_schema()}, indent=2, ensure_ascii=False)
