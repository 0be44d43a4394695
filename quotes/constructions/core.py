"""The shared core of all constructions: quotation-mark spans, mentions, typed speaker references,
cues, candidates, the per-document context, and small tree and span helpers.

Every construction module works on a `Context` (the text, its parse, the lexicon, the quotation
marks) and yields `Cue`s or `RawQuote` candidates; `quotes.constructions.merge` decides overlaps.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from quotes.lexicon import Lexicon
from quotes.parse import Parsed, Sentence, Word
from quotes.text import extend_hyphenated, extend_hyphenated_left

__all__ = ["extend_hyphenated", "extend_hyphenated_left"]  # re-exported for the constructions

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
SENTENCE_END = re.compile(r"[.!?]\s")
SUBJECTS = ("nsubj", "nsubj:pass")
QUOTE_MARKS = "„“”»«\""
# Real copy mixes its marks: "…“ (a straight opener closed the German way) and “…" are one
# quotation each, as „…" is; a pair of one style still closes first where both could.
CLOSERS = {"„": "“”\"", "\"": "\"“”", "»": "«", "«": "»", "“": "”\""}


# ---------------------------------------------------------------------------- spans


@dataclass(slots=True)
class Marked:
    """Text in quotation marks: `start`/`end` are the content, `open`/`close` the marks."""

    start: int
    end: int
    open: int
    close: int


@dataclass(slots=True)
class Mention:
    """A noun phrase in the text that names (or stands for) a speaker."""

    text: str
    start: int
    end: int
    head: Word
    head_spans: list[tuple[int, int]] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)

    @property
    def is_pronoun(self) -> bool:
        """"er", "sie" – or a possessive standing for its owner ("nach seinen Worten")."""
        pronoun = self.head.upos == "PRON" or self.head.feat("Poss") == "Yes"
        return pronoun and self.end - self.start <= 6


# ---------------------------------------------------------------------------- speaker references


@dataclass(slots=True, frozen=True)
class Named:
    """The speaker is the person or group this noun phrase names ("der Hamas-Sprecher X")."""

    mention: Mention


@dataclass(slots=True, frozen=True)
class Pronoun:
    """The speaker is the antecedent of this pronoun ("sagte er")."""

    mention: Mention


@dataclass(slots=True, frozen=True)
class PreviousSpeaker:
    """The speaker of the quote before goes on talking (a cue-less continuation). `relayed`:
    the third party whose words the continuation reports ("Der Landrat habe ihr zugesagt, …"),
    the speaker instead when the one before only relays (a medium, GUIDELINES D16)."""

    relayed: Mention | None = None
    written: Mention | None = None  # the phrase that refers back, as written ("Den Angaben")


@dataclass(slots=True, frozen=True)
class StatementIssuer:
    """Whoever issued the statement the text is reporting ("hieß es in der Erklärung").
    `relayed`: the named party whose report the statement passes on ("Weiter hieß es, X habe
    … mitgeteilt, …"), the speaker where the issuer only relays (sources, a medium; D16)."""

    relayed: Mention | None = None


SpeakerRef = Named | Pronoun | PreviousSpeaker | StatementIssuer


def reference(mention: Mention | None) -> Named | Pronoun | None:
    """The reference a mention makes: a pronoun stands for someone else, a noun phrase names."""
    if mention is None:
        return None
    return Pronoun(mention) if mention.is_pronoun else Named(mention)


def mention_of(ref: SpeakerRef | None) -> Mention | None:
    return ref.mention if isinstance(ref, Named | Pronoun) else None


# ---------------------------------------------------------------------------- cues and candidates


@dataclass(slots=True)
class Cue:
    """A speech cue: a verb, an attribution phrase or "so X"; `rule` names the construction.

    `kind`: say | directive | name | attribution. `content`: the reported clause, if any.
    """

    sent: int
    start: int
    end: int
    text: str | None  # None: no cue word (a colon headline)
    kind: str
    speaker: SpeakerRef | None
    content: tuple[int, int] | None
    rule: str
    word: Word | None = None


@dataclass(slots=True)
class RawQuote:
    """A quote candidate before speaker resolution, with its cue and the rule that found it."""

    start: int
    end: int
    kind: str
    cue: str | None
    speaker: SpeakerRef | None
    sentence: tuple[int, int]
    confidence: float
    rule: str
    cue_span: tuple[int, int] | None = None
    cue_id: int | None = None  # which cue produced it; one cue reports one quote
    parent: RawQuote | None = None  # the quote this one is nested in (see `constructions.nested`)

    @property
    def mention(self) -> Mention | None:
        return mention_of(self.speaker)


LEFT_OUT_MARKERS = ("dass", "daß", "ob")  # GUIDELINES Q5: a leading complementizer is no content
# "dass, wenn …, …": the comma after the complementizer goes with it
LEADING_COMPLEMENTIZER = re.compile(rf"(?:{'|'.join(LEFT_OUT_MARKERS)})(?:\s+|\s*,\s*)", re.IGNORECASE)


DATELINE_DATE = (r"(?:,\s*(?:[A-ZÄÖÜ][a-zäöü]+,\s*)?\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)"
                 r"(?:\s*\d{2,4})?)?")
# ", 03.06.2024", ", 3. März" or ", Dienstag, 12. März 2024" after the place: "DOHA, 03.06.2024 (dpa) - "
DATELINE = re.compile(r"(?:[A-ZÄÖÜ]{2,}(?:[ /-][A-ZÄÖÜ]{2,})*" + DATELINE_DATE + r"(?:\s*\([^()\n]{1,30}\))?"
                      r"|[A-ZÄÖÜ][\w./ -]{1,40}?" + DATELINE_DATE + r"\s*\([^()\n]{1,30}\))\s*[-–—:]\s+"
                      # "Sanaa - Die …", "Gaza/Tel Aviv - Die …": a place in ordinary case takes a dash
                      # between spaces, never a colon, and a capital after it
                      r"|[A-ZÄÖÜ][a-zäöüß]+(?:[ /][A-ZÄÖÜ][a-zäöüß]+){0,2}" + DATELINE_DATE
                      + r"\s+[-–—]\s+(?=[A-ZÄÖÜ„«\"])")


TIME_STAMP = re.compile(r"(?:\+\+\+\s*)?\d{1,2}[.:]\d{2}(?:\s*Uhr)?\s*(?::|\+\+\+|[-–])\s+")


def opening_lead(text: str, start: int, end: int | None = None) -> re.Match | None:
    """A dateline ("KAIRO (dpa) - ") or a live-blog time stamp ("09.14 Uhr – ", "15.48 Uhr: ")
    at `start`: the agency's or the page's, no words of the sentence after it."""
    end = len(text) if end is None else end
    return DATELINE.match(text, start, end) or TIME_STAMP.match(text, start, end)


def line_lead(text: str, start: int) -> re.Match | None:
    """`opening_lead` of a sentence that opens its line (only spaces before it on the line)."""
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    return opening_lead(text, start) if i == 0 or text[i - 1] == "\n" else None


def without_dateline(text: str, q: RawQuote) -> RawQuote:
    """"KAIRO/TEL AVIV (dpa) - Bei den Gesprächen gibt es nach Angaben …": the dateline before
    a report that opens the article is the agency's, no reported content."""
    found = None if q.kind == "direct" else opening_lead(text, q.start, q.end)
    if found is None or found.end() >= q.end:
        return q
    return replace(q, start=found.end())


def direct_if_one_quotation(index: SpanIndex, q: RawQuote) -> RawQuote:
    """"KAIRO (dpa) – „…“, sagte X.": a mixed quote that was one quotation behind a dateline is
    direct speech once the dateline is cut, without its marks (GUIDELINES Q1, Q5)."""
    m = index.covering(q.start) if q.kind == "mixed" else None
    if m is None or m.open != q.start or m.close + 1 != q.end:
        return q
    return replace(q, start=m.start, end=m.end, kind="direct", rule=q.rule.replace("mixed.", "direct.", 1))


def without_leading_complementizer(text: str, q: RawQuote) -> RawQuote:
    """"betonte, A und dass B": where the parse left the complementizer inside a reported
    clause (coordinated complements, a misattached mark), cut it once here for every
    construction. Direct speech is verbatim and keeps its first word."""
    found = None if q.kind == "direct" else LEADING_COMPLEMENTIZER.match(text, q.start, q.end)
    if found is None or found.end() >= q.end:
        return q
    return replace(q, start=found.end())


# ---------------------------------------------------------------------------- quotation marks


def find_marked(text: str) -> list[Marked]:
    """Pair quotation marks within paragraphs; an unclosed mark is ignored, nested ‚…‘ stay inside."""
    breaks = {m.start() for m in PARAGRAPH_BREAK.finditer(text)}
    spans: list[Marked] = []
    closers, open_pos = "", -1
    for i, ch in enumerate(text):
        if i in breaks:
            closers, open_pos = "", -1
            continue
        if closers:
            if ch in closers:
                if text[open_pos + 1:i].strip():
                    spans.append(Marked(open_pos + 1, i, open_pos, i))
                closers, open_pos = "", -1
        elif ch in CLOSERS:
            closers, open_pos = CLOSERS[ch], i
    return [_trim_marked(text, m) for m in spans]


def _trim_marked(text: str, m: Marked) -> Marked:
    while m.start < m.end and text[m.start].isspace():
        m.start += 1
    while m.end > m.start and text[m.end - 1].isspace():
        m.end -= 1
    return m


class SpanIndex:
    """Fast 'is this position inside quotation marks' lookups."""

    def __init__(self, spans: list[Marked]):
        self.spans = sorted(spans, key=lambda m: m.open)
        self.opens = [m.open for m in self.spans]

    def covering(self, pos: int) -> Marked | None:
        i = bisect.bisect_right(self.opens, pos) - 1
        if i >= 0 and self.spans[i].open <= pos <= self.spans[i].close:
            return self.spans[i]
        return None

    def inside(self, pos: int) -> bool:
        return self.covering(pos) is not None

    def opening_from(self, pos: int) -> Marked | None:
        """The first quotation whose opening mark is at or after `pos`."""
        i = bisect.bisect_left(self.opens, pos)
        return self.spans[i] if i < len(self.spans) else None

    def closed_before(self, pos: int) -> Marked | None:
        """The last quotation (in text order) whose closing mark is before `pos`."""
        i = bisect.bisect_left(self.opens, pos) - 1
        while i >= 0 and self.spans[i].close >= pos:
            i -= 1
        return self.spans[i] if i >= 0 else None

    def within(self, start: int, end: int) -> list[Marked]:
        i = bisect.bisect_left(self.opens, start)
        out = []
        while i < len(self.spans) and self.spans[i].open < end:
            if self.spans[i].close <= end:
                out.append(self.spans[i])
            i += 1
        return out


NO_MARKS = SpanIndex([])


# ---------------------------------------------------------------------------- the document


@dataclass
class Context:
    """One document as the constructions see it: text, parse, lexicon, quotation marks."""

    parsed: Parsed
    lex: Lexicon
    marked: list[Marked] = field(default_factory=list)
    index: SpanIndex = NO_MARKS
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self.marked:
            self.marked = find_marked(self.parsed.text)
        self.index = SpanIndex(self.marked)

    @property
    def text(self) -> str:
        return self.parsed.text

    @property
    def sentences(self) -> list[Sentence]:
        return self.parsed.sentences

    def holding(self, pos: int) -> list[Sentence]:
        """The sentences (in order; at most two, where one ends right before the next) with
        start <= pos < end + 1, found by bisection: a scan per lookup made extraction quadratic."""
        sentences = self.parsed.sentences
        if len(self._starts) != len(sentences):
            self._starts = [s.start for s in sentences]
        i = bisect.bisect_right(self._starts, pos) - 1
        return [sentences[j] for j in (i - 1, i)
                if j >= 0 and sentences[j].start <= pos < sentences[j].end + 1]

    def sentence_at(self, pos: int) -> Sentence | None:
        found = self.holding(pos)
        return found[0] if found else None

    def sentence_span(self, start: int, end: int) -> tuple[int, int]:
        """From the start of the sentence holding `start` to the end of the one holding `end`."""
        s0 = min([start, *(s.start for s in self.holding(start))])
        e0 = max([end, *(s.end for s in self.holding(end - 1) + self.holding(end))])
        return s0, max(e0, end + 1 if end < len(self.parsed.text) else end)

    def cut_tail(self, start: int, end: int) -> tuple[int, int]:
        """Drop a trailing comment of the writer (", was X bestreiten", ", obwohl …")."""
        m = self.lex.tail_pattern.search(self.text, start, end)
        return clean_span(self.text, start, m.start() if m else end)


# ---------------------------------------------------------------------------- tree helpers


def subtree(sent: Sentence, wid: int, skip: frozenset[str] | set[str] = frozenset()) -> list[Word]:
    out, stack = [], [wid]
    while stack:
        cur = stack.pop()
        out.append(sent.word(cur))
        stack.extend(k.id for k in sent.kids(cur) if k.deprel not in skip)
    return sorted(out, key=lambda w: w.id)


def char_span(words: list[Word]) -> tuple[int, int] | None:
    words = [w for w in words if w.upos != "PUNCT"]
    if not words:
        return None
    return min(w.start for w in words), max(w.end for w in words)


def effective_lemma(sent: Sentence, w: Word, lex: Lexicon) -> str | None:
    """The cue lemma with its separable particle (teilte … mit → mitteilen), if in the lexicon."""
    return lemma_with(w, particles_of(sent, w, lex), lex)


def particles_of(sent: Sentence, w: Word, lex: Lexicon) -> list[Word]:
    """The verb's separable particles. The parse hangs other words there too: a closing
    quotation mark («…», sagte er), a sentence adverb ("betonte jedoch, …") or the particle of
    the reported clause's verb across a comma ("sagte, das Abkommen sehe … vor"); where the
    verb with them is no cue, they are left out."""
    prts = [k for k in sent.kids(w.id) if k.deprel == "compound:prt" and k.text.isalpha()]
    if not prts:  # "bekannt gab", "stellte … fest" with the first part parsed as an adverb
        return next(([k] for k in sent.kids(w.id) if ((k.upos in ("ADJ", "ADV") or (
            k.upos == "VERB" and k.text.isalpha() and k.text.islower())) and k.deprel in (
            "advmod", "compound", "xcomp") or case_on_verb(sent, w, k))
            and lemma_with(w, [k], lex) is not None), []) or particle_of_second_verb(sent, w, lex) \
            or particle_as_head(sent, w, lex)
    if lemma_with(w, prts, lex) is not None:
        return prts
    return [k for k in prts if not stray_particle(sent, w, k, lex)]


def particle_of_second_verb(sent: Sentence, w: Word, lex: Lexicon) -> list[Word]:
    """"schließt ihre Büros und kündigte an, …" with "an" hung on the first verb: a particle
    after a finite verb coordinated with an earlier one, with nothing verbal between them and
    the particle closing the clause, belongs to the later verb, the one next to it, when only
    with it is it a cue (stray_particle, from the other side)."""
    if w.feat("VerbForm") != "Fin" or w.deprel != "conj" or not w.head or w.head > w.id:
        return []
    for k in sent.words[w.id:]:
        if k.text in (",", ";", ":", ".") or (k.upos in ("VERB", "AUX") and k.deprel != "compound:prt"):
            return []
        if k.deprel == "compound:prt" and k.head == w.head and k.text.isalpha() and k.text.islower():
            nxt = sent.word(k.id + 1) if k.id < len(sent.words) else None
            closes = nxt is None or nxt.upos == "PUNCT"
            own = lemma_with(sent.word(w.head), [k], lex)
            return [k] if closes and own is None and lemma_with(w, [k], lex) is not None else []
    return []


def particle_as_head(sent: Sentence, w: Word, lex: Lexicon) -> list[Word]:
    """"…, fuhr der Sprecher fort." with "fort" read as the verb and "fuhr" hung on it: a small
    word after the verb that closes the sentence and that the verb hangs on is its particle,
    when only with it the verb is a cue."""
    head = sent.word(w.head) if w.head else None
    if head is None or head.id <= w.id or not head.text.isalpha() or not head.text.islower():
        return []
    nxt = sent.word(head.id + 1) if head.id < len(sent.words) else None
    if nxt is not None and nxt.upos != "PUNCT" or head.text.lower() not in PARTICLE_WORDS:
        return []
    return [head] if lemma_with(w, [head], lex) is not None else []


PARTICLE_WORDS = frozenset(("fort", "an", "auf", "aus", "ein", "mit", "vor", "zu", "hinzu", "fest", "zurück"))


def case_on_verb(sent: Sentence, w: Word, k: Word) -> bool:
    """"schlug dem Rat vor, …" with "vor" read as a preposition hung on the verb itself: a case
    marker on a verb, closing the clause before a comma or the end, is the verb's particle."""
    nxt = sent.word(k.id + 1) if k.id < len(sent.words) else None
    return k.upos == "ADP" and k.deprel == "case" and k.id > w.id and k.text.isalpha() \
        and k.text.islower() and (nxt is None or nxt.upos == "PUNCT")


def stray_particle(sent: Sentence, w: Word, prt: Word, lex: Lexicon) -> bool:
    """Not the verb's particle: a sentence adverb, a word across a comma, a capitalised word
    (a name such as "X" in "erklärte … im Netzwerk X"; particles are written small), or a word
    with more words after it in the clause ("hieß es auf X."): a particle ends its clause; or
    one after another finite verb ("kritisierte … und forderte … auf"): it is that verb's."""
    lo, hi = sorted((w.id, prt.id))
    nxt = sent.word(prt.id + 1) if prt.id < len(sent.words) else None
    between = [sent.word(i) for i in range(lo + 1, hi)]
    return prt.text.lower() in lex.sentence_adverbs or prt.text[:1].isupper() or any(
        b.text == "," for b in between) or (
        prt.id > w.id and nxt is not None and nxt.upos != "PUNCT") or (
        prt.id > w.id and any(b.upos in ("VERB", "AUX") and b.feat("VerbForm") == "Fin"
                              for b in between))


def lemma_with(w: Word, particles: list[Word], lex: Lexicon) -> str | None:
    prt = "".join(k.text.lower() for k in particles)
    t = w.text.lower()
    swiss = lex.forms.get(t.replace("ss", "ß")) if "ss" in t else None  # "hiess", "heisst" (Swiss)
    bases = [lex.forms.get(t), swiss, w.lemma.lower(), *stem_guesses(t), *participle_guesses(t)]
    for base in bases:
        if base and (prt + base) in lex.verbs:
            return prt + base
    if w.upos not in ("VERB", "AUX"):
        return None
    # the lemma or a guess with its umlauts or ß lost ("erlautern"; Swiss "heissen", "äussern")
    return next((v for base in (w.lemma.lower(), *(stem_guesses(t) if "ss" in t else ()))
                 if (v := lex.verb_folded(prt + base)) is not None), None)


def stem_guesses(t: str) -> list[str]:
    """Infinitives a form may come from ("sagte" → "sagen", "sagt" → "sagen", "meldeten" →
    "melden")."""
    past_plural = [t[:-4] + "en"] if t.endswith("eten") else []  # a stem in -d/-t: "meld-e-ten"
    return [t[:-1] + "en", t[:-2] + "en", t[:-3] + "en", *past_plural, t + "n", t]


def participle_guesses(t: str) -> list[str]:
    """Infinitives a weak participle may come from, "ge" taken out ("gedroht" → "drohen",
    "angedroht" → "androhen", "gefordert" → "fordern"): the tagger lemmatises some of them
    wrongly ("friehen")."""
    if not t.endswith("t"):
        return []
    return [t[:i] + guess for i in range(len(t) - 3) if t.startswith("ge", i)
            for guess in (t[i + 2:-1] + "en", t[i + 2:-1] + "n")]


# prefixes before a verb in -ten ("be-deuten", "ver-halten", "zurück-treten"); not any word
# that ends in one ("veröffent-lichten" is "veröffentlichen")
VERB_PREFIXES = frozenset(("", "be", "ver", "ent", "er", "ge", "zer", "miss", "über", "unter", "an", "auf",
                           "aus", "bei", "ein", "mit", "nach", "vor", "zu", "ab", "zurück", "fest", "hin",
                           "her", "um", "wider", "weiter", "bereit", "durch"))


def t_stem_konjunktiv_i(t: str, lex: Lexicon) -> bool:
    """"bedeute", "gelte", "halte": the stem of a verb in -ten (lexicon `t_stem_verbs`, also as
    a compound's end: "be-deuten") plus "-e" is its Konjunktiv I (the past is "bedeutete"),
    whatever lemma the tagger gave it."""
    infinitive = t + "n"
    return t.endswith("te") and len(t) > 3 and any(
        infinitive.endswith(v) and infinitive[: -len(v)] in VERB_PREFIXES for v in lex.t_stem_verbs)


def weak_past_as_lemma(t: str, lemma: str, lex: Lexicon) -> bool:
    """"löste" under the lemma "lösten": the lemmatizer took the past plural for the infinitive,
    so the form is the stem plus "-e" only in appearance; a "-te" form is a Konjunktiv I only
    of a verb whose stem ends in t (lexicon `t_stem_verbs`: "gelte" of "gelten")."""
    return t.endswith("te") and not lemma.endswith(tuple(lex.t_stem_verbs))


def is_subjunctive(v: Word, lex: Lexicon) -> bool:
    """Konjunktiv by the tagger's Mood=Sub or by form: 3rd person "-e" of a verb ("gebe", "diene"),
    also of verbs in -ern/-eln ("opfere", "verzögere", "verhandele"/"verhandle" of "opfern",
    "verzögern", "verhandeln"; the indicative is "opfert")."""
    t = v.text.lower()
    if v.feat("Mood") == "Sub" or t in lex.subjunctive_forms:
        return True
    if v.upos in ("VERB", "AUX") and t_stem_konjunktiv_i(t, lex) and v.feat("Person") != "1":
        return True  # "bedeute" with the lemma "bedeuen" and Tense=Past: the tagger knew no better
    lemma = v.lemma.lower()
    if v.upos in ("VERB", "AUX") and lemma.endswith(("er", "el")) and t == lemma + "e" \
            and len(t) > 4 and v.feat("Person") != "1":
        return True  # "sichere" under "sicher" for "sichern": no plural, whatever the tagger says
    if v.upos not in ("VERB", "AUX") or v.feat("VerbForm") in ("Inf", "Part") \
            or v.feat("Number") == "Plur" or len(t) <= 3:
        return False
    if lemma.endswith(("ern", "eln")):
        return t in (lemma[:-1] + "e", lemma[:-3] + lemma[-2] + "e")
    if lemma.endswith("en") and t == lemma[:-1]:
        return not weak_past_as_lemma(t, lemma, lex)
    # a lemma that does not explain the form ("gefährde" under "gefährdeden"): a 3rd person
    # singular in "-e" is Konjunktiv (the indicative ends in "-t"), save "-te" and "wurde"
    return not t.startswith(lemma[:-2]) and t.endswith("e") and not t.endswith("te") \
        and t != "wurde" and v.feat("Person") == "3" and v.feat("Number") == "Sing"


def finite_in_number(sent: Sentence, verb: Word, number: str) -> bool:
    """Whether the verb or one of its auxiliaries is finite in `number` ("Sing", "Plur"): the
    number German agreement gives the verb's subject."""
    finite = [verb] + [k for k in sent.kids(verb.id) if k.deprel == "aux"]
    return any(w.feat("VerbForm") == "Fin" and w.feat("Number") == number for w in finite)


def opens_condition(ctx: Context, sent: Sentence, v: Word) -> bool:
    """", sollte sich die Gegenseite einigen": a verb-first condition, not the main clause."""
    return v.id > 1 and sent.word(v.id - 1).text == "," and v.text.lower() in ctx.lex.conditional_openers


def is_relative(w: Word) -> bool:
    """A relative pronoun ("der", "die", "deren" opening a relative clause)."""
    return "Rel" in (w.feat("PronType") or "")


# ---------------------------------------------------------------------------- span helpers


def extend_name_particle(text: str, end: int, lex: Lexicon) -> int:
    """"eine Frau aus Aita al-Schaab": a lower-case Arabic article still belongs to the name."""
    m = lex.name_particle_pattern.match(text, end)
    return m.end() if m else end


def merge_content(tree: tuple[int, int] | None,
                  surface: tuple[int, int] | None) -> tuple[int, int] | None:
    """The parse's reported clause widened to the surface frame where the two overlap
    (the parse tends to cut a clause short at a conjunction or a relative clause)."""
    if tree is None or surface is None:
        return tree or surface
    if tree[0] < surface[1] and surface[0] < tree[1]:
        return min(tree[0], surface[0]), max(tree[1], surface[1])
    return tree


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, commas, colons and dashes at both ends of a content span."""
    strip = " \t\n,;:-–—"
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip + ".":
        end -= 1
    return start, end


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """The overlap test of the merge step: one span starts inside the other or contains it."""
    (s, e), (x, y) = a, b
    return x <= s < y or x < e <= y or (s <= x and y <= e)


# ---------------------------------------------------------------------------- the registry

WordCueFinder = Callable[[Context, int, Sentence, Word], "Cue | None"]
SentenceCueFinder = Callable[[Context, int, Sentence], "Cue | None"]
WORD_CUES: list[tuple[int, WordCueFinder]] = []
SENTENCE_CUES: list[tuple[int, SentenceCueFinder]] = []


def word_cue(order: int) -> Callable[[WordCueFinder], WordCueFinder]:
    """Register a cue finder asked at every word; for one word the lowest `order` that answers wins."""
    def register(fn: WordCueFinder) -> WordCueFinder:
        WORD_CUES.append((order, fn))
        WORD_CUES.sort(key=lambda item: item[0])
        return fn
    return register


def sentence_cue(order: int) -> Callable[[SentenceCueFinder], SentenceCueFinder]:
    """Register a cue finder asked once per sentence, after the word finders."""
    def register(fn: SentenceCueFinder) -> SentenceCueFinder:
        SENTENCE_CUES.append((order, fn))
        SENTENCE_CUES.sort(key=lambda item: item[0])
        return fn
    return register


BLOCKS: dict[str, type] = {}


def lexicon_block(name: str):
    """Declare the schema of a construction's block in cues.json ("constructions": {name: …})."""
    def register(schema: type) -> type:
        BLOCKS[name] = schema
        return schema
    return register


def check_blocks(lex: Lexicon) -> None:
    """Every block in cues.json belongs to a construction and passes its schema."""
    from quotes.lexicon import LexiconError

    unknown = sorted(set(lex.blocks) - set(BLOCKS))
    if unknown:
        raise LexiconError(f"{lex.path}: constructions.{unknown[0]}: no construction of that name "
                           f"(known: {', '.join(sorted(BLOCKS))})")
    for name, schema in BLOCKS.items():
        lex.block(name, schema)
