"""Joint and group speakers (GUIDELINES.md D13) written otherwise than "A und B sagten": group
nouns in a role, counted and plural mentions, continuations after a joint speaker, a dateline
before the members; made-up German sentences, real parses."""

from __future__ import annotations

import pytest

from quotes.parse_repair import with_names_restored
from tests.conftest import quote_with, quotes_of

QATAR_EGYPT = "Government of Qatar and Government of Egypt"
THREE = "Government of Qatar and Government of Egypt and Government of the United States"


@pytest.mark.parametrize("text, fragment, speaker", [
    # the subject of the role's verb; the parties between whom they mediate are no members
    ("Katar, Ägypten und die USA vermitteln seit Wochen zwischen Israel und der Hamas. Die drei "
     "Vermittlerstaaten erklärten am Sonntag, eine Einigung sei in Reichweite.", "in Reichweite", THREE),
    # a synonym of the role noun
    ("Katar, Ägypten und die USA vermitteln seit Wochen. Die Mediatoren sagten, beide Seiten "
     "müssten Kompromisse machen.", "Kompromisse machen", THREE),
    # a role predicate: "treten als Vermittler auf"
    ("Israel und die Hamas verhandeln seit Wochen. Katar und Ägypten treten dabei als Vermittler "
     "auf. Die Vermittlerstaaten teilten mit, eine Einigung sei greifbar.", "greifbar", QATAR_EGYPT),
    # the owners of the role's nominalisation, however the parse hung them
    ("Unter Vermittlung Katars, Ägyptens und der USA verhandeln Israel und die Hamas seit Wochen. "
     "Die Vermittler erklärten am Montag, es gebe Fortschritte.", "Fortschritte", THREE),
    # "beider Vermittler" counts the two that mediate
    ("Katar und Ägypten vermitteln seit Monaten zwischen Israel und der Hamas. Nach Angaben beider "
     "Vermittler soll die erste Phase 42 Tage dauern.", "42 Tage", QATAR_EGYPT),
    # no role named: the coordinated subject before, all governments for a state noun
    ("Katar, Ägypten und die USA bemühen sich seit Monaten um eine Waffenruhe zwischen Israel und "
     "der Hamas. Die vermittelnden Staaten riefen beide Seiten auf, den Entwurf anzunehmen.",
     "Entwurf anzunehmen", THREE),
])
def test_a_group_noun_in_a_role_is_the_members_named_in_that_role(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "other")


def test_a_count_that_does_not_fit_the_group_is_no_joint_speaker(analyzer):
    """"Die drei Vermittlerstaaten" after two mediators named: not those two."""
    text = ("Katar und Ägypten vermitteln seit Wochen. Die drei Vermittlerstaaten erklärten, eine "
            "Einigung sei in Reichweite.")
    q = quote_with(quotes_of(analyzer, text), "in Reichweite")
    assert q.speaker != QATAR_EGYPT


def test_a_dated_dateline_gives_its_place_in_the_parse_back_to_the_subject(parser):
    """"DOHA, 3. März 2024 (AFP) - Katar, …": the tagger made "DOHA" the subject and "Katar" its
    conjunct; repaired, "Katar" is the subject and the dateline hangs on it."""
    sent = with_names_restored(parser.parse(
        "DOHA, 3. März 2024 (AFP) - Katar, Ägypten und die USA vermitteln seit Wochen zwischen "
        "Israel und der Hamas.")).sentences[0]
    by_text = {w.text: w for w in sent.words}
    verb = by_text["vermitteln"]
    assert [k.text for k in sent.kids(verb.id) if k.deprel == "nsubj"] == ["Katar"]
    assert by_text["DOHA"].deprel == "dep" and by_text["DOHA"].head == by_text["Katar"].id


def test_an_arabic_name_particle_read_as_a_verb_joins_the_name_again(parser):
    """"bin" (German "am") between two names was an auxiliary and "Abdulrahman" a second subject."""
    sent = with_names_restored(parser.parse(
        "Ägyptens Außenminister Badr Abdelatty und sein katarischer Amtskollege Mohammed bin "
        "Abdulrahman Al Thani forderten, die Grenzübergänge zu öffnen.")).sentences[0]
    by_text = {w.text: w for w in sent.words}
    assert (by_text["bin"].deprel, by_text["bin"].head) == ("flat", by_text["Mohammed"].id)
    assert by_text["Abdulrahman"].head == by_text["Mohammed"].id


