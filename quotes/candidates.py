"""The learned quote-candidate layer: clauses the rules did not take, scored by a small model.

The hand-written constructions find most quotes; what they miss tends to look like a quote
to the parser all the same: a ccomp/parataxis/advcl/xcomp clause, the part after a colon, a
Konjunktiv sentence, a stretch in quotation marks. This module lists those clauses (spans cut as
the rules cut them: no "dass"/"ob", no attribution phrase at the front, no trailing comma),
describes each by a few features (the governing verb and its lexicon class, mood, marks, colon,
a speaker-like subject, a quote in the sentence before, position, length, writer's speculation)
and lets a logistic model, shipped as `quotes/data/candidates.npz` (plain arrays, no pickle),
accept the likely ones as `learned.<construction>` quotes. `scripts/train_candidates.py`
retrains it. `mode` "add" only adds; "filter" also drops rule quotes the model scores as very
unlikely (see `RuleFilter`).
"""

from __future__ import annotations

import io
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from quotes.constructions.continuation import is_konjunktiv_one, main_clause_verb
from quotes.constructions.core import (
    LEFT_OUT_MARKERS,
    SUBJECTS,
    Context,
    Mention,
    Named,
    PreviousSpeaker,
    RawQuote,
    SpeakerRef,
    clean_span,
    effective_lemma,
    is_relative,
    is_subjunctive,
    reference,
    subtree,
    weak_past_as_lemma,
)
from quotes.constructions.mentions import mention, subject_of, words_mention
from quotes.constructions.merge import TakenSpans, merge
from quotes.lexicon import Lexicon, load_lexicon
from quotes.parse import Parsed, Sentence, Word
from quotes.resolve.words import looks_personal
from quotes.text import fold

DATA_DIR = Path(__file__).resolve().parent / "data"
DEFAULT_MODEL = DATA_DIR / "candidates.npz"
DEFAULT_FILTER = DATA_DIR / "candidates-filter.npz"  # scores rule quotes; drops below threshold
FORMAT = "quotes-candidates-1"
CLAUSE_RELS = ("ccomp", "parataxis", "advcl", "xcomp")
MIN_WORDS = 3
KONJ2_FORMS = frozenset({"würde", "würden", "könnte", "könnten", "dürfte", "dürften", "müsste",
                         "müssten", "sollte", "sollten", "hätte", "hätten", "wäre", "wären",
                         "möchte", "möchten"})
RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "welcher", "welche", "welches", "deren",
                               "dessen", "denen"})
FIRST_PERSON = frozenset({"ich", "wir", "mich", "uns", "mir", "unser", "unsere", "meine", "mein"})
FRONT_ATTRIBUTION = re.compile(r"^\s*(?:laut|nach\s+Angaben|nach\s+Ansicht|so)\b[^,]{0,80},\s*",
                               re.IGNORECASE)


class CandidateModelError(RuntimeError):
    """A candidate model file that cannot be read or is not one; the message names the file."""


@dataclass
class Candidate:
    """One clause the rules did not take, with where it came from and what it looks like."""

    start: int
    end: int
    construction: str
    sent: int
    governor: Word | None = None
    head: Word | None = None
    features: dict[str, float] = field(default_factory=dict)
    speaker: SpeakerRef | None = None


# ---------------------------------------------------------------------------- candidates


def candidates(ctx: Context, rule_quotes: list[RawQuote]) -> list[Candidate]:
    """Every candidate clause of the document that overlaps no rule quote, with features."""
    taken = top_level_spans(rule_quotes)
    quoted_sents = quote_sentences(ctx, rule_quotes)
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for si, sent in enumerate(ctx.sentences):
        for cand in sentence_candidates(ctx, si, sent):
            span = (cand.start, cand.end)
            if span in seen or cand.end <= cand.start or taken.overlapping(span):
                continue
            if len(ctx.text[cand.start:cand.end].split()) < MIN_WORDS:
                continue
            seen.add(span)
            cand.features = describe(ctx, cand, quoted_sents)
            out.append(cand)
    return out


