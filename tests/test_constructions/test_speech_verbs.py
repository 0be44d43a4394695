"""Reported clauses after speech verbs: what after the comma is not the report."""

from __future__ import annotations

import pytest

from quotes.constructions import Extractor
from tests.conftest import quote_with, quotes_of
from tests.test_constructions.conllu import parsed

# the parser hung the clause before the cue nowhere useful; the words after the comma are the
# rest of the cue's own clause ("… in einer Mitteilung mit"), so the report is before the cue
PARTICLE_AFTER_APPOSITION = """
1 Die der DET _ 2 det
2 Preise Preis NOUN _ 3 nsubj
3 steigen steigen VERB Mood=Ind|VerbForm=Fin 5 advcl SpaceAfter=No
4 , , PUNCT _ 5 punct
5 teilt teilen VERB Mood=Ind|VerbForm=Fin 0 root
6 der der DET _ 7 det
7 Verband Verband NOUN _ 5 nsubj SpaceAfter=No
8 , , PUNCT _ 9 punct
9 Agrarforum Agrarforum PROPN _ 7 appos SpaceAfter=No
10 , , PUNCT _ 13 punct
11 in in ADP _ 13 case
12 einer ein DET _ 13 det
13 Mitteilung Mitteilung NOUN _ 5 obl
14 mit mit ADP _ 5 compound:prt SpaceAfter=No
15 . . PUNCT _ 5 punct
"""

# "bestehen" in a subordinate clause: what follows the comma is the writer's main clause
SUBORDINATE_CUE = """
1 Worin worin ADV PronType=Int 4 advmod
2 die der DET _ 3 det
3 Probleme Problem NOUN _ 4 nsubj
4 bestehen bestehen VERB Mood=Ind|VerbForm=Fin 6 csubj SpaceAfter=No
5 , , PUNCT _ 4 punct
6 wussten wissen VERB Mood=Ind|VerbForm=Fin 0 root
7 beide beide PRON _ 6 nsubj
8 Seiten Seite NOUN _ 7 nmod
9 nicht nicht PART _ 6 advmod SpaceAfter=No
10 . . PUNCT _ 6 punct
"""


def spans(block):
    doc = parsed(block)
    return [(doc.text[q.start:q.end], q.rule) for q in Extractor().extract(doc)]


def test_cue_particle_after_the_comma_means_the_report_is_before_the_cue():
    assert spans(PARTICLE_AFTER_APPOSITION) == [("Die Preise steigen", "indirect.speech_verb")]


def test_clause_after_a_subordinate_cue_is_not_its_report():
    assert spans(SUBORDINATE_CUE) == []


THREAT = """
1 Der der DET _ 2 det
2 Verband Verband NOUN _ 3 nsubj
3 drohte drohen VERB Mood=Ind|VerbForm=Fin 0 root SpaceAfter=No
4 , , PUNCT _ 8 punct
5 den der DET _ 6 det
6 Vertrag Vertrag NOUN _ 8 obj
7 zu zu PART _ 8 mark
8 kündigen kündigen VERB VerbForm=Inf 3 xcomp SpaceAfter=No
9 . . PUNCT _ 3 punct
"""

PURPOSE = """
1 Der der DET _ 2 det
2 Verband Verband NOUN _ 3 nsubj
3 drohte drohen VERB Mood=Ind|VerbForm=Fin 0 root
4 mit mit ADP _ 5 case
5 Streik Streik NOUN _ 3 obl SpaceAfter=No
6 , , PUNCT _ 10 punct
7 um um SCONJ _ 10 mark
8 den der DET _ 9 det
9 Lohn Lohn NOUN _ 10 obj
10 durchzusetzen durchsetzen VERB VerbForm=Inf 3 advcl SpaceAfter=No
11 . . PUNCT _ 3 punct
"""


def test_infinitive_after_a_speech_verb_is_its_report_a_purpose_clause_is_not():
    assert spans(THREAT) == [("den Vertrag zu kündigen", "indirect.speech_verb")]
    assert spans(PURPOSE) == []


