"""Attribution phrases without a speech verb: "laut X …", "X zufolge …", "gemäß X …" and
"nach Angaben von X …" / "nach israelischen Angaben …".

The phrase's noun phrase is the speaker; the clause it sits in, without the phrase, is the content.
Lexicon block: `attribution.prepositions`, `attribution.source_nouns`, `attribution.report_nouns`
(only without a definite article: "nach der Untersuchung" is "after"), `attribution.compounding`
(also as the end of a compound: "nach Polizeiangaben", "nach Hamas-Angaben").
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import (
    NO_MARKS,
    QUOTE_MARKS,
    Context,
    Cue,
    Mention,
    PreviousSpeaker,
    char_span,
    is_relative,
    lexicon_block,
    reference,
    subtree,
    word_cue,
)
from quotes.constructions.mentions import (
    CLOSING_MARKS,
    clause_subject,
    following_genitive,
    genitive_owner,
    left_noun_phrase,
    mention,
    unclosed_mark,
    words_mention,
)
from quotes.constructions.speech_verbs import may_be_cue, speech_verb_lemma
from quotes.labels import adjective_stem
from quotes.parse import Sentence, Word
from quotes.text import fold


@lexicon_block("attribution")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    comment: str = ""
    bare_report_verbs: list[str]  # "beklagte demnach Verzögerungen": a bare speech report (D22)
    document_texts: list[str] = []  # "laut dem Abkommen": what a document says is no quote (D22)


RULE_NAMES = {"gemäß": "gemaess", "gemäss": "gemaess"}  # Swiss spelling: "gemäss"
POSTPOSITIONS_ONLY = {"zufolge"}


@word_cue(30)
def preposition_cue(ctx: Context, si: int, sent: Sentence, w: Word) -> Cue | None:
    """"laut X", "X zufolge": the NP is the speaker, the rest of the clause the content."""
    low = w.text.lower()
    if low not in ctx.lex.attribution_preps or may_be_cue(ctx, sent, w) and low not in ctx.lex.postpositions:
        return None  # "zufolge" is no verb, whatever the tagger says
    before = word_before(sent, w)
    after = sent.word(w.id + 1) if w.id < len(sent.words) else None
    if low not in ctx.lex.postpositions and (after is None or after.upos in ("VERB", "AUX") or (
            after.upos == "PUNCT" and after.text not in QUOTE_MARKS)):
        return None  # "das bereits laut geworden war": the adjective, no preposition before its NP
    if low not in ctx.lex.postpositions and after.upos in ("ADP", "CCONJ") and after.text not in QUOTE_MARKS:
        return None  # "dachte laut über X nach", "rief laut und deutlich": the adverb "aloud"
    if low in ctx.lex.postpositions and before is not None and is_relative(before) \
            and before.id > 2 and sent.word(before.id - 1).text == "," \
            and sent.word(before.id - 2).upos in ("NOUN", "PROPN"):
        return relative_postposition(ctx, si, sent, w, sent.word(before.id - 2))
    if w.deprel == "case" and low in ctx.lex.postpositions and w.head and w.head > w.id \
            and before is not None and before.upos in ("NOUN", "PROPN"):
        return misattached_postposition(ctx, si, sent, w, before)
    if low in ctx.lex.postpositions and before is not None and personal_pronoun(before):
        np = before  # "Ihnen zufolge stoppte X …": the pronoun, however the parse hung "zufolge"
    elif w.deprel == "case":
        np = coordination_top(sent, sent.word(w.head)) if w.head else w
    elif low in ctx.lex.postpositions and before is not None and w.head and w.head < w.id \
            and before.deprel == "conj" and before.head == w.head:
        np = sent.word(w.head)  # "Katar und Ägypten zufolge": hung on the first conjunct
    elif low in ctx.lex.postpositions and (np := postposition_host(sent, w, before)) is not None:
        pass  # "Einem Bericht der „Zeitung“ zufolge, die …": hung on the noun it follows
    elif (np := surface_np_after(sent, w)) is not None:
        pass  # "Laut der Zeitung X hat …" with "Laut" parsed as a conjunction of the verb
    elif low in ctx.lex.postpositions and w.id > 1 and (
            sent.word(w.id - 1).upos in ("NOUN", "PROPN") or personal_pronoun(sent.word(w.id - 1))) \
            and w.head and (sent.word(w.head).head == 0 or w.head == w.id - 1):
        np = sent.word(w.id - 1)  # "X strebt einem Bericht zufolge …", "Ihm zufolge hängt …":
        # parsed as the main verb's particle or adverb
    else:
        return None
    if names_document_text(ctx, np):
        return None  # "gemäß den Bedingungen", "laut einem Abkommen zwischen X und Y" (D22)
    if relays_speech_verb(ctx, sent, w, np):
        return None  # "sagte er laut der Agentur NNA: …": the verb's cue, the medium relays it
    if w.deprel == "case" and heads_clause(sent, np):
        np_words = phrase_of_clause_head(sent, np, w)  # the parse made the source the root
    else:
        np_words = [x for x in subtree(sent, np.id, {"acl:relcl"}) if x.id <= max(np.id, w.id)
                    or w.deprel == "case"]
    speaker = mention(ctx, sent, np, NO_MARKS)
    if w.deprel == "case" and heads_clause(sent, np) and np_words[1:]:
        kept = [x for x in np_words if x.id > w.id]
        speaker = words_mention(ctx, kept, kept[0].start, kept[-1].end, ("NOUN", "PROPN"))
    if len(speaker.words) > 1 and speaker.words[-1].id == w.id:  # "Den Angaben zufolge" as one phrase
        kept = speaker.words[:-1]
        speaker = words_mention(ctx, kept, kept[0].start, kept[-1].end, ("NOUN", "PROPN"))
    phrase = char_span(np_words + [w]) or (w.start, w.end)
    content = attribution_content(ctx, sent, np, phrase)
    if own_statement(sent, np):  # "Die Hamas hatte laut eigenen Angaben …": the clause's subject
        speaker = clause_subject(ctx, sent, np) or speaker
    ref = PreviousSpeaker(written=speaker) if refers_back(ctx, sent, np) else reference(speaker)
    return Cue(si, w.start, w.end, w.text, "attribution", ref, content, RULE_NAMES.get(low, low), w)


def relays_speech_verb(ctx: Context, sent: Sentence, prep: Word, np: Word) -> bool:
    """"Bei einem Besuch sagte er laut der Agentur NNA: „…“": a "laut" phrase right after a
    speech verb and its subject, in its clause, names the relay of that verb's report (Q7), no
    report of its own."""
    if prep.text.lower() != "laut" or prep.id < 3:
        return False
    before = [x for x in sent.words[:prep.id - 1] if x.upos != "PUNCT"][-2:]
    if len(before) != 2 or before[1].deprel not in ("nsubj", "nsubj:pass") or before[1].head != before[0].id:
        return False
    return speech_verb_lemma(ctx, sent, before[0]) is not None and np.head == before[0].id


def names_document_text(ctx: Context, np: Word) -> bool:
    """An agreement, plan or proposal ("dem Vorschlag in Trumps Plan", "Waffenstillstandsabkommen"):
    its text, not anyone's speech."""
    endings = tuple(fold(n) for n in ctx.lex.block("attribution", Block).document_texts)
    return np.upos == "NOUN" and any(fold(f).endswith(endings) for f in (np.text, np.lemma or np.text))


