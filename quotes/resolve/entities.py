"""The people and organisations a document mentions, as the resolver indexes them once per
document, and the small rules that compare them (titles, name variants)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quotes.text import fold, stem
from quotes.transliterate import name_part_set

if TYPE_CHECKING:
    from quotes.parse import Sentence, Word


@dataclass
class Entity:
    name: str
    affiliation: str
    kind: str  # person | organisation | group
    gender: str | None
    titles: tuple[str, ...]
    position: int
    subject: bool = False  # subjects are the likeliest antecedents of a later "er"/"sie"
    speaker: bool = False  # someone just quoted, likelier still
    main: bool = False  # in the sentence's main clause: a likelier antecedent than a subordinate one
    written: str = ""  # a registry person's name as this text spells it ("Khalil al-Haja")


def joint_speaker(members: list[tuple[str, str | None]]) -> tuple[str, str | None]:
    """One joint speaker of several (D13): their names joined by "and" in the order given, their
    common side, else "other"."""
    sides = {side for _, side in members}
    return " and ".join(name for name, _ in members), sides.pop() if len(sides) == 1 else "other"


def joint_of(entities: dict[str, Entity]) -> tuple[str, str | None]:
    """The joint speaker of entities keyed by name, in the order they were named."""
    return joint_speaker([(name, e.affiliation) for name, e in entities.items()])


def is_singular_label(speaker: str) -> bool:
    """"anonymous participant in the talks" is one person (a later "er" may refer to it)."""
    first = speaker.split(" (")[0].split(" in ")[0].split(" of ")[0]
    return (speaker.startswith(("anonymous ", "spokesperson", "unnamed ")) or first in SINGLE_KIN) \
        and not first.endswith("s")  # "father of a hostage" too, not "relatives of the hostages"


SINGLE_KIN = {"mother", "father", "brother", "sister", "son", "daughter", "wife", "husband",
              "uncle", "aunt", "cousin", "grandmother", "grandfather", "relative"}


def gender_of(titles: tuple[str, ...]) -> str | None:
    """"f" for "Botschafterin Karen Whitfield" or "Sara Netanjahu, Ehefrau des …", "m" for
    "Minister Benny Gantz", else None."""
    if titles:
        return "f" if titles[0].lower().endswith(FEMININE_TITLE_ENDINGS) else "m"
    return None


# a woman's title or kin noun: "Botschafterin", "Ehefrau", "Mutter", "Tochter", "Schwester", "Witwe"
FEMININE_TITLE_ENDINGS = ("in", "frau", "mutter", "tochter", "schwester", "witwe")


def carries_title(e: Entity, title_stem: str) -> bool:
    """"Außenminister" carries "Minister": titles compare by stem, compounds by their end,
    with or without a hyphen ("Politbürochef" is a "Politbüro-Chef")."""
    title_stem = title_stem.replace("-", "")
    return any(stem(t).replace("-", "").endswith(title_stem)
               and not (title_stem == "minist" and fold(t).startswith("premier"))  # "der Minister"
               for t in e.titles)  # is no prime minister


DEPUTY_WORDS = {"vize", "stellvertreter", "stellvertreterin"}  # folded: a deputy of the head
DEPUTY_ADJECTIVE = "stellvertret"  # folded: "der stellvertretende Hamas-Chef"
HEAD_OFFICE = "chef"  # what a bare "Vize" or "Stellvertreter" stands in for


def deputy_base(title: str) -> str | None:
    """The office a deputy's title stands in for, folded: "Vize-Chef", "Hamas-Vize",
    "Stellvertreter" → "chef"; "Vizepräsident" → "prasident"; "stellvertretende Hamas-Chef"
    → "chef". None for a title that is no deputy's: the deputy holds another office than the
    head whose title ends his own ("Vize-Chef" is no "Chef")."""
    words = fold(title).split()
    if not words:
        return None
    if len(words) > 1 and words[0].startswith(DEPUTY_ADJECTIVE):
        return words[-1].split("-")[-1]
    parts = [p for p in words[-1].split("-") if p]
    for i, part in enumerate(parts):
        if part in DEPUTY_WORDS:
            return parts[i + 1] if i + 1 < len(parts) else HEAD_OFFICE
        if part.startswith("vize") and len(part) > 6:
            return part[4:]
    return None


def same_deputy_office(a: str, b: str) -> bool:
    """Two deputies' bases name one office when one ends the other ("chef" of
    "regierungschef"), with or without the feminine -in."""
    a, b = a.removesuffix("in") or a, b.removesuffix("in") or b
    return a.endswith(b) or b.endswith(a)


def without_deputy_titles(e: Entity) -> Entity:
    """The entity with only its titles that are no deputy's: a plain "der Hamas-Chef" is not the
    one the text called "Vize-Chef" or "stellvertretende Hamas-Chef"."""
    kept = tuple(t for t in e.titles if deputy_base(t) is None)
    return e if len(kept) == len(e.titles) else replace(e, titles=kept)


def deputy_prefix(sent: Sentence, noun: Word) -> str:
    """"stellvertretende " where an adjective makes the title noun a deputy's ("der
    stellvertretende Hamas-Chef X"): the title keeps it, so he is no later "der Hamas-Chef"."""
    return next((k.text + " " for k in sent.kids(noun.id) if k.deprel == "amod"
                 and fold(k.lemma or k.text).startswith(DEPUTY_ADJECTIVE)), "")


