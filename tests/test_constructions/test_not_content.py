"""What stands next to a speech verb but is not its reported content: the writer's relative
clause (", wo …", ", was … erhöht"), a question the speaker left open ("Worin …, führte X nicht
aus"), and the cue's own subject with its apposition before the comma."""

from __future__ import annotations

from tests.conftest import quotes_of


def spans(analyzer, text: str) -> list[str]:
    return [q.quote for q in quotes_of(analyzer, text)]


def test_a_relative_wo_clause_after_the_object_is_the_writers(analyzer):
    got = spans(analyzer, "Der Minister Paul Weber forderte die Öffnung des Hafens, wo seit "
                          "Wochen viele Schiffe warten.")
    assert not any("Schiffe warten" in q for q in got)


def test_a_was_clause_on_the_whole_sentence_is_the_writers(analyzer):
    got = spans(analyzer, "Die Stadt und das Land einigten sich darauf, die Brücke zu verlängern, "
                          "sagte die Bürgermeisterin, was die Aussicht auf mehr Verkehr erhöht.")
    assert not any(q.startswith("was") for q in got)
    assert any(q.startswith("Die Stadt und das Land einigten sich") for q in got)


def test_a_question_left_open_is_no_quote(analyzer):
    assert spans(analyzer, "Worin genau die Mängel bestehen, führte der Verband jedoch nicht aus.") == []


def test_the_subject_with_its_apposition_is_not_the_report(analyzer):
    got = spans(analyzer, "Die Sprecherin des Verbands der Fischer, Anna Muster, warnte bei einer "
                          "Versammlung in Kiel vor einem „Ende der Fischerei“ in der Region.")
    assert not any(q.startswith("Die Sprecherin") for q in got)


def test_a_konjunktiv_clause_after_a_verb_final_cue_is_its_content(analyzer):
    quotes = quotes_of(analyzer, "„Wir sind vorbereitet“, sagte der Landrat, nachdem die "
                                 "Bürgermeisterin Jana Brandt am Sonntag bekräftigt hatte, die Stadt "
                                 "werde trotz des Drucks den Hafen nicht verkaufen.")
    reported = [q for q in quotes if "den Hafen nicht verkaufen" in q.quote]
    assert len(reported) == 1 and "Jana Brandt" in reported[0].speaker
