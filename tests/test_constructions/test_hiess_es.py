""""hieß es": a source in circles ("in Diplomatenkreisen", D14), and an unnamed statement whose
issuer the sentence before names ("Das Forum kritisierte … „…“, hieß es in einer Erklärung")."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


def test_hiess_es_in_kreisen_names_the_circle_as_source(analyzer):
    quotes = quotes_of(analyzer, "Die Gespräche über den Hafen würden am Montag fortgesetzt, hieß "
                                 "es am Samstag in Diplomatenkreisen.")
    q = quote_with(quotes, "am Montag fortgesetzt")
    assert (q.speaker_mention, q.speaker) == ("Diplomatenkreisen", "anonymous diplomatic sources")


def test_a_direct_statement_takes_the_issuer_of_the_sentence_before(analyzer):
    quotes = quotes_of(analyzer, "Der Bürgermeister Paul Weber lobte den Plan. Der Verband der "
                                 "Fischer kritisierte die Stadt dagegen scharf. „Seit Jahren wird "
                                 "uns ein neuer Hafen versprochen“, hieß es in einer Erklärung.")
    q = quote_with(quotes, "neuer Hafen versprochen")
    assert q.kind == "direct"
    assert "Verband der Fischer" in q.speaker


def test_the_agent_of_the_participle_is_the_statements_author(analyzer):
    quotes = quotes_of(analyzer, "Der Hafen solle bis Mai geöffnet werden, heißt es in einer von "
                                 "den Bürgermeistern der Region verabschiedeten Erklärung.")
    q = quote_with(quotes, "bis Mai geöffnet")
    assert "Bürgermeistern" in (q.speaker_mention or "")


# the parse hung the agent on the statement noun as a compound, not as the participle's "von"
AGENT_AS_COMPOUND = """
1 Der der DET _ 2 det
2 Hafen Hafen NOUN _ 4 nsubj
3 solle sollen AUX Mood=Sub|VerbForm=Fin 4 aux
4 öffnen öffnen VERB VerbForm=Inf 6 ccomp SpaceAfter=No
5 , , PUNCT _ 4 punct
6 heißt heißen VERB Mood=Ind|VerbForm=Fin 0 root
7 es es PRON _ 6 nsubj
8 in in ADP _ 9 case
9 einer ein DET _ 14 det
10 von von ADP _ 12 case
11 den der DET _ 12 det
12 Bürgermeistern Bürgermeister NOUN _ 14 compound
13 verabschiedeten verabschiedet ADJ _ 14 amod
14 Erklärung Erklärung NOUN _ 6 obl SpaceAfter=No
15 . . PUNCT _ 6 punct
"""


def test_the_participles_agent_misparsed_as_a_compound_is_still_the_author():
    from quotes.constructions import Extractor
    from tests.test_constructions.conllu import parsed

    doc = parsed(AGENT_AS_COMPOUND)
    (q,) = Extractor().extract(doc)
    assert q.mention is not None and q.mention.text == "den Bürgermeistern"


def test_heisst_es_woertlich_is_the_cue_not_the_adverb_the_tagger_made_a_verb(analyzer):
    # GUIDELINES D14: "in dem Schreiben" names only a document, so the mention stays empty
    quotes = quotes_of(analyzer, "Das Amt schrieb der Familie einen Brief. So heißt es in dem "
                                 "Schreiben wörtlich: „Die Zahlung wird eingestellt.“")
    q = quote_with(quotes, "Zahlung")
    assert (q.cue, q.speaker_mention) == ("heißt", None)


def test_a_position_paper_names_its_owner_with_both_genitives(analyzer):
    """"In einem Positionspapier des Ministeriums des Innern heißt es": the parse hangs both
    genitives on the paper; the owner is the ministry with its own genitive."""
    (q,) = quotes_of(analyzer, "In einem Positionspapier des Ministeriums des Innern heißt es, die "
                               "Kontrollen an den Grenzen hätten sich bewährt.")
    assert (q.quote, q.speaker_mention) == ("die Kontrollen an den Grenzen hätten sich bewährt",
                                            "des Ministeriums des Innern")


def test_where_a_statement_was_posted_is_not_its_author(analyzer):
    (q,) = analyzer.analyze_text("In einer auf Telegram veröffentlichten Erklärung der Hamas hieß es, "
                                 "Israel trage die Verantwortung für das Scheitern.", "t.txt")
    assert (q.speaker, q.affiliation) == ("Hamas", "Hamas")


def test_a_statement_owned_with_von_keeps_its_author(analyzer):
    (q,) = analyzer.analyze_text("In einer Stellungnahme von Netanjahus Büro hieß es, man prüfe den "
                                 "Vorschlag.", "t.txt")
    assert q.speaker == "Israeli Prime Minister's Office"


def test_a_capital_as_the_source_is_its_government(analyzer):
    (q,) = analyzer.analyze_text("Aus Jerusalem hieß es, man prüfe den Text.", "t.txt")
    assert (q.speaker, q.affiliation) == ("Government of Israel", "Israel")


def test_a_report_the_parse_made_a_conjunct_is_found_by_its_konjunktiv_form(analyzer):
    """"Aus Hamas-Kreisen hieß es unterdessen, die Organisation warte …": the parse took the
    adverb for a verb and made the report a conjunct whose tag says indicative; "warte" is the
    Konjunktiv I of "warten" all the same."""
    quotes = quotes_of(analyzer, "Aus Hamas-Kreisen hieß es unterdessen, die Organisation warte "
                                 "auf eine Antwort der Vermittler.")
    q = quote_with(quotes, "warte auf eine Antwort")
    assert q.quote == "die Organisation warte auf eine Antwort der Vermittler"
    assert q.speaker == "anonymous Hamas sources"


def test_the_publisher_named_in_a_relative_clause_is_the_statements_author(analyzer):
    (q,) = analyzer.analyze_text("Die Stadt lud zu einer Sitzung ein. In einer Erklärung, die der "
                                 "Verband der Fischer am Abend verbreitete, hieß es, man werde den "
                                 "Hafen nicht verlassen.", "t.txt")
    assert q.speaker_mention == "der Verband der Fischer"


@pytest.mark.parametrize("text, quote, speaker", [
    # the relative clause "in dem es heißt" on the cue's object is no content of "verwies"
    ("Der Minister verwies auf einen Bericht der Polizei, in dem es heißt, die Lage sei ruhig.",
     "die Lage sei ruhig", "Polizei"),
    ("Der Minister verwies auf eine Erklärung der Polizei, in der es heißt, die Lage sei ruhig.",
     "die Lage sei ruhig", "Polizei"),
])
def test_a_report_in_a_relative_clause_is_the_statements(analyzer, text, quote, speaker):
    """The relative clause ends in its own indicative verb before the comma; the Konjunktiv
    after it is what the statement says (D14: its author speaks), not the minister's words."""
    q = quote_with(quotes_of(analyzer, text), "Lage sei ruhig")
    assert (q.quote, q.speaker) == (quote, speaker)


def test_media_a_relative_pronoun_stands_for_are_the_speaker(analyzer):
    quotes = quotes_of(analyzer, "Der Bürgermeister Karl Weiß sprach am Montag vor dem Rat. Er "
                                 "griff damit die Haltung lokaler Zeitungen auf, in denen es zu dem "
                                 "Streit auch heißt, dass die Brücke nur ein Luftschloss sei, das "
                                 "niemand brauche.")
    q = quote_with(quotes, "Luftschloss")
    assert (q.cue, q.speaker_mention) == ("heißt", "lokaler Zeitungen")


def test_a_letter_a_relative_pronoun_stands_for_keeps_its_sender(analyzer):
    quotes = quotes_of(analyzer, "Der Verband schickte einen Brief an den Minister, in dem es heißt, "
                                 "die Schulen seien in einem schlechten Zustand.")
    q = quote_with(quotes, "schlechten Zustand")
    assert q.speaker == "Verband"
