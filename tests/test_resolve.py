"""Speaker resolution on made-up German sentences with real parses (GUIDELINES.md F2-F4, D11-D13).

The registry gives canonical English names with the German forms as aliases; roles resolve to
the person the same text names; unnamed speakers get English labels; datelines, fronted phrases,
relaying media and unspecified reports are never the speaker.
"""

from __future__ import annotations

import json

import pytest

from quotes.labels import english_label
from quotes.lexicon import DATA_DIR
from quotes.registry import RegistryError, load_registry
from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text, fragment, speaker, affiliation", [
    # German transliteration in the text, English canonical name out
    ("„Wir prüfen den Vorschlag sehr genau“, sagte der iranische Außenminister Abbas Araghtschi "
     "am Samstag.", "prüfen den Vorschlag", "Abbas Araghchi", "Iran"),
    # an organisation by its English name
    ("Die israelische Armee teilte mit, sie habe in der Nacht mehrere Ziele angegriffen.",
     "mehrere Ziele angegriffen", "Israel Defense Forces", "Israel"),
    # a role resolved to the person the text names later
    ("Der Sprecher des Außenministeriums sagte, die Gespräche gingen am Montag weiter. "
     "Madschid al-Ansari ist seit Jahren der Sprecher des Ministeriums in Doha.",
     "Gespräche gingen", "Majed al-Ansari", "Qatar"),
    # a title resolved to the person named before
    ("Der iranische Außenminister Abbas Araghtschi reiste am Freitag nach Beirut. "
     "Der iranische Chefdiplomat sagte dort, Israel sei das größte Hindernis für eine Waffenruhe.",
     "größte Hindernis", "Abbas Araghchi", "Iran"),
    # an unnamed office holder (D12) and an anonymous official (F3)
    ("Ein Sprecher des katarischen Außenministeriums sagte am Dienstag, ein Durchbruch sei nicht "
     "in Sicht.", "Durchbruch sei", "spokesperson of the Qatari foreign ministry (unnamed)", "Qatar"),
    ("Ein ranghoher US-Beamter sagte, die Verhandlungen kämen langsam voran.",
     "Verhandlungen kämen", "anonymous senior US official", "USA"),
    # "der Organisation", "der Bewegung": the group last named, when the registry or the text
    # gives it that title: a closer "Weltgesundheitsorganisation" is that body, not the Hamas
    ("Die Hamas hat den Vorschlag erhalten. Ein ranghohes Mitglied der Organisation sagte, man "
     "werde bald antworten.", "bald antworten", "anonymous senior Hamas member", "Hamas"),
    ("Die Hamas hält an ihren Forderungen fest. Ein Sprecher der Bewegung sagte am Abend, Israel "
     "müsse sich zurückziehen.", "zurückziehen", "spokesperson of Hamas (unnamed)", "Hamas"),
    ("Die Hamas prüft den Vorschlag. Die Weltgesundheitsorganisation warnte vor einer Hungersnot. "
     "Ein Vertreter der Organisation sagte, die Lage in den Kliniken sei katastrophal.",
     "Lage in den Kliniken", "anonymous UN official", "UN"),
    # the body named by its acronym right after the noun that titles it
    ("Die Weltgesundheitsorganisation (WHO) warnte vor einem Ende der Versorgung. Ein Sprecher der "
     "Organisation sagte in Genf, es fehle an Insulin.", "fehle an Insulin",
     "spokesperson of the World Health Organization (unnamed)", "UN"),
    ("Das UN-Palästinenserhilfswerk UNRWA teilte mit, seine Schulen seien beschädigt. Eine Sprecherin des "
     "Hilfswerks sagte, drei Gebäude seien zerstört.", "drei Gebäude",
     "spokesperson of UNRWA (unnamed)", "UN"),
    # a body named only inside the quote is passed over
    ("Die Behörde Cogat wies die Kritik zurück. Die Vereinten Nationen verteilten die Güter zu "
     "langsam, sagte ein Sprecher der Behörde.", "Güter zu langsam",
     "spokesperson of COGAT (unnamed)", "Israel"),
    # an organisation named before is referred back to by the noun it was written with
    ("Das Forum der Geiselfamilien forderte die Regierung auf, das Abkommen zu unterzeichnen. "
     "„Jeder Tag kostet Leben“, hieß es in einer Mitteilung des Forums.", "kostet Leben",
     "Hostages and Missing Families Forum", "other"),
    ("Das von der Hamas kontrollierte Gesundheitsministerium teilte mit, die Zahl der Toten sei "
     "gestiegen. Ein Sprecher der Behörde sagte, die Kliniken seien überfüllt.",
     "Kliniken seien überfüllt", "spokesperson of the Gaza Health Ministry (unnamed)", "Hamas"),
    # an office of a registry body the label tables cannot name (D12)
    ("Ein Sprecher des Weißen Hauses sagte, die Gespräche gingen weiter.", "Gespräche gingen",
     "spokesperson of the White House (unnamed)", "USA"),
    # the addressee the parse hung on the speaker is no part of the mention
    ("US-Präsident Joe Biden äußerte sich enttäuscht. Die Regierung mache einen Fehler, sagte "
     "der US-Präsident dem Sender MSNBC.", "mache einen Fehler", "Joe Biden", "USA"),
    # an "es" the tagger calls an expletive is the state just named
    ("Israel hat sich zu den Gesprächen nicht geäußert. Es hat jedoch eine dauerhafte Waffenruhe "
     "ausgeschlossen und erklärt, dass es nur kurzen Pausen zustimmen wird.", "kurzen Pausen",
     "Government of Israel", "Israel"),
    # an office owned by an epithet of the state just placed ("des Emirats" after "in Doha") is
    # that state's, unnamed (D12: an English label, not the German descriptor)
    ("Die Gespräche in Doha gehen weiter. Der Premier des Emirats sagte, man sei zuversichtlich.",
     "zuversichtlich", "prime minister of Qatar (unnamed)", "Qatar"),
    # a name apposed after a "bei" phrase stays in the mention, and the side is the title's
    ("Die stellvertretende US-Gesandte bei den Vereinten Nationen, Mara Stollberg, sagte, "
     "Washington lehne den Entwurf ab.", "lehne den Entwurf ab", "Mara Stollberg", "USA"),
    # an unlisted outlet by its name, and a medium is on no side (F4)
    ("Die Hamas-nahe Nachrichtenseite Shehab meldete, bei dem Angriff seien zehn Menschen "
     "getötet worden.", "zehn Menschen", "Shehab", "other"),
    # the registry name right after a noun the registry gives it as a title
    ("Nach Berichten des Senders N12 will die Regierung eine Delegation nach Doha schicken.",
     "Delegation nach Doha", "Channel 12 (N12)", "other"),
    # a time phrase ends the speaker's phrase: what follows is whom it was said to
    ("Die Verhandlungen seien auf einem guten Weg, sagte ein hochrangiger ägyptischer Beamter am "
     "Dienstag der Nachrichtenagentur dpa.", "guten Weg", "anonymous senior Egyptian official",
     "Egypt"),
    # an unnamed office holder of the body its compound names (D12)
    ("Das israelische Militär wollte sich zu dem Angriff nicht äußern. Ein Armeesprecher sagte "
     "lediglich, man kommentiere keine Berichte ausländischer Medien.", "keine Berichte",
     "spokesperson of the Israel Defense Forces (unnamed)", "Israel"),
    # a state not in the list speaks as its government (D12, D17), also by its capital
    ("Zypern erklärte am Montag, die Lieferungen könnten bald beginnen. Die Regierung in Athen "
     "teilte mit, man unterstütze jede Feuerpause.", "jede Feuerpause", "Government of Greece", "other"),
    ("Zypern erklärte am Montag, die Lieferungen könnten bald beginnen.", "Lieferungen könnten",
     "Government of Cyprus", "other"),
    # a medium that is the only source is the speaker, by its name
    ("Wie die israelische Zeitung „Haaretz“ berichtete, ist die Regierung zu Zugeständnissen "
     "bereit.", "Zugeständnissen bereit", "Haaretz", "other"),
    ("Die Gespräche seien gescheitert, meldete der Sender „Kanal Sieben“.",
     "Gespräche seien gescheitert", "Kanal Sieben", "other"),
    ("„Die Gespräche stecken fest“, berichtete der Sender N12 am Abend.",
     "Gespräche stecken fest", "Channel 12 (N12)", "other"),
    # the politburo of this war's news is the Hamas one, unless another group is named with it
    ("Ein Mitglied des Politbüros, das anonym bleiben wollte, sagte, man prüfe den Vorschlag.",
     "prüfe den Vorschlag", "anonymous Hamas member", "Hamas"),
    ("Ein Mitglied des Politbüros des Islamischen Dschihad sagte, man lehne den Plan ab.",
     "lehne den Plan ab", "anonymous Islamic Jihad member", "Islamic Jihad"),
    # a title opening the sentence that the tagger took for a first name is no part of the name
    ("Ministerin Karin Holm sagte, die Brücke sei ein Gewinn.", "ein Gewinn", "Karin Holm", "other"),
])
def test_speaker_is_canonical(analyzer, text, fragment, speaker, affiliation):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, affiliation)


