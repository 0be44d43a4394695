"""Speaker noun phrases: the subject or passive agent of a cue, the phrase after it, an apposed name.

Shared by every construction that names a speaker; no construction builds a `Mention` by hand
except where the surface is all there is ("so X", a colon headline).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import (
    NO_MARKS,
    SUBJECTS,
    TIME_STAMP,
    Context,
    Marked,
    Mention,
    SpanIndex,
    effective_lemma,
    extend_hyphenated,
    extend_hyphenated_left,
    extend_name_particle,
    is_relative,
    lexicon_block,
    line_lead,
    subtree,
)
from quotes.labels import folded_offices
from quotes.parse import CLOSING_MARKS as PARSE_CLOSING_MARKS
from quotes.parse import Sentence, Word
from quotes.parse_repair import names_a_partner
from quotes.text import fold

QUOTED_PASSIVES = {"zitieren"}  # cues whose passive subject is the speaker: "X wurde zitiert, …"
SPEAKER_DROP = {"acl:relcl", "acl", "parataxis", "ccomp", "advcl", "punct", "conj", "cc"}
NAME_PREFIXES = {"Von", "Van", "Zu", "De", "Di", "Da", "Del", "Della", "Dos"}


@lexicon_block("mentions")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    time_nouns: list[str]  # heads of time phrases, never a speaker ("Woche", "Montag", "Mitte")
    media_nouns: list[str]  # an outlet's head noun, folded ("sender", "zeitung"): compounds end in one
    platforms: list[str] = []  # where statements are posted ("X", "Telegram", "Plattform")
    addressee_verbs: list[str] = []  # speech verbs with a dative party ("jemandem vorwerfen")
    fronted_prepositions: list[str] = []  # "Trotz", "Angesichts": a fronted phrase, never a subject


# heads of speakers who pass on what others said: reporters, reports and unnamed sources ("aus
# Sicherheitskreisen", "Quellen", "Insider"); media are the block's `media_nouns` (GUIDELINES D16)
MEDIA_PEOPLE = ("korrespondent", "korrespondentin", "reporter", "reporterin", "medien", "bericht",
                "berichte", "berichten")  # relay like media (the block's `media_nouns`)
SOURCE_NOUNS = ("kreise", "kreisen", "quelle", "quellen", "insider")  # "aus Sicherheitskreisen"
# unnamed officials pass on what a party said as sources do ("Ein ägyptischer Beamter sagte, die
# Hamas habe zugesagt, …"); a named one is a party who reports (D16)
UNNAMED_OFFICIALS = ("beamte", "beamter", "beamten", "diplomat", "diplomaten", "vertreter",
                     "offizielle", "offizieller", "offiziellen")


def is_medium_mention(ctx: Context, m: Mention | None) -> bool:
    """A medium, a report or a reporter ("der Sender", "Medienberichten", "der Korrespondent"),
    or a medium by its registry name ("Al-Dschasira", "Haaretz")."""
    if m is None:
        return False
    if m.head.upos == "NOUN" and fold(m.head.text).endswith(media_endings(ctx)):
        return True
    return (m.head.upos == "PROPN" or ctx.index.inside(m.head.start)) and names_a_medium(m.text)


def media_endings(ctx: Context) -> tuple[str, ...]:
    """The endings of nouns for media, reports and reporters (lexicon `mentions.media_nouns`)."""
    return (*ctx.lex.block("mentions", Block).media_nouns, *MEDIA_PEOPLE)


@lru_cache(maxsize=4096)
def names_a_medium(text: str) -> bool:
    """Every registry name in `text` is a medium's, and there is one (the shipped registry: the
    extraction step has no other)."""
    from quotes.registry import load_registry  # the registry reads the label tables this module reads

    hits = load_registry().matches(text)
    return bool(hits) and all(entry.medium for _, _, entry in hits)


def is_medium_noun(ctx: Context, w: Word) -> bool:
    """A noun naming media or a report, in the plural too ("Zeitungen": its lemma "Zeitung")."""
    media = media_endings(ctx)
    return w.upos == "NOUN" and any(fold(x).endswith(media) for x in (w.text, w.lemma or "") if x)


def only_relays(ctx: Context, m: Mention | None) -> bool:
    """A medium, a reporter or unnamed sources: a speaker who relays (GUIDELINES Q7, D16), so a
    named party's report it passes on is that party's."""
    if is_medium_mention(ctx, m):
        return True
    if m is None or m.head.upos != "NOUN":
        return False
    head = fold(m.head.text)
    return head.endswith(SOURCE_NOUNS) or head.endswith(UNNAMED_OFFICIALS) and not any(
        w.upos == "PROPN" and w.deprel in ("appos", "flat", "flat:name") for w in m.words)


RELYING_VERBS = ("beruf", "berief", "stutz")  # "der sich auf X beruft/berief/stützt"


def relied_on(ctx: Context, sent: Sentence, m: Mention) -> tuple[Mention, int] | None:
    """"der Sender, der sich auf Hamas-Kreise beruft", "die Zeitung unter Berufung auf X": the
    source a relaying speaker names (GUIDELINES Q7, D16), with where the phrase that names it
    ends. The lemmatizer garbles "berief", so the verb is read from its surface."""
    def source_of(w: Word) -> Word | None:
        return next((k for k in sent.kids(w.id) if k.upos in ("NOUN", "PROPN") and any(
            c.deprel == "case" and c.text.lower() == "auf" for c in sent.kids(k.id))), None)

    for w in sent.words:
        host = sent.word(w.head) if w.head else None
        if host is None or ctx.index.inside(w.start):
            continue
        if not m.start <= host.start < m.end and not right_after(ctx, sent, w, m):
            continue
        relying = w.deprel in ("acl:relcl", "acl", "ccomp") and fold(w.text).startswith(RELYING_VERBS) \
            and (w.deprel == "acl:relcl" or relative_subject(sent, w)) \
            or w.deprel in ("nmod", "obl") and w.text in ctx.lex.relay_nouns
        source = source_of(w) if relying else None
        if source is not None:
            return mention(ctx, sent, source), max(x.end for x in subtree(sent, w.id))
    return None


def relative_subject(sent: Sentence, v: Word) -> bool:
    """The verb's clause is a relative one: its subject is a relative pronoun ("…, der sich auf
    X beruft")."""
    return any(k.deprel.startswith("nsubj") and "Rel" in (k.feat("PronType") or "")
               for k in sent.kids(v.id))


def right_after(ctx: Context, sent: Sentence, w: Word, m: Mention) -> bool:
    """The phrase of `w` opens right after the mention, with only a comma, a closing mark or a
    postposition between ("Dem Sender X zufolge, der sich auf …", "laut der „Zeitung“ unter
    Berufung auf …"), however the parse hung it."""
    first = next((x for x in subtree(sent, w.id) if x.upos != "PUNCT"), w)
    if first.start < m.end:
        return False
    gap = ctx.text[m.end:first.start]
    words = [x for x in re.split(r"[\s,“”»«\"]+", gap) if x]
    return len(gap) <= 20 and all(x.lower() in ctx.lex.postpositions for x in words)


def no_subject(ctx: Context, sent: Sentence, k: Word) -> bool:
    """What the parse calls a subject but cannot speak: a phrase with a preposition
    ("gegenüber Journalisten") or a postposition ("Diplomaten zufolge": the relay, not the one
    who speaks in the clause), or a time phrase ("Erst vergangene Woche", "Mitte Mai")."""
    return any(c.deprel == "case" and c.text.lower() != "wie" and (  # "Wie X sagte"
        c.id < k.id or c.text.lower() in ctx.lex.postpositions) for c in sent.kids(k.id)) \
        or (k.upos in ("NOUN", "PROPN") and is_time_noun(ctx, k)) or opens_with_preposition(sent, k)


def opens_with_preposition(sent: Sentence, k: Word) -> bool:
    """"In einer am Freitag verbreiteten Erklärung warfen die Islamisten …": the parse hung the
    preposition on a word inside the phrase, but the phrase it opens is no subject."""
    first = min(subtree(sent, k.id), key=lambda w: w.id)
    return first.id < k.id and first.upos == "ADP" and first.deprel == "case" \
        and first.text.lower() not in ("wie", "laut") and first.id == 1


def is_time_noun(ctx: Context, w: Word) -> bool:
    """"Woche", "Montag", "Dienstag": the head of a time phrase (lexicon `mentions.time_nouns`)."""
    return w.text in ctx.lex.block("mentions", Block).time_nouns


SITUATION_PREPOSITIONS = {"bei", "beim", "gegenüber", "während", "vor"}


def situation_phrase(sent: Sentence, k: Word) -> bool:
    """"bei seinem Besuch", "vor Journalisten", "mit US-Präsident Joe Biden": where, to whom or
    with whom it was said, which the parse hung on the speaker; no part of a title."""
    cases = {c.text.lower() for c in sent.kids(k.id) if c.deprel == "case"}
    return k.deprel == "nmod" and (bool(cases & SITUATION_PREPOSITIONS) or names_a_partner(sent, k)) \
        and not any(w.text == "," for w in subtree(sent, k.id))  # "bei den UN, Karen Whitfield,"


