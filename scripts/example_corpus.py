"""Build docs/example/articles.csv, a table of articles as media researchers keep them.

The rows are the team's synthetic development articles (data/articles/dev/, written for this
project): the `date YYYY-MM` header moves into a `date` column, the agency in the dateline
becomes the `outlet`. Used by the README's examples and its chart.

    python scripts/example_corpus.py [--out docs/example/articles.csv]
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+")
AGENCY = re.compile(r"\(([^)]+)\)\s+-")


def rows(folder: Path):
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = HEADER.match(text)
        date = m.group(1) if m else ""
        text = text[m.end():] if m else text
        agency = AGENCY.search(text[:200])
        yield {"id": path.stem, "date": date, "outlet": agency.group(1) if agency else "",
               "text": text.strip()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=Path, default=ROOT / "data" / "articles" / "dev")
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "example" / "articles.csv")
    args = ap.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["id", "date", "outlet", "text"])
        writer.writeheader()
        writer.writerows(rows(args.articles))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
