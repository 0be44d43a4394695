"""Unnamed and indefinite speakers: office holders the text describes ("ein Sprecher des
Ministeriums", "ein Berater Netanjahus") resolved to the person the same document names in that
role, else labelled, never given to someone the text does not name in that role; made-up news
sentences (GUIDELINES.md F3, D11, D12)."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


def test_a_dateline_with_its_date_is_no_speaker(analyzer):
    """"KAIRO, 11.09.2024 - Der Sprecher …, Name, sagte": the place (a capital the registry
    knows as its government) before the date is where the
    report was filed; the spokesman named after it speaks."""
    quotes = quotes_of(analyzer, (
        "KAIRO, 11.09.2024 - Der Sprecher des ägyptischen Außenministeriums, Tamim Abu Said, "
        "sagte am Mittwoch, die Grenzübergänge blieben vorerst geschlossen."))
    assert quote_with(quotes, "Grenzübergänge").speaker == "Tamim Abu Said"


def test_a_genitive_owner_is_not_the_adviser(analyzer):
    """"Ein Berater Netanjahus": the adviser speaks, not Netanjahu (the listing of Netanjahu's
    quotes must not hold it), also after Netanjahu was named."""
    quotes = quotes_of(analyzer, (
        "Benjamin Netanjahu hat die Vorschläge der Vermittler abgelehnt. Ein Berater Netanjahus "
        "sagte dem Rundfunk, eine kurze Feuerpause sei denkbar, ein Ende des Krieges nicht."))
    assert quote_with(quotes, "Feuerpause sei denkbar").speaker != "Benjamin Netanjahu"


def test_a_body_named_after_its_noun_is_no_persons_name(analyzer):
    """"Eine Sprecherin des Hilfswerks UNRWA": the acronym names the body that owns the office,
    not the spokeswoman; she is the UNRWA spokeswoman the text names later."""
    quotes = quotes_of(analyzer, (
        "Eine Sprecherin des UN-Palästinenserhilfswerks UNRWA sagte am Morgen, die Vorräte reichten "
        "nur noch wenige Tage.\n\nUNRWA-Sprecherin Juliette Touma sagte am Abend, zwei Konvois "
        "seien abgewiesen worden."))
    assert quote_with(quotes, "Vorräte reichten").speaker == "Juliette Touma"


def test_an_office_owned_by_a_body_named_before_by_its_noun_is_its_holder(analyzer):
    """"ein Sprecher des Ministeriums" after "des katarischen Außenministeriums, Madschid
    al-Ansari": the ministry is the Qatari one, its spokesman the one the text named."""
    quotes = quotes_of(analyzer, (
        "Der Sprecher des katarischen Außenministeriums, Madschid al-Ansari, sagte, die Vermittler "
        "hätten einen neuen Entwurf vorgelegt.\n\nIsraels Armee griff unterdessen Ziele im Süden an. "
        "Die Armee teilte mit, sie habe mehrere Raketenstellungen zerstört.\n\nEin Sprecher des "
        "Ministeriums sagte am Abend, Katar werde die Gespräche fortsetzen."))
    assert quote_with(quotes, "Gespräche fortsetzen").speaker == "Majed al-Ansari"


def test_an_office_of_another_written_body_is_not_the_holder_named(analyzer):
    """"Eine Sprecherin des Welternährungsprogramms" is not the UNRWA spokeswoman the text
    names, though both are of the UN."""
    quotes = quotes_of(analyzer, (
        "UNRWA-Sprecherin Juliette Touma sagte, die Schulen seien überfüllt.\n\nEine Sprecherin des "
        "Welternährungsprogramms sagte, ohne Waffenruhe sei keine Versorgung möglich."))
    assert quote_with(quotes, "keine Versorgung").speaker != "Juliette Touma"


