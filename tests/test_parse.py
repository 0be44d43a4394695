"""The shipped German models: offline loading, Konjunktiv I, the plain-data parse cache."""

from __future__ import annotations

import json
import socket

import pytest

from quotes.parse import ParseCache, Parser, get_pipeline, to_conllu

KONJUNKTIV = "Netanjahu sagte, Israel werde den Krieg fortsetzen."


def test_shipped_models_load_with_network_unreachable(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled by test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    get_pipeline.cache_clear()
    nlp = get_pipeline("shipped")
    doc = nlp("Die Hamas sagte, sie sei bereit.")
    assert doc.sentences and doc.sentences[0].words[0].text == "Die"


def test_konjunktiv_report_has_mood_sub_and_clausal_edge(parser):
    sent = parser.parse(KONJUNKTIV).sentences[0]
    werde = next(w for w in sent.words if w.text == "werde")
    sagte = next(w for w in sent.words if w.text == "sagte")
    assert werde.feat("Mood") == "Sub"
    clausal = [w for w in sent.words if w.deprel in ("ccomp", "parataxis")]
    assert any(w.head == sagte.id for w in clausal), [(w.text, w.deprel, w.head) for w in sent.words]


def test_multiword_tokens_keep_surface_offsets(parser):
    text = "Er ging zum Grenzübergang im Süden."
    parsed = parser.parse(text)
    words = parsed.sentences[0].words
    assert [w.text for w in words][2:4] == ["zu", "dem"]
    for w in words:
        assert 0 <= w.start < w.end <= len(text)
    assert text[words[2].start:words[2].end] == "zum"


def test_cache_is_hit_on_second_parse(tmp_path):
    cache = ParseCache(tmp_path)
    parser = Parser("shipped", cache)
    first = parser.parse("Die Gespräche in Kairo gehen weiter, sagte ein Diplomat.")
    assert (cache.stats.hits, cache.stats.misses) == (0, 1)
    again = Parser("shipped", ParseCache(tmp_path))
    second = again.parse("Die Gespräche in Kairo gehen weiter, sagte ein Diplomat.")
    assert again.cache.stats.hits == 1 and again.cache.stats.misses == 0
    assert to_conllu(first) == to_conllu(second)
    assert again.parsed_words == 0


def test_cache_entries_are_json_and_a_corrupted_entry_is_reparsed(tmp_path):
    cache = ParseCache(tmp_path)
    parser = Parser("shipped", cache)
    text = "Israel werde weiterkämpfen, erklärte der Minister."
    expected = to_conllu(parser.parse(text))
    [entry] = list(tmp_path.glob("*/*.json"))
    data = json.loads(entry.read_text())  # plain JSON, no code
    data["sentences"][0][0][1] = "Manipuliert"
    entry.write_text(json.dumps(data))
    fresh = Parser("shipped", ParseCache(tmp_path))
    assert to_conllu(fresh.parse(text)) == expected
    assert fresh.cache.stats.corrupt == 1 and fresh.parsed_words > 0


def test_official_models_absent_gives_clear_error(tmp_path, monkeypatch):
    from quotes.parse import ModelsUnavailable

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "none"))
    get_pipeline.cache_clear()
    with pytest.raises(ModelsUnavailable, match="stanza.download"):
        get_pipeline("official")


def test_parse_cli_prints_conllu(run_cli):
    proc = run_cli("parse", "seeds/000_c92c76ed8b2f1bc8.txt", check=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln and not ln.startswith("#")]
    assert len(lines) > 500
    assert all(len(ln.split("\t")) == 10 for ln in lines)
    assert "# text = US-Außenminister Antony Blinken" in proc.stdout