CLAUSE_KIDS = {"cop", "nsubj", "nsubj:pass", "aux", "aux:pass", "csubj"}
NP_AFTER_HEAD = {"flat", "flat:name", "nmod", "appos"}


def heads_clause(sent: Sentence, np: Word) -> bool:
    """"Der Vorschlag ist laut einem Delegations-Mitglied eine „…“": the parse made the source noun the head
    of the whole clause (the root, with the copula and the subject hung on it), so its subtree
    is the sentence, not the phrase."""
    return np.head == 0 or any(k.deprel in CLAUSE_KIDS for k in sent.kids(np.id))


def phrase_of_clause_head(sent: Sentence, np: Word, prep: Word) -> list[Word]:
    """The noun phrase of a source noun that heads the clause: the words from the preposition to
    the noun, and the genitives, names and appositions that follow it directly ("laut einem
    Sprecher der Armee")."""
    words = [x for x in sent.words if prep.id <= x.id <= np.id]
    end = np.id
    for k in sorted(sent.kids(np.id), key=lambda x: x.id):
        if k.id <= np.id or k.deprel not in NP_AFTER_HEAD:
            continue
        sub = subtree(sent, k.id, {"acl:relcl", "acl", "conj", "parataxis", "ccomp"})
        if sub[0].id != end + 1 or any(x.upos in ("VERB", "AUX") for x in sub):
            break
        words += sub
        end = sub[-1].id
    return words


