"""Attribution phrases with a source noun: "nach Polizeiangaben", "nach Hamas-Angaben", "nach einem
Bericht der Zeitung X", "nach ersten Untersuchungen" (report nouns attribute only without a
definite article: "nach der Untersuchung" is "after"), and "Laut X" the parse did not attach."""

from __future__ import annotations

import pytest

from quotes.constructions import Extractor
from tests.conftest import quote_with, quotes_of
from tests.test_constructions.conllu import parsed


def test_source_compound_is_its_own_speaker_mention(analyzer):
    q = quote_with(quotes_of(analyzer, "Nach Polizeiangaben wurden drei Radfahrer auf der "
                                       "Kreuzung leicht verletzt."), "Radfahrer")
    assert (q.quote, q.rule, q.speaker_mention) == (
        "wurden drei Radfahrer auf der Kreuzung leicht verletzt", "indirect.nach_angaben",
        "Polizeiangaben")


def test_hyphenated_source_compound_names_the_organisation(analyzer):
    q = quote_with(quotes_of(analyzer, "Bei dem Angriff wurden nach Hamas-Angaben zwölf "
                                       "Menschen getötet."), "zwölf")
    assert (q.speaker_mention, q.affiliation) == ("Hamas-Angaben", "Hamas")


def test_report_noun_with_an_indefinite_article_attributes(analyzer):
    q = quote_with(quotes_of(analyzer, "Nach einem Bericht der Zeitung Nordkurier soll die alte "
                                       "Hafenbrücke im Frühjahr gesperrt werden."), "Hafenbrücke")
    assert (q.quote, q.rule, q.speaker_mention) == (
        "soll die alte Hafenbrücke im Frühjahr gesperrt werden", "indirect.nach_angaben",
        "der Zeitung Nordkurier")


def test_report_noun_with_a_definite_article_is_after_not_according_to(analyzer):
    assert quotes_of(analyzer, "Nach der Untersuchung im Krankenhaus durfte der Fahrer wieder "
                               "nach Hause gehen.") == []


LAUT_AS_MARK = """
1 Laut laut ADP _ 8 mark
2 der der DET _ 3 det
3 Inselzeitung Inselzeitung NOUN _ 8 obl
4 hat haben AUX Mood=Ind|VerbForm=Fin 8 aux
5 der der DET _ 6 det
6 Hafen Hafen NOUN _ 8 nsubj
7 wieder wieder ADV _ 8 advmod
8 geöffnet öffnen VERB VerbForm=Part 0 root SpaceAfter=No
9 . . PUNCT _ 8 punct
"""


def test_laut_parsed_as_a_conjunction_still_attributes():
    doc = parsed(LAUT_AS_MARK)
    (q,) = Extractor().extract(doc)
    assert (doc.text[q.start:q.end], q.rule, q.speaker.mention.text) == (
        "hat der Hafen wieder geöffnet", "indirect.laut", "der Inselzeitung")


# the parser hung the measure after the phrase on "Angaben" as if it owned them
MEASURE_AS_OWNER = """
1 Die der DET _ 2 det
2 Sonde Sonde NOUN _ 3 nsubj
3 fliegt fliegen VERB Mood=Ind|VerbForm=Fin 0 root
4 nach nach ADP _ 7 case
5 ESA ESA PROPN _ 7 compound SpaceAfter=No
6 - - PUNCT _ 5 punct SpaceAfter=No
7 Angaben Angabe NOUN _ 3 obl
8 ungefähr ungefähr ADV _ 9 advmod
9 120 120 NUM _ 10 nummod
10 Kilometer Kilometer NOUN _ 7 nmod
11 hoch hoch ADJ _ 3 advmod SpaceAfter=No
12 . . PUNCT _ 3 punct
"""


def test_a_measure_hung_on_the_source_noun_is_not_its_owner():
    doc = parsed(MEASURE_AS_OWNER)
    (q,) = Extractor().extract(doc)
    assert (q.rule, q.speaker.mention.text) == ("indirect.nach_angaben", "ESA-Angaben")