@pytest.mark.parametrize("text, fragment, speaker", [
    # a title the tagger read as the name's first part, known only as an office noun, in its
    # feminine form or as a compound's end
    ("Die Lage sei ernst, sagte Gouverneur Pedro Ruiz.", "Lage sei ernst", "Pedro Ruiz"),
    ("Die Lage sei ernst, sagte Bürgermeisterin Karla Weber.", "Lage sei ernst", "Karla Weber"),
    ("Die Lage sei ernst, sagte Bundesfamilienministerin Karla Weber (CDU).", "Lage sei ernst",
     "Karla Weber"),
    ("Die Lage sei ernst, sagte Richter Paul Krämer.", "Lage sei ernst", "Paul Krämer"),
    # a judge the text does not name (D12)
    ("Der Richter sagte, die Zeugin sei glaubwürdig.", "Zeugin sei", "judge (unnamed)"),
])
def test_a_title_before_a_name_is_not_part_of_the_name(analyzer, text, fragment, speaker):
    assert quote_with(quotes_of(analyzer, text), fragment).speaker == speaker


def test_a_place_adjective_in_burger_is_no_citizen(analyzer):
    """"Die Augsburger Verkehrsbetriebe" ends in "burger" only once folded: the body, not
    "anonymous citizen" (the table's "Bürger")."""
    q = quote_with(quotes_of(analyzer, "Die Augsburger Verkehrsbetriebe wiesen den Vorwurf zurück. "
                                       "Die Busse seien an jedem Tag pünktlich gewesen."), "Busse seien")
    assert q.speaker == "Augsburger Verkehrsbetriebe"
    citizen = quote_with(quotes_of(analyzer, "Ein Mitbürger sagte, die Lage sei ernst."), "Lage sei")
    assert citizen.speaker == "anonymous citizen"


def test_a_masculine_age_is_not_the_woman_quoted_before(analyzer):
    """"Die frühere Buchhalterin" speaks first: she is "f" by her article and ending, so a later
    "Der 61-Jährige" (masculine) is not she, though she is the nearest speaker."""
    quotes = quotes_of(analyzer, "Vor dem Gericht in Fulda stand am Montag ein Bauunternehmer. Die "
                                 "frühere Buchhalterin der Firma sagte, sie habe von den Zahlungen "
                                 "nichts gewusst. Der 61-Jährige habe dagegen in einem Brief "
                                 "geschrieben, er sei unschuldig.")
    assert "Buchhalterin" not in (quote_with(quotes, "unschuldig").speaker or "")


def test_relaying_agency_is_not_the_speaker(analyzer):
    text = ("„Die Waffenruhe im Libanon ist jetzt das dringendste Thema“, sagte Araghtschi laut "
            "der Nachrichtenagentur IRNA bei einem Besuch in Damaskus.")
    for q in quotes_of(analyzer, text):
        assert q.speaker == "Abbas Araghchi", (q.quote, q.speaker, q.speaker_mention)


def test_reporter_relaying_a_described_source_is_not_the_speaker(analyzer):
    text = ("Über die Gespräche in Kairo berichtet ARD-Korrespondent Jonas Weber am Abend. "
            "Die ägyptische Vermittlerseite spricht von einer „festgefahrenen Lage“, so Weber.")
    q = quote_with(quotes_of(analyzer, text), "festgefahrenen Lage")
    assert (q.speaker, q.affiliation) == ("Egyptian mediators", "Egypt")


def test_pronoun_refers_to_an_unnamed_speaker_before_it(analyzer):
    text = ("Die Hamas warf der Armee Angriffe auf Helfer vor. Die Organisation stellt ihre Arbeit "
            "ein, wie eine Sprecherin der Hilfsorganisation sagte. „Wir können niemanden mehr in "
            "dieses Gebiet schicken“, sagte sie.")
    q = quote_with(quotes_of(analyzer, text), "niemanden mehr")
    assert (q.speaker, q.affiliation) == ("spokesperson of the aid organisation (unnamed)", "other")


def test_pronoun_before_its_writer_resolves_to_the_writer(analyzer):
    text = ("Netanjahu verteidigte am Freitag den Plan. Er habe dem Regierungschef gesagt, dass er "
            "die Regierung verlassen werde, schrieb Finanzminister Bezalel Smotrich am Abend auf X.")
    q = quote_with(quotes_of(analyzer, text), "Regierung verlassen")
    assert q.speaker == "Bezalel Smotrich"


