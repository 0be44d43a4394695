""""hieß es in einer Erklärung der Hamas", "hieß es aus Kreisen X", "…, hieß es": a statement.

The speaker is the statement's owner when the sentence names one, else a `StatementIssuer`
reference: whoever issued the statement (the resolver looks for the announcing organisation).
Lexicon block: `attribution.statement_nouns`.
"""

from __future__ import annotations

from quotes.constructions.core import Context, Cue, Mention, StatementIssuer, reference, word_cue
from quotes.constructions.mentions import (
    is_medium_noun,
    mention,
    source_after,
    statement_owner_of,
    words_mention,
)
from quotes.constructions.speech_verbs import cue_text, original_source, reported_content, speech_verb_lemma
from quotes.parse import Sentence, Word


@word_cue(20)
def cue_at(ctx: Context, si: int, sent: Sentence, w: Word) -> Cue | None:
    if speech_verb_lemma(ctx, sent, w) != "heißen":
        return None
    if not any(k.text.lower() == "es" for k in sent.kids(w.id)):
        return None
    content = reported_content(ctx, sent, w, "say")
    owner = original_source(ctx, sent, w, content) or statement_owner(ctx, sent) \
        or source_after(ctx, sent, w) or relative_source(ctx, sent, w) or one_word_side(ctx, sent)
    speaker = reference(owner) if owner is not None else StatementIssuer()
    return Cue(si, w.start, w.end, cue_text(sent, w, ctx.lex), "say", speaker, content, "hiess_es", w)


def statement_owner(ctx: Context, sent: Sentence) -> Mention | None:
    """"hieß es in einer Erklärung der Hamas" → der Hamas."""
    for w in sent.words:
        if w.text in ctx.lex.statement_nouns:
            owner = statement_owner_of(ctx, sent, w)
            if owner is not None:
                return owner
            author = participle_agent(ctx, sent, w) or relative_author(ctx, sent, w)
            if author is not None:
                return author
    return None


PUBLISHING_VERBS = {"verbreiten", "veröffentlichen", "herausgeben", "abgeben", "verabschieden",
                    "unterzeichnen", "vorlegen", "posten", "verschicken", "versenden", "publizieren"}


def relative_author(ctx: Context, sent: Sentence, noun: Word) -> Mention | None:
    """"in einer Erklärung, die die Hamas über Telegram verbreitete": the one who published the
    statement, named in a relative clause on it, is its author (GUIDELINES D14)."""
    for v in sent.kids(noun.id):
        if v.deprel != "acl:relcl" or v.lemma not in PUBLISHING_VERBS:
            continue
        author = next((k for k in sent.kids(v.id) if k.deprel in ("nsubj", "obj")
                       and k.upos in ("NOUN", "PROPN")), None)
        if author is not None:
            return mention(ctx, sent, author)
    return None


def participle_agent(ctx: Context, sent: Sentence, noun: Word) -> Mention | None:
    """"in einer von den Ministern verabschiedeten Erklärung": the agent of the participle
    before the statement noun is its author (GUIDELINES D14), however the parse hung it."""
    participle = sent.word(noun.id - 1) if noun.id > 1 else None
    if participle is None or participle.upos not in ("ADJ", "VERB") or participle.head != noun.id:
        return None
    von = next((x for x in reversed(sent.words[:participle.id - 1])
                if x.text.lower() in ("von", "vom") and x.upos == "ADP"), None)
    if von is None or participle.id - von.id < 2:
        return None
    words = [x for x in sent.words if von.id < x.id < participle.id]
    if any(x.upos in ("VERB", "AUX") or x.text in (",", ".") for x in words) or not any(
            x.upos in ("NOUN", "PROPN") for x in words):
        return None
    return words_mention(ctx, words, words[0].start, words[-1].end, ("NOUN", "PROPN"))


# the dative relative pronouns after "in" and the number and genders of the noun each stands for
RELATIVE_AGREEMENT = {"denen": ("Plur", None), "dem": ("Sing", ("Masc", "Neut")),
                      "der": ("Sing", ("Fem",))}


def relative_source(ctx: Context, sent: Sentence, v: Word) -> Mention | None:
    """"den Ton lokaler Zeitungen, in denen es heißt, …", "einen Bericht der Zeitung X, in dem
    es heißt, …": the noun the relative pronoun stands for holds the words, so the medium it
    names, or the owner in its genitive, is the speaker, not the subject of the clause above
    (a statement noun is `statement_owner`'s, or its issuer's: "eine Erklärung, in der es heißt")."""
    antecedent = relative_antecedent(sent, v)
    if antecedent is None or antecedent.text in ctx.lex.statement_nouns:
        return None
    owner = statement_owner_of(ctx, sent, antecedent)
    if owner is not None:
        return owner
    return mention(ctx, sent, antecedent) if is_medium_noun(ctx, antecedent) else None


def relative_antecedent(sent: Sentence, v: Word) -> Word | None:
    """The noun before ", in dem/der/denen" (a relative pronoun of `v`) that agrees with the
    pronoun, nearest first, past nouns of a prepositional phrase ("ein Brief an den Minister")."""
    pron = next((k for k in sent.kids(v.id) if k.deprel.startswith("obl") and k.upos == "PRON"
                 and k.text.lower() in RELATIVE_AGREEMENT and k.id > 2
                 and sent.word(k.id - 1).text.lower() == "in" and sent.word(k.id - 2).text == ","), None)
    if pron is None:
        return None
    number, genders = RELATIVE_AGREEMENT[pron.text.lower()]
    for w in reversed(sent.words[:pron.id - 3]):
        if w.text in (",", ";", ":") or w.upos in ("VERB", "AUX") and w.head == 0:
            return None
        if w.upos not in ("NOUN", "PROPN") or w.deprel == "nmod" and any(
                c.deprel == "case" for c in sent.kids(w.id)):
            continue
        if w.feat("Number") == number and (genders is None or w.feat("Gender") in genders):
            return w
    return None


def one_word_side(ctx: Context, sent: Sentence) -> Mention | None:
    """"Vonseiten der Hamas hieß es, …": the one-word "vonseiten", whatever the parse made of
    it, names the side whose owner in the genitive speaks."""
    side = next((w for w in sent.words if w.text.lower() == "vonseiten"), None)
    owner = next((k for k in sent.kids(side.id) if k.deprel == "nmod" and k.upos in ("NOUN", "PROPN")
                  and k.id > side.id), None) if side is not None else None
    return mention(ctx, sent, owner) if owner is not None else None
