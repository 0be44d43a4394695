"""Reported clauses after speech verbs: "X sagte, Israel werde …", "…, sagte X", "X forderte …
auf, … zu …" (directive), "X bezeichnete … als …" (characterisation).

Lexicon block: `verbs` (lemma → class say | directive | name), `forms`, `complementizers`.
The clause is read twice, from the tree and from the surface, and the two are merged, because
the compact parser often cuts a clause short.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import (
    QUOTE_MARKS,
    SUBJECTS,
    Context,
    Cue,
    Mention,
    PreviousSpeaker,
    char_span,
    clean_span,
    effective_lemma,
    is_relative,
    is_subjunctive,
    lexicon_block,
    merge_content,
    opens_condition,
    particles_of,
    reference,
    subtree,
    word_cue,
)
from quotes.constructions.mentions import (
    after_parenthesis,
    apposed_name_end,
    is_medium_noun,
    is_speech_noun,
    left_noun_phrase,
    mention,
    names_a_medium,
    source_after,
    statement_source,
    subject_of,
    surface_speaker,
    words_mention,
)
from quotes.constructions.speech_nouns import infixed_zu
from quotes.lexicon import Lexicon
from quotes.parse import Sentence, Word

CONTENT_RELS = ("ccomp", "parataxis")
MAYBE_CONTENT_RELS = ("advcl", "obj", "csubj", "xcomp", "obl", "conj", "acl")
PURPOSE_MARKS = {"um", "ohne", "statt", "anstatt"}
FRAME_WINDOW = 12  # words from the cue to the comma opening its clause ("berichtete X dem Y im Z, dass")
RULES = {"say": "speech_verb", "directive": "directive", "name": "characterisation"}


def may_be_cue(ctx: Context, sent: Sentence, w: Word) -> bool:
    """A verb, or a word the lexicon knows as a verb form (the tagger misses some); also a small
    word that is a speech verb's infinitive, the plural present, read as an adjective ("Der Iran
    und die Hamas beschuldigen Israel, …" with "beschuldigen" tagged ADJ)."""
    return w.upos in ("VERB", "AUX") or (w.upos != "PUNCT" and w.text.lower() in ctx.lex.forms) or (
        w.upos == "ADJ" and w.text in ctx.lex.verbs and adjective_cue_subject(ctx, sent, w) is not None)


def speech_verb_lemma(ctx: Context, sent: Sentence, w: Word) -> str | None:
    if not may_be_cue(ctx, sent, w):
        return None
    return effective_lemma(sent, w, ctx.lex) or caused_speech_verb(ctx, sent, w)


def caused_speech_verb(ctx: Context, sent: Sentence, w: Word) -> str | None:
    """"ließ über Vermittler ausrichten, …", "ließ durchblicken, …": verbs that report speech
    only as the infinitive of "lassen", whose subject is then the speaker (lexicon block
    `speech_verbs.after_lassen`; "ließ mitteilen" needs nothing, "mitteilen" is a cue anyway)."""
    infinitive = w.text.lower()
    if w.feat("VerbForm") != "Inf" or infinitive not in ctx.lex.block(
            "speech_verbs", Block).after_lassen:
        return None
    head = sent.word(w.head) if w.head else None
    caused = head is not None and head.lemma == "lassen" and w.deprel in ("xcomp", "ccomp", "conj", "advmod")
    return infinitive if caused or any(
        k.lemma == "lassen" and k.deprel in ("aux", "aux:pass") for k in sent.kids(w.id)) else None


@lexicon_block("speech_verbs")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    need_speaker: list[str]  # attitude verbs (D19) that report content only with a speaker named
    after_lassen: list[str] = []  # speech verbs only as the infinitive of "lassen" ("ließ wissen")
    comment_need_finding: str = ""
    need_finding: list[str] = []  # verbs that report only with a finding as subject ("ergab, dass")
    finding_nouns: list[str] = []  # those findings: "Untersuchung", "Ermittlungen", "Analyse" …
    comment_need_source: str = ""
    need_source: list[str] = []  # verbs that report only from a source or a medium ("erfuhr dpa aus X")
    comment_not_with: str = ""
    not_with: dict[str, list[str]] = {}  # lemma → words that make it no speech ("besteht darin")
    comment_not_passive: str = ""
    not_passive: list[str] = []  # verbs that report only in the active ("Geiseln werden festgehalten")
    comment_marks_only: str = ""
    marks_only: list[str] = []  # characterise only with quoted words ("betrachtet X als „Y“", D19)
    comment_only_postposed: str = ""
    only_postposed: list[str] = []  # cues only after their content ("…, fuhr X fort")
    comment_time_marks: str = ""
    time_marks: list[str] = []  # "rief, als …, die Polizei": a time clause alone is no content


def infinitive_of_noun(sent: Sentence, w: Word) -> bool:
    """"die Macht, darüber zu entscheiden", "die Dringlichkeit, … zu fordern": a zu-infinitive
    that completes a noun says what the noun is about; no one speaks."""
    return w.feat("VerbForm") == "Inf" and w.deprel in ("xcomp", "acl") and bool(w.head) \
        and sent.word(w.head).upos == "NOUN" and any(k.text.lower() == "zu" for k in sent.kids(w.id))


@word_cue(10)
def cue_at(ctx: Context, si: int, sent: Sentence, w: Word) -> Cue | None:
    """A speech verb (not "heißen", see `hiess_es`) with its speaker and reported clause."""
    lemma = speech_verb_lemma(ctx, sent, w)
    if not lemma or lemma == "heißen" or states_a_fact(ctx, sent, w, lemma) or writers_remark(sent, w) \
            or held_not_said(ctx, sent, w, lemma) or infinitive_of_noun(sent, w) \
            or comparing_wie_clause(sent, w) and ctx.lex.verb_class(lemma) != "name" \
            or relaying_closing_wie(ctx, sent, w):
        return None
    kind = ctx.lex.verb_class(lemma) or "say"
    content = before_coordinated_cue(ctx, sent, w, reported_content(ctx, sent, w, kind))
    first = first_coordinated_cue(ctx, sent, w)
    if first is not None:  # "… aufgerufen, … zu verstärken und angekündigt, …": one subject
        speaker = speaker_of(ctx, sent, first, reported_content(ctx, sent, first, "say"))
    else:
        speaker = speaker_of(ctx, sent, w, content)
    ref = reference(speaker)
    block = ctx.lex.block("speech_verbs", Block)
    if lemma in block.only_postposed and not (content and content[1] <= w.start):
        return None  # "Die Armee fuhr fort, die Stadt zu beschießen": what it went on doing
    if lemma in block.marks_only and not (content and ctx.index.within(content[0], content[1] + 1)):
        return None  # "betrachtet die Miliz als Gefahr": a view, no quoted words (D19)
    if lemma in block.need_speaker and (ref is None or impersonal(speaker)):
        return None  # "Zudem wird befürchtet, dass …": an attitude no one is said to hold
    if lemma in block.need_source and not (content and learned_from_source(ctx, sent, w, speaker)):
        return None  # "Er erfuhr, dass seine Tochter lebt": what he learned, no one's report
    if lemma in block.need_finding and not (content and names_finding(speaker, block.finding_nouns)):
        return None  # "Daraus ergab sich ein Streit": only "Die Untersuchung ergab, dass …" reports
    if ref is None and kind == "name" and passive_without_agent(sent, w):
        return None  # "Unter dem Motto „…“ wird das Fest gefeiert": no one characterises
    if kind == "directive" and passive_without_agent(sent, w) or accused_in_passive(ctx, sent, w, lemma):
        ref = PreviousSpeaker()  # "Israel wird zudem aufgefordert, …": Israel is addressed
    return Cue(si, w.start, w.end, cue_text(sent, w, ctx.lex), kind, ref, content, RULES[kind], w)


COORDINATORS = {"und", "sowie"}


def learned_from_source(ctx: Context, sent: Sentence, v: Word, speaker: Mention | None) -> bool:
    """"erfuhr dpa aus Hamas-Kreisen", "Wie die Zeitung erfuhr, …": one learns a report from a
    source the sentence names, or a medium learns it (the medium is then the speaker, Q7)."""
    if learned_source(ctx, sent, v) is not None:
        return True
    return speaker is not None and (names_a_medium(speaker.text) or is_medium_noun(ctx, speaker.head))


def learned_source(ctx: Context, sent: Sentence, v: Word) -> Mention | None:
    """The source one learns from: "aus X"/"von X" on the verb, or on its subject where the parse
    hung it there ("Wie dpa aus Hamas-Kreisen erfuhr": "aus Hamas-Kreisen" on "dpa")."""
    source = source_after(ctx, sent, v)
    if source is not None:
        return source
    for subject in (k for k in sent.kids(v.id) if k.deprel in SUBJECTS):
        for n in sent.kids(subject.id):
            if n.deprel == "nmod" and n.id > subject.id and n.upos in ("NOUN", "PROPN") and any(
                    c.deprel == "case" and c.text.lower() in ("aus", "von", "vom") for c in sent.kids(n.id)):
                return mention(ctx, sent, n)
    return None


def relaying_closing_wie(ctx: Context, sent: Sentence, v: Word) -> bool:
    """"A, betonte Merz bei einem Treffen, wie ein Regierungssprecher mitteilte.": a closing
    wie-clause after a postposed speech verb with its own subject (", betonte X") only passes on
    that report (Q7: the relay goes in the note); it is no cue of its own, whatever the parse
    hung it on. A main-clause verb with its content after it ("Sprachen X und Y darüber, …, wie
    die Regierung mitteilte") leaves the wie-clause its report."""
    wie = closing_wie(sent, v)
    if wie is None:
        return False
    return any(w.upos == "VERB" and w.feat("VerbForm") == "Fin" and w.id > 2
               and sent.word(w.id - 1).text in (",", "–", "—") and speech_verb_lemma(ctx, sent, w)
               and any(k.deprel == "nsubj" and k.upos in ("NOUN", "PROPN", "PRON") and k.id < wie.id
                       for k in sent.kids(w.id))
               for w in sent.words[:wie.id - 1])


