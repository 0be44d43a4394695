"""Whose report a sentence is when speakers alternate (GUIDELINES.md Q6, F2/F3, D16, D21): a
sentence with a cue of its own is not a continuation of the speaker before, however the parse
hangs that cue. Made-up news sentences."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("second", [
    "Er wolle die Brücke nicht schließen, ließ Barthel über einen Sprecher ausrichten.",
    "Er wolle die Brücke nicht schließen, ließ Barthel mitteilen.",
    "Barthel ließ ausrichten, er wolle die Brücke nicht schließen.",
])
def test_a_report_through_lassen_is_its_subjects_not_the_speaker_before(analyzer, second):
    """"ließ X ausrichten/mitteilen": the parse hangs the reported clause on "ließ" (or makes
    the clause an auxiliary of it), so the infinitive cue had no content and the sentence went
    on as a Konjunktiv continuation of whoever spoke before."""
    quotes = quotes_of(analyzer, (
        "Die Ministerin Carla Reinholt sprach am Morgen mit dem Bürgermeister Jens Barthel. "
        + second))
    q = quote_with(quotes, "Brücke nicht schließen")
    assert q.speaker == "Jens Barthel" and q.quote.endswith("schließen")


@pytest.mark.parametrize("between, speaker", [
    ("Anders sah es die Stadträtin Eva Roth.", "Eva Roth"),
    ("Die Stadträtin Eva Roth sieht das anders.", "Eva Roth"),
    ("Kritik kam von der Stadträtin Eva Roth.", "Eva Roth"),
    ("Ganz anders klang es bei der Stadträtin Eva Roth.", "Eva Roth"),
    ("Für die Stadträtin Eva Roth ist die Sache klar.", "Eva Roth"),
])
def test_a_sentence_that_brings_in_a_new_voice_gives_it_the_konjunktiv_after_it(
        analyzer, between, speaker):
    """"X sagte, … . Anders sah es Y. Z sei …": a view compared with the one before, a
    reaction and its source, "für Y ist klar" bring in Y as the next voice; the Konjunktiv
    sentence after is Y's, not the running report's (nor "Kritik"'s)."""
    quotes = quotes_of(analyzer, (
        "Der Bürgermeister Karl Huber sagte am Montag, die Brücke werde im Sommer gesperrt. "
        + between + " Die Sperrung sei ein schwerer Fehler."))
    assert quote_with(quotes, "Brücke werde").speaker == "Karl Huber"
    assert quote_with(quotes, "schwerer Fehler").speaker == speaker


def test_a_singular_epithet_is_the_man_just_quoted_not_the_group_it_is_a_member_of(analyzer):
    """"fügte der Islamist hinzu": one man (the Hamas spokesman just quoted), though "die
    Islamisten" is a title of the Hamas."""
    quotes = quotes_of(analyzer, (
        "Der Sprecher der Hamas, Karim Nassar, sagte in Doha, man sei zu Gesprächen bereit. Die "
        "Führung habe dem zugestimmt, fügte der Islamist hinzu."))
    assert quote_with(quotes, "Führung habe").speaker == "Karim Nassar"


def test_an_epithet_the_text_gave_one_man_as_title_is_his_not_the_salient_speakers(analyzer):
    """"der Rechtspopulist" after "Der Rechtspopulist Jens Barthel": Barthel, not the mayor
    quoted in between."""
    quotes = quotes_of(analyzer, (
        "Der Rechtspopulist Jens Barthel drohte mit dem Bruch der Koalition. Bürgermeister Karl "
        "Huber versuchte zu beschwichtigen. Man werde keinen schlechten Kompromiss unterschreiben, "
        "versicherte Huber. Seine Partei werde gegen den Haushalt stimmen, sagte der Rechtspopulist."))
    assert quote_with(quotes, "Kompromiss").speaker == "Karl Huber"
    assert quote_with(quotes, "gegen den Haushalt").speaker == "Jens Barthel"


def test_the_party_is_the_party_just_named_by_a_registry_alias_that_ends_in_partei(analyzer):
    """"in einer Mitteilung der Partei" after "Der Likud": the registry alias "Likud-Partei"
    makes "Partei" one of its titles (D14: the author of the statement)."""
    quotes = quotes_of(analyzer, (
        "Der Likud wies das zurück. Der Oppositionsführer betreibe Wahlkampf auf dem Rücken der "
        "Geiseln, hieß es in einer Mitteilung der Partei."))
    assert quote_with(quotes, "Wahlkampf").speaker == "Likud"


def test_a_possessive_relatives_noun_is_the_speaker_not_the_antecedent(analyzer):
    """"Katz, dessen Sprecher … erklärt hatte, …": the tagger made "dessen" the subject; the
    spokesman speaks, for Katz (D12 label)."""
    quotes = quotes_of(analyzer, (
        "Katz, dessen Sprecher am Morgen erklärt hatte, Israel werde die Zusammenarbeit überprüfen, "
        "äußerte sich am Abend zurückhaltender."))
    q = quote_with(quotes, "Zusammenarbeit überprüfen")
    assert (q.speaker_mention, q.speaker, q.affiliation) == (
        "dessen Sprecher", "spokesperson of Israel Katz (unnamed)", "Israel")


def test_a_question_put_to_the_speaker_is_no_content_of_his_answer(analyzer):
    """"Auf die Frage, ob …, antwortete X ausweichend": the fronted phrase of the cue names the
    journalist's question; it is not what X said (Q1)."""
    quotes = quotes_of(analyzer, (
        "Auf die Frage, ob die Brücke noch in diesem Jahr fertig sei, antwortete der Bürgermeister "
        "Karl Huber ausweichend."))
    assert not [q for q in quotes if "Brücke" in q.quote], [(q.quote, q.rule) for q in quotes]


def test_of_two_speech_verbs_without_a_report_the_last_speaks_on(analyzer):
    """"A äußerte sich …, B warnte dagegen vor …. Die Stadt dürfe …": the Konjunktiv sentence
    goes on with the voice nearest to it, not the first of the sentence before."""
    quotes = quotes_of(analyzer, (
        "Die Ministerin Eva Roth äußerte sich nach dem Treffen zurückhaltend, der Bürgermeister Karl "
        "Huber warnte dagegen vor weiteren Verzögerungen. Die Stadt dürfe nicht länger warten."))
    assert quote_with(quotes, "nicht länger warten").speaker == "Karl Huber"
