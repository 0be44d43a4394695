"""Konjunktiv sentences that go on with a report, found even where the parse misplaced the root."""

from __future__ import annotations

import pytest

from quotes.constructions import Extractor
from quotes.constructions.core import PreviousSpeaker
from tests.conftest import quote_with, quotes_of
from tests.test_constructions.conllu import parsed

REPORT = """
1 Die der DET _ 2 det
2 Ministerin Ministerin NOUN _ 3 nsubj
3 sagte sagen VERB Mood=Ind|VerbForm=Fin 0 root SpaceAfter=No
4 , , PUNCT _ 8 punct
5 der der DET _ 6 det
6 Plan Plan NOUN _ 8 nsubj
7 sei sein AUX Mood=Sub|VerbForm=Fin 8 cop
8 gut gut ADJ _ 3 ccomp SpaceAfter=No
9 . . PUNCT _ 3 punct
"""

# the parser hung "müssten" under "nötig" and made the infinitive the root; plural, so the
# Konjunktiv II stands for the indicative-looking "müssen" of reported speech
KONJUNKTIV_II_MISPARSED = """
1 Falls falls SCONJ _ 2 mark
2 nötig nötig ADJ _ 6 advcl SpaceAfter=No
3 , , PUNCT _ 2 punct
4 müssten müssen AUX Mood=Ind|VerbForm=Fin 2 aux
5 alle alle PRON _ 6 nsubj
6 nachbessern nachbessern VERB VerbForm=Inf 0 root SpaceAfter=No
7 . . PUNCT _ 6 punct
"""

INDICATIVE = """
1 Die der DET _ 2 det
2 Sitzung Sitzung NOUN _ 3 nsubj
3 endete enden VERB Mood=Ind|VerbForm=Fin 0 root
4 spät spät ADV _ 3 advmod SpaceAfter=No
5 . . PUNCT _ 3 punct
"""


def test_konjunktiv_ii_after_a_report_continues_it_whatever_the_parse():
    doc = parsed(REPORT, KONJUNKTIV_II_MISPARSED, INDICATIVE)
    quotes = Extractor().extract(doc)
    assert [(doc.text[q.start:q.end], q.rule) for q in quotes] == [
        ("der Plan sei gut", "indirect.speech_verb"),
        ("Falls nötig, müssten alle nachbessern", "continuation.konjunktiv"),
    ]
    assert isinstance(quotes[1].speaker, PreviousSpeaker)


SPOKE_UP = """
1 Die der DET _ 2 det
2 Ministerin Ministerin NOUN _ 3 nsubj
3 äußerte äußern VERB Mood=Ind|VerbForm=Fin 0 root
4 sich sich PRON Reflex=Yes 3 obj
5 knapp knapp ADV _ 3 advmod SpaceAfter=No
6 . . PUNCT _ 3 punct
"""

SHE_REJECTS = """
1 Sie sie PRON Person=3 2 nsubj
2 lehne ablehnen VERB Mood=Sub|VerbForm=Fin 0 root
3 den der DET _ 4 det
4 Plan Plan NOUN _ 2 obj
5 ab ab ADP _ 2 compound:prt SpaceAfter=No
6 . . PUNCT _ 2 punct
"""


def test_konjunktiv_after_a_speech_verb_without_content_takes_its_speaker():
    doc = parsed(SPOKE_UP, SHE_REJECTS)
    (q,) = Extractor().extract(doc)
    assert (doc.text[q.start:q.end], q.rule) == ("Sie lehne den Plan ab", "continuation.after_cue")
    assert q.speaker.mention.text == "Die Ministerin"


def test_continuations_chain_across_kinds_real_parse(analyzer):
    text = ("Die Bürgermeisterin Jana Brandt sagte, die Brücke sei sicher. Sie hoffe auf die Hilfe "
            "des Landes. «Wir haben lange genug gewartet. Jetzt muss gebaut werden.» Man werde "
            "die Arbeiten im Mai beginnen.")
    quotes = analyzer.analyze_text(text, "t.txt")
    assert [q.quote for q in quotes] == [
        "die Brücke sei sicher", "Sie hoffe auf die Hilfe des Landes",
        "Wir haben lange genug gewartet. Jetzt muss gebaut werden.",
        "Man werde die Arbeiten im Mai beginnen"]
    assert all("Jana Brandt" in q.speaker for q in quotes)


