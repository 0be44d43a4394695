"""Direct speech after a verb the lexicon does not know, when the frame is unmistakable: the
quotation follows the verb's clause after a colon ("Die Zeitung titelte: „…“") or right after the
verb and a comma ("X kritisierte, „…“"). The verb's subject is the speaker.
Rule `direct.unlisted_verb`. Lexicon block `constructions.unlisted_verb`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import SENTENCE_END, Context, Cue, lexicon_block, reference, word_cue
from quotes.constructions.speech_verbs import cue_text, speaker_of
from quotes.parse import Sentence, Word


@lexicon_block("unlisted_verb")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_gap: int  # characters from the verb to the colon
    not_cues: list[str]  # lemmas that introduce lists or titles, not speech ("folgen", "heißen")


@word_cue(90)
def cue_at(ctx: Context, si: int, sent: Sentence, w: Word) -> Cue | None:
    if w.upos != "VERB" or w.feat("VerbForm") != "Fin":
        return None
    block = ctx.lex.block("unlisted_verb", Block)
    if w.lemma.lower() in block.not_cues:
        return None
    quoted = next((m for m in ctx.marked if m.open >= w.end), None)
    if quoted is None or quoted.open > sent.end:
        return None
    between = ctx.text[w.end:quoted.open]
    colon = between.rstrip().endswith(":") and len(between) <= block.max_gap
    comma = between.strip() == ","
    if not (colon or comma) or SENTENCE_END.search(between) or "\n" in between:
        return None
    content = (quoted.open, quoted.close + 1)
    speaker = speaker_of(ctx, sent, w, content)
    if speaker is None:
        return None
    return Cue(si, w.start, w.end, cue_text(sent, w, ctx.lex), "say", reference(speaker), content,
               "unlisted_verb", w)
