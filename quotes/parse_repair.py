"""Repairs of the parse that only the whole document can justify.

The in-house tagger sometimes reads a name that opens a sentence as an adverb ("Netanjahu habe
seinerseits … bekräftigt": ADV, advmod), and the cue then has no subject. A word the tagger calls
a proper noun elsewhere in the same document is a name here too; hanging on a verb that has no
subject, it is that verb's subject. So is a capitalised noun of the unnamed-source tables that
the tagger did not know ("Insider sagten, …", "Anwohner berichteten, …": ADV, advmod). And a
perfect infinitive after a modal ("X soll gesagt haben, …") whose participle the tagger hung on
"haben" as an adverb has the participle as its verb again, with "haben" its auxiliary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.labels import is_source_noun
from quotes.parse import Parsed, Sentence, Word, check_tree
from quotes.text import fold

if TYPE_CHECKING:
    from quotes.lexicon import Lexicon

LOOSE_RELATIONS = ("advmod", "dep", "discourse")
SUBJECTS = ("nsubj", "nsubj:pass", "csubj")


def names_in(parsed: Parsed) -> set[str]:
    """Surface forms the tagger read as proper nouns somewhere in the document."""
    return {w.text for s in parsed.sentences for w in s.words if w.upos == "PROPN" and w.text[:1].isupper()}


def registry_names_in(parsed: Parsed) -> set[str]:
    """Capitalised words that are a registry name by themselves ("Netanjahu", "Hamas"), though
    the tagger read them otherwise everywhere ("Netanjahu habe zugesagt, …": an adverb)."""
    from quotes.registry import load_registry  # the registry reads tables this module's callers read

    registry = load_registry()
    words = {w.text for s in parsed.sentences for w in s.words
             if w.upos in ("ADV", "NOUN", "X") and w.text[:1].isupper() and len(w.text) > 3}
    return {t for t in words if (hits := registry.matches(t)) and hits[0][:2] == (0, len(t))}


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


def source_read_as_preposition(sent: Sentence, w: Word) -> bool:
    """"Insider der Hamas sagten": a capitalised source noun read as the preposition of the
    genitive after it, which then hangs on a verb with no subject."""
    if w.upos != "ADP" or w.deprel != "case" or not w.head or not w.text[:1].isupper() \
            or not is_source_noun(w.text) or w.id != 1 and sent.word(w.id - 1).upos != "PUNCT":
        return False
    owner = sent.word(w.head)
    return owner.deprel.startswith("obl") and bool(owner.head) and any(
        k.deprel == "det" and k.feat("Case") == "Gen" for k in sent.kids(owner.id)) \
        and without_subject(sent, owner)


def source_made_subject(sent: Sentence, w: Word) -> None:
    """The source noun takes the genitive's place under the verb, the genitive hangs on it."""
    owner = sent.word(w.head)
    number = sent.word(owner.head).feat("Number")
    w.upos, w.deprel, w.head = "NOUN", "nsubj", owner.head
    w.feats = f"Case=Nom|Number={number}" if number else ""
    owner.deprel, owner.head = "nmod", w.id
    sent.reindex()


PERFECT_AUXILIARIES = ("haben", "sein")
NAME_VERB_PARTICLES = ("bin", "bint")  # Arabic "son of", "daughter of"; German "bin" is "am"


def particle_read_as_verb(sent: Sentence, w: Word) -> bool:
    """"Mohammed bin Abdulrahman": a lower-case "bin" between two capitalised names is part of
    the name, however the tagger read it (an auxiliary, a verb)."""
    if w.text not in NAME_VERB_PARTICLES or w.upos not in ("AUX", "VERB") or w.id in (1, len(sent.words)):
        return False
    before, after = sent.word(w.id - 1), sent.word(w.id + 1)
    return before.upos == "PROPN" and after.text[:1].isupper() and after.upos in ("PROPN", "NOUN")


def particle_made_name(sent: Sentence, w: Word) -> None:
    """The particle and the name part after it hang on the name part before it (flat), with
    their own dependents; whatever hung on the particle goes to the particle's head."""
    before, after = sent.word(w.id - 1), sent.word(w.id + 1)
    for k in sent.kids(w.id):
        if k.id != after.id:
            k.head = w.head
    w.upos, w.deprel, w.head, w.feats = "PROPN", "flat", before.id, ""
    after.upos, after.deprel, after.head = "PROPN", "flat", before.id
    sent.reindex()


NAME_PREFIXES = ("Abu", "Abou", "Ibn", "Umm")  # Arabic "father of", "son of", "mother of"
OBLIQUE_DETERMINERS = ("allen", "dem", "einem", "denen")  # never a nominative subject


def prefix_read_as_preposition(sent: Sentence, w: Word) -> bool:
    """"Abu Marzook versicherte …": a capitalised name prefix read as a preposition of the
    name after it, which then hangs on the verb as an oblique."""
    if w.text not in NAME_PREFIXES or w.upos != "ADP" or w.id == len(sent.words):
        return False
    name = sent.word(w.id + 1)
    return w.head == name.id and name.upos in ("PROPN", "NOUN", "X") and name.text[:1].isupper()


def prefix_made_name(sent: Sentence, w: Word) -> None:
    """The prefix heads the name in the name's place; an oblique name of a verb whose only
    subject is a determiner in an oblique form ("allen", "dem") is that verb's subject, and
    the determiner its object."""
    name = sent.word(w.id + 1)
    w.upos, w.deprel, w.head, w.feats = "PROPN", name.deprel, name.head, name.feats
    name.upos, name.deprel, name.head = "PROPN", "flat", w.id
    verb = sent.word(w.head) if w.head else None
    if verb is not None and w.deprel.startswith("obl") and verb.upos in ("VERB", "AUX"):
        subjects = [k for k in sent.kids(verb.id) if k.deprel in SUBJECTS]
        if all(k.upos in ("DET", "PRON") and k.text.lower() in OBLIQUE_DETERMINERS for k in subjects):
            for k in subjects:
                k.deprel = "obj"
            w.deprel = "nsubj"
    sent.reindex()


GERMAN_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")
NAME_PART_UPOS = ("PROPN", "NOUN", "X", "ADJ")


def foreign_initial_read_apart(sent: Sentence, w: Word) -> bool:
    """"teilte Gouverneur Álvaro Ruiz mit", "Ángel Ruiz sagte": no German word begins with a
    capital outside A–Z and Ä, Ö, Ü, so such a word is a foreign name's first part, whatever the
    tagger made of it (a preposition of the surname, an adjective); it needs mending only when
    the tagger did not read it as a name and a capitalised word follows it."""
    if w.upos == "PROPN" or not w.text[:1].isupper() or w.text[:1] in GERMAN_CAPITALS \
            or w.id == len(sent.words):
        return False
    after = sent.word(w.id + 1)
    return after.text[:1].isupper() and after.upos in NAME_PART_UPOS and after.head != 0


