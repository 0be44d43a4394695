"""English labels for speakers the text describes but does not name (GUIDELINES.md F3, D11, D12).

"ein ranghoher US-Beamter" → "anonymous senior US official"; "ein Sprecher des katarischen
Außenministeriums" → "spokesperson of the Qatari foreign ministry (unnamed)"; "israelische Medien"
→ "Israeli media". The vocabulary lives in the `labels` block of `affiliation_cues.json`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict

from quotes.lexicon import DATA_DIR
from quotes.text import fold

WORD = re.compile(r"[\w'’]+", re.UNICODE)
ADJ_ENDINGS = ("en", "em", "er", "es", "e")
ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines"}
QUANTIFIERS = {"mehrere", "einige", "zahlreiche", "viele", "verschiedene", "andere", "weitere", "zwei",
               "drei", "namentlich", "nicht", "genannt", "genannte", "ungenannte", "anonyme"}
FAMILIAR = (("mit den verhandlungen vertraut", " familiar with the talks"),
            ("mit den gesprachen vertraut", " familiar with the talks"),
            ("mit der sache vertraut", " familiar with the matter"),
            ("mit den ermittlungen vertraut", " familiar with the investigation"),
            ("mit der angelegenheit vertraut", " familiar with the matter"),
            ("an den gesprachen", " in the talks"), ("an den verhandlungen", " in the talks"),
            ("vertraut", " familiar with the talks"))
VERTRAUT = re.compile(r"(?<!\w)vertraut")  # the adjective in lower case: "ein Vertrauter" is a confidant


class LabelRules(BaseModel):
    """Schema of the `labels` block: German words of a description and their English labels."""

    model_config = ConfigDict(extra="forbid")

    anonymous: dict[str, tuple[str, str]]  # noun → (singular, plural): "anonymous … official"
    unnamed: dict[str, tuple[str, str]]  # noun → (singular, plural): "unnamed observers"
    people: dict[str, tuple[str, str]] = {}  # noun → (singular, plural), no prefix: "protesters"
    kin: dict[str, str] = {}  # "mutter" → "mother": "mother of a hostage"
    kin_of: dict[str, tuple[str, str]] = {}  # "geisel" → ("hostage", "hostages"), whose kin
    groups: dict[str, str]  # "medien" → "media": "Israeli media"
    offices: dict[str, str]  # "sprecher" → "spokesperson": "… of the X (unnamed)"
    owners: dict[str, str]  # "außenministerium" → "foreign ministry"
    bodies: dict[str, str] = {}  # "pressestelle" → "press office": "Hamas press office" (D12)
    adjectives: dict[str, str]  # "katarisch" → "Qatari"
    senior: list[str]
    definite_names: list[str] = []  # one-word names English writes with "the": "the Pentagon"
    affiliation_adjectives: dict[str, str]
    countries: dict[str, str]  # "Qatari" → "Qatar"


@lru_cache(maxsize=2)
def label_rules(path: Path = DATA_DIR / "affiliation_cues.json") -> LabelRules:
    from quotes.registry import AffiliationCuesFile, load_validated  # registry imports this module

    return load_validated(path, AffiliationCuesFile).labels  # type: ignore[attr-defined]


@lru_cache(maxsize=2)
def folded_offices(path: Path = DATA_DIR / "affiliation_cues.json") -> tuple[tuple[str, str], ...]:
    """The office nouns folded with their English labels, longest first ("außenminister" before
    "minister"): read once, not per mention."""
    offices = folded_table(label_rules(path).offices)
    return tuple(sorted(offices.items(), key=lambda item: len(item[0]), reverse=True))


def folded_table(table: dict) -> dict:
    return {fold(k): v for k, v in table.items()}


def adjective_stem(word: str) -> str:
    """"israelischen" → "israelisch"; "Katars" stays for the genitive table."""
    w = fold(word)
    for ending in ADJ_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)]
    return w


class Described:
    """The parts of one description: head noun, its class, qualifiers and owner."""

    def __init__(self) -> None:
        self.kind: str | None = None  # anonymous | unnamed | people | group | office
        self.noun: str | tuple[str, str] = ""
        self.plural_form = False
        self.adjectives: list[str] = []
        self.owner_adjectives: list[str] = []
        self.owner: str | None = None
        self.senior = False
        self.form_number: bool | None = None  # "Quelle" singular, "Quellen" plural, whatever the tagger says
        self.after_head = 0  # words after the head noun ("des Finanzministeriums", a name)
        self.unknown_part = False  # a compound whose first part the tables do not know ("Delegationsleiter")


SINGULAR_ARTICLES = ("ein", "eine", "einen", "einem", "eines", "einer")


def label_side(label: str) -> str:
    """The side an English label's adjective names ("anonymous Israeli officials": Israel), else other."""
    words = f" {label} "
    return next((side for side, adjective in label_rules().affiliation_adjectives.items()
                 if f" {adjective} " in words), "other")