def own_statement(sent: Sentence, noun: Word, owners: list[Word] = ()) -> bool:
    """"eigenen Angaben", "eigener Darstellung": the source is whoever the clause is about,
    unless a definite owner follows ("nach eigenen Angaben der Armee": the army's)."""
    definite_owner = any(d.deprel == "det" and d.text.lower() in ("der", "des")
                         for o in owners for d in sent.kids(o.id))
    return not definite_owner and any(k.deprel == "amod" and k.lemma.lower() == "eigen"
                                      for k in sent.kids(noun.id))


def coordination_top(sent: Sentence, np: Word) -> Word:
    """"Den Vermittlern Katar und Ägypten zufolge" with "zufolge" on the last conjunct: the
    first conjunct, and the plural noun right before it that the list is apposed to."""
    if np.deprel != "conj":
        return np
    while np.deprel == "conj" and np.head and np.head < np.id:
        np = sent.word(np.head)
    noun = sent.word(np.head) if np.head else None
    if noun is not None and np.deprel in ("nmod", "appos", "flat") and noun.id == np.id - 1 \
            and noun.upos == "NOUN" and noun.feat("Number") == "Plur":
        return noun
    return np


def word_before(sent: Sentence, w: Word) -> Word | None:
    """The word before `w`, past the closing mark of a quoted name ("der „Zeitung“ zufolge")."""
    i = w.id - 1
    while i > 1 and sent.word(i).text in CLOSING_MARKS and unclosed_mark(
            "".join(x.text for x in sent.words[:i - 1])):
        i -= 1
    return sent.word(i) if i >= 1 else None


def postposition_host(sent: Sentence, w: Word, before: Word | None) -> Word | None:
    """The noun a postposition hangs on when the word before it lies in that noun's phrase
    ("Einem Bericht der Zeitung zufolge": "zufolge" on "Bericht"; "Dem Sender Kan zufolge":
    the name "Kan" apposed to "Sender")."""
    apposed = before is not None and before.text == "," and before.id > 1  # "Dem Anführer, X, zufolge"
    if apposed:
        before = sent.word(before.id - 1)
    if before is None or before.upos not in ("NOUN", "PROPN"):
        return None
    if w.head and w.head < w.id and sent.word(w.head).upos in ("NOUN", "PROPN") \
            and before.id in {x.id for x in subtree(sent, w.head)}:
        host = sent.word(w.head)
        while host.deprel in ("nmod", "appos", "flat") and host.head and host.head < host.id \
                and sent.word(host.head).upos in ("NOUN", "PROPN"):
            host = sent.word(host.head)  # "Dem Ministerium in Gaza zufolge" hung on "Gaza"
        return host
    top = before
    while top.deprel in (("appos", "flat", "flat:name", "nmod") if apposed else ("appos", "flat",
                         "flat:name")) and top.head and top.head < top.id \
            and sent.word(top.head).upos in ("NOUN", "PROPN"):
        top = sent.word(top.head)  # "Dem Sender Kan zufolge": the name apposed to "Sender"
    return top if top is not before else None


def personal_pronoun(w: Word) -> bool:
    """"Ihm", "ihr", "ihnen": a personal pronoun, whose antecedent the resolver finds."""
    return w.upos == "PRON" and "Prs" in (w.feat("PronType") or "") and w.feat("Reflex") != "Yes"


def surface_np_after(sent: Sentence, w: Word) -> Word | None:
    """The head of the noun phrase right after a preposition the parse did not attach to it:
    articles and adjectives, then a run of nouns and names; the run's word whose head lies
    outside it."""
    if w.upos != "ADP" or w.id >= len(sent.words) or w.text.lower() in POSTPOSITIONS_ONLY:
        return None
    i = w.id + 1
    while i <= len(sent.words) and sent.word(i).upos in ("DET", "ADJ", "NUM"):
        i += 1
    run = []
    while i <= len(sent.words) and sent.word(i).upos in ("NOUN", "PROPN"):
        run.append(sent.word(i))
        i += 1
    ids = {x.id for x in run}
    heads = [x for x in run if x.head not in ids]
    return heads[0] if len(heads) == 1 else (run[-1] if run else None)


