"""Attribution in the next sentence (D21): "…. Das teilte X mit." makes the sentence before X's
report; real parses of made-up sentences."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_das_teilte_x_mit_attributes_the_sentence_before(analyzer):
    (q,) = quotes_of(analyzer, "Die neue Brücke wird im Mai eröffnet. Das teilte das Ministerium "
                               "am Montag mit.")
    assert (q.quote, q.kind, q.rule, q.cue, q.speaker_mention) == (
        "Die neue Brücke wird im Mai eröffnet", "indirect", "indirect.restated", "teilte mit",
        "das Ministerium")


def test_the_speaker_is_the_noun_phrase_after_the_verb_not_the_demonstrative(analyzer):
    (q,) = quotes_of(analyzer, "Der Zug fiel aus. Dies bestätigte ein Sprecher der Bahn.")
    assert (q.quote, q.speaker_mention) == ("Der Zug fiel aus", "ein Sprecher der Bahn")


def test_a_denial_attributes_nothing(analyzer):
    assert quotes_of(analyzer, "Er kam zu spät. Das sagte er nicht.") == []


def test_the_source_a_restating_sentence_relies_on_speaks(analyzer):
    quotes = analyzer.analyze_text("Die Brücke werde bis Mai gesperrt. Das berichtete die Zeitung "
                                   "Nordkurier unter Berufung auf zwei Beamte der Stadt.", "t.txt")
    q = quote_with(quotes, "bis Mai gesperrt")
    assert q.speaker_mention == "zwei Beamte der Stadt"


def test_a_continuation_restated_in_the_next_sentence_takes_its_speaker(analyzer):
    quotes = analyzer.analyze_text("Der Bürgermeister äußerte sich am Abend. Die Brücke werde bis Mai "
                                   "gesperrt. Das sagte ein Beamter unter Berufung auf den Stadtrat.",
                                   "t.txt")
    q = quote_with(quotes, "bis Mai gesperrt")
    assert q.speaker_mention == "den Stadtrat"


def test_a_restating_sentence_gives_an_entry_with_its_own_cue_the_new_speaker(analyzer):
    """D21: the sentence before is already an entry ("Ägypten hat … informiert, dass …"); "Dies
    sagte X" resolves its speaker to X. "Das bestätigte auch Y" adds a voice and changes nothing."""
    quotes = quotes_of(analyzer, "Drei Tage nach dem Angriff auf den Grenzposten hat Ägypten die "
                                 "Botschafter mehrerer Staaten darüber informiert, dass die Täter "
                                 "gefasst worden seien. Dies sagte der Militärsprecher Omar Nabil.")
    assert quote_with(quotes, "gefasst worden").speaker == "Omar Nabil"
    quotes = quotes_of(analyzer, "Die Regierung hat mitgeteilt, dass die Grenze geschlossen bleibe. "
                                 "Das bestätigte auch der Bürgermeister Paul Weber.")
    assert quote_with(quotes, "geschlossen bleibe").speaker_mention == "Die Regierung"


def test_a_medium_restating_an_entry_leaves_its_speaker(analyzer):
    """Q7: "Das berichtet die Agentur" after a Konjunktiv report of the minister only relays."""
    quotes = quotes_of(analyzer, "Innenminister Paul Weber sagte dem Sender, die Grenze bleibe "
                                 "geschlossen. Er habe die Polizei angewiesen, die Kontrollen zu "
                                 "verstärken. Das berichtet die Nachrichtenagentur dpa.")
    assert quote_with(quotes, "Kontrollen").speaker == "Paul Weber"


def test_a_restatement_a_medium_passes_on_is_the_partys(analyzer):
    """D21 with Q7: "Dies habe das Büro X bestätigt, berichtet die Zeitung" – the sentence before
    is the office's entry, the restating clause no quote of the paper's and no continuation of
    the sentence before; "demnach" then goes on with the office."""
    quotes = quotes_of(analyzer, "Nach zähen Verhandlungen haben die Tarifparteien in Berlin einen "
                                 "Vertrag über höhere Löhne für Pflegekräfte unterzeichnet. Dies habe "
                                 "das Büro des Arbeitsministers Hubertus Heil am Abend in einer "
                                 "Erklärung bestätigt, berichtet die Zeitung „Tagesbote“. Beteiligt "
                                 "waren demnach auch mehrere Gewerkschaften.")
    q = quote_with(quotes, "Löhne")
    assert (q.rule, q.speaker_mention) == ("indirect.restated", "das Büro des Arbeitsministers Hubertus Heil")
    assert not [x for x in quotes if "Dies habe" in x.quote]
    assert quote_with(quotes, "Gewerkschaften").speaker == q.speaker


def test_a_title_in_quotation_marks_relays_the_report_before(analyzer):
    """"Das berichtete die „Hafenpost“": a name in marks is a publication the registry does not
    know; like "die Agentur" it passes the report on, whose speaker stays its own (Q7, D21)."""
    text = ("Wie aus Kreisen des Vorstands verlautete, will die Reederei ihren Hafen in Emden bald "
            "schließen. Das berichtete die „Hafenpost“ am Montag.")
    (q,) = quotes_of(analyzer, text)
    assert q.speaker_mention == "Kreisen des Vorstands"