def english_label(desc: str, plural: bool | None = None, affiliation: str | None = None,
                  written: str = "", owner_name: str | None = None) -> str | None:
    """The English label for a German description of an unnamed speaker, or None if unknown;
    `written` is the mention as the text has it (for phrases like "an den Gesprächen");
    `owner_name` the registry body that owns an office the tables cannot name, with its article
    ("the White House", "Hamas")."""
    rules = label_rules()
    kin = kin_label(desc, rules, written)
    if kin is not None:
        return kin
    represented = representatives_label(desc, rules, plural)
    if represented is not None:
        return represented
    d = parse_description(desc, rules)
    if d is None:
        return None
    if not d.adjectives and not d.owner_adjectives and affiliation in rules.affiliation_adjectives \
            and d.kind in ("anonymous", "office"):
        d.owner_adjectives.append(rules.affiliation_adjectives[affiliation])
    quals = list(dict.fromkeys(d.adjectives + d.owner_adjectives))
    close = close_to(desc, rules)
    if close is not None and d.kind in ("anonymous", "group"):  # "Hamas-nahe Quellen" are close
        quals = [q for q in quals if q != close[0]]  # to Hamas, not Hamas's own
    many = d.form_number if d.form_number is not None else plural if plural is not None else d.plural_form
    if many and fold(written.split(" ", 1)[0]) in SINGULAR_ARTICLES:
        many = False  # "einen Regierungsbeamten": the form is the plural's, the article says one
    folded = fold(f"{desc} {written}")
    extra = next((tail for key, tail in FAMILIAR if key in folded and (
        key != "vertraut" or VERTRAUT.search(f"{desc} {written}"))), "")
    if close is not None and d.kind in ("anonymous", "group"):
        extra = f" close to {close[1]}{extra}"
    if d.kind in ("anonymous", "unnamed"):
        singular, plural_noun = d.noun  # type: ignore[misc]
        noun = plural_noun if many else singular
        owner = [d.owner] if d.kind == "anonymous" and d.owner else []  # "defence ministry official"
        words = [d.kind] + (["senior"] if d.senior else []) + quals + owner + [noun]
        return " ".join(words) + extra
    if d.kind == "people":  # "Demonstranten": "protesters", "israelische Demonstranten" likewise
        singular, plural_noun = d.noun  # type: ignore[misc]
        return " ".join(quals + [plural_noun if many else singular]) + extra
    if d.kind == "group":
        if not quals and " " in str(d.noun):
            return str(d.noun)  # "Diplomatenkreise" → "diplomatic sources"
        if not quals:
            return None  # "Medien", "Angaben" alone: an unspecified report (D11)
        noun = str(d.noun)
        if noun.startswith("anonymous "):  # "anonymous Palestinian security sources"
            return " ".join(["anonymous", *quals, noun.removeprefix("anonymous ")])
        return " ".join(quals + [noun])
    if d.kind == "office":
        if owner_name and d.owner in GENERIC_OWNERS:  # "der Hilfsorganisation Oxfam": Oxfam
            return f"{d.noun} of {owner_name} (unnamed)"
        if d.owner:
            return f"{d.noun} of the {' '.join(quals + [d.owner])} (unnamed)".replace("  ", " ")
        if owner_name:  # "… of the White House", "… of Hamas", "… of UNICEF"
            return f"{d.noun} of {owner_name} (unnamed)"
        if quals:
            country = rules.countries.get(quals[-1], quals[-1])
            return f"{d.noun} of {country} (unnamed)"
        if not d.after_head and not d.unknown_part:  # "der Bürgermeister" alone: no owner, no name
            return f"{d.noun} (unnamed)"
        place = PLACE_AFTER.search(desc)
        if place is not None and not d.unknown_part:  # "der Bürgermeister von Sderot"
            return f"{d.noun} of {place.group(1)} (unnamed)"
    return None