def source_noun(ctx: Context, sent: Sentence, noun: Word) -> bool:
    """A noun of the lexicon ("Angaben"), a compound ending in one ("Polizeiangaben",
    "Hamas-Angaben"), or a report noun ("Bericht", "Studie") that is not "after" something:
    with an indefinite article, an adjective or no article ("nach einem Bericht", "nach ersten
    Untersuchungen"; not "nach der Untersuchung")."""
    if noun.upos not in ("NOUN", "PROPN"):
        return False
    lex = ctx.lex
    head = noun.text if noun.text in lex.source_nouns | lex.report_nouns else \
        compound_head(noun.text, lex.compounding)
    if head is None:
        return False
    if head in lex.source_nouns:
        return True
    return not any(k.deprel == "det" and k.feat("Definite") == "Def" for k in sent.kids(noun.id))


def compound_head(word: str, nouns: frozenset[str]) -> str | None:
    """The noun of `nouns` that `word` ends with as a compound ("Polizeiangaben" → Angaben)."""
    for n in nouns:
        tail = word[-len(n):]
        if len(word) > len(n) + 2 and tail.lower() == n.lower() and (
                word[-len(n) - 1] == "-" or tail[0].islower()):
            return n
    return None


def misattached_postposition(ctx: Context, si: int, sent: Sentence, w: Word, noun: Word) -> Cue:
    """"Medienberichten zufolge große Bedenken": the parse hung "zufolge" on what follows; the
    noun phrase is the one right before it (the noun and its own article and adjectives)."""
    speaker = left_noun_phrase(ctx, sent, noun)
    content = attribution_content(ctx, sent, noun, (speaker.start, w.end))
    ref = PreviousSpeaker(written=speaker) if refers_back(ctx, sent, noun) else reference(speaker)
    return Cue(si, w.start, w.end, w.text, "attribution", ref, content,
               RULE_NAMES.get(w.text.lower(), w.text.lower()), w)


def relative_postposition(ctx: Context, si: int, sent: Sentence, w: Word, noun: Word) -> Cue:
    """"zitierten Beamte, denen zufolge ein Plan … sei": the relative pronoun stands for the noun
    before the comma (the speaker); the rest of the relative clause is the content."""
    speaker = left_noun_phrase(ctx, sent, noun)
    content = ctx.cut_tail(w.end, sent.end)
    return Cue(si, w.start, w.end, w.text, "attribution", reference(speaker), content,
               RULE_NAMES.get(w.text.lower(), w.text.lower()), w)


def refers_back(ctx: Context, sent: Sentence, noun: Word) -> bool:
    """"Den Angaben zufolge": "Angaben" with a definite article and no owner are those of the
    source just quoted (GUIDELINES D11)."""
    kids = sent.kids(noun.id)
    return noun.text in ctx.lex.source_nouns and any(
        k.deprel == "det" and k.feat("Definite") == "Def" for k in kids) and not any(
        k.deprel in ("nmod", "nmod:poss", "det:poss") for k in kids)


