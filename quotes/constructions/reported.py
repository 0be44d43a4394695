"""Reported speech: the content clause of a cue becomes an indirect quote, a mixed one when it
holds text in quotation marks ("Israel trage die „volle Verantwortung“").

The rule is `indirect.<cue rule>`: `indirect.speech_verb`, `indirect.zufolge`, `indirect.so` …
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quotes.constructions.core import (
    Context,
    Cue,
    Marked,
    Named,
    Pronoun,
    RawQuote,
    StatementIssuer,
    clean_span,
    is_subjunctive,
    mention_of,
)
from quotes.constructions.mentions import is_medium_mention, only_relays
from quotes.parse import Word

MIN_CHARS = 3
CONFIDENCE = 0.8  # a named speaker
CONFIDENCE_UNNAMED = 0.65


def candidates(ctx: Context, cues: list[Cue]) -> Iterator[RawQuote]:
    """One candidate per cue with a reported clause, longest clause first (the merge step takes
    them in this order)."""
    relayed = relayed_attributions(ctx, cues) | relaying_media(ctx, cues) | relayed_restatements(ctx, cues)
    relayed_by_statements(ctx, cues)
    relayed_speech_acts(ctx, cues)
    for c in sorted(cues, key=lambda c: -(c.content[1] - c.content[0]) if c.content else 0):
        if not c.content or c.content[1] - c.content[0] < MIN_CHARS or id(c) in relayed:
            continue
        s, e = detached(ctx, c)
        if e - s < MIN_CHARS:
            continue
        inside = ctx.index.covering(s)
        if inside is not None and inside is ctx.index.covering(e - 1):
            continue  # all of it is in one pair of quotation marks: direct speech, not a report
        fragments = ctx.index.within(s - 1, e + 1)
        kind = "mixed" if fragments else "indirect"
        s, e = with_outer_marks(fragments, s, e)
        conf = CONFIDENCE if isinstance(c.speaker, Named) else CONFIDENCE_UNNAMED
        span = ctx.sentence_span(min(s, c.start), max(e, c.end))
        yield RawQuote(s, e, kind, c.text, c.speaker, span, conf, f"indirect.{c.rule}",
                       (c.start, c.end), id(c))


def relayed_attributions(ctx: Context, cues: list[Cue]) -> set[int]:
    """Attribution phrases ("laut der Zeitung", "aus ihrer Sicht") around a speech verb that
    names its own speaker and reports a clause: the verb's report is the quote, the phrase a
    relay or part of it (GUIDELINES Q7, D16: "X nannte … laut der Zeitung „…“"). Not a party's
    "so X" around a report in Konjunktiv (`party_so_report`)."""
    verbs = [c for c in cues if c.content and c.word is not None and (
        c.kind in ("say", "name", "directive") or c.rule in ("np_object", "characterisation"))]

    def relays(a: Cue, v: Cue) -> bool:
        if v.sent != a.sent or party_so_report(ctx, a, v):
            return False
        around = isinstance(v.speaker, Named | Pronoun) and a.content[0] <= v.start < a.content[1]
        return around or v.content[0] <= a.start < v.content[1]  # "sagte, dass aus ihrer Sicht …"

    return {id(a) for a in cues if a.kind == "attribution" and a.content
            and any(relays(a, v) for v in verbs)}


def party_so_report(ctx: Context, a: Cue, v: Cue) -> bool:
    """"Scholz habe … betont, dass …, so Sprecherin X": a person or body (no medium, no
    unnamed source) whose "so X" closes a Konjunktiv report of another's speech act reports
    what that party said; the entry is X's, the whole clause (GUIDELINES D16: "A sagte, B habe
    gewarnt, …"). The Konjunktiv marks the verb as X's report; an indicative verb ("Scholz
    betonte, …, so X") is the text's own attribution, and laut/zufolge stay relays (Q7)."""
    if a.rule not in ("so", "so_mid") or v.word is None or not isinstance(a.speaker, Named):
        return False
    who = mention_of(a.speaker)
    return who is not None and not only_relays(ctx, who) and reported_act(ctx, v.word)


def reported_act(ctx: Context, v: Word) -> bool:
    """The speech verb is in Konjunktiv ("betone", "habe betont", "habe … bekräftigt und
    betont": the auxiliary of the first conjunct counts for the second)."""
    sent = ctx.sentence_at(v.start)
    if sent is None:
        return False
    verb = v
    while True:
        if is_subjunctive(verb, ctx.lex) or any(
                k.deprel.startswith("aux") and is_subjunctive(k, ctx.lex) for k in sent.kids(verb.id)):
            return True
        if verb.deprel != "conj" or not verb.head:
            return False
        verb = sent.word(verb.head)


def relaying_media(ctx: Context, cues: list[Cue]) -> set[int]:
    """A medium's or unnamed sources' speech verb whose reported clause is a named party's
    report ("X habe erklärt, …, berichtete der Sender"; "Aus Sicherheitskreisen hieß es, X habe
    erklärt, …"): the medium or the sources relay, the innermost report is the quote and its
    speaker the party (GUIDELINES Q7, D16)."""
    def is_medium(c: Cue) -> bool:
        return only_relays(ctx, mention_of(c.speaker))

    inner = [v for v in cues if v.content and v.word is not None and v.kind in (
        "say", "name", "directive") and isinstance(v.speaker, Named)
        and not is_medium_mention(ctx, mention_of(v.speaker))
        and v.rule != "speech_noun"]  # "die Erklärungen des Ministers sollten …": no report of his
    return {id(a) for a in cues if a.content and a.kind in ("say", "name") and is_medium(a)
            and not denies(ctx, a) and inner_report(a, inner) is not None}


