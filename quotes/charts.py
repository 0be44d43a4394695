"""Stance over time: the tidy table, and a stacked-bar chart drawn as SVG (and PNG) by us.

One layout, two renderers: `trend_chart` lays out rectangles, lines and labels once; `to_svg`
writes them as inline SVG (the HTML report, `quotes plot -o x.svg`) and `to_png` paints the same
shapes with Pillow (`quotes plot -o x.png`, `pip install 'quotes[png]'`). Nothing is fetched:
no CDN, no fonts from the network. Every bar carries its numbers (`data-count`, `data-share`),
which are those of `quotes report --by month --format csv`.

One palette everywhere: favor green, against red, none grey.
"""

from __future__ import annotations

import html
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta

from quotes.models import STANCES, Report

PALETTE = {"favor": "#2e7d32", "against": "#c62828", "none": "#9e9e9e"}
TINTS = {"favor": "#a5d6a7", "against": "#ef9a9a", "none": "#e0e0e0"}  # text highlights
TREND_FIELDS = ["period", "affiliation", "speaker", "stance", "count", "share", "total"]
FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"


# ---------------------------------------------------------------------------- the tidy table


def all_periods(periods: list[str]) -> list[str]:
    """Every month (YYYY-MM) or ISO week (YYYY-Www) from the first to the last, gaps as zero."""
    dated = sorted(p for p in periods if p != "undated")
    if not dated:
        return []
    first, last = dated[0], dated[-1]
    out = []
    if "-W" in first:
        day = Date.fromisocalendar(int(first[:4]), int(first[6:]), 1)
        end = Date.fromisocalendar(int(last[:4]), int(last[6:]), 1)
        while day <= end:
            year, week, _ = day.isocalendar()
            out.append(f"{year}-W{week:02d}")
            day += timedelta(days=7)
        return out
    year, month = int(first[:4]), int(first[5:7])
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def trend_rows(report: Report) -> list[dict]:
    """One row per period × group × stance with count and share (of that period's group total).

    Groups are the sides (speaker empty) and each selected speaker; undated quotes are left out
    (the report says how many documents had no date)."""
    counts: dict[tuple[str, str], dict[str, dict[str, int]]] = defaultdict(dict)
    for p in report.periods:
        if p.period != "undated":
            counts[(p.affiliation, p.speaker or "")][p.period] = p.stances
    periods = all_periods([p.period for p in report.periods])
    rows = []
    for (affiliation, speaker) in sorted(counts, key=lambda k: (k[1] != "", k)):
        for period in periods:
            stances = counts[(affiliation, speaker)].get(period, {})
            total = sum(stances.values())
            for stance in STANCES:
                n = stances.get(stance, 0)
                rows.append({"period": period, "affiliation": affiliation, "speaker": speaker,
                             "stance": stance, "count": n,
                             "share": round(n / total, 4) if total else 0.0, "total": total})
    return rows


@dataclass
class Series:
    """One chart panel: a side or a speaker, with stance counts per period."""

    label: str
    affiliation: str
    speaker: str
    periods: list[str] = field(default_factory=list)
    counts: list[dict[str, int]] = field(default_factory=list)


def series_of(rows: list[dict]) -> list[Series]:
    out: dict[tuple[str, str], Series] = {}
    for r in rows:
        key = (r["affiliation"], r["speaker"])
        s = out.get(key)
        if s is None:
            label = f"{r['speaker']} ({r['affiliation']})" if r["speaker"] else r["affiliation"]
            s = out[key] = Series(label, r["affiliation"], r["speaker"])
        if not s.periods or s.periods[-1] != r["period"]:
            s.periods.append(r["period"])
            s.counts.append({})
        s.counts[-1][r["stance"]] = int(r["count"])
    return list(out.values())


# ---------------------------------------------------------------------------- layout


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    title: str = ""
    data: dict[str, str] = field(default_factory=dict)


@dataclass
class Text:
    x: float
    y: float
    text: str
    size: float = 11
    anchor: str = "start"  # start, middle, end
    fill: str = "#222"
    bold: bool = False
    rotate: bool = False  # 45° up to the right (long period labels)


