"""One module per construction; this registry says which run, and in which order.

A new construction is one module here (a cue finder registered with `@word_cue(order)` or
`@sentence_cue(order)`; modules are found by name, nothing to list), one block in
`quotes/data/cues.json` ("constructions": {module name: {...}}, validated by the module's own
schema) and one test file under `tests/test_constructions/`.

Pipeline: cue finders (per word, then per sentence) → quote constructions over the cues →
`merge` (the overlap rule) → follow-up constructions that see the quotes taken → `merge` again
→ coordinated complements cut apart ("A und dass B", `coordinated`) → (setting nested_quotes =
"all") the quotes nested in those, `merge_nested`.
"""

from __future__ import annotations

import importlib
import pkgutil

from quotes.constructions import continuation, coordinated, direct, nested, reported, restated
from quotes.constructions.core import (
    SENTENCE_CUES,
    WORD_CUES,
    Context,
    Cue,
    Named,
    Pronoun,
    RawQuote,
    check_blocks,
    direct_if_one_quotation,
    mention_of,
    without_dateline,
    without_leading_complementizer,
)
from quotes.constructions.mentions import relied_on
from quotes.constructions.merge import merge, merge_nested
from quotes.lexicon import Lexicon, load_lexicon
from quotes.parse import Parsed, Sentence
from quotes.parse_repair import with_names_restored

for _module in pkgutil.iter_modules(__path__):  # every module registers its own cue finders
    importlib.import_module(f"{__name__}.{_module.name}")


def sentence_cues(ctx: Context, si: int, sent: Sentence) -> list[Cue]:
    out = []
    for w in sent.words:
        if ctx.index.inside(w.start):
            continue
        for _, finder in WORD_CUES:
            cue = finder(ctx, si, sent, w)
            if cue is not None:
                out.append(cue)
                break
    out += [c for _, finder in SENTENCE_CUES if (c := finder(ctx, si, sent)) is not None]
    for before, cue in zip(out, out[1:], strict=False):
        if cue.speaker is None and before.speaker is not None and before.kind != "attribution":
            cue.speaker = before.speaker  # "X sagte …, fügte aber hinzu: …": the same subject
    for cue in out:
        with_source_relied_on(ctx, sent, cue)
    return [c for c in out if not agentless_cue_given_so_speaker(sent, c, out)]


def agentless_cue_given_so_speaker(sent: Sentence, so: Cue, cues: list[Cue]) -> bool:
    """"…, indem signalisiert wurde, es gebe genug Geld, so Minister X.": a "so X" that ends the
    content of a cue with no agent (a passive, "es hieß") names who said that content; the
    agentless cue takes X as its speaker and its content ends before "so X", and the so-frame is
    then no cue of its own (True: drop it). A "so X" inside the content ("es sei, so X, ernst")
    is left to the so-frame (Q5 keeps the phrase in the span)."""
    if so.rule not in ("so", "so_mid") or so.speaker is None or so.content is None:
        return False
    for cue in cues:
        if cue is so or cue.speaker is not None or cue.kind == "attribution" or cue.content is None:
            continue
        if cue.content[0] < so.start < cue.content[1]:
            end = content_end_before_so(sent, so, cue.content[1])
            if end is None:
                return False
            cue.speaker, cue.content = so.speaker, (cue.content[0], end)
            return True
    return False


def content_end_before_so(sent: Sentence, so: Cue, end: int) -> int | None:
    """Where the content ends when "so X" closes it: before a closing "so X"; before a "so X" in
    mid-sentence when the content stops inside the phrase or an indicative verb follows the
    phrase ("…, so X, bewirkte aber …": the sentence goes on, the report does not). None when
    the phrase sits inside the reported clause."""
    assert so.content is not None
    if so.rule == "so":
        return min(end, so.content[1])
    who = mention_of(so.speaker)
    if who is None:
        return None
    after = next((w for w in sent.words if w.start >= who.end and w.upos != "PUNCT"), None)
    goes_on = after is not None and after.upos in ("VERB", "AUX") and after.feat("Mood") == "Ind"
    if end <= who.end or goes_on:
        return max(so.content[0], so.start - 2)  # the comma or dash and the space before "so"
    return None