def test_unspecified_reports_name_no_one(analyzer):
    text = "Die Delegation reist Medienberichten zufolge am Montag zu neuen Gesprächen nach Kairo."
    for q in quotes_of(analyzer, text):
        assert q.speaker is None and q.affiliation in (None, "other"), (q.quote, q.speaker)


def test_dateline_is_never_the_speaker(analyzer):
    text = ("KAIRO (dpa) - Die ägyptische Regierung erklärte am Sonntag, die Gespräche über eine "
            "Feuerpause würden in der kommenden Woche fortgesetzt.")
    q = quote_with(quotes_of(analyzer, text), "Feuerpause würden")
    assert q.speaker == "Government of Egypt" and q.affiliation == "Egypt"




def test_fronted_phrase_gives_way_to_the_speaking_pronoun(analyzer):
    """A mention cut as the fronted phrase ("In einer … Ansprache sagte er: …") names no one;
    the pronoun subject of the speech verb does, resolved to the person named before."""
    from quotes.extract import Mention
    from quotes.registry import load_registry
    from quotes.resolve import DocumentResolver

    text = ("Der iranische Außenminister, Araghtschi, hat vor einem Flächenbrand gewarnt. "
            "In einer lange erwarteten Ansprache sagte er wörtlich: „Wir wollen keinen Krieg.“")
    parsed = analyzer.parser.parse(text)
    resolver = DocumentResolver(parsed, load_registry())
    phrase = "In einer lange erwarteten Ansprache"
    start = text.index(phrase)
    words = [w for s in parsed.sentences for w in s.words if start <= w.start < start + len(phrase)]
    fronted = Mention(phrase, start, start + len(phrase), words[-1], [], words)
    quoted = (text.index("Wir"), text.index("Krieg") + len("Krieg."))
    assert resolver.resolve_mention(fronted, quoted) == ("Abbas Araghchi", "Iran")


def test_organisation_reported_in_konjunktiv_stays_with_its_leader(analyzer):
    """"… sagte der Chef. Die Miliz verlange, …": the leader reports his organisation's position
    (D16), and the continuation after it is his as well; an indicative report is the body's own."""
    text = ("„Wir lassen uns nicht einschüchtern“, sagte Hisbollah-Chef Hassan Nasrallah am Freitag. "
            "Die Hisbollah verlange von niemandem, sich ihr anzuschließen. "
            "Die Miliz werde aber jede Einigung der Hamas mittragen.")
    quotes = quotes_of(analyzer, text)
    for fragment in ("sich ihr anzuschließen", "jede Einigung"):
        q = quote_with(quotes, fragment)
        assert (q.speaker, q.affiliation) == ("Hassan Nasrallah", "Hezbollah"), (fragment, q.speaker)
    own = quotes_of(analyzer, "Die Hisbollah verlangt von Israel, die Angriffe sofort einzustellen.")
    assert [q.speaker for q in own] == ["Hezbollah"]


@pytest.mark.parametrize("text, speaker", [
    # a party named inside the quote before it is what was said, not who said it
    ("Ein ägyptischer Vermittler sagte am Abend: „Wir haben alles versucht. Die Hamas blockiert "
     "jede Einigung.“ Man werde trotzdem weiter verhandeln, hieß es in einer Mitteilung.",
     "anonymous Egyptian mediator"),
    # the subject of a sentence that reports nothing issues no statement
    ("Das Büro der Hamas in Doha wird geschlossen. Man habe die Vermittlung beendet, hieß es in "
     "einer Mitteilung.", None),
])
def test_unnamed_statement_is_not_given_to_a_party_that_did_not_speak(analyzer, text, speaker):
    q = quote_with(quotes_of(analyzer, text), "Man ")
    assert q.speaker == speaker, q.speaker


def test_epithet_refers_to_the_armed_group_named_before(analyzer):
    """"die Terroristen", "ein Vertreter der Islamistenorganisation": the press's epithets for a
    group the article names; the speaker is that group, or one of its officials (F4: Hamas)."""
    text = ("Die Hamas hat den neuen Vorschlag am Montag erhalten. „Wir prüfen ihn sorgfältig“, sagte "
            "ein Vertreter der Islamistenorganisation am Abend. Man sei zu weiteren Gesprächen "
            "bereit, erklärten die Terroristen später.")
    quotes = quotes_of(analyzer, text)
    official = quote_with(quotes, "prüfen ihn")
    assert (official.speaker, official.affiliation) == ("anonymous Hamas official", "Hamas")
    group = quote_with(quotes, "weiteren Gesprächen")
    assert (group.speaker, group.affiliation) == ("Hamas", "Hamas")
    hyphenated = quote_with(quotes_of(analyzer, (
        "Die Hamas hat den Entwurf erhalten. Eine Antwort gebe es noch nicht, sagte ein Vertreter "
        "der Palästinenser-Organisation am Abend.")), "Antwort gebe")
    assert (hyphenated.speaker, hyphenated.affiliation) == ("anonymous Hamas official", "Hamas")


def test_an_epithet_of_the_group_is_not_a_body_the_group_runs(analyzer):
    # the Hamas-run health ministry is of the Hamas side, but "die Islamisten" are the Hamas
    text = ("Die Hamas wies den Plan zurück. Das Gesundheitsministerium in Gaza teilte mit, es gebe "
            "weitere Tote. Der Kampf gehe weiter, erklärten die Islamisten am Abend.")
    q = quote_with(quotes_of(analyzer, text), "Kampf gehe")
    assert (q.speaker, q.affiliation) == ("Hamas", "Hamas")


def test_an_indefinite_senior_leader_stays_anonymous(analyzer):
    # "ein hochrangiger Hamas-Führer" is a source kept anonymous, not the leader the text names
    text = ("Der Leiter des Hamas-Verhandlungsteams, Chalil al-Hajja, sagte, man warte auf eine "
            "Antwort. Ein hochrangiger Hamas-Führer sagte der Agentur, man sei zu einem Abkommen bereit.")
    q = quote_with(quotes_of(analyzer, text), "Abkommen bereit")
    assert (q.speaker, q.affiliation) == ("anonymous senior Hamas leader", "Hamas")


def test_continuation_follows_the_person_who_spoke_last(analyzer):
    """A Konjunktiv continuation belongs to whoever spoke in the sentence before ("X warnte vor
    einem Krieg. Die USA würden …"), not to the agency quoted before that."""
    text = ("Bei dem Angriff habe es mehrere Verletzte gegeben, berichtete die Nachrichtenagentur Wafa. "
            "Der Sicherheitsberater des Weißen Hauses, Tom Beispiel, warnte am Abend vor einem "
            "größeren Krieg. Die Vereinigten Staaten würden sich weiter um eine Waffenruhe bemühen.")
    q = quote_with(quotes_of(analyzer, text), "weiter um eine Waffenruhe")
    assert q.speaker == "Tom Beispiel", q.speaker


