"""Reports whose content is a noun phrase, not a clause (GUIDELINES Q1, Q2):

- `indirect.np_object`: a speech verb's object or prepositional object carrying a verbatim
  fragment ("kritisierte „wiederholte Verstöße“ Israels", "warnte vor einem „größeren Krieg“",
  "forderte die Parteien zu „äußerster Zurückhaltung“ auf") – mixed;
- `indirect.characterisation`: a characterisation with its preposition, quoted or not ("sprach
  von einer wichtigen Resolution", "wertete dies als Bruch").

The span runs from the verb's first object to the end of the phrase that carries the fragment
or the characterisation. Lexicon block `constructions.np_objects`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import (
    Context,
    Cue,
    Marked,
    char_span,
    lexicon_block,
    reference,
    subtree,
    word_cue,
)
from quotes.constructions.mentions import swapped_subject
from quotes.constructions.speech_verbs import Block as SpeechBlock
from quotes.constructions.speech_verbs import (
    cue_text,
    in_subordinate_clause,
    passive_without_agent,
    reported_content,
    speaker_of,
    speech_verb_lemma,
)
from quotes.parse import Sentence, Word

COMPLEMENTS = ("obj", "iobj", "obl", "obl:arg", "xcomp", "nmod")
OBJECTS = ("obj", "iobj")
SKIP = frozenset({"conj", "cc", "parataxis", "punct", "acl:relcl", "advcl", "ccomp"})


@lexicon_block("np_objects")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    characterisations: dict[str, list[str]]  # verb lemma → the prepositions of its characterisation
    comment_clause_only: str = ""
    clause_only: list[str] = []  # verbs that report a clause, never an object ("hält am „…“ fest")
    min_fragment_words: int = 1


@word_cue(5)
def cue_at(ctx: Context, si: int, sent: Sentence, w: Word) -> Cue | None:
    lemma = speech_verb_lemma(ctx, sent, w)
    if not lemma or lemma == "heißen":
        return None
    kind = ctx.lex.verb_class(lemma) or "say"
    if reported_content(ctx, sent, w, kind) is not None:
        return None  # a clause: `speech_verbs` reports it
    if in_subordinate_clause(sent, w) or any(k.text.lower() == "wie" for k in sent.kids(w.id)) \
            or passive_without_agent(sent, w):
        return None  # "…, wie X es nannte": the object is "es", the words are the writer's
    block = ctx.lex.block("np_objects", Block)
    if lemma in block.clause_only:
        return None
    marks_only = lemma in ctx.lex.block("speech_verbs", SpeechBlock).marks_only  # D19
    preps = [] if marks_only else block.characterisations.get(lemma, [])
    found = carrying_phrase(ctx, sent, w, preps)
    if found is None:
        return None
    phrase, rule = found
    content = object_span(ctx, sent, w, phrase)
    if content is None:
        return None
    return Cue(si, w.start, w.end, cue_text(sent, w, ctx.lex), "fragment",
               reference(speaker_of(ctx, sent, w, content)), content, rule, w)


def carrying_phrase(ctx: Context, sent: Sentence, v: Word,
                    preps: list[str]) -> tuple[Word, str] | None:
    """The complement that holds quotation marks, else one introduced by a characterising
    preposition ("von", "als")."""
    comps = [k for k in sent.kids(v.id) if (k.deprel in COMPLEMENTS or as_predicate(sent, k))
             and not ((attribution_phrase(ctx, sent, k) or addressed_medium(ctx, sent, k))
                      and names_only(ctx, sent, k))]
    for k in comps:
        if marks_in(ctx, sent, k):
            return innermost_carrier(ctx, sent, k), "np_object"
    named = double_accusative(sent, v, comps) if v.lemma == "nennen" else None
    if named is not None:
        return named, "characterisation"
    for k in comps:  # "wertete die Einigung als Erfolg" with "als Erfolg" hung on the object
        for x in [k, *(c for c in sent.kids(k.id) if c.deprel in ("nmod", "conj") and c.id > k.id)]:
            if any(c.deprel in ("case", "cc") and c.id < x.id and c.text.lower() in preps
                   and not (c.text.lower() == "als" and c.id == 1)  # "Als Begründung nannte X …":
                   for c in sent.kids(x.id)) and not any(  # a reason, no characterisation
                c.upos == "NUM" for c in sent.kids(x.id)
            ):  # "sprach von mindestens 200 Toten" reports a figure, not a characterisation
                return x, "characterisation"
    return None


def double_accusative(sent: Sentence, v: Word, comps: list[Word]) -> Word | None:
    """"nannte die Operation ein Massaker" (Q2, no marks needed): "nennen" with two noun
    objects after it, the second with an indefinite article or none, is a characterisation;
    the second object is what the first is called. "nannte keine Namen" has one object."""
    objects = [k for k in comps if k.deprel in OBJECTS and k.upos == "NOUN" and k.id > v.id]
    if len(objects) != 2:
        return None
    second = objects[1]
    if second.id == objects[0].id + 1:  # "nannte die Occupy Bewegung …": one name the tagger split
        return None
    dets = [d.text.lower() for d in sent.kids(second.id) if d.deprel == "det"]
    return second if all(d.startswith("ein") for d in dets) else None


def attribution_phrase(ctx: Context, sent: Sentence, k: Word) -> bool:
    """"Laut einem Bericht der „Zeitung“", "Nach Angaben der „Zeitung“": a source phrase, whose
    marks enclose the source's name, is no object that carries someone's words."""
    return any(c.deprel == "case" and c.text.lower() in ctx.lex.attribution_preps
               for c in sent.kids(k.id)) or k.text in ctx.lex.source_nouns and any(
        c.deprel == "case" and c.text.lower() in ctx.lex.source_preps for c in sent.kids(k.id))


def addressed_medium(ctx: Context, sent: Sentence, k: Word) -> bool:
    """"äußerte sich gegenüber der „Washington Post“", "im Interview mit der „Tagespost“": a
    prepositional phrase whose marks enclose a name says where or to whom, not what (D25); an
    object's marks may still be someone's word ("kritisierte die Bezeichnung „Gesindel“")."""
    return k.deprel not in OBJECTS and any(c.deprel == "case" for c in sent.kids(k.id)) \
        and bool(marks_in(ctx, sent, k))


def names_only(ctx: Context, sent: Sentence, k: Word) -> bool:
    """Every quotation in the phrase encloses a name (GUIDELINES D25)."""
    from quotes.constructions.nested import is_name  # nested reads reports, which read this

    return all(is_name(ctx, m) for m in marks_in(ctx, sent, k))


def first_subject_end(sent: Sentence, v: Word) -> int:
    """Where the verb's subject ends (0 without one): an object before the phrase comes after it."""
    subjects = [k for k in sent.kids(v.id) if k.deprel.startswith("nsubj")]
    span = char_span(subtree(sent, subjects[0].id, SKIP)) if subjects else None
    return span[1] if span else 0


