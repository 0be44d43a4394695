"""Speakers referred to by number words, roles and offices: made-up German news sentences with
real parses (GUIDELINES.md D12, D13)."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text, fragment, speaker", [
    # "Beide" with no noun: the two people just named, joined in the order named (D13)
    ("Der Emir Tamim bin Hamad Al Thani telefonierte am Abend mit US-Präsident Donald Trump. Beide "
     "betonten, die Gespräche müssten weitergehen.", "Gespräche müssten",
     "Tamim bin Hamad Al Thani and Donald Trump"),
    # … else the two governments
    ("Ägypten und Jordanien berieten am Montag in Kairo. Die beiden erklärten, eine Vertreibung sei "
     "inakzeptabel.", "Vertreibung sei", "Government of Egypt and Government of Jordan"),
])
def test_both_are_the_two_just_named(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "other")


@pytest.mark.parametrize("text, fragment, speaker", [
    # a generic person noun counted ("beide Politiker"): the two just named, as "Beide" (D13)
    ("Der Emir Tamim bin Hamad Al Thani empfing am Dienstag US-Präsident Donald Trump. „Wir kommen "
     "voran“, sagten beide Politiker danach.", "Wir kommen", "Tamim bin Hamad Al Thani and Donald Trump"),
    # a compound of a state noun counted: the two governments named, not the dateline's city
    ("DOHA (AFP) - Katar und Ägypten haben einen neuen Entwurf vorgelegt. Die beiden Vermittlerstaaten "
     "teilten mit, die Gespräche gingen weiter.", "Gespräche gingen",
     "Government of Qatar and Government of Egypt"),
])
def test_a_counted_noun_without_a_title_is_the_ones_just_named(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "other")


def test_a_plural_noun_is_the_list_the_text_gave_it_before(analyzer):
    text = ("Die Vermittler Katar, Ägypten und die USA legten am Montag einen neuen Entwurf vor. "
            "Die Vermittler erklärten am Abend, die Gespräche würden am Samstag fortgesetzt.")
    q = quote_with(quotes_of(analyzer, text), "am Samstag fortgesetzt")
    assert (q.speaker, q.affiliation) == (
        "Government of Qatar and Government of Egypt and Government of the United States", "other")


def test_an_epithet_with_its_party_is_the_person_just_named(analyzer):
    text = ("Auch der frühere Generalstabschef Gadi Eisenkot meldete sich zu Wort. Der Politiker der "
            "Nationalen Einheit sagte, ein Abkommen sei eine Pflicht.")
    q = quote_with(quotes_of(analyzer, text), "eine Pflicht")
    assert (q.speaker, q.affiliation) == ("Gadi Eisenkot", "Israel")


def test_a_table_noun_that_only_owns_the_head_gives_no_label():
    from quotes.labels import english_label

    # (a kin noun is a head of its own since 2cd9875: "mother of a soldier", and so is a
    # neighbour since cebba2a; a colleague is not)
    assert english_label("Kollegin eines entführten Soldaten", False) is None
    assert english_label("Hochrangiges Mitglied der Hamas", False) == "anonymous senior Hamas member"


@pytest.mark.parametrize("text, fragment, speaker, affiliation", [
    # a part of a body named in the genitive ("eine Delegation der Hamas") refers back to it
    ("Eine Delegation der Hamas ist am Sonntag in Kairo eingetroffen. Ein Mitglied der Delegation "
     "sagte, man habe eine Antwort übergeben.", "Antwort übergeben", "anonymous Hamas member", "Hamas"),
    # the Islamic Jihad is a group like the Hamas
    ("Der Islamische Dschihad stellte sich hinter die Forderungen. Ein Sprecher der Gruppe sagte, "
     "ohne Abzug gebe es keine Freilassung.", "keine Freilassung",
     "spokesperson of the Palestinian Islamic Jihad (unnamed)", "Islamic Jihad"),
])
def test_a_body_named_before_by_its_part_or_kind(analyzer, text, fragment, speaker, affiliation):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, affiliation)


def test_a_statement_continued_is_the_joint_speakers_who_issued_it(analyzer):
    text = ("Ägypten und Katar erklärten in einer gemeinsamen Mitteilung, der Entwurf sei ausgewogen. "
            "Beide Seiten müssten nun Flexibilität zeigen, hieß es weiter.")
    q = quote_with(quotes_of(analyzer, text), "Flexibilität zeigen")
    assert (q.speaker, q.affiliation) == ("Government of Egypt and Government of Qatar", "other")


@pytest.mark.parametrize("text, fragment, speaker, affiliation", [
    # a noun no table knows, definite, singular, nothing after it: the person just named (F3)
    ("Benny Gantz besuchte am Sonntag die Grenzregion. Der Herausforderer sagte dort, die Regierung "
     "habe die Geiseln im Stich gelassen.", "im Stich gelassen", "Benny Gantz", "Israel"),
    ("Die israelische Abgeordnete Merav Michaeli sprach in der Knesset. Die Parlamentarierin "
     "forderte, sofort über den Entwurf abzustimmen.", "über den Entwurf", "Merav Michaeli", "Israel"),
])
def test_an_unknown_person_noun_is_the_person_named_before(analyzer, text, fragment, speaker,
                                                             affiliation):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, affiliation)


def test_a_kinship_noun_is_the_relative_just_named_and_no_name(analyzer):
    # "deren Sohn Ido" tagged as names: "Sohn" is no person; "Die Mutter" is Rachel Cohen
    text = ("Rachel Cohen, deren Sohn Ido in Gaza festgehalten wird, rief den Demonstranten zu: „Gebt "
            "nicht auf!“ Die Mutter warf der Regierung vor, sie habe die Familien im Stich gelassen.")
    q = quote_with(quotes_of(analyzer, text), "Familien im Stich")
    assert (q.speaker, q.affiliation) == ("Rachel Cohen", "other")


def test_a_bodys_chief_is_the_chief_of_that_body(analyzer):
    # "CIA-Chef": the CIA's director, not the Mossad chief named as the subject before
    text = ("Mossad-Chef David Barnea empfing in Tel Aviv CIA-Direktor William Burns. Der CIA-Chef "
            "sagte danach, Washington werde weiter vermitteln.")
    q = quote_with(quotes_of(analyzer, text), "weiter vermitteln")
    assert (q.speaker, q.affiliation) == ("William Burns", "USA")


def test_a_relative_clause_that_names_the_speaker_gives_the_name(analyzer):
    text = ("Der Sprecher des bewaffneten Arms, der sich Abu Obeida nennt, erklärte am Abend, die "
            "Kämpfer hielten ihre Stellungen.")
    q = quote_with(quotes_of(analyzer, text), "hielten ihre Stellungen")
    assert (q.speaker, q.affiliation) == ("Abu Obeida", "Hamas")


def test_an_unknown_noun_refers_to_a_named_person_not_to_a_described_speaker(analyzer):
    # the unnamed spokesperson just quoted is no antecedent for "Der Delegationsleiter"
    text = ("Eine Delegation unter Leitung von Ron Dermer flog nach Kairo. Ein Sprecher der Hamas "
            "sagte, man warte ab. Der Delegationsleiter erklärte, Israel sei zu Gesprächen bereit.")
    q = quote_with(quotes_of(analyzer, text), "zu Gesprächen bereit")
    assert q.speaker == "Ron Dermer"


def test_a_womans_epithet_in_in_is_one_person_whatever_the_article_says(analyzer):
    # "die" after the verb reads as plural to the tagger; "-politikerin" is one woman
    text = ("Außenministerin Annalena Baerbock ist erneut nach Israel gereist. Die Hamas müsse die "
            "Geiseln sofort freilassen, forderte die Grünen-Politikerin.")
    q = quote_with(quotes_of(analyzer, text), "sofort freilassen")
    assert q.speaker == "Annalena Baerbock"


def test_both_sides_are_the_two_opposed_parties_named_before(analyzer):
    text = ("Die Armee und die Hamas lieferten sich in Chan Junis heftige Kämpfe. Beide Seiten "
            "behaupteten, der Gegner habe die Feuerpause zuerst gebrochen.")
    q = quote_with(quotes_of(analyzer, text), "zuerst gebrochen")
    assert (q.speaker, q.affiliation) == ("Israel Defense Forces and Hamas", "other")


def test_both_sides_named_only_in_a_mediators_report_are_still_the_two_at_war(analyzer):
    # the two sides appear only inside what the mediator reports; the mediator is no side
    text = ("Die israelische Armee und die Hamas hätten der Verlängerung zugestimmt, teilte Katar mit. "
            "Beide Seiten bekräftigten, sie wollten die Feuerpause einhalten.")
    q = quote_with(quotes_of(analyzer, text), "Feuerpause einhalten")
    assert (q.speaker, q.affiliation) == ("Israel Defense Forces and Hamas", "other")


def test_experts_in_the_plural_are_labelled_in_the_plural(analyzer):
    # "Experten" is a noun's plural, not an adjective made noun ("die Verbündeten")
    q = quote_with(quotes_of(analyzer, "Experten warnten, die Feuerpause sei brüchig."), "brüchig")
    assert q.speaker == "unnamed experts"


@pytest.mark.parametrize("text, fragment, speaker, affiliation", [
    ("Das Weiße Haus äußerte sich. Die Hamas hätte Geiseln freilassen können, sagte der Sprecher des "
     "Nationalen Sicherheitsrats, Brian Hughes.", "Geiseln", "Brian Hughes", "USA"),
    ("Israels Nationaler Sicherheitsrat warnte, die Lage sei ernst.", "ernst",
     "Israeli National Security Council", "Israel"),
])
def test_the_national_security_councils_have_their_sides(analyzer, text, fragment, speaker, affiliation):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, affiliation)
