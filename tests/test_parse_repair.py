"""Names the tagger read as adverbs, restored from the rest of the document (real parses)."""

from __future__ import annotations

import pytest

from quotes.parse_repair import with_names_restored
from tests.conftest import quote_with, quotes_of

OPENING_NAME = ("US-Präsident Joe Biden hat Netanjahu zu einer raschen Einigung gedrängt. "
                "Netanjahu habe seinerseits die Entschlossenheit Israels bekräftigt, alle Geiseln "
                "zurückzubringen.")


def test_a_name_tagged_elsewhere_becomes_the_subject_again(parser):
    parsed = with_names_restored(parser.parse(OPENING_NAME))
    second = parsed.sentences[1].words[0]
    assert (second.upos, second.deprel) == ("PROPN", "nsubj")


def test_an_adverb_opening_a_sentence_stays_an_adverb(parser):
    parsed = with_names_restored(parser.parse(
        "Netanjahu reiste nach Washington. Dagegen habe die Hamas keine Antwort gegeben."))
    first = parsed.sentences[1].words[0]
    assert first.text == "Dagegen" and first.upos != "PROPN"


def test_the_restored_name_is_the_speaker(analyzer):
    q = quote_with(quotes_of(analyzer, OPENING_NAME), "Geiseln zurückzubringen")
    assert q.speaker == "Benjamin Netanjahu"


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Insider sagten, der Entwurf werde bis Freitag überarbeitet.", "überarbeitet", "anonymous insiders"),
    ("Anwohner berichteten, es habe in der Nacht heftige Explosionen gegeben.", "heftige Explosionen",
     "anonymous residents"),
])
def test_a_source_noun_tagged_as_an_adverb_is_the_subject(analyzer, text, fragment, speaker):
    """"Insider" and "Anwohner" opening a sentence, unknown to the tagger, were adverbs: no speaker."""
    assert quote_with(quotes_of(analyzer, text), fragment).speaker == speaker


def test_a_source_noun_read_as_the_preposition_of_its_genitive_is_the_subject(analyzer):
    """"Insider der Hamas sagten": "Insider" was the case marker of "der Hamas": no speaker."""
    q = quote_with(quotes_of(analyzer, "Insider der Hamas sagten, die Organisation werde bald "
                                       "antworten."), "bald antworten")
    assert (q.speaker_mention, q.speaker) == ("Insider der Hamas", "anonymous Hamas insiders")


PERFECT_AFTER_MODAL = "Netanjahu soll gesagt haben, er werde keinem Deal zustimmen."


def test_a_participle_hung_on_its_auxiliary_is_the_verb_again(parser):
    """"soll gesagt haben": the tagger made "gesagt" an adverb of "haben" and the report a
    conjunct of "haben"; repaired, "gesagt" heads the clause with its subject and complement."""
    sent = with_names_restored(parser.parse(PERFECT_AFTER_MODAL)).sentences[0]
    said = next(w for w in sent.words if w.text == "gesagt")
    assert {k.text: k.deprel for k in sent.kids(said.id)}.items() >= {
        "Netanjahu": "nsubj", "haben": "aux", "zustimmen": "ccomp"}.items()


@pytest.mark.parametrize("text, fragment", [
    (PERFECT_AFTER_MODAL, "keinem Deal zustimmen"),
    # the report the parse coordinated with the cue is Konjunktiv by its auxiliary ("werde")
    ("Benjamin Netanjahu steht unter Druck. In einer Kabinettssitzung soll er nach Angaben von "
     "Teilnehmern gesagt haben, er werde keinem Deal zustimmen.", "keinem Deal zustimmen"),
])
def test_the_reported_clause_of_a_perfect_cue_is_found(analyzer, text, fragment):
    """The participants only relay (D16): the speaker is the one they say said it."""
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.quote, q.speaker) == ("er werde keinem Deal zustimmen", "Benjamin Netanjahu")


def test_a_condition_after_the_cue_is_no_report(analyzer):
    """", sollte Netanjahu dem Plan zustimmen" is a condition on the threat, not what was said."""
    quotes = quotes_of(analyzer, "Ben-Gvir drohte mit einem Ende der Koalition, sollte Netanjahu "
                                 "dem Plan zustimmen.")
    assert not any("sollte Netanjahu" in q.quote for q in quotes)


