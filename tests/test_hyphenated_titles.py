"""Speakers whose title is a compound the tokenizer split at its hyphen ("Greenpeace
International-Direktorin X", "Global Water Watch-Direktor X", "Der 61-Jährige"): the mention
keeps the whole phrase and the speaker is the name after the title; made-up news sentences."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of


@pytest.mark.parametrize("text, fragment, mention, speaker", [
    ("Greenpeace International-Direktorin Lena Korte sagte, die Fischbestände müssten geschützt "
     "werden.", "Fischbestände", "Greenpeace International-Direktorin Lena Korte", "Lena Korte"),
    # the parse leaves "Global" out; the name after the title is still the speaker
    ("Global Water Watch-Direktor Tobias Lang erklärte: „Wer Brunnen zerstört, bedroht das "
     "Leben aller.“", "Brunnen zerstört", "Watch-Direktor Tobias Lang", "Tobias Lang"),
])
def test_the_name_after_a_hyphenated_title_is_the_speaker(analyzer, text, fragment, mention,
                                                          speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker_mention.endswith(mention) and q.speaker == speaker


def test_an_age_split_at_its_hyphen_keeps_its_article(analyzer):
    q = quote_with(quotes_of(analyzer, "Der 61-Jährige betonte, er werde im Amt bleiben."),
                   "im Amt bleiben")
    assert q.speaker_mention == "Der 61-Jährige"


def test_a_title_apposed_after_the_name_is_not_the_name(analyzer):
    """"X, Brenners Pressesprecher, sagte": the speaker is X, not Brenner or the whole phrase."""
    quotes = quotes_of(analyzer, "Bürgermeister Paul Brenner schwieg. Jonas Weber-Kahl, Brenners "
                                 "Pressesprecher, sagte jedoch, die Stadt werde die Brücke sperren.")
    assert quote_with(quotes, "Brücke sperren").speaker == "Jonas Weber-Kahl"


@pytest.mark.parametrize("text, fragment, mention", [
    # the parse made the name an object of the verb it stands before
    ("Zuvor hatte der jordanische Regierungssprecher Karim al-Haddad erklärt, die Grenze bleibe "
     "geschlossen.", "Grenze bleibe", "der jordanische Regierungssprecher Karim al-Haddad"),
    # a name with a relative clause stays whole (a guard: some parses split it in two subjects)
    ("Noa Birnbaum, deren Bruder in Gaza festgehalten wird, rief der Menge zu: „Holt sie alle "
     "zurück!“", "Holt sie", "Noa Birnbaum"),
])
def test_a_name_the_parse_cut_off_the_mention_is_part_of_it(analyzer, text, fragment, mention):
    assert quote_with(quotes_of(analyzer, text), fragment).speaker_mention == mention


def test_a_name_the_parse_split_into_several_subjects_is_one_mention(analyzer):
    """"Global Water Watch-Sprecher Brenner erklärte": "Global", "Water" and "Watch-Sprecher" are
    three subjects in the parse, and "Brenner" hangs on "Water"; the mention is the whole name."""
    quotes = quotes_of(analyzer, "Menschenrechtsgruppen kritisierten die Erklärung. Global Water "
                                 "Watch-Sprecher Brenner erklärte: „Wer Brunnen zerstört, bedroht "
                                 "das Leben aller.“")
    q = quote_with(quotes, "Brunnen zerstört")
    assert q.speaker_mention == "Global Water Watch-Sprecher Brenner"
