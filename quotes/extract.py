"""Find direct, indirect and mixed quotes on a dependency parse, with their cue and speaker mention.

Direct speech is found at the character level (quotation marks pair up within a paragraph);
cues and speakers come from the parse: the speech verb's subject (or passive agent), the object
of laut/zufolge/nach Angaben, the name after "so". Reported speech is the cue's content clause.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from quotes.lexicon import Lexicon, load_lexicon
from quotes.parse import Parsed, Sentence, Word

CLOSERS = {"„": "“”\"", "\"": "\"", "»": "«", "«": "»", "“": "”"}
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
SENTENCE_END = re.compile(r"[.!?]\s")
SO_FRAME = re.compile(r",\s+so\s+(?P<who>[^\W\d_][^,;:!?\"„“”»«]{1,80}?)\s*[.!?]?\s*$")
COLON_NAME = re.compile(r"(?:^|\n)\s*(?P<who>[^\W\d_][^\n.!?:\"„“”»«]{1,60}?)\s*:\s*$")
SUBJECTS = ("nsubj", "nsubj:pass")
CONTENT_RELS = ("ccomp", "parataxis")
MAYBE_CONTENT_RELS = ("advcl", "obj", "csubj", "xcomp", "obl", "conj", "acl")
CONTENT_MARKS = {"dass", "daß", "ob", "wie", "warum", "weshalb", "wann", "wer", "was", "wo"}
SPEAKER_DROP = {"acl:relcl", "acl", "parataxis", "ccomp", "advcl", "punct", "conj", "cc"}
MIN_SCARE_WORDS = 4
QUOTE_MARKS = "„“”»«\""
OBLIQUE_ARTICLES = {"dem", "den", "einem", "einen"}


@dataclass(slots=True)
class Marked:
    """Text in quotation marks: `start`/`end` are the content, `open`/`close` the marks."""

    start: int
    end: int
    open: int
    close: int
    used: bool = False


@dataclass(slots=True)
class Mention:
    text: str
    start: int
    end: int
    head: Word
    head_spans: list[tuple[int, int]] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)

    @property
    def is_pronoun(self) -> bool:
        return self.head.upos == "PRON" and self.end - self.start <= 6


@dataclass(slots=True)
class Cue:
    sent: int
    start: int
    end: int
    text: str
    kind: str  # say | directive | name | attribution
    speaker: Mention | None
    content: tuple[int, int] | None
    word: Word | None = None
    used: bool = False
    inherit: bool = False  # "hieß es in der Erklärung": whoever issued the statement before


@dataclass(slots=True)
class RawQuote:
    """A quote before speaker resolution; `inherit` means: same speaker as the quote before."""

    start: int
    end: int
    kind: str
    cue: str | None
    mention: Mention | None
    sentence: tuple[int, int]
    confidence: float
    inherit: bool = False


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

    def within(self, start: int, end: int) -> list[Marked]:
        i = bisect.bisect_left(self.opens, start)
        out = []
        while i < len(self.spans) and self.spans[i].open < end:
            if self.spans[i].close <= end:
                out.append(self.spans[i])
            i += 1
        return out


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
    prt = "".join(k.text.lower() for k in sent.kids(w.id) if k.deprel == "compound:prt")
    t = w.text.lower()
    bases = [lex.forms.get(t), w.lemma.lower(), t[:-1] + "en", t[:-2] + "en", t[:-3] + "en",
             t + "n", t]
    for base in bases:
        if base and (prt + base) in lex.verbs:
            return prt + base
    return None


def extend_hyphenated(text: str, end: int) -> int:
    """Names split at a hyphen by the tokenizer ("Al-Nono", "Ben-Gvir") are one name."""
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha():
        end += 1
        while end < len(text) and (text[end].isalnum() or text[end] in "'’"):
            end += 1
    return end


NAME_PARTICLE = re.compile(r"\s+(?:al|el|ad|ar|as|asch|an|bin|ibn|abu|abd)-[A-ZÄÖÜ][\w'’-]+")


def extend_name_particle(text: str, end: int) -> int:
    """"eine Frau aus Aita al-Schaab": a lower-case Arabic article still belongs to the name."""
    m = NAME_PARTICLE.match(text, end)
    return m.end() if m else end


def extend_hyphenated_left(text: str, start: int) -> int:
    """"Ben-Gvir" seen from its second half."""
    while start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        start -= 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    return start


SUBJUNCTIVE_FORMS = {"sei", "seien", "seiest", "würde", "würden", "hätte", "hätten", "wäre", "wären",
                     "könne", "müsse", "solle", "wolle", "dürfe", "möge", "werde", "habe", "wisse"}


def is_subjunctive(v: Word) -> bool:
    """Konjunktiv by the tagger's Mood=Sub or by form: 3rd person "-e" of a verb ("gebe", "diene")."""
    t = v.text.lower()
    if v.feat("Mood") == "Sub" or t in SUBJUNCTIVE_FORMS:
        return True
    lemma = v.lemma.lower()
    return (v.upos in ("VERB", "AUX") and v.feat("VerbForm") not in ("Inf", "Part")
            and v.feat("Number") != "Plur" and lemma.endswith("en") and len(t) > 3 and t == lemma[:-1])


