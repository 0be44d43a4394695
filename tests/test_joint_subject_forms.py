"""Joint speakers whose coordination the parse renders otherwise than "A und B" under one
subject (GUIDELINES.md D13), group mentions after other people were named, and indefinite or
apposed member nouns ("ein Hamas-Funktionär", "Hamas-Vertreter X"); made-up German sentences,
real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text, fragment, speaker, affiliation", [
    # the second conjunct hung on the first one's apposed name
    ("Israels Präsident Izchak Herzog und Außenminister Israel Katz forderten die Freilassung "
     "der Geiseln. Sie sagten, die Welt dürfe nicht schweigen.", "nicht schweigen",
     "Isaac Herzog and Israel Katz", "Israel"),
    # two subjects of one verb, the second opening with "und"
    ("Der Hamas-Chef Jahia Sinwar und sein Stellvertreter Chalil al-Hajja lehnten den Vorschlag "
     "ab. Sie erklärten, Israel wolle keinen Frieden.", "keinen Frieden",
     "Yahya Sinwar and Khalil al-Hayya", "Hamas"),
    ("Oppositionsführer Jair Lapid und Benny Gantz kritisierten die Regierung. Sie sagten, "
     "Netanjahu verhindere eine Einigung.", "verhindere", "Yair Lapid and Benny Gantz", "Israel"),
])
def test_a_plural_pronoun_after_a_coordinated_subject_is_all_its_members(
        analyzer, text, fragment, speaker, affiliation):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, affiliation)


def test_a_group_mention_is_the_people_named_since_an_earlier_list(analyzer):
    """"Die beiden Politiker" after "A und B … . C traf sich mit D.": C and D, not A and B, and
    not one man whose registry titles end in "-politiker"."""
    text = ("Oppositionsführer Jair Lapid und Benny Gantz kritisierten die Regierung. "
            "Netanjahu traf sich am Abend mit Biden. Die beiden Politiker erklärten anschließend, "
            "man sei sich einig.")
    q = quote_with(quotes_of(analyzer, text), "sich einig")
    assert q.speaker == "Benjamin Netanjahu and Joe Biden"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Der Sender Al-Dschasira zitierte einen Hamas-Funktionär mit den Worten, ohne ein Ende des "
     "Krieges werde es kein Abkommen geben. Der Hamas-Funktionär Basem Naim betonte später, "
     "Israel trage die Verantwortung.", "kein Abkommen", "anonymous Hamas official"),
    ("Ein Hamas-Vertreter sagte, man prüfe den Vorschlag. Hamas-Vertreter Osama Hamdan erklärte "
     "in Beirut, die Bewegung habe den Plan nicht abgelehnt.", "prüfe den Vorschlag",
     "anonymous Hamas official"),
])
def test_an_indefinite_member_noun_is_an_anonymous_source_not_the_member_named(
        analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == speaker


def test_a_member_noun_with_an_apposed_name_is_that_person_not_the_body(analyzer):
    """"Hamas-Vertreter Osama Hamdan sagte": Hamdan; bare "Vertreter der Hamas" speak for it."""
    text = "Hamas-Vertreter Osama Hamdan sagte in Beirut, die Bewegung habe den Plan nicht abgelehnt."
    q = quote_with(quotes_of(analyzer, text), "nicht abgelehnt")
    assert (q.speaker, q.affiliation) == ("Osama Hamdan", "Hamas")


def test_a_bare_plural_title_with_a_plural_verb_is_no_one_leader(analyzer):
    """"Hamas-Anführer hätten signalisiert": several leaders, not the one the text named."""
    text = ("Sinwar gilt als Drahtzieher des Angriffs. Hamas-Anführer signalisierten, dass sie "
            "einem Austausch zustimmen würden.")
    q = quote_with(quotes_of(analyzer, text), "Austausch zustimmen")
    assert q.speaker != "Yahya Sinwar" and q.affiliation == "Hamas"