def top_level_spans(quotes: list[RawQuote]) -> TakenSpans:
    """The rule quotes' spans for overlap tests by bisection (a scan of all quotes per candidate
    was quadratic in the text). Nested quotes lie inside their parents, so the parents suffice
    and the spans never overlap, as TakenSpans needs."""
    return TakenSpans([(q.start, q.end) for q in quotes if q.parent is None])


def quote_sentences(ctx: Context, quotes: list[RawQuote]) -> set[int]:
    """Indices of sentences that hold (part of) a quote."""
    taken = top_level_spans(quotes)
    return {i for i, s in enumerate(ctx.sentences) if taken.overlapping((s.start, s.end))}


def sentence_candidates(ctx: Context, si: int, sent: Sentence) -> list[Candidate]:
    found = [c for w in sent.words if (c := clause_candidate(ctx, si, sent, w)) is not None]
    for maker in (konjunktiv_candidate, colon_candidate):
        c = maker(ctx, si, sent)
        if c is not None:
            found.append(c)
    found += marked_candidates(ctx, si, sent)
    return found


def clause_candidate(ctx: Context, si: int, sent: Sentence, w: Word) -> Candidate | None:
    """A clause hanging off another word: its subtree, without dass/ob and punctuation."""
    rel = w.deprel.split(":")[0]
    if rel not in CLAUSE_RELS or not w.head:
        return None
    words = [x for x in subtree(sent, w.id) if x.upos != "PUNCT"]
    words = [x for x in words if not (x.head == w.id and x.deprel == "mark"
                                      and x.text.lower() in LEFT_OUT_MARKERS)]
    if not words or opens_relative_clause(words[0]):
        return None
    start, end = clean_span(ctx.text, words[0].start, words[-1].end)
    start, end = ctx.cut_tail(start, end)
    return Candidate(start, end, rel, si, governor=sent.word(w.head), head=w)


def opens_relative_clause(first: Word) -> bool:
    """"…, die mit ihren Enkeln in Rafah lebt": a relative clause the parse hung as a complement
    describes someone; it reports nothing."""
    return is_relative(first) or (first.upos == "PRON" and first.text.lower() in RELATIVE_PRONOUNS)


def konjunktiv_candidate(ctx: Context, si: int, sent: Sentence) -> Candidate | None:
    """A sentence whose main clause is in the Konjunktiv, without a fronted attribution. A form
    the Präteritum shares ("blieben", "wohnte") is no evidence of reported speech on its own, nor
    is a singular Konjunktiv II of a modal or auxiliary ("hätte … sollen", "könnte"): see
    `reporting_konjunktiv_two`."""
    if not is_konjunktiv_one(ctx, sent) or not any(
            konjunktiv_one_form(w, ctx.lex) or reporting_konjunktiv_two(w)
            for w in main_clause_verbs(ctx, sent)):
        return None
    start, end = sentence_body(ctx, sent)
    end = before_trailing_frame(ctx, sent, start, end)
    root = next((w for w in sent.words if w.head == 0), None)
    return Candidate(start, end, "konjunktiv", si, governor=None, head=root)


def before_trailing_frame(ctx: Context, sent: Sentence, start: int, end: int) -> int:
    """"…, erklärte X am Freitag.": the span ends at the comma before a trailing speech verb."""
    words = sent.words
    for i, w in enumerate(words):
        if i == 0 or w.upos not in ("VERB", "AUX") or not speech_lemma(sent, w, ctx.lex):
            continue
        if words[i - 1].text == "," and words[i - 1].start > start:
            return clean_span(ctx.text, start, words[i - 1].start)[1]
    return end


def reporting_konjunktiv_two(w: Word) -> bool:
    """A Konjunktiv II that reported speech uses: a plural form (where the Konjunktiv I would
    look like the indicative: "sie hätten", "könnten") or "würde" + infinitive, the usual
    substitute. A singular "könnte", "müsste", "hätte" is mostly the writer's own modality, and
    so is "wäre"/"wären": the Konjunktiv I of "sein" ("sei", "seien") never looks indicative."""
    t = w.text.lower()
    return t in KONJ2_FORMS and t.endswith("n") and not t.startswith("wär")


