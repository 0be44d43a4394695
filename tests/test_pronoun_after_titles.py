"""A pronoun after a quote whose speaker a title named: "er" is that person (remembered as a
person also when his name is spelt in English), not a state or body named inside what he said
(GUIDELINES F3). Made-up sentences, real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_er_after_a_titled_speaker_is_he_not_a_state_in_his_words(analyzer):
    text = ("Der Hamas-Funktionär Jussuf Abu Salim sagte am Montag in Doha, die Bewegung prüfe "
            "den Entwurf.\n\nDer Funktionär erklärte außerdem, Israel trage die Schuld am "
            "Stillstand. Die Besatzer wollten keinen Frieden, fügte er hinzu.")
    q = quote_with(quotes_of(analyzer, text), "keinen Frieden")
    assert (q.speaker, q.affiliation) == ("Yusuf Abu Salim", "Hamas")