def foreign_name_joined(sent: Sentence, w: Word) -> None:
    """The first part takes the surname's place in the tree and the surname hangs on it (flat),
    as the tagger parses a name it knows; right after a title noun that the surname hangs on or
    shares a head with ("Gouverneur Álvaro Ruiz"), the name is that title's apposition. A tree
    this cannot mend is left as it was."""
    after = sent.word(w.id + 1)
    head, relation = (w.head, w.deprel) if after.head == w.id else (after.head, after.deprel)
    before = sent.word(w.id - 1) if w.id > 1 else None
    if before is not None and before.upos in ("NOUN", "PROPN") and before.text[:1].isupper() \
            and (head == before.id or head == before.head):
        head, relation = before.id, "appos"
    words = sent.words
    saved = [(x.head, x.deprel) for x in words]
    for k in sent.kids(after.id):
        if k.id != w.id:
            k.head = w.id
    w.head, w.deprel = head, relation
    after.head, after.deprel = w.id, "flat"
    try:
        check_tree(words)
    except ValueError:
        for x, (h, r) in zip(words, saved, strict=True):
            x.head, x.deprel = h, r
        sent.reindex()
        return
    w.upos, w.lemma, w.feats = "PROPN", w.text, after.feats
    after.upos = "PROPN"
    sent.reindex()


def participle_under_infinitive(sent: Sentence, w: Word) -> bool:
    """"soll gesagt haben": the participle hangs loose on the infinitive auxiliary it belongs to."""
    if w.upos != "VERB" or w.feat("VerbForm") != "Part" or w.deprel not in LOOSE_RELATIONS or not w.head:
        return False
    aux = sent.word(w.head)
    return aux.id == w.id + 1 and aux.lemma in PERFECT_AUXILIARIES and aux.feat("VerbForm") == "Inf"


def participle_made_head(sent: Sentence, w: Word) -> None:
    """The auxiliary's dependents and place in the tree go to the participle; the clause after a
    comma that the tagger coordinated with the auxiliary is the participle's complement."""
    aux = sent.word(w.head)
    for k in sent.kids(aux.id):
        if k.id != w.id:
            k.head = w.id
            if k.deprel == "conj" and k.id > aux.id:
                k.deprel = "ccomp"
    w.head, w.deprel = aux.head, aux.deprel
    aux.head, aux.deprel = w.id, "aux"
    sent.reindex()


def participle_read_as_relative(sent: Sentence) -> None:
    """"Zuvor hatte ein anderer Funktionär, X, jedoch erklärt, dass …": after an apposition the
    tagger may take the clause-final participle for a relative clause of the subject noun, and
    the auxiliary for the root. A relative clause needs a relative pronoun: without one, the
    participle is the verb of the auxiliary's clause again and the noun its subject."""
    root = next((w for w in sent.words if w.head == 0), None)
    if root is None or root.upos != "AUX" or root.lemma not in PERFECT_AUXILIARIES:
        return
    for noun in sent.kids(root.id):
        if noun.upos not in ("NOUN", "PROPN") or noun.deprel not in ("obj", "nsubj") \
                or noun.feat("Case") not in (None, "Nom"):
            continue
        verb = next((k for k in sent.kids(noun.id) if k.deprel == "acl:relcl" and k.upos == "VERB"
                     and k.feat("VerbForm") == "Part"), None)
        if verb is None or any(w.feat("PronType") == "Rel" for w in sent.words if noun.id < w.id < verb.id):
            continue
        for k in sent.kids(root.id):
            if k is not noun:
                k.head = verb.id
        verb.head, verb.deprel = 0, "root"
        root.head, root.deprel = verb.id, "aux"
        noun.head, noun.deprel = verb.id, "nsubj"
        sent.reindex()
        return


def participle_read_as_adjective(sent: Sentence, w: Word, verbs: frozenset[str] | set[str]) -> str | None:
    """"Macron und Starmer haben betont, …": a speech verb's participle that the tagger read as
    an adjective although a perfect auxiliary ("haben", "hat", "hatten") hangs on it; the verb's
    infinitive (a lexicon speech verb), else None."""
    t = w.text.lower()
    if w.upos != "ADJ" or not t.endswith("t") \
            or not any(k.deprel == "aux" and k.lemma == "haben" for k in sent.kids(w.id)):
        return None
    from quotes.constructions.core import participle_guesses  # constructions imports this module

    guesses = [*participle_guesses(t), t[:-1] + "en", t[:-1] + "n"]  # "gewarnt", "betont", "erklärt"
    return next((g for g in guesses if g in verbs), None)


def dateline_detached(text: str, sent: Sentence) -> None:
    """The sentence's first word after a dateline that hung on a dateline word takes the place
    of the dateline's top word; the dateline's words and the sentence's other words that hung on
    them hang on it (the dateline as "dep"), so that no word of the sentence is a dateline's."""
    from quotes.constructions.core import line_lead  # the package imports this module

    found = line_lead(text, sent.start)
    if found is None:
        return
    inside = {w.id for w in sent.words if w.end <= found.end()}
    hung = [w for w in sent.words if w.id not in inside and w.head in inside]
    if len(inside) == len(sent.words):
        return
    if not hung:  # "BEIRUT (dpa) - Die Miliz hat …" with "BEIRUT" a second subject of the verb
        for w in sent.words:
            if w.id in inside and w.head and w.head not in inside:
                w.deprel = "dep"
        sent.reindex()
        return
    heir = hung[0]
    top = sent.word(heir.head)
    while top.head in inside:
        top = sent.word(top.head)
    heir.head, heir.deprel = top.head, top.deprel
    for w in hung[1:]:
        w.head = heir.id
    for w in sent.words:  # "DOHA", "März", "(AFP)": all the dateline's words hang on the heir
        if w.id in inside and w.head not in inside:
            w.head, w.deprel = heir.id, "dep"
    sent.reindex()


LIST_WORDS = ("und", "sowie")


