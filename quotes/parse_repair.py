"""Repairs of the parse that only the whole document can justify.

The in-house tagger sometimes reads a name that opens a sentence as an adverb ("Netanjahu habe
seinerseits … bekräftigt": ADV, advmod), and the cue then has no subject. A word the tagger calls
a proper noun elsewhere in the same document is a name here too; hanging on a verb that has no
subject, it is that verb's subject. So is a capitalised noun of the unnamed-source tables that
the tagger did not know ("Insider sagten, …", "Anwohner berichteten, …": ADV, advmod).
"""

from __future__ import annotations

from quotes.labels import is_source_noun
from quotes.parse import Parsed, Sentence, Word

LOOSE_RELATIONS = ("advmod", "dep", "discourse")
SUBJECTS = ("nsubj", "nsubj:pass", "csubj")


def names_in(parsed: Parsed) -> set[str]:
    """Surface forms the tagger read as proper nouns somewhere in the document."""
    return {w.text for s in parsed.sentences for w in s.words if w.upos == "PROPN" and w.text[:1].isupper()}


def lost_subject(sent: Sentence, w: Word, names: set[str]) -> bool:
    if w.upos == "PROPN" or w.deprel not in LOOSE_RELATIONS or w.text not in names or not w.head:
        return False
    return without_subject(sent, w)


def without_subject(sent: Sentence, w: Word) -> bool:
    """Whether the verb `w` hangs on has no subject."""
    verb = sent.word(w.head)
    return verb.upos in ("VERB", "AUX") and not any(k.deprel in SUBJECTS for k in sent.kids(verb.id))


def lost_source_subject(sent: Sentence, w: Word) -> bool:
    """"Insider sagten": a capitalised source noun read as an adverb of a verb with no subject."""
    return w.upos in ("ADV", "X") and w.deprel in LOOSE_RELATIONS and bool(w.head) \
        and w.text[:1].isupper() and is_source_noun(w.text) and without_subject(sent, w)


def with_names_restored(parsed: Parsed) -> Parsed:
    """The parse with names and source nouns read as adverbs made subjects again (in place)."""
    names = names_in(parsed)
    for sent in parsed.sentences:
        for w in sent.words:
            if names and lost_subject(sent, w, names):
                w.upos, w.deprel = "PROPN", "nsubj"
            elif lost_source_subject(sent, w):
                number = sent.word(w.head).feat("Number")  # the subject agrees with its verb
                w.upos, w.deprel, w.feats = "NOUN", "nsubj", f"Case=Nom|Number={number}" if number else ""
    return parsed