def test_a_time_phrase_the_parse_made_the_subject_is_no_speaker(analyzer):
    (q,) = analyzer.analyze_text("Erst vergangene Woche kündigte der Verlag an, sämtliche "
                                 "Filialen zu schließen.", "t.txt")
    assert (q.quote, q.speaker_mention) == ("sämtliche Filialen zu schließen", "der Verlag")


def test_an_age_noun_keeps_its_number(analyzer):
    """The mention as written, with its article (GUIDELINES F2) and the number of the age."""
    (q,) = analyzer.analyze_text("Der 58-Jährige schrieb, er müsse seine Firma verkaufen.", "t.txt")
    assert q.speaker_mention == "Der 58-Jährige"


def test_wie_clause_opening_the_sentence_reports_the_main_clause(analyzer):
    (q,) = analyzer.analyze_text("Wie die Polizei mitteilte, wurden bei dem Unfall drei Menschen "
                                 "verletzt.", "t.txt")
    assert (q.quote, q.cue, q.speaker_mention) == ("wurden bei dem Unfall drei Menschen verletzt",
                                                   "mitteilte", "die Polizei")


def test_verb_with_its_first_part_parsed_as_an_adverb_is_still_the_cue(analyzer):
    (q,) = analyzer.analyze_text("Wie das Ministerium heute bekannt gab, wird die Brücke im Mai "
                                 "eröffnet.", "t.txt")
    assert (q.quote, q.cue, q.speaker_mention) == ("wird die Brücke im Mai eröffnet", "gab bekannt",
                                                   "das Ministerium")


def test_wie_without_a_speech_verb_reports_nothing(analyzer):
    assert analyzer.analyze_text("Wie erwartet, gewann die Mannschaft das Finale.", "t.txt") == []


def test_an_attitude_verb_with_a_content_clause_reports_its_subjects_view(analyzer):
    (q,) = analyzer.analyze_text("Die Bürgermeisterin hofft, dass die Fähre im Mai wieder fährt.",
                                 "t.txt")
    assert q.quote.endswith("die Fähre im Mai wieder fährt") and (q.cue, q.speaker_mention) == (
        "hofft", "Die Bürgermeisterin")


def test_an_attitude_no_one_is_said_to_hold_is_no_quote(analyzer):
    assert analyzer.analyze_text("Zudem wird befürchtet, dass der alte Deich bricht.", "t.txt") == []


def test_a_defence_without_content_goes_on_in_the_konjunktiv(analyzer):
    quotes = analyzer.analyze_text("Der Verein verteidigte den Plan. Er sei gut durchdacht.", "t.txt")
    assert [(q.quote, q.rule, q.speaker_mention) for q in quotes] == [
        ("Er sei gut durchdacht", "continuation.after_cue", "Der Verein")]


@pytest.mark.parametrize("text, cue, speaker, quote", [
    # a separable speech verb the lexicon knew only without its particle
    ("Die Senatorin Helga Brück gestand ein, dass der Zeitplan nicht zu halten sei.",
     "gestand ein", "Die Senatorin Helga Brück", "der Zeitplan nicht zu halten sei"),
    # an estimate with a content clause and a named holder (D19)
    ("Mehrere Ökonomen schätzen, dass die Mieten im Herbst wieder steigen.",
     "schätzen", "Mehrere Ökonomen", "die Mieten im Herbst wieder steigen"),
])
def test_speech_verbs_of_general_news(analyzer, text, cue, speaker, quote):
    (q,) = analyzer.analyze_text(text, "t.txt")
    assert (q.cue, q.speaker_mention, q.quote) == (cue, speaker, quote)


def test_an_estimate_no_one_is_said_to_make_is_no_quote(analyzer):
    assert analyzer.analyze_text("Es wird geschätzt, dass die Mieten steigen.", "t.txt") == []


def test_charakterisieren_als_is_a_characterisation(analyzer):
    (q,) = analyzer.analyze_text("Die Richterin charakterisierte die Tat als „kaltblütigen Plan“.",
                                 "t.txt")
    # GUIDELINES Q2: what is characterised and the quoted words, one mixed entry
    assert (q.quote, q.kind, q.cue, q.speaker_mention) == (
        "die Tat als „kaltblütigen Plan“", "mixed", "charakterisierte", "Die Richterin")