def split_subjects_joined(sent: Sentence) -> None:
    """The second of two noun subjects of a plural finite verb, with only "und"/"sowie" between
    their phrases, becomes the first one's conjunct (and the link its "cc"); one in the
    genitive ("Ägyptens" of "Ägypten") right after the first, its owner."""
    from quotes.constructions.core import finite_in_number, subtree  # the package imports this module

    for verb in sent.words:
        subjects = [k for k in sent.kids(verb.id) if k.deprel == "nsubj" and k.upos in ("NOUN", "PROPN")]
        if len(subjects) != 2 or not finite_in_number(sent, verb, "Plur"):
            continue
        first, second = subjects
        first_end = max(w.id for w in subtree(sent, first.id))
        second_start = min(w.id for w in subtree(sent, second.id))
        between = [sent.word(i) for i in range(first_end + 1, second_start)]
        if second.id > verb.id > first.id:
            continue
        if not between and first.upos == "NOUN" and second.text == second.lemma + "s":
            second.head, second.deprel = first.id, "nmod"  # "Die Außenminister Ägyptens und …"
        elif len(between) == 1 and between[0].text.lower() in LIST_WORDS:
            second.head, second.deprel = first.id, "conj"
            between[0].head, between[0].deprel = second.id, "cc"
        else:
            continue
        sent.reindex()


POSSESSIVE_RELATIVES = ("dessen", "deren")


def possessive_relative_split(sent: Sentence) -> None:
    """"…, dessen Sprecher zuvor erklärt hatte, …": the tagger makes the possessive relative
    the verb's subject and its noun an object; the noun is the subject again, "dessen" its
    possessive determiner (so the speaker is the spokesman, not the man "dessen" refers to)."""
    changed = False
    for w in sent.words:
        if w.text.lower() not in POSSESSIVE_RELATIVES or "Rel" not in (w.feat("PronType") or "") \
                or w.deprel not in SUBJECTS or not w.head:
            continue
        noun = next((x for x in sent.words[w.id:] if x.upos != "ADJ"), None)
        if noun is None or noun.upos not in ("NOUN", "PROPN") or noun.head != w.head \
                or noun.deprel not in ("obj", "iobj", "obl") \
                or any(k.deprel == "case" for k in sent.kids(noun.id)):
            continue
        noun.deprel, w.deprel, w.head = w.deprel, "det:poss", noun.id
        changed = True
    if changed:
        sent.reindex()


RESTATING = ("Das", "Dies")


def particle_read_as_infinitive_mark(sent: Sentence) -> None:
    """"Am Abend sagte Netanjahu zu, die Hilfen auszuweiten": a "zu" right before a comma is
    no infinitive marker (that stands right before its verb) but the separable particle of the
    finite verb before it ("zusagen", "zustimmen")."""
    changed = False
    for w in sent.words[1:-1]:
        after = sent.words[w.id]
        if w.text.lower() != "zu" or w.deprel != "mark" or after.text != "," or w.head <= w.id:
            continue
        verb = next((v for v in reversed(sent.words[:w.id - 1]) if v.upos == "VERB"
                     and v.feat("VerbForm") == "Fin"), None)
        if verb is None or any(x.upos in ("VERB", "AUX") for x in sent.words[verb.id:w.id - 1]):
            continue
        w.upos, w.head, w.deprel = "ADP", verb.id, "compound:prt"
        changed = True
    if changed:
        sent.reindex()


def restating_verb_untagged(sent: Sentence, forms: dict[str, str]) -> None:
    """"Das teilten Katar und Ägypten mit": a speech verb's finite form (lexicon `forms`) right
    after an opening "Das"/"Dies", which the tagger read as an adjective of the name after it,
    is the sentence's verb: the old root its subject, the "Das" its object (GUIDELINES D21)."""
    if len(sent.words) < 3 or sent.words[0].text not in RESTATING:
        return
    verb = sent.words[1]
    root = next((w for w in sent.words if w.head == 0), None)
    if verb.upos in ("VERB", "AUX") or verb.text not in forms or root is None or root is verb \
            or root.upos not in ("NOUN", "PROPN"):
        return
    made_finite_root(verb, forms[verb.text], root)
    demonstrative = sent.words[0]
    demonstrative.upos, demonstrative.head, demonstrative.deprel = "PRON", verb.id, "obj"
    last = sent.words[-2] if sent.words[-1].upos == "PUNCT" else sent.words[-1]
    if last.upos == "ADP" and not sent.kids(last.id):  # "… mit.": the verb's particle
        last.head, last.deprel = verb.id, "compound:prt"
    sent.reindex()


DEMONSTRATIVES = ("Dieser", "Diese", "Der", "Die", "Jener", "Jene")
CONTENT_OPENERS = (",", ":")


def demonstrative_verb_untagged(sent: Sentence, forms: dict[str, str]) -> None:
    """"Dieser entgegnete, Lapid habe …": a speech verb's finite form (lexicon `forms`) right
    after an opening demonstrative and before a comma or colon, which the tagger read as an
    adjective (so the demonstrative is its article, or both hang on the noun after the comma),
    is the sentence's verb: the demonstrative its subject, the clause after it its content."""
    if len(sent.words) < 4 or sent.words[0].text not in DEMONSTRATIVES \
            or sent.words[2].text not in CONTENT_OPENERS:
        return
    demonstrative, verb = sent.words[0], sent.words[1]
    root = next((w for w in sent.words if w.head == 0), None)
    if verb.upos != "ADJ" or verb.text not in forms or root is None or demonstrative.upos != "DET":
        return
    if root is not verb:
        root.head, root.deprel = verb.id, "ccomp"
    else:  # "Diese entgegnete, sie habe recht": the first verb after the comma heads the content
        after = [k for k in sent.kids(verb.id) if k.id > 3 and k.upos != "PUNCT"]
        content = next((k for k in after if k.upos in ("VERB", "AUX")), None)
        if content is None:
            return
        content.deprel = "ccomp"
        for k in after:
            if k is not content:
                k.head = content.id  # "das sei falsch" read with "sei" the verb's copula
    made_finite_root(verb, forms[verb.text], demonstrative)
    demonstrative.upos = "PRON"
    sent.reindex()


def finite_verb_untagged(sent: Sentence, forms: dict[str, str]) -> None:
    """"Katar hob hervor, …": a speech verb's finite form (lexicon `forms`) right after the
    opening noun phrase, which the tagger read as an adverb (so that the name is the root), is
    the sentence's verb: the name its subject, the words after it its dependents."""
    root = next((w for w in sent.words if w.head == 0), None)
    if root is None or root.upos not in ("NOUN", "PROPN") or root.id + 1 > len(sent.words):
        return
    verb = sent.word(root.id + 1)
    if verb.upos in ("VERB", "AUX") or verb.text not in forms \
            or not hung_in_root_phrase(sent, verb, root) \
            or any(w.upos in ("VERB", "AUX") and w.head == 0 for w in sent.words):
        return
    verb.head = root.id  # "schlug" read as the preposition of "dem Landtag" after it
    for k in sent.kids(root.id):
        if k.id > verb.id:
            k.head = verb.id
    verb_dependents_rehung(sent, verb)
    made_finite_root(verb, forms[verb.text], root)
    sent.reindex()


