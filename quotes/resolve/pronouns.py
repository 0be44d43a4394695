"""Pronouns and cataphora: the earlier (or, for a leading pronoun, later) entity of matching
gender and number that a pronoun speaker refers to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from quotes.constructions.core import finite_in_number, subtree
from quotes.extract import Mention
from quotes.parse import Word
from quotes.resolve.anaphora import apposed_people, demonstrative_referent
from quotes.resolve.entities import Entity, is_singular_label, joint_of
from quotes.resolve.words import PLACE_BEFORE, looks_personal
from quotes.text import extend_hyphenated_left, fold

# "Letzterer sagte", "der Erstgenannte betonte": the last or first of the people just named
ORDINAL_ANAPHORS = {"letzterer", "letztere", "ersterer", "erstere", "letztgenannter", "letztgenannte",
                    "erstgenannter", "erstgenannte"}
NAME_PARTS = ("det", "amod", "flat", "flat:name", "appos", "compound", "nmod")  # a conjunct's own words


def is_plural_label(e: Entity) -> bool:
    """A group of unnamed people under their label ("anonymous eyewitnesses"), which only a
    plural pronoun refers to."""
    return e.kind == "group" and e.name[:1].islower() and not is_singular_label(e.name)


class PronounResolution:
    """Pronoun speakers resolved to an entity of the document.
    A mixin of DocumentResolver."""

    def candidates_before(self, pos: int, exclude: tuple[int, int] = (0, 0)) -> Iterator[Entity]:
        """Entities before `pos` (not inside `exclude`), nearest sentence first; within a sentence
        the speaker just quoted, then subjects (of the main clause first), then the latest.

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
            yield from sorted(group, key=lambda e: (e.speaker, e.subject, e.main, e.position),
                              reverse=True)
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
        if word == "man":
            return self.impersonal_speaker(m, quoted)
        if word in ("ich", "wir"):
            return None, None
        plural = m.head.feat("Number") == "Plur" or word == "sie" and self.plural_verb(m)
        possessive = m.head.feat("Poss") == "Yes"
        if possessive:  # "nach seinen/ihren Worten": the owner's number
            word = "er" if word.startswith("sein") else "sie"
            plural = m.head.feat("Number[psor]") == "Plur"
        word = {"dessen": "der", "deren": "die"}.get(word, word)  # "Nach dessen Angaben": his
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
            titled = self.titled_object_before(m, word) if not plural else None
            if titled is not None:
                return titled
        host = self.host_clause_subject(m, word, plural)
        if host is not None:
            return host
        matrix = self.matrix_pronoun(m, quoted) if not demonstrative and not possessive else None
        if matrix is not None:  # "richtete er einen Appell an X, in dem er ihn warnte": the same he
            return self.resolve_pronoun(matrix, quoted)
        listed = self.apposed_subject_before(m) if word == "sie" and plural and not possessive else None
        if listed is not None:
            return listed
        described = self.described_subject_before(m, word, plural) if not possessive else None
        if described is not None:  # "Der Ex-Minister hatte Netanjahus Regierung verlassen. Er …"
            return described
        own = self.own_clause(m)
        talked_of = self.people_in(quoted)
        for e in self.candidates_before(m.start, quoted):
            if self.named_as_place(e) or any(a <= e.position < b for a, b in own) \
                    or e.name in talked_of or self.bystander_medium(e) \
                    or self.owner_in_subject_apposition(e, word, plural):
                continue
            reported_on = self.reported_subject(e, word, plural)
            if reported_on is not None:  # "X versammelten sich laut Medien … Sie …": X, not the media
                return reported_on
            group = self.coordinated_subject(e) if word == "sie" and (plural or possessive) else None
            if group:  # "Katar und Ägypten legten einen Plan vor. Sie erklärten, …": both (D13);
                # "ihr" (hers or theirs) after a coordinated subject is theirs: "Nach ihren Angaben"
                return joint_of(group)
            if self.pronoun_fits(e, word, plural) and not (
                    word == "sie" and plural and self.subject_of_singular_verb(e)) \
                    or word == "er" and not plural and self.masculine_body_subject(e) \
                    or possessive and word == "er" and not plural and self.neuter_body(e):
                return e.name, e.affiliation
        return None, None

    def resolve_ordinal(self, m: Mention, quoted: tuple[int, int] = (0, 0)) -> tuple[str, str] | None:
        """"Netanjahu sprach mit Biden und al-Sisi. Letzterer sagte, …": "Letzterer" (also
        "Letztgenannte", "die Letztere") is the last entity of its gender and number in the nearest
        sentence before that holds one, "Ersterer" the first; None for any other mention."""
        words = [fold(w.text) for w in m.words if w.upos != "PUNCT"]
        if not 1 <= len(words) <= 2 or len(words) == 2 and words[0] not in ("der", "die") \
                or words[-1] not in ORDINAL_ANAPHORS:
            return None
        last = words[-1].startswith("letzt")
        plural = self.plural_verb(m)
        word = "sie" if plural or not words[-1].endswith("er") and words[0] != "der" else "er"
        here = None
        found: Entity | None = None
        for e in self.candidates_before(m.start, quoted):
            sentence = bisect.bisect_right(self.sentence_starts, e.position)
            if here is not None and sentence != here:
                break
            if not self.pronoun_fits(e, word, plural) or self.in_reported_content(e):
                continue
            here = sentence
            if found is None or (e.position > found.position) == last:
                found = e
        return (found.name, found.affiliation) if found is not None else None

    def described_subject_before(self, m: Mention, word: str, plural: bool) -> tuple[str, str] | None:
        """"Der Ex-Verteidigungsminister hatte Netanjahus Regierung verlassen. Er forderte …",
        "In dem Video fleht der junge Mann Netanjahu an, … . Auf Hebräisch sagt er, …": the
        main-clause subject of the sentence before, a definite description of one man (or woman,
        for "sie") that names no one, is the most salient antecedent; names in its object or
        owner are not. The description is resolved as a mention of its own."""
        if word not in ("er", "sie") or plural:
            return None
        here = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if here < 1 or self.named_before_in_sentence(m, here):
            return None
        sent = self.parsed.sentences[here - 1]
        root = next((w for w in sent.words if w.head == 0), None)
        subject = next((k for k in sent.kids(root.id) if k.deprel == "nsubj"), None) if root else None
        if subject is None or subject.upos != "NOUN" or not (
                looks_personal(subject) or self.nouns.is_person_noun(subject.lemma or subject.text)) \
                or subject.feat("Gender") != ("Masc" if word == "er" else "Fem"):
            return None
        words = subtree(sent, subject.id)
        if fold(words[0].text) not in ("der", "die", "ein", "eine"):
            return None  # "Beamte": a group; "ein Beamter" is the one the next "er" speaks of
        own = [w for w in words if w.id <= subject.id] + [  # its name, not an owner after it
            w for k in sent.kids(subject.id) if k.deprel in ("appos", "flat", "flat:name") or (
                k.deprel == "nmod" and k.upos == "PROPN"  # "Ministerpräsident Mohammed Mustafa"
                and subtree(sent, k.id)[0].id == subject.id + 1 and not k.text.endswith("s")  # no
                and not any(c.deprel == "case" for c in sent.kids(k.id)))  # genitive owner ("Netanjahus")
            for w in subtree(sent, k.id)]
        apposed = [e for e in self.entities if e.kind == "person"  # "Der Leiter des X, Y,"
                   and words[0].start <= e.position < words[-1].end
                   and self.parsed.text[:e.position].rstrip().endswith(",")]
        inside = apposed or [e for e in self.entities if any(w.start <= e.position < w.end for w in own)]
        people = {e.name: e for e in inside if e.kind == "person"}
        if people:  # "Der Minister Smotrich", or the title's holder the scan found
            return next(((e.name, e.affiliation) for e in people.values()), None) if len(people) == 1 \
                and self.pronoun_fits(next(iter(people.values())), word, plural) else None
        own = sorted(own, key=lambda w: w.id)
        mention = self.phrase_mention(own, subject, [(subject.start, subject.end)])
        name, affiliation = self.resolve_mention(mention)
        return (name, affiliation) if name and not self.is_medium(name) else None

    def named_before_in_sentence(self, m: Mention, here: int) -> bool:
        """Text before the pronoun in its own sentence names someone: the rules before decide."""
        start = self.parsed.sentences[here].start
        return any(start <= e.position < m.start for e in self.entities)

    def apposed_subject_before(self, m: Mention) -> tuple[str, str] | None:
        """"Die Außenminister Jordaniens und Ägyptens, Aiman al-Safadi und Samih Schukri, warnten
        … . Sie sagten, …": a plural "sie" right after a plural subject with the people it
        stands for apposed is those people (D13), not a state named in the subject's genitive."""
        here = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if here < 1:
            return None
        sent = self.parsed.sentences[here - 1]
        subject = next((w for w in sent.words if w.deprel == "nsubj" and w.upos == "NOUN"
                        and not any(a <= w.start < b for a, b in self.quoted_spans)), None)
        if subject is None:
            return None
        return apposed_people(self, self.noun_phrase_mention(sent, subject))

    def titled_object_before(self, m: Mention, word: str) -> tuple[str, str] | None:
        """"Gantz warf dem Regierungschef vor, … . Dieser entgegnete, …": a demonstrative
        switches to a person the sentence before named by a title, not as its subject; the
        person that title refers to (the latest such title of the pronoun's gender), or its
        label when the text names no one in it (D12)."""
        here = bisect.bisect_right(self.sentence_starts, m.start) - 1
        if here < 1:
            return None
        sent = self.parsed.sentences[here - 1]
        gender = "Masc" if word == "er" else "Fem"
        for w in reversed(sent.words):
            if w.upos != "NOUN" or w.deprel in ("nsubj", "nsubj:pass") or w.feat("Gender") != gender \
                    or w.feat("Number") == "Plur" and w.text != w.lemma \
                    or not self.nouns.is_title(w.lemma or w.text) \
                    or any(a <= w.start < b for a, b in self.quoted_spans):
                continue  # "den Oppositionsführer" may be tagged plural: its form is the singular's
            held = self.resolve_mention(self.noun_phrase_mention(sent, w))
            if held[0]:
                return held
        return None

    def masculine_body_subject(self, e: Entity) -> bool:
        """"Der Zivilschutz teilte mit, … . Nach eigenen Angaben barg er 15 Tote": "er" refers
        to a body named as a subject by a masculine noun (der Zivilschutz, der Sender, der
        Sicherheitsrat), as "sie" does to a feminine one."""
        if e.kind != "organisation" or not e.subject or self.is_medium(e.name) or self.in_reported_content(e):
            return False  # "Der Sender berichtete, Netanjahu habe … Er habe …": he, not the medium;
            # "…, Israel trage die Schuld, fügte er hinzu": a body in what was said says nothing
        if self.bare_state_name(e):
            return False  # "Israel" is neuter, whatever gender the tagger gave it
        w = self.word_naming(e)
        return w is not None and w.feat("Gender") == "Masc" and w.feat("Number") != "Plur"

    def neuter_body(self, e: Entity) -> bool:
        """"Das Militär griff an. Nach seinen Angaben …", "Katar … Seinen Angaben zufolge": a
        possessive "sein" refers to a body named by a neuter noun or a state by its bare name,
        as to a man."""
        if e.kind != "organisation" or self.in_reported_content(e):
            return False
        if self.bare_state_name(e) or e.gender == "n":
            return True
        w = self.word_naming(e)
        return w is not None and w.feat("Gender") == "Neut" and w.feat("Number") != "Plur"

    def owner_in_subject_apposition(self, e: Entity, word: str, plural: bool) -> bool:
        """"Jehuda Cohen, Vater des Soldaten Nimrod Cohen, sprach. Er sagte …", "Levin, ein
        Vertrauter Netanjahus, stimmte dagegen. Er …": a name inside an apposition that describes
        someone named right before it (between commas, opening with a noun or article, not a
        name) is less salient than that one, where that one fits the pronoun."""
        found = self.word_at(e.position)
        if found is None:
            return False
        sent, inside = found
        words = sent.words
        opening = next((x for x in reversed(words[:inside.id - 1]) if x.text in (",", ";", ":", "(")), None)
        closing = next((x for x in words[inside.id:] if x.text in (",", ";", ")")), None)
        if opening is None or closing is None or opening.text != "," or closing.text != "," \
                or opening.id >= len(words) or sent.word(opening.id + 1).upos not in ("DET", "NOUN", "ADJ"):
            return False
        before = words[:opening.id - 1]
        if any(x.upos in ("VERB", "AUX") or x.text in (",", ";", ":") for x in before):
            return False  # the apposition must belong to the phrase that opens the sentence
        return any(o is not e and sent.start <= o.position < opening.start
                   and self.pronoun_fits(o, word, plural) for o in self.entities)

    def word_naming(self, e: Entity) -> Word | None:
        """The head word of the noun phrase an entity was named by ("Hamas" of "Die Hamas",
        "Biden" of "Joe Biden" up to its first part)."""
        sent = self.sentence_of(e.position)
        w = next((x for x in sent.words if x.start <= e.position < x.end), None) if sent else None
        while w is not None and w.deprel in ("det", "amod", "flat", "flat:name", "appos") and w.head:
            w = sent.word(w.head)
        return w

    def subject_of_singular_verb(self, e: Entity) -> bool:
        """"Die Hamas prüft ihn noch. Sie erklärten, …": an entity whose own finite verb is
        singular is no antecedent of a plural "sie"."""
        sent = self.sentence_of(e.position)
        w = self.word_naming(e)
        if sent is None or w is None or w.deprel not in ("nsubj", "nsubj:pass") or not w.head \
                or any(k.deprel == "conj" for k in sent.kids(w.id)):
            return False
        return finite_in_number(sent, sent.word(w.head), "Sing")

    def coordinated_subject(self, e: Entity) -> dict[str, Entity] | None:
        """The entities of the coordinated subject `e` belongs to ("Katar und Ägypten legten
        …", "Netanjahu und Gallant reisten …"), keyed by name in the order written; None unless
        every conjunct names one."""
        sent = self.sentence_of(e.position)
        w = self.word_naming(e)
        if w is None or sent is None:
            return None
        first = w  # "Die USA, Katar und Ägypten": chained conjuncts; "Präsident X und Minister Y":
        while first.deprel in ("conj", "appos", "flat", "flat:name") and first.head:  # Y hung on X
            first = sent.word(first.head)
        if first.deprel not in ("nsubj", "nsubj:pass"):
            return None
        conjuncts = [first] + self.second_subjects(sent, first)
        for k in conjuncts:
            hosts = [k] + [x for x in sent.kids(k.id) if x.deprel in ("appos", "flat", "flat:name")]
            conjuncts.extend(x for h in hosts for x in sent.kids(h.id)
                             if x.deprel == "conj" and x not in conjuncts)
        conjuncts.sort(key=lambda x: x.id)
        if len(conjuncts) < 2:
            return None
        group: dict[str, Entity] = {}
        for k in conjuncts:
            words = [k] + [x for x in sent.kids(k.id) if x.deprel in NAME_PARTS]
            start, end = min(x.start for x in words), max(x.end for x in words)
            inside = [x for x in self.entities if start <= x.position < end and not x.speaker]
            named = next((x for x in inside if x.kind == "person"), inside[0] if inside else None)  # "Der
            # Hamas-Chef X": X, not the body of the compound
            if named is None:
                return None
            group.setdefault(named.name, named)
        return group if len(group) > 1 else None

    @staticmethod
    def second_subjects(sent, first: Word) -> list[Word]:
        """"Der Hamas-Chef X und sein Stellvertreter Y lehnten ab", parsed as two subjects of
        one verb: a later subject that opens with "und" or "sowie" is a conjunct of the first."""
        if not first.head:
            return []
        return [k for k in sent.kids(first.head) if k.deprel == first.deprel and k.id > first.id
                and any(c.deprel == "cc" and fold(c.text) in ("und", "sowie") for c in sent.kids(k.id))]

    def plural_verb(self, m: Mention) -> bool:
        """"Sie erklärten": a subject pronoun the tagger called singular is plural when its finite
        verb is ("sie" is either)."""
        sent, pron = self.head_in_sentence(m)
        if pron is None or pron.deprel != "nsubj" or not pron.head:
            return False
        return finite_in_number(sent, sent.word(pron.head), "Plur")

    def host_clause_subject(self, m: Mention, word: str,
                            plural: bool) -> tuple[str | None, str | None] | None:
        """"Die Mutter wandte sich an einen Verein, da sie befürchtete, man wolle …": the subject
        pronoun of an adverbial clause is the person its host clause's subject describes, when
        gender and number agree (a description the entity scan holds no entry for)."""
        sent, pron = self.head_in_sentence(m)
        if pron is None or word not in ("er", "sie") or pron.deprel != "nsubj" or not pron.head:
            return None
        clause = sent.word(pron.head)
        marks = [k for k in sent.kids(clause.id) if k.deprel == "mark" and k.upos == "SCONJ"
                 and k.text.lower() not in ("dass", "ob")]
        if not (clause.deprel == "advcl" or marks) or not clause.head:
            return None  # "weil sie …" hung on a noun by the parse is adverbial all the same
        verb = sent.word(clause.head)
        while verb.upos not in ("VERB", "AUX") and verb.head:
            verb = sent.word(verb.head)
        host = next((k for k in sent.kids(verb.id) if k.deprel == "nsubj" and k.id < pron.id), None)
        if host is None or host.upos != "NOUN" or not looks_personal(host) \
                or (host.feat("Number") == "Plur") != plural:
            return None
        gender = host.feat("Gender")
        if not plural and gender != ("Masc" if word == "er" else "Fem"):
            return None
        words = [w for w in subtree(sent, host.id) if w.id <= host.id or w.deprel == "nmod"]
        words = [w for w in words if w.id < clause.id and w.upos != "PUNCT"]
        words = [w for n, w in enumerate(words) if w.id - words[0].id == n]
        mention = self.phrase_mention(words, host, [])
        name, affiliation = self.resolve_mention(mention)
        return (name, affiliation) if name else None

    def matrix_pronoun(self, m: Mention, quoted: tuple[int, int]) -> Mention | None:
        """The same subject pronoun earlier in the sentence, in a clause above the pronoun's own
        ("Darin richtete er einen Appell an X, in dem er ihn warnte, …"): the subordinate clause
        goes on about that subject, not about the object named between them. Not a pronoun of
        the quote itself ("„Sie haben versprochen …“, rief sie")."""
        sent, pron = self.head_in_sentence(m)
        if pron is None or pron.deprel not in ("nsubj", "nsubj:pass") or not pron.head:
            return None
        above = set()
        cur = sent.word(pron.head)
        while cur.head:
            cur = sent.word(cur.head)
            above.add(cur.id)
        if not above:
            return None
        earlier = next((w for w in reversed(sent.words[:pron.id - 1])
                        if w.text.lower() == pron.text.lower() and w.deprel in ("nsubj", "nsubj:pass")
                        and w.head in above and not quoted[0] <= w.start < quoted[1]), None)
        if earlier is None:
            return None
        return Mention(earlier.text, earlier.start, earlier.end, earlier, [(earlier.start, earlier.end)],
                       [earlier])

    def people_in(self, quoted: tuple[int, int]) -> set[str]:
        """The people a quote names: "Netanjahu erzähle jeden Tag eine neue Geschichte, entgegnet
        er" is not Netanjahu speaking of himself (a body may: "Die Hamas sei bereit, teilte sie mit")."""
        return {e.name for e in self.entities
                if e.kind == "person" and quoted[0] <= e.position < quoted[1]}

    def bystander_medium(self, e: Entity) -> bool:
        """A medium named only as whom someone spoke to ("sagte dem Sender Al-Dschasira", which
        the parse may call a subject), not as a speaker, is no antecedent of a later "sie"."""
        entry = self.registry.by_name(e.name)
        return entry is not None and entry.medium and not e.speaker

    def reported_subject(self, e: Entity, word: str, plural: bool) -> tuple[str, str] | None:
        """"Hunderte Studenten protestierten laut Medien vor dem Parlament. Sie forderten …", "…,
        wie vom Sender X berichtet wurde": a medium that only relays the clause ("laut X", "wie von
        X berichtet") tells of its subject, and a later "sie" or "er" is that subject, not the
        medium. The English label of the main clause's noun subject when it is people that fit
        the pronoun; None when the medium is that subject ("Der Sender X berichtete") or the
        subject names no one."""
        if not self.is_medium(e.name) or e.kind == "person":
            return None
        sent = self.sentence_of(e.position)
        at = next((w for w in sent.words if w.start <= e.position < w.end), None) if sent else None
        root = next((w for w in sent.words if w.head == 0), None) if sent else None
        if at is None or root is None or root.upos not in ("VERB", "AUX"):
            return None
        subject = next((k for k in sent.kids(root.id) if k.deprel == "nsubj" and k.upos == "NOUN"), None)
        if subject is None or subject.id == at.id or at.head == root.id and at.deprel == "nsubj" \
                or not (plural or looks_personal(subject)) or (subject.feat("Number") == "Plur") != plural:
            return None
        name, affiliation = self.resolve_named(self.noun_phrase_mention(sent, subject))
        if not name or not name[:1].islower() or self.is_medium(name):
            return None  # only people the text leaves unnamed: a named subject is an entity itself
        fits = Entity(name, affiliation or "other", "group" if plural else "person", None, (), 0)
        return (name, affiliation or "other") if self.pronoun_fits(fits, word, plural) else None

    def own_clause(self, m: Mention) -> list[tuple[int, int]]:
        """"Die Forderungen der Regierung unter X bezeichnete er als …": a subject pronoun is not
        a name of its own clause (which it c-commands, a fronted object too), but may be one of a
        fronted adverbial clause ("Als X ankam, sagte er"). Character spans of those words."""
        sent, pron = self.head_in_sentence(m)
        if pron is None or pron.deprel not in ("nsubj", "nsubj:pass") or not pron.head \
                or pron.feat("Poss") == "Yes":
            return []
        verb = sent.word(pron.head)
        free = {w.id for k in sent.kids(verb.id) if k.deprel == "advcl" and k.id < pron.id
                for w in subtree(sent, k.id)}
        return [(w.start, w.end) for w in subtree(sent, verb.id)
                if w.id not in free and w.id != pron.id]

    def impersonal_speaker(self, m: Mention, quoted: tuple[int, int]) -> tuple[str | None, str | None]:
        """"Offiziell sagt die Regierung, man sei bereit. Aber man betont auch, dass …": "man"
        speaking right after an organisation was quoted (same or previous sentence) is that
        organisation again, and so is it after its spokesperson ("Sprecherin X sagte, … . Man habe
        … aufgefordert": her words); after another person, or with no one quoted, it is no one."""
        here = bisect.bisect_right(self.sentence_starts, m.start)
        for e in self.candidates_before(m.start, quoted):
            if bisect.bisect_right(self.sentence_starts, e.position) < here - 1:
                break
            if e.speaker:
                spokesperson = e.kind == "person" and any("sprecher" in fold(t) for t in e.titles)
                return (e.name, e.affiliation) if e.kind in ("organisation", "group") or spokesperson \
                    else (None, None)  # a spokesperson's "man" is the body she speaks for, in her words
        return None, None

    def named_as_place(self, e: Entity) -> bool:
        """"In Israel haben Tausende demonstriert. Sie forderten …": a state named as the place
        where something happens is not who "sie" are."""
        return e.kind == "organisation" and PLACE_BEFORE.search(
            self.parsed.text, max(0, e.position - 6), e.position) is not None

    def pronoun_fits(self, e: Entity, word: str, plural: bool) -> bool:
        """"er" is a man or a person of unknown gender; singular "sie" no man and no state written
        by its bare name; plural "sie" no person."""
        if word == "er" and (e.kind != "person" or e.gender == "f"):
            return False
        if word in ("ihm", "ihn") and (e.gender == "f" or is_plural_label(e)):
            return False  # "Die Delegation wird von X geleitet. Ihm zufolge …": not the delegation
        if word == "sie" and not plural and (e.kind == "person" and e.gender == "m" or is_plural_label(e)
                                             or e.gender == "n" or self.bare_state_name(e)):
            return False  # "Augenzeugen berichteten … Sie sagte": not the eyewitnesses
        return not (word == "sie" and plural and e.kind == "person")

    def bare_state_name(self, e: Entity) -> bool:
        """"Israel hat der Hamas ein Ultimatum gestellt. Sie erklärte, …": a state written as its
        bare name ("Israel", "Katar") is neuter, so a singular "sie" is not it; a feminine state
        comes with its article ("die Türkei"), a government with its noun ("Israels Regierung")."""
        if e.kind != "organisation" or not e.name.startswith("Government of "):
            return False
        written = re.match(r"[\w-]+", self.parsed.text[e.position:])
        entry = self.registry.by_name(written.group(0)) if written else None
        if entry is None or entry.name != e.name:
            return False
        before = self.parsed.text[max(0, e.position - 5):e.position].lower()
        return not re.search(r"\b(die|der)\s+$", before)

    def cataphoric_subject(self, m: Mention, quoted: tuple[int, int], word: str,
                           plural: bool) -> Entity | None:
        """"Er habe Netanjahu gesagt, …, schrieb Smotrich": a pronoun whose clause hangs under
        another speech verb; that verb's subject is the pronoun's referent."""
        sent, pron = self.head_in_sentence(m)
        if pron is None or word not in ("er", "sie") or not pron.head:
            return None
        verb = sent.word(pron.head)
        if self.lexicon.verb_class(verb.lemma) is not None and not quoted[0] <= pron.start < quoted[1]:
            return None  # "…, entgegnet er" hung on the quote's verb: the cue's own subject
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