def platform_phrase(ctx: Context, sent: Sentence, k: Word) -> bool:
    """"schrieb der Vorsitzende auf X", "im Kurznachrichtendienst Telegram": where it was posted
    (lexicon `mentions.platforms`), which the parse hung on the speaker."""
    platforms = ctx.lex.block("mentions", Block).platforms
    return k.deprel == "nmod" and any(c.deprel == "case" and c.text.lower() in ("auf", "im", "in", "über")
                                      for c in sent.kids(k.id)) \
        and any(w.text.rstrip(".") in platforms for w in subtree(sent, k.id))  # "X." one token


def addressee_phrase(ctx: Context, sent: Sentence, k: Word) -> bool:
    """"sagte der US-Präsident dem Sender MSNBC": a noun with a dative or accusative article
    after the speaker is whom it was said to, though the parse hung it on the speaker (an owner
    takes the genitive: "des Senders", "der Regierung")."""
    kids = sent.kids(k.id)
    return k.deprel in ("nmod", "appos") and k.upos in ("NOUN", "PROPN") \
        and not any(c.deprel == "case" for c in kids) and any(  # "im Ausland": in + dem
            c.deprel == "det" and c.id < k.id and c.text.lower() in ctx.lex.oblique_articles
            for c in kids)


# feminine nouns for media (folded): after "der" the case is genitive or dative, and after the
# subject of a verb of telling it is whom the speaker told ("sagte ein Beamter der Zeitung X")
FEMININE_MEDIA = ("zeitung", "agentur", "zeitschrift", "nachrichtenseite", "website", "webseite",
                  "plattform", "rundfunkanstalt")
TELLING_VERBS = ("sagen", "erklären", "bestätigen", "mitteilen", "versichern", "schildern", "berichten")


def medium_told(sent: Sentence, head: Word, k: Word) -> bool:
    """"ein ägyptischer Beamter der Nachrichtenagentur AFP sagte": a feminine medium noun with
    "der" after the subject of a verb of telling is the addressee (dative), which the tagger
    read as the speaker's genitive owner; the speaker is the official, not the agency's."""
    if k.deprel != "nmod" or k.upos != "NOUN" or not fold(k.text).endswith(FEMININE_MEDIA) \
            or not any(c.deprel == "det" and c.text.lower() == "der" for c in sent.kids(k.id)):
        return False
    verb = sent.word(head.head) if head.head else None
    return head.deprel == "nsubj" and verb is not None and verb.lemma in TELLING_VERBS


def addressee_read_as_owner(ctx: Context, sent: Sentence, head: Word, k: Word) -> bool:
    """"hatte der israelische Regierungschef der Hamas vorgeworfen, …": after a verb whose second
    party is a dative ("jemandem vorwerfen"), a "der" phrase right behind a subject whose adjective
    already names its state is that addressee, which the tagger read as a genitive owner (a title
    has one owner: "der israelische Regierungschef" is not the Hamas's). Only where the verb has
    no other dative party."""
    if k.deprel != "nmod" or k.upos not in ("NOUN", "PROPN") or head.deprel not in ("nsubj", "obj") \
            or not any(c.deprel == "det" and c.text.lower() == "der" and c.id < k.id
                       for c in sent.kids(k.id)):
        return False
    if not any(a.deprel == "amod" and a.upos == "ADJ" and a.id < head.id
               and a.text.islower() and "isch" in a.text for a in sent.kids(head.id)):
        return False
    verb = sent.word(head.head) if head.head else None
    if verb is None or not addressed(ctx, sent, verb, k):
        return False
    return not any(c.deprel in ("iobj", "obj") and c.id != head.id and c.feat("Case") == "Dat"
                   for c in sent.kids(verb.id))


TRUNCATION_LINK = re.compile(r"\s+(?:und|oder|sowie)\s")  # "der Geisel- und Vermisstenfamilien"


def truncated_compound_rest(ctx: Context, sent: Sentence, words: list[Word]) -> list[Word]:
    """"Das Forum der Geisel- und Vermisstenfamilien": the compound that completes a word cut at
    its hyphen belongs to the name, though a conjunct (conjuncts are joint speakers elsewhere)."""
    rest: list[Word] = []
    for w in words:
        if w.id + 1 > len(sent.words) or sent.word(w.id + 1).text != "-" \
                or TRUNCATION_LINK.match(ctx.text, sent.word(w.id + 1).end) is None:
            continue
        rest += [x for k in sent.kids(w.id) if k.deprel == "conj" and k.id > w.id
                 for x in subtree(sent, k.id)]
    return rest


def mention(ctx: Context, sent: Sentence, head: Word, index: SpanIndex | None = None) -> Mention:
    """The full noun phrase (titles, appositions, names) minus relative clauses and quotes."""
    text = ctx.text
    index = ctx.index if index is None else index
    if index.inside(head.start):
        index = NO_MARKS  # a name in quotation marks ("die »Zeitung X«", GUIDELINES D25)
    words = [w for w in subtree(sent, head.id, SPEAKER_DROP) if not index.inside(w.start)]
    words += truncated_compound_rest(ctx, sent, words)
    lead = line_lead(text, sent.start)
    if lead is not None and any(w.start >= lead.end() for w in words):  # "10.15 Uhr – Der Minister"
        words = [w for w in words if w.start >= lead.end()]
    after = [k for k in sent.kids(head.id) if k.id > head.id]
    timed = next((k.id for k in after if is_time_noun(ctx, k)), None)
    told = next((k.id for k in after if medium_told(sent, head, k)
                 or addressee_read_as_owner(ctx, sent, head, k)), None)
    situation = {w.id for k in after if situation_phrase(sent, k) or addressee_phrase(ctx, sent, k)
                 or platform_phrase(ctx, sent, k) or told is not None and k.id >= told
                 or timed is not None and k.id >= timed  # "ein Beamter am Dienstag der Agentur X"
                 for w in subtree(sent, k.id)}
    words = [w for w in words if w.id not in situation]  # "der Landrat bei seinem Besuch"
    ids = sorted(w.id for w in words)
    lo = hi = head.id
    idset = set(ids)
    def joins(i: int) -> bool:  # "Amnesty International-Generalsekretärin X": the hyphen of a
        w = sent.word(i)  # compound the tokenizer split is punctuation outside the subtree; so is
        return w.text == "-" and bool(text[w.start - 1:w.start].strip()) and (  # "Geisel- und …"
            bool(text[w.end:w.end + 1].strip()) or TRUNCATION_LINK.match(text, w.end) is not None)

    while lo - 1 in idset or lo > 2 and joins(lo - 1) and lo - 2 in idset:
        lo -= 1
    while hi + 1 in idset or hi + 2 <= len(sent.words) and (
            joins(hi + 1) or quoted_name_inside(sent, hi + 1, idset)) and hi + 2 in idset:
        hi += 1  # "einem Bericht der „New York Times“": the opening mark of a quoted name too
    # a split parse of one noun phrase ("Das Weiße | Haus" as two subjects): take it whole
    while lo > 1 and sent.word(lo - 1).upos in ("DET", "ADJ") and (
        sent.word(lo - 1).head in (head.head, *range(lo, hi + 1))
    ) and head.head != 0:
        lo -= 1
    lo, hi = split_subject(ctx, sent, head, lo, hi)
    hi = apposed_name_end(sent, hi, ctx.lex.name_particles)
    hi = split_name_end(ctx, sent, head, hi)
    run = [sent.word(i) for i in range(lo, hi + 1)]
    while run and run[-1].upos == "PUNCT":
        run.pop()
    while run and run[0].upos == "PUNCT":
        run.pop(0)
    if run and run[-1].id < len(sent.words) and sent.word(run[-1].id + 1).text in CLOSING_MARKS \
            and unclosed_mark(text[run[0].start:run[-1].end]):
        run.append(sent.word(run[-1].id + 1))  # the closing mark of a name the mention opened
    while len(run) > 1 and run[-1].upos == "ADP":
        run.pop()  # "Einem Diplomaten zufolge": the postposition is the cue, not the speaker
    while len(run) > 1 and (run[0].upos == "ADP" or run[0].deprel == "case") \
            and run[0].head == head.id:
        run.pop(0)  # "Wie ein Sprecher … sagte" with "Wie" parsed as the subject's case
    if len(run) > 1 and run[0].text.lower() == "wie" and run[0].head in {w.id for w in run}:
        run.pop(0)  # "Wie Außenministerin X mitteilte": "Wie" on the title, not on the name
    while len(run) > 1 and run[0].text.lower() == "so" and run[0].upos == "ADV" and run[0].head == head.id:
        run.pop(0)  # "…, so Korte, der auch angab, …": the so-frame's marker is no part of the name
    if not run:
        run = [head]
    start = extend_hyphenated_left(text, run[0].start)
    end = extend_name_particle(text, extend_hyphenated(text, run[-1].end), ctx.lex)
    group = [head] + [k for k in sent.kids(head.id)
                      if k.deprel in ("appos", "flat", "flat:name", "nmod")
                      and k.upos in ("PROPN", "NOUN", "X")]
    for g in list(group[1:]):
        group += [k for k in sent.kids(g.id) if k.deprel in ("flat", "flat:name")]
    return Mention(text[start:end], start, end, head, [(g.start, g.end) for g in group], run)


