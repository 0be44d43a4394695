"""Rename gold speakers to the registry's canonical names (GUIDELINES.md F3), in place.

The registry now names people by the common English transliteration of their full name and
organisations by their English name; older gold used German names ("Israelische Regierung",
"Joav Gallant"). This rewrites each `speaker` that is a registry name or alias to its canonical
name, and joint speakers ("A und B") part by part. Descriptive labels are mapped by DESCRIPTORS.
Safe to run twice.

Usage: python scripts/canonical_speakers.py data/annotations/seeds.jsonl [more.jsonl ...]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from quotes.annotations import load_annotations, rewrite_annotations
from quotes.registry import load_registry
from quotes.resolve import english_label

JOINT = re.compile(r"\s+(?:und|and)\s+")


def canonical_speaker(name: str) -> str:
    """The canonical form of one gold speaker string."""
    registry = load_registry()
    entry = registry.by_name(name)
    if entry:
        return entry.name
    parts = JOINT.split(name)
    if len(parts) > 1:
        return " and ".join(canonical_speaker(p) for p in parts)
    return english_label(name) or name


def main(paths: list[str]) -> None:
    if not paths:
        sys.exit(__doc__)
    for path in map(Path, paths):
        records, problems = load_annotations([path])
        if problems:
            sys.exit("\n".join(map(str, problems)))
        changed = 0
        out = []
        for r in records:
            new = canonical_speaker(r.speaker) if r.speaker else r.speaker
            changed += new != r.speaker
            out.append(r.model_copy(update={"speaker": new}))
        rewrite_annotations(path, out)
        print(f"{path}: {changed} of {len(out)} speakers renamed")


if __name__ == "__main__":
    main(sys.argv[1:])