@word_cue(40)
def source_noun_cue(ctx: Context, si: int, sent: Sentence, noun: Word) -> Cue | None:
    """"nach Angaben von X" / "nach Ansicht der UN" / "nach israelischen Angaben"."""
    if may_be_cue(ctx, sent, noun) or (noun.text.lower() in ctx.lex.attribution_preps
                                 and noun.deprel == "case"):
        return None
    if not source_noun(ctx, sent, noun):
        return None
    surface = None
    if not any(k.text.lower() in ctx.lex.source_preps for k in sent.kids(noun.id)):
        surface = surface_source_preposition(ctx, sent, noun)
        if surface is None:
            return owner_as_head_cue(ctx, si, sent, noun)
    text = ctx.text
    owners = [k for k in sent.kids(noun.id) if (k.deprel in ("nmod", "nmod:poss") or genitive_name(
        sent, noun, k))  # "nach Angaben Abu Obeidas": the name parsed as an apposition
              and not (any(c.upos == "NUM" for c in sent.kids(k.id))  # "… ungefähr 120 Meilen"
                       and not by_von(sent, k))]  # "nach Angaben von drei Diplomaten" names them
    if surface is not None and surface.id < noun.id - 1:  # "nach Kortes Angaben"
        owners = [sent.word(noun.id - 1), *owners]
    owners = [o for o in owners if not any(  # "der in Kairo weilenden Unterhändler": "Kairo"
        k is not o and subtree(sent, k.id)[0].id < o.id < k.id for k in owners)]  # lies inside
    counted = counted_owner(ctx, sent, owners)
    adjectives = [k for k in sent.kids(noun.id) if k.deprel == "amod"]
    fused = [k for k in sent.kids(noun.id) if k.deprel == "compound" and k.id < noun.id
             and text[k.end:noun.start].strip() in ("-", "")]  # "Hamas-Angaben" tokenized apart
    possessive = [k for k in sent.kids(noun.id) if k.deprel == "det:poss" or k.deprel == "det"
                  and k.id < noun.id and k.text.lower() in ("dessen", "deren")]  # "nach dessen Angaben"
    own = own_statement(sent, noun, owners)
    if not (owners or possessive or fused or own) and adjectives and noun.text in ctx.lex.unowned_nouns \
            and all(unowned(ctx, a) for a in adjectives):  # "Nach ersten Angaben": the source
        content = attribution_content(ctx, sent, noun, char_span(subtree(sent, noun.id)) or (
            noun.start, noun.end))  # just quoted goes on (GUIDELINES D11)
        words = sorted([*adjectives, noun], key=lambda x: x.id)
        written = Mention(ctx.text[words[0].start:noun.end], words[0].start, noun.end, noun,
                          [(noun.start, noun.end)], words)
        return Cue(si, noun.start, noun.end, f"nach {noun.text}", "attribution",
                   PreviousSpeaker(written=written), content, "nach_angaben", noun)
    if own:
        speaker = clause_subject(ctx, sent, noun)  # "hat Israel nach eigenen Angaben"
    elif counted is not None:
        speaker = counted
    elif owners:
        participle = participle_owner(sent, owners)
        speaker = mention(ctx, sent, participle) if participle else genitive_owner(ctx, sent, owners)
    elif possessive:  # "Nach seinen Worten": the owner is the pronoun's antecedent
        p = possessive[0]
        speaker = Mention(p.text, p.start, p.end, p, [(p.start, p.end)], [p])
    elif adjectives or fused or noun.text not in ctx.lex.source_nouns | ctx.lex.report_nouns:
        words = sorted([*adjectives, *fused, noun], key=lambda w: w.id)  # "nach israelischen
        # Angaben", or a compound that names its source: "nach Hamas-Angaben", "Polizeiangaben"
        speaker = Mention(text[words[0].start:noun.end], words[0].start, noun.end, noun,
                          [(w.start, w.end) for w in [*fused, noun]], words)
    else:
        speaker = following_genitive(ctx, sent, noun) or source_pp_after(ctx, sent, noun)
    phrase = char_span(subtree(sent, noun.id)) or (noun.start, noun.end)
    if speaker is not None and speaker.start > noun.start and not own:  # its own subject is
        phrase = (min(phrase[0], speaker.start), max(phrase[1], speaker.end))  # part of the clause
    if surface is not None:
        phrase = (min(phrase[0], surface.start, *(o.start for o in owners[:1])),
                  max(phrase[1], surface.end))
    content = attribution_content(ctx, sent, noun, phrase)
    prep = surface.text.lower() if surface is not None else next(
        k.text.lower() for k in sent.kids(noun.id) if k.text.lower() in ctx.lex.source_preps)
    written = f"{noun.text} {prep}" if surface is not None and surface.id > noun.id else f"{prep} {noun.text}"
    return Cue(si, noun.start, noun.end, written, "attribution", reference(speaker),
               content, "nach_angaben", noun)


def surface_source_preposition(ctx: Context, sent: Sentence, noun: Word) -> Word | None:
    """The preposition of a source noun that the parse hung elsewhere: "nach Kortes Angaben"
    ("nach" on the genitive name before the noun) and the postposed "seiner Meinung nach",
    "ihrer Ansicht nach" ("nach" right after a noun with a possessive, hung on what follows)."""
    before = sent.word(noun.id - 2) if noun.id > 2 else None
    owner = sent.word(noun.id - 1) if noun.id > 1 else None
    if before is not None and owner is not None and before.text.lower() in ctx.lex.source_preps \
            and before.upos == "ADP" and before.head == owner.id and owner.upos in ("PROPN", "NOUN") \
            and owner.text.endswith("s") and owner.text[:1].isupper() \
            and not inside_noun_phrase(sent, before.id, noun.id):
        return before
    after = sent.word(noun.id + 1) if noun.id < len(sent.words) else None
    possessive = next((k for k in sent.kids(noun.id) if k.id < noun.id and (  # "eigener Aussage nach"
        k.deprel == "det:poss" or k.deprel == "amod" and k.lemma.lower() == "eigen")), None)
    if after is not None and after.text.lower() == "nach" and after.upos == "ADP" \
            and possessive is not None and not inside_noun_phrase(sent, possessive.id, after.id):
        return after
    return None