OPENING_MARKS = {"„", "»", "«", '"', "“"}
CLOSING_MARKS = frozenset(PARSE_CLOSING_MARKS)  # “ ” « » "


def quoted_name_inside(sent: Sentence, i: int, ids: set[int]) -> bool:
    """Word `i` opens quotation marks that close again with every word between them in `ids`
    (the noun phrase holds the whole quoted name, not the start of someone's words)."""
    if sent.word(i).text not in OPENING_MARKS:
        return False
    close = next((j for j in range(i + 1, len(sent.words) + 1) if sent.word(j).text in CLOSING_MARKS), None)
    return close is not None and close > i + 1 and all(j in ids for j in range(i + 1, close))


def unclosed_mark(phrase: str) -> bool:
    """Whether the phrase opens a quotation mark it does not close ("der „Times of Israel")."""
    opened = sum(phrase.count(c) for c in "„»")
    closed = sum(phrase.count(c) for c in "“«")
    return opened > closed or phrase.count('"') % 2 == 1


def split_subject(ctx: Context, sent: Sentence, head: Word, lo: int, hi: int) -> tuple[int, int]:
    """"Global Water Watch-Sprecher Brenner erklärte": the parse made one name several subjects
    of the verb ("Global", "Water", "Watch-Sprecher") and hung the speaker's name on one of
    them. Names right before the mention that are subjects of the same verb join it, and so
    does a name after it that hangs inside the joined words."""
    if head.deprel not in SUBJECTS or not head.head:
        return lo, hi
    hi = split_genitive_end(sent, head, hi)
    while lo > 1 and (w := sent.word(lo - 1)).upos == "PROPN" and w.deprel == head.deprel \
            and w.head == head.head and not ctx.index.inside(w.start):
        lo -= 1
    if lo == head.id or lo > head.id:
        return lo, hi
    while hi < len(sent.words) and (w := sent.word(hi + 1)).upos == "PROPN" and lo <= w.head <= hi:
        hi += 1
    return lo, hi


def split_genitive_end(sent: Sentence, head: Word, hi: int) -> int:
    """"Vertreter | der Hisbollah erklärten": the parse made the genitive owner right after the
    head a second subject of the same verb; it belongs to the mention."""
    if hi >= len(sent.words):
        return hi
    article = sent.word(hi + 1)
    owner = sent.word(article.head) if article.upos == "DET" and article.head else None
    if owner is None or article.feat("Case") != "Gen" or owner.deprel != head.deprel \
            or owner.head != head.head or owner.upos not in ("NOUN", "PROPN"):
        return hi
    return max(hi, max(w.id for w in subtree(sent, owner.id)))


def split_name_end(ctx: Context, sent: Sentence, head: Word, hi: int) -> int:
    """A name right after the mention that the parse cut off: a second subject beside the first
    ("Einav | Zangauker, deren Sohn …, rief": one name as two subjects), or a name of two or more
    words made an object of the verb it stands before ("der Sprecher | Madschid al-Ansari
    erklärt"). Returns the mention's new last word."""
    n = len(sent.words)
    nxt = sent.word(hi + 1) if hi < n else None
    if nxt is None or ctx.index.inside(nxt.start) or not nxt.text[:1].isupper():
        return hi
    if head.deprel in SUBJECTS and nxt.deprel == head.deprel and nxt.head == head.head \
            and nxt.upos in ("NOUN", "PROPN") and head.upos == "PROPN":
        return nxt.id  # its relative clause stays out, as for any speaker
    if head.deprel in SUBJECTS and nxt.deprel == head.deprel and nxt.head == head.head \
            and head.upos == "NOUN" and nxt.upos == "PROPN" and not sent.kids(nxt.id):
        return nxt.id  # "sagte ein Vertreter | Ägyptens" as two subjects: the owner is the mention's
    end = hi
    while end < n and (sent.word(end + 1).upos == "PROPN" or (
            sent.word(end + 1).text.lower() in ctx.lex.name_particles or sent.word(end + 1).text == "-")
            and end + 2 <= n and sent.word(end + 2).upos == "PROPN"):
        end += 1
    names = [sent.word(i) for i in range(hi + 1, end + 1) if sent.word(i).upos == "PROPN"]
    after = sent.word(end + 1) if end < n else None
    if len(names) < 2 or after is None or not (after.upos in ("VERB", "AUX") or after.text == ","):
        return hi
    top = [w for w in names if w.head < hi + 1 or w.head > end]
    if len(top) != 1 or top[0].head != head.head or top[0].deprel not in ("obj", "obl", "appos"):
        return hi
    return end


def apposed_name_end(sent: Sentence, hi: int, particles: frozenset[str] = frozenset()) -> int:
    """"der Sprecher des Weißen Hauses, John Kirby, sagte": a name set off by commas, also one
    with a lower-case particle and its hyphen ("…, Chalil al-Hajja, sagte")."""
    n = len(sent.words)

    def name_like(w: Word) -> bool:  # the tagger calls some first names nouns ("Karen")
        if w.text.lower() in particles or w.text == "-" and w.id < n and w.id > hi + 2:
            return True
        return w.upos in ("PROPN", "NOUN", "X") and w.text[:1].isupper()

    if hi + 2 > n or sent.word(hi + 1).text != "," or not name_like(sent.word(hi + 2)):
        return hi
    end = hi + 2
    while end + 1 <= n and name_like(sent.word(end + 1)) and end - hi < 5:
        end += 1
    after = after_parenthesis(sent, end)  # ", Markus Muster (SPD), sagte": the name ends before it
    closing = sent.word(after + 1) if after + 1 <= n else None
    if closing is None or closing.text != "," or sent.word(end).upos != "PROPN":
        return hi
    return end


def after_parenthesis(sent: Sentence, end: int, max_words: int = 5) -> int:
    """The closing bracket of a short "(SPD)" / "(Grüne)" right after word `end`, else `end`."""
    n = len(sent.words)
    if end + 1 > n or sent.word(end + 1).text != "(":
        return end
    close = next((i for i in range(end + 2, min(n, end + 2 + max_words) + 1)
                  if sent.word(i).text == ")"), None)
    return close if close is not None else end


def swapped_subject(sent: Sentence, v: Word) -> tuple[Word, Word] | None:
    """"+++ 00:49 Netanjahu nennt Geiselbefreiung „heilige Mission“ +++": a headline the parse
    read the wrong way round. The one noun before the verb, with no preposition, is the subject;
    the "subject" after the verb is its object. Returns (subject, object)."""
    before = [w for w in sent.words[:v.id - 1] if w.text[:1].isalpha()]
    after = [k for k in sent.kids(v.id) if k.deprel == "nsubj" and k.id > v.id]
    if len(before) != 1 or len(after) != 1 or v.head != 0:
        return None
    first = before[0]
    if first.upos not in ("NOUN", "PROPN") or first.deprel in SUBJECTS or first.feat("Case") != "Nom":
        return None
    if any(c.deprel == "case" and c.text.isalpha() for c in sent.kids(first.id)):
        return None
    return first, after[0]


NOMINATIVE_ONLY = {"er", "ich", "wir"}


def nominative_pronoun_after(sent: Sentence, v: Word) -> Word | None:
    """"Berichte über das Treffen wies er als „unzutreffend“ zurück": the parse made the fronted
    object the subject and "er" an object or a second subject; "er", "ich" and "wir" are
    nominative only, so after the verb, with a noun before it as the other "subject", the
    pronoun is the subject."""
    kids = sent.kids(v.id)
    pronoun = next((k for k in kids if k.id > v.id and k.upos == "PRON" and k.deprel in (
        "obj", "iobj", "obl", "nsubj") and k.text.lower() in NOMINATIVE_ONLY), None)
    subjects = [k for k in kids if k.deprel in SUBJECTS and k is not pronoun]
    if pronoun is None or not subjects or any(
            k.id > v.id or k.upos not in ("NOUN", "PROPN") for k in subjects):
        return None
    return pronoun


def feminine_dative(ctx: Context, sent: Sentence, k: Word) -> bool:
    """"sagte der Nachrichtenagentur AFP": "der" before a feminine noun is no nominative, whatever
    case the tagger gave it; the phrase is the addressee."""
    return k.upos == "NOUN" and k.text.lower().endswith(ctx.lex.feminine_noun_endings) and any(
        d.deprel == "det" and d.text.lower() == "der" for d in sent.kids(k.id))


