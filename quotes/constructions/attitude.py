""""zeigte sich zuversichtlich, dass …": an attitude predicate with reported content (GUIDELINES
D19). Without a content clause ("zeigte sich besorgt") it is no quote. Rule `indirect.attitude`,
cue "zeigte sich". Lexicon block `constructions.attitude`: the verbs and the adjectives.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import (
    Context,
    Cue,
    clean_span,
    is_subjunctive,
    lexicon_block,
    reference,
    word_cue,
)
from quotes.constructions.mentions import mention
from quotes.constructions.speech_verbs import speaker_of
from quotes.parse import Sentence, Word

WINDOW = 12  # words from the verb to the adjective ("zeigte sich US-Präsident X am Abend optimistisch")


@lexicon_block("attitude")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    verbs: list[str]  # lemmas: zeigen, geben
    adjectives: list[str]  # zuversichtlich, optimistisch, überzeugt …
    complementizers: list[str]  # dass
    comment_readiness: str = ""
    readiness: list[str] = []  # "zeigte sich bereit, … zu …": only with the verb, not with "sein"


@word_cue(15)
def cue_at(ctx: Context, si: int, sent: Sentence, w: Word) -> Cue | None:
    block = ctx.lex.block("attitude", Block)
    if w.upos == "AUX" and w.deprel == "cop" and w.lemma.lower() == "sein":
        return copula_cue(ctx, si, sent, w, block)
    if w.upos not in ("VERB", "AUX") or w.lemma.lower() not in block.verbs:
        return None
    after = sent.words[w.id:w.id + WINDOW]
    reflexive = next((x for x in after if x.text.lower() == "sich"), None)
    adjective = next((x for x in after if x.text.lower() in block.adjectives
                      or x.text.lower() in block.readiness), None)
    if reflexive is None or adjective is None or reflexive.id > adjective.id:
        return None
    content = clause_before(ctx, sent, w) or clause_after(ctx, sent, adjective, block) \
        or infinitive_after(ctx, sent, adjective)
    if content is None:
        return None
    cue_end = reflexive.end if reflexive.id == w.id + 1 else w.end
    return Cue(si, w.start, cue_end, ctx.text[w.start:cue_end], "say",
               reference(speaker_of(ctx, sent, w, content)), content, "attitude", w)


def clause_before(ctx: Context, sent: Sentence, v: Word) -> tuple[int, int] | None:
    """"Israel könne zustimmen, zeigte sich X optimistisch": the clause before the comma; a
    clause, with a finite verb ("X, als die neue Landrätin, zeigte sich erfreut": the subject)."""
    if v.id < 4 or sent.word(v.id - 1).text != ",":
        return None
    if not any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") != "Inf" and w.feat("VerbForm") != "Part"
               or is_subjunctive(w, ctx.lex) for w in sent.words[:v.id - 2]):
        return None
    return clean_span(ctx.text, sent.start, sent.word(v.id - 1).start)


def clause_after(ctx: Context, sent: Sentence, adjective: Word, block: Block) -> tuple[int, int] | None:
    """"…, dass …" after the adjective, up to the end of the sentence."""
    rest = sent.words[adjective.id:]
    opener = next((i for i, x in enumerate(rest[:-1]) if x.text == ","
                   and rest[i + 1].text.lower() in block.complementizers), None)
    if opener is None or opener + 2 >= len(rest) or any(x.text in ".;:" for x in rest[:opener]):
        return None
    return ctx.cut_tail(rest[opener + 2].start, sent.end)


VAGUE = {"es", "das", "dies", "man"}


def copula_cue(ctx: Context, si: int, sent: Sentence, cop: Word, block: Block) -> Cue | None:
    """"Der Trainer ist zuversichtlich, das Spiel zu gewinnen", "Die Ermittler sind überzeugt,
    dass …": the adjective with "sein" and a named subject ("Es ist sicher, dass …" names no one)."""
    adjective = sent.word(cop.head) if cop.head else None
    if adjective is None or adjective.text.lower() not in block.adjectives or adjective.id < cop.id:
        return None
    subjects = [k for k in sent.kids(adjective.id) if k.deprel in ("nsubj", "nsubj:pass")]
    if len(subjects) != 1 or subjects[0].text.lower() in VAGUE:
        return None
    start = cop.start
    content = clause_after(ctx, sent, adjective, block) or infinitive_after(ctx, sent, adjective)
    if content is None:
        content = postposed_frame(ctx, sent, cop, adjective)
        start = adjective.start if adjective.id > cop.id + 1 else cop.start  # D28: split cue
    if content is None:
        return None
    speaker = reference(mention(ctx, sent, subjects[0]))
    return Cue(si, start, adjective.end, ctx.text[start:adjective.end], "say", speaker,
               content, "attitude", cop)


def postposed_frame(ctx: Context, sent: Sentence, cop: Word, adjective: Word) -> tuple[int, int] | None:
    """"Die Stadt braucht die Brücke, weshalb der Bund sie bezahlen solle, ist die
    Bürgermeisterin überzeugt.": "sein" right after the comma and the adjective closing the sentence frame the
    clause before the comma."""
    rest = [w for w in sent.words[adjective.id:] if w.upos != "PUNCT"]
    return None if rest else clause_before(ctx, sent, cop)


def infinitive_after(ctx: Context, sent: Sentence, adjective: Word) -> tuple[int, int] | None:
    """", das Spiel zu gewinnen" right after the adjective: an infinitive with "zu", no finite verb."""
    rest = sent.words[adjective.id:]
    if not rest or rest[0].text != ",":
        return None
    clause = []
    for x in rest[1:]:
        if x.text in (",", ".", ";", ":") and clause:
            break
        clause.append(x)
    has_zu = any(x.text.lower() == "zu" and x.upos == "PART" for x in clause) or any(
        x.feat("VerbForm") == "Inf" and x.text.lower() != x.lemma.lower()
        and x.text.lower().replace("zu", "", 1) == x.lemma.lower() for x in clause)
    finite = any(x.upos in ("VERB", "AUX") and x.feat("VerbForm") == "Fin" for x in clause)
    if len(clause) < 2 or not has_zu or finite:
        return None
    return clean_span(ctx.text, clause[0].start, clause[-1].end)