@pytest.mark.parametrize("text, fragment, speaker", [
    # the counterpart's name with "bin", which the tagger read as a verb
    ("Ägyptens Außenminister Badr Abdelatty und sein katarischer Amtskollege Mohammed bin Abdulrahman "
     "Al Thani forderten, die Grenzübergänge zu öffnen.", "Grenzübergänge",
     "Badr Abdelatty and Mohammed bin Abdulrahman Al Thani"),
    # a plural office the tagger called singular: its plural verb says otherwise
    ("Die Außenminister Ägyptens und Katars, Badr Abdelatty und Mohammed bin Abdulrahman Al Thani, "
     "sagten, die Waffenruhe müsse halten.", "Waffenruhe müsse",
     "Badr Abdelatty and Mohammed bin Abdulrahman Al Thani"),
    # "beider Seiten" (genitive) after two opposed bodies
    ("Israel und die Hamas warfen sich gegenseitig vor, die Gespräche zu blockieren. Nach Angaben "
     "beider Seiten wurden die Verhandlungen unterbrochen.", "Verhandlungen unterbrochen",
     "Government of Israel and Hamas"),
])
def test_joint_speakers_written_as_offices_and_counted_sides(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "other")


def test_a_continuation_in_a_new_paragraph_follows_that_paragraphs_subject(analyzer):
    """"X sagte, … \\n\\n Katar und Ägypten begrüßten … . Diese sei …": the paragraph's own
    subjects go on, not the report of the paragraph before."""
    text = ("Israel und die Hamas warfen sich gegenseitig vor, die Gespräche zu blockieren.\n\n"
            "Katar und Ägypten begrüßten die Einigung. Diese sei ein wichtiger Schritt zum Frieden.")
    q = quote_with(quotes_of(analyzer, text), "wichtiger Schritt")
    assert (q.speaker, q.affiliation) == (QATAR_EGYPT, "other")


@pytest.mark.parametrize("text, fragment, speaker", [
    # two subjects of one plural verb, the parse hung "und" on the verb
    ("Hamas-Chef Ismail Haniyeh und sein Stellvertreter Khalil al-Hayya erklärten, die Bewegung "
     "habe dem Entwurf zugestimmt.", "dem Entwurf zugestimmt", "Ismail Haniyeh and Khalil al-Hayya"),
    # a relative clause on the joint subject ("anführen" is a speech verb too) reports nothing
    # of the main clause after it
    ("Haniyeh und al-Hayya, die die Delegation in Kairo anführen, betonten, man sei flexibel.",
     "flexibel", "Ismail Haniyeh and Khalil al-Hayya"),
])
def test_joint_persons_however_the_parse_split_them(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "Hamas") and not q.quote.startswith("betonten")


@pytest.mark.parametrize("text, fragment, speaker", [
    # "ihr" (hers or theirs) after a coordinated subject: theirs, not one member
    ("Katar und Ägypten haben am Montag einen neuen Entwurf vorgelegt. Nach ihren Angaben sieht er "
     "eine Waffenruhe von sechs Wochen vor.", "sechs Wochen", QATAR_EGYPT),
    ("Die USA und Katar haben die Gespräche fortgesetzt. Ihren Angaben zufolge gibt es Fortschritte.",
     "Fortschritte", "Government of the United States and Government of Qatar"),
    # a continuation after names the tagger read as nouns, in a new paragraph
    ("Katar und Ägypten äußerten sich zurückhaltend. Sie sagten, es gebe noch offene Fragen.\n\n"
     "Jordanien und Ägypten verurteilten den Angriff. Er sei ein Bruch des Völkerrechts.",
     "Bruch des Völkerrechts", "Government of Jordan and Government of Egypt"),
])
def test_a_plural_reference_to_a_joint_speaker_is_all_of_them(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "other")


@pytest.mark.parametrize("text, fragment, speaker", [
    # unspecified media, the outlets named in the next sentence (D11), listed (D13)
    ("Zuvor hatten Medien berichtet, die Gespräche in Doha seien ins Stocken geraten. Die Sender Kan "
     "und Channel 12 beriefen sich dabei auf Regierungskreise.", "ins Stocken", "Kan and Channel 12 (N12)"),
    ("Medienberichten zufolge will die Delegation am Montag zurückkehren. Das berichteten die Times "
     "of Israel und der Sender Kan.", "am Montag zurückkehren", "The Times of Israel and Kan"),
    # outlets with a report of their own are not the earlier report's: a label stays
    ("Israelische Medien meldeten, das Kabinett werde am Abend abstimmen. Die Zeitungen Haaretz und "
     "Jediot Achronot berichteten, die Mehrheit sei sicher.", "am Abend abstimmen", "Israeli media"),
])
def test_unspecified_reports_are_the_outlets_named_next(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "other")