def with_source_relied_on(ctx: Context, sent: Sentence, cue: Cue) -> None:
    """"Laut dem Sender, der sich auf einen Hamas-Vertreter berief, ist …": the source the
    speaker relies on speaks (GUIDELINES Q7, D16), and the phrase naming it is no content."""
    m = mention_of(cue.speaker) if isinstance(cue.speaker, Named) else None
    found = relied_on(ctx, sent, m) if m is not None else None
    if found is None:
        return
    source, phrase_end = found
    cue.speaker = Named(source)
    if cue.content and m.end <= cue.content[0] <= phrase_end < cue.content[1]:
        start = phrase_end
        while start < cue.content[1] and (ctx.text[start].isspace() or ctx.text[start] == ","):
            start += 1
        cue.content = (start, cue.content[1])


OWN_PRONOUNS = ("er", "sie")


def own_report_inside(q: RawQuote, cues: list[Cue]) -> RawQuote:
    """"Er habe Netanjahu gesagt, dass …, sagte Blinken", "Blinken sagte, er habe … erklärt,
    …": a report that opens with the speaker's own earlier speech act (a speech verb whose
    subject is a pronoun for the speaker) keeps only that act's content, with the outer cue and
    mention (GUIDELINES D16: both layers have the same speaker); a pronoun of the other gender
    than an outer pronoun ("sie sagte, er habe …") is someone else's report and stays whole."""
    if q.kind != "indirect" or q.cue_span is None:
        return q
    outer = mention_of(q.speaker)
    for c in cues:
        inner = mention_of(c.speaker)
        if c.kind != "say" or c.content is None or not isinstance(c.speaker, Pronoun) or inner is None \
                or inner.text.lower() not in OWN_PRONOUNS or inner.start > q.start + 1 \
                or not q.start <= inner.start < c.start < c.content[0] < c.content[1] <= q.end:
            continue
        if outer is not None and isinstance(q.speaker, Pronoun) and outer.text.lower() != inner.text.lower():
            continue
        q.start, q.end = c.content
        return q
    return q


def find_cues(ctx: Context) -> list[Cue]:
    return [c for i, s in enumerate(ctx.sentences) for c in sentence_cues(ctx, i, s)]


class Extractor:
    """Runs every construction on a parse and merges their candidates."""

    def __init__(self, lexicon: Lexicon | None = None, nested: bool = False,
                 keep_complementizer: bool = False):
        self.lex = lexicon or load_lexicon()
        self.nested = nested  # also the quotes nested in others (setting nested_quotes = "all")
        self.keep_complementizer = keep_complementizer  # setting leading_complementizer = "keep"
        check_blocks(self.lex)

    def extract(self, parsed: Parsed) -> list[RawQuote]:
        """The quotes of a parse; names the tagger lost are restored in it first (in place, so
        the learned layer and the resolver see the same repaired parse)."""
        ctx = Context(with_names_restored(parsed), self.lex)
        cues = find_cues(ctx)
        quotes = merge([], direct.candidates(ctx, cues))
        quotes = merge(quotes, reported.candidates(ctx, cues))
        quotes.sort(key=lambda q: q.start)
        quotes = continuation.reported_reports(ctx, quotes, cues)
        quotes = merge(quotes, list(continuation.candidates(ctx, quotes, cues)))
        # a report inside a chain the continuations just found ("X sagte, … . Man sei … .
        # Zudem habe Y erklärt, …") is X's too (D16); its own continuations then follow it
        again = continuation.reported_reports(ctx, sorted(quotes, key=lambda q: q.start), cues)
        if any(a not in quotes for a in again):
            quotes = merge(again, list(continuation.candidates(ctx, again, cues)))
        quotes = merge(quotes, list(restated.candidates(ctx, quotes, cues)))
        quotes = [own_report_inside(q, cues) for q in quotes]
        quotes = coordinated.split(ctx, sorted(quotes, key=lambda q: q.start))
        if self.nested:
            quotes = nested.promote(merge_nested(quotes, nested.candidates(ctx, quotes)))
            quotes = merge_nested(quotes, list(nested.reports(ctx, quotes, cues)))
        quotes = [direct_if_one_quotation(ctx.index, without_dateline(parsed.text, q)) for q in quotes]
        if not self.keep_complementizer:
            quotes = [without_leading_complementizer(parsed.text, q) for q in quotes]
        return [q for q in quotes if 0 <= q.start < q.end <= len(parsed.text)]
