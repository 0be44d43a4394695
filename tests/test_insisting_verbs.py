"""Speech verbs the lexicon lacked: "hielt fest, dass …", "hält daran fest, dass …",
"offenbarte, dass …", "hat X vorgehalten, … zu …", and "bestand darauf, dass …" whose content
clause holds an "in" (the parse hung it on the verb, which then read as "besteht in").
Made-up news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_festhalten_with_a_content_clause_reports(analyzer):
    quotes = quotes_of(analyzer, "Blinken hält daran fest, dass Israel einer Feuerpause zustimmen müsse.")
    q = quote_with(quotes, "Feuerpause")
    assert (q.quote, q.speaker_mention) == ("Israel einer Feuerpause zustimmen müsse", "Blinken")


def test_offenbaren_tagged_as_an_adjective_still_reports(analyzer):
    quotes = quotes_of(analyzer, "In einer langen Fernsehansprache am Sonntag offenbarte Nasrallah, "
                                 "dass die Miliz seit dem 3. Mai über 200 Angriffe ausgeführt hat.")
    q = quote_with(quotes, "Angriffe")
    assert (q.cue, q.speaker_mention) == ("offenbarte", "Nasrallah")


def test_vorhalten_with_an_infinitive_reports(analyzer):
    quotes = quotes_of(analyzer, "Die Hamas hat Israel vorgehalten, die Verhandlungen "
                                 "absichtlich zu verzögern.")
    q = quote_with(quotes, "verzögern")
    assert (q.quote, q.speaker_mention) == ("die Verhandlungen absichtlich zu verzögern", "Die Hamas")


def test_bestehen_darauf_with_in_inside_the_content(analyzer):
    quotes = quotes_of(analyzer, 'Er bestand darauf, dass die Waffenruhe "für alle Gebiete gelten muss, '
                                 'nicht in Etappen".')
    q = quote_with(quotes, "Etappen")
    assert q.cue == "bestand"


def test_held_hostages_and_facts_are_no_reports(analyzer):
    """"Geiseln festgehalten werden" is captivity; "besteht in …" states a fact; a dash before
    "wobei" opens the writer's comment."""
    quotes = quotes_of(analyzer, "Auf die Frage, ob die Tatsache, dass so viele Geiseln im Süden "
                                 "festgehalten werden, die Einsätze erschwere, antwortete der Sprecher "
                                 "ausweichend. Das Problem besteht in der Frage, wer die Grenze "
                                 "kontrolliert.")
    assert quotes == []
    quotes = quotes_of(analyzer, "Der Minister hielt fest, dass die Gespräche gescheitert seien – wobei "
                                 "offen blieb, wer sie beendet hatte.")
    assert quote_with(quotes, "Gespräche").quote == "die Gespräche gescheitert seien"


def test_festhalten_at_a_quoted_plan_is_no_report(analyzer):
    """"hält am Konzept der „…“ fest" holds on to a plan whose name is quoted; only a clause
    ("hielt fest, dass …") makes festhalten a report (np_objects.clause_only)."""
    assert quotes_of(analyzer, "Nach der Sitzung hält der Verband am Konzept der „offenen Grenzen "
                               "für alle“ fest.") == []
