"""Headlines and sub-headings that attribute by a colon (GUIDELINES Q3, D20): "Katar: Scheitern
keine Option", "+++ 05:14 Hamas: Abkommen in greifbarer Nähe +++".

The part before the colon names the speaker (a short noun phrase without verb or preposition: a
topic such as "Nach dem Gipfel:" is not a speaker), the rest of the line is the content (mixed
when it holds quotation marks; a line that is one quotation is left to `direct.colon_name`).
Rule `indirect.colon_headline`, cue null. Lexicon block `constructions.colon_headline`.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import Context, Cue, lexicon_block, reference, sentence_cue
from quotes.constructions.mentions import words_mention
from quotes.parse import Sentence

HEADLINE = re.compile(r"(?P<who>[^\W\d_][^:.!?;\"„“”»«()]{0,60}?)\s*:\s+(?P<what>[^\s:].*?)\s*$")
SENTENCE_INSIDE = re.compile(r"[.!?][»«“”\"']?\s+\S")  # a full stop with more text after it


@lexicon_block("colon_headline")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_speaker_words: int
    line_decorations: list[str]  # regular expressions around a live-blog line ("+++ 05:14 …")
    not_speakers: list[str]  # words before a colon that open a topic or a label ("Stand", "Update")
    topic_nouns: list[str] = []  # an event or a topic, also as a compound's end ("Gaza-Krieg:")


@sentence_cue(20)
def cue_in(ctx: Context, si: int, sent: Sentence) -> Cue | None:
    block = ctx.lex.block("colon_headline", Block)
    text = ctx.text
    line_start = text.rfind("\n", 0, sent.start) + 1
    line_end = text.find("\n", sent.start)
    line_end = len(text) if line_end < 0 else line_end
    start, end = undecorated(text, line_start, line_end, block.line_decorations)
    hit = HEADLINE.match(text, start, end)
    if hit is None or hit.group("what").endswith((".", ":")) or hit.group("what")[0].isdigit():
        return None
    if SENTENCE_INSIDE.search(hit.group("what")):
        return None  # "TEL AVIV: Der Minister hat … abgelehnt. „…“": a dateline before a paragraph
    who_start, who_end = hit.span("who")
    if not sent.start <= who_start < sent.end:
        return None
    words = [w for w in sent.words if who_start <= w.start < who_end]
    if not speaker_like(words, block):
        return None
    what_start, what_end = hit.span("what")
    if names_its_own_speakers(ctx, words, [w for w in sent.words if what_start <= w.start < what_end]):
        return None
    if any(m.open == what_start and m.close + 1 >= what_end for m in ctx.marked):
        return None  # one quotation: direct speech (`direct.colon_name`)
    colon = text.index(":", who_end)
    mention = words_mention(ctx, words, who_start, who_end, ("PROPN", "NOUN", "X"))
    return Cue(si, colon, colon + 1, None, "fragment", reference(mention), (what_start, what_end),
               "colon_headline")


def undecorated(text: str, start: int, end: int, decorations: list[str]) -> tuple[int, int]:
    """The line without its live-blog frame ("+++ 05:14 … +++")."""
    for pattern in decorations:
        m = re.compile(pattern).match(text, start, end)
        if m and m.end() > start:
            start = m.end()
        m = re.compile(rf"(?:{pattern})$").search(text, start, end)
        if m and m.start() < end:
            end = m.start()
    return start, end


def speaker_like(words, block: Block) -> bool:
    """A short noun phrase: a name, a title or an organisation, no verb, no preposition."""
    if not words or len(words) > block.max_speaker_words:
        return False
    if words[0].text in block.not_speakers or words[-1].text.split("-")[-1] in block.not_speakers:
        return False  # "Stand:", "Nahost-Liveblog:": a label of the page, not a speaker
    if any(w.upos in ("VERB", "AUX", "ADP", "SCONJ", "NUM") for w in words):
        return False
    nouns = [w for w in words if w.upos in ("PROPN", "NOUN", "X")]
    return bool(nouns) and not is_topic(nouns[-1].text, block)


def names_its_own_speakers(ctx: Context, who: list, what: list) -> bool:
    """"Geiseln: Familien fordern sofortige Einigung": a bare plural noun before the colon is the
    line's topic when the line names its own speakers, a plural noun with a speech verb after
    it (the tagger may read the verb as an adjective, so its lemma decides); "Vermittler: Hamas
    fordert …" (a body's report of what another said, D16) and a name before the colon stay."""
    if len(who) != 1 or who[0].upos != "NOUN" or who[0].feat("Number") != "Plur" or len(what) < 3:
        return False
    subject, verb = what[0], what[1]
    return subject.upos == "NOUN" and subject.text[:1].isupper() and subject.feat("Number") == "Plur" \
        and ctx.lex.verb_class(verb.lemma) is not None and verb.text.endswith("n")


def is_topic(word: str, block: Block) -> bool:
    """"Gaza-Krieg:", "Waffenruhe:", "Nahost:": the head names what the line is about, not who
    speaks (D20), also as the end of a compound."""
    low = word.lower()
    return any(low == t or low.endswith(t) and (low[-len(t) - 1] == "-" or len(low) > len(t) + 2)
               for t in block.topic_nouns)
