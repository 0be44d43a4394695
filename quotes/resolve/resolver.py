"""Turn speaker mentions into canonical speakers with an affiliation.

The registry (`quotes/data/speakers.json`) holds people and organisations with aliases and
transliterations; descriptor rules (`affiliation_cues.json`) give officials missing from the
registry an affiliation; pronouns and titles resolve to the right earlier person of the document.

DocumentResolver walks the quotes in reading order (this module); its strategies live in mixins
of their own: the entities of the document (`scan`), repairs of a mention (`repair`), what the
registry hits inside a mention say (`evidence`), pronouns (`pronouns`), titles and offices
(`offices`); descriptions that refer back (`anaphora`) are functions of their own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from quotes.constructions.core import effective_lemma, finite_in_number, is_subjunctive
from quotes.constructions.hiess_es import PUBLISHING_VERBS
from quotes.extract import Mention, Named, PreviousSpeaker, Pronoun, RawQuote, StatementIssuer
from quotes.labels import SINGULAR_ARTICLES, english_label, label_rules, label_side, singular_label
from quotes.lexicon import load_lexicon
from quotes.models import Quote, SpeakerEntry
from quotes.parse import Parsed, Sentence, Word
from quotes.registry import Registry, load_registry
from quotes.resolve.anaphora import (
    apposed_people,
    described_bodies,
    described_person,
    described_subjects,
    head_surface,
    load_person_nouns,
    mention_gender,
    registry_title_stems,
    unknown_noun_person,
)
from quotes.resolve.entities import Entity, deputy_base, deputy_prefix, is_singular_label, joint_of
from quotes.resolve.evidence import MentionEvidence
from quotes.resolve.groups import (
    RESTATING,
    outlets_named_next,
    people_listed_before,
    people_named_after,
    role_group,
)
from quotes.resolve.learned import Chooser, QuoteContext, speaker_key
from quotes.resolve.offices import OfficeResolution
from quotes.resolve.pronouns import PronounResolution
from quotes.resolve.repair import MentionRepair
from quotes.resolve.scan import EntityScan
from quotes.resolve.words import (
    ARMED_GROUP_SIDES,
    ATTRIBUTE,
    GROUP_EPITHETS,
    NUMBER_WORDS,
    PLACE_PREPOSITIONS,
    RUN_BODY_WORDS,
    looks_like_name,
    looks_personal,
)
from quotes.text import extend_hyphenated_left, fold, stem
from quotes.transliterate import english_form

# "Amerikaner", "Jordanier", "Katarer", "Israelis", "Türken": a nation's people, the country's stem
DEMONYM_ENDINGS = ("aner", "ier", "er", "is", "en")
INDEFINITE_ARTICLES = {"ein", "eine", "einer", "einem", "einen", "eines"}  # folded
NATION_PERSONS = {"US": "American", "British": "Briton", "Turkish": "Turk", "French": "French citizen"}
SIBLING_WORDS = ("ander", "zweit", "weiter", "dritt")  # "ein anderer Beamter": one more of that kind
SPOKESPERSON_NOUNS = {"sprecher", "sprecherin"}  # folded: an office that belongs to a body
# folded titles of a state's office holders: "der Außenminister" after the state that spoke
STATE_OFFICE_ENDINGS = ("minister", "ministerin")
STATE_OFFICES = {"regierungschef", "regierungschefin", "ministerprasident", "ministerprasidentin",
                 "premier", "premierministerin", "prasident", "prasidentin", "staatschef", "staatschefin"}
EPITHET_REACH = 4  # sentences back that "der Gruppe", "der Brigaden" refer to the body named
# folded starts of sources that speak for the talks, not for the place they sit in ("in Kairo")
POSTED_SOURCE_WORDS = ("diplomat", "verhandlung")
NEUTRAL_SOURCE_WORDS = ("vertraut", "beteiligt", "unabhangig", "diplomat")  # folded: sources of the talks
# folded heads of one party's people: "eine Quelle", "ein Vertreter" speak for the body in context
PARTY_SOURCE_NOUNS = {"quelle", "vertreter", "vertreterin", "funktionar", "funktionarin"}
# folded nouns of what kind of body a registry alias compound names ("Likud-Partei"), a title
KIND_NOUNS = {"partei", "bewegung", "organisation", "miliz", "gruppe", "fraktion", "bundnis"}
GOVERNMENT_NOUNS = {"regierung", "fuhrung", "staatsfuhrung", "regierungsspitze", "staatsspitze"}

POSSESSIVE = re.compile(r"(?i)(sein|ihr)(e|en|em|er|es)|sein|deren|dessen")  # "nach ihren Worten"

__all__ = ["DocumentResolver", "Registry", "english_label", "fold", "load_registry", "resolve_quotes"]


WORKPLACE_BEFORE = re.compile(r"\b(?:vom|von der|von dem|von)\s+$")


class DocumentResolver(EntityScan, MentionRepair, MentionEvidence, PronounResolution, OfficeResolution):
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
        self.cue_spans: list[tuple[int, int]] = []  # where the quotes' cues stand

    # -- who is mentioned where ---------------------------------------------------------------


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
        self.cue_spans = [q.cue_span for q in raw if q.cue_span]
        described_subjects(self)  # "Israels Premier äußerte sich": a later "er" is Netanjahu
        described_bodies(self)  # "Die Regierung wies das zurück. Sie sagte": the government
        last_end = 0
        last_quote: RawQuote | None = None  # the last quote that had a speaker
        resolved: dict[int, Quote] = {}
        for q in raw:
            if q.parent is not None and q.rule == "nested.fragment" and id(q.parent) in resolved:
                out.append(nested_in(resolved[id(q.parent)], q, text))
                continue
            ref, mention_text = q.speaker, None
            if isinstance(ref, StatementIssuer):  # "hieß es in der Erklärung"
                speaker, affiliation = self.issuer_of(q, out, previous[:2], last_quote)
                if ref.relayed is not None and self.only_relays(speaker):
                    (speaker, affiliation), mention_text = self.resolve_mention(
                        ref.relayed, (q.start, q.end)), ref.relayed.text
            elif isinstance(ref, PreviousSpeaker):  # a continuation without a cue
                speaker, affiliation = self.latest_speaker(q, last_end) \
                    or self.rejecting_subject(last_quote) or previous[:2]
                mention_text = ref.written.text if ref.written else None  # "Den Angaben" (D11)
                if ref.relayed is not None:  # "Der Landrat habe ihr zugesagt, …" (D16)
                    inner = self.relayed_speaker(ref.relayed, (speaker, affiliation), q)
                    if inner is not None:
                        (speaker, affiliation), mention_text = inner, ref.relayed.text
            elif isinstance(ref, Named) and self.unowned_document(ref.mention):
                speaker, affiliation = self.issuer_of(q, out, previous[:2], last_quote)
                mention_text = ref.mention.text  # "Der Erklärung zufolge": whoever issued it (D14)
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
                last_end, last_quote = max(last_end, q.end), q
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

    def issuer_of(self, q: RawQuote, before: list[Quote], last: tuple[str | None, str | None],
                  last_quote: RawQuote | None) -> tuple[str | None, str | None]:
        """Who issued the statement a quote is taken from when the text names only the statement
        ("hieß es in der Erklärung", "Der Erklärung zufolge"): the speaker of a recent cue of the
        statement's verb, else the body that announced it or the one just quoted."""
        said_at = max(last_quote.end, last_quote.mention.end if last_quote.mention else 0) \
            if last_quote is not None else 0  # "… . Das teilte X mit.": its attribution too
        return self.statement_made_by_cue(q, before) or self.statement_source(q, last[0], last[1], said_at)

    def document_owner(self, m: Mention) -> Mention | None:
        """"Eine Erklärung des Ministeriums", "Seine Forderung", "Das Video der Hamas": a mention
        headed by a statement noun names the statement, and its owner (a genitive or a possessive
        inside the mention) is the speaker, not the document (D14)."""
        if m.head.text not in self.lexicon.document_nouns or m.head.upos != "NOUN":
            return None
        sent = self.sentence_of(m.head.start)
        if sent is None:
            return None
        for k in sent.kids(m.head.id):
            if not m.start <= k.start < m.end:
                continue
            if k.deprel == "det:poss" or k.feat("Poss") == "Yes":
                return Mention(k.text, k.start, k.end, k, [(k.start, k.end)], [k])
            cases = [c for c in sent.kids(k.id) if c.deprel == "case"]
            if k.deprel == "nmod" and k.upos in ("NOUN", "PROPN") and all(
                    fold(c.text) in ("von", "vom") for c in cases):
                words = [w for w in self.subtree(sent, k) if w.end <= m.end and w not in cases]
                if words:
                    return self.phrase_mention(words, k, [(k.start, k.end)])
        return None

    def unowned_document(self, m: Mention) -> bool:
        """"Der Erklärung zufolge", "Das Video endet mit …": a statement noun with no owner
        in the mention; its issuer is found from the context, as for "hieß es in der Erklärung"."""
        return m.head.text in self.lexicon.document_nouns and m.head.upos == "NOUN" \
            and self.document_owner(m) is None

    def relayed_speaker(self, m: Mention, reporter: tuple[str | None, str | None],
                        q: RawQuote) -> tuple[str | None, str | None] | None:
        """The third party a report relays, where it and not the reporter is the speaker (D16):
        a person tells what another said ("…, sagte Biden. Der Premier habe ihm zugesagt, …":
        Biden's), while a medium, an anonymous source or a body's statement passes on the
        words of the party it names."""
        speaker = reporter[0]
        if speaker and self.is_person(speaker) and not self.is_relay(speaker) \
                and not speaker.startswith("anonymous "):
            return None
        return self.resolve_mention(m, (q.start, q.end))

    def is_person(self, name: str) -> bool:
        """A registry person, a person the document names, or a label for one ("spokesperson
        of …", "anonymous … official"), not an organisation or a group."""
        entry = self.registry.by_name(name)
        if entry is not None:
            return entry.kind == "person"
        if name in self.person_names:
            return True
        return name.split(" (")[0].split(" of ")[0].endswith(("person", "official", "man", "woman"))

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
                        and self.lexicon.verb_class(sent.word(w.head).lemma) is not None
                        and not any(k.deprel == "aux:pass" for k in sent.kids(w.head))), None)
        # a passive's subject ("wurden Vorbedingungen genannt") is what was said, not who said it
        if subject is None or fold(subject.text) in RESTATING:
            return None  # "Das berichteten X und Y": the report restated is the last quote's
        words = self.subtree(sent, subject)
        start, end = words[0].start, words[-1].end
        mention = Mention(self.parsed.text[start:end], start, end, subject, [], words)
        name, affiliation = self.resolve_mention(mention)
        if not name or self.is_relay(name):
            return None
        return name, affiliation or "other"

    def rejecting_subject(self, q: RawQuote | None) -> tuple[str, str] | None:
        """"Kanzler Hollmann lehnte den Vorschlag des Ministers Barthel ab, … . Das System habe
        sich bewährt": the minister owns the proposal, but what follows is the reasoning of the
        subject who answered it, not more of the proposal."""
        m = q.mention if q is not None and q.rule.endswith("speech_noun") else None
        sent = self.sentence_of(m.head.start) if m is not None else None
        if sent is None or m.head.deprel != "nmod" or not m.head.head:
            return None
        noun = sent.word(m.head.head)
        if noun.deprel not in ("obj", "obl") or not noun.head:
            return None
        subject = next((k for k in sent.kids(noun.head) if k.deprel == "nsubj"
                        and k.upos in ("NOUN", "PROPN") and not m.start <= k.start < m.end), None)
        if subject is None:
            return None
        words = self.subtree(sent, subject)
        words = [w for w in words if w.id < noun.id] or words
        mention = self.phrase_mention(words, subject, [])
        name, affiliation = self.resolve_mention(mention)
        return (name, affiliation or "other") if name and not self.is_relay(name) else None

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

    def statement_made_by_cue(self, q: RawQuote, before: list[Quote],
                              sentences_back: int = 3) -> tuple[str, str | None] | None:
        """"…, teilte die Hamas mit. … . …, hieß es in der Mitteilung": the definite statement
        noun with no owner is the statement a recent cue made of the same verb (Mitteilung:
        mitteilen, Erklärung: erklären), so its speaker issued it, not whoever spoke last."""
        sent = self.sentence_of(q.cue_span[0] if q.cue_span else q.start)
        if sent is None:
            return None
        noun = next((w for w in sent.words if w.text in self.lexicon.statement_nouns
                     and not q.start <= w.start < q.end and fold(w.text).endswith("ung")
                     and any(k.deprel == "det" and fold(k.text) in ("der", "dem", "die")
                             for k in sent.kids(w.id))
                     and not any(k.deprel in ("nmod", "nmod:poss") for k in sent.kids(w.id))), None)
        if noun is None:
            return None
        verb = fold(noun.text)[:-3]  # "mitteil", "erklar"
        here = bisect.bisect_right(self.sentence_starts, q.start) - 1
        for p in reversed(before):
            if not p.cue or not p.speaker or p.start >= q.start:
                continue
            if here - (bisect.bisect_right(self.sentence_starts, p.start) - 1) > sentences_back:
                break
            parts = fold(p.cue).split()
            written = "".join(parts[1:] + parts[:1])  # "teilte mit" → "mitteilte"
            if written.startswith(verb) or parts[0].startswith(verb):
                return p.speaker, p.affiliation
        return None

    def statement_source(self, q: RawQuote, last_speaker: str | None,
                         last_affiliation: str | None = None,
                         last_end: int = 0) -> tuple[str | None, str | None]:
        """Who issued an unnamed statement: the nearest subject that is an organisation (or an
        office: "Das Büro Netanjahus reagierte") or the last speaker quoted; a joint speaker
        just quoted that counts the announcer among its members issued it together ("Ägypten
        und Katar erklärten in einer Mitteilung, … hieß es weiter": both, D13). A speaker
        quoted in this or the sentence before, after any statement named earlier, goes on
        speaking ("…, teilte das Büro mit. …, hieß es weiter"); `last_end` is where that quote or
        its attribution ends."""
        announced = self.statement_author(q.start)
        entity = self.statement_announcer(q.start) if announced is None else None
        here = bisect.bisect_right(self.sentence_starts, q.start) - 1
        quoted_just_before = last_speaker is not None and last_end <= q.start and here >= 1 \
            and last_end > self.sentence_starts[here - 1]
        if announced is None and quoted_just_before and (entity is None or entity.position < last_end) \
                and not (self.is_medium(last_speaker) and self.names_statement(q)):
            return last_speaker, last_affiliation  # a medium reports on a statement, issues none
        if entity is not None and here >= 1 and entity.position < self.sentence_starts[here - 1]:
            nearer = self.speaker_just_before(q.start)  # "X wies das zurück. „…“, hieß es": X,
            if nearer is not None:  # not a statement's issuer sentences before
                return nearer
        if entity is not None:
            announced = entity.name, entity.affiliation
        if announced is not None:
            members = last_speaker.split(" and ") if last_speaker else []
            if len(members) > 1 and announced[0] in members:
                return last_speaker, last_affiliation
            return announced
        party = self.names_statement(q)  # "In einer Erklärung hieß es": no medium's words
        speaking = self.speaker_just_before(q.start)
        if speaking is not None and not (party and self.is_medium(speaking[0])):
            return speaking
        for e in self.candidates_before(q.start):
            if party and self.is_medium(e.name):
                continue
            if e.subject and (e.kind == "organisation" and self.speaks_at(e.position)
                              or e.name == last_speaker) and not self.in_reported_content(e):
                return self.issuing_group(e) or (e.name, e.affiliation)
        return None, None

    def issuing_group(self, e: Entity) -> tuple[str, str] | None:
        """"Katar und Ägypten trafen sich … In einer gemeinsamen Erklärung hieß es": a member of
        a coordinated subject issues the statement with the others (D13); so does an owner in
        a plural subject that names several holders ("Die Außenminister Ägyptens und
        Jordaniens kamen zusammen": both ministers)."""
        group = self.coordinated_subject(e)
        if group:
            return joint_of(group)
        found = self.subject_at(e.position)
        if found is None or found[1].upos != "NOUN" or found[1].start > e.position:
            return None
        sent, subject = found
        name, affiliation = self.resolve_mention(self.noun_phrase_mention(sent, subject))
        return (name, affiliation) if name and " and " in name else None

    def names_statement(self, q: RawQuote) -> bool:
        """The statement's sentence names a statement ("in einer Erklärung", "in dem Brief"):
        a party's, which a medium only relays (GUIDELINES D14)."""
        sent = self.sentence_of(q.cue_span[0] if q.cue_span else q.start)
        return sent is not None and any(w.text in self.lexicon.statement_nouns for w in sent.words
                                        if not q.start <= w.start < q.end)

    def only_relays(self, issuer: str | None) -> bool:
        """An issuer that passes on others' words: none found, a medium, anonymous sources."""
        return not issuer or self.is_medium(issuer) or issuer.startswith("anonymous ")

    def is_medium(self, name: str | None) -> bool:
        """A medium or a reporter, or a label for media ("Israeli media")."""
        return bool(name) and (self.is_relay(name) or name.endswith(" media"))

    def speaker_just_before(self, pos: int) -> tuple[str | None, str | None] | None:
        """"Das Forum kritisierte den Plan. „…“, hieß es in einer Erklärung": the noun-phrase
        subject of a speech verb in the sentence right before the statement's sentence."""
        here = bisect.bisect_right(self.sentence_starts, pos) - 1
        if here < 1:
            return None
        sent = self.parsed.sentences[here - 1]
        root = next((w for w in sent.words if w.head == 0), None)
        if root is None or root.lemma == "heißen" or (self.lexicon.verb_class(root.lemma) is None
                                                      and effective_lemma(sent, root, self.lexicon) is None):
            return None  # "wies … zurück": the verb with its particle is the speech verb
        subject = next((k for k in sent.kids(root.id) if k.deprel == "nsubj"
                        and k.upos in ("NOUN", "PROPN")
                        and not any(a <= k.start < b for a, b in self.quoted_spans)), None)
        if subject is None:
            return None
        name, affiliation = self.resolve_mention(self.noun_phrase_mention(sent, subject))
        return (name, affiliation) if name else None

    def noun_phrase_mention(self, sent: Sentence, w: Word) -> Mention:
        """The noun phrase of `w` (`noun_phrase`) as a mention headed by `w`."""
        words = self.noun_phrase(sent, w)
        return self.phrase_mention(words, w, [(w.start, w.end)])

    def subject_at(self, pos: int) -> tuple[Sentence, Word] | None:
        """The subject word whose noun phrase holds `pos` (climbing from an article, a name's
        part or an apposition), with its sentence."""
        sent = self.sentence_of(pos)
        cur = next((w for w in sent.words if w.start <= pos < w.end), None) if sent else None
        for _ in range(5):
            if cur is None or not cur.head:
                return None
            if cur.deprel in ("nsubj", "nsubj:pass"):
                return sent, cur
            cur = sent.word(cur.head)
        return None

    def speaks_at(self, pos: int) -> bool:
        """Whether the subject at `pos` acts ("Das Büro reagierte"), rather than undergoes
        ("Das Hamas-Büro wird geschlossen"): only an actor issues a statement."""
        found = self.subject_at(pos)
        if found is None or found[1].deprel == "nsubj:pass":
            return False
        sent, subject = found
        return not any(k.deprel == "aux:pass" for k in sent.kids(subject.head))

    def in_reported_content(self, e: Entity) -> bool:
        """An entity named inside a quote ("…, die Hamas blockiere alles", hieß es) is what
        was said, not who said it."""
        return not e.speaker and any(s <= e.position < t for s, t in self.quoted_spans)

    def statement_author(self, pos: int, window: int = 3) -> tuple[str, str] | None:
        """"Der Bürgermeister schrieb einen Brief an den Minister. In dem Brief heißt es, …": the
        subject of the verb whose object (or place) is a statement noun, in the latest sentence
        within a few before `pos` that has one (or before `pos` in its own: "Die Hamas
        veröffentlichte eine Erklärung, in der es heißt, …"); a person or a body the registry does not know
        writes letters too."""
        here = bisect.bisect_right(self.sentence_starts, pos) - 1
        for i in range(here, max(-1, here - 1 - window), -1):  # "…, in der es heißt": this one too
            sent = self.parsed.sentences[i]
            for w in sent.words:
                if w.text not in self.lexicon.statement_nouns or w.start >= pos \
                        or any(a <= w.start < b for a, b in self.quoted_spans):
                    continue
                published = self.published_by(sent, w)
                if published is not None:  # "in einem von Hamas veröffentlichten Video"
                    return published
                owner = self.subject_owning(sent, w)
                if w.deprel not in ("obj", "obl") and owner is None or not w.head:
                    continue
                verb = sent.word(owner.head if owner is not None else w.head)
                if verb.upos not in ("VERB", "AUX") or verb.lemma == "heißen":
                    continue
                subject = owner or next((k for k in sent.kids(verb.id) if k.upos in ("NOUN", "PROPN") and (
                    k.deprel == "nsubj" or k.deprel == "obj" and k.id > verb.id and "Case=Nom" in k.feats)),
                    None)  # "erklärte das Forum …": the parse may call the subject "obj"
                if subject is None:
                    continue
                words = [k for k in self.subtree(sent, subject)
                         if (k.id < verb.id) == (subject.id < verb.id)
                         and (owner is None or k.id < w.id - 2)] or [subject]  # not "in einem Brief"
                mention = self.phrase_mention(words, subject, [])
                name, affiliation = self.resolve_mention(mention)
                if name and not self.is_relay(name):
                    return name, affiliation or "other"
        return None

    @staticmethod
    def subject_owning(sent: Sentence, noun: Word) -> Word | None:
        """"erklärte das Forum für Geiseln und Familien in einem offenen Brief": the parse hung
        the statement on the subject's phrase; that subject wrote it."""
        top = noun
        while top.deprel in ("nmod", "conj") and top.head:
            top = sent.word(top.head)
        return top if top is not noun and top.deprel == "nsubj" and top.upos in ("NOUN", "PROPN") \
            and top.head else None

    def published_by(self, sent: Sentence, noun: Word) -> tuple[str, str] | None:
        """"ein am Sonntag von Hamas veröffentlichtes Video": the agent of the publishing
        participle right before the statement noun wrote it (D14), however the parse hung
        the "von" phrase; a medium only relays."""
        participle = sent.word(noun.id - 1) if noun.id > 1 else None
        if participle is None or participle.upos not in ("ADJ", "VERB") \
                or participle.lemma not in PUBLISHING_VERBS:
            return None
        von = next((x for x in reversed(sent.words[max(0, participle.id - 6):participle.id - 1])
                    if fold(x.text) in ("von", "vom") and x.upos == "ADP"), None)
        words = [x for x in sent.words if von is not None and von.id < x.id < participle.id]
        head = next((x for x in reversed(words) if x.upos in ("NOUN", "PROPN")), None)
        if head is None or any(x.upos in ("VERB", "AUX", "PUNCT") for x in words):
            return None
        mention = self.phrase_mention(words, head, [(head.start, head.end)])
        name, affiliation = self.resolve_mention(mention)
        return (name, affiliation or "other") if name and not self.is_relay(name) else None

    def statement_announcer(self, pos: int, window: int = 5) -> Entity | None:
        """The organisation in the latest sentence that announced a statement ("veröffentlichte
        das Weiße Haus eine Stellungnahme"), within a few sentences before `pos`; not one named
        in what a statement said."""
        here = bisect.bisect_right(self.sentence_starts, pos) - 1
        for i in range(here - 1, max(-1, here - 1 - window), -1):
            sent = self.parsed.sentences[i]
            if not any(w.text in self.lexicon.statement_nouns for w in sent.words):
                continue
            orgs = [e for e in self.entities if sent.start <= e.position < sent.end
                    and e.kind == "organisation" and not self.in_reported_content(e)
                    and not self.named_as_place(e)]  # "in ganz Israel verfasst": a place
            if orgs:
                return next((e for e in orgs if e.subject), orgs[0])
        return None

    def remember(self, speaker: str, affiliation: str | None, q: RawQuote) -> None:
        """A speaker just quoted is the most salient antecedent for what follows."""
        known = next((e for e in self.entities if e.name == speaker), None) \
            or self.named_as(speaker, q.mention)
        position = q.mention.start if q.mention else q.start
        guessed = "person" if " and " not in speaker and (  # a joint speaker is a group (D13)
            q.mention is not None and looks_personal(q.mention.head)
            or q.mention is not None and q.mention.head.upos == "NOUN"  # "Ein Augenzeuge", tagged plural
            and fold(q.mention.text.split()[0]) in SINGULAR_ARTICLES and is_singular_label(speaker)
            or q.mention is None and speaker in self.person_names
            or is_singular_label(speaker)) else "group"  # a statement's author may be a body
        unlisted = self.registry.by_name(speaker) is None
        titles = known.titles if known else self.described_titles(q.mention) if unlisted else ()
        gender = known.gender if known else self.described_gender(q.mention) if guessed == "person" else None
        bisect.insort(self.entities, Entity(speaker, affiliation or "other",  # kept sorted: no
                                            known.kind if known else guessed,  # re-sort per quote
                                            gender, titles, position, True, True),
                      key=lambda e: e.position)

    def named_as(self, speaker: str, m: Mention | None) -> Entity | None:
        """The person a speaker in English spelling is in the text ("Mousa Abu Nasr" for "Mussa
        Abu Nasr"), when a title named him ("Der Hamas-Vize betonte"): his kind and gender stay
        known, so a later "er" is he."""
        if m is None or not looks_like_name(speaker):
            return None
        return next((e for e in self.entities if e.kind == "person" and e.name in self.person_names
                     and english_form(e.name) == speaker), None)

    def described_gender(self, m: Mention | None) -> str | None:
        """The gender a speaker described by a noun has by its article or feminine ending ("die
        ältere Schwester": f): a later "der 47-Jährige" is not she."""
        if m is None or m.head.upos != "NOUN":
            return None
        sent = self.sentence_of(m.head.start)
        return mention_gender(sent, m.head, head_surface(self.parsed.text, m.head)) if sent else None

    def described_titles(self, m: Mention | None) -> tuple[str, ...]:
        """An unnamed speaker keeps its head noun as title: "ein Sprecher des Ministeriums" …
        "der Sprecher" later is the same one; a deputy's noun stays a deputy's ("der
        Vize-Chef", "der stellvertretende Chef"), which a later "der Chef" is not."""
        if m is None or m.head.upos != "NOUN":
            return ()
        title = m.head.lemma or m.head.text
        left = extend_hyphenated_left(self.parsed.text, m.head.start)
        compound = self.parsed.text[left:m.head.start] + title
        sent = self.sentence_of(m.head.start)
        deputy = deputy_prefix(sent, m.head) if sent is not None else ""
        return (deputy + (compound if deputy_base(compound) is not None else title),)

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
        owner = self.document_owner(m)
        if owner is not None:  # "Eine Erklärung des Ministeriums stellte klar": the ministry
            return self.resolve_mention(owner, quoted)
        if m.is_pronoun or self.is_demonstrative(m):
            return self.resolve_pronoun(m, quoted)
        ordinal = self.resolve_ordinal(m, quoted)
        if ordinal is not None:  # "Letzterer sagte", "Ersterer betonte"
            return ordinal
        speaker = self.resolve_named(m)
        speaker = self.joined(m, speaker)
        speaker = self.joined_by_together(m, speaker, quoted)
        return self.unrelayed(m, speaker, quoted)

    def resolve_named(self, m: Mention) -> tuple[str | None, str | None]:
        """Steps 3 to 10 of `resolve_mention` for a mention that is not a pronoun."""
        kin = self.kin_of_named(m) or self.kin_of_possessor(m) or self.family_by_name(m)
        if kin is not None:  # "Die Mutter der Geisel Noa Argamani", "Seine Mutter": his mother, not he
            return kin
        captive = self.kin_of_captive(m)
        if captive is not None:  # "Ein Vater, dessen Sohn entführt wurde": a hostage's father
            return captive
        named = self.relative_name(m)
        if named is not None:  # "…, der unter dem Namen Abu Obeida auftritt": that person
            return named.name, named.affiliation
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
        again = self.anonymous_source_again(m)
        if again is not None:  # "Die Quelle fügte hinzu": the anonymous source just quoted
            return again
        circle = self.close_source(m) or self.circle_of(m) or self.both_named(m) or self.named_group(m) \
            or role_group(self, m) \
            or people_listed_before(self, m) or people_named_after(self, m) or self.plural_title_group(m) \
            or self.counted_outlets(m) \
            or self.body_of_part(m)
        if circle is not None:  # "aus seinem Umfeld": people close to him, not he; "Beide": the two
            return circle
        owned_office = self.office_after_genitive(m)
        if owned_office is not None:  # "Katars Premier" tagged as one name: the premier, not Qatar
            return owned_office
        core = self.core_spans(m)
        hits = self.registry.matches(m.text)
        office_word = self.office_word(m)
        if office_word is not None and not any(h[0] + m.start <= office_word.start < h[1] + m.start
                                               for h in hits):
            office = self.resolve_office(m, hits)  # "al-Hajjas Büro": the office, not its owner
            if office:
                return office
        described = self.described_by_attribute(m, hits)
        if described is not None:  # "dem von der Hamas kontrollierten Gesundheitsministerium"
            return described[2].name, described[2].affiliation
        national = self.national_person(m)
        if national is not None:  # "Ein Amerikaner, der in Jerusalem lebt": one man, not his state
            return national
        demonym = described_person(self, m) if self.nouns.is_epithet(m.head.text) and any(
            h[2].kind == "organisation" for h in hits) else None
        if demonym is not None:  # "sagte der Amerikaner" after Blinken: he, not his government
            return demonym.name, demonym.affiliation
        named_before = self.bare_title_reference(m, hits)
        if named_before is not None:  # "Die libanesische Armee … Die Armee teilte mit": that army
            return named_before.name, named_before.affiliation
        led = self.leader_of_named_party(m, hits)
        if led is not None:  # "Der Chef der Partei Otzma Jehudit" after Ben-Gvir: he, not the party
            return led
        core_hits = [h for h in hits if (self.overlaps(m, h, core) or self.close_apposition(m, h))
                     and not self.genitive_owner(m, h) and not self.other_first_name(m, h)
                     and not self.workplace_of_named(m, h)]
        if core_hits:
            s, e, entry = sorted(core_hits, key=lambda h: (h[2].kind != "person", not self.names_word(m, h),
                                                           h[0] - h[1]))[0]
            entry = self.surname_owner(m.text[s:e], entry)  # "Kassem": the Kassem this text names
            return entry.name, entry.affiliation
        state = self.state_government(m, hits)
        if state is not None:  # "die Regierung des Emirats Katar": Government of Qatar (D12)
            return state.name, state.affiliation
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
        person = described_person(self, m) if group is not None else None
        if person is not None:  # "fügte der Islamist hinzu": the man just quoted, not "die Islamisten"
            return person.name, person.affiliation
        if group is not None:  # "erklärten die Terroristen": the group the article names
            return group.name, group.affiliation
        m, swap = self.with_owner_named(m)
        body = self.named_body(m) if swap else None
        if body is not None:  # "das Politbüro der Bewegung" → "Politbüro der Hamas": an alias
            return body.name, body.affiliation
        other_people = [h for h in self.registry.matches(m.text) if self.other_first_name(m, h)]
        described = m.text
        cuts = [(h[0], h[1]) for h in other_people] + self.residence_phrases(m) + self.posting_phrases(m)
        for a, b in sorted(cuts, key=lambda c: -c[0]):  # "Ahmed Mansur" says no side of Mansour's
            described = described[:a] + described[b:]
        affiliation = self.registry.affiliation_from_description(described) or self.sibling_side(m) \
            or self.titled_owner_side(m) or self.owner_affiliation(m)
        if self.is_outlet(m):
            affiliation = "other"
        name = self.person_name(m)
        owner = self.surname_owner(name) or self.titled_surname(name, m) if name else None
        if owner is not None:  # "sagte Kassim" after "Hasim Kassim": that registry person
            return owner.name, owner.affiliation
        if name:  # "der Bewohner Anas Alyan": the name, not whoever carried the title before
            full = self.fullest_name(name)
            return full, self.person_affiliation(full, affiliation)
        compound = self.compound_source(m)
        if compound is not None:  # "nach Armeeangaben" after the army, "nach Hamas-Angaben": that body
            return compound
        source = self.report_source_named_next(m, affiliation)
        if source is not None:  # "nach israelischen Angaben … teilte die Behörde Cogat mit" (D11)
            return source.name, source.affiliation
        outlets = outlets_named_next(self, m) if self.is_unspecified(m) else None
        if outlets is not None:  # "Medien berichteten … . Die Sender X und Y beriefen sich …" (D11)
            return outlets
        if self.is_unspecified(m):  # "Medienberichten zufolge": no one; "israelische Medien": a label
            label = english_label(self.descriptor(m, swap), self.is_plural(m), affiliation, m.text)
            return label, "other"
        described = described_person(self, m)  # "der 74-Jährige", "der Islamist"
        if described is not None:
            return described.name, described.affiliation
        member = self.member_of_group(m)
        if member is not None:  # "Einer der Beamten" after "Zwei israelische Beamte": one of them
            return member
        titled = self.counted_group(m) or self.resolve_title(m) or self.role_holder(m) \
            or self.compound_office(m) or self.compound_source(m)
        if titled:
            return titled
        description = self.descriptor(m, swap)
        owning = self.owning_body(m)
        body = None if owning else self.body_in_context(m) or self.owner_titled_before(m)
        body = body or self.party_of_source(m, affiliation)
        if body is not None:  # "Die Hamas berät. „…“, sagte ein Sprecher": Hamas's spokesperson
            label = english_label(description, self.is_plural(m), body.affiliation, m.text,
                                  owner_name=self.label_owner(body.name))
            if label:
                return label, body.affiliation
        person = unknown_noun_person(self, m) if self.definite_singular(m) else None
        if person is not None:  # "die 38-jährige Lehrerin" after Samira Abu Hamad: she, not a label
            return person.name, person.affiliation
        label = english_label(description, self.is_plural(m), affiliation, m.text, owner_name=owning)
        if label:
            return label, affiliation
        name = self.known_surname(m)
        if name:  # a registry person keeps its side, an unlisted one the side the text gave it
            full = self.fullest_name(name)
            entry = self.registry.by_name(full)
            return full, entry.affiliation if entry else self.person_affiliation(full, affiliation)
        state = self.demonym_government(m)
        if state is not None:  # "Die Katarer teilten mit": the Government of Qatar (D12)
            return state.name, state.affiliation
        person = unknown_noun_person(self, m)
        if person is not None:  # "Der Amtsinhaber sagte": the person before, not "Amtsinhaber"
            return person.name, person.affiliation
        body = self.body_label(m)
        if body is not None:  # "Der Oberste Rat der Hisbollah": "Hezbollah Supreme Council"
            return body
        return description, affiliation

    def national_person(self, m: Mention) -> tuple[str, str] | None:
        """"Ein Amerikaner", "eine Israelin", "ein junger Ägypter aus Kairo": one person named
        only by nation, with an indefinite article, is an unnamed civilian of that nation (a
        label, affiliation other: F4 gives a side to state actors only), not its government
        ("die Amerikaner", `demonym_government`) nor the German noun."""
        if m.head.upos not in ("NOUN", "PROPN") or self.is_plural(m) or not any(
                w.upos == "DET" and w.head == m.head.id and fold(w.text) in INDEFINITE_ARTICLES
                for w in m.words):
            return None
        nation = self.nation_of_demonym(fold(m.head.text))
        if nation is None:
            return None
        return f"unnamed {NATION_PERSONS.get(nation, nation)}", "other"

    def nation_of_demonym(self, word: str) -> str | None:
        """The nation adjective of the tables a singular demonym stands for ("amerikanerin" →
        "US", "israeli" → "Israeli", "agypter" → "Egyptian")."""
        bases = [word.removesuffix("in")] if word.endswith("in") and len(word) > 6 else []
        for form in [*bases, word]:
            for ending in (*DEMONYM_ENDINGS, "i", ""):
                base = form.removesuffix(ending) if ending else form
                if base == form and (ending or form == word) or len(base) < 4:
                    continue  # the bare stem only without a feminine ending: "Israel-in"
                for place, nation in self.registry.nation_words.items():
                    if place.startswith(base) and len(place) - len(base) <= 3 and " " not in place:
                        return nation
        return None

    def demonym_government(self, m: Mention) -> SpeakerEntry | None:
        """"die Katarer", "Ägypter", "die Amerikaner": a nation's people in the plural, as the
        side that speaks, is that state's government (D12: "Government of X"); the noun's stem
        begins the name of a country of the nation tables ("katar-er", "amerik-aner")."""
        words = [w for w in m.words if w.upos != "DET"]
        if m.head.upos not in ("NOUN", "PROPN") or len(words) != 1 or self.is_plural(m) is False:
            return None
        word = fold(m.head.text)
        for ending in DEMONYM_ENDINGS:
            base = word.removesuffix(ending)
            if base == word or len(base) < 4:
                continue
            for place, nation in self.registry.nation_words.items():
                if place.startswith(base) and len(place) - len(base) <= 3:
                    country = label_rules().countries.get(nation)
                    entry = self.registry.by_name(f"Government of {country}") if country else None
                    if entry is not None:
                        return entry
        return None

    def described_by_attribute(self, m: Mention, hits) -> tuple[int, int, SpeakerEntry] | None:
        """"dem von der Hamas kontrollierten Gesundheitsministerium": the registry body right
        after a participle attribute with its agent ("von der Hamas kontrollierten") is the
        speaker, not the agent, whichever word the parse made the head."""
        attribute = ATTRIBUTE.search(m.text)
        if attribute is None:
            return None
        return next((h for h in hits if h[0] == attribute.end()), None)

    def state_government(self, m: Mention, hits) -> SpeakerEntry | None:
        """"die Regierung des Emirats Katar", "die Führung in Teheran": a government noun
        owned by a state the registry lists is that state's government."""
        if m.head.upos != "NOUN" or fold(m.head.lemma or m.head.text) not in GOVERNMENT_NOUNS:
            return None
        head_end = m.head.end - m.start
        return next((h[2] for h in hits if h[0] > head_end and h[2].name.startswith("Government of")
                     and not re.search(r"[,;:]", m.text[head_end:h[0]])), None)

    def named_body(self, m: Mention) -> SpeakerEntry | None:
        """The registry organisation a whole mention names, its article aside."""
        hits = [h for h in self.registry.matches(m.text) if h[2].kind == "organisation"]
        first = m.text.split(" ", 1)[0]
        start = len(first) + 1 if fold(first) in self.articles else 0
        return next((h[2] for h in hits if h[0] <= start and h[1] >= len(m.text.rstrip())), None)

    def report_source_named_next(self, m: Mention, side: str | None) -> Entity | None:
        """"nach israelischen Angaben", "Ägyptischen Angaben zufolge": statements with a side
        but no owner are the body or person of that side that the same or the next sentence
        names as the subject of a speech verb (D11: "…, teilte die Behörde Z mit")."""
        if side in (None, "other") or stem(m.head.lemma or m.head.text) != "angab" \
                or any(w.deprel == "nmod" and w.head == m.head.id for w in m.words):
            return None
        here = bisect.bisect_right(self.sentence_starts, m.start)
        for e in self.entities:
            if e.position <= m.end or bisect.bisect_right(self.sentence_starts, e.position) > here + 1:
                continue
            if e.affiliation == side and e.subject and not self.in_reported_content(e) \
                    and self.says_at(e.position):
                return e
        return None

    def says_at(self, pos: int) -> bool:
        """Whether the noun phrase at `pos` is the subject of a speech verb ("…, teilte die
        Behörde Cogat mit", "Das sagte ein Sprecher")."""
        found = self.subject_at(pos)
        if found is None:
            return False
        sent, subject = found
        return effective_lemma(sent, sent.word(subject.head), self.lexicon) is not None  # mitteilen

    def body_in_context(self, m: Mention) -> Entity | None:
        """"Die Hamas-Führung berät … „…“, sagte ein Sprecher": a spokesperson with no owner
        written speaks for the organisation named in this or the two sentences before, the
        nearest one (never one named inside a quote)."""
        if m.end > m.head.end or self.is_plural(m):
            return None
        if fold(m.head.text) in SPOKESPERSON_NOUNS:
            return self.body_nearby(m)
        return self.state_in_context(m)

    def workplace_of_named(self, m: Mention, hit) -> bool:
        """"Gideon Rahat vom Israel Democracy Institute": a body after "von"/"vom" behind a
        person's name is where the person works; the name speaks, not the body."""
        s, _e, entry = hit
        if entry.kind != "organisation" or not WORKPLACE_BEFORE.search(m.text[:s]):
            return False
        return any(w.upos == "PROPN" and w.end <= m.start + s - 4 and not self.registry.matches(w.text)
                   for w in m.words)

    def leader_of_named_party(self, m: Mention, hits) -> tuple[str, str] | None:
        """A leader's title before a party the registry names ("Der Chef der Partei Otzma
        Jehudit") is the party's leader where the text names him."""
        if not m.words or m.head.upos != "NOUN" \
                or not self.nouns.is_leader_title(m.head.lemma or m.head.text):
            return None
        party = next((h[2] for h in hits if h[2].kind == "organisation"
                      and h[0] >= m.head.end - m.start), None)
        return self.party_leader(m, party) if party is not None else None

    def owner_titled_before(self, m: Mention) -> Entity | None:
        """"Das Forum der Geiselfamilien protestierte. Ein Sprecher des Forums sagte, …": an
        office whose genitive owner is a body's title ("des Forums") belongs to the body the
        text named so before; the label says whose office it is (D12)."""
        if fold(m.head.text) not in SPOKESPERSON_NOUNS:
            return None
        for k in m.words:
            genitive = any(d.deprel == "det" and d.feat("Case") == "Gen" for d in m.words if d.head == k.id)
            if k.head != m.head.id or k.deprel != "nmod" or k.upos != "NOUN" or k.id < m.head.id \
                    or not genitive:
                continue
            words = [w for w in m.words if w.id >= k.id - 1 and (w.id == k.id or w.head == k.id)]
            owner = self.phrase_mention(sorted(words, key=lambda w: w.id), k, [(k.start, k.end)])
            found = self.resolve_title(owner)
            entry = self.registry.by_name(found[0]) if found else None
            if entry is not None and entry.kind == "organisation":
                return next((e for e in self.candidates_before(m.start) if e.name == entry.name), None)
        return None

    def state_in_context(self, m: Mention) -> Entity | None:
        """"Ägypten hat Israel vorgehalten, … . …, sagte der Außenminister": a state's office
        with no owner written and no holder named is that of the state that is the subject
        of this or the sentence before (D12: "foreign minister of Egypt (unnamed)"), not the
        state named as its object."""
        head = fold(m.head.text)
        if not head.endswith(STATE_OFFICE_ENDINGS) and head not in STATE_OFFICES:
            return None
        here = bisect.bisect_right(self.sentence_starts, m.start)
        for e in self.candidates_before(m.start):
            if bisect.bisect_right(self.sentence_starts, e.position) < here - 1:
                return None
            if e.kind == "organisation" and e.subject and e.name.startswith("Government of ") \
                    and not self.in_reported_content(e) and not self.named_as_place(e):
                return e
        return None

    def party_of_source(self, m: Mention, side: str | None) -> Entity | None:
        """"Die Hamas lehnt das ab. …, sagte eine Quelle der dpa": a single source or
        representative with no side and no owner written (the medium it spoke to owns nothing)
        is one of the organisation in context, as a spokesperson is (F3: "anonymous Hamas
        source")."""
        if side not in (None, "other") or fold(m.head.text) not in PARTY_SOURCE_NOUNS \
                or self.is_plural(m) or m.words and m.words[0].upos != "DET" \
                or any(word in fold(m.text) for word in NEUTRAL_SOURCE_WORDS):
            return None  # "eine mit den Verhandlungen vertraute Quelle" is a source of the talks (F4)
        after = [h for h in self.registry.matches(m.text) if h[0] >= m.head.end - m.start]
        if m.end > m.head.end and (not after or not all(h[2].medium for h in after)):
            return None
        body = self.body_nearby(m)
        return body if body is not None and body.affiliation != "other" and not self.is_relay(body.name) \
            else None

    def body_nearby(self, m: Mention) -> Entity | None:
        """The organisation named nearest before `m` in this or the two sentences before (not
        inside a quote, not as a place)."""
        here = bisect.bisect_right(self.sentence_starts, m.start)
        for e in self.candidates_before(m.start):
            if bisect.bisect_right(self.sentence_starts, e.position) < here - 2:
                return None
            if e.kind == "organisation" and not self.in_reported_content(e) and not self.named_as_place(e):
                return e  # "die Gespräche in Kairo" name a place, not a body
        return None

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
        if self.named_by_its_prefix(surface):
            return None  # "Die Lufthansa-Gruppe": a group named by its own name, not one named before
        earlier = (e for e in self.candidates_before(m.start) if e.kind == "organisation")
        if fold(surface).replace("-", "").endswith(GROUP_EPITHETS):
            return next((e for e in earlier if e.affiliation in ARMED_GROUP_SIDES
                         and not any(word in e.name.split() for word in RUN_BODY_WORDS)
                         and not self.in_reported_content(e)), None)
        return self.titled_group_before(m, w, earlier)

    def named_by_its_prefix(self, surface: str) -> bool:
        """A compound whose first part is a name of its own ("Lufthansa-Gruppe"): no registry
        name, no nation, no word for people ("Palästinenser-", "Islamisten-")."""
        prefix = surface.rsplit("-", 1)[0] if "-" in surface.strip("-") else ""
        first = prefix.split("-")[0]
        return len(first) > 3 and first[:1].isupper() and first[1:2].islower() \
            and not self.registry.matches(prefix) and not self.registry.matches(prefix.replace("-", " ")) \
            and self.registry.nation_of(first) is None and not fold(first).endswith(("er", "isten", "en")) \
            and not any(fold(first).startswith(k) for k in load_person_nouns().former)  # "Ex-Geisel"

    def titled_group_before(self, m: Mention, w: Word, earlier: Iterator[Entity]) -> Entity | None:
        """"der Organisation" refers to the organisation last named (in this or the two
        sentences before; one named only inside a quote is passed over) when one of its mentions
        carries that title (a compound by its end: "des Ministeriums" after "das
        Gesundheitsministerium", "der Organisation" after "die Weltgesundheitsorganisation
        (WHO)"; a registry alias "Likud-Partei" gives "der Partei"), and no other word ending in
        that noun comes after its name ("die
        Weltgesundheitsorganisation … ein Vertreter der Organisation" is not the Hamas named
        before; "die Stiftung X … der Organisation" is no one we know)."""
        title = stem(w.lemma or w.text)
        here = bisect.bisect_right(self.sentence_starts, m.start)
        for e in earlier:
            if self.named_as_place(e):
                continue  # "trafen sich in Kairo": a place, not a body that speaks
            titled = self.carries_group_title(e, title, fold(w.lemma or w.text))
            if titled or not self.in_reported_content(e):  # a body named in what was said: passed over
                break
        else:
            return None
        if bisect.bisect_right(self.sentence_starts, e.position) < here - EPITHET_REACH or not titled:
            return None
        between = self.parsed.text[e.position:w.start]
        own = [h[1] for h in self.registry.matches(between) if h[2].name == e.name]
        between = between[max(own, default=0):]  # after the body's own names ("Palästinenserhilfswerk")
        return None if re.search(rf"\w{re.escape(title)}\w*\b", fold(between)) else e

    def residence_phrases(self, m: Mention) -> list[tuple[int, int]]:
        """"Ein in Doha ansässiger Diplomat", "ein aus Gaza geflohener Arzt": a place phrase
        inside a participle before the noun says where the speaker lives or came from, not his
        side; its span in the mention's text (an agent, "von der Hamas kontrolliert", stays)."""
        spans = []
        for w in m.words:
            if w.head != m.head.id or w.id > m.head.id or w.upos not in ("ADJ", "VERB"):
                continue
            sent = self.sentence_of(w.start)
            for k in sent.kids(w.id) if sent else ():
                local = any(c.deprel == "case" and fold(c.text) in PLACE_PREPOSITIONS
                            for c in sent.kids(k.id))
                if k.deprel in ("obl", "nmod") and local:
                    words = self.subtree(sent, k)
                    spans.append((words[0].start - m.start, words[-1].end - m.start))
        return [(a, b) for a, b in spans if 0 <= a < b <= len(m.text)]

    def posting_phrases(self, m: Mention) -> list[tuple[int, int]]:
        """"Diplomatische Kreise in Kairo", "ein westlicher Diplomat in Doha", "Verhandlungskreise
        in Kairo": a place phrase after a diplomatic or negotiation source says where it is
        posted, not whose side it speaks for (negotiation sources are "other", F4), unlike
        "Regierungskreise in Jerusalem"; its span in the mention's text."""
        sent = self.sentence_of(m.head.start) if m.words and m.head.upos == "NOUN" else None
        described = [w for w in m.words if w is m.head or w.head == m.head.id and w.upos == "ADJ"]
        if sent is None or not any(fold(w.lemma or w.text).startswith(POSTED_SOURCE_WORDS)
                                   or fold(w.text).split("-")[-1].startswith(POSTED_SOURCE_WORDS)
                                   for w in described):
            return []
        spans = []
        for k in sent.kids(m.head.id):
            if k.id > m.head.id and k.deprel in ("nmod", "obl") and any(
                    c.deprel == "case" and fold(c.text) in PLACE_PREPOSITIONS for c in sent.kids(k.id)):
                words = self.subtree(sent, k)
                spans.append((words[0].start - m.start, words[-1].end - m.start))
        return [(a, b) for a, b in spans if 0 <= a < b <= len(m.text)]

    def bare_title_reference(self, m: Mention, hits) -> Entity | None:
        """"Die Armee", "das Ministerium" (article and noun alone) whose noun the registry
        gives one body as a name ("Armee": the Israeli army) is the body the text just named
        with that noun when that is another ("die libanesische Armee"); None otherwise."""
        content = [w for w in m.words if w.upos not in ("DET", "PUNCT")]
        if m.end > m.head.end + 1:
            return None  # "Die Zeitung „Haaretz“": the name after the noun names the body
        if len(content) != 1 or content[0] is not m.head or m.head.upos != "NOUN" or len(hits) != 1 \
                or not any(w.upos == "DET" and fold(w.text) in ("der", "die", "das", "den", "dem", "des")
                           for w in m.words):
            return None
        earlier = (e for e in self.candidates_before(m.start) if e.kind == "organisation")
        found = self.titled_group_before(m, m.head, earlier)
        return found if found is not None and found.name != hits[0][2].name else None

    def carries_group_title(self, e: Entity, title: str, word: str) -> bool:
        """Whether any mention of the body carries the title: "das Palästinenserhilfswerk UNRWA"
        … "die UNRWA" … "des Hilfswerks"; `word` (folded) is not a word for its people ("der
        Schweizer" after "die Schweiz")."""
        entry = self.registry.by_name(e.name)
        compounds = tuple(part for a in (entry.aliases if entry else ()) if "-" in a
                          and fold(part := a.rsplit("-", 1)[1]) in KIND_NOUNS)  # not "Hamas-Regierung"
        return any(stem(t).endswith(title) and not word.endswith(fold(t) + "er")
                   for t in {*compounds, *(t for x in self.entities if x.name == e.name for t in x.titles)})

    def with_owner_named(self, m: Mention) -> tuple[Mention, tuple[str, str] | None]:
        """"ein Vertreter der Palästinenser-Organisation": the owner epithet replaced by the
        group's name as written, so the label and side are the group's ("… Hamas official");
        also the replacement itself, for the description."""
        sent = self.sentence_of(m.start)
        owners = [w for w in sent.words if w.head == m.head.id and w.deprel == "nmod"
                  and m.start <= w.start < m.start + len(m.text)] if sent is not None and m.words else []
        for w in owners:
            if self.name_right_after(w.end) is not None:
                continue  # "der Partei Jesch Atid": the noun is named, no epithet
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
        "Doha" is no "Premier des Doha"); any name for the armed-group epithets; an acronym
        ("die WHO … der Organisation") is the body's own name."""
        surface = fold(self.parsed.text[extend_hyphenated_left(self.parsed.text, w.start):w.end])
        if surface.replace("-", "").endswith(GROUP_EPITHETS):
            return True
        own_name = fold(written) == fold(group.name) or group.affiliation in ARMED_GROUP_SIDES \
            or written.isupper() and len(written) > 1
        return len(written.split()) > 1 or own_name or stem(written).endswith(stem(w.lemma or w.text))

    def written_name(self, e: Entity) -> str:
        """The entity's name as this text writes it at its position ("Hamas", "Hisbollah"), else
        (an entity the text only described: "Die Gruppe erklärte") its canonical name."""
        hit = next((h for h in self.registry.matches(self.parsed.text[e.position:e.position + 60])
                    if h[0] == 0), None)
        if not hit:
            return e.name
        written = self.parsed.text[e.position:e.position + hit[1]]
        first, _, rest = written.partition(" ")
        return rest if rest and fold(first) in self.articles else written  # "Die Hamas": "Hamas"

    def sibling_side(self, m: Mention) -> str | None:
        """"Ein zweiter Beamter", "ein anderer Minister": one more of the kind just named, so of
        the side of the nearest person before with that head noun ("ein israelischer Beamter")."""
        if m.head.upos != "NOUN" or not any(
                w.head == m.head.id and w.upos in ("ADJ", "DET") and fold(w.text).startswith(SIBLING_WORDS)
                for w in m.words):
            return None
        head = stem(m.head.lemma or m.head.text)
        for e in self.candidates_before(m.start):
            if e.kind == "person" and any(stem(t).replace("-", "").endswith(head) for t in e.titles):
                return e.affiliation if e.affiliation != "other" else None
        return None

    def member_of_group(self, m: Mention) -> tuple[str, str] | None:
        """"Einer der Beamten", "eine der Quellen": one member of the unnamed group named just
        before with that noun, labelled in the singular with the group's side (F3)."""
        words = [fold(w.text) for w in m.words[:3]]
        if words and words[0] in ("einer", "eine", "eines") and (
                len(words) == 1 or words[1:] in (["von", "ihnen"], ["von", "diesen"])):
            return self.member_of_group_before(m)  # "Einer von ihnen sagte", "Einer sagte"
        if len(words) < 2 or words[0] not in ("einer", "eine", "eines") or words[1] not in ("der", "den") \
                or m.head.upos != "NOUN":
            return None
        head = stem(m.head.lemma or m.head.text)
        group = next((e for e in self.candidates_before(m.start) if e.name[:1].islower()
                      and any(stem(t).endswith(head) or head.endswith(stem(t)) for t in e.titles)), None)
        if group is None:
            return None
        return singular_label(group.name), group.affiliation

    def member_of_group_before(self, m: Mention) -> tuple[str, str] | None:
        """"Zwei israelische Beamte äußerten sich. Einer von ihnen sagte, …": one of the unnamed
        group named in this or the sentence before, in the singular with its side."""
        here = bisect.bisect_right(self.sentence_starts, m.start)
        for e in self.candidates_before(m.start):
            if bisect.bisect_right(self.sentence_starts, e.position) < here - 1:
                return None
            if e.kind == "group" and e.name[:1].islower():
                return singular_label(e.name), e.affiliation if e.affiliation != "other" \
                    else label_side(e.name)
        return None

    def titled_owner_side(self, m: Mention) -> str | None:
        """"Ein Berater des Geheimdienstchefs" after "Der Chef des ägyptischen Geheimdienstes,
        Hassan Raschad": the side of the person the owner's title refers to (his adviser is
        of his side, not he)."""
        sent = self.sentence_of(m.start)
        owner = next((w for w in m.words if w.head == m.head.id and w.deprel == "nmod" and w.upos == "NOUN"
                      and w.id > m.head.id and any(fold(k.text) in ("des", "der") for k in sent.kids(w.id))),
                     None) if sent is not None and m.head.upos == "NOUN" else None
        if owner is None:
            return None
        words = [w for w in self.noun_phrase(sent, owner) if m.start <= w.start < m.end]
        if not words:
            return None
        phrase = self.phrase_mention(words, owner, [])
        held = self.resolve_title(phrase)
        return held[1] if held is not None and held[1] not in (None, "other") else None

    def owner_affiliation(self, m: Mention) -> str:
        """"seine rechtsextremen Verbündeten": the side of the person the possessive points to."""
        poss = next((w for w in m.words if w.deprel == "det:poss"), None)
        if poss is not None:  # "Ihre Sprecherin" after a man is not his: "ihr" is a woman's or theirs
            word = "sie" if fold(poss.lemma or poss.text).startswith("ihr") else "er"
            owner = next((e for e in self.candidates_before(m.start) if e.kind == "person"
                          and self.pronoun_fits(e, word, False)), None)
            if owner is not None:
                return owner.affiliation
        return "other"

    def is_plural(self, m: Mention) -> bool | None:
        """"ein … Beteiligter" is one person whatever the tagger says; else the head's number."""
        if m.words and (fold(m.words[0].text) in SINGULAR_ARTICLES or fold(m.words[0].text) == "dem"):
            return False  # "dem Beamten" is one, whatever the tagger says (the plural is "den")
        if self.counted(m):
            return True  # "zwei US-Beamte", whatever number the tagger gave the noun
        if m.words and m.words[0].upos == "ADJ" and m.words[0].text.endswith("e") \
                and m.head.upos == "NOUN" and m.head.text.endswith("er"):
            return True  # "arabische Vermittler": no article, the strong ending is the plural's
        if m.words and fold(m.words[0].text) == "der" and m.words[0].feat("Case") == "Gen" \
                and m.head.upos == "NOUN" and m.head.text.endswith(("er", "en")) \
                and not m.head.text.endswith(self.lexicon.feminine_noun_endings):
            return True  # "nach Angaben der Vermittler": a genitive "der" on a noun no feminine one
        if m.words and m.head.feat("Number") != "Plur" and self.agrees_with_plural_verb(m):
            return True  # "Die Außenminister Ägyptens und Katars sagten": tagged singular
        return m.head.feat("Number") == "Plur" if m.words else None

    def agrees_with_plural_verb(self, m: Mention) -> bool:
        """A noun subject, not itself coordinated, the only subject of a plural finite verb
        is plural (German agreement), whatever number the tagger gave the noun."""
        sent = self.sentence_of(m.head.start)
        head = m.head
        if sent is None or head.upos != "NOUN" or head.deprel != "nsubj" or not head.head \
                or any(k.deprel == "conj" for k in sent.kids(head.id)):
            return False
        verb = sent.word(head.head)
        if sum(k.deprel in ("nsubj", "nsubj:pass") for k in sent.kids(verb.id)) != 1:
            return False
        return finite_in_number(sent, verb, "Plur")

    @staticmethod
    def counted(m: Mention) -> bool:
        """A number above one counts the head ("zwei Beamte", "drei Quellen", "4 Soldaten")."""
        return any(w.head == m.head.id and w.deprel == "nummod"
                   and (NUMBER_WORDS.get(fold(w.text), 0) >= 2 or w.text.isdigit() and int(w.text) >= 2)
                   for w in m.words)

    # -- repairing the mention ------------------------------------------------------------------


    # -- evidence inside the mention -------------------------------------------------------------