# "von Sderot", "aus Chan Junis": a place (one or two capitalised words) that ends a description
PLACE_AFTER = re.compile(r"^\S+\s+(?:von|aus)\s+([A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)$", re.UNICODE)


# owners that name a kind of body, not the body: a registry name after them is its name
GENERIC_OWNERS = {"aid organisation", "organisation", "foundation", "authority"}
CLOSE_TO = re.compile(r"([\w]+)-nah\w*|(?:der|dem|den)\s+([\w]+)\s+nahe?stehend\w*"
                      r"|(?:aus\s+dem|im)\s+Umfeld\s+(?:der|des)\s+([\w]+)", re.UNICODE)


def close_to(desc: str, rules: LabelRules) -> tuple[str, str] | None:
    """"Hamas-nahe Quellen", "einer der Hamas nahestehenden Quelle", "Quellen aus dem Umfeld
    der Hamas": (the qualifier the name would give, the name as a label writes it after "close
    to": "Hamas", "Israel")."""
    found = CLOSE_TO.search(desc)
    if found is None:
        return None
    word = fold(found.group(1) or found.group(2) or found.group(3))
    adjectives = folded_table(rules.adjectives)
    qualifier = adjectives.get(word) or adjectives.get(adjective_stem(word))
    if qualifier is None:
        return None
    return qualifier, rules.countries.get(qualifier, qualifier)


def singular_label(label: str) -> str:
    """"anonymous Israeli officials" → "anonymous Israeli official": one member of a labelled
    group, by the tables' own singular and plural nouns."""
    rules = label_rules()
    pairs = {plural: singular for table in (rules.anonymous, rules.unnamed, rules.people)
             for singular, plural in table.values() if singular != plural}
    for plural in sorted(pairs, key=len, reverse=True):
        if label.endswith(" " + plural) or label == plural:
            return label[: len(label) - len(plural)] + pairs[plural]
    return label


PLURAL_KIN_OF = {"geiseln", "soldaten", "entfuhrten", "verschleppten"}  # folded plural forms


HOSTAGE_NOUNS = {("hostage", "hostages")}


REPRESENTATIVE_NOUNS = {"vertreter": False, "vertreterin": False, "vertreterinnen": True}  # folded: plural


def representatives_label(desc: str, rules: LabelRules, plural: bool | None = None) -> str | None:
    """"Vertreter der Familien", "Vertreterin der Angehörigen der Geiseln": people who speak for
    relatives are "representatives of the families (of the hostages)", not officials of a body
    (F4: other, like the families)."""
    words = WORD.findall(desc)
    while words and fold(words[0]) in ARTICLES:
        words.pop(0)
    if len(words) < 3 or fold(words[0]) not in REPRESENTATIVE_NOUNS or fold(words[1]) not in ("der", "von"):
        return None
    kin = folded_table(rules.kin)
    rest = " ".join(words[2:])
    whose = kin_label(rest, rules) if len(words) > 3 else None
    last = fold(words[2])
    last = last if last in kin else last.removesuffix("n")  # "Angehörigen"
    if whose is None and len(words) == 3 and last in kin:
        whose = kin[last]  # "der Familien": the families
    if whose is None:
        return None
    many = REPRESENTATIVE_NOUNS[fold(words[0])] or bool(plural)
    return f"{'representatives' if many else 'representative'} of the {whose}"


