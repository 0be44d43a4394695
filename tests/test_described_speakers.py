"""Unnamed and described speakers (GUIDELINES D12, F3): an office written with its owner is the
one person the text names with that office, before or after the quote, however else the text
words it; with two such people it stays unnamed. Made-up sentences, real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text, fragment, speaker", [
    # named after the quote, in an apposition before the name
    ("Ein Sprecher der Stadtverwaltung sagte am Dienstag, die Schulen blieben geschlossen. Der "
     "Sprecher der Stadtverwaltung, Jonas Keller, hatte schon am Montag gewarnt.",
     "Schulen blieben", "Jonas Keller"),
    # named after the quote, in an apposition after the name
    ("Ein Sprecher des Nationalen Sicherheitsrats sagte, man sei weiterhin zuversichtlich. John "
     "Kirby, der Sprecher des Sicherheitsrats, hatte am Vortag ähnlich gesprochen.",
     "weiterhin zuversichtlich", "John Kirby"),
])
def test_an_indefinite_office_is_the_one_person_named_with_it(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == speaker


def test_two_holders_of_the_office_leave_it_unnamed(analyzer):
    text = ("Ein Sprecher der Stadtverwaltung sagte am Dienstag, die Schulen blieben geschlossen. "
            "Der Sprecher der Stadtverwaltung, Jonas Keller, hatte gewarnt. Auch Lara Brandt, die "
            "frühere Sprecherin der Stadtverwaltung, äußerte sich.")
    q = quote_with(quotes_of(analyzer, text), "Schulen blieben")
    assert q.speaker not in ("Jonas Keller", "Lara Brandt")


def test_a_word_inside_a_body_name_is_no_person(analyzer):
    text = ("Ein Sanitäter des Palästinensischen Roten Halbmonds sagte, man habe zwölf Tote geborgen. "
            "In Tel Aviv forderte der Vater einer Geisel die Regierung zu einem Abkommen auf. "
            "„Jeder Tag zählt“, sagte er.")
    q = quote_with(quotes_of(analyzer, text), "Jeder Tag")
    assert "Halbmond" not in (q.speaker or "")


@pytest.mark.parametrize("text, fragment, not_speaker", [
    # a month in the dateline is a date, not a person
    ("JERUSALEM, 20. Mai 2024 - Die Hilfslieferungen stocken. „Wir warten seit Wochen“, sagte er.",
     "seit Wochen", "Mai 2024"),
    # one capitalised word the tagger calls a name, no title, no fuller name: no antecedent
    ("Aus dem Ministerium kam Kritik. Das sei inakzeptabel, sagte sie.", "inakzeptabel", "Kritik"),
])
def test_a_pronoun_finds_no_person_in_a_date_or_a_common_noun(analyzer, text, fragment, not_speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker != not_speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # no side written: a registry person whose role is that noun ("Hamas politburo member")
    ("Der Hamas-Politiker Bassem Naim wies die Vorwürfe zurück. Das Politbüromitglied sagte, "
     "Israel greife gezielt Kliniken an.", "Kliniken", "Basem Naim"),
    # the side written: the salient person of that side, registered or not
    ("Die Vermittler trafen in Kairo den Hamas-Funktionär Tarek Abu Salim. Das Hamas-Mitglied "
     "sagte am Abend, die Bewegung prüfe den Vorschlag.", "prüfe den Vorschlag", "Tarek Abu Salim"),
    # the unnamed source quoted just before stays that source, though a Hamas man is named after
    ("Ein ranghohes Hamas-Mitglied sagte, Israel wolle keine Einigung. „Netanjahu spielt auf "
     "Zeit“, sagte der Hamas-Funktionär, der nicht genannt werden wollte. Osama Hamdan äußerte "
     "sich in Beirut.", "spielt auf Zeit", "anonymous senior Hamas member"),
])
def test_a_definite_member_of_a_side_is_the_salient_one(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, fragment", [
    # the compound title named before: owner first, the same office last ("Direktor" = "Leiter")
    ("Krankenhausdirektor Samir Haddad warnte vor einem Zusammenbruch der Versorgung. Die "
     "Generatoren liefen nur noch wenige Stunden, sagte der Leiter des Krankenhauses.", "Generatoren"),
    # named after the quote
    ("Die Generatoren liefen nur noch wenige Stunden, sagte der Chef der Klinik. Klinikdirektor "
     "Samir Haddad hatte schon am Morgen gewarnt.", "Generatoren"),
])
def test_an_office_phrase_is_the_holder_of_its_compound_title(analyzer, text, fragment):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == "Samir Haddad"


def test_another_office_of_the_body_is_someone_else(analyzer):
    text = ("Krankenhausdirektor Samir Haddad warnte vor einem Zusammenbruch. Die Generatoren "
            "liefen nur noch Stunden, sagte der Sprecher des Krankenhauses.")
    q = quote_with(quotes_of(analyzer, text), "Generatoren")
    assert q.speaker == "spokesperson of the hospital (unnamed)"


@pytest.mark.parametrize("text, fragment, label", [
    # a pronoun after a described speaker whose noun the tables now know: the label, no German
    ("Ein Fischer im Hafen von Gaza berichtete am Morgen von Schüssen. Das Meer sei seit Wochen "
     "gesperrt, sagte er.", "Meer sei", "anonymous fisherman"),
    ("Eine Lehrerin aus Chan Junis sagte, die Kinder hätten seit Monaten keinen Unterricht.",
     "keinen Unterricht", "anonymous teacher"),
    # an office of a place named after "von"
    ("Der Bürgermeister von Sderot sagte, die Bewohner wollten zurückkehren.", "zurückkehren",
     "mayor of Sderot (unnamed)"),
    # an owner compound of a name: the owner noun it ends in
    ("Der Direktor des Al-Awda-Krankenhauses sagte, die Klinik sei umstellt.", "umstellt",
     "director of the hospital (unnamed)"),
])
def test_an_unnamed_description_gets_an_english_label(analyzer, text, fragment, label):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == label


def test_a_plural_sie_after_unnamed_witnesses_is_they(analyzer):
    text = ("Vor dem Ministerium demonstrierten Hunderte Angehörige von Geiseln. „Bringt sie jetzt "
            "nach Hause“, riefen sie.\n\nAugenzeugen berichteten von heftigen Explosionen im Osten "
            "der Stadt. Sie sagten, mehrere Häuser seien eingestürzt.")
    q = quote_with(quotes_of(analyzer, text), "Häuser seien")
    assert q.speaker == "anonymous eyewitnesses"


@pytest.mark.parametrize("text, fragment, label", [
    ("Ein Mitglied des israelischen Kriegskabinetts sagte, man prüfe den Vorschlag.", "prüfe",
     "anonymous Israeli war cabinet member"),
    ("Der Leiter der ägyptischen Delegation sagte, man sei zuversichtlich.", "zuversichtlich",
     "head of the Egyptian delegation (unnamed)"),
    # a kind of body before its registry name: the body by its name
    ("Die Sprecherin der Hilfsorganisation Oxfam sagte, die Blockade müsse enden.", "Blockade",
     "spokesperson of Oxfam (unnamed)"),
    ("Der Chef der Weltgesundheitsorganisation sagte, das Gesundheitssystem sei zusammengebrochen.",
     "Gesundheitssystem", "head of the World Health Organization (unnamed)"),
    ("Ein Abgeordneter der Likud-Partei sagte, ein Deal wäre ein Fehler.", "Deal wäre",
     "anonymous Israeli lawmaker"),
])
def test_an_unnamed_office_of_a_body_gets_an_english_label(analyzer, text, fragment, label):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == label


def test_a_title_is_the_person_named_later_not_the_description_before(analyzer):
    text = ("Der Leiter des UN-Palästinenserhilfswerks warnte vor einer Hungersnot. „Die Menschen "
            "essen Tierfutter“, sagte der UNRWA-Chef. Philippe Lazzarini forderte ungehinderten Zugang.")
    q = quote_with(quotes_of(analyzer, text), "Tierfutter")
    assert q.speaker == "Philippe Lazzarini"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Die Katarer teilten mit, man sei zu weiteren Gesprächen bereit.", "Gesprächen", "Government of Qatar"),
    ("Die Ägypter erklärten, der Grenzübergang bleibe offen.", "Grenzübergang", "Government of Egypt"),
    ("Die Amerikaner sagten, ein Abkommen sei nah.", "Abkommen", "Government of the United States"),
])
def test_a_nations_people_as_a_side_is_its_government(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == speaker


def test_a_singular_sie_is_not_a_group_of_unnamed_people(analyzer):
    text = ("Augenzeugen berichteten von Panzerbewegungen im Norden. Die Offensive wurde von einer "
            "Armeesprecherin bestätigt. Sie sagte, Ziel sei es, die Infrastruktur zu zerstören.")
    q = quote_with(quotes_of(analyzer, text), "Infrastruktur")
    assert q.speaker != "anonymous eyewitnesses"


@pytest.mark.parametrize("text, speaker", [
    ("Ein Amerikaner, der seit Jahren in Hamburg lebt, sagte, die Mieten seien zu hoch.", "unnamed American"),
    ("Eine Israelin sagte der Zeitung, die Mieten seien zu hoch.", "unnamed Israeli"),
    ("„Die Mieten sind zu hoch“, sagte ein junger Ägypter aus Kairo.", "unnamed Egyptian"),
])
def test_one_person_named_only_by_nation_is_a_civilian_of_it(analyzer, text, speaker):
    """Not the nation's government, nor the German noun; a civilian has no side (F4)."""
    q = quote_with(quotes_of(analyzer, text), "Mieten")
    assert (q.speaker, q.affiliation) == (speaker, "other")