def finite_verb_before_infinitive(sent: Sentence, forms: dict[str, str]) -> None:
    """"Der Bundesrat schlug dem Landtag vor, „X“ einzuführen": with the speech verb's finite
    form (lexicon `forms`) read as a preposition, the sentence has no finite verb and the parse
    made the infinitive its root, the opening noun phrase that infinitive's subject. The form is
    the sentence's verb, the noun phrase its subject, the infinitive its complement."""
    root = next((w for w in sent.words if w.head == 0), None)
    if root is None or root.upos != "VERB" or root.feat("VerbForm") == "Fin" \
            or any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in sent.words):
        return
    subject = next((k for k in sent.kids(root.id) if k.deprel in SUBJECTS and k.id < root.id
                    and k.upos in ("NOUN", "PROPN") and k.id < len(sent.words)), None)
    if subject is None:
        return
    verb = sent.word(subject.id + 1)
    if verb.upos in ("VERB", "AUX") or verb.text not in forms \
            or not hung_in_root_phrase(sent, verb, subject):
        return
    comma = next((w.id for w in sent.words if w.id > verb.id and w.text == ","), None)
    if comma is None or comma > root.id:
        return
    verb.head = subject.id
    for k in [*sent.kids(subject.id), *sent.kids(root.id)]:
        if verb.id < k.id < comma:
            k.head = verb.id  # "dem Landtag", the particle "vor": the verb's own clause
    made_finite_root(verb, forms[verb.text], subject)
    root.head, root.deprel = verb.id, "xcomp"
    sent.reindex()


CLAUSE_RELATIONS = ("acl:relcl", "acl", "xcomp", "ccomp")


def verb_dependents_rehung(sent: Sentence, verb: Word) -> None:
    """The particle and the clause of a verb the tagger missed, which the parse hung on the
    words after it ("schlug dem Landtag vor, die Gebühren abzuschaffen": "vor" on the infinitive,
    the infinitive a relative clause of "Landtag"): the particle before the first comma and the
    first clause after it become the verb's."""
    comma = next((w.id for w in sent.words if w.id > verb.id and w.text == ","), None)
    for w in sent.words:
        if w.id <= verb.id or w.head == verb.id:
            continue
        if w.deprel == "compound:prt" and (comma is None or w.id < comma):
            w.head = verb.id
        elif w.deprel in CLAUSE_RELATIONS and w.upos in ("VERB", "AUX") and comma is not None \
                and w.id > comma and sent.word(w.head).upos in ("NOUN", "PROPN"):
            w.head = verb.id
            w.deprel = "xcomp" if w.feat("VerbForm") == "Inf" else "ccomp"
            break


def hung_in_root_phrase(sent: Sentence, verb: Word, root: Word) -> bool:
    """The untagged verb hangs on the root or, read as a preposition or an adverb, on a noun
    of the root's phrase right after it ("Der Stadtrat schlug dem Landtag vor": "schlug" as
    the case of "Landtag", which is the root's nmod)."""
    if verb.head == root.id:
        return True
    head = sent.word(verb.head) if verb.head else None
    return head is not None and verb.deprel in ("case", "advmod") and head.head == root.id \
        and head.upos in ("NOUN", "PROPN") and head.id > verb.id


def made_finite_root(verb: Word, lemma: str, subject: Word) -> None:
    """A word the tagger did not read as a verb becomes the finite root of its sentence, the
    old root its subject (`restating_verb_untagged`, `finite_verb_untagged`)."""
    verb.upos, verb.lemma, verb.head, verb.deprel = "VERB", lemma, 0, "root"
    verb.feats = "Mood=Ind|VerbForm=Fin"
    subject.head, subject.deprel = verb.id, "nsubj"


# "das von der Hamas kontrollierte Ministerium", "ein mit den Gesprächen vertrauter Diplomat",
# "der in Katar lebende Funktionär": an article right before a preposition opens a participle phrase
ATTRIBUTE_PREPOSITIONS = ("von", "vom", "mit", "in", "im", "aus", "bei", "beim", "an", "am", "nach",
                          "über", "unter", "für", "gegen", "seit", "zu", "zur", "zum")
ATTRIBUTE_INNER = ("DET", "NOUN", "PROPN", "ADJ", "NUM")
ARTICLE_NOMINATIVE = ("der", "die", "das")
OBJECT_RELATIONS = ("obj", "obl", "obl:arg", "iobj")


def article_read_as_pronoun(sent: Sentence, w: Word) -> bool:
    """"SANAA (dpa) - Die vom Iran unterstützte Miliz …": an article the tagger read as a
    demonstrative pronoun; after a comma it may be a relative pronoun, so there only as the
    singular "der"/"das" of a noun after an inflected participle ("…, der von Trump
    vorgeschlagene Plan markiere …"; the relative "der" of a plural object would not agree)."""
    before = sent.word(w.id - 1) if w.id > 1 else None
    if w.upos != "PRON" or w.text.lower() not in ("der", "die", "das"):
        return False
    if before is None or before.text != ",":
        return True
    participle = next((x for x in sent.words[w.id + 1:w.id + 6] if x.upos in ("ADJ", "VERB")
                       and x.text.islower() and x.text.endswith("e") and x.id < len(sent.words)), None)
    noun = sent.word(participle.id + 1) if participle is not None else None
    return w.text.lower() in ("der", "das") and noun is not None and noun.upos == "NOUN" \
        and noun.feat("Number") != "Plur" and not any(
            x.upos in ("VERB", "AUX") for x in sent.words[w.id:participle.id - 1])


