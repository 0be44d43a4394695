""""zeigte sich zuversichtlich, dass …": an attitude predicate with reported content (GUIDELINES
D19). Without a content clause ("zeigte sich besorgt") it is no quote. Rule `indirect.attitude`,
cue "zeigte sich". Lexicon block `constructions.attitude`: the verbs and the adjectives.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import Context, Cue, clean_span, lexicon_block, reference, word_cue
from quotes.constructions.speech_verbs import speaker_of
from quotes.parse import Sentence, Word

WINDOW = 12  # words from the verb to the adjective ("zeigte sich US-Präsident X am Abend optimistisch")


@lexicon_block("attitude")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    verbs: list[str]  # lemmas: zeigen, geben
    adjectives: list[str]  # zuversichtlich, optimistisch, überzeugt …
    complementizers: list[str]  # dass


@word_cue(15)
def cue_at(ctx: Context, si: int, sent: Sentence, w: Word) -> Cue | None:
    block = ctx.lex.block("attitude", Block)
    if w.upos not in ("VERB", "AUX") or w.lemma.lower() not in block.verbs:
        return None
    after = sent.words[w.id:w.id + WINDOW]
    reflexive = next((x for x in after if x.text.lower() == "sich"), None)
    adjective = next((x for x in after if x.text.lower() in block.adjectives), None)
    if reflexive is None or adjective is None or reflexive.id > adjective.id:
        return None
    content = clause_before(ctx, sent, w) or clause_after(ctx, sent, adjective, block)
    if content is None:
        return None
    cue_end = reflexive.end if reflexive.id == w.id + 1 else w.end
    return Cue(si, w.start, cue_end, ctx.text[w.start:cue_end], "say",
               reference(speaker_of(ctx, sent, w, content)), content, "attitude", w)


def clause_before(ctx: Context, sent: Sentence, v: Word) -> tuple[int, int] | None:
    """"Israel könne zustimmen, zeigte sich X optimistisch": the clause before the comma."""
    if v.id < 4 or sent.word(v.id - 1).text != ",":
        return None
    return clean_span(ctx.text, sent.start, sent.word(v.id - 1).start)


def clause_after(ctx: Context, sent: Sentence, adjective: Word, block: Block) -> tuple[int, int] | None:
    """"…, dass …" after the adjective, up to the end of the sentence."""
    rest = sent.words[adjective.id:]
    opener = next((i for i, x in enumerate(rest[:-1]) if x.text == ","
                   and rest[i + 1].text.lower() in block.complementizers), None)
    if opener is None or opener + 2 >= len(rest) or any(x.text in ".;:" for x in rest[:opener]):
        return None
    return ctx.cut_tail(rest[opener + 2].start, sent.end)