def test_second_analysis_reads_results_from_the_cache(tmp_path):
    """A warm run neither parses nor extracts again, and returns the same quotes."""
    from quotes.analysis import Analyzer, Settings

    doc = tmp_path / "doc.txt"
    doc.write_text("„Wir wollen eine Waffenruhe“, sagte der Vermittler. Die Hamas erklärte, sie werde "
                   "den Vorschlag prüfen.\n", encoding="utf-8")
    settings = Settings(cache_dir=str(tmp_path / "cache"))
    first = Analyzer(settings).analyze_batch([str(doc)])[0]
    warm = Analyzer(settings)
    second = warm.analyze_batch([str(doc)])[0]
    assert first.quotes and [q.model_dump() for q in second.quotes] == [q.model_dump() for q in first.quotes]
    assert warm.parser.cache.stats.hits == 1 and warm.parser.parsed_words == 0
    entry = next((tmp_path / "cache").glob("*/*.json"))
    assert json.loads(entry.read_text(encoding="utf-8"))["checksum"]


def test_a_capital_letter_at_a_sentence_end_is_no_initial(parser):
    """"auf X." ends the sentence (the tokenizer took it for an initial); "Anna M. Berg" stays."""
    text = ("Das Museum schließe im Mai, schrieb die Stadt auf X. Die Bürgermeisterin sagte, man "
            "suche einen neuen Ort. Die Künstlerin Anna M. Berg stellte dort aus.")
    sentences = [text[s.start:s.end] for s in parser.parse(text).sentences]
    assert sentences == ["Das Museum schließe im Mai, schrieb die Stadt auf X.",
                         "Die Bürgermeisterin sagte, man suche einen neuen Ort.",
                         "Die Künstlerin Anna M. Berg stellte dort aus."]
    letter = parser.parse(text).sentences[0].words[-2]
    assert (letter.text, text[letter.start:letter.end]) == ("X", "X")


def test_the_sentence_after_a_platform_letter_keeps_its_quote(analyzer):
    quotes = analyzer.analyze_text(
        "Der Verein habe den Antrag abgelehnt, berichtete die Zeitung auf X. Der Vorsitzende "
        "sagte, man werde weiter verhandeln.\n\nDie Trainerin sagte, sie sei zufrieden. Man prüfe "
        "den Wechsel, hieß es auf X.", "t.txt")
    assert [(q.quote, q.cue, q.speaker_mention) for q in quotes] == [
        ("Der Verein habe den Antrag abgelehnt", "berichtete", "die Zeitung"),
        ("man werde weiter verhandeln", "sagte", "Der Vorsitzende"),
        ("sie sei zufrieden", "sagte", "Die Trainerin"),
        ("Man prüfe den Wechsel", "hieß", None)]  # "auf X" is no particle of "hieß"


def test_a_closing_mark_without_a_full_stop_inside_ends_no_sentence(parser):
    """The tokenizer ended the sentence at „…“ before a capital; a quoted sentence ends inside
    its marks, so „…“ plus a capital on the same line runs on."""
    text = ("Die Gewerkschaft kritisierte \"ständige Verstöße\" Münchens gegen den Tarifvertrag "
            "und forderte die Stadt zu \"echten Verhandlungen\" auf. „Wir gehen.“ Dann verließ sie "
            "den Saal.")
    sentences = [text[s.start:s.end] for s in parser.parse(text).sentences]
    assert sentences == ["Die Gewerkschaft kritisierte \"ständige Verstöße\" Münchens gegen den "
                         "Tarifvertrag und forderte die Stadt zu \"echten Verhandlungen\" auf.",
                         "„Wir gehen.“", "Dann verließ sie den Saal."]


def test_a_title_with_a_capital_article_ends_no_sentence(parser):
    """The tokenizer ended the sentence before "Die Zeit" / "Der Spiegel" (a newspaper's name
    with no punctuation before it); a headline, which ends its line, stays a sentence of its own."""
    text = ("Zoff im Rathaus\nDer Kämmerer sagte der Wochenzeitung Die Zeit, die Stadt sei "
            "pleite. Das Magazin Der Spiegel hatte zuerst berichtet.")
    sentences = [text[s.start:s.end] for s in parser.parse(text).sentences]
    assert sentences == ["Zoff im Rathaus",
                         "Der Kämmerer sagte der Wochenzeitung Die Zeit, die Stadt sei pleite.",
                         "Das Magazin Der Spiegel hatte zuerst berichtet."]


