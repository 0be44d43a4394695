"""Chains of reported speech (GUIDELINES D11, D14, D16): a report goes on over Konjunktiv
sentences, and what such a sentence says a third party said stays the reporter's entry."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


def test_weiter_after_a_speech_verb_is_no_particle(analyzer):
    """"sagte X weiter": "weiter" is an adverb (he went on), not the particle of a verb
    "weitersagen"; the sentence has its own cue and speaker."""
    text = ("Die Bürgermeisterin Jana Brandt sagte, die Brücke sei sicher. Nach Angaben des "
            "Bauamts seien die Prüfungen abgeschlossen. Der Verkehr werde ab Montag wieder "
            "rollen, sagte Brandt weiter.")
    q = quote_with(analyzer.analyze_text(text, "t.txt"), "Verkehr werde")
    assert (q.rule, q.cue, q.speaker_mention, q.speaker) == (
        "indirect.speech_verb", "sagte", "Brandt", "Jana Brandt")


def test_a_report_inside_a_running_chain_stays_the_reporters(analyzer):
    """"X sagte, … . Y habe … . Zudem habe Z erklärt, …": the third sentence, found only once
    the second was taken as a continuation, is still X's report of what Z said (D16), and the
    Konjunktiv sentence after it goes on with X too."""
    text = ("Der Landrat Peter Krause sagte am Montag, die Umgehungsstraße werde im Herbst "
            "fertig. Die Baufirma habe alle Fristen eingehalten. Zudem habe der Bahnkonzern "
            "erklärt, er werde den Übergang bis Juli sperren. Man sei aber für Gespräche offen.")
    quotes = analyzer.analyze_text(text, "t.txt")
    q = quote_with(quotes, "Bahnkonzern erklärt")
    assert (q.rule, q.speaker) == ("continuation.reported", "Peter Krause")
    assert quote_with(quotes, "Man sei aber").speaker == "Peter Krause"


def test_plural_konjunktiv_ii_report_after_a_report_stays_the_reporters(analyzer):
    """"Die Nachbarn hätten zugesagt, …": in the plural reported speech takes "hätten" for the
    indicative-looking "haben"; what the reporter says others promised is his entry (D16)."""
    text = ("Der Landrat Peter Krause sagte am Montag, die Umgehungsstraße werde im Herbst "
            "fertig. Die Nachbargemeinden hätten zugesagt, sich an den Kosten zu beteiligen.")
    q = quote_with(analyzer.analyze_text(text, "t.txt"), "Nachbargemeinden")
    assert (q.rule, q.speaker) == ("continuation.reported", "Peter Krause")


def test_a_medium_relaying_a_named_partys_report_gives_way_to_it(analyzer):
    """"X habe erklärt, …, berichtete der Sender": the medium relays; the innermost content is
    the quote and X its speaker (Q7, D16)."""
    text = ("Die Ministerin Anna Vogt verließ die Sitzung früh. Vogt habe erklärt, die Schulen "
            "müssten saniert werden, berichtete der Lokalsender.")
    quotes = analyzer.analyze_text(text, "t.txt")
    assert [(q.quote, q.speaker_mention, q.speaker) for q in quotes] == [
        ("die Schulen müssten saniert werden", "Vogt", "Anna Vogt")]


def test_a_dateline_the_parse_made_the_subject_gives_way_to_the_speaker_after_it(analyzer):
    """"HAMBURG (dpa) - Hamburgs Bürgermeisterin Jana Brandt hat erklärt, …": the parse hung the
    speaker under the dateline as its apposition; the speaker is the phrase after the dash."""
    text = ("Neue Brücke für Hamburg\n\nHAMBURG (dpa) - Hamburgs Bürgermeisterin Jana Brandt hat "
            "am Montag erklärt, die Brücke werde im Mai eröffnet.\n")
    q = quote_with(analyzer.analyze_text(text, "t.txt"), "Brücke werde")
    assert (q.speaker_mention, q.speaker) == ("Hamburgs Bürgermeisterin Jana Brandt", "Jana Brandt")


def test_the_dative_party_of_vorwerfen_is_not_the_speaker(analyzer):
    """"Der Gewerkschaftschef Jan Krause warf Senatorin Eva Roth vor, …": the parse made both
    names subjects; the one opening the sentence reproaches, the other is reproached (D16: his)."""
    text = ("Der Gewerkschaftschef Jan Krause warf Senatorin Eva Roth vor, sie habe die Gespräche "
            "abgebrochen.")
    q = quote_with(analyzer.analyze_text(text, "t.txt"), "Gespräche abgebrochen")
    assert q.speaker == "Jan Krause"


def test_the_subject_after_a_live_blog_time_stamp_speaks(analyzer):
    """"+++ 14.20 Uhr: Gewerkschaftssprecher Jan Krause hat Hamburg vorgeworfen, …": the stamp
    makes the parse hang the subject on "Uhr"; the phrase before the finite verb speaks."""
    text = ("+++ 14.20 Uhr: Gewerkschaftssprecher Jan Krause hat Hamburg vorgeworfen, die "
            "Gespräche zu verschleppen.\n")
    q = quote_with(analyzer.analyze_text(text, "t.txt"), "Gespräche zu verschleppen")
    assert q.speaker == "Jan Krause"


def test_a_statement_without_author_after_a_media_report_is_not_the_mediums(analyzer):
    """"Israelische Medien berichteten, … . In einer Erklärung hieß es später, …": a statement is
    a party's; the medium only reported on it, so the issuer is the body acting before (D14)."""
    text = ("Die Hamas hat Berichte über eine Zusage zurückgewiesen. Israelische Medien hatten "
            "zuvor berichtet, die Organisation habe das Angebot angenommen. In einer Erklärung "
            "hieß es später, das Politbüro habe sich noch nicht entschieden.")
    q = quote_with(analyzer.analyze_text(text, "t.txt"), "Politbüro habe")
    assert q.speaker == "Hamas"


