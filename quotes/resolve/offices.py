"""Roles, titles and offices: "der Sprecher des Außenministeriums", "der Regierungschef", "ein
Armeesprecher" resolved to the holder the document or registry names, else a descriptor.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from quotes.extract import Mention
from quotes.labels import (
    english_label,
    folded_offices,
    folded_table,
    is_anonymous_source_noun,
    is_label_noun,
    kin_owner,
    label_rules,
)
from quotes.models import SpeakerEntry
from quotes.parse import Word
from quotes.resolve.anaphora import (
    article_gender,
    former_holder,
    holds_office,
    is_former,
    noun_forms,
    salient_person,
)
from quotes.resolve.entities import (
    Entity,
    carries_title,
    deputy_base,
    deputy_of,
    deputy_prefix,
    is_singular_label,
    joint_of,
    without_deputy_titles,
)
from quotes.resolve.words import (
    BODY_PARTS,
    NAME_UPOS,
    NUMBER_WORDS,
    REPORT_NOUNS,
    SPEAKING_PARTS,
    STRONG_ENDINGS,
    UNSPECIFIED,
    WARRING_SIDES,
    adjective_base,
    noun_nominative,
    person_gender,
)
from quotes.text import extend_hyphenated, extend_hyphenated_left, fold, stem, tokens
from quotes.transliterate import name_part_set, name_parts, sound_forms

BOTH = {"beide", "die beiden", "beiden"}  # "Beide betonten": the two just named
ARTICLED_NAME = re.compile(r"(?:al|el|ad|ar|as|asch|at|az|an)-[A-ZÄÖÜ]")  # "al-Haja": a name
MEMBER_NOUNS_DE = ("vertreter", "vertreterin", "mitglied", "offizielle", "offizieller")  # folded
CIRCLE_NOUNS = {"umfeld", "umgebung", "entourage"}  # "aus dem Umfeld des Ministers": his circle
BODY_PLACE = re.compile(r"\s+in\s+([A-ZÄÖÜ][\w-]+)\s*$")  # "der Hamas in Gaza": where the body sits
CONFIDANT_NOUNS = {"vertrauter", "vertraute", "vertrauten"}  # folded: people close to someone
GENITIVE_OPENING = re.compile(r"\s+(?:des|der|vom|von)\s")  # the owner's phrase after a head
GENITIVE_GAP = re.compile(r"\s+(?:des|der|vom|von)\s+(?:\S+\s+){0,2}$")


SOURCE_COMPOUND_ENDINGS = ("angaben", "informationen")  # "Armeeangaben": the army says
STATE_NOUNS = {"lander", "staaten", "regierungen", "hauptstadten"}  # folded plurals for states (and capitals)
PARTY_NOUNS = {"seiten", "parteien", "kriegsparteien", "konfliktparteien"}  # "beide Seiten" of a conflict
WARRING_PARTIES = {"kriegsparteien", "konfliktparteien"}  # two, even without "beide"
# folded plural ends for media ("beide Medien", "die drei Zeitungen", "beide Sender") and for
# other bodies ("beide Organisationen", "die zwei Hilfswerke"): the ones the text just named
MEDIA_NOUNS = ("medien", "zeitungen", "sender", "blatter", "agenturen", "portale", "kanale", "fernsehsender")
BODY_NOUNS = ("organisationen", "hilfswerke", "institutionen", "behorden", "gruppen", "verbande",
              "einrichtungen")


def possessive(w: Word) -> bool:
    """"sein", "ihr", or a possessive relative ("…, dessen Sprecher erklärt hatte, …")."""
    return w.upos == "DET" and w.feat("Poss") == "Yes" or w.deprel == "det:poss" and fold(
        w.text) in ("dessen", "deren")


CAPTIVE_VERBS = {"entfuhren", "verschleppen", "festhalten", "gefangenhalten", "gefangennehmen"}  # folded


def status_noun(noun: str) -> bool:
    """A noun for what someone is or was, not an office: it has an "anonymous" label
    ("Geisel": anonymous hostage, "Soldat"), an office one "(unnamed)"."""
    label = english_label(noun, False)
    return label is not None and label.startswith("anonymous ")


class OfficeResolution:
    """Titles and offices resolved to their holder, else described.
    A mixin of DocumentResolver."""

    def resolve_office(self, m: Mention, hits) -> tuple[str, str] | None:
        """"sein Büro", "das Büro Netanjahus": the office a registry person speaks through."""
        word = self.office_word(m)
        if word is None:
            return None
        head = fold(word.text)
        owners = [h[2] for h in hits if h[2].kind == "person"]
        possessed = not owners
        if not owners and any(possessive(w) for w in m.words):
            poss = next(w for w in m.words if possessive(w))
            unfit = "f" if fold(poss.text).startswith(("sein", "dessen")) else "m"  # "ihr Büro": hers
            span = next(((a, b) for a, b in self.quoted_spans if a <= m.start < b), None)
            owner = next((e for e in self.candidates_before(m.start) if e.kind == "person"
                          and e.gender != unfit and (not self.in_reported_content(e) or span is not None
                                                     and span[0] <= e.position < span[1])),
                         None)  # no one named in what was said, unless the mention is said there too
            entry = self.registry.by_name(owner.name) if owner else None
            owners = [entry] if entry else []
        genitive = [h[2] for h in hits if h[2].kind == "person" and self.in_genitive(m.text[h[0]:h[1]])]
        after = self.person_owner_after_head(m) if word is m.head else None
        genitive = genitive or ([after] if after is not None else [])  # "ein Sprecher des Premiers X"
        if genitive and head.startswith("sprecher"):  # "Bidens Sprecher": a person, not the office
            return self.owners_spokesperson(m, genitive[0])
        if owners and possessed and head.startswith("sprecher") and word is m.head \
                and self.person_name(m) is None:  # "Sein Sprecher Mussab Abu Rajjan" is named
            return self.possessors_spokesperson(m, owners[0])
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
                if e.kind == "organisation" and not self.in_reported_content(e) \
                        and not self.named_as_place(e):
                    return None  # "Das Forum forderte … sagte eine Sprecherin": the nearer body's
        return None

    def possessors_spokesperson(self, m: Mention, owner: SpeakerEntry) -> tuple[str, str]:
        """"Sein Sprecher" is the owner's spokesperson, "ein Sprecher seines Büros" his office's
        (D12: a person, unnamed unless the text names him), not the owner nor his office."""
        office = next((w for w in m.words if w.head == m.head.id and w.deprel == "nmod"
                       and fold(w.text).startswith(("buro", "amt"))), None)
        if office is None or not owner.office:
            return self.owners_spokesperson(m, owner)
        name, side = self.office_of(owner)
        return f"spokesperson of {self.label_owner(name)} (unnamed)", side

    def in_genitive(self, written: str) -> bool:
        """"Bidens", "Abbas'": a name written with a genitive ending the registry does not list
        as a name of its own."""
        return fold(written).endswith(("s", "'", "’")) and self.registry.by_name(written) is None

    def owners_spokesperson(self, m: Mention, owner: SpeakerEntry) -> tuple[str, str]:
        """"Bidens Sprecher", "ein Sprecher Netanjahus": the spokesperson the document names
        for that person (a person titled "Sprecher" where the owner is named in the same
        sentence: "Der Sprecher von Präsident Biden, John Kirby,"), else an unnamed one of his
        (D12), not the person's office nor the person."""
        surname = fold(name_parts(owner.name)[-1])
        for e in self.entities:
            if e.kind != "person" or e.name == owner.name or m.start <= e.position < m.end \
                    or not carries_title(e, "sprech") or self.in_reported_content(e):
                continue
            sent = self.sentence_of(e.position)
            where = fold(self.parsed.text[sent.start:sent.end]) if sent is not None else ""
            if any(fold(n) in where for n in (owner.name, *owner.aliases)) or surname in where:
                return e.name, e.affiliation
        return f"spokesperson of {owner.name} (unnamed)", owner.affiliation

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

    def anonymous_source_again(self, m: Mention) -> tuple[str, str] | None:
        """"Ein hochrangiger israelischer Beamter sagte … . Die Quelle fügte hinzu", "Dem
        Beamten zufolge": a definite singular source noun with nothing of its own (no adjective,
        owner or name) is the anonymous source quoted in this or the two sentences before, when
        that is the last speaker quoted (F3: one source, not a second one)."""
        words = [w for w in m.words if w is not m.head]
        if m.head.upos != "NOUN" or not is_anonymous_source_noun(m.head.lemma or m.head.text) \
                or len(words) != 1 or fold(words[0].text) not in DEFINITE_ARTICLES \
                or self.is_plural(m) and m.head.text.endswith("n"):  # "die Quelle" is one,
            return None  # whatever the tagger says; "die Quellen", "die Beamten" are not
        here = bisect.bisect_right(self.sentence_starts, m.start)
        for e in self.candidates_before(m.start):
            if bisect.bisect_right(self.sentence_starts, e.position) < here - 2:
                return None
            if e.speaker:
                return (e.name, e.affiliation) if e.name.startswith("anonymous ") \
                    and is_singular_label(e.name) else None
        return None

    def member_noun(self, m: Mention) -> bool:
        """"Funktionär", "Politiker", "Vertreter", "Mitglied": a noun for one of a body's many
        members, no office that one person holds."""
        noun = fold(m.head.lemma or m.head.text)
        return self.nouns.is_epithet(m.head.lemma or m.head.text) or noun.endswith(MEMBER_NOUNS_DE)

    @staticmethod
    def senior_unnamed(m: Mention) -> bool:
        """"ein ranghoher Vertreter", "ein hochrangiger Hamas-Führer": an indefinite description
        that ranks its holder ("senior") keeps the source anonymous (F3); no office is that."""
        senior = [fold(s) for s in label_rules().senior]
        return any(w.upos == "ADJ" and w.head == m.head.id and w.id < m.head.id
                   and any(fold(w.text).startswith(s) for s in senior) for w in m.words)

    def resolve_title(self, m: Mention) -> tuple[str, str] | None:
        """"der Premier", "der Generalsekretär der Vereinten Nationen": the person carrying that
        title, mentioned before (or, for a registry person, anywhere in the document).
        An indefinite mention ("ein Sprecher") is someone new, unless its office is owned by a
        side and the document names exactly one registry person of that side in that office
        ("ein Sprecher des katarischen Außenministeriums" … "Madschid al-Ansari")."""
        words = [w for w in m.words if w.head == m.head.id and w.upos == "DET"]
        if any(w.deprel == "det:poss" for w in words):
            return self.possessors_office_holder(m)  # "seine Verbündeten" are not him
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
        if m.words and self.named_by_its_prefix(
                self.parsed.text[extend_hyphenated_left(self.parsed.text, m.head.start):m.head.end]):
            return None  # "Die Lufthansa-Gruppe": a body of its own name, no title of one named before
        group = bool(m.words) and (self.plural_definite_group(m)  # "Die rechtsextremen Minister",
                                   or self.agrees_with_plural_verb(m))  # "Hamas-Anführer hätten …"
        owner_affiliation = self.registry.affiliation_from_description(m.text)
        if indefinite and (self.senior_unnamed(m) or self.member_noun(m)):
            return None  # "ein hochrangiger Hamas-Führer", "ein Hamas-Funktionär": an anonymous
            # source, not the leader or the official the text names
        if indefinite:
            return self.sole_office_holder(m, head, owner_affiliation or self.epithet_owner_side(m)) \
                or self.context_spokesperson(m) or self.phrase_title_holder(m, head, owner_affiliation)
        noun = m.head.lemma or m.head.text if m.words else m.text.split()[-1]
        owner = self.owning_organisation(m)
        leader = self.nouns.is_leader_title(noun)
        led = self.party_leader(m, owner) if leader and owner is not None else None
        if led is not None:  # "der Vorsitzende der Partei Jesch Atid"
            return led
        bare_leader = leader and fold(noun).startswith(("partei", "vorsitz")) \
            and not any(w.deprel == "nmod" and w.head == m.head.id for w in m.words)
        if is_former(self.parsed.text, m) and not status_noun(noun):  # "der frühere Finanzminister":
            # not today's, named before; an "Ex-Geisel" is a freed hostage, no office's holder
            former = former_holder(self, m)
            return (former.name, former.affiliation) if former is not None else None
        unnamed = None
        deputy = self.deputy_office(m)
        new_group = self.qualified_bare_plural(m)
        bare_plural = bool(m.words) and m.head.upos == "NOUN" and bool(self.is_plural(m)) and not any(
            w.head == m.head.id and w.upos == "DET" for w in m.words)  # "nach Angaben von Diplomaten"
        for e in self.candidates_before(m.start):  # the title, or another of its office
            if (group or bare_plural) and e.kind == "person" or new_group and e.kind == "group" \
                    or self.co_participant(e, m):
                continue  # a plural group is no one person; "Quellen in der Hamas" no group before
            titled = without_deputy_titles(e)
            if (deputy_of(e, deputy) if deputy is not None else
                    carries_title(titled, head) or holds_office(titled, noun)
                    or bare_leader and self.leads_party(e)
                    or self.carries_phrase_title(titled, head, m) or self.same_kind_title(titled, m)) \
                    and owner_affiliation in (None, e.affiliation) \
                    and not self.owner_conflict(e, head, owner) \
                    and (owner is not None or not self.other_written_owner(m, e)):
                if not self.is_unnamed(e):
                    return e.name, e.affiliation
                unnamed = unnamed or e  # "Der Leiter des Hilfswerks warnte": named later, maybe
        for e in self.entities:  # named later: a registry person, or one the text titles so
            titled = without_deputy_titles(e)
            if e.position > m.start and e.kind == "person" and not group \
                    and owner_affiliation in (None, e.affiliation) \
                    and (deputy_of(e, deputy) if deputy is not None else
                         carries_title(titled, head) or holds_office(titled, noun)
                         or self.carries_phrase_title(titled, head, m)) and not e.speaker \
                    and not self.owner_conflict(e, head, owner) \
                    and not self.in_reported_content(e) \
                    and (self.registry.by_name(e.name) is not None
                         or e.name in self.person_names and self.definite_singular(m)):
                return e.name, e.affiliation
        if unnamed is not None:
            return unnamed.name, unnamed.affiliation
        if not m.words:
            return self.member_named_next(m, owner_affiliation)  # a headline's "Hamas-Führer: »…«"
        if m.head.upos != "NOUN":
            return None
        return self.compound_title_holder(m) or self.member_named_before(m, owner_affiliation) \
            or self.member_named_next(m, owner_affiliation)

    def co_participant(self, e: Entity, m: Mention) -> bool:
        """"Bei einem Treffen mit seinem Kollegen Aiman Safadi sagte der Minister, …": someone
        named in an object or adverbial of the verb the title is the subject of takes another
        part in the act; the title is not his."""
        sent = self.sentence_of(m.start)
        if sent is None or not m.words or m.head.deprel not in ("nsubj", "nsubj:pass") or not m.head.head \
                or not sent.start <= e.position < m.start:
            return False
        found = self.word_at(e.position)
        w = found[1] if found is not None and found[0] is sent else None
        while w is not None and w.head and w.head != m.head.head:
            w = sent.word(w.head)
            if w.upos in ("VERB", "AUX"):
                return False  # another clause
        return w is not None and w.head == m.head.head and w.deprel in ("obl", "obj", "iobj", "obl:arg")

    def member_named_next(self, m: Mention, side: str | None) -> tuple[str, str] | None:
        """"Das Hamas-Politbüromitglied warnte, … . Der Hamas-Funktionär Osama Hamdan sagte …",
        a headline's "Hamas-Führer: »…«" over a body that names him: a definite singular role of
        a side's people ("das Mitglied", "der Funktionär"; bare in a headline) before anyone of
        that side is named is the one person of that side the next two sentences name (D12).
        "Ein Hamas-Mitglied" is someone new (F3); a second person of that side there, or one
        named before, leaves it open."""
        if not self.definite_singular_role(m) or is_former(self.parsed.text, m):
            return None
        side = side or (self.epithet_owner_side(m) if m.words else None)
        if side in (None, "other") or any(e.kind == "person" and e.affiliation == side
                                          for e in self.candidates_before(m.start)):
            return None
        here = bisect.bisect_right(self.sentence_starts, m.start)
        ends = self.sentence_starts[here + 2:here + 3] or [len(self.parsed.text)]
        until = ends[0]
        near = {e.name: e for e in self.entities if m.end <= e.position < until and e.kind == "person"
                and e.affiliation == side and not self.is_unnamed(e) and not self.in_reported_content(e)}
        if len(near) != 1:
            return None
        e = next(iter(near.values()))
        return e.name, e.affiliation

    def definite_singular_role(self, m: Mention) -> bool:
        """A mention of one of a side's people by role that refers to someone known: "das
        Politbüromitglied", "der Funktionär", or a headline's bare "Hamas-Führer: »…«" (the
        document's first line, before a colon: headlines drop the article); not "ein
        Mitglied", not "Mitglieder"."""
        headline = bisect.bisect_right(self.sentence_starts, m.start) == 1 \
            and self.parsed.text[m.end:].lstrip().startswith(":")
        if not m.words:
            words = [t for t, _, _ in tokens(m.text)]
            return headline and len(words) == 1 and anonymous_noun(words[0]) in MEMBER_NOUNS
        dets = [w for w in m.words if w.head == m.head.id and w.upos == "DET"]
        definite = fold(dets[0].text) in DEFINITE_ARTICLES if dets else headline
        return m.head.upos == "NOUN" and anonymous_noun(m.head.text) in MEMBER_NOUNS \
            and definite and not self.is_plural(m)

    def qualified_bare_plural(self, m: Mention) -> bool:
        """"Quellen in der Hamas", "palästinensische Quellen", "Hamas-Quellen" after "Hamas-nahe
        Quellen": a plural without article that describes its members anew is a group of its
        own (indefinite), not the group named before with that noun; only "die Quellen" refers
        back."""
        if not m.words or m.head.upos != "NOUN" or not self.is_plural(m) \
                or any(w.head == m.head.id and w.upos == "DET" for w in m.words):
            return False
        compound = extend_hyphenated_left(self.parsed.text, m.head.start) < m.head.start
        return compound or m.end > m.head.end \
            or any(w.head == m.head.id and w.deprel in ("amod", "nmod") for w in m.words)

    def deputy_office(self, m: Mention) -> str | None:
        """The office a deputy's mention stands in for ("der Hamas-Vize", "der Vizechef", "der
        stellvertretende Chef": "chef"), None where the mention names no deputy: a deputy is
        the person titled a deputy of that office, not its head."""
        sent = self.sentence_of(m.head.start) if m.words and m.head.upos == "NOUN" else None
        if sent is None:
            return None
        start = extend_hyphenated_left(self.parsed.text, m.head.start)
        title = self.parsed.text[start:m.head.start] + (m.head.lemma or m.head.text)
        return deputy_base(deputy_prefix(sent, m.head) + title)

    def is_unnamed(self, e: Entity) -> bool:
        """A person the text only described ("head of UNRWA (unnamed)"), whom a title refers back
        to only when no one the text names later carries it (D12)."""
        return e.kind == "person" and e.name[:1].islower() and e.name not in self.person_names \
            and self.registry.by_name(e.name) is None

    def same_kind_title(self, e: Entity, m: Mention) -> bool:
        """"Der Hamas-Vertreter" after "Hamas-Funktionär Taher al-Nunu": a definite singular
        description whose head the label tables give the same English noun as one of the
        person's titles ("official" for Vertreter, Funktionär, Beamter) is that person."""
        if e.kind != "person" or not m.words or m.head.upos != "NOUN" or self.is_plural(m):
            return False
        kind = anonymous_noun(m.head.text)
        return kind is not None and any(anonymous_noun(t) == kind for t in e.titles)

    def member_named_before(self, m: Mention, side: str | None) -> tuple[str, str] | None:
        """"Der Hamas-Politiker Bassem Naim … Das Politbüromitglied sagte": a definite singular
        role of a side's people ("das Mitglied", "der Hamas-Vertreter", "der Funktionär") refers
        back, like an epithet, to the salient person before it: of the side the mention writes
        (or the body its owner or compound names), named or described (an unnamed source
        quoted just before stays that source); with no side written, a registry person whose
        role is that noun ("Hamas politburo member")."""
        noun = anonymous_noun(m.head.text)
        dets = [w for w in m.words if w.head == m.head.id and w.upos == "DET"]
        if noun not in MEMBER_NOUNS or not dets or fold(dets[0].text) not in DEFINITE_ARTICLES \
                or self.is_plural(m) or is_former(self.parsed.text, m):
            return None
        side = side or self.epithet_owner_side(m) or self.part_owner_side(m)
        sent = self.sentence_of(m.head.start)
        neuter = m.head.feat("Gender") == "Neut"  # "das Mitglied" may be a man or a woman
        gender = article_gender(sent, m.head) if sent is not None and not neuter else None
        if side not in (None, "other"):
            person = salient_person(self, m.start, gender, side, sides=frozenset({side}))
            return (person.name, person.affiliation) if person is not None else None
        person = salient_person(self, m.start, gender, None, named_only=True)
        entry = self.registry.by_name(person.name) if person is not None else None
        if entry is None or not re.search(rf"\b{noun.removesuffix('s')}\b", fold(entry.role)):
            return None
        return entry.name, entry.affiliation

    def part_owner_side(self, m: Mention) -> str | None:
        """"Das Politbüromitglied", "das Mitglied des Politbüros": the side of the nearest
        organisation before that the text gave this part as a title ("das Politbüro der
        Hamas")."""
        head = fold(m.head.lemma or m.head.text).replace("-", "")
        parts = [stem(fold(w.lemma or w.text)) for w in m.words if w.head == m.head.id
                 and w.deprel == "nmod" and w.upos == "NOUN"] + [stem(head)]
        for e in self.candidates_before(m.start):
            if e.kind == "organisation" and not self.in_reported_content(e) and any(
                    len(stem(fold(t))) >= 5 and any(p.startswith(stem(fold(t))) for p in parts)
                    for t in e.titles if fold(t) in BODY_PARTS):
                return e.affiliation
        return None

    def compound_title_holder(self, m: Mention) -> tuple[str, str] | None:
        """"der Delegationsleiter" after "Der Leiter der israelischen Delegation, Nitzan Alon":
        a compound title is the person named before with its last part as title, where his
        own sentence wrote its first part as that title's owner ("der … Delegation")."""
        word = fold(m.head.lemma or m.head.text).replace("-", "")
        for e in self.candidates_before(m.start):
            if e.kind != "person" or self.in_reported_content(e):
                continue
            sent = self.sentence_of(e.position)
            where = fold(self.parsed.text[sent.start:e.position]) if sent is not None else ""
            for title in e.titles:
                base = fold(title).replace("-", "")
                if " " in base or len(base) < 4 or not word.endswith(base) or len(word) < len(base) + 4:
                    continue
                owner = word[: -len(base)].removesuffix("s")
                if re.search(rf"\b(?:des|der|von)\s+(?:\w+\s+)?{re.escape(owner)}", where):
                    return e.name, e.affiliation
        return None

    def possessors_office_holder(self, m: Mention) -> tuple[str, str] | None:
        """"Netanjahu und sein Verteidigungsminister": an office owned by a possessive is held by
        the person named before with that title on the possessor's side, not the possessor."""
        head = fold(m.head.lemma or m.head.text)
        poss = next((w for w in m.words if w.head == m.head.id and w.deprel == "det:poss"), None)
        if poss is None or m.head.upos != "NOUN" or not any(head.endswith(k) for k, _ in folded_offices()):
            return None
        owner, side = self.resolve_pronoun(Mention(poss.text, poss.start, poss.end, poss, [], [poss]),
                                           (m.start, m.end))
        if not owner or side in (None, "other"):
            return None
        title = stem(head)
        holder = next((e for e in self.candidates_before(m.start) if e.kind == "person"
                       and e.name != owner and e.affiliation == side and carries_title(e, title)), None)
        return (holder.name, holder.affiliation) if holder is not None else None

    def role_holder(self, m: Mention) -> tuple[str, str] | None:
        """"Ein Sprecher der Kassam-Brigaden" … "Abu Obeida": the one registry person the
        document names whose registry role is that office of that very body ("spokesman of the
        Izz ad-Din al-Qassam Brigades"), earlier or later (D12); the body must be written."""
        if m.head.upos != "NOUN" or self.is_plural(m) or is_former(self.parsed.text, m):
            return None
        owner = self.owning_organisation(m)
        office = role_noun(m.head.text) or role_noun(m.head.lemma or "")
        if owner is None or office is None:
            return None
        holders = {e.name: e for e in self.entities if e.kind == "person"
                   and not m.start <= e.position < m.end and not self.in_reported_content(e)
                   and holds_role(self.registry.by_name(e.name), office, owner.name)}
        if len(holders) != 1:
            return None
        e = next(iter(holders.values()))
        return e.name, e.affiliation

    def circle_of(self, m: Mention) -> tuple[str, str] | None:
        """"aus seinem Umfeld", "aus dem Umfeld des Ministers": unnamed people close to the
        person the possessive or the genitive names, as a label with his side (D12), not him."""
        if m.head.upos != "NOUN" or fold(m.head.lemma or m.head.text) not in CIRCLE_NOUNS:
            return None
        owner: tuple[str | None, str | None] = (None, None)
        poss = next((w for w in m.words if w.head == m.head.id and w.deprel == "det:poss"), None)
        genitive = [w for w in m.words if w.head == m.head.id and w.deprel == "nmod" and w.id > m.head.id]
        if poss is not None:
            pronoun = Mention(poss.text, poss.start, poss.end, poss, [], [poss])
            owner = self.resolve_pronoun(pronoun, (m.start, m.end))
        elif genitive:
            words = self.noun_phrase(self.sentence_of(m.start), genitive[0])  # "des Ministers"
            start, end = words[0].start, words[-1].end
            named = Mention(self.parsed.text[start:end], start, end, genitive[0], [], words)
            owner = self.resolve_named(named)
        name, side = self.spelled_canonically(*owner)
        if not name or self.registry.by_name(name) is None and name not in self.person_names:
            return None  # only a person's circle: "im Umfeld der Verhandlungen" names no one
        return f"circle of {name} (unnamed)", side or "other"

    def close_source(self, m: Mention) -> tuple[str, str] | None:
        """"eine dem Hamas-Chef nahestehende Quelle", "Eine Netanjahu nahestehende Quelle": the
        phrase before "nahestehend" names whom the unnamed source is close to, not the speaker;
        a person (or an unnamed office holder) gives "anonymous source close to X" with his side
        (a body keeps its label: "anonymous sources close to Hamas")."""
        if m.head.upos != "NOUN":
            return None
        if fold(m.head.text) in CONFIDANT_NOUNS:
            return self.confidant_of(m)
        close = next((w for w in m.words if fold(w.text).startswith("nahesteh") and w.id < m.head.id),
                     None)
        if close is None:
            return None
        words = [w for w in m.words if w.id < close.id]
        if words and words[0].upos == "DET" and words[0].head == m.head.id:
            words = words[1:]  # "eine": the source's article, not the owner's
        head = next((w for w in reversed(words) if w.upos in ("NOUN", "PROPN")), None)
        base = english_label(m.head.text, self.is_plural(m))
        if head is None or base is None or not base.startswith("anonymous "):
            return None
        owner = self.phrase_mention(words, head, [(head.start, head.end)])
        name, side = self.spelled_canonically(*self.resolve_named(owner))
        if not name or not (self.is_person(name) or name.endswith(" (unnamed)")):
            return None
        if name.endswith(" (unnamed)"):
            name = "the " + name.removesuffix(" (unnamed)")
        return f"{base} close to {name}", side or "other"

    def confidant_of(self, m: Mention) -> tuple[str, str] | None:
        """"ein Vertrauter von Jahja Sinwar", "der Vertraute Sinwars": an unnamed person close to
        the registry person named after the noun (also just after the mention, where the parse
        hung the genitive elsewhere), labelled like a source close to him, not he (D12)."""
        after = self.person_owner_after_head(m)
        if after is None:
            hit = self.name_right_after(m.head.end, m.end) or self.name_right_after(m.end)
            written = self.parsed.text[hit[0]:hit[1]] if hit is not None else ""
            after = hit[2] if hit is not None and hit[2].kind == "person" \
                and fold(written).endswith(("s", "'", "’")) else None
        if after is None:
            return None
        number = "sources" if self.is_plural(m) else "source"
        return f"anonymous {number} close to {after.name}", after.affiliation

    def body_label(self, m: Mention) -> tuple[str, str] | None:
        """"Der Oberste Rat der Hisbollah", "der Pressestelle der Hamas", "Das US-Militär",
        "den Behörden der Hamas in Gaza": a body of a registry organisation or a state that the
        registry does not list, in English with its owner and side ("Hezbollah Supreme Council",
        "US military"; D12: the body the text names), not the German description."""
        if m.head.upos != "NOUN" or not m.start <= m.head.start < m.end:
            return None
        rules = label_rules()
        bodies = folded_table(rules.bodies)
        nations = folded_table(rules.adjectives)
        kids = [w for w in m.words if w.head == m.head.id and w.id < m.head.id
                and (w.upos == "ADJ" or w.deprel == "amod")]  # "Oberste" tagged as a noun
        bases = [adjective_base(fold(w.text)) for w in kids]
        national = next((nations[b] for b in bases if b in nations), None)
        attributes = [b for b in bases if b not in nations]
        whole = self.parsed.text[extend_hyphenated_left(self.parsed.text, m.head.start):m.head.end]
        prefix, _, last = whole.rpartition("-")  # "US-Militär", "Hamas-Pressestelle"
        head = fold(last)
        national = national or nations.get(fold(prefix))
        noun = next((bodies[k] for k in (" ".join([*attributes, head]), head, fold(m.head.lemma or ""))
                     if k in bodies), None)
        if noun is None or attributes and noun[:1].islower():
            return None  # "der zuständige Rat": an attribute the table does not name
        owner = self.owning_organisation(m)
        if owner is not None and owner.name.startswith("Government of "):
            national = rules.affiliation_adjectives.get(owner.affiliation or "", national)
            owner = None  # "US-Militär": the state's adjective
        if owner is None and national is None:
            return None
        side = owner.affiliation if owner is not None else \
            self.registry.affiliation_from_description(m.text) or "other"
        place = BODY_PLACE.search(m.text, m.head.end - m.start)
        where = f" in {place.group(1)}" if place else ""
        return f"{owner.name if owner is not None else national} {noun}{where}", side or "other"

    def titled_surname(self, name: str, m: Mention) -> SpeakerEntry | None:
        """"sagte Qassem … vor Anhängern als Hisbollah-Chef": a bare surname the
        registry has in its people's names (in another spelling, perhaps for several people) is
        the one whose registry title the mention's sentence gives outside the quote; without
        such a title it stays the person the text names (no name from world knowledge, D12)."""
        if len(name_parts(name)) != 1:
            return None
        sent = self.sentence_of(m.start)
        if sent is None:
            return None
        said = [(a, b) for a, b in self.quoted_spans if sent.start <= a < sent.end]
        rest = "".join(ch for i, ch in enumerate(self.parsed.text[sent.start:sent.end], sent.start)
                       if not any(a <= i < b for a, b in said))
        words = {fold(w).strip(".,;:!?\"„“»«") for w in rest.split()}
        forms = sound_forms(fold(name))
        found = [e for e in self.registry.entries if e.kind == "person"
                 and sound_forms(fold(name_parts(e.name)[-1])) & forms
                 and any(fold(t) in words for t in e.titles if "-" in t or len(t.split()) == 1)]
        return found[0] if len(found) == 1 else None

    def owning_organisation(self, m: Mention) -> SpeakerEntry | None:
        """The registry organisation a title names as its owner: in its compound ("der
        Likud-Chef") or in the genitive after the head ("der Vorsitzende der Partei Jesch
        Atid"; not "der Hisbollah-Chef in Richtung USA")."""
        if not m.words or not m.start <= m.head.start < m.end:
            return None
        head_start, head_end = m.head.start - m.start, m.head.end - m.start
        compound = extend_hyphenated_left(self.parsed.text, m.head.start) - m.start
        hits = [h for h in self.registry.matches(m.text) if h[2].kind == "organisation"]
        inside = next((h[2] for h in hits if compound <= h[0] < head_start), None)
        return inside or next((h[2] for h in hits if h[0] > head_end
                               and GENITIVE_GAP.match(m.text, head_end, h[0])), None)

    def body_of_part(self, m: Mention) -> tuple[str, str] | None:
        """"eine Delegation der Hamas", "die Hamas-Spitze", "die katarische Delegation": one
        delegation, leadership or negotiating team speaks for the body that owns it, named in the
        genitive, in the compound or by its state's adjective (D12: the body the text names)."""
        part = fold(m.head.lemma or m.head.text).rsplit("-", 1)[-1] in SPEAKING_PARTS \
            and not self.is_plural(m)
        if m.head.upos != "NOUN" or not (part or self.bare_representatives(m)):
            return None
        if self.person_owner_after_head(m) is not None:
            return None  # "Das Büro von Israels Regierungschef Netanjahu": his office, not Israel
        if any(e.kind == "organisation" and s <= m.head.start - m.start < t
               for s, t, e in self.registry.matches(m.text)):
            return None  # "Das israelische Büro des Ministerpräsidenten": a body the registry names
        owner = self.owning_organisation(m) or self.compound_owner(m) or self.named_right_after(m) \
            or (self.state_of_adjective(m) if part else None)
        return (owner.name, owner.affiliation) if owner is not None else None

    def person_owner_after_head(self, m: Mention) -> SpeakerEntry | None:
        """"das Büro von Israels Regierungschef Benjamin Netanjahu", "ein Sprecher des
        Ministerpräsidenten Netanjahu": the registry person named in the genitive or "von"
        phrase after the head owns it; a state before his title ("Israels") only says whose
        premier he is."""
        end = m.head.end - m.start
        if not GENITIVE_OPENING.match(m.text, end):
            return None
        hit = next((h for h in self.registry.matches(m.text) if h[0] > end and h[2].kind == "person"), None)
        if hit is None or any(fold(w).startswith(("buro", "amt")) for w in m.text[end:hit[0]].split()):
            return None  # "ein Sprecher des Büros von Netanjahu": the office's spokesperson
        return hit[2]

    def named_right_after(self, m: Mention) -> SpeakerEntry | None:
        """"die Delegation Katars": the registry organisation named in the genitive right after
        the head."""
        hit = self.name_right_after(m.head.end, m.end)
        written = self.parsed.text[hit[0]:hit[1]] if hit is not None else ""
        return hit[2] if hit is not None and hit[2].kind == "organisation" and written.endswith("s") \
            else None

    @staticmethod
    def bare_representatives(m: Mention) -> bool:
        """"Vertreter der Hamas" with no article, number or adjective: the body's representatives
        as a group speak for it, as its delegation does ("ein Vertreter", "zwei ranghohe
        Vertreter" are people, labelled; "Hamas-Vertreter Osama Hamdan" is the one named)."""
        return fold(m.head.text).endswith("vertreter") and not any(
            w.head == m.head.id and (w.deprel in ("det", "nummod", "amod")
                                     or w.deprel in ("appos", "flat", "flat:name") and w.upos == "PROPN")
            for w in m.words)

    def compound_owner(self, m: Mention) -> SpeakerEntry | None:
        """"die Hamas-Delegation": the registry organisation that is the compound's first part,
        whether the tokenizer kept the compound whole or split it at the hyphen."""
        text = self.parsed.text
        start = extend_hyphenated_left(text, m.head.start)
        whole = text[start:m.head.end]
        if "-" not in whole:
            return None
        entry = self.registry.by_name(whole.rsplit("-", 1)[0])
        return entry if entry is not None and entry.kind == "organisation" else None

    def state_of_adjective(self, m: Mention) -> SpeakerEntry | None:
        """"die katarische Delegation": the government the adjective names ("katarische
        Regierung" in the registry)."""
        for a in m.words:
            if a.head == m.head.id and a.deprel == "amod" and a.upos == "ADJ":
                entry = self.registry.by_name(adjective_base(a.text.lower()) + "e Regierung")
                if entry is not None and entry.kind == "organisation":
                    return entry
        return None

    def party_leader(self, m: Mention, party: SpeakerEntry) -> tuple[str, str] | None:
        """"der Vorsitzende der Partei Otzma Jehudit": the registry person who leads that party,
        when the document names him (D12); else no one, and the mention stays a description."""
        for e in self.entities:
            entry = self.registry.by_name(e.name) if e.kind == "person" else None
            if entry is not None and party.name in entry.leads and not m.start <= e.position < m.end:
                return entry.name, entry.affiliation
        return None

    def leads_party(self, e: Entity) -> bool:
        """"der Parteichef" refers back to a person the registry knows as a party's leader."""
        entry = self.registry.by_name(e.name) if e.kind == "person" else None
        return entry is not None and bool(entry.leads)

    def owner_conflict(self, e: Entity, head: str, owner: SpeakerEntry | None) -> bool:
        """"der Chef der Partei Religiöser Zionismus" is neither the "Oppositionschef" named
        before nor the unnamed "Vorsitzende der Partei Otzma Jehudit": where a title names its
        owner, a compound title of the candidate must name that owner too, and a described
        speaker must have been described with it."""
        if owner is None:
            return False
        names = (owner.name, *owner.aliases)
        if self.registry.by_name(e.name) is None and e.name not in self.person_names:
            return not any(fold(n) in fold(e.name) for n in names)  # a description or label
        words = {stem(w) for n in (*names, *owner.titles) for w in re.split(r"[\s-]+", fold(n)) if w}
        modifiers = [stem(t)[: -len(head)].strip("-") for t in e.titles if stem(t).endswith(head)]
        return bool(modifiers) and all(mod and stem(mod.removesuffix("s")) not in words
                                       and stem(mod) not in words for mod in modifiers)

    def carries_phrase_title(self, e: Entity, head: str, m: Mention) -> bool:
        """A title written as a phrase ("Sprecher des Gesundheitsministeriums") carries its
        first noun, when every genitive owner the mention writes is in it too ("der Sprecher
        des Gesundheitsministeriums" is he, "der Sprecher des Außenministeriums" is not)."""
        owners = self.genitive_owners(m)
        for t in e.titles:
            first, _, rest = t.partition(" ")
            if rest and stem(fold(first)).endswith(head) and all(o in fold(rest) for o in owners):
                return True
        return len(owners) == 1 and self.compound_of_phrase(e, m, owners[0])

    @staticmethod
    def compound_of_phrase(e: Entity, m: Mention, owner: str) -> bool:
        """"der Leiter des Krankenhauses" for "Krankenhausdirektor X": a title compound whose
        first part is the mention's genitive owner and whose last part names the same office
        as the mention's head ("Leiter", "Direktor", "Chef": the head of a body)."""
        office = role_noun(m.head.lemma or m.head.text) or role_noun(m.head.text)
        if office is None or len(owner) < 4:
            return False
        for t in e.titles:
            word = fold(t).replace("-", "")
            if not word.startswith(owner) or " " in word:
                continue
            rest = word[len(owner):]
            for part in (rest, rest[2:] if rest.startswith(("es", "en")) else rest[1:]):
                if len(part) >= 4 and role_noun(part) == office:
                    return True
        return False

    def phrase_title_holder(self, m: Mention, head: str, side: str | None) -> tuple[str, str] | None:
        """"Ein Sprecher des Außenministeriums sagte …" where the text names "Der Sprecher des
        Außenministeriums, Madschid al-Ansari," (before or after): an office written with its
        genitive owner is the one person the document names under that head and owner (D12);
        no one when it names two, or the mention's side is not his."""
        owners = self.genitive_owners(m)
        if not owners or not m.words:
            return None
        holders = {e.name: e for e in self.entities
                   if e.kind == "person" and not m.start <= e.position < m.end
                   and side in (None, e.affiliation) and not self.in_reported_content(e)
                   and (self.carries_phrase_title(e, head, m) or self.written_with_title(e, head, owners))}
        if len(holders) != 1:
            return None
        e = next(iter(holders.values()))
        return e.name, e.affiliation

    @staticmethod
    def genitive_owners(m: Mention) -> list[str]:
        """The folded stems of the nouns a mention's head owns in the genitive after it
        ("Außenministeriums" of "ein Sprecher des Außenministeriums")."""
        return [stem(fold(w.lemma or w.text)) for w in m.words if w.head == m.head.id
                and w.deprel == "nmod" and w.id > m.head.id and w.upos in ("NOUN", "PROPN")]

    def written_with_title(self, e: Entity, head: str, owners: list[str]) -> bool:
        """Whether the text names `e` with a title noun of `head` that owns every one of
        `owners` in the genitive: the noun the name is apposed to ("Der Sprecher des
        Ministeriums, Max Muster") or an apposition after it ("Max Muster, der Sprecher des
        Ministeriums,")."""
        sent = self.sentence_of(e.position)
        w = next((x for x in sent.words if x.start == e.position), None) if sent is not None else None
        if w is None:
            return False
        hosts = [self.apposition_host_word(sent, w), self.sibling_apposition(sent, w),
                 *(k for k in sent.kids(w.id) if k.deprel == "appos" and k.upos == "NOUN" and k.id > w.id)]
        for host in hosts:
            if host is None or not any(f.endswith(head) for f in noun_forms(host.lemma or host.text)):
                continue  # "die Sprecherin des Ministeriums" holds that office too
            written = " ".join(fold(x.text) for k in sent.kids(host.id)
                               if k.deprel == "nmod" and k.id > host.id for x in self.subtree(sent, k))
            if all(o in written for o in owners):
                return True
        return False

    def other_written_owner(self, m: Mention, e: Entity) -> bool:
        """"Regierungssprecher Kessler" … "der Sprecher der Stadtverwaltung": a title with a
        genitive owner the registry does not know is that owner's office holder; an earlier
        holder of the title not in the registry is he only when the owner's noun stood where he was introduced
        (in his sentence or his compound title), else it is someone new."""
        nouns = [w for w in m.words if w.head == m.head.id and w.deprel == "nmod" and w.id > m.head.id
                 and w.upos == "NOUN" and w.feat("Case") == "Gen"]
        if not nouns or self.registry.by_name(e.name) is not None:  # the registry knows his side
            return False
        sent = self.sentence_of(e.position)
        where = fold(self.parsed.text[sent.start:sent.end]) if sent is not None else ""
        where += " " + " ".join(fold(t) for t in e.titles) + " " + fold(e.name)
        return not any(stem(fold(w.lemma or w.text)) in where for w in nouns)

    def compound_office(self, m: Mention) -> tuple[str, str] | None:
        """"ein Armeesprecher" after "das israelische Militär … die Armee": an unnamed office
        holder of the body its compound names, when the text before names a body with that
        noun, the nearest first ("spokesperson of the Israel Defense Forces (unnamed)", D12)."""
        if m.head.upos != "NOUN" or self.is_plural(m):
            return None
        head = fold(m.head.lemma or m.head.text)
        office, label = next(((k, v) for k, v in folded_offices()
                              if head.endswith(k) and len(head) > len(k) + 2), (None, None))
        if office is None:
            return None
        body = self.body_named_by(m, head[: -len(office)])
        return (f"{label} of the {body.name} (unnamed)", body.affiliation) if body is not None else None

    def body_named_by(self, m: Mention, prefix: str) -> Entity | None:
        """The organisation a compound's first part names ("Armee-" of "Armeesprecher",
        "Armeeangaben"): the nearest one before the mention that carries it as a title."""
        body = stem(prefix.rstrip("-"))
        return next((e for e in self.candidates_before(m.start) if e.kind == "organisation"
                     and any(stem(t) in (body, body.removesuffix("s")) for t in e.titles)), None)

    def compound_source(self, m: Mention) -> tuple[str, str] | None:
        """"nach Armeeangaben", "Militärangaben zufolge": the body the compound names, when the
        text before names a body with that noun, the nearest first (D11: a source named); or the
        registry organisation its first part names whole ("nach Hamas-Angaben")."""
        if m.head.upos not in ("NOUN", "PROPN"):
            return None
        word = m.text.split()[-1] if m.text.endswith(m.head.text) else m.head.text  # "Hamas-" "Angaben"
        head = fold(word)
        ending = next((k for k in SOURCE_COMPOUND_ENDINGS
                       if head.endswith(k) and len(head) > len(k) + 2), None)
        if ending is None:
            return None
        body = self.body_named_by(m, head[: -len(ending)])
        if body is not None:
            return body.name, body.affiliation
        entry = self.organisation_named_whole(word[: -len(ending)].rstrip("-"))
        return (entry.name, entry.affiliation) if entry is not None else None

    def organisation_named_whole(self, prefix: str) -> SpeakerEntry | None:
        """The registry organisation that a compound's first part names, all of it ("Hamas" of
        "Hamas-Angaben", "UN" of "UN-Angaben"): its statements are that body's (D15, as "nach
        Angaben der Hamas"), not a label of unnamed "Hamas sources"."""
        return next((entry for a, b, entry in self.registry.matches(prefix)
                     if a == 0 and b == len(prefix) and entry.kind == "organisation"), None)

    def counted_group(self, m: Mention) -> tuple[str, str] | None:
        """"Zwei Minister", "beide Minister": the people the document names with that title (in
        either gender; a premier is no minister here), when it names exactly that many, joined
        in the order it first names them (D13)."""
        count = next((NUMBER_WORDS.get(fold(w.text)) for w in m.words
                      if w.head == m.head.id and w.deprel in ("nummod", "det", "amod")
                      and fold(w.text) in NUMBER_WORDS), None)
        if count is None and m.head.upos == "NOUN" and fold(m.head.text) in WARRING_PARTIES \
                and any(fold(w.text) in ("die", "den", "der") for w in m.words if w.head == m.head.id):
            return self.opposed_parties(m)  # "Die Konfliktparteien": a conflict has two
        if count is None or m.head.upos != "NOUN":
            return None
        if fold(m.head.text).endswith(tuple(STATE_NOUNS)):  # "die beiden Vermittlerstaaten"
            return self.counted_states(m, count)
        if fold(m.head.text) in PARTY_NOUNS and count == 2:  # "beide Seiten": the two opposed
            return self.opposed_parties(m)
        if fold(m.head.lemma or m.head.text) in SPEAKING_PARTS:  # "Beide Delegationen": their bodies
            return self.counted_bodies(m, count)
        head = stem(m.head.lemma or m.head.text)

        def titled(e: Entity) -> bool:
            return e.kind == "person" and not e.speaker and not m.start <= e.position < m.end \
                and any(stem(re.sub(r"in(nen)?$", "", t)).endswith(head)
                        and not fold(t).startswith("premier") for t in e.titles)

        people: dict[str, Entity] = {}
        for e in filter(titled, self.entities):
            people.setdefault(e.name, e)
        if len(people) > count:  # "Beide Minister" after three: the two named just before
            people = self.named_near(m, 2, titled)
        if len(people) != count and self.nouns.is_epithet(m.head.lemma or m.head.text):
            people = self.people_named_near(m)  # "beide Politiker": no title (an "Oppositionspolitiker"
            # named earlier is one of many), the two just named
        if len(people) != count:
            return None
        return joint_of(people)

    def counted_states(self, m: Mention, count: int) -> tuple[str, str] | None:
        """"Beide Länder", "die drei Staaten": the governments named in this and the sentence
        before, when exactly that many, in the order named (D13)."""
        states = self.named_near(m, 1, lambda e: e.kind == "organisation"
                                 and e.name.startswith("Government of"))
        if len(states) != count:
            return None
        return joint_of(states)

    def counted_bodies(self, m: Mention, count: int) -> tuple[str, str] | None:
        """"Beide Delegationen", "die drei Verhandlungsteams": parts that speak for their
        bodies (a delegation of Israel, one of the Hamas) are the bodies named in this and the
        two sentences before, when exactly that many, in the order named (D13)."""
        bodies = self.named_near(m, 2, lambda e: e.kind == "organisation" and not self.named_as_place(e))
        return joint_of(bodies) if len(bodies) == count else None

    def counted_outlets(self, m: Mention) -> tuple[str, str] | None:
        """"schrieben beide Medien", "Beide Organisationen verlangten": the media (or the bodies
        that are no state nor medium) named in this and the two sentences before, when exactly
        as many as the mention counts, in the order first named (D13)."""
        count = next((NUMBER_WORDS[fold(w.text)] for w in m.words if w.head == m.head.id
                      and fold(w.text) in NUMBER_WORDS), None)
        head = fold(m.head.text)
        if count is None or m.head.upos != "NOUN" or not head.endswith(MEDIA_NOUNS + BODY_NOUNS):
            return None
        media = head.endswith(MEDIA_NOUNS)
        def kept(e: Entity) -> bool:
            entry = self.registry.by_name(e.name)
            if e.kind != "organisation" or entry is None or self.named_as_place(e):
                return False
            return entry.medium if media else not entry.medium and not e.name.startswith("Government of")
        bodies = self.named_near(m, 2, kept)
        return joint_of(bodies) if len(bodies) == count else None

    def opposed_parties(self, m: Mention) -> tuple[str, str] | None:
        """"Beide Seiten warfen sich vor, …": the two bodies of different sides named in this and
        the two sentences before, in the order named, when there are exactly two (D13)."""
        bodies = self.named_near(m, 2, lambda e: e.kind == "organisation" and not self.named_as_place(e)
                                 and e.affiliation not in (None, "other"))
        if len(bodies) != 2 or len({e.affiliation for e in bodies.values()}) != 2:
            return self.warring_bodies_before(m)
        return joint_of(bodies)

    def warring_bodies_before(self, m: Mention) -> tuple[str, str] | None:
        """"Katar teilte mit, Israel und die Hamas hätten zugestimmt. Beide Seiten …": with no
        two sides named just before outside reported content, the latest body of each of the
        last two warring sides the text names before the mention, reported content included,
        in the order first named (D13); never a mediator."""
        latest: dict[str, Entity] = {}
        for e in self.entities:
            if e.position < m.start and e.kind == "organisation" and e.affiliation in WARRING_SIDES \
                    and not self.named_as_place(e):
                latest.pop(e.affiliation, None)
                latest[e.affiliation] = e
        sides = list(latest.values())[-2:]
        if len(sides) != 2:
            return None
        return joint_of(self.in_order_first_named({e.name: e for e in sides}))

    def both_named(self, m: Mention) -> tuple[str, str] | None:
        """"Beide betonten", "Die beiden sagten" (no noun): the two people named in this and the
        sentence before, else the two governments, joined in the order named (D13)."""
        if fold(m.text) not in BOTH:
            return None
        people = self.people_named_near(m)
        if len(people) != 2:
            return self.joint_just_quoted(m, 2) or self.counted_states(m, 2)
        return joint_of(people)

    def joint_just_quoted(self, m: Mention, count: int | None) -> tuple[str, str] | None:
        """"Die rechtsextremen Minister kündigten an, … . Beide sagten, …": a group mention right
        after a joint speaker quoted in this or the sentence before (with no names between) is
        that joint speaker, when a count in the mention fits (D13)."""
        here = bisect.bisect_right(self.sentence_starts, m.start)
        for e in self.candidates_before(m.start):
            if bisect.bisect_right(self.sentence_starts, e.position) < here - 1:
                return None
            if e.speaker and " and " in e.name:
                return (e.name, e.affiliation) if count in (None, e.name.count(" and ") + 1) else None
            if e.kind == "person" and not self.in_reported_content(e):
                return None  # a person named since: "beide" may be he and another
        return None

    def plural_definite_group(self, m: Mention) -> bool:
        """"Die Minister", "die rechtsextremen Minister": definite, plural, no count, no name and
        no owner of its own; a group, never one person."""
        dets = [w for w in m.words if w.head == m.head.id and w.upos == "DET"]
        return m.head.upos == "NOUN" and bool(self.is_plural(m)) and not self.counted(m) and bool(dets) \
            and fold(dets[0].text) in ("die", "den", "der") and not self.name_right_after(m.head.end) \
            and not any(m.start <= e.position < m.end for e in self.entities) \
            and not any(w.head == m.head.id and w.deprel == "nmod" for w in m.words) \
            and not self.registry.matches(m.text)  # "die Staats- und Regierungschefs der EU": a body

    def plural_title_group(self, m: Mention) -> tuple[str, str] | None:
        """"Die Minister", "die rechtsextremen Minister" (definite, plural, no count, no name of
        their own): the two people the text named with that title before (either gender; a
        premier is no minister here), else the joint speaker just quoted; never one of them."""
        if not self.plural_definite_group(m):
            return None
        head = stem(m.head.lemma or m.head.text)
        titled = {e.name: e for e in self.entities if e.kind == "person" and not e.speaker
                  and e.position < m.start and not self.in_reported_content(e)
                  and any(stem(re.sub(r"in(nen)?$", "", t)).endswith(head)
                          and not fold(t).startswith("premier") for t in e.titles)}
        if len(titled) == 2:
            return joint_of(self.in_order_first_named(titled))
        return self.joint_just_quoted(m, None) if titled else None

    def people_named_near(self, m: Mention) -> dict[str, Entity]:
        """The people named by name in this and the sentence before, in the order named, outside
        reported content: what "beide" or "die zwei Politiker" point back to."""
        return self.named_near(m, 1, lambda e: e.kind == "person" and (
            e.name in self.person_names or self.registry.by_name(e.name) is not None))

    def named_near(self, m: Mention, sentences_back: int,
                   keep: Callable[[Entity], bool]) -> dict[str, Entity]:
        """The entities `keep` accepts named before `m` in its sentence and the `sentences_back`
        before it, outside reported content, by name in the order first named."""
        here = bisect.bisect_right(self.sentence_starts, m.start)
        found: dict[str, Entity] = {}
        for e in self.entities:
            if e.position < m.start and keep(e) and not self.in_reported_content(e) \
                    and bisect.bisect_right(self.sentence_starts, e.position) >= here - sentences_back:
                found.setdefault(e.name, e)
        return self.in_order_first_named(found)

    def first_named_order(self, joint: tuple[str, str] | None) -> tuple[str, str] | None:
        """A joint speaker a group mention stands for ("Die beiden Minister", "Die Vermittler"),
        its members in the order in which the text first names them (D13)."""
        if joint is None or " and " not in joint[0]:
            return joint
        members = joint[0].split(" and ")
        first: dict[str, int] = {}
        for e in self.entities:
            if e.name in members and not self.in_reported_content(e):
                first.setdefault(e.name, e.position)
        ordered = sorted(members, key=lambda n: (first.get(n, len(self.parsed.text)), members.index(n)))
        return " and ".join(ordered), joint[1]

    def in_order_first_named(self, group: dict[str, Entity]) -> dict[str, Entity]:
        """A group mention's members in the order in which the text first names them (D13:
        "Beide" after "Ben-Gvir und Smotrich" names them as the text did first, wherever the
        last mention put them)."""
        first: dict[str, int] = {}
        for e in self.entities:
            if e.name in group and not self.in_reported_content(e):
                first.setdefault(e.name, e.position)
        return dict(sorted(group.items(), key=lambda item: first.get(item[0], item[1].position)))

    def named_group(self, m: Mention) -> tuple[str, str] | None:
        """"Die Vermittler erklärten" after "Die Vermittler Katar, Ägypten und die USA legten
        … vor": a definite plural noun is the list of names the text last gave that noun (D13)."""
        dets = [w for w in m.words if w.head == m.head.id and w.upos == "DET"]
        if m.head.upos != "NOUN" or not self.is_plural(m) or not dets \
                or fold(dets[0].text) not in ("die", "den", "der") or self.name_right_after(m.head.end):
            return None  # "die Vermittler Katar und Ägypten" names its own
        noun = fold(m.head.lemma or m.head.text)
        found = None
        for sent in self.parsed.sentences:
            if sent.start >= m.start:
                break
            for w in sent.words:
                hit = self.name_right_after(w.end) if fold(w.lemma or w.text) == noun else None
                if hit is not None and hit[1] <= m.start:
                    found = self.name_list(hit[2].name, hit[2].affiliation, hit[1]) or found
        return self.first_named_order(found or self.agents_of_verb(m, noun))

    def agents_of_verb(self, m: Mention, noun: str, sentences_back: int = 3) -> tuple[str, str] | None:
        """"Die USA, Katar und Ägypten vermitteln seit Monaten. Die Vermittler erklärten …": the
        coordinated subject of the verb the agent noun is made of ("Vermittler": "vermitteln"),
        the latest in this and the few sentences before, is who the definite plural names (D13);
        a relative pronoun subject stands for its antecedent ("Katar und Ägypten, die …
        vermitteln")."""
        here = bisect.bisect_right(self.sentence_starts, m.start) - 1
        for i in range(here, max(-1, here - 1 - sentences_back), -1):
            sent = self.parsed.sentences[i]
            for verb in reversed(sent.words):
                if verb.upos != "VERB" or verb.start >= m.start or not agent_noun_of(fold(verb.lemma), noun):
                    continue
                subject = next((k for k in sent.kids(verb.id) if k.deprel == "nsubj"), None)
                if subject is not None and subject.upos == "PRON" and verb.deprel == "acl:relcl" \
                        and verb.head:
                    subject = sent.word(verb.head)
                named = next((e for e in self.entities if subject is not None
                              and subject.start <= e.position < subject.end + 1), None)
                group = self.coordinated_subject(named) if named is not None else None
                if group:
                    return joint_of(group)
        return None

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
        owner = self.owning_organisation(m)
        holders = {e.name: e for e in self.entities
                   if e.kind == "person" and not e.speaker and not m.start <= e.position < m.end
                   and (self.registry.by_name(e.name) is not None
                        and (e.affiliation == side and carries_title(e, head)
                             or exact and any(stem(t) == head for t in e.titles))
                        or self.registry.by_name(e.name) is None and e.affiliation in (side, "other")
                        and not self.in_reported_content(e) and self.compound_of_owner(e, m))
                   and not self.owner_conflict(e, head, owner)}  # "ein Sprecher des WFP" is no UNRWA-Sprecher
        if len(holders) != 1:
            return None
        e = next(iter(holders.values()))
        return e.name, side if e.affiliation == "other" and side else e.affiliation

    def compound_of_owner(self, e: Entity, m: Mention) -> bool:
        """"Ministeriumssprecher Nasser al-Kuwari" for "ein Sprecher des katarischen
        Außenministeriums": a person the registry does not know holds the office when one of
        his titles is a compound of the mention's head whose first part ends its owner noun."""
        head = fold(m.head.text)
        owners = [fold(w.lemma or w.text) for w in m.words if w.head == m.head.id and w.deprel == "nmod"
                  and w.upos == "NOUN" and w.id > m.head.id]
        for title in e.titles:
            word = fold(title).replace("-", "")
            if not word.endswith(head) or len(word) < len(head) + 3:
                continue
            prefix = word[: -len(head)].removesuffix("s")
            if any(o.endswith(prefix) for o in owners):
                return True
        return False

    def context_spokesperson(self, m: Mention) -> tuple[str, str] | None:
        """"„…“, sagte Hamas-Sprecher X. Ein Sprecher fügte hinzu, …": a spokesperson with no
        owner written speaks for the body in context (`body_in_context`); when the document
        names exactly one spokesperson of that body, before or after, he is the one (D12)."""
        body = self.body_in_context(m) if m.words else None
        if body is None:
            return None
        feminine = fold(m.head.text).endswith("in")
        holders = {e.name: e for e in self.entities
                   if e.kind == "person" and e.affiliation == body.affiliation and not e.speaker
                   and not m.start <= e.position < m.end and not self.in_reported_content(e)
                   and any(self.speaks_for(t, body, feminine) for t in e.titles)}
        if len(holders) != 1:
            return None
        e = next(iter(holders.values()))
        return e.name, e.affiliation

    def speaks_for(self, title: str, body: Entity, feminine: bool) -> bool:
        """Whether a title is a spokesperson's of `body`: "Sprecher", or a compound whose first
        part names the body ("Hamas-Sprecher", "Militärsprecher" of the army); "Sprecherin" for
        a woman's mention, "Sprecher" for a man's."""
        word = fold(title).replace("-", "")
        noun = "sprecherin" if feminine else "sprecher"
        if not word.endswith(noun):
            return False
        prefix = word[: -len(noun)]
        if not prefix:
            return True
        entry = self.registry.by_name(body.name)
        names = [body.name, *body.titles, *(entry.aliases if entry is not None else ())]
        own = {fold(w).replace("-", "") for n in names for w in re.split(r"\s+", n) if len(w) > 2}
        return prefix in own or prefix.removesuffix("s") in own

    def epithet_owner_side(self, m: Mention) -> str | None:
        """"ein Sprecher des Ministeriums" after "das katarische Außenministerium": the side of
        the nearest organisation named before that carries the owner's noun as a title (a
        compound by its end), so the office is that body's; None when no body carries it."""
        sent = self.sentence_of(m.start)
        nouns = [w for w in m.words if w.head == m.head.id and w.deprel == "nmod" and w.upos == "NOUN"
                 and w.id > m.head.id and any(fold(k.text) in ("des", "der") for k in sent.kids(w.id))
                 and not self.registry.matches(w.text)] if sent is not None and m.words else []
        if len(nouns) != 1:
            return None
        word = nouns[0]
        title = stem(word.lemma or word.text)
        for e in self.candidates_before(m.start):
            if e.kind == "organisation" and not self.in_reported_content(e) \
                    and self.carries_group_title(e, title, fold(word.lemma or word.text)):
                return e.affiliation
        return None

    def kin_of_named(self, m: Mention) -> tuple[str, str] | None:
        """"Die Mutter der Geisel Noa Argamani": the name the parse sets beside the genitive noun
        (no comma: "der Geisel Noa Argamani") is the hostage's, not the mother's; the speaker is
        her kin by the name ("mother of Noa Argamani"), no side of the named (F4: other)."""
        relation = folded_table(label_rules().kin).get(fold(m.head.lemma or m.head.text))
        if m.head.upos != "NOUN" or relation is None:
            return None
        owner = next((w for w in m.words if w.head == m.head.id and w.deprel == "nmod" and w.upos == "NOUN"),
                     None)
        name = next((w for w in m.words if owner is not None and w.head == owner.id and w.deprel == "appos"
                     and w.upos in NAME_UPOS), None)
        if owner is None or name is None or "," in self.parsed.text[owner.end:name.start]:
            return None
        parts = [name, *(w for w in m.words if w.head == name.id and w.deprel in ("flat", "flat:name"))]
        named = self.parsed.text[parts[0].start:max(w.end for w in parts)]
        entry = self.registry.by_name(named) or next(
            (h[2] for h in self.registry.matches(named) if h[2].kind == "person"), None)
        return f"{relation} of {entry.name if entry else self.fullest_name(named)}", "other"

    def family_by_name(self, m: Mention) -> tuple[str, str] | None:
        """"Die Familie Bibas erklärte": a family named by its surname is that family ("Bibas
        family"), not one of its members the registry knows (F4: other)."""
        if m.head.upos != "NOUN" or fold(m.head.lemma or m.head.text) != "familie":
            return None
        name = [w for w in m.words if w.id > m.head.id and w.upos == "PROPN"]
        if len(name) != 1 or name[0].id != m.head.id + 1 or m.words[-1] is not name[0]:
            return None
        return f"{name[0].text} family", "other"

    def kin_of_possessor(self, m: Mention) -> tuple[str, str] | None:
        """"Die Geisel Omer Wenkert … Seine Mutter sagte, …": kin named by a possessive is kin of
        the person the possessive refers to ("mother of Omer Wenkert"), no side of his (F4: other)."""
        relation = folded_table(label_rules().kin).get(fold(m.head.lemma or m.head.text))
        if m.head.upos != "NOUN" or relation is None or len(m.words) != 2:
            return None
        possessive = m.words[0] if m.words[0].id < m.head.id else None
        if possessive is None or possessive.feat("Poss") != "Yes" or possessive.head != m.head.id:
            return None
        owner = Mention(possessive.text, possessive.start, possessive.end, possessive, [], [possessive])
        name, _ = self.resolve_pronoun(owner)
        entry = self.registry.by_name(name) if name else None
        if name is None or not (entry is not None and entry.kind == "person" or name in self.person_names):
            return None
        return f"{relation} of {name}", "other"

    def kin_of_captive(self, m: Mention) -> tuple[str, str] | None:
        """"Ein Vater, dessen Sohn entführt wurde", "Die Mutter einer Soldatin, die in Gaza
        festgehalten wird": kin whose relative clause (on the kin noun, with a subject of its
        own, or on the genitive owner) says that someone is held captive is kin of a hostage
        (F4: other)."""
        relation = folded_table(label_rules().kin).get(fold(m.head.lemma or m.head.text))
        sent, head = self.head_in_sentence(m)
        if m.head.upos != "NOUN" or relation is None or sent is None or head is None:
            return None
        owner = next((w for w in sent.kids(head.id) if w.deprel == "nmod" and w.upos == "NOUN"), None)
        if owner is not None and kin_owner(owner.text, folded_table(label_rules().kin_of)) is not None:
            return None  # "die Mutter einer Soldatin, die …": the table's noun labels her (kin_label)
        for noun in (head, owner):
            if noun is None:
                continue
            for clause in sent.kids(noun.id):
                if clause.deprel != "acl:relcl" or fold(clause.lemma or "") not in CAPTIVE_VERBS:
                    continue
                if noun is head and not any(k.deprel in ("nsubj", "nsubj:pass") and k.upos == "NOUN"
                                            for k in sent.kids(clause.id)):
                    continue  # "Die Mutter, die entführt worden war": she herself, no kin of one
                article = next((k for k in sent.kids((owner or head).id) if k.deprel == "det"), None)
                definite = article is not None and fold(article.text) in ("der", "des", "die", "dem")
                return f"{relation} of {'the' if definite and owner is not None else 'a'} hostage", "other"
        return None

    def apposed_name(self, m: Mention) -> str | None:
        """The name after the last comma of a mention, if the mention ends in one."""
        comma = m.text.rfind(", ")
        if comma <= 0 or not m.words or m.words[-1].upos not in NAME_UPOS:
            return None
        if m.head.upos == "PROPN" and m.head.start < m.start + comma and not self.is_title_word(m.head):
            return None  # "Taher Al-Nono, Haniyehs Medienberater": the name comes first
        name = m.text[comma + 2:].strip(" ,")
        return name if name[:1].isupper() and len(name.split()) <= 5 else None

    def person_name(self, m: Mention) -> str | None:
        """The proper-name part of a mention: "der Bewohner Anas Alyan" → "Anas Alyan"; never a
        report noun the tagger took for a name ("Bericht:" over a headline)."""
        name = self.name_part(m)
        if name is not None and (name in self.lexicon.report_nouns or name in self.lexicon.source_nouns
                                 or stem(name).endswith(UNSPECIFIED)):
            return None
        return name

    def name_part(self, m: Mention) -> str | None:
        """`person_name` as the words give it."""
        text = self.parsed.text
        core = {s for s, _ in self.core_spans(m)}
        names = [w for w in m.words if w.start in core and w.upos in NAME_UPOS
                 and (text[w.start:w.start + 1].isupper() or ARTICLED_NAME.match(text, w.start))]
        names.sort(key=lambda w: w.id)
        while len(names) > 1 and self.title_read_as_name(names[0]):
            names.pop(0)  # "Ministerin Karin Holm sagte" with the title tagged as a name
        titles = [w.id for w in m.words if w.start in core and w.id < (names[-1].id if names else 0)
                  and (self.is_title_word(w) or w.upos == "NOUN" and (self.nouns.is_person_noun(w.text)
                       or self.is_registry_title(w)))]
        if titles:  # "Human Rights Watch-Direktor Omar Shakir": the name after the title
            names = [w for w in names if w.id > titles[-1]]
        names = self.head_name_run(m, names)
        if len(names) == 1 and (self.is_title_word(names[0]) or self.is_registry_title(names[0])):
            names = []  # "Armeechef: …" in a headline tagged as a name: a title, not a name
        if not names and m.head.upos == "PROPN" and not m.words:
            return text[m.head.start:extend_hyphenated(text, m.head.end)]
        if not names or (len(names) == 1 and m.head.upos != "PROPN"
                         and not self.surname_after_title(m, names[0])):
            return self.name_after_office(m)
        return text[names[0].start:extend_hyphenated(text, names[-1].end)]

    def name_after_office(self, m: Mention) -> str | None:
        """"Human Rights Watch-Sprecher Malinowski" parsed with the body as the head: the names
        that end the mention right after an office noun are its holder, whatever the tree says."""
        words = sorted((w for w in m.words if w.upos != "PUNCT" or w.text == "-"), key=lambda w: w.id)
        run: list[Word] = []
        while words and (words[-1].upos == "PROPN" and self.parsed.text[words[-1].start].isupper()
                         or run and self.name_hyphen(words, run[0])):
            run.insert(0, words.pop())  # "Nasser al-Kuwari": the particle and hyphen are the name's
        if not run or sum(w.text != "-" for w in run) > 3 or not words or not self.is_office_noun(words[-1]) \
                or words[-1].id != run[0].id - 1 or not self.surname_after_title(m, run[0]) \
                or any(self.registry.matches(self.parsed.text[run[0].start:run[-1].end])):
            return None
        return self.parsed.text[run[0].start:extend_hyphenated(self.parsed.text, run[-1].end)]

    def name_hyphen(self, words: list[Word], after: Word) -> bool:
        """A hyphen or a lower-case particle glued by a hyphen to the name part after it ("al" and
        "-" of "al-Kuwari"), no space between."""
        w = words[-1]
        return w.end == after.start and (w.text == "-" or after.text == "-" and w.upos == "PROPN")

    def surname_after_title(self, m: Mention, w: Word) -> bool:
        """"Polizeisprecher Brandner", "Armeesprecher Weinberg": one capitalised word right after
        a title or office noun is the holder's surname, unless it is the genitive of a body or
        place the registry knows ("Außenminister Katars") or a person noun itself."""
        before = next((k for k in m.words if k.id == w.id - 1), None)
        if before is None or w.upos != "PROPN" or w.feat("Case") == "Gen" \
                or self.nouns.is_person_noun(w.text) or not self.is_office_noun(before):
            return False
        forms = {w.text, w.text.removesuffix("s")}
        return not any(self.registry.matches(f) for f in forms)

    def title_read_as_name(self, w: Word) -> bool:
        """A title the tagger took for the first part of a name: a person noun or registry
        title, or an office noun of the label rules also as a compound's end and in its feminine
        form ("Gouverneur Pedro Ruiz", "Bundesfamilienministerin Karla Weber"): the holder's
        name is what follows, never the title with it."""
        return self.is_title_word(w) or w.upos == "PROPN" and self.is_office_noun(w)

    def is_office_noun(self, w: Word) -> bool:
        """A title ("Minister") or an office noun of the label rules, also as a compound's end
        ("Polizeisprecher", "Armeechef")."""
        if w.upos not in ("NOUN", "PROPN"):
            return False
        if self.nouns.is_person_noun(w.text) or self.is_registry_title(w):
            return True
        word = fold(w.text)
        return any(word == k or len(k) >= 5 and word.endswith(k) for k, _ in folded_offices())

    def place_of_work(self, m: Mention, adp: Word) -> bool:
        """"vom Israel Democracy Institute", "von der International Crisis Group": a preposition
        before an institution's name; the "von" of "Ursula von der Leyen" is part of hers."""
        if fold(adp.text) != "von":
            return True
        return any(w.id > adp.id and w.text in self.lexicon.institution_name_words for w in m.words)

    def head_name_run(self, m: Mention, names: list[Word]) -> list[Word]:
        """"Jonas Weber, Brenners Sprecher", "Gideon Rahat vom Israel Democracy Institute": of names
        set apart by a comma or a preposition, the run that holds the head (else the first); the
        other belongs to an apposition or the place the person works."""
        commas = [w.id for w in m.words if w.text == "," or w.upos == "ADP" and self.place_of_work(m, w)]
        runs: list[list[Word]] = []
        for w in names:
            if runs and not any(runs[-1][-1].id < c < w.id for c in commas):
                runs[-1].append(w)
            else:
                runs.append([w])
        return next((r for r in runs if m.head in r), runs[0]) if runs else names

    def fullest_name(self, name: str) -> str:
        """An unknown person keeps the fullest name seen in the document ("Lea Brenner";
        "al-Schabani" of "Jussef al-Schabani": parts compare without hyphens and articles)."""
        parts = name_part_set(name)
        for seen in self.names_seen:
            if name != seen and parts <= name_part_set(seen):
                return seen
        for e in self.entities:
            if e.kind == "person" and name != e.name and parts and (
                    parts <= name_part_set(e.name) or e.written and parts <= name_part_set(e.written)):
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
        plural = head.feat("Number") == "Plur" or self.counted(m)
        ending = "e" if plural else STRONG_ENDINGS.get(gender or "", "e")
        edits: dict[tuple[int, int], str] = {}
        for w in m.words:
            if w.id < head.id and (w.head == head.id or w is m.words[0]) and w.upos in ("DET", "PUNCT"):
                edits[(w.start, w.end)] = ""
            elif w.id < head.id and w.head == head.id and w.upos == "ADJ" \
                    and not (w.text[:1].isupper() and is_label_noun(w.text)):  # "Vertreter Ägyptens"
                edits[(w.start, w.end)] = adjective_base(w.text) + ending
            elif w.id == head.id and not plural and head.feat("Case") != "Nom" and not (
                    is_label_noun(head.text) and not is_label_noun(noun_nominative(head, gender))):
                edits[(w.start, w.end)] = noun_nominative(head, gender)  # not "Kreise" → "Kreis"
            elif w.id == head.id and plural and head.lemma.endswith(("te", "de")) \
                    and head.text == head.lemma + "n" and not is_label_noun(head.text):
                edits[(w.start, w.end)] = head.lemma  # "Verbündeten" → "Verbündete", not "Experten"
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
        opens_phrase = next((w for w in m.words if w.start >= m.start and w.upos != "DET"), None)
        if opens_phrase is not None and opens_phrase.upos == "ADP":
            return desc  # "mit der Angelegenheit vertraute Quelle": no noun to capitalise
        return desc[:1].upper() + desc[1:]


