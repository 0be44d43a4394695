"""Names as the German press spells them, in the English form the guidelines want (GUIDELINES.md F3).

German newspapers transliterate Arabic, Hebrew and Persian names by German spelling rules
("Chalil al-Hajja", "Madschid al-Ansari", "Jitzchak"); the canonical speaker is the common
English transliteration ("Khalil al-Hayya", "Majid al-Ansari", "Yitzhak"). Two tools:

- `english_form`: the English spelling of a name the registry does not list (given names from a
  table, the other parts by letter rules: dsch→j, tsch→ch, sch→sh, ch→kh, j→y), applied only to
  names that a given name, a particle ("al-", "Abu", "bin") or a "dsch" marks as such;
- `spelling_keys`: a key that German and English spellings of one name share (consonant skeleton
  in sound classes, article particles and vowels left out), so a registry person is found under
  a spelling the registry lacks ("Mohammed Schtajeh" = "Mohammad Shtayyeh").

The letter tables are data in `quotes/data/transliteration.json`, validated on load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from quotes.lexicon import DATA_DIR
from quotes.text import fold

VOWELS = frozenset("aeiou")
PIECE = re.compile(r"[^\s-]+|[\s-]+")
APOSTROPHES = str.maketrans("", "", "'’`ʻʼ.")
# Letter groups in a German reading and in an English reading, each to one sound class.
SHARED_GROUPS = {"kh": "X", "th": "T", "dh": "D", "gh": "G", "ph": "F", "dj": "J"}
GERMAN_GROUPS = {**SHARED_GROUPS, "dsch": "J", "tsch": "C", "sch": "$", "ch": "X", "j": "Y"}
ENGLISH_GROUPS = {**SHARED_GROUPS, "sh": "$", "ch": "C", "zh": "J", "j": "J"}
CLASSES = {"q": "K", "k": "K", "c": "K", "g": "G", "z": "S", "s": "S", "v": "W", "w": "W",
           "x": "KS", "b": "B", "d": "D", "f": "F", "h": "H", "l": "L", "m": "M", "n": "N",
           "p": "P", "r": "R", "t": "T"}
MIN_KEY = 4  # shorter skeletons ("HMD") are shared by too many names to identify anyone


class TransliterationFile(BaseModel):
    """Schema of transliteration.json."""

    model_config = ConfigDict(extra="forbid")

    comment: str = ""
    given_names: dict[str, str]
    particles: list[str]
    article_particles: list[str]
    rules: list[tuple[str, str]]


@dataclass(frozen=True)
class Transliteration:
    given_names: dict[str, str]
    particles: frozenset[str]
    article_particles: frozenset[str]
    rules: dict[str, str]
    pattern: re.Pattern[str]


@lru_cache(maxsize=2)
def load_transliteration(path: Path = DATA_DIR / "transliteration.json") -> Transliteration:
    """The tables, validated (a typo names the file and the key)."""
    from quotes.registry import load_validated  # the registry imports this module

    data = load_validated(Path(path), TransliterationFile)
    assert isinstance(data, TransliterationFile)
    rules = {fold(a): b for a, b in data.rules}
    pattern = re.compile("|".join(map(re.escape, sorted(rules, key=len, reverse=True))))
    given = {fold(v): v for v in data.given_names.values()}  # English forms stay as they are
    given.update({fold(k): v for k, v in data.given_names.items()})
    return Transliteration(given,
                           frozenset(map(fold, data.particles)),
                           frozenset(map(fold, data.article_particles)), rules, pattern)


def name_parts(name: str) -> list[str]:
    """"Chalil al-Hajja" → ["Chalil", "al", "Hajja"]: the parts, without spaces and hyphens."""
    return [p for p in re.split(r"[\s-]+", name.strip()) if p]


def name_part_set(name: str) -> frozenset[str]:
    """The parts of a name without articles, to compare a short form with a full one
    ("al-Schabani" is part of "Jussef al-Schabani")."""
    articles = load_transliteration().article_particles
    return frozenset(p for p in name_parts(name) if fold(p) not in articles)


def is_transliterated(name: str, table: Transliteration | None = None) -> bool:
    """Whether a name shows the marks of a German transliteration from Arabic, Hebrew or
    Persian: a listed given name, a particle, or "dsch" (German names have none of these)."""
    table = table or load_transliteration()
    parts = [fold(p) for p in name_parts(name)]
    if len(parts) < 2 and "dsch" not in fold(name):
        return False
    return any(p in table.given_names or p in table.particles for p in parts) or "dsch" in fold(name)


ENGLISH_MARKS = re.compile(r"sh|kh|y|ou|q|dh|zz")
GERMAN_MARKS = re.compile(r"sch|(?<![kst])ch")


def english_form(name: str) -> str:
    """The common English transliteration of a German-spelt name ("Chalil al-Hajja" → "Khalil
    al-Hayya"); names without the marks of a transliteration ("Lea Brenner") and names already
    in English spelling ("Majed al-Ansari", "Hussein al-Sheikh") come back unchanged."""
    table = load_transliteration()
    if not is_transliterated(name, table):
        return name
    low = fold(name)
    if ENGLISH_MARKS.search(low) and not GERMAN_MARKS.search(low):
        return name
    out = []
    for piece in PIECE.findall(name.strip()):
        out.append(piece if not piece.strip("- ") else english_part(piece, table))
    return "".join(out)


def english_part(part: str, table: Transliteration) -> str:
    """One name part: a listed given name, a particle as written, else the letter rules."""
    low = fold(part)
    if low in table.given_names:
        return table.given_names[low]
    if low in table.particles:
        return "ash" if low == "asch" else part
    converted = table.pattern.sub(lambda m: table.rules[m.group(0)], part.lower())
    return converted[:1].upper() + converted[1:] if part[:1].isupper() else converted


@lru_cache(maxsize=65536)  # every registry name, once per registry built
def spelling_keys(name: str) -> frozenset[str]:
    """Keys shared by the German and the English spelling of a name: the name read as German
    and read as English, each as a consonant skeleton in sound classes. Empty for a skeleton
    too short to identify anyone."""
    table = load_transliteration()
    parts = [fold(p).translate(APOSTROPHES) for p in name_parts(name)]
    parts = [p for p in parts if p and p not in table.article_particles]
    keys = set()
    for groups in (GERMAN_GROUPS, ENGLISH_GROUPS):
        key = "".join(skeleton(p, groups, n == 0) for n, p in enumerate(parts))
        if len(key) >= MIN_KEY:
            keys.add(key)
    return frozenset(keys)


def surname_keys(name: str) -> frozenset[str]:
    """The keys of a name's last part ("Nasrallah" of "Hassan Nasrallah"), for a surname alone."""
    parts = [p for p in name_parts(name) if fold(p) not in load_transliteration().article_particles]
    return spelling_keys(parts[-1]) if len(parts) >= 2 else frozenset()


def short_name_keys(name: str) -> frozenset[str]:
    """The keys of a long name's first and last parts ("Tedros Ghebreyesus" of "Tedros Adhanom
    Ghebreyesus"), for a mention that leaves the middle out."""
    parts = [p for p in name_parts(name) if fold(p) not in load_transliteration().article_particles]
    return spelling_keys(f"{parts[0]} {parts[-1]}") if len(parts) > 2 else frozenset()


def skeleton(part: str, groups: dict[str, str], first: bool = True) -> str:
    """"schtajjeh" → "$TY": letter groups to classes, the leading vowel of a name as "A", other
    vowels dropped, "y" a consonant only before a vowel and not after "i" ("Riyad" = "Riad"),
    a final "h" after a vowel silent."""
    part = re.sub(r"(.)\1+", r"\1", part)
    if len(part) > 2 and part.endswith("h") and part[-2] in VOWELS:
        part = part[:-1]
    pattern = "|".join(sorted(groups, key=len, reverse=True))
    out: list[str] = []
    i = 0
    while i < len(part):
        m = re.match(pattern, part[i:])
        ch = part[i]
        nxt = part[i + 1] if i + 1 < len(part) else ""
        prev = part[i - 1] if i else ""
        if m and groups[m.group(0)] == "Y":
            ch = "y"
        elif m:
            out.append(groups[m.group(0)])
            i += len(m.group(0))
            continue
        if ch in VOWELS:
            if i == 0 and first:
                out.append("A")
        elif ch == "y":
            if nxt in VOWELS and prev != "i":
                out.append("Y")
            elif i == 0 and first:
                out.append("A")
        else:
            out.append(CLASSES.get(ch, ch.upper()))
        i += 1
    return re.sub(r"(.)\1+", r"\1", "".join(out))


def sound_forms(part: str) -> frozenset[str]:
    """A short name part with its vowels, read as German and as English, letter groups in
    sound classes, doubled letters and a final "h" after a vowel dropped ("Hanija" →
    "haniya", "Haniyeh" → "haniye"): short names compare by these, as their consonant
    skeleton alone ("HNY") is shared by too many."""
    word = fold(part).translate(APOSTROPHES).replace("-", "")
    forms = set()
    for groups in (GERMAN_GROUPS, ENGLISH_GROUPS):
        pattern = "|".join(sorted(groups, key=len, reverse=True))
        out = re.sub(pattern, lambda m, g=groups: g[m.group(0)] if g[m.group(0)] != "Y" else "y", word)
        out = "".join(CLASSES.get(c, c) if c.islower() and c not in VOWELS and c != "y" else c
                      for c in out).lower()
        out = re.sub(r"(.)\1+", r"\1", out)
        if len(out) > 2 and out.endswith("h") and out[-2] in VOWELS:
            out = out[:-1]
        forms.add(out)
    return frozenset(forms)


def one_edit_apart(a: str, b: str) -> bool:
    """The same consonants in the same order, and at most one letter inserted, left out,
    changed or two neighbours swapped ("haniya" and "haniye", "dief" and "deif"; not "hier"
    and "hiper")."""
    if a == b:
        return True
    if [c for c in a if c not in VOWELS] != [c for c in b if c not in VOWELS]:
        return False
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 \
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