def comparing_wie_clause(sent: Sentence, v: Word) -> bool:
    """"…, warum die Stadt den Platz nicht räumen lässt, wie es der Verband verlangt", "…, wie die
    Miliz es angekündigt habe": a wie-clause whose verb takes a correlative "es" besides a noun
    subject compares the clause before with what X demands or announced; it does not attribute
    that clause to X (the clause may deny what X wants) and reports nothing of its own, so the
    sentence's own cue keeps its content (GUIDELINES D16). "wie es hieß" has no other subject;
    "wie X es nannte" (a naming verb) keeps its quoted words (the caller's check)."""
    kids = sent.kids(v.id)
    wie = next((k for k in kids if k.deprel == "mark" and k.text.lower() == "wie"), None)
    if wie is None or wie.id == 1:
        return False
    between = [w for w in sent.words[wie.id:v.id - 1] if w.head == v.id]
    correlate = any(w.text.lower() == "es" and w.upos == "PRON" for w in between)
    noun = any(w.upos in ("NOUN", "PROPN") and not any(c.deprel == "case" for c in sent.kids(w.id))
               for w in between)
    return correlate and noun


def before_coordinated_cue(ctx: Context, sent: Sentence, v: Word,
                           content: tuple[int, int] | None) -> tuple[int, int] | None:
    """"haben dazu aufgerufen, die Wachen zu verdoppeln und angekündigt, man werde …": a
    speech verb after "und" in the same form as the cue (participle with participle, or finite
    in the same mood), with a comma after it that opens its own complement, is coordinated with
    the cue, not part of its content; the content ends before the "und". A participle under the
    report's own Konjunktiv ("sagte, X habe gewarnt und gedroht, …") has another form than the
    cue and stays in."""
    if content is None:
        return None
    for x in sent.words:
        if not content[0] < x.start < content[1] or x.id < 2 or ctx.index.inside(x.start):
            continue
        before = sent.word(x.id - 1)
        if before.text.lower() not in COORDINATORS or before.start <= content[0]:
            continue
        if not opens_complement(sent, x) or not speech_verb_like(ctx, sent, x, v):
            continue
        end = clean_span(ctx.text, content[0], before.start)
        return end if end[1] > end[0] else content
    return content


def same_form(a: Word, b: Word) -> bool:
    """Participle with participle, or finite with finite in the same mood."""
    form = a.feat("VerbForm")
    return form == b.feat("VerbForm") and form in ("Part", "Fin") and (
        form == "Part" or a.feat("Mood") == b.feat("Mood"))


def speech_verb_like(ctx: Context, sent: Sentence, v: Word, other: Word) -> bool:
    """`v` is a speech verb in the form of `other` (`same_form`): the two can be coordinated
    cues sharing a subject."""
    return v.upos == "VERB" and same_form(v, other) and speech_verb_lemma(ctx, sent, v) is not None


def opens_complement(sent: Sentence, x: Word) -> bool:
    """A comma or colon right after the verb opens its own complement ("und angekündigt, …")."""
    return x.id < len(sent.words) and sent.word(x.id + 1).text in (",", ":")


def first_coordinated_cue(ctx: Context, sent: Sentence, x: Word) -> Word | None:
    """The speech verb that `x` is coordinated with by "und" (`before_coordinated_cue`), when
    `x` has no subject of its own: the nearest speech verb before the "und" in the same form.
    After a comma, the speech verb the parse coordinates it with ("räumte ein, dass …, machte
    aber seine Haltung deutlich, dass …")."""
    if x.id < 2 or any(k.deprel in SUBJECTS for k in sent.kids(x.id)):
        return None
    if sent.word(x.id - 1).text == "," and x.deprel == "conj" and x.head and x.head < x.id:
        if not any(w.text in (",", ":") for w in sent.words[x.id:]):
            return None  # "…, schrieben beide Medien.": a postposed cue, its subject after it
        head = sent.word(x.head)
        return head if speech_verb_like(ctx, sent, head, x) and not ctx.index.inside(head.start) else None
    if sent.word(x.id - 1).text.lower() not in COORDINATORS or not opens_complement(sent, x):
        return None
    head = sent.word(x.head) if x.deprel == "conj" and x.head and x.head < x.id else None
    if head is not None and speech_verb_like(ctx, sent, head, x):
        return head  # the parse's own coordination, over a verb inside the first report
    for v in reversed(sent.words[:x.id - 2]):
        if speech_verb_like(ctx, sent, v, x) \
                and not ctx.index.inside(v.start):  # "sagte, dass X "… leugnet", und betonte"
            return v
    return None


def names_finding(speaker: object, nouns: list[str]) -> bool:
    """The speaker's head is a finding ("erste Ermittlungen", "eine DNA-Analyse"): one of `nouns`
    or a compound ending in one."""
    head = getattr(speaker, "head", None)
    if head is None or head.upos not in ("NOUN", "PROPN"):
        return False
    word = head.text
    return any(word == n or len(word) > len(n) and (word.endswith("-" + n) or word.endswith(n.lower()))
               for n in nouns)


def writers_remark(sent: Sentence, v: Word) -> bool:
    """"Dazu ist zu sagen, dass …", "Wobei zu bemerken ist, dass …": "sein" with a zu-infinitive
    and no agent is what is to be said, the writer's own remark, no one's speech act."""
    if v.feat("VerbForm") != "Inf":
        return False
    kids = sent.kids(v.id)
    zu = any(k.deprel == "mark" and k.text.lower() == "zu" for k in kids) or infixed_zu(v)
    sein = any(k.deprel in ("cop", "aux") and k.lemma == "sein" for k in kids) or (
        v.head and sent.word(v.head).lemma == "sein" and sent.word(v.head).upos == "AUX")
    return zu and sein and not any(k.deprel in SUBJECTS for k in kids)


def impersonal(speaker: object) -> bool:
    """"man geht davon aus, dass …", "man befürchtet …": a general belief, held by no
    identifiable source (Q1), so an attitude verb with it reports nothing."""
    return isinstance(speaker, Mention) and speaker.text.lower() == "man"


ACCUSING_VERBS = {"beschuldigen", "bezichtigen", "anklagen", "vorwerfen", "verdächtigen", "anschuldigen"}


def accused_in_passive(ctx: Context, sent: Sentence, v: Word, lemma: str) -> bool:
    """"Außerdem sei X mehrfach beschuldigt worden, …": the subject of a passive accusation in
    Konjunktiv with no agent is the accused; the report goes on with whoever gave it (in the
    indicative, "X wird vorgeworfen, …", it is the writer's account of a charge)."""
    return lemma in ACCUSING_VERBS and passive_without_agent(sent, v) and any(
        k.deprel in ("aux", "aux:pass") and is_subjunctive(k, ctx.lex) for k in sent.kids(v.id))


def states_a_fact(ctx: Context, sent: Sentence, v: Word, lemma: str) -> bool:
    """"Der Unterschied besteht darin, dass …", "Vieles spricht dafür, dass …": with one of
    these words in its clause the verb says what is the case (lexicon `not_with`). The clause
    ends at the first comma after the verb: "bestand darauf, dass es „nicht in Etappen“ …" has
    its "in" in the content clause, though the parse may hang it on the verb."""
    words = ctx.lex.block("speech_verbs", Block).not_with.get(lemma)
    if not words:
        return False
    comma = next((w.id for w in sent.words[v.id:] if w.text == ","), len(sent.words) + 1)
    clause = [*sent.kids(v.id), *(c for k in sent.kids(v.id) if k.deprel in ("obl", "advmod")
                                   for c in sent.kids(k.id) if c.deprel == "case")]
    return any(k.text.lower() in words and k.id < comma for k in clause)


def held_not_said(ctx: Context, sent: Sentence, v: Word, lemma: str) -> bool:
    """"…, dass so viele Geiseln festgehalten werden, …": in the passive some verbs say what is
    done to someone, no speech act (lexicon `not_passive`; "hielt fest, dass …" reports)."""
    if lemma not in ctx.lex.block("speech_verbs", Block).not_passive:
        return False
    return any(k.deprel == "aux:pass" or k.deprel == "aux" and k.lemma == "werden"
               and v.feat("VerbForm") == "Part" for k in sent.kids(v.id))


def speaker_of(ctx: Context, sent: Sentence, v: Word, content: tuple[int, int] | None):
    """The verb's subject (or agent), else the noun phrase the surface puts next to it."""
    relayed = original_source(ctx, sent, v, content)
    if relayed is not None:
        return relayed
    prefield = adjective_cue_subject(ctx, sent, v)
    if prefield is not None:  # "Der Iran und die Hamas beschuldigen Israel, …" (ADJ)
        return prefield
    inserted = inserted_wie_subject(ctx, sent, v)
    if inserted is not None:  # "Die Gespräche werden, wie ein Vertreter sagte, fortgesetzt"
        return inserted
    speaker = subject_of(ctx, sent, v, content)
    if speaker is not None and speaker.text.lower() in ctx.lex.sentence_adverbs:
        speaker = None  # "Später sagte John Kirby": the tagger took the adverb for a name
    if speaker is None:
        speaker = statement_source(ctx, sent, v) or wie_clause_subject(ctx, sent, v)
    if speaker is None:
        speaker = surface_speaker(ctx, sent, v, content)
    return speaker


