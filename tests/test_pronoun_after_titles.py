"""A pronoun after a quote whose speaker a title named: "er" is that person (remembered as a
person also when his name is spelt in English), not a state or body named inside what he said;
a demonstrative ("Dieser sagte") is the person a title named as no subject in the sentence
before (GUIDELINES F3, D12). Made-up sentences, real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_er_after_a_titled_speaker_is_he_not_a_state_in_his_words(analyzer):
    text = ("Der Hamas-Funktionär Jussuf Abu Salim sagte am Montag in Doha, die Bewegung prüfe "
            "den Entwurf.\n\nDer Funktionär erklärte außerdem, Israel trage die Schuld am "
            "Stillstand. Die Besatzer wollten keinen Frieden, fügte er hinzu.")
    q = quote_with(quotes_of(analyzer, text), "keinen Frieden")
    assert (q.speaker, q.affiliation) == ("Yusuf Abu Salim", "Hamas")


def test_a_demonstrative_switches_to_the_person_a_title_named_before(analyzer):
    text = ("Oppositionsführer Jair Lapid landete am Morgen in Washington.\n\nNetanjahu telefonierte "
            "am Abend mit dem Oppositionsführer. Dieser sagte danach, ein Abkommen dulde keinen "
            "Aufschub.")
    q = quote_with(quotes_of(analyzer, text), "keinen Aufschub")
    assert (q.speaker, q.affiliation) == ("Yair Lapid", "Israel")


def test_a_demonstrative_after_an_unnamed_title_is_its_label(analyzer):
    text = ("Gantz warf dem Regierungschef vor, er verhindere eine Einigung. Dieser sagte daraufhin, "
            "Gantz schwäche die Position Israels.")
    q = quote_with(quotes_of(analyzer, text), "schwäche die Position")
    assert q.speaker == "head of government (unnamed)"


def test_plural_sie_after_a_subject_with_apposed_names_is_those_people(analyzer):
    text = ("Die Außenminister Jordaniens und Ägyptens, Aiman al-Safadi und Samih Schukri, trafen "
            "sich am Montag in Amman. Sie sagten, ein Angriff auf Rafah hätte schlimme Folgen.")
    q = quote_with(quotes_of(analyzer, text), "schlimme Folgen")
    assert (q.speaker, q.affiliation) == ("Ayman Safadi and Sameh Shoukry", "other")