def test_lassen_with_a_speech_infinitive_reports_its_subjects_words(analyzer):
    q = quote_with(quotes_of(analyzer, "Der Bürgermeister ließ über seinen Sprecher ausrichten, "
                                       "man sei zu weiteren Gesprächen bereit."), "Gesprächen")
    assert (q.quote, q.kind, q.speaker_mention) == (
        "man sei zu weiteren Gesprächen bereit", "indirect", "Der Bürgermeister")
    q = quote_with(quotes_of(analyzer, "Die Gewerkschaft ließ durchblicken, sie werde dem "
                                       "Angebot wohl zustimmen."), "Angebot")
    assert (q.quote, q.speaker_mention) == ("sie werde dem Angebot wohl zustimmen",
                                            "Die Gewerkschaft")


def test_the_object_of_a_causative_verb_speaks_its_infinitive(analyzer):
    q = quote_with(quotes_of(analyzer, "Die Proteste veranlassten den Stadtrat zu versichern, "
                                       "die Bäume würden nicht gefällt."), "Bäume")
    assert (q.quote, q.speaker_mention) == ("die Bäume würden nicht gefällt", "den Stadtrat")


@pytest.mark.parametrize("text", [
    # an indicative relative clause on the cue's object
    "Der Bürgermeister verteidigte die neue Regel, mit der er den Verkehr in der Altstadt begrenzt.",
    # an indicative adverbial clause of the writer's sentence
    "Die Stadt informierte die Anwohner erst am Abend, weil das Wasser verschmutzt war.",
    "Der Bezirk hat die Pläne angekündigt, sodass die Bürger sich vorbereiten können.",
    # the subject's apposed name with its party, then the cue's own object
    "Am Montag verteidigte die Vorsitzende des Finanzausschusses, Petra Lorenz (SPD), den Haushaltsplan.",
    # a "wenn" clause with no main clause of its own is the writer's condition
    "Der Trainer drohte der Mannschaft mit Strafen, wenn sie nicht pünktlich erscheinen sollte.",
])
def test_what_follows_the_comma_is_the_writers_sentence_not_a_report(analyzer, text):
    assert analyzer.analyze_text(text, "t.txt") == []


def test_a_konjunktiv_report_may_open_with_a_condition(analyzer):
    (q,) = analyzer.analyze_text("Die Sprecherin betonte, wenn das Wetter halte, werde das Fest "
                                 "stattfinden.", "t.txt")
    assert q.quote == "wenn das Wetter halte, werde das Fest stattfinden"


def test_an_apposed_name_with_its_party_is_part_of_the_speaker(analyzer):
    (q,) = analyzer.analyze_text("Die Vorsitzende des Ausschusses, Petra Lorenz (SPD), sagte, der "
                                 "Plan sei solide.", "t.txt")
    assert (q.quote, q.speaker_mention) == ("der Plan sei solide",
                                            "Die Vorsitzende des Ausschusses, Petra Lorenz")


def test_a_postposed_cue_with_its_auxiliary_first_reports_the_clause_before(analyzer):
    # "drohe" is the loom sense inside the report; the cue is "hatte … gesagt", and where it was
    # said ("bei seinem Besuch") is no part of the speaker
    (q,) = analyzer.analyze_text("Es drohe ein Preiskrieg unter den Händlern, hatte der "
                                 "Verbandschef bei seinem Besuch gesagt.", "t.txt")
    assert (q.quote, q.cue, q.speaker_mention) == ("Es drohe ein Preiskrieg unter den Händlern",
                                                   "gesagt", "der Verbandschef")