def extended_attribute_rejoined(sent: Sentence) -> None:
    """"Das von der Hamas kontrollierte Gesundheitsministerium betonte: …", "zwei mit den
    Ermittlungen vertraute Iraner": the parse often takes the article (or number) of a noun
    with a participle phrase before it for the subject alone, or the noun for an object of the
    cue. The article, the "von" phrase and the participle are the noun's
    again; the noun takes the article's subject relation, or, with a nominative ending ("-e")
    after "der/die/das" and no other subject, becomes the subject of the verb it hangs on."""
    words = sent.words
    for article in words:
        if not (article.upos in ("DET", "NUM") or article_read_as_pronoun(sent, article)) \
                or article.id + 3 > len(words) \
                or sent.word(article.id + 1).text.lower() not in ATTRIBUTE_PREPOSITIONS:
            continue
        participle = next((w for w in words[article.id + 1:article.id + 8] if w.upos in ("ADJ", "VERB")
                           and w.text.islower() and w.text.endswith(("e", "en", "em", "er", "es"))
                           and w.id < len(words) and sent.word(w.id + 1).upos in ("NOUN", "PROPN")), None)
        if participle is None:
            continue
        inner = [sent.word(i) for i in range(article.id + 2, participle.id)]
        noun = sent.word(participle.id + 1)
        while noun.id + 2 <= len(words) and sent.word(noun.id + 1).text == "-" \
                and sent.word(noun.id + 2).upos in ("NOUN", "PROPN"):
            noun = sent.word(noun.id + 2)  # "Hamas - Vertreter": the compound's last part
        span = range(article.id, noun.id)
        nested = next((i for i, w in enumerate(inner) if w.upos == "ADP"), len(inner))
        phrase_head = next((w for w in reversed(inner[:nested]) if w.upos in ("NOUN", "PROPN")), None)
        if phrase_head is None or any(w.upos not in ATTRIBUTE_INNER and not (w.upos == "ADP" and i >= nested)
                                      and w.text != "-" for i, w in enumerate(inner)):
            continue  # "mit den Gesprächen in Kairo": the first phrase's noun heads, the rest hangs on it
        old_head, old_relation = article.head, article.deprel
        if old_head in span or old_head == noun.id:
            old_head, old_relation = noun.head, noun.deprel
        if old_head in span:  # all hung inside: the phrase's own tie to the clause ("Gesprächen": obl)
            outside = next((w for w in [*(sent.word(i) for i in span), noun]
                            if w.head not in span and w.head != noun.id), None)
            if outside is None:
                continue
            old_head, old_relation = outside.head, outside.deprel
        before = [(w.head, w.deprel) for w in words]
        for w in words:  # what hung inside the phrase from outside it ("Laut dem …") is the noun's
            if w.head in span and w.id not in span and w is not noun:
                w.head = noun.id
        for w in inner:  # "von der Hamas": one phrase under its noun
            if w is not phrase_head and (w.head not in span or w.head == article.id):
                w.head = phrase_head.id
        sent.word(article.id + 1).head, sent.word(article.id + 1).deprel = phrase_head.id, "case"
        article_upos = article.upos
        article.head, article.deprel = noun.id, "det"
        article.upos = "DET" if article.upos == "PRON" else article.upos  # an article again
        participle.head, participle.deprel = noun.id, "amod"
        phrase_head.head, phrase_head.deprel = participle.id, "obl"
        before_article = sent.word(article.id - 1) if article.id > 1 else None
        if noun.head in span or noun.head == noun.id:
            noun.head, noun.deprel = old_head, old_relation
        elif before_article is not None and before_article.upos == "ADP" \
                and old_relation in ("nmod", "obl"):  # "Angaben von zwei … Quellen": the preposition
            noun.head, noun.deprel = old_head, old_relation  # before the article governs the phrase
            before_article.head = noun.id
        elif old_relation in SUBJECTS and noun.head == old_head \
                and not any(k.deprel in SUBJECTS for k in sent.kids(old_head)
                            if k is not noun and k is not article):
            noun.deprel = old_relation  # not where the verb has its subject ("Die Hamas hatte …")
        if noun.deprel in OBJECT_RELATIONS and (participle.text.endswith("e") and article.text.lower()
                                                  in ARTICLE_NOMINATIVE or article.feat("Case") == "Nom") \
                and noun.head \
                and not any(k.deprel in SUBJECTS for k in sent.kids(noun.head) if k is not noun):
            noun.deprel = "nsubj"
        try:
            check_tree(words)
        except ValueError:  # a tree too broken to mend this way: left as it was
            for w, (head, relation) in zip(words, before, strict=True):
                w.head, w.deprel = head, relation
            article.upos = article_upos
        sent.reindex()


# "zeigte sich …", "äußerte sich …", "gab sich …": a reflexive verb whose predicative adjective
# carries the attitude (GUIDELINES D19, D28 "zeigte sich optimistisch")
ATTITUDE_VERBS = ("zeigen", "äußern", "geben")
PREDICATIVE_ENDINGS = ("isch", "lich", "ig", "bar", "los", "voll", "sam")


def predicative_subject_lifted(sent: Sentence) -> None:
    """"Gegenüber der Zeitung zeigte sich ein US-Beamter skeptisch: …": the tagger hangs the
    inverted subject on the predicative adjective (as its subject or object, the adjective often
    read as a finite verb) or makes it a second object beside "sich", so that the attitude verb
    has no subject. The noun is the verb's subject again and the adjective its predicative
    complement."""
    for verb in sent.words:
        if verb.upos != "VERB" or verb.lemma not in ATTITUDE_VERBS \
                or not any(k.text == "sich" for k in sent.kids(verb.id)) \
                or any(k.deprel in SUBJECTS for k in sent.kids(verb.id)):
            continue
        for adj in sent.kids(verb.id):
            if adj.deprel != "xcomp" or not adj.text.islower() or not adj.text.endswith(PREDICATIVE_ENDINGS):
                continue
            noun = next((k for k in [*sent.kids(adj.id), *sent.kids(verb.id)]
                         if k.deprel in (*SUBJECTS, "obj") and k.upos in ("NOUN", "PROPN")
                         and verb.id < k.id < adj.id and k.feat("Case") in (None, "Nom")), None)
            if noun is None:
                continue
            noun.head, noun.deprel = verb.id, "nsubj"
            adj.upos, adj.feats = "ADJ", "Degree=Pos"
            sent.reindex()
            return


def owner_read_as_oblique(sent: Sentence, endings: tuple[str, ...]) -> None:
    """"Dies habe das Büro von Israels Ministerpräsident X bestätigt": a "von" phrase right
    after a noun for a person or body, which the parse hung on an active verb as an adverbial,
    is that noun's owner again, where it too names a person or body (in a passive it is the
    agent, and stays; "sprach der Präsident von der Katastrophe" is what he spoke of)."""
    from quotes.constructions.core import subtree  # the package imports this module

    for noun in sent.words:
        if noun.upos != "NOUN" or noun.deprel not in ("nsubj", "obj") or noun.id >= len(sent.words) \
                or sent.word(noun.id + 1).text != "von" or not noun.text.lower().endswith(endings):
            continue
        verb = sent.word(noun.head)
        if verb.upos not in ("VERB", "AUX") or any(
                k.deprel == "aux:pass" or k.lemma == "werden" for k in sent.kids(verb.id)):
            continue
        owner = next((k for k in sent.kids(verb.id) if k.deprel == "obl"
                      and (k.upos == "PROPN" or k.upos == "NOUN" and k.text.lower().endswith(endings))
                      and subtree(sent, k.id)[0].id == noun.id + 1), None)
        if owner is not None:
            owner.head, owner.deprel = noun.id, "nmod"
            sent.reindex()