@pytest.mark.parametrize("text, mention, quote", [
    ("„Die Vorräte reichen nur noch wenige Tage“, sagte das von der Stadt betriebene Krankenhaus "
     "am Montag.", "das von der Stadt betriebene Krankenhaus", "Die Vorräte reichen nur noch wenige Tage"),
    ("Das von der Kirche getragene Hilfswerk erklärte: „Wir brauchen dringend Spenden.“",
     "Das von der Kirche getragene Hilfswerk", "Wir brauchen dringend Spenden."),
    ("Laut dem von der Stadt beauftragten Gutachter sind die Brücken marode.",
     "dem von der Stadt beauftragten Gutachter", "sind die Brücken marode"),
    # any preposition opens such a phrase, a second phrase may sit inside it, and a compound
    # noun after it is the speaker's whole noun
    ("Ein mit den Gesprächen in Kairo vertrauter Hamas-Vertreter sagte, der Entwurf sei unzureichend.",
     "Ein mit den Gesprächen in Kairo vertrauter Hamas-Vertreter", "der Entwurf sei unzureichend"),
    ("Der in Hamburg ansässige Reeder erklärte, die Route sei zu gefährlich.",
     "Der in Hamburg ansässige Reeder", "die Route sei zu gefährlich"),
    # a number opens the phrase like an article
    ("Zwei mit den Planungen vertraute Ingenieure sagten, die Brücke sei marode.",
     "Zwei mit den Planungen vertraute Ingenieure", "die Brücke sei marode"),
])
def test_a_noun_with_a_participle_phrase_before_it_is_one_speaker(analyzer, text, mention, quote):
    """The parse takes the article alone, or the noun for an object: the phrase is mended whole."""
    (q,) = analyzer.analyze_text(text, "t.txt")
    assert (q.speaker_mention, q.quote) == (mention, quote)


def test_a_perfect_participle_read_as_an_adjective_is_the_speech_verb(parser, analyzer):
    # the tagger reads "betont" after "haben" as an adjective (lemma "betont"): no cue at all
    text = "Macron und Starmer haben betont, eine Waffenruhe sei überfällig."
    parsed = with_names_restored(parser.parse(text))
    betont = next(w for w in parsed.sentences[0].words if w.text == "betont")
    assert (betont.upos, betont.lemma) == ("VERB", "betonen")
    q = quote_with(quotes_of(analyzer, text), "überfällig")
    assert (q.quote, q.speaker) == ("eine Waffenruhe sei überfällig", "Emmanuel Macron and Keir Starmer")


@pytest.mark.parametrize("text, mention, speaker", [
    # the first name read as a preposition of the surname: the mention was "Gouverneur" alone
    ("Die Straße nach Süden bleibe bis Freitag gesperrt, erklärte Gouverneur Álvaro Ruiz am Abend.",
     "Gouverneur Álvaro Ruiz", "Álvaro Ruiz"),
    # read as an adjective: an adjective's ending could be "restored" to it
    ("Óscar Méndez sagte, die Lage in der Provinz sei ernst.", "Óscar Méndez", "Óscar Méndez"),
    ("Die Lage sei ernst, sagte der Minister Émile Dubois.", "der Minister Émile Dubois", "Émile Dubois"),
])
def test_a_name_opening_with_a_foreign_capital_is_one_name(analyzer, text, mention, speaker):
    """No German word begins with "Á" or "É": such a word before a surname is the name's first
    part, whatever the tagger made of it."""
    q = quotes_of(analyzer, text)[0]
    assert (q.speaker_mention, q.speaker) == (mention, speaker)


@pytest.mark.parametrize("text, fragment", [
    # "hob" read as an adverb of the name, which became the root: no cue
    ("Katar hob hervor, die Vermittlung werde fortgesetzt.", "Vermittlung werde"),
    # strong past forms the lexicon did not list
    ("Katar unterstrich, die Vermittlung werde fortgesetzt.", "Vermittlung werde"),
    ("Katar strich heraus, die Vermittlung werde fortgesetzt.", "Vermittlung werde"),
])
def test_a_strong_past_cue_after_the_subject_is_the_verb(analyzer, text, fragment):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.quote, q.speaker, q.rule) == ("die Vermittlung werde fortgesetzt", "Government of Qatar",
                                            "indirect.speech_verb")