def test_dashed_apposition_gives_way_to_its_host(analyzer):
    """"Der Politiker - ein Gegner Netanjahus - sagte": the words between dashes describe the
    subject before them; "der Politiker" is the person who was the subject just before."""
    text = ("Der Oppositionsführer Tom Beispiel kritisierte den Plan scharf. Der Politiker - ein "
            "Gegner Netanjahus - sagte, er werde gegen das Abkommen stimmen.")
    q = quote_with(quotes_of(analyzer, text), "gegen das Abkommen")
    assert q.speaker == "Tom Beispiel", q.speaker

# -- the registry and the labels, without a parse ------------------------------------------------

@pytest.mark.parametrize("typed", ["Al-Hajja", "Chalil al-Hajja", "Khalil al-Hayya", "al-Hayya"])
def test_german_and_english_forms_are_one_person(typed):
    assert load_registry().canonical(typed) == ("Khalil al-Hayya", "Hamas")


def test_netanjahu_keeps_the_projects_spelling():
    registry = load_registry()
    assert registry.canonical("Netanyahu")[0] == registry.canonical("Netanjahu")[0] == "Benjamin Netanjahu"


@pytest.mark.parametrize("desc, plural, affiliation, label", [
    ("Konfliktparteien", True, None, "parties to the conflict"),
    # kin of a hostage or a soldier (the tables' kinship nouns), by the owner's article and number
    ("Mutter einer Geisel", False, None, "mother of a hostage"),
    ("Angehörige der Geiseln", True, None, "relatives of the hostages"),
    ("Vater eines entführten Soldaten", False, None, "father of a soldier"),
    # a compound's longest known end decides ("-verhandlungsführer", not "-führer")
    ("Katarischer Verhandlungsführer", False, None, "anonymous Qatari negotiator"),
    ("Oppositionsführer", False, None, "opposition leader (unnamed)"),
    ("Ranghoher Vertreter Ägyptens", None, None, "anonymous senior Egyptian official"),
    ("Arabische Vermittler", True, None, "anonymous Arab mediators"),
    ("Israelische Medien", True, None, "Israeli media"),
    ("Palästinensische Angaben", True, None, "Palestinian sources"),
    ("Hamas-Vertreter", False, "Hamas", "anonymous Hamas official"),
    ("Quelle", False, "Hamas", "anonymous Hamas source"),
    ("Palästinensische Sicherheitskreise", True, None, "anonymous Palestinian security sources"),
    ("Sprecher des Justizministeriums", False, None, "spokesperson of the justice ministry (unnamed)"),
    ("Medien", True, None, None),  # an unspecified report (D11), no label
    # media reports described by their country are that country's media (D11), alone no one
    ("Israelische Medienberichte", True, None, "Israeli media"),
    ("Medienberichte", True, None, None),
    # people described by what they are get an English label too (F3), like "Anwohner"
    ("Bewohner", False, None, "anonymous resident"),
    ("Bewohnerinnen", None, None, "anonymous residents"),
    ("Frau", False, None, "anonymous woman"),
    # an office's compound names its body; an office alone is still an unnamed holder (D12)
    ("Polizeisprecher", False, None, "spokesperson of the police (unnamed)"),
    ("Außenamtssprecher", False, None, "spokesperson of the foreign ministry (unnamed)"),
    ("Bürgermeister", False, None, "mayor (unnamed)"),
    ("Sprecher", False, None, "spokesperson (unnamed)"),
    # … but not when a name or an owner the tables do not know follows it
    ("Pressesprecher Steven Miller", False, None, None),
    ("Sprecher des Tourismusministeriums", False, None, None),
    ("Anwohner", False, None, "anonymous resident"),
    # a compound whose first part the tables do not know keeps its German description
    ("Stationsleiter", False, None, None),
    ("Delegationsleiter", False, None, "head of the delegation (unnamed)"),  # a known owner
    # feminine forms are the table's masculine nouns, singular or plural by their ending
    ("Augenzeugin", None, None, "anonymous eyewitness"),
    ("Beamtin", None, None, "anonymous official"),
    ("Diplomatinnen", None, None, "anonymous diplomats"),
    ("UN-Mitarbeiterin", None, None, "anonymous UN staff member"),
    ("Ärztinnen", None, None, "anonymous doctors"),
    ("Expertin", None, None, "unnamed expert"),
    # a person, not the source group of "der Palästinenser" ("Palestinian sources")
    ("Palästinenserin", False, None, "anonymous Palestinian woman"),
    # an office's compound names its owner before any adjective ("Regierungs-": the government's)
    ("Regierungssprecherin", False, None, "spokesperson of the government (unnamed)"),
    ("Militärsprecher", False, None, "spokesperson of the military (unnamed)"),
    ("Sprecherin der Stadt", False, None, "spokesperson of the city (unnamed)"),
    # people who speak as a crowd get no "anonymous"; sources do
    ("Demonstranten", True, None, "protesters"),
    ("Israelische Demonstranten", True, None, "Israeli protesters"),
    ("Hamas-Führer", False, None, "anonymous Hamas leader"),
    ("Journalisten", True, None, "anonymous journalists"),
    ("Krankenschwestern", True, None, "anonymous nurses"),
    ("Vertriebene", True, None, "anonymous displaced people"),
])
def test_english_labels(desc, plural, affiliation, label):
    assert english_label(desc, plural, affiliation) == label


def test_a_hostages_mother_is_labelled_in_english(analyzer):
    q = quote_with(quotes_of(analyzer, "Die Mutter einer Geisel sagte, die Regierung müsse endlich "
                                       "handeln."), "endlich handeln")
    assert (q.speaker, q.affiliation) == ("mother of a hostage", "other")


def test_a_source_familiar_with_the_matter_is_not_one_with_the_talks():
    written = "Eine mit der Sache vertraute Person"
    label = english_label("Vertraute Person", False, None, written)
    assert label == "anonymous person familiar with the matter"


