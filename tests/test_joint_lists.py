"""Joint speakers listed with titles and group mentions ordered as D13 asks; made-up German
sentences, real parses."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with, quotes_of

SMOTRICH, BEN_GVIR = "Bezalel Smotrich", "Itamar Ben-Gvir"


@pytest.mark.parametrize("text, fragment, speaker", [
    # an apposed name closed by its comma, then "und" and a second titled name
    ("Der Minister für nationale Sicherheit, Itamar Ben-Gvir, und Finanzminister Bezalel Smotrich "
     "erklärten, sie würden einem solchen Abkommen niemals zustimmen.", "niemals zustimmen",
     f"{BEN_GVIR} and {SMOTRICH}"),
    # "A und B sowie der Abgeordnete C": the member after "sowie" with article and title
    ("Die Minister Smotrich und Ben-Gvir sowie der Likud-Abgeordnete Dan Oren sagten, die Regierung "
     "dürfe keine Zugeständnisse machen.", "Zugeständnisse", f"{SMOTRICH} and {BEN_GVIR} and Dan Oren"),
    # a description set off by commas between the first member and ", und"
    ("Ben-Gvir, der Polizeiminister, und Smotrich sagten, man werde die Koalition verlassen.",
     "Koalition verlassen", f"{BEN_GVIR} and {SMOTRICH}"),
    # an article with an adverb and an adjective, no title (the parse made the second an object)
    ("Ben-Gvir und der ebenfalls rechtsextreme Smotrich sagten, man werde die Koalition verlassen.",
     "Koalition verlassen", f"{BEN_GVIR} and {SMOTRICH}"),
])
def test_a_title_may_introduce_the_last_members_of_a_joint_subject(analyzer, text, fragment, speaker):
    q = quote_with(quotes_of(analyzer, text), fragment)
    assert (q.speaker, q.affiliation) == (speaker, "Israel")


def test_a_titled_name_in_a_relative_clause_is_no_member(analyzer):
    """"Smotrich und Ben-Gvir, deren Kollege Dan Oren schwieg, sagten": a comma, not "und",
    leads to the titled name: it is no co-speaker."""
    text = "Smotrich und Ben-Gvir, deren Kollege Dan Oren schwieg, sagten, die Regierung sei am Ende."
    q = quote_with(quotes_of(analyzer, text), "am Ende")
    assert q.speaker == f"{SMOTRICH} and {BEN_GVIR}"


def test_a_relative_clause_after_one_speaker_adds_no_member(analyzer):
    """"Ben-Gvir, der Smotrich kritisiert hatte, sagte": a singular verb, one speaker."""
    text = "Ben-Gvir, der Smotrich kritisiert hatte, sagte, man werde die Koalition verlassen."
    assert quote_with(quotes_of(analyzer, text), "Koalition verlassen").speaker == BEN_GVIR


@pytest.mark.parametrize("group", ["Beide", "Die beiden Minister"])
def test_a_group_mention_names_its_members_in_the_order_the_text_first_named_them(analyzer, group):
    """D13: "Beide" or "Die beiden Minister" after "Smotrich und Ben-Gvir", where the text
    named Ben-Gvir first: Ben-Gvir, then Smotrich, whatever order the last mention had."""
    text = ("Itamar Ben-Gvir hatte am Morgen mit dem Rückzug gedroht. Am Abend verlangten die Minister "
            f"Smotrich und Ben-Gvir eine Fortsetzung der Offensive. {group} betonten, ein Abkommen wäre "
            "eine Kapitulation.")
    q = quote_with(quotes_of(analyzer, text), "Kapitulation")
    assert (q.speaker, q.affiliation) == (f"{BEN_GVIR} and {SMOTRICH}", "Israel")


LISTED = ("Israels rechtsextreme Minister Itamar Ben-Gvir und Bezalel Smotrich laufen Sturm gegen das "
          "Abkommen. Netanjahu ist auf ihre Stimmen angewiesen. ")


@pytest.mark.parametrize("group", ["Die Koalitionspartner", "Die beiden Rechtsextremisten", "Beide Politiker",
                                   "Netanjahus Koalitionspartner"])
def test_a_plural_camp_noun_or_epithet_is_the_people_listed_before(analyzer, group):
    """A camp noun, an epithet or a count with no name of its own, sentences after "Ben-Gvir und
    Smotrich": both of them (was a German label, or one of them); an owner is none of them."""
    text = LISTED + f"{group} drohten, die Regierung zu verlassen."
    q = quote_with(quotes_of(analyzer, text), "Regierung zu verlassen")
    assert (q.speaker, q.affiliation) == (f"{BEN_GVIR} and {SMOTRICH}", "Israel")


def test_some_of_a_camp_are_not_the_ones_listed(analyzer):
    """"Mehrere Koalitionspartner" are some partners, not the two the text listed."""
    text = LISTED + "Mehrere Koalitionspartner drohten, die Regierung zu verlassen."
    assert " and " not in quote_with(quotes_of(analyzer, text), "Regierung zu verlassen").speaker


