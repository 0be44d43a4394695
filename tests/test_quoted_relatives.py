"""Relayed and passive quotations of relatives and statements, a name prefix read as a
preposition, and names in quotation marks inside an attribution (GUIDELINES Q7, D14, D25);
made-up German sentences, real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


def test_a_passive_quoted_with_its_subject_after_the_auxiliary_is_a_direct_quote(analyzer):
    """"„…“, wurde eine Angehörige einer Geisel zitiert": the parse made her the object of a
    "zitiert" coordinated with the quotation; she is its subject, one relative."""
    text = ("Die Familien protestierten vor dem Parlament. „Wir haben genug gewartet“, wurde eine "
            "Angehörige einer Geisel zitiert.")
    q = quote_with(quotes_of(analyzer, text), "genug gewartet")
    assert (q.kind, q.speaker) == ("direct", "relative of a hostage")


@pytest.mark.parametrize("text, fragment, speaker", [
    ("„Wir werden nicht nachgeben“, zitierte die Zeitung „Haaretz“ aus einer Erklärung der Hamas.",
     "nicht nachgeben", "Hamas"),
    ("„Wir fordern eine Einigung“, zitierte die Zeitung „Haaretz“ aus einer an Netanjahu "
     "gerichteten Erklärung der Hamas.", "fordern eine Einigung", "Hamas"),
])
def test_a_medium_quoting_from_a_statement_relays_its_author(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == speaker


def test_a_name_in_quotation_marks_inside_the_attribution_is_no_quote(analyzer):
    text = ("„Wir haben lange genug gewartet, jetzt reicht es“, zitierte die Zeitung „The Times of "
            "Israel“ aus einer Erklärung der Hamas. Die Gespräche gehen weiter.")
    quotes = quotes_of(analyzer, text)
    assert not any(q.quote.startswith("The Times") for q in quotes)
    assert quote_with(quotes, "jetzt reicht es").speaker == "Hamas"


def test_two_quotations_of_one_cue_joined_by_und_are_both_kept(analyzer):
    text = "Die Abgeordneten riefen: „Nieder mit dem Krieg“ und „Frieden jetzt!“"
    quotes = quotes_of(analyzer, text)
    assert quote_with(quotes, "Nieder mit dem Krieg") and quote_with(quotes, "Frieden jetzt")


def test_der_mann_after_a_relative_quoted_is_that_relative(analyzer):
    """A kin label ("father of a hostage") is one person, whom "der Mann" refers back to, not
    the prime minister named in the attribution before."""
    text = ("„Wir fordern Taten“, zitierte die Zeitung aus einem an Netanjahu gerichteten Brief der "
            "Familien. Der Vater einer Geisel sagte, er werde in einen Hungerstreik treten. „Von "
            "hier an werden unsere Maßnahmen härter“, wurde der Mann zitiert.")
    q = quote_with(quotes_of(analyzer, text), "Maßnahmen härter")
    assert q.speaker == "father of a hostage"


@pytest.mark.parametrize("text", [
    "Abu Marzook versicherte den Gefangenen, dass sie bald freikämen.",
    "Abu Marzook versicherte allen in israelischen Gefängnissen inhaftierten Palästinensern, dass "
    "sie ebenfalls freigelassen würden.",
])
def test_a_name_prefix_read_as_a_preposition_heads_the_speakers_name(analyzer, text):
    q = quotes_of(analyzer, text)[0]
    assert (q.speaker, q.affiliation) == ("Mousa Abu Marzouk", "Hamas")


def test_a_hostile_name_for_a_government_is_that_government(analyzer):
    text = "Nach Angaben des israelischen Regimes hat die Hamas 250 Menschen verschleppt."
    q = quote_with(quotes_of(analyzer, text), "250 Menschen")
    assert (q.speaker, q.affiliation) == ("Government of Israel", "Israel")


@pytest.mark.parametrize("text", [
    "Gemäß den Bedingungen wird ab Sonntag eine sechswöchige Waffenruhe eingehalten.",
    "Die Waffenruhe hätte laut einem Abkommen zwischen Israel und der Hamas am Morgen beginnen sollen.",
    "Die Geiseln sollen gemäß dem Vorschlag in Trumps Plan binnen 72 Stunden freikommen.",
])
def test_what_an_agreement_or_plan_says_is_no_quote(analyzer, text):
    """GUIDELINES D22: a document's text, not anyone's speech."""
    assert quotes_of(analyzer, text) == []


def test_a_short_form_with_an_arabic_article_is_the_person_named_in_full_before(analyzer):
    text = ("Der Hamas-Anführer Chalil al-Haja trat am Abend vor die Kameras. „Wir haben Garantien "
            "erhalten“, sagte al-Haja.")
    q = quote_with(quotes_of(analyzer, text), "Garantien")
    assert (q.speaker, q.affiliation) == ("Khalil al-Hayya", "Hamas")


def test_a_mixed_report_starts_in_the_complement_of_the_cue_before_the_marks(analyzer):
    """"X bezeichnete das Abkommen als ersten Schritt «…», schrieb er": the report is the
    characterisation's complement, and "er" is X, who is no word of the report."""
    text = ("Zuvor hatten Israel und die Hamas dem Plan zugestimmt. Trump bezeichnete das Abkommen als "
            "ersten Schritt «hin zu einem dauerhaften Frieden. Alle Parteien werden fair behandelt!», "
            "schrieb er auf seiner Plattform.")
    q = quote_with(quotes_of(analyzer, text), "fair behandelt")
    assert q.speaker == "Donald Trump" and not q.quote.startswith("Trump")


def test_a_fronted_als_phrase_of_nennen_is_a_reason_not_a_characterisation(analyzer):
    text = ("Die Hamas hatte zunächst keine Liste übermittelt. Als Begründung nannte die Terrorgruppe "
            "technische Probleme.")
    assert quotes_of(analyzer, text) == []
