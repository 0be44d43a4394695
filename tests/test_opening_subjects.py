"""Of two subjects the parse gave a verb of accusing, the noun phrase that opens the clause
speaks and the bare name after the finite verb is the addressee, in the perfect tense too ("X
hat Israel vorgeworfen, …") and after a dateline. Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text", [
    "Der Chef der Hamas im Ausland, Chaled Meschaal, hat Israel vorgeworfen, die Gespräche zu "
    "sabotieren.",
    "Beirut (dpa) - Der Chef der Hamas im Ausland, Chaled Meschaal, hat Israel vorgeworfen, die "
    "Gespräche zu sabotieren.",
])
def test_the_opening_subject_accuses_the_name_after_the_finite_verb(analyzer, text):
    q = quote_with(quotes_of(analyzer, text), "Gespräche zu sabotieren")
    assert (q.speaker, q.affiliation) == ("Khaled Mashal", "Hamas")


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Sanaa - Die Huthi-Miliz hat angekündigt, ihre Angriffe auf Schiffe fortzusetzen.", "Schiffe",
     "Houthis"),
    ("Brüssel - Der EU-Außenbeauftragte Josep Borrell hat Israel vorgeworfen, das Völkerrecht zu "
     "missachten.", "Völkerrecht", "Josep Borrell"),
    ("Gaza/Jerusalem - Die Hamas hat nach eigenen Angaben einem Vorschlag der Vermittler zugestimmt.",
     "Vorschlag", "Hamas"),
])
def test_a_dateline_in_ordinary_case_is_no_speaker(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == speaker and "-" not in q.quote[:3]


def test_a_name_before_a_colon_stays_a_headline_speaker(analyzer):
    text = "Netanjahu: Wir werden den Krieg gewinnen\n\nDer Regierungschef sprach am Abend."
    q = quote_with(quotes_of(analyzer, text), "Krieg gewinnen")
    assert q.speaker == "Benjamin Netanjahu"


def test_an_event_before_a_headline_colon_is_the_topic_not_the_speaker(analyzer):
    q = quote_with(quotes_of(analyzer, "Sinwar-Tod: Netanjahu spricht vom „Anfang vom Ende“"), "Anfang")
    assert q.speaker == "Benjamin Netanjahu"


@pytest.mark.parametrize("text, fragment, speaker, mention", [
    ("+++ 09.14 Uhr – Katar: Gespräche werden fortgesetzt +++", "fortgesetzt", "Government of Qatar",
     "Katar"),
    ("10.15 Uhr – Der Außenminister Jordaniens, Aiman al-Safadi, bezeichnete den Angriff als "
     "„gefährliche Eskalation“.", "Eskalation", "Ayman Safadi",
     "Der Außenminister Jordaniens, Aiman al-Safadi"),
])
def test_a_live_blog_time_stamp_is_no_part_of_speaker_or_headline(analyzer, text, fragment, speaker,
                                                                 mention):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.speaker_mention) == (speaker, mention)


def test_a_body_the_registry_names_with_a_state_adjective_is_that_body(analyzer):
    text = "Das israelische Büro des Ministerpräsidenten erklärte, die Hamas sei verantwortlich."
    q = quote_with(quotes_of(analyzer, text), "verantwortlich")
    assert q.speaker == "Israeli Prime Minister's Office"
