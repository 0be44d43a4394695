"""A speech noun with a content clause (GUIDELINES Q1: the content clause of a speech act, here
carried by a noun): "vertrat die Auffassung, das Gesetz sei …", "reagierte mit dem Vorwurf, die
Stadt habe …", "ist der Meinung, dass …", "zog das Angebot mit der Begründung zurück, …",
"Das Eingeständnis der Ministerin, ihre Entscheidung sei falsch gewesen, …"; a directive noun
also takes an infinitive ("erteilte der Polizei den Befehl, die Straße zu räumen"). Rule
`indirect.speech_noun`.

The content clause follows the noun after a comma (or a colon) and is a dass/ob clause, a clause in the
Konjunktiv or (directive nouns) an infinitive with "zu"; it ends where the sentence's main clause
goes on. The speaker is the noun's owner ("der Ministerin", "von Politikern der SPD"), else the
subject of the clause the noun sits in. Lexicon block `constructions.speech_nouns`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import (
    SUBJECTS,
    Context,
    Cue,
    clean_span,
    is_subjunctive,
    lexicon_block,
    reference,
    subtree,
    word_cue,
)
from quotes.constructions.mentions import clause_subject, mention, words_mention
from quotes.parse import Sentence, Word

OWNERS = ("nmod", "nmod:poss")
MAX_GAP = 8  # words between the noun and the comma (its owner, a particle: "mit der Begründung zurück")
SUBJECTS_TOO_VAGUE = {"es", "das", "dies", "man"}
PURPOSE_OPENERS = {"um", "ohne", "statt", "anstatt"}  # with "zu": an infinitive of purpose or manner


@lexicon_block("speech_nouns")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    say: list[str]  # Auffassung, Vorwurf, Begründung … : a dass/ob or Konjunktiv clause
    directive: list[str]  # Forderung, Befehl, Appell … : also an infinitive with "zu"
    complementizers: list[str]  # dass, ob
    comment_conclusion: str = ""
    conclusion: list[str] = []  # Schluss, Ergebnis … : only "kam zu dem Schluss, dass …"


@word_cue(50)
def cue_at(ctx: Context, si: int, sent: Sentence, noun: Word) -> Cue | None:
    block = ctx.lex.block("speech_nouns", Block)
    directive = noun.text in block.directive
    if noun.upos not in ("NOUN", "PROPN") or not (directive or noun.text in block.say
                                                   or concluded(sent, noun, block)):
        return None
    comma = opening_comma(sent, noun)
    if comma is None:
        return None
    clause = content_clause(sent, comma) or colon_continued(ctx, si, sent, comma)
    if not clause or not is_content(ctx, clause, directive, block) \
            or coordinated_with_verb(ctx, sent, noun, clause):
        return None
    if clause[0].text.lower() in block.complementizers:
        clause = clause[1:]
    if len(clause) < 2:
        return None
    content = ctx.cut_tail(*clean_span(ctx.text, clause[0].start, clause[-1].end))
    return Cue(si, noun.start, noun.end, noun.text, "directive" if directive else "say",
               reference(speaker_of_noun(ctx, sent, noun, comma)), content, "speech_noun", noun)


CONCLUDING_VERBS = {"kommen": ("zu", "zum", "zur"), "gelangen": ("zu", "zum", "zur"), "ziehen": ()}


def concluded(sent: Sentence, noun: Word, block: Block) -> bool:
    """"Die Kommission kam zu dem Schluss, dass …", "zog das Fazit, dass …": a conclusion noun
    as the goal of "kommen"/"gelangen" (with "zu") or the object of "ziehen" reports what the
    subject concluded."""
    if noun.text not in block.conclusion or not noun.head:
        return False
    verb = sent.word(noun.head)
    preps = CONCLUDING_VERBS.get(verb.lemma)
    if preps is None:
        return False
    cases = {k.text.lower() for k in sent.kids(noun.id) if k.deprel == "case"}
    return bool(cases & set(preps)) if preps else noun.deprel == "obj" and not cases


def opening_comma(sent: Sentence, noun: Word) -> Word | None:
    """The comma (or colon: "veröffentlichte eine knappe Stellungnahme: Israel werde …") after
    the noun, its owner and the verb's particle ("mit der Begründung zurück,"), or the verb
    itself at the end of its clause ("hatte die Auffassung vertreten, …")."""
    own = {w.id for w in subtree(sent, noun.id)} | verb_final_head(sent, noun)
    for w in sent.words[noun.id:noun.id + MAX_GAP + 1]:
        if w.text in (",", ":"):
            return w
        if w.id not in own and w.deprel != "compound:prt":
            return colon_after_subject(sent, noun)
    return None


def colon_after_subject(sent: Sentence, noun: Word) -> Word | None:
    """"Die Botschaft des Präsidenten war eindeutig: …": the noun as subject of a short clause
    that a colon closes (no comma, no other clause on the way)."""
    if noun.deprel not in SUBJECTS:
        return None
    for w in sent.words[noun.id:noun.id + MAX_GAP + 1]:
        if w.text == ":":
            return w
        if w.text == "," or w.upos in ("SCONJ", "CCONJ") or w.deprel in ("nsubj", "obj"):
            return None
    return None


def colon_continued(ctx: Context, si: int, sent: Sentence, mark: Word) -> list[Word]:
    """The next sentence, where the colon ends this one ("gab eine Erklärung ab:" | "Man sei
    bereit, …": the parse split at the colon)."""
    if mark.text != ":" or mark.id != len(sent.words) or si + 1 >= len(ctx.sentences):
        return []
    following = ctx.sentences[si + 1]
    if "\n" in ctx.text[sent.end:following.start]:
        return []
    words = list(following.words)
    while words and words[-1].upos == "PUNCT":
        words.pop()
    return words


def verb_final_head(sent: Sentence, noun: Word) -> set[int]:
    """The verb the noun is the object of, with its auxiliaries, where it follows the noun
    ("hat den Standpunkt vertreten", "den Vorschlag unterbreitet hatte")."""
    if noun.deprel not in ("obj", "obl") or noun.head <= noun.id:
        return set()
    verb = sent.word(noun.head)
    if verb.upos not in ("VERB", "AUX"):
        return set()
    return {verb.id} | {k.id for k in sent.kids(verb.id) if k.deprel in ("aux", "aux:pass")
                        and k.id > verb.id}


def coordinated_with_verb(ctx: Context, sent: Sentence, noun: Word, clause: list[Word]) -> bool:
    """"Man habe den Vorschlag der Vermittler angenommen, Israel dagegen habe ihn ausgehöhlt":
    after the verb that closes the noun's clause, a finite clause coordinated with that verb
    goes on with the sentence; it is no content of the noun (an infinitive still is). Only in a
    sentence that is itself reported: after the writer's indicative frame ("hatte den Standpunkt
    vertreten, das Gericht sei …") the parse's coordination is the noun's content clause."""
    verb = verb_final_head(sent, noun)
    ids = {w.id for w in clause}
    heads = [w for w in clause if w.head not in ids]
    if not verb or len(heads) != 1 or heads[0].deprel != "conj" or heads[0].head not in verb:
        return False
    if not any(is_subjunctive(x, ctx.lex) for v in verb for x in [sent.word(v), *(
            k for k in sent.kids(v) if k.deprel in ("aux", "aux:pass", "cop"))]):
        return False
    return not any(w.text.lower() == "zu" and w.upos == "PART" or infixed_zu(w)
                   for w in clause)  # "den Vorschlag unterbreitet, … abzuschaffen" is content


def content_clause(sent: Sentence, comma: Word) -> list[Word]:
    """The words after the comma, up to where the main clause goes on (", sorgte für …": the root
    after the clause) or the sentence ends."""
    root = next((w for w in sent.words if w.head == 0), None)
    words = []
    for w in sent.words[comma.id:]:
        if root is not None and root.id > comma.id and w.id >= root.id - 1 and (
                w.text == "," and root.id == w.id + 1 or w.id == root.id):
            break
        if root is not None and w.text == "," and w.id < len(sent.words) and resumes_main(
                sent, sent.word(w.id + 1), root):
            break  # "Die Behauptung, dass …, ist kaum überprüfbar": the copula of the main clause
        if w.text in (";", ":"):
            break
        words.append(w)
    while words and words[-1].upos == "PUNCT":
        words.pop()
    return words


def resumes_main(sent: Sentence, w: Word, root: Word) -> bool:
    """`w`, right after a comma, is the main clause's finite verb or copula going on after the
    clause ("…, ist kaum überprüfbar"): a finite verb or auxiliary hung on the root after it."""
    return w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" and w.head == root.id \
        and root.id > w.id and w.deprel in ("cop", "aux", "aux:pass")


def is_content(ctx: Context, clause: list[Word], directive: bool, block: Block) -> bool:
    """A dass/ob clause, a finite verb in the Konjunktiv, or (directive) an infinitive with zu."""
    first = clause[0].text.lower()
    if first in block.complementizers:
        return True
    if "Rel" in (clause[0].feat("PronType") or "") or relative_after_preposition(clause):
        return False  # "die Forderungen, die alle Versuche, … zu finden, blockiert haben"
    if first in PURPOSE_OPENERS and any((w.text.lower() == "zu" and w.upos == "PART")
                                        or infixed_zu(w) for w in clause):
        return False  # "sabotierte jeden Vorschlag, um an der Macht zu bleiben": a purpose
    if directive and any((w.text.lower() == "zu" and w.upos == "PART") or infixed_zu(w)
                         for w in clause):
        return True
    if first in ctx.lex.tail_markers or clause[0].upos in ("SCONJ", "CCONJ"):
        return False
    return any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") not in ("Inf", "Part")
               and is_subjunctive(w, ctx.lex) for w in clause)


