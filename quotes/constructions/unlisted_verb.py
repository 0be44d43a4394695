"""Direct speech framed by a verb the lexicon does not know, when the frame is unmistakable: the
quotation follows the verb's clause after a colon ("Die Zeitung titelte: „…“") or right after the
verb and a comma ("X kritisierte, „…“"), or it comes first and the verb right after it and a
comma, with its subject behind it ("„…“, wetterte der Minister", "„…“, riefen die Demonstranten").
The verb's subject is the speaker.
Rule `direct.unlisted_verb`. Lexicon block `constructions.unlisted_verb`.

The same frame with reported speech: a colon closing the verb's short clause, then a clause in
Konjunktiv I ("Basim Naim ging noch weiter: Netanjahu wolle den Krieg verlängern"), rule
`indirect.colon_konjunktiv`; the Konjunktiv says the words are the subject's, not the writer's.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from quotes.constructions.continuation import own_konjunktiv_i
from quotes.constructions.core import (
    SENTENCE_END,
    Context,
    Cue,
    Marked,
    clean_span,
    lexicon_block,
    reference,
    word_cue,
)
from quotes.constructions.speech_verbs import cue_text, in_subordinate_clause, speaker_of
from quotes.parse import Sentence, Word


@lexicon_block("unlisted_verb")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_gap: int  # characters from the verb to the colon
    not_cues: list[str]  # lemmas (or forms) that introduce lists or titles, not speech ("folgen")


@word_cue(90)
def cue_at(ctx: Context, si: int, sent: Sentence, w: Word) -> Cue | None:
    if w.upos != "VERB" or w.feat("VerbForm") != "Fin":
        return None
    block = ctx.lex.block("unlisted_verb", Block)
    if w.lemma.lower() in block.not_cues or w.text.lower() in block.not_cues:
        return None  # also by form: "heißt es wörtlich:" with "wörtlich" tagged as a verb
    before = postposed_to(ctx, sent, w)
    if before is not None:
        return frame_cue(ctx, si, sent, w, before)
    if in_subordinate_clause(sent, w):
        return None  # "…, wonach die Hilfe nicht ankomme: „…“": the main clause frames it
    quoted = ctx.index.opening_from(w.end)  # by bisection: a scan per verb grew with the text
    if quoted is None or quoted.open > sent.end:
        return None
    between = ctx.text[w.end:quoted.open]
    gap = len(between) - len(trailing_clause(ctx, sent, w.end, quoted.open))
    colon = between.rstrip().endswith(":") and gap <= block.max_gap
    comma = between.strip() == ","
    if not (colon or comma) or SENTENCE_END.search(between) or "\n" in between:
        return None
    return frame_cue(ctx, si, sent, w, quoted)


def trailing_clause(ctx: Context, sent: Sentence, start: int, end: int) -> str:
    """"schloss sich der Einschätzung an, wonach die Gespräche scheitern könnten: „…“": the
    subordinate clause between the frame and its colon, which the colon's distance leaves out."""
    comma = ctx.text.rfind(",", start, end)
    if comma < 0:
        return ""
    first = next((x for x in sent.words if x.start > comma), None)
    if first is None or first.start >= end or not (
            first.upos == "SCONJ" or first.text.lower() in ctx.lex.complementizers
            or first.upos == "PRON" and "Rel" in (first.feat("PronType") or "")):
        return ""
    return ctx.text[comma:end]


def postposed_to(ctx: Context, sent: Sentence, w: Word) -> Marked | None:
    """The quotation a verb directly follows after a comma ("„…“, konterte X"), when the
    quotation opens the sentence, the verb's subject comes after it (the inversion says the
    quotation is its fronted object) and the quotation reads as speech (several words, or an
    exclamation or question): "In der „Trostrunde“, schieden …" names a thing."""
    quoted = ctx.index.closed_before(w.start)
    if quoted is None or quoted.open < sent.start or ctx.text[sent.start:quoted.open].strip() \
            or ctx.text[quoted.close + 1:w.start].strip() != ",":
        return None
    inner = ctx.text[quoted.start:quoted.end].strip()
    if len(inner.split()) < 2 and not inner.endswith(("!", "?")):
        return None
    if not any(k.deprel in ("nsubj", "nsubj:pass") and k.id > w.id for k in sent.kids(w.id)):
        return None
    return quoted


def frame_cue(ctx: Context, si: int, sent: Sentence, w: Word, quoted: Marked) -> Cue | None:
    content = (quoted.open, quoted.close + 1)
    speaker = speaker_of(ctx, sent, w, content)
    if speaker is None:
        return None
    return Cue(si, w.start, w.end, cue_text(sent, w, ctx.lex), "say", reference(speaker), content,
               "unlisted_verb", w)


@word_cue(91)
def konjunktiv_after_colon(ctx: Context, si: int, sent: Sentence, w: Word) -> Cue | None:
    """`indirect.colon_konjunktiv`: "X ging noch weiter: Y wolle …" – a finite verb whose
    clause a colon closes, the clause after the colon in Konjunktiv I."""
    if w.upos != "VERB" or w.feat("VerbForm") != "Fin":
        return None
    block = ctx.lex.block("unlisted_verb", Block)
    if w.lemma.lower() in block.not_cues or w.text.lower() in block.not_cues \
            or in_subordinate_clause(sent, w):
        return None
    colon = next((c for c in sent.words[w.id:] if c.text in (":", ",", ";", "„", "»", "\"")), None)
    if colon is None or colon.text != ":" or colon.start - w.end > block.max_gap:
        return None
    content = [c for c in sent.words[colon.id:] if not ctx.index.inside(c.start)]
    if len(content) < 3 or not any(own_konjunktiv_i(ctx, c) for c in content if c.upos in (
            "VERB", "AUX")) or any(c.text in ("ich", "wir", "Ich", "Wir") for c in content):
        return None
    speaker = speaker_of(ctx, sent, w, (colon.end, sent.end))
    if speaker is None:
        return None
    span = clean_span(ctx.text, colon.end, sent.end)
    return Cue(si, w.start, w.end, cue_text(sent, w, ctx.lex), "say", reference(speaker), span,
               "colon_konjunktiv", w)