def test_the_office_noun_refers_back_to_the_office_named_before(analyzer):
    """"Ein Sprecher des Büros" after "Das Büro von Ministerpräsident Netanjahu": a spokesperson
    of that office, unnamed (D12), not a German descriptor with no side."""
    quotes = quotes_of(analyzer, (
        "Das Büro von Ministerpräsident Benjamin Netanjahu hat eine neue Verhandlungsrunde "
        "angekündigt. Ein Sprecher des Büros sagte, die Delegation habe nur ein begrenztes Mandat."))
    q = quote_with(quotes, "begrenztes Mandat")
    assert (q.speaker, q.affiliation) == (
        "spokesperson of the Israeli Prime Minister's Office (unnamed)", "Israel")


@pytest.mark.parametrize("mention, speaker", [
    ("Sein Sprecher", "spokesperson of Benjamin Netanjahu (unnamed)"),
    ("Ein Sprecher seines Büros", "spokesperson of the Israeli Prime Minister's Office (unnamed)"),
])
def test_a_possessed_spokesperson_is_a_person_not_the_office(analyzer, mention, speaker):
    """"Sein Sprecher" after Netanjahu is his spokesperson, unnamed; the listing of his office's
    statements must not hold it."""
    quotes = quotes_of(analyzer, (
        f"Benjamin Netanjahu hat den Vorschlag abgelehnt. {mention} sagte am Abend, Israel werde "
        "seine Ziele weiter verfolgen."))
    assert quote_with(quotes, "Ziele weiter").speaker == speaker


def test_a_bare_spokesperson_is_the_one_the_text_names_for_the_body_in_context(analyzer):
    """"Ein Sprecher fügte hinzu" right after the Hamas spokesman's quote: the one spokesman of
    Hamas the text names (D12), not a new unnamed one."""
    quotes = quotes_of(analyzer, (
        "Die Hamas hat ihre Bedingungen bekräftigt. „Ohne Abzug gibt es keine Einigung“, sagte "
        "Hamas-Sprecher Abdel Latif al-Kanu am Sonntag. Ein Sprecher fügte hinzu, die Bewegung "
        "sei weiter zu Gesprächen bereit."))
    assert quote_with(quotes, "weiter zu Gesprächen").speaker == quote_with(quotes, "Ohne Abzug").speaker


def test_a_bare_spokesperson_named_later_for_the_army(analyzer):
    """"Ein Sprecher sagte" after the army's report, "Militärsprecher Avichai Adraee" later."""
    quotes = quotes_of(analyzer, (
        "Die israelische Armee hat nach eigenen Angaben ein Lager der Hamas angegriffen. Ein "
        "Sprecher sagte, dort seien Waffen versteckt gewesen. „Die Hamas missbraucht Schulen“, "
        "sagte Militärsprecher Avichai Adraee."))
    assert quote_with(quotes, "Waffen versteckt").speaker == "Avichay Adraee"


def test_a_bare_spokesperson_is_not_another_bodys_spokesman(analyzer):
    """The government spokesman the text names does not speak for the army."""
    quotes = quotes_of(analyzer, (
        "Regierungssprecher David Mencer sagte, die Gespräche gingen weiter. Die Armee meldete "
        "neue Angriffe. Ein Sprecher sagte, dort seien Waffen versteckt gewesen."))
    assert quote_with(quotes, "Waffen versteckt").speaker != "David Mencer"


def test_one_more_of_the_kind_just_named_keeps_its_side(analyzer):
    """"Ein zweiter Beamter" after "ein hochrangiger israelischer Beamter": another Israeli
    official, not an official of no side."""
    quotes = quotes_of(analyzer, (
        "Ein hochrangiger israelischer Beamter sagte, die Antwort enthalte neue Forderungen. Ein "
        "zweiter Beamter sagte, Israel werde nicht nachgeben."))
    q = quote_with(quotes, "nicht nachgeben")
    assert (q.speaker, q.affiliation) == ("anonymous Israeli official", "Israel")


def test_an_anonymous_officials_body_stays_in_the_label(analyzer):
    """"ein Vertreter des israelischen Verteidigungsministeriums": the ministry is part of who
    spoke (F3 labels describe), as "Regierungsvertreter" is a government official."""
    quotes = quotes_of(analyzer, (
        "Ein ranghoher Vertreter des israelischen Verteidigungsministeriums sagte, die Armee sei "
        "auf alles vorbereitet."))
    assert quote_with(quotes, "auf alles").speaker == "anonymous senior Israeli defence ministry official"