@pytest.mark.parametrize("text, fragment, speaker", [
    # a statement issued after a coordinated subject met: all of them, not the nearest one
    ("Katar und Ägypten trafen sich am Montag in Kairo mit Vertretern der Hamas. In einer gemeinsamen "
     "Erklärung hieß es danach, die Gespräche seien konstruktiv verlaufen.", "konstruktiv", QATAR_EGYPT),
    # … after a plural office with a list of owners (the parse made the first owner a subject)
    ("Die Außenminister Ägyptens und Jordaniens kamen in Amman zusammen. „Wir fordern eine sofortige "
     "Waffenruhe“, hieß es in einer anschließend veröffentlichten Erklärung.", "sofortige Waffenruhe",
     "foreign minister of Egypt (unnamed) and foreign minister of Jordan (unnamed)"),
    # capitals stand for their governments: "beide Hauptstädte" are the two just named
    ("Katar und die USA berieten am Abend über den Entwurf. Man sei zuversichtlich, hieß es aus beiden "
     "Hauptstädten.", "zuversichtlich", "Government of Qatar and Government of the United States"),
    # "Das teilten X und Y mit" (the tagger read the verb as an adjective) restates the sentence before
    ("Israel und die Hamas haben sich auf eine Feuerpause geeinigt. Das teilten Katar und Ägypten am "
     "Mittwoch mit.", "Feuerpause geeinigt", QATAR_EGYPT),
])
def test_joint_issuers_of_statements(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "other")


@pytest.mark.parametrize("text, fragment, speaker", [
    # GUIDELINES D13's own example: people no registry knows, after their title
    ("Die Minister Max Muster und Erik Beispiel kündigten an, gegen den Plan zu stimmen.",
     "gegen den Plan", "Max Muster and Erik Beispiel"),
    # a registry group noun before the names: the names speak
    ("Die Geiselangehörigen Noa Levi, Tamar Cohen und Eli Ben-David forderten die Regierung auf, den "
     "Deal sofort anzunehmen.", "sofort anzunehmen", "Noa Levi and Tamar Cohen and Eli Ben-David"),
    # postposed after a direct quote
    ("„Wir können nicht länger warten“, sagten Noa Levi und Tamar Cohen vor dem Parlament.",
     "länger warten", "Noa Levi and Tamar Cohen"),
    # set off by commas after a counted noun
    ("Drei Angehörige, Yael Mor, Ido Katz und Lior Ben-Ami, schrieben in einem offenen Brief, die "
     "Zeit laufe ab.", "Zeit laufe ab", "Yael Mor and Ido Katz and Lior Ben-Ami"),
])
def test_people_listed_by_name_are_one_joint_speaker(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "other")


@pytest.mark.parametrize("text, fragment, speaker", [
    # the people a speaker talks about, or meets, are no co-speakers
    ("Noa Levi sagte, Tamar Cohen und Eli Ben-David seien seit Monaten in Gefangenschaft.",
     "Gefangenschaft", "Noa Levi"),
    ("„Wir werden nicht nachgeben“, sagte Netanjahu und verwies auf die Sicherheitslage.",
     "nicht nachgeben", "Benjamin Netanjahu"),
    ("Blinken traf Netanjahu und Gallant. Er sagte, eine Einigung sei möglich.", "Einigung sei möglich",
     "Antony Blinken"),
])
def test_no_joint_speaker_where_only_one_speaks(analyzer, text, fragment, speaker):
    assert quote_with(quotes_of(analyzer, text), fragment).speaker == speaker


def test_counted_delegations_are_the_bodies_they_speak_for(analyzer):
    """"Beide Delegationen" after negotiators of Israel and the Hamas: both bodies (was a label)."""
    text = ("Die Verhandlungsführer Israels und der Hamas haben sich in Doha getroffen. Beide "
            "Delegationen erklärten anschließend, man habe Fortschritte erzielt.")
    q = quote_with(quotes_of(analyzer, text), "Fortschritte erzielt")
    assert (q.speaker, q.affiliation) == ("Government of Israel and Hamas", "other")


def test_some_partners_of_a_leader_are_the_people_of_his_side_named_after_them(analyzer):
    # D13: a group mention is the people the text names for it, in the order first named; the
    # leader they are partners of is none of them, nor someone of another side named between
    text = ("Einige Koalitionspartner von Ministerpräsident Benjamin Netanjahu kündigten an, gegen den "
            "Entwurf zu stimmen. Das Papier sei unannehmbar, erklärte Finanzminister Bezalel Smotrich am "
            "Sonntag. US-Präsident Joe Biden hatte für den Entwurf geworben.\n\n"
            "Auch der Polizeiminister Itamar Ben-Gvir meldete sich zu Wort.")
    q = quote_with(quotes_of(analyzer, text), "gegen den Entwurf zu stimmen")
    assert (q.speaker, q.affiliation) == ("Bezalel Smotrich and Itamar Ben-Gvir", "Israel")


@pytest.mark.parametrize("before", ["", "Benjamin Netanjahu traf am Morgen seine Minister. "])
def test_two_titles_before_one_name_are_one_speaker(analyzer, before):
    # the second title has no article of its own: one person holds both (D13 is for several),
    # whoever the first title alone might stand for
    text = before + ("Die Armee habe große Erfolge erzielt, sagte der israelische Energieminister und "
                     "frühere Geheimdienstminister Eli Cohen.")
    q = quote_with(quotes_of(analyzer, text), "Erfolge")
    assert (q.speaker, q.affiliation) == ("Eli Cohen", "Israel")