def subject_with_preposition(sent: Sentence) -> None:
    """"Als Begründung nannte die Terrorgruppe technische Probleme": a "subject" with a
    preposition of its own is an oblique; of the verb's two objects then, the first, with an
    article that may be nominative, is its subject."""
    for noun in sent.words:
        if noun.deprel not in ("nsubj", "nsubj:pass") or not noun.head \
                or not any(k.deprel == "case" and k.id < noun.id for k in sent.kids(noun.id)):
            continue
        objects = [k for k in sent.kids(noun.head) if k.deprel == "obj" and k.upos in ("NOUN", "PROPN")]
        others = [k for k in sent.kids(noun.head) if k.deprel in SUBJECTS and k is not noun]
        if len(objects) != 2 or others:
            continue
        first = objects[0]
        article = next((k for k in sent.kids(first.id) if k.deprel == "det"), None)
        if article is None or article.text.lower() not in ARTICLE_NOMINATIVE:
            continue
        noun.deprel, first.deprel = "obl", noun.deprel
        first.feats = first.feats.replace("Case=Acc", "Case=Nom")


def genitive_owner_detached(sent: Sentence) -> None:
    """"ist nach Angaben der von der Hamas kontrollierten Gesundheitsbehörde gestiegen": a noun
    whose genitive article follows another noun right away, the parse hung beside that noun on
    the verb (an extended attribute between them); it is that noun's owner."""
    for noun in sent.words:
        if noun.upos not in ("NOUN", "PROPN") or noun.deprel not in ("obj", "obl", "iobj", "nsubj") \
                or not noun.head:
            continue
        article = next((k for k in sent.kids(noun.id) if k.deprel == "det" and k.id < noun.id - 1), None)
        if article is None or article.feat("Case") != "Gen" or article.id < 2:
            continue
        owned = sent.word(article.id - 1)
        if owned.upos != "NOUN" or owned.head != noun.head or owned.deprel not in ("obl", "obj", "nsubj"):
            continue
        noun.head, noun.deprel = owned.id, "nmod"
        sent.reindex()


def counted_subject_detached(sent: Sentence) -> None:
    """"… nach Angaben der Behörde 40 Menschen getötet worden": a counted noun with neither
    article nor preposition that the parse hung on the noun before it as an owner is the
    subject of a verb that has none (a genitive owner takes an article: "der 40 Menschen")."""
    for noun in sent.words:
        if noun.upos != "NOUN" or noun.deprel != "nmod" or not noun.head \
                or not any(k.deprel == "nummod" and k.id < noun.id for k in sent.kids(noun.id)) \
                or any(k.deprel in ("case", "det") for k in sent.kids(noun.id)):
            continue
        verb = sent.word(noun.head)
        while verb.head and verb.upos not in ("VERB", "AUX"):
            verb = sent.word(verb.head)
        if verb.upos not in ("VERB", "AUX") or verb.id < noun.id \
                or any(k.deprel in SUBJECTS for k in sent.kids(verb.id)):
            continue
        passive = any(k.deprel == "aux:pass" or k.lemma == "werden" for k in sent.kids(verb.id))
        noun.head, noun.deprel = verb.id, "nsubj:pass" if passive else "nsubj"
        sent.reindex()


def truncated_compound_joined(sent: Sentence) -> None:
    """"das Forum der Geisel- und Vermisstenfamilien": the word before a hyphen that "und" or
    "oder" completes is one conjunct with the compound after it; the parse hung that compound
    on the phrase's head instead, so the name ended at the hyphen."""
    for dash in sent.words:
        if dash.text != "-" or dash.id < 2 or dash.id + 2 > len(sent.words):
            continue
        first, link, second = sent.word(dash.id - 1), sent.word(dash.id + 1), sent.word(dash.id + 2)
        if first.end != dash.start or link.text.lower() not in ("und", "oder", "sowie") \
                or first.upos not in ("NOUN", "PROPN") or second.upos not in ("NOUN", "PROPN") \
                or second.deprel != "conj" or second.head == first.id:
            continue
        second.head = first.id
        link.head = second.id
        sent.reindex()


PREFIELD_ARTICLES = ("ein", "eine", "der", "die", "das")


def opens_with_article(sent: Sentence, k: Word) -> bool:
    """A phrase with no preposition whose first word is an article that a subject may have."""
    from quotes.constructions.core import subtree  # the package imports this module

    return not any(c.deprel == "case" for c in sent.kids(k.id)) \
        and fold(subtree(sent, k.id)[0].text) in PREFIELD_ARTICLES


def medium_addressee_read_as_subject(sent: Sentence) -> None:
    """"Ein mit den Gesprächen vertrauter Vertreter sagte der dpa, …", "Eine von ihnen, Orly
    Gilboa, sagte der Nachrichtenagentur AP, …": a medium with "der"/"dem" right after a verb
    of telling is whom it was told (dative), though the parse made it the subject; the noun
    phrase before the verb, opening with an article and no preposition, is the subject."""
    from quotes.constructions.mentions import FEMININE_MEDIA, TELLING_VERBS, names_a_medium

    for verb in sent.words:
        if verb.upos != "VERB" or verb.lemma not in TELLING_VERBS or verb.id + 2 > len(sent.words) \
                or sent.word(verb.id + 1).text.lower() not in ("der", "dem"):
            continue
        told = [k for k in sent.kids(verb.id) if k.deprel in ("nsubj", "nsubj:pass") and k.id > verb.id + 1
                and k.upos in ("NOUN", "PROPN") and (
                    fold(k.text).endswith(FEMININE_MEDIA) or names_a_medium(k.text))]
        if not told or any(k.id - verb.id > 3 for k in told):
            continue
        prefield = [k for k in sent.kids(verb.id) if k.id < verb.id and opens_with_article(sent, k)
                    and (k.upos in ("NOUN", "PROPN") and k.deprel in ("nsubj", "obl", "obj", "dep")
                         or k.upos == "DET" and k.deprel == "nsubj")]
        if len(prefield) != 1:
            continue
        prefield[0].deprel = "nsubj"
        for k in told:
            k.deprel = "iobj"
        sent.reindex()


