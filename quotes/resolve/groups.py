"""Group nouns in a role: "die Vermittler", "die drei Vermittlerstaaten", "die Mediatoren",
"die vermittelnden Länder" stand for the named members the text gave that role before (D13):
the subject of the role's verb ("Katar und Ägypten vermitteln"), the subject of a role
predicate ("Katar und Ägypten treten als Vermittler auf"), the owners of the role's
nominalisation ("unter Vermittlung Katars und Ägyptens"), or a list set in apposition to a noun
of that role ("die Vermittlerstaaten Katar, Ägypten und die USA").
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from quotes.constructions.core import effective_lemma, finite_in_number, lemma_with
from quotes.extract import Mention
from quotes.parse import Sentence, Word
from quotes.resolve.entities import Entity, joint_speaker
from quotes.resolve.words import LIST_CLOSERS, LIST_LINK, NUMBER_WORDS
from quotes.text import fold

if TYPE_CHECKING:
    from quotes.resolve.resolver import DocumentResolver

MEDIATING = "vermitteln"
# folded nouns (singular and plural) for those who take a role, by the role's verb
ROLE_NOUNS = {"vermittler": MEDIATING, "vermittlerin": MEDIATING, "vermittlerinnen": MEDIATING,
              "mediator": MEDIATING, "mediatoren": MEDIATING, "mediatorin": MEDIATING}
ROLE_NOMINALS = {"vermittlung": MEDIATING, "mediation": MEDIATING}  # "unter Vermittlung Katars"
# what a role compound's head may be ("Vermittlerstaaten", "Vermittlerländer", "Vermittlerseite")
GROUP_HEADS = ("staaten", "staat", "lander", "land", "machte", "macht", "regierungen", "seite")
STATE_HEADS = ("staaten", "lander", "regierungen", "hauptstadten")  # folded plurals: a group of governments
STATES = "states"  # the role of a plain state noun: no verb, only who was named together
DEFINITE = ("die", "den", "der", "beide", "beiden", "beider")  # "beider Vermittler": the two
SENTENCES_BACK = 3
CITING_VERBS = {"berufen", "stutzen", "zitieren"}  # folded: "beriefen sich auf", "stützte sich auf"
RESTATING = ("das", "dies")  # "Das berichteten X und Y": the sentence before is theirs (D21)
OWNER_PREPOSITION = re.compile(r"\s+(?:von|durch)\b")  # "Vermittlung von Katar und Ägypten"


def group_role(w: Word) -> str | None:
    """The role verb a group noun names: "Vermittler", "Mediatoren", "Vermittlerstaaten" →
    "vermitteln"; None for any other noun."""
    for form in dict.fromkeys((fold(w.lemma or w.text), fold(w.text))):
        word = form.replace("-", "")
        head = next((h for h in GROUP_HEADS if word.endswith(h) and len(word) > len(h) + 3), None)
        role = ROLE_NOUNS.get(word[: -len(head)] if head else word)
        if role:
            return role
    return None


def mention_role(r: DocumentResolver, m: Mention) -> str | None:
    """The role of a definite plural group mention: its head's role ("die Mediatoren"), a
    state noun's role participle ("die vermittelnden Staaten"), else STATES for a plain state
    noun ("die Regierungen"); None for any other mention."""
    if m.head.upos != "NOUN" or not m.words or not r.is_plural(m):
        return None
    dets = [w for w in m.words if w.head == m.head.id and w.upos == "DET"]
    if not dets or fold(dets[0].text) not in DEFINITE:
        return None
    role = group_role(m.head)
    if role is not None:
        return role
    if not fold(m.head.text).endswith(STATE_HEADS):
        return None
    return next((verb for w in m.words if w.head == m.head.id and w.deprel == "amod"
                 for verb in ROLE_NOMINALS.values() if fold(w.lemma or w.text).startswith(verb[:-1])),
                STATES)


def role_group(r: DocumentResolver, m: Mention) -> tuple[str, str] | None:
    """The named members of the latest group the text gave the mention's role, in this and the
    few sentences before (outside quotes), when a count in the mention fits ("die drei
    Vermittlerstaaten": three); with no group in that role, the coordinated subject of the
    sentence before ("Katar und Ägypten bemühen sich … Die vermittelnden Staaten"), only
    governments for a state noun; in the order the text first named them (D13). None when the
    mention has no role or its own list follows."""
    role = mention_role(r, m)
    if role is None or r.name_right_after(m.head.end) is not None:
        return None  # "die Vermittler Katar und Ägypten" names its own members
    count = next((NUMBER_WORDS[fold(w.text)] for w in m.words if w.head == m.head.id
                  and fold(w.text) in NUMBER_WORDS), None)

    def fits(members: list[tuple[str, str | None]]) -> bool:
        states = not fold(m.head.text).endswith(STATE_HEADS) or all(
            n.startswith("Government of") for n, _ in members)
        return len(members) >= 2 and (count is None or len(members) == count) and states

    here = bisect.bisect_right(r.sentence_starts, m.start) - 1
    if role != STATES:
        for i in range(here, max(-1, here - 1 - SENTENCES_BACK), -1):
            for members in reversed(groups_in_role(r, r.parsed.sentences[i], role, m.start)):
                if fits(members):
                    return r.first_named_order(joint_speaker(members))
    for i in range(here, max(-1, here - 2), -1):
        sent = r.parsed.sentences[i]
        for verb in reversed([w for w in sent.words if w.head == 0 and w.start < m.start]):
            members = subject_group(r, sent, verb)
            if members and fits(members):
                return r.first_named_order(joint_speaker(members))
    return None


def groups_in_role(r: DocumentResolver, sent: Sentence, role: str,
                   before: int) -> list[list[tuple[str, str | None]]]:
    """Every group of registry names `sent` gives the role before `before`, in text order."""
    found: list[tuple[int, list[tuple[str, str | None]]]] = []
    for w in sent.words:
        if w.start >= before or any(a <= w.start < b for a, b in r.quoted_spans):
            continue
        members = None
        if w.upos == "VERB" and fold(w.lemma or w.text) == role:  # "Katar und Ägypten vermitteln"
            members = subject_group(r, sent, w)
        elif w.upos == "NOUN" and group_role(w) == role:
            members = predicate_group(r, sent, w) or apposed_group(r, w)
        elif w.upos == "NOUN" and ROLE_NOMINALS.get(fold(w.lemma or w.text)) == role:
            members = owner_group(r, sent, w)  # "unter Vermittlung Katars und Ägyptens"
        if members:
            found.append((w.start, members))
    return [members for _, members in sorted(found)]


def subject_group(r: DocumentResolver, sent: Sentence, verb: Word) -> list[tuple[str, str | None]] | None:
    """The coordinated subject of `verb` ("Die USA, Katar und Ägypten vermitteln"); a relative
    pronoun stands for its antecedent ("Katar und Ägypten, die … vermitteln")."""
    subject = next((k for k in sent.kids(verb.id) if k.deprel == "nsubj"), None)
    if subject is not None and subject.upos == "PRON" and verb.deprel == "acl:relcl" and verb.head:
        subject = sent.word(verb.head)
    if subject is None:
        return None
    named = r.entity_at(subject)
    group = r.coordinated_subject(named) if named is not None else None
    return [(name, e.affiliation) for name, e in group.items()] if group else None


def predicate_group(r: DocumentResolver, sent: Sentence, noun: Word) -> list[tuple[str, str | None]] | None:
    """"Katar und Ägypten treten als Vermittler auf", "…, die als Vermittler fungieren": the
    subject of the clause the "als" phrase belongs to."""
    if not any(fold(k.text) == "als" for k in sent.kids(noun.id)) or not noun.head:
        return None
    return subject_group(r, sent, sent.word(noun.head))


def apposed_group(r: DocumentResolver, noun: Word) -> list[tuple[str, str | None]] | None:
    """"die Vermittlerstaaten Katar, Ägypten und die USA": the list right after the noun."""
    hit = r.name_right_after(noun.end)
    if hit is None:
        return None
    listed = r.name_list(hit[2].name, hit[2].affiliation, hit[1])
    if listed is None:
        return None
    names = listed[0].split(" and ")
    return [(n, (r.registry.by_name(n).affiliation if r.registry.by_name(n) else None)) for n in names]


def owner_group(r: DocumentResolver, sent: Sentence, noun: Word) -> list[tuple[str, str | None]] | None:
    """"unter Vermittlung Katars, Ägyptens und der USA", "mit Vermittlung von Katar und
    Ägypten": the registry names listed right after the nominalisation (its owners)."""
    after = OWNER_PREPOSITION.match(r.parsed.text, noun.end)
    members = r.names_listed_from(after.end() if after else noun.end)
    return members if len(members) >= 2 else None


def outlets_named_next(r: DocumentResolver, m: Mention) -> tuple[str, str] | None:
    """"Medien berichteten, … . Die Sender Kan und Channel 12 beriefen sich dabei auf …",
    "Berichten zufolge … . Das berichteten die Zeitung X und der Sender Y": unspecified reports
    are the outlets that the rest of the sentence or the next one names as the subject of a
    verb (D11), all of them when listed (D13); not outlets that speak for a quote of their own
    ("Die Zeitung X berichtete, …" is a report of its own); None when none is named."""
    here = bisect.bisect_right(r.sentence_starts, m.start) - 1
    for i in (here, here + 1):
        if i >= len(r.parsed.sentences):
            return None
        sent = r.parsed.sentences[i]
        for e in r.entities:
            entry = r.registry.by_name(e.name)
            if not sent.start <= e.position < sent.end or e.position < m.end or entry is None \
                    or not entry.medium or r.in_reported_content(e) or speaks_for_own_quote(r, e.position) \
                    or not reports_or_cites(r, e.position):
                continue
            listed = r.names_listed_from(e.position)
            if len(listed) > 1 and all((r.registry.by_name(n) or entry).medium for n, _ in listed):
                return joint_speaker(listed)
            return e.name, e.affiliation
    return None


def reports_or_cites(r: DocumentResolver, pos: int) -> bool:
    """Whether the outlet at `pos` is the subject of a report or of citing a source ("Das
    berichteten X und Y", "Die Sender beriefen sich auf …"): an outlet that does something
    else ("Die Zeitung X veröffentlichte Bilder", "Der Sender zeigte Aufnahmen") or reports on
    another topic ("über ein Treffen"; "darüber" stays) made no report the unspecified one
    could be (D11). An outlet the parse gives no subject role ("Das meldeten X und Y") stays,
    as `speaks_for_own_quote` decides."""
    found = r.subject_at(pos)
    if found is None:
        return True
    sent, subject = found
    verb = sent.word(subject.head)
    if any(k.deprel == "obl" and k.upos in ("NOUN", "PROPN") and any(
            c.deprel == "case" and fold(c.text) == "uber" for c in sent.kids(k.id))
           for k in sent.kids(verb.id)):
        return False
    return reporting_word(r, sent, verb) or any(reporting_word(r, sent, w) for w in sent.words
                                                if not any(a <= w.start < b for a, b in r.quoted_spans))


def reporting_word(r: DocumentResolver, sent: Sentence, w: Word) -> bool:
    """A verb of saying or citing, also one the tagger took for an adjective ("Die Sender
    zitierten Beamte" with "zitierten" an attribute of "Beamte")."""
    if w.upos not in ("VERB", "AUX", "ADJ") or fold(w.lemma or w.text) in ("sein", "haben", "werden"):
        return False
    if fold(w.lemma or w.text) in CITING_VERBS or r.lexicon.verb_class(w.lemma) is not None:
        return True
    lemma = effective_lemma(sent, w, r.lexicon) if w.upos != "ADJ" else lemma_with(w, [], r.lexicon)
    return lemma is not None and r.lexicon.verb_class(lemma) is not None


def speaks_for_own_quote(r: DocumentResolver, pos: int) -> bool:
    """Whether the noun phrase at `pos` is no subject, or the subject of the cue of a quote;
    after "Das berichteten" (the parse took "Das" for the subject) what follows the verb is,
    also where the tagger took the verb for an adjective ("Das meldeten X und Y")."""
    found = r.subject_at(pos)
    if found is None:
        sent = r.sentence_of(pos)
        return not (sent is not None and len(sent.words) > 2 and fold(sent.words[0].text) in RESTATING
                    and sent.words[1].start < pos and (r.lexicon.verb_class(sent.words[1].lemma) is not None
                                                       or lemma_with(sent.words[1], [], r.lexicon)))
    sent, subject = found
    verb = sent.word(subject.head)
    return any(a <= verb.start < b for a, b in r.cue_spans)


def people_listed(r: DocumentResolver, m: Mention) -> tuple[str, str] | None:
    """"Die Minister Max Muster und Erik Beispiel", "sagten Noa Levi und Tamar Cohen", "Drei
    Angehörige, Yael Mor, Ido Katz und Lior Ben-Ami,": the people named in a list that begins
    with the first name of the mention, registry or not, as one joint speaker (D13), when an
    "und" or "sowie" closes the list and every member is a person the text names; with a plural
    verb a member after "und"/"sowie" may bring its title ("…, Itamar Ben-Gvir, und Finanzminister
    Bezalel Smotrich", "A und B sowie der Abgeordnete C")."""
    text = r.parsed.text
    first = next((e for e in r.entities if m.start <= e.position < m.end and e.kind == "person"
                  and not e.speaker), None)
    if first is None:
        return None
    members: list[tuple[str, str | None]] = []
    pos, closed, closer = first.position, False, False
    plural = bool(r.is_plural(m)) or of_plural_verb(r, m)  # a title may introduce the last members
    while True:
        person = next((e for e in r.entities if e.position == pos and e.kind == "person" and not e.speaker),
                      None)
        if person is None and plural and closer:  # "…, und Finanzminister Bezalel Smotrich"
            person = next((e for start in titled_name_starts(text, pos) for e in r.entities
                           if e.position == start and e.kind == "person" and not e.speaker), None)
            pos = person.position if person is not None else pos
        if person is None:
            break
        written = text[pos:name_end(text, pos)].rstrip(".")
        name = person.name  # "Max Muster" where the scan took only "Max" for the name
        if r.registry.by_name(name) is None and written.startswith(name + " "):
            name = written
        name = r.spelled_canonically(r.fullest_name(name), person.affiliation)[0] or name
        if all(name != n for n, _ in members):
            members.append((name, r.person_affiliation(name, person.affiliation)))
        end = after_description(text, name_end(text, pos)) if plural else name_end(text, pos)
        link = COMMA_CLOSER.match(text, end) if plural else None
        link = link or LIST_LINK.match(text, end)
        if link is None:
            break
        closer = link.group(0).strip(" ,") in LIST_CLOSERS
        closed = closed or closer
        if closer and not (closed_here(text, link.end()) or plural and titled_name_starts(text, link.end())):
            break
        pos = link.end()
    if len(members) < 2 or not closed:
        return None
    return joint_speaker(members)


def of_plural_verb(r: DocumentResolver, m: Mention) -> bool:
    """The mention's head is the subject of a plural finite verb ("Ben-Gvir und der ebenfalls
    rechtsextreme Smotrich sagten", however the parse hung the second name)."""
    sent = r.sentence_of(m.head.start)
    if sent is None or m.head.deprel not in ("nsubj", "nsubj:pass") or not m.head.head:
        return False
    return finite_in_number(sent, sent.word(m.head.head), "Plur")


NAME_TOKEN = re.compile(r"[A-ZÄÖÜ][\w'’.-]*|(?:al|el|ad|as|bin|ibn|abu|bint|von|van|de)(?:-[\w'’-]+)?(?=\s)")


def name_end(text: str, pos: int) -> int:
    """Where the name that begins at `pos` ends: capitalised words and name particles."""
    end = pos
    while (token := NAME_TOKEN.match(text, end)) is not None:
        end = token.end()
        if text[end:end + 1] != " " or NAME_TOKEN.match(text, end + 1) is None:
            break
        end += 1
    return end


COMMA_CLOSER = re.compile(r"\s*,\s+(?:und|sowie)\s+")  # "Itamar Ben-Gvir, und Finanzminister …": an
# apposition closed by its comma before the list's last member
# "der Likud-Abgeordnete ", "sein Kabinettskollege ", "der ebenfalls rechtsextreme "
TITLED_MEMBER = re.compile(
    r"(?:(?:der|die|den|dem|des|sein|seine|seinem|seinen|ihr|ihre|ihrem|ihren)\s+(?:[a-zäöüß][\w-]*\s+){0,2})?")
TITLE_WORD = re.compile(r"[A-ZÄÖÜ][\w-]*[a-zäöüß]\s+(?=[A-ZÄÖÜ])")
# ", der Polizeiminister," between a list member's name and the list's ", und": a description of it
APPOSED_DESCRIPTION = re.compile(
    r",\s+(?:der|die)\s+(?:[a-zäöüß][\w-]*\s+)?[A-ZÄÖÜ][\w-]*(?=,\s+(?:und|sowie)\s)")


def titled_name_starts(text: str, pos: int) -> list[int]:
    """Where the name of a list member may begin that a title, an article or possessive with
    an adjective, or both introduce: after one or two capitalised words ("der rechtsextreme
    Polizeiminister Itamar Ben-Gvir", "Israels Finanzminister Smotrich") or right after the
    article's words ("der ebenfalls rechtsextreme Smotrich"); none where nothing stands before
    the next capitalised word."""
    at = TITLED_MEMBER.match(text, pos).end()
    starts = [at] if at > pos else []
    for _ in range(2):
        word = TITLE_WORD.match(text, at)
        if word is None:
            break
        at = word.end()
        starts.append(at)
    return starts


def after_description(text: str, pos: int) -> int:
    """`pos` moved past a description set off by commas before the list goes on ("Ben-Gvir,
    der Polizeiminister, und Smotrich")."""
    found = APPOSED_DESCRIPTION.match(text, pos)
    return found.end() if found is not None else pos


def closed_here(text: str, pos: int) -> bool:
    """After the list's "und": a name follows, not a clause ("und verwies auf …")."""
    return NAME_TOKEN.match(text, pos) is not None and text[pos:pos + 1].isupper()


# folded nouns for members of a political camp that a plural mention gives people the text has
# just listed ("Ben-Gvir und Smotrich … Die Koalitionspartner drohten"), beside the epithets
CAMP_NOUNS = ("koalitionspartner", "regierungspartner", "bundnispartner", "kabinettsmitglied",
              "kabinettskolleg", "regierungsmitglied", "parteifreund", "rechtsextrem", "ultrarecht",
              "rechtsaussen", "ultraorthodox", "ultranationalist", "hardliner", "minister")
GROUP_DETERMINERS = ("die", "den", "der", "beide", "beiden", "beider", "zwei", "drei", "diese")
SOME = ("mehrere", "einige", "viele", "zahlreiche", "andere", "weitere", "manche")  # not the ones listed
PEOPLE_BACK = 3  # sentences before a group mention in which its members may be listed


def people_listed_before(r: DocumentResolver, m: Mention) -> tuple[str, str] | None:
    """"Israels rechtsextreme Minister Ben-Gvir und Smotrich … . Die Koalitionspartner drohten",
    "Die beiden Rechtsextremisten", "Netanjahus Koalitionspartner": a plural mention of people
    by a camp noun, an epithet or a title, with no name of its own, is the people the text last
    listed together in this and the few sentences before, when a count in the mention fits;
    an owner in the mention ("von Netanjahu") is none of them; in the order first named (D13)."""
    if m.head.upos != "NOUN" or not m.words or not (r.is_plural(m) or r.counted(m)) \
            or any(m.head.start <= e.position < m.head.end for e in r.entities):
        return None  # "Ägypten und Katar erklärten" (a state tagged a plural noun) names a body
    head = fold(m.head.lemma or m.head.text).replace("-", "")
    if not (head.startswith(CAMP_NOUNS) or head.endswith(CAMP_NOUNS) or r.nouns.is_epithet(m.head.text)
            or r.nouns.is_epithet(m.head.lemma or m.head.text)):
        return None
    dets = [w for w in m.words if w.head == m.head.id and w.id < m.head.id and (
        w.upos in ("DET", "NUM") or w.deprel in ("nmod:poss", "det:poss")
        or fold(w.text) in GROUP_DETERMINERS)]
    owners = {e.name for e in r.entities if m.start <= e.position < m.end}  # "Netanjahus", "von X"
    if not dets and not owners or r.name_right_after(m.head.end) is not None \
            or any(fold(w.text) in SOME for w in m.words):  # "Mehrere Koalitionspartner": some
        return None  # "Koalitionspartner" alone is any; "die Minister Smotrich und …" names its own
    count = next((NUMBER_WORDS[fold(w.text)] for w in m.words if fold(w.text) in NUMBER_WORDS), None)
    for group in reversed(listed_people_groups(r, m)):
        if len(people_named_since(r, group, m)) >= (count or 2):
            return None  # "A und B trafen sich. Netanjahu empfing Biden. Die beiden Politiker": not A, B
        members = [(e.name, e.affiliation) for e in group if e.name not in owners]
        if len(members) >= 2 and count in (None, len(members)) and len(members) == len(group):
            return r.first_named_order(joint_speaker([(n, r.person_affiliation(n, a)) for n, a in members]))
    return None


PEOPLE_AHEAD = 5  # sentences after "Mehrere Koalitionspartner von X drohten" that may name them


def people_named_after(r: DocumentResolver, m: Mention) -> tuple[str, str] | None:
    """"Mehrere rechtsreligiöse Koalitionspartner von Netanjahu drohten, … . …, schrieb
    Finanzminister Smotrich. … Ähnlich äußerte sich Polizeiminister Ben-Gvir": a plural camp
    noun with "mehrere"/"einige" and an owner, the people not listed before it, is the people
    of the owner's side the next few sentences name as subjects (the owner is none of them), when
    at least two; in the order named (D13: "in the order in which the text first names them")."""
    if m.head.upos != "NOUN" or not r.is_plural(m) or not any(fold(w.text) in SOME for w in m.words):
        return None
    head = fold(m.head.lemma or m.head.text).replace("-", "")
    owners = [e for e in r.entities if m.start <= e.position < m.end and e.kind == "person"]
    if not owners or not (head.startswith(CAMP_NOUNS) or head.endswith(CAMP_NOUNS)):
        return None
    side = owners[0].affiliation
    here = bisect.bisect_right(r.sentence_starts, m.start) - 1
    stop = r.sentence_starts[here + PEOPLE_AHEAD] if here + PEOPLE_AHEAD < len(r.sentence_starts) \
        else len(r.parsed.text)
    owner_names = {o.name for o in owners}
    named: dict[str, tuple[str, str | None]] = {}
    for e in r.entities:
        if m.end <= e.position < stop and e.kind == "person" and names_a_subject(r, e) and not e.speaker \
                and e.affiliation == side and e.name not in owner_names \
                and r.registry.by_name(e.name) is not None and not r.in_reported_content(e):
            named.setdefault(e.name, (e.name, e.affiliation))
    return joint_speaker(list(named.values())) if len(named) >= 2 else None


def names_a_subject(r: DocumentResolver, e: Entity) -> bool:
    """Whether the entity is a subject or the name set beside one ("äußerte sich der
    Polizeiminister Itamar Ben-Gvir": the name hangs on the subject noun)."""
    if e.subject:
        return True
    w = r.word_naming(e)
    sent = r.sentence_of(e.position)
    if w is None or sent is None:
        return False
    # an inverted subject the tagger read as a bare oblique ("äußerte sich der Minister X"): no case
    return w.deprel == "nsubj" or w.deprel == "obl" and not any(k.deprel == "case" for k in sent.kids(w.id))


def people_named_since(r: DocumentResolver, group: list, m: Mention) -> set[str]:
    """The other people the text names after a listed group and before `m`, outside reported
    content: as many as a group mention counts, and the mention is more likely theirs."""
    last = max(e.position for e in group)
    members = {e.name for e in group}
    return {e.name for e in r.entities if e.kind == "person" and not e.speaker
            and last < e.position < m.start and e.name not in members and not r.in_reported_content(e)}


def listed_people_groups(r: DocumentResolver, m: Mention) -> list[list]:
    """The runs of people the text lists together ("A und B", "A, B und Minister C") in the
    sentence of `m` before it and the few sentences before, outside quotes, in text order."""
    text = r.parsed.text
    here = bisect.bisect_right(r.sentence_starts, m.start) - 1
    start = r.sentence_starts[max(0, here - PEOPLE_BACK)]
    people = sorted({e.position: e for e in r.entities if e.kind == "person" and not e.speaker
                     and start <= e.position < m.start and not r.in_reported_content(e)}.items())
    groups: list[list] = []
    run: list = []
    closed = False
    for pos, e in people:
        if run:
            end = name_end(text, run[-1].position)
            link = COMMA_CLOSER.match(text, end) or LIST_LINK.match(text, end)
            joined = link is not None and (pos == link.end() or pos in titled_name_starts(text, link.end()))
            if joined:
                closed = closed or link.group(0).strip(" ,") in LIST_CLOSERS
                if all(x.name != e.name for x in run):
                    run.append(e)
                continue
            if closed and len(run) > 1:
                groups.append(run)
        run, closed = [e], False
    if closed and len(run) > 1:
        groups.append(run)
    return groups