def test_a_plural_title_is_the_two_named_with_it_never_one_of_them(analyzer):
    """"Die rechtsextremen Minister" after two ministers named apart (and a prime minister, who
    is no minister here): both; "Beide" right after that joint speaker: the same two."""
    text = ("Finanzminister Bezalel Smotrich lehnte den Plan ab. Auch der Minister für nationale "
            "Sicherheit, Itamar Ben-Gvir, lehnte ihn ab. Ministerpräsident Benjamin Netanjahu schwieg. "
            "Die rechtsextremen Minister kündigten an, gegen den Haushalt zu stimmen. Beide sagten, sie "
            "würden nicht nachgeben.")
    quotes = quotes_of(analyzer, text)
    for fragment in ("gegen den Haushalt", "nicht nachgeben"):
        q = quote_with(quotes, fragment)
        assert (q.speaker, q.affiliation) == (f"{SMOTRICH} and {BEN_GVIR}", "Israel")


@pytest.mark.parametrize("text, speaker", [
    # the tagger read "meldeten" as an adjective: the outlets after it still restate the report
    ("Berichten zufolge hat Ägypten einen neuen Vorschlag vorgelegt. Das meldeten Al-Kahera News und "
     "die Nachrichtenagentur MENA. Israel habe bislang nicht geantwortet, hieß es weiter.",
     "Al-Kahera News and Middle East News Agency"),
    # "Das berichteten X und Y": "Das" is no speaker of what continues the report
    ("Medienberichten zufolge liegt ein neuer Entwurf vor. Das berichteten der Sender Al-Dschasira und "
     "die Nachrichtenagentur Reuters. Demnach solle die Waffenruhe zunächst sechs Wochen dauern.",
     "Al Jazeera and Reuters"),
])
def test_outlets_that_restate_a_report_speak_for_it_and_what_continues_it(analyzer, text, speaker):
    quotes = quotes_of(analyzer, text)
    assert len(quotes) >= 2 and all((q.speaker, q.affiliation) == (speaker, "other") for q in quotes)


def test_a_counted_description_with_its_list_set_off_is_the_list(analyzer):
    """"nach Angaben zweier arabischer Medien, Al-Arabija und Asharq Al-Awsat,": the two media,
    not a label and them; "schrieben beide Medien" after: the same two."""
    text = ("Nach Angaben zweier arabischer Medien, Al-Arabija und Asharq Al-Awsat, ist die Hamas zu einer "
            "Einigung bereit. Die Gruppe verlange aber Garantien, schrieben beide Medien.")
    quotes = quotes_of(analyzer, text)
    for fragment in ("Einigung bereit", "Garantien"):
        q = quote_with(quotes, fragment)
        assert (q.speaker, q.affiliation) == ("Al Arabiya and Asharq Al-Awsat", "other")


@pytest.mark.parametrize("named, speaker", [
    ("Ärzte ohne Grenzen und Amnesty International", "Doctors Without Borders and Amnesty International"),
    # three named: "beide" fits none of them
    ("Ärzte ohne Grenzen, Human Rights Watch und Amnesty International", None),
])
def test_counted_organisations_are_the_ones_just_named(analyzer, named, speaker):
    text = f"{named} kritisierten die Angriffe. Beide Organisationen verlangten, sie sofort zu stoppen."
    q = quote_with(quotes_of(analyzer, text), "sofort zu stoppen")
    assert q.speaker == speaker if speaker else " and " not in (q.speaker or "")


def test_a_plural_pronoun_after_a_joint_speaker_is_all_of_them(analyzer):
    """"Das Rote Kreuz sowie der Rote Halbmond teilten mit, … . Sie forderten, …": the joint
    speaker just quoted is a group, which a plural "sie" fits (was the nearer member)."""
    text = ("Das Rote Kreuz sowie der Rote Halbmond teilten mit, die Lage sei dramatisch. Sie forderten, "
            "Helfer zu schützen.")
    q = quote_with(quotes_of(analyzer, text), "Helfer zu schützen")
    assert q.speaker == "International Committee of the Red Cross and Palestinian Red Crescent"


def test_a_list_member_may_bring_a_noun_for_its_kind(analyzer):
    """"Nach Berichten der Zeitung Haaretz und des Senders Kan": both outlets (was Haaretz)."""
    text = "Nach Berichten der Zeitung Haaretz und des Senders Kan hat das Kabinett zugestimmt."
    q = quote_with(quotes_of(analyzer, text), "Kabinett zugestimmt")
    assert (q.speaker, q.affiliation) == ("Haaretz and Kan", "other")


@pytest.mark.parametrize("subject, speaker", [
    ("Ägypten", ("Government of Egypt", "Egypt")),
    ("Ägypten und Jordanien", ("Government of Egypt and Government of Jordan", "other")),
])
def test_a_country_named_after_a_joint_speaker_is_that_country(analyzer, subject, speaker):
    """"Ägypten" stems like the people noun "Ägypter", but a head that is itself a registry
    name owns nothing: it is no camp of the two people quoted just before."""
    text = ("Der Minister Jonas Feld und die Ministerin Lea Hart sagten, die Offensive gehe weiter. "
            f"{subject} forderte, die Grenzübergänge sofort zu öffnen.")
    text = text.replace("forderte", "forderten") if " und " in subject else text
    q = quote_with(quotes_of(analyzer, text), "Grenzübergänge")
    assert (q.speaker, q.affiliation) == speaker
