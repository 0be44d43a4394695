"""A deputy's title ("Vize-Chef", "Hamas-Vize", "Vizechef", "der stellvertretende Chef") names
another office than the head's: a later "der Hamas-Vize" is the deputy named before, a later
"der Hamas-Chef" is not he, and an unnamed "stellvertretende Chef" is labelled a deputy (D12).
Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text, fragment", [
    ("Der Vize-Chef der Hamas, Jussuf Abu Salim, sagte in Beirut, die Bewegung lehne den Plan ab."
     "\n\nDer Hamas-Vize betonte zudem, die Gespräche seien in einer Sackgasse.", "Sackgasse"),
    ("Der stellvertretende Hamas-Chef Jussuf Abu Salim sagte in Beirut, die Bewegung lehne den "
     "Plan ab.\n\nDer Hamas-Vize betonte zudem, die Gespräche seien in einer Sackgasse.", "Sackgasse"),
])
def test_a_deputy_title_is_the_deputy_named_before(analyzer, text, fragment):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == ("Yusuf Abu Salim", "Hamas")


@pytest.mark.parametrize("text", [
    "Der Vize-Chef der Hamas, Jussuf Abu Salim, sagte in Beirut, die Bewegung lehne den Plan ab."
    "\n\nDer Hamas-Chef betonte zudem, die Gespräche seien in einer Sackgasse.",
    "Der stellvertretende Hamas-Chef sagte in Beirut, die Bewegung lehne den Plan ab. Der "
    "Hamas-Chef in Gaza, Jihia al-Sinwar, sprach von einer Sackgasse.",
])
def test_the_head_and_the_deputy_are_two(analyzer, text):
    quotes = quotes_of(analyzer, text)
    first = quote_with(quotes, "lehne den Plan ab")
    assert first.speaker not in ("Yahya Sinwar",)
    later = [q for q in quotes if "Sackgasse" in q.quote and q.speaker_mention == "Der Hamas-Chef"]
    assert all(q.speaker != "Yusuf Abu Salim" for q in later)


def test_an_unnamed_deputy_is_labelled_a_deputy(analyzer):
    text = "Der stellvertretende Hamas-Chef sagte in Beirut, die Bewegung lehne den Plan ab."
    q = quote_with(quotes_of(analyzer, text), "lehne den Plan ab")
    assert q.speaker == "deputy head of Hamas (unnamed)"