def test_a_nations_people_in_the_plural_are_still_its_government(analyzer):
    q = quote_with(quotes_of(analyzer, "Die Amerikaner erklärten, die Gespräche gingen weiter."),
                   "Gespräche")
    assert q.speaker == "Government of the United States"


@pytest.mark.parametrize("text, speaker", [
    # attributes between the genitive article and the owner, the owner in its feminine form
    ("Die Mutter einer 19-jährigen Soldatin sagte, die Kaserne sei schlecht geheizt.", "mother of a soldier"),
    # an attribute that says the owner was taken
    ("Die Schwester eines verschleppten Musikers sagte, die Kaserne sei schlecht geheizt.",
     "sister of a hostage"),
    # a relative clause on the owner that says so
    ("Die Mutter eines Fahrers, der seit Mai festgehalten wird, sagte, die Kaserne sei schlecht "
     "geheizt.", "mother of a hostage"),
    # the owner a table noun: it labels, as for "Vater eines entführten Soldaten"
    ("Die Mutter einer Soldatin, die seit Mai festgehalten wird, sagte, die Kaserne sei schlecht "
     "geheizt.", "mother of a soldier"),
    # … or on the kin noun, with the captive as its own subject
    ("Ein Vater, dessen Sohn im Herbst entführt wurde, sagte, die Kaserne sei schlecht geheizt.",
     "father of a hostage"),
])
def test_kin_described_at_length_get_an_english_label(analyzer, text, speaker):
    q = quote_with(quotes_of(analyzer, text), "Kaserne")
    assert (q.speaker, q.affiliation) == (speaker, "other")