def relative_after_preposition(clause: list[Word]) -> bool:
    """"eine Erklärung, in der sie sich entschuldigen sollte": a relative clause, no content."""
    return len(clause) > 1 and clause[0].upos == "ADP" and (
        "Rel" in (clause[1].feat("PronType") or "")
        or clause[1].text.lower() in ("der", "die", "dem", "den", "denen", "dessen", "deren"))


def infixed_zu(w: Word) -> bool:
    """"abzuschaffen": an infinitive with its "zu" between particle and verb."""
    text, lemma = w.text.lower(), w.lemma.lower()
    return w.feat("VerbForm") == "Inf" and text != lemma and text.replace("zu", "", 1) == lemma


def speaker_of_noun(ctx: Context, sent: Sentence, noun: Word, comma: Word):
    """The noun's owner ("Das Eingeständnis der Ministerin"), else the clause's subject."""
    owners = [k for k in sent.kids(noun.id) if k.deprel in OWNERS and noun.id < k.id < comma.id]
    if owners:
        return mention(ctx, sent, owners[0])
    own = [k for k in sent.kids(noun.id) if k.deprel in SUBJECTS]  # "X ist der Meinung"
    subject = mention(ctx, sent, own[0]) if own else clause_subject(ctx, sent, noun) \
        or opening_noun_phrase(ctx, sent, noun)
    if subject is not None and subject.start > comma.start:
        subject = subject_before(ctx, sent, comma)
    if subject is not None and subject.text.lower() in SUBJECTS_TOO_VAGUE:
        return None
    return subject


def subject_before(ctx: Context, sent: Sentence, comma: Word):
    """"zog X das Angebot mit der Begründung zurück, dieses habe …" with the noun hung on the
    reported clause's verb: that clause's subject is what was said, not who said it; the
    subject of a verb before the comma is the speaker."""
    subjects = [w for w in sent.words if w.deprel == "nsubj" and w.id < comma.id and w.head
                and sent.word(w.head).upos in ("VERB", "AUX") and sent.word(w.head).id < comma.id
                and not ctx.index.inside(w.start)]
    return mention(ctx, sent, subjects[0]) if subjects else None


def opening_noun_phrase(ctx: Context, sent: Sentence, noun: Word):
    """"Der Verband erhob den Vorwurf, …" with the verb misparsed: the noun phrase the sentence
    opens with, when a verb-like word follows it."""
    i = 1
    while i < noun.id and sent.word(i).upos in ("DET", "ADJ"):
        i += 1
    first = i
    while i < noun.id and sent.word(i).upos in ("NOUN", "PROPN"):
        i += 1
    if i == first or i >= noun.id:
        return None
    words = sent.words[:i - 1]
    return words_mention(ctx, words, words[0].start, words[-1].end, ("NOUN", "PROPN"))
