"""A speech verb in a relative clause: who speaks when the relative pronoun is the verb's object,
not its subject. Made-up news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_relative_der_after_a_feminine_noun_is_the_object(analyzer):
    """"der Miliz, der die Regierung vorwirft, …": "der" after a feminine singular noun is its
    dative (the nominative would be "die"), so the accused is not the speaker; the noun phrase
    the parse made the object is (was "der Miliz")."""
    quotes = quotes_of(analyzer, "Das Treffen galt der Miliz, der die Regierung vorwirft, Waffen in "
                                 "Schulen zu verstecken.")
    q = quote_with(quotes, "Waffen in Schulen")
    assert (q.cue, q.speaker_mention) == ("vorwirft", "die Regierung")


def test_relative_der_after_a_genitive_is_still_the_subject(analyzer):
    """"Der Sprecher der Armee, der …": "der" follows the genitive "der Armee" and is the
    spokesman, the subject of the relative clause."""
    quotes = quotes_of(analyzer, "Der Sprecher der Armee, der die Berichte zurückwies, die Truppen "
                                 "hätten geschossen, wurde kritisiert.")
    q = quote_with(quotes, "Truppen")
    assert q.speaker_mention == "Der Sprecher der Armee"


def test_representatives_of_relatives_are_no_officials(analyzer):
    """"mehrere Vertreter der Familien": people who speak for the families, not "anonymous
    officials" of a body; the continuation keeps them."""
    quotes = quotes_of(analyzer, (
        "Hunderte Menschen demonstrierten am Abend vor dem Amtssitz. „Sagt uns endlich die "
        "Wahrheit“, forderten mehrere Vertreter der Familien. Es sei ihr Recht, alles zu erfahren."))
    assert quote_with(quotes, "Wahrheit").speaker == "representatives of the families"
    assert quote_with(quotes, "ihr Recht").speaker == "representatives of the families"
