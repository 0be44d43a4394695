"""Fill `start`/`end` of annotation records from their `quote` text (run after editing gold).

Usage: python scripts/locate_spans.py data/annotations/seeds.jsonl seeds/
"""

from __future__ import annotations

import sys
from pathlib import Path

from quotes.annotations import load_annotations, locate, rewrite_annotations


def main() -> None:
    ann, docs = Path(sys.argv[1]), Path(sys.argv[2])
    records, problems = load_annotations([ann])
    if problems:
        sys.exit("\n".join(map(str, problems)))
    texts = {p.name: p.read_text(encoding="utf-8") for p in docs.glob("*.txt")}
    located = []
    for r in records:
        if r.doc not in texts:
            sys.exit(f"{ann}: document {r.doc} not in {docs}")
        located.append(locate(r, texts[r.doc]))
    rewrite_annotations(ann, located)
    print(f"{ann}: {len(located)} spans located")


if __name__ == "__main__":
    main()