def writers_konjunktiv_two(ctx: Context, sent: Sentence) -> bool:
    """The main clause's mood is a singular modal Konjunktiv II and nothing that reports."""
    verbs = main_clause_verbs(ctx, sent)
    return any(v.text.lower() in KONJ2_FORMS for v in verbs) and not any(
        konjunktiv_one_form(v, ctx.lex) or reporting_konjunktiv_two(v) for v in verbs)


def main_clause_verbs(ctx: Context, sent: Sentence) -> list[Word]:
    """The root with its auxiliaries, and the surface's main-clause verb (where the parse
    got the root wrong); not the verbs of subordinate clauses."""
    root = next((w for w in sent.words if w.head == 0), None)
    verbs = [root, *sent.kids(root.id)] if root is not None else []
    verbs = [w for w in verbs if w.upos in ("VERB", "AUX")]
    main = main_clause_verb(ctx, sent)
    return verbs + ([main] if main is not None else [])


def colon_candidate(ctx: Context, si: int, sent: Sentence) -> Candidate | None:
    """What follows a colon near the start of a sentence ("Katars Regierungschef: …")."""
    colon = next((w for w in sent.words if w.text == ":" and not ctx.index.inside(w.start)), None)
    if colon is None or colon.id > 8 or colon.id == len(sent.words):
        return None
    start, end = clean_span(ctx.text, colon.end, sent.end)
    before = [w for w in sent.words if w.id < colon.id]
    head = next((w for w in before if w.upos in ("PROPN", "NOUN")), None)
    return Candidate(start, end, "colon", si, governor=head, head=None)


def marked_candidates(ctx: Context, si: int, sent: Sentence) -> list[Candidate]:
    """Quotation-mark stretches that open in this sentence."""
    out = []
    for m in ctx.index.within(sent.start, sent.end + 1):
        if sent.start <= m.open < sent.end:
            start, end = clean_span(ctx.text, m.start, m.end)
            out.append(Candidate(start, end, "marks", si))
    return out


def sentence_body(ctx: Context, sent: Sentence) -> tuple[int, int]:
    """The sentence less a fronted "Laut X," / "Nach Angaben von X," and a writer's tail."""
    start, end = sent.start, sent.end
    m = FRONT_ATTRIBUTION.match(ctx.text, start, end)
    if m:
        start = m.end()
    start, end = clean_span(ctx.text, start, end)
    return ctx.cut_tail(start, end)


# ---------------------------------------------------------------------------- features


def describe(ctx: Context, c: Candidate, quoted_sents: set[int]) -> dict[str, float]:
    """The features of one candidate: names are "group=value" (1.0) or numeric groups."""
    sent = ctx.sentences[c.sent]
    span_words = [w for w in sent.words if c.start <= w.start < c.end]
    f: dict[str, float] = {f"cx={c.construction}": 1.0, "bias": 1.0}
    if c.head is not None:
        f[f"rel={c.head.deprel}"] = 1.0
    speech = governor_features(ctx, c, sent, f)
    any_speech = any(effective_lemma(sent, w, ctx.lex) for w in sent.words
                     if w.upos in ("VERB", "AUX") and not (c.start <= w.start < c.end))
    if any_speech:
        f["sent_speech_outside"] = 1.0
    near = context_features(c, quoted_sents, f)
    mood_features(ctx, sent, span_words, reported=bool(speech or near or any_speech), f=f)
    if f.get("span_konj") and near:
        f["konj_after_quote"] = 1.0
    shape_features(ctx, c, sent, span_words, f)
    return f


def governor_features(ctx: Context, c: Candidate, sent: Sentence, f: dict[str, float]) -> str | None:
    """The word the clause hangs on: its tag, lemma, speech-verb class and subject; returns the
    speech-verb lemma, if it is one."""
    gov = c.governor
    if gov is None:
        return None
    speech = effective_lemma(sent, gov, ctx.lex) if gov.upos in ("VERB", "AUX") else None
    f[f"gov_upos={gov.upos}"] = 1.0
    f[f"gov_lemma={gov.lemma.lower()}"] = 1.0
    if speech:
        f["gov_speech"] = 1.0
        f[f"gov_class={ctx.lex.verb_class(speech)}"] = 1.0
    for k in sent.kids(gov.id):
        if k.deprel in SUBJECTS:
            f[f"gov_subj={k.upos}"] = 1.0
            if k.upos == "PRON" and k.text.lower() in ("er", "sie"):
                f["gov_subj_er_sie"] = 1.0
    return speech