@pytest.mark.parametrize("text, quote, speaker", [
    # a long frame: subject, addressee and setting between the cue and its comma
    ("So berichtete die Journalistin Anna Keller dem Radiosender in einem Gespräch, dass die "
     "Agentur das Projekt nicht fortsetzen werde.", "die Agentur das Projekt nicht fortsetzen werde",
     "die Journalistin Anna Keller"),
    # a cue in a relative clause, its auxiliary after it, reports the Konjunktiv clause after
    ("Auslöser war ein Interview der Politikerin, in dem sie gesagt hatte, sie habe ihr Studium "
     "nie abgeschlossen.", "sie habe ihr Studium nie abgeschlossen", "sie"),
    # the subject's relative clause holds a cue of its own; it is no report of the main verb
    ("Die Anwältin, die auch angab, dass ihre Mandantin bedroht worden sei, forderte Schutz.",
     "ihre Mandantin bedroht worden sei", "Die Anwältin"),
])
def test_reports_in_longer_frames_of_general_news(analyzer, text, quote, speaker):
    (q,) = analyzer.analyze_text(text, "t.txt")
    assert (q.quote, q.speaker_mention) == (quote, speaker)


def test_an_opening_wie_clause_reports_the_main_clause_whatever_the_parse_of_wie(analyzer):
    """"Wie ein Sprecher … sagte, wird …": the parse hung "Wie" on the subject as its case."""
    (q,) = analyzer.analyze_text("Wie ein Sprecher des Rathauses sagte, wird die Oberbürgermeisterin "
                                 "am Donnerstag mit dem Minister telefonieren.", "t.txt")
    assert (q.quote, q.cue, q.speaker_mention) == (
        "wird die Oberbürgermeisterin am Donnerstag mit dem Minister telefonieren", "sagte",
        "ein Sprecher des Rathauses")


def test_a_list_after_a_colon_holds_no_frame_comma(analyzer):
    assert analyzer.analyze_text("Der Präsident der Akademie, Thomas Weber, kündigt drei neue "
                                 "Professoren für das Institut an: Anna Roth, Jan Berg und Paul "
                                 "Kern werden ab Mai lehren.", "t.txt") == []


# the parse gave "forderte … auf" two subjects: the apposed speaker before it and the addressee
# after it ("die Vereinten" as nsubj, "Nationen" as obj)
DIRECTIVE_TWO_SUBJECTS = """
1 Der der DET Case=Nom 2 det
2 Sprecher Sprecher NOUN Case=Nom 7 nsubj SpaceAfter=No
3 , , PUNCT _ 4 punct
4 Omid Omid PROPN Case=Nom 2 appos
5 Karimi Karimi PROPN Case=Nom 4 flat SpaceAfter=No
6 , , PUNCT _ 4 punct
7 forderte fordern VERB Mood=Ind|VerbForm=Fin 0 root
8 die der DET Case=Nom 9 det
9 Vereinten Vereint NOUN Case=Nom 7 nsubj
10 Nationen Nation NOUN Case=Nom 7 obj
11 auf auf ADP _ 7 compound:prt SpaceAfter=No
12 , , PUNCT _ 16 punct
13 den der DET _ 14 det
14 Angriff Angriff NOUN _ 16 obj
15 zu zu PART _ 16 mark
16 verurteilen verurteilen VERB VerbForm=Inf 7 xcomp SpaceAfter=No
17 . . PUNCT _ 7 punct
"""

# the parse hung the relative clause after the speaker on the reported clause before the cue
RELATIVE_ON_REPORT = """
1 Die der DET _ 2 det
2 Lage Lage NOUN _ 4 nsubj
3 sei sein AUX Mood=Sub|VerbForm=Fin 4 cop
4 ernst ernst ADJ _ 6 ccomp SpaceAfter=No
5 , , PUNCT _ 4 punct
6 sagte sagen VERB Mood=Ind|VerbForm=Fin 0 root
7 Noa Noa PROPN _ 6 nsubj
8 Bar Bar PROPN _ 7 flat SpaceAfter=No
9 , , PUNCT _ 13 punct
10 deren der PRON PronType=Rel 13 nsubj
11 Sohn Sohn NOUN _ 13 nsubj:pass
12 noch noch ADV _ 13 advmod
13 festgehalten festhalten VERB VerbForm=Part 4 ccomp
14 wird werden AUX Mood=Ind|VerbForm=Fin 13 aux:pass SpaceAfter=No
15 . . PUNCT _ 6 punct
"""