def adjective_cue_subject(ctx: Context, sent: Sentence, v: Word) -> Mention | None:
    """The subject of a cue the tagger read as an adjective ("Der Iran und die Hamas
    beschuldigen Israel, …"): the parse hangs the object on it as the noun it modifies, so
    the subject is the noun phrase before the cue, the verb's prefield, up to its head (the
    first of coordinated nouns)."""
    if v.upos != "ADJ" or v.id < 2:
        return None
    noun = sent.word(v.id - 1)
    if noun.upos not in ("NOUN", "PROPN", "PRON") or ctx.index.inside(noun.start):
        return None
    while noun.head and noun.head < v.id and noun.deprel in ("conj", "appos", "flat", "nmod") \
            and sent.word(noun.head).upos in ("NOUN", "PROPN"):
        noun = sent.word(noun.head)
    before = sent.words[:noun.id - 1]
    if any(w.upos in ("VERB", "AUX") or w.text in (",", ";", ":") for w in before) or any(
            k.deprel == "case" for k in sent.kids(noun.id)):
        return None  # not a subject ("In einer Ansprache am Freitag offenbarte X") or a clause before
    return mention(ctx, sent, noun)


def original_source(ctx: Context, sent: Sentence, v: Word,
                    content: tuple[int, int] | None) -> Mention | None:
    """The source a medium relays (GUIDELINES Q7): "meldete der Sender unter Berufung auf einen
    Beamten", "zitierte die Zeitung arabische Vermittler"."""
    def outside(k: Word) -> bool:
        return not ctx.index.inside(k.start) and not (content and content[0] <= k.start < content[1])

    for k in sent.kids(v.id):
        if k.text in ctx.lex.relay_nouns and outside(k):
            source = next((n for n in sent.kids(k.id) if n.upos in ("NOUN", "PROPN") and any(
                c.deprel == "case" and c.text.lower() == "auf" for c in sent.kids(n.id))), None)
            if source is None:  # "auf einen Vertreter Ägyptens" parsed with the owner as head
                source = next((n for n in sent.kids(k.id) if n.deprel == "nmod"), None)
            if source is None:  # "auf medizinische Fachkräfte" hung on the verb
                source = next((n for n in sent.kids(v.id) if n.id > k.id and n.upos in (
                    "NOUN", "PROPN") and any(c.deprel == "case" and c.text.lower() == "auf"
                                             for c in sent.kids(n.id))), None)
            if source is not None:
                return mention(ctx, sent, source)
    if effective_lemma(sent, v, ctx.lex) in ctx.lex.block("speech_verbs", Block).need_source:
        return learned_source(ctx, sent, v)  # "erfuhr dpa aus Hamas-Kreisen": the circles speak
    if v.lemma == "zitieren" and any(k.deprel == "aux:pass" for k in sent.kids(v.id)):
        return passive_quoted(ctx, sent, v, outside)
    author = quoted_document_author(ctx, sent, v, outside) if v.lemma == "zitieren" else None
    if author is not None:
        return author
    if v.lemma == "zitieren":
        pronoun = next((k for k in sent.kids(v.id) if k.deprel == "obj" and k.upos == "PRON"
                        and k.text.lower() in QUOTED_PRONOUNS and outside(k)), None)
        if pronoun is not None:  # "…, zitierte ihn die Zeitung": the one he stands for
            return mention(ctx, sent, pronoun)
        quoted = [k for k in sent.kids(v.id) if k.deprel == "obj" and k.upos in ("NOUN", "PROPN")
                  and outside(k)] or [  # "zitierte der Sender einen Hamas-Sprecher", hung on "Sender"
            n for k in sent.kids(v.id) if k.deprel in SUBJECTS for n in sent.kids(k.id)
            if n.deprel == "nmod" and n.id > k.id and n.upos == "NOUN" and outside(n) and any(
                d.deprel == "det" and d.text.lower() in ctx.lex.oblique_articles for d in sent.kids(n.id))]
        if quoted:
            return with_genitive_owner(ctx, sent, quoted[0], left_noun_phrase(ctx, sent, quoted[0]))
        for k in sent.kids(v.id):
            if k.deprel in SUBJECTS and outside(k):
                fused = name_after_medium(ctx, sent, k)
                if fused is not None:
                    return fused
    return None


QUOTED_PRONOUNS = ("ihn", "sie", "ihm", "ihr")  # "…, zitierte ihn die Zeitung": the one quoted


def quoted_document_author(ctx: Context, sent: Sentence, v: Word, outside) -> Mention | None:
    """"„…“, zitierte die Zeitung X aus einer Erklärung der Angehörigen": the medium relays a
    statement; its author, the statement's genitive owner, speaks (GUIDELINES Q7, D14). The
    parse may hang the statement on the medium's name ("zitierte die Zeitung „The Times of
    Israel“ aus …")."""
    for k in subtree(sent, v.id):
        if k.deprel not in ("obl", "obj", "nmod") or not outside(k) \
                or not {k.text, k.lemma} & ctx.lex.statement_nouns:
            continue
        if not any(w.upos == "ADP" and w.text.lower() == "aus" and w.id < k.id for w in subtree(sent, k.id)):
            continue  # "zitierte die Erklärung": the statement itself, no author named
        owner = next((n for n in sent.kids(k.id) if n.deprel == "nmod" and n.id > k.id
                      and n.upos in ("NOUN", "PROPN") and any(
                          d.deprel == "det" and d.feat("Case") == "Gen" for d in sent.kids(n.id))), None)
        if owner is not None:  # "der Familien an Netanjahu": the addressee is none of theirs
            m = mention(ctx, sent, owner)
            words = [w for w in m.words if w.id <= owner.id or not any(
                x.upos == "ADP" and owner.id < x.id <= w.id for x in m.words)]
            return words_mention(ctx, words, words[0].start, words[-1].end, ("NOUN", "PROPN")) \
                if words and len(words) < len(m.words) else m
    return None


def passive_quoted(ctx: Context, sent: Sentence, v: Word, outside) -> Mention | None:
    """"„…“, wurde der Minister von der Agentur X zitiert": the one quoted speaks (GUIDELINES Q7),
    the agent after "von" is the medium that relays him. A passive "zitiert" has no accusative,
    so a noun the parse made its object is that subject too; an agent the parse hung on it
    ("Blinken von Reuters") is cut off."""
    quoted = next((k for k in sent.kids(v.id) if k.deprel in (*SUBJECTS, "obj") and outside(k) and (
        k.upos in ("NOUN", "PROPN") or k.upos == "PRON" and k.text.lower() not in ("es", "das", "dies"))
                   and not any(c.deprel == "case" for c in sent.kids(k.id))), None)
    if quoted is None:
        return None
    m = mention(ctx, sent, quoted)
    agent = next((w for w in m.words if w.id > quoted.id and w.text.lower() in ("von", "vom")), None)
    if agent is None:
        return m
    words = [w for w in m.words if w.id < agent.id]
    return words_mention(ctx, words, words[0].start, words[-1].end, ("NOUN", "PROPN"))


def name_after_medium(ctx: Context, sent: Sentence, subject: Word) -> Mention | None:
    """„…“, zitiert die Agentur „Irna“ Chamenei": the parse ran the accusative object into
    the subject's name ("Irna Chamenei" one name, or a second conjunct with no "und"). The names
    right after the medium noun that follow the medium's registry name are the one quoted."""
    if not is_medium_noun(ctx, subject):
        return None
    names: list[Word] = []
    for w in sent.words[subject.id:]:
        if w.text in QUOTE_MARKS:
            continue
        if w.upos not in ("NOUN", "PROPN") or not w.text[:1].isupper():
            break
        names.append(w)
    for cut in range(1, len(names)):
        medium = ctx.text[names[0].start:names[cut - 1].end]
        rest = names[cut:]
        if names_a_medium(medium) and not names_a_medium(ctx.text[rest[0].start:rest[-1].end]) \
                and not any(w.deprel == "cc" or ctx.index.inside(w.start) for w in rest):
            return words_mention(ctx, rest, rest[0].start, rest[-1].end, ("NOUN", "PROPN"))
    return None


def with_genitive_owner(ctx: Context, sent: Sentence, noun: Word, m: Mention) -> Mention:
    """"einen Sprecher der Hamas": the genitive owner right after the noun belongs to the
    quoted source."""
    owner = next((k for k in sent.kids(noun.id) if k.deprel == "nmod" and k.id > noun.id
                  and k.upos in ("NOUN", "PROPN") and any(
                      d.deprel == "det" and d.feat("Case") == "Gen" for d in sent.kids(k.id))), None)
    if owner is None or any(w.text in (",", ";", ":") for w in sent.words[noun.id:owner.id]):
        return m
    words = [x for x in sent.words if m.words and m.words[0].id <= x.id <= owner.id]
    return words_mention(ctx, words, m.start, owner.end, ("NOUN", "PROPN")) if words else m


def cue_text(sent: Sentence, v: Word, lex: Lexicon | None = None) -> str:
    """The verb with its separable particle ("teilte mit")."""
    particles = particles_of(sent, v, lex) if lex is not None else [
        k for k in sent.kids(v.id) if k.deprel == "compound:prt"]
    cue_words = [v] + particles
    return " ".join(w.text for w in cue_words)


def passive_without_agent(sent: Sentence, v: Word) -> bool:
    """"der als „X“ bezeichnet wird": a name the writer gives, no one's characterisation."""
    kids = sent.kids(v.id)
    passive = v.feat("VerbForm") == "Part" and any(
        k.deprel in ("aux:pass", "aux") and k.lemma in ("werden", "sein") for k in kids)
    agent = any(k.deprel in ("obl:agent", "obl") and any(c.text.lower() in ("von", "vom")
                                                       for c in sent.kids(k.id)) for k in kids)
    return passive and not agent


def reported_content(ctx: Context, sent: Sentence, v: Word, kind: str) -> tuple[int, int] | None:
    """The reported clause from the tree, widened by the surface frame (not for "name")."""
    if kind == "name" and passive_without_agent(sent, v):
        return None
    if kind == "say":
        before_wie = trailing_wie_content(ctx, sent, v)
        if before_wie is not None:  # "Die Gespräche beginnen am Montag, wie ein Sprecher sagte."
            return before_wie
        if inserted_wie(sent, v) is not None:  # "Bei dem Angriff wurden, wie X mitteilte, zehn
            span = char_span(sent.words)  # Menschen getötet": the clause around it, the cue
            return clean_span(ctx.text, *span) if span else None  # inside (D27)
    content = content_of(ctx, sent, v, kind)
    if kind != "name":
        causer = causing_lassen(sent, v)  # "…, ließ X mitteilen": the frame around "ließ"
        surface = surface_content(ctx, sent, v) or (surface_content(ctx, sent, causer) if causer else None)
        content = merge_content(content, surface)
    elif content is not None:
        content = with_characterised_object(sent, v, content)
    return None if content is not None and only_a_time_clause(ctx, sent, content) else content