@pytest.mark.parametrize("text, fragment, quote", [
    # a semicolon ends the entry (GUIDELINES D27)
    ("Die Arbeiten am Hafen dauern bis 2030; ansonsten ist die Mole laut Bauamt noch sicher; "
     "daher bleibt vieles offen.", "Mole", "ansonsten ist die Mole laut Bauamt noch sicher"),
    # the relative clause that carries the phrase is the entry, not its whole sentence (D23)
    ("In vielen Gemeinden gibt es nun Radwege, die nach Einschätzung des Fahrradclubs die "
     "Unfallzahl senken können.", "Unfallzahl",
     "die nach Einschätzung des Fahrradclubs die Unfallzahl senken können"),
])
def test_the_clause_of_an_attribution_phrase_ends_where_its_entry_ends(analyzer, text, fragment,
                                                                      quote):
    assert quote_with(quotes_of(analyzer, text), fragment).quote == quote


# "laut" the adjective ("laut geworden") taken for the preposition of its neighbour noun
LAUT_AS_ADJECTIVE = """
1 Zuvor zuvor ADV _ 6 advmod
2 war sein AUX Mood=Ind|VerbForm=Fin 6 aux
3 in in ADP _ 4 case
4 Erwartung Erwartung NOUN _ 6 obl
5 laut laut ADP _ 4 case
6 geworden werden VERB VerbForm=Part 0 root SpaceAfter=No
7 , , PUNCT _ 10 punct
8 man man PRON _ 10 nsubj
9 werde werden AUX Mood=Sub|VerbForm=Fin 10 aux
10 klagen klagen VERB VerbForm=Inf 6 conj SpaceAfter=No
11 . . PUNCT _ 6 punct
"""


def test_laut_before_a_verb_is_no_attribution():
    doc = parsed(LAUT_AS_ADJECTIVE)
    assert all(q.cue != "laut" for q in Extractor().extract(doc))


def test_a_dateline_before_an_attributed_clause_is_left_out(analyzer):
    q = quote_with(quotes_of(analyzer, "HAMBURG/KIEL (dpa) - Im Streit um die Hafengebühren gibt "
                                       "es nach Angaben der Reederei keine Einigung."), "Hafen")
    assert not q.quote.startswith("HAMBURG"), q.quote
    assert q.quote.startswith("Im Streit um die Hafengebühren")


@pytest.mark.parametrize("text", [
    "BEIRUT (dpa-AFX) - Die Hisbollah-Miliz hat nach eigener Darstellung mehrere Stellungen im "
    "Norden Israels beschossen.",
    "Ein Vorschlag liegt vor.\n\nBEIRUT (dpa) - Die Hisbollah hat nach eigener Darstellung mehrere "
    "Stellungen beschossen.",
])
def test_a_dateline_the_parse_made_a_second_subject_is_no_own_source(analyzer, text):
    # "nach eigener Darstellung": the clause's subject, not the place or agency of the dateline
    q = quote_with(quotes_of(analyzer, text), "Hisbollah")
    assert (q.speaker, q.affiliation) == ("Hezbollah", "Hezbollah")


def test_an_extended_attribute_after_a_dateline_keeps_its_article(analyzer):
    # the tagger reads "Die" after the dateline as a pronoun subject and "Miliz" as an object
    text = ("SANAA (dpa) - Die vom Iran unterstützte Huthi-Miliz hat nach eigener Darstellung "
            "zwei Frachter angegriffen.")
    q = quote_with(quotes_of(analyzer, text), "Frachter")
    assert (q.speaker, q.speaker_mention) == ("Houthis", "Die vom Iran unterstützte Huthi-Miliz")


def test_an_extended_attribute_object_leaves_the_subject_its_bare_report(analyzer):
    # the rejoined "die vom Rat beschlossene Resolution" is the object: "Die Hamas" stays the
    # subject, and "laut eigenen Angaben … begrüßt" stays a bare speech report (D22), no quote
    text = ("Die Hamas hatte damals laut eigenen Angaben die vom Sicherheitsrat beschlossene "
            "Resolution über einen Plan zur Waffenruhe begrüßt.")
    assert quotes_of(analyzer, text) == []


def test_the_noun_a_participle_modifies_owns_the_report_not_the_participles_agent(analyzer):
    q = quote_with(quotes_of(analyzer, "Nach Darstellung des von der Stadt beauftragten "
                                       "Gutachters ist die Brücke nicht mehr sicher."), "Brücke")
    assert "Gutachter" in q.speaker_mention, q.speaker_mention


