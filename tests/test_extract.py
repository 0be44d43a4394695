"""Quote extraction and speaker resolution on real parses of sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text, fragment, speaker, affiliation", [
    ("„Wir werden nicht nachgeben“, sagte Netanjahu am Dienstag in Jerusalem.",
     "Wir werden nicht nachgeben", "Benjamin Netanjahu", "Israel"),
    ('"Die Waffen müssen schweigen", sagte UN-Generalsekretär António Guterres in New York.',
     "Die Waffen müssen schweigen", "António Guterres", "UN"),
    ("»Das Angebot liegt auf dem Tisch«, erklärte US-Außenminister Antony Blinken.",
     "Das Angebot liegt auf dem Tisch", "Antony Blinken", "USA"),
    ("Der ranghohe Hamas-Funktionär Sami Abu Zuhri sagte: „Wir sind zu einem Abkommen bereit.“",
     "Wir sind zu einem Abkommen bereit.", "Sami Abu Zuhri", "Hamas"),
])
def test_direct_quote_with_cue(analyzer, text, fragment, speaker, affiliation):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.kind == "direct"
    assert (q.speaker, q.affiliation) == (speaker, affiliation)
    assert text[q.start:q.end] == q.quote
    assert not q.quote.startswith(("„", '"', "»"))


def test_indirect_konjunktiv_clause(analyzer):
    text = "Netanjahu betonte am Sonntag, Israel werde den Einsatz in Rafah fortsetzen."
    q = quote_with(quotes_of(analyzer, text), "Israel werde")
    assert q.kind == "indirect"
    assert q.speaker == "Benjamin Netanjahu"
    assert q.quote.startswith("Israel werde") and q.quote.endswith("fortsetzen")


def test_dass_clause_and_organisation_speaker(analyzer):
    text = "Die Hamas erklärte, dass sie den Vorschlag prüfen werde."
    q = quote_with(quotes_of(analyzer, text), "Vorschlag prüfen")
    assert q.kind == "indirect" and q.speaker == "Hamas" and q.affiliation == "Hamas"


def test_directive_infinitive(analyzer):
    text = "Guterres forderte beide Seiten auf, die Kämpfe sofort einzustellen."
    q = quote_with(quotes_of(analyzer, text), "einzustellen")
    assert q.kind == "indirect" and q.speaker == "António Guterres"


@pytest.mark.parametrize("text, fragment, affiliation, frame", [
    ("Laut dem katarischen Außenministerium gehen die Verhandlungen am Montag weiter.",
     "Verhandlungen", "Qatar", "Laut"),
    ("Eine Einigung sei in den nächsten Tagen möglich, so ein ägyptischer Diplomat.",
     "Einigung", "Egypt", "so ein"),
])
def test_attribution_phrase_is_not_part_of_the_quote(analyzer, text, fragment, affiliation, frame):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.affiliation == affiliation
    assert frame not in q.quote


def test_zufolge_attribution(analyzer):
    text = "Der Hamas zufolge wurden bei dem Angriff zwölf Menschen getötet."
    q = quote_with(quotes_of(analyzer, text), "getötet")
    assert q.speaker == "Hamas" and "zufolge" not in q.quote


def test_pronoun_resolves_to_earlier_person(analyzer):
    text = ("Der israelische Verteidigungsminister Joav Gallant besuchte am Montag die Truppen.\n\n"
            "„Wir kämpfen weiter, bis alle Geiseln zu Hause sind“, sagte er.")
    q = quote_with(quotes_of(analyzer, text), "Wir kämpfen weiter")
    assert q.speaker == "Yoav Gallant" and q.speaker_mention == "er"


def test_continuation_paragraph_keeps_speaker(analyzer):
    text = ("„Die Offensive geht weiter“, sagte Netanjahu am Abend.\n\n"
            "„Wir werden nicht aufhören, bevor unsere Ziele erreicht sind. Das schulden wir "
            "unseren Soldaten.“")
    quotes = quotes_of(analyzer, text)
    q = quote_with(quotes, "Ziele erreicht")
    assert q.kind == "direct" and q.speaker == "Benjamin Netanjahu" and q.cue is None


def test_a_short_quoted_sentence_after_a_quote_is_a_quote_a_short_term_is_not(analyzer):
    # Q6: a further quoted stretch after the cue, however short, when it is a whole sentence
    text = ("„Wir haben den Entwurf gelesen“, sagte die Sprecherin Lea Brandt. „Wir sind bereit.“ "
            "Die Gruppe sprach von „Spielchen“.")
    quotes = quotes_of(analyzer, text)
    q = quote_with(quotes, "Wir sind bereit")
    assert (q.kind, q.quote, q.speaker, q.cue) == ("direct", "Wir sind bereit.", "Lea Brandt", None)
    assert not any(p.quote == "Spielchen" and p.kind == "direct" for p in quotes)


def test_mixed_quote_is_one_quote(analyzer):
    text = 'Die Hamas sagte, Israel trage die „volle Verantwortung“ für das Scheitern der Gespräche.'
    quotes = quotes_of(analyzer, text)
    assert len(quotes) == 1
    assert quotes[0].kind == "mixed" and "volle Verantwortung" in quotes[0].quote


def test_speech_verb_inside_quotes_is_not_a_cue_and_scare_quotes_are_not_quotes(analyzer):
    text = ('Die sogenannten „humanitären Korridore“ blieben am Montag geschlossen. '
            '„Er sagte nichts dazu“, erklärte ein Sprecher der Hamas.')
    quotes = quotes_of(analyzer, text)
    assert not any("Korridore" in q.quote for q in quotes)
    q = quote_with(quotes, "Er sagte nichts")
    assert q.affiliation == "Hamas"


def test_absagen_is_not_a_speech_act(analyzer):
    text = "Der Minister sagte seine Reise nach Kairo am Montag ab."
    assert quotes_of(analyzer, text) == []


def test_unregistered_official_gets_affiliation_from_descriptor(analyzer):
    text = "„Wir lehnen jede Feuerpause ab“, sagte der Hamas-Sprecher Abdel Latif Nasser."
    q = quote_with(quotes_of(analyzer, text), "Feuerpause")
    assert q.affiliation == "Hamas"
    assert "Abdel Latif Nasser" in q.speaker


def test_transliterations_resolve_to_one_canonical_speaker(analyzer):
    a = quote_with(quotes_of(analyzer, "„Wir sind bereit“, sagte Hanija in Doha."), "bereit")
    b = quote_with(quotes_of(analyzer, "„Wir sind bereit“, sagte Haniyya in Doha."), "bereit")
    assert a.speaker == b.speaker == "Ismail Haniyeh"


def test_offsets_index_the_text_as_read(analyzer):
    text = "\ufeffKAIRO (Reuters) -\n\n„Die Lage ist ernst“, sagte ein UN-Sprecher.  \r\n"
    for q in quotes_of(analyzer, text):
        assert text[q.start:q.end] == q.quote


@pytest.mark.parametrize("text, fragment, cue, kind", [
    # Swiss spelling writes ss for ß: the same cues
    ("«Der Ball liegt nun bei der Gegenseite», hiess es in einer Mitteilung.", "Ball liegt", "hiess",
     "direct"),
    ("In der Erklärung heisst es, die Regierung trage die Verantwortung.", "Verantwortung", "heisst",
     "indirect"),
    ("Gemäss dem Ministerium wurden in der Nacht 30 Menschen verletzt.", "30 Menschen", "Gemäss",
     "indirect"),
])
def test_swiss_spellings_of_cues(analyzer, text, fragment, cue, kind):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.cue, q.kind, q.speaker_mention) == (cue, kind, None if cue != "Gemäss" else "dem Ministerium")


def test_konjunktiv_one_of_a_verb_in_ten_continues_the_report(analyzer):
    # "bedeute" (tagged past, lemma "bedeuen") is the Konjunktiv I of "bedeuten": a continuation
    text = "Der Minister warnte vor dem Entwurf. Ein solches Papier bedeute das Ende aller Ziele."
    q = quote_with(quotes_of(analyzer, text), "Ende aller Ziele")
    assert (q.quote, q.speaker, q.cue) == ("Ein solches Papier bedeute das Ende aller Ziele",
                                           "minister (unnamed)", None)


def test_the_past_of_a_verb_that_merely_ends_in_ten_is_no_konjunktiv(analyzer):
    # "veröffentlichte" is the past of "veröffentlichen", not "ver-öffent-lichten"
    text = ("Der Minister sagte, man prüfe den Plan. Die Armee veröffentlichte am Abend Karten der "
            "Gebiete.")
    assert not any("Karten" in q.quote for q in quotes_of(analyzer, text))


@pytest.mark.parametrize("text, quote", [
    ("Der Sprecher konterte, die Vorwürfe seien haltlos.", "die Vorwürfe seien haltlos"),
    ("Die Opposition prangerte an, die Regierung lasse die Geiseln im Stich.",
     "die Regierung lasse die Geiseln im Stich"),
    ("Der Minister pochte darauf, dass die Armee vorrücken müsse.", "die Armee vorrücken müsse"),
    ("Die Miliz bezweifelte, dass die Gegenseite ernsthaft verhandle.", "die Gegenseite ernsthaft verhandle"),
    # an unknown cue with its own subject was taken for a continuation of the speaker before
    ("Die Gruppe äußerte sich am Morgen. Der Premier verlautbarte, man werde nicht nachgeben.",
     "man werde nicht nachgeben"),
])
def test_more_speech_verbs_with_a_content_clause(analyzer, text, quote):
    q = quote_with(quotes_of(analyzer, text), quote)
    assert q.quote == quote and q.cue is not None


def test_a_wie_clause_that_relays_a_report_is_no_quote_of_its_own(analyzer):
    # Q7/D16: the medium only relays; the official's words are the quote, without the frame
    text = "Wie der Sender Kanal Neun berichtete, sagte ein ranghoher Beamter, man sei enttäuscht."
    quotes = quotes_of(analyzer, text)
    assert [(q.quote, q.speaker) for q in quotes] == [("man sei enttäuscht", "anonymous senior official")]
