"""Rename gold speakers to the registry's canonical names (GUIDELINES.md F3), in place.

The registry now names people by the common English transliteration of their full name and
organisations by their English name; older gold used German names ("Israelische Regierung",
"Joav Gallant"). This rewrites each `speaker` that is a registry name or alias to its canonical
name, and joint speakers ("A und B") part by part; German descriptions of unnamed speakers get
their English label ("US-Beamte" → "anonymous US officials"); a ministry or office the mention
names replaces the government the old gold gave (D12), also for the continuations after it.
Safe to run twice.

Usage: python scripts/canonical_speakers.py data/annotations/seeds.jsonl [more.jsonl ...]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from quotes.annotations import load_annotations
from quotes.labels import english_label
from quotes.registry import load_registry
from quotes.storage import write_atomic

JOINT = re.compile(r"\s+(?:und|and)\s+")


OFFICE_WORDS = ("büro", "büros", "amt", "amtes", "amts")


def canonical_speaker(name: str, affiliation: str | None = None) -> str:
    """The canonical form of one gold speaker string."""
    registry = load_registry()
    entry = registry.by_name(name)
    if entry:
        return entry.name
    parts = JOINT.split(name)
    if len(parts) > 1:
        return " and ".join(canonical_speaker(p) for p in parts)
    return english_label(name, None, affiliation) or name


def named_body(record: dict, speaker: str) -> str:
    """The old gold gave a ministry's or an office's words to the government; the guidelines
    (D12) give them to the body the mention names ("Netanjahus Büro" → the PM's office,
    "das katarische Außenministerium" → the Qatari foreign ministry)."""
    registry = load_registry()
    government = registry.by_name(speaker)
    mention = record.get("speaker_mention") or ""
    if government is None or government.kind != "organisation" or not mention:
        return speaker
    words = mention.split()
    while words and words[0].lower() in ("der", "die", "das", "des", "dem", "den"):
        words.pop(0)
    named = registry.by_name(registry.canonical(" ".join(words))[0])
    if named and named.kind == "organisation" and named.affiliation == government.affiliation:
        return named.name
    if any(w.lower().strip(".,") in OFFICE_WORDS for w in words):
        office = next((e.office for e in registry.entries
                       if e.office and e.affiliation == government.affiliation), None)
        if office and office != speaker:
            return office
    return speaker


def main(paths: list[str]) -> None:
    if not paths:
        sys.exit(__doc__)
    for path in map(Path, paths):
        _records, problems = load_annotations([path])  # refuse a broken file before touching it
        if problems:
            sys.exit("\n".join(map(str, problems)))
        changed, lines = 0, []
        upgraded: dict[tuple[str, str], str] = {}  # (doc, old speaker) → body named before
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else None
            if record and record.get("speaker"):
                new = canonical_speaker(record["speaker"], record.get("affiliation"))
                key = (record["doc"], new)
                if record.get("speaker_mention"):
                    upgraded[key] = named_body(record, new)
                new = upgraded.get(key, new)
                if new != record["speaker"]:
                    record["speaker"] = new
                    line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
                    changed += 1
            lines.append(line)
        write_atomic(path, "".join(f"{line}\n" for line in lines))
        print(f"{path}: {changed} of {len(lines)} speakers renamed")


if __name__ == "__main__":
    main(sys.argv[1:])