def test_a_genitive_plural_owner_without_article_is_the_source(analyzer):
    """The tagger reads "palästinensischer" as a dative; the strong "-er" before a plural
    noun makes it the genitive owner of "Angaben", not part of the report."""
    q = quote_with(quotes_of(analyzer, "Nach Angaben palästinensischer Gesundheitsbehörden wurden "
                             "in der Nacht mindestens zwölf Menschen getötet."), "zwölf Menschen")
    assert (q.speaker_mention, q.speaker) == ("palästinensischer Gesundheitsbehörden",
                                              "Gaza Health Ministry")
    assert not q.quote.startswith("palästinensischer")


def test_a_strong_genitive_after_angaben_owns_them_and_ends_before_the_object(analyzer):
    """"nach Angaben ägyptischer Sicherheitskreise den Vorschlag": the tagger made the owner an
    object and its noun singular; the owner ends where the object's article begins."""
    quotes = analyzer.analyze_text("Die Stadt hat nach Angaben ägyptischer Sicherheitskreise den "
                                   "Vorschlag angenommen. Die Firma hat nach Angaben örtlicher Beamter "
                                   "den Vertrag gekündigt.", "t.txt")
    assert [q.speaker_mention for q in quotes] == ["ägyptischer Sicherheitskreise", "örtlicher Beamter"]


def test_an_attributed_clause_after_a_semicolon_is_whole(analyzer):
    """The parse hangs the clause after the semicolon on the first one and splits it into
    conjuncts; the entry is the whole part after the semicolon, not its verb alone."""
    q = quote_with(quotes_of(analyzer, "Der Brand sei in der Küche ausgebrochen; nach "
                             "Polizeiangaben stecke aber keine Brandstiftung dahinter."), "stecke")
    assert q.quote == "stecke aber keine Brandstiftung dahinter", q.quote


def test_possessive_source_noun_before_a_postposed_nach_attributes(analyzer):
    quotes = quotes_of(analyzer, "Die Bürgermeisterin Anna Held kritisierte den Plan. Die Kosten "
                                 "seien ihrer Meinung nach viel zu hoch.")
    q = quote_with(quotes, "Kosten")
    assert (q.rule, q.cue, q.speaker_mention, q.speaker) == (
        "indirect.nach_angaben", "Meinung nach", "ihrer", "Anna Held")


def test_postposed_nach_in_a_relative_clause_makes_it_a_quote(analyzer):
    quotes = quotes_of(analyzer, "Der Förster Jan Busch lehnte das Abkommen ab, das seiner Ansicht "
                                 "nach den Wald gefährden werde.")
    q = quote_with(quotes, "gefährden")
    assert (q.cue, q.speaker) == ("Ansicht nach", "Jan Busch")


def test_a_prenominal_genitive_between_nach_and_the_source_noun(analyzer):
    q = quote_with(quotes_of(analyzer, "Die Mieter zogen aus, da der Vermieter nach Kortes Angaben "
                                       "die Heizung abschalten wolle."), "Heizung")
    assert (q.quote, q.cue) == ("da der Vermieter nach Kortes Angaben die Heizung abschalten wolle",
                                "nach Angaben")


def test_a_postposed_nach_after_a_possessive_source_noun(analyzer):
    quotes = quotes_of(analyzer, "Die Landrätin Eva Kunz stellte am Montag einen neuen Plan vor. "
                                 "Ihrer Ansicht nach ist der alte Plan gescheitert.")
    q = quote_with(quotes, "gescheitert")
    assert (q.quote, q.cue, q.speaker) == ("ist der alte Plan gescheitert", "Ansicht nach", "Eva Kunz")


def test_a_postposed_phrase_inside_a_noun_phrase_attributes_no_clause(analyzer):
    quotes = quotes_of(analyzer, "Bei dem Treffen sprach der Minister über die seiner Meinung nach "
                                 "steigenden Kosten für den Bau der Brücke.")
    assert not any(q.cue == "Meinung nach" for q in quotes)


def test_an_opening_demnach_read_as_a_name_still_attributes(analyzer):
    q = quote_with(quotes_of(analyzer, "Die Polizei gab am Abend weitere Einzelheiten bekannt. Demnach "
                                       "hat der Bürgermeister den Vertrag nie unterschrieben."), "Vertrag")
    assert (q.quote, q.cue) == ("hat der Bürgermeister den Vertrag nie unterschrieben", "Demnach")