def test_konjunktiv_i_after_a_sentence_with_a_body_as_subject_is_its_report(analyzer):
    quotes = analyzer.analyze_text("Die Hafenbehörde wird den Kanal am Montag sperren. Man werde "
                                   "die Schleuse gründlich prüfen.", "t.txt")
    assert [(q.quote, q.rule, q.speaker_mention) for q in quotes] == [
        ("Man werde die Schleuse gründlich prüfen", "continuation.after_subject", "Die Hafenbehörde")]


def test_konjunktiv_after_a_directive_without_content_takes_its_speaker(analyzer):
    quotes = analyzer.analyze_text("Die Gewerkschaft forderte den Senat zu neuen Gesprächen auf. "
                                   "Der Senat solle die Kürzungen zurücknehmen.", "t.txt")
    assert [(q.quote, q.rule, q.speaker_mention) for q in quotes] == [
        ("Der Senat solle die Kürzungen zurücknehmen", "continuation.after_cue", "Die Gewerkschaft")]


def test_konjunktiv_ii_after_a_plain_sentence_is_the_writers(analyzer):
    assert analyzer.analyze_text("Der Bürgermeister eröffnete am Morgen die Messe. Danach hätte "
                                 "das Wetter besser sein können.", "t.txt") == []


def test_a_verb_first_condition_does_not_make_an_indicative_sentence_reported(analyzer):
    text = ("Die Bürgermeisterin Jana Brandt sagte, die Brücke sei sicher. Die Stadt wird den "
            "Hafen erweitern, sollte sich das Land an den Kosten beteiligen.")
    quotes = analyzer.analyze_text(text, "t.txt")
    assert [q.quote for q in quotes] == ["die Brücke sei sicher"]


# the parser made the condition's verb the root and its "sollte" the root's auxiliary
CONDITION_AS_ROOT = """
1 Die der DET _ 2 det
2 Stadt Stadt NOUN _ 5 nsubj
3 wird werden AUX Mood=Ind|VerbForm=Fin 5 aux
4 den der DET _ 5 det
5 erweitern erweitern VERB VerbForm=Inf 11 advcl SpaceAfter=No
6 , , PUNCT _ 11 punct
7 sollte sollen AUX Mood=Sub|VerbForm=Fin 11 aux
8 das der DET _ 9 det
9 Land Land NOUN _ 11 nsubj
10 nicht nicht PART _ 11 advmod
11 zahlen zahlen VERB VerbForm=Inf 0 root SpaceAfter=No
12 . . PUNCT _ 11 punct
"""


def test_a_verb_first_condition_parsed_as_the_main_clause_is_not_reported():
    doc = parsed(REPORT, CONDITION_AS_ROOT)
    assert [doc.text[q.start:q.end] for q in Extractor().extract(doc)] == ["der Plan sei gut"]


def test_singular_konjunktiv_ii_after_a_report_is_the_writers_conclusion(analyzer):
    quotes = analyzer.analyze_text("Die Ministerin sagte, die Brücke werde im Mai eröffnet. Somit "
                                   "könnte der Verkehr schon im Sommer wieder rollen. Ein neuer "
                                   "Fahrplan würde dann den Pendlern helfen.", "t.txt")
    assert [q.quote for q in quotes] == ["die Brücke werde im Mai eröffnet"]


