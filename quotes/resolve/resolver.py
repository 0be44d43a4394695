"""Turn speaker mentions into canonical speakers with an affiliation.

The registry (`quotes/data/speakers.json`) holds people and organisations with aliases and
transliterations; descriptor rules (`affiliation_cues.json`) give officials missing from the
registry an affiliation; pronouns and titles resolve to the right earlier person of the document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from quotes.constructions.core import is_subjunctive
from quotes.constructions.mentions import Block as MentionsBlock
from quotes.extract import Mention, Named, PreviousSpeaker, Pronoun, RawQuote, StatementIssuer
from quotes.labels import english_label, label_rules
from quotes.lexicon import load_lexicon
from quotes.models import Quote, SpeakerEntry
from quotes.parse import Parsed, Sentence, Word
from quotes.registry import Registry, load_registry
from quotes.resolve.anaphora import (
    apposed_people,
    article_gender,
    demonstrative_referent,
    described_person,
    described_subjects,
    former_holder,
    holds_office,
    is_former,
    load_person_nouns,
    noun_forms,
    personal_noun,
    possessive_source,
    refers_back,
    registry_title_stems,
)
from quotes.resolve.entities import (
    Entity,
    carries_title,
    gender_of,
    in_parentheses,
    is_singular_label,
    merge_name_variants,
)
from quotes.resolve.learned import Chooser, QuoteContext, speaker_key
from quotes.resolve.words import (
    ARMED_GROUP_SIDES,
    GROUP_EPITHETS,
    STRONG_ENDINGS,
    adjective_base,
    looks_personal,
    noun_nominative,
    person_gender,
)
from quotes.text import extend_hyphenated, extend_hyphenated_left, fold, stem, tokens
from quotes.transliterate import english_form, load_transliteration, name_part_set

__all__ = ["DocumentResolver", "Registry", "english_label", "fold", "load_registry", "resolve_quotes"]


NAME_UPOS = ("PROPN", "X")
TIME = re.compile(r"\s*(?:\d{1,2}[.:]\d{2}\s*(?:Uhr)?|\d+\s*Uhr)\s*$")
QUOTED_NAME = re.compile(r"\s*[„\"»«“]([^\"“”»«,.;:]{2,60}?)[“”\"«»]")
PLACE_BEFORE = re.compile(r"\b(?:[Ii]n|[Ii]m|[Ii]ns|nach|aus)\s+$")
JOINT_LINK = re.compile(r"\s+(?:und|sowie)\s+")
SENTENCE_ADVERBS = {"wortlich", "demnach", "dabei", "damit", "so", "hier", "dort", "ausserdem",
                    "ahnlich", "ebenso", "genauso", "gleichfalls", "anders"}  # "Ähnlich wie X äußerte sich Y"
REPORT_NOUNS = {"bericht", "angab", "information", "darstellung", "erklarung", "mitteilung"}
RELAY_TITLES = ("korrespondent", "reporter", "journalist", "korrespondentin", "reporterin", "journalistin")
PERSON_NOUN_ENDINGS = ("er", "in", "ent", "ist", "or", "at", "ling", "beamte", "angestellte", "abgeordnete")
SINGULAR_ARTICLES = {"ein", "eine", "einer", "eines", "einem", "einen"}
UNSPECIFIED = ("bericht", "schatzung", "medi", "berichterstattung", "information")
CORE_RELS = ("appos", "flat", "flat:name")
NUMBER_WORDS = {"zwei": 2, "beide": 2, "beiden": 2, "drei": 3, "vier": 4}
PLACE_PREPOSITIONS = {"in", "im", "nach", "aus", "zwischen", "nahe", "durch", "ins", "gen"}
NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "von", "der", "de", "van", "bint"}


def looks_like_name(speaker: str) -> bool:
    """"Chalil al-Hajja", not a label ("spokesperson … (unnamed)") nor a German description."""
    words = speaker.split()
    return len(words) <= 6 and "(" not in speaker and " and " not in speaker \
        and all(w[:1].isupper() or "-" in w or fold(w) in NAME_PARTICLES for w in words)


class DocumentResolver:
    """Resolves the mentions of one document in reading order, remembering who was mentioned."""

    def __init__(self, parsed: Parsed, registry: Registry):
        self.parsed = parsed
        self.registry = registry
        self.lexicon = load_lexicon()
        self.articles = self.lexicon.articles
        self.sentence_starts = [s.start for s in parsed.sentences]
        self.person_names: set[str] = set()
        self.nouns = load_person_nouns()
        self.registry_titles = registry_title_stems(registry)
        self.entities = self.mentioned_entities()
        self.names_seen: list[str] = []
        self.quoted_spans: list[tuple[int, int]] = []

    # -- who is mentioned where ---------------------------------------------------------------

    def mentioned_entities(self) -> list[Entity]:
        """Registry names and personal names in the text, with positions and subject role."""
        out = []
        text = self.parsed.text
        for s, e, entry in without_inner_people(self.registry.matches(text)):
            titles = tuple(entry.titles) + (self.written_head_noun(s, e) if entry.kind != "person" else ())
            out.append(Entity(entry.name, entry.affiliation, entry.kind, entry.gender,
                              titles, s, self.is_subject_at(s)))
            office = self.office_mention(text, s, e, entry)
            if office is not None:
                out.append(office)
        taken = {e.position: e for e in out}
        for sent in self.parsed.sentences:
            for w in sent.words:
                if w.start in taken:  # a registry name: add the titles written before it here
                    run = self.name_run(sent, w)
                    taken[w.start].titles += self.titles_before(sent, run)
                    continue
                if self.is_title_word(w):
                    continue  # "Israels Premier", "Finanzministerin Orit Strook": a title, no name
                if (w.upos != "PROPN" or w.text.isupper()
                        or w.deprel in CORE_RELS[1:] and not self.is_title_word(sent.word(w.head))
                        or w.text.lower() in self.lexicon.sentence_adverbs
                        or text[w.start - 1:w.start] == "-" or in_parentheses(text, w.start)):
                    continue
                run = self.name_run(sent, w)
                if len(run) == 1 and not self.looks_like_name(sent, w) or self.is_place(sent, w):
                    continue
                name = self.parsed.text[run[0].start:extend_hyphenated(text, run[-1].end)]
                titles = self.titles_before(sent, run) + self.apposition_host_title(sent, w)
                known = self.registry.by_spelling(name)
                if known is not None and known.kind == "person":  # "Mohammed Schtajeh"
                    out.append(Entity(known.name, known.affiliation, "person", known.gender,
                                      titles + tuple(known.titles), w.start, self.in_subject(sent, w)))
                    continue
                side = self.described_side(sent, w, titles)
                out.append(Entity(name, side, "person", self.name_gender(sent, run, titles), titles,
                                  w.start, self.in_subject(sent, w)))
        merge_name_variants(out)
        self.person_names = {e.name for e in out if e.kind == "person"}  # names, not descriptions
        out += self.described_speakers(out)
        return sorted(out, key=lambda e: e.position)

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
        return w.upos == "PROPN" and (self.nouns.is_person_noun(w.text)
                                      or any(f in self.registry_titles for f in noun_forms(w.text)))

    def apposition_host_title(self, sent: Sentence, w: Word) -> tuple[str, ...]:
        """"Der Sprecher des Ministeriums, Max Muster": a name apposed to a person noun carries
        that noun as a title (a later "der Sprecher" is he)."""
        host = self.apposition_host_word(sent, w)
        if host is None:
            return ()
        start = extend_hyphenated_left(self.parsed.text, host.start)
        return (self.parsed.text[start:host.start] + (host.lemma or host.text),)

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
            if word is not None and (word.upos == "NOUN" or self.is_title_word(word)):
                gender = article_gender(sent, word)
                if gender:
                    return gender
        return gender_of(titles)

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
                if w.upos != "NOUN" or not w.head or not looks_personal(w) or w.start in taken \
                        or not fold(w.text).endswith(PERSON_NOUN_ENDINGS) \
                        or self.lexicon.verb_class(sent.word(w.head).lemma) is None:
                    continue
                words = self.noun_phrase(sent, w)
                noun = stem(w.lemma or w.text)
                if not self.speaks(sent, w, words) or any(t.endswith(noun) for t in title_stems) \
                        or refers_back(self, sent, w, words):
                    continue
                if any(k.upos in NAME_UPOS for k in words):
                    continue  # named: the name is the entity already
                mention = Mention(self.parsed.text[words[0].start:words[-1].end], words[0].start,
                                  words[-1].end, w, [], words)
                description = self.descriptor(mention)
                affiliation = self.registry.affiliation_from_description(mention.text) or "other"
                name = english_label(description, self.is_plural(mention), affiliation, mention.text)
                gender = {"Fem": "f", "Masc": "m"}.get(person_gender(w) or "")
                out.append(Entity(name or description, affiliation, "person", gender,
                                  (w.lemma or w.text,), words[0].start, True))
        return out

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
    def noun_phrase(sent: Sentence, w: Word) -> list[Word]:
        """The noun with its article, adjectives and genitive owner ("eine Sprecherin der Partei")."""
        keep = {w.id}
        for k in sent.words:
            if k.head == w.id and (k.upos in ("DET", "ADJ") and k.id < w.id
                                   or k.deprel == "nmod" and k.id > w.id):
                keep.add(k.id)
        for k in sent.words:
            if k.head in keep and k.id not in keep and k.upos in ("DET", "ADJ") and k.head != w.id:
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
        return Entity(name, affiliation, "organisation", None, (), position, self.is_subject_at(position))

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
        words = [w] + [k for k in sent.kids(w.id) if k.deprel in ("flat", "flat:name")]
        particles = load_transliteration().particles
        for k in list(words[1:]):
            if fold(k.text) in particles:
                words += [x for x in sent.kids(k.id)
                          if x.deprel in ("flat", "flat:name") and x.id == k.id + 1]
        return sorted(words, key=lambda x: x.id)

    def titles_before(self, sent: Sentence, run: list[Word]) -> tuple[str, ...]:
        """"Minister Benny Gantz", "der Hamas-Funktionär Sami Abu Zuhri": nouns just before a
        name, a compound the tokenizer split at its hyphen taken whole ("Hamas-Funktionär")."""
        titles = []
        i = run[0].id - 1
        while i >= 1 and (sent.word(i).upos in ("NOUN", "ADJ") or self.is_title_word(sent.word(i))):
            w = sent.word(i)
            start = extend_hyphenated_left(self.parsed.text, w.start)
            if w.upos != "ADJ":
                titles.append(self.parsed.text[start:w.start] + (w.lemma or w.text))
            i -= 1
            while i >= 1 and sent.word(i).start >= start:
                i -= 1
        return tuple(titles)

    def is_subject_at(self, pos: int) -> bool:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 0:
            return False
        sent = self.parsed.sentences[i]
        word = next((w for w in sent.words if w.start <= pos < w.end), None)
        return word is not None and self.in_subject(sent, word)

    @staticmethod
    def in_subject(sent: Sentence, w: Word) -> bool:
        cur = w
        for _ in range(4):
            if cur.deprel in ("nsubj", "nsubj:pass"):
                return True
            if cur.deprel not in ("flat", "flat:name", "appos", "nmod", "amod", "compound", "conj") \
                    or not cur.head:
                return False
            cur = sent.word(cur.head)
        return False

    # -- quotes -----------------------------------------------------------------------------

    def resolve(self, raw: list[RawQuote], doc: str, date: str | None,
                chooser: Chooser | None = None) -> list[Quote]:
        """Quotes with speakers; `chooser` (the learned layer, `quotes.resolve.learned`) may
        replace the rules' speaker of each quote, and what it picks is what later quotes see."""
        text = self.parsed.text
        out: list[Quote] = []
        previous: tuple[str | None, str | None, str | None] = (None, None, None)
        times_quoted: dict[str, int] = {}
        self.quoted_spans = [(q.start, q.end) for q in raw]
        described_subjects(self)  # "Israels Premier äußerte sich": a later "er" is Netanjahu
        last_end = 0
        resolved: dict[int, Quote] = {}
        for q in raw:
            if q.parent is not None and q.rule == "nested.fragment" and id(q.parent) in resolved:
                out.append(nested_in(resolved[id(q.parent)], q, text))
                continue
            ref, mention_text = q.speaker, None
            if isinstance(ref, StatementIssuer):  # "hieß es in der Erklärung"
                speaker, affiliation = self.statement_source(q, previous[0])
            elif isinstance(ref, PreviousSpeaker):  # a continuation without a cue
                speaker, affiliation = self.latest_speaker(q, last_end) or previous[:2]
            elif isinstance(ref, Named | Pronoun):  # pronouns: resolve_mention step 2
                speaker, affiliation = self.resolve_mention(ref.mention, (q.start, q.end))
                mention_text = ref.mention.text
                if self.reported_by_member(q, (speaker, affiliation), previous[:2]):
                    speaker, affiliation = previous[:2]  # "Nasrallah sagte … Die Miliz verlange, …"
            else:
                speaker, affiliation = None, None
            speaker, affiliation = self.spelled_canonically(speaker, affiliation)
            if chooser is not None:  # its candidates are spelled canonically too
                speaker, affiliation = chooser(self, q, QuoteContext((speaker, affiliation),
                                                                      previous[0], times_quoted))
            if speaker and chooser is not None:
                key = speaker_key(speaker, self)
                times_quoted[key] = times_quoted.get(key, 0) + 1
            if speaker:
                last_end = max(last_end, q.end)
                previous = (speaker, affiliation, mention_text)
                self.remember(speaker, affiliation, q)
            out.append(Quote(
                doc=doc, start=q.start, end=q.end, kind=q.kind, quote=text[q.start:q.end],
                cue=q.cue, speaker_mention=mention_text, speaker=speaker,
                affiliation=affiliation, sentence=" ".join(text[q.sentence[0]:q.sentence[1]].split()),
                confidence=round(q.confidence if speaker else q.confidence * 0.5, 3), date=date,
                rule=q.rule, cue_start=q.cue_span[0] if q.cue_span else None,
                cue_end=q.cue_span[1] if q.cue_span else None,
                speaker_start=q.mention.start if q.mention else None,
                speaker_end=q.mention.end if q.mention else None,
            ))
            resolved[id(q)] = out[-1]
            if q.parent is not None and id(q.parent) in resolved:  # a report inside a report
                out[-1].parent_start, out[-1].parent_end = q.parent.start, q.parent.end
        return out

    def spelled_canonically(self, speaker: str | None,
                            affiliation: str | None) -> tuple[str | None, str | None]:
        """A person's name in the guidelines' spelling (F3): a registry person written another
        way ("Mohammed Schtajeh") is that person; an unlisted German-spelt Arabic, Hebrew or
        Persian name gets its English form ("Chalil al-Hajja" → "Khalil al-Hayya")."""
        if not speaker or self.registry.by_name(speaker) is not None or not looks_like_name(speaker) \
                or speaker not in self.person_names and speaker not in self.names_seen:
            return speaker, affiliation  # a description ("Ägyptischer TV-Kanal …") is no name
        known = self.registry.by_spelling(speaker)
        if known is not None and known.kind == "person":
            return known.name, known.affiliation
        return english_form(speaker), affiliation

    def latest_speaker(self, q: RawQuote, after: int) -> tuple[str, str] | None:
        """A continuation follows whoever spoke last, also when that speech was no quote of
        ours ("X warnte vor einem Krieg. Die USA seien …"): the subject of a speech verb in the
        sentence right before, when it lies after the last attributed quote."""
        here = bisect.bisect_right(self.sentence_starts, q.start) - 1
        if here < 1:
            return None
        sent = self.parsed.sentences[here - 1]
        if sent.start < after:
            return None
        subject = next((w for w in sent.words if w.deprel == "nsubj" and w.head
                        and self.lexicon.verb_class(sent.word(w.head).lemma) is not None), None)
        if subject is None:
            return None
        words = self.subtree(sent, subject)
        start, end = words[0].start, words[-1].end
        mention = Mention(self.parsed.text[start:end], start, end, subject, [], words)
        name, affiliation = self.resolve_mention(mention)
        if not name or self.is_relay(name):
            return None
        return name, affiliation or "other"

    @staticmethod
    def subtree(sent: Sentence, w: Word) -> list[Word]:
        """The word with everything that hangs under it, in order, cut at the first gap."""
        keep = {w.id}
        for _ in range(6):
            keep |= {k.id for k in sent.words if k.head in keep}
        ids = sorted(keep)
        run = [i for n, i in enumerate(ids) if i - ids[0] == n]
        words = [sent.word(i) for i in run]
        while words and words[-1].upos == "PUNCT":
            words.pop()
        return words

    def reported_by_member(self, q: RawQuote, speaker: tuple[str | None, str | None],
                           last: tuple[str | None, str | None]) -> bool:
        """A speech verb in the Konjunktiv heading its own sentence ("Die Miliz verlange nicht, …")
        right after the quote of a person of that same side: he is still reporting his
        organisation's position, and keeps the entry (D16). A medium only relays (Q7)."""
        last_speaker = last[0]
        if not last_speaker or not speaker[0] or speaker[0] == last_speaker or q.cue_span is None \
                or speaker[1] != last[1] or self.is_relay(last_speaker):
            return False
        organisation, person = self.registry.by_name(speaker[0]), self.registry.by_name(last_speaker)
        if organisation is None or organisation.kind == "person" or (person and person.kind != "person"):
            return False
        sent = self.sentence_of(q.cue_span[0])
        cue = next((w for w in sent.words if w.start == q.cue_span[0]), None) if sent else None
        if cue is None or cue.deprel != "root" or not (
                is_subjunctive(cue, self.lexicon)
                or any(k.deprel == "aux" and is_subjunctive(k, self.lexicon) for k in sent.kids(cue.id))):
            return False
        here = bisect.bisect_right(self.sentence_starts, q.cue_span[0])
        last = next((e for e in reversed(self.entities) if e.speaker and e.name == last_speaker), None)
        return last is not None and here - bisect.bisect_right(self.sentence_starts, last.position) <= 2

    def statement_source(self, q: RawQuote, last_speaker: str | None) -> tuple[str | None, str | None]:
        """Who issued an unnamed statement: the nearest subject that is an organisation (or an
        office: "Das Büro Netanjahus reagierte") or the last speaker quoted."""
        announced = self.statement_announcer(q.start)
        if announced is not None:
            return announced.name, announced.affiliation
        speaking = self.speaker_just_before(q.start)
        if speaking is not None:
            return speaking
        for e in self.candidates_before(q.start):
            if e.subject and (e.kind == "organisation" and self.speaks_at(e.position)
                              or e.name == last_speaker) and not self.in_reported_content(e):
                return e.name, e.affiliation
        return None, None

    def speaker_just_before(self, pos: int) -> tuple[str | None, str | None] | None:
        """"Das Forum kritisierte den Plan. „…“, hieß es in einer Erklärung": the noun-phrase
        subject of a speech verb in the sentence right before the statement's sentence."""
        here = bisect.bisect_right(self.sentence_starts, pos) - 1
        if here < 1:
            return None
        sent = self.parsed.sentences[here - 1]
        root = next((w for w in sent.words if w.head == 0), None)
        if root is None or root.lemma == "heißen" or self.lexicon.verb_class(root.lemma) is None:
            return None
        subject = next((k for k in sent.kids(root.id) if k.deprel == "nsubj"
                        and k.upos in ("NOUN", "PROPN")
                        and not any(a <= k.start < b for a, b in self.quoted_spans)), None)
        if subject is None:
            return None
        words = self.noun_phrase(sent, subject)
        mention = Mention(self.parsed.text[words[0].start:words[-1].end], words[0].start,
                          words[-1].end, subject, [(subject.start, subject.end)], words)
        name, affiliation = self.resolve_mention(mention)
        return (name, affiliation) if name else None

    def speaks_at(self, pos: int) -> bool:
        """Whether the subject at `pos` acts ("Das Büro reagierte"), rather than undergoes
        ("Das Hamas-Büro wird geschlossen"): only an actor issues a statement."""
        sent = self.sentence_of(pos)
        cur = next((w for w in sent.words if w.start <= pos < w.end), None) if sent else None
        for _ in range(5):
            if cur is None or not cur.head:
                return False
            if cur.deprel == "nsubj:pass":
                return False
            if cur.deprel == "nsubj":
                verb = sent.word(cur.head)
                return not any(k.deprel == "aux:pass" for k in sent.kids(verb.id))
            cur = sent.word(cur.head)
        return False

    def in_reported_content(self, e: Entity) -> bool:
        """An entity named inside a quote ("…, die Hamas blockiere alles", hieß es) is what
        was said, not who said it."""
        return not e.speaker and any(s <= e.position < t for s, t in self.quoted_spans)

    def statement_announcer(self, pos: int, window: int = 5) -> Entity | None:
        """The organisation in the latest sentence that announced a statement ("veröffentlichte
        das Weiße Haus eine Stellungnahme"), within a few sentences before `pos`."""
        here = bisect.bisect_right(self.sentence_starts, pos) - 1
        for i in range(here - 1, max(-1, here - 1 - window), -1):
            sent = self.parsed.sentences[i]
            if not any(w.text in self.lexicon.statement_nouns for w in sent.words):
                continue
            orgs = [e for e in self.entities
                    if sent.start <= e.position < sent.end and e.kind == "organisation"]
            if orgs:
                return next((e for e in orgs if e.subject), orgs[0])
        return None

    def remember(self, speaker: str, affiliation: str | None, q: RawQuote) -> None:
        """A speaker just quoted is the most salient antecedent for what follows."""
        known = next((e for e in self.entities if e.name == speaker), None)
        position = q.mention.start if q.mention else q.start
        guessed = "person" if q.mention is None or looks_personal(q.mention.head) \
            or is_singular_label(speaker) else "group"
        unlisted = self.registry.by_name(speaker) is None
        titles = known.titles if known else self.described_titles(q.mention) if unlisted else ()
        bisect.insort(self.entities, Entity(speaker, affiliation or "other",  # kept sorted: no
                                            known.kind if known else guessed,  # re-sort per quote
                                            known.gender if known else None,
                                            titles, position, True, True),
                      key=lambda e: e.position)

    @staticmethod
    def described_titles(m: Mention | None) -> tuple[str, ...]:
        """An unnamed speaker keeps its head noun as title: "ein Sprecher des Ministeriums" …
        "der Sprecher" later is the same one."""
        if m is None or m.head.upos != "NOUN":
            return ()
        return (m.head.lemma or m.head.text,)

    def resolve_mention(self, m: Mention,
                        quoted: tuple[int, int] = (0, 0)) -> tuple[str | None, str | None]:
        """Canonical speaker and affiliation. The order, most specific evidence first:
        1. repair the mention: a lone determiner grows to its noun ("ein … Beteiligter"), a cut
           name to the registry name it begins ("Staats-" → "Staats- und Regierungschefs der EU");
           a mention that names no one (a time, a fronted phrase, an adverb) gives way to the
           sentence's speaking subject;
        2. a pronoun's antecedent; 3. a name set off by commas; 4. a registry name on the head;
        5. the owner of a report ("ein Bericht der New York Times"); 6. an office; 7. a proper
        name; 8. unspecified reports (D11) name no one; 9. the person the document names with
        this title; 10. the English label of the description, else the German descriptor.
        Then coordinated names join ("Hamas and Government of Israel") and a medium that only
        relays gives way to the person it quotes."""
        repaired = self.repaired(m)
        if repaired is None:
            return self.speaking_subject(m, quoted)
        m = repaired
        if m.is_pronoun or self.is_demonstrative(m):
            return self.resolve_pronoun(m, quoted)
        speaker = self.resolve_named(m)
        speaker = self.joined(m, speaker)
        return self.unrelayed(m, speaker, quoted)

    def resolve_named(self, m: Mention) -> tuple[str | None, str | None]:
        """Steps 3 to 10 of `resolve_mention` for a mention that is not a pronoun."""
        apposed = self.apposed_name(m)
        if apposed:  # "ein Berater Netanjahus, Jonathan Adler": the name is the speaker
            entry = self.registry.by_name(apposed) or next(
                (h[2] for h in self.registry.matches(apposed) if h[2].kind == "person"), None)
            if entry:
                return entry.name, entry.affiliation
            full = self.fullest_name(apposed)
            own = self.parsed.text[m.start:m.head.end] if m.head.start >= m.start else ""
            side = self.registry.affiliation_from_description(own) if own else None
            return full, self.person_affiliation(  # "Die US-Botschafterin bei den UN, X": USA
                full, side or self.registry.affiliation_from_description(m.text) or "other")
        pair = apposed_people(self, m) if self.is_plural(m) else None
        if pair is not None:  # "die Außenminister …, Aiman al-Safadi und Samih Schukri,"
            return pair
        core = self.core_spans(m)
        hits = self.registry.matches(m.text)
        office_word = self.office_word(m)
        if office_word is not None and not any(h[0] + m.start <= office_word.start < h[1] + m.start
                                               for h in hits):
            office = self.resolve_office(m, hits)  # "al-Hajjas Büro": the office, not its owner
            if office:
                return office
        core_hits = [h for h in hits if (self.overlaps(m, h, core) or self.close_apposition(m, h))
                     and not self.genitive_owner(m, h)]
        if core_hits:
            entry = sorted(core_hits, key=lambda h: (h[2].kind != "person", not self.names_word(m, h),
                                                     h[0] - h[1]))[0][2]
            return entry.name, entry.affiliation
        owner = self.report_owner(m, hits)
        if owner:
            return owner
        quoted = self.quoted_name(m)
        if quoted:  # "der Sender „Kanal Sieben“": the outlet by its name
            return quoted, self.registry.affiliation_from_description(m.text) or "other"
        outlet = self.outlet_name(m)
        if outlet:  # "die Hamas-nahe Nachrichtenseite Shehab": Shehab, a medium (F4: other)
            return outlet, "other"
        office = self.resolve_office(m, hits)
        if office:
            return office
        group = self.epithet_group(m, m.head)
        if group is not None:  # "erklärten die Terroristen": the group the article names
            return group.name, group.affiliation
        m, swap = self.with_owner_named(m)
        affiliation = self.registry.affiliation_from_description(m.text) or self.owner_affiliation(m)
        name = self.person_name(m)
        if name:  # "der Bewohner Anas Alyan": the name, not whoever carried the title before
            full = self.fullest_name(name)
            return full, self.person_affiliation(full, affiliation)
        if self.is_unspecified(m):  # "Medienberichten zufolge": no one; "israelische Medien": a label
            label = english_label(self.descriptor(m, swap), self.is_plural(m), affiliation, m.text)
            return label, "other"
        described = described_person(self, m)  # "der 74-Jährige", "der Islamist"
        if described is not None:
            return described.name, described.affiliation
        titled = self.counted_group(m) or self.resolve_title(m) or self.compound_office(m)
        if titled:
            return titled
        description = self.descriptor(m, swap)
        label = english_label(description, self.is_plural(m), affiliation, m.text,
                              owner_name=self.owning_body(m))
        if label:
            return label, affiliation
        name = self.known_surname(m)
        if name:
            return self.fullest_name(name), affiliation
        return description, affiliation

    def epithet_group(self, m: Mention, w: Word) -> Entity | None:
        """The group a definite epithet stands for: "die Palästinenser-Organisation" is the
        nearest earlier armed group; a plain "der Organisation", "der Gruppe" the nearest earlier
        organisation the registry gives that title ("ein Mitglied der Organisation" after "die
        Hamas"). Only a definite epithet refers back."""
        sent = self.sentence_of(w.start)
        surface = self.parsed.text[extend_hyphenated_left(self.parsed.text, w.start):w.end]
        if sent is None or w.upos not in ("NOUN", "PROPN"):
            return None
        dets = [k for k in sent.kids(w.id) if k.upos == "DET"]
        if not dets or any(fold(k.text).startswith(("ein", "kein")) or k.deprel == "det:poss" for k in dets):
            return None
        earlier = (e for e in self.candidates_before(m.start) if e.kind == "organisation")
        if fold(surface).replace("-", "").endswith(GROUP_EPITHETS):
            return next((e for e in earlier if e.affiliation in ARMED_GROUP_SIDES
                         and not self.in_reported_content(e)), None)
        return self.titled_group_before(m, w, earlier)

    def titled_group_before(self, m: Mention, w: Word, earlier: Iterator[Entity]) -> Entity | None:
        """"der Organisation" refers to the organisation last named (in this or the two
        sentences before) when it carries that title (a compound by its end: "des Ministeriums"
        after "das Gesundheitsministerium"), and no word ending in that noun
        comes between ("die Weltgesundheitsorganisation … ein Vertreter der Organisation" is not
        the Hamas named before; "die Stiftung X … der Organisation" is no one we know)."""
        title = stem(w.lemma or w.text)
        here = bisect.bisect_right(self.sentence_starts, m.start)
        e = next(earlier, None)
        if e is None or bisect.bisect_right(self.sentence_starts, e.position) < here - 2 \
                or not any(stem(t).endswith(title) for t in e.titles):
            return None
        between = self.parsed.text[e.position:w.start]
        return None if re.search(rf"\w{re.escape(title)}\w*\b", fold(between)) else e

    def with_owner_named(self, m: Mention) -> tuple[Mention, tuple[str, str] | None]:
        """"ein Vertreter der Palästinenser-Organisation": the owner epithet replaced by the
        group's name as written, so the label and side are the group's ("… Hamas official");
        also the replacement itself, for the description."""
        sent = self.sentence_of(m.start)
        owners = [w for w in sent.words if w.head == m.head.id and w.deprel == "nmod"
                  and m.start <= w.start < m.start + len(m.text)] if sent is not None and m.words else []
        for w in owners:
            group = self.epithet_group(m, w)
            written = self.written_name(group) if group is not None else None
            if written and self.stands_for(written, group, w):
                s = extend_hyphenated_left(self.parsed.text, w.start) - m.start
                e = w.end - m.start
                named = Mention(m.text[:s] + written + m.text[e:], m.start, m.end, m.head, m.head_spans,
                                [k for k in m.words if k.start < m.start + s])
                return named, (m.text[s:e], written)
        return m, None

    def stands_for(self, written: str, group: Entity, w: Word) -> bool:
        """Whether a group's name as written can take the place of the epithet in a description:
        not one word that is neither the group's own name nor an armed group's ("Hamas",
        "Hisbollah"), which is a capital standing for its state ("Der Premier des Emirats" after
        "Doha" is no "Premier des Doha"); any name for the armed-group epithets."""
        surface = fold(self.parsed.text[extend_hyphenated_left(self.parsed.text, w.start):w.end])
        if surface.replace("-", "").endswith(GROUP_EPITHETS):
            return True
        own_name = fold(written) == fold(group.name) or group.affiliation in ARMED_GROUP_SIDES
        return len(written.split()) > 1 or own_name or fold(written).endswith(stem(w.lemma or w.text))

    def written_name(self, e: Entity) -> str:
        """The entity's name as this text writes it at its position ("Hamas", "Hisbollah"), else
        (an entity the text only described: "Die Gruppe erklärte") its canonical name."""
        hit = next((h for h in self.registry.matches(self.parsed.text[e.position:e.position + 60])
                    if h[0] == 0), None)
        return self.parsed.text[e.position:e.position + hit[1]] if hit else e.name

    def owner_affiliation(self, m: Mention) -> str:
        """"seine rechtsextremen Verbündeten": the side of the person the possessive points to."""
        if any(w.deprel == "det:poss" for w in m.words):
            owner = next((e for e in self.candidates_before(m.start) if e.kind == "person"), None)
            if owner is not None:
                return owner.affiliation
        return "other"

    def is_plural(self, m: Mention) -> bool | None:
        """"ein … Beteiligter" is one person whatever the tagger says; else the head's number."""
        if m.words and fold(m.words[0].text) in SINGULAR_ARTICLES:
            return False
        if m.words and m.words[0].upos == "ADJ" and m.words[0].text.endswith("e") \
                and m.head.upos == "NOUN" and m.head.text.endswith("er"):
            return True  # "arabische Vermittler": no article, the strong ending is the plural's
        return m.head.feat("Number") == "Plur" if m.words else None

    # -- repairing the mention ------------------------------------------------------------------

    def repaired(self, m: Mention) -> Mention | None:
        """The mention as it should have been cut, or None when it names no one."""
        text = self.parsed.text
        if TIME.match(text[m.start:m.end]) or m.head.upos == "NUM":
            return None  # "6.55 Uhr:" in a live blog
        written = text[m.start:m.end]
        if m.head.upos == "PRON" and len(m.words) > 1 \
                and all(w is m.head or w.upos in ("ADV", "PART") for w in m.words):
            return Mention(m.head.text, m.head.start, m.head.end, m.head, [], [m.head])  # "Auch er"
        if written.isupper() and len(written) > 3 and self.registry.by_name(written) is None:
            return None  # a dateline: "TEL AVIV:", "KAIRO (dpa) -"
        if m.words and m.words[0].upos == "ADP" and m.words[0].deprel == "case" \
                and not self.registry.matches(m.text):
            return None  # "In einer mit Spannung erwarteten Rede"
        if fold(m.text) in self.lexicon.sentence_adverbs or fold(m.text) in SENTENCE_ADVERBS:
            return None  # "Wörtlich", "Zudem"
        if fold(m.text) in self.articles:
            return self.grown_determiner(m)
        owner = possessive_source(self, m)
        if owner is not None:  # "Seinen Worten zufolge": the possessive is the speaker
            return owner
        return self.completed_name(self.with_report_owner(self.grown_left(self.apposition_host(m))))

    def apposition_host(self, m: Mention) -> Mention:
        """"Der Politiker - ein Gegner Netanjahus - sagte": a mention set off by a dash or comma
        after another subject of the same verb is that subject's apposition; the host speaks."""
        sent = self.sentence_of(m.start)
        head = next((w for w in sent.words if w.start == m.head.start), None) if sent else None
        if head is None or head.deprel != "nsubj" or not head.head:
            return m
        first = next((w for w in sent.words if w.start == m.start), None)
        if first is None or first.id < 3 or sent.word(first.id - 1).text not in ("-", "–"):
            return m
        host = sent.word(first.id - 2)
        if host.head != head.head or host.deprel != "nsubj" or host.upos != "NOUN" \
                or not looks_personal(host):
            return m
        words = [w for w in sent.words if w.id <= host.id and (w.id == host.id or w.head == host.id)]
        words = [w for w in words if w.id >= words[0].id]
        start, end = words[0].start, words[-1].end
        return Mention(self.parsed.text[start:end], start, end, host, [], words)

    def grown_left(self, m: Mention) -> Mention:
        """"Ein ranghoher US-Beamter" cut to "US-Beamter": take back the article and adjectives
        standing right before the mention, so the description is whole."""
        sent = self.sentence_of(m.start)
        if sent is None or m.head.upos != "NOUN":
            return m
        first = next((w for w in sent.words if w.start == m.start), None)
        if first is None:
            return m
        taken: list[Word] = []
        i = first.id - 1
        while i >= 1 and (sent.word(i).upos == "DET"
                          or sent.word(i).upos == "ADJ" and sent.word(i).text[:1].islower()):
            taken.insert(0, sent.word(i))
            i -= 1
        while taken and taken[0].upos != "DET":  # "Am Mittwoch erklärten Zypern": no article, no phrase
            taken.pop(0)
        if not taken:
            return m
        start = taken[0].start
        return Mention(self.parsed.text[start:m.end], start, m.end, m.head, m.head_spans,
                       taken + list(m.words))

    def grown_determiner(self, m: Mention) -> Mention:
        """"ein" of "ein an den Gesprächen Beteiligter": the noun phrase the determiner opens."""
        sent = self.sentence_of(m.start)
        det = next((w for w in sent.words if w.start == m.start), None) if sent else None
        if det is None or det.upos != "DET" or not det.head:
            return m
        noun = sent.word(det.head)
        if noun.upos not in ("NOUN", "PROPN", "ADJ") or noun.id < det.id:
            noun = self.last_nominal_after(sent, det)
            if noun is None:
                return m
        words = [w for w in sent.words if det.id <= w.id <= noun.id]
        return Mention(self.parsed.text[det.start:noun.end], det.start, noun.end, noun, [], words)

    @staticmethod
    def last_nominal_after(sent: Sentence, det: Word) -> Word | None:
        """The last capitalised noun or nominalised adjective before the next verb or comma:
        the head a misparsed determiner belongs to ("ein an den Gesprächen Beteiligter")."""
        found = None
        for w in sent.words[det.id:]:
            if w.upos in ("VERB", "AUX", "PUNCT", "SCONJ"):
                break
            if w.upos in ("NOUN", "PROPN", "ADJ") and w.text[:1].isupper():
                found = w
        return found

    def completed_name(self, m: Mention) -> Mention:
        """A registry name cut off by the mention ("Die Staats-" of "Die Staats- und
        Regierungschefs der EU", "New York" of "New York Times") is taken whole."""
        text = self.parsed.text
        window = text[m.start:min(len(text), m.end + 60)]
        length = m.end - m.start
        for s, e, _entry in self.registry.matches(window):
            if s < length < e and not re.search(r"[,;:.!?\"„“”»«]", window[length:e]):
                return Mention(window[:e], m.start, m.start + e, m.head, m.head_spans, m.words)
        return self.with_titled_name_after(m, window[length:])

    def with_titled_name_after(self, m: Mention, rest: str) -> Mention:
        """"Nach Berichten des Senders N12": a registry name right after the head noun, when the
        registry gives it that noun as a title, is the head's name (the parse left it out)."""
        if m.head.upos != "NOUN" or not rest.startswith(" ") or rest[1:2].isspace():
            return m
        hit = next((h for h in self.registry.matches(rest[1:]) if h[0] == 0), None)
        head = stem(m.head.lemma or m.head.text)
        if hit is None or not any(stem(t) == head for t in hit[2].titles):
            return m
        end = m.end + 1 + hit[1]
        return Mention(self.parsed.text[m.start:end], m.start, end, m.head, m.head_spans, m.words)

    def with_report_owner(self, m: Mention) -> Mention:
        """"einem Bericht der" cut before a quoted name: take the name ("New York Times") in;
        so too a noun the name in quotation marks stands beside ("die Zeitung „Haaretz“")."""
        text = self.parsed.text
        ends_in_noun = bool(m.words) and m.words[-1].id == m.head.id and m.head.upos == "NOUN"
        if fold(m.text.split()[-1]) not in ("der", "des", "von", "vom") and not ends_in_noun:
            return m
        name = QUOTED_NAME.match(text, m.end)
        if name and ends_in_noun and not name.group(1)[:1].isupper():
            return m
        if not name:
            return m
        return Mention(text[m.start:name.end()], m.start, name.end(), m.head, m.head_spans, m.words)

    def outlet_name(self, m: Mention) -> str | None:
        """The unlisted name right after a noun for an outlet ("Nachrichtenseite Shehab")."""
        media = tuple(self.lexicon.block("mentions", MentionsBlock).media_nouns)
        if m.head.upos != "NOUN" or not fold(m.head.text).endswith(media):
            return None
        after = [w for w in m.words if w.start > m.head.start]
        if not after or any(w.upos != "PROPN" or not w.text[:1].isupper() for w in after):
            return None
        return self.parsed.text[after[0].start:after[-1].end]

    def quoted_name(self, m: Mention) -> str | None:
        """The name in quotation marks a mention ends with, right after its head noun ("die
        Zeitung „Jerusalemer Morgenblatt“" → "Jerusalemer Morgenblatt")."""
        if m.head.upos != "NOUN":
            return None
        name = QUOTED_NAME.match(self.parsed.text, m.head.end)
        if name is None or name.end() != m.end or not name.group(1)[:1].isupper():
            return None
        return name.group(1).strip()

    def is_demonstrative(self, m: Mention) -> bool:
        """"Der sagte …": a demonstrative standing alone is a pronoun."""
        return fold(m.text) in ("der", "die", "dieser", "diese") and m.head.upos in ("PRON", "DET")

    def speaking_subject(self, m: Mention, quoted: tuple[int, int]) -> tuple[str | None, str | None]:
        """For a mention that names no one: the subject entity of the same sentence (outside the
        quote), else the last speaker quoted."""
        sent = self.sentence_of(m.start)
        if sent is not None:
            for e in self.entities:
                if sent.start <= e.position < sent.end and e.subject and not e.speaker \
                        and not quoted[0] <= e.position < quoted[1] and e.position != m.start \
                        and not self.compared(e):
                    return e.name, e.affiliation
            person = next((e for e in self.entities if sent.start <= e.position < sent.end
                           and e.kind == "person" and not e.speaker and e.position >= m.end
                           and not quoted[0] <= e.position < quoted[1] and not self.compared(e)), None)
            if person is not None:  # "In einer Rede sagte Hisbollah-Chef Nasrallah"
                return person.name, person.affiliation
        own = self.sentence_of(quoted[0]) if quoted[1] > quoted[0] else None
        speaking = self.speech_subject(own, (m.start, m.end)) if own is not None else None
        if speaking is not None:  # "TEL AVIV: … sagte Netanjahu": the quote's own sentence
            return speaking.name, speaking.affiliation
        for where in (sent, own):
            pronoun = self.speaking_pronoun(where, quoted) if where is not None else None
            if pronoun is not None:  # "In einer Rede sagte er wörtlich: …": the pronoun's referent
                return self.resolve_pronoun(pronoun, quoted)
        last = next((e for e in reversed(self.entities) if e.speaker and e.position < m.start), None)
        return (last.name, last.affiliation) if last else (None, None)

    def compared(self, e: Entity) -> bool:
        """"Ähnlich wie Smotrich äußerte sich Ben-Gvir": the one compared with is not the speaker."""
        return re.search(r"\bwie\s+(?:\S+\s+){0,2}$", self.parsed.text[max(0, e.position - 30):e.position]) \
            is not None

    def speaking_pronoun(self, sent: Sentence, quoted: tuple[int, int]) -> Mention | None:
        """The personal pronoun that is a speech verb's subject in `sent`, outside the quote."""
        for w in sent.words:
            if w.upos != "PRON" or w.deprel not in ("nsubj", "nsubj:pass") or not w.head \
                    or quoted[0] <= w.start < quoted[1]:
                continue
            if self.lexicon.verb_class(sent.word(w.head).lemma) is not None:
                return Mention(w.text, w.start, w.end, w, [], [w])
        return None

    def sentence_of(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.parsed.sentences[i] if i >= 0 else None

    # -- evidence inside the mention -------------------------------------------------------------

    def close_apposition(self, m: Mention, hit: tuple[int, int, SpeakerEntry]) -> bool:
        """"der TV-Kanal Al-Kahera News", "die Zeitung „Haaretz“": a registry name right after
        the head noun (in quotation marks or not) names it, also when the parse left the name
        out of the mention's words."""
        start = hit[0] + m.start
        gap = self.parsed.text[m.head.end:start]
        return m.head.upos == "NOUN" and 0 < len(gap) <= 2 and gap.strip() in ("", "„", '"', "»", "«")

    def owning_body(self, m: Mention) -> str | None:
        """The registry organisation after the head that owns it ("ein Sprecher des Weißen
        Hauses" → White House), for a label whose owner word the label tables do not know."""
        head_end = m.head.end - m.start
        hit = next((h for h in self.registry.matches(m.text) if h[0] > head_end
                    and h[2].kind == "organisation"), None)
        return hit[2].name if hit else None

    def genitive_owner(self, m: Mention, hit: tuple[int, int, SpeakerEntry]) -> bool:
        """"ein Gegner Netanjahus": a name in the genitive after a common noun owns the head."""
        if m.head.upos != "NOUN":
            return False
        written = m.text[hit[0]:hit[1]]
        head_end = m.head.end - m.start
        return hit[0] > head_end and fold(written).endswith("s") and self.registry.by_name(written) is None

    def names_word(self, m: Mention, hit: tuple[int, int, SpeakerEntry]) -> bool:
        """Whether a registry hit covers a proper name of the mention ("die Behörde Cogat")."""
        s, e = hit[0] + m.start, hit[1] + m.start
        return any(w.upos == "PROPN" and s <= w.start < e for w in m.words)

    def report_owner(self, m: Mention, hits) -> tuple[str, str] | None:
        """"ein Bericht der New York Times", "Angaben der Organisation": the owner speaks."""
        if stem(m.head.lemma or m.head.text) not in REPORT_NOUNS:
            return None
        after = [h for h in hits if h[0] >= m.head.end - m.start]
        if after:
            entry = after[0][2]
            return entry.name, entry.affiliation
        return None

    def known_surname(self, m: Mention) -> str | None:
        """"so Riesche" (tagged as a noun): the surname of a person the document names."""
        word = m.text.strip()
        if " " in word or not word[:1].isupper():
            return None
        for e in self.entities:
            if e.kind == "person" and word in e.name.split()[1:]:
                return e.name
        return None

    def is_unspecified(self, m: Mention) -> bool:
        """"laut Medienberichten", "Schätzungen zufolge": reports without an owner (D11)."""
        heads = {stem(m.head.lemma or m.head.text), stem(m.head.text)}
        return any(h.endswith(UNSPECIFIED) for h in heads)

    # -- after resolution ------------------------------------------------------------------------

    def joined(self, m: Mention, speaker: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
        """"Die Hamas und Israel": coordinated speakers are one joint speaker (D13)."""
        name, affiliation = speaker
        if not name:
            return speaker
        text = self.parsed.text
        link = JOINT_LINK.match(text, m.end)
        if not link or self.is_plural(m) and apposed_people(self, m) is not None:
            return speaker  # "die Minister der Staaten X und Y, A und B": A and B, not Y too
        window = text[link.end():link.end() + 60]
        other = next((h for h in self.registry.matches(window) if h[0] <= 4), None)
        if other is None or other[2].name == name:
            return speaker
        before = window[:other[0]].strip()
        if before and fold(before) not in self.articles:
            return speaker
        joint_affiliation = affiliation if affiliation == other[2].affiliation else "other"
        return f"{name} and {other[2].name}", joint_affiliation

    def unrelayed(self, m: Mention, speaker: tuple[str | None, str | None],
                  quoted: tuple[int, int]) -> tuple[str | None, str | None]:
        """"sagte Araghtschi laut IRNA": the medium only relays what the named subject said (Q7)."""
        if not self.is_relay(speaker[0]) or m.head.deprel in ("nsubj", "nsubj:pass"):
            return speaker
        sent = self.sentence_of(m.start)
        if sent is None:
            return speaker
        speaking = self.speech_subject(sent, (m.start, m.end))
        if speaking is not None:
            return speaking.name, speaking.affiliation
        described = self.described_subject(sent, (m.start, m.end))
        return described if described is not None else speaker

    def is_relay(self, name: str | None) -> bool:
        """A medium in the registry, or a reporter the text introduces as such ("ARD-Korrespondent")."""
        entry = self.registry.by_name(name or "")
        if entry is not None:
            return entry.medium
        person = next((e for e in self.entities if e.name == name), None)
        return person is not None and any(stem(t).endswith(RELAY_TITLES) for t in person.titles)

    def described_subject(self, sent: Sentence, skip: tuple[int, int]) -> tuple[str, str] | None:
        """"Die ägyptische Vermittlerseite spricht von …, so Riesche": the speech verb's described
        subject, when the relay's sentence has one, labelled like any description."""
        for w in sent.words:
            if w.deprel not in ("nsubj", "nsubj:pass") or w.upos != "NOUN" or skip[0] <= w.start < skip[1]:
                continue
            if not w.head or self.lexicon.verb_class(sent.word(w.head).lemma) is None:
                continue
            words = [k for k in sent.words if k.head == w.id and k.upos in ("DET", "ADJ") and k.id < w.id]
            words = sorted([*words, w], key=lambda k: k.id)
            start = words[0].start
            mention = Mention(self.parsed.text[start:w.end], start, w.end, w, [], words)
            name, affiliation = self.resolve_named(mention)
            if name and not self.is_relay(name):
                return name, affiliation or "other"
        return None

    def speech_subject(self, sent: Sentence, skip: tuple[int, int]) -> Entity | None:
        """The entity that is the subject of a speech verb in `sent` (outside `skip`), not a medium."""
        for w in sent.words:
            if w.deprel not in ("nsubj", "nsubj:pass") or not w.head or skip[0] <= w.start < skip[1]:
                continue
            if self.lexicon.verb_class(sent.word(w.head).lemma) is None:
                continue
            e = self.entity_at(w)
            known = self.registry.by_name(e.name) if e else None
            if e is not None and (known is None or not known.medium):
                return e
        return None

    @staticmethod
    def core_spans(m: Mention) -> list[tuple[int, int]]:
        """The head with its names and appositions, not its genitive owners ("Sprecher der Hamas")."""
        if not m.words:
            return m.head_spans or [(m.head.start, m.head.end)]
        core = {m.head.id}
        changed = True
        while changed:
            changed = False
            for w in m.words:
                if w.id not in core and w.head in core and w.deprel in CORE_RELS:
                    core.add(w.id)
                    changed = True
        return [(w.start, w.end) for w in m.words if w.id in core]

    @staticmethod
    def overlaps(m: Mention, hit: tuple[int, int, SpeakerEntry], spans: list[tuple[int, int]]) -> bool:
        s, e = hit[0] + m.start, hit[1] + m.start
        return any(s < he and hs < e for hs, he in spans)

    def candidates_before(self, pos: int, exclude: tuple[int, int] = (0, 0)) -> Iterator[Entity]:
        """Entities before `pos` (not inside `exclude`), nearest sentence first; within a sentence
        the speaker just quoted, then subjects, then the latest.

        Lazy, one sentence at a time over the position-sorted entities: callers stop at the first
        fit, so the cost does not grow with the length of the document.
        """
        def sentence_of(e: Entity) -> int:
            return bisect.bisect_right(self.sentence_starts, e.position)

        end = bisect.bisect_left(self.entities, pos, key=lambda e: e.position)
        while end > 0:
            sentence = sentence_of(self.entities[end - 1])
            start = end - 1
            while start > 0 and sentence_of(self.entities[start - 1]) == sentence:
                start -= 1
            group = [e for e in self.entities[start:end] if not exclude[0] <= e.position < exclude[1]]
            yield from sorted(group, key=lambda e: (e.speaker, e.subject, e.position), reverse=True)
            end = start

    def resolve_pronoun(self, m: Mention,
                        quoted: tuple[int, int] = (0, 0)) -> tuple[str | None, str | None]:
        """The nearest fitting earlier entity; names inside the quote itself are not the speaker."""
        word = m.head.text.lower()
        if word == "es":  # "Israel hat … Es hat jedoch erklärt": a state or organisation just named
            here = bisect.bisect_right(self.sentence_starts, m.start)
            for e in self.candidates_before(m.start, quoted):
                if bisect.bisect_right(self.sentence_starts, e.position) < here - 1:
                    break
                if e.subject and e.kind == "organisation":
                    return e.name, e.affiliation
            return None, None
        if word in ("ich", "wir", "man"):
            return None, None
        plural = m.head.feat("Number") == "Plur"
        if m.head.feat("Poss") == "Yes":  # "nach seinen/ihren Worten": the owner's number
            word = "er" if word.startswith("sein") else "sie"
            plural = m.head.feat("Number[psor]") == "Plur"
        demonstrative = word in ("der", "dieser", "die", "diese")
        if word in ("der", "dieser"):
            word = "er"
        elif word in ("die", "diese"):
            word = "sie"
        later = self.cataphoric_subject(m, quoted, word, plural)
        if later is not None:
            return later.name, later.affiliation
        if demonstrative:  # "Netanjahu empfing Blinken. Dieser sagte": not the subject before
            other = demonstrative_referent(self, m.start, quoted,
                                           lambda e: self.pronoun_fits(e, word, plural))
            if other is not None:
                return other.name, other.affiliation
        for e in self.candidates_before(m.start, quoted):
            if self.pronoun_fits(e, word, plural) and not self.named_as_place(e):
                return e.name, e.affiliation
        return None, None

    def named_as_place(self, e: Entity) -> bool:
        """"In Israel haben Tausende demonstriert. Sie forderten …": a state named as the place
        where something happens is not who "sie" are."""
        return e.kind == "organisation" and PLACE_BEFORE.search(
            self.parsed.text, max(0, e.position - 6), e.position) is not None

    @staticmethod
    def pronoun_fits(e: Entity, word: str, plural: bool) -> bool:
        """"er" is a man or a person of unknown gender; singular "sie" no man; plural "sie" no person."""
        if word == "er" and (e.kind != "person" or e.gender == "f"):
            return False
        if word == "sie" and not plural and e.kind == "person" and e.gender == "m":
            return False
        return not (word == "sie" and plural and e.kind == "person")

    def cataphoric_subject(self, m: Mention, quoted: tuple[int, int], word: str,
                           plural: bool) -> Entity | None:
        """"Er habe Netanjahu gesagt, …, schrieb Smotrich": a pronoun whose clause hangs under
        another speech verb; that verb's subject is the pronoun's referent."""
        sent = self.sentence_of(m.start)
        pron = next((w for w in sent.words if w.start == m.head.start), None) if sent else None
        if pron is None or word not in ("er", "sie") or not pron.head:
            return None
        verb = sent.word(pron.head)
        for _ in range(3):
            if not verb.head:
                return None
            verb = sent.word(verb.head)
            if self.lexicon.verb_class(verb.lemma) is None:
                continue
            subject = next((w for w in sent.kids(verb.id) if w.deprel in ("nsubj", "nsubj:pass")), None)
            if subject is None or subject.id == pron.id:
                continue
            e = self.entity_at(subject)
            if e is None or (word == "er" and (e.kind != "person" or e.gender == "f")):
                return None
            if word == "sie" and not plural and e.kind == "person" and e.gender == "m":
                return None
            return e
        return None

    def entity_at(self, w: Word) -> Entity | None:
        """The entity a subject word names: "Finanzminister Bezalel Smotrich" (name after the
        head), "Al-Safadi" (the tokenizer split the name at its hyphen)."""
        start = extend_hyphenated_left(self.parsed.text, w.start)
        return next((x for x in self.entities if start <= x.position < w.end + 40 and not x.speaker), None)

    def resolve_office(self, m: Mention, hits) -> tuple[str, str] | None:
        """"sein Büro", "das Büro Netanjahus": the office a registry person speaks through."""
        word = self.office_word(m)
        if word is None:
            return None
        head = fold(word.text)
        owners = [h[2] for h in hits if h[2].kind == "person"]
        if not owners and any(w.upos == "DET" and w.feat("Poss") == "Yes" for w in m.words):
            owner = next((e for e in self.candidates_before(m.start) if e.kind == "person"), None)
            entry = self.registry.by_name(owner.name) if owner else None
            owners = [entry] if entry else []
        if owners and owners[0].office:
            return self.office_of(owners[0])
        if owners and head.startswith(("buro", "amt")):  # "al-Hayyas Büro": no registered office
            return f"office of {owners[0].name}", owners[0].affiliation
        owner = self.unlisted_owner(m, word) if head.startswith(("buro", "amt")) else None
        if owner is not None:  # "al-Schabanis Büro": a person the document names
            name, side = self.spelled_canonically(owner.name, owner.affiliation)
            return f"office of {name}", side or "other"
        if len(m.text.split()) <= 2:  # "des Büros": the office named last
            offices = {e.office for e in self.registry.entries if e.office}
            title = stem(word.lemma or word.text)
            for e in self.candidates_before(m.start):
                if e.name in offices:
                    return e.name, e.affiliation
                if e.kind == "person" and carries_title(e, title):
                    return None  # "Hamas-Sprecher X … Der Sprecher": he, not an office named before
        return None

    def unlisted_owner(self, m: Mention, office: Word) -> Entity | None:
        """The person named in the genitive before an office noun ("al-Schabanis Büro"), when
        the document names that person elsewhere."""
        written = self.parsed.text[m.start:office.start].strip()
        if not written.endswith("s") or not written[:1].isupper() and not written.startswith("al-"):
            return None
        parts = name_part_set(written[:-1])
        return next((e for e in self.entities if e.kind == "person" and parts
                     and parts <= name_part_set(e.name) and not m.start <= e.position < m.end), None)

    def office_word(self, m: Mention) -> Word | None:
        """The office noun of a mention: its head, or a flat part of a name the tagger made the
        head ("al-Hajjas Büro")."""
        core = {start for start, _ in self.core_spans(m)} if m.head.upos in NAME_UPOS else set()
        for w in [m.head, *(w for w in m.words if w.start in core)]:
            word = fold(w.text)
            if any(word.startswith(fold(o)) and len(word) - len(o) <= 2 for o in self.lexicon.office_nouns):
                return w
        return None

    def office_of(self, person: SpeakerEntry) -> tuple[str, str]:
        """The registry entry a person's office speaks as (its affiliation), else the person's."""
        office = self.registry.by_name(person.office or "")
        return (office.name, office.affiliation) if office else (person.office or person.name,
                                                                 person.affiliation)

    def resolve_title(self, m: Mention) -> tuple[str, str] | None:
        """"der Premier", "der Generalsekretär der Vereinten Nationen": the person carrying that
        title, mentioned before (or, for a registry person, anywhere in the document).
        An indefinite mention ("ein Sprecher") is someone new, unless its office is owned by a
        side and the document names exactly one registry person of that side in that office
        ("ein Sprecher des katarischen Außenministeriums" … "Madschid al-Ansari")."""
        words = [w for w in m.words if w.head == m.head.id and w.upos == "DET"]
        if any(w.deprel == "det:poss" for w in words):
            return None  # "seine Verbündeten" are not him
        indefinite = any(fold(w.text).startswith("ein") for w in words)
        if not m.words:
            names = [t for t, _, _ in tokens(m.text) if fold(t) not in self.articles]
            if not names or len(names) > 2:
                return None
            head = stem(names[-1])
        elif m.head.upos == "NOUN" or self.is_title_word(m.head):
            head = stem(m.head.lemma or m.head.text)
        else:
            return None
        if head in REPORT_NOUNS or head.endswith(UNSPECIFIED):
            return None  # "nach palästinensischen Angaben" is no title of "nach Angaben des Ministeriums"
        owner_affiliation = self.registry.affiliation_from_description(m.text)
        if indefinite:
            return self.sole_office_holder(m, head, owner_affiliation)
        noun = m.head.lemma or m.head.text if m.words else m.text.split()[-1]
        for e in self.candidates_before(m.start):  # the title, or another of its office
            if (carries_title(e, head) or holds_office(e, noun)) and (
                owner_affiliation in (None, e.affiliation)
            ):
                return e.name, e.affiliation
        if is_former(self.parsed.text, m):  # "der frühere Regierungschef": not today's
            former = former_holder(self, m)
            return (former.name, former.affiliation) if former is not None else None
        for e in self.entities:  # named later: a registry person, or one the text titles so
            if e.position > m.start and e.kind == "person" and owner_affiliation in (None, e.affiliation) \
                    and (carries_title(e, head) or holds_office(e, noun)) and not e.speaker \
                    and not self.in_reported_content(e) \
                    and (self.registry.by_name(e.name) is not None
                         or e.name in self.person_names and self.definite_singular(m)):
                return e.name, e.affiliation
        return None

    def compound_office(self, m: Mention) -> tuple[str, str] | None:
        """"ein Armeesprecher" after "das israelische Militär … die Armee": an unnamed office
        holder of the body its compound names, when one of the last three sentences names a
        body with that noun ("spokesperson of the Israel Defense Forces (unnamed)", D12)."""
        if m.head.upos != "NOUN" or self.is_plural(m):
            return None
        head = fold(m.head.lemma or m.head.text)
        offices = {fold(k): v for k, v in label_rules().offices.items()}
        office = next((k for k in sorted(offices, key=len, reverse=True)
                       if head.endswith(k) and len(head) > len(k) + 2), None)
        if office is None:
            return None
        body = stem(head[: -len(office)].rstrip("-"))
        here = bisect.bisect_right(self.sentence_starts, m.start)
        for e in self.candidates_before(m.start):
            if bisect.bisect_right(self.sentence_starts, e.position) < here - 3:
                return None
            if e.kind == "organisation" and any(stem(t) in (body, body.removesuffix("s")) for t in e.titles):
                return f"{offices[office]} of the {e.name} (unnamed)", e.affiliation
        return None

    def counted_group(self, m: Mention) -> tuple[str, str] | None:
        """"Zwei Minister", "beide Minister": the people the document names with that title (in
        either gender; a premier is no minister here), when it names exactly that many, joined
        in the order it first names them (D13)."""
        count = next((NUMBER_WORDS.get(fold(w.text)) for w in m.words
                      if w.head == m.head.id and w.deprel in ("nummod", "det", "amod")
                      and fold(w.text) in NUMBER_WORDS), None)
        if count is None or m.head.upos != "NOUN":
            return None
        head = stem(m.head.lemma or m.head.text)
        people: dict[str, Entity] = {}
        for e in self.entities:
            if e.kind == "person" and not e.speaker and not m.start <= e.position < m.end \
                    and any(stem(re.sub(r"in(nen)?$", "", t)).endswith(head)
                            and not fold(t).startswith("premier") for t in e.titles):
                people.setdefault(e.name, e)
        if len(people) != count:
            return None
        sides = {e.affiliation for e in people.values()}
        return " and ".join(people), sides.pop() if len(sides) == 1 else "other"

    def definite_singular(self, m: Mention) -> bool:
        """"der Sprecher" is one person the text may name later; "Bewohner" are several."""
        dets = [w for w in m.words if w.head == m.head.id and w.upos == "DET"]
        return bool(dets) and fold(dets[0].text) in ("der", "die", "den", "dem", "des") \
            and m.head.feat("Number") != "Plur"

    def sole_office_holder(self, m: Mention, head: str, side: str | None) -> tuple[str, str] | None:
        """The one registry person named anywhere in the document in the office an indefinite
        mention names: of the side its owner names ("ein Sprecher des katarischen
        Außenministeriums", "ein Hamas-Sprecher"), or, for a compound office that names its
        body ("ein Armeesprecher"), with that very title; no one when several people fit."""
        text = self.parsed.text
        compound = extend_hyphenated_left(text, m.head.start) < m.head.start or "-" in m.head.text
        owned = compound or any(w.deprel == "nmod" and w.head == m.head.id for w in m.words) \
            or any(w.upos == "ADJ" and w.head == m.head.id for w in m.words)
        exact = side is None and stem(m.head.lemma or m.head.text) == head and len(head) >= 9
        if not (owned and side not in (None, "other") or exact):
            return None
        holders = {e.name: e for e in self.entities
                   if e.kind == "person" and not e.speaker and not m.start <= e.position < m.end
                   and (e.affiliation == side and carries_title(e, head)
                        or exact and any(stem(t) == head for t in e.titles))
                   and self.registry.by_name(e.name) is not None}
        if len(holders) != 1:
            return None
        e = next(iter(holders.values()))
        return e.name, e.affiliation

    def apposed_name(self, m: Mention) -> str | None:
        """The name after the last comma of a mention, if the mention ends in one."""
        comma = m.text.rfind(", ")
        if comma <= 0 or not m.words or m.words[-1].upos not in NAME_UPOS:
            return None
        name = m.text[comma + 2:].strip(" ,")
        return name if name[:1].isupper() and len(name.split()) <= 5 else None

    def person_name(self, m: Mention) -> str | None:
        """The proper-name part of a mention: "der Bewohner Anas Alyan" → "Anas Alyan"."""
        text = self.parsed.text
        core = {s for s, _ in self.core_spans(m)}
        names = [w for w in m.words if w.start in core and w.upos in NAME_UPOS
                 and text[w.start:w.start + 1].isupper()]
        if not names and m.head.upos == "PROPN" and not m.words:
            return text[m.head.start:extend_hyphenated(text, m.head.end)]
        if not names or (len(names) == 1 and m.head.upos != "PROPN"):
            return None
        names.sort(key=lambda w: w.id)
        return text[names[0].start:extend_hyphenated(text, names[-1].end)]

    def fullest_name(self, name: str) -> str:
        """An unknown person keeps the fullest name seen in the document ("Lea Brenner";
        "al-Schabani" of "Jussef al-Schabani": parts compare without hyphens and articles)."""
        parts = name_part_set(name)
        for seen in self.names_seen:
            if name != seen and parts <= name_part_set(seen):
                return seen
        for e in self.entities:
            if e.kind == "person" and name != e.name and parts and parts <= name_part_set(e.name):
                return e.name
        self.names_seen.append(name)
        return name

    def person_affiliation(self, name: str, affiliation: str | None) -> str | None:
        """An unlisted person's side: the mention's own description, else the one the document
        gives the person elsewhere ("der Hamas-Funktionär X …, sagte X")."""
        if affiliation not in (None, "other"):
            return affiliation
        sides = {e.affiliation for e in self.entities if e.name == name and e.kind == "person"}
        sides.discard("other")
        return sides.pop() if len(sides) == 1 else affiliation

    def descriptor(self, m: Mention, swap: tuple[str, str] | None = None) -> str:
        """A role or group in the nominative without article: "eines israelischen Beamten" →
        "Israelischer Beamter" (strong adjective endings, the head noun's base form)."""
        text = self.parsed.text
        head = m.head
        if not m.words:
            words = m.text.split()
            while words and fold(words[0]) in self.articles:
                words.pop(0)
            desc = " ".join(words) or m.text
            return desc[:1].upper() + desc[1:]
        gender = person_gender(head)
        plural = head.feat("Number") == "Plur"
        ending = "e" if plural else STRONG_ENDINGS.get(gender or "", "e")
        edits: dict[tuple[int, int], str] = {}
        for w in m.words:
            if w.id < head.id and (w.head == head.id or w is m.words[0]) and w.upos in ("DET", "PUNCT"):
                edits[(w.start, w.end)] = ""
            elif w.id < head.id and w.head == head.id and w.upos == "ADJ":
                edits[(w.start, w.end)] = adjective_base(w.text) + ending
            elif w.id == head.id and not plural and head.feat("Case") != "Nom":
                edits[(w.start, w.end)] = noun_nominative(head, gender)
            elif w.id == head.id and plural and head.lemma.endswith(("te", "de")) \
                    and head.text == head.lemma + "n":
                edits[(w.start, w.end)] = head.lemma  # "Verbündeten" → "Verbündete"
        out, pos = [], m.start
        for (s, e), new in sorted(edits.items()):
            if s < pos:
                continue
            out.append(text[pos:s] + new)
            pos = e
        out.append(text[pos:m.end])
        desc = " ".join("".join(out).split())
        if swap:  # the owner epithet named ("der Palästinenser-Organisation" → "der Hamas")
            desc = desc.replace(*swap)
        return desc[:1].upper() + desc[1:]


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


def resolve_quotes(raw: list[RawQuote], parsed: Parsed, doc: str, date: str | None = None,
                   registry: Registry | None = None, chooser: Chooser | None = None) -> list[Quote]:
    return DocumentResolver(parsed, registry or load_registry()).resolve(raw, doc, date, chooser)


def nested_in(parent: Quote, q: RawQuote, text: str) -> Quote:
    """A quote nested in `parent` (a verbatim fragment of a report) speaks with its voice."""
    return parent.model_copy(update={
        "start": q.start, "end": q.end, "kind": q.kind, "quote": text[q.start:q.end],
        "rule": q.rule, "parent_start": parent.start, "parent_end": parent.end})