def test_registry_typo_names_file_and_entry(tmp_path):
    bad = tmp_path / "speakers.json"
    bad.write_text(json.dumps({"speakers": [{"name": "Max Muster", "affiliation": "Israle"}]}),
                   encoding="utf-8")
    rules = tmp_path / "rules.json"
    rules.write_text((DATA_DIR / "affiliation_cues.json").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        load_registry(bad, rules)
    message = str(err.value)
    assert str(bad) in message and "speakers.0.affiliation" in message and "Max Muster" in message


def test_descriptor_rules_typo_names_file_and_key(tmp_path):
    speakers = DATA_DIR / "speakers.json"
    rules = json.loads((DATA_DIR / "affiliation_cues.json").read_text(encoding="utf-8"))
    rules["rules"][0][1] = "Hammas"
    bad = tmp_path / "rules.json"
    bad.write_text(json.dumps(rules), encoding="utf-8")
    with pytest.raises(RegistryError) as err:
        load_registry(speakers, bad)
    assert str(bad) in str(err.value) and "rules.0.1" in str(err.value)


# -- the report filter uses the registry ---------------------------------------------------------

def test_report_speaker_filter_finds_aliases(run_cli, tmp_path):
    (tmp_path / "doc.txt").write_text(
        "„Wir wollen eine dauerhafte Waffenruhe und keine Pause“, sagte Hamas-Chefunterhändler "
        "Chalil al-Hajja am Montag in Doha.\n\n"
        "„Die Offensive geht weiter“, sagte Netanjahu am Abend.\n", encoding="utf-8")
    found = []
    for typed in ("Al-Hajja", "Khalil al-Hayya"):
        proc = run_cli("report", str(tmp_path), "--speaker", typed, "--quotes", "--format", "json",
                       check=True)
        report = json.loads(proc.stdout)
        found.append(sorted((q["speaker"], q["affiliation"]) for q in report["quotes"]))
    assert found[0] == found[1] == [("Khalil al-Hayya", "Hamas")]


def test_an_unnamed_office_holder_gets_an_english_label_not_the_german_noun(analyzer):
    (q,) = analyzer.analyze_text("In Rafah gingen die Kämpfe weiter. Ein Polizeisprecher sagte, in "
                                 "der Nacht habe es mehrere Explosionen gegeben.", "t.txt")
    assert (q.speaker, q.affiliation) == ("spokesperson of the police (unnamed)", "other")


def test_a_compound_office_finds_its_body_named_paragraphs_before(analyzer):
    text = ("Die israelische Armee setzte ihre Angriffe fort. Die Lage in Rafah ist unübersichtlich. "
            "Hilfsorganisationen warnen vor Hunger. Die Preise steigen. Viele Familien sind auf der "
            "Flucht.\n\nEin Armeesprecher sagte, man gehe gezielt gegen Terroristen vor.")
    q = quote_with(quotes_of(analyzer, text), "gezielt gegen Terroristen")
    assert (q.speaker, q.affiliation) == ("spokesperson of the Israel Defense Forces (unnamed)", "Israel")


def test_a_persons_title_before_a_states_genitive_is_no_title_of_the_state(analyzer):
    text = ("Der Außenminister Katars, Mohammed bin Abdulrahman Al Thani, empfing die Delegation.\n\n"
            "Der katarische Außenminister sagte, die Gespräche seien konstruktiv.")
    q = quote_with(quotes_of(analyzer, text), "Gespräche seien konstruktiv")
    assert q.speaker == "Mohammed bin Abdulrahman Al Thani"


@pytest.mark.parametrize("text, fragment, speaker", [
    # a registry person apposed to a title carries it: the later "der Sprecher … der Hamas" is he
    ("Der Sprecher der Kassam-Brigaden, Abu Obeida, veröffentlichte eine Videobotschaft.\n\nDer "
     "Sprecher des bewaffneten Arms der Hamas sagte, die Kämpfer seien bereit.",
     "Kämpfer seien bereit", "Abu Obeida"),
    # … also where the parse hung the name on the place after the title ("im Ausland, X")
    ("Der Chef der Hamas im Ausland, Chaled Maschaal, gab ein Interview.\n\nDer Hamas-Chef sagte, "
     "man werde nicht nachgeben.", "nicht nachgeben", "Khaled Mashal"),
])
def test_a_title_apposed_to_a_registry_person_is_his(analyzer, text, fragment, speaker):
    assert quote_with(quotes_of(analyzer, text), fragment).speaker == speaker


@pytest.mark.parametrize("text, fragment", [
    # a surname the registry gives another person too ("Kassem" is also Naim Qassem's)
    ("Der Hamas-Sprecher Hasem Kassem kam am Montag in Kairo an. „Wir warten auf eine Antwort "
     "aus Israel“, sagte Kassem.", "warten auf eine Antwort"),
    # a surname the registry spells otherwise, too short for a spelling key
    ("Hamas-Sprecher Hasim Kassim äußerte sich am Abend in Doha. Kassim warf Israel vor, die "
     "Gespräche zu verschleppen.", "Gespräche zu verschleppen"),
])
def test_surname_is_the_person_the_document_names_in_full(analyzer, text, fragment):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == ("Hazem Qassem", "Hamas")


@pytest.mark.parametrize("text, fragment, speaker", [
    # the party's leader, when the document names him (speakers.json "leads")
    ("Der Minister für Nationale Sicherheit, Itamar Ben-Gvir, kündigte Widerstand an. „Wir "
     "stimmen dagegen“, sagte der Vorsitzende der Partei Otzma Jehudit.", "stimmen dagegen",
     "Itamar Ben-Gvir"),
    ("Oppositionsführer Jair Lapid trat vor die Presse. Der Vorsitzende der Partei Jesch Atid "
     "sagte, die Regierung habe eine Mehrheit. „Wir sind bereit“, sagte der Parteichef.",
     "Wir sind bereit", "Yair Lapid"),
    # a compound title that names another owner is not this one ("Oppositionschef")
    ("Oppositionschef Jair Lapid bot Unterstützung an. Der Chef der Partei Religiöser Zionismus "
     "sagte dagegen, ein Abkommen sei eine Niederlage.", "Niederlage",
     "head of Religious Zionism (unnamed)"),
    # no leader named: an unnamed leader of that party (D12), not the leader of the party before
    ("Der Vorsitzende der Partei Schas sagte, man werde zustimmen. Der Vorsitzende der Partei "
     "Jesch Atid sagte, man sei skeptisch.", "skeptisch", "leader of Yesh Atid (unnamed)"),
])
def test_party_leader_by_the_party_he_leads(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "Israel")


def test_registry_leaders_lead_registered_bodies():
    registry = load_registry()
    for entry in registry.entries:
        for body in entry.leads:
            led = registry.by_name(body)
            assert led is not None and led.kind == "organisation", (entry.name, body)


@pytest.mark.parametrize("text, speaker, affiliation", [
    # the tagger read "Katars Premier" as one name: the premier named before, not Qatar
    ("Mohammed bin Abdulrahman Al Thani reiste nach Kairo. Katars Premier sagte, eine Einigung sei "
     "nah.", "Mohammed bin Abdulrahman Al Thani", "Qatar"),
    ("Katars Premier sagte, eine Einigung sei nah.", "prime minister of Qatar (unnamed)", "Qatar"),
])
def test_a_state_in_the_genitive_owns_the_office_after_it(analyzer, text, speaker, affiliation):
    q = quote_with(quotes_of(analyzer, text), "Einigung sei nah")
    assert (q.speaker, q.affiliation) == (speaker, affiliation)


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Finanzminister Bezalel Smotrich kritisierte den Entwurf scharf. Aus dem Umfeld des Ministers "
     "hieß es, er werde dagegen stimmen.", "dagegen stimmen", "circle of Bezalel Smotrich (unnamed)"),
    ("Netanjahu äußerte sich zunächst nicht. Aus seinem Umfeld hieß es jedoch, man prüfe den "
     "Vorschlag.", "prüfe den Vorschlag", "circle of Benjamin Netanjahu (unnamed)"),
])
def test_a_persons_circle_is_not_the_person(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "Israel")


