"""Repairs of the parse that only the whole document can justify.

The in-house tagger sometimes reads a name that opens a sentence as an adverb ("Netanjahu habe
seinerseits … bekräftigt": ADV, advmod), and the cue then has no subject. A word the tagger calls
a proper noun elsewhere in the same document is a name here too; hanging on a verb that has no
subject, it is that verb's subject.
"""

from __future__ import annotations

from quotes.parse import Parsed, Sentence, Word

LOOSE_RELATIONS = ("advmod", "dep", "discourse")
SUBJECTS = ("nsubj", "nsubj:pass", "csubj")


def names_in(parsed: Parsed) -> set[str]:
    """Surface forms the tagger read as proper nouns somewhere in the document."""
    return {w.text for s in parsed.sentences for w in s.words if w.upos == "PROPN" and w.text[:1].isupper()}


def lost_subject(sent: Sentence, w: Word, names: set[str]) -> bool:
    if w.upos == "PROPN" or w.deprel not in LOOSE_RELATIONS or w.text not in names or not w.head:
        return False
    verb = sent.word(w.head)
    return verb.upos in ("VERB", "AUX") and not any(k.deprel in SUBJECTS for k in sent.kids(verb.id))


def with_names_restored(parsed: Parsed) -> Parsed:
    """The parse with names read as adverbs made proper-noun subjects again (in place)."""
    names = names_in(parsed)
    if not names:
        return parsed
    for sent in parsed.sentences:
        for w in sent.words:
            if lost_subject(sent, w, names):
                w.upos, w.deprel = "PROPN", "nsubj"
    return parsed