def test_a_bare_hiess_es_from_sources_passes_on_the_named_partys_report(analyzer):
    """"Weiter hieß es, X habe … zugesagt, …" after anonymous sources: they relay, the innermost
    speaker is X (D16); a statement by a party named as its issuer would stay the party's."""
    text = ("Aus Verhandlungskreisen hieß es, die Gespräche über den Tarif gingen weiter. Weiter "
            "hieß es, Bürgermeister Karl Huber habe der Gewerkschaft zugesagt, die Löhne bis zum "
            "Sommer zu erhöhen.")
    q = quote_with(analyzer.analyze_text(text, "t.txt"), "Löhne")
    assert (q.speaker_mention, q.speaker) == ("Bürgermeister Karl Huber", "Karl Huber")


def test_a_clause_before_a_postposed_cue_with_its_own_subject_is_reported(analyzer):
    """"Die Firma nutze Schulen als Lager, sagte Huber.": the tagger took "nutze" for an
    adjective and "Schulen" for the cue's subject; the cue's subject follows it, so what stands
    before the comma is the report, not the speaker with an apposition."""
    q = quote_with(analyzer.analyze_text("Die Firma nutze Schulen als Lager, sagte Huber.", "t.txt"),
                   "Firma")
    assert (q.quote, q.speaker_mention) == ("Die Firma nutze Schulen als Lager", "Huber")


def test_a_purpose_infinitive_after_a_speech_noun_is_no_content(analyzer):
    """"Er habe jeden Vorschlag blockiert, um …": "um … zu" is the purpose of the act, not what
    a proposal says; the sentence goes on with the report before it."""
    text = ("Der Stadtrat Jan Krause sagte, der Bürgermeister wolle keine Einigung. Er habe "
            "jeden Vorschlag blockiert, um im Amt zu bleiben.")
    quotes = analyzer.analyze_text(text, "t.txt")
    q = quote_with(quotes, "im Amt zu bleiben")
    assert (q.quote, q.rule, q.speaker) == (
        "Er habe jeden Vorschlag blockiert, um im Amt zu bleiben", "continuation.konjunktiv",
        "Jan Krause")