# connective adverbs the tagger reads as a finite verb after a subject ("Der Minister hingegen schrieb")
CONNECTIVE_ADVERBS = ("hingegen", "dagegen", "jedoch", "allerdings", "wiederum", "indes", "indessen",
                      "seinerseits", "ihrerseits", "unterdessen", "derweil", "ebenfalls")


def connective_read_as_verb(sent: Sentence) -> None:
    """"Der Minister Amichai Eliyahu hingegen schrieb auf X, …", "Der Botschafter erklärte
    hingegen, …": "hingegen" tagged a verb took the subject; it is an adverb of the verb after
    it (or the one it hangs on), which gets the subject back."""
    for w in sent.words:
        if w.upos not in ("VERB", "AUX") or fold(w.text) not in CONNECTIVE_ADVERBS or w.id >= len(sent.words):
            continue
        verb = sent.word(w.id + 1)  # "X hingegen schrieb", else the verb it hangs on ("erklärte hingegen")
        if verb.upos not in ("VERB", "AUX"):
            verb = sent.word(w.head) if w.head else verb
        if verb.upos not in ("VERB", "AUX") or verb is w:
            continue
        if verb.head == w.id:
            verb.head, verb.deprel = w.head, w.deprel
        for k in sent.kids(w.id):
            if k is not verb:
                k.head = verb.id
        w.upos, w.feats, w.lemma, w.head, w.deprel = "ADV", "", fold(w.text), verb.id, "advmod"
        sent.reindex()


def names_a_partner(sent: Sentence, k: Word) -> bool:
    """"mit US-Präsident Joe Biden": a "mit" phrase that names a person, with whom it was done."""
    return any(c.deprel == "case" and c.text.lower() == "mit" for c in sent.kids(k.id)) and (
        k.upos == "PROPN" or any(c.deprel in ("flat", "flat:name", "appos") and c.upos == "PROPN"
                                 for c in sent.kids(k.id)))


def partner_read_as_source_part(sent: Sentence) -> None:
    """"telefonierte nach Angaben seines Sprechers mit US-Präsident Joe Biden": a "mit" phrase
    naming a person, which the parse hung on the owner of the source phrase, is the verb's
    (with whom it was done), so the report keeps it and the source ends before it."""
    for k in sent.words:
        if k.deprel != "nmod" or not k.head or not names_a_partner(sent, k):
            continue
        owner = sent.word(k.head)
        source = sent.word(owner.head) if owner.deprel == "nmod" and owner.head else None
        if source is None or not source.head or not any(
                c.deprel == "case" and c.text.lower() in ("nach", "laut") for c in sent.kids(source.id)):
            continue
        verb = sent.word(source.head)
        if verb.upos in ("VERB", "AUX"):
            k.head, k.deprel = verb.id, "obl"
            sent.reindex()


def konjunktiv_read_as_adjective(sent: Sentence) -> None:
    """"Israel verbreite Lügen.": in a sentence the tagger found no verb in, a lowercase word in
    "-e" right after a singular name that opens it, read as an adjective of the noun after it,
    is the finite verb, in the Konjunktiv I of reported speech (the indicative ends in "-t")."""
    if len(sent.words) < 3 or any(w.upos in ("VERB", "AUX") for w in sent.words):
        return
    subject, verb = sent.words[0], sent.words[1]
    if subject.upos != "PROPN" or subject.feat("Number") == "Plur" or verb.upos != "ADJ" \
            or not verb.text.islower() or not verb.text.endswith("e") or len(verb.text) < 5 \
            or not verb.head or sent.word(verb.head).upos != "NOUN":
        return
    root = next((w for w in sent.words if w.head == 0), None)
    noun = sent.word(verb.head)
    if root is None or root.id != noun.id:
        return
    verb.upos, verb.lemma, verb.feats = "VERB", verb.text + "n", "Mood=Sub|Number=Sing|Person=3|VerbForm=Fin"
    verb.head, verb.deprel = 0, "root"
    noun.head, noun.deprel = verb.id, "obj"
    subject.head, subject.deprel = verb.id, "nsubj"
    for k in sent.kids(noun.id):
        if k.deprel == "punct" and k.id == len(sent.words):
            k.head = verb.id
    sent.reindex()


def topic_before_colon_as_subject(sent: Sentence) -> None:
    """"Sinwar-Tod: Netanjahu spricht vom „Anfang vom Ende“": the phrase before a headline colon
    is the line's topic; the parse made it the verb's subject and hung the name after the colon on
    it. The noun phrase between the colon and the verb is the subject."""
    for colon in sent.words:
        if colon.text != ":" or colon.id < 2:
            continue
        verb = next((w for w in sent.words[colon.id:] if w.upos in ("VERB", "AUX")), None)
        if verb is None or verb.feat("VerbForm") != "Fin" or verb.id - colon.id < 2:
            continue
        topic = next((k for k in sent.kids(verb.id) if k.deprel in ("nsubj", "nsubj:pass")
                      and k.id < colon.id), None)
        between = sent.words[colon.id:verb.id - 1]
        heads = [w for w in between if not colon.id < w.head < verb.id]
        if topic is None or len(heads) != 1 or heads[0].upos not in ("NOUN", "PROPN", "PRON") \
                or any(w.upos in ("ADP", "VERB", "AUX") or w.text in (",", ";") for w in between):
            continue
        subject = heads[0]
        subject.head, subject.deprel = verb.id, "nsubj"
        topic.deprel = "dep"
        sent.reindex()
        return


def surname_read_apart(sent: Sentence, names: set[str]) -> None:
    """"Darin ist Omer Wenkert zu sehen": a word the document elsewhere tags a name, right after a
    given name and read as a bare noun beside it (subject and object of one verb), is the
    surname: one name ("Terror" in "wirft Hamas Terror vor" is no name anywhere)."""
    for w in sent.words:
        if w.upos != "PROPN" or w.id >= len(sent.words):
            continue
        n = sent.word(w.id + 1)
        if n.upos != "NOUN" or n.text not in names or n.head != w.head or w.end == n.start \
                or any(k.deprel in ("det", "case", "amod") for k in sent.kids(n.id)):
            continue
        n.upos, n.head, n.deprel = "PROPN", w.id, "flat"
        sent.reindex()