def test_plural_konjunktiv_ii_goes_on_with_the_report_past_the_writers_aside(analyzer):
    """"Das wären …" is the writer's gloss ("seien" would report); "Sie müssten …" stands for
    the indicative-looking "sie müssen" and goes on with the newspaper's report."""
    quotes = analyzer.analyze_text("Die Zeitung berichtete, der Verein fordere drei neue Spieler. "
                                   "Das wären mehr als im Vorjahr. Sie müssten nicht alle sofort "
                                   "kommen.", "t.txt")
    assert [(q.quote, q.speaker_mention) for q in quotes] == [
        ("der Verein fordere drei neue Spieler", "Die Zeitung"),
        ("Sie müssten nicht alle sofort kommen", None)]
    assert quotes[1].speaker == quotes[0].speaker


@pytest.mark.parametrize("text, fragment", [
    ("Der Vater kritisierte die Regierung scharf. Sie opfere die Geiseln für politische Ziele.",
     "opfere die Geiseln"),
    ("Die Sprecherin äußerte sich verärgert. Die Behörde verzögere die Auszahlung seit Wochen.",
     "verzögere die Auszahlung"),
    ("Der Gewerkschafter äußerte sich am Abend. Man verhandle nur noch über Details.",
     "verhandle nur noch"),
])
def test_konjunktiv_i_of_verbs_in_ern_and_eln_continues_a_report(analyzer, text, fragment):
    """"opfere", "verzögere", "verhandle" are Konjunktiv I (the indicative is "opfert")."""
    q = next((q for q in analyzer.analyze_text(text, "t.txt") if fragment in q.quote), None)
    assert q is not None and q.kind == "indirect", [x.quote for x in analyzer.analyze_text(text, "t.txt")]


def test_a_fronted_als_phrase_is_not_the_subject_who_goes_on(analyzer):
    # "Als Ausgleich" carries the subject label in the parse; the body that acts is "die Länder"
    quotes = quotes_of(analyzer, "Als Ausgleich wollen die Länder sich nun in Hamburg treffen. Eine "
                                 "Rückkehr zum alten Modell sei erst denkbar, wenn der Bund einlenke.")
    q = quote_with(quotes, "Rückkehr")
    assert q.speaker_mention == "die Länder"


# "Als Ersatz wollen die Länder sich in Bonn treffen." with "Als" the verb's mark, "Ersatz" its
# subject and the real subject "die Länder" an object in the nominative (as the parser did)
ALS_AS_MARK = """
1 Als als SCONJ _ 9 mark
2 Ersatz Ersatz PROPN Case=Nom 9 nsubj
3 wollen wollen AUX Mood=Ind|VerbForm=Fin 9 aux
4 die der DET Case=Nom 5 det
5 Länder Land NOUN Case=Nom 9 obj
6 sich sich PRON Case=Acc|Reflex=Yes 9 obj
7 in in ADP _ 8 case
8 Bonn Bonn PROPN Case=Dat 9 obl
9 treffen treffen VERB VerbForm=Inf 0 root SpaceAfter=No
10 . . PUNCT _ 9 punct
"""
RETURN_POSSIBLE = """
1 Eine ein DET _ 2 det
2 Rückkehr Rückkehr NOUN Case=Nom 4 nsubj
3 sei sein AUX Mood=Sub|VerbForm=Fin 4 cop
4 denkbar denkbar ADJ _ 0 root SpaceAfter=No
5 . . PUNCT _ 4 punct
"""


def test_a_subject_after_a_predicative_als_is_not_who_goes_on():
    doc = parsed(ALS_AS_MARK, RETURN_POSSIBLE)
    (q,) = Extractor().extract(doc)
    assert (doc.text[q.start:q.end], q.rule, q.speaker.mention.text) == (
        "Eine Rückkehr sei denkbar", "continuation.after_subject", "die Länder")


def test_a_coordinated_main_clause_in_konjunktiv_i_continues_the_report(analyzer):
    """"Kinder stürben …, die Krankenhäuser seien überfüllt": the tagger missed "stürben", but
    the coordinated main clause with its own subject has an unambiguous "seien"."""
    quotes = analyzer.analyze_text("„Es fehlt an allem“, sagte eine Sprecherin des Hilfswerks in "
                                   "Genf. Kinder stürben an Hunger und Durst, die Krankenhäuser "
                                   "seien überfüllt.", "t.txt")
    assert [q.rule for q in quotes] == ["direct.postposed", "continuation.konjunktiv"]


