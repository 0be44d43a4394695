"""How well the transliteration finds registry people under spellings the registry lacks.

For every alias of every registry person, the alias is left out of a registry built from all the
other names, and `Registry.by_spelling` is asked who it is (right / wrong / no one); a German-spelt
full-name alias is also turned into its English form and compared with the canonical name. The
people are split in two halves by a hash of the name: the rules were written from general
knowledge of German press spelling, and the second half is reported apart as a check that they
were not fitted to particular names.

    python scripts/transliteration_check.py [speakers.json] [-v]
"""

from __future__ import annotations

import hashlib
import json
import re
import sys

from quotes.lexicon import DATA_DIR
from quotes.registry import Registry, RegistryFile
from quotes.text import fold
from quotes.transliterate import english_form, is_transliterated, name_parts

GERMAN_SPELLING = re.compile(r"dsch|tsch|sch|ch|j", re.I)


def second_half(name: str) -> bool:
    return int(hashlib.md5(name.encode()).hexdigest(), 16) % 2 == 1


def check(entries, half: bool, verbose: bool) -> dict[str, int]:
    counts = {"english_right": 0, "english_pairs": 0, "lookup_right": 0, "lookup_wrong": 0,
              "lookups": 0}
    for e in entries:
        if e.kind != "person" or second_half(e.name) != half:
            continue
        for alias in e.aliases:
            if len(name_parts(alias)) == len(name_parts(e.name)) >= 2 and is_transliterated(alias) \
                    and GERMAN_SPELLING.search(alias) and fold(alias) != fold(e.name):
                counts["english_pairs"] += 1
                out = english_form(alias)
                counts["english_right"] += fold(out) == fold(e.name)
                if verbose and fold(out) != fold(e.name):
                    print(f"english form  {alias!r} -> {out!r}, canonical {e.name!r}")
            without = e.model_copy(update={"aliases": [a for a in e.aliases if a != alias]})
            registry = Registry([without if o is e else o for o in entries], [])
            if registry.by_name(alias) is not None:
                continue  # another alias differs only in case or accents
            counts["lookups"] += 1
            hit = registry.by_spelling(alias)
            if hit is not None and hit.name == e.name:
                counts["lookup_right"] += 1
            elif hit is not None:
                counts["lookup_wrong"] += 1
            if verbose and (hit is None or hit.name != e.name):
                print(f"lookup        {alias!r} -> {hit.name if hit else None!r}, canonical {e.name!r}")
    return counts


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("-")]
    path = args[0] if args else DATA_DIR / "speakers.json"
    entries = list(RegistryFile.model_validate(json.loads(open(path, encoding="utf-8").read())).speakers)
    for half, label in ((False, "first half"), (True, "second half")):
        c = check(entries, half, "-v" in argv)
        print(f"{label}: English form exact {c['english_right']}/{c['english_pairs']}; lookup with the "
              f"alias left out: right {c['lookup_right']}/{c['lookups']}, wrong {c['lookup_wrong']}")


if __name__ == "__main__":
    main(sys.argv[1:])