def resolve_quotes(raw: list[RawQuote], parsed: Parsed, doc: str, date: str | None = None,
                   registry: Registry | None = None, chooser: Chooser | None = None,
                   antecedent_mentions: bool = False, adverb_mentions: bool = False) -> list[Quote]:
    """The document's quotes with speakers; `antecedent_mentions` (setting continuation_mention =
    "antecedent") gives continuations the mention of the report they continue, `adverb_mentions`
    (setting adverb_mention = "adverb") a "demnach" quote the adverb as its mention."""
    resolver = DocumentResolver(parsed, registry or load_registry())
    quotes = resolver.resolve(raw, doc, date, chooser)
    if adverb_mentions:
        quotes = with_adverb_mentions(quotes, resolver.lexicon.anaphoric_adverbs)
    return with_antecedent_mentions(quotes) if antecedent_mentions else quotes


def with_adverb_mentions(quotes: list[Quote], adverbs: frozenset[str]) -> list[Quote]:
    """"Die Lage ist demnach ernst": the anaphoric adverb that is the quote's cue (lexicon
    attribution.anaphoric_adverbs) stands for the source just named, and the German WikiNews
    data marks it as the speaker mention too (the project's F2 leaves it null, the speaker is
    the source it refers to either way)."""
    return [q.model_copy(update={"speaker_mention": q.cue, "speaker_start": q.cue_start,
                                 "speaker_end": q.cue_end})
            if q.speaker_mention is None and q.cue and q.cue.lower() in adverbs else q for q in quotes]


