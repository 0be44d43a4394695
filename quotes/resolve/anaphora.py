"""People referred back to by a description instead of their name.

News names a person once and then goes on with an age ("der 74-Jährige"), an epithet of party,
ideology, faith or profession ("der Islamist", "der Likud-Politiker", "der Ex-General") or
another title of the same office ("der Chefdiplomat" for the "Außenminister" named before,
"Israels Premier" for "Ministerpräsident Netanjahu"). The classes of nouns are data
(`quotes/data/person_nouns.json`); an age is recognised by its shape. A definite singular
epithet or age with nothing after it is the salient person before it: a subject or the speaker
just quoted, nearest first, of its gender and of the side a word in it names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from quotes.extract import Mention
from quotes.labels import english_label
from quotes.lexicon import DATA_DIR
from quotes.parse import Sentence, Word
from quotes.resolve.entities import Entity, joint_of
from quotes.resolve.words import PERSON_SUFFIXES, looks_personal, person_gender
from quotes.text import extend_hyphenated_left, fold, stem

if TYPE_CHECKING:
    from quotes.registry import Registry
    from quotes.resolve.resolver import DocumentResolver

PERSON_NOUNS = DATA_DIR / "person_nouns.json"
AGE = re.compile(r"\d{1,3}\s?-\s?[Jj]ährige[nrm]?")
DEFINITE = ("der", "die", "den", "dem", "des")
SALIENCE_WINDOW = 3  # sentences back an age or epithet may reach
SHORT_EPITHET = 6  # shorter stems ("mann", "frau") match whole words only, not compounds' ends


class PersonNounsFile(BaseModel):
    """Schema of person_nouns.json."""

    model_config = ConfigDict(extra="forbid")

    comment: str = ""
    title_synonyms: list[list[str]]
    epithets: list[str]
    former_markers: list[str]
    epithet_sides: dict[str, list[str]] = {}
    expert_epithets: list[str] = []
    leader_titles: list[str] = []


def noun_forms(word: str) -> tuple[str, ...]:
    """A noun's stems as the classes compare them: its last hyphen part, also without the
    feminine -in ("Regierungschefin" is a "Regierungschef")."""
    last = fold(word.split("-")[-1].strip(" .,"))
    forms = [stem(last), stem(stem(last))]  # a genitive "Forschers" is a "Forscher"
    if last.endswith("in") and len(last) > 5:
        forms.append(stem(last[:-2]))
    elif last.endswith("innen") and len(last) > 8:
        forms.append(stem(last[:-5]))
    return tuple(dict.fromkeys(forms))


@dataclass(frozen=True)
class PersonNouns:
    offices: dict[str, frozenset[str]]  # a title's stem -> the stems of its office's titles
    epithets: frozenset[str]
    former: tuple[str, ...]
    epithet_sides: dict[str, frozenset[str]]  # an epithet's stem -> the sides it can describe
    leaders: frozenset[str] = frozenset()  # stems of "Vorsitzender", "Parteichef": who leads a party
    experts: frozenset[str] = frozenset()  # stems of professions: never a registry person

    def same_office(self, noun: str) -> frozenset[str]:
        """The stems of the titles of the office `noun` names."""
        return frozenset().union(*(self.offices.get(f, frozenset()) for f in noun_forms(noun)))

    def is_title(self, noun: str) -> bool:
        return any(f in self.offices for f in noun_forms(noun))

    def is_epithet(self, noun: str) -> bool:
        """"Islamist", "Likud-Politiker", "Marineoffizier", "Diplomatin"; not a title."""
        if self.is_title(noun):
            return False
        return any(f in self.epithets or any(f.endswith(e) for e in self.epithets if len(e) >= SHORT_EPITHET)
                   for f in noun_forms(noun))

    def is_expert(self, noun: str) -> bool:
        """"der Analyst", "die Politologin": an expert, not a politician named before."""
        return any(f in self.experts for f in noun_forms(noun))

    def sides_of(self, noun: str) -> frozenset[str] | None:
        """The sides an epithet can describe ("Islamist": no Israeli), None for any side."""
        return next((self.epithet_sides[f] for f in noun_forms(noun) if f in self.epithet_sides), None)

    def is_leader_title(self, noun: str) -> bool:
        """"Vorsitzende", "Parteichef", "Likud-Chef": a title of whoever leads a party or movement."""
        return any(f in self.leaders for f in noun_forms(noun))

    def is_person_noun(self, noun: str) -> bool:
        """A word that describes a person rather than naming one (a title or an epithet): a
        tagger's proper noun "Premier" or "Finanzministerin" is no name."""
        return self.is_title(noun) or self.is_epithet(noun)