def inside_noun_phrase(sent: Sentence, first: int, last: int) -> bool:
    """"auf die seiner Meinung nach wachsenden Gefahren": an article before the phrase and an
    adjective or number after it: the phrase modifies a noun (D23), it attributes no clause."""
    before = sent.word(first - 1) if first > 1 else None
    after = sent.word(last + 1) if last < len(sent.words) else None
    return before is not None and after is not None and before.upos == "DET" \
        and after.upos in ("ADJ", "NUM")


def source_pp_after(ctx: Context, sent: Sentence, noun: Word) -> Mention | None:
    """"nach Angaben aus ihrem Umfeld" with "aus ihrem Umfeld" hung on the verb: a phrase with
    "aus" or "von" right after the source noun names the source all the same."""
    if noun.id >= len(sent.words) or fold(sent.word(noun.id + 1).text) not in ("aus", "von", "vom"):
        return None
    prep = sent.word(noun.id + 1)
    owner = sent.word(prep.head) if prep.head else None
    if owner is None or owner.upos not in ("NOUN", "PROPN") or owner.id <= prep.id or owner.id > prep.id + 4:
        return None
    return mention(ctx, sent, owner)


def unowned(ctx: Context, adjective: Word) -> bool:
    """An adjective that names no source, only when or how sure ("ersten", "bisherigen",
    "offiziellen"): lexicon `attribution.unowned_adjectives`, compared by its folded stem."""
    return adjective_stem(adjective.text) in ctx.lex.unowned_adjectives


def genitive_name(sent: Sentence, noun: Word, k: Word) -> bool:
    """A name right after the source noun that the parse apposed to it ("Angaben Abu Obeidas"):
    the owner in the genitive."""
    return k.deprel == "appos" and k.upos == "PROPN" and k.id == noun.id + 1


def by_von(sent: Sentence, k: Word) -> bool:
    return any(c.deprel == "case" and c.text.lower() in ("von", "vom") for c in sent.kids(k.id))


def counted_owner(ctx: Context, sent: Sentence, owners: list[Word]) -> Mention | None:
    """"nach Angaben von zwei mit den Gesprächen vertrauten Personen": the parse made the number
    the owner and hung the rest beside it; the owner runs from the number to the noun that ends
    the phrase (the last owner before anything else)."""
    if not owners or owners[0].upos != "NUM" or not by_von(sent, owners[0]):
        return None
    run = [owners[0]]
    for o in owners[1:]:
        gap = [w for w in sent.words if run[-1].id < w.id < o.id]
        if any(w.text in (",", ";", ":") or w.upos in ("VERB", "AUX") for w in gap):
            break
        run.append(o)
    if len(run) < 2 or run[-1].upos not in ("NOUN", "PROPN"):
        return None
    first, last = run[0], subtree(sent, run[-1].id)[-1]
    words = [w for w in sent.words if first.id <= w.id <= last.id]
    return Mention(ctx.text[first.start:last.end], first.start, last.end, run[-1],
                   [(run[-1].start, run[-1].end)], words)


def owner_as_head_cue(ctx: Context, si: int, sent: Sentence, noun: Word) -> Cue | None:
    """"Nach Darstellung israelischer Medien will …" parsed with the owner as the phrase's head
    and the source noun as its compound: the preposition before the noun still opens the phrase,
    and the head with its adjectives is the source."""
    if noun.deprel != "compound" or noun.head <= noun.id or noun.id < 2 \
            or sent.word(noun.id - 1).text.lower() not in ctx.lex.source_preps:
        return None
    owner = sent.word(noun.head)
    if owner.upos not in ("NOUN", "PROPN") or owner.head == 0:
        return None
    words = [w for w in sent.words if noun.id < w.id <= owner.id]
    speaker = words_mention(ctx, words, words[0].start, owner.end, ("NOUN", "PROPN"))
    prep = sent.word(noun.id - 1)
    content = attribution_content(ctx, sent, noun, (prep.start, owner.end))
    return Cue(si, noun.start, noun.end, f"{prep.text.lower()} {noun.text}", "attribution",
               reference(speaker), content, "nach_angaben", noun)


