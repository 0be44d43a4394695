"""An attribution phrase around or inside a speech verb's report is a relay or part of the
report, not a quote of its own (GUIDELINES Q7, D16): the verb's speaker keeps the quote."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_laut_a_newspaper_around_a_characterisation_is_a_relay(analyzer):
    quotes = quotes_of(analyzer, "Der Verkehrsminister Paul Weber nannte den Vorschlag der "
                                 "Opposition laut der Zeitung Tagesbote „unseriös“.")
    q = quote_with(quotes, "unseriös")
    assert "Paul Weber" in q.speaker
    assert (q.kind, q.rule) == ("mixed", "indirect.np_object")


def test_aus_ihrer_sicht_inside_a_dass_clause_stays_in_the_report(analyzer):
    quotes = quotes_of(analyzer, "Die Ministerin Eva Roth sagte am Abend, dass aus ihrer Sicht "
                                 "die Verhandlungen über den Hafen gescheitert seien.")
    q = quote_with(quotes, "gescheitert seien")
    assert (q.rule, "Eva Roth" in q.speaker) == ("indirect.speech_verb", True)


def test_a_pronoun_before_zufolge_is_the_speaker(analyzer):
    text = ("Die israelische Delegation wird vom Mossad-Chef David Barnea geleitet. Ihm zufolge hängt "
            "alles an der Frage, ob die Hamas eine Liste vorlegt.")
    (q,) = analyzer.analyze_text(text, "t.txt")
    assert (q.rule, q.speaker_mention, q.speaker) == ("indirect.zufolge", "Ihm", "David Barnea")


def test_a_source_phrase_parsed_with_its_owner_as_head_is_still_an_attribution(analyzer):
    (q,) = analyzer.analyze_text("Nach Darstellung israelischer Medien will Netanjahu das "
                                 "Sicherheitskabinett noch am Abend einberufen.", "t.txt")
    assert (q.rule, q.speaker, q.quote) == (
        "indirect.nach_angaben", "Israeli media",
        "will Netanjahu das Sicherheitskabinett noch am Abend einberufen")


def test_a_persons_so_around_a_konjunktiv_report_is_the_reporters(analyzer):
    """D16: "B habe … betont, dass …, so A" – A reports what B said; one entry, A's, and the
    Konjunktiv sentences after it go on with A."""
    quotes = quotes_of(analyzer, "Der Kanzler telefonierte am Montag mit dem Präsidenten. Merz habe "
                                 "die Unterstützung für die Ukraine bekräftigt und betont, dass Europa "
                                 "zusammenstehen müsse, so Regierungssprecher Stefan Kornelius. "
                                 "Selenskyj habe sich für die Hilfe bedankt.")
    q = quote_with(quotes, "zusammenstehen")
    assert (q.rule, q.speaker_mention) == ("indirect.so", "Regierungssprecher Stefan Kornelius")
    assert q.quote.startswith("Merz habe die Unterstützung")
    assert quote_with(quotes, "bedankt").speaker == q.speaker


def test_laut_and_an_indicative_verb_under_so_stay_relays(analyzer):
    """Q7: "laut A habe B betont" and "B betonte, …, so A" keep B as the speaker."""
    q = quote_with(quotes_of(analyzer, "Laut Regierungssprecherin Eva Brandt habe Merz betont, dass "
                                       "Europa zusammenstehen müsse."), "zusammenstehen")
    assert q.speaker_mention == "Merz"
    q = quote_with(quotes_of(analyzer, "Merz betonte am Abend, dass Europa zusammenstehen müsse, "
                                       "so Regierungssprecherin Eva Brandt."), "zusammenstehen")
    assert q.speaker_mention == "Merz"


def test_laut_a_medium_around_a_partys_contentless_speech_act_is_the_partys(analyzer):
    """Q7: "X, der laut Reuters eine Feuerpause für möglich erklärte" – the agency relays X's
    speech act, X is the speaker."""
    quotes = quotes_of(analyzer, "Das weiß auch der neue Milizchef Abu Karim, der am Dienstag laut "
                                 "Reuters eine Feuerpause mit der Armee unter bestimmten Bedingungen "
                                 "für möglich erklärte.")
    assert quote_with(quotes, "Feuerpause").speaker == "Abu Karim"


def test_zufolge_around_a_subject_inside_its_clause_stays_the_sources(analyzer):
    """D22: "Einer Quelle zufolge verlangt die Organisation darin …" – what a document demands,
    passed on by the source: the source's entry."""
    quotes = quotes_of(analyzer, "Einer mit den Gesprächen vertrauten Quelle zufolge verlangt die "
                                 "Miliz darin einen Zeitplan für den Abzug der Truppen.")
    assert quote_with(quotes, "Zeitplan").speaker_mention != "die Miliz"
