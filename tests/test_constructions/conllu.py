"""Build a `Parsed` from hand-written CoNLL-U, so construction tests do not depend on the mood of
the shipped parser (spaCy's habit). Text is rebuilt from the tokens (SpaceAfter=No honoured)."""

from __future__ import annotations

from quotes.parse import Parsed, Sentence, Word


def parsed(*sentences: str, sep: str = " ") -> Parsed:
    """Each argument is one sentence: lines of `id form lemma upos feats head deprel [SpaceAfter=No]`
    separated by whitespace columns ('_' for no feats)."""
    text, out = "", []
    for block in sentences:
        if text:
            text += sep
        words, start = [], len(text)
        for line in block.strip().splitlines():
            cols = line.split()
            wid, form, lemma, upos, feats, head, deprel = cols[:7]
            no_space = len(cols) > 7 and cols[7] == "SpaceAfter=No"
            begin = len(text)
            text += form
            words.append(Word(int(wid), form, lemma, upos, "" if feats == "_" else feats,
                              int(head), deprel, begin, len(text), int(wid) - 1))
            if not no_space:
                text += " "
        text = text.rstrip(" ")
        check_tree(words)
        out.append(Sentence(words, start, len(text)))
    return Parsed(text, out)


def check_tree(words: list[Word]) -> None:
    """A hand-written tree must be a tree: every head chain reaches the root."""
    for w in words:
        seen, cur = set(), w
        while cur.head:
            assert cur.id not in seen, f"cycle through word {cur.id} ({cur.text})"
            seen.add(cur.id)
            cur = words[cur.head - 1]