@pytest.mark.parametrize("text, fragment, speaker, affiliation", [
    # a list of three is one joint speaker (D13), sides differing: other
    ("Katar, Ägypten und die USA forderten beide Seiten auf, den Vorschlag anzunehmen.",
     "Vorschlag anzunehmen",
     "Government of Qatar and Government of Egypt and Government of the United States", "other"),
    # … also after a noun in apposition
    ("Die Vermittler Katar, Ägypten und die USA erklärten, ein Abkommen sei nah.", "Abkommen sei nah",
     "Government of Qatar and Government of Egypt and Government of the United States", "other"),
    # "sowohl … als auch" lists two
    ("Sowohl Jordanien als auch die Türkei verlangten, die Grenzübergänge sofort zu öffnen.",
     "Grenzübergänge sofort", "Government of Jordan and Government of Turkey", "other"),
    # a second speaker described, with the name the parse hangs on the noun
    ("Ägyptens Außenminister Badr Abdelatty und sein katarischer Amtskollege Mohammed bin Abdulrahman "
     "Al Thani sagten, eine Einigung sei in Reichweite.", "in Reichweite",
     "Badr Abdelatty and Mohammed bin Abdulrahman Al Thani", "other"),
    # a comma alone makes no list: "die Hamas, die Terrororganisation," is one
    ("Die Hamas, die im Gazastreifen herrscht, erklärte, sie lehne den Plan ab.", "lehne den Plan ab",
     "Hamas", "Hamas"),
    # the second conjunct the parse hung on the first one's apposed name ("Joe" of "Joe Biden")
    ("US-Präsident Joe Biden und Außenminister Antony Blinken sagten, Israel müsse mehr Hilfe "
     "zulassen.", "mehr Hilfe", "Joe Biden and Antony Blinken", "USA"),
    # … and the name set off by commas inside the second conjunct's phrase, not whoever carried
    # its title before ("Chef": the army chief)
    ("Generalstabschef Eyal Zamir sagte, die Armee sei bereit. UN-Generalsekretär António Guterres "
     "sowie der Chef des Hilfswerks UNRWA, Philippe Lazzarini, forderten, die Grenzübergänge zu "
     "öffnen.", "Grenzübergänge zu öffnen", "António Guterres and Philippe Lazzarini", "UN"),
    # a postposition the parse hung on the first conjunct
    ("Katar und Ägypten zufolge stehen die Gespräche kurz vor dem Abschluss.", "kurz vor dem Abschluss",
     "Government of Qatar and Government of Egypt", "other"),
    # the members of a list the parse made subjects of their own
    ("Sowohl Israel als auch die Hamas erklärten, sie seien zu weiteren Gesprächen bereit.",
     "weiteren Gesprächen", "Government of Israel and Hamas", "other"),
    # a mention that is itself a list: a colon headline, a postposed "so"
    ("Katar und Ägypten: Waffenruhe beginnt am Sonntag\n\nDie Vermittler legten einen Plan vor.",
     "Waffenruhe beginnt", "Government of Qatar and Government of Egypt", "other"),
    ("Die Waffenruhe beginne am Sonntag, so Katar und Ägypten.", "beginne am Sonntag",
     "Government of Qatar and Government of Egypt", "other"),
    # "gemeinsam mit" names a second speaker of the same statement; a meeting's partner is none
    ("Katar erklärte gemeinsam mit Ägypten, die Waffenruhe beginne am Sonntag.", "beginne am Sonntag",
     "Government of Qatar and Government of Egypt", "other"),
    ("Netanjahu sagte gemeinsam mit Trump, die Hamas müsse entwaffnet werden.", "entwaffnet",
     "Benjamin Netanjahu and Donald Trump", "other"),
    ("Netanjahu sagte nach einem Treffen mit Trump, die Hamas müsse entwaffnet werden.", "entwaffnet",
     "Benjamin Netanjahu", "Israel"),
    # a definite agent noun: the coordinated subject of its verb ("vermitteln"), a relative's too
    ("Die USA, Katar und Ägypten vermitteln seit Monaten. Die Vermittler erklärten am Abend, beide "
     "Seiten hätten Zugeständnisse gemacht.", "Zugeständnisse",
     "Government of the United States and Government of Qatar and Government of Egypt", "other"),
    ("Katar und Ägypten, die seit Monaten zwischen Israel und der Hamas vermitteln, legten einen Plan "
     "vor. Die Vermittler erklärten, beide Seiten müssten zustimmen.", "müssten zustimmen",
     "Government of Qatar and Government of Egypt", "other"),
    # the warring parties are the two opposed bodies named before, even without "beide"
    ("Israel und die Hamas lieferten sich heftige Kämpfe. Die Konfliktparteien warfen sich "
     "gegenseitig vor, die Waffenruhe gebrochen zu haben.", "gebrochen zu haben",
     "Government of Israel and Hamas", "other"),
    # a plural office of listed states: each state's holder, named or unnamed (D12)
    ("Die Außenminister Ägyptens und Katars sagten am Abend, man arbeite an einem neuen Vorschlag.",
     "neuen Vorschlag", "foreign minister of Egypt (unnamed) and foreign minister of Qatar (unnamed)",
     "other"),
    ("Der ägyptische Außenminister Badr Abdelatty reiste nach Doha. Die Außenminister Ägyptens und "
     "Katars sagten danach, man arbeite an einem neuen Vorschlag.", "neuen Vorschlag",
     "Badr Abdelatty and foreign minister of Qatar (unnamed)", "other"),
    # a statement's owners the parse set in apposition
    ("„Die Waffenruhe beginnt am Sonntag“, hieß es in einer gemeinsamen Erklärung Katars und "
     "Ägyptens.", "beginnt am Sonntag", "Government of Qatar and Government of Egypt", "other"),
    # a state before a title and a registry name only owns that title: the person is the member
    ("Der Emir von Katar und Ägyptens Präsident Abdel Fattah al-Sisi forderten, die Kämpfe sofort "
     "einzustellen.", "sofort einzustellen", "emir of Qatar (unnamed) and Abdel Fattah al-Sisi", "other"),
    # an office owned by a possessive: its holder named before, on the possessor's side
    ("Netanjahu traf am Morgen Verteidigungsminister Israel Katz. Der Regierungschef und sein "
     "Verteidigungsminister erklärten danach, der Krieg gehe weiter.", "Krieg gehe weiter",
     "Benjamin Netanjahu and Israel Katz", "Israel"),
    # a genitive owner the parse made a conjunct of the subject stays the second member's
    ("Netanjahu und ein Sprecher der Armee erklärten, der Einsatz gehe weiter.", "Einsatz gehe weiter",
     "Benjamin Netanjahu and spokesperson of the Israeli army (unnamed)", "Israel"),
    # places of origin listed after a label make one group, not the label and the states
    ("Vermittler aus Katar und Ägypten sagten, eine Einigung sei nah.", "Einigung sei nah",
     "anonymous Qatari and Egyptian mediators", "other"),
    # a counterpart holds the first speaker's office on the side its adjective names (D12)
    ("Ägyptens Außenminister Badr Abdelatty und sein katarischer Amtskollege forderten, die Kämpfe "
     "zu beenden.", "Kämpfe zu beenden", "Badr Abdelatty and foreign minister of Qatar (unnamed)",
     "other"),
    # an anonymous source is a member of a joint speaker too
    ("Ein Sprecher der Hamas und ein Vertreter des Islamischen Dschihad sagten, man lehne den Plan "
     "ab.", "lehne den Plan ab", "spokesperson of Hamas (unnamed) and anonymous Islamic Jihad official",
     "other"),
    # a plural "sie" (by its verb, whatever the tagger says) after a coordinated subject: both,
    # not a singular subject in between
    ("Katar und Ägypten legten einen Plan vor. Die Hamas prüft ihn noch. Sie erklärten, beide "
     "Seiten müssten nun zustimmen.", "müssten nun zustimmen",
     "Government of Qatar and Government of Egypt", "other"),
])
def test_listed_speakers_are_one_joint_speaker(analyzer, text, fragment, speaker, affiliation):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, affiliation)