def with_antecedent_mentions(quotes: list[Quote]) -> list[Quote]:
    """A continuation (no cue, no mention of its own: "Der Landrat kritisierte, … . Die Mittel
    reichten nicht.") written with the mention of the quote before it where that quote has the
    same speaker, as the German WikiNews data marks it (the project's GUIDELINES F2 leave it
    null); a chain of continuations keeps the mention of the report that began it. One without a
    speaker continues the quote just before it if that one has none either ("Augenzeugenberichten
    zufolge …"), since that is the report it was read as continuing. A possessive ("Nach ihren
    Informationen …") names its owner only inside its own phrase and is passed on to no one."""
    out: list[Quote] = []
    with_speaker: Quote | None = None  # the last quote with a speaker
    for q in quotes:
        antecedent = with_speaker if q.speaker else (out[-1] if out else None)
        if q.cue is None and q.speaker_mention is None and antecedent is not None \
                and antecedent.speaker == q.speaker and antecedent.speaker_mention \
                and not POSSESSIVE.fullmatch(antecedent.speaker_mention):
            q = q.model_copy(update={"speaker_mention": antecedent.speaker_mention,
                                     "speaker_start": antecedent.speaker_start,
                                     "speaker_end": antecedent.speaker_end})
        out.append(q)
        if q.speaker:
            with_speaker = q
    return out


def nested_in(parent: Quote, q: RawQuote, text: str) -> Quote:
    """A quote nested in `parent` (a verbatim fragment of a report) speaks with its voice."""
    return parent.model_copy(update={
        "start": q.start, "end": q.end, "kind": q.kind, "quote": text[q.start:q.end],
        "rule": q.rule, "parent_start": parent.start, "parent_end": parent.end})