def expletive_es_of_directive(sent: Sentence, lexicon: Lexicon) -> None:
    """"Das Ministerium warnte. Es forderte Israel auf, …": an opening "es" before a singular
    verb of asking someone (its addressee an accusative) is the subject, the body just named, not
    an expletive before the real subject: the bare name after the verb is the one addressed."""
    from quotes.constructions.core import effective_lemma  # the package imports this module

    first = sent.words[0] if sent.words else None
    if first is None or first.text.lower() != "es" or first.deprel != "expl" or not first.head:
        return
    verb = sent.word(first.head)
    if verb.upos != "VERB" or verb.feat("Number") == "Plur" \
            or lexicon.verb_class(effective_lemma(sent, verb, lexicon) or "") != "directive" \
            or any(k.deprel in SUBJECTS for k in sent.kids(verb.id)):
        return
    first.deprel = "nsubj"
    sent.reindex()


INFLECTED = ("e", "en", "er", "es", "em")


def adjective_split_from_noun(sent: Sentence) -> None:
    """"teilte das Weiße Haus mit", "wurde aus dem Weißen Haus mitgeteilt": the tagger hangs an
    inflected adjective and the noun right after it on the verb side by side, the article and
    preposition on the adjective, which then stands for the whole phrase (mention "Weiße", no
    source). The adjective modifies the noun again, the noun heads the phrase."""
    for adj in sent.words:
        if adj.upos != "ADJ" or adj.id >= len(sent.words) or not adj.head \
                or adj.deprel not in ("nsubj", "obj", "obl", "iobj"):
            continue
        noun = sent.word(adj.id + 1)
        if noun.upos not in ("NOUN", "PROPN") or noun.head != adj.head \
                or noun.deprel not in ("nsubj", "obj", "obl", "iobj", "nmod") \
                or adj.feat("Case") != noun.feat("Case") or not adj.text.endswith(INFLECTED):
            continue  # an adjective that does not agree with the noun is a phrase of its own
        for k in sent.kids(adj.id):
            if k.deprel in ("case", "det") and k.id < adj.id:
                k.head = noun.id
        noun.deprel = "nsubj" if "nsubj" in (adj.deprel, noun.deprel) else adj.deprel
        adj.head, adj.deprel = noun.id, "amod"
        sent.reindex()


# "Kurz nach …", "Wenig später …": adverbs the tagger reads as a noun or a name when they open a
# sentence before a preposition or another adverb
ADVERBS_READ_AS_NOUNS = ("kurz", "wenig", "gleich")


def adverb_read_as_subject(sent: Sentence) -> None:
    """"Kurz nach Bidens Rede verkündeten die Vermittler, …": the opening "Kurz", tagged a noun,
    became the verb's subject and its "nach" phrase the noun's owner, so the speaker was found
    in the time phrase. It is an adverb of the verb, the "nach" phrase the verb's adverbial, and
    the object after the verb that can be nominative and agrees with it the subject."""
    first = sent.words[0] if sent.words else None
    if first is None or len(sent.words) < 3 or first.text.lower() not in ADVERBS_READ_AS_NOUNS \
            or first.upos not in ("NOUN", "PROPN") or first.deprel not in SUBJECTS \
            or sent.words[1].upos not in ("ADP", "ADV"):
        return
    verb = sent.word(first.head)
    first.upos, first.deprel, first.feats, first.lemma = "ADV", "advmod", "", first.text.lower()
    for kid in sent.kids(first.id):
        if kid.deprel == "nmod":
            kid.head, kid.deprel = verb.id, "obl"
    if not any(k.deprel in SUBJECTS for k in sent.kids(verb.id)):
        subject = next((k for k in sent.kids(verb.id) if k.deprel == "obj" and k.id > verb.id
                        and k.upos in ("NOUN", "PROPN") and k.feat("Case") in (None, "Nom", "Acc")
                        and k.feat("Number") in (None, verb.feat("Number"))
                        and all(d.text.lower() in ARTICLE_NOMINATIVE for d in sent.kids(k.id)
                                if d.deprel == "det")), None)
        if subject is not None:
            subject.deprel = "nsubj"
            subject.feats = subject.feats.replace("Case=Acc", "Case=Nom")
    sent.reindex()


def with_names_restored(parsed: Parsed) -> Parsed:
    """The parse with names and source nouns read as adverbs made subjects again (in place)."""
    from quotes.lexicon import load_lexicon

    names = names_in(parsed) | registry_names_in(parsed)
    lexicon = load_lexicon()
    forms, verbs = lexicon.forms, lexicon.verbs
    endings = lexicon.speaker_noun_endings()
    for sent in parsed.sentences:
        dateline_detached(parsed.text, sent)
        adverb_read_as_subject(sent)
        connective_read_as_verb(sent)
        expletive_es_of_directive(sent, lexicon)
        konjunktiv_read_as_adjective(sent)
        adjective_split_from_noun(sent)
        genitive_owner_detached(sent)
        counted_subject_detached(sent)
        truncated_compound_joined(sent)
        partner_read_as_source_part(sent)
        topic_before_colon_as_subject(sent)
        if names:
            surname_read_apart(sent, names)
        particle_read_as_infinitive_mark(sent)
        restating_verb_untagged(sent, forms)
        demonstrative_verb_untagged(sent, forms)
        finite_verb_untagged(sent, forms)
        finite_verb_before_infinitive(sent, forms)
        split_subjects_joined(sent)
        possessive_relative_split(sent)
        extended_attribute_rejoined(sent)
        predicative_subject_lifted(sent)
        owner_read_as_oblique(sent, endings)
        participle_read_as_relative(sent)
        subject_with_preposition(sent)
        medium_addressee_read_as_subject(sent)
        for w in sent.words:
            if names and lost_subject(sent, w, names):
                w.upos, w.deprel = "PROPN", "nsubj"
            elif particle_read_as_verb(sent, w):
                particle_made_name(sent, w)
            elif prefix_read_as_preposition(sent, w):
                prefix_made_name(sent, w)
            elif foreign_initial_read_apart(sent, w):
                foreign_name_joined(sent, w)
            elif (verb := participle_read_as_adjective(sent, w, verbs)) is not None:
                w.upos, w.lemma, w.feats = "VERB", verb, "VerbForm=Part"
            elif participle_under_infinitive(sent, w):
                participle_made_head(sent, w)
            elif source_read_as_preposition(sent, w):
                source_made_subject(sent, w)
            elif lost_source_subject(sent, w):
                number = sent.word(w.head).feat("Number")  # the subject agrees with its verb
                w.upos, w.deprel, w.feats = "NOUN", "nsubj", f"Case=Nom|Number={number}" if number else ""
    return parsed
