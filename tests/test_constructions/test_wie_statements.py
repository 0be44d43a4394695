"""Speakers of opening wie-clauses with an apposition and of passive cues inside a statement
(GUIDELINES D14); made-up German news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_an_opening_wie_clause_keeps_its_subject_with_an_apposed_name(analyzer):
    """"Wie der Sprecher des Zivilschutzes, X, mitteilte, …": the commas of the apposition are
    inside the wie-clause, and its subject speaks though the parse hung it on the main verb."""
    (q,) = analyzer.analyze_text("Wie der Sprecher des Zivilschutzes, Karim Haddad, mitteilte, "
                                 "wurden in der Nacht elf Menschen getötet.", "t.txt")
    assert (q.quote, q.speaker_mention) == ("wurden in der Nacht elf Menschen getötet",
                                            "der Sprecher des Zivilschutzes, Karim Haddad")


def test_an_opening_wie_clause_with_an_apposition_reports_the_main_clause(analyzer):
    (q,) = analyzer.analyze_text("Wie die Sprecherin der Hilfsorganisation, Lena Brandt, am Montag "
                                 "in Genf mitteilte, seien die Lager völlig überfüllt.", "t.txt")
    assert (q.quote, q.speaker_mention) == ("seien die Lager völlig überfüllt",
                                            "die Sprecherin der Hilfsorganisation, Lena Brandt")


def test_a_passive_cue_in_a_statement_speaks_for_the_statements_owner(analyzer):
    """"In einer Erklärung der X wird betont, dass …": no agent, the statement's owner (D14)."""
    (q,) = analyzer.analyze_text("In einer Erklärung der Gewerkschaft wird betont, dass die Streiks "
                                 "bis Freitag andauern würden.", "t.txt")
    assert (q.quote, q.speaker_mention) == ("die Streiks bis Freitag andauern würden",
                                            "der Gewerkschaft")


def test_a_wie_clause_before_a_bare_speech_report_is_no_quote(analyzer):
    """"Wie X mitteilte, forderte der Verband eine Reform": the main clause is a bare NP report
    (GUIDELINES D22, Q4) and the wie-clause is its attribution, never the quote of "forderte"."""
    assert analyzer.analyze_text("Wie ein Sprecher mitteilte, forderte der Verband eine rasche "
                                 "Reform.", "t.txt") == []
    assert analyzer.analyze_text("Wie aus Kreisen der Stadtverwaltung verlautete, verlangte die "
                                 "Gewerkschaft höhere Löhne.", "t.txt") == []


def test_an_opening_wie_clause_with_a_titled_name_leaves_wie_out_of_the_mention(analyzer):
    (q,) = analyzer.analyze_text("Wie Bürgermeisterin Clara Vogt mitteilte, öffnet die Bibliothek "
                                 "im Herbst wieder.", "t.txt")
    assert (q.quote, q.speaker_mention) == ("öffnet die Bibliothek im Herbst wieder",
                                            "Bürgermeisterin Clara Vogt")


def test_a_wie_clause_with_a_correlative_es_compares_and_does_not_attribute(analyzer):
    """"…, wie es X fordert": what X demands is compared with the clause, not said by X; the
    sentence's own speech verb keeps the clause (D16)."""
    quotes = quotes_of(analyzer, "Außenministerin Eva Brandt hat klargestellt, warum die Regierung die "
                                 "Botschaft in Kairo nicht schließen wird, wie es die Opposition fordert.")
    q = quote_with(quotes, "Botschaft in Kairo")
    assert (q.speaker_mention, q.rule) == ("Außenministerin Eva Brandt", "indirect.speech_verb")


def test_a_konjunktiv_wie_es_clause_stays_in_the_speakers_chain(analyzer):
    quotes = quotes_of(analyzer, "Verteidigungsminister Jan Vogel sprach am Dienstag vor Journalisten. "
                                 "Wenn die Truppen abzögen, könnten sie nicht zurückkehren. Die Miliz "
                                 "könne sich dann neu bewaffnen, wie ihr Anführer es angekündigt habe.")
    assert quote_with(quotes, "neu bewaffnen").speaker == "Jan Vogel"


def test_a_closing_wie_clause_after_an_attributed_report_only_relays_it(analyzer):
    """Q7: "A, betonte X …, wie ein Regierungssprecher mitteilte" – X's report, the spokesman
    passes it on; the span stops before "betonte X"."""
    quotes = quotes_of(analyzer, "Die Zeit sei gekommen, den Streit um den Haushalt beizulegen, betonte "
                                 "Merz bei einem Treffen mit Macron am Montag, wie ein Regierungssprecher "
                                 "in Berlin mitteilte.")
    q = quote_with(quotes, "Haushalt")
    assert (q.speaker_mention, q.quote) == ("Merz", "Die Zeit sei gekommen, den Streit um den "
                                                     "Haushalt beizulegen")
