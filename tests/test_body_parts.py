"""A body's delegation, leadership or negotiating team speaks for the body (GUIDELINES D12:
the body the text names, in English), whichever way the text names the owner; unnamed sources of
a body get the label for sources, whatever case the noun stands in (F3). Made-up sentences."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_a_delegation_named_in_the_genitive_is_its_organisation(analyzer):
    (q,) = quotes_of(analyzer, "Eine Delegation der Hamas in Kairo erklärte am Montag, man habe den "
                               "Vermittlern eine Antwort übergeben.")
    assert (q.speaker, q.affiliation) == ("Hamas", "Hamas")


def test_a_leadership_named_in_a_compound_is_its_organisation(analyzer):
    (q,) = quotes_of(analyzer, "Die Hisbollah-Spitze teilte mit, sie werde sich nicht zurückziehen.")
    assert (q.speaker, q.affiliation) == ("Hezbollah", "Hezbollah")


def test_a_delegation_named_by_its_states_adjective_is_that_government(analyzer):
    quotes = quotes_of(analyzer, "Eine Delegation der Hamas traf am Montag in Kairo ein. Die "
                                 "katarische Delegation teilte mit, die Gespräche würden am Dienstag "
                                 "fortgesetzt.")
    q = quote_with(quotes, "am Dienstag fortgesetzt")
    assert (q.speaker, q.affiliation) == ("Government of Qatar", "Qatar")


def test_a_delegation_with_a_saxon_genitive_is_that_government(analyzer):
    (q,) = quotes_of(analyzer, "Die Verhandlungsdelegation Israels sagte, man warte auf eine Antwort.")
    assert (q.speaker, q.affiliation) == ("Government of Israel", "Israel")


def test_circles_of_an_organisation_relied_on_by_a_channel_are_anonymous_sources(analyzer):
    (q,) = quotes_of(analyzer, "Der Sender berichtete unter Berufung auf Hamas-Kreise, die Gruppe "
                               "habe den Entwurf angenommen.")
    assert (q.speaker_mention, q.speaker, q.affiliation) == (
        "Hamas-Kreise", "anonymous Hamas sources", "Hamas")


def test_representatives_the_parse_took_for_an_adjective_keep_their_noun(analyzer):
    (q,) = quotes_of(analyzer, "Vertreter Tunesiens sagten, man sei bereit, weiter zu helfen.")
    assert q.speaker.startswith("anonymous official")  # was "Vertrete Tunesiens"


def test_bare_representatives_of_an_organisation_speak_for_it(analyzer):
    quotes = quotes_of(analyzer, "Vertreter der Hisbollah erklärten, man werde die Waffenruhe achten. "
                                 "Ein Vertreter der Hisbollah sagte, die Angriffe seien eingestellt.")
    assert quote_with(quotes, "Waffenruhe achten").speaker == "Hezbollah"
    assert quote_with(quotes, "eingestellt").speaker == "anonymous Hezbollah official"
