"""Word-level helpers for descriptions of speakers: gender of a person noun, the nominative of
a head noun, adjective bases ("eines israelischen Beamten" → "Israelischer Beamter"), and the
word classes and patterns the resolver's strategies share."""

from __future__ import annotations

import re

from quotes.parse import Word
from quotes.text import fold

PERSON_SUFFIXES = ("er", "or", "at", "ent", "ist", "ant", "te", "ling", "zeuge", "experte", "kollege")
ADJ_ENDINGS = ("en", "em", "er", "es", "e")
STRONG_ENDINGS = {"Masc": "er", "Fem": "e", "Neut": "es"}
# Epithets the press gives an armed group it names elsewhere in the article ("die
# Islamistenorganisation", "die Terroristen"), folded, without hyphens; they refer to the nearest
# earlier group of these sides.
GROUP_EPITHETS = ("palastinenserorganisation", "islamistenorganisation", "terrororganisation",
                  "palastinensergruppe", "islamistengruppe", "terrorgruppe", "terrormiliz",
                  "islamistenmiliz", "terroristen", "islamisten", "extremistenorganisation")
ARMED_GROUP_SIDES = ("Hamas", "Islamic Jihad", "Hezbollah")
WARRING_SIDES = ("Israel", *ARMED_GROUP_SIDES, "Iran")  # the sides at war, not mediators
# words of the English names of bodies a group runs ("Gaza Health Ministry", "Gaza Civil
# Defence"): of its side, but no epithet of the group ("die Islamisten") refers to them
RUN_BODY_WORDS = ("Ministry", "Office", "Defence", "Authority", "Police", "Court", "Hospital")
NAME_UPOS = ("PROPN", "X")
BODY_PARTS = {"delegation", "verhandlungsdelegation", "fuhrung", "spitze", "verhandlungsteam",
              "unterhandlerteam", "politburo", "flugel", "vertretung", "buro"}  # "eine Delegation der
# Hamas", "das Hamas-Büro in Kairo": part of it
# parts that speak for their body ("die Hamas-Delegation erklärte" is Hamas's); a wing is a body
# of its own ("der militärische Flügel der Hamas": the Qassam Brigades)
SPEAKING_PARTS = BODY_PARTS - {"flugel"}
# Bodies a leader's name follows ("die Regierung Netanjahu", "das Kabinett Netanjahu"): the
# body he leads, no title of his (a later "Die Regierung" is the government, not he).
LED_BODIES = ("regierung", "kabinett", "koalition", "administration")
# "von der Hamas kontrollierten ", "von Israel geführte ": an agent and the participle it governs
ATTRIBUTE = re.compile(  # "von der Hamas kontrollierten", "Hamas-kontrollierten", "im Gazastreifen
    # herrschenden": a participle with its agent or place before the noun it describes
    r"(?:\b(?:von|vom|im|in)\s+(?:der\s+|dem\s+|den\s+)?[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?\s+"
    r"|\b[A-ZÄÖÜ]\w*-)[a-zäöü]\w*(?:t|en|end)(?:e|en|em|er|es)\s+(?=[A-ZÄÖÜ])")
TIME = re.compile(r"\s*(?:\d{1,2}[.:]\d{2}\s*(?:Uhr)?|\d+\s*Uhr)\s*$")
QUOTED_NAME = re.compile(r"\s*[„\"»«“]([^\"“”»«,.;:]{2,60}?)[“”\"«»]")
PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Ii]m|[Ii]ns|nach|aus)\s+$")
LIST_LINK = re.compile(r"\s*,\s+|\s+(?:und|sowie|als auch)\s+")  # between the members of a list
LIST_CLOSERS = ("und", "sowie", "als auch")  # the links that close a list ("sowohl A als auch B")
SENTENCE_ADVERBS = {"wortlich", "demnach", "dabei", "damit", "so", "hier", "dort", "ausserdem",
                    "ahnlich", "ebenso", "genauso", "gleichfalls", "anders"}  # "Ähnlich wie X äußerte sich Y"
REPORT_NOUNS = {"bericht", "angab", "information", "darstellung", "erklarung", "mitteilung"}
RELAY_TITLES = ("korrespondent", "reporter", "journalist", "korrespondentin", "reporterin", "journalistin")
PERSON_NOUN_ENDINGS = ("er", "in", "ent", "ist", "or", "at", "ling", "beamte", "angestellte", "abgeordnete",
                       "zeuge", "experte", "kollege", "angehorige", "geisel")
UNSPECIFIED = ("bericht", "schatzung", "medi", "berichterstattung", "information")
CORE_RELS = ("appos", "flat", "flat:name")
NUMBER_WORDS = {"zwei": 2, "beide": 2, "beiden": 2, "beider": 2, "drei": 3, "vier": 4}
PLACE_PREPOSITIONS = {"in", "im", "nach", "aus", "zwischen", "nahe", "durch", "ins", "gen"}
NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "von", "der", "de", "van", "bint"}


def looks_like_name(speaker: str) -> bool:
    """"Chalil al-Hajja", not a label ("spokesperson … (unnamed)") nor a German description."""
    words = speaker.split()
    return len(words) <= 6 and "(" not in speaker and " and " not in speaker \
        and all(w[:1].isupper() or "-" in w or fold(w) in NAME_PARTICLES for w in words)


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


def genitive_stripped(text: str, lemma: str) -> str:
    """The form without its genitive ending where the tagger's lemma is one letter off it
    ("Krankenhauses": lemma "Krankenhauß" → "Krankenhaus"); else the lemma."""
    if text.startswith(lemma):
        return lemma
    for ending in ("es", "s"):
        base = text[: -len(ending)] if text.endswith(ending) else ""
        if len(base) == len(lemma) and sum(a != b for a, b in zip(base, lemma, strict=True)) == 1:
            return base
    return lemma


def noun_nominative(head: Word, gender: str | None) -> str:
    """Nominative singular of a head noun: the lemma, adjectival nouns with their strong ending."""
    lemma = head.lemma if head.lemma[:1].isupper() else head.text
    lemma = genitive_stripped(head.text, lemma)
    if lemma.lower().endswith(("beamte", "angestellte", "vertraute", "abgeordnete")) and gender == "Masc":
        return lemma + "r"
    return lemma
