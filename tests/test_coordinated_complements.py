"""Two speech verbs with a content clause each, and a content clause opened by "dass, wenn":
"sagte, dass A, und betonte, dass B" (both reports, one speaker), "räumte ein, dass A, machte
aber deutlich, dass B", "warnte, dass, wenn …, …". Made-up news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_dass_wenn_is_a_content_clause_not_a_condition(analyzer):
    quotes = quotes_of(analyzer, "Die Direktorin warnte, dass, wenn die Waffenruhe nicht hält, dies zu "
                                 "großen Verlusten führen werde.")
    q = quote_with(quotes, "Verlusten")
    assert (q.quote, q.speaker_mention) == (
        "wenn die Waffenruhe nicht hält, dies zu großen Verlusten führen werde", "Die Direktorin")


def test_each_of_two_coordinated_cues_keeps_its_own_clause(analyzer):
    quotes = quotes_of(analyzer, "Er gab zu, dass die Lage ernst sei, machte aber seine "
                                 "Linie deutlich, dass er, falls die Gegenseite nicht einlenke, den "
                                 "Vertrag kündigen werde.")
    first, second = quote_with(quotes, "ernst"), quote_with(quotes, "kündigen")
    assert first.quote == "die Lage ernst sei"
    assert second.speaker_mention == "Er"


def test_the_second_cue_shares_the_subject_not_a_verb_of_the_first_report(analyzer):
    """"leugnet" inside the first report is no cue the second is coordinated with."""
    quotes = quotes_of(analyzer, 'Seinerseits sagte der Berater der Behörde, Omar Said, dass Israel "die '
                                 'Hilfe blockiert und die Not leugnet", und betonte, dass sich die Lage '
                                 'verschlechtere.')
    first, second = quote_with(quotes, "blockiert"), quote_with(quotes, "verschlechtere")
    assert first.cue == "sagte"
    assert second.speaker_mention == first.speaker_mention != "Israel"
