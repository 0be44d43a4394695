"""Direct speech framed by a verb the lexicon does not know, when the frame is unmistakable: the
quotation follows the verb's clause after a colon ("Die Zeitung titelte: „…“") or right after the
verb and a comma ("X kritisierte, „…“"), or it comes first and the verb right after it and a
comma, with its subject behind it ("„…“, wetterte der Minister", "„…“, riefen die Demonstranten").
The verb's subject is the speaker.
Rule `direct.unlisted_verb`. Lexicon block `constructions.unlisted_verb`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import SENTENCE_END, Context, Cue, Marked, lexicon_block, reference, word_cue
from quotes.constructions.speech_verbs import cue_text, speaker_of
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
    quoted = ctx.index.opening_from(w.end)  # by bisection: a scan per verb grew with the text
    if quoted is None or quoted.open > sent.end:
        return None
    between = ctx.text[w.end:quoted.open]
    colon = between.rstrip().endswith(":") and len(between) <= block.max_gap
    comma = between.strip() == ","
    if not (colon or comma) or SENTENCE_END.search(between) or "\n" in between:
        return None
    return frame_cue(ctx, si, sent, w, quoted)


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