def only_a_time_clause(ctx: Context, sent: Sentence, content: tuple[int, int]) -> bool:
    """"Die Frau rief, als die Tür verschlossen wurde, die Polizei": content that opens with a
    time clause (lexicon `speech_verbs.time_marks`) and has no verb after its comma says
    when the act happened, not what was said; "sagte, als er gewählt wurde, habe er …" goes on."""
    words = [w for w in sent.words if content[0] <= w.start < content[1] and w.upos != "PUNCT"]
    if not words or words[0].deprel != "mark" \
            or words[0].text.lower() not in ctx.lex.block("speech_verbs", Block).time_marks:
        return False
    comma = next((w.id for w in sent.words if w.text == "," and content[0] < w.start < content[1]), None)
    return comma is None or not any(w.upos in ("VERB", "AUX") for w in words if w.id > comma)


def with_characterised_object(sent: Sentence, v: Word, content: tuple[int, int]) -> tuple[int, int]:
    """"lobte den Kompromiss als „Durchbruch“": what is characterised belongs to the span (Q2),
    the object between the verb and the "als" phrase."""
    for k in sent.kids(v.id):
        if k.deprel == "obj" and k.id > v.id and k.end <= content[0]:
            words = subtree(sent, k.id)
            if all(w.text not in (",", ";", ":") for w in words):
                content = (min(content[0], min(w.start for w in words)), content[1])
    return content


def closing_wie(sent: Sentence, v: Word) -> Word | None:
    """The "wie" of a wie-clause that holds cue `v` and closes the sentence after a comma
    (", wie ein Sprecher sagte.", ", wie die Vermittler betont hätten.")."""
    wie = next((w for w in reversed(sent.words[:v.id - 1]) if w.text.lower() == "wie"), None)
    if wie is None or wie.id < 4 or sent.word(wie.id - 1).text != ",":
        return None
    between = sent.words[wie.id:v.id - 1]
    after = sent.words[v.id:]
    if any(w.text == "," or w.upos in ("VERB", "AUX") for w in between) or not any(
            w.deprel in ("nsubj", "nsubj:pass") or w.upos in ("NOUN", "PROPN") for w in between):
        return None
    if any(w.upos not in ("AUX", "PUNCT", "ADV", "ADP") or w.text in (",", ":", ";") for w in after):
        return None
    return wie


def inserted_wie(sent: Sentence, v: Word) -> Word | None:
    """The "wie" of a wie-clause set off by commas inside the sentence that holds cue `v`
    ("Bei dem Angriff wurden, wie das Ministerium mitteilte, zehn Menschen getötet."): the
    clause around it, on both sides, is what was said."""
    wie = next((w for w in reversed(sent.words[:v.id - 1]) if w.text.lower() == "wie"), None)
    if wie is None or wie.id < 4 or sent.word(wie.id - 1).text != "," or v.feat("VerbForm") != "Fin":
        return None
    between = sent.words[wie.id:v.id - 1]
    if any(w.text in (",", ";", ":") or w.upos in ("VERB", "AUX") for w in between) \
            or not any(w.upos in ("NOUN", "PROPN") for w in between):
        return None
    i = v.id + 1
    while i <= len(sent.words) and sent.word(i).upos == "AUX":
        i += 1
    rest = [w for w in sent.words[i:] if w.upos != "PUNCT"]
    if i > len(sent.words) or sent.word(i).text != "," or len(rest) < 2:
        return None
    return wie


def inserted_wie_subject(ctx: Context, sent: Sentence, v: Word) -> Mention | None:
    """The speaker of an inserted wie-clause: its subject, which the parse may have made the
    verb's object ("…, wie ein Vertreter der Agentur X sagte, …")."""
    wie = inserted_wie(sent, v)
    if wie is None:
        return None
    nouns = [w for w in sent.words[wie.id:v.id - 1] if w.upos in ("NOUN", "PROPN") and w.head == v.id
             and not ctx.index.inside(w.start)]
    subject = next((w for w in nouns if w.deprel.startswith("nsubj")), None) or next(
        (w for w in nouns if w.feat("Case") == "Nom"), None)
    return mention(ctx, sent, subject) if subject is not None else None


def trailing_wie_content(ctx: Context, sent: Sentence, v: Word) -> tuple[int, int] | None:
    """"<main clause>, wie X sagte.": the main clause before the comma is what X said."""
    wie = closing_wie(sent, v)
    if wie is None:
        return None
    before = [w for w in sent.words[:wie.id - 2]]
    if len(before) < 3 or not any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin"
                                  for w in before) or ctx.index.inside(before[0].start):
        return None
    span = char_span(before)
    return clean_span(ctx.text, *span) if span else None


def content_of(ctx: Context, sent: Sentence, v: Word, kind: str) -> tuple[int, int] | None:
    """The reported clause: a ccomp/parataxis, a dass/ob clause, an infinitive for directives."""
    best = None
    # the clause may hang on a particle the parse took for a verb ("gab … bekannt, dass …")
    kids = [*sent.kids(v.id), *(c for p in particles_of(sent, v, ctx.lex) for c in sent.kids(p.id))]
    causer = causing_lassen(sent, v)
    if causer is not None:  # "…, ließ Biden mitteilen": the clause hangs on "ließ"
        kids += [k for k in sent.kids(causer.id) if k.id != v.id]
        v_side = causer
    else:
        v_side = v
    for k in kids:
        if not is_content_child(ctx, sent, k, kind, v) or relaying_wie_clause(ctx, sent, k, v) \
                or behind_coordinated_cue(ctx, sent, v, k):
            continue
        if k.deprel == "xcomp" and k.id > v.id:
            k_words = extraposed_infinitive(ctx, sent, v, k)
            if k_words:
                span = char_span(k_words)
                if span and (best is None or span[1] - span[0] > best[1] - best[0]):
                    best = span
                continue
        words = on_side_of(subtree(sent, k.id), k, v_side)
        if writers_relative_clause(ctx, sent, words) or unsaid_question(ctx, sent, v, words) \
                or writers_subordinate_clause(ctx, words) or relative_on_noun(ctx, sent, v, words) \
                or writers_adverb_clause(ctx, sent, v, words) or not_reported(ctx, sent, v, words):
            continue
        span = char_span(words)
        if span and (best is None or span[1] - span[0] > best[1] - best[0]):
            best = span
    wie_frame = any(k.text.lower() == "wie" for k in sent.kids(v.id) if k.deprel == "mark") \
        or opening_wie(sent, v)
    if kind == "name" and wie_frame:
        return None  # "…, wie X es nannte": X's words are only those in quotation marks
    right_after_comma = v.id > 1 and sent.word(v.id - 1).text in (",", "–", "—")
    if best is None and wie_frame and relays_a_report(ctx, sent, v):
        return None  # "Wie der Sender berichtete, sagte ein Beamter, …": the Beamter's report (Q7)
    if best is None and wie_frame:  # "Wie die Polizei mitteilte, wurden …"
        best = following_main_clause(ctx, sent, v)
    if best is None and ((v.deprel in ("parataxis", "ccomp", "advcl") and right_after_comma)
                         or wie_frame) and v.head:
        best = preceding_head_clause(sent, v)
    if best is None and v.head and inverted_after_comma(sent, v):
        best = preceding_head_clause(sent, v, konjunktiv=ctx.lex)
    if best is None:
        return None
    return clean_span(ctx.text, *best)


def behind_coordinated_cue(ctx: Context, sent: Sentence, v: Word, k: Word) -> bool:
    """"räumte ein, dass A, machte aber deutlich, dass B": a clause the parse hung on the first
    cue that stands after a second speech verb coordinated with it is that verb's content."""
    start = subtree(sent, k.id)[0].id
    return any(x.deprel == "conj" and x.head == v.id and v.id < x.id < start
               and x.upos in ("VERB", "AUX") and speech_verb_lemma(ctx, sent, x) is not None
               for x in sent.words)


def causing_lassen(sent: Sentence, v: Word) -> Word | None:
    """The "lassen" whose infinitive the cue is ("ließ über einen Sprecher mitteilen, …",
    "…, ließ der Präsident ausrichten"): the parse hangs the reported clause on "lassen"."""
    if v.feat("VerbForm") != "Inf" or not v.head or v.deprel not in ("xcomp", "advmod", "ccomp"):
        return None
    head = sent.word(v.head)
    return head if head.lemma == "lassen" else None


def on_side_of(words: list[Word], k: Word, v: Word) -> list[Word]:
    """The part of a clause's subtree on the side of its head `k`: a reported clause does not
    reach over its cue. "Die Lage sei ernst, sagte X, deren Bruder … wird": the parse hung the
    relative clause after the speaker on the reported clause before the cue."""
    return [w for w in words if (w.id < v.id) == (k.id < v.id)]


RELATIVE_ADVERBS = {"wo", "was", "wobei", "womit", "wodurch", "worauf", "woraufhin", "weshalb",
                    "weswegen"}


def extraposed_infinitive(ctx: Context, sent: Sentence, v: Word, k: Word) -> list[Word]:
    """"hatte angekündigt bei der Wahl erneut anzutreten": with no comma before it, everything
    after the main clause's right bracket (a participle or infinitive cue, or the cue's particle)
    is the extraposed infinitive, though the parse hung its phrases on the cue. Empty when the
    cue stands in second place with nothing to close the clause, or a comma intervenes."""
    particles = [p.id for p in particles_of(sent, v, ctx.lex) if p.id > v.id]
    if v.feat("VerbForm") not in ("Part", "Inf") and not particles:
        return []
    bracket = max([v.id, *particles])
    words = subtree(sent, k.id)
    if not words or words[0].id <= bracket:
        return []
    between = [w for w in sent.words if bracket < w.id < words[0].id]
    if not between or any(w.upos == "PUNCT" or ctx.index.inside(w.start) for w in between):
        return []
    return [*between, *words]


