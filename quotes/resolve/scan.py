"""Who and what a document mentions, where: registry names, personal names, and descriptions of
unnamed speakers, read once per document before any quote is resolved.
"""

from __future__ import annotations

import bisect
import re

from quotes.dates import MONTHS
from quotes.extract import Mention
from quotes.labels import SINGULAR_ARTICLES, english_label
from quotes.models import SpeakerEntry
from quotes.parse import Sentence, Word
from quotes.resolve.anaphora import article_gender, noun_forms, personal_noun, refers_back
from quotes.resolve.entities import Entity, deputy_prefix, gender_of, in_parentheses, merge_name_variants
from quotes.resolve.words import (
    BODY_PARTS,
    CORE_RELS,
    LED_BODIES,
    NAME_UPOS,
    PERSON_NOUN_ENDINGS,
    PLACE_PREPOSITIONS,
    SPEAKING_PARTS,
    adjective_base,
    looks_personal,
    person_gender,
)
from quotes.text import extend_hyphenated, extend_hyphenated_left, fold, stem
from quotes.transliterate import load_transliteration, name_parts

DATELINE_END = re.compile(r"\s*[(,:\-–]")
DAY_BEFORE = re.compile(r"\b\d{1,2}\.\s*$")
YEAR_AFTER = re.compile(r"\s+\d{4}\b")



def oblique_feminine(sent: Sentence, word: Word) -> str | None:
    """"mit der Abgeordneten Eva Lorenz", "der Vorsitzenden X": an adjectival title after a
    dative or genitive "der" is a woman's (a man's is "dem"/"des"); its lemma ("Abgeordneter")
    says nothing, and one person stands in apposition, so no genitive plural."""
    if word.deprel in ("nsubj", "nsubj:pass") or not word.text.endswith("en"):
        return None
    article = next((k for k in sent.kids(word.id) if k.upos == "DET" and k.id < word.id
                    and k.deprel != "det:poss"), None)
    return "f" if article is not None and article.text.lower() == "der" \
        and article.feat("Case") in ("Dat", "Gen") else None

PART_ENDINGS = ("delegation", "führung", "spitze", "team", "chef", "chefin", "mitglied", "vize", "sprecher",
                "sprecherin", "führer", "vertreter", "funktionär", "unterhändler", "kommandeur", "büro")
COMPOUND_FIRST_PART = re.compile(r"\b([A-ZÄÖÜ][\w]+)-(?=[A-ZÄÖÜ][a-zäöüß])")  # "Hamas-Chef"


# nouns for a person whose grammatical gender says nothing of the person's sex
EPICENE_NOUNS = ("geisel", "person", "opfer", "mitglied", "kind", "waise", "wache", "fachkraft")