def test_a_live_blog_line_ends_its_sentence_at_the_line_break(parser):
    text = ("+++ 09:40 Uhr: Israel reagiert zurückhaltend +++\nDie Armee werde ihren Einsatz "
            "fortsetzen, bis alle Geiseln zu Hause seien.\n\n+++ 10:05 Uhr: Ägypten dringt auf "
            "rasche Einigung +++\nÄgyptens Außenminister rief beide Seiten dazu auf, die "
            "Gelegenheit nicht verstreichen zu lassen.")
    sentences = [text[s.start:s.end] for s in parser.parse(text).sentences]
    assert "+++ 10:05 Uhr: Ägypten dringt auf rasche Einigung +++" in sentences, sentences


def test_a_name_particle_ends_no_sentence(parser):
    """The tokenizer ended the sentence between a given name and the "Abu" of its family name
    ("Samira | Abu Hamad"); a sentence ending in a word runs on into a particle on its line."""
    text = "CHAN JUNIS (dpa) - In den Trümmern ihres Hauses sitzt Samira Abu Hamad und zählt die Tage."
    sentences = [text[s.start:s.end] for s in parser.parse(text).sentences]
    assert sentences == [text]


@pytest.mark.parametrize("text", [
    "Die »Kieler Post« berichtete, die Fähre fahre wieder.",
    "Die «Kieler Post» berichtete, die Fähre fahre wieder.",
])
def test_guillemets_are_marks_of_their_own(parser, text):
    """The tokenizer glued a closing guillemet to the word before it ("Post«") and the tagger read
    the marks as prepositions or names; they are punctuation tokens with their own offsets."""
    words = [w for s in parser.parse(text).sentences for w in s.words]
    marks = [w for w in words if text[w.start:w.end] in ("»", "«")]
    assert len(marks) == 2 and all(w.upos == "PUNCT" for w in marks)
    assert [text[w.start:w.end] for w in words][2:4] == ["Kieler", "Post"]


def test_a_direct_quote_in_guillemets_keeps_its_speaker(analyzer):
    q, = analyzer.analyze_text("»Wir fahren ab Mai wieder«, sagte die Reederin Ute Sand.", "t.txt")
    assert (q.quote, q.speaker) == ("Wir fahren ab Mai wieder", "Ute Sand")


HEADED = ("Fähre nimmt Betrieb wieder auf\n"
          "Nach der Reparatur hat die Reederei den Fahrplan für die Insel wieder in Kraft gesetzt. "
          "Das teilte die Hafenbehörde am Abend mit.\n")


def test_a_heading_line_without_a_stop_ends_its_sentence(parser):
    """Web and ticker copy puts headings on lines of their own, with no full stop."""
    sentences = parser.parse(HEADED).sentences
    assert HEADED[sentences[0].start:sentences[0].end] == "Fähre nimmt Betrieb wieder auf"


def test_a_hard_wrapped_text_runs_on_over_its_line_breaks(parser):
    """Where most long lines end mid-sentence, a line break is only a space."""
    text = ("Die Reederei hat nach der langen Reparatur am Montag den\n"
            "Fahrplan für die Insel wieder in Kraft gesetzt, teilte die\n"
            "Hafenbehörde am Abend in einer kurzen Erklärung mit.\n")
    assert len(parser.parse(text).sentences) == 1


def test_the_heading_is_not_part_of_the_restated_report(analyzer):
    """D21: "Das teilte X mit" restates the sentence before it, not the heading above it."""
    q, = analyzer.analyze_text(HEADED, "t.txt")
    assert q.quote.startswith("Nach der Reparatur")
