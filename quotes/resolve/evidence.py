"""Evidence inside and around a mention: which registry hits name the speaker (an apposition, a
genitive owner, the name itself), relays and joined speakers, the subject of a speech verb.
"""

from __future__ import annotations

import re

from quotes.extract import Mention
from quotes.labels import folded_offices, is_label_noun, label_rules
from quotes.models import SpeakerEntry
from quotes.parse import Sentence, Word
from quotes.resolve.anaphora import apposed_people, noun_forms
from quotes.resolve.entities import Entity, carries_title, joint_speaker
from quotes.resolve.groups import people_listed
from quotes.resolve.words import (
    CORE_RELS,
    LIST_CLOSERS,
    LIST_LINK,
    NUMBER_WORDS,
    RELAY_TITLES,
    REPORT_NOUNS,
    UNSPECIFIED,
    looks_personal,
)
from quotes.text import fold, stem
from quotes.transliterate import name_part_set

LEADING_SPACE = re.compile(r"\s*")
COUNTERPART_NOUNS = ("amtskolleg",)  # "sein Amtskollege", "ihre Amtskollegin": the same office elsewhere
ORIGIN_END = re.compile(r"\b(?:aus|in)\s+(?:dem\s+|der\s+|den\s+)?[A-ZÄÖÜ][\w-]*$")  # "… aus Katar"
# folded nouns for the kind of a body before its name in a list ("des Senders Kan")
KIND_NOUNS = ("zeitung", "sender", "nachrichtenagentur", "agentur", "hilfswerk", "organisation",
              "hilfsorganisation", "portal", "nachrichtenportal", "blatt", "magazin", "fernsehsender",
              "radiosender", "tageszeitung", "rundfunk", "behorde", "netzwerk", "kanal")
KIND_NOUN = re.compile(r"[A-ZÄÖÜ][\w-]*")


def kind_noun_before(before: str, articles: set[str] | frozenset[str]) -> bool:
    """Whether `before` (what stands before a body's name) is an article and a noun for the
    body's kind, in any case ("des Senders", "die Zeitung", "dem Hilfswerk")."""
    words = before.split()
    if words and fold(words[0]) in articles:
        words = words[1:]
    if len(words) != 1 or not KIND_NOUN.fullmatch(words[0]):
        return False
    word = fold(words[0]).replace("-", "")
    return any(word.rstrip("s").removesuffix("e").endswith(k) or word.endswith(k) for k in KIND_NOUNS)


APPOSITION_COMMA = re.compile(r"\s*,(?=\s)")  # "zweier Medien, Al-Arabija und …": the list set off
TITLE_WORD = re.compile(r"\s+[A-ZÄÖÜ][\w-]*(?=\s|[,.;:!?])")  # "Präsident" between an owner and a name
TOGETHER_WITH = re.compile(r"\b(?:gemeinsam|zusammen)\s+mit\b", re.IGNORECASE)

NAME_GAP = re.compile(r"\s?[„\"»«]|\s")  # one space, or an opening quotation mark after at most one

NAMING_RELATIVE = re.compile(r",\s+(?:der|die)\s+(?:sich|unter\s+dem\s+(?:Kampf)?[Nn]amen|als)\s")


TITLED_MEMBER = re.compile(r"(?:vo[nm]\s+)?([A-ZÄÖÜ][\w-]+)\s+")  # "von US-Präsident ", "Minister "