@pytest.mark.parametrize("text, fragment, speaker", [
    # the sentence before is hearsay ("soll … gelangt sein"): its subject is told of, no source
    ("Nach Angaben der Feuerwehr stürzte das Dach der Halle am Morgen ein. Ein Arbeiter soll "
     "noch rechtzeitig ins Freie gelangt sein. Zuvor habe er einen lauten Knall gehört.",
     "lauten Knall", "Feuerwehr"),
])
def test_a_konjunktiv_sentence_after_hearsay_goes_on_with_the_report(analyzer, text, fragment,
                                                                      speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert speaker in (q.speaker or "") and q.speaker_mention is None


def test_the_subject_of_a_reported_sentence_is_no_source_for_the_next(analyzer):
    """"X würden … verharmlosen. Über … werde … nicht aufgeklärt": the sentence before is itself
    in the subjunctive of reported speech, so its subject is content, not who goes on speaking."""
    quotes = quotes_of(analyzer, "Der Forscher Jonas Albrecht sagte, die Daten seien lückenhaft. "
                                 "Er war mehrmals in der Region und hat dort Proben genommen. Einige "
                                 "Behördenvertreter würden die Lage verharmlosen. Über die Folgen "
                                 "werde die Bevölkerung nicht aufgeklärt.")
    assert quote_with(quotes, "nicht aufgeklärt").speaker == "Jonas Albrecht"


def test_a_konjunktiv_speech_verb_inside_a_running_report_stays_the_reporters(analyzer):
    # GUIDELINES D16: "A sagte …. B habe ihm zugesagt, …" – B's words reach us through A
    text = ("Die Bürgermeisterin Jana Brandt sagte, sie habe mit dem Landrat telefoniert. Der Landrat "
            "habe ihr zugesagt, die Brücke rasch zu reparieren. Die Gemeinde verlange, dass "
            "die Kosten geteilt würden.")
    quotes = analyzer.analyze_text(text, "t.txt")
    assert [(q.quote, q.speaker) for q in quotes] == [
        ("sie habe mit dem Landrat telefoniert", "Jana Brandt"),
        ("Der Landrat habe ihr zugesagt, die Brücke rasch zu reparieren", "Jana Brandt"),
        ("Die Gemeinde verlange, dass die Kosten geteilt würden", "Jana Brandt")]


def test_a_konjunktiv_speech_verb_after_a_medium_is_the_third_partys(analyzer):
    # a medium only relays (D16): the party it names keeps its own report
    text = ("Die Zeitung „Tagesbote“ berichtete, die Brücke sei gesperrt. Der Landrat habe "
            "zugesagt, die Brücke rasch zu reparieren.")
    q = quote_with(analyzer.analyze_text(text, "t.txt"), "rasch zu reparieren")
    assert (q.quote, q.speaker_mention) == ("die Brücke rasch zu reparieren", "Der Landrat")


def test_a_verb_inside_a_plans_dass_clause_is_no_voice_to_continue(analyzer):
    """D22: what a plan says is a document's text; a speech verb in its "dass" clause ("eine
    Kommission soll entscheiden") names no one who speaks, so the Konjunktiv after it is no
    continuation of that verb's subject."""
    quotes = quotes_of(analyzer, "Der Senat gab seine Entscheidung über das Verfahren bekannt. Der "
                                 "Beschluss sieht vor, dass eine „unabhängig“ besetzte Kommission mit "
                                 "20 Mitgliedern über die Kandidaten entscheiden soll. Die Bürger "
                                 "könnten dann für jeden Kandidaten stimmen.")
    assert not [q for q in quotes if "Kommission" in (q.speaker or "")]
    voice = quote_with(quotes_of(analyzer, "Der Minister äußerte sich am Abend. Er lehne den Plan ab."),
                       "lehne den Plan")
    assert voice.speaker_mention == "Der Minister"


@pytest.mark.parametrize("text", [
    "Die FDP will am Ausstieg aus der Kohle festhalten. „Wir wollen ein Land, in dem man saubere "
    "Luft atmen kann. Der Ausstieg war immer ein Versprechen an die Jugend.“",
    "Umweltpolitik: Die FDP will am Ausstieg aus der Kohle festhalten. „Wir wollen ein Land, in dem "
    "man saubere Luft atmen kann. Der Ausstieg war immer ein Versprechen an die Jugend.“",
])
def test_a_party_in_capitals_introduces_the_quotation_after_it(analyzer, text):
    """The tagger reads "FDP" as a common noun and "Umweltpolitik:" as a second subject; the
    party is still the named subject that introduces the cue-less quotation."""
    q = quote_with(quotes_of(analyzer, text), "Wir wollen ein Land")
    assert q.kind == "direct" and q.speaker_mention == "Die FDP", q.speaker_mention


@pytest.mark.parametrize("text, lead, speaker", [
    # a Konjunktiv I conjunct before "und" and a characterisation of its own
    ("Am Montag verteidigte der Vorsitzende des Bauausschusses, Paul Weber (SPD), den Entwurf. Er "
     "halte die neuen Regeln für angemessen und bezeichnete die Kritik als „übertrieben“.",
     "Er halte die neuen Regeln für angemessen", "Paul Weber"),
    # a Konjunktiv I clause before a semicolon and an attribution phrase of its own
    ("Bei dem Brand in einer Lagerhalle in Bremen sind nach Angaben der Feuerwehr drei Menschen "
     "verletzt worden. Zwei Personen erlitten einen Schock. Das Feuer sei in einem Büro "
     "ausgebrochen; nach Polizeiangaben gebe es aber keine Hinweise auf Brandstiftung.",
     "Das Feuer sei in einem Büro ausgebrochen", "Feuerwehr"),
])
def test_the_konjunktiv_part_before_a_quote_of_its_own_continues_the_report(analyzer, text, lead,
                                                                             speaker):
    quotes = quotes_of(analyzer, text)
    q = quote_with(quotes, lead)
    assert q.quote == lead and q.cue is None and q.speaker == speaker
    assert any(other.start > q.end for other in quotes)  # the quote after it stays


@pytest.mark.parametrize("text, first, second", [
    ("Die Gespräche seien gescheitert, sagte der Sprecher, eine Einigung sei nicht in Sicht.",
     "Die Gespräche seien gescheitert", "eine Einigung sei nicht in Sicht"),
    ("Über die Kosten habe man sich nicht einigen können, hieß es, sicher sei jedoch, dass die "
     "Brücke gebaut werde.", "Über die Kosten habe man sich nicht einigen können",
     "sicher sei jedoch, dass die Brücke gebaut werde"),
    ("„Wir sind bereit“, sagte der Trainer, man werde um jeden Punkt kämpfen.",
     "Wir sind bereit", "man werde um jeden Punkt kämpfen"),
    # the cue's report read as the part after it: the part before is the first
    ("Der Krieg müsse enden, betonte Anna Berg am Montag, die Menschen bräuchten endlich Ruhe.",
     "Der Krieg müsse enden", "die Menschen bräuchten endlich Ruhe"),
])
def test_both_parts_around_an_inserted_cue_are_reported(analyzer, text, first, second):
    quotes = quotes_of(analyzer, text)
    a, b = quote_with(quotes, first), quote_with(quotes, second)
    assert (a.quote, b.quote) == (first, second) and a.cue == b.cue and a.speaker == b.speaker


@pytest.mark.parametrize("text", [
    "Die Lage sei ernst, sagte die Ärztin, die seit Jahren in der Klinik arbeitet.",
    "Die Verhandlungen laufen, sagte der Minister, als er in Berlin landete.",
])
def test_a_relative_or_adverbial_clause_after_the_frame_is_no_second_part(analyzer, text):
    assert len(quotes_of(analyzer, text)) == 1
