"""A conclusion reported with a noun ("kam zu dem Schluss, dass …"): what the subject
concluded, as "gelangte zu der Einschätzung, dass …" is; the same nouns elsewhere report
nothing. Made-up news sentences with real parses."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_kam_zu_dem_schluss_reports_the_conclusion(analyzer):
    quotes = quotes_of(analyzer, "Die Kommission kam zu dem Schluss, dass die Armee gegen das "
                                 "Völkerrecht verstoßen habe.")
    q = quote_with(quotes, "Völkerrecht")
    assert (q.quote, q.cue, q.speaker_mention) == ("die Armee gegen das Völkerrecht verstoßen habe",
                                                   "Schluss", "Die Kommission")


def test_kamen_zum_ergebnis_reports_the_finding(analyzer):
    quotes = quotes_of(analyzer, "Die Ermittler kamen zum Ergebnis, dass der Angriff ein Fehler war.")
    assert quote_with(quotes, "Fehler").speaker_mention == "Die Ermittler"


def test_a_conclusion_noun_without_kommen_reports_nothing(analyzer):
    assert quotes_of(analyzer, "Die Verhandlungen endeten mit dem Ergebnis, dass beide Seiten "
                               "weiterreden.") == []
    assert quotes_of(analyzer, "Zum Schluss dankte er den Helfern.") == []


def test_a_comment_in_the_speech_noun_block_names_no_speech_noun(analyzer):
    """The block's comment string is no word list: "er" is in it as a substring, and a pronoun
    "er" read as a speech noun lost its place as the speaker."""
    from quotes.constructions.core import Context
    from quotes.constructions.mentions import is_speech_noun
    from quotes.lexicon import load_lexicon

    lex = load_lexicon()
    parsed = analyzer.parser.parse("Er sagte, die Lage sei ernst.")
    ctx = Context(parsed, lex)
    word = parsed.sentences[0].words[0]
    assert any(isinstance(v, str) and "er" in v for v in lex.blocks["speech_nouns"].values())
    assert not is_speech_noun(ctx, word)