def passive_patient(k: Word, v: Word) -> bool:
    """"Preiserhöhungen, die scharf kritisiert worden waren", "Der Kanzler wurde gefragt, ob …":
    the subject of a passive cue with no agent is what was said, spoken about or asked, not who
    spoke; only the one quoted ("Der Sprecher wurde zitiert, …") speaks. The parse may call it a
    plain subject beside the passive auxiliary ("Er wird verdächtigt, …"): it is the patient too."""
    return k.deprel in ("nsubj:pass", "nsubj") and v.lemma not in QUOTED_PASSIVES


OBLIQUE_RELATIVES = {"denen", "dem", "den", "dessen", "deren"}


def oblique_relative(k: Word) -> bool:
    """"…, denen X vorwirft, …": a relative pronoun in a form no nominative has is the cue's
    object, whatever relation the parse gave it."""
    return k.upos == "PRON" and k.text.lower() in OBLIQUE_RELATIVES and is_relative(k)


def dative_relative(sent: Sentence, k: Word) -> bool:
    """"…, der Miliz, der die Regierung vorwirft, …": the relative "der" after a feminine
    singular noun is that noun's dative (its nominative would be "die"), the cue's object,
    though the parse read it as a masculine subject."""
    if not (k.upos == "PRON" and k.text.lower() == "der" and is_relative(k) and k.id > 2
            and sent.word(k.id - 1).text == ","):
        return False
    before = sent.word(k.id - 2)  # not a genitive: "der Sprecher der Armee, der …" is his
    return before.upos in ("NOUN", "PROPN") and before.feat("Gender") == "Fem" \
        and before.feat("Number") == "Sing" and before.feat("Case") != "Gen" \
        and not before.deprel.startswith("nmod")


def article_objects(ctx: Context, sent: Sentence, v: Word,
                    content: tuple[int, int] | None) -> list[Word]:
    """The verb's objects that may be its subject by their article ("die Regierung", "das
    Ministerium": nominative or accusative alike; not "dem", "den"), outside the content."""
    return [k for k in bare_nouns(ctx, sent, v, content, ("obj",))
            if any(d.deprel == "det" and d.text.lower() in ("die", "das", "eine") for d in sent.kids(k.id))]


def subject_of(ctx: Context, sent: Sentence, v: Word,
               content: tuple[int, int] | None) -> Mention | None:
    """The cue's subject, or its passive agent ("von X"), outside the reported clause."""
    index = ctx.index
    kids = sent.kids(v.id)
    swapped = swapped_subject(sent, v)
    if swapped is not None:
        return left_noun_phrase(ctx, sent, swapped[0])
    pronoun = nominative_pronoun_after(sent, v)
    if pronoun is not None:  # "Berichte über X wies er als „unzutreffend“ zurück"
        return mention(ctx, sent, pronoun)
    passive = any(k.deprel == "aux:pass" for k in kids)
    cands = [k for k in kids if k.deprel in SUBJECTS and (not index.inside(k.start) or quoted_name(ctx, k))
             and not (content and content[0] <= k.start < content[1]) and not no_subject(ctx, sent, k)]
    if passive:
        cands = [k for k in kids if k.deprel in ("obl:agent", "obl")
                 and any(c.text.lower() in ("von", "vom") for c in sent.kids(k.id))] \
            or [k for k in cands if not passive_patient(k, v)]
    cands = [k for k in cands if k.text.lower() not in ("es", "das", "dies")] or cands
    if cands and not passive and v.feat("VerbForm") == "Part" and all(
            k.text.lower() in ("es", "das", "dies") and k.id < v.id for k in cands):
        shared = shared_subject(ctx, sent, v, content)  # "hat sich … ausgesprochen und es als
        if shared is not None:  # »…« bezeichnet": "es" is the object, the subject is shared
            return shared
    cands = [past_label(sent, k, v) or k for k in cands]  # "USA: US-Präsident Joe Biden erklärte"
    cands = [k for k in cands if k.text.lower() not in ctx.lex.sentence_adverbs
             and k.feat("Reflex") != "Yes"]  # "entschied sich X, …": "sich" is nobody
    if any(fronted_comparative(sent, k) for k in cands):  # "Skeptischer äußerte sich die Forscherin"
        cands = nominative_objects(ctx, sent, v, content) or cands
    fronted = [k for k in kids if k.deprel in SUBJECTS and fronted_adverbial(ctx, sent, k)]
    if fronted and all(k in fronted for k in cands) and not passive:  # "Letzten Monat hat die
        cands = postverbal_subjects(ctx, sent, v, content) or cands  # Regierung angekündigt, …"
    infinitive = v.feat("VerbForm") == "Inf" and any(
        k.deprel == "mark" and k.text.lower() == "zu" for k in kids)
    if not cands and not passive and not infinitive:  # "beeilten sich, … zu erklären": see below
        stamped = after_time_stamp(ctx, sent, v)
        if stamped is not None:  # "+++ 14.20 Uhr: Der Sprecher hat Israel vorgeworfen, …"
            return mention(ctx, sent, stamped)
        shared = shared_subject(ctx, sent, v, content)
        if shared is not None:  # "sagte Lazzarini und unterstrich die Dringlichkeit, …"
            return shared
        cands = partitive_prefield(sent, v) or nominative_objects(ctx, sent, v, content) \
            or source_phrase(sent, v, content) \
            or fronted_es(ctx, sent, v) or (unmarked_objects(ctx, sent, v, content)
                                       if relay_before(ctx, sent, v, content) else [])
    elif not passive and all(is_speech_noun(ctx, k) for k in cands):
        cands = nominative_objects(ctx, sent, v, content) or cands  # "Vorwürfe richtete der Chef"
    else:  # "Ein Sprecher wies die Vorwürfe zurück": the parse made the object a second subject
        cands = [k for k in cands if not is_speech_noun(ctx, k)] or cands
    if not passive:  # "sagte dem US-Sender MSNBC": a dative or accusative article is no subject
        kept = [k for k in cands if not any(
            d.deprel == "det" and d.text.lower() in ctx.lex.oblique_articles
            for d in sent.kids(k.id))]
        if cands and not kept:  # "Den Vermittlern teilte die Hamas mit": the object is the subject
            kept = nominative_objects(ctx, sent, v, content)
        cands = kept or cands
        cands = [k for k in cands if not feminine_dative(ctx, sent, k)] or cands
        if cands and all(oblique_relative(k) for k in cands):  # "…, denen X vorwirft, …"
            cands = nominative_objects(ctx, sent, v, content) or cands
        if cands and all(dative_relative(sent, k) for k in cands):  # "der Miliz, der X vorwirft"
            cands = nominative_objects(ctx, sent, v, content) \
                or article_objects(ctx, sent, v, content) or cands
    relays = [k for k in cands if postposed_relay(ctx, sent, past_dateline(ctx, sent, k))]
    if relays:  # "Diplomaten zufolge hat die Hamas mitgeteilt": the relay passes on, Hamas speaks
        cands = [k for k in cands if k not in relays] or unmarked_objects(ctx, sent, v, content)
    if len(cands) > 1:  # "…, der anonym bleiben wollte, sagte Journalisten, …": "sagte" is singular
        cands = [k for k in cands if agrees_in_number(sent, v, k)] or cands
    if len(cands) > 1:  # "Sami Abu Suhri, ein Sprecher der Hamas, warf …": the name, not its apposition
        cands = [k for k in cands if not apposed_to_other(sent, k, cands)] or cands
    if cands:
        best = opening_subject(ctx, sent, v, cands) or min(cands, key=lambda k: abs(k.id - v.id))
        best = first_of_split_list(ctx, sent, v, cands, best)
        moved = past_dateline(ctx, sent, best)
        if moved is not best:
            return owner_dropped(mention(ctx, sent, moved))
        if is_relative(best):
            return antecedent_of_relative(ctx, sent, v, best)
        return owner_dropped(mention(ctx, sent, best))
    if v.deprel == "conj" and v.head:
        head = sent.word(v.head)
        if head.upos in ("VERB", "AUX"):
            return subject_of(ctx, sent, head, content)
    if v.deprel == "advmod" and v.head and v.feat("VerbForm") == "Inf" \
            and sent.word(v.head).lemma == "lassen":  # "Biden ließ ausrichten, …" (a misparse)
        return subject_of(ctx, sent, sent.word(v.head), content)
    if v.deprel in ("xcomp",) and v.head:
        head = sent.word(v.head)
        if head.lemma == "lassen" and v.text.lower() in ctx.lex.blocks.get(
                "speech_verbs", {}).get("after_lassen", ()):
            return subject_of(ctx, sent, head, content)  # "ließ den Vermittlern ausrichten": he speaks
        controller = object_controller(ctx, sent, head, v, content)
        if controller is not None:
            return mention(ctx, sent, controller)
        return subject_of(ctx, sent, sent.word(v.head), content)
    return None