def writers_relative_clause(ctx: Context, sent: Sentence, words: list[Word]) -> bool:
    """", wo … ausharren" / ", was die Aussicht … erhöht" after a noun: an indicative relative
    clause on the noun or the sentence, the writer's, not reported content."""
    words = [w for w in words if w.upos != "PUNCT"]
    if not words or words[0].text.lower() not in RELATIVE_ADVERBS or words[0].id < 3:
        return False
    comma, noun = sent.word(words[0].id - 1), sent.word(words[0].id - 2)
    if comma.text != "," or noun.upos not in ("NOUN", "PROPN"):
        return False
    return not any(is_subjunctive(w, ctx.lex) for w in words if w.upos in ("VERB", "AUX"))


def relative_on_noun(ctx: Context, sent: Sentence, v: Word, words: list[Word]) -> bool:
    """"haben ihre Positionen bekräftigt, die alle Versuche, die Kämpfe zu beenden, …": words
    that open with a relative pronoun after a comma are a relative clause on the noun before the
    comma, or on the cue's object when the cue ends the clause before it (extraposed), the
    writer's unless in Konjunktiv, even where the parse cut the clause before its verb. After the
    cue's separable particle ("prangerte den Widerstand … an, der … würde") the clause is a
    relative on the object in any mood when it ends in its finite verb ("rief X auf, die …
    freizulassen" is an infinitive the tagger opened with a "relative")."""
    words = [w for w in words if w.upos != "PUNCT"]
    if not words or words[0].upos != "PRON" or not is_relative(words[0]) or words[0].id < 3:
        return False
    comma, before = sent.word(words[0].id - 1), sent.word(words[0].id - 2)
    if comma.text != ",":
        return False
    particles = {p.id for p in particles_of(sent, v, ctx.lex) if p.id > v.id}
    if before.id in particles and verb_final(words) and any(
            k.deprel == "obj" and k.upos in ("NOUN", "PROPN") and k.id < before.id
            for k in sent.kids(v.id)):
        return True  # "prangerte X an, der … würde": the particle closed the clause, a relative follows
    on_noun = before.upos in ("NOUN", "PROPN") or before.id == v.id and any(
        k.deprel == "obj" and k.upos == "NOUN" and k.id < v.id for k in sent.kids(v.id))
    return on_noun and not any(is_subjunctive(w, ctx.lex) for w in words if w.upos in ("VERB", "AUX"))


def writers_subordinate_clause(ctx: Context, words: list[Word]) -> bool:
    """"…, wenn alle informiert sind", "…, die von ihrem Bruder bezahlt werden sollte", "…, mit
    der er X beschrieb": an indicative adverbial or relative clause after the cue belongs to the
    writer's sentence, not to what was said (a Konjunktiv one may open a report: "sagte, wenn X
    angreife, werde man …")."""
    if relative_clause_of_its_own(ctx, words):
        return True
    words = [w for w in words if w.upos != "PUNCT"]
    if not words:
        return False
    first, second = words[0], words[1] if len(words) > 1 else None
    opener = (first.upos == "SCONJ" and first.text.lower() not in ctx.lex.complementizers) or (
        first.upos == "PRON" and is_relative(first)) or (
        first.upos == "ADP" and second is not None and is_relative(second))
    return opener and (verb_final(words) or prepositional_relative(words)) and not any(
        is_subjunctive(w, ctx.lex) for w in words if w.upos in ("VERB", "AUX"))


def prepositional_relative(words: list[Word]) -> bool:
    """"…, bei denen Betrüger die Konten leerten": a preposition with a relative pronoun opens a
    relative clause whatever the tagger made of its final verb (here an infinitive, "leerten"
    under the lemma "leerten"); no report opens so."""
    cut = next((i for i, w in enumerate(words) if w.text in (",", ";", ":", "–")), len(words))
    clause = [w for w in words[:cut] if w.upos != "PUNCT"]
    return len(clause) > 2 and clause[0].upos == "ADP" and clause[1].upos == "PRON" \
        and is_relative(clause[1]) and clause[-1].upos in ("VERB", "AUX")


def relative_clause_of_its_own(ctx: Context, words: list[Word]) -> bool:
    """"…, in dem es heißt, die Lage sei ruhig", "…, der sagte, …": a relative clause whose own
    words, up to its first comma, end in an indicative verb is the writer's even where a
    Konjunktiv follows; that Konjunktiv is the report the relative clause itself introduces
    (its own cue's), not the outer cue's."""
    words = words[1:] if words and words[0].text == "," else words
    cut = next((i for i, w in enumerate(words) if w.text in (",", ";", ":", "–")), len(words))
    own = [w for w in words[:cut] if w.upos != "PUNCT"]
    if len(own) < 2 or cut == len(words):
        return False
    first, second = own[0], own[1]
    relative = (first.upos == "PRON" and is_relative(first)) or (first.upos == "ADP" and is_relative(second))
    return relative and verb_final(own) and not any(
        is_subjunctive(w, ctx.lex) for w in own if w.upos in ("VERB", "AUX"))


def not_reported(ctx: Context, sent: Sentence, v: Word, words: list[Word]) -> bool:
    """Words after the cue that are no clause it reports: an apposition with its relative
    clause, a content clause that belongs to a clause between it and the cue, the writer's
    past-tense clause, a question left open."""
    return apposition_with_relative(ctx, words) or correlative_of_clause_between(sent, v, words) \
        or writers_past_clause(ctx, sent, v, words) or unsaid_question(ctx, sent, v, words)


def apposition_with_relative(ctx: Context, words: list[Word]) -> bool:
    """"zitiert Anna Berg, eine Expertin, die die Zahl … schätzt": a short verbless noun phrase
    and an indicative relative clause on it that runs to the end are an apposition to the cue's
    object, not what was said (a report goes on after such a clause: "sagte, die Lage, die …
    sei, werde …")."""
    words = [w for w in words if w.text != "," or w is not words[0]]
    cut = next((i for i, w in enumerate(words) if w.text == ","), None)
    if cut is None or cut == 0 or cut + 1 >= len(words):
        return False
    head, rest = [w for w in words[:cut] if w.upos != "PUNCT"], words[cut + 1:]
    if not head or len(head) > 4 or any(w.upos in ("VERB", "AUX") or w.text.lower() in
                                        ctx.lex.subjunctive_forms for w in head):
        return False
    if head[0].upos != "DET" or head[-1].upos not in ("NOUN", "PROPN"):
        return False
    relative = (rest[0].upos == "PRON" and is_relative(rest[0])) or (
        rest[0].upos == "ADP" and len(rest) > 1 and is_relative(rest[1]))
    return relative and not any(w.text in (",", ";", ":") for w in rest) and not any(
        is_subjunctive(w, ctx.lex) for w in rest if w.upos in ("VERB", "AUX"))


UMLAUT_KONJUNKTIV_II = {"werden", "haben", "sein"}  # "wurden" is no "würden"


