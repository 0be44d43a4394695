"""Quotes nested inside quotes, for the conventions that annotate every layer.

The project's convention (`../shared/realdev/GUIDELINES.md` Q1, Q7, D16) gives one entry per
speech act: a report with verbatim fragments is one mixed quote, a relayed report is annotated at
its innermost content. Other corpora (the German WikiNews quotation data) also mark each verbatim
fragment inside a report as a direct quote of its own, nested in the report. With the setting
`nested_quotes = "all"` (`quotes.config`) the extractor adds those:

- `nested.fragment`: text in quotation marks inside an indirect or mixed quote („…“ within
  "Sie sagte, die Lage sei „ernst“") is a direct quote with the report's speaker and cue. Marks
  that only enclose a name (a newspaper, a ship, a firm: D25) are no verbatim fragment.

A noun-phrase report that carries a fragment ("warnte vor einem „…“", `indirect.np_object`) is a
speech act without content of its own there (WikiNews: Reported, not a quote): its fragments
stand alone (`promote`).

- `nested.report`: a report inside a report, with its own speaker ("Laut dem Sender sagte der
  Minister, dass …"; the project's convention keeps only one of them, Q7/D16).

Nested quotes carry their `parent`; `merge.merge_nested` lets them overlap that parent only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from quotes.constructions import reported
from quotes.constructions.core import Context, Cue, Marked, RawQuote, lexicon_block
from quotes.parse import Sentence, Word

NAME_TAGS = {"PROPN", "X", "NUM"}
MIN_OUTER_CHARS = 8  # the outer report holds more than the inner one: at least its cue
APPOSED = {"appos", "flat", "flat:name"}
WEB_ADDRESS = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?")
MAX_NAME_WORDS = 6


@lexicon_block("nested")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name_nouns: list[str]  # "der Firma „X“", "der Wochenzeitung „X“": the marks after them hold a name


def candidates(ctx: Context, quotes: list[RawQuote]) -> Iterator[RawQuote]:
    """The verbatim fragments of every indirect or mixed quote, in text order."""
    speakers = [(m.start, m.end) for q in quotes if (m := q.mention) is not None]
    for q in quotes:
        if q.kind == "direct" or q.parent is not None:
            continue
        for m in ctx.index.within(q.start - 1, q.end + 1):
            if m.start < q.start - 1 or m.end > q.end + 1 or is_name(ctx, m) or any(
                    a < m.end and m.start < b for a, b in speakers):  # laut „Agentur“
                continue
            yield RawQuote(m.start, m.end, "direct", q.cue, q.speaker, q.sentence, q.confidence,
                           "nested.fragment", q.cue_span, None, parent=q)


def reports(ctx: Context, quotes: list[RawQuote], cues: list[Cue]) -> Iterator[RawQuote]:
    """`nested.report`: a report inside another report, with its own speaker and cue ("Laut dem
    Sender sagte der Minister, dass …": the minister's "dass …" inside the sender's report) – the
    reported clause the merge step gave up for the longer one that holds it and its cue, where
    one of the two is a relay's attribution phrase (laut, zufolge, so X, nach Angaben)."""
    taken = {(q.start, q.end) for q in quotes}
    parents = [q for q in quotes if q.parent is None and q.kind != "direct"]
    relays = {id(c) for c in cues if c.kind == "attribution"}  # laut, zufolge, so X, demnach
    for c in reported.candidates(ctx, cues):
        if (c.start, c.end) in taken or c.cue_span is None:
            continue
        parent = next((p for p in parents if p.start <= c.start and c.end <= p.end
                       and p.start <= c.cue_span[0] < p.end and p.cue_id != c.cue_id
                       and (p.end - p.start) - (c.end - c.start) >= MIN_OUTER_CHARS
                       and (p.cue_id in relays or c.cue_id in relays)), None)
        if parent is not None:
            c.parent, c.rule = parent, "nested.report"
            yield c


def is_name(ctx: Context, m: Marked) -> bool:
    """Marks around a name, not around someone's words: every word a proper noun (or foreign,
    or a number: „Al-Qaida“, „Hvalur 9“), a short title of capitalised words („This Is It“), a
    web address, or a name apposed to the noun before the marks ("der Firma „Muster AG“")."""
    sent = ctx.sentence_at(m.start)
    words = [w for w in (sent.words if sent else []) if m.start <= w.start and w.end <= m.end
             and w.upos != "PUNCT"]
    if not words:
        return False
    if all(w.upos in NAME_TAGS for w in words) or WEB_ADDRESS.fullmatch(ctx.text[m.start:m.end]):
        return True
    if 1 < len(words) <= MAX_NAME_WORDS and all(w.text[:1].isupper() or w.text[:1].isdigit()
                                                 for w in words):
        return True
    before = [w for w in sent.words if w.end <= m.open]
    if len(words) <= MAX_NAME_WORDS and before and named_by(ctx, before[-1]):
        return True
    if names_the_noun_after(sent, m, words):
        return True
    heads = [w for w in words if not (w.head and m.start <= sent.word(w.head).start < m.end)]
    return bool(before) and before[-1].upos == "NOUN" and len(heads) == 1 and \
        heads[0].deprel in APPOSED and heads[0].head == before[-1].id


def named_by(ctx: Context, noun: Word) -> bool:
    """A noun that the name of a firm, a paper, a ship … follows in quotation marks ("der Firma
    „X“", "der Wochenzeitung „X“"; lexicon `constructions.nested.name_nouns`, also as the end of a
    compound)."""
    if noun.upos != "NOUN":
        return False
    text = noun.text
    return any(text == n or (len(text) > len(n) and text.endswith(n.lower()))
               for n in ctx.lex.block("nested", Block).name_nouns)


def names_the_noun_after(sent: Sentence, m: Marked, words: list[Word]) -> bool:
    """"dem „Central“ Bezirk": a short capitalised phrase in marks right before a capitalised
    noun is that noun's name, used as its modifier."""
    after = next((w for w in sent.words if w.start > m.close), None)
    return after is not None and after.upos == "NOUN" and after.text[:1].isupper() \
        and after.start - m.close <= 2 and len(words) <= 3 and words[0].text[:1].isupper()


NP_REPORTS = {"indirect.np_object"}


def promote(quotes: list[RawQuote]) -> list[RawQuote]:
    """Noun-phrase reports give way to the fragments they carry, which then stand alone."""
    dropped = {id(q.parent) for q in quotes if q.parent is not None and q.parent.rule in NP_REPORTS}
    out = [q for q in quotes if id(q) not in dropped]
    for q in out:
        if q.parent is not None and id(q.parent) in dropped:
            q.parent = None
    return out
