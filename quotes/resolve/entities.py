"""The people and organisations a document mentions, as the resolver indexes them once per
document, and the small rules that compare them (titles, name variants)."""

from __future__ import annotations

from dataclasses import dataclass

from quotes.text import stem


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
    """"Außenminister" carries "Minister": titles compare by stem, compounds by their end."""
    return any(stem(t).endswith(title_stem) for t in e.titles)


def merge_name_variants(entities: list[Entity]) -> None:
    """"Minister Benny Gantz" … "Gantz hält dagegen": one person, one name, all titles seen."""
    people = [e for e in entities if e.kind == "person"]
    for e in people:
        parts = set(e.name.split())
        fuller = [o for o in people if o is not e and parts < set(o.name.split())]
        if fuller:
            best = max(fuller, key=lambda o: len(o.name))
            e.name, e.affiliation = best.name, best.affiliation
            e.gender = e.gender or best.gender
    for e in people:
        same = [o for o in people if o.name == e.name]
        titles = tuple(dict.fromkeys(t for o in same for t in o.titles))
        for o in same:
            o.titles = titles


def in_parentheses(text: str, pos: int) -> bool:
    """Agency credits like "(dpa-AFX)" name no one."""
    opening = text.rfind("(", max(0, pos - 40), pos)
    return opening >= 0 and ")" not in text[opening:pos]
