""""…, so Diplomaten." – a verbless attribution closing a sentence.

Lexicon block: `attribution.so_marker`.
"""

from __future__ import annotations

from quotes.constructions.core import Context, Cue, Mention, clean_span, reference, sentence_cue
from quotes.constructions.mentions import mention
from quotes.parse import Sentence


@sentence_cue(10)
def cue_in(ctx: Context, si: int, sent: Sentence) -> Cue | None:
    text = ctx.text
    stext = text[sent.start:sent.end]
    m = ctx.lex.so_pattern.search(stext)
    if not m:
        return None
    who_start, who_end = sent.start + m.start("who"), sent.start + m.end("who")
    who_words = [w for w in sent.words if who_start <= w.start < who_end]
    if not who_words or any(w.upos in ("VERB", "AUX") for w in who_words):
        return None
    ids = {w.id for w in who_words}
    head = next((w for w in who_words if w.head not in ids), who_words[-1])
    speaker = mention(ctx, sent, head)
    speaker = Mention(text[who_start:who_end].strip(), who_start, who_end, head,
                      speaker.head_spans, who_words)
    so_pos = sent.start + m.start("so")
    content = clean_span(text, sent.start, sent.start + m.start())
    return Cue(si, so_pos, so_pos + len(m.group("so")), m.group("so"), "attribution",
               reference(speaker), content, "so")