class MentionEvidence:
    """What the registry hits of a mention say about who speaks.
    A mixin of DocumentResolver."""

    def name_right_after(self, pos: int, end: int | None = None) -> tuple[int, int, SpeakerEntry] | None:
        """The registry name (start, end, entry) that begins right after `pos`, one space or an
        opening quotation mark away ("Sender N12", "Zeitung „Haaretz“"), ending by `end` if given:
        the one lookup of "a registry name right after the head noun"."""
        text = self.parsed.text
        gap = NAME_GAP.match(text, pos)
        if gap is None or text[gap.end():gap.end() + 1].isspace():
            return None
        start = gap.end()
        window = text[start:end if end is not None else start + 60]
        hit = next((h for h in self.registry.matches(window) if h[0] == 0), None)
        return (start, start + hit[1], hit[2]) if hit else None

    def close_apposition(self, m: Mention, hit: tuple[int, int, SpeakerEntry]) -> bool:
        """"der TV-Kanal Al-Kahera News", "die Zeitung „Haaretz“": a registry name right after
        the head noun (in quotation marks or not) names it, also when the parse left the name
        out of the mention's words."""
        if m.head.upos != "NOUN":
            return False
        after = self.name_right_after(m.head.end, m.end)
        return after is not None and after[0] == hit[0] + m.start

    def owning_body(self, m: Mention) -> str | None:
        """The registry organisation after the head that owns it, as a label names it ("ein
        Sprecher des Weißen Hauses" → "the White House"; a party by its name alone: "Yesh
        Atid"), for a label whose owner word the label tables do not know."""
        head_end = m.head.end - m.start
        hit = next((h for h in self.registry.matches(m.text) if h[0] > head_end
                    and h[2].kind == "organisation"), None)
        return self.label_owner(hit[2].name) if hit is not None else None

    def label_owner(self, name: str) -> str:
        """An organisation's name as a label's owner: with "the" when it has several words
        ("the White House") or is a common noun in English ("the Pentagon"), a party by its name
        alone ("Yesh Atid")."""
        entry = self.registry.by_name(name)
        party = entry is not None and re.search(r"\bparty\b", entry.role) is not None
        if name.startswith("Government of "):  # a state's office: "foreign minister of Egypt" (D12)
            return name.removeprefix("Government of ")
        definite = len(name.split()) > 1 or name in label_rules().definite_names
        return f"the {name}" if definite and not party else name

    def genitive_owner(self, m: Mention, hit: tuple[int, int, SpeakerEntry]) -> bool:
        """"ein Gegner Netanjahus": a name in the genitive after a common noun owns the head,
        also where the parse made the name the head ("einen ranghohen Vertreter Ägyptens"); so
        does one right before a title ("X, Israels Außenminister")."""
        written = m.text[hit[0]:hit[1]]
        if not fold(written).endswith(("s", "'", "’")) or self.registry.by_name(written) is not None:
            return False
        if m.head.upos == "NOUN" and hit[0] > m.head.end - m.start:
            return True
        after = next((w for w in m.words if w.start - m.start >= hit[1]), None)
        if after is not None and self.nouns.is_person_noun(after.text):
            return True  # "David Levin, Israels Außenminister": Israel owns the title, not the man
        return any(w.upos == "NOUN" and w.text[:1].isupper() and w.end - m.start < hit[0]
                   for w in m.words)

    def other_first_name(self, m: Mention, hit: tuple[int, int, SpeakerEntry]) -> bool:
        """"Ahmed Mansur" is not Riyad Mansour: a registry person's one-word alias (a surname)
        right after a first name that is none of that person's names."""
        entry = hit[2]
        written = m.text[hit[0]:hit[1]]
        if entry.kind != "person" or " " in written.strip():
            return False
        before = [w for w in m.words if w.end <= hit[0] + m.start and w.upos == "PROPN"]
        if not before or m.text[:hit[0]].rstrip() != m.text[:before[-1].end - m.start]:
            return False
        return before[-1].text[:1].isupper() \
            and self.registry.another_given_name(before[-1].text, written.strip(), entry)

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
        """"so Riesche", "Al-Haja" (tagged as a noun): the surname of a person the document
        names, also as the text spells a registry person ("Khalil al-Haja" = Khalil al-Hayya)."""
        word = m.text.strip()
        if " " in word or not word[:1].isupper():
            return None
        owner = self.surname_owner(word)
        if owner is not None:
            return owner.name
        parts = name_part_set(word)
        for e in self.entities:
            if e.kind == "person" and (word in e.name.split()[1:] or parts and e.written and len(
                    name_part_set(e.written)) > len(parts) and parts <= name_part_set(e.written)):
                return e.name
        return None

    def is_unspecified(self, m: Mention) -> bool:
        """"laut Medienberichten", "Schätzungen zufolge": reports without an owner (D11)."""
        heads = {stem(m.head.lemma or m.head.text), stem(m.head.text)}
        return any(h.endswith(UNSPECIFIED) for h in heads)

    # -- after resolution ------------------------------------------------------------------------

    def joined(self, m: Mention, speaker: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
        """"Die Hamas und Israel", "Katar, Ägypten und die USA": coordinated speakers are one
        joint speaker (D13); a list of commas counts only when an "und" or "sowie" closes it
        ("die Hamas, die Terrororganisation, …" is one)."""
        name, affiliation = speaker
        if not name:
            return speaker
        if self.is_plural(m) and apposed_people(self, m) is not None:
            return speaker  # "die Minister der Staaten X und Y, A und B": A and B, not Y too
        holders = self.office_of_listed_owners(m)
        if holders is not None:
            return holders
        members = self.apposed_list(m, name)
        if members is not None:
            return members
        origins = self.origins_listed(m, name, affiliation)
        if origins is not None:
            return origins
        listed = people_listed(self, m) or self.name_list(name, affiliation, m.end) \
            or self.listed_within(m, name) or self.listed_after_member(m, name, affiliation)
        if listed is None:
            listed = self.joined_description(m, name, affiliation)
        return listed if listed is not None else speaker

    def apposed_list(self, m: Mention, name: str) -> tuple[str, str] | None:
        """"nach Angaben zweier arabischer Medien, Al-Arabija und Asharq Al-Awsat,": a plural
        description that no registry name is, with a list of registry names set off by a comma
        right after it, is those names (D13), not the description and them; a count must fit."""
        comma = APPOSITION_COMMA.match(self.parsed.text, m.end)
        if comma is None or self.registry.by_name(name) is not None or not self.is_plural(m):
            return None
        members = self.names_listed_from(comma.end())
        count = next((NUMBER_WORDS[fold(w.text)] for w in m.words if fold(w.text) in NUMBER_WORDS), None)
        if len(members) < 2 or count not in (None, len(members)):
            return None
        return joint_speaker(members)

    def office_after_genitive(self, m: Mention) -> tuple[str, str] | None:
        """"Katars Premier", "Ägyptens Geheimdienstchef" (the tagger may read both words as one
        name): a state or body in the genitive and an office noun after it are the office's
        holder, the person named before with that title on that side, else unnamed (D12)."""
        words = m.text.split()
        while words and fold(words[0]) in self.articles:
            words.pop(0)
        if len(words) != 2 or not words[0].endswith(("s", "'", "’")):
            return None
        owner = next((h[2] for h in self.registry.matches(words[0]) if h[2].kind == "organisation"), None)
        office = fold(words[1])
        titles = {stem(office)} | self.nouns.same_office(words[1])  # "Premier": "Ministerpräsident" too
        label = next((v for k, v in folded_offices() if office == k), None) or next(
            (v for k, v in folded_offices() if stem(k) in titles), None)  # "Chefdiplomat": foreign minister
        if owner is None or label is None:
            return None
        def holds(e: Entity) -> bool:
            return e.kind == "person" and e.affiliation == owner.affiliation \
                and owner.affiliation != "other" and any(carries_title(e, t) for t in titles)
        later = (e for e in self.entities if e.position > m.end and not self.in_reported_content(e))
        holder = next((e for e in self.candidates_before(m.start) if holds(e)), None) \
            or next((e for e in later if holds(e)), None)  # "Katars Premier: …" over the report
        if holder is not None:
            return holder.name, holder.affiliation
        return f"{label} of {self.label_owner(owner.name)} (unnamed)", owner.affiliation

    def office_of_listed_owners(self, m: Mention) -> tuple[str, str] | None:
        """"Die Außenminister Ägyptens und Katars": a plural office with a list of owners is the
        holder of each, the person the text names with that title on that side, else the
        unnamed office holder (D12), joined in the order of the owners (D13)."""
        if not m.words or not self.is_plural(m) or m.head.upos != "NOUN":
            return None
        head = fold(m.head.lemma or m.head.text)
        office = next((label for key, label in folded_offices() if head.endswith(key)), None)
        owner = next((w for w in m.words if w.head == m.head.id and w.deprel == "nmod"
                      and w.id > m.head.id), None)
        if office is None or owner is None:
            return None
        owners = self.names_listed_from(owner.start)
        bodies = [self.registry.by_name(n) for n, _ in owners]
        if len(owners) < 2 or any(b is None or b.kind != "organisation" for b in bodies):
            return None
        title = stem(head)
        members = []
        for body, side in owners:
            holder = next((e for e in self.entities if e.kind == "person" and e.affiliation == side
                           and side != "other" and carries_title(e, title)), None)
            members.append((holder.name, holder.affiliation) if holder is not None
                           else (f"{office} of {self.label_owner(body)} (unnamed)", side))
        return joint_speaker(members)

    def joined_by_together(self, m: Mention, speaker: tuple[str | None, str | None],
                           quoted: tuple[int, int]) -> tuple[str | None, str | None]:
        """"Katar erklärte gemeinsam mit Ägypten, …", "Zusammen mit Ägypten teilte Katar mit":
        the registry names after "gemeinsam mit" or "zusammen mit" in the cue's sentence, outside
        the quote, speak with the speaker (D13); "nach einem Treffen mit X" makes X no speaker."""
        name, affiliation = speaker
        sent = self.sentence_of(m.start)
        if not name or sent is None:
            return speaker
        text = self.parsed.text
        for hit in TOGETHER_WITH.finditer(text, sent.start, sent.end):
            if quoted[0] <= hit.start() < quoted[1] or m.start <= hit.start() < m.end:
                continue
            others = self.names_listed_from(hit.end())
            members = [(name, affiliation)] + [o for o in others if o[0] not in name.split(" and ")]
            if len(members) > 1:
                return joint_speaker(members)
        return speaker

    def names_listed_from(self, pos: int) -> list[tuple[str, str | None]]:
        """The registry names listed from `pos` on ("den USA, Katar und Ägypten"), each with
        its side; names after the last "und"/"sowie" joined by commas only are not the list's
        ("gemeinsam mit Trump, die Hamas müsse …": the content begins)."""
        text = self.parsed.text
        members: list[tuple[str, str | None]] = []
        closed_at = 1  # the members up to the last one a closing link brought in
        link: re.Match | None = LEADING_SPACE.match(text, pos)
        while link is not None:
            other = self.list_member(text[link.end():link.end() + 80])
            if other is None:
                break
            if all(other[2].name != n for n, _ in members):
                members.append((other[2].name, other[2].affiliation))
                if link.group(0).strip() in LIST_CLOSERS:
                    closed_at = len(members)
            pos = link.end() + other[1]
            link = LIST_LINK.match(text, pos)
        return members[:closed_at]

    def origins_listed(self, m: Mention, name: str, affiliation: str | None) -> tuple[str, str] | None:
        """"Vermittler aus Katar und Ägypten": a label whose mention ends in a place of origin
        continued by a list names one group from all of them ("anonymous Qatari and Egyptian
        mediators"), not the label and the other states."""
        if name[:1].isupper() or not ORIGIN_END.search(m.text):
            return None
        listed = self.name_list(name, affiliation, m.end)
        if listed is None:
            return None
        adjectives = label_rules().affiliation_adjectives
        first = adjectives.get(affiliation or "")
        others = [self.registry.by_name(n) for n in listed[0].split(" and ")[1:]]
        words = [adjectives.get(o.affiliation) if o is not None else None for o in others]
        if not first or f" {first} " not in f" {name} " or not all(words):
            return None
        joined = ", ".join([first, *words[:-1]]) + f" and {words[-1]}"
        sides = {affiliation, *(o.affiliation for o in others if o is not None)}
        label = f" {name} ".replace(f" {first} ", f" {joined} ", 1).strip()
        return label, sides.pop() if len(sides) == 1 else "other"

    def listed_within(self, m: Mention, name: str) -> tuple[str, str] | None:
        """"Katar und Ägypten: Waffenruhe beginnt", "…, so Katar und Ägypten": a mention that is
        itself a list of registry names, each member nothing but a name (with its article), is
        their joint speaker (D13), when `name` is one of them."""
        parts = LIST_LINK.split(m.text.strip())
        if len(parts) < 2 or not LIST_LINK.search(m.text) or not any(
                link.group(0).strip() in LIST_CLOSERS for link in LIST_LINK.finditer(m.text)):
            return None
        members: list[tuple[str, str | None]] = []
        for part in parts:
            words = part.split()
            while words and fold(words[0]) in self.articles | {"sowohl"}:
                words.pop(0)
            hit = next((h for h in self.registry.matches(" ".join(words)) if h[0] == 0), None)
            if hit is None or hit[1] != len(" ".join(words)):
                return None
            if all(hit[2].name != n for n, _ in members):
                members.append((hit[2].name, hit[2].affiliation))
        if len(members) < 2 or all(n != name for n, _ in members):
            return None
        return joint_speaker(members)

    def listed_after_member(self, m: Mention, name: str,
                            affiliation: str | None) -> tuple[str, str] | None:
        """"der Vermittler Ägypten und Katar": the speaker's name inside the mention, after a
        plural noun, opens a list the mention goes on with (D13)."""
        for s, e, entry in self.registry.matches(m.text):
            noun = next((w for w in m.words if w.upos == "NOUN" and w.end <= m.start + s
                         and not self.parsed.text[w.end:m.start + s].strip()), None)
            if entry.name == name and noun is not None and noun.feat("Number") == "Plur":
                listed = self.name_list(name, affiliation, m.start + e)
                if listed is not None:
                    return listed
        return None

    def joined_description(self, m: Mention, name: str, affiliation: str | None) -> tuple[str, str] | None:
        """"Blinken und der katarische Ministerpräsident erklärten": a described second speaker
        the parse coordinated with the first, resolved like any mention (D13); the parse may hang
        it on the first one's apposed name ("US-Präsident Joe Biden und Außenminister Antony
        Blinken": a conjunct of "Joe")."""
        sent = self.sentence_of(m.start)
        link = LIST_LINK.match(self.parsed.text, m.end)
        if sent is None or not m.words or link is None or link.group(0).strip() not in LIST_CLOSERS:
            return None
        core = self.core_spans(m)
        heads = [w for w in m.words if (w.start, w.end) in core]
        conj = next((k for w in heads for k in sent.kids(w.id) if k.deprel == "conj" and k.upos == "NOUN"
                     and k.start >= link.end()), None)
        if conj is None:  # "… und sein katarischer Amtskollege forderten": parsed as an object
            conj = next((w for w in sent.words if link.end() <= w.start < link.end() + 40 and w.upos == "NOUN"
                         and fold(w.lemma or w.text).startswith(COUNTERPART_NOUNS)), None)
        if conj is None:
            return None
        named = self.registry_person_at(conj.end) or self.person_set_off_in(sent, conj)
        if named is not None:  # "sein Amtskollege Mohammed bin Abdulrahman Al Thani", however parsed
            other, side = named.name, named.affiliation
        else:
            words = genitive_after(sent, self.noun_phrase(sent, conj)) + self.apposed_name_words(sent, conj)
            start, end = words[0].start, words[-1].end
            other, side = self.counterpart_of(name, conj, self.parsed.text[start:end]) \
                or self.resolve_named(Mention(self.parsed.text[start:end], start, end, conj,
                                              [(conj.start, conj.end)], words))
        if not other or other == name or not (self.registry.by_name(other) or other.endswith("(unnamed)")
                                              or other.startswith("anonymous ")):
            return None
        if self.second_title_of_one(sent, m, conj, other):
            return other, side
        return joint_speaker([(name, affiliation), (other, side)])

    @staticmethod
    def second_title_of_one(sent: Sentence, m: Mention, conj: Word, other: str) -> bool:
        """"der katarische Regierungschef und Außenminister X", "der Energieminister und frühere
        Geheimdienstminister X": a second title with no article of its own before the name, after
        a first title that names no one, is one person's (D13 is for several speakers), whoever
        else the first title alone might have stood for."""
        return not any(w.upos == "PROPN" for w in m.words) and not other.endswith("(unnamed)") \
            and not other.startswith("anonymous ") \
            and not any(k.deprel in ("det", "det:poss") for k in sent.kids(conj.id))

    def counterpart_of(self, name: str, noun: Word, written: str) -> tuple[str, str] | None:
        """"Ägyptens Außenminister Badr Abdelatty und sein katarischer Amtskollege": the holder
        of the first speaker's office on the side the adjective names, the person named with
        that title, else the unnamed holder ("foreign minister of Qatar (unnamed)", D12)."""
        if not fold(noun.lemma or noun.text).startswith(COUNTERPART_NOUNS):
            return None
        side = self.registry.affiliation_from_description(written)
        first = next((e for e in self.entities if e.name == name and e.kind == "person"), None)
        rules = label_rules()
        adjective = rules.affiliation_adjectives.get(side or "")
        if first is None or adjective is None:
            return None
        offices = dict(folded_offices())
        title = next((fold(t) for t in first.titles if fold(t) in offices), None)
        if title is None:
            return None
        holder = next((e for e in self.entities if e.kind == "person" and e.affiliation == side
                       and e.name != name and carries_title(e, stem(title))), None)
        if holder is not None:
            return holder.name, holder.affiliation
        return f"{offices[title]} of {rules.countries.get(adjective, adjective)} (unnamed)", side

    def person_set_off_in(self, sent: Sentence, w: Word) -> SpeakerEntry | None:
        """"der Chef des Hilfswerks UNRWA, Philippe Lazzarini,": the registry person set off by a
        comma inside the phrase of `w`, however the parse hung the name (here on "UNRWA")."""
        for k in self.subtree(sent, w)[1:]:
            if k.upos == "PROPN" and k.id > 1 and sent.word(k.id - 1).text == ",":
                named = self.registry_person_at(sent.word(k.id - 1).end)
                if named is not None:
                    return named
        return None

    def relative_name(self, m: Mention) -> SpeakerEntry | None:
        """"Der Sprecher der Brigaden, der unter dem Namen Abu Obeida auftritt": the registry
        person a relative clause right after the mention names."""
        naming = NAMING_RELATIVE.match(self.parsed.text, m.end)
        return self.registry_person_at(naming.end() - 1) if naming else None

    def registry_person_at(self, pos: int) -> SpeakerEntry | None:
        """The registry person whose name begins right after `pos` (one space between)."""
        hit = next((h for h in self.registry.matches(self.parsed.text[pos:pos + 80])
                    if h[0] <= 1 and h[2].kind == "person"), None)
        return hit[2] if hit is not None else None

    def name_list(self, name: str, affiliation: str | None, pos: int) -> tuple[str, str] | None:
        """`name` and the registry names listed right after `pos` (", B und C") as one joint
        speaker with the common side, else other (D13); None unless "und" or "sowie" closes it."""
        text = self.parsed.text
        members, closed = [(name, affiliation)], False
        while not closed and (link := LIST_LINK.match(text, pos)):
            other = self.list_member(text[link.end():link.end() + 80])
            if other is None:
                break
            closed = link.group(0).strip() != ","
            if all(other[2].name != n for n, _ in members):
                members.append((other[2].name, other[2].affiliation))
            pos = link.end() + other[1]
        if not closed or len(members) == 1:
            return None
        return joint_speaker(members)

    def list_member(self, window: str) -> tuple[int, int, SpeakerEntry] | None:
        """The registry name a list member at the start of `window` is (after an article, or a
        noun for its kind: "und des Senders Kan", "sowie die Zeitung Haaretz"); a state or body
        in the genitive before a title and a registry person's name is only that person's owner
        ("Ägyptens Präsident Abdel Fattah al-Sisi": al-Sisi)."""
        hits = self.registry.matches(window)
        titled = TITLED_MEMBER.match(window)  # "und von US-Präsident Joe Biden": by his title
        other = next((h for h in hits if h[0] <= 4 or h[2].kind == "organisation"
                      and kind_noun_before(window[:h[0]], self.articles)
                      or titled and h[0] == titled.end() and h[2].kind == "person"
                      and self.nouns.is_title(titled.group(1))), None)
        if other is not None and titled and other[0] == titled.end():
            return other
        before = window[:other[0]].strip() if other is not None else ""
        if other is None or before and fold(before) not in self.articles \
                and not kind_noun_before(before, self.articles):
            return None
        title = TITLE_WORD.match(window, other[1]) if other[2].kind == "organisation" else None
        person = next((h for h in hits if title and h[0] == title.end() + 1 and h[2].kind == "person"), None)
        if title and person is None and is_label_noun(title.group(0).strip()):
            return None  # "Ägyptens Geheimdienstchef": the title's holder, not the state
        return person or other

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

    def core_spans(self, m: Mention) -> list[tuple[int, int]]:
        """The head with its names and appositions, not its genitive owners ("Sprecher der Hamas").
        A name the parse apposed to a body in the genitive is the head's ("das Mitglied des
        Politbüros Mussa Abu Marsuk": a body is no person, the member is he)."""
        if not m.words:
            return m.head_spans or [(m.head.start, m.head.end)]
        core = {m.head.id}
        by_id = {w.id: w for w in m.words}
        changed = True
        while changed:
            changed = False
            for w in m.words:
                owner = by_id.get(w.head)
                body_name = w.deprel == "appos" and w.upos == "PROPN" and owner is not None \
                    and owner.deprel == "nmod" and owner.head in core and owner.upos == "NOUN" \
                    and self.names_a_person(m.head) and not self.names_a_person(owner) \
                    and not self.names_organisation(w)
                if w.id not in core and (w.head in core and w.deprel in CORE_RELS or body_name):
                    core.add(w.id)
                    changed = True
        return [(w.start, w.end) for w in m.words if w.id in core]

    def names_organisation(self, w: Word) -> bool:
        """"des Hilfswerks UNRWA": a name the registry knows as an organisation is the owner's
        own name, not the person's."""
        entry = self.registry.by_name(self.parsed.text[w.start:w.end])
        return entry is not None and entry.kind == "organisation"

    def names_a_person(self, w: Word) -> bool:
        """A noun for a person: one man or woman described, a title, a person noun or a member."""
        forms = noun_forms(w.lemma or w.text)
        return w.upos == "NOUN" and (looks_personal(w) or self.nouns.is_person_noun(w.lemma or w.text)
                                     or any(f in self.registry_titles or f.endswith("mitglied")
                                            for f in forms))

    @staticmethod
    def overlaps(m: Mention, hit: tuple[int, int, SpeakerEntry], spans: list[tuple[int, int]]) -> bool:
        s, e = hit[0] + m.start, hit[1] + m.start
        return any(s < he and hs < e for hs, he in spans)


def genitive_after(sent: Sentence, words: list[Word]) -> list[Word]:
    """A noun phrase with the genitive the parse hung elsewhere right after it ("ein Sprecher
    der Armee" with "Armee" a conjunct of the subject)."""
    nxt = words[-1].id + 1 if words else 0
    taken: list[Word] = []
    while nxt <= len(sent.words):
        w = sent.word(nxt)
        if w.feat("Case") != "Gen" or w.upos not in ("DET", "ADJ", "NOUN", "PROPN"):
            break
        taken.append(w)
        nxt += 1
    return words + taken if taken and taken[-1].upos in ("NOUN", "PROPN") else words