def context_features(c: Candidate, quoted_sents: set[int], f: dict[str, float]) -> bool:
    """Quotes in the sentences around; returns whether one is at most two sentences before."""
    prev = c.sent - 1 in quoted_sents
    near = prev or c.sent - 2 in quoted_sents
    if prev:
        f["prev_quote"] = 1.0
    if near:
        f["near_quote"] = 1.0
    if c.sent + 1 in quoted_sents:
        f["next_quote"] = 1.0
    last = max((i for i in quoted_sents if i < c.sent), default=None)
    f["quote_distance"] = math.log1p(c.sent - last) if last is not None else 3.0
    return near


def mood_features(ctx: Context, sent: Sentence, span_words: list[Word], reported: bool,
                  f: dict[str, float]) -> None:
    """Konjunktiv of the sentence, of the candidate's verbs, of the root; writer's speculation."""
    lex = ctx.lex
    verbs = [w for w in span_words if w.upos in ("VERB", "AUX")]
    konj = any(is_subjunctive(v, lex) for v in verbs)
    konj1 = any(konjunktiv_one_form(v, lex) for v in verbs)
    konj2 = any(v.text.lower() in KONJ2_FORMS for v in verbs)
    if is_konjunktiv_one(ctx, sent):
        f["sent_konj"] = 1.0
    if konj:
        f["span_konj"] = 1.0
    if konj2:
        f["span_konj2"] = 1.0
    if konj2 and not konj1 and not reported:
        f["writer_speculation"] = 1.0  # "könnten", "würden" with no one reporting: see `vetoed`
    if konj1:
        f["span_konj1_form"] = 1.0
    elif konj and not konj2:
        f["konj_tagger_only"] = 1.0  # "wohnte", "aufsetze": the tagger's Mood=Sub alone
    root = next((w for w in sent.words if w.head == 0), None)
    if root is not None and any(is_subjunctive(v, lex) for v in [root, *sent.kids(root.id)]
                                if v.upos in ("VERB", "AUX")):
        f["root_konj"] = 1.0


def shape_features(ctx: Context, c: Candidate, sent: Sentence, span_words: list[Word],
                   f: dict[str, float]) -> None:
    """Marks, colon, length, position, first word, person, question, attribution, paragraph."""
    text = ctx.text
    if span_words:
        f[f"first={span_words[0].text.lower()}"] = 1.0
    marks = ctx.index.within(c.start - 1, c.end + 1)
    if marks:
        f["has_marks"] = 1.0
        f["marks_share"] = sum(m.end - m.start for m in marks) / max(1, c.end - c.start)
    if any(w.text == ":" for w in sent.words if w.end <= c.start):
        f["colon_before"] = 1.0
    n_words = len(span_words) or len(text[c.start:c.end].split())
    f["log_len"] = math.log1p(n_words)
    if n_words <= 5:
        f["short"] = 1.0
    f["sent_share"] = (c.end - c.start) / max(1, sent.end - sent.start)
    if c.sent == 0:
        f["first_sentence"] = 1.0
    f["position"] = c.sent / max(1, len(ctx.sentences))
    if {w.text.lower() for w in span_words} & FIRST_PERSON:
        f["first_person"] = 1.0
    if text[c.start:c.end].rstrip().endswith("?"):
        f["question"] = 1.0
    if {w.text.lower() for w in sent.words} & (ctx.lex.attribution_preps | ctx.lex.postpositions):
        f["sent_attribution"] = 1.0
    if text[max(0, sent.start - 2):sent.start].count("\n") >= 1 or sent.start == 0:
        f["paragraph_start"] = 1.0