@lru_cache(maxsize=4)
def load_person_nouns(path: Path = PERSON_NOUNS) -> PersonNouns:
    from quotes.registry import load_validated

    data = load_validated(path, PersonNounsFile)
    assert isinstance(data, PersonNounsFile)
    return PersonNouns(synonym_index(data.title_synonyms),
                       frozenset(stem(fold(e)) for e in data.epithets),
                       tuple(fold(m) for m in data.former_markers),
                       {stem(fold(e)): frozenset(sides) for e, sides in data.epithet_sides.items()},
                       leaders=frozenset(noun_forms(t)[0] for t in data.leader_titles),
                       experts=frozenset(stem(fold(e)) for e in data.expert_epithets))


def synonym_index(groups: list[list[str]]) -> dict[str, frozenset[str]]:
    """Each title's stem -> the stems of every group it belongs to."""
    offices: dict[str, set[str]] = {}
    for group in groups:
        stems = {stem(fold(t)) for t in group}
        for s in stems:
            offices.setdefault(s, set()).update(stems)
    return {k: frozenset(v) for k, v in offices.items()}


def registry_title_stems(registry: Registry) -> frozenset[str]:
    """The stems of the registry's one-word titles ("Finanzminister"), remembered per registry."""
    key = id(registry)
    if key not in _REGISTRY_TITLES:
        _REGISTRY_TITLES[key] = frozenset(noun_forms(t)[0] for e in registry.entries
                                          for t in e.titles if " " not in t)
    return _REGISTRY_TITLES[key]


_REGISTRY_TITLES: dict[int, frozenset[str]] = {}


def title_words(title: str) -> set[str]:
    """The stems a title offers for synonym matching: each capitalised word and its last
    hyphen part ("Regierungschef Israels" offers "regierungschef", "Hamas-Anführer" "anfuhr")."""
    out: set[str] = set()
    for word in title.split():
        if word[:1].isupper():
            out.add(stem(fold(word)))
            out.update(noun_forms(word))
    return out


def holds_office(e: Entity, noun: str) -> bool:
    """Whether the entity carries a title of the office `noun` names ("Chefdiplomat" for an
    "Außenminister", "Hamas-Anführer" for a "Hamas-Chef")."""
    same = load_person_nouns().same_office(noun)
    return bool(same) and any(title_words(t) & same for t in e.titles)


# ---------------------------------------------------------------------------- descriptions


def head_surface(text: str, head: Word) -> str:
    """The head noun as written, with the compound part the tokenizer split off at a hyphen
    ("74-Jährige", "Likud-Politiker", "Ex-General")."""
    return text[extend_hyphenated_left(text, head.start):head.end]


def is_age(text: str, head: Word) -> bool:
    return AGE.fullmatch(head_surface(text, head)) is not None


def is_former(text: str, m: Mention, nouns: PersonNouns | None = None) -> bool:
    """"der frühere Regierungschef", "der Ex-Premier", "der Armeechef a.D."."""
    markers = (nouns or load_person_nouns()).former
    written = fold(text[m.start:min(len(text), m.end + 6)])
    words = {w.strip(".,") for w in written.split()}
    return any(w.startswith(k) for w in words for k in markers if not k.endswith("-")) \
        or any(k in written for k in markers if k.endswith("-")) or "a.d." in written


def definite(sent: Sentence, head: Word) -> bool:
    """A definite article on the head, no possessive ("sein Sprecher" is someone else)."""
    dets = [k for k in sent.kids(head.id) if k.upos == "DET"]
    return bool(dets) and fold(dets[0].text) in DEFINITE \
        and not any(k.deprel == "det:poss" for k in dets)


def singular(sent: Sentence, head: Word) -> bool:
    """One person: a subject's finite verb decides, else the article, where the tagger calls
    "Die 58-Jährige" plural ("Die 43-Jährige berichtete")."""
    if head.deprel in ("nsubj", "nsubj:pass") and head.head:
        verb = sent.word(head.head)
        finite = [v.feat("Number") for v in (verb, *sent.kids(verb.id))
                  if v.upos in ("VERB", "AUX") and v.feat("VerbForm") == "Fin" and v.feat("Number")]
        if finite:
            return finite[0] == "Sing"
    if head.upos == "NOUN" and head.text.endswith("in") and head.text[:1].isupper() and len(head.text) > 5:
        return True  # "die Grünen-Politikerin": a woman's noun in -in (the plural is -innen)
    dets = [k.feat("Number") for k in sent.kids(head.id) if k.upos == "DET" and k.feat("Number")]
    return dets[0] == "Sing" if dets else head.feat("Number") != "Plur"