def test_an_indicative_sentence_about_another_party_does_not_end_a_running_report(analyzer):
    """"X betonte, … . Y habe … . Z lehnte den Plan ab. Man werde dennoch …": the sentence about
    Z interrupts X's report, which the Konjunktiv sentence after it goes on with."""
    text = ("Der Bürgermeister Karl Huber betonte, die Stadt werde weiter verhandeln. Die "
            "Verwaltung habe dem Land einen neuen Zeitplan vorgelegt. Senatorin Eva Roth lehnte "
            "den Plan am Abend ab. Die Unterhändler werde man dennoch am Mittwoch erneut empfangen.")
    q = quote_with(analyzer.analyze_text(text, "t.txt"), "Unterhändler")
    assert q.speaker == "Karl Huber"


def test_a_trailing_wie_clause_reports_the_main_clause_before_it(analyzer):
    """"<main clause>, wie X sagte.": what X said is the whole main clause before the comma,
    not a piece of it the parse hung the wie-clause on (or nothing)."""
    quotes = analyzer.analyze_text("Beide Vereine haben ein Interesse an einer Einigung, wie die "
                                   "Schlichter wiederholt betont haben.", "t.txt")
    assert [(q.quote, q.speaker_mention) for q in quotes] == [
        ("Beide Vereine haben ein Interesse an einer Einigung", "die Schlichter")]


def test_a_konjunktiv_wie_clause_inside_a_report_stays_the_reporters(analyzer):
    """"X sagte, … . Beide hätten …, wie die Schlichter betont hätten.": the wie-clause is in
    Konjunktiv, so X reports what the mediators stressed; the entry is X's (D16)."""
    text = ("Der Bürgermeister Karl Huber sagte, er sei zuversichtlich. Beide Vereine hätten ein "
            "Interesse an einer Einigung, wie die Schlichter wiederholt betont hätten.")
    q = quote_with(analyzer.analyze_text(text, "t.txt"), "Beide Vereine")
    assert (q.rule, q.speaker) == ("continuation.reported", "Karl Huber")


def test_a_live_blog_time_stamp_is_no_part_of_a_quote(analyzer):
    """"+++ 09.12 Uhr: Die Polizei hat nach eigenen Angaben …": the stamp opens the entry, it is
    not reported content (Q5)."""
    text = "+++ 09.12 Uhr: Die Polizei hat nach eigenen Angaben in der Nacht drei Männer festgenommen.\n"
    q = quote_with(analyzer.analyze_text(text, "t.txt"), "festgenommen")
    assert q.quote.startswith("Die Polizei")


def test_a_report_in_a_relative_clause_ends_where_the_main_clause_resumes(analyzer):
    """"Huber, der am Vortag erklärt hatte, der Bau werde weitergehen, wolle …": the relative
    clause's report is "der Bau werde weitergehen"; "wolle …" is the main clause again."""
    text = ("Huber, der erst am Vortag erklärt hatte, der Bau werde weitergehen, wolle die "
            "Verhandlungen scheitern lassen.")
    q = quote_with(analyzer.analyze_text(text, "t.txt"), "Bau werde")
    assert q.quote == "der Bau werde weitergehen"


@pytest.mark.parametrize("text, content", [
    ("Er habe dem Bürgermeister gesagt, dass die Brücke bald fertig sei, sagte der Landrat Lars Peters.",
     "die Brücke bald fertig sei"),
    ("Der Landrat Lars Peters sagte, er habe dem Bürgermeister erklärt, die Brücke sei bald fertig.",
     "die Brücke sei bald fertig"),
])
def test_the_speakers_own_earlier_words_are_the_innermost_content(analyzer, text, content):
    """D16: both layers have the same speaker; the entry keeps the outer cue and mention."""
    q, = quotes_of(analyzer, text)
    assert (q.quote, q.speaker) == (content, "Lars Peters")


def test_another_partys_report_inside_stays_whole(analyzer):
    q, = quotes_of(analyzer, "Der Landrat Lars Peters sagte, der Bürgermeister habe erklärt, die "
                             "Brücke sei bald fertig.")
    assert q.quote == "der Bürgermeister habe erklärt, die Brücke sei bald fertig"