def konjunktiv_one_form(v: Word, lex: Lexicon) -> bool:
    """A form that is Konjunktiv I and nothing else ("sei", "habe", "werde", "gebe", "könne")."""
    t, lemma = v.text.lower(), v.lemma.lower()
    if t in KONJ2_FORMS:
        return False
    if v.upos not in ("VERB", "AUX") or v.feat("Number") == "Plur":
        return t in ("seien",)
    return t in lex.subjunctive_forms or (lemma.endswith("en") and t == lemma[:-1] and len(t) > 2
                                          and not weak_past_as_lemma(t, lemma, lex))


# ---------------------------------------------------------------------------- the model


@dataclass
class CandidateModel:
    """Logistic weights over named features, and the score a candidate needs to be taken."""

    vocabulary: list[str]
    coef: np.ndarray
    intercept: float
    threshold: float
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index = {name: i for i, name in enumerate(self.vocabulary)}

    def score(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.coef[self.index[k]] * v for k, v in features.items()
                                 if k in self.index)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def save(self, path: Path | str) -> None:
        from quotes.storage import write_atomic

        meta = {**self.meta, "format": FORMAT, "intercept": self.intercept,
                "threshold": self.threshold}
        buf = io.BytesIO()
        np.savez_compressed(
            buf,
            meta=np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), dtype=np.uint8),
            vocabulary=np.frombuffer("\n".join(self.vocabulary).encode(), dtype=np.uint8),
            coef=self.coef.astype(np.float32))
        write_atomic(Path(path), buf.getvalue())

    @classmethod
    def load(cls, path: Path | str = DEFAULT_MODEL) -> CandidateModel:
        """Plain arrays only (allow_pickle=False); anything else is refused with the reason."""
        path = Path(path)
        try:
            with np.load(path, allow_pickle=False) as arrays:
                meta = json.loads(arrays["meta"].tobytes().decode("utf-8"))
                vocabulary = arrays["vocabulary"].tobytes().decode("utf-8").split("\n")
                coef = arrays["coef"].astype(np.float64)
        except (OSError, KeyError, ValueError, UnicodeDecodeError) as exc:
            raise CandidateModelError(f"{path}: not a quotes candidate model ({exc})") from None
        if not isinstance(meta, dict) or meta.get("format") != FORMAT or coef.shape != (
                len(vocabulary),) or not np.isfinite(coef).all():
            raise CandidateModelError(f"{path}: not a quotes candidate model (format or shape); "
                                      "retrain with scripts/train_candidates.py")
        return cls(vocabulary, coef, float(meta["intercept"]), float(meta["threshold"]), meta)


# ---------------------------------------------------------------------------- the layer


class LearnedLayer:
    """Adds the model's accepted candidates to the rule quotes (and, in "filter" mode, drops
    rule quotes whose own clause the model finds very unlikely)."""

    def __init__(self, model: CandidateModel, mode: str = "add", lexicon: Lexicon | None = None,
                 filter_model: CandidateModel | None = None):
        if mode not in ("add", "filter"):
            raise ValueError(f"learned quote mode must be add or filter, not {mode!r}")
        if mode == "filter" and filter_model is None:
            filter_model = CandidateModel.load(DEFAULT_FILTER)
        self.model, self.mode, self.filter = model, mode, filter_model
        self.lex = lexicon or load_lexicon()

    def digest(self) -> str:
        """What the layer's results depend on, for the result cache's key."""
        import hashlib

        h = hashlib.sha256(f"{self.mode}:{self.model.threshold}".encode())
        h.update(self.model.coef.tobytes())
        if self.filter is not None:
            h.update(f"filter:{self.filter.threshold}".encode())
            h.update(self.filter.coef.tobytes())
        return h.hexdigest()

    def __call__(self, parsed: Parsed, rule_quotes: list[RawQuote]) -> list[RawQuote]:
        ctx = Context(parsed, self.lex)
        kept = rule_quotes
        if self.filter is not None:
            kept = [q for q in rule_quotes if not self.unlikely(ctx, q, rule_quotes)]
        scored = [(self.model.score(c.features), c) for c in candidates(ctx, kept) if not vetoed(c)]
        chosen = sorted(((p, c) for p, c in scored if p >= self.model.threshold),
                        key=lambda pc: -pc[0])
        # candidates overlap no rule quote; merge decides between overlapping candidates only
        # (rule quotes may nest, which the merge's index of taken spans does not expect)
        added = merge([], [to_raw(ctx, c, p, kept) for p, c in chosen])
        return sorted([*kept, *added], key=lambda q: q.start)

    def unlikely(self, ctx: Context, q: RawQuote, quotes: list[RawQuote]) -> bool:
        """A rule quote the filter model scores below its threshold, or a cue-less Konjunktiv
        continuation whose mood is the writer's ("Somit könnte X weiterhin regieren")."""
        assert self.filter is not None
        if q.cue is None and q.rule.startswith("continuation.") and q.kind != "direct":
            sent = ctx.sentence_at(q.start)
            if sent is not None and writers_konjunktiv_two(ctx, sent):
                return True
        if self.filter.threshold <= 0:
            return False
        return self.filter.score(rule_features(ctx, q, quotes)) < self.filter.threshold


