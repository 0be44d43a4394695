"""One module per construction; this registry says which run, and in which order.

A new construction is one module here (yielding `Cue`s or `RawQuote` candidates with a `rule`
name), one block in `quotes/data/cues.json` and one test file under `tests/test_constructions/`.

Pipeline: cue finders (per word, then per sentence) → quote constructions over the cues →
`merge` (the overlap rule) → follow-up constructions that see the quotes taken → `merge` again.
"""

from __future__ import annotations

from collections.abc import Callable

from quotes.constructions import attribution, continuation, direct, hiess_es, reported, so_frame, speech_verbs
from quotes.constructions.core import Context, Cue, RawQuote
from quotes.constructions.merge import merge
from quotes.lexicon import Lexicon, load_lexicon
from quotes.parse import Parsed, Sentence, Word

WordCueFinder = Callable[[Context, int, Sentence, Word], "Cue | None"]
SentenceCueFinder = Callable[[Context, int, Sentence], "Cue | None"]

# first finder that answers wins for a word
WORD_CUES: tuple[WordCueFinder, ...] = (
    speech_verbs.cue_at,
    hiess_es.cue_at,
    attribution.preposition_cue,
    attribution.source_noun_cue,
)
SENTENCE_CUES: tuple[SentenceCueFinder, ...] = (so_frame.cue_in,)


def sentence_cues(ctx: Context, si: int, sent: Sentence) -> list[Cue]:
    out = []
    for w in sent.words:
        if ctx.index.inside(w.start):
            continue
        for finder in WORD_CUES:
            cue = finder(ctx, si, sent, w)
            if cue is not None:
                out.append(cue)
                break
    out += [c for finder in SENTENCE_CUES if (c := finder(ctx, si, sent)) is not None]
    for before, cue in zip(out, out[1:], strict=False):
        if cue.speaker is None and before.speaker is not None and before.kind != "attribution":
            cue.speaker = before.speaker  # "X sagte …, fügte aber hinzu: …": the same subject
    return out


def find_cues(ctx: Context) -> list[Cue]:
    return [c for i, s in enumerate(ctx.sentences) for c in sentence_cues(ctx, i, s)]


class Extractor:
    """Runs every construction on a parse and merges their candidates."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.lex = lexicon or load_lexicon()

    def extract(self, parsed: Parsed) -> list[RawQuote]:
        ctx = Context(parsed, self.lex)
        cues = find_cues(ctx)
        quotes = merge([], direct.candidates(ctx, cues))
        quotes = merge(quotes, reported.candidates(ctx, cues))
        quotes.sort(key=lambda q: q.start)
        quotes = merge(quotes, list(continuation.candidates(ctx, quotes)))
        quotes.sort(key=lambda q: q.start)
        return [q for q in quotes if 0 <= q.start < q.end <= len(parsed.text)]
