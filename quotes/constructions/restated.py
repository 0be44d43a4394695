"""Attribution in the next sentence (GUIDELINES D21): "Die Brücke wird im Mai eröffnet. Das teilte
das Ministerium mit." – a sentence that opens with "Das"/"Dies" and a speech verb with a speaker
but no content of its own attributes the sentence before; if that sentence is no quote yet, it
becomes one with this cue and speaker (`indirect.restated`). Lexicon block
`constructions.restated`: the demonstratives.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import (
    SUBJECTS,
    Context,
    Cue,
    Mention,
    Named,
    Pronoun,
    RawQuote,
    clean_span,
    lexicon_block,
    mention_of,
    overlaps,
    reference,
)
from quotes.constructions.mentions import (
    mention,
    only_relays,
    relied_on,
    surface_speaker,
    unmarked_objects,
)
from quotes.constructions.speech_verbs import original_source
from quotes.parse import Sentence, Word

CONFIDENCE = 0.7
MAX_CUE_POSITION = 3  # "Das teilte …", "Dies gab …", "Das hat … gesagt": the verb near the start


@lexicon_block("restated")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    demonstratives: list[str]  # das, dies


def candidates(ctx: Context, quotes: list[RawQuote], cues: list[Cue]) -> Iterator[RawQuote]:
    demonstratives = set(ctx.lex.block("restated", Block).demonstratives)
    taken = [(q.start, q.end) for q in quotes]
    used = {q.cue_id for q in quotes}
    for c in cues:
        if c.sent == 0 or c.content is not None or c.word is None or id(c) in used \
                or c.kind not in ("say", "name"):
            continue
        sent = ctx.sentences[c.sent]
        first = sent.words[0]
        if first.text.lower() not in demonstratives or first.upos not in ("PRON", "DET") \
                or finite_position(sent, c.word) > MAX_CUE_POSITION + 1 or negated(sent, c.word):
            continue
        speaker = restated_voice(ctx, sent, c.word)
        if not isinstance(speaker, Named | Pronoun) or speaker.mention.start <= first.start:
            continue
        before = ctx.sentences[c.sent - 1]
        if ctx.text[before.end:sent.start].count("\n") > 1:
            continue  # a paragraph break: not the sentence this one restates
        s, e = clean_span(ctx.text, before.start, before.end)
        going_on = next((q for q in quotes if q.rule.startswith("continuation.") and q.cue is None
                         and before.start <= q.start and q.end <= before.end), None)
        if going_on is not None:  # already an entry, a continuation: only its speaker is this one
            going_on.speaker = speaker
            continue
        framed = None if only_relays(ctx, mention_of(speaker)) or titled_in_marks(ctx, mention_of(speaker)) \
            else restated_report(quotes, before, sent)
        if framed is not None:  # an entry with a cue of its own: the speaker is this one (D21)
            framed.speaker = speaker
            continue
        if e - s < 3 or ctx.index.inside(s) or any(overlaps((s, e), t) for t in taken):
            continue
        kind = "mixed" if ctx.index.within(s, e + 1) else "indirect"
        yield RawQuote(s, e, kind, c.text, speaker, (before.start, sent.end), CONFIDENCE,
                       "indirect.restated", (c.start, c.end), id(c))


def restated_voice(ctx: Context, sent: Sentence, v: Word):
    """The speaker of "Das teilte X mit": X, or the source X relies on ("… unter Berufung auf Y": Y)."""
    found = restating_speaker(ctx, sent, v, sent.words[0])
    relied = relied_on(ctx, sent, found) if found is not None else None
    return reference(relied[0] if relied else found)


def titled_in_marks(ctx: Context, m: Mention | None) -> bool:
    """"Das berichtete die „Wochenpost“": a name in quotation marks is a publication's title,
    a medium the registry does not know; it relays the report before (Q7), it is not its voice."""
    return m is not None and ctx.index.inside(m.head.start)


ADDED_VOICES = ("auch", "ebenfalls", "zudem", "ähnlich", "gleichfalls")  # "Das bestätigte auch X"


def restated_report(quotes: list[RawQuote], before: Sentence, sent: Sentence) -> RawQuote | None:
    """"Israel hat die Familien darüber informiert, dass … . Dies sagte der Armeesprecher X.": the
    report before, an entry with its own cue, is restated; its speaker is resolved to X
    (GUIDELINES D21, Q4 restatement); a medium's "Das berichtet die Agentur" only relays it and
    leaves its speaker (Q7). Not direct speech, which has its own speaker, and not "Das
    bestätigte auch X" (a second voice, not the one the report came from)."""
    if any(w.text.lower() in ADDED_VOICES for w in sent.words):
        return None
    inside = [q for q in quotes if before.start <= q.start and q.end <= before.end]
    if len(inside) != 1 or inside[0].kind == "direct" or inside[0].cue_span is None \
            or not before.start <= inside[0].cue_span[0] < before.end:
        return None
    return inside[0]


def finite_position(sent: Sentence, v: Word) -> int:
    """Where the finite verb of the cue's clause stands: the verb, or its auxiliary ("Dies habe
    das Büro am Abend in einer Erklärung bestätigt": the participle closes the clause)."""
    return min([v.id, *(k.id for k in sent.kids(v.id) if k.deprel.startswith("aux"))])


def restates(ctx: Context, sent: Sentence, v: Word) -> bool:
    """The cue restates the sentence before: the clause opens with a demonstrative (lexicon
    `constructions.restated.demonstratives`) and its finite verb comes right after it."""
    first = sent.words[0]
    return first.text.lower() in ctx.lex.block("restated", Block).demonstratives \
        and first.upos in ("PRON", "DET") and finite_position(sent, v) <= MAX_CUE_POSITION + 1


def negated(sent: Sentence, v: Word) -> bool:
    """"Das sagte er nicht": no attribution."""
    return any(k.text.lower() in ("nicht", "nie", "niemals") for k in sent.kids(v.id))


def restating_speaker(ctx: Context, sent: Sentence, v: Word, demonstrative: Word):
    """The verb's subject that is not the "Das" itself, else the noun phrase after the verb; the
    source it relies on where it names one ("Das berichtete X unter Berufung auf Y": Y, D16)."""
    relayed = original_source(ctx, sent, v, None)
    if relayed is not None:
        return relayed
    subjects = [k for k in sent.kids(v.id) if k.deprel in SUBJECTS and k.id != demonstrative.id]
    if not subjects and demonstrative.deprel in SUBJECTS and demonstrative.head == v.id:
        subjects = unmarked_objects(ctx, sent, v, None)  # "Dies habe das Büro … bestätigt": the
        # tagger took the demonstrative for the subject and the ambiguous "das Büro" for the object
    if subjects:
        return mention(ctx, sent, subjects[0])
    found = surface_speaker(ctx, sent, v, None)
    if found is None:
        return None
    head = found.head  # "EU-Ratspräsident Charles Michel" seen from "EU": its noun phrase's head
    while head.deprel in ("compound", "flat", "flat:name", "appos") and head.head \
            and sent.word(head.head).upos in ("NOUN", "PROPN"):
        head = sent.word(head.head)
    return mention(ctx, sent, head)
