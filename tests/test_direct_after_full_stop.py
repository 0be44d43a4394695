"""A full stop where the colon belongs ("Sie fügte hinzu. „…“"): the bare speech verb frames the
quotation that follows as its own sentence. Made-up news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_a_bare_cue_before_a_full_stop_frames_the_next_quotation(analyzer):
    quotes = quotes_of(analyzer, "Die Sprecherin bestätigte den Einsatz. Sie fügte hinzu. „Wir werden "
                                 "einige Gebiete einnehmen, von denen Angriffe ausgehen“.")
    q = quote_with(quotes, "Gebiete")
    assert (q.kind, q.cue, q.speaker_mention) == ("direct", "fügte hinzu", "Sie")


def test_a_cue_after_a_quotation_does_not_frame_the_next_one(analyzer):
    """„A“, sagte er. „B“: the second quoted stretch has no cue of its own (GUIDELINES Q6)."""
    quotes = quotes_of(analyzer, "„Wir kommen“, sagte der Sprecher. „Wir bleiben auch.“")
    assert quote_with(quotes, "bleiben").cue is None


def test_a_quotation_with_its_own_cue_after_it_keeps_that_cue(analyzer):
    quotes = quotes_of(analyzer, "Der Minister widersprach. „Das ist falsch“, sagte sein Sprecher.")
    assert quote_with(quotes, "falsch").speaker_mention == "sein Sprecher"