def deputy_of(e: Entity, base: str) -> bool:
    """Whether one of the entity's titles is a deputy's of the office `base`."""
    return any(same_deputy_office(b, base) for t in e.titles if (b := deputy_base(t)) is not None)


def merge_name_variants(entities: list[Entity]) -> None:
    """"Minister Benny Gantz" … "Gantz hält dagegen": one person, one name, all titles seen."""
    people = [e for e in entities if e.kind == "person"]
    first: dict[str, Entity] = {}  # each distinct name once: the work grows with names, not mentions
    for e in people:
        first.setdefault(e.name, e)
    for e in people:  # "Khalil al-Haja" (= Khalil al-Hayya) … "Al-Haja sagte": the short form
        if e.written and e.written not in first:  # of a spelling variant is that person too
            first[e.written] = e
    names_with: dict[str, set[str]] = {}
    for name in first:
        for part in name_part_set(name):
            names_with.setdefault(part, set()).add(name)
    fullest: dict[str, Entity] = {}
    for name in first:
        parts = name_part_set(name)  # "al-Schabani" is part of "Jussef al-Schabani"
        containing = set.intersection(*(names_with[p] for p in parts)) if parts else set()
        fuller = [first[o] for o in containing if parts < name_part_set(o) and first[o].name != name]
        if fuller:
            fullest[name] = max(fuller, key=lambda o: len(o.name))
    for e in people:
        best = fullest.get(e.name)
        if best is not None:
            e.name = best.name
            e.affiliation = best.affiliation if best.affiliation != "other" else e.affiliation
            e.gender = e.gender or best.gender
    by_name: dict[str, list[Entity]] = {}
    for e in people:
        by_name.setdefault(e.name, []).append(e)
    for same in by_name.values():
        titles = tuple(dict.fromkeys(t for o in same for t in o.titles))
        sides = {o.affiliation for o in same} - {"other"}
        for o in same:
            o.titles = titles
            if len(sides) == 1:  # "der Hamas-Funktionär X" … "X sagte": the side named once
                o.affiliation = next(iter(sides))


def in_parentheses(text: str, pos: int) -> bool:
    """Agency credits like "(dpa-AFX)" name no one."""
    opening = text.rfind("(", max(0, pos - 40), pos)
    return opening >= 0 and ")" not in text[opening:pos]
