"""The speaker registry: canonical people and organisations with aliases, and descriptor rules.

`quotes/data/speakers.json` lists each speaker once under its canonical name (GUIDELINES.md F3:
the common English transliteration of a person's full name, organisations by their English
name) with the German names, transliterations and short forms the texts use as aliases.
`quotes/data/affiliation_cues.json` maps words of a description ("Hamas-Chefunterhändler",
"katarischer Regierungschef") to an affiliation for speakers the registry does not list.
Both files are validated on load; a typo names the file and the key.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from quotes.labels import LabelRules, adjective_stem
from quotes.lexicon import DATA_DIR
from quotes.models import Affiliation, SpeakerEntry
from quotes.text import fold, stem, tokens
from quotes.transliterate import (
    name_part_set,
    name_parts,
    one_edit_apart,
    short_name_keys,
    sound_forms,
    spelling_keys,
    surname_keys,
)

MAX_ALIAS_TOKENS = 8
# Nouns for an institution that every state has: an alias made of them alone ("Armee",
# "Gesundheitsministerium") names the registry's body only where the text places it nowhere else.
INSTITUTION_ENDINGS = ("ministerium", "ministeriums", "behorde", "behorden", "armee", "militar",
                       "militars", "streitkrafte", "luftwaffe", "marine", "rat", "rats", "schutz",
                       "verteidigung", "buro", "buros", "kabinett", "kabinetts", "versammlung",
                       "kommando", "geheimdienst", "geheimdienstes", "polizei", "hilfswerk",
                       "gericht", "gerichtshof", "parlament", "kommission", "fuhrung", "regierung")
ARTICLE_WORDS = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "eines", "einer",
                           "einem", "einen"})
MILITARY_ENDINGS = ("armee", "militar", "militars", "streitkrafte", "luftwaffe", "marine", "kommando")
PLACE_AFTER = re.compile(r"\s+(?:(?:im|in|aus)\s+(?:der\s+|dem\s+|den\s+)?)"
                         r"([A-ZÄÖÜ][\w-]+(?:\s[A-Z][\w-]+)?)")
OWNER_AFTER = re.compile(r"\s+(?:des\s+|der\s+|von\s+)?([A-ZÄÖÜ][\w-]+(?:\s[A-Z][\w-]+)?)")


class RegistryFile(BaseModel):
    """Schema of speakers.json."""

    model_config = ConfigDict(extra="forbid")

    comment: str = ""
    word_variants: dict[str, str] = {}
    speakers: list[SpeakerEntry]


class AffiliationCuesFile(BaseModel):
    """Schema of affiliation_cues.json: ordered (substring, affiliation) rules."""

    model_config = ConfigDict(extra="forbid")

    comment: str = ""
    rules: list[tuple[str, Affiliation]]
    labels: LabelRules
    nations: dict[str, str] = {}
    side_nations: dict[str, str] = {}


class RegistryError(ValueError):
    """A registry data file that cannot be used, with the file and the offending key named."""


def load_validated(path: Path, schema: type[BaseModel]) -> BaseModel:
    """Parse and validate one data file; errors name the file and the key path."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise RegistryError(f"{path}: {exc}") from None
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            key = ".".join(str(p) for p in err["loc"])
            where = describe_entry(data, err["loc"])
            problems.append(f"{path}: {key}{where}: {err['msg']}")
        raise RegistryError("\n".join(problems)) from None


def describe_entry(data: object, loc: tuple) -> str:
    """" (entry 'Benny Gantz')" for an error inside one speaker, to find it without counting."""
    if len(loc) >= 2 and loc[0] == "speakers" and isinstance(loc[1], int) and isinstance(data, dict):
        try:
            return f" (entry {data['speakers'][loc[1]].get('name')!r})"
        except (IndexError, AttributeError, KeyError, TypeError):
            return ""
    return ""


def name_stem(token: str) -> str:
    """A word of a name as the registry compares it: stemmed, hyphens left out, so that
    "Geisel-Familien" meets "Geiselfamilien" and "Al-Kassam-Brigaden" "Al-Kassam Brigaden"."""
    return stem(token.replace("-", "")) if "-" in token.strip("-") else stem(token)


