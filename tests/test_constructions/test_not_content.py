"""What stands next to a speech verb but is not its reported content: the writer's relative
clause (", wo …", ", was … erhöht"), a question the speaker left open ("Worin …, führte X nicht
aus"), and the cue's own subject with its apposition before the comma."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text", [
    # "wie" read as a conjunction, "wann" as a preposition: neither has an interrogative PronType
    "Der Sprecher des Vereins sagte nicht, wie lange die Halle geschlossen bleiben werde.",
    "Die Bürgermeisterin erklärte nicht, wann die Brücke wieder befahrbar sei.",
    "Der Trainer sagte am Montag nicht, welche Spieler am Samstag auflaufen würden.",
])
def test_a_question_left_open_after_a_negated_cue_is_no_quote(analyzer, text):
    assert spans(analyzer, text) == []


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


def test_an_apposition_with_its_relative_clause_is_no_report(analyzer):
    got = spans(analyzer, "Die Zeitung zitiert Anna Berg, eine Expertin, die die Zahl der Opfer "
                          "auf 300 schätzt.")
    assert not any("Expertin" in q for q in got)


def test_a_dass_clause_of_a_clause_between_is_not_the_cues(analyzer):
    got = spans(analyzer, "Die Giftstoffe wurden auch im Grundwasser festgestellt, was ein Hinweis "
                          "darauf ist, dass sie noch verwendet werden.")
    assert got == []


def test_a_dass_clause_right_after_the_cue_stays_its_content(analyzer):
    got = spans(analyzer, "Der Sprecher wies darauf hin, dass die Frist am Montag ende.")
    assert got == ["die Frist am Montag ende"]


def test_laut_before_another_preposition_is_the_adverb(analyzer):
    assert spans(analyzer, "Im Streit um die Mieten rief der Vermieter laut nach der Polizei.") == []


def test_so_wie_is_a_comparison_not_a_so_frame(analyzer):
    got = spans(analyzer, "Eine feste Regel gibt es dafür nicht, es sei denn, sie steht im Gesetz, "
                          "so wie bei der Wahl in Bayern im Jahr 2018.")
    assert got == []


def test_a_weak_past_under_a_wrong_lemma_is_no_konjunktiv(analyzer):
    got = spans(analyzer, "Weil die Kundgebung vor dem Rathaus nicht angemeldet war, löste sie die "
                          "Polizei nach einer Stunde auf.")
    assert got == []


def test_a_relative_clause_with_a_preposition_is_the_writers(analyzer):
    # the tagger reads the past "leerten" as an infinitive: the clause is no less relative
    got = spans(analyzer, "Sie ergänzt ihre Liste um Hinweise auf weitere Fälle, bei denen Betrüger "
                          "die Konten älterer Menschen leerten.")
    assert got == []


@pytest.mark.parametrize("text", [
    "Das Gericht erklärte die Wahl daraufhin für ungültig, die Abstimmung wurde wiederholt.",
    "Nach zwanzig Jahren meldete er sich bei seiner Schwester in Kanada, er hatte Heimweh nach "
    "seiner Familie.",
])
def test_a_past_indicative_clause_after_the_cues_object_is_the_writers(analyzer, text):
    assert spans(analyzer, text) == []


@pytest.mark.parametrize("text", [
    "Der Fall geht nun an das Gericht, das binnen vier Wochen darüber entscheiden muss, ob es die "
    "Klage zulässt.",
    "Der Trainer will am Freitag sagen, ob er bleibt.",
])
def test_a_question_someone_must_or_will_answer_is_no_report(analyzer, text):
    assert spans(analyzer, text) == []


@pytest.mark.parametrize("text", [
    "Wobei zu bemerken ist, dass der Bürgermeister selbst eine Stunde zu spät kam.",
    "Dazu ist zu sagen, dass die Stadt keine Pläne hatte.",
])
def test_what_is_to_be_said_is_the_writers_remark(analyzer, text):
    assert spans(analyzer, text) == []



@pytest.mark.parametrize("text", [
    "Der Bürgermeister von Sderot, Max Muster, kritisierte die Vereinbarung.",
    "Die Miliz warf Israel Lügen vor. Der Vertreter der Miliz in Beirut, Osama Hamdan, wies das zurück.",
])
def test_a_subject_with_its_name_apposed_is_no_report_of_the_verb_after_it(analyzer, text):
    assert not [s for s in spans(analyzer, text) if s.startswith("Der ")]
