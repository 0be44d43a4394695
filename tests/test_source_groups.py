"""Groups of anonymous sources: "Quellen aus dem Umfeld der X" are close to X, like "X-nahe
Quellen"; a plural without article that describes its members anew ("Quellen in der Hamas")
is a new group, not the sources quoted before (F3). Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


def test_sources_from_the_circle_of_a_group_are_close_to_it(analyzer):
    text = "Quellen aus dem Umfeld der Hamas sagten, die Unterhändler seien in Doha eingetroffen."
    q = quote_with(quotes_of(analyzer, text), "Unterhändler seien")
    assert (q.speaker, q.affiliation) == ("anonymous sources close to Hamas", "Hamas")


@pytest.mark.parametrize("first", [
    "Hamas-nahe Quellen sagten, die Unterhändler seien in Doha eingetroffen.",
    # the owner phrase the resolver rewrites ("in der Hamas") still describes the group anew
    "Quellen aus dem Umfeld der Hamas sagten, die Unterhändler seien in Doha eingetroffen.\n\n",
])
def test_a_bare_plural_with_its_own_description_is_a_new_group(analyzer, first):
    text = first + " Quellen in der Hamas sagten später, die Antwort werde am Freitag übergeben."
    q = quote_with(quotes_of(analyzer, text), "Antwort werde")
    assert (q.speaker, q.affiliation) == ("anonymous Hamas sources", "Hamas")


def test_a_state_tagged_as_a_plural_noun_is_no_group_listed_before(analyzer):
    text = ("Finanzminister Bezalel Smotrich und Polizeiminister Itamar Ben-Gvir sagten, ein "
            "Abkommen sei ein Fehler.\n\nÄgypten und Katar erklärten in einer gemeinsamen "
            "Mitteilung, die Gespräche gingen weiter.")
    q = quote_with(quotes_of(analyzer, text), "Gespräche gingen")
    assert (q.speaker, q.affiliation) == ("Government of Egypt and Government of Qatar", "other")