def kin_owner(word: str, owners: dict) -> tuple[str, str] | None:
    """The English noun of whom a kin noun is kin: the table's word, its genitive ("Soldaten",
    "Opfers") or feminine form ("Soldatin", "Soldatinnen"), or an attribute that is one
    ("verschleppten")."""
    w = fold(word)
    for form in (w, w.removesuffix("s"), w.removesuffix("innen"), w.removesuffix("in")):
        if form in owners and (form == w or len(form) >= 4):
            return tuple(owners[form])  # type: ignore[return-value]
    return None


ONE_OF_KIN = {"angehorige": "relative", "verwandte": "relative"}  # folded: with an article, the
# weak "-e" form is one person ("die Angehörige"); the plural after an article ends in "-en"


def kin_label(desc: str, rules: LabelRules, written: str = "") -> str | None:
    """"Die Mutter einer Geisel" → "mother of a hostage", "Angehörige der Geiseln" → "relatives
    of the hostages": a kinship noun and the person it is kin of, both in the tables."""
    words = WORD.findall(desc)
    first = WORD.findall(written or desc)[:1]
    articled = bool(first) and fold(first[0]) in ARTICLES
    while words and fold(words[0]) in ARTICLES:
        words.pop(0)
    kin = folded_table(rules.kin)
    if articled and words and fold(words[0]) in ONE_OF_KIN:  # "eine Angehörige einer Geisel":
        kin = {**kin, fold(words[0]): ONE_OF_KIN[fold(words[0])]}  # one, not "Angehörige" (all)
    owners = folded_table(rules.kin_of)
    if len(words) < 3 or fold(words[0]) not in kin:
        return None
    article = fold(words[1])
    if article not in ("einer", "eines", "der", "des", "von"):
        return None
    between = words[2:-1]
    if any(not (w[:1].islower() or w[:1].isdigit()) for w in between):
        return None  # "Mutter einer 19-jährigen Soldatin": only attributes between, no other noun
    owner = kin_owner(words[-1], owners)
    taken = [fold(w) for w in between if kin_owner(w, owners) in HOSTAGE_NOUNS]
    if owner is None and taken:  # "Schwester eines verschleppten Musikers"; a table noun stays
        owner = "hostage", "hostages"  # ("Vater eines entführten Soldaten": of a soldier)
    if owner is None:
        return None
    singular, plural = owner
    last = fold(words[-1])
    many = article in ("der", "von") and (last in PLURAL_KIN_OF or last.endswith("innen") or bool(
        taken) and last.endswith("n"))  # "der Geiseln", not "der Geisel"
    noun = plural if many else singular
    return f"{kin[fold(words[0])]} of {'a' if article in ('einer', 'eines') else 'the'} {noun}"


@lru_cache(maxsize=1024)
def is_anonymous_source_noun(word: str) -> bool:
    """"Quelle", "Beamter", "Insider": a noun the tables label an anonymous source by."""
    rules = label_rules()
    return head_noun(fold(word), [("anonymous", folded_table(rules.anonymous))],
                     folded_table(rules.adjectives)) is not None


def is_source_noun(word: str) -> bool:
    """Whether a word is the head noun of an unnamed-speaker description ("Insider", "Anwohner",
    "Augenzeuginnen"), itself or as a compound's end."""
    rules = label_rules()
    tables = [("anonymous", folded_table(rules.anonymous)), ("unnamed", folded_table(rules.unnamed)),
              ("people", folded_table(rules.people))]
    return head_noun(fold(word), tables, folded_table(rules.adjectives)) is not None


@lru_cache(maxsize=1024)
def is_label_noun(word: str) -> bool:
    """Whether the label tables know `word` (or the end of the compound it is) as the head of
    a description ("Kreise", "Hamas-Vertreter"): a form worth keeping as written."""
    rules = label_rules()
    tables = [("anonymous", folded_table(rules.anonymous)), ("unnamed", folded_table(rules.unnamed)),
              ("people", folded_table(rules.people)), ("group", folded_table(rules.groups)),
              ("office", folded_table(rules.offices))]
    return head_noun(fold(word), tables, folded_table(rules.adjectives)) is not None


