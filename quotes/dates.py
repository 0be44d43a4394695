"""Finding a document's date: header lines, front matter and German datelines.

One function, `find_date`, looks where news articles put their date: a `date 2024-04` header,
YAML front matter, or the dateline at the top ("KAIRO, 12.03.2024 (dpa) -", "Berlin, Dienstag,
12. März 2024", "März 2024", "2024-03-12"). A few tested patterns serve better here than a
general date parser: they never mistake "12.000 Menschen" or a date far down the text (often an
event's, not the article's) for the publication date. HTML pages get their date from metadata
through trafilatura/htmldate instead (see `quotes.readers`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date

HEAD_CHARS = 400  # a dateline sits in the first lines; dates further down are events' dates
MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "febr": 2,
    "märz": 3, "maerz": 3, "mär": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6,
    "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12,
    # English month names: agency copy and metadata are often English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "oct": 10, "december": 12, "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\b", re.IGNORECASE | re.MULTILINE)
FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
FRONT_DATE = re.compile(r"^date:\s*['\"]?(\d{4}-\d{2}(?:-\d{2})?)", re.MULTILINE)
ISO = re.compile(r"(?<![\d.])(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d.])")
NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.])")
WORDED = re.compile(rf"(?<![\w.])(?:(\d{{1,2}})\.?\s*)?({_MONTH})\.?\s+(\d{{4}})(?!\d)",
                    re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    value: str  # YYYY-MM or YYYY-MM-DD
    source: str  # header, dateline, metadata, column, sidecar


def find_date(text: str) -> FoundDate | None:
    """The date of an article from its header, front matter or dateline; None if it has none."""
    front = FRONT_MATTER.match(text)
    if front and (m := FRONT_DATE.search(front.group(1))):
        return FoundDate(m.group(1), "header")
    head = text[:HEAD_CHARS]
    if m := HEADER.search(head):
        return FoundDate(m.group(1), "header")
    found = dateline_date(head)
    return FoundDate(found, "dateline") if found else None


def dateline_date(head: str) -> str | None:
    """The earliest valid date written in `head` (numeric, worded German or ISO)."""
    candidates: list[tuple[int, str]] = []
    for m in ISO.finditer(head):
        if value := checked(int(m.group(1)), int(m.group(2)), m.group(3) and int(m.group(3))):
            candidates.append((m.start(), value))
    for m in NUMERIC.finditer(head):
        year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
        if value := checked(year, int(m.group(2)), int(m.group(1))):
            candidates.append((m.start(), value))
    for m in WORDED.finditer(head):
        month = MONTHS[m.group(2).lower()]
        if value := checked(int(m.group(3)), month, m.group(1) and int(m.group(1))):
            candidates.append((m.start(), value))
    return min(candidates)[1] if candidates else None


def checked(year: int, month: int, day: int | None) -> str | None:
    """`YYYY-MM[-DD]` if this is a real calendar date of a plausible news year."""
    if not 1990 <= year <= 2100:
        return None
    try:
        Date(year, month, day or 1)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def normalise_date(value: object) -> str | None:
    """A table cell or metadata value as `YYYY-MM[-DD]`: ISO (with time), German or worded."""
    if value is None:
        return None
    if hasattr(value, "year") and hasattr(value, "month"):  # date, datetime, pandas Timestamp
        try:
            return checked(int(value.year), int(value.month), int(getattr(value, "day", 0)) or None)
        except (TypeError, ValueError):  # NaT
            return None
    text = str(value).strip()
    if not text or text.lower() in ("nan", "nat", "none", "null"):
        return None
    if m := ISO.match(text):
        return checked(int(m.group(1)), int(m.group(2)), m.group(3) and int(m.group(3)))
    return dateline_date(text)


def week_of(value: str) -> str | None:
    """ISO week `YYYY-Www` of a day; None for a date known only to the month."""
    if len(value) < 10:
        return None
    year, week, _ = Date.fromisoformat(value[:10]).isocalendar()
    return f"{year}-W{week:02d}"
