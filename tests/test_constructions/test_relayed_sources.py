"""A medium that relays names the original source (GUIDELINES Q7): "unter Berufung auf X",
"zitierte die Zeitung X"; a passive directive addresses its subject, it does not speak."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_unter_berufung_auf_names_the_original_source(analyzer):
    quotes = quotes_of(analyzer, "Die Gespräche über den Hafen seien vorangekommen, meldete der "
                                 "Sender Kanal Nord unter Berufung auf einen Beamten der Stadt.")
    q = quote_with(quotes, "seien vorangekommen")
    assert "Beamten" in q.speaker_mention and "Kanal Nord" not in q.speaker_mention


def test_zitierte_the_medium_quotes_its_object(analyzer):
    quotes = quotes_of(analyzer, "Die Brücke werde im Mai eröffnet, zitierte die Zeitung Nordkurier "
                                 "städtische Planer.")
    q = quote_with(quotes, "im Mai eröffnet")
    assert q.speaker_mention == "städtische Planer"


def test_a_passive_directive_goes_on_with_the_speaker_before(analyzer):
    quotes = quotes_of(analyzer, "Der Verband der Fischer Paul Weber erklärte, der Hafen sei zu klein. "
                                 "Die Stadt wird zudem aufgefordert, den Hafen zu erweitern.")
    q = quote_with(quotes, "den Hafen zu erweitern")
    assert q.speaker is not None and "Stadt" not in q.speaker


def test_a_quoted_source_keeps_the_first_part_of_its_compound(analyzer):
    (q,) = analyzer.analyze_text("Die Nachrichtenseite „Axios“ zitierte einen US-Beamten mit den "
                                 "Worten, die Zeit werde knapp.", "t.txt")
    assert (q.speaker_mention, q.speaker, q.affiliation) == ("einen US-Beamten", "anonymous US official",
                                                             "USA")


def test_a_medium_that_relies_on_sources_in_a_relative_clause_names_them(analyzer):
    (q,) = quotes_of(analyzer, "Der Sender Kanal Nord, der sich auf Kreise der Stadtverwaltung beruft, "
                               "meldete, die Brücke werde im Mai eröffnet.")
    assert (q.speaker_mention, q.quote) == ("Kreise der Stadtverwaltung", "die Brücke werde im Mai eröffnet")


def test_laut_a_medium_relying_on_an_official_leaves_the_relative_clause_out(analyzer):
    (q,) = quotes_of(analyzer, "Laut dem Sender, der sich auf einen Beamten der Stadt berief, ist die "
                               "Brücke bis Mai gesperrt.")
    assert (q.speaker_mention, q.quote) == ("einen Beamten der Stadt", "ist die Brücke bis Mai gesperrt")


def test_wie_a_paper_relying_on_sources_reported_names_the_sources(analyzer):
    (q,) = quotes_of(analyzer, "Wie die Zeitung unter Berufung auf Kreise der Stadtverwaltung "
                               "berichtete, sei die Brücke bis Mai gesperrt.")
    assert q.speaker_mention == "Kreise der Stadtverwaltung"


def test_zitierte_the_quoted_spokesperson_speaks_with_his_owner(analyzer):
    quotes = quotes_of(analyzer, "„Wir werden nicht nachgeben“, zitierte der Sender einen Hamas-Sprecher. "
                                 "„Die Brücke bleibt zu“, zitierte die Zeitung einen Sprecher der Stadt.")
    assert quote_with(quotes, "nachgeben").speaker == "spokesperson of Hamas (unnamed)"
    assert quote_with(quotes, "Brücke").speaker_mention == "einen Sprecher der Stadt"


def test_a_medium_named_by_its_registry_name_relays_the_partys_report(analyzer):
    """D16: "X habe klargestellt, dass …, berichtete Al-Dschasira": the channel, named by its
    name rather than "der Sender", only relays; the entry is the politician's, with his content."""
    text = ("Ismail Hanija sprach am Abend mit den Vermittlern. Hanija habe klargestellt, dass die "
            "Forderungen der Bewegung in allen Punkten bestehen blieben, berichtete Al-Dschasira.")
    quotes = quotes_of(analyzer, text)
    assert [(q.speaker, q.quote) for q in quotes] == [
        ("Ismail Haniyeh", "die Forderungen der Bewegung in allen Punkten bestehen blieben")]


def test_laut_eigenen_angaben_is_the_clause_subject(analyzer):
    """"laut eigenen Angaben" like "nach eigenen Angaben": the subject's own account. (The clause
    states content; a bare speech report such as "hatte … den Entwurf abgelehnt" is none, D22.)"""
    q, = quotes_of(analyzer, "Die Reederei hatte laut eigenen Angaben bereits im Mai drei Schiffe verkauft.")
    assert q.speaker_mention == "Die Reederei"


def test_a_pronoun_before_zufolge_is_the_source_however_the_verb_was_tagged(analyzer):
    """"Ihnen zufolge stoppte X …": the tagger read "stoppte" as an adjective and hung
    "zufolge" on it; the source is the pronoun alone, not "Ihnen zufolge stoppte"."""
    text = ("Die Anwohner hatten den Bürgermeister scharf kritisiert. Ihnen zufolge stoppte Paul Weber "
            "den Bau der Brücke aus reinem Eigennutz.")
    q = quote_with(quotes_of(analyzer, text), "Brücke")
    assert q.speaker_mention == "Ihnen"


def test_unnamed_officials_who_deny_a_report_are_its_speakers(analyzer):
    """D16: "Zwei Hamas-Vertreter bestritten, dass Ägypten ihnen mitgeteilt habe, dass …" – a
    denial passes nothing on; the whole clause is the deniers'."""
    quotes = quotes_of(analyzer, "Zwei Hamas-Vertreter bestritten jedoch, dass Ägypten ihnen "
                                 "mitgeteilt habe, dass sie das Land verlassen müssten.")
    q = quote_with(quotes, "verlassen")
    assert (q.speaker_mention, q.quote) == ("Zwei Hamas-Vertreter", "Ägypten ihnen mitgeteilt habe, "
                                                                     "dass sie das Land verlassen müssten")


def test_a_passive_zitiert_names_the_one_quoted_not_the_medium(analyzer):
    quotes = quotes_of(analyzer, "Außenminister Antony Blinken reiste nach Kairo. „Wir sind noch nicht am "
                                 "Ziel. Geben wir auf? Nein“, wurde Blinken von Reuters zitiert.")
    q = quote_with(quotes, "noch nicht am Ziel")
    assert (q.speaker_mention, q.speaker) == ("Blinken", "Antony Blinken")


def test_a_medium_name_run_into_the_quoted_name_is_cut_off(analyzer):
    quotes = quotes_of(analyzer, "Regierungschef Benjamin Netanjahu besuchte die Truppen. „Wir geben "
                                 "nicht nach“, zitiert die Nachrichtenagentur „Reuters“ Netanjahu am Montag.")
    q = quote_with(quotes, "geben nicht nach")
    assert (q.speaker_mention, q.speaker) == ("Netanjahu", "Benjamin Netanjahu")