def quoted_name(ctx: Context, k: Word) -> bool:
    """"berichtete die „New York Times“": marks that enclose a name (GUIDELINES D25), not
    someone's words, so the word inside them may be the cue's subject."""
    from quotes.constructions.nested import is_name  # nested reads reports, which read this

    marked = ctx.index.covering(k.start)
    sent = ctx.sentence_at(k.start)
    if marked is None or sent is None:
        return False
    if any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" and marked.start <= w.start < marked.end
           for w in sent.words):
        return False  # "„Überall war Rauch“, sagte der Mann": a clause, someone's words
    if is_name(ctx, marked) or own_phrase_marked(sent, k, marked):
        return True
    inside = ctx.text[marked.start:marked.end].split()  # "der „Spiegel“", "die „Times of Israel“":
    before = [w for w in sent.words if w.end <= marked.open]  # a short capitalised title after
    return 0 < len(inside) <= MAX_TITLE_WORDS and inside[0][:1].isupper() \
        and bool(before) and before[-1].upos == "DET"  # an article, as a subject


MAX_TITLE_WORDS = 5


def own_phrase_marked(sent: Sentence, k: Word, marked: Marked) -> bool:
    """"Das „Wall Street Journal“ berichtete": the marks enclose only (part of) the subject's own
    noun phrase, the name of an outlet, no verbatim fragment (D25)."""
    words = subtree(sent, k.id)
    return bool(words) and min(w.start for w in words) <= marked.open \
        and marked.close < max(w.end for w in words)


NOMINATIVE_ARTICLES = ("der", "ein", "kein")  # an object never has these before a masculine noun


def shared_subject(ctx: Context, sent: Sentence, v: Word,
                   content: tuple[int, int] | None) -> Mention | None:
    """"…, sagte Lazzarini und unterstrich die Dringlichkeit, …": a verb joined by "und" to the
    verb before it, with no subject of its own, shares that verb's subject, whatever relation the
    parse gave it (here a complement); its feminine or neuter object ("die Dringlichkeit") is no
    inverted subject, which would need "der"/"ein" before a masculine noun ("und sagte der Minister")."""
    if not v.head or not any(k.deprel == "cc" and k.text.lower() in ("und", "sowie") and k.id < v.id
                             for k in sent.kids(v.id)):
        return None
    head = sent.word(v.head)
    if head.upos not in ("VERB", "AUX") or head.id > v.id:
        return None
    if any(any(d.deprel == "det" and d.text.lower() in NOMINATIVE_ARTICLES for d in sent.kids(k.id))
           for k in nominative_objects(ctx, sent, v, content)):
        return None
    return subject_of(ctx, sent, head, content)


def apposed_to_other(sent: Sentence, k: Word, cands: list[Word]) -> bool:
    """Whether subject `k` is set off by commas right after another subject candidate: the parse
    made an apposition ("X, ein Sprecher der Hamas,") a second subject."""
    def unpunctuated(w: Word) -> list[Word]:
        return [x for x in subtree(sent, w.id) if x.upos != "PUNCT"]

    words = unpunctuated(k)
    if not words or words[0].id < 3 or sent.word(words[0].id - 1).text != "," \
            or words[-1].id >= len(sent.words) or sent.word(words[-1].id + 1).text != ",":
        return False
    before = sent.word(words[0].id - 2)
    return any(j is not k and j.id < k.id and (unpunctuated(j) or [j])[-1].id == before.id for j in cands)


def past_dateline(ctx: Context, sent: Sentence, k: Word) -> Word:
    """"JERUSALEM (dpa) - Israels Minister X hat erklärt, …": where the parse made the dateline
    the subject and the real subject its apposition, the apposition after the dateline."""
    text = ctx.text
    found = line_lead(text, sent.start)
    if found is None or not sent.start <= k.start < found.end():
        return k
    after = [w for w in sent.kids(k.id) if w.start >= found.end() and w.upos in ("NOUN", "PROPN")]
    return after[0] if after else k


def owner_dropped(m: Mention) -> Mention:
    """"Israels Verteidigungsminister Joav Galant" parsed flat under "Israels": the owner's
    genitive is no head; the name at the end is (the whole phrase stays the mention)."""
    words = [w for w in m.words if w.upos in ("NOUN", "PROPN")]
    if len(words) < 2 or words[0] is not m.head or m.head.upos != "PROPN" \
            or not m.head.text.endswith("s"):
        return m
    offices = tuple(key for key, _ in folded_offices())
    titles = [i for i, w in enumerate(words) if i and fold(w.text).endswith(offices)]
    if titles[:1] != [1]:
        return m  # "Jonas Weber-Kahl, Brenners Pressesprecher": a given name in -s, no owner
    after = titles[-1] + 1  # the name after the last title
    m.head = words[min(after, len(words) - 1)]
    return m




def after_time_stamp(ctx: Context, sent: Sentence, v: Word) -> Word | None:
    """"+++ 14.20 Uhr: Hamas-Vertreter X hat Israel vorgeworfen, …": a live blog's time stamp
    makes the parse hang the subject on "Uhr"; the noun phrase between the stamp and the finite
    verb is the subject (the noun after the verb only looked like one)."""
    stamp = TIME_STAMP.match(ctx.text, sent.start)
    if stamp is None or stamp.end() >= v.start:
        return None
    span = []
    for w in sent.words:  # the prefield: from the stamp to the finite verb (or the cue)
        if w.start < stamp.end():
            continue
        if w is v or w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin":
            break
        span.append(w)
    if not span or span[0].upos not in ("DET", "NOUN", "PROPN"):
        return None
    ids = {w.id for w in span}
    heads = [w for w in span if w.upos in ("NOUN", "PROPN") and w.head not in ids]
    return heads[0] if len(heads) == 1 and heads[0].feat("Case") in (None, "Nom") else None


def agrees_in_number(sent: Sentence, v: Word, k: Word) -> bool:
    """Whether a subject candidate agrees in number with the verb's finite form (the verb
    itself or its auxiliary); a coordination ("X und Y") is plural; unknown numbers agree."""
    finite = v if v.feat("VerbForm") == "Fin" else next(
        (a for a in sent.kids(v.id) if a.deprel in ("aux", "aux:pass") and a.feat("VerbForm") == "Fin"), None)
    verb_number = finite.feat("Number") if finite is not None else None
    number = "Plur" if any(c.deprel == "conj" for c in sent.kids(k.id)) else k.feat("Number")
    return not verb_number or not number or verb_number == number


SPLIT_LIST_LINK = re.compile(r"\s*(?:,|und|sowie|als auch)\s*", re.IGNORECASE)


def first_of_split_list(ctx: Context, sent: Sentence, v: Word, cands: list[Word], best: Word) -> Word:
    """"Sowohl Israel als auch die Hamas erklärten": where the parse made each member of a list
    a subject of its own plural verb, the mention begins with the first member (the resolver
    joins the rest, D13); only list links stand between them."""
    if v.feat("Number") != "Plur" or best.id > v.id:
        return best
    first = best
    for k in sorted((k for k in cands if k.id < best.id and k.upos in ("NOUN", "PROPN")),
                    key=lambda k: -k.id):
        end = max(w.end for w in subtree(sent, k.id))
        start = min(w.start for w in subtree(sent, first.id) if w.deprel not in ("cc", "advmod", "punct"))
        if not SPLIT_LIST_LINK.fullmatch(ctx.text[end:start]):
            break
        first = k
    return first


def opening_subject(ctx: Context, sent: Sentence, v: Word, cands: list[Word]) -> Word | None:
    """Of two subjects the parse gave one main-clause directive verb, the noun phrase that opens
    the sentence: the noun after "forderte … auf" / "rief … auf" is whom the speaker addresses
    ("Der Sprecher, X, forderte die Vereinten Nationen auf, …")."""
    if v.head != 0 or len(cands) < 2:
        return None
    finite = next((k for k in sent.kids(v.id) if k.deprel == "aux" and k.feat("VerbForm") == "Fin"
                   and k.id < v.id), v)  # "X hat Israel vorgeworfen": the midfield after "hat"
    after = [k for k in cands if k.id > finite.id]
    directive = ctx.lex.verb_class(effective_lemma(sent, v, ctx.lex) or "") == "directive"
    if not directive and not (after and all(is_thing(ctx, k) or addressed(ctx, sent, v, k)
                                            for k in after)):
        return None  # "Al-Hajja, der …, bekräftigte die Bedingungen der Hamas": a thing
    opener = first_after_dateline(ctx, sent)
    first = [k for k in cands if k.id < finite.id and k.upos in ("NOUN", "PROPN")
             and min(w.id for w in subtree(sent, k.id)) <= opener and not any(
                 d.deprel == "det" and d.text.lower() in (*ctx.lex.oblique_articles, "den")
                 for d in sent.kids(k.id))]  # "Den Währungsfonds forderte er auf": fronted object
    return first[0] if len(first) == 1 and after and all(k.upos != "PRON" for k in after) else None


def first_after_dateline(ctx: Context, sent: Sentence) -> int:
    """The id of the sentence's first word after a dateline ("Beirut (Reuters) - Der Chef …"),
    1 where it has none: the noun phrase there opens the clause."""
    found = line_lead(ctx.text, sent.start)
    if found is None:
        return 1
    return next((w.id for w in sent.words if w.start >= found.end()), 1)