def rule_features(ctx: Context, q: RawQuote, quotes: list[RawQuote]) -> dict[str, float]:
    """A rule quote described as a candidate would be, plus its rule and whether it has a cue."""
    si = next((i for i, s in enumerate(ctx.sentences) if s.start <= q.start < s.end + 1), 0)
    sent = ctx.sentences[si] if ctx.sentences else None
    cue = None
    if q.cue_span and sent is not None:
        cue = next((w for w in sent.words if w.start == q.cue_span[0]), None)
    c = Candidate(q.start, q.end, "rule", si, governor=cue)
    f = describe(ctx, c, quote_sentences(ctx, [o for o in quotes if o is not q])) if sent else {}
    f[f"rule={q.rule}"] = 1.0
    f[f"family={q.rule.split('.')[0]}"] = 1.0
    f[f"kind={q.kind}"] = 1.0
    if q.cue is None:
        f["cue_none"] = 1.0
    if q.speaker is None:
        f["speaker_none"] = 1.0
    return f


def vetoed(c: Candidate) -> bool:
    """Never taken, whatever the score: the writer's own speculation ("Die Flüsse könnten über
    die Ufer treten") in Konjunktiv II, with no speech verb and no quote near it. Too rare in
    the training data for the model to learn, and the false alarm users notice first."""
    return bool(c.features.get("writer_speculation"))


def to_raw(ctx: Context, c: Candidate, p: float, quotes: list[RawQuote]) -> RawQuote:
    """A candidate as a quote: kind from its marks, speaker from the governing verb's subject,
    else the previous speaker when a quote came just before."""
    sent = ctx.sentences[c.sent]
    marks = ctx.index.within(c.start - 1, c.end + 1)
    if marks and sum(m.end - m.start for m in marks) >= 0.9 * (c.end - c.start):
        kind = "direct"
    else:
        kind = "mixed" if marks else "indirect"
    speaker, cue_word = speaker_of(ctx, c, sent)
    if speaker is None and any(q.start < c.start for q in quotes):
        speaker = PreviousSpeaker()  # a cue-less report most often goes on with the last speaker
    if speaker is None and c.sent > 0:
        speaker = previous_subject(ctx, ctx.sentences[c.sent - 1]) or speaker_before(ctx, c.sent)
    cue = cue_word.text if cue_word is not None else None
    cue_span = (cue_word.start, cue_word.end) if cue_word is not None else None
    return RawQuote(c.start, c.end, kind, cue, speaker, (sent.start, sent.end), round(p, 3),
                    f"learned.{c.construction}", cue_span=cue_span)