def is_relative(w: Word) -> bool:
    """A relative pronoun ("der", "die", "deren" opening a relative clause)."""
    return "Rel" in (w.feat("PronType") or "")


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


# ---------------------------------------------------------------------------- extractor


class Extractor:
    def __init__(self, lexicon: Lexicon | None = None):
        self.lex = lexicon or load_lexicon()
        markers = "|".join(sorted(map(re.escape, self.lex.tail_markers))) or "(?!)"
        self.tail_pattern = re.compile(rf",\s+(?:{markers})\b")

    def extract(self, parsed: Parsed) -> list[RawQuote]:
        text = parsed.text
        marked = find_marked(text)
        index = SpanIndex(marked)
        cues = [c for i, s in enumerate(parsed.sentences) for c in self.cues(text, i, s, index)]
        quotes = self.direct_quotes(parsed, marked, cues, index)
        quotes += self.indirect_quotes(parsed, cues, index, quotes)
        quotes.sort(key=lambda q: q.start)
        quotes += self.continuations(parsed, quotes, index)
        quotes.sort(key=lambda q: q.start)
        return [q for q in quotes if 0 <= q.start < q.end <= len(text)]

    # -- cues -----------------------------------------------------------------------------

    def cues(self, text: str, si: int, sent: Sentence, index: SpanIndex) -> list[Cue]:
        out = []
        for w in sent.words:
            if index.inside(w.start):
                continue
            low = w.text.lower()
            if w.upos in ("VERB", "AUX") or (w.upos != "PUNCT" and low in self.lex.forms):
                lemma = effective_lemma(sent, w, self.lex)
                if lemma:
                    cue = self.verb_cue(text, si, sent, w, lemma, index)
                    if cue:
                        out.append(cue)
            elif low in self.lex.attribution_preps and w.deprel == "case":
                out.append(self.preposition_cue(text, si, sent, w))
            elif w.text in self.lex.source_nouns and any(
                k.text.lower() == "nach" for k in sent.kids(w.id)
            ):
                out.append(self.source_noun_cue(text, si, sent, w, index))
        so = self.so_cue(text, si, sent, index)
        if so:
            out.append(so)
        for before, cue in zip(out, out[1:], strict=False):
            if cue.speaker is None and before.speaker is not None and before.kind != "attribution":
                cue.speaker = before.speaker  # "X sagte …, fügte aber hinzu: …"
        return out

    def verb_cue(self, text: str, si: int, sent: Sentence, v: Word, lemma: str,
                 index: SpanIndex) -> Cue | None:
        kind = self.lex.verb_class(lemma) or "say"
        content = self.content_of(text, sent, v, kind, index)
        if kind != "name":
            content = merge_content(content, self.surface_content(text, sent, v, index))
        speaker = self.subject_of(text, sent, v, content, index)
        if speaker is not None and speaker.text.lower() in self.lex.sentence_adverbs:
            speaker = None  # "Später sagte John Kirby": the tagger took the adverb for a name
        if speaker is None:
            speaker = self.surface_speaker(text, sent, v, content, index)
        cue_words = [v] + [k for k in sent.kids(v.id) if k.deprel == "compound:prt"]
        if lemma == "heißen" and not any(k.text.lower() == "es" for k in sent.kids(v.id)):
            return None
        if lemma == "heißen":
            speaker = self.statement_source(text, sent, v, index)
        return Cue(si, v.start, v.end, " ".join(w.text for w in cue_words), kind, speaker,
                   content, v, inherit=lemma == "heißen" and speaker is None)

    def content_of(self, text: str, sent: Sentence, v: Word, kind: str,
                   index: SpanIndex) -> tuple[int, int] | None:
        """The reported clause: a ccomp/parataxis, a dass/ob clause, an infinitive for directives."""
        best = None
        for k in sent.kids(v.id):
            if not self.is_content_child(sent, k, kind, v):
                continue
            words = subtree(sent, k.id)
            span = char_span(words)
            if span and (best is None or span[1] - span[0] > best[1] - best[0]):
                best = span
        wie_frame = any(k.text.lower() == "wie" for k in sent.kids(v.id) if k.deprel == "mark")
        if best is None and (v.deprel in ("parataxis", "ccomp", "advcl") or wie_frame) and v.head:
            best = self.preceding_head_clause(sent, v)
        if best is None:
            return None
        return clean_span(text, *best)

    def is_content_child(self, sent: Sentence, k: Word, kind: str, v: Word) -> bool:
        if k.deprel in CONTENT_RELS:
            return True
        if k.deprel not in MAYBE_CONTENT_RELS:
            return False
        marks = {m.text.lower() for m in sent.kids(k.id) if m.deprel in ("mark", "advmod")}
        if kind == "directive":
            return k.feat("VerbForm") == "Inf" or "zu" in marks or bool(marks & {"dass", "daß"})
        if kind == "name":
            return any(m.text.lower() == "als" for m in sent.kids(k.id) if m.deprel == "case")
        if k.deprel == "conj":  # "Netanjahu sagte, Israel werde …" parsed as a coordination
            comma_before = sent.word(v.id + 1).text == "," if k.id > v.id else False
            return (kind == "say" and k.id > v.id and k.feat("Mood") == "Sub"
                    and (any(p.text == "," and p.id < k.id for p in sent.kids(k.id)) or comma_before))
        if marks & CONTENT_MARKS and k.upos in ("VERB", "AUX", "ADJ", "NOUN", "PRON"):
            return "wie" not in marks or k.id > v.id
        return False

    def surface_content(self, text: str, sent: Sentence, v: Word,
                        index: SpanIndex) -> tuple[int, int] | None:
        """The frame read off the surface, where the parse often errs: "X sagte, …" (the clause
        after the comma following the cue and its subject) or "…, sagte X." (the clause before)."""
        after = [w for w in sent.words if w.id > v.id]
        comma = self.frame_comma(sent, after)
        postposed = v.id > 1 and sent.word(v.id - 1).text == ","
        if comma is not None and postposed and comma.id < len(sent.words) and is_relative(
            sent.word(comma.id + 1)
        ):
            comma = None  # "…, sagte Jael Katzir, deren Bruder …": the report is before the cue
        if comma is not None:
            clause = self.clause_until_frame(sent, [w for w in after if w.id > comma.id])
            span = char_span(clause)
            if span and len(clause) >= 3 and not index.inside(span[0]):
                return self.cut_tail(text, *span)
        before = [w for w in sent.words if w.id < v.id]
        if before and before[-1].text == "," and len(after) <= 8 and not any(
            w.text == "," for w in after
        ):
            span = char_span(before[:-1])
            if span and len(before) >= 4 and not index.inside(span[0]):
                return clean_span(text, *span)
        return None

    @staticmethod
    def frame_comma(sent: Sentence, after: list[Word]) -> Word | None:
        """The comma that opens the reported clause, skipping a relative clause on the speaker
        ("beschreibt der Bewohner X, der vor den Ruinen steht, wie …")."""
        words = after[:8]
        if any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in words
               if w.text != ","):
            words = words[:next(i for i, w in enumerate(words) if w.upos in ("VERB", "AUX"))]
        commas = [w for w in words if w.text == ","]
        if not commas:
            return None
        comma = commas[0]
        nxt = sent.words[comma.id] if comma.id < len(sent.words) else None
        if nxt is not None and is_relative(nxt) and nxt.upos == "PRON":
            later = [w for w in sent.words[nxt.id:] if w.text == ","]
            return later[0] if later else None
        end = Extractor.apposed_name_end(sent, comma.id - 1)
        if end > comma.id - 1 and end + 1 <= len(sent.words):  # ", John Kirby, dass …"
            return sent.word(end + 1)
        return comma

    def clause_until_frame(self, sent: Sentence, words: list[Word]) -> list[Word]:
        """Reported words up to a quotation mark or a second speech cue ("…, und fügte hinzu")."""
        out: list[Word] = []
        for w in words:
            if w.text in QUOTE_MARKS and not out:
                break
            if out and out[-1].text in (",", "und") and effective_lemma(sent, w, self.lex) and (
                w.feat("Mood") != "Sub"
            ):
                out.pop()
                break
            out.append(w)
        return out

    def cut_tail(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Drop a trailing comment of the writer (", was X bestreiten", ", obwohl …")."""
        m = self.tail_pattern.search(text, start, end)
        return clean_span(text, start, m.start() if m else end)

    def surface_speaker(self, text: str, sent: Sentence, v: Word, content: tuple[int, int] | None,
                        index: SpanIndex) -> Mention | None:
        """The noun phrase right after the cue ("sagte der Sprecher") or opening the sentence."""
        def stops(w: Word) -> bool:  # the noun phrase ends at a clause word or reported speech
            return (w.upos in ("PUNCT", "VERB", "AUX", "ADP", "SCONJ", "CCONJ") or index.inside(w.start)
                    or bool(content and content[0] <= w.start < content[1]))

        after = []
        for w in sent.words[v.id:]:
            if stops(w):
                break
            after.append(w)
        if after:  # "sagte der Sprecher des Weißen Hauses, John Kirby, dass …"
            after = [sent.word(i) for i in range(after[0].id, self.apposed_name_end(sent, after[-1].id) + 1)]
        before = []
        for w in reversed(sent.words[:v.id - 1]):
            if stops(w):
                break
            before.insert(0, w)
        for run in (after, before if before and before[0].id == 1 else []):
            nominal = [w for w in run if w.upos in ("NOUN", "PROPN", "PRON")]
            if nominal:
                ids = {w.id for w in run}
                head = next((w for w in nominal if w.head not in ids), nominal[0])
                run = [w for w in run if w.text != ","] if run[-1].upos == "PROPN" else run
                start, end = run[0].start, run[-1].end
                spans = [(w.start, w.end) for w in nominal if w.upos != "PRON"] or [(head.start, head.end)]
                return Mention(text[start:end], start, end, head, spans, run)
        return None

    def preceding_head_clause(self, sent: Sentence, v: Word) -> tuple[int, int] | None:
        """Post-posed cue (", sagte X") attached under the clause it reports."""
        head = sent.word(v.head)
        if head.id > v.id or head.upos == "PUNCT":
            return None
        cue_words = {w.id for w in subtree(sent, v.id)}
        words = [w for w in subtree(sent, head.id) if w.id not in cue_words and w.id < v.id]
        return char_span(words)

    def subject_of(self, text: str, sent: Sentence, v: Word, content: tuple[int, int] | None,
                   index: SpanIndex) -> Mention | None:
        kids = sent.kids(v.id)
        passive = any(k.deprel == "aux:pass" for k in kids)
        cands = [k for k in kids if k.deprel in SUBJECTS and not index.inside(k.start)
                 and not (content and content[0] <= k.start < content[1])]
        if passive:
            cands = [k for k in kids if k.deprel in ("obl:agent", "obl")
                     and any(c.text.lower() in ("von", "vom") for c in sent.kids(k.id))] or cands
        cands = [k for k in cands if k.text.lower() not in ("es", "das", "dies")] or cands
        if not passive:  # "sagte dem US-Sender MSNBC": a dative or accusative article is no subject
            cands = [k for k in cands if not any(
                d.deprel == "det" and d.text.lower() in OBLIQUE_ARTICLES for d in sent.kids(k.id))] or cands
        if cands:
            best = min(cands, key=lambda k: abs(k.id - v.id))
            if is_relative(best):
                return self.antecedent_of_relative(text, sent, v, best, index)
            return self.mention(text, sent, best, index)
        if v.deprel == "conj" and v.head:
            head = sent.word(v.head)
            if head.upos in ("VERB", "AUX"):
                return self.subject_of(text, sent, head, content, index)
        if v.deprel in ("xcomp",) and v.head:
            return self.subject_of(text, sent, sent.word(v.head), content, index)
        return None

    def antecedent_of_relative(self, text: str, sent: Sentence, v: Word, pron: Word,
                               index: SpanIndex) -> Mention | None:
        """"seine Verbündeten, die erklären, …": the speaker is the noun the relative clause is on."""
        if v.deprel.startswith("acl") and v.head and sent.word(v.head).upos in ("NOUN", "PROPN"):
            return self.mention(text, sent, sent.word(v.head), index)
        before = [w for w in sent.words[:pron.id - 1] if w.upos in ("NOUN", "PROPN")]
        return self.mention(text, sent, before[-1], index) if before else None

    def mention(self, text: str, sent: Sentence, head: Word, index: SpanIndex) -> Mention:
        """The full noun phrase (titles, appositions, names) minus relative clauses and quotes."""
        words = [w for w in subtree(sent, head.id, SPEAKER_DROP) if not index.inside(w.start)]
        ids = sorted(w.id for w in words)
        lo = hi = head.id
        idset = set(ids)
        while lo - 1 in idset:
            lo -= 1
        while hi + 1 in idset:
            hi += 1
        # a split parse of one noun phrase ("Das Weiße | Haus" as two subjects): take it whole
        while lo > 1 and sent.word(lo - 1).upos in ("DET", "ADJ") and (
            sent.word(lo - 1).head in (head.head, *range(lo, hi + 1))
        ) and head.head != 0:
            lo -= 1
        hi = self.apposed_name_end(sent, hi)
        run = [sent.word(i) for i in range(lo, hi + 1)]
        while run and run[-1].upos == "PUNCT":
            run.pop()
        while run and run[0].upos == "PUNCT":
            run.pop(0)
        while len(run) > 1 and run[-1].upos == "ADP":
            run.pop()  # "Einem Diplomaten zufolge": the postposition is the cue, not the speaker
        while len(run) > 1 and run[0].upos == "ADP" and run[0].head == head.id:
            run.pop(0)
        if not run:
            run = [head]
        start = extend_hyphenated_left(text, run[0].start)
        end = extend_name_particle(text, extend_hyphenated(text, run[-1].end))
        group = [head] + [k for k in sent.kids(head.id)
                          if k.deprel in ("appos", "flat", "flat:name", "nmod")
                          and k.upos in ("PROPN", "NOUN", "X")]
        for g in list(group[1:]):
            group += [k for k in sent.kids(g.id) if k.deprel in ("flat", "flat:name")]
        return Mention(text[start:end], start, end, head, [(g.start, g.end) for g in group], run)

    @staticmethod
    def apposed_name_end(sent: Sentence, hi: int) -> int:
        """"der Sprecher des Weißen Hauses, John Kirby, sagte": a name set off by commas."""
        n = len(sent.words)

        def name_like(w: Word) -> bool:  # the tagger calls some first names nouns ("Karen")
            return w.upos in ("PROPN", "NOUN", "X") and w.text[:1].isupper()

        if hi + 2 > n or sent.word(hi + 1).text != "," or not name_like(sent.word(hi + 2)):
            return hi
        end = hi + 2
        while end + 1 <= n and name_like(sent.word(end + 1)) and end - hi < 5:
            end += 1
        closing = sent.word(end + 1) if end + 1 <= n else None
        if closing is None or closing.text != "," or sent.word(end).upos != "PROPN":
            return hi
        return end

    def statement_source(self, text: str, sent: Sentence, v: Word, index: SpanIndex):
        """"hieß es in einer Erklärung der Hamas" → der Hamas."""
        for w in sent.words:
            if w.text in self.lex.statement_nouns:
                owners = [k for k in sent.kids(w.id) if k.deprel in ("nmod", "nmod:poss")]
                if owners:
                    return self.mention(text, sent, owners[0], index)
        return None

    def preposition_cue(self, text: str, si: int, sent: Sentence, prep: Word) -> Cue:
        """"laut X", "X zufolge": the NP is the speaker, the rest of the clause the content."""
        np = sent.word(prep.head) if prep.head else prep
        np_words = subtree(sent, np.id, {"acl:relcl"})
        speaker = self.mention(text, sent, np, SpanIndex([]))
        phrase = char_span(np_words + [prep]) or (prep.start, prep.end)
        content = self.attribution_content(text, sent, np, phrase)
        return Cue(si, prep.start, prep.end, prep.text, "attribution", speaker, content, prep)

    def source_noun_cue(self, text: str, si: int, sent: Sentence, noun: Word,
                        index: SpanIndex) -> Cue:
        """"nach Angaben von X" / "nach Ansicht der UN" / "nach israelischen Angaben"."""
        owners = [k for k in sent.kids(noun.id) if k.deprel in ("nmod", "nmod:poss")]
        adjectives = [k for k in sent.kids(noun.id) if k.deprel == "amod"]
        if owners:
            speaker = self.mention(text, sent, owners[0], index)
        elif any(a.lemma.lower() == "eigen" for a in adjectives):
            speaker = self.clause_subject(text, sent, noun, index)  # "hat Israel nach eigenen Angaben"
        elif adjectives:
            words = sorted([*adjectives, noun], key=lambda w: w.id)  # "nach israelischen Angaben"
            speaker = Mention(text[words[0].start:noun.end], words[0].start, noun.end, noun,
                              [(noun.start, noun.end)], words)
        else:
            speaker = self.following_genitive(text, sent, noun)
        phrase = char_span(subtree(sent, noun.id)) or (noun.start, noun.end)
        if speaker is not None and speaker.start > noun.start:
            phrase = (min(phrase[0], speaker.start), max(phrase[1], speaker.end))
        content = self.attribution_content(text, sent, noun, phrase)
        return Cue(si, noun.start, noun.end, f"nach {noun.text}", "attribution", speaker,
                   content, noun)

    def clause_subject(self, text: str, sent: Sentence, w: Word, index: SpanIndex) -> Mention | None:
        """The subject of the clause that holds `w` (climbing to the nearest verb)."""
        cur = w
        while cur.head:
            cur = sent.word(cur.head)
            subjects = [k for k in sent.kids(cur.id) if k.deprel in SUBJECTS]
            subjects = [k for k in subjects if k.text.lower() not in self.lex.sentence_adverbs]
            if subjects:
                return self.mention(text, sent, subjects[0], index)
        names = [k for k in sent.words
                 if k.upos == "PROPN" and k.text.lower() not in self.lex.sentence_adverbs]
        return self.mention(text, sent, names[0], index) if names else None

    def so_cue(self, text: str, si: int, sent: Sentence, index: SpanIndex) -> Cue | None:
        """"…, so Diplomaten." – a verbless attribution at the end of a sentence."""
        stext = text[sent.start:sent.end]
        m = SO_FRAME.search(stext)
        if not m:
            return None
        who_start, who_end = sent.start + m.start("who"), sent.start + m.end("who")
        who_words = [w for w in sent.words if who_start <= w.start < who_end]
        if not who_words or any(w.upos in ("VERB", "AUX") for w in who_words):
            return None
        ids = {w.id for w in who_words}
        head = next((w for w in who_words if w.head not in ids), who_words[-1])
        speaker = self.mention(text, sent, head, index)
        speaker = Mention(text[who_start:who_end].strip(), who_start, who_end, head,
                          speaker.head_spans, who_words)
        so_pos = sent.start + m.start() + stext[m.start():].index("so")
        content = clean_span(text, sent.start, sent.start + m.start())
        return Cue(si, so_pos, so_pos + 2, "so", "attribution", speaker, content)

    @staticmethod
    def following_genitive(text: str, sent: Sentence, noun: Word) -> Mention | None:
        """"nach Angaben des Gesundheitsministeriums" when the parse did not attach the owner."""
        run = []
        for w in sent.words[noun.id:]:
            if w.upos in ("DET", "ADJ", "NOUN", "PROPN") and (w.feat("Case") in (None, "Gen") or run):
                run.append(w)
                continue
            break
        nouns = [w for w in run if w.upos in ("NOUN", "PROPN")]
        if not nouns:
            return None
        head = nouns[0]
        return Mention(text[run[0].start:run[-1].end], run[0].start, run[-1].end, head,
                       [(w.start, w.end) for w in nouns], run)

    def attribution_content(self, text: str, sent: Sentence, anchor: Word,
                            phrase: tuple[int, int]) -> tuple[int, int]:
        """The clause the attribution phrase sits in, without the phrase: the whole sentence, or
        just the conjunct ("Sie nahmen Geiseln und töteten nach israelischen Angaben 1.200 Menschen")."""
        verb = sent.word(anchor.head) if anchor.head else anchor
        if verb.deprel == "conj" and verb.upos in ("VERB", "AUX"):
            words = subtree(sent, verb.id, {"conj"})
            words = [w for w in words if not (w.deprel == "cc" and w.head == verb.id)]
            span = char_span(words)
            if span:
                return self.sentence_minus(text, sent, phrase, span)
        return self.sentence_minus(text, sent, phrase)

    def sentence_minus(self, text: str, sent: Sentence, phrase: tuple[int, int],
                       region: tuple[int, int] | None = None):
        start, end = region or (sent.start, sent.end)
        if phrase[0] - start < 3:
            start = phrase[1]
        elif end - phrase[1] < 3:
            end = phrase[0]
        return self.cut_tail(text, start, end)

    # -- direct ---------------------------------------------------------------------------

    def direct_quotes(self, parsed: Parsed, marked: list[Marked], cues: list[Cue],
                      index: SpanIndex) -> list[RawQuote]:
        text = parsed.text
        out = []
        for m in marked:
            cue, relation = self.cue_for(text, m, cues)
            if cue is None:
                named = self.colon_name(parsed, m, index)
                if named:
                    m.used = True
                    out.append(RawQuote(m.start, m.end, "direct", None, named,
                                        self.sentence_span(parsed, m.open, m.close), 0.8))
                continue
            if relation == "content-fragment":
                continue  # a verbatim fragment inside reported speech: handled as mixed
            m.used = True
            cue.used = True
            span = self.sentence_span(parsed, min(m.open, cue.start), max(m.close, cue.end))
            conf = 0.9 if cue.speaker and not cue.speaker.is_pronoun else 0.75
            out.append(RawQuote(m.start, m.end, "direct", cue.text, cue.speaker, span, conf))
        return out

    def cue_for(self, text: str, m: Marked, cues: list[Cue]) -> tuple[Cue | None, str]:
        """The cue framing a quotation: after it (", sagte X"), before it ("X sagte: „…“")."""
        best, best_gap, relation = None, 10**9, ""
        for c in cues:
            if c.content and c.content[0] <= m.open and m.close <= c.content[1] + 1 and (
                c.content[1] - c.content[0] > (m.end - m.start) + 12
            ):
                if not self.frames_directly(text, m, c):
                    return c, "content-fragment"
            if c.start > m.close:
                between = text[m.close + 1:c.start]
                ends_sentence = SENTENCE_END.search(between + " ") and between.strip(" ,")
                if len(between) > 160 or ends_sentence or "\n" in between:
                    continue
                if self.crosses_other_quote(between):
                    continue
                gap = len(between)
            elif c.end < m.open:
                between = text[c.end:m.open]
                if len(between) > 160 or re.search(r"[.!?]\s", between) or PARAGRAPH_BREAK.search(between):
                    continue
                if self.crosses_other_quote(between):
                    continue
                colon = between.rstrip().endswith(":")
                fragment = c.kind == "name" or (
                    c.content is not None and c.content[0] <= m.open <= c.content[1] + 1)
                if not (colon or fragment):
                    continue
                gap = len(between) + (0 if colon else 40)
            else:
                continue
            if gap < best_gap:
                best, best_gap, relation = c, gap, "frame"
        return best, relation

    def frames_directly(self, text: str, m: Marked, c: Cue) -> bool:
        """", sagte X" right after the closing mark, or "X schrieb …: „…“" right before it."""
        if c.start > m.close:
            return not text[m.close + 1:c.start].strip(" ,")
        before = text[c.end:m.open]
        return before.rstrip().endswith(":") and len(before) < 160 and not SENTENCE_END.search(before)

    @staticmethod
    def crosses_other_quote(between: str) -> bool:
        return any(ch in between for ch in QUOTE_MARKS)

    def colon_name(self, parsed: Parsed, m: Marked, index: SpanIndex) -> Mention | None:
        """A headline or lead-in like "Netanjahu: „…“" without a speech verb."""
        text = parsed.text
        line_start = text.rfind("\n", 0, m.open) + 1
        lead = text[line_start:m.open]
        hit = COLON_NAME.search(lead)
        if not hit or re.search(r"[.!?]\s", lead[:hit.start("who")] + " "):
            return None
        s, e = line_start + hit.start("who"), line_start + hit.end("who")
        sent = self.sentence_at(parsed, s)
        if sent is None:
            return None
        words = [w for w in sent.words if s <= w.start < e]
        if not words or len(words) > 8 or any(w.upos in ("VERB", "AUX") for w in words):
            return None
        ids = {w.id for w in words}
        head = next((w for w in words if w.head not in ids), words[-1])
        return Mention(text[s:e], s, e, head, [(w.start, w.end) for w in words
                                               if w.upos in ("PROPN", "NOUN", "X")], words)

    # -- indirect -------------------------------------------------------------------------

    def indirect_quotes(self, parsed: Parsed, cues: list[Cue], index: SpanIndex,
                        direct: list[RawQuote]) -> list[RawQuote]:
        taken = [(q.start, q.end) for q in direct]
        out = []
        for c in sorted(cues, key=lambda c: -(c.content[1] - c.content[0]) if c.content else 0):
            if c.used or not c.content or c.content[1] - c.content[0] < 3:
                continue
            s, e = c.content
            if any(a <= s < b or a < e <= b or (s <= a and b <= e) for a, b in taken):
                continue
            if any(a <= c.start < b for a, b in taken):
                continue  # a cue inside reported content is part of that report
            if index.inside(s) and index.inside(e - 1) and index.covering(s) is index.covering(
                e - 1
            ):
                continue
            inner = [m for m in index.within(s - 1, e + 1) if not m.used]
            kind = "mixed" if inner else "indirect"
            for m in inner:
                m.used = True
            conf = 0.8 if c.speaker and not c.speaker.is_pronoun else 0.65
            span = self.sentence_span(parsed, min(s, c.start), max(e, c.end))
            out.append(RawQuote(s, e, kind, c.text, c.speaker, span, conf, inherit=c.inherit))
            taken.append((s, e))
        return out

    # -- continuations --------------------------------------------------------------------

    def continuations(self, parsed: Parsed, quotes: list[RawQuote],
                      index: SpanIndex) -> list[RawQuote]:
        """Cue-less quotation paragraphs and Konjunktiv I sentences that go on with a report."""
        text = parsed.text
        out: list[RawQuote] = []
        covered = [(q.sentence[0], q.sentence[1]) for q in quotes]
        starts = sorted(q.start for q in quotes)
        for m in find_marked(text):
            if any(q.start == m.start for q in quotes) or any(
                q.start <= m.start and m.end <= q.end for q in quotes
            ):
                continue
            words = len(text[m.start:m.end].split())
            prev = bisect.bisect_left(starts, m.start) - 1
            if words < MIN_SCARE_WORDS:
                continue
            introducer = self.introducing_subject(parsed, m, index, covered)
            if introducer is not None:  # "Gantz hält dagegen. „…“"
                span = self.sentence_span(parsed, m.open, m.close)
                out.append(RawQuote(m.start, m.end, "direct", None, introducer, span, 0.6))
                continue
            if prev < 0:
                continue
            before = text[:m.open].rstrip()
            paragraph_start = not before or before.endswith("\n") or text[
                text.rfind("\n", 0, m.open) + 1:m.open
            ].strip() == ""
            last = max((q for q in quotes if q.end <= m.open), key=lambda q: q.end, default=None)
            follows_quote = last is not None and not text[last.sentence[1]:m.open].strip()
            if not (paragraph_start or follows_quote) or last is None or m.open - last.end > 900:
                continue
            span = self.sentence_span(parsed, m.open, m.close)
            out.append(RawQuote(m.start, m.end, "direct", None, None, span, 0.6, inherit=True))
        reported = list(quotes)
        for i, sent in enumerate(parsed.sentences):
            if any(a <= sent.start < b for a, b in covered) or index.inside(sent.start):
                continue
            prev_q = max((q for q in reported if q.end <= sent.start), key=lambda q: q.end,
                         default=None)
            if prev_q is None or i == 0:
                continue
            prev_sent = parsed.sentences[i - 1]
            if not (prev_q.sentence[0] <= prev_sent.start < prev_q.sentence[1] + 1):
                continue
            if self.is_konjunktiv_one(sent):
                s, e = clean_span(text, sent.start, sent.end)
                q = RawQuote(s, e, "indirect", None, None, (sent.start, sent.end), 0.5,
                             inherit=True)
                out.append(q)
                reported.append(q)
                covered.append((sent.start, sent.end))
        return out

    def introducing_subject(self, parsed: Parsed, m: Marked, index: SpanIndex,
                            covered: list[tuple[int, int]]) -> Mention | None:
        """A named person as subject of the sentence right before a cue-less quotation that
        starts a sentence ("Gantz hält dagegen. „…“") is taken as its speaker."""
        text = parsed.text
        sent = next((s for s in reversed(parsed.sentences) if s.end <= m.open), None)
        if sent is None or text[sent.end:m.open].strip() or index.within(sent.start, sent.end + 1):
            return None
        if any(a <= sent.start < b for a, b in covered):
            return None
        root = next((w for w in sent.words if w.head == 0), None)
        subjects = [k for k in sent.kids(root.id) if k.deprel in SUBJECTS] if root else []
        if len(subjects) != 1 or subjects[0].upos != "PROPN" or \
                subjects[0].text.lower() in self.lex.sentence_adverbs:
            return None
        return self.mention(text, sent, subjects[0], index)

    @staticmethod
    def is_konjunktiv_one(sent: Sentence) -> bool:
        """The main clause is in the subjunctive of reported speech ("sei", "werde", "gebe", "würde")."""
        root = next((w for w in sent.words if w.head == 0), None)
        if root is None or root.upos == "PUNCT":
            return False
        verbs = [root] + [k for k in sent.kids(root.id) if k.deprel in ("aux", "cop", "aux:pass")]
        first_person = any(k.text.lower() in ("ich", "wir") for k in sent.kids(root.id)
                           if k.deprel in SUBJECTS)
        return not first_person and any(is_subjunctive(v) for v in verbs)

    # -- helpers --------------------------------------------------------------------------

    @staticmethod
    def sentence_at(parsed: Parsed, pos: int) -> Sentence | None:
        for s in parsed.sentences:
            if s.start <= pos < s.end + 1:
                return s
        return None

    @staticmethod
    def sentence_span(parsed: Parsed, start: int, end: int) -> tuple[int, int]:
        """From the start of the sentence holding `start` to the end of the one holding `end`."""
        s0, e0 = start, end
        for s in parsed.sentences:
            if s.start <= start < s.end + 1:
                s0 = min(s0, s.start)
            if s.start <= end - 1 < s.end + 1 or s.start <= end < s.end + 1:
                e0 = max(e0, s.end)
        return s0, max(e0, end + 1 if end < len(parsed.text) else end)
