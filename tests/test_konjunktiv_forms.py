"""Konjunktiv continuations the tagger hid: an umlaut Konjunktiv II plural ("nähmen", where
Konjunktiv I would look like the indicative), an -ern verb under a lemma without its "n"
("sichere" under "sicher"), and a sentence whose attributive participle the parse took for the
finite verb ("Die … befristete Feuerpause habe …"). Made-up news sentences with real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


def test_an_umlaut_konjunktiv_ii_plural_continues_the_report(analyzer):
    quotes = quotes_of(analyzer, "„Wir tun alles, was wir können“, sagte der Minister. Auch im Ausland "
                                 "nähmen viele Menschen großen Anteil an dem Leid. „Das berührt mich "
                                 "sehr“, so der Minister.")
    q = quote_with(quotes, "Ausland")
    assert (q.kind, q.cue, q.speaker_mention) == ("indirect", None, None)


def test_an_ern_verb_under_a_short_lemma_is_konjunktiv(analyzer):
    quotes = quotes_of(analyzer, "Der Premier sagte, die Armee dürfe nicht abziehen. Ägypten sichere "
                                 "die Grenze nicht.")
    assert quote_with(quotes, "Grenze").cue is None


def test_an_attributive_participle_read_as_root_hides_no_konjunktiv(analyzer):
    quotes = quotes_of(analyzer, 'Die Menschen hätten "endlich Hoffnung gesehen", schrieb der '
                                 'Generalsekretär.\n\nDie bis Donnerstag befristete Feuerpause habe die '
                                 'Versorgung der Bevölkerung verbessert.')
    assert quote_with(quotes, "Versorgung").cue is None


def test_a_past_plural_is_no_konjunktiv(analyzer):
    """"ließen" is also the indicative past: the writer's sentence."""
    quotes = quotes_of(analyzer, "Der Sprecher sagte, die Armee habe zehn Kämpfer getötet. Die Angaben "
                                 "ließen sich zunächst nicht überprüfen.")
    assert [q.quote for q in quotes] == ["die Armee habe zehn Kämpfer getötet"]


def test_meine_tagged_possessive_before_er_is_the_konjunktiv_verb(analyzer):
    """"Damit meine er …": no possessive stands before "er"; the verb is Konjunktiv I."""
    quotes = quotes_of(analyzer, "Der Minister verhindere einen Sieg, so der General.\n\nDamit meine er "
                                 "den Abzug der Truppen und eine neue Verfassung.")
    assert quote_with(quotes, "Abzug").cue is None


@pytest.mark.parametrize("text, fragment", [
    ("Die Miliz wies den Bericht zurück, teilte ihr Sprecher mit. Israel verbreite Lügen.", "Lügen"),
    ("Die Miliz wies den Bericht zurück, teilte ihr Sprecher mit. Die Armee verbreite seit Wochen "
     "falsche Zahlen.", "falsche Zahlen"),
])
def test_a_t_stem_konjunktiv_goes_on_with_the_report(analyzer, text, fragment):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.rule.startswith("continuation.")
