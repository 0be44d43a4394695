""""…, fuhr der Sprecher fort.": "fortfahren" is a cue after the words it frames, also where the
parse read "fort" as the verb and hung "fuhr" on it; with an infinitive after it, it says what
someone went on doing ("Die Armee fuhr fort, … zu bombardieren"), no speech.
Made-up news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_fortfahren_after_a_reported_clause_is_its_cue(analyzer):
    quotes = quotes_of(analyzer, "Die Geiseln seien in gutem Zustand, fuhr der Sprecher fort.")
    q = quote_with(quotes, "Geiseln")
    assert (q.quote, q.cue, q.speaker_mention) == (
        "Die Geiseln seien in gutem Zustand", "fuhr fort", "der Sprecher")


def test_fortfahren_with_an_infinitive_is_no_speech(analyzer):
    assert quotes_of(analyzer, "Die Armee fuhr fort, den Süden des Gazastreifens zu bombardieren.") == []


def test_rufen_with_a_colon_or_a_clause_reports(analyzer):
    """"riefen: „…“" (the lexicon had only "aufrufen"/"ausrufen"); "rief die Polizei" has no content."""
    quotes = quotes_of(analyzer, "Die Demonstranten riefen: „Freiheit für alle“ und „Schluss mit dem Krieg!“")
    assert quote_with(quotes, "Freiheit").speaker_mention == "Die Demonstranten"
    quotes = quotes_of(analyzer, "Die Anwohner riefen, man solle die Straße sofort räumen.")
    assert quote_with(quotes, "Straße").cue == "riefen"
    assert quotes_of(analyzer, "Die Mutter rief die Polizei.") == []


def test_a_time_clause_alone_after_the_verb_is_no_content(analyzer):
    """"rief, als …, die Feuerwehr": the als-clause says when she called, and nothing said
    follows it; a reported clause after such a time clause stays ("sagte, als …, habe er …")."""
    assert quotes_of(analyzer, "Die Nachbarin rief auch einmal, als die Kinder im Keller "
                               "eingesperrt wurden, die Feuerwehr.") == []
    (q,) = quotes_of(analyzer, "Netanjahu sagte, als er gewählt wurde, habe er Frieden versprochen.")
    assert q.quote == "als er gewählt wurde, habe er Frieden versprochen"