JOINABLE_PARTICLES = frozenset({"al", "el", "ad", "as", "bin", "ibn", "abu", "abd"})


def joined_form(name: str) -> str:
    """A name written as one word, folded: "Kassam Brigaden" and "Kassam-Brigaden" alike."""
    return fold(re.sub(r"[\s-]+", "", name))


def genitive_base(token: str) -> str | None:
    """The stem of a capitalised word without its genitive ending ("Bidens" → Biden's stem,
    "Abbas'" → "Abbas"), None for a word that cannot be one: German stems "Biden" to "bide"
    but "Bidens" to "biden", so the two forms meet only through the base."""
    if not token[:1].isupper() or len(token) < 4:
        return None
    if token[-1] in "'’":
        return name_stem(token[:-1])
    if token.endswith("s") and not token.endswith("ss"):
        return name_stem(token[:-1])
    return None


@dataclass
class Registry:
    entries: list[SpeakerEntry]
    rules: list[tuple[str, str]]
    nation_words: dict[str, str] = field(default_factory=dict)  # folded word -> nation adjective
    side_nations: dict[str, set[str]] = field(default_factory=dict)  # a side's own nation words
    nations_of: dict[str, set[str]] = field(default_factory=dict)  # entry -> its own nations
    variants: dict[str, str] = field(default_factory=dict)  # word stem -> the stem it stands for
    by_nation_noun: dict[tuple[str, str], SpeakerEntry | None] = field(default_factory=dict)
    index: dict[tuple[str, ...], SpeakerEntry] = field(default_factory=dict)
    by_folded: dict[str, SpeakerEntry] = field(default_factory=dict)
    by_key: dict[str, set[str]] = field(default_factory=dict)  # spelling key -> canonical names
    by_surname_key: dict[str, set[str]] = field(default_factory=dict)
    short_surnames: list[tuple[frozenset[str], str]] = field(default_factory=list)  # sound forms, name
    joined: dict[str, SpeakerEntry] = field(default_factory=dict)  # a name written as one word

    def __post_init__(self) -> None:
        for e in self.entries:
            if e.kind != "person":
                continue  # organisations are German nouns: a skeleton would meet common words
            for name in [e.name, *e.aliases]:
                for key in spelling_keys(name) | short_name_keys(name):
                    self.by_key.setdefault(key, set()).add(e.name)
                for key in surname_keys(name):
                    self.by_surname_key.setdefault(key, set()).add(e.name)
                surname = name_part_set(name) and name_parts(name)[-1]
                if surname and len(name_parts(name)) > 1 and not spelling_keys(surname):
                    self.short_surnames.append((sound_forms(surname), e.name))
        for e in self.entries:
            for name in [e.name, *e.aliases]:
                key = tuple(self.key(t) for t, _, _ in tokens(name))
                if key and key not in self.index:
                    self.index[key] = e
                self.joined.setdefault(joined_form(name), e)
                self.by_folded.setdefault(fold(name), e)
        for e in self.entries:
            own = {self.nation_of(w) for n in [e.name, *e.aliases] for w in re.split(r"[\s-]+", n)}
            own |= self.side_nations.get(e.affiliation, set())
            self.nations_of[e.name] = own - {None}
        for e in self.entries:  # "israelisches Verteidigungsministerium": (Israeli, the noun)
            if e.kind != "organisation":
                continue
            for name in [e.name, *e.aliases]:
                pair = self.nation_and_noun([t for t, _, _ in tokens(name)])
                if pair is not None:
                    known = self.by_nation_noun.get(pair, e)
                    self.by_nation_noun[pair] = e if known is e else None  # two bodies: no one
        # canonical names win over another entry's alias
        for e in self.entries:
            self.by_folded[fold(e.name)] = e
            key = tuple(self.key(t) for t, _, _ in tokens(e.name))
            if key:
                self.index[key] = e
            self.joined[joined_form(e.name)] = e

    def key(self, token: str) -> str:
        """A word as the index compares it: its stem, a word variant as the word it stands for."""
        return self.variant(name_stem(token))

    def variant(self, word_stem: str) -> str:
        """"aussenamt" → "aussenministerium", also at a compound's end ("usaussenamt")."""
        for variant, word in self.variants.items():
            if word_stem.endswith(variant):
                return word_stem[: len(word_stem) - len(variant)] + word
        return word_stem

    def by_name(self, name: str) -> SpeakerEntry | None:
        """The entry whose canonical name or alias is exactly `name` (folded)."""
        return self.by_folded.get(fold(name.strip()))

    def by_spelling(self, name: str) -> SpeakerEntry | None:
        """The one registry person whose name is `name` in another spelling ("Mohammed
        Schtajeh" = "Mohammad Shtayyeh", "Araghtschi" = "Araghchi"); None when no one or
        several fit. A name of several parts must match a full name (an unknown "Ahmed Hamdan"
        is not Osama Hamdan); one part alone matches a surname."""
        name = name.strip()
        forms = [name, name[:-1]] if name.endswith("s") and not name.endswith("ss") else [name]
        index = self.by_key if len(name_parts(name)) > 1 else self.by_surname_key
        found = set().union(*(index.get(k, set()) for f in forms for k in spelling_keys(f)))
        if len(name_parts(name)) > 1:  # "Ebrahim Resaei" is not Ebrahim Raisi
            found = {person for person in found if self.same_surname(name, person)}
        if not found and len(name_parts(name)) == 1 and not spelling_keys(name) and len(name) >= 4 \
                and not self.matches(name):  # "Hamas" is no "Hamsa"
            found = self.short_surname(name)
        return self.by_name(found.pop()) if len(found) == 1 else None

    def same_surname(self, name: str, person: str) -> bool:
        """Whether `name`'s last part is `person`'s surname (or a surname of one of the
        person's aliases) in another spelling: a full-name skeleton is shared by names whose
        surnames differ ("Resaei" and "Raisi" are both "RS"), and a first name alike is not
        enough. A short surname compares by its sound forms, one letter apart at most."""
        entry = self.by_name(person)
        names = [person, *(entry.aliases if entry is not None else [])]
        mine = name_parts(name)[-1]
        for known in names:
            theirs = name_parts(known)[-1]
            keys, known_keys = spelling_keys(mine), spelling_keys(theirs)
            if keys and known_keys and keys & known_keys:
                return True
            if any(one_edit_apart(a.replace("y", "i"), b.replace("y", "i"))  # "Berry" is "Berri"
                   for a in sound_forms(mine) for b in sound_forms(theirs)):
                return True
        return False

    def another_given_name(self, given: str, surname: str, person: SpeakerEntry) -> bool:
        """"Ahmed Mansur" is not Riyad Mansour: a given name before a person's one-word alias
        that is none of that person's names, unless the two spell the person's name otherwise
        ("Jahja Sinwar" is Yahya Sinwar)."""
        own = {fold(p) for n in (person.name, *person.aliases) for p in n.split()}
        return fold(given) not in own and self.by_spelling(f"{given} {surname}") is not person

    def short_surname(self, name: str) -> set[str]:
        """The registry people whose short surname `name` is in another spelling, one letter
        apart at most ("Haniya" = Haniyeh, "Naeem" = Naim), as their skeleton is too short."""
        forms = sound_forms(name)
        return {person for known, person in self.short_surnames
                if any(one_edit_apart(a, b) for a in forms for b in known)}

    def matches(self, text: str) -> list[tuple[int, int, SpeakerEntry]]:
        """Every registry name in `text`, as (start, end, entry), longest first. A name in
        the genitive ("Bidens", "Ägyptens", "Abbas'") is that name, and a name written in
        separate words that the registry writes as one ("Kassam Brigaden" for
        "Kassam-Brigaden") is that name too."""
        toks = tokens(text)
        stems = [self.key(t) for t, _, _ in toks]
        bases = [self.variant(b) if b else None for b in (genitive_base(t) for t, _, _ in toks)]
        found = []
        i = 0
        for i in range(len(toks)):
            for n in range(min(MAX_ALIAS_TOKENS, len(toks) - i), 0, -1):
                entry = self.entry_for(stems[i:i + n], bases[i + n - 1], toks[i:i + n])
                if entry and self.placed_elsewhere(text, toks, i, n, entry):
                    break  # "die jordanische Armee" is no name of the Israeli army
                if entry and not (n == 1 and self.is_demonym(toks[i][0], entry)):
                    found.append((toks[i][1], toks[i + n - 1][2], entry))
                    break
        return sorted(found, key=lambda m: m[0] - m[1])

    def entry_for(self, stems: list[str], base: str | None,
                  toks: list[tuple[str, int, int]]) -> SpeakerEntry | None:
        """The entry whose name these words are: as written, with the last word's genitive
        ending off, or (for several words) written together as one."""
        entry = self.index.get(tuple(stems))
        if entry is None and base is not None:
            entry = self.index.get((*stems[:-1], base))
        if entry is None and len(toks) > 1 and all(t[:1].isupper() or fold(t) in JOINABLE_PARTICLES
                                                   for t, _, _ in toks) and toks[0][0][:1].isupper():
            joined = joined_form(" ".join(t for t, _, _ in toks))  # "Kassam Brigaden", not "in die"
            entry = self.joined.get(joined) or self.joined.get(joined.removesuffix("s"))
        if entry is None and len(toks) > 2:
            entry = self.inner_genitive(stems, toks)
        if entry is None and len(toks) == 1 and "-" in toks[0][0].strip("-"):
            entry = self.owned_compound(toks[0][0])
        if entry is None and len(toks) in (2, 3):
            entry = self.composed(toks)
        return entry

    def inner_genitive(self, stems: list[str], toks: list[tuple[str, int, int]]) -> SpeakerEntry | None:
        """A name whose noun is not its last word, in the genitive: "des bewaffneten Arms der
        Hamas" is "bewaffneter Arm der Hamas"."""
        for j, (t, _, _) in enumerate(toks[:-1]):
            base = genitive_base(t)
            if j and base is not None:
                entry = self.index.get((*stems[:j], self.variant(base), *stems[j + 1:]))
                if entry is not None:
                    return entry
        return None

    def nation_and_noun(self, words: list[str]) -> tuple[str, str] | None:
        """("Israeli", the noun's key) for "israelisches X", "Israels X", "X Israels", "X in
        Jerusalem", "X des Libanon": a nation word and an institution noun."""
        words = [w for w in words if fold(w) not in ARTICLE_WORDS]
        if len(words) == 3 and fold(words[1]) in ("in", "im", "aus", "von"):
            words = [words[0], words[2]]
        if len(words) != 2:
            return None
        for nation, noun in ((words[0], words[1]), (words[1], words[0])):
            found = self.nation_of(nation)
            if found and fold(noun).endswith(INSTITUTION_ENDINGS) and not self.nation_of(noun):
                return found, self.key(noun)
        return None

    def composed(self, toks: list[tuple[str, int, int]]) -> SpeakerEntry | None:
        """The registry body a nation word and an institution noun name together, in any of
        the orders and forms German writes them ("Israels Verteidigungsministerium" =
        "israelisches Verteidigungsministerium")."""
        if fold(toks[0][0]) in ARTICLE_WORDS or fold(toks[-1][0]) in ARTICLE_WORDS:
            return None  # the name begins after its article
        pair = self.nation_and_noun([t for t, _, _ in toks])
        return self.by_nation_noun.get(pair) if pair is not None else None

    def owned_compound(self, word: str) -> SpeakerEntry | None:
        """"Hamas-Gesundheitsministerium", "Gaza-Gesundheitsbehörde": an organisation's alias
        after a hyphen, its owner before it (a body or place of the organisation's own side or
        nation), is that organisation."""
        owner, _, rest = word.partition("-")
        body = self.index.get((self.key(rest),))
        if body is None and genitive_base(rest) is not None:
            body = self.index.get((self.variant(genitive_base(rest)),))
        if body is None or body.kind != "organisation":
            return None
        side = self.index.get((self.key(owner),))
        nation = self.nation_of(owner)
        return body if side is not None and side.affiliation == body.affiliation \
            or nation is not None and nation in self.nations_of.get(body.name, set()) else None

    def nation_of(self, word: str) -> str | None:
        """The nation a word names ("libanesischen", "Jordaniens", "Beirut" → Lebanese,
        Jordanian, Lebanese), None for any other word."""
        w = fold(word.strip("'’"))
        if not w:
            return None
        for form in (w, adjective_stem(w), w.removesuffix("s")):
            if form in self.nation_words:
                return self.nation_words[form]
        return None

    def placed_elsewhere(self, text: str, toks: list[tuple[str, int, int]], i: int, n: int,
                         entry: SpeakerEntry) -> bool:
        """Whether a hit made only of institution nouns ("Gesundheitsministerium", "Armee")
        stands with a nation that is not the entry's own: an adjective before it ("das
        libanesische Gesundheitsministerium") or a place after it ("der Zivilschutz im Libanon",
        "der Sicherheitsrat der USA")."""
        words = [fold(t) for t, _, _ in toks[i:i + n]]
        if entry.kind != "organisation" or not all(w.endswith(INSTITUTION_ENDINGS) or w in ARTICLE_WORDS
                                                   for w in words) \
                or any(self.nation_of(w) for w in words) \
                or any(self.index.get((self.key(part),)) for w in words if "-" in w
                       for part in w.split("-")[:-1]):
            return False  # "die Hamas-Führung in Doha" names its owner itself
        nations = []
        j = i - 1
        while j >= 0 and fold(toks[j][0]) not in ARTICLE_WORDS \
                and (toks[j][0][:1].islower() or self.nation_of(toks[j][0])) \
                and text[toks[j][2]:toks[j + 1][1]].strip() == "":
            nations.append(self.nation_of(toks[j][0]))  # the adjectives right before it
            j -= 1
        military = words[-1].endswith(MILITARY_ENDINGS)  # "die Armee im Gazastreifen" fights there
        after = (OWNER_AFTER if military else PLACE_AFTER).match(text, toks[i + n - 1][2])
        if military and after and not re.match(r"\s+(?:des|der|von)\s", text[toks[i + n - 1][2]:]) \
                and not after.group(1).endswith("s"):
            after = None  # only an owner in the genitive: "die Armee Jordaniens", "des Libanon"
        elif not military:
            after = after or OWNER_AFTER.match(text, toks[i + n - 1][2])
        if after:
            nations.append(self.nation_of(after.group(1)) or self.nation_of(after.group(1).split()[0]))
        named = {x for x in nations if x}
        return bool(named) and not named & self.nations_of.get(entry.name, set())

    def is_demonym(self, token: str, entry: SpeakerEntry) -> bool:
        """"der Spanier", "die Iraker", "der Schweizer Trainer": a word for a state's people
        (the stem of "Spanien" plus "-er") is no name of its government."""
        word = fold(token)
        return entry.kind == "organisation" and word.endswith("er") and self.by_folded.get(word) is not entry

    def affiliation_from_description(self, text: str) -> str | None:
        low = fold(text)
        for pattern, affiliation in self.rules:
            if fold(pattern) in low:
                return affiliation
        hits = self.matches(text)
        return hits[0][2].affiliation if hits else None

    def canonical(self, name: str) -> tuple[str, str | None]:
        """Canonical name and affiliation for a user-typed name (report filters, evaluation)."""
        entry = self.by_name(name)
        if entry:
            return entry.name, entry.affiliation
        hits = self.matches(name)
        if hits and hits[0][1] - hits[0][0] >= len(name.strip()) - 1:
            return hits[0][2].name, hits[0][2].affiliation
        return name, None


@lru_cache(maxsize=4)
def load_registry(path: Path = DATA_DIR / "speakers.json",
                  rules_path: Path = DATA_DIR / "affiliation_cues.json") -> Registry:
    """The registry and descriptor rules, validated; RegistryError names file and key on a typo."""
    speakers = load_validated(Path(path), RegistryFile)
    rules = load_validated(Path(rules_path), AffiliationCuesFile)
    nations = {*rules.labels.countries, *rules.nations.values()}  # not "military", "diplomatic"
    nation_words = {fold(k): v for k, v in rules.labels.adjectives.items() if v in nations}
    nation_words.update({fold(k): v for k, v in rules.nations.items()})
    sides = {side: {adjective, rules.side_nations.get(side)} - {None}  # "Qatar": Qatari; "Hamas":
             for side, adjective in rules.labels.affiliation_adjectives.items()}  # Hamas, Palestinian
    variants = {name_stem(k): name_stem(v) for k, v in speakers.word_variants.items()}
    return Registry(list(speakers.speakers), [(p, a) for p, a in rules.rules], nation_words, sides,
                    variants=variants)