def personal_noun(sent: Sentence, w: Word) -> bool:
    """One man or woman described, also where the tagger calls "Die Vorsitzende" plural; a
    title or epithet of the person-noun classes ("Chef", "Emir") whatever its ending."""
    return looks_personal(w) or (w.upos == "NOUN" and singular(sent, w) and (
        person_gender(w) in ("Masc", "Fem") and fold(w.text).endswith((*PERSON_SUFFIXES, "in", "nde"))
        or load_person_nouns().is_person_noun(w.text)))


def stands_alone(sent: Sentence, head: Word, registry: Registry | None = None) -> bool:
    """Nothing after the head names or owns it: no apposed name, no genitive ("der Mann der
    Geisel" is someone else), no proper noun; with `registry`, a genitive that is a registry
    organisation is the person's party or body, not an owner ("der Politiker der Nationalen
    Einheit")."""
    for k in sent.kids(head.id):
        if registry is not None and k.id > head.id and k.deprel == "nmod" and is_body(registry, sent, k):
            continue
        if k.id < head.id:
            if k.upos == "PROPN" and k.deprel not in ("compound",):
                return False
            continue
        if k.upos == "PROPN" and k.deprel == "nmod" and any(
                c.deprel == "case" and fold(c.text) in ("in", "im", "aus") for c in sent.kids(k.id)):
            continue  # "sagte der Portugiese in New York": where he spoke, not who he is
        if k.deprel in ("appos", "flat", "flat:name") or k.upos == "PROPN":
            return False
        if k.deprel == "nmod" and not any(c.deprel == "case" for c in sent.kids(k.id)):
            return False
    return True


def mention_gender(sent: Sentence, head: Word, surface: str) -> str | None:
    """"f" for "die 58-Jährige" or "die Politikerin", "m" for "der Islamist"."""
    if fold(surface).endswith("in") and load_person_nouns().is_person_noun(surface[:-2]):
        return "f"
    return article_gender(sent, head) or {"Fem": "f", "Masc": "m"}.get(person_gender(head) or "")


def article_gender(sent: Sentence, head: Word) -> str | None:
    """The gender a singular article gives its noun ("die Vorsitzende", "der Vorsitzende" as a
    subject); the tagger's gender of the noun itself is often wrong ("Ministerpräsident"
    feminine), and "der" is feminine too in the genitive and dative."""
    nominative = head.deprel in ("nsubj", "nsubj:pass")
    for k in sent.kids(head.id):
        if k.upos != "DET" or k.id > head.id or k.deprel == "det:poss":
            continue
        word = fold(k.text)
        if word in ("die", "diese", "eine", "jene") and singular(sent, head):
            return "f"
        if word in ("der", "dieser", "jener") and (nominative or k.feat("Case") == "Nom") \
                or word == "ein" and nominative:
            return "m"  # a nominative "der" is masculine, whatever gender the tagger gives it
    return None


def fits(e: Entity, gender: str | None, side: str | None,
         sides: frozenset[str] | None = None) -> bool:
    """A person of the description's gender and of the side it names, if it names one, and of
    one of the sides its epithet can describe."""
    if e.kind != "person":
        return False
    if gender and e.gender and e.gender != gender:
        return False
    if sides is not None and (e.affiliation or "other") not in sides:
        return False
    return side in (None, "other") or e.affiliation in (None, "other", side)


