"""Per-speaker reports: filtering, aggregation and the renderers (rich, Markdown, JSON, CSV, HTML)."""

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from quotes.models import KINDS, STANCES, PeriodSummary, Quote, Report, SpeakerSummary
from quotes.registry import load_registry
from quotes.text import fold

STANCE_COLOURS = {"favor": "green", "against": "red", "none": "grey50"}
HTML_COLOURS = {"favor": "#2e7d32", "against": "#c62828", "none": "#757575"}
CSV_FIELDS = ["doc", "date", "start", "end", "kind", "speaker", "affiliation", "stance",
              "stance_confidence", "cue", "speaker_mention", "confidence", "quote", "sentence"]


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
                "until": self.until}


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
        self.skipped: list[str] = []
        self.quote_count = 0
        self.speakers: dict[tuple[str, str], dict[str, Counter]] = {}
        self.periods: dict[tuple[str, str], Counter] = defaultdict(Counter)
        self.quotes: list[Quote] = []
        self.texts: dict[str, str] = {}

    def add_document(self, name: str, quotes: list[Quote], text: str | None = None) -> None:
        self.documents += 1
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
        if self.by == "month":
            self.periods[(q.date[:7] if q.date else "undated", key[1])][q.stance or "none"] += 1
        if self.keep_quotes:
            self.quotes.append(q)

    def report(self) -> Report:
        speakers = [
            SpeakerSummary(speaker=s, affiliation=a, quotes=sum(v["kinds"].values()),
                           kinds={k: v["kinds"][k] for k in KINDS},
                           stances={k: v["stances"][k] for k in STANCES})
            for (s, a), v in self.speakers.items()
        ]
        speakers.sort(key=lambda s: (s.affiliation, -s.quotes, s.speaker))
        periods = [PeriodSummary(period=p, affiliation=a, stances={k: c[k] for k in STANCES})
                   for (p, a), c in sorted(self.periods.items())]
        return Report(documents=self.documents, skipped=self.skipped,
                      filters=self.filters.describe(), speakers=speakers, periods=periods,
                      quotes=self.quotes)


# ---------------------------------------------------------------------------- renderers


def bar(stances: dict[str, int], width: int = 12) -> str:
    total = sum(stances.values()) or 1
    parts = []
    for label in STANCES:
        n = round(width * stances.get(label, 0) / total)
        if n:
            parts.append(f"[{STANCE_COLOURS[label]}]{'█' * n}[/]")
    return "".join(parts)