@pytest.mark.parametrize("text, mention, speaker", [
    # the tagger read "skeptisch" as a finite verb and hung the subject on it as its object
    ("Gegenüber dem Sender zeigte sich ein EU-Diplomat skeptisch: Die Gespräche kämen nicht voran.",
     "ein EU-Diplomat", "anonymous EU diplomat"),
    # the subject read as a second object of "gab" beside "sich"
    ("Im Gespräch mit der Zeitung gab sich ein Hamas-Funktionär zuversichtlich: Man stehe kurz vor "
     "einer Einigung.", "ein Hamas-Funktionär", "anonymous Hamas official"),
])
def test_the_inverted_subject_of_an_attitude_verb_is_its_subject_again(analyzer, text, mention, speaker):
    """"zeigte sich X skeptisch: …": the words after the colon are X's, also in Konjunktiv II."""
    q = quotes_of(analyzer, text)[-1]
    assert (q.speaker_mention, q.speaker, q.quote) == (mention, speaker, text.split(": ")[1].rstrip("."))


def test_an_attitude_verb_with_its_subject_before_it_keeps_its_parse(parser):
    """The repair touches only a verb without a subject: "Der Diplomat zeigte sich skeptisch"."""
    sent = with_names_restored(parser.parse("Der Diplomat zeigte sich skeptisch.")).sentences[0]
    subjects = [w.text for w in sent.words if w.deprel == "nsubj"]
    assert subjects == ["Diplomat"]


def test_a_participle_after_an_apposition_is_no_relative_clause(analyzer):
    """"Zuvor hatte ein anderer Funktionär, X, jedoch auch erklärt, dass …": the tagger made
    "erklärt" a relative clause of the noun (there is no relative pronoun) and "hatte" the root."""
    text = ("Zuvor hatte ein anderer Gewerkschaftsfunktionär, Anton Reiser, jedoch auch erklärt, dass "
            "die Belegschaft weiterhin „in guter Verfassung“ sei.")
    q = quote_with(quotes_of(analyzer, text), "Belegschaft")
    assert (q.speaker, q.cue) == ("Anton Reiser", "erklärt")


def test_a_participle_phrase_after_von_stays_in_the_source_phrase(analyzer):
    """"Nach Angaben von zwei mit den Plänen vertrauten Quellen sieht der Entwurf … vor": the
    repaired noun phrase keeps hanging on "Angaben" (was: the subject of "sieht")."""
    q, = quotes_of(analyzer, "Nach Angaben von zwei mit den Plänen vertrauten Quellen sieht der "
                             "Entwurf eine längere Frist vor.")
    assert q.speaker == "anonymous sources familiar with the talks"


@pytest.mark.parametrize("text, speaker, content", [
    # "schlug" read as the preposition of the dative after it, the infinitive made the root
    ("Der Verband schlug der Regierung vor, „Sonderabgaben“ für Vermieter einzuführen.",
     "Der Verband", "für Vermieter einzuführen"),
    # … or the subject made the root, the infinitive a relative clause of the dative
    ("Der Stadtrat schlug dem Landtag vor, die Schulgebühren abzuschaffen.",
     "Der Stadtrat", "die Schulgebühren abzuschaffen"),
    # "vor" read as a preposition hung on the verb
    ("Der Bürgermeister schlug dem Gemeinderat vor, das Freibad zu schließen.",
     "Der Bürgermeister", "das Freibad zu schließen"),
])
def test_an_untagged_speech_verb_before_a_dative_is_the_cue(analyzer, text, speaker, content):
    q = quote_with(quotes_of(analyzer, text), content)
    assert q.speaker_mention == speaker and q.cue == "schlug vor"


@pytest.mark.parametrize("text, content, speaker", [
    # "entgegnete" read as an adjective, the demonstrative its article, both hung on the name after
    ("Stadtrat Jonas Keller warf Bürgermeister Lars Peters Versagen vor. Dieser entgegnete, Keller "
     "habe keine Ahnung vom Haushalt.", "Keller habe keine Ahnung vom Haushalt", "Lars Peters"),
    # … or made the root, the content clause its parataxis
    ("Keller kritisierte die Stadträtin Eva Lorenz. Diese entgegnete, sie habe recht.",
     "sie habe recht", "Eva Lorenz"),
    # … or the content's copula
    ("Keller griff Bürgermeister Lars Peters an. Der entgegnete, das sei falsch.", "das sei falsch",
     "Lars Peters"),
])
def test_a_speech_verb_read_as_an_adjective_after_a_demonstrative_is_the_cue(analyzer, text, content,
                                                                             speaker):
    q = quote_with(quotes_of(analyzer, text), content.split()[0])
    assert (q.quote, q.cue, q.speaker) == (content, "entgegnete", speaker)


