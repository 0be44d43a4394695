"""A source named again by a definite noun, a reason after "so", and a body named only as the
first part of a compound (GUIDELINES F3, D12, D14); made-up German sentences, real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Ein hochrangiger israelischer Beamter sagte dem Sender, die Gespräche kämen voran. Die Quelle "
     "fügte hinzu, dass der Abschluss ein Erfolg sei.", "ein Erfolg", "anonymous senior Israeli official"),
    ("Ein israelischer Sicherheitsbeamter sagte, die Hamas spiele auf Zeit. Dem Beamten zufolge "
     "sollen mehrere Geiseln verletzt sein.", "verletzt", "anonymous Israeli security official"),
])
def test_a_definite_source_noun_is_the_anonymous_source_just_quoted(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "Israel")


def test_a_definite_source_noun_after_a_named_speaker_is_not_him(analyzer):
    text = ("Netanjahu sagte, Israel werde nicht nachgeben. Die Quelle fügte hinzu, dass die "
            "Gespräche weitergingen.")
    q = quote_with(quotes_of(analyzer, text), "weitergingen")
    assert q.speaker != "Benjamin Netanjahu"


def test_so_die_begruendung_is_said_by_the_party_acting_before(analyzer):
    text = ("Die Hamas will die Freilassung der Geiseln verschieben. Israel halte sich nicht an die "
            "Vereinbarung, so die Begründung.")
    q = quote_with(quotes_of(analyzer, text), "nicht an die Vereinbarung")
    assert (q.speaker, q.affiliation) == ("Hamas", "Hamas")


def test_an_epithet_refers_to_a_body_named_only_in_a_compound(analyzer):
    text = ("Der Leiter der Hamas-Verhandlungsdelegation traf die Vermittler in Kairo. „Wir haben "
            "Zusicherungen erhalten“, heißt es in einer Erklärung der palästinensischen Gruppe.")
    q = quote_with(quotes_of(analyzer, text), "Zusicherungen")
    assert (q.speaker, q.affiliation) == ("Hamas", "Hamas")


def test_a_statement_hung_on_the_subjects_phrase_is_written_by_that_subject(analyzer):
    """"erklärte das Forum … in einem offenen Brief an den Präsidenten. … „…“, heißt es in
    dem Brief": the forum's letter, not the Israel of a place phrase in between."""
    text = ("Trump solle den Krieg beenden, erklärte das Forum der Geiseln und vermissten Familien in "
            "einem offenen Brief an den Präsidenten. Der Brief wurde nach Protesten in ganz Israel "
            "verfasst. „Sie haben sich für den Frieden eingesetzt“, heißt es in dem Brief.")
    q = quote_with(quotes_of(analyzer, text), "für den Frieden eingesetzt")
    assert (q.speaker, q.affiliation) == ("Hostages and Missing Families Forum", "other")


def test_a_relay_after_the_speech_verb_and_its_subject_gives_the_quote_to_the_subject(analyzer):
    """"sagte er laut der Nachrichtenagentur NNA: „…“": he said it, the agency relays (Q7)."""
    text = ("Ägyptens Außenminister Badr Abdelatty reiste nach Beirut. Dort sagte er laut der "
            "staatlichen Nachrichtenagentur NNA: „Wir werden keine Mühen scheuen.“")
    quotes = quotes_of(analyzer, text)
    q = quote_with(quotes, "keine Mühen")
    assert (q.speaker, q.affiliation) == ("Badr Abdelatty", "Egypt")
    assert len(quotes) == 1


def test_the_un_chief_is_the_secretary_general_named_before(analyzer):
    text = ("Guterres rief zu einer Waffenruhe auf. „Menschen werden getötet, nur weil sie Essen "
            "suchen“, beklagte der UN-Chef.")
    q = quote_with(quotes_of(analyzer, text), "Essen suchen")
    assert q.speaker == "António Guterres"


@pytest.mark.parametrize("text, fragment", [
    ("Gantz sprach am Abend in Tel Aviv. Der Ex-Verteidigungsminister hatte Netanjahus Regierung "
     "2024 verlassen. Er forderte nun andere Oppositionspolitiker auf, sich ihm anzuschließen.",
     "sich ihm anzuschließen"),
    ("Die Hamas veröffentlichte ein Video einer Geisel. In dem Video fleht der junge Mann Israels "
     "Ministerpräsidenten Benjamin Netanjahu an, die Offensive zu stoppen. Auf Hebräisch sagt er, "
     "dass er in der Stadt Gaza sei.", "in der Stadt Gaza"),
])
def test_er_after_a_described_subject_is_not_the_man_named_in_its_object(analyzer, text, fragment):
    """The subject of the sentence before, a definite description of one man, is the salient
    antecedent; Netanjahu in its object or owner is talked about."""
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker != "Benjamin Netanjahu"


def test_er_after_a_described_subject_with_an_apposed_name_is_that_name(analyzer):
    text = ("Der Leiter des UN-Palästinenserhilfswerks UNRWA, Philippe Lazzarini, warnt vor einer "
            "Hungersnot. „Hunger ist sehr wahrscheinlich“, sagte er in Berlin.")
    q = quote_with(quotes_of(analyzer, text), "sehr wahrscheinlich")
    assert q.speaker == "Philippe Lazzarini"


def test_a_second_owner_of_nach_angaben_with_his_title_joins_the_speaker(analyzer):
    text = "Nach Angaben der Hamas und von US-Präsident Joe Biden hatte Katar die Freigabe vermittelt."
    q = quote_with(quotes_of(analyzer, text), "Freigabe vermittelt")
    assert (q.speaker, q.affiliation) == ("Hamas and Joe Biden", "other")


def test_vonseiten_written_as_one_word_names_the_source_of_hiess_es(analyzer):
    text = ("Netanjahu sagte, er stimme dem Plan zu. Vonseiten der Hamas hieß es in einer ersten "
            "Stellungnahme, dass ihr der Plan bisher nicht vorliege.")
    q = quote_with(quotes_of(analyzer, text), "nicht vorliege")
    assert (q.speaker, q.affiliation) == ("Hamas", "Hamas")


def test_a_konjunktiv_sentence_after_a_restating_das_goes_on_with_its_speaker(analyzer):
    text = ("Das Kabinett hat das Abkommen gebilligt. Das teilte das Büro von Ministerpräsident "
            "Benjamin Netanjahu mit. Die Regierung solle am Samstag abstimmen.")
    q = quote_with(quotes_of(analyzer, text), "Samstag")
    assert (q.speaker, q.affiliation) == ("Israeli Prime Minister's Office", "Israel")
