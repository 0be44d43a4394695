"""Characterisations (GUIDELINES Q2) whose "als" phrase the parse hung somewhere else than on
the verb: as a conjunction of a phrase on the verb, or on the verb's object."""

from __future__ import annotations

import pytest

from tests.conftest import quotes_of


@pytest.mark.parametrize("text, quote", [
    # "als" as a conjunction of a phrase the parse hung on the verb
    ("Die Gewerkschaft bezeichnete die Einigung als Erfolg der Beschäftigten.",
     "die Einigung als Erfolg der Beschäftigten"),
    # "als …" hung on the object
    ("Die Gewerkschaft wertete die Einigung als großen Erfolg.", "die Einigung als großen Erfolg"),
])
def test_a_characterisation_the_parse_hung_elsewhere(analyzer, text, quote):
    (q,) = quotes_of(analyzer, text)
    assert (q.quote, q.rule, q.speaker_mention) == (quote, "indirect.characterisation",
                                                    "Die Gewerkschaft")


@pytest.mark.parametrize("text, quote", [
    # a quoted adjective after "als" parsed as a conjunct of the verb
    ("Der Minister bezeichnete die Forderungen der Gewerkschaft als „maßlos“.",
     "die Forderungen der Gewerkschaft als „maßlos“"),
    # … as an adverb, verb-final: the object before the phrase belongs to the characterisation
    ("Die Ministerin hat die Forderungen als „maßlos“ bezeichnet.", "die Forderungen als „maßlos“"),
])
def test_a_quoted_adjective_after_als_is_a_characterisation_with_its_object(analyzer, text, quote):
    (q,) = quotes_of(analyzer, text)
    assert (q.quote, q.kind) == (quote, "mixed")


@pytest.mark.parametrize("text, quote", [
    # the quotation opened inside "von …" runs to its close, past the phrase the parse cut
    ("Smotrich sprach von einer „Kapitulation vor dem Terror“.",
     "von einer „Kapitulation vor dem Terror“"),
    # a quoted "als" phrase of a characterising verb is no direct speech of its own
    ("Der Verband wertete den Kompromiss als „guten Schritt“.", "den Kompromiss als „guten Schritt“"),
])
def test_quoted_words_in_a_characterisation_are_part_of_it(analyzer, text, quote):
    (q,) = quotes_of(analyzer, text)
    assert (q.quote, q.kind) == (quote, "mixed")


@pytest.mark.parametrize("text, quote", [
    ("Die Ministerin lobte den Kompromiss als „Durchbruch“.", "den Kompromiss als „Durchbruch“"),
    ("Der Verband würdigte die Einigung als „Meilenstein“.", "die Einigung als „Meilenstein“"),
])
def test_praising_as_is_a_characterisation(analyzer, text, quote):
    (q,) = quotes_of(analyzer, text)
    assert (q.quote, q.kind) == (quote, "mixed")