def salient_person(r: DocumentResolver, pos: int, gender: str | None, side: str | None,
                   exclude: tuple[int, int] = (0, 0),
                   sides: frozenset[str] | None = None, unlisted_only: bool = False,
                   named_only: bool = False,
                   passed_over: Callable[[Entity], bool] | None = None) -> Entity | None:
    """The person a description refers back to: within a few sentences before `pos`, the
    nearest subject or speaker just quoted that fits, else the nearest person that fits; never
    one named inside a quote (what was said, not who said it). Further back, the person the
    article is about: the one that fits and was mentioned most often before. `named_only`: a
    person the text names, not a speaker it only described ("spokesperson of X (unnamed)");
    `passed_over`: people the description cannot be (today's holder of a former office)."""
    here = bisect.bisect_right(r.sentence_starts, pos)
    fallback = None
    further: dict[str, list[Entity]] = {}
    for e in r.candidates_before(pos, exclude):
        if not fits(e, gender, side, sides) or r.in_reported_content(e) \
                or unlisted_only and r.registry.by_name(e.name) is not None \
                or named_only and e.name not in r.person_names and r.registry.by_name(e.name) is None \
                or passed_over is not None and passed_over(e):
            continue
        if bisect.bisect_right(r.sentence_starts, e.position) < here - SALIENCE_WINDOW:
            if fallback is not None:
                return fallback  # a near fit wins: no need to count the whole text before
            further.setdefault(e.name, []).append(e)
            continue
        if e.subject or e.speaker:
            return e
        fallback = fallback or e
    if fallback is not None or not further:
        return fallback
    return max(further.values(), key=len)[0]  # candidates come nearest first: ties go to the nearer


def described_person(r: DocumentResolver, m: Mention) -> Entity | None:
    """The person an age or an epithet stands for ("Der 74-Jährige betonte", "Der
    Likud-Politiker fügte hinzu"); None for anything else, or when no one fits."""
    head = m.head
    sent = r.sentence_of(head.start)
    if sent is None or head.upos not in ("NOUN", "PROPN", "ADJ") or not singular(sent, head):
        return None
    text = r.parsed.text
    surface = head_surface(text, head)
    if not (is_age(text, head) or load_person_nouns().is_epithet(surface)):
        return None
    if not definite(sent, head) or not stands_alone(sent, head, r.registry):
        return None
    side = r.registry.affiliation_from_description(text[m.start:m.end])
    nouns = load_person_nouns()
    gender = mention_gender(sent, head, surface)
    titled = salient_person(r, m.start, gender, side, passed_over=lambda e: not any(
        fold(t) == fold(surface) for t in e.titles)) if not is_age(text, head) else None
    if titled is not None:  # "der Rechtsextremist" after Ben-Gvir (so titled), not the man just quoted
        return titled
    return salient_person(r, m.start, gender, side,
                          sides=nouns.sides_of(surface), unlisted_only=nouns.is_expert(surface))


def unknown_noun_person(r: DocumentResolver, m: Mention) -> Entity | None:
    """"Der Amtsinhaber sagte", "Die Parlamentarierin betonte": a definite singular noun for a
    man or woman that no table knows and nothing after it names or owns is, like an epithet,
    the salient person before it; the German noun itself is never a speaker (F3)."""
    head = m.head
    sent = r.sentence_of(head.start)
    if sent is None or head.upos != "NOUN" or not personal_noun(sent, head) or not singular(sent, head) \
            or not definite(sent, head) or not stands_alone(sent, head, r.registry):
        return None
    if any(w.upos not in ("DET", "ADJ", "NOUN", "PUNCT", "NUM") or w.upos == "NOUN" and w is not head
           for w in m.words):  # "die 38-jährige Lehrerin": the age's number is no other noun
        return None  # "der Vater der Geisel", "der Reporter Max Muster": more than one noun
    text = r.parsed.text
    surface = head_surface(text, head)
    if load_person_nouns().is_person_noun(surface):
        return None  # an epithet or title: `described_person` and the titles have decided
    if is_office_title(r, surface):
        return None  # "der Finanzminister": an office, whoever held another one before
    side = r.registry.affiliation_from_description(text[m.start:m.end])
    return salient_person(r, m.start, mention_gender(sent, head, surface), side, named_only=True)


def is_office_title(r: DocumentResolver, surface: str) -> bool:
    """A registry person's title ("Finanzminister", "Tourismusminister"): it names that
    office, not whoever is salient ("der Delegationsleiter" may be the one who leads it)."""
    return any(f in r.registry_titles for f in noun_forms(surface))


def refers_back(r: DocumentResolver, sent: Sentence, w: Word, words: list[Word]) -> bool:
    """A definite age, epithet or former title ("der 60-Jährige", "der Islamist", "der frühere
    Minister"): someone named before, not a new unnamed speaker."""
    if not definite(sent, w) or not singular(sent, w):
        return False
    text = r.parsed.text
    former = load_person_nouns().former
    written = {fold(k.text) for k in words} | {fold(head_surface(text, w)).split("-")[0] + "-"}
    return is_age(text, w) or r.nouns.is_epithet(head_surface(text, w)) \
        or any(x.startswith(k) for x in written for k in former)