def addressed(ctx: Context, sent: Sentence, v: Word, k: Word) -> bool:
    """"Lapid warf Netanjahu vor, …": after a verb whose second party is a dative ("jemandem
    vorwerfen, zusichern, raten"), a bare name is that addressee, not a second subject."""
    verbs = ctx.lex.block("mentions", Block).addressee_verbs
    return effective_lemma(sent, v, ctx.lex) in verbs and k.upos in ("NOUN", "PROPN")


def is_thing(ctx: Context, w: Word) -> bool:
    """A common noun that names no person or body ("Bedingungen", "Pläne"): what a speaker
    talks about, though the parse made it a second subject (lexicon
    `continuation.speaker_noun_endings` lists the endings of nouns for people and bodies)."""
    endings = ctx.lex.speaker_noun_endings()
    return w.upos == "NOUN" and not w.text.lower().endswith(endings) and not is_speech_noun(ctx, w) \
        and not w.text.isupper()


MAX_LABEL_WORDS = 3
AFTER_LABEL = ("appos", "conj", "flat", "flat:name", "nmod", "parataxis")


def past_label(sent: Sentence, k: Word, v: Word) -> Word | None:
    """"Israel: Netanjahu bekräftigte, …", "USA: US-Präsident Joe Biden erklärte, …": in a
    round-up of reactions a short label before a colon opens the sentence; the noun phrase after
    the colon, which the parse hung under the label, is the verb's subject. None: `k` is no
    such label, or nothing after the colon hangs on it."""
    colon = next((w for w in sent.words if w.text == ":" and k.id < w.id < v.id), None)
    if colon is None or colon.id > MAX_LABEL_WORDS + 1:
        return None
    label = {w.id for w in subtree(sent, k.id)}
    if any(w.id not in label for w in sent.words[:colon.id - 1]):
        return None
    return next((c for c in sent.kids(k.id) if colon.id < c.id < v.id and c.deprel in AFTER_LABEL
                 and c.upos in ("NOUN", "PROPN")), None)


def fronted_es(ctx: Context, sent: Sentence, v: Word) -> list[Word]:
    """"Es hat … ausgeschlossen und erklärt, dass …", "Zudem teilte es mit, …": an "es" opening
    the sentence, or right after the finite verb, of an active verb with no other subject is the
    state or body just named, though the tagger calls it an expletive (a passive "Es wurde
    mitgeteilt" has no speaker; `hieß es` is its own rule)."""
    if v.upos != "VERB" or v.lemma == "heißen" or effective_lemma(sent, v, ctx.lex) is None \
            or any(k.feat("Reflex") == "Yes" for k in sent.kids(v.id)):
        return []  # "Bei ihnen handelt es sich um …, von denen X glaubt, …": no speaker
    return [k for k in sent.kids(v.id) if k.deprel == "expl" and k.text.lower() == "es" and (
        k.id == 1 and k.text == "Es" or k.id == v.id + 1 and v.feat("VerbForm") == "Fin")]


def object_controller(ctx: Context, sent: Sentence, head: Word, v: Word,
                      content: tuple[int, int] | None) -> Word | None:
    """"Der Druck veranlasste die Offiziellen zu bekräftigen, …", "zwang die Regierung zu
    versichern": the accusative object of the verb above the infinitive is who speaks."""
    return next((k for k in sent.kids(head.id) if k.deprel == "obj" and k.id < v.id
                 and k.upos in ("NOUN", "PROPN", "PRON") and k.feat("Case") == "Acc"
                 and k.feat("Reflex") != "Yes"  # "beeilten sich, … zu erklären": the subject speaks
                 and not ctx.index.inside(k.start)
                 and not (content and content[0] <= k.start < content[1])), None)


PARTITIVES = frozenset(("einer", "eine", "eines", "keiner", "keine"))


def partitive_prefield(sent: Sentence, v: Word) -> list[Word]:
    """"Einer der Redner, der Bruder einer Geisel, forderte …": a sentence opening with "one of
    the …" before its verb is that verb's subject, where the parse made the noun an oblique."""
    if len(sent.words) < 3 or fold(sent.words[0].text) not in PARTITIVES \
            or fold(sent.words[1].text) not in ("der", "des"):
        return []
    noun = next((w for w in sent.words[2:v.id - 1] if w.upos in ("NOUN", "PROPN")), None)
    if noun is None or noun.head != v.id or any(w.upos in ("VERB", "AUX") for w in sent.words[:v.id - 1]):
        return []
    apposed = next((k for k in sent.kids(noun.id) if k.deprel in ("appos", "conj") and k.upos == "NOUN"
                    and k.id < v.id and any(w.text == "," for w in sent.words[noun.id:k.id - 1])), None)
    return [apposed or noun]  # ", der Bruder einer Geisel,": the apposition says who


ADJECTIVE_COMPARATIVES = ("ischer", "licher", "iger", "barer", "loser", "voller", "samer", "hafter",
                          "ender", "ierter")


def fronted_comparative(sent: Sentence, k: Word) -> bool:
    """A capitalised comparative opening the sentence ("Skeptischer", "Zurückhaltender",
    "Deutlicher") that the tagger took for a bare noun subject: an adjective's ending plus
    "-er", no article, the first word."""
    return k.id == 1 and k.upos == "NOUN" and fold(k.text).endswith(ADJECTIVE_COMPARATIVES) \
        and not sent.kids(k.id)


def fronted_adverbial(ctx: Context, sent: Sentence, k: Word) -> bool:
    """The parse's "subject" opening the sentence is a fronted adverbial, which German puts before
    the finite verb as often as a subject: a time phrase ("Letzten Monat"), a preposition the
    tagger took for a name ("Trotz Netanjahus Abwesenheit"), or a bare word right before a phrase
    of its verb ("Unmittelbar vor den Beratungen"); never with an article of its own."""
    words = subtree(sent, k.id)
    first = next((w for w in sent.words if w.text[:1].isalnum()), None)
    if first is None or first.id != words[0].id or any(
            d.deprel in ("det", "det:poss") for d in sent.kids(k.id)):
        return False
    if is_time_noun(ctx, k) or k.text.lower() in ctx.lex.block("mentions", Block).fronted_prepositions:
        return True
    after = sent.word(words[-1].id + 1) if words[-1].id < len(sent.words) else None
    return len(words) == 1 and k.upos != "PROPN" and after is not None and after.upos == "ADP" \
        and after.head not in {w.id for w in words}


def postverbal_subjects(ctx: Context, sent: Sentence, v: Word,
                        content: tuple[int, int] | None) -> list[Word]:
    """The subject after the finite verb that the parse made an object when it took a fronted
    adverbial for the subject: a noun phrase with no preposition and an article that may be
    nominative ("hat die katarische Regierung angekündigt"), agreeing with the finite verb."""
    finite = next((w for w in [v, *sent.kids(v.id)] if w.feat("VerbForm") == "Fin"), v)
    number = finite.feat("Number")
    return [k for k in bare_nouns(ctx, sent, v, content, ("obj", "obl", "iobj")) if k.id > finite.id
            and (k.feat("Case") == "Nom" or any(d.deprel == "det" and d.text.lower() in NOMINATIVE_ARTICLES
                                                for d in sent.kids(k.id)))
            and (number is None or k.feat("Number") in (None, number))][:1]


NOMINATIVE_ARTICLES = {"der", "die", "das", "ein", "eine"}


def is_speech_noun(ctx: Context, w: Word) -> bool:
    """"Vorwürfe", "Forderung": what is said, never who says it (the speech-noun lexicon)."""
    nouns = ctx.lex.blocks.get("speech_nouns", {})
    return any(w.text in words for key, words in nouns.items()  # lists only, not a comment string
               if key != "complementizers" and isinstance(words, list))


# feminine nouns for people and sources, folded: nominative and accusative look alike after
# "eine"/"die", and the tagger often picks the accusative ("sagte eine … nahestehende Quelle")
FEMININE_PEOPLE = ("quelle", "quellen", "erin", "erinnen")


def feminine_person_either_case(sent: Sentence, k: Word) -> bool:
    """"…, sagte eine dem Chef nahestehende Quelle dem Sender X": a feminine person or source
    noun after "eine"/"die", which may be the nominative whatever case the tagger chose."""
    return fold(k.text).endswith(FEMININE_PEOPLE) and k.feat("Case") == "Acc" \
        and phrase_opener(sent, k).text.lower() in ("eine", "die")


def phrase_opener(sent: Sentence, k: Word) -> Word:
    """The first word of the noun phrase `k` heads (its article, as a rule)."""
    return subtree(sent, k.id)[0]


def nominative_objects(ctx: Context, sent: Sentence, v: Word,
                       content: tuple[int, int] | None) -> list[Word]:
    """A subject the parse called an object ("hatte der Sender X berichtet", "äußerte sich der
    Minister"): a noun in the nominative with no preposition, or a name in marks after an
    article, when the verb has no subject."""
    return [k for k in sent.kids(v.id) if k.deprel in ("obj", "obl") and k.upos in ("NOUN", "PROPN")
            and ((k.feat("Case") == "Nom" or feminine_person_either_case(sent, k))
                 and not ctx.index.inside(k.start)
                 or quoted_name(ctx, k))  # "wie die »Times of Israel« berichtet" (» read as a preposition)
            and not (content and content[0] <= k.start < content[1])
            and not any(c.deprel == "case" and c.text.isalpha() for c in sent.kids(k.id))
            and not oblique_first_article(ctx, sent, k) and not feminine_dative(ctx, sent, k)
            and not (k.id > 1 and sent.word(k.id - 1).text.lower() == "gegenüber")]