def writers_past_clause(ctx: Context, sent: Sentence, v: Word, words: list[Word]) -> bool:
    """"erklärte die Wahl für ungültig, die Abstimmung wurde wiederholt", "meldete sich bei
    seiner Schwester, er hatte Heimweh": after a cue that has its object, a verb-second clause
    with its own subject and its finite verb in the indicative past goes on with the writer's
    account; reported speech there is in Konjunktiv or present."""
    if v.id > (words[0].id if words else 0) or not any(
            k.deprel == "obj" and k.id < (words[0].id if words else 0) for k in sent.kids(v.id)):
        return False
    clause = [w for w in words if w.upos != "PUNCT"]
    cut = next((i for i, w in enumerate(clause) if w.text in (",", ";", ":")), len(clause))
    clause = clause[:cut]
    if len(clause) < 3 or clause[0].upos in ("SCONJ", "CCONJ", "ADP") or is_relative(clause[0]):
        return False
    finite = next((w for w in clause[1:4] if w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin"), None)
    if finite is None or finite.feat("Mood") != "Ind" or finite.feat("Tense") != "Past" or (
            finite.feat("Number") == "Plur" and finite.lemma not in UMLAUT_KONJUNKTIV_II):
        return False  # a weak plural past ("stellten … dar") is also the Konjunktiv II of reports
    subject = any(w.deprel in SUBJECTS and w.id < finite.id for w in clause)
    return subject and not any(is_subjunctive(w, ctx.lex) for w in clause if w.upos in ("VERB", "AUX"))


CORRELATIVES = re.compile(r"dar?(?:auf|aus|an|über|um|für|von|vor|zu|mit|nach|bei|gegen|in)$")


def correlative_of_clause_between(sent: Sentence, v: Word, words: list[Word]) -> bool:
    """"wurden festgestellt, was ein Hinweis darauf ist, dass …": a dass clause after another
    clause with a finite verb and a pronominal adverb ("darauf", "dafür") is that clause's
    correlative content, not the cue's."""
    first = next((w for w in words if w.upos != "PUNCT"), None)
    if first is None or first.text.lower() not in ("dass", "daß", "ob") or first.id <= v.id:
        return False
    between = [w for w in sent.words if v.id < w.id < first.id]
    comma = next((w.id for w in between if w.text == ","), None)
    if comma is None:
        return False
    clause = [w for w in between if w.id > comma]
    return any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in clause) and any(
        CORRELATIVES.match(w.text.lower()) for w in clause)


def bare_noun_phrase(words: list[Word], lex: Lexicon) -> bool:
    """", den Entwurf" after "verteidigte der Vorsitzende, X (SPD)", ", einschließlich X": a few
    words and no verb are the rest of the cue's own clause (long verbless runs are left alone:
    the tagger misses verbs, "das Abkommen sehe … vor" with "sehe" as a preposition; a
    Konjunktiv form is a verb whatever its tag: "es gebe Fortschritte" with "gebe" as ADJ)."""
    words = [w for w in words if w.upos != "PUNCT"]
    return 0 < len(words) <= 3 and not any(
        w.upos in ("VERB", "AUX") or w.text.lower() in lex.subjunctive_forms for w in words) \
        and not all(w.text.isupper() for w in words)


def verb_final(words: list[Word]) -> bool:
    """The clause (up to its first comma) ends in its verb, and a verb that is no infinitive:
    a subordinate clause ("…, mit der er X begrenzt", "…, wenn alle informiert sind"), unlike a
    verb-second report the tagger opened with a "relative" pronoun ("…, das Büro dient nicht mehr
    seinem Zweck") or an infinitive ("…, die Geiseln freizulassen")."""
    cut = next((i for i, w in enumerate(words) if w.text in (",", ";", ":", "–")), len(words))
    clause = [w for w in words[:cut] if w.upos != "PUNCT"]
    return bool(clause) and clause[-1].upos in ("VERB", "AUX") and any(
        w.upos in ("VERB", "AUX") and w.feat("VerbForm") != "Inf" for w in clause)


NO_ONE = {"niemand", "keiner", "keine"}
# the words that open an indirect question; the tagger reads "wie" as a conjunction and "wann"
# as a preposition, so their PronType does not tell ("Er sagte nicht, wie lange …")
QUESTION_WORDS = {"ob", "wie", "wann", "warum", "wieso", "weshalb", "weswegen", "wer", "wen", "wem",
                  "wessen", "welche", "welcher", "welches", "welchen", "welchem", "inwiefern",
                  "inwieweit"}
OPEN_MODALS = {"müssen", "können", "sollen", "wollen", "werden"}


def unsaid_question(ctx: Context, sent: Sentence, v: Word, words: list[Word]) -> bool:
    """"Worin die Hindernisse bestehen, führte X nicht aus": a question the speaker left open;
    also one that no one or someone only must or can answer ("niemand könne sagen, was …", "das
    darüber entscheiden muss, ob …")."""
    negated = any(k.feat("Polarity") == "Neg" and k.deprel == "advmod" for k in sent.kids(v.id)) \
        or any(k.deprel in SUBJECTS and k.text.lower() in NO_ONE for k in sent.kids(v.id)) \
        or any(k.deprel == "aux" and k.lemma in OPEN_MODALS for k in sent.kids(v.id))
    first = next((w for w in words if w.upos != "PUNCT"), None)
    return negated and first is not None and (
        "Int" in (first.feat("PronType") or "") or first.text.lower() in QUESTION_WORDS | RELATIVE_ADVERBS
        or first.text.lower().startswith("wo"))


def is_content_child(ctx: Context, sent: Sentence, k: Word, kind: str, v: Word) -> bool:
    if is_condition(sent, k):
        return False
    if k.deprel in CONTENT_RELS:
        return True
    if k.deprel not in MAYBE_CONTENT_RELS:
        return False
    marks = {m.text.lower() for m in sent.kids(k.id) if m.deprel in ("mark", "advmod")}
    if marks & PURPOSE_MARKS:
        return False  # "um … zu erreichen": the purpose of the act, not its content
    if kind == "directive":
        return k.feat("VerbForm") == "Inf" or "zu" in marks or bool(marks & {"dass", "daß"})
    if k.deprel in ("xcomp", "advcl", "obj") and k.id > v.id and ("zu" in marks or infixed_zu(k)) \
            and k.upos in ("VERB", "AUX"):  # "drohte, die Regierung zu verlassen", "anzutreten" (Q1)
        return kind == "say"
    if kind == "name":  # "bezeichnete X als Y"; not a fronted "Als Begründung nannte X …"
        return any(m.text.lower() == "als" and m.id > 1 for m in sent.kids(k.id) if m.deprel == "case")
    if k.deprel == "conj":  # "Netanjahu sagte, Israel werde …" parsed as a coordination
        comma_before = sent.word(v.id + 1).text == "," if k.id > v.id else False
        konjunktiv = is_subjunctive(k, ctx.lex) or any(  # "…, er werde keinem Deal zustimmen"
            a.deprel in ("aux", "aux:pass", "cop") and is_subjunctive(a, ctx.lex)
            and not opens_condition(ctx, sent, a) for a in sent.kids(k.id))  # not ", sollte X …"
        return (kind == "say" and k.id > v.id and konjunktiv
                and (any(p.text == "," and p.id < k.id for p in sent.kids(k.id)) or comma_before))
    if marks & ctx.lex.complementizers and k.upos in ("VERB", "AUX", "ADJ", "NOUN", "PRON"):
        return "wie" not in marks or k.id > v.id
    return False


def surface_content(ctx: Context, sent: Sentence, v: Word) -> tuple[int, int] | None:
    """The frame read off the surface, where the parse often errs: "X sagte, …" (the clause
    after the comma following the cue and its subject) or "…, sagte X." (the clause before)."""
    text, index = ctx.text, ctx.index
    after = [w for w in sent.words if w.id > v.id]
    subordinate = in_subordinate_clause(sent, v)
    own_aux = {k.id for k in sent.kids(v.id) if k.deprel in ("aux", "aux:pass")} if subordinate \
        else trailing_aux(sent, v)  # "…, die beschuldigt werden, …" read as no relative clause
    comma = frame_comma(sent, [w for w in after if w.id not in own_aux])  # "bekräftigt hatte, …"
    postposed = v.id > 1 and sent.word(v.id - 1).text == ","
    if comma is not None and postposed and comma.id < len(sent.words) and is_relative(
        sent.word(comma.id + 1)
    ):
        comma = None  # "…, sagte Jael Katzir, deren Bruder …": the report is before the cue
    clause = clause_until_frame(ctx, sent, [w for w in after if w.id > comma.id]) if comma else []
    if subordinate and v.deprel == "acl:relcl":
        clause = before_resumed_clause(clause, sent, v)
    if comma is not None and (not subordinate or reported_main_clause(ctx, clause)):
        span = char_span(clause)
        if span and len(clause) >= 3 and not quoted_whole(ctx, span) and is_content_clause(
            ctx, sent, v, clause
        ) and not writers_relative_clause(ctx, sent, clause) \
                and not writers_subordinate_clause(ctx, clause) and not bare_noun_phrase(clause, ctx.lex) \
                and not not_reported(ctx, sent, v, clause):
            return ctx.cut_tail(*span)
    start = frame_start(sent, v)
    before = [w for w in sent.words if w.id < start]
    if start < v.id and not any(w.upos in ("VERB", "AUX") and is_subjunctive(w, ctx.lex) for w in before):
        before = []  # "Wenn … verkauft sind, werden keine mehr angeboten": no report before "werden"
    if shares_earlier_subject(sent, v):
        return None
    finite_after = any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in after)
    if before and before[-1].text == "," and (
        (len(after) <= 8 and not any(w.text == "," for w in after))
        or (len(after) <= 20 and not finite_after)  # "…, teilt der Führer X, Y, in … mit."
    ) and not own_subject_before(ctx, sent, v, before) and not unsaid_question(ctx, sent, v, before) \
            and not apposed_subject_before(before[:-1]) \
            and not own_adjunct_before(sent, v, before) and not wie_frame_before(before[:-1]):
        span = char_span(before[:-1])
        if span and len(before) >= 4 and not index.inside(span[0]):
            return clean_span(text, *span)
    return None


def frame_start(sent: Sentence, v: Word) -> int:
    """Where a postposed frame opens: at the cue, or at its finite auxiliary before it
    ("…, wurde ein Sprecher zitiert", "…, wurde aus dem Weißen Haus mitgeteilt")."""
    comma = max((w.id for w in sent.words[:v.id - 1] if w.text == ","), default=0)
    return min([v.id, *(k.id for k in sent.kids(v.id) if k.deprel in ("aux", "aux:pass")
                        and comma < k.id < v.id and k.feat("VerbForm") == "Fin")])


def apposed_subject_before(words: list[Word]) -> bool:
    """"Der Bürgermeister von Sderot, Max Muster, kritisierte …": a verbless noun phrase that
    ends in a name set off by a comma is the verb's subject with its apposition, no report."""
    commas = [w.id for w in words if w.text == ","]
    if not commas or any(w.upos in ("VERB", "AUX") for w in words):
        return False
    head = [w for w in words if w.id < commas[-1] and w.upos != "PUNCT"]
    name = [w for w in words if w.id > commas[-1] and w.upos != "PUNCT"]
    return bool(head) and bool(name) and head[0].upos in ("DET", "NOUN") \
        and all(w.upos == "PROPN" or w.text.islower() and w.text in NAME_LINKS for w in name)


NAME_LINKS = ("al", "el", "bin", "ibn", "abu", "von", "van", "de", "-")


def wie_frame_before(words: list[Word]) -> bool:
    """"Wie ein Sprecher mitteilte, forderte der Minister …": a verb-final wie-clause before the
    cue is an attribution of its own (the relay's frame), never what the cue reports."""
    content = [w for w in words if w.upos != "PUNCT"]
    return bool(content) and content[0].text.lower() == "wie" and verb_final(content)


def trailing_aux(sent: Sentence, v: Word) -> set[int]:
    """The cue's own auxiliaries right after it ("beschuldigt werden", "gesagt haben soll"):
    they close its verb-final clause, whatever the parse made of that clause, when a comma
    follows them that does not hand back to the main clause's finite verb."""
    aux = {k.id for k in sent.kids(v.id) if k.deprel in ("aux", "aux:pass")}
    out, i = set(), v.id + 1
    while i in aux:
        out.add(i)
        i += 1
    after = sent.word(i + 1) if i + 1 <= len(sent.words) else None
    if i > len(sent.words) or sent.word(i).text != "," or after is None or (
            after.upos in ("VERB", "AUX") and after.feat("VerbForm") == "Fin"):
        return set()  # "Die Meinung der Leser, die sich gemeldet haben, war …": the main clause
    return out