def is_body(registry: Registry, sent: Sentence, w: Word) -> bool:
    """Whether the words under `w` ("der Nationalen Einheit") are a registry organisation's name."""
    words = [k for k in sent.words if k.id == w.id or k.head == w.id and k.upos != "DET"]
    text = " ".join(k.text for k in sorted(words, key=lambda k: k.id))
    return any(h[2].kind == "organisation" and h[1] - h[0] >= len(text) - 1 for h in registry.matches(text))


def former_holder(r: DocumentResolver, m: Mention) -> Entity | None:
    """"Der frühere Regierungschef sagte": when no one the text titles so came before, the
    salient person, not whoever holds the office now (nor one the text titles so today)."""
    sent = r.sentence_of(m.head.start)
    if sent is None:
        return None
    side = r.registry.affiliation_from_description(r.parsed.text[m.start:m.end])
    gender = mention_gender(sent, m.head, head_surface(r.parsed.text, m.head))
    noun = m.head.lemma or m.head.text
    title = stem(noun)

    office = {title} | load_person_nouns().same_office(noun)
    former = load_person_nouns().former

    def titled_now(x: Entity) -> bool:
        """"Israels Regierungschef Netanjahu": the text gives him the title, with no "former"
        marker before it, where it names him (registry titles include former offices)."""
        words = [w.strip(".,;:()") for w in fold(r.parsed.text[max(0, x.position - 60):x.position]).split()]
        if not words or not any(stem(words[-1]).endswith(o) for o in office):
            return False
        return not any(w.startswith(k) for w in words[-3:] for k in former)

    def holds_it_now(e: Entity) -> bool:
        return any(titled_now(x) for x in r.entities if x.name == e.name)

    return salient_person(r, m.start, gender, side, named_only=True, passed_over=holds_it_now)


def describes_person(r: DocumentResolver, sent: Sentence, w: Word) -> bool:
    """A definite (or genitive-owned: "Israels Premier") singular noun for one person."""
    text = r.parsed.text
    surface = head_surface(text, w)
    personal = r.is_title_word(w) or is_age(text, w) or r.nouns.is_person_noun(surface) \
        or looks_personal(w) and w.upos == "NOUN"
    owned = any(k.id < w.id and k.upos == "PROPN" and k.text.endswith("s") for k in sent.kids(w.id))
    return personal and singular(sent, w) and (definite(sent, w) or owned)


def described_subjects(r: DocumentResolver) -> None:
    """Subjects that describe a person the text names ("Israels Premier äußerte sich …", "Der
    Islamist drohte …") become mentions of that person at their place, in reading order, so
    that a later "er" or "der 74-Jährige" finds him there."""
    for sent in r.parsed.sentences:
        for w in sent.words:
            if w.deprel not in ("nsubj", "nsubj:pass") or w.upos not in ("NOUN", "PROPN") \
                    or not describes_person(r, sent, w):
                continue
            owner = [k for k in sent.kids(w.id) if k.id < w.id and k.upos == "PROPN"]
            below = r.subtree(sent, w)
            if any(below[0].start <= e.position < below[-1].end and e.kind == "person" for e in r.entities):
                continue  # "der Vorsitzende des Ausschusses, Max Muster": the name is the entity
            words = sorted({k.id: k for k in [*owner, *r.noun_phrase(sent, w)]}.values(), key=lambda k: k.id)
            start, end = words[0].start, words[-1].end
            if any(w.start <= e.position < end + 1 for e in r.entities) \
                    or any(a <= w.start < b for a, b in r.quoted_spans):
                continue  # named here already ("Der Minister Gallant"), or inside a quotation
            m = Mention(r.parsed.text[start:end], start, end, w, [], words)
            person = described_person(r, m)
            if person is None:
                titled = r.resolve_title(m)
                person = next((e for e in r.entities if titled and e.name == titled[0]
                               and e.kind == "person"), None)
            if person is None:
                person = unnamed_holder(r, m)
            if person is not None:
                bisect.insort(r.entities, replace(person, position=start, subject=True, speaker=False),
                              key=lambda e: e.position)


