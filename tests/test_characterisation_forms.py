"""Characterisations (GUIDELINES Q2) the constructions missed: "nannte X ein Y" without marks,
"schrieb auf der Plattform X von …", a fronted object before "wies er als „…“ zurück", and
"hat sich … ausgesprochen und es als »…« bezeichnet" (the subject shared, "es" the object).
Made-up news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_nennen_with_two_objects_characterises(analyzer):
    quotes = quotes_of(analyzer, "Der Minister setzte seine Rede fort und nannte den Angriff ein Verbrechen.")
    q = quote_with(quotes, "Verbrechen")
    assert (q.quote, q.cue, q.speaker_mention) == ("den Angriff ein Verbrechen", "nannte", "Der Minister")
    assert quotes_of(analyzer, "Der Sprecher nannte dem Sender keine Namen.") == []


def test_schreiben_von_characterises_without_the_platform_name(analyzer):
    quotes = quotes_of(analyzer, "Der Minister schrieb auf der Plattform X von einer nahen "
                                 "Niederlage des Gegners.")
    q = quote_with(quotes, "Niederlage")
    assert (q.quote, q.speaker_mention) == ("von einer nahen Niederlage des Gegners", "Der Minister")


def test_a_fronted_object_leaves_er_as_the_speaker(analyzer):
    quotes = quotes_of(analyzer, "Berichte über ein geheimes Treffen wies er als „völlig "
                                 "unzutreffend“ zurück.")
    q = quote_with(quotes, "unzutreffend")
    assert (q.quote, q.speaker_mention) == ("als „völlig unzutreffend“", "er")


def test_es_before_a_coordinated_participle_is_its_object(analyzer):
    quotes = quotes_of(analyzer, "Smotrich hat sich mehrfach gegen den Plan ausgesprochen und es als "
                                 "»gefährlichen Fehler für das Land« bezeichnet.")
    assert quote_with(quotes, "Fehler").speaker_mention == "Smotrich"


def test_betrachten_als_characterises_only_with_quoted_words(analyzer):
    """D19: "betrachtet sie als „Befreiungsbewegung“" is annotated; "als Gefahr" is a view."""
    quotes = quotes_of(analyzer, "Die Schweiz stuft die Miliz nicht als Terrorgruppe ein, sondern "
                                 "betrachtet sie als „Befreiungsbewegung“.")
    q = quote_with(quotes, "Befreiungsbewegung")
    assert (q.kind, q.cue, q.speaker_mention) == ("mixed", "betrachtet", "Die Schweiz")
    assert quotes_of(analyzer, "Israel betrachtet den Angriff als Kriegserklärung.") == []


def test_a_name_the_tagger_split_into_two_objects_is_no_characterisation(analyzer):
    """"nannte die Occupy Bewegung … unzulässig": the tagger made "Occupy" and "Bewegung" two
    objects of "nannte"; adjacent nouns are one name, not a thing and what it is called."""
    assert quotes_of(analyzer, "Chen nannte die Occupy Bewegung bei diesem Anlass unzulässig.") == []
