"""Small text helpers shared by the resolver, the reports and the evaluator.

Names are compared folded (case and diacritics ignored), German inflection is stripped by one
ending, and names the tokenizer split at a hyphen are put back together.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TOKEN = re.compile(r"[\w'’-]+", re.UNICODE)
SUFFIXES = ("es", "en", "em", "er", "e", "n", "s")


@lru_cache(maxsize=65536)  # called for every word against every entity: remembered, not redone
def fold(s: str) -> str:
    """Case- and diacritics-insensitive form: Netanjahu, NETANJAHU and Nétanjahu compare equal."""
    decomposed = unicodedata.normalize("NFKD", s.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ß", "ss")


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Strip one German inflection ending so 'israelischen Streitkräfte' meets its alias."""
    t = fold(token)
    if len(t) > 4:
        for suf in SUFFIXES:
            if t.endswith(suf) and len(t) - len(suf) >= 4:
                return t[: -len(suf)]
    return t


def tokens(s: str) -> list[tuple[str, int, int]]:
    """Word tokens with their offsets; hyphenated compounds stay one token ("Ben-Gvir")."""
    return [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(s)]


def extend_hyphenated(text: str, end: int) -> int:
    """Names split at a hyphen by the tokenizer ("Al-Nono", "Ben-Gvir") are one name."""
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha():
        end += 1
        while end < len(text) and (text[end].isalnum() or text[end] in "'’"):
            end += 1
    return end


def extend_hyphenated_left(text: str, start: int) -> int:
    """"Ben-Gvir" seen from its second half."""
    while start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum():
        start -= 1
        while start > 0 and text[start - 1].isalnum():
            start -= 1
    return start