def test_a_source_with_no_side_is_one_of_the_party_in_context(analyzer):
    """"Die Hamas lehnt … ab. …, sagte eine Quelle der Agentur": the source speaks for the
    organisation in context ("anonymous Hamas source"); the medium it spoke to owns nothing."""
    quotes = quotes_of(analyzer, (
        "Die Hamas lehnt eine Teilnahme an der neuen Runde bisher ab. Man werde nicht unter "
        "Beschuss verhandeln, sagte eine Quelle der dpa."))
    q = quote_with(quotes, "unter Beschuss")
    assert (q.speaker, q.affiliation) == ("anonymous Hamas source", "Hamas")


def test_a_source_familiar_with_the_talks_takes_no_side(analyzer):
    quotes = quotes_of(analyzer, (
        "Die Hamas lehnt eine Teilnahme an der neuen Runde bisher ab. Eine mit den Gesprächen "
        "vertraute Quelle sagte, die Vermittler suchten nach einem Ausweg."))
    assert quote_with(quotes, "Ausweg").affiliation == "other"


def test_a_compound_title_is_the_person_introduced_with_its_phrase(analyzer):
    """"Der Delegationsleiter selbst" after "Der Leiter der israelischen Delegation, Nitzan Alon": the
    compound names the same office as the phrase (D12)."""
    quotes = quotes_of(analyzer, (
        "Der Leiter der israelischen Delegation, Nitzan Alon, ist in Kairo eingetroffen. Ein "
        "Unterhändler sagte, die Gespräche würden schwierig. Der Delegationsleiter selbst sagte am "
        "Abend, er sei zuversichtlich."))
    assert quote_with(quotes, "zuversichtlich").speaker == "Nitzan Alon"


def test_an_owner_epithet_refers_back_past_a_few_sentences(analyzer):
    """"Ein Kommandeur der Brigaden" three sentences after the brigades were named: their
    commander, unnamed (D12), not a German descriptor of no side."""
    quotes = quotes_of(analyzer, (
        "Der bewaffnete Arm der Hamas, die Kassam-Brigaden, hat mit neuen Angriffen gedroht. Ein "
        "Sprecher der Brigaden sagte in einer Videobotschaft, die Kämpfer seien bereit. „Wir "
        "greifen überall an“, sagte er.\n\nEin Kommandeur der Brigaden sagte dem Sender "
        "Al-Dschasira, man habe genug Waffen für einen langen Krieg."))
    q = quote_with(quotes, "genug Waffen")
    assert (q.speaker, q.affiliation) == (
        "commander of the Izz ad-Din al-Qassam Brigades (unnamed)", "Hamas")


def test_an_adviser_of_a_titled_person_takes_that_persons_side(analyzer):
    """"Ein Berater des Geheimdienstchefs" after the Egyptian intelligence chief was named: an
    Egyptian adviser, not one of no side, and not the chief himself."""
    quotes = quotes_of(analyzer, (
        "Der Chef des ägyptischen Geheimdienstes, Hassan Raschad, sagte, Kairo setze seine "
        "Bemühungen fort. Ein Berater des Geheimdienstchefs sagte, man rechne bald mit einer Antwort."))
    q = quote_with(quotes, "bald mit einer Antwort")
    assert q.affiliation == "Egypt" and q.speaker != "Hassan Rashad"


def test_a_definite_official_is_the_official_named_before(analyzer):
    """"Der Hamas-Vertreter" after "Hamas-Funktionär Taher al-Nunu": both are a Hamas official
    (the label tables' one English noun), so the definite mention refers back to him."""
    quotes = quotes_of(analyzer, (
        "Hamas-Funktionär Taher al-Nunu sagte, die Gespräche seien ins Stocken geraten. Der "
        "Hamas-Vertreter fügte hinzu, man warte auf eine Antwort der Vermittler."))
    assert quote_with(quotes, "Antwort der Vermittler").speaker == "Taher al-Nunu"