def oblique_first_article(ctx: Context, sent: Sentence, k: Word) -> bool:
    """The phrase opens with a dative or accusative article ("dem Sender"); one further in
    belongs to an inserted attribute ("eine dem Chef nahestehende Quelle"), which the tagger
    hangs on the noun too."""
    first = phrase_opener(sent, k)
    return any(d.deprel == "det" and d.text.lower() in ctx.lex.oblique_articles for d in sent.kids(k.id)) \
        and first.upos == "DET" and first.text.lower() in ctx.lex.oblique_articles


def postposed_relay(ctx: Context, sent: Sentence, k: Word) -> bool:
    """"Ägyptischen Sicherheitskreisen zufolge": a noun phrase right before a postposition
    (lexicon `attribution.postpositions`), though the parse called it a subject (and may have
    hung the postposition under it)."""
    last = max(w.id for w in subtree(sent, k.id) if (w.start >= k.start or w.id == k.id)
               and (w.id == k.id or w.text.lower() not in ctx.lex.postpositions))
    return last < len(sent.words) and sent.word(last + 1).text.lower() in ctx.lex.postpositions


def relay_before(ctx: Context, sent: Sentence, v: Word, content: tuple[int, int] | None) -> bool:
    """"Laut Sicherheitskreisen hat das Büro mitgeteilt": an attribution phrase (laut, zufolge,
    nach Angaben) before the cue, outside what was said: the relay took the place before the
    verb, and the speaker stands after it."""
    def attributes(w: Word) -> bool:
        return w.text.lower() in ctx.lex.attribution_preps or w.text in ctx.lex.source_nouns \
            and w.id > 1 and sent.word(w.id - 1).text.lower() == "nach"

    return any(w.id < v.id and attributes(w) and not (content and content[0] <= w.start < content[1])
               for w in sent.words)


def unmarked_objects(ctx: Context, sent: Sentence, v: Word,
                     content: tuple[int, int] | None) -> list[Word]:
    """The verb's objects with neither a preposition nor a dative or accusative article ("die
    Hamas", where the tagger chose the accusative of the ambiguous article): the subject when the
    one the parse gave is an attribution phrase."""
    return [k for k in bare_nouns(ctx, sent, v, content, ("obj", "obl"))
            if not any(d.deprel == "det" and d.text.lower() in ctx.lex.oblique_articles
                       for d in sent.kids(k.id))][:1]


def bare_nouns(ctx: Context, sent: Sentence, v: Word, content: tuple[int, int] | None,
               relations: tuple[str, ...]) -> list[Word]:
    """The verb's nouns in `relations` with no preposition, outside quotation marks and the
    content: where a subject the parse gave another relation may stand."""
    return [k for k in sent.kids(v.id) if k.deprel in relations and k.upos in ("NOUN", "PROPN")
            and not ctx.index.inside(k.start) and not (content and content[0] <= k.start < content[1])
            and not any(c.deprel == "case" for c in sent.kids(k.id))]


def source_phrase(sent: Sentence, v: Word, content: tuple[int, int] | None) -> list[Word]:
    """"Wie aus Unternehmenskreisen verlautete": with no subject, the "aus X" the words came from."""
    return [k for k in sent.kids(v.id) if k.deprel in ("obl", "obl:arg") and k.upos in ("NOUN", "PROPN")
            and not (content and content[0] <= k.start < content[1])
            and any(c.deprel == "case" and c.text.lower() == "aus" for c in sent.kids(k.id))][:1]


def statement_source(ctx: Context, sent: Sentence, v: Word) -> Mention | None:
    """"In einer Erklärung der Hamas wird betont, dass …": a passive cue with no agent speaks
    through the statement it stands in; the statement's owner is the speaker (GUIDELINES D14),
    else the source it names ("wurde aus Regierungskreisen mitgeteilt")."""
    if not any(k.deprel == "aux:pass" for k in sent.kids(v.id)):
        return None
    for k in sent.kids(v.id):
        if not k.deprel.startswith("obl") or k.text not in ctx.lex.statement_nouns or not any(
                c.deprel == "case" and c.text.lower() in ("in", "im") for c in sent.kids(k.id)):
            continue
        owner = statement_owner_of(ctx, sent, k)
        if owner is not None:
            return owner
    return source_after(ctx, sent, v)  # "…, wurde aus dem Weißen Haus mitgeteilt" (as D14)


def source_after(ctx: Context, sent: Sentence, v: Word) -> Mention | None:
    """"hieß es aus Diplomatenkreisen", "hieß es von der Armee", "hieß es in Regierungskreisen":
    the source (GUIDELINES D14)."""
    for k in sent.kids(v.id):
        if not k.deprel.startswith("obl"):
            continue
        cases = {c.text.lower() for c in sent.kids(k.id) if c.deprel == "case"}
        noun = k if k.upos in ("NOUN", "PROPN") else next(  # "Im Weißen Haus" hung on "Weißen"
            (c for c in sent.kids(k.id) if c.deprel == "nmod" and c.upos == "NOUN"), None)
        if noun is None:
            continue
        within = ctx.lex.circle_nouns | ctx.lex.institution_nouns  # "in Regierungskreisen", "im Amt"
        side = side_owner(sent, noun) if cases & {"von", "vom", "auf"} else None
        if side is not None:  # "Von Seiten der Hamas hieß es": the side's owner
            return mention(ctx, sent, side)
        if cases & {"aus", "von", "vom", "seitens"} and (noun is k or k.upos == "ADJ") \
                or cases & {"in", "im"} and is_noun_of(within, noun.text):
            return mention(ctx, sent, k)  # "Aus dem Weißen Haus" hung on "Weißen" too
    return None


def side_owner(sent: Sentence, noun: Word) -> Word | None:
    """"von Seiten der Hamas", "auf Seiten Israels": the owner in the genitive of "Seite(n)"."""
    if (noun.lemma or "").lower() != "seite":
        return None
    return next((k for k in sent.kids(noun.id) if k.deprel == "nmod" and k.upos in ("NOUN", "PROPN")
                 and k.id > noun.id), None)


def is_noun_of(nouns: frozenset[str], word: str) -> bool:
    """`word` is one of `nouns` or a compound ending in one: "Diplomatenkreisen", "Hamas-Kreisen"
    (a group named as the source), "Außenministerium" (a body)."""
    return any(word == n or (word.endswith(n.lower()) or word.endswith("-" + n)) and len(word) > len(n)
               for n in nouns)


def statement_owner_of(ctx: Context, sent: Sentence, noun: Word) -> Mention | None:
    """"einer Erklärung der Hamas" → der Hamas; "einem Papier des Ministeriums des Innern" →
    des Ministeriums des Innern, though the parse hung both genitives on the statement noun."""
    owners = [o for o in sent.kids(noun.id) if (o.deprel in ("nmod", "nmod:poss") or genitive_name(o))
              and not any(c.deprel == "case" and c.text.isalpha() and c.text.lower() not in ("von", "vom")
                          for c in sent.kids(o.id))]  # "auf Telegram": where; "von Netanjahus Büro": whose
    return genitive_owner(ctx, sent, owners) if owners else None


def genitive_name(w: Word) -> bool:
    """"einer Erklärung Katars und Ägyptens": a name in the genitive the parse set in apposition."""
    return w.deprel == "appos" and w.upos in ("PROPN", "NOUN") and w.text[:1].isupper() \
        and w.text.endswith(("s", "'", "’"))


def genitive_owner(ctx: Context, sent: Sentence, owners: list[Word]) -> Mention:
    """The first owner with the genitives right after it that the parse hung beside it, not
    under it ("nach einer Meldung des Kairoer Staatsfernsehens": "Kairoer" and
    "Staatsfernsehens" both on "Meldung")."""
    first = mention(ctx, sent, owners[0])
    end, head = first.end, first.head
    for o in owners[1:]:
        words = subtree(sent, o.id)
        if words[0].start - end > 1 or words[0].feat("Case") != "Gen" and not apposed_name(ctx, words):
            break
        if words[0].id == o.id and end == first.head.end:
            head = o  # no article of its own: "Kairoer" is its attribute, "Staatsfernsehens" the head
        end = words[-1].end
    if end == first.end:
        return first
    words = [w for w in sent.words if first.start <= w.start and w.end <= end]
    spans = [(w.start, w.end) for w in words if w.upos in ("NOUN", "PROPN")]
    return Mention(ctx.text[first.start:end], first.start, end, head, spans, words)