def before_resumed_clause(clause: list[Word], sent: Sentence, v: Word) -> list[Word]:
    """"X, der erklärt hatte, der Bau werde weitergehen, wolle …": a report inside a relative
    clause ends where the main clause resumes, at a comma right before a finite verb; a clause
    that opens with the verb the relative clause hangs under is the main clause itself
    ("Haniyeh und al-Hayya, die die Delegation anführen, betonten, …")."""
    if clause and clause[0].upos in ("VERB", "AUX") and (
            clause[0].feat("VerbForm") == "Fin" or clause[0].id in ancestors(sent, v)):
        return []
    for i, w in enumerate(clause[:-1]):
        nxt = clause[i + 1]
        if w.text == "," and nxt.upos in ("VERB", "AUX") and nxt.feat("VerbForm") == "Fin":
            return clause[:i]
    return clause


def quoted_whole(ctx: Context, span: tuple[int, int]) -> bool:
    """A clause that opens with quotation marks is direct speech when they hold it to its end;
    "kündigte an, „Pufferzonen“ an der Grenze einzurichten" goes on after them: a mixed report."""
    marked = ctx.index.covering(span[0])
    return marked is not None and not any(ch.isalpha() for ch in ctx.text[marked.close + 1:span[1]])


def shares_earlier_subject(sent: Sentence, v: Word) -> bool:
    """"X bezeichnete … als „konstruktiv“, verwies aber auf …": a verb coordinated with one
    before it and without a subject of its own goes on with that verb's subject; it is no
    "…, sagte X" frame for the clause before its comma."""
    if v.deprel != "conj" or not v.head or v.head > v.id:
        return False
    if sent.word(v.head).upos not in ("VERB", "AUX"):
        return False  # „Er ist ein sturer Mensch“, so beschrieb ihn X: the parse's root is quoted
    if finite_mood(sent, sent.word(v.head)) == "Sub" and finite_mood(sent, v) == "Ind":
        return False  # "Die Hamas habe abgelehnt, verlautete aus X": coordinated verbs share a mood
    auxiliaries = [k.id for k in sent.kids(v.id) if k.deprel in ("aux", "aux:pass") and k.id < v.id]
    finite = min(auxiliaries, default=v.id)  # "…, wurde eine Angehörige zitiert": V1 from "wurde"
    nominative = [k for k in sent.kids(v.id) if k.deprel in ("nsubj", "nsubj:pass") or (
        k.id > finite and k.deprel in ("obj", "iobj", "obl") and "Case=Nom" in k.feats)]
    return not nominative  # "…, betonte eine Sprecherin": the parse may call the subject "obj"


def finite_mood(sent: Sentence, v: Word) -> str | None:
    """The mood of a verb's finite form: its own or that of its auxiliary ("habe abgelehnt")."""
    finite = [v, *(k for k in sent.kids(v.id) if k.deprel in ("aux", "aux:pass", "cop"))]
    return next((w.feat("Mood") for w in finite if w.feat("VerbForm") == "Fin" and w.feat("Mood")), None)


def own_adjunct_before(sent: Sentence, v: Word, before: list[Word]) -> bool:
    """"Auf die Frage, ob …, antwortete X": what stands before the comma is a prepositional
    phrase of the cue itself (with the question it names), not a clause the cue reports."""
    first = before[0]
    if first.upos != "ADP" or first.deprel != "case" or not first.head:
        return False
    noun = sent.word(first.head)
    if noun.deprel != "obl" or noun.head != v.id:
        return False
    inside = {w.id for w in subtree(sent, noun.id)}
    return all(w.id in inside or w.upos == "PUNCT" for w in before)


def own_subject_before(ctx: Context, sent: Sentence, v: Word, before: list[Word]) -> bool:
    """"Der Berater des Weißen Hauses, Jake Sullivan, warnte …": what stands before the comma is
    the cue's subject with its apposition, not a clause it reports."""
    ids = {w.id for w in before}
    subjects = [k for k in sent.kids(v.id) if k.deprel in ("nsubj", "nsubj:pass") and k.id in ids]
    if not subjects:
        return False
    relative = {w.id for k in subjects for r in sent.kids(k.id) if r.deprel == "acl:relcl"
                for w in subtree(sent, r.id)}  # "Die Anwältin, die … angab, …, forderte …"
    if not relative and any(k.deprel == "nsubj" and k.id > v.id and (k.upos in ("PROPN", "PRON") or (
            k.upos == "NOUN" and any(d.deprel == "det" for d in sent.kids(k.id))))
            and not is_speech_noun(ctx, k)  # "X, Y, wies die Vorwürfe zurück": an object
            for k in sent.kids(v.id)):
        return False  # "Die Hamas nutze Kliniken, sagte Hagari": the cue's subject follows it
    return not any(w.upos in ("VERB", "AUX") and w.id not in relative for w in before)


def reported_main_clause(ctx: Context, clause: list[Word]) -> bool:
    """"nachdem X bekräftigt hatte, sein Land werde …": after a verb-final cue, a verb-second
    clause in the Konjunktiv is its content (a question, "worin …", is not)."""
    words = [w for w in clause if w.upos != "PUNCT"]
    if not words or words[0].upos in ("SCONJ", "CCONJ") or is_relative(words[0]) \
            or "Int" in (words[0].feat("PronType") or ""):
        return False
    finite = next((w for w in words[:6] if w.upos in ("VERB", "AUX") and (
        w.feat("VerbForm") == "Fin" or w.text.lower() in ctx.lex.subjunctive_forms)), None)
    return finite is not None and finite.id > words[0].id and is_subjunctive(finite, ctx.lex)


def in_subordinate_clause(sent: Sentence, v: Word) -> bool:
    """"worin die Hindernisse bestehen, …": a verb-final cue in a clause of its own reports
    nothing after the comma."""
    return v.deprel == "acl:relcl" or any(  # "ein Interview, in dem sie gesagt hatte, …"
        (k.deprel == "mark" and k.text.lower() != "zu")
        or (k.id < v.id and "Int" in (k.feat("PronType") or ""))
        for k in sent.kids(v.id))


def is_content_clause(ctx: Context, sent: Sentence, v: Word, clause: list[Word]) -> bool:
    """Not the rest of the cue's own clause ("…, in einer Erklärung mit"), not the writer's
    comment (", was …") and not a condition (", sollte X …")."""
    particles = {k.id for k in particles_of(sent, v, ctx.lex)}
    if any(w.id in particles for w in clause):
        return False
    if clause[0].upos in ("VERB", "AUX") and clause[0].feat("VerbForm") == "Fin" and (
        v.id < len(sent.words) and sent.word(v.id + 1).text == ","
        and v.id > 2 and sent.word(v.id - 1).text not in (",", "–", "—")  # not ", sagte er,"
    ):
        return False  # "Worin sie bestehen, führte X nicht aus": the main clause follows the cue
    if inverted_cue_clause(ctx, sent, clause):
        return False  # "Es drohe ein Krieg, hatte X gesagt": the cue of the clause before
    if coordinated_predicate(ctx, sent, v, clause) or writers_adverb_clause(ctx, sent, v, clause) \
            or coordinated_main_clause(ctx, sent, v, clause):
        return False
    first = clause[0].text.lower()
    purpose = first in PURPOSE_MARKS and clause[0].deprel != "case"  # not "ohne Feuerpause sei …"
    return (first not in ctx.lex.tail_markers and first not in ctx.lex.conditional_openers
            and not purpose and not bare_condition(sent, clause))


def writers_adverb_clause(ctx: Context, sent: Sentence, v: Word, clause: list[Word]) -> bool:
    """"Er informierte die Polizei, allerdings kam diese zu spät": after a cue that has its
    object, a clause opened by a sentence adverb and its indicative finite verb goes on with
    the writer's account; a report there would be in Konjunktiv ("…, allerdings sei …")."""
    words = [w for w in clause if w.upos != "PUNCT"]
    if len(words) < 3 or words[0].text.lower() not in ctx.lex.sentence_adverbs \
            or words[0].id >= len(sent.words):
        return False
    verb = sent.word(words[0].id + 1)  # the word after the adverb as written, wherever it hangs
    if verb.upos not in ("VERB", "AUX") or verb.feat("VerbForm") != "Fin" or verb.feat("Mood") != "Ind":
        return False
    return any(k.deprel == "obj" for k in sent.kids(v.id)) and not any(
        is_subjunctive(w, ctx.lex) for w in words if w.upos in ("VERB", "AUX"))


def bare_condition(sent: Sentence, clause: list[Word]) -> bool:
    """The clause's head verb is a "wenn" condition (see `is_condition`)."""
    ids = {w.id for w in clause}
    head = next((w for w in clause if w.head not in ids), None)
    return head is not None and is_condition(sent, head)


def is_condition(sent: Sentence, k: Word) -> bool:
    """"drohte mit Krieg, wenn sie die Geiseln nicht freilasse": a "wenn" clause that ends the
    sentence is the writer's condition; "sagte, wenn sie …, werde Israel …" goes on with the
    reported main clause."""
    marks = [m.text.lower() for m in sent.kids(k.id) if m.deprel == "mark"]
    if "wenn" not in marks or {"dass", "daß"} & set(marks):
        return False  # "warnte, dass, wenn …, dies …": the parse hung the "dass" clause on "wenn"
    last = subtree(sent, k.id)[-1].id
    return all(w.upos == "PUNCT" for w in sent.words[last:])


