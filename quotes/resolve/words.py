"""Word-level helpers for descriptions of speakers: gender of a person noun, the nominative of
a head noun, adjective bases ("eines israelischen Beamten" → "Israelischer Beamter")."""

from __future__ import annotations

from quotes.parse import Word

PERSON_SUFFIXES = ("er", "or", "at", "ent", "ist", "ant", "te", "ling")
ADJ_ENDINGS = ("en", "em", "er", "es", "e")
STRONG_ENDINGS = {"Masc": "er", "Fem": "e", "Neut": "es"}
# Epithets the press gives an armed group it names elsewhere in the article ("die
# Islamistenorganisation", "die Terroristen"), folded, without hyphens; they refer to the nearest
# earlier group of these sides.
GROUP_EPITHETS = ("palastinenserorganisation", "islamistenorganisation", "terrororganisation",
                  "palastinensergruppe", "islamistengruppe", "terrorgruppe", "terrormiliz",
                  "islamistenmiliz", "terroristen", "islamisten", "extremistenorganisation")
ARMED_GROUP_SIDES = ("Hamas", "Islamic Jihad", "Hezbollah")


def person_gender(head: Word) -> str | None:
    """The parse's gender, but nouns for people ("Regierungsvertreter") are not neuter."""
    gender = head.feat("Gender")
    if gender == "Neut" and head.text.lower().endswith(PERSON_SUFFIXES + ("ern", "ers", "ten")):
        return "Masc"
    return gender


def looks_personal(head: Word) -> bool:
    """A name, a pronoun, or one man or woman described ("ein israelischer Regierungsvertreter")."""
    if head.upos in ("PROPN", "PRON"):
        return True
    return (head.upos == "NOUN" and head.feat("Number") != "Plur"
            and person_gender(head) in ("Masc", "Fem")
            and head.text.lower().endswith((*PERSON_SUFFIXES, "in")))


def adjective_base(word: str) -> str:
    """"israelischen" → "israelisch", "vertrauten" → "vertraut"."""
    for ending in ADJ_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def noun_nominative(head: Word, gender: str | None) -> str:
    """Nominative singular of a head noun: the lemma, adjectival nouns with their strong ending."""
    lemma = head.lemma if head.lemma[:1].isupper() else head.text
    if lemma.lower().endswith(("beamte", "angestellte", "vertraute", "abgeordnete")) and gender == "Masc":
        return lemma + "r"
    return lemma