DENIAL_VERBS = ("bestreiten", "dementieren", "abstreiten", "leugnen", "zurückweisen")


def denies(ctx: Context, a: Cue) -> bool:
    """"Zwei Beamte bestritten, dass die Vermittler sie gewarnt hätten, dass …": a denial
    passes nothing on; the deniers are a party who report and contest what another said, so
    the whole clause is theirs (GUIDELINES D16), though unnamed officials otherwise relay."""
    w = a.word
    if w is None:
        return False
    lemma = ctx.lex.forms.get(w.text.lower(), w.lemma or "")
    return lemma in DENIAL_VERBS or (w.lemma or "") in DENIAL_VERBS


def relayed_speech_acts(ctx: Context, cues: list[Cue]) -> None:
    """"Abu Karim, der laut Reuters eine Feuerpause für möglich erklärte": an attribution phrase
    (laut, zufolge) whose clause holds a party's speech verb with no clause of its own only
    relays that party's speech act; the party, named outside the clause (the relative's
    antecedent), is the speaker (GUIDELINES Q7, D16). A subject inside the clause ("X zufolge
    verlangt die Organisation darin …") stays the relay's (D22: a document's text)."""
    acts = [v for v in cues if v.content is None and v.word is not None and v.kind in ("say", "name")
            and isinstance(v.speaker, Named) and not only_relays(ctx, mention_of(v.speaker))]
    for a in cues:
        if a.kind != "attribution" or a.rule in ("so", "so_mid") or not a.content \
                or not only_relays(ctx, mention_of(a.speaker)):
            continue
        v = next((v for v in acts if v.sent == a.sent and a.content[0] <= v.start < a.content[1]
                  and not a.content[0] <= mention_of(v.speaker).start < a.content[1]), None)
        if v is not None:
            a.speaker = v.speaker


def relayed_restatements(ctx: Context, cues: list[Cue]) -> set[int]:
    """"Dies habe das Büro … bestätigt, berichtet die Zeitung": a medium's (or unnamed sources')
    report whose clause is a party's restatement of the sentence before (D21) relays it; that
    sentence is the party's entry (`restated`), the restating clause no quote (Q7)."""
    from quotes.constructions.restated import restates  # restated builds on this module's kin

    inner = [v for v in cues if v.content is None and v.word is not None and v.kind in ("say", "name")
             and isinstance(v.speaker, Named) and not only_relays(ctx, mention_of(v.speaker))]
    out = set()
    for a in cues:
        if not a.content or a.kind != "say" or not only_relays(ctx, mention_of(a.speaker)):
            continue
        sent = ctx.sentences[a.sent]
        if any(v.sent == a.sent and a.content[0] <= v.start < a.content[1] and sent.words[0].start
               >= a.content[0] - 1 and restates(ctx, sent, v.word) for v in inner):
            out.add(id(a))
    return out


def inner_report(a: Cue, inner: list[Cue]) -> Cue | None:
    """The named party's report that cue `a`'s clause holds, cue and content inside it."""
    return next((v for v in inner if v is not a and v.sent == a.sent
                 and a.content[0] <= v.start < a.content[1]
                 and a.content[0] <= v.content[0] and v.content[1] <= a.content[1]), None)


def relayed_by_statements(ctx: Context, cues: list[Cue]) -> None:
    """"Weiter hieß es, X habe … mitgeteilt, …": a statement with no issuer named that passes
    on a named party's report carries that party, for the resolver to take where the issuer
    only relays (GUIDELINES D16)."""
    inner = [v for v in cues if v.content and v.word is not None and v.kind in (
        "say", "name", "directive") and isinstance(v.speaker, Named)]
    for a in cues:
        if a.rule == "hiess_es" and a.content and isinstance(a.speaker, StatementIssuer):
            v = inner_report(a, inner)
            if v is not None:
                a.speaker = StatementIssuer(mention_of(v.speaker))


INSERTED_WIE = re.compile(r",\s+wie\s+$", re.IGNORECASE)


def detached(ctx: Context, c: Cue) -> tuple[int, int]:
    """The content without its own cue and speaker: where a (non-projective or wrong) parse put
    them inside, the part before them if it is a clause, else the part after. Mid-clause
    attribution phrases (laut, zufolge, nach Angaben, demnach) stay (GUIDELINES Q5)."""
    s, e = c.content
    if c.kind == "attribution":
        return s, e
    mention = mention_of(c.speaker)
    cuts = [(c.start, c.end)] + ([(mention.start, mention.end)] if mention else [])
    inside = [(a, b) for a, b in cuts if a < e and s < b]
    if not inside:
        return s, e
    a, b = min(x for x, _ in inside), max(y for _, y in inside)  # cue and speaker together
    if INSERTED_WIE.search(ctx.text[s:a]) and re.match(r"\s*(?:\w+\s*)?,", ctx.text[b:e]):
        return s, e  # "A wurden, wie X mitteilte, B": the inserted cue stays inside (D27)
    left, right = clean_span(ctx.text, s, a), clean_span(ctx.text, b, e)
    return left if len(ctx.text[left[0]:left[1]].split()) >= 3 else right  # "…, sagte X, der …"


def with_outer_marks(fragments: list[Marked], s: int, e: int) -> tuple[int, int]:
    """A mixed quote that begins or ends with a verbatim fragment keeps that fragment's
    quotation mark (GUIDELINES Q5: marks inside mixed quotes are kept)."""
    for m in fragments:
        if m.start <= s <= m.open + 1:
            s = m.open
        if m.close - 1 <= e <= m.end + 1 or e == m.close:
            e = m.close + 1
    return s, e