class EntityScan:
    """The first pass of the resolver: the entities of the document, in text order.
    A mixin of DocumentResolver."""

    def phrase_mention(self, words: list[Word], head: Word, head_spans: list[tuple[int, int]]) -> Mention:
        """A mention of the phrase from the first to the last of `words` (in text order), with
        the word that heads it: what the resolver builds when it reads a speaker off the parse."""
        return Mention(self.parsed.text[words[0].start:words[-1].end], words[0].start, words[-1].end,
                       head, head_spans, words)

    def surname_of_another(self, s: int, e: int, entry) -> bool:
        """A registry person's one-word alias (a surname) right after a given name the parse
        tags a name, which is none of that person's names ("Aaron David Miller" is not Matthew
        Miller, "Ahmed Mansur" not Riyad Mansour), unless the two spell the person's name."""
        text = self.parsed.text
        written = text[s:e]
        if entry.kind != "person" or " " in written.strip():
            return False
        before = re.search(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß'’]+)\s+$", text[max(0, s - 40):s])
        if before is None:
            return False
        found = self.word_at(s - len(before.group(0)))
        word = found[1] if found is not None else None
        if word is None or word.upos != "PROPN" or word.text != before.group(1) \
                or self.nouns.is_person_noun(word.text):
            return False  # "US-Außenminister Blinken": a title, no given name
        return self.registry.another_given_name(word.text, written.strip(), entry)

    def compound_bodies(self, hits: list) -> list[Entity]:
        """"der Hamas-Verhandlungsdelegation", "Hamas-Chef X": a registry organisation as the
        first part of a compound for one of its people or parts (`PART_ENDINGS`) is a body the
        text names (no subject), which a later "der palästinensischen Gruppe" may
        refer back to."""
        text = self.parsed.text
        out = []
        for match in COMPOUND_FIRST_PART.finditer(text):
            entry = self.registry.by_name(match.group(1))
            rest = re.match(r"[\w-]+", text[match.end():])
            if entry is None or entry.kind != "organisation" or entry.medium or rest is None \
                    or not rest.group(0).lower().endswith(PART_ENDINGS) \
                    or any(a <= match.start() < b for a, b, _ in hits):
                continue  # "Hamas-Massaker" names a deed, "Hamas-Delegation" a part that speaks
            out.append(Entity(entry.name, entry.affiliation, "organisation", None, tuple(entry.titles),
                              match.start(), False, main=self.is_main_clause_at(match.start())))
        return out

    def adjective_bodies(self) -> list[Entity]:
        """"die israelische Delegation", "das katarische Verhandlungsteam": a part that speaks for
        the government its state adjective names is a body the text names, which a later "der
        Delegation" refers back to (not to another state's delegation named before)."""
        out = []
        for sent in self.parsed.sentences:
            for w in sent.words:
                if w.upos != "NOUN" or fold(w.lemma or w.text) not in SPEAKING_PARTS:
                    continue
                for a in sent.kids(w.id):
                    entry = self.registry.by_name(adjective_base(a.text.lower()) + "e Regierung") \
                        if a.deprel == "amod" and a.upos == "ADJ" and a.id < w.id else None
                    if entry is not None and entry.kind == "organisation":
                        gender = {"Fem": "f", "Neut": "n"}.get(w.feat("Gender") or "")  # no "ihm"
                        out.append(Entity(entry.name, entry.affiliation, "organisation", gender,
                                          (*entry.titles, w.lemma or w.text), a.start,
                                          self.is_subject_at(w.start), main=in_main_clause(sent, w)))
                        break
        return out

    def mentioned_entities(self) -> list[Entity]:
        """Registry names and personal names in the text, with positions and subject role."""
        out = []
        text = self.parsed.text
        hits = without_inner_people(self.registry.matches(text))
        self.surname_owners = self.named_surnames(hits)
        for s, e, entry in hits:
            if self.in_dateline(s, e):
                continue  # "KAIRO (dpa) -": where the report was filed, not a party named
            if self.surname_of_another(s, e, entry):
                continue  # "Aaron David Miller" is not Matthew Miller
            entry = self.surname_owner(text[s:e], entry)
            titles = tuple(entry.titles) + (self.written_head_noun(s, e) + self.part_of_body(s, e)
                                            if entry.kind != "person" else ())
            out.append(Entity(entry.name, entry.affiliation, entry.kind, entry.gender,
                              titles, s, self.is_subject_at(s), main=self.is_main_clause_at(s),
                              written=text[s:e] if entry.kind == "person" else ""))  # "al-Haja" later
            office = self.office_mention(text, s, e, entry)
            if office is not None:
                out.append(office)
        out += self.compound_bodies(hits) + self.adjective_bodies()
        taken = {e.position: e for e in out}
        bodies = [(s, e) for s, e, entry in hits if entry.kind == "organisation"]
        for sent in self.parsed.sentences:
            named = set()  # the words of the names found in this sentence
            for w in sent.words:
                if w.id in named:
                    continue  # "Abu Hamad" of "Samira Abu Hamad": no second name
                if w.start in taken:  # a registry name: add the titles written before it here
                    run = self.name_run(sent, w)
                    entity = taken[w.start]
                    titles = self.titles_before(sent, run)
                    if entity.kind == "person":  # "Der Sprecher der Kassam-Brigaden, Abu Obeida,"
                        titles += self.apposition_host_title(sent, w) + self.apposed_titles(sent, w)
                    if entity.kind != "person":  # "Der Außenminister Katars": Katar's minister
                        titles = tuple(t for t in titles if not self.nouns.is_person_noun(t))
                    entity.titles += titles
                    continue
                if self.is_title_word(w):
                    continue  # "Israels Premier", "Finanzministerin Orit Strook": a title, no name
                if any(s < w.start < e for s, e in bodies):
                    continue  # "Halbmonds" of "des Palästinensischen Roten Halbmonds": the body's name
                if (w.upos != "PROPN" or w.text.isupper()
                        or w.deprel in CORE_RELS[1:] and not self.heads_a_name(sent.word(w.head))
                        or w.text.lower() in self.lexicon.sentence_adverbs
                        or text[w.start - 1:w.start] == "-" or in_parentheses(text, w.start)):
                    continue
                run = self.name_run(sent, w)
                if len(run) == 1 and not (self.looks_like_name(sent, w) or self.spelled_surname(sent, w)) \
                        or self.is_place(sent, w) or self.in_date(w):
                    continue
                named |= {x.id for x in run}
                end = extend_hyphenated(text, run[-1].end)
                particle = self.lexicon.name_particle_pattern.match(text, end)
                if particle:  # "Khalil al-Haja" with "al-Haja" hung elsewhere by the parse
                    end = particle.end()
                name = self.parsed.text[run[0].start:end]
                titles = self.titles_before(sent, run) + self.apposition_host_title(sent, w) \
                    + self.apposed_titles(sent, w)
                if self.names_a_thing(self.titles_before(sent, run)) \
                        or any(x.text in self.lexicon.institution_name_words for x in run):
                    continue  # "Die Reederei Maersk", "der International Crisis Group": no person
                known = self.surname_owner(name) or (
                    None if self.unlisted_full_name(name) else self.registry.by_spelling(name))
                if known is not None and known.kind == "person":  # "Mohammed Schtajeh"
                    out.append(Entity(known.name, known.affiliation, "person", known.gender,
                                      titles + tuple(known.titles), w.start, self.in_subject(sent, w),
                                      written=name, main=in_main_clause(sent, w)))
                    continue
                side = self.described_side(sent, w, titles)
                out.append(Entity(name, side, "person", self.name_gender(sent, run, titles), titles,
                                  w.start, self.in_subject(sent, w), main=in_main_clause(sent, w)))
        merge_name_variants(out)
        out = [e for e in out if not self.bare_word_name(e)]
        self.person_names = {e.name for e in out if e.kind == "person"}  # names, not descriptions
        out += self.described_speakers(out)
        return sorted(out, key=lambda e: e.position)

    def bare_word_name(self, e: Entity) -> bool:
        """"Auch aus dem Ministerium kam Kritik": one capitalised word the tagger took for a name,
        with no title, no fuller name in the text and no registry entry, is no person a later
        "er" or "sie" can refer to (a German noun is never a speaker, F3)."""
        return e.kind == "person" and not e.titles and " " not in e.name and "-" not in e.name \
            and self.registry.by_name(e.name) is None and e.name[1:].islower()

    def in_dateline(self, start: int, end: int) -> bool:
        """A place in capitals opening a line before a bracket, comma, colon or dash ("TEL AVIV:",
        "KAIRO (dpa) -"); an acronym the registry writes so ("UNRWA") is a name."""
        text = self.parsed.text
        before = text[:start].rstrip(" ")
        written = text[start:end]
        if before and not before.endswith("\n") or not written.isupper() or len(written) <= 3 \
                or not DATELINE_END.match(text, end):
            return False
        entry = self.registry.by_name(written)
        return entry is None or written not in (entry.name, *entry.aliases)

    def named_surnames(self, hits: list[tuple[int, int, SpeakerEntry]]) -> dict[str, SpeakerEntry]:
        """"Hasim Kassim" … "Kassim": the later parts of a registry person's name as the document
        writes it in full, each to that person; a part two people named in full share is no one's."""
        owners: dict[str, SpeakerEntry | None] = {}
        articles = load_transliteration().article_particles
        for s, e, entry in hits:
            if entry.kind != "person":
                continue
            parts = [fold(p) for p in name_parts(self.parsed.text[s:e]) if fold(p) not in articles]
            for part in parts[1:]:
                owners[part] = entry if owners.get(part, entry) is entry else None
        return {part: entry for part, entry in owners.items() if entry is not None}

    def surname_owner(self, written: str, entry: SpeakerEntry | None = None) -> SpeakerEntry | None:
        """The person the document names in full whose surname `written` is ("Kassim" after
        "Hasim Kassim", though the registry spells it otherwise or gives that surname to someone
        else too), else `entry` (the registry's own reading of the name, if any)."""
        if entry is not None and entry.kind != "person" or len(name_parts(written)) != 1:
            return entry
        owner = self.surname_owners.get(fold(written.strip()).removesuffix("s"))
        owner = self.surname_owners.get(fold(written.strip()), owner)
        return owner or entry

    def part_of_body(self, start: int, end: int) -> tuple[str, ...]:
        """"eine Delegation der Hamas", "die Führung der Bewegung": a part of the body the noun
        before its name in the genitive names; a later "ein Mitglied der Delegation" is of it."""
        sent = self.sentence_of(start)
        name = next((w for w in sent.words if start <= w.start < end and w.upos != "DET"), None) \
            if sent is not None else None
        if name is None or name.deprel != "nmod" or not name.head:
            return ()
        host = sent.word(name.head)
        if host.upos != "NOUN" or host.id > name.id or fold(host.lemma or host.text) not in BODY_PARTS:
            return ()
        return (host.lemma or host.text,)

    def written_head_noun(self, start: int, end: int) -> tuple[str, ...]:
        """The first common noun of an organisation's name as written ("das Forum der
        Geiselfamilien" → "Forum"): a later "des Forums" refers back to it by that noun."""
        sent = self.sentence_of(start)
        noun = next((w for w in sent.words if start <= w.start < end and w.upos == "NOUN"), None) \
            if sent is not None else None
        return (noun.lemma or noun.text,) if noun is not None and noun.text[:1].isupper() else ()

    def is_title_word(self, w: Word) -> bool:
        """A person noun the tagger took for a name ("Israels Premier", "Finanzministerin"):
        a title or epithet of the person-noun classes or of the registry."""
        return w.upos == "PROPN" and (self.nouns.is_person_noun(w.text) or self.is_registry_title(w))

    def is_registry_title(self, w: Word) -> bool:
        """A word, in any of its forms, that the registry gives some person as a title
        ("Armeechef", "Generalstabschef")."""
        return any(f in self.registry_titles for f in noun_forms(w.text))

    def heads_a_name(self, w: Word) -> bool:
        """"Verteidigungsminister Joav Galant": the parse may hang the name on its title, a noun
        or a title word the tagger took for a name; a name's own flat parts are no new name."""
        return w.upos == "NOUN" or self.is_title_word(w)

    def apposition_host_title(self, sent: Sentence, w: Word) -> tuple[str, ...]:
        """"Der Sprecher des Ministeriums, Max Muster": a name apposed to a person noun carries
        that noun as a title (a later "der Sprecher" is he)."""
        host = self.apposition_host_word(sent, w)
        if host is None:
            return ()
        start = extend_hyphenated_left(self.parsed.text, host.start)
        return (deputy_prefix(sent, host) + self.parsed.text[start:host.start] + (host.lemma or host.text),)

    def apposed_titles(self, sent: Sentence, w: Word) -> tuple[str, ...]:
        """"Osama Hamdan, ranghohes Hamas-Mitglied,": a noun apposed after a person's name (to any
        of its words) is a title of the name (a later "das Hamas-Mitglied" is he)."""
        out = []
        split = self.sibling_apposition(sent, w)
        run = self.name_run(sent, w)
        apposed = [k for k in sent.kids(w.id) if k.deprel == "appos"]
        apposed += [k for part in run for k in sent.kids(part.id) if k.deprel == "appos" and k.upos == "PROPN"
                    and sent.word(k.id - 1).text == "," and k not in apposed]  # set off by a comma
        for k in apposed + ([split] if split else []):
            owned = next((x for x in sent.kids(k.id) if k.upos == "PROPN"  # "Eli Cohen, Israels
                          and x.deprel in ("flat", "flat:name") and self.is_title_word(x)), None)
            k = owned or k  # Außenminister,": the owner heads, the title hangs on it
            if k.id > w.id and (k.upos == "NOUN" or owned is not None):
                start = extend_hyphenated_left(self.parsed.text, k.start)
                out.append(deputy_prefix(sent, k) + self.parsed.text[start:k.start] + (k.lemma or k.text))
        return tuple(out)

    def sibling_apposition(self, sent: Sentence, w: Word) -> Word | None:
        """"Osama Hamdan, ein Vertreter der Hamas im Libanon, äußerte sich": the noun set off by
        a comma right after the name, which the parse made a second subject of the verb."""
        if not w.head or w.deprel not in ("nsubj", "nsubj:pass"):
            return None
        end = self.name_run(sent, w)[-1].id
        for k in sent.kids(w.head):
            if k.deprel == w.deprel and k.upos == "NOUN" and k.id > end:
                first = self.noun_phrase(sent, k)[0]
                if first.id == end + 2 and sent.word(end + 1).text == ",":
                    return k
        return None

    @staticmethod
    def apposition_host_word(sent: Sentence, w: Word) -> Word | None:
        """The person noun a name is apposed to; where the parse hangs the name on the genitive
        after it ("Die Vorsitzende der Partei, X,": X under "Partei"), the noun that owns it."""
        host = sent.word(w.head) if w.deprel == "appos" and w.head else None
        if host is not None and host.upos == "NOUN" and host.deprel == "nmod" and host.head \
                and not personal_noun(sent, host):
            host = sent.word(host.head)
        if host is None or host.upos != "NOUN" or not personal_noun(sent, host):
            return None
        return host

    def name_gender(self, sent: Sentence, run: list[Word], titles: tuple[str, ...]) -> str | None:
        """An unlisted person's gender from the title: its feminine ending ("Ministerin X"),
        else its article ("Die Vorsitzende der Partei, X"); None without a title."""
        if not titles or gender_of(titles) == "f":
            return gender_of(titles)
        w = run[0]
        host = self.apposition_host_word(sent, w)
        before = sent.word(w.id - 1) if w.id > 1 else None
        for word in (host, before):  # the tagger's gender of a noun is unreliable, an article's less so
            if word is not None and fold(word.lemma or word.text).endswith(EPICENE_NOUNS):
                return None  # "die Geisel Omer Wenkert", "das Opfer": the noun's gender is no one's sex
            if word is not None and (word.upos == "NOUN" or self.is_title_word(word)):
                gender = article_gender(sent, word) or oblique_feminine(sent, word)
                if gender:
                    return gender
        return gender_of(titles)

    def in_date(self, w: Word) -> bool:
        """"20. Mai 2024", "März 2024": a month name after a day or before a year is a date, no
        person (nor "Friedrich Merz" by its spelling)."""
        if w.text.lower() not in MONTHS:
            return False
        text = self.parsed.text
        return DAY_BEFORE.search(text[max(0, w.start - 8):w.start]) is not None \
            or YEAR_AFTER.match(text, w.end) is not None

    @staticmethod
    def is_place(sent: Sentence, w: Word) -> bool:
        """"bei einem Besuch in Tel Aviv": a name after a preposition of place is no person
        (a later "er" does not refer to it)."""
        return any(k.deprel == "case" and fold(k.text) in PLACE_PREPOSITIONS for k in sent.kids(w.id))

    def described_side(self, sent: Sentence, w: Word, titles: tuple[str, ...]) -> str:
        """An unlisted person's side from the titles before the name ("der Hamas-Funktionär X"),
        the noun phrase it is apposed to ("der Sprecher der Hamas, X") or an apposition after it
        ("X, ein Sprecher der Hamas,")."""
        side = self.registry.affiliation_from_description(" ".join(titles)) if titles else None
        if side:
            return side
        host = sent.word(w.head) if w.deprel == "appos" and w.head else None
        if host is not None and host.upos == "NOUN":
            words = [k for k in self.noun_phrase(sent, host) if k.id < w.id]
            side = self.registry.affiliation_from_description(
                self.parsed.text[words[0].start:words[-1].end]) if words else None
            if side:
                return side
        for k in sent.kids(w.id):
            if k.deprel == "appos" and k.upos == "NOUN":
                words = self.subtree(sent, k)
                if not words:  # a broken parse: the apposition is punctuation only
                    continue
                side = self.registry.affiliation_from_description(
                    self.parsed.text[words[0].start:words[-1].end])
                if side:
                    return side
        return "other"

    def described_speakers(self, named: list[Entity]) -> list[Entity]:
        """Unnamed people who speak ("wie eine Sprecherin der Hilfsorganisation sagte"): later
        pronouns may refer to them, so they are entities too, under their description. A title
        someone named in the text carries ("der Premier") is that person, not a new one."""
        taken = {e.position for e in named}
        title_stems = {stem(t) for e in named for t in e.titles}  # distinct titles: few
        out = []
        for sent in self.parsed.sentences:
            for w in sent.words:
                group = self.described_group(sent, w, taken)
                if group is not None:
                    out.append(group)
                    continue
                if w.upos != "NOUN" or not w.head or not looks_personal(w) or w.start in taken \
                        or not fold(w.text).endswith(PERSON_NOUN_ENDINGS) \
                        or self.lexicon.verb_class(sent.word(w.head).lemma) is None:
                    continue
                words = self.noun_phrase(sent, w)
                noun = stem(w.lemma or w.text)
                if not self.speaks(sent, w, words) or any(t.endswith(noun) for t in title_stems) \
                        or refers_back(self, sent, w, words):
                    continue
                if any(k.upos in NAME_UPOS for k in words) or any(
                        self.sibling_apposition(sent, x) is w for x in sent.words
                        if x.upos == "PROPN" and x.head == w.head):
                    continue  # named: the name is the entity already
                mention = self.phrase_mention(words, w, [])
                description = self.descriptor(mention)
                affiliation = self.registry.affiliation_from_description(mention.text) or "other"
                name = english_label(description, self.is_plural(mention), affiliation, mention.text)
                gender = article_gender(sent, w) or {"Fem": "f", "Masc": "m"}.get(person_gender(w) or "")
                out.append(Entity(name or description, affiliation, "person", gender,
                                  (w.lemma or w.text,), words[0].start, True))
        return out

    def described_group(self, sent: Sentence, w: Word, taken: set[int]) -> Entity | None:
        """"Augenzeugen berichteten von Explosionen. Sie sagten, …": unnamed people in the plural
        who are the subject of a speech verb are a group a later plural "sie" refers to, under
        their English label ("anonymous eyewitnesses"); only where the tables know the noun."""
        if w.upos != "NOUN" or w.deprel != "nsubj" or not w.head or w.start in taken \
                or w.feat("Number") != "Plur" or self.lexicon.verb_class(sent.word(w.head).lemma) is None:
            return None
        words = self.noun_phrase(sent, w)
        if fold(words[0].text) in SINGULAR_ARTICLES:
            return None  # "Ein Augenzeuge", whatever number the tagger gave it: one person
        if any(k.upos in NAME_UPOS for k in words) or self.registry.matches(
                self.parsed.text[words[0].start:words[-1].end]):
            return None  # named, or a body's people ("Vertreter der Hamas"): the body speaks
        mention = self.phrase_mention(words, w, [])
        label = english_label(self.descriptor(mention), True, None, mention.text)
        if not label or label[:1].isupper():
            return None
        return Entity(label, "other", "group", None, (w.lemma or w.text,), words[0].start, True)

    @staticmethod
    def speaks(sent: Sentence, w: Word, words: list[Word]) -> bool:
        """The noun is the speech verb's subject; "wie eine Sprecherin sagte" counts even when
        the tagger makes the speaker an object."""
        if w.deprel in ("nsubj", "nsubj:pass"):
            return True
        before = words[0].id - 1
        return (w.deprel == "obj" and w.head > words[-1].id and before >= 1
                and fold(sent.word(before).text) == "wie")

    @staticmethod
    def apposed_name_words(sent: Sentence, w: Word) -> list[Word]:
        """The name the parse hangs on a noun without a comma ("sein Kollege Badr Abdelatty"):
        the first proper-name appos right after it and its flat parts."""
        appos = next((k for k in sent.kids(w.id) if k.deprel == "appos" and k.upos == "PROPN"
                      and k.id == w.id + 1), None)
        if appos is None:
            return []
        return [appos] + [k for k in sent.kids(appos.id) if k.deprel == "flat" and k.upos == "PROPN"]

    @staticmethod
    def noun_phrase(sent: Sentence, w: Word) -> list[Word]:
        """The noun with its article, adjectives and genitive owner ("eine Sprecherin der Partei")."""
        keep = {w.id}
        for k in sent.words:
            if k.head == w.id and (k.upos in ("DET", "ADJ") and k.id < w.id
                                   or k.deprel == "nmod" and k.id > w.id):
                keep.add(k.id)
        for k in sent.words:  # an owner's article, adjective and name ("von Ministerpräsident X")
            if k.head in keep and k.id not in keep and k.head != w.id and (
                    k.upos in ("DET", "ADJ") or k.deprel in ("flat", "flat:name")):
                keep.add(k.id)
        words = sorted((sent.word(i) for i in keep), key=lambda x: x.id)
        return [x for x in words if words[0].id <= x.id <= words[-1].id]

    def office_mention(self, text: str, start: int, end: int, entry: SpeakerEntry) -> Entity | None:
        """"Das Büro von Ministerpräsident Netanjahu", "Netanjahus Büro": the office speaks."""
        if not entry.office:
            return None
        nouns = "|".join(map(re.escape, sorted(self.lexicon.office_nouns)))
        before = re.search(rf"\b({nouns})(?:es|s)?\s+(?:des|der|von|vom)?\s*(?:\S+\s+){{0,2}}$",
                           text[max(0, start - 60):start])
        after = re.match(rf"s?\s+({nouns})\b", text[end:end + 20])
        if not (before or after):
            return None
        name, affiliation = self.office_of(entry)
        position = start - len(before.group(0)) if before else end
        noun = (before or after).group(1)  # "des Büros" later refers back to it
        return Entity(name, affiliation, "organisation", None, (noun,), position,
                      self.is_subject_at(position))

    def unlisted_full_name(self, surname: str) -> bool:
        """"Der Minister Jonas Falk … Als Falk": the document names someone in full with this
        surname, a given name before it, so it is no registry person of another spelling."""
        if len(name_parts(surname)) != 1:
            return False
        for m in re.finditer(rf"\b([A-ZÄÖÜ][\w-]+)\s+{re.escape(surname)}\b", self.parsed.text):
            first = m.group(1)
            before = self.parsed.text[:m.start()].rstrip()
            if not before or before[-1] in ".!?:\"„“”»«" or fold(first) in self.lexicon.sentence_adverbs:
                continue  # "Auch Haniya sagte": a capitalised word opening a sentence, no given name
            if not self.nouns.is_person_noun(first) and not any(
                    f in self.registry_titles for f in noun_forms(first)) \
                    and fold(first) not in self.articles and not self.registry.matches(m.group(0)):
                return True
        return False

    def names_a_thing(self, titles: tuple[str, ...]) -> bool:
        """"Die Reederei Maersk", "der Gewerkschaftsdachverband Histadrut": a name right after a
        noun for a firm or a body (lexicon `body_nouns`) is its name, no person's."""
        return any(fold(t.split()[-1]).endswith(self.lexicon.body_nouns) for t in titles)

    def spelled_surname(self, sent: Sentence, w: Word) -> bool:
        """"Smotritsch forderte …" opening a sentence, and nowhere else: a subject that is a
        registry person's surname in another spelling is a name, though it stands where any
        capitalised word may."""
        if w.deprel not in ("nsubj", "nsubj:pass", "appos"):
            return False
        known = self.registry.by_spelling(w.text)
        return known is not None and known.kind == "person"

    def looks_like_name(self, sent: Sentence, w: Word) -> bool:
        """A lone capitalised subject is a name unless it only ever opens a sentence ("Später")."""
        if w.deprel not in ("nsubj", "nsubj:pass", "appos"):
            return False
        if w.id > 1:
            return True
        return re.search(rf"[^.!?\s]\s+{re.escape(w.text)}\b", self.parsed.text) is not None

    @staticmethod
    def name_run(sent: Sentence, w: Word) -> list[Word]:
        """The name's words: its flat parts, and the part a particle carries when the parser
        hangs it under the particle ("Tarek ← Abu ← Dschamil")."""
        particles = load_transliteration().particles
        words = [w] + [k for k in sent.kids(w.id) if k.deprel in ("flat", "flat:name") or (
            k.upos == "PROPN" and fold(k.text) in particles)]  # "Samira ← Abu" as an apposition
        for k in list(words[1:]):
            if fold(k.text) in particles:
                words += [x for x in sent.kids(k.id)
                          if x.deprel in ("flat", "flat:name") and x.id == k.id + 1]
        words.sort(key=lambda x: x.id)
        run = [x for n, x in enumerate(words) if x.id - words[0].id == n]
        return run  # contiguous: a weak parse's "Rights ← … Malinowski" is no one name

    def titles_before(self, sent: Sentence, run: list[Word]) -> tuple[str, ...]:
        """"Minister Benny Gantz", "der Hamas-Funktionär Sami Abu Zuhri": nouns just before a
        name, a compound the tokenizer split at its hyphen taken whole ("Hamas-Funktionär"); not
        the noun a genitive name owns ("ein Berater Netanjahus" is no adviser named Netanjahu)."""
        if self.owned_by_name(sent, run):
            return ()
        titles = []
        i = run[0].id - 1
        while i >= 1 and (sent.word(i).upos in ("NOUN", "ADJ") or self.is_title_word(sent.word(i))):
            w = sent.word(i)
            start = extend_hyphenated_left(self.parsed.text, w.start)
            if w.upos != "ADJ" and not fold(w.lemma or w.text).endswith(LED_BODIES):
                titles.append(deputy_prefix(sent, w) + self.parsed.text[start:w.start] + (w.lemma or w.text))
            i -= 1
            while i >= 1 and sent.word(i).start >= start:
                i -= 1
        return tuple(titles)

    def owned_by_name(self, sent: Sentence, run: list[Word]) -> bool:
        """Whether the name is a genitive owner of the common noun right before it ("ein Berater
        Netanjahus", "die Sprecherin Bidens"): written with a genitive ending the registry does
        not list as a name of its own, and hung under that noun."""
        first, last = run[0], run[-1]
        if first.id < 2 or first.deprel != "nmod" or first.head != first.id - 1 \
                or sent.word(first.head).upos != "NOUN":
            return False
        written = self.parsed.text[first.start:last.end]
        return fold(written).endswith(("s", "'", "’")) and self.registry.by_name(written) is None

    def is_subject_at(self, pos: int) -> bool:
        found = self.word_at(pos)
        return found is not None and self.in_subject(*found)

    def is_main_clause_at(self, pos: int) -> bool:
        found = self.word_at(pos)
        return found is not None and in_main_clause(*found)

    def word_at(self, pos: int) -> tuple[Sentence, Word] | None:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 0:
            return None
        sent = self.parsed.sentences[i]
        word = next((w for w in sent.words if w.start <= pos < w.end), None)
        return (sent, word) if word is not None else None

    @staticmethod
    def is_apposition(sent: Sentence, w: Word) -> bool:
        """An appos, or a conj with no "und" that the parse made of one ("X, der Arm der Hamas,")."""
        return w.deprel == "appos" or w.deprel == "conj" and not any(
            k.deprel == "cc" for k in sent.kids(w.id))

    @staticmethod
    def in_subject(sent: Sentence, w: Word) -> bool:
        """Inside the subject; an owner in an apposition is not ("Die Brigaden, der Arm der Hamas,
        erklärten": the brigades speak, not the Hamas that owns them)."""
        cur, owned = w, False
        for _ in range(4):
            if cur.deprel in ("nsubj", "nsubj:pass"):
                return True
            if cur.deprel not in ("flat", "flat:name", "appos", "nmod", "amod", "compound", "conj") \
                    or not cur.head or owned and EntityScan.is_apposition(sent, cur):
                return False
            owned = owned or cur.deprel == "nmod"
            cur = sent.word(cur.head)
        return False


CLAUSE_RELS = {"ccomp", "advcl", "acl", "acl:relcl", "csubj", "xcomp"}  # a clause inside another


def in_main_clause(sent: Sentence, w: Word) -> bool:
    """Whether `w` belongs to the sentence's main clause (or a main clause coordinated with it),
    not to a subordinate one: "Netanjahu sagte nicht, ob Deif getötet wurde" has Netanjahu in the
    main clause, Deif in the ob-clause; "weil Irans Verbündete …" is subordinate too."""
    cur = w
    for _ in range(len(sent.words)):
        if cur.deprel in CLAUSE_RELS:
            return False
        if not cur.head:
            return True
        cur = sent.word(cur.head)
    return False


def without_inner_people(hits: list[tuple[int, int, SpeakerEntry]]) -> list[tuple[int, int, SpeakerEntry]]:
    """Registry hits less a person's alias inside another person's longer name ("Kassem", an
    alias of one Qassem, inside "Hasem Kassem", the other): one sweep in text order."""
    out = []
    reach, owner = -1, None  # the furthest end of a person's name so far, and whose
    for s, e, entry in sorted(hits, key=lambda h: (h[0], h[0] - h[1])):
        if entry.kind == "person":
            if e <= reach and owner is not entry:
                continue
            if e > reach:
                reach, owner = e, entry
        out.append((s, e, entry))
    return out