def apposed_name(ctx: Context, words: list[Word]) -> bool:
    """A bare name right after a title, which the parse hung beside it ("des Hamas-Funktionärs
    Taher al-Nunu": "Nunu" a second owner): capitalised names and their hyphens, no article."""
    return words[0].upos == "PROPN" and all(
        w.upos in ("PROPN", "NOUN") and w.text[:1].isupper() or w.text == "-"
        or w.text.lower() in ctx.lex.name_particles for w in words)


def antecedent_of_relative(ctx: Context, sent: Sentence, v: Word, pron: Word) -> Mention | None:
    """"seine Verbündeten, die erklären, …": the speaker is the noun the relative clause is on."""
    if v.deprel.startswith("acl") and v.head and sent.word(v.head).upos in ("NOUN", "PROPN"):
        return mention(ctx, sent, sent.word(v.head))
    before = [w for w in sent.words[:pron.id - 1] if w.upos in ("NOUN", "PROPN")]
    return mention(ctx, sent, before[-1]) if before else None


OBJECT_PRONOUNS = {"ihn", "ihm", "ihnen", "sich", "mich", "mir", "dich", "dir", "uns", "euch", "es"}


def surface_speaker(ctx: Context, sent: Sentence, v: Word,
                    content: tuple[int, int] | None) -> Mention | None:
    """The noun phrase right after the cue ("sagte der Sprecher") or opening the sentence."""
    text, index = ctx.text, ctx.index

    def stops(w: Word) -> bool:  # the noun phrase ends at a clause word or reported speech
        return (w.upos in ("PUNCT", "VERB", "AUX", "ADP", "SCONJ", "CCONJ") or index.inside(w.start)
                or bool(content and content[0] <= w.start < content[1]))

    after = []
    for w in sent.words[v.id:]:
        if stops(w):
            break
        after.append(w)
    if after:  # "sagte der Sprecher des Weißen Hauses, John Kirby, dass …"
        after = [sent.word(i) for i in range(after[0].id, apposed_name_end(sent, after[-1].id,
                                                                   ctx.lex.name_particles) + 1)]
    before = []
    for w in reversed(sent.words[:v.id - 1]):
        if stops(w):
            if w.id == 1 and w.text in NAME_PREFIXES and before and before[-1].text[:1].isupper():
                before.insert(0, w)  # "Von der Leyen betonte": a name, not a preposition
            break
        before.insert(0, w)
    while after and after[0].text.lower() in OBJECT_PRONOUNS:
        after = after[1:]  # "so beschrieb ihn die Gewerkschafterin X": the object comes first
    for run in (after, before if before and before[0].id == 1 else []):
        nominal = [w for w in run if w.upos in ("NOUN", "PROPN", "PRON")]
        if nominal:
            ids = {w.id for w in run}
            head = next((w for w in nominal if w.head not in ids), nominal[0])
            if run[-1].upos == "PROPN":  # a name run keeps no commas (but never becomes empty)
                run = [w for w in run if w.text != ","] or run
            start, end = run[0].start, run[-1].end
            spans = [(w.start, w.end) for w in nominal if w.upos != "PRON"] or [(head.start, head.end)]
            return Mention(text[start:end], start, end, head, spans, run)
    return None


def clause_subject(ctx: Context, sent: Sentence, w: Word) -> Mention | None:
    """The subject of the clause that holds `w` (climbing to the nearest verb)."""
    adverbs = ctx.lex.sentence_adverbs
    cur = w
    while cur.head:
        cur = sent.word(cur.head)
        subjects = [k for k in sent.kids(cur.id) if k.deprel in SUBJECTS]
        subjects = [k for k in subjects if k.text.lower() not in adverbs]
        if not subjects and cur.upos in ("VERB", "AUX"):  # "Nach eigenen Angaben hat die Armee …
            subjects = [k for k in nominative_objects(ctx, sent, cur, None)  # getötet": an object
                        if any(d.deprel == "det" and d.text.lower() in ("der", "die", "das")
                               for d in sent.kids(k.id))][:1]  # by the parse, with its article
        if subjects:
            return mention(ctx, sent, subjects[0])
        if cur.upos in ("NOUN", "PROPN") and cur.feat("Case") == "Nom" and any(
                k.deprel == "cop" for k in sent.kids(cur.id)):
            return left_noun_phrase(ctx, sent, cur)  # "…, 2023 war das Team nach eigener Aussage am Ziel"
    names = [k for k in sent.words if k.upos == "PROPN" and k.text.lower() not in adverbs]
    return mention(ctx, sent, names[0]) if names else None


def strong_genitive_plural(sent: Sentence, w: Word) -> bool:
    """An adjective in "-er" before a plural noun, with no article: "israelischer Medien"."""
    nxt = sent.word(w.id + 1) if w.id < len(sent.words) else None
    return w.upos == "ADJ" and w.text.endswith("er") and nxt is not None \
        and nxt.upos == "NOUN" and nxt.feat("Number") == "Plur"


GENITIVE_ARTICLES = ("des", "der", "eines", "einer")


def strong_adjective_before_noun(sent: Sentence, w: Word) -> bool:
    """"nach Angaben ägyptischer Sicherheitskreise": right after the source noun an adjective in
    "-er" with no article before a noun is a genitive, whatever number the tagger gave the noun."""
    nxt = sent.word(w.id + 1) if w.id < len(sent.words) else None
    return w.upos == "ADJ" and w.text.endswith("er") and nxt is not None and nxt.upos == "NOUN"


def continues_genitive(last: Word, w: Word) -> bool:
    """The owner phrase goes on: an article or adjective before its noun, a name after it, or
    the next genitive ("des Ministeriums der Hamas"); an object after it ends it ("den Vorschlag")."""
    if last.upos in ("DET", "ADJ"):
        return w.upos in ("ADJ", "NOUN", "PROPN")
    return w.upos in ("NOUN", "PROPN") or w.upos == "DET" and w.text.lower() in GENITIVE_ARTICLES


def following_genitive(ctx: Context, sent: Sentence, noun: Word) -> Mention | None:
    """"nach Angaben des Gesundheitsministeriums" when the parse did not attach the owner; also
    a genitive plural without article ("nach Angaben palästinensischer Gesundheitsbehörden":
    the strong "-er" of the adjective says genitive whatever case the tagger gave it)."""
    text = ctx.text
    run: list[Word] = []
    for w in sent.words[noun.id:]:
        name_genitive = not run and w.upos == "PROPN" and w.text.endswith("s")  # "Angaben Katars"
        if not run and w.upos in ("DET", "ADJ", "NOUN", "PROPN") and (
            w.feat("Case") in (None, "Gen") or name_genitive or strong_genitive_plural(sent, w)
            or strong_adjective_before_noun(sent, w)
        ) or run and continues_genitive(run[-1], w):
            run.append(w)
            if name_genitive:
                break  # a name in the genitive is the whole owner
            continue
        break
    nouns = [w for w in run if w.upos in ("NOUN", "PROPN")]
    if not nouns:
        return None
    head = nouns[0]
    return Mention(text[run[0].start:run[-1].end], run[0].start, run[-1].end, head,
                   [(w.start, w.end) for w in nouns], run)


def left_noun_phrase(ctx: Context, sent: Sentence, noun: Word) -> Mention:
    """The noun with the articles and adjectives right before it, nothing else: where the parse
    ran other words into its phrase ("Medienberichten zufolge", "zitierte die Zeitung X Planer")."""
    first = noun
    while first.id > 1 and (sent.word(first.id - 1).upos in ("DET", "ADJ") and sent.word(
            first.id - 1).head == noun.id or compound_part_before(ctx.text, sent, first)):
        first = sent.word(first.id - 1)  # "einen US-Beamten": the compound's first part too
    while first.id < noun.id and first.upos == "ADJ" and first.text.lower() == first.lemma.lower():
        first = sent.word(first.id + 1)  # uninflected, so no attribute: "bestehen" tagged ADJ
    words = [x for x in sent.words if first.id <= x.id <= noun.id]
    return words_mention(ctx, words, first.start, noun.end, ("NOUN", "PROPN"))


def compound_part_before(text: str, sent: Sentence, w: Word) -> bool:
    """The word before `w` is a part of its compound the tokenizer split at a hyphen ("US", "-"
    of "US-Beamten"), written without a space."""
    if w.id < 2:
        return False
    prev = sent.word(w.id - 1)
    return prev.end == w.start and (prev.text == "-" or text[prev.end:prev.end + 1] == "-"
                                    or prev.text.endswith("-"))


def words_mention(ctx: Context, words: list[Word], start: int, end: int,
                  spans_of: tuple[str, ...] | None = None) -> Mention:
    """A mention read off the surface: `words` between `start` and `end`, headed by the word
    whose head lies outside them."""
    ids = {w.id for w in words}
    outside = [w for w in words if w.head not in ids]  # a split parse: the noun, not its article
    head = next((w for w in outside if w.upos in ("NOUN", "PROPN")), outside[0] if outside else words[-1])
    spans = [(w.start, w.end) for w in words if spans_of is None or w.upos in spans_of]
    return Mention(ctx.text[start:end], start, end, head, spans, words)