def mentions_of(block):
    doc = parsed(block)
    return [(doc.text[q.start:q.end], q.mention.text if q.mention else None)
            for q in Extractor().extract(doc)]


def test_of_two_subjects_of_a_directive_the_one_opening_the_sentence_speaks():
    assert mentions_of(DIRECTIVE_TWO_SUBJECTS) == [
        ("den Angriff zu verurteilen", "Der Sprecher, Omid Karimi")]


def test_a_reported_clause_does_not_reach_over_its_cue_to_the_speaker():
    assert mentions_of(RELATIVE_ON_REPORT) == [("Die Lage sei ernst", "Noa Bar")]


def test_speaker_with_a_relative_clause_after_the_cue_is_found(analyzer):
    (q,) = analyzer.analyze_text("Die Lage sei ernst, sagte Noa Bar, deren Sohn seit Monaten in "
                                 "Gaza festgehalten wird.", "t.txt")
    assert (q.quote, q.speaker) == ("Die Lage sei ernst", "Noa Bar")


@pytest.mark.parametrize("text", [
    "Der Unterschied besteht darin, dass die Armee inzwischen fast alle Viertel erobert hat.",
    "Vieles spricht dafür, dass die Gespräche noch Wochen dauern werden.",
])
def test_a_speech_verb_that_states_a_fact_reports_nothing(analyzer, text):
    assert analyzer.analyze_text(text, "t.txt") == []


def test_insisting_is_still_speech(analyzer):
    (q,) = analyzer.analyze_text("Die Hamas bestand darauf, dass Israel sich vollständig "
                                 "zurückzieht.", "t.txt")
    assert (q.quote, q.speaker) == ("Israel sich vollständig zurückzieht", "Hamas")


def standpoints(relative_head: int, infinitive_head: int, infinitive_rel: str) -> str:
    """"Zuvor haben beide Lager ihre Standpunkte bekräftigt, die alle Versuche, einen Kompromiss
    zu finden, blockiert haben." with the relative clause hung where the parser hangs it."""
    return f"""
1 Zuvor zuvor ADV _ 7 advmod
2 haben haben AUX Mood=Ind|VerbForm=Fin 7 aux
3 beide beide DET _ 4 det
4 Lager Lager NOUN _ 7 nsubj
5 ihre ihr DET _ 6 det:poss
6 Standpunkte Standpunkt NOUN _ 7 obj
7 bekräftigt bekräftigen VERB VerbForm=Part 0 root SpaceAfter=No
8 , , PUNCT _ 16 punct
9 die der PRON PronType=Dem,Rel {relative_head} {"obj" if relative_head == 16 else "nsubj"}
10 alle alle DET _ 11 det
11 Versuche Versuch NOUN _ 18 obj SpaceAfter=No
12 , , PUNCT _ 16 punct
13 einen ein DET _ 14 det
14 Kompromiss Kompromiss NOUN _ 16 obj
15 zu zu PART _ 16 mark
16 finden finden VERB VerbForm=Inf {infinitive_head} {infinitive_rel} SpaceAfter=No
17 , , PUNCT _ 18 punct
18 blockiert blockieren VERB VerbForm=Part 7 conj
19 haben haben AUX Mood=Ind|VerbForm=Fin 18 aux SpaceAfter=No
20 . . PUNCT _ 7 punct
"""


@pytest.mark.parametrize("block", [
    standpoints(16, 7, "xcomp"),  # the infinitive inside the relative clause taken for the report
    standpoints(11, 11, "xcomp"),  # the comma inside the relative clause taken for the frame's
])
def test_a_relative_clause_after_the_cue_is_the_writers(block):
    assert spans(block) == []


def test_a_fronted_object_of_a_directive_is_addressed_the_pronoun_after_the_verb_speaks(analyzer):
    (q,) = analyzer.analyze_text("Den Internationalen Währungsfonds, dessen Gremien diese Woche "
                                 "tagen, forderte er auf, die Zahlungen auszusetzen.", "t.txt")
    assert (q.quote, q.speaker_mention) == ("die Zahlungen auszusetzen", "er")


