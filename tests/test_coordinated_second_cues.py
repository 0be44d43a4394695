"""A second cue coordinated with the first ("… und fügte hinzu, …", "– und warf der Hamas vor,
…") and a bare "der Minister": the shared subject speaks, the dative is the accused, an article
after the comma opens an extended attribute; made-up German sentences, real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_the_accused_in_the_dative_of_a_coordinated_vorwerfen_is_not_the_speaker(analyzer):
    text = ("„Wir sind bereit“, sagte ein israelischer Beamter dem Sender Kan – und warf der Hamas "
            "vor, die Gespräche zu verzögern.")
    q = quote_with(quotes_of(analyzer, text), "Gespräche zu verzögern")
    assert (q.speaker, q.affiliation) == ("anonymous Israeli official", "Israel")


def test_an_article_after_the_comma_of_a_second_cue_opens_an_extended_attribute(analyzer):
    """"…, der von Trump vorgeschlagene Plan markiere …": no relative clause, the report."""
    text = ("Al-Hajja begrüßte die Einigung und fügte hinzu, der von Trump vorgeschlagene Plan "
            "markiere das Ende des Krieges.")
    q = quote_with(quotes_of(analyzer, text), "markiere das Ende")
    assert q.speaker == "Khalil al-Hayya"


def test_der_minister_is_not_the_prime_minister(analyzer):
    text = ("Netanjahu lobte die Armee. Der Minister kritisierte den Plan scharf und sagte, Israel "
            "dürfe keine Zugeständnisse machen.")
    q = quote_with(quotes_of(analyzer, text), "keine Zugeständnisse")
    assert q.speaker != "Benjamin Netanjahu"


def test_a_speech_verb_infinitive_completing_a_noun_is_no_cue(analyzer):
    """"die Macht, darüber zu entscheiden, ob …": what the power is about, not what Sinwar says;
    the Konjunktiv sentence goes on with Blinken's report."""
    text = ("Blinken sagte, man sei nahe dran. Sinwar habe wie bisher schon die Macht, darüber zu "
            "entscheiden, ob die Hamas einwilligt.")
    quotes = quotes_of(analyzer, text)
    assert all(q.speaker == "Antony Blinken" for q in quotes)
    assert quote_with(quotes, "die Macht")
