"""The settings continuation_mention and adverb_mention, on real parses of made-up texts: by the
project's convention (GUIDELINES F2, the default "none") a continuation and a "demnach" quote have
no agent in their attribution and so no mention; the German WikiNews data marks a continuation with
the mention of the report it continues ("antecedent") and "demnach" as its own mention ("adverb")."""

from __future__ import annotations

import pytest

from quotes.constructions import Extractor
from quotes.resolve import resolve_quotes

SHELTER = ("Die Leiterin des Tierheims in Wolfsbach kritisierte am Dienstag, die Gemeinde habe die "
           "Zuschüsse seit Jahren nicht erhöht. Die Pflege der Hunde sei so kaum noch zu bezahlen. "
           "Man werde im Herbst neue Spender suchen müssen.")
MENTION = "Die Leiterin des Tierheims in Wolfsbach"


def found(parser, text: str, antecedent: bool, adverb: bool = False):
    parsed = parser.parse(text)
    return resolve_quotes(Extractor().extract(parsed), parsed, "t.txt",
                          antecedent_mentions=antecedent, adverb_mentions=adverb)


def test_project_convention_leaves_a_continuation_without_mention(parser):
    report, *continuations = found(parser, SHELTER, antecedent=False)
    assert report.speaker_mention == MENTION
    assert [(q.cue, q.speaker_mention) for q in continuations] == [(None, None), (None, None)]


def test_continuations_carry_the_mention_of_the_report_they_continue(parser):
    report, *continuations = found(parser, SHELTER, antecedent=True)
    assert len(continuations) == 2
    for q in continuations:
        assert (q.speaker, q.speaker_mention) == (report.speaker, MENTION)
        assert (q.speaker_start, q.speaker_end) == (report.speaker_start, report.speaker_end)


def test_continuation_of_an_unnamed_source_carries_its_mention(parser):
    text = ("Augenzeugenberichten zufolge brannte die Lagerhalle am Stadtrand von Kornfeld schon kurz "
            "nach Mitternacht lichterloh. Verletzt worden sei dabei niemand.")
    report, continuation = found(parser, text, antecedent=True)
    assert (report.speaker, report.speaker_mention) == (None, "Augenzeugenberichten")
    assert (continuation.speaker, continuation.speaker_mention) == (None, "Augenzeugenberichten")


DEMNACH = ("Die Feuerwehr von Lindau meldete am Abend einen Großbrand in einer Papierfabrik. Die "
           "Flammen waren demnach schon aus vielen Kilometern Entfernung zu sehen.")


@pytest.mark.parametrize("adverb, expected", [(False, None), (True, "demnach")])
def test_demnach_is_the_mention_only_by_the_wikinews_convention(parser, adverb, expected):
    q = next(q for q in found(parser, DEMNACH, antecedent=False, adverb=adverb) if "Flammen" in q.quote)
    assert (q.cue, q.speaker_mention) == ("demnach", expected)
    if adverb:
        assert (q.speaker_start, q.speaker_end) == (q.cue_start, q.cue_end)


def test_a_possessive_mention_is_not_passed_on(parser):
    text = ("Die Anwältin Mira Sand äußerte sich am Freitag vor dem Landgericht. Nach ihren "
            "Informationen habe der Zeuge gelogen. Der Prozess müsse daher neu beginnen.")
    quotes = found(parser, text, antecedent=True)
    continuation = next(q for q in quotes if "neu beginnen" in q.quote)
    assert (continuation.speaker, continuation.speaker_mention) == ("Mira Sand", None)