def speaker_of(ctx: Context, c: Candidate, sent: Sentence) -> tuple[SpeakerRef | None, Word | None]:
    """The subject of the speech verb nearest the candidate (outside it), else of the governing
    verb when that subject is a name or a pronoun."""
    outside = [w for w in sent.words if w.upos in ("VERB", "AUX") and not c.start <= w.start < c.end]
    speech = sorted((w for w in outside if speech_lemma(sent, w, ctx.lex)),
                    key=lambda w: c.start - w.end if w.end <= c.start else w.start - c.end)
    gov = c.governor
    tries = [(w, True) for w in speech]
    if gov is not None and gov.upos in ("VERB", "AUX") and gov not in speech:
        tries.append((gov, False))
    for verb, is_speech in tries:
        found = subject_of(ctx, sent, verb, (c.start, c.end))
        if found is None or not (is_speech or names_someone(found)):
            continue
        return reference(found), verb
    return None, None


def names_someone(m: Mention) -> bool:
    """A governing verb's subject that is a person: a name, a pronoun, a noun phrase with a
    name in it ("Der Hamas-Chef im Gazastreifen, Jahja Sinwar, ließ ausrichten, …") or one
    man or woman described ("der Sprecher"); "Die Lage" or "Der Vorschlag" are not."""
    return m.head.upos in ("PROPN", "PRON") or looks_personal(m.head) \
        or any(w.upos == "PROPN" for w in m.words)


def previous_subject(ctx: Context, sent: Sentence) -> Named | None:
    """"Der Bürgermeister besuchte die Altstadt. Die Stadt werde …": the subject of the sentence
    before when it names a person ("Das Feuer", "Die Lieferungen" do not), when no quote came
    earlier to go on with; a passive's subject ("In 400 Autos wurde Feuer gelegt") underwent
    the act and speaks no more than the object of an active verb."""
    root = next((w for w in sent.words if w.head == 0), None)
    subj = [k for k in sent.kids(root.id) if k.deprel in SUBJECTS] if root else []
    if len(subj) != 1 or subj[0].upos == "PRON" or not looks_personal(subj[0]) or \
            subj[0].deprel == "nsubj:pass" or ctx.index.inside(subj[0].start):
        return None
    return Named(mention(ctx, sent, subj[0]))


def speaker_before(ctx: Context, si: int, window: int = 2) -> Named | None:
    """"Insgesamt spricht die Polizei von … In 400 Autos wurde Feuer gelegt. Allein … seien 27
    Busse zerstört worden": the subject of the nearest speech verb in the sentences just
    before, across one about something else; never one inside a quote."""
    for sent in reversed(ctx.sentences[max(0, si - window):si]):
        for verb in (w for w in sent.words if w.upos in ("VERB", "AUX") and speech_lemma(sent, w, ctx.lex)):
            found = subject_of(ctx, sent, verb, None)
            if found is not None and found.head.upos != "PRON" and not ctx.index.inside(found.start):
                return Named(without_von_phrase(ctx, found))
    return None


def without_von_phrase(ctx: Context, m: Mention) -> Mention:
    """"spricht die Polizei von weniger Zusammenstößen": a "von" phrase the parse hung on the
    subject is what the speaker spoke of, not part of who spoke."""
    cut = next((w for w in m.words if w.deprel == "case" and fold(w.text) == "von" and w.start > m.head.end
                and m.head.upos == "NOUN"), None)
    words = [w for w in m.words if cut is None or w.end <= cut.start]
    if cut is None or not words:
        return m
    return words_mention(ctx, words, words[0].start, words[-1].end)


def speech_lemma(sent: Sentence, w: Word, lex: Lexicon) -> str | None:
    """The speech-verb lemma of a word: with its particle, or its bare lemma (a closing
    quotation mark the parser took for a particle must not hide "sagte")."""
    lemma = w.lemma.lower()
    return effective_lemma(sent, w, lex) or (lemma if lemma in lex.verbs else None)


_LAYERS: dict[tuple[str, str], LearnedLayer] = {}


def learned_layer(mode: str | None, path: Path | str | None = None) -> LearnedLayer | None:
    """The layer for a mode ("off", "add", "filter"); loaded once per process."""
    if not mode or mode == "off":
        return None
    key = (mode, str(path or DEFAULT_MODEL))
    if key not in _LAYERS:
        _LAYERS[key] = LearnedLayer(CandidateModel.load(path or DEFAULT_MODEL), mode)
    return _LAYERS[key]