def render_table(report: Report, console, show_quotes: bool) -> None:
    from rich.panel import Panel
    from rich.table import Table

    console.print(Panel.fit(
        f"[bold]{report.documents}[/] documents · [bold]{sum(s.quotes for s in report.speakers)}"
        f"[/] quotes · [bold]{len(report.speakers)}[/] speakers"
        + (f" · [yellow]{len(report.skipped)} skipped[/]" if report.skipped else ""),
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
        table.add_row(s.affiliation if s.affiliation != last else "", s.speaker, str(s.quotes),
                      *(str(s.kinds[k]) for k in KINDS), *(str(s.stances[k]) for k in STANCES),
                      bar(s.stances))
        last = s.affiliation
    console.print(table)
    if report.periods:
        pt = Table(title="Stance per affiliation over time")
        for col in ("period", "affiliation", "favor", "against", "none", "stance"):
            pt.add_column(col)
        for p in report.periods:
            pt.add_row(p.period, p.affiliation, *(str(p.stances[k]) for k in STANCES),
                       bar(p.stances))
        console.print(pt)
    if show_quotes:
        console.print(quotes_table(report.quotes, title="Quotes"))


def quotes_table(quotes: list[Quote], title: str = "Quotes"):
    from rich.table import Table

    t = Table(title=title, show_lines=True, expand=True)
    t.add_column("speaker", ratio=2)
    t.add_column("quote", ratio=6)
    t.add_column("doc", ratio=2, overflow="fold")
    t.add_column("kind", ratio=1)
    t.add_column("stance", ratio=1)
    for q in quotes:
        stance = q.stance or "-"
        colour = STANCE_COLOURS.get(stance, "white")
        conf = f" {q.stance_confidence:.2f}" if q.stance_confidence is not None else ""
        who = f"{q.speaker or '?'}\n[dim]{q.affiliation or ''}[/]"
        t.add_row(who, q.quote, q.doc, q.kind, f"[{colour}]{stance}{conf}[/]")
    return t


def render_markdown(report: Report, show_quotes: bool = True) -> str:
    lines = ["# quotes report", "",
             f"{report.documents} documents, {sum(s.quotes for s in report.speakers)} quotes, "
             f"{len(report.speakers)} speakers.", "",
             "| affiliation | speaker | quotes | direct | indirect | mixed | favor | against | none |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for s in report.speakers:
        cells = [s.affiliation, md(s.speaker), str(s.quotes),
                 *(str(s.kinds[k]) for k in KINDS), *(str(s.stances[k]) for k in STANCES)]
        lines.append("| " + " | ".join(cells) + " |")
    if report.periods:
        lines += ["", "## Stance over time", "", "| period | affiliation | favor | against | none |",
                  "| --- | --- | ---: | ---: | ---: |"]
        lines += [f"| {p.period} | {p.affiliation} | "
                  + " | ".join(str(p.stances[k]) for k in STANCES) + " |" for p in report.periods]
    if show_quotes and report.quotes:
        lines += ["", "## Quotes", ""]
        for q in report.quotes:
            conf = f" ({q.stance_confidence:.2f})" if q.stance_confidence is not None else ""
            lines.append(f"- **{md(q.speaker or '?')}** ({q.affiliation or '?'}, {q.kind}, "
                         f"{q.stance or '-'}{conf}, `{q.doc}`): „{md(q.quote)}“")
    return "\n".join(lines) + "\n"


def md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


def csv_rows(quotes: list[Quote]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for q in quotes:
        writer.writerow(q.model_dump())
    return buf.getvalue()


def render_html(report: Report, texts: dict[str, str]) -> str:
    """One self-contained file: charts as inline SVG, each quote highlighted in its document."""
    esc = html.escape
    total = sum(s.quotes for s in report.speakers)
    rows = []
    for s in report.speakers:
        rows.append(f"<tr><td>{esc(s.affiliation)}</td><td>{esc(s.speaker)}</td>"
                    f"<td>{s.quotes}</td><td>{s.kinds['direct']}/{s.kinds['indirect']}/"
                    f"{s.kinds['mixed']}</td><td>{svg_bar(s.stances)}</td></tr>")
    periods = ""
    if report.periods:
        prow = "".join(f"<tr><td>{esc(p.period)}</td><td>{esc(p.affiliation)}</td>"
                       f"<td>{svg_bar(p.stances)}</td></tr>" for p in report.periods)
        periods = (f"<h2>Stance per affiliation over time</h2><table><tr><th>period</th>"
                   f"<th>affiliation</th><th>favor / against / none</th></tr>{prow}</table>")
    docs = []
    by_doc: dict[str, list[Quote]] = defaultdict(list)
    for q in report.quotes:
        by_doc[q.doc].append(q)
    for name, quotes in by_doc.items():
        text = texts.get(name)
        if text is None:
            continue
        docs.append(f"<section class='doc'><h3>{esc(name)}</h3>"
                    f"<div class='text'>{highlight(text, quotes)}</div></section>")
    legend = "".join(f"<span class='q {k}'>{k}</span> " for k in STANCES)
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>quotes report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; max-width: 70em; color: #222; }}
table {{ border-collapse: collapse; margin-bottom: 1.5em; }}
td, th {{ border-bottom: 1px solid #ddd; padding: .3em .6em; text-align: left; }}
.text {{ white-space: pre-wrap; line-height: 1.5; }}
mark.q, span.q {{ padding: 0 .15em; border-radius: 3px; color: #000; }}
.favor {{ background: #a5d6a7; }} .against {{ background: #ef9a9a; }}
.none {{ background: #ffe082; }}
mark.q sup {{ font-size: .7em; color: #333; }}
</style></head><body>
<h1>quotes report</h1>
<p>{report.documents} documents · {total} quotes · {len(report.speakers)} speakers.
Highlight colours by stance: {legend}</p>
<h2>Quotes per speaker</h2>
<table><tr><th>affiliation</th><th>speaker</th><th>quotes</th><th>direct/indirect/mixed</th>
<th>favor / against / none</th></tr>{''.join(rows)}</table>
{periods}
<h2>Documents</h2>
{''.join(docs)}
</body></html>
"""


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