@pytest.mark.parametrize("text, fragment, speaker, side", [
    # a body of a registry organisation or a state, in English with its owner (D12)
    ("Der Oberste Rat der Hisbollah erklärte, man werde weiterkämpfen.", "weiterkämpfen",
     "Hezbollah Supreme Council", "Hezbollah"),
    ("Laut der Pressestelle der Hamas sei das Treffen ohne Ergebnis geblieben.", "Ergebnis",
     "Hamas press office", "Hamas"),
    ("Das US-Militär teilte mit, die Drohnen seien abgefangen worden.", "Drohnen",
     "US military", "USA"),
    ("Laut den Behörden der Hamas in Gaza wurden in der Nacht drei Schulen zerstört.", "Schulen",
     "Hamas authorities in Gaza", "Hamas"),
])
def test_a_body_the_registry_does_not_list_gets_an_english_label(analyzer, text, fragment, speaker, side):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, side)


@pytest.mark.parametrize("text, fragment, speaker", [
    # the outlet's hyphenated name after its noun, not the German description
    ("Die kuwaitische Tageszeitung Al-Rai berichtete, die Gespräche seien vertagt worden.",
     "vertagt", "Al-Rai"),
    # unnamed aid workers get the English label
    ("Die Hilfe komme viel zu spät, sagten palästinensische Hilfskräfte am Abend.", "Hilfe komme",
     "anonymous Palestinian aid workers"),
])
def test_an_outlet_or_unnamed_workers_are_not_left_in_german(analyzer, text, fragment, speaker):
    assert quote_with(quotes_of(analyzer, text), fragment).speaker == speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # a definite role before the one person of that side whom the next sentence names (D12)
    ("Das Hamas-Politbüromitglied warf Israel vor, die Gespräche zu verschleppen. Der Hamas-"
     "Funktionär Basem Naim sagte dem Sender, die Bewegung warte auf eine Antwort.",
     "Gespräche zu verschleppen", "Basem Naim"),
    # a headline's bare title before a colon, named in the first body sentences
    ("Hamas-Führer: »Wir haben den Plan nie gesehen«\n\nDie Vermittler legten am Montag einen "
     "Entwurf vor. Osama Hamdan, ein Mitglied des Politbüros, wies ihn in Beirut zurück.",
     "den Plan nie gesehen", "Osama Hamdan"),
])
def test_a_definite_role_is_the_one_of_its_side_named_next(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, fragment", [
    # indefinite: someone new, though a Hamas man is named next (F3)
    ("Ein Hamas-Mitglied warf Israel vor, die Gespräche zu verschleppen. Der Hamas-Funktionär "
     "Basem Naim äußerte sich am Abend in Doha.", "Gespräche zu verschleppen"),
    # two people of that side named next: which one is open
    ("Das Hamas-Politbüromitglied warf Israel vor, die Gespräche zu verschleppen. Basem Naim und "
     "Osama Hamdan trafen am Abend in Doha die Vermittler.", "Gespräche zu verschleppen"),
])
def test_a_role_named_next_stays_open_when_unclear(analyzer, text, fragment):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker not in ("Basem Naim", "Osama Hamdan")


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Die Geisel Omer Wenkert ist seit Monaten in Gaza. Seine Mutter sagte, sie habe ihren Sohn gesehen.",
     "Sohn gesehen", "mother of Omer Wenkert"),
    ("Yehuda Cohen sprach. Seine Frau sagte, man warte.", "warte", "wife of Yehuda Cohen"),
])
def test_kin_named_by_a_possessive_is_kin_of_the_one_it_refers_to(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "other")


def test_a_family_named_by_its_surname_is_that_family(analyzer):
    q = quote_with(quotes_of(analyzer, "Die Familie Bibas erklärte, man hoffe weiter."), "hoffe")
    assert (q.speaker, q.affiliation) == ("Bibas family", "other")
