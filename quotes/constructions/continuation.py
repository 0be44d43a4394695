"""Quotes that go on without a cue of their own, after the quotes the other constructions found:

- `continuation.paragraph`: a cue-less quotation paragraph (or one right after a quote) keeps the
  previous speaker;
- `continuation.introduced`: "Gantz hält dagegen. „…“" – the subject of the sentence before;
- `continuation.konjunktiv`: a Konjunktiv I sentence right after a report goes on with it;
- `continuation.reported`: a sentence whose own speech verb is in Konjunktiv I ("Der Landrat
  habe ihr zugesagt, …", "Die Hamas verlange, dass …") right after a report is still that
  report: the reporter relays what a third party said (GUIDELINES D16), so the whole sentence
  goes on with the reporter, unless the reporter is a medium (D16: a relay gives way);
  `continuation.after_cue` after a speech verb without a report of its own ("X äußerte sich.
  Er lehne …"); `continuation.after_subject` after a sentence whose subject names a person or a
  body, when the sentence is in a form only Konjunktiv I has ("Die Miliz wird … einstellen. Man
  werde akzeptieren, …").

A sentence whose only subjunctive is a Konjunktiv II that has a distinct Konjunktiv I beside it
("könnte", "würde", "wäre") is the writer's conditional, not a continuation, unless the report
before it is itself in that Konjunktiv II (`writers_conditional`, `hypothetical_report`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from quotes.constructions.core import (
    SUBJECTS,
    Context,
    Cue,
    Marked,
    Mention,
    Named,
    PreviousSpeaker,
    Pronoun,
    RawQuote,
    clean_span,
    is_relative,
    is_subjunctive,
    lexicon_block,
    opens_condition,
    reference,
    subtree,
    t_stem_konjunktiv_i,
)
from quotes.constructions.mentions import mention, no_subject, nominative_objects, only_relays
from quotes.constructions.speech_verbs import accused_in_passive, closing_wie
from quotes.labels import is_source_noun
from quotes.lexicon import Lexicon
from quotes.parse import Sentence, Word

QUOTE_OPENERS = ("„", "»", "«", '"', "‚")
MIN_SCARE_WORDS = 4  # shorter text in quotation marks is a term, not a quotation
MAX_DISTANCE = 900
CONFIDENCE_DIRECT = 0.6
CONFIDENCE_KONJUNKTIV = 0.5


MAX_ROUNDS = 4


def candidates(ctx: Context, quotes: list[RawQuote], cues: list[Cue] = ()) -> Iterator[RawQuote]:
    """Continuations of `quotes` and of each other: a quotation after a Konjunktiv continuation,
    a Konjunktiv sentence after a cue-less quotation ("Er hoffe … «…» Man werde …"), found in
    rounds until one adds nothing."""
    found: list[RawQuote] = []
    for _ in range(MAX_ROUNDS):
        known = sorted([*quotes, *found], key=lambda q: q.start)
        new = list(one_round(ctx, known, cues))
        if not new:
            break
        found += new
    yield from found


def quoted_sentence(marked: str) -> bool:
    """"Wir sind bereit.", "Das reicht nicht!": a whole sentence of two or more words, its
    final stop inside the marks, is a quotation however short; a term is not ("Spielchen")."""
    marked = marked.strip()
    return len(marked.split()) >= 2 and marked[:1].isupper() and marked.endswith((".", "!", "?"))


QUOTE_JOINS = ("", "und", "oder", "sowie")  # „A“ und „B“: two quotations of one cue


def in_cue_clause(text: str, last: RawQuote, m) -> bool:
    """"„…“, zitierte die Zeitung „The Times of Israel“ aus …": marks in the same sentence as
    the quote before, after it with no sentence end between, are a name or a term in its
    attribution, not a quotation that goes on."""
    if not last.end <= m.open < last.sentence[1]:
        return False
    between = text[last.end:m.open]
    return not re.search(r"[.!?]", between) and between.strip(" \n„“\"»«‚‘,").lower() not in QUOTE_JOINS


def one_round(ctx: Context, quotes: list[RawQuote], cues: list[Cue] = ()) -> Iterator[RawQuote]:
    """Continuations of `quotes` (sorted by start), in text order per kind."""
    text = ctx.text
    covered = [(q.sentence[0], q.sentence[1]) for q in quotes]
    starts = sorted(q.start for q in quotes)
    # first the Konjunktiv sentences: a quoted phrase inside one makes it mixed, not direct
    yield from konjunktiv_continuations(ctx, quotes, covered, cues)
    yield from split_report_parts(ctx, quotes)
    for m in ctx.marked:
        if any(q.start == m.start for q in quotes) or any(
            q.start <= m.start and m.end <= q.end for q in quotes
        ):
            continue
        words = len(text[m.start:m.end].split())
        prev = bisect.bisect_left(starts, m.start) - 1
        if words < MIN_SCARE_WORDS and not quoted_sentence(text[m.start:m.end]):
            continue
        introducer = introducing_subject(ctx, m, covered)
        if introducer is not None:  # "Gantz hält dagegen. „…“"
            span = ctx.sentence_span(m.open, m.close)
            yield RawQuote(m.start, m.end, "direct", None, reference(introducer), span,
                           CONFIDENCE_DIRECT, "continuation.introduced")
            continue
        if prev < 0:
            continue
        before = text[:m.open].rstrip()
        paragraph_start = not before or before.endswith("\n") or text[
            text.rfind("\n", 0, m.open) + 1:m.open
        ].strip() == ""
        last = max((q for q in quotes if q.end <= m.open), key=lambda q: q.end, default=None)
        follows_quote = last is not None and not text[last.sentence[1]:m.open].strip() \
            and not in_cue_clause(text, last, m)
        if not (paragraph_start or follows_quote) or last is None or m.open - last.end > MAX_DISTANCE:
            continue
        span = ctx.sentence_span(m.open, m.close)
        yield RawQuote(m.start, m.end, "direct", None, PreviousSpeaker(), span, CONFIDENCE_DIRECT,
                       "continuation.paragraph")


REPORTING_KINDS = ("say", "directive", "name")
def reported_reports(ctx: Context, quotes: list[RawQuote], cues: list[Cue]) -> list[RawQuote]:
    """`quotes` with each `continuation.reported` in place of the inner report it holds: a
    reported clause whose cue is the main verb of its sentence, in Konjunktiv I, with a named
    subject, in the sentence right after one a report covers, becomes the whole sentence as a
    continuation of that report ("…, sagte die Bürgermeisterin. Der Landrat habe ihr zugesagt,
    die Brücke zu reparieren." is hers)."""
    by_id = {id(c): c for c in cues}
    ordered = sorted(quotes, key=lambda q: q.start)
    out = []
    for i, q in enumerate(ordered):
        c = by_id.get(q.cue_id) if q.cue_id is not None else None
        before = running_report(ctx, ordered[:i], c) if c is not None else None
        if c is None or before is None or not relays_third_party(ctx, q, c) \
                or any(a.kind == "attribution" and a.sent == c.sent for a in cues):  # "X zufolge habe …"
            out.append(q)
            continue
        sent = ctx.sentences[c.sent]
        s, e = clean_span(ctx.text, sent.start, sent.end)
        kind = "mixed" if ctx.index.within(s, e + 1) else "indirect"
        out.append(RawQuote(s, e, kind, None, PreviousSpeaker(q.mention), (sent.start, sent.end),
                            CONFIDENCE_KONJUNKTIV, "continuation.reported"))
    return out


def relays_third_party(ctx: Context, q: RawQuote, c: Cue) -> bool:
    """The cue is the sentence's main verb, a speech verb in Konjunktiv I, its subject a noun
    phrase (a pronoun is the reporter himself: "Er habe Y gesagt" stays his own report)."""
    w = c.word
    sent = ctx.sentences[c.sent]
    if w is not None and q.kind != "direct" and isinstance(q.speaker, Named) \
            and closing_wie(sent, w) is not None:  # "…, wie die Vermittler betont hätten."
        finite = [w, *(k for k in sent.kids(w.id) if k.deprel in ("aux", "aux:pass"))]
        return any(own_konjunktiv_i(ctx, v) or v.text.lower() in PLURAL_STAND_INS for v in finite)
    if q.kind == "direct" or c.kind not in REPORTING_KINDS or w is None or w.head != 0 \
            or not (isinstance(q.speaker, Named) or accused_in_passive(ctx, sent, w, w.lemma)) \
            or c.start > q.start or w.lemma == "heißen":
        return False  # "Außerdem sei X beschuldigt worden, …" goes on with the report too
    finite = [w, *(k for k in sent.kids(w.id) if k.deprel in ("aux", "aux:pass"))]
    return any(own_konjunktiv_i(ctx, v) or v.text.lower() in PLURAL_STAND_INS for v in finite) \
        and not ctx.index.within(sent.start, q.start)


# "Die Vermittler hätten zugesagt, …": Konjunktiv I "haben" would look like the indicative, so
# reported speech takes Konjunktiv II in the plural; after a report, no writer's conditional
PLURAL_STAND_INS = {"hätten"}


def own_konjunktiv_i(ctx: Context, v: Word) -> bool:
    """A finite verb in a form only Konjunktiv I has ("habe", "verlange", "sei", "werde")."""
    t = v.text.lower()
    if v.feat("VerbForm") in ("Inf", "Part") or t in NOT_KONJUNKTIV_I or past_or_konjunktiv_ii(v, ctx.lex):
        return False
    return is_subjunctive(v, ctx.lex) and (t in ("sei", "seien") or (
        t.endswith("e") and v.feat("Number") != "Plur"))


def running_report(ctx: Context, before: list[RawQuote], c: Cue) -> RawQuote | None:
    """The report that covers the sentence right before cue `c`'s, unless a medium gave it
    (a medium relays: the third party it names is the speaker, D16)."""
    if c.sent == 0:
        return None
    prev = ctx.sentences[c.sent - 1]
    last = next((b for b in reversed(before) if b.sentence[0] <= prev.start < b.sentence[1] + 1
                 or prev.start <= b.start < prev.end), None)
    if last is None or last.mention is None and not isinstance(last.speaker, PreviousSpeaker):
        return None
    return None if only_relays(ctx, chain_origin(before, last).mention) else last


def chain_origin(before: list[RawQuote], last: RawQuote) -> RawQuote:
    """The quote with a mention of its own that a chain of cue-less continuations goes on
    from ("X sagte, … . Man sei … . Y habe …": X's report), else `last` itself."""
    if last.mention is not None or not isinstance(last.speaker, PreviousSpeaker):
        return last
    at = next((i for i, b in enumerate(before) if b is last), len(before))
    for b in reversed(before[:at]):
        if b.mention is not None:
            return b
        if not isinstance(b.speaker, PreviousSpeaker):
            break
    return last


def restating(ctx: Context, sent: Sentence, cues: list[Cue]) -> bool:
    """"Dies habe das Büro … bestätigt, berichtet die Zeitung": a sentence whose own cue, with
    a named speaker, restates the sentence before (GUIDELINES D21) attributes that sentence; it
    goes on with no report, though its verb is in Konjunktiv."""
    from quotes.constructions.restated import restates  # restated imports the speech verbs

    return any(c.content is None and c.word is not None and c.kind in ("say", "name")
               and isinstance(c.speaker, Named) and restates(ctx, sent, c.word) for c in cues)


def konjunktiv_continuations(ctx: Context, quotes: list[RawQuote], covered: list[tuple[int, int]],
                             cues: list[Cue] = ()) -> Iterator[RawQuote]:
    text = ctx.text
    is_covered = covering_test(covered)  # what this loop adds never covers a later sentence
    by_end = sorted(quotes, key=lambda q: q.end)
    taken, latest, added = 0, None, None  # the quote ending last before the sentence, in one pass
    cues_of: dict[int, list[Cue]] = {}
    for c in cues:
        cues_of.setdefault(c.sent, []).append(c)
    used = {q.cue_id for q in quotes}
    aside = -1  # a writer's conditional inside a report: the report goes on after it
    for i, sent in enumerate(ctx.sentences):
        while taken < len(by_end) and by_end[taken].end <= sent.start:
            if latest is None or by_end[taken].end > latest.end:
                latest = by_end[taken]
            taken += 1
        lead_end = None
        if i == 0 or ctx.index.inside(sent.start) or restating(ctx, sent, cues_of.get(i, [])):
            continue
        if is_covered(sent.start):
            lead_end = leading_free_part(ctx, sent, quotes)
            if lead_end is None:
                continue
        prev_q = latest if added is None or (latest is not None and latest.end >= added.end) \
            else added
        prev_sent = ctx.sentences[i - 2 if i - 1 == aside else i - 1]
        speaker, rule = PreviousSpeaker(), "continuation.konjunktiv"
        strict = False
        if prev_q is None or not (prev_q.sentence[0] <= prev_sent.start < prev_q.sentence[1] + 1):
            cue = contentless_cue(cues_of.get(i - 1, []), i - 1, used, ctx)
            if cue is not None:
                speaker, rule = cue.speaker, "continuation.after_cue"  # "X äußerte sich. Er lehne …"
                if restating(ctx, prev_sent, [cue]):  # "Das teilte X mit. Beide Seiten hätten …": X
                    from quotes.constructions.restated import restated_voice  # imports speech verbs

                    speaker = restated_voice(ctx, prev_sent, cue.word) or speaker
            elif (voice := introduced_voice(ctx, prev_sent)) is not None:
                speaker, rule, strict = reference(voice), "continuation.after_subject", True
                # "X sagte, … . Anders sah es Y. Z sei …": Y's, though X's report ran before
            else:  # "Die Miliz werde … einstellen. Man werde akzeptieren, …": its subject
                subject = acting_subject(ctx, prev_sent)
                if subject is None or ctx.index.within(prev_sent.start, prev_sent.end + 1):
                    continue
                interrupted = prev_q is not None and i >= 2 and ctx.sentences[i - 2].start < \
                    prev_q.sentence[1] + 1 and prev_q.sentence[0] <= ctx.sentences[i - 2].start \
                    and "\n\n" not in text[prev_q.end:prev_sent.start] \
                    and not introduces_content(text, prev_sent)
                # a new paragraph, or a colon ending the sentence ("X schloss sich an:"): its subject
                speaker = reference(subject) if may_speak(ctx, subject, prev_sent) and not (
                    is_konjunktiv_one(ctx, prev_sent) or hearsay(prev_sent)
                    or interrupted) else PreviousSpeaker()  # "X sagte, … . Y lehnte ab. Z sei …"
                # after a colon ("X zeigte sich skeptisch: …") the content may take Konjunktiv II
                rule, strict = "continuation.after_subject", not introduces_content(text, prev_sent)
        if lead_end is not None:
            if not part_in_konjunktiv_i(ctx, sent, lead_end):
                continue
        elif not is_konjunktiv_one(ctx, sent) or (strict and not is_konjunktiv_i(ctx, sent)):
            continue
        if writers_conditional(ctx, sent) and not (
                rule == "continuation.konjunktiv" and hypothetical_report(ctx, prev_q)):
            # "…, berichteten Medien. Das wären neun. Sie müssten …": the writer's aside
            aside = i if rule == "continuation.konjunktiv" else -1
            continue
        s, e = clean_span(text, sent.start, lead_end or sent.end)
        kind = "mixed" if ctx.index.within(s, e + 1) else "indirect"
        q = RawQuote(s, e, kind, None, speaker, (sent.start, sent.end), CONFIDENCE_KONJUNKTIV, rule)
        yield q
        added = q


def introduces_content(text: str, sent: Sentence) -> bool:
    """A sentence that ends in a colon announces the words that follow it."""
    return text[sent.start:sent.end].rstrip().endswith(":")


MAX_FRAME_WORDS = 8  # ", sagte der Sprecher am Montag in Berlin, …"


def split_report_parts(ctx: Context, quotes: list[RawQuote]) -> Iterator[RawQuote]:
    """`continuation.split`: "Die Gespräche seien gescheitert, sagte der Sprecher, eine Einigung
    sei nicht in Sicht": a Konjunktiv I clause after the comma that closes a cue standing
    between two parts of a report is the report's second part, with its cue and speaker
    (GUIDELINES Q6, split quotes)."""
    taken = [(q.start, q.end) for q in quotes]
    for q in quotes:
        if q.cue_span is None or q.parent is not None:
            continue
        sent = ctx.sentence_at(q.cue_span[0])
        if sent is None or not sent.start <= q.start < sent.end:
            continue
        if q.end <= q.cue_span[0]:
            part = part_after_frame(ctx, sent, q)
        elif q.kind != "direct" and q.cue_span[1] <= q.start:
            part = part_before_frame(ctx, sent, q)
        else:
            continue
        if part is None or any(a < part[1] and part[0] < b for a, b in taken):
            continue
        kind = "mixed" if ctx.index.within(part[0], part[1] + 1) else "indirect"
        yield RawQuote(part[0], part[1], kind, q.cue, q.speaker, q.sentence, CONFIDENCE_KONJUNKTIV,
                       "continuation.split", q.cue_span)


def part_after_frame(ctx: Context, sent: Sentence, q: RawQuote) -> tuple[int, int] | None:
    """The clause after the comma that ends the cue's frame ("…, sagte X, B"), to the end of the
    sentence or a semicolon: a clause that opens like a main clause (no relative pronoun, no
    conjunction) and holds a Konjunktiv I; None otherwise."""
    assert q.cue_span is not None
    text = ctx.text
    between = text[q.end:q.cue_span[0]].strip(" “”\"»«")
    if between not in (",", "–", "—"):
        return None  # the cue right after the first part
    after = [w for w in sent.words if w.start >= q.cue_span[1]]
    comma = next((i for i, w in enumerate(after) if w.text in (",", ";", ":", ".")), None)
    if comma is None or comma > MAX_FRAME_WORDS or after[comma].text != "," or comma + 1 >= len(after):
        return None
    if any(w.upos in ("VERB", "AUX") and w.feat("VerbForm") == "Fin" for w in after[:comma]):
        return None  # ", sagte X, der … ist, …": the frame's own clause goes on
    first = after[comma + 1]
    if first.upos in ("SCONJ", "CCONJ") or is_relative(first) or first.text in QUOTE_OPENERS:
        return None
    end = next((w.start for w in after[comma + 1:] if w.text == ";"), sent.end)
    span = clean_span(text, first.start, end)
    if span[1] - span[0] < 10 or not part_in_konjunktiv_i(ctx, sent, span[1], span[0]):
        return None
    return span


def part_before_frame(ctx: Context, sent: Sentence, q: RawQuote) -> tuple[int, int] | None:
    """"Die Waffen müssten schweigen, betonte X, die Menschen bräuchten Ruhe", where the cue's
    report was read as the part after it: the clause from the sentence's start to the comma
    before the cue, when it opens like a main clause and holds a Konjunktiv I."""
    assert q.cue_span is not None
    text = ctx.text
    before = [w for w in sent.words if w.end <= q.cue_span[0]]
    if len(before) < 4 or before[-1].text != ",":
        return None
    first = before[0]
    if first.upos in ("SCONJ", "CCONJ", "ADP") or is_relative(first) or first.text in QUOTE_OPENERS \
            or ctx.index.inside(first.start):
        return None
    if any(w.text in (",", ";", ":") for w in before[:-1]) and not any(
            w.text == "," for w in sent.words if before[-1].end <= w.start < q.start):
        return None  # "A, B, sagte X": the cue's own frame reaches further back
    span = clean_span(text, first.start, before[-1].start)
    if span[1] - span[0] < 10 or not part_in_konjunktiv_i(ctx, sent, span[1], span[0]):
        return None
    return span


LEAD_SEPARATORS = ("; ", " und ")
MAX_LEAD_GAP_WORDS = 2


def leading_free_part(ctx: Context, sent: Sentence, quotes: list[RawQuote]) -> int | None:
    """Where the part of a sentence before the quotes found in it ends, when a semicolon or an
    "und" before the first one's cue closes it ("Das Feuer sei ausgebrochen; nach Polizeiangaben
    gebe es …", "Er halte X für richtig und bezeichnete Y als „Z“"): that part may continue a
    report of its own. None when a quote covers the sentence's start or reaches into it from
    before."""
    inside = [q for q in quotes if q.sentence[0] <= sent.start < q.sentence[1]]
    if not inside or any(q.start <= sent.start + 2 or q.sentence[0] < sent.start for q in inside):
        return None
    first = min(inside, key=lambda q: q.start)
    cut = first.start
    if first.cue_span is not None and sent.start < first.cue_span[0] < cut:
        cut = first.cue_span[0]
    lead = ctx.text[sent.start:cut]
    at = max(lead.rfind(sep) for sep in LEAD_SEPARATORS)
    if at <= 0 or len(lead[at:].split()) > MAX_LEAD_GAP_WORDS:
        return None  # the gap: the separator and the cue phrase's own words ("; nach X")
    return sent.start + at


def part_in_konjunktiv_i(ctx: Context, sent: Sentence, end: int, start: int = 0) -> bool:
    """The words between `start` and `end` hold a finite verb in a form only Konjunktiv I has
    ("sei", "halte", "gebe"; see `is_konjunktiv_i`)."""
    for v in sent.words:
        if v.end > end or v.start < start or v.upos not in ("VERB", "AUX") \
                or v.feat("VerbForm") in ("Inf", "Part"):
            continue
        if only_konjunktiv_i_form(ctx, v):
            return True
    return False


def only_konjunktiv_i_form(ctx: Context, v: Word) -> bool:
    """A subjunctive in a form only Konjunktiv I has ("sei", "halte", "gebe"), not Konjunktiv II
    or a past the writer uses too."""
    t = v.text.lower()
    if t in NOT_KONJUNKTIV_I or past_or_konjunktiv_ii(v, ctx.lex) or not is_subjunctive(v, ctx.lex):
        return False
    return t in ("sei", "seien") or (t.endswith("e") and v.feat("Number") != "Plur")


def covering_test(spans: list[tuple[int, int]]):
    """A test "does any span cover this position?" in log time (spans sorted once)."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach, best = [], -1
    for _, b in spans:
        best = max(best, b)
        reach.append(best)

    def covers(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and reach[i] > pos

    return covers


def contentless_cue(cues: list[Cue], si: int, used: set, ctx: Context) -> Cue | None:
    """A speech verb of sentence `si` with a named speaker whose own report was not taken
    ("X äußerte sich", "X forderte die Regierung zu Verhandlungen auf"); of two, the last, the
    voice nearest to what follows ("X äußerte sich nach einem Treffen mit Y. Dieser warnte …",
    one sentence to a tagger that took "II." for an ordinal). A verb inside a dass/ob clause
    is what a plan or a report says someone will do ("Der Beschluss sieht vor, dass eine
    Kommission entscheiden soll"), no one speaking there."""
    sent = ctx.sentences[si]
    return next((c for c in reversed(cues) if c.sent == si and c.kind in ("say", "name", "directive")
                 and id(c) not in used and isinstance(c.speaker, Named | Pronoun)
                 and not in_content_clause(ctx, sent, c.word)), None)


def in_content_clause(ctx: Context, sent: Sentence, w: Word | None) -> bool:
    """Whether `w` or a verb it hangs on opens a clause with "dass", "ob" or another
    complementizer."""
    seen = set()
    while w is not None and w.id not in seen:
        seen.add(w.id)
        if any(k.deprel == "mark" and k.text.lower() in ctx.lex.complementizers for k in sent.kids(w.id)):
            return True
        w = sent.word(w.head) if w.head else None
    return False


NOT_KONJUNKTIV_I = {"würde", "würden", "wäre", "wären", "hätte", "hätten", "käme", "kämen",
                    "ginge", "gäbe", "gäben"}
UMLAUT_KONJUNKTIV_II = {"bliebe", "stünde", "läge", "fände", "hielte", "ließe", "sähe", "täte"}
VAGUE_SUBJECTS = {"es", "das", "dies", "dieser", "diese", "dieses", "man", "was", "wer"}


def is_konjunktiv_i(ctx: Context, sent: Sentence) -> bool:
    """The main verb in a form only Konjunktiv I has ("sei", "seien", "habe", "werde", "könne"),
    not Konjunktiv II ("würde", "hätte", "sollte"), which the writer uses too."""
    root = next((w for w in sent.words if w.head == 0), None)
    main = main_clause_verb(ctx, sent)
    verbs = [v for v in ([root] if root else []) + [k for k in sent.kids(root.id) if k.deprel in (
        "aux", "cop", "aux:pass")] + ([main] if main else []) if v is not None]
    for v in verbs:
        if only_konjunktiv_i_form(ctx, v):
            return True
    return False


def writers_conditional(ctx: Context, sent: Sentence) -> bool:
    """"Somit könnte X weiterhin regieren", "Das wären neun Geiseln": the writer's own
    hypothesis. Reported speech takes Konjunktiv II only where Konjunktiv I would look like the
    indicative ("sie müssten", "sie könnten" for "müssen", "können"); where Konjunktiv I has a
    form of its own (singular "müsse", "könne", "werde"; "sei"/"seien" of "sein"), a sentence
    whose every subjunctive verb is Konjunktiv II continues no report."""
    forms = [v for v in sent.words if v.upos in ("VERB", "AUX") and v.feat(
        "VerbForm") not in ("Inf", "Part") and is_subjunctive(v, ctx.lex)]
    return bool(forms) and all(distinct_konjunktiv_i(v, ctx.lex) for v in forms)


def hypothetical_report(ctx: Context, q: RawQuote | None) -> bool:
    """"Nach seinen Worten würde zunächst eine Feuerpause gelten. Israel würde …": a report
    that is itself in Konjunktiv II (the speaker's own hypothesis, a plan's terms) goes on in
    Konjunktiv II."""
    if q is None or q.kind == "direct":
        return False
    forms = [v for s in ctx.sentences if s.start < q.end and q.start < s.end
             for v in s.words if q.start <= v.start < q.end and v.upos in ("VERB", "AUX")
             and v.feat("VerbForm") not in ("Inf", "Part") and is_subjunctive(v, ctx.lex)]
    return bool(forms) and all(distinct_konjunktiv_i(v, ctx.lex) for v in forms)


def past_or_konjunktiv_ii(v: Word, lex: Lexicon) -> bool:
    """A singular "-te" form: the past or Konjunktiv II of a weak verb ("sagte", "könnte"), but
    not the Konjunktiv I of a verb whose stem ends in t ("halte", "arbeite", "gelte" of
    "halten", "arbeiten", "gelten": the stem plus "-e"; lexicon `t_stem_verbs`)."""
    t, lemma = v.text.lower(), v.lemma.lower()
    return t.endswith("te") and not (t == lemma[:-1] and lemma.endswith(lex.t_stem_verbs)
                                     or t_stem_konjunktiv_i(t, lex))


def distinct_konjunktiv_i(v: Word, lex: Lexicon) -> bool:
    """A Konjunktiv II form beside a Konjunktiv I form of its own: singular "-te" and
    umlaut forms ("könnte", "würde", "hätte", "gäbe") and every form of "wäre"."""
    form = v.text.lower()
    second = form in NOT_KONJUNKTIV_I or form in UMLAUT_KONJUNKTIV_II or past_or_konjunktiv_ii(v, lex)
    return second and (form.endswith("e") or form.startswith("wär"))


@lexicon_block("continuation")
class Block(BaseModel):
    model_config = ConfigDict(extra="forbid")

    speaker_noun_endings: list[str]  # a subject noun ending so names a person or a body
    reaction_nouns: list[str] = []  # "Kritik kam von X": the noun of a reaction, its source speaks
    comparison_adverbs: list[str] = []  # "Anders sah es X", "X sieht das ähnlich": a view compared
    view_verbs: list[str] = []  # lemmas that hold a view with a comparison adverb
    view_adjectives: list[str] = []  # "Für X ist klar": the view of the "für" phrase
    source_preps: list[str] = []  # "von X", "aus X": where a reaction comes from


def hearsay(sent: Sentence) -> bool:
    """"Der Zweite soll in das Gebäude gelangt sein": reportive "sollen" with a perfect
    infinitive passes on what others say (Q4); its subject is what is told of, not a source."""
    return any(w.text.lower() in ("soll", "sollen") and any(
        x.id > w.id and x.upos == "AUX" and x.text.lower() in ("sein", "haben") for x in sent.words)
        for w in sent.words)


def may_speak(ctx: Context, m: Mention, sent: Sentence) -> bool:
    """A name, "er"/"sie", or a noun for a person or a body ("Sprecherin", "Staatsanwaltschaft",
    a source noun of the label tables: "Funktionär"):
    the subject of the sentence before, not a thing ("Die Zahlungen"), is who goes on reporting."""
    head = m.head
    if head.upos in ("PROPN", "PRON") or bare_names_listed(sent, head):
        return True
    endings = tuple(ctx.lex.block("continuation", Block).speaker_noun_endings)
    return head.upos == "NOUN" and (head.text.lower().endswith(endings) or is_source_noun(head.text))


def bare_names_listed(sent: Sentence, head: Word) -> bool:
    """"Jordanien und Ägypten verurteilten …" (names the tagger read as nouns): capitalised
    nouns without an article, coordinated, are names; things come with one ("Die Preise und
    Löhne")."""
    nouns = [head] + [k for k in sent.kids(head.id) if k.deprel == "conj"]
    return len(nouns) >= 2 and all(w.upos in ("NOUN", "PROPN") and w.text[:1].isupper()
                                   and not any(d.upos == "DET" for d in sent.kids(w.id)) for w in nouns)


def acting_subject(ctx: Context, sent: Sentence) -> Mention | None:
    """The subject of the sentence's main verb when it names a person or a body (a name or a
    noun, not "es", "das", "man"), as the likely source of a report that follows."""
    root = next((w for w in sent.words if w.head == 0), None)
    if root is None or root.upos not in ("VERB", "AUX", "NOUN", "ADJ"):
        return None
    subjects = [k for k in sent.kids(root.id) if k.deprel == "nsubj"
                and k.upos in ("PROPN", "NOUN", "PRON") and k.text.lower() not in VAGUE_SUBJECTS
                and k.text.lower() not in ctx.lex.sentence_adverbs and not ctx.index.inside(k.start)
                and not no_subject(ctx, sent, k)  # "Als Ausgleich wollen die Länder …"
                and not (k.id > 1 and sent.word(k.id - 1).text.lower() == "als")]
    if not subjects:  # the subject the parse called an object ("wollen die Länder" as obj)
        subjects = nominative_objects(ctx, sent, root, None)
    if len(subjects) != 1 or (subjects[0].upos == "PRON" and subjects[0].text.lower() not in (
            "er", "sie")):
        return None
    return mention(ctx, sent, subjects[0])


def introduced_voice(ctx: Context, sent: Sentence) -> Mention | None:
    """The person or body a sentence without a report of its own brings in as the next voice:
    "Anders sah es X", "X sieht das ähnlich", "Ganz anders klang es bei X" (a view compared with
    the one before), "Kritik kam von X", "Widerspruch kam aus der Opposition" (a reaction and
    its source), "Für X ist klar" (lexicon block `continuation`). A Konjunktiv sentence after
    it is that voice's, also inside a paragraph where another report ran before."""
    if ctx.index.within(sent.start, sent.end + 1):
        return None
    block = ctx.lex.block("continuation", Block)
    root = next((w for w in sent.words if w.head == 0), None)
    if root is None:
        return None
    kids = sent.kids(root.id)
    subject = next((k for k in kids if k.deprel == "nsubj"), None)
    if subject is not None and (subject.lemma or subject.text) in block.reaction_nouns:
        return source_phrase(ctx, sent, [root, subject], block.source_preps)
    compared = {w.text.lower() for w in sent.words if w.deprel == "advmod" and (
        w.head == root.id or sent.word(w.head).deprel == "advmod" and sent.word(w.head).head == root.id)}
    if root.lemma in block.view_verbs and compared & set(block.comparison_adverbs):
        if subject is not None and subject.upos in ("NOUN", "PROPN") and may_speak(ctx, mention(
                ctx, sent, subject), sent):
            return mention(ctx, sent, subject)
        named = [k for k in kids if k.deprel in ("obj", "obl") and k.upos in ("NOUN", "PROPN")
                 and not any(c.deprel == "case" for c in sent.kids(k.id))]
        if subject is not None and subject.text.lower() in VAGUE_SUBJECTS and len(named) == 1:
            return mention(ctx, sent, named[0])  # "Anders sah es die Ministerin": "es" is what she sees
        return source_phrase(ctx, sent, [root], ["bei"]) if subject is not None \
            and subject.text.lower() == "es" else None
    if root.upos == "ADJ" and root.lemma in block.view_adjectives and any(k.deprel == "cop" for k in kids):
        return source_phrase(ctx, sent, [root], ["für"])
    return None


def source_phrase(ctx: Context, sent: Sentence, hosts: list[Word], preps: list[str]) -> Mention | None:
    """The noun phrase after one of `preps` hanging on `hosts` ("von der Organisation Forum der
    Familien"), read on along the surface over nouns, names, articles and adjectives the
    parse hung elsewhere."""
    ids = {h.id for h in hosts}
    noun = next((k for k in sent.words if k.head in ids and k.deprel in ("obl", "nmod")
                 and k.upos in ("NOUN", "PROPN") and any(
                     c.deprel == "case" and c.text.lower() in preps for c in sent.kids(k.id))), None)
    if noun is None:
        return None
    found = mention(ctx, sent, noun)
    last = max(w.id for w in found.words) if found.words else noun.id
    run = list(found.words)
    for w in sent.words[last:]:
        if w.upos not in ("NOUN", "PROPN", "DET", "ADJ") or ctx.index.inside(w.start):
            break
        run.append(w)
    if len(run) == len(found.words):
        return found
    run = [w for w in run if w.upos != "ADP" or w.id > noun.id]
    start, end = found.start, run[-1].end
    return Mention(ctx.text[start:end], start, end, noun, found.head_spans, run)


def introducing_subject(ctx: Context, m: Marked, covered: list[tuple[int, int]]) -> Mention | None:
    """A named person as subject of the sentence right before a cue-less quotation that
    starts a sentence ("Gantz hält dagegen. „…“") is taken as its speaker."""
    text = ctx.text
    sent = next((s for s in reversed(ctx.sentences) if s.end <= m.open), None)
    if sent is None or text[sent.end:m.open].strip() or ctx.index.within(sent.start, sent.end + 1):
        return None
    if any(a <= sent.start < b for a, b in covered):
        return None
    root = next((w for w in sent.words if w.head == 0), None)
    subjects = [k for k in sent.kids(root.id) if k.deprel in SUBJECTS and not topic_label(sent, k)
                ] if root else []
    if len(subjects) != 1 or not (subjects[0].upos == "PROPN" or titled_name(sent, subjects[0])
                                  or acronym(subjects[0])) \
            or subjects[0].text.lower() in ctx.lex.sentence_adverbs:
        return None
    return mention(ctx, sent, subjects[0])


def topic_label(sent: Sentence, w: Word) -> bool:
    """"Umweltpolitik: Die FDP will …": a word right before a colon at the start of the
    sentence labels the topic; the parse makes it a second subject."""
    return w.id < len(sent.words) and sent.word(w.id + 1).text == ":" and all(
        x.upos in ("NOUN", "PROPN", "ADJ", "DET") for x in sent.words[:w.id - 1])


def acronym(w: Word) -> bool:
    """"Die FDP", "Die UNO": a name in capitals that the tagger read as a common noun."""
    return w.upos == "NOUN" and len(w.text) >= 2 and w.text.isalpha() and w.text.isupper()


def titled_name(sent: Sentence, w: Word) -> bool:
    """"Die Ministerin Eva Roth": a noun with the name right after it, a named person too."""
    return w.upos == "NOUN" and any(k.upos == "PROPN" and k.id == w.id + 1 and k.deprel in (
        "appos", "flat", "flat:name", "nmod") for k in sent.kids(w.id))


def is_konjunktiv_one(ctx: Context, sent: Sentence) -> bool:
    """The main clause is in the subjunctive of reported speech ("sei", "werde", "gebe", "würde")."""
    root = next((w for w in sent.words if w.head == 0), None)
    if root is None or root.upos == "PUNCT":
        return False
    root = attributive_root(sent, root) or root
    verbs = [root] + [k for k in sent.kids(root.id) if k.deprel in ("aux", "cop", "aux:pass")]
    verbs = [v for v in verbs if not opens_condition(ctx, sent, v)]
    first_person = any(k.text.lower() in ("ich", "wir") for k in sent.kids(root.id)
                       if k.deprel in SUBJECTS)
    if first_person:
        return False
    main = main_clause_verb(ctx, sent)  # the surface, where the parse got the root wrong
    if coordinated_konjunktiv_i(ctx, sent, root) or possessive_read_verb(sent):
        return True
    return any(is_subjunctive(v, ctx.lex) for v in verbs) or (
        main is not None and is_subjunctive(main, ctx.lex)
        and not any(w.text.lower() in ("ich", "wir") for w in sent.words[:main.id + 1]))


def possessive_read_verb(sent: Sentence) -> bool:
    """"Damit meine er den Abzug der Truppen": "meine" tagged as a possessive, but no
    possessive stands before a personal pronoun; it is the verb, and "-e" with "er"/"sie" is
    Konjunktiv I (the indicative is "meint"). Only in the first three words, the main clause's
    verb-second place."""
    for w in sent.words[:3]:
        nxt = sent.word(w.id + 1) if w.id < len(sent.words) else None
        if w.upos == "DET" and w.feat("Poss") == "Yes" and w.text.lower().endswith("e") \
                and nxt is not None and nxt.upos == "PRON" and nxt.text.lower() in ("er", "sie") \
                and nxt.feat("Case") == "Nom":
            return True
    return False


def attributive_root(sent: Sentence, root: Word) -> Word | None:
    """"Die bis Donnerstag befristete Feuerpause habe … verbessert": the parse took the
    attributive participle for the finite main verb; the noun right after it is the subject of
    the real main verb, which hangs under it. Returns that verb."""
    if root.id >= len(sent.words) or root.id < 2 or sent.words[0].upos != "DET":
        return None
    noun = sent.word(root.id + 1)
    if noun.upos not in ("NOUN", "PROPN") or noun.deprel not in SUBJECTS or noun.head == root.id:
        return None
    verb = sent.word(noun.head)
    return verb if verb.head == root.id and verb.upos in ("VERB", "AUX") else None


def coordinated_konjunktiv_i(ctx: Context, sent: Sentence, root: Word) -> bool:
    """"Kinder stürben an Hunger, die Krankenhäuser seien überfüllt": a main clause coordinated
    with the root (opening with its own subject) whose verb is a Konjunktiv I
    only reported speech has ("sei", "seien", "habe", "werde", "könne" …), where the tagger
    missed the root's own Konjunktiv."""
    for k in sent.kids(root.id):
        if k.deprel != "conj" or k.id < root.id:
            continue
        clause = [w for w in subtree(sent, k.id) if w.upos != "PUNCT"]
        subject = next((c for c in sent.kids(k.id) if c.deprel in SUBJECTS), None)
        if not clause or subject is None or clause[0].id not in {
                w.id for w in subtree(sent, subject.id)} or is_relative(clause[0]):
            continue  # it opens with its own subject: a main clause, not ", dem X zugestimmt habe"
        verbs = [k, *(c for c in sent.kids(k.id) if c.deprel in ("aux", "cop", "aux:pass"))]
        if any(v.text.lower() in ctx.lex.subjunctive_forms and v.text.lower().endswith("e")
               and not distinct_konjunktiv_i(v, ctx.lex) for v in verbs) or any(
                v.text.lower() == "seien" for v in verbs):
            return True
    return False


def main_clause_verb(ctx: Context, sent: Sentence) -> Word | None:
    """The finite verb of the main clause read off the surface: the first finite verb in a
    comma-separated stretch that does not open with a conjunction or a relative pronoun."""
    stretch: list[Word] = []
    for w in [*sent.words, None]:
        if w is None or w.text in (",", ";", "–", "-", ":"):
            first = stretch[0] if stretch else None
            if first is not None and first.upos != "SCONJ" and not is_relative(first):
                verb = next((v for v in stretch if v.upos in ("VERB", "AUX") and (
                    v.feat("VerbForm") == "Fin" or v.text.lower() in ctx.lex.subjunctive_forms)), None)
                if verb is not None:
                    return verb
            stretch = []
            continue
        stretch.append(w)
    return None