def agent_noun_of(verb: str, noun: str) -> bool:
    """Whether a folded agent noun is made of a folded verb lemma: "vermittler" of "vermitteln",
    "unterstutzer" of "unterstutzen"."""
    return len(verb) > 4 and (noun == verb[:-2] + "er" or verb.endswith(("eln", "ern"))
                              and noun == verb[:-3] + verb[-2] + "er")


DEFINITE_ARTICLES = {"der", "die", "das", "den", "dem", "des"}
# the label tables' nouns for one side's people ("Vertreter", "Mitglied", "Unterhändler")
MEMBER_NOUNS = {"officials", "members", "negotiators", "diplomats", "officers", "leaders"}
ROLE_SYNONYMS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "chief": "head",
                 "leader": "head", "president": "head", "chairman": "head", "director": "head",
                 "secretary general": "secretary-general"}  # one body has one head, by any title
EXTRA_OFFICES = {"chef": "head", "chefin": "head", "anfuhrer": "head", "anfuhrerin": "head"}


def anonymous_noun(title: str) -> str | None:
    """The English plural the label tables give a title's last part among unnamed officials
    ("Hamas-Vertreter", "Regierungsvertreter", "Beamte" → "officials"), None for other words."""
    word = fold(re.split(r"[\s-]", title.strip())[-1])
    table = {fold(k): v[1] for k, v in label_rules().anonymous.items()}  # by its plural: one class
    for form in (word, word.removesuffix("in"), word.removesuffix("in") + "er"):
        if form in table:
            return table[form]
        end = max((k for k in table if len(k) >= 6 and form.endswith(k)), key=len, default=None)
        if end is not None:  # "Regierungsvertreter": an official too
            return table[end]
    return None


def role_noun(noun: str) -> str | None:
    """The English office a German title names ("Sprecherin" → "spokesperson", "Chef" →
    "head"), from the label tables' offices; None for a word that names no office."""
    word = fold(noun)
    english = dict(folded_offices()).get(word) or EXTRA_OFFICES.get(word)
    return ROLE_SYNONYMS.get(english, english) if english else None


def holds_role(entry: SpeakerEntry | None, office: str, owner: str) -> bool:
    """Whether a registry person's role is `office` of the body `owner` ("spokesman of the
    US State Department", "Hamas spokesman"), not a deputy's or a former holder's."""
    if entry is None or entry.kind != "person":
        return False
    role = fold(entry.role)
    for noun, same in ROLE_SYNONYMS.items():
        role = re.sub(rf"\b{noun}\b", same, role)
    owner = fold(owner)
    return role in (f"{office} of the {owner}", f"{office} of {owner}", f"{owner} {office}")