def test_a_states_chief_diplomat_is_its_foreign_minister(analyzer):
    """"Ägyptens Chefdiplomat" is the foreign minister named before, else the unnamed one."""
    quotes = quotes_of(analyzer, (
        "Der ägyptische Außenminister Badr Abdelatty traf seinen katarischen Kollegen. Ägyptens "
        "Chefdiplomat sagte anschließend, eine Einigung sei nahe."))
    assert quote_with(quotes, "Einigung sei nahe").speaker == "Badr Abdelatty"
    alone = quotes_of(analyzer, "Ägyptens Chefdiplomat sagte, eine Einigung sei nahe.")
    assert quote_with(alone, "Einigung sei nahe").speaker == "foreign minister of Egypt (unnamed)"


def test_a_singular_demonym_is_the_person_not_the_government(analyzer):
    """"sagte der Amerikaner" after Blinken: he, not the Government of the United States."""
    quotes = quotes_of(analyzer, (
        "US-Außenminister Antony Blinken ist in Tel Aviv eingetroffen. „Es ist Zeit für ein "
        "Abkommen“, sagte der Amerikaner bei seiner Ankunft."))
    assert quote_with(quotes, "Zeit für ein Abkommen").speaker == "Antony Blinken"


def test_one_of_a_labelled_group_is_one_member_of_its_side(analyzer):
    """"Einer der Beamten" after "Zwei israelische Beamte": one Israeli official."""
    quotes = quotes_of(analyzer, (
        "Zwei israelische Beamte sagten dem Portal Axios, die Delegation reise am Sonntag ab. "
        "Einer der Beamten sagte, man sei skeptisch."))
    q = quote_with(quotes, "skeptisch")
    assert (q.speaker, q.affiliation) == ("anonymous Israeli official", "Israel")


def test_a_hyphenated_name_after_a_compound_title_is_kept(analyzer):
    """"Der katarische Ministeriumssprecher Nasser al-Kuwari": the name with its particle is
    the speaker, not an unnamed spokesperson of the ministry."""
    quotes = quotes_of(analyzer, (
        "Der katarische Ministeriumssprecher Nasser al-Kuwari sagte später, beide Seiten "
        "prüften den Text."))
    assert quote_with(quotes, "prüften den Text").speaker == "Nasser al-Kuwari"


def test_an_indefinite_office_is_the_unlisted_holder_named_later(analyzer):
    """"Ein Sprecher des katarischen Außenministeriums" … "Ministeriumssprecher Nasser
    al-Kuwari": the document names the holder of that office (D12), also one the registry
    does not know, and the office's side stays."""
    quotes = quotes_of(analyzer, (
        "Ein Sprecher des katarischen Außenministeriums sagte am Dienstag, die Vermittler hätten "
        "einen neuen Entwurf vorgelegt. Der katarische Ministeriumssprecher Nasser al-Kuwari "
        "sagte später, beide Seiten prüften den Text."))
    q = quote_with(quotes, "neuen Entwurf")
    assert (q.speaker, q.affiliation) == ("Nasser al-Kuwari", "Qatar")


def test_the_official_refers_back_to_the_labelled_official_just_quoted(analyzer):
    """"Der Beamte" after "Ein israelischer Regierungsvertreter": the same unnamed official
    (a "Regierungsvertreter" is an official too), not new officials of no side."""
    quotes = quotes_of(analyzer, (
        "Ein israelischer Regierungsvertreter sagte dem Sender Kan, die Gespräche seien "
        "gescheitert. Der Beamte sagte, die Hamas habe neue Bedingungen gestellt."))
    q = quote_with(quotes, "neue Bedingungen")
    assert (q.speaker, q.affiliation) == ("anonymous Israeli government official", "Israel")