def described_bodies(r: DocumentResolver) -> None:
    """Subjects that are a definite epithet of a body named before ("Die Regierung wies das
    zurück", "Die Organisation forderte …"), resolved as a speaker of that wording would be,
    become mentions of that body at their place, so that a later "sie" finds the body last
    spoken of, not one named sentences before."""
    for sent in r.parsed.sentences:
        for w in sent.words:
            if w.deprel not in ("nsubj", "nsubj:pass") or w.upos != "NOUN" or looks_personal(w) \
                    or not definite(sent, w):
                continue
            words = r.noun_phrase(sent, w)
            start, end = words[0].start, words[-1].end
            if any(start <= e.position < end + 1 for e in r.entities) \
                    or any(a <= w.start < b for a, b in r.quoted_spans):
                continue  # named here already ("Die Regierung in Kairo"), or inside a quotation
            name, _ = r.resolve_named(Mention(r.parsed.text[start:end], start, end, w, [], words))
            body = next((e for e in reversed(r.entities) if e.position < start and e.name == name
                         and e.kind == "organisation"), None)
            if body is not None:
                bisect.insort(r.entities, replace(body, position=start, subject=True, speaker=False),
                              key=lambda e: e.position)


def unnamed_holder(r: DocumentResolver, m: Mention) -> Entity | None:
    """"Katars Regierungschef traf … „…“, sagte er": an office holder the text does not name is
    the unnamed person of its label (D12), whom a later "er" refers to."""
    side = r.registry.affiliation_from_description(m.text)
    label = english_label(r.descriptor(m), False, side, m.text)
    if not label or not label.endswith("(unnamed)"):
        return None
    return Entity(label, side or "other", "person", article_gender(r.sentence_of(m.head.start), m.head),
                  (m.head.lemma or m.head.text,), m.start, True)


def demonstrative_referent(r: DocumentResolver, pos: int, quoted: tuple[int, int],
                           fits: Callable[[Entity], bool]) -> Entity | None:
    """A demonstrative ("Dieser sagte", "Der hatte erklärt") points to the latest fitting
    referent of the nearest sentence before it that is not that sentence's subject (German
    uses it to switch away from the subject); None when the nearest fitting ones are subjects."""
    here = None
    found = None
    for e in r.candidates_before(pos, quoted):
        sentence = bisect.bisect_right(r.sentence_starts, e.position)
        if here is not None and sentence != here:
            break
        if not fits(e) or r.in_reported_content(e):
            continue
        here = sentence
        if not e.subject and not e.speaker and (found is None or e.position > found.position):
            found = e
    return found


def possessive_source(r: DocumentResolver, m: Mention) -> Mention | None:
    """"Seinen Worten zufolge", "nach ihrer Darstellung": a source noun owned by a possessive
    determiner; the possessive is the mention (a pronoun for its owner)."""
    if m.head.upos != "NOUN" or m.head.text not in r.lexicon.source_nouns:
        return None
    poss = [w for w in m.words if w.head == m.head.id and w.deprel == "det:poss"]
    if len(poss) != 1 or any(w.upos == "PROPN" for w in m.words):
        return None
    w = poss[0]
    return Mention(w.text, w.start, w.end, w, [], [w])


APPOSED_PEOPLE = re.compile(r"[^,;:.!?]{0,80}?,\s+([^,;:.!?]{3,120}?)(?:,|\s*$)")


def apposed_people(r: DocumentResolver, m: Mention) -> tuple[str, str] | None:
    """A plural description with the people it stands for set off by commas after it ("die
    Außenminister der Verbündeten Jordanien und Ägypten, Aiman al-Safadi und Samih Schukri,"):
    the people, joined (D13), when the part between the commas names only them."""
    from quotes.resolve.words import looks_like_name

    sent = r.sentence_of(m.start)
    if sent is None:
        return None
    text = r.parsed.text
    found = APPOSED_PEOPLE.match(text, m.end, sent.end)
    if found is None or any(m.start <= e.position < m.end and e.kind == "person" for e in r.entities):
        return None  # "Drei Angehörige, Yael Mor, Ido Katz und …": the list began inside the mention
    lo, hi = found.span(1)
    people: dict[str, Entity] = {}
    for e in r.entities:
        if lo <= e.position < hi and e.kind == "person" and not e.speaker:
            people.setdefault(e.name, e)
    parts = re.split(r"\s+(?:und|sowie)\s+", text[lo:hi].strip())
    if len(people) < 2 or len(parts) != len(people) or not all(looks_like_name(p) for p in parts):
        return None
    return joint_of(people)