def as_predicate(sent: Sentence, k: Word) -> bool:
    """"bezeichnete die Forderungen als „wahnhaft“" with the adjective parsed as an adverb or a
    conjunct of the verb: an "als" predicate is the characterisation all the same."""
    return k.deprel in ("advmod", "conj") and k.upos == "ADJ" and any(
        c.deprel in ("case", "cc") and c.text.lower() == "als" and c.id < k.id for c in sent.kids(k.id))


def innermost_carrier(ctx: Context, sent: Sentence, k: Word) -> Word:
    """"im Parlament von „Fortschritten“" parsed as one phrase: the prepositional phrase inside
    that holds the quoted words is the report, the place before it is not."""
    for c in sent.kids(k.id):
        if c.deprel == "nmod" and c.id > k.id and marks_in(ctx, sent, c) and any(
                x.deprel == "case" and x.text.isalpha() for x in sent.kids(c.id)):
            return innermost_carrier(ctx, sent, c)
    return k


def marks_in(ctx: Context, sent: Sentence, k: Word) -> list[Marked]:
    """The quotations in the phrase, also one it opens that the parse closes in a phrase hung
    beside it ("gegen eine „Kapitulation" | "vor der Hamas“" as two obliques)."""
    span = char_span(subtree(sent, k.id, SKIP))
    if span is None:
        return []
    return [m for m in ctx.marked if span[0] <= m.start and m.end <= span[1]
            or span[0] <= m.open < span[1] and m.close < sent.end]


def object_span(ctx: Context, sent: Sentence, v: Word, phrase: Word) -> tuple[int, int] | None:
    """From the verb's first object on the phrase's side to the end of the phrase, with the
    quotation marks of fragments at either end."""
    stray = {c.id for c in sent.kids(phrase.id) if c.deprel == "case" and not c.text.islower()}
    span = char_span([w for w in subtree(sent, phrase.id, SKIP) if w.id not in stray])
    if span is None:  # "auf der Plattform X von …" with the name "X" read as a preposition
        return None
    start, end = span
    als = [c.start for c in sent.kids(phrase.id) if c.deprel == "cc" and c.text.lower() == "als"]
    start = min([start, *als])  # "wies er als „unzutreffend“ zurück": the "als" parsed as "cc"
    lo, hi = sorted((v.id, phrase.id))
    swapped = swapped_subject(sent, v)
    for k in sent.kids(v.id):  # verb-final ("hat die Forderungen als … bezeichnet"): the object before
        if k.feat("Reflex") == "Yes":
            continue  # "sprach sich gegen … aus": the reflexive belongs to the verb
        if (k.deprel in OBJECTS or swapped and k.id == swapped[1].id) and (
                lo < k.id < hi or v.id > phrase.id and k.id < phrase.id and k.deprel in OBJECTS
                and k.start > first_subject_end(sent, v)):
            obj = char_span(subtree(sent, k.id, SKIP))
            if obj:
                start, end = min(start, obj[0]), max(end, obj[1])
    if v.id > phrase.id:  # verb-final: the phrases up to the verb belong to the report
        between = [w for w in sent.words if end <= w.start and w.id < v.id]
        if between and not any(w.text in (",", ";", ":") for w in between) and all(
                w.upos != "VERB" and w.upos != "AUX" for w in between):
            end = max(end, max(w.end for w in between if w.upos != "PUNCT") if any(
                w.upos != "PUNCT" for w in between) else end)
    for m in ctx.marked:
        if m.start == start:
            start = m.open
        if m.end == end or start <= m.open < end <= m.close:  # a quotation opened in the phrase
            end = m.close + 1  # runs to its close ("von einer „Kapitulation vor dem Terror“")
    if ctx.text[start:end].count(",") or end - start < 3:
        return None
    return start, end