@pytest.mark.parametrize("text, label", [
    ("Der Staatsanwalt sagte, der Angeklagte habe gestanden.", "prosecutor (unnamed)"),
    ("Die Staatsanwältin erklärte, die Ermittlungen dauerten an.", "prosecutor (unnamed)"),
])
def test_a_prosecutor_is_an_office_not_a_lawyer(analyzer, text, label):
    """"Staatsanwalt" ends in "anwalt" (lawyer), but names an office (D12)."""
    (q,) = analyzer.analyze_text(text, "t.txt")
    assert q.speaker == label


@pytest.mark.parametrize("mention, speaker", [
    ("Eine Sprecherin des Pentagons", "spokesperson of the Pentagon (unnamed)"),
    ("Ein Sprecher des Kremls", "spokesperson of the Kremlin (unnamed)"),
    ("Ein Sprecher der Hamas", "spokesperson of Hamas (unnamed)"),  # a name, no article
])
def test_an_office_of_a_body_named_by_a_common_english_noun_takes_the_article(analyzer, mention, speaker):
    text = f"{mention} teilte am Abend mit, man beobachte die Lage an der Grenze sehr genau."
    assert quote_with(quotes_of(analyzer, text), "Grenze").speaker == speaker


@pytest.mark.parametrize("text, fragment, speaker, side", [
    # the person the source is close to is no speaker: an unnamed source close to him (D12)
    ("Eine Netanjahu nahestehende Quelle sagte, der Plan sei gescheitert.", "Plan sei gescheitert",
     "anonymous source close to Benjamin Netanjahu", "Israel"),
    ("Der Plan sei tot, sagte ein Vertrauter von Jahja Sinwar.", "Plan sei tot",
     "anonymous source close to Yahya Sinwar", "Hamas"),
    # … also where the parse hung his genitive name outside the mention
    ("Die Vorschläge seien nicht offiziell, sagte der Vertraute Sinwars dem Sender.", "Vorschläge",
     "anonymous source close to Yahya Sinwar", "Hamas"),
    # a body the source is close to keeps its label
    ("Der Plan sei tot, sagte eine der Hamas nahestehende Quelle.", "Plan sei tot",
     "anonymous Hamas source", "Hamas"),
])
def test_a_source_close_to_a_person_is_not_that_person(analyzer, text, fragment, speaker, side):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, side)


@pytest.mark.parametrize("text, speaker, side", [
    # a state's office with no owner and no holder named: the state that spoke just before (D12)
    ("Ägypten hat Israel vorgehalten, den Grenzübergang zu blockieren. Man habe sich bemüht, den "
     "Übergang offenzuhalten, sagte der Außenminister am Montag.", "foreign minister of Egypt (unnamed)",
     "Egypt"),
    ("Katar warf Israel am Sonntag vor, die Gespräche zu verzögern. Man sei weiter zu Vermittlung "
     "bereit, sagte der Regierungschef.", "head of government of Qatar (unnamed)", "Qatar"),
])
def test_a_state_office_without_owner_is_that_of_the_state_that_spoke(analyzer, text, speaker, side):
    q = quote_with(quotes_of(analyzer, text), "Man ")
    assert (q.speaker, q.affiliation) == (speaker, side)


def test_a_spokesperson_of_a_body_named_by_its_title_before_is_that_body_s(analyzer):
    text = ("Das Forum der Geiselfamilien protestierte. Ein Sprecher des Forums sagte, ohne Katar werde "
            "es keine Einigung geben.")
    q = quote_with(quotes_of(analyzer, text), "Katar")
    assert q.speaker == "spokesperson of the Hostages and Missing Families Forum (unnamed)"


@pytest.mark.parametrize("text, fragment, speaker, affiliation", [
    ("Zwei israelische Beamte äußerten sich. Einer von ihnen sagte, es sei unklar, wer entscheide.",
     "unklar", "anonymous Israeli official", "Israel"),
    ("Augenzeugen berichteten von Explosionen. Einer sagte, der Himmel sei rot gewesen.", "Himmel",
     "anonymous eyewitness", "other"),
])
def test_one_of_an_unnamed_group_just_named_is_one_of_them(analyzer, text, fragment, speaker, affiliation):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, affiliation)