def coordinated_predicate(ctx: Context, sent: Sentence, v: Word, clause: list[Word]) -> bool:
    """"hat die Zahlen bestätigt, aber keine Einzelheiten genannt": a verb coordinated with the
    cue by a conjunction ("aber", "und"), with no subject of its own and not in Konjunktiv, says
    what the speaker did next; it is the writer's sentence, not what was said."""
    ids = {w.id for w in clause}
    conj = [w for w in clause if w.deprel == "conj" and w.head == v.id and w.upos in ("VERB", "AUX")
            and w.feat("VerbForm") != "Inf" and any(
                k.deprel == "cc" and k.id in ids for k in sent.kids(w.id))]
    return bool(conj) and not any(
        k.deprel in SUBJECTS and k.id in ids for c in conj for k in sent.kids(c.id)) and not any(
        is_subjunctive(w, ctx.lex) for w in clause if w.upos in ("VERB", "AUX"))


def coordinated_main_clause(ctx: Context, sent: Sentence, v: Word, clause: list[Word]) -> bool:
    """"hat den Schaden bestätigt, und man glaubt, dass …": after a cue whose object is its
    content, a clause opened by a conjunction, with a subject of its own and its verb in the
    indicative, is the writer's next main clause, not what was said."""
    first = clause[0]
    if first.deprel != "cc" or not first.head or not any(k.deprel == "obj" for k in sent.kids(v.id)):
        return False
    verb = sent.word(first.head)
    if verb.deprel != "conj" or verb.head != v.id or verb.upos not in ("VERB", "AUX"):
        return False
    finite = [verb, *(k for k in sent.kids(verb.id) if k.deprel in ("aux", "aux:pass", "cop"))]
    return any(k.deprel in SUBJECTS for k in sent.kids(verb.id)) and not any(
        is_subjunctive(w, ctx.lex) for w in finite)


def ancestors(sent: Sentence, w: Word) -> set[int]:
    """The ids of the words `w` hangs under, up to the root."""
    found: set[int] = set()
    while w.head and w.head not in found:
        found.add(w.head)
        w = sent.word(w.head)
    return found


def frame_comma(sent: Sentence, after: list[Word]) -> Word | None:
    """The comma that opens the reported clause, skipping a relative clause on the speaker
    ("beschreibt der Bewohner X, der vor den Ruinen steht, wie …")."""
    words = after[:FRAME_WINDOW]
    colon = next((i for i, w in enumerate(words) if w.text == ":"), None)
    words = words if colon is None else words[:colon]  # "kündigt X an: A, B und C": a list
    if any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in words
           if w.text != ","):
        words = words[:next(i for i, w in enumerate(words) if w.upos in ("VERB", "AUX"))]
    commas = [w for w in words if w.text == ","]
    if not commas:
        return None
    comma = commas[0]
    nxt = sent.words[comma.id] if comma.id < len(sent.words) else None
    if nxt is not None and is_relative(nxt) and nxt.upos == "PRON":
        return comma_after_relative_clause(sent, nxt)
    end = apposed_name_end(sent, comma.id - 1)
    if end > comma.id - 1:  # ", John Kirby, dass …", ", Markus Muster (SPD), dass …"
        end = after_parenthesis(sent, end)
        if end + 1 <= len(sent.words):
            return sent.word(end + 1)
    return comma


def comma_after_relative_clause(sent: Sentence, pronoun: Word) -> Word | None:
    """The comma that closes the relative clause `pronoun` opens: the first after its finite
    verb, which stands last in it (a comma before an infinitive inside it, "die alle Versuche,
    die Kämpfe zu beenden, zunichtegemacht haben", is still inside)."""
    rest = sent.words[pronoun.id:]
    verb = next((i for i, w in enumerate(rest) if w.upos in ("VERB", "AUX")
                 and w.feat("VerbForm") == "Fin"), None)
    if verb is None:
        return None
    return next((w for w in rest[verb + 1:] if w.text == ","), None)


def clause_until_frame(ctx: Context, sent: Sentence, words: list[Word]) -> list[Word]:
    """Reported words up to a second speech cue ("…, und fügte hinzu"); none where quotation
    marks hold the clause to the sentence's end (direct speech, not a report)."""
    out: list[Word] = []
    for w in words:
        if w.text in QUOTE_MARKS and not out and quoted_whole(ctx, (w.start, sent.end)):
            break
        if out and out[-1].text in (",", "und") and effective_lemma(sent, w, ctx.lex) and (
            w.feat("Mood") != "Sub"
        ):
            out.pop()
            break
        out.append(w)
    return out


def relaying_wie_clause(ctx: Context, sent: Sentence, k: Word, v: Word) -> bool:
    """The wie-clause before the cue ("Wie der Sender berichtete, sagte X, …"): a relay's frame
    (`relays_a_report`), never the cue's content."""
    return k.id < v.id and any(c.deprel == "mark" and c.text.lower() == "wie" for c in sent.kids(k.id)) \
        and relays_a_report(ctx, sent, k)


def relays_a_report(ctx: Context, sent: Sentence, v: Word) -> bool:
    """"Wie die Zeitung berichtete, sagte ein Beamter, …": a wie-clause whose main clause is a
    speech verb with a subject of its own only relays that report (Q7, D16), which is the
    quote; the wie-clause reports nothing of its own."""
    if not v.head:
        return False
    main = sent.word(v.head)
    return main.upos == "VERB" and effective_lemma(sent, main, ctx.lex) is not None and any(
        k.deprel in ("nsubj", "nsubj:pass") and k.id > v.id and k.upos in ("NOUN", "PROPN", "PRON")
        for k in sent.kids(main.id))


def opening_wie(sent: Sentence, v: Word) -> bool:
    """"Wie ein Sprecher des Weißen Hauses sagte, wird …" with "Wie" parsed as the case of the
    subject: the sentence opens with "Wie" and the cue is its first verb. A comma before the verb
    is inside the wie-clause, which ends at its verb ("Wie der Sprecher, X, mitteilte, …"); a
    comma before the first noun ends a phrase of its own ("Wie erwartet, …" has no finite verb)."""
    first = sent.words[0]
    if first.text.lower() != "wie" or v.id == 1 or v.feat("VerbForm") != "Fin":
        return False
    between = sent.words[1:v.id - 1]
    if any(w.upos in ("VERB", "AUX") for w in between):
        return False
    first_noun = next((w.id for w in between if w.upos in ("NOUN", "PROPN", "PRON")), v.id)
    return not any(w.text == "," and w.id < first_noun for w in between)


def wie_clause_subject(ctx: Context, sent: Sentence, v: Word) -> Mention | None:
    """"Wie der Sprecher des Zivilschutzes, X, mitteilte, wurden …": the subject of an opening
    wie-clause stands between "Wie" and its verb, though the parse may hang it on the main verb."""
    wie = sent.words[0]
    if wie.text.lower() != "wie" or not (opening_wie(sent, v) or wie.head == v.id):
        return None
    subjects = [w for w in sent.words[1:v.id - 1] if w.deprel in ("nsubj", "nsubj:pass")
                and w.upos in ("NOUN", "PROPN") and not ctx.index.inside(w.start)]
    return mention(ctx, sent, subjects[0]) if subjects else None


def following_main_clause(ctx: Context, sent: Sentence, v: Word) -> tuple[int, int] | None:
    """"Wie X mitteilte, <main clause>": a wie-clause that opens the sentence reports the main
    clause after its comma (the verb may have its auxiliary after it: "mitgeteilt hatte,")."""
    wie = next((k for k in sent.kids(v.id) if k.deprel == "mark" and k.text.lower() == "wie"),
               None)
    if (wie is None or wie.id != 1 or wie.id > v.id) and not opening_wie(sent, v):
        return None
    i = v.id + 1
    while i <= len(sent.words) and sent.word(i).upos == "AUX" and sent.word(i).head == v.id:
        i += 1
    if i > len(sent.words) or sent.word(i).text != ",":
        return None
    rest = [w for w in sent.words[i:] if w.upos != "PUNCT" or w.text in QUOTE_MARKS]
    span = char_span(rest)
    return ctx.cut_tail(*span) if span and len(rest) >= 3 else None


def inverted_cue_clause(ctx: Context, sent: Sentence, clause: list[Word]) -> bool:
    """", hatte X bei seinem Besuch gesagt": an auxiliary, then a speech participle ending the
    clause; or ", sagte eine Quelle dem Sender X": a finite speech verb opening it (V1). Either
    is a post-posed cue of its own, not the content of a cue before it."""
    words = [w for w in clause if w.upos != "PUNCT"]
    if len(words) >= 2 and words[0].upos == "VERB" and words[0].feat("VerbForm") == "Fin" \
            and effective_lemma(sent, words[0], ctx.lex) is not None:
        return True
    if len(words) < 3 or words[0].upos != "AUX" or words[0].feat("VerbForm") != "Fin":
        return False
    last = words[-1]
    return last.upos == "VERB" and last.feat("VerbForm") in ("Part", "Inf") and \
        effective_lemma(sent, last, ctx.lex) is not None


def inverted_after_comma(sent: Sentence, v: Word) -> bool:
    """"…, hatte der Landrat gesagt": a post-posed cue whose auxiliary opens the clause after the
    comma, with the subject between it and the participle."""
    aux = [k for k in sent.kids(v.id) if k.deprel == "aux" and k.id < v.id - 1]
    return bool(aux) and aux[0].id > 1 and sent.word(aux[0].id - 1).text == "," and not any(
        w.upos in ("VERB", "AUX") for w in sent.words[aux[0].id:v.id - 1])


def preceding_head_clause(sent: Sentence, v: Word, konjunktiv: Lexicon | None = None
                          ) -> tuple[int, int] | None:
    """Post-posed cue (", sagte X") attached under the clause it reports; with `konjunktiv`
    (a lexicon), only a clause in the Konjunktiv."""
    head = sent.word(v.head)
    if head.id > v.id or head.upos == "PUNCT":
        return None
    cue_words = {w.id for w in subtree(sent, v.id)}
    words = [w for w in subtree(sent, head.id) if w.id not in cue_words and w.id < v.id]
    if konjunktiv is not None and not any(is_subjunctive(w, konjunktiv) for w in words
                                          if w.upos in ("VERB", "AUX")):
        return None
    return char_span(words)
