"""A source phrase whose outlet stands in quotation marks ("Nach Angaben der „New York Times“",
"Laut „Haaretz“") ends after its closing mark: the report begins with its own words (GUIDELINES.md
Q5, D25). Made-up news sentences."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text", [
    "Nach Angaben der „New York Times“ will die Regierung den Vorschlag am Sonntag beraten.",
    "Laut „Times of Israel“ will die Regierung den Vorschlag am Sonntag beraten.",
])
def test_the_report_after_a_quoted_outlet_starts_with_its_own_words(analyzer, text):
    q = quote_with(quotes_of(analyzer, text), "Vorschlag am Sonntag")
    assert q.quote.startswith("will die Regierung")


def test_a_paper_named_in_marks_after_its_noun_is_that_paper_not_the_one_before(analyzer):
    text = ("Die „New York Times“ berichtete über die Gespräche. Die Zeitung „Haaretz“ meldete, die "
            "Delegation reise ab.")
    q = quote_with(quotes_of(analyzer, text), "Delegation")
    assert q.speaker == "Haaretz"