def test_both_countries_are_the_two_governments_named_before(analyzer):
    text = ("Katar und Ägypten legten einen neuen Vorschlag vor.\n\nBeide Länder erklärten, Israel und "
            "die Hamas müssten Kompromisse eingehen.")
    q = quote_with(quotes_of(analyzer, text), "Kompromisse eingehen")
    assert (q.speaker, q.affiliation) == ("Government of Qatar and Government of Egypt", "other")


def test_an_owner_epithet_is_replaced_by_the_groups_name_without_its_article(analyzer):
    text = ("Die Hamas bestätigte das Treffen in Kairo. Der Vizechef der Islamisten im Gazastreifen "
            "erklärte, die Bewegung zeige sich flexibel.")
    q = quote_with(quotes_of(analyzer, text), "zeige sich flexibel")
    # "Vizechef" has an English office label (D12): the epithet's owner is the Hamas in it
    assert (q.speaker, q.affiliation) == ("deputy leader of Hamas (unnamed)", "Hamas")


def test_a_compound_source_noun_is_the_body_it_names(analyzer):
    text = ("Die israelische Armee setzt ihre Offensive fort.\n\nIm Süden des Gazastreifens ist nach "
            "Armeeangaben ein Soldat getötet worden.")
    q = quote_with(quotes_of(analyzer, text), "Soldat getötet")
    assert (q.speaker, q.affiliation) == ("Israel Defense Forces", "Israel")


def test_a_word_for_a_states_people_is_not_its_government():
    registry = load_registry()
    assert [h[2].name for h in registry.matches("Spanien und die Schweiz")] == [
        "Government of Spain", "Government of Switzerland"]
    assert registry.matches("Der Spanier und zwei Schweizer Ärzte") == []


def test_a_word_for_a_states_people_does_not_refer_back_to_the_state(analyzer):
    text = ("Im Finale trifft das Team auf die Schweiz als Gegner. Der Schweizer Trainer Marco Weber "
            "ist hingegen zuversichtlich, die Gegner mit dem jungen Kader schlagen zu können.")
    q = quote_with(quotes_of(analyzer, text), "jungen Kader")
    assert "Marco Weber" in q.speaker and q.affiliation == "other"


def test_a_title_apposed_after_the_name_is_the_persons(analyzer):
    text = ("Osama Hamdan, ranghohes Hamas-Mitglied, trat in Beirut vor die Presse.\n\nDas "
            "Hamas-Mitglied sagte, Israel blockiere alles.")
    assert quote_with(quotes_of(analyzer, text), "blockiere alles").speaker == "Osama Hamdan"


@pytest.mark.parametrize("text, speaker, affiliation", [
    ("Die Hamas berät über den Vorschlag.\n\n„Wir werden die Geiseln nicht freilassen“, sagte ein "
     "Sprecher.", "spokesperson of Hamas (unnamed)", "Hamas"),
    # no organisation named near: a spokesperson of no one we know
    ("Die Gespräche in Kairo stocken.\n\n„Wir bleiben optimistisch“, sagte ein Sprecher.",
     "spokesperson (unnamed)", "other"),
])
def test_a_spokesperson_without_an_owner_speaks_for_the_body_just_named(analyzer, text, speaker,
                                                                        affiliation):
    (q,) = analyzer.analyze_text(text, "t.txt")
    assert (q.speaker, q.affiliation) == (speaker, affiliation)


def test_a_described_speaker_coordinated_with_a_name_joins_it(analyzer):
    (q,) = analyzer.analyze_text("Netanjahu und sein Verteidigungsminister erklärten, die Armee werde "
                                 "weiterkämpfen.", "t.txt")
    assert (q.speaker, q.affiliation) == ("Benjamin Netanjahu and defence minister of Israel (unnamed)",
                                          "Israel")


def test_the_owner_named_in_an_apposition_is_not_the_subject(analyzer):
    text = ("Israels Armee meldete Verluste. Die Kassam-Brigaden, der bewaffnete Flügel der Hamas, "
            "reklamierten den Anschlag für sich. Man werde weiterkämpfen, hieß es in einer Mitteilung.")
    q = quote_with(quotes_of(analyzer, text), "weiterkämpfen")
    assert (q.speaker, q.affiliation) == ("Izz ad-Din al-Qassam Brigades", "Hamas")


@pytest.mark.parametrize("text, fragment, speaker, affiliation", [
    # "hieß es im/in X" with X a body: the body is the source (D14), like "in Regierungskreisen"
    ("Der Premier schwieg zu den Berichten. Im Weißen Haus hieß es dagegen, die Gespräche machten "
     "Fortschritte.", "machten Fortschritte", "White House", "USA"),
    ("Im israelischen Verteidigungsministerium hieß es, man bereite sich auf alle Szenarien vor.",
     "alle Szenarien", "Israeli Ministry of Defense", "Israel"),
])
def test_hiess_es_in_a_body_names_the_body(analyzer, text, fragment, speaker, affiliation):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, affiliation)


def test_a_fronted_dative_the_parse_made_the_subject_gives_way_to_the_object(analyzer):
    # "Den Unterhändlern" is whom the words went to; the parse called "die Hamas" its object
    text = "Den Unterhändlern teilte die Hamas am Abend mit, sie lehne den neuen Entwurf ab."
    q = quote_with(quotes_of(analyzer, text), "neuen Entwurf")
    assert (q.speaker, q.affiliation) == ("Hamas", "Hamas")