def parse_description(desc: str, rules: LabelRules) -> Described | None:
    """Find the head noun (a compound's last part counts: "Regierungsvertreter"), its
    adjectives before it and its genitive owner after it; unknown words end the owner."""
    tables = [("anonymous", folded_table(rules.anonymous)), ("unnamed", folded_table(rules.unnamed)),
              ("people", folded_table(rules.people)), ("group", folded_table(rules.groups)),
              ("office", folded_table(rules.offices))]
    adjectives = folded_table(rules.adjectives)
    owners = folded_table(rules.owners)
    senior = [fold(s) for s in rules.senior]
    words = WORD.findall(desc.replace("-", " - "))
    d = Described()
    for i, word in enumerate(words):
        w = fold(word)
        if word[:1].islower() and any(x[:1].isupper() for x in words[i + 1:]):
            continue  # "ein mit den Gesprächen vertrauter Diplomat": an adjective, not the head
        hit = head_noun(w, tables, adjectives, owners)
        if hit is None or hit.compound and umlaut_lost(word, rules):
            continue
        if owned_by_earlier_noun(words[:i], adjectives):
            return None  # "Mutter eines entführten Soldaten": the soldier only owns the head
        d.kind, d.noun, prefix, d.owner = hit.kind, hit.noun, hit.prefix_label, hit.owner
        d.unknown_part = hit.compound and not prefix and not hit.owner
        d.plural_form = isinstance(d.noun, (list, tuple)) and d.noun[0] == d.noun[1]
        d.form_number = hit.number if hit.number is not None else number_of_form(w, tables)
        if prefix:
            d.adjectives.append(prefix)
        for before in words[:i]:
            b = adjective_stem(before)
            if any(b.startswith(s) for s in senior):
                d.senior = True
            elif b in adjectives and adjectives[b] not in d.adjectives:
                d.adjectives.insert(len(d.adjectives) - bool(prefix), adjectives[b])
            elif b.startswith(DEPUTY_ADJECTIVE) and d.kind == "office" \
                    and not str(d.noun).startswith("deputy"):
                d.noun = f"deputy {d.noun}"  # "der stellvertretende Hamas-Chef": not the head
        owner_of(words[i + 1:], d, adjectives, owners)
        if d.owner is None and d.kind == "office":
            d.owner = hyphenated_owner(desc, owners)
        d.after_head = len(words) - i - 1
        return d
    return None


def umlaut_lost(word: str, rules: LabelRules) -> bool:
    """Whether `word` ends in a table noun only once both are folded: "Hamburger" (of Hamburg,
    "die Hamburger Stadtreinigung") ends in "burger", not in "Bürger"; the longest table noun
    it ends in decides, and a written umlaut must be written in the word too."""
    tables = (rules.anonymous, rules.unnamed, rules.people, rules.groups, rules.offices)
    folded = fold(word)
    ends = [k for table in tables for k in table if len(k) >= 5 and folded.endswith(fold(k))]
    if not ends:
        return False
    key = max(ends, key=len)
    return fold(key) != key.casefold() and not word.casefold().endswith(key.casefold())


GENITIVE_ARTICLES = {"des", "der", "eines", "einer"}
DEPUTY_ADJECTIVE = "stellvertret"  # folded stem of "stellvertretende": a deputy's office


def owned_by_earlier_noun(before: list[str], adjectives: dict) -> bool:
    """Whether the words before a table noun hold a head noun of their own that the table noun
    is the genitive owner of: a capitalised word that is no adjective nor article, then "des",
    "der", "eines" or "einer"."""
    for j, word in enumerate(before):
        w = fold(word)
        if word[:1].isupper() and w not in ARTICLES and adjective_stem(word) not in adjectives \
                and w not in adjectives and any(fold(b) in GENITIVE_ARTICLES for b in before[j + 1:]):
            return True
    return False


def number_of_form(w: str, tables) -> bool | None:
    """Plural (True) or singular (False) when the noun's two forms differ ("Quelle"/"Quellen",
    "Diplomat"/"Diplomaten"); None when one form serves both ("Vermittler")."""
    for _kind, table in tables:
        if w not in table:
            continue
        if any(other != w and other.startswith(w) and other[len(w):] in ("n", "en", "e") for other in table):
            return False
        if any(other != w and w.startswith(other) and w[len(other):] in ("n", "en", "e") for other in table):
            return True
    return None


