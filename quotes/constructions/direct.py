"""Direct speech: text in quotation marks framed by a cue — „…“, sagte X (`direct.postposed`),
X sagte: „…“ (`direct.colon_frame`), X nannte … „…“ (`direct.preposed`) — or by a headline
speaker without a verb, "Netanjahu: „…“" (`direct.colon_name`).

A verbatim fragment inside a reported clause is not direct speech: `reported` makes it mixed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from quotes.constructions.colon_headline import Block as ColonHeadlineBlock
from quotes.constructions.colon_headline import undecorated
from quotes.constructions.core import (
    PARAGRAPH_BREAK,
    QUOTE_MARKS,
    SENTENCE_END,
    Context,
    Cue,
    Marked,
    Mention,
    Named,
    RawQuote,
    clean_span,
    mention_of,
    reference,
)
from quotes.constructions.mentions import words_mention
from quotes.constructions.speech_verbs import shares_earlier_subject

COLON_NAME = re.compile(r"(?:^|\n)\s*(?P<who>[^\W\d_][^\n.!?:\"„“”»«]{1,60}?)\s*:\s*$")
MAX_GAP = 160
CONFIDENCE = 0.9  # a cue and a named speaker
CONFIDENCE_UNNAMED = 0.75  # a pronoun or no speaker on the cue
CONFIDENCE_COLON_NAME = 0.8
VERB_RULES = {"speech_verb", "directive", "characterisation", "hiess_es"}  # named by the frame


def candidates(ctx: Context, cues: list[Cue]) -> Iterator[RawQuote]:
    nearby = NearbyCues(cues)
    for m in ctx.marked:
        cue, relation = cue_for(ctx.text, m, [c for c in nearby.around(m) if not goes_on(ctx, m, c)])
        if cue is None:
            named = colon_name(ctx, m)
            if named:
                yield RawQuote(m.start, m.end, "direct", None, reference(named),
                               ctx.sentence_span(m.open, m.close), CONFIDENCE_COLON_NAME,
                               "direct.colon_name")
            continue
        if relation == "content-fragment":
            continue  # a verbatim fragment inside reported speech: handled as mixed
        span = ctx.sentence_span(min(m.open, cue.start), max(m.close, cue.end))
        conf = CONFIDENCE if isinstance(cue.speaker, Named) else CONFIDENCE_UNNAMED
        as_named = "wie" in ctx.text[m.close + 1:cue.start].lower().split()  # „…“, wie X es nannte
        lead = clause_before(ctx, m, cues) if relation == "postposed" and not as_named else None
        if lead is not None:  # Dies sei die „letzte Chance“, drohte er: a mixed report
            yield RawQuote(lead, m.close + 1, "mixed", cue.text, cue.speaker, span, conf,
                           "mixed.postposed", (cue.start, cue.end), id(cue))
            continue
        # „…“, hieß es: the guess at who issued a statement is too weak for verbatim speech
        speaker = cue.speaker
        mention = mention_of(speaker)
        if mention is not None and mention.start < m.close and m.open < mention.end:
            speaker = None  # a broken parse ran the speaker's phrase into the quotation
        rule = f"direct.{relation}" if cue.rule in VERB_RULES else f"direct.{cue.rule}"
        yield RawQuote(m.start, m.end, "direct", cue.text, speaker, span, conf, rule,
                       (cue.start, cue.end), id(cue))


def goes_on(ctx: Context, m: Marked, c: Cue) -> bool:
    """„…“, verwies aber auf …; „…“, und fügt hinzu: a verb after the marks that goes on with
    the subject before them frames nothing there ("…, sagte X" has its subject after it)."""
    return c.start > m.close and c.word is not None and shares_earlier_subject(
        ctx.sentences[c.sent], c.word)


class NearbyCues:
    """The cues `cue_for` can accept for a quotation (within MAX_GAP of its marks, or with a
    content around it), in their original order, found by bisection: scanning every cue of the
    document for every quotation made long documents quadratic."""

    def __init__(self, cues: list[Cue]):
        self.cues = cues
        self.by_start = sorted(range(len(cues)), key=lambda i: cues[i].start)
        self.starts = [cues[i].start for i in self.by_start]
        self.longest = max((c.end - c.start for c in cues), default=0)
        framing = [i for i, c in enumerate(cues) if c.content]
        self.by_content = sorted(framing, key=lambda i: cues[i].content[0])
        self.content_starts = [cues[i].content[0] for i in self.by_content]
        self.longest_content = max((cues[i].content[1] - cues[i].content[0] for i in framing),
                                   default=0)

    def around(self, m: Marked) -> list[Cue]:
        lo = bisect.bisect_left(self.starts, m.open - MAX_GAP - self.longest)
        hi = bisect.bisect_right(self.starts, m.close + 1 + MAX_GAP)
        picked = set(self.by_start[lo:hi])
        lo = bisect.bisect_left(self.content_starts, m.close - 1 - self.longest_content)
        hi = bisect.bisect_right(self.content_starts, m.open)
        picked.update(self.by_content[lo:hi])
        return [self.cues[i] for i in sorted(picked)]


# a sentence end between cue and quotation, but not the stop of an initial ("John F. Miller:")
STOP_NOT_INITIAL = re.compile(r"(?<!\b[A-ZÄÖÜ])[.!?]\s")
# "rät dazu, „…“", "forderte, „…“", "warf Netanjahu vor, „…“": a comma (after at most four words
# of the cue's own clause: particles, an object) right before the quotation, which opens the
# cue's complement, frames it as a colon would
COMMA_FRAME = re.compile(r"(?:\s+[\w-]+){0,4}\s*,\s*")


def cue_for(text: str, m: Marked, cues: list[Cue]) -> tuple[Cue | None, str]:
    """The cue framing a quotation: after it (", sagte X"), before it ("X sagte: „…“")."""
    best, best_gap, relation = None, 10**9, ""
    fragment_of = None
    for c in cues:
        if c.content and c.content[0] <= m.start and m.close <= c.content[1] + 1 and not (
            whole_object(m, c) and ends_sentence_after(text, m)
        ) and (
            c.content[1] - c.content[0] > (m.end - m.start) + 12 or c.kind in ("fragment", "name")
            or len(text[c.content[0]:m.open].split()) >= 2  # "…, man sei „vorsichtig optimistisch“"
        ):
            if not frames_directly(text, m, c):
                fragment_of = fragment_of or c
                continue
        if c.start > m.close:
            between = text[m.close + 1:c.start]
            ends_sentence = SENTENCE_END.search(between + " ") and between.strip(" ,")
            if len(between) > MAX_GAP or ends_sentence or "\n" in between:
                continue
            if between.lstrip()[:1] not in (",", "–", "—") and text[m.end - 1:m.end] not in "?!":
                continue  # „…“, sagte X – without the comma the marks enclose a name or a term
                # („…“ schiesse, könne … bezeichnet werden: the clause goes on past the marks)
            if text[m.end - 1:m.end] in ".!?" and any(ch.isalpha() for ch in between):
                continue  # „A.“ B habe …, sagte X: the cue frames the clause after the quotation
            if crosses_other_quote(between):
                continue
            gap, how = len(between), "postposed"
        elif c.end < m.open:
            between = text[c.end:m.open]
            period = bare_cue_before(text, m, c, between)
            if len(between) > MAX_GAP or STOP_NOT_INITIAL.search(between) and not period \
                    or PARAGRAPH_BREAK.search(between):
                continue
            if crosses_other_quote(between):
                continue
            colon = between.rstrip().endswith(":") or (
                c.kind in ("say", "directive") and COMMA_FRAME.fullmatch(between) is not None
            ) or (c.kind == "say" and not between.strip() and ends_sentence_after(text, m)) or period \
                or (whole_object(m, c) and ends_sentence_after(text, m) and (
                    not between.strip() or between.strip() == getattr(mention_of(c.speaker), "text", None)))
            fragment = c.kind == "name" or (
                c.content is not None and c.content[0] <= m.open <= c.content[1] + 1)
            if not (colon or fragment):
                continue
            gap = len(between) + (0 if colon else 40) + (PERIOD_PENALTY if period else 0)
            how = "colon_frame" if colon else "preposed"
        else:
            continue
        if gap < best_gap:
            best, best_gap, relation = c, gap, how
    if fragment_of is not None and not (best is not None and frames_directly(text, m, best)):
        return fragment_of, "content-fragment"  # a verbatim piece of a report, unless framed itself
    if best is not None and best.kind == "attribution" and relation == "colon_frame":
        best = speech_verb_before_relay(text, best, cues) or best
    return best, relation


def speech_verb_before_relay(text: str, relay: Cue, cues: list[Cue]) -> Cue | None:
    """"sagte er laut der Nachrichtenagentur NNA: „…“": the speech verb with its own speaker
    in the same clause right before the "laut" phrase frames the quotation; the medium only
    relays it (GUIDELINES Q7)."""
    return next((c for c in cues if c.kind == "say" and c.end <= relay.start
                 and relay.start - c.end < 40 and not re.search(r"[,.;:!?]", text[c.end:relay.start])
                 and mention_of(c.speaker) is not None), None)


# "Sie fügte hinzu. „…“": the cue's clause ends with at most two lower-case words (its particle,
# an adverb) and a full stop that stands for the colon
BARE_CUE_STOP = re.compile(r"(?:\s+[a-zäöüß]+){0,2}\s*\.\s+")
PERIOD_PENALTY = 60  # a cue after the quotation ("…“, sagte X") frames it first


def bare_cue_before(text: str, m: Marked, c: Cue, between: str) -> bool:
    """"Sie fügte hinzu. „Wir werden …“.": a speech verb with no complement of its own closes its
    sentence, and the next sentence is the quotation alone: the full stop stands for a colon;
    not where the cue frames a quotation before it ("„A“, sagte er. „B“")."""
    if not (c.kind == "say" and c.content is None and c.word is not None
            and BARE_CUE_STOP.fullmatch(between) is not None and ends_sentence_after(text, m)):
        return False
    opening = max(text.rfind(". ", 0, c.start), text.rfind("\n", 0, c.start)) + 1
    return not crosses_other_quote(text[opening:c.start])  # „A“, sagte er. „B“: B has no cue (Q6)


def whole_object(m: Marked, c: Cue) -> bool:
    """"Die Demonstranten skandierten „Freiheit für alle“.": the object the cue reports is the
    quotation and nothing else (an NP-object cue whose content is just the marks), so it is what
    was said, not a verbatim fragment of a larger report."""
    return c.kind == "fragment" and c.content is not None and c.start < m.open \
        and m.open - 1 <= c.content[0] and c.content[1] <= m.close + 1


def clause_before(ctx: Context, m: Marked, cues: list[Cue]) -> int | None:
    """Where the clause starts that the quotation marks end, if they do not start the sentence:
    the writer's words before them make the whole clause a mixed report."""
    sent = ctx.sentence_at(m.open)
    if sent is None:
        return None
    start = sent.start
    colon = ctx.text.rfind(":", start, m.open)
    start = colon + 1 if colon >= 0 else start
    lead = ctx.text[start:m.open]
    if len(lead.split()) < 2:
        return None
    if any(ch in lead for ch in QUOTE_MARKS) and any(start <= c.start < m.open for c in cues):
        return None  # „A“, sagte er, „B“, fügte er hinzu: two direct quotes, not one report
    framing = [c for c in cues if start <= c.start < m.open and c.content
               and c.content[0] <= m.open <= c.content[1] + 1 and (s := mention_of(c.speaker)) is not None
               and start <= s.start < m.open]
    if framing:  # "Der Premier erklärte, dass alle Ziele »…«, sagte X", "X bezeichnete das Abkommen
        start = max(start, framing[-1].content[0])  # als «…», schrieb er": the report starts in
        # the cue's complement; its speaker and cue are no words of the report
    return clean_span(ctx.text, start, m.open)[0]


