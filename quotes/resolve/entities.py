"""The people and organisations a document mentions, as the resolver indexes them once per
document, and the small rules that compare them (titles, name variants)."""

from __future__ import annotations

from dataclasses import dataclass

from quotes.text import stem
from quotes.transliterate import name_part_set


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
    return speaker.startswith(("anonymous ", "spokesperson", "unnamed ")) and not first.endswith("s")


def gender_of(titles: tuple[str, ...]) -> str | None:
    """"f" for "Botschafterin Karen Whitfield", "m" for "Minister Benny Gantz", else None."""
    if titles:
        return "f" if titles[0].lower().endswith("in") else "m"
    return None


def carries_title(e: Entity, title_stem: str) -> bool:
    """"Außenminister" carries "Minister": titles compare by stem, compounds by their end,
    with or without a hyphen ("Politbürochef" is a "Politbüro-Chef")."""
    title_stem = title_stem.replace("-", "")
    return any(stem(t).replace("-", "").endswith(title_stem) for t in e.titles)


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
