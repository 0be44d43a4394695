""""reagierte mit den Worten: „…“": direct speech introduced by a phrase instead of a speech verb.

The phrase is the cue, the subject of the clause it belongs to the speaker, the quotation right
after it (a colon or nothing in between) the content. Rule: `direct.with_words`.
Lexicon block `constructions.with_words`: the phrase's nouns and prepositions.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import Context, Cue, Marked, Mention, lexicon_block, reference, word_cue
from quotes.constructions.mentions import clause_subject
from quotes.constructions.speech_verbs import original_source
from quotes.parse import Sentence, Word


@lexicon_block("with_words")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    nouns: list[str]  # "Worten", "Satz"
    prepositions: list[str]  # "mit"


@word_cue(25)
def cue_at(ctx: Context, si: int, sent: Sentence, w: Word) -> Cue | None:
    block = ctx.lex.block("with_words", Block)
    if w.text not in block.nouns or w.id < 2:
        return None
    prep = next((p for p in sent.words[max(0, w.id - 3):w.id - 1]
                 if p.text.lower() in block.prepositions), None)
    quoted = ctx.index.opening_from(w.end)
    if prep is None or quoted is None or ctx.text[w.end:quoted.open].strip(" :"):
        return None
    speaker = quoted_object(ctx, sent, w, quoted) or clause_subject(ctx, sent, w)
    return Cue(si, prep.start, w.end, ctx.text[prep.start:w.end], "say", reference(speaker),
               (quoted.open, quoted.close + 1), "with_words", w)


def quoted_object(ctx: Context, sent: Sentence, w: Word, quoted: Marked) -> Mention | None:
    """"Die Zeitung zitiert einen Augenzeugen mit den Worten: „…“": the one quoted speaks, not the
    medium that quotes him (GUIDELINES Q7)."""
    verb = w
    while verb.head and verb.upos not in ("VERB", "AUX"):
        verb = sent.word(verb.head)
    if verb.upos not in ("VERB", "AUX"):
        return None
    return original_source(ctx, sent, verb, (quoted.open, quoted.close + 1))