def frames_directly(text: str, m: Marked, c: Cue) -> bool:
    """", sagte X" right after the closing mark, or "X schrieb …: „…“" right before it."""
    if c.start > m.close:
        return not text[m.close + 1:c.start].strip(" ,")
    before = text[c.end:m.open]
    return before.rstrip().endswith(":") and len(before) < MAX_GAP and not SENTENCE_END.search(before)


def ends_sentence_after(text: str, m: Marked) -> bool:
    """"Demonstranten skandierten „Bringt sie nach Hause“.": quotation marks right after the
    verb that close its sentence hold what was said, as after a colon (with words after them,
    „harte Konsequenzen“ an, they are an object: `np_objects`)."""
    rest = text[m.close + 1:m.close + 3]
    return not rest.strip() or rest.lstrip()[:1] in (".", "!", "?")


def crosses_other_quote(between: str) -> bool:
    return any(ch in between for ch in QUOTE_MARKS)


def colon_name(ctx: Context, m: Marked) -> Mention | None:
    """A headline or lead-in like "Netanjahu: „…“" without a speech verb."""
    text = ctx.text
    line_start = text.rfind("\n", 0, m.open) + 1
    block = ctx.lex.block("colon_headline", ColonHeadlineBlock)  # "+++ 11:45 Uhr: X: „…“"
    line_start = undecorated(text, line_start, m.open, block.line_decorations)[0]
    lead = text[line_start:m.open]
    hit = COLON_NAME.search(lead)
    if not hit or re.search(r"[.!?]\s", lead[:hit.start("who")] + " "):
        return None
    s, e = line_start + hit.start("who"), line_start + hit.end("who")
    sent = ctx.sentence_at(s)
    if sent is None:
        return None
    words = [w for w in sent.words if s <= w.start < e]
    if not words or len(words) > 8 or any(w.upos in ("VERB", "AUX") for w in words):
        return None
    return words_mention(ctx, words, s, e, ("PROPN", "NOUN", "X"))