@dataclass
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str = "#bbb"


@dataclass
class Canvas:
    width: float
    height: float
    shapes: list[Rect | Text | Line] = field(default_factory=list)


PLOT_H = 150
BAR_SLOT = 34
LEFT = 44
GAP = 56
TOP = 40
BOTTOM = 52
LEGEND_H = 34


def nice_scale(value: int) -> tuple[int, int]:
    """Axis top and tick step: whole numbers, at most five steps."""
    step = 1
    while True:
        for k in (1, 2, 5):
            if -(-value // (step * k)) <= 5:
                return step * k * max(1, -(-value // (step * k))), step * k
        step *= 10


def trend_chart(series: list[Series], title: str = "Stance over time") -> Canvas:
    """Per side/speaker: stacked favor/against/none counts, and the same as shares of 100 %."""
    periods = series[0].periods if series else []
    plot_w = max(220, BAR_SLOT * len(periods))
    width = LEFT + plot_w + GAP + LEFT + plot_w + 24
    panel_h = TOP + PLOT_H + BOTTOM
    canvas = Canvas(width, LEGEND_H + panel_h * len(series) + 8)
    canvas.shapes.append(Text(8, 18, title, 14, bold=True))
    legend_x = width - 8
    for stance in reversed(STANCES):
        legend_x -= 70
        canvas.shapes.append(Rect(legend_x, 8, 12, 12, PALETTE[stance]))
        canvas.shapes.append(Text(legend_x + 16, 18, stance, 11))
    for i, s in enumerate(series):
        top = LEGEND_H + i * panel_h
        canvas.shapes.append(Text(8, top + 16, s.label, 13, bold=True))
        peak, step = nice_scale(max((sum(c.values()) for c in s.counts), default=0) or 1)
        draw_bars(canvas, s, LEFT, top + TOP, plot_w, peak, "count", step)
        draw_bars(canvas, s, LEFT + plot_w + GAP + LEFT, top + TOP, plot_w, 1, "share", 0.5)
    return canvas


def draw_bars(canvas: Canvas, s: Series, x0: float, y0: float, plot_w: float, peak: float,
              measure: str, step: float) -> None:
    """Axes, gridlines and one stacked bar per period, favor at the bottom."""
    shapes = canvas.shapes
    base = y0 + PLOT_H
    ticks = [step * k for k in range(round(peak / step) + 1)]
    for t in ticks:
        y = base - PLOT_H * t / peak
        shapes.append(Line(x0, y, x0 + plot_w, y, "#e4e4e4" if t else "#888"))
        label = f"{t * 100:.0f} %" if measure == "share" else f"{t:g}"
        shapes.append(Text(x0 - 5, y + 4, label, 9, "end", "#555"))
    shapes.append(Text(x0 - 5, y0 - 12, "quotes" if measure == "count" else "share of quotes",
                       10, "start", "#555"))
    slot = plot_w / max(1, len(s.periods))
    every = max(1, round(len(s.periods) / 12))
    for j, (period, counts) in enumerate(zip(s.periods, s.counts, strict=True)):
        total = sum(counts.values())
        x = x0 + j * slot + slot * 0.15
        y = base
        for stance in STANCES:
            n = counts.get(stance, 0)
            value = (n / total if total else 0) if measure == "share" else n
            h = PLOT_H * value / peak
            if n:
                share = n / total
                shapes.append(Rect(
                    x, y - h, slot * 0.7, h, PALETTE[stance],
                    title=f"{s.label} · {period} · {stance}: {n} of {total} ({share:.0%})",
                    data={"group": s.label, "affiliation": s.affiliation, "speaker": s.speaker,
                          "period": period, "stance": stance, "count": str(n),
                          "share": f"{round(share, 4):g}", "measure": measure}))
            y -= h
        if measure == "share":  # how many quotes a share is of
            shapes.append(Text(x + slot * 0.35, y0 - 2, f"n={total}", 8, "middle", "#777"))
        if j % every == 0:
            shapes.append(Text(x + slot * 0.35, base + 12, period, 9, "end", "#333",
                               rotate=True))


# ---------------------------------------------------------------------------- SVG


def to_svg(canvas: Canvas, inline: bool = False) -> str:
    """A standalone SVG file, or (inline) an <svg> element for an HTML page."""
    esc = html.escape
    xmlns = "" if inline else ' xmlns="http://www.w3.org/2000/svg"'
    parts = [f'<svg{xmlns} class="trend" width="{canvas.width:.0f}" '
             f'height="{canvas.height:.0f}" viewBox="0 0 {canvas.width:.0f} {canvas.height:.0f}" '
             f'font-family="{FONT}" role="img"><rect width="100%" height="100%" fill="#fff"/>']
    for s in canvas.shapes:
        if isinstance(s, Rect):
            data = "".join(f' data-{k}="{esc(v)}"' for k, v in s.data.items())
            title = f"<title>{esc(s.title)}</title>" if s.title else ""
            parts.append(f'<rect x="{s.x:.1f}" y="{s.y:.1f}" width="{s.w:.1f}" '
                         f'height="{s.h:.1f}" fill="{s.fill}"{data}>{title}</rect>')
        elif isinstance(s, Line):
            parts.append(f'<line x1="{s.x1:.1f}" y1="{s.y1:.1f}" x2="{s.x2:.1f}" '
                         f'y2="{s.y2:.1f}" stroke="{s.stroke}"/>')
        else:
            rotate = f' transform="rotate(-45 {s.x:.1f} {s.y:.1f})"' if s.rotate else ""
            weight = ' font-weight="bold"' if s.bold else ""
            parts.append(f'<text x="{s.x:.1f}" y="{s.y:.1f}" font-size="{s.size:g}" '
                         f'text-anchor="{s.anchor}" fill="{s.fill}"{weight}{rotate}>'
                         f'{esc(s.text)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------------------- PNG


def to_png(canvas: Canvas, scale: float = 2.0) -> bytes:
    """The same shapes painted with Pillow (its bundled font: no system fonts needed)."""
    import io

    try:
        from PIL import Image, ImageDraw, ImageFont
    except ImportError:
        raise RuntimeError("PNG charts need `pip install 'quotes[png]'` (Pillow); SVG needs "
                           "nothing") from None
    image = Image.new("RGB", (round(canvas.width * scale), round(canvas.height * scale)), "white")
    draw = ImageDraw.Draw(image)
    fonts: dict[float, object] = {}

    def font(size: float):
        if size not in fonts:
            fonts[size] = ImageFont.load_default(size=size * scale)
        return fonts[size]

    for s in canvas.shapes:
        if isinstance(s, Rect):
            draw.rectangle([s.x * scale, s.y * scale, (s.x + s.w) * scale - 1,
                            (s.y + s.h) * scale - 1], fill=s.fill)
        elif isinstance(s, Line):
            draw.line([s.x1 * scale, s.y1 * scale, s.x2 * scale, s.y2 * scale], fill=s.stroke,
                      width=max(1, round(scale)))
    for s in canvas.shapes:  # text over the bars
        if isinstance(s, Text):
            paint_text(image, draw, s, font(s.size), scale)
    buf = io.BytesIO()
    image.save(buf, "PNG", optimize=True)
    return buf.getvalue()


def paint_text(image, draw, s: Text, font, scale: float) -> None:
    from PIL import Image, ImageDraw

    anchor = {"start": "ls", "middle": "ms", "end": "rs"}[s.anchor]
    if not s.rotate:
        draw.text((s.x * scale, s.y * scale), s.text, fill=s.fill, font=font, anchor=anchor,
                  stroke_width=1 if s.bold else 0, stroke_fill=s.fill)
        return
    left, top, right, bottom = draw.textbbox((0, 0), s.text, font=font, anchor="lt")
    label = Image.new("RGBA", (right + 4, bottom + 4), (255, 255, 255, 0))
    ImageDraw.Draw(label).text((2, 2), s.text, fill=s.fill, font=font, anchor="lt")
    turned = label.rotate(45, expand=True, resample=Image.BICUBIC)
    # the text's end sits at the anchor point, the text runs down to the left
    x = round(s.x * scale - turned.width)
    y = round(s.y * scale - 4 * scale)
    image.paste(turned, (x, y), turned)