def participle_owner(sent: Sentence, owners: list[Word]) -> Word | None:
    """"nach Darstellung des von der Hamas kontrollierten Ministeriums": the agent phrase of a
    participle was parsed as the first owner; the noun the participle modifies owns the report."""
    first = owners[0]
    words = subtree(sent, first.id)
    case = next((c for c in sent.kids(first.id) if c.deprel == "case"), None)
    if case is None:
        return None
    # the article of the owner stands before "von": in the agent's subtree or just before it
    article = words[0] if words[0].id < case.id else (
        sent.word(words[0].id - 1) if words[0].id > 1 else None)
    after = words[-1].id + 1  # the participle: "kontrollierten", "beauftragten"
    if article is None or article.upos != "DET" or after > len(sent.words) \
            or sent.word(after).upos != "ADJ":
        return None
    return next((k for k in owners[1:] if k.id == sent.word(after).head), None)


@word_cue(45)
def anaphoric_cue(ctx: Context, si: int, sent: Sentence, w: Word) -> Cue | None:
    """"Die Lage ist demnach ernst": the source named just before goes on (rule indirect.demnach)."""
    if w.text.lower() not in ctx.lex.anaphoric_adverbs or w.upos not in ("ADV", "PRON", "ADP") and not (
            w.upos == "PROPN" and w.id == 1):  # "Demnach hat …" opening the sentence, read as a name
        return None
    content = attribution_content(ctx, sent, w, (w.start, w.end))
    return Cue(si, w.start, w.end, w.text, "attribution", PreviousSpeaker(), content,
               w.text.lower(), w)


def attribution_content(ctx: Context, sent: Sentence, anchor: Word,
                        phrase: tuple[int, int]) -> tuple[int, int] | None:
    """The clause the attribution phrase sits in, without the phrase: the whole sentence, or
    just the conjunct ("Sie nahmen Geiseln und töteten nach israelischen Angaben 1.200 Menschen");
    None where the clause's subject tells of its own bare speech report ("hatte laut eigenen
    Angaben die Resolution begrüßt", `bare_speech_report`; where the source is another, real
    annotators still take "X zufolge verlangt Y einen Zeitplan" as a quote)."""
    span = attribution_clause(ctx, sent, anchor, phrase)
    if only_a_frame(ctx, sent, span) or own_statement(sent, anchor) and bare_speech_report(ctx, sent, span):
        return None
    return span


def only_a_frame(ctx: Context, sent: Sentence, span: tuple[int, int]) -> bool:
    """"Laut seinem Büro sagte er: „…“": what is left of the clause is a speech verb and its
    subject, the frame of the quotation that follows; the quotation is the quote (Q7)."""
    words = [w for w in sent.words if span[0] <= w.start < span[1] and w.upos != "PUNCT"]
    verbs = [w for w in words if w.upos in ("VERB", "AUX")]
    return len(words) <= 4 and len(verbs) == 1 and speech_verb_lemma(ctx, sent, verbs[0]) is not None and all(
        w is verbs[0] or w.deprel in ("nsubj", "advmod", "compound:prt", "det") for w in words)


def bare_speech_report(ctx: Context, sent: Sentence, span: tuple[int, int]) -> bool:
    """"hatte laut eigenen Angaben die Resolution begrüßt": the clause is one speech act told
    by its noun-phrase object, no content clause and no quoted words, so it reports no content
    (GUIDELINES D22, Q4)."""
    if ctx.index.within(span[0] - 1, span[1] + 1):
        return False  # "fordert laut X eine „sofortige Waffenruhe“": a verbatim fragment (mixed)
    words = [w for w in sent.words if span[0] <= w.start < span[1]]
    ids = {w.id for w in words}
    heads = [w for w in words if w.head not in ids and w.upos != "PUNCT"]
    if len(heads) != 1 or heads[0].upos not in ("VERB", "AUX"):
        return False
    verb = heads[0]
    kids = sent.kids(verb.id)
    particle = "".join(k.text.lower() for k in kids if k.deprel == "compound:prt")
    lemma = particle + (verb.lemma or verb.text).lower()
    if lemma not in ctx.lex.block("attribution", Block).bare_report_verbs:
        return False
    clausal = any(k.deprel in ("ccomp", "xcomp", "parataxis", "csubj", "advcl", "conj") for k in kids)
    return not clausal and any(k.deprel == "obj" and k.upos in ("NOUN", "PROPN", "PRON") for k in kids)


