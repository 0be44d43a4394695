"""A quotation that is the whole object of a speech verb and closes the sentence ("Die
Demonstranten skandierten „…“."): direct speech, not a verbatim fragment of a report. Made-up
news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_a_chant_that_is_the_whole_object_is_direct(analyzer):
    """The NP-object cue's content is just the marks; it was taken for a fragment inside a
    report and dropped, leaving no quote."""
    quotes = quotes_of(analyzer, "Die Demonstranten skandierten „Freiheit für alle“.")
    q = quote_with(quotes, "Freiheit")
    assert (q.quote, q.kind, q.cue, q.speaker_mention) == ("Freiheit für alle", "direct", "skandierten",
                                                           "Die Demonstranten")


def test_a_fragment_inside_a_larger_object_stays_mixed(analyzer):
    quotes = quotes_of(analyzer, "Sie fordert eine „sofortige und dauerhafte Waffenruhe“.")
    q = quote_with(quotes, "Waffenruhe")
    assert (q.quote, q.kind) == ("eine „sofortige und dauerhafte Waffenruhe“", "mixed")