def test_a_verb_coordinated_with_the_cue_by_aber_is_no_report(analyzer):
    assert analyzer.analyze_text("Der Minister hat die Zahlen bestätigt, aber keine Einzelheiten "
                                 "genannt.", "t.txt") == []


def test_an_infinitive_after_a_decision_verb_is_still_its_report(analyzer):
    (q,) = analyzer.analyze_text("Die Armee hat entschieden, den Stützpunkt aufzugeben.", "t.txt")
    assert q.quote == "den Stützpunkt aufzugeben"


def test_anweisen_is_a_directive_and_zugesichert_a_form_of_zusichern(analyzer):
    quotes = analyzer.analyze_text("Der Bürgermeister hat die Feuerwehr angewiesen, die Straße zu "
                                   "sperren. Die Firma hat zugesichert, die Brücke bis Mai zu reparieren.",
                                   "t.txt")
    assert [(q.cue, q.quote) for q in quotes] == [
        ("angewiesen", "die Straße zu sperren"), ("zugesichert", "die Brücke bis Mai zu reparieren")]


def test_a_konjunktiv_the_tagger_called_an_adjective_still_makes_a_report(analyzer):
    """"es gebe Fortschritte" with "gebe" tagged ADJ: three words without a verb tag, but a
    Konjunktiv form is a verb, so the clause is no bare noun phrase of the cue's own clause."""
    quotes = quotes_of(analyzer, "Hamas-Vertreter in Kairo sagten, es gebe Fortschritte.")
    assert quote_with(quotes, "es gebe Fortschritte").speaker == "Hamas"


@pytest.mark.parametrize("text, quote", [
    ("Der Verband hatte zuvor gedroht, die Verhandlungen abzubrechen.", "die Verhandlungen abzubrechen"),
    ("Die Gewerkschaft hat gedroht, den Flughafen zu bestreiken.", "den Flughafen zu bestreiken"),
])
def test_a_weak_participle_the_tagger_lemmatised_wrongly_is_still_the_cue(analyzer, text, quote):
    """"gedroht" came back as the lemma "friehen": the participle without "ge" is "drohen"."""
    (q,) = quotes_of(analyzer, text)
    assert q.quote == quote


def test_a_characterising_verb_in_a_passive_with_no_agent_frames_no_quotation(analyzer):
    """"feiern" is a "name" verb ("feierte den Plan als …"); passive, nobody characterises."""
    assert quotes_of(analyzer, "Unter dem Motto „Hundert Jahre und kein bisschen leise“, wird in "
                               "der Stadt nun wieder das Sommerfest gefeiert.") == []


def test_a_report_opening_with_a_preposition_ohne_is_content_not_a_purpose(analyzer):
    """"ohne" opens a purpose-like clause only as "ohne … zu"; "ohne Zuschüsse sei …" is content,
    here with its Konjunktiv on the copula of a predicate the parse coordinated with the cue."""
    q = quote_with(quotes_of(analyzer, "Die Bürgermeisterin betonte, ohne Zuschüsse sei ein Neubau "
                                       "nicht möglich."), "Neubau")
    assert (q.quote, q.speaker_mention) == ("ohne Zuschüsse sei ein Neubau nicht möglich",
                                            "Die Bürgermeisterin")


@pytest.mark.parametrize("text, cue", [
    ("Die Ministerin erläuterte, der Haushalt sei solide finanziert.", "erläuterte"),  # "erlautern"
    ("Der Angeklagte bestritt, er habe das Geld genommen.", "bestritt"),  # "bestreten"
    ("Der Vorsitzende schwor, man werde die Vorwürfe aufklären.", "schwor"),  # "schweren"
])
def test_a_speech_verb_the_tagger_lemmatised_wrongly_is_still_the_cue(analyzer, text, cue):
    """Lemmas without their umlaut match the lexicon folded; strong past forms are lexicon forms."""
    (q,) = quotes_of(analyzer, text)
    assert q.cue == cue