def test_a_counted_group_of_officials_is_plural(analyzer):
    # the tagger gives "Beamte" after "auf zwei" no plural; the number word does
    text = ("Der Sender berichtete unter Berufung auf zwei US-Beamte, Präsident Biden habe Netanjahu zu "
            "einem Kompromiss gedrängt.")
    q = quote_with(quotes_of(analyzer, text), "Kompromiss gedrängt")
    assert (q.speaker, q.affiliation) == ("anonymous US officials", "USA")


def test_er_refers_to_a_body_named_by_a_masculine_noun(analyzer):
    # "der Zivilschutz" is masculine: "er" refers to it as "sie" refers to "die Behörde"
    text = ("Der Zivilschutz teilte mit, die Rettungsarbeiten dauerten an. Nach eigenen Angaben barg "
            "er bis zum Abend 15 Leichen.")
    q = quote_with(quotes_of(analyzer, text), "15 Leichen")
    assert (q.speaker, q.affiliation) == ("Gaza Civil Defence", "Hamas")


def test_a_genitive_noun_without_a_table_label_keeps_its_own_spelling(analyzer):
    # the tagger's lemma of "Krankenhauses" is "Krankenhauß"; the description keeps "Krankenhaus"
    text = "Nach Angaben des Krankenhauses in Deir al-Balah wurden 14 Verletzte eingeliefert."
    q = quote_with(quotes_of(analyzer, text), "Verletzte eingeliefert")
    assert "Krankenhauß" not in (q.speaker or "")


def test_a_bare_army_is_the_army_the_text_just_named(analyzer):
    # the registry gives "Armee" alone to the Israeli army; here the text names another army
    text = ("Die libanesische Armee rückte in den Süden vor. Die Armee teilte mit, sie werde die "
            "Grenze sichern.")
    q = quote_with(quotes_of(analyzer, text), "Grenze sichern")
    assert (q.speaker, q.affiliation) == ("Lebanese Armed Forces", "other")
    alone = quote_with(quotes_of(analyzer, "Die Armee teilte mit, sie werde die Grenze sichern."),
                       "Grenze sichern")
    assert alone.speaker == "Israel Defense Forces"


def test_a_name_beside_the_genitive_noun_is_the_kins_not_the_speakers(analyzer):
    # "der Geisel Lea Brandt": the hostage's name; with a comma after "der Geisel" it is hers
    text = "Die Mutter der Geisel Lea Brandt sagte, sie vermisse ihre Tochter jeden Tag."
    q = quote_with(quotes_of(analyzer, text), "vermisse")
    assert (q.speaker, q.affiliation) == ("mother of Lea Brandt", "other")
    own = "Die Mutter der Geisel, Orly Feld, sagte, sie vermisse ihre Tochter jeden Tag."
    assert quote_with(quotes_of(analyzer, own), "vermisse").speaker == "Orly Feld"


@pytest.mark.parametrize("text", [
    "Die Gespräche seien festgefahren, wie ein ägyptischer Beamter der Nachrichtenagentur AFP sagte.",
    "Die Delegation reist am Montag nach Kairo. Das bestätigte ein ägyptischer Beamter der Zeitung "
    "„Al-Ahram“ am Abend.",
])
def test_a_medium_told_after_the_speaker_is_not_the_speakers_owner(analyzer, text):
    # "der Nachrichtenagentur": dative (whom he told), though the tagger reads a genitive owner
    q = quotes_of(analyzer, text)[0]
    assert (q.speaker, q.affiliation, q.speaker_mention) == (
        "anonymous Egyptian official", "Egypt", "ein ägyptischer Beamter")


@pytest.mark.parametrize("text, speaker, mention", [
    ("Benjamin Netanjahu beriet am Abend mit seinem Kabinett. Noch am Morgen hatte der israelische "
     "Regierungschef der Hamas vorgeworfen, sich von der Einigung zurückzuziehen.",
     "Benjamin Netanjahu", "der israelische Regierungschef"),
    ("Am Abend warf der katarische Außenminister der israelischen Regierung vor, die Gespräche zu "
     "verschleppen.", "foreign minister of Qatar (unnamed)", "der katarische Außenminister"),
])
def test_the_addressee_of_vorwerfen_is_not_the_titles_owner(analyzer, text, speaker, mention):
    # "der Hamas" after "warf … vor" is whom he reproached (dative), not the owner of a title
    # whose adjective already names its state
    q = quotes_of(analyzer, text)[0]
    assert (q.speaker, q.speaker_mention) == (speaker, mention)


def test_an_owner_after_von_the_parse_hung_on_the_verb_stays_the_nouns(analyzer):
    # "das Büro von Israels Ministerpräsident X … bestätigt": the tagger makes "von …" an
    # adverbial of the verb; it is the office's owner
    text = ("In Kairo haben die Unterhändler am Morgen eine Einigung über eine Feuerpause erzielt. "
            "Dies habe das Büro von Israels Ministerpräsident Benjamin Netanjahu am Sonntagabend in "
            "einer Mitteilung bestätigt, meldet die Zeitung „Haaretz“.")
    q = quotes_of(analyzer, text)[0]
    assert (q.speaker, q.affiliation) == ("Israeli Prime Minister's Office", "Israel")



@pytest.mark.parametrize("text, speaker, affiliation", [
    # a report noun over a headline colon is an unspecified report (D11), though tagged a name
    ("Bericht: Regierung will Delegation zurückholen\n", None, "other"),
    # a deputy the text does not name is an unnamed office holder (D12)
    ("Hamas-Vize: Wir haben keine Eile\n", "deputy leader of Hamas (unnamed)", "Hamas"),
])
def test_headline_speakers_that_name_no_one(analyzer, text, speaker, affiliation):
    q = quotes_of(analyzer, text)[0]
    assert (q.speaker, q.affiliation) == (speaker, affiliation)


@pytest.mark.parametrize("text, speaker, affiliation", [
    # where he lives is no side: a diplomat in Doha is not Qatar's
    ("Ein in Doha ansässiger Diplomat sagte, die Gespräche gingen weiter.", "anonymous diplomat", "other"),
    # a side the participle phrase does not hold stays
    ("Ein in Beirut lebender Hamas-Funktionär sagte, man lehne das ab.", "anonymous Hamas official", "Hamas"),
    # a description that opens with the participle's preposition still gets its label
    ("Eine mit der Angelegenheit vertraute Quelle sagte, die Gegenseite habe zugestimmt.",
     "anonymous source familiar with the matter", "other"),
])
def test_a_participle_phrase_before_the_noun_gives_no_side_and_keeps_the_label(analyzer, text, speaker,
                                                                              affiliation):
    q = quotes_of(analyzer, text)[0]
    assert (q.speaker, q.affiliation) == (speaker, affiliation)