def attribution_clause(ctx: Context, sent: Sentence, anchor: Word,
                       phrase: tuple[int, int]) -> tuple[int, int]:
    """The clause of `attribution_content`, bare reports included."""
    verb = sent.word(anchor.head) if anchor.head else anchor
    region = None
    if verb.deprel == "conj" and verb.upos in ("VERB", "AUX") \
            and not semicolon_before(ctx, sent, verb):
        words = subtree(sent, verb.id, {"conj"})
        words = [w for w in words if not (w.deprel == "cc" and w.head == verb.id)]
        region = char_span(words)
    elif verb.head and verb.upos in ("VERB", "AUX") and (
            opens_relative_clause(sent, verb) or adverbial_clause(sent, verb)):
        region = char_span(subtree(sent, verb.id))  # "…, die nach X die Lage verbessert" (D23),
        # "…, da der Vermieter nach X die Heizung abschalten wolle"
    return sentence_minus(ctx, sent, phrase, semicolon_part(ctx, region or (sent.start, sent.end),
                                                            phrase))


ADVERBIAL_SUBORDINATORS = {"da", "weil", "obwohl", "obgleich", "nachdem", "bevor", "während",
                           "zumal", "sodass", "damit"}


def adverbial_clause(sent: Sentence, verb: Word) -> bool:
    """The verb's clause is an adverbial clause after a comma ("…, da …", "…, weil …"): the
    attribution phrase in it attributes that clause, not the main clause (D23)."""
    marks = [k for k in sent.kids(verb.id)
             if k.deprel == "mark" and k.text.lower() in ADVERBIAL_SUBORDINATORS]
    return bool(marks) and marks[0].id > 1 and sent.word(marks[0].id - 1).text == ","


def semicolon_before(ctx: Context, sent: Sentence, verb: Word) -> bool:
    """A semicolon stands between the conjunct and the clause it is hung on ("A sei so; nach X
    stecke B dahinter"): the semicolon ends the entry (D27), so the part after it is the
    clause, whatever the parse hung on the verb as further conjuncts (its object, its
    particle: the parse of such run-on clauses is poor, and the conjunct alone can be one word)."""
    head = sent.word(verb.head)
    lo, hi = sorted((head.end, verb.start))
    return any(ctx.text[i] == ";" and not ctx.index.inside(i) for i in range(lo, hi))


def opens_relative_clause(sent: Sentence, verb: Word) -> bool:
    """The verb's clause opens with a relative pronoun ("die", "in der") after a comma."""
    words = [w for w in subtree(sent, verb.id) if w.upos != "PUNCT"]
    first = 1 if len(words) > 1 and words[0].upos == "ADP" else 0
    if len(words) <= first or not (words[first].upos == "PRON" and is_relative(words[first])):
        return False
    return words[0].id > 1 and sent.word(words[0].id - 1).text == ","


def semicolon_part(ctx: Context, region: tuple[int, int],
                   phrase: tuple[int, int]) -> tuple[int, int]:
    """The part of `region` between semicolons that holds the phrase: a semicolon ends the
    entry (GUIDELINES D27)."""
    start, end = region
    for i in range(start, end):
        if ctx.text[i] == ";" and not ctx.index.inside(i):
            if i < phrase[0]:
                start = i + 1
            elif i >= phrase[1]:
                end = i
                break
    return start, end


def sentence_minus(ctx: Context, sent: Sentence, phrase: tuple[int, int],
                   region: tuple[int, int] | None = None) -> tuple[int, int]:
    start, end = region or (sent.start, sent.end)
    while start < end and ctx.text[start].isspace():
        start += 1
    if phrase[0] - start < 3:
        start = phrase[1]
        closer = re.match(r"\s*[“”»«\"]", ctx.text[start:end])
        if closer and unclosed_mark(ctx.text[phrase[0]:phrase[1]]):
            start += closer.end()  # "Nach Angaben der „New York Times“ will …": its closing mark
    elif end - phrase[1] < 3:
        end = phrase[0]
    return ctx.cut_tail(start, end)