@pytest.mark.parametrize("text, quote, speaker", [
    # a closing "so X" after the content of a passive cue
    ("Den Ländern wurde mitgeteilt, es gebe genug Geld für die Schulen, so Finanzminister Jonas Wiegand.",
     "es gebe genug Geld für die Schulen", "Jonas Wiegand"),
    # "so X" in mid-sentence, the main clause going on after it with an indicative verb
    ("Die Reform sollte die Kassen entlasten, indem den Ländern signalisiert wurde, es gebe genug "
     "Geld, so Finanzminister Jonas Wiegand, bewirkte aber das Gegenteil.", "es gebe genug Geld",
     "Jonas Wiegand"),
])
def test_a_so_frame_names_the_speaker_of_an_agentless_cue(analyzer, text, quote, speaker):
    """A passive speech verb has no agent; the "so X" that closes its content is who said it,
    and the phrase is no part of the report."""
    q = quote_with(quotes_of(analyzer, text), "genug Geld")
    assert (q.quote, q.speaker) == (quote, speaker)


def test_a_so_frame_inside_the_reported_clause_stays_in_it(analyzer):
    q = quote_with(quotes_of(analyzer, "Die Lage sei, so Krämer, sehr ernst."), "Lage sei")
    assert (q.quote, q.speaker) == ("Die Lage sei, so Krämer, sehr ernst", "Krämer")


@pytest.mark.parametrize("text", [
    "Er informierte die Polizei, allerdings kam diese erst nach einer Stunde.",
    "Sie konnte die Nachbarn warnen, allerdings hatte sie keine Zeit mehr, die Tür abzuschließen, "
    "weswegen diese offen blieb.",
    "Der Minister kritisierte den Plan, allerdings stimmte er am Ende zu.",
])
def test_an_indicative_clause_after_an_adverb_is_the_writers(analyzer, text):
    """After a cue with its object, "…, allerdings kam …" goes on with what happened, not with
    what was said (that would be in Konjunktiv)."""
    assert quotes_of(analyzer, text) == []


def test_a_konjunktiv_clause_after_an_adverb_is_still_reported(analyzer):
    q = quote_with(quotes_of(analyzer, "Der Minister kritisierte den Plan, allerdings sei er am Ende "
                                       "notwendig."), "notwendig")
    assert q.quote == "allerdings sei er am Ende notwendig"


@pytest.mark.parametrize("text, fragment, cue", [
    ("Die Ärztin geht davon aus, dass die Klinik im Herbst wieder öffnen werde.",
     "die Klinik im Herbst", "geht aus"),
    ("Mehrere Fachleute wiesen daraufhin, dass die Brücke nicht mehr sicher sei.",
     "die Brücke nicht mehr", "wiesen daraufhin"),
])
def test_davon_ausgehen_and_daraufhin_weisen_report_a_content_clause(analyzer, text, fragment, cue):
    """"geht davon aus, dass …" is an attitude with content (D19), "wies daraufhin, dass …" the
    misspelt "darauf hin": both cues with their content clause."""
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.kind == "indirect" and q.cue == cue and q.speaker_mention, (q.cue, q.speaker_mention)


def test_davon_ausgehen_without_a_speaker_or_a_content_clause_is_no_quote(analyzer):
    """An impersonal "ist davon auszugehen" has no speaker; "geht von X aus" no content."""
    assert not quotes_of(analyzer, "Es ist davon auszugehen, dass die Preise weiter steigen.")
    assert not quotes_of(analyzer, "Die Polizei geht von Brandstiftung aus.")
    assert not quotes_of(analyzer, "Die Stadt hat den Schaden bestätigt, und man geht davon aus, "
                                   "dass weitere Häuser einsturzgefährdet sind.")


def test_a_coordinated_main_clause_is_not_the_content_of_a_cue_with_an_object(analyzer):
    """"hat den Schaden bestätigt, und die Feuerwehr prüft, ob …": the clause after "und" has
    its own subject and indicative verb; it is the writer's, not what the city confirmed."""
    assert not quotes_of(analyzer, "Die Stadt hat den Schaden bestätigt, und die Feuerwehr "
                                   "prüft, ob weitere Häuser einsturzgefährdet sind.")
