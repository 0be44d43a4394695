"""Repairs of a speaker mention before it is resolved: the parse cut a name or apposition off,
left the determiner or the owner outside, or hung the speaker on the wrong word.
"""

from __future__ import annotations

import bisect
import re

from quotes.constructions.mentions import Block as MentionsBlock
from quotes.extract import Mention
from quotes.parse import Sentence, Word
from quotes.resolve.anaphora import possessive_source
from quotes.resolve.entities import Entity
from quotes.resolve.words import ATTRIBUTE, QUOTED_NAME, SENTENCE_ADVERBS, TIME, looks_personal
from quotes.text import fold, stem


class MentionRepair:
    """Mentions made whole: apposition hosts, grown names and determiners, owners of reports.
    A mixin of DocumentResolver."""

    def repaired(self, m: Mention) -> Mention | None:
        """The mention as it should have been cut, or None when it names no one."""
        text = self.parsed.text
        if TIME.match(text[m.start:m.end]) or m.head.upos == "NUM" and not (
                any(c.isalpha() for c in m.head.text) and any(c.isdigit() for c in m.head.text)):
            return None  # "6.55 Uhr:" in a live blog; "n24", "N12" are names of channels
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
        sent, head = self.head_in_sentence(m)
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
        attribute = ATTRIBUTE.search(window)  # "der von der Hamas" | "kontrollierten Behörde"
        if attribute is not None and attribute.start() < length <= attribute.end() \
                and not self.finite_verb_at(m.start + attribute.end() - 2):  # "von der Leyen forderte"
            hit = next((h for h in self.registry.matches(window) if h[0] == attribute.end()), None)
            if hit is not None:
                return Mention(window[:hit[1]], m.start, m.start + hit[1], m.head, m.head_spans, m.words)
        return self.with_titled_name_after(self.completed_to_the_left(m))

    def finite_verb_at(self, position: int) -> bool:
        """The word at `position` is a finite verb ("forderte"), no participle of an attribute."""
        found = self.word_at(position)
        return found is not None and found[1].upos in ("VERB", "AUX") and found[1].feat("VerbForm") == "Fin"

    def completed_to_the_left(self, m: Mention) -> Mention:
        """A registry name whose first words the parse left out of the mention ("Brigaden" of
        "Die Kassam Brigaden"): the name taken whole, when the mention is its last word(s)
        and the mention itself names no one."""
        text = self.parsed.text
        begin = max(0, m.start - 40)
        if self.registry.matches(m.text):
            return m
        for s, e, _entry in self.registry.matches(text[begin:m.end]):
            if begin + s < m.start and begin + e == m.end \
                    and not re.search(r"[,;:.!?\"„“”»«()\n]", text[begin + s:m.start]):
                return Mention(text[begin + s:m.end], begin + s, m.end, m.head, m.head_spans, m.words)
        return m

    def with_titled_name_after(self, m: Mention) -> Mention:
        """"Nach Berichten des Senders N12": a registry name right after the head noun, when the
        registry gives it that noun as a title, is the head's name (the parse left it out)."""
        if m.head.upos != "NOUN":
            return m
        hit = self.name_right_after(m.end)
        head = stem(m.head.lemma or m.head.text)
        if hit is None or not any(stem(t) == head for t in hit[2].titles):
            return m
        return Mention(self.parsed.text[m.start:hit[1]], m.start, hit[1], m.head, m.head_spans, m.words)

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

    def is_outlet(self, m: Mention) -> bool:
        """"das ägyptische Staatsfernsehen", "des Kairoer Staatsfernsehens": a medium, on no side
        whatever state runs it (GUIDELINES F4, D17)."""
        media = tuple(self.lexicon.block("mentions", MentionsBlock).media_nouns)
        return m.head.upos == "NOUN" and (fold(m.head.text).endswith(media)
                                          or fold(m.head.lemma or "").endswith(media))

    def outlet_name(self, m: Mention) -> str | None:
        """The unlisted name right after a noun for an outlet ("Nachrichtenseite Shehab")."""
        media = tuple(self.lexicon.block("mentions", MentionsBlock).media_nouns)
        if m.head.upos != "NOUN" or not fold(m.head.text).endswith(media):
            return None
        after = [w for w in m.words if w.start > m.head.start]
        text = self.parsed.text
        joined = {i for i, w in enumerate(after) if w.text == "-" and 0 < i < len(after) - 1
                  and w.start == after[i - 1].end and w.end == after[i + 1].start}  # "An-Nahar"
        named = [w for i, w in enumerate(after) if i not in joined]
        if not after or any(not w.text[:1].isupper() or w.upos != "PROPN" and not (
                {i - 1, i + 1} & joined) for i, w in enumerate(after) if w in named):
            return None
        return text[after[0].start:after[-1].end]

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
        """"Der sagte …", "Nach dessen Angaben": a demonstrative standing alone, or as the
        owner of a source noun, is a pronoun."""
        return fold(m.text) in ("der", "die", "dieser", "diese", "dessen", "deren") \
            and m.head.upos in ("PRON", "DET")

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

    def head_in_sentence(self, m: Mention) -> tuple[Sentence | None, Word | None]:
        """The sentence of a mention and the word of its head there: the mention carries a copy
        of the head, the sentence's own word knows its place in the tree (head, kids)."""
        sent = self.sentence_of(m.start)
        head = next((w for w in sent.words if w.start == m.head.start), None) if sent else None
        return sent, head