def test_zu_before_a_comma_is_the_particle_of_the_finite_verb(analyzer):
    text = "Am Dienstag sagte der Minister zu, die Hilfen auszuweiten."
    q = quote_with(quotes_of(analyzer, text), "auszuweiten")
    assert (q.quote, q.cue) == ("die Hilfen auszuweiten", "sagte zu")


@pytest.mark.parametrize("text, fragment, mention", [
    ("Kurz nach Bidens und Netanjahus Aussagen verkündeten die Vermittler, eine Einigung sei "
     "nahe.", "Einigung sei nahe", "die Vermittler"),
    ("Kurz vor dem Treffen erklärte die Hamas, sie sei zu Zugeständnissen bereit.",
     "Zugeständnissen", "die Hamas"),
])
def test_kurz_opening_a_sentence_is_no_speaker(analyzer, text, fragment, mention):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker_mention == mention


def test_kurz_as_a_name_is_still_the_speaker(analyzer):
    q = quote_with(quotes_of(analyzer, "Kurz sagte, Österreich stehe an der Seite Israels."), "Seite")
    assert q.speaker_mention == "Kurz"


@pytest.mark.parametrize("text", [
    "Die Zahl der Toten ist nach Angaben der von der Hamas kontrollierten Gesundheitsbehörde auf "
    "40.000 gestiegen.",
    "Bei den Angriffen sind nach Angaben der von der Hamas kontrollierten Gesundheitsbehörde 40 "
    "Menschen getötet worden.",
])
def test_the_owner_of_angaben_behind_an_extended_attribute_is_the_source(analyzer, text):
    q = quote_with(quotes_of(analyzer, text), "nach Angaben")
    assert (q.speaker_mention, q.speaker) == ("der von der Hamas kontrollierten Gesundheitsbehörde",
                                              "Gaza Health Ministry")


def test_a_compound_cut_at_its_hyphen_is_one_name_with_its_completion(analyzer):
    text = "Das Forum der Geisel- und Vermisstenfamilien teilte mit, die Zeit laufe ab."
    q = quote_with(quotes_of(analyzer, text), "Zeit laufe ab")
    assert (q.speaker_mention, q.speaker) == ("Das Forum der Geisel- und Vermisstenfamilien",
                                              "Hostages and Missing Families Forum")


@pytest.mark.parametrize("text, fragment, mention", [
    ("Ein mit den Gesprächen vertrauter Vertreter sagte der dpa, die Kluft sei klein.", "Kluft",
     "Ein mit den Gesprächen vertrauter Vertreter"),
    ("Eine von ihnen, Orly Gilboa, sagte der Nachrichtenagentur AP, sie hoffe auf einen Deal.", "Deal",
     "Eine von ihnen, Orly Gilboa"),
])
def test_a_medium_told_after_the_verb_is_not_the_speaker(analyzer, text, fragment, mention):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker_mention == mention


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Der Minister Amichai Eliyahu hingegen schrieb auf X, die Welt sei nun besser.", "Welt",
     "Amichai Eliyahu"),
    ("Olaf Scholz sprach von einer Chance. Der Hamas-Politiker Sami Abu Suhri erklärte hingegen, der "
     "Widerstand werde gestärkt.", "Widerstand", "Sami Abu Zuhri"),
])
def test_hingegen_read_as_a_verb_leaves_the_subject_to_the_cue(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert q.speaker == speaker and q.quote.startswith(("die Welt", "der Widerstand"))


def test_a_surname_read_as_a_bare_noun_beside_the_given_name_is_one_name(analyzer):
    text = ("Darin ist Omer Wenkert zu sehen, der die Regierung auffordert, einem Abkommen zuzustimmen. "
            "Seine Mutter Niva Wenkert sagte, sie habe ihn erkannt.")
    q = quote_with(quotes_of(analyzer, text), "Abkommen")
    assert q.speaker == "Omer Wenkert"


def test_a_registry_name_the_tagger_read_as_an_adverb_is_the_subject(analyzer):
    q = quote_with(quotes_of(analyzer, "Netanjahu habe zugesagt, die Delegation zu stärken."), "Delegation")
    assert q.speaker == "Benjamin Netanjahu"
