""""…, so Diplomaten." – a verbless attribution closing a sentence, or inside it ("Die Lage
sei, so der Minister, ernst": the phrase stays in the span, GUIDELINES Q5).

Lexicon block: `attribution.so_marker`; `constructions.so_frame.not_speakers` ("so wörtlich").
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import (
    Context,
    Cue,
    Mention,
    StatementIssuer,
    clean_span,
    is_relative,
    lexicon_block,
    reference,
    sentence_cue,
)
from quotes.constructions.mentions import mention
from quotes.parse import Sentence


@lexicon_block("so_frame")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    not_speakers: list[str]  # "so wörtlich", "so heißt es": no one named
    reason_nouns: list[str] = []  # "…, so die Begründung": what was said, its speaker before


@sentence_cue(10)
def cue_in(ctx: Context, si: int, sent: Sentence) -> Cue | None:
    text = ctx.text
    stext = text[sent.start:sent.end]
    m = ctx.lex.so_pattern.search(stext)
    mid = False
    if not m:
        m, mid = ctx.lex.so_mid_pattern.search(stext), True
    not_speakers = ctx.lex.block("so_frame", Block).not_speakers
    if not m or m.group("who").split()[0].lower() in not_speakers:
        return None
    who_start, who_end = sent.start + m.start("who"), sent.start + m.end("who")
    # "so X wörtlich", "so der Sprecher weiter": the trailing word is no part of X
    who_end = without_trailing(text, who_start, who_end, [*not_speakers, *ctx.lex.sentence_adverbs])
    who_words = [w for w in sent.words if who_start <= w.start < who_end]
    if not who_words or any(w.upos in ("VERB", "AUX") for w in who_words):
        return None
    ids = {w.id for w in who_words}
    head = next((w for w in who_words if w.head not in ids), who_words[-1])
    speaker = mention(ctx, sent, head)
    speaker = Mention(text[who_start:who_end].strip(), who_start, who_end, head,
                      speaker.head_spans, who_words)
    owner = next((w for w in who_words if w.head == head.id and w.deprel == "det:poss"), None)
    if owner is not None and {head.text, head.text + "n"} & ctx.lex.source_nouns:  # "so seine
        # Worte" (the lexicon's dative "Worten"): the owner's words
        speaker = Mention(owner.text, owner.start, owner.end, owner, [(owner.start, owner.end)], [owner])
    reasons = ctx.lex.block("so_frame", Block).reason_nouns
    ref = reference(speaker)
    if head.text in reasons and not any(w.deprel in ("nmod", "det:poss") for w in who_words):
        ref = StatementIssuer()  # "…, so die Begründung": whoever gave it, as for "hieß es"
    so_pos = sent.start + m.start("so")
    if mid and relative_after(ctx, sent, who_end):
        mid = False  # "…, so Korte, der auch angab, …": the phrase closes the report before it
    end = sent.end if mid else sent.start + m.start()
    content = clean_span(text, sent.start, end)
    return Cue(si, so_pos, so_pos + len(m.group("so")), m.group("so"), "attribution",
               ref, content, "so_mid" if mid else "so")


def relative_after(ctx: Context, sent: Sentence, who_end: int) -> bool:
    """A relative clause on X opens right after "so X," and runs to the end of the sentence: no
    comma follows, or only one that opens its own content clause ("so Korte, der auch angab,
    dass …"; not "so X, der in Kiel war, sehr ernst")."""
    after = [w for w in sent.words if w.start >= who_end and w.upos != "PUNCT"]
    if not after or after[0].upos != "PRON" or not is_relative(after[0]):
        return False
    rest = [w for w in sent.words if w.id > after[0].id]
    comma = next((i for i, w in enumerate(rest) if w.text in (",", "–", "—")), None)
    return comma is None or comma + 1 < len(rest) and rest[comma + 1].text.lower() in ctx.lex.complementizers


def without_trailing(text: str, start: int, end: int, words: list[str]) -> int:
    """The end of "so X wörtlich" without its trailing "wörtlich" (or an adverb such as
    "weiter"): that word is no part of X."""
    who = text[start:end].rstrip()
    last = who.rsplit(None, 1)
    if len(last) == 2 and last[1].lower() in words:
        return start + len(last[0].rstrip())
    return end
