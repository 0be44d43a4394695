""""In dem Brief heißt es, …" (GUIDELINES.md D14): a statement named only by its noun is the
author's who wrote or published it in the sentences before (a person or a body the registry
does not know too), never a state named inside an earlier statement. Made-up news sentences."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


def test_a_letter_is_the_writers_not_a_state_named_in_an_earlier_statement(analyzer):
    quotes = quotes_of(analyzer, (
        "Die Hamas veröffentlichte am Abend eine Erklärung. In der Erklärung heißt es, Israel trage "
        "die Verantwortung.\n\nDer Bürgermeister von Lindenau, Karl Huber, schrieb am Montag einen "
        "Brief an den Minister. In dem Brief heißt es, die Stadt könne die Kosten nicht tragen."))
    assert quote_with(quotes, "Israel trage").speaker == "Hamas"
    assert quote_with(quotes, "Kosten nicht tragen").speaker == "Karl Huber"


def test_a_statement_of_a_body_the_registry_does_not_know_is_that_bodys(analyzer):
    quotes = quotes_of(analyzer, (
        "Der Verband der Spediteure verschickte eine Mitteilung an die Presse. Darin hieß es, die "
        "Maut sei zu hoch."))
    assert quote_with(quotes, "Maut sei zu hoch").speaker == "Verband der Spediteure"


def test_a_statement_named_in_the_quotes_own_sentence_is_its_publishers(analyzer):
    quotes = quotes_of(analyzer, (
        "Der Sprecher Karl Weber sagte am Abend, man prüfe den Vorschlag. Am Morgen veröffentlichte "
        "die Hamas eine Erklärung, in der es heißt, Israel blockiere jede Einigung."))
    assert quote_with(quotes, "blockiere jede Einigung").speaker == "Hamas"


def test_a_publisher_after_its_verb_is_found_in_the_sentence_before(analyzer):
    quotes = quotes_of(analyzer, (
        "Am Morgen verschickte der Bauernverband eine Mitteilung. Darin hieß es, die Maut "
        "sei zu hoch."))
    assert quote_with(quotes, "Maut sei zu hoch").speaker == "Bauernverband"


@pytest.mark.parametrize("text", [
    # the office just quoted goes on speaking, not the body whose statement came before it
    ("Die Hamas prüft den Plan. „Wir antworten bald“, hieß es in einer Erklärung der Organisation. "
     "Die Regierung werde Unterhändler nach Kairo schicken, teilte das Büro von Ministerpräsident "
     "Netanjahu mit. Die Gruppe werde vom Mossad-Chef geleitet, hieß es weiter."),
    # … also where "Das teilte X mit" names the speaker after the report (D21)
    ("Die Hamas prüft den Plan. „Wir antworten bald“, hieß es in einer Erklärung der Organisation. "
     "Die Regierung wird Unterhändler nach Kairo schicken. Das teilte das Büro von Ministerpräsident "
     "Netanjahu mit. Die Gruppe werde vom Mossad-Chef geleitet, hieß es weiter."),
])
def test_hiess_es_weiter_continues_the_speaker_just_quoted(analyzer, text):
    q = quote_with(quotes_of(analyzer, text), "Mossad-Chef")
    assert (q.speaker, q.affiliation) == ("Israeli Prime Minister's Office", "Israel")


@pytest.mark.parametrize("cue, noun", [("teilte die Reederei mit", "Mitteilung"),
                                       ("erklärte die Reederei", "Erklärung")])
def test_the_statement_named_by_its_cue_is_its_speakers(analyzer, cue, noun):
    """"…, teilte X mit. Y berichtete …, hieß es in der Mitteilung": the definite statement is
    the one X's cue made (Mitteilung: mitteilen), not the report quoted just before it."""
    text = (f"Die Fähre werde ab Mai wieder fahren, {cue}. Die Zeitung Inselbote berichtete unter "
            "Berufung auf Hafenkreise, die Preise stiegen. Man werde an dem Fahrplan festhalten, "
            f"hieß es in der {noun}.")
    q = quote_with(quotes_of(analyzer, text), "Fahrplan")
    assert q.speaker == "Reederei"


@pytest.mark.parametrize(("text", "start", "speaker"), [
    # an owner-less statement noun as the source: whoever issued the statement (D14)
    ("Die Hamas hat am Montag in einer Erklärung den Vorschlag begrüßt. Der Erklärung zufolge will "
     "die Organisation eine Delegation nach Kairo schicken.", "will die Organisation", "Hamas"),
    # … published by an agent named in a participle phrase
    ("Die Soldaten waren in einem am Dienstag von Hamas veröffentlichten Video zu sehen. Das Video "
     "schließt mit dem Satz: „Bald hören Sie wieder von uns.“", "Bald hören Sie", "Hamas"),
    # the genitive owner of the statement noun, not "Erklärung des …"
    ("Das katarische Außenministerium wies die Berichte zurück. Eine Erklärung des Ministeriums "
     "stellte klar, dass Katar weiter vermitteln werde.", "Katar weiter vermitteln",
     "Qatari Ministry of Foreign Affairs"),
    # a possessive owner: his demand is his
    ("Benny Gantz stellte am Abend ein Ultimatum. Seine Forderung lautete: Netanjahu müsse bis "
     "Juni einen Plan vorlegen.", "Netanjahu müsse", "Benny Gantz"),
])
def test_a_statement_noun_as_the_speaker_gives_way_to_its_owner_or_issuer(analyzer, text, start, speaker):
    assert quote_with(quotes_of(analyzer, text), start).speaker == speaker