class HeadNoun(NamedTuple):
    """A head-noun candidate: its class and English noun, the label of a compound's first part
    ("US-"), the owner a compound's first part names ("Polizei-": police), and whether it was
    matched as a compound's end at all."""

    kind: str
    noun: object
    prefix_label: str | None = None
    owner: str | None = None
    compound: bool = False
    number: bool | None = None  # plural (True) or singular (False) where the form says so: "-innen", "-in"


def head_noun(w: str, tables, adjectives: dict, owners: dict | None = None) -> HeadNoun | None:
    """The head noun `w` is, itself, as the end of a compound ("Armeesprecher": an office,
    "spokesperson", owner "army") or as the feminine form of either ("Augenzeugin",
    "Diplomatinnen", "UN-Mitarbeiterin": the table's masculine noun, singular or plural)."""
    hit = masculine_head_noun(w, tables, adjectives, owners)
    if hit is not None:
        return hit
    personal = [(kind, table) for kind, table in tables if kind != "group"]  # "Palästinenserin" is no
    for base, plural in feminine_bases(w):  # source group ("nach Angaben der Palästinenser")
        hit = masculine_head_noun(base, personal, adjectives, owners)
        if hit is not None:
            return hit._replace(number=plural)
    return None


def feminine_bases(w: str) -> list[tuple[str, bool]]:
    """The masculine forms a folded feminine noun may come from, with its number: "beamtin" →
    "beamt", "beamter", "beamte" (singular); "arztinnen" → "arzt" … (plural)."""
    if w.endswith("innen") and len(w) > 7:
        base, plural = w[:-5], True
    elif w.endswith("in") and len(w) > 5:
        base, plural = w[:-2], False
    else:
        return []
    return [(base, plural), (base + "er", plural), (base + "e", plural)]


def masculine_head_noun(w: str, tables, adjectives: dict, owners: dict | None = None) -> HeadNoun | None:
    """`head_noun` for the form as written."""
    for kind, table in tables:
        if w in table:
            return HeadNoun(kind, table[w])
        if w.endswith("n") and w[:-1] in table:  # dative plural: "Beobachtern"
            return HeadNoun(kind, table[w[:-1]])
    ends = [(key, kind, value) for kind, table in tables for key, value in table.items()
            if len(key) >= 5 and w.endswith(key) and len(w) > len(key)]
    if not ends:
        return None
    key, kind, value = max(ends, key=lambda end: len(end[0]))  # "Verhandlungsführer" before "Führer"
    prefix = w[: -len(key)].rstrip("-")
    owner = owners.get(prefix) or owners.get(prefix.removesuffix("s")) \
        if kind == "office" and owners else None  # "Regierungssprecher": the government's
    label = None if owner else adjectives.get(prefix) or adjectives.get(prefix.rstrip("s"))
    return HeadNoun(kind, value, label, owner, compound=True)


HYPHENATED_OWNER = re.compile(r"\b(?:des|der)\s+[A-ZÄÖÜ][\w]*(?:-[\w]+)*-([\w]+)$", re.UNICODE)


def hyphenated_owner(desc: str, owners: dict) -> str | None:
    """The owner a genitive compound of a name ends a description in ("Direktor des
    Al-Schifa-Krankenhauses": hospital), None for anything else."""
    found = HYPHENATED_OWNER.search(desc)
    return owners.get(fold(found.group(1))) if found else None


def owner_of(words: list[str], d: Described, adjectives: dict, owners: dict) -> None:
    """"des katarischen Außenministeriums", "Ägyptens", "der Hamas": who the head belongs to."""
    for word in words:
        w = fold(word)
        if w in ARTICLES or w == "-":
            continue
        if w in owners:
            d.owner = owners[w]
            return
        a = adjectives.get(adjective_stem(word)) or adjectives.get(w)
        if a:
            if a not in d.owner_adjectives:
                d.owner_adjectives.append(a)
            continue
        return
