"""Who a continuation without a cue goes on with (GUIDELINES.md D16, D27): the speaker of a
speech verb across a sentence about something else, never a passive's subject; the subject who
answered a proposal, not the proposal's owner. Made-up news sentences."""

from __future__ import annotations

from tests.conftest import quote_with, quotes_of


def test_a_konjunktiv_sentence_goes_on_with_the_speaker_across_a_sentence_about_something_else(
        analyzer):
    quotes = quotes_of(analyzer, (
        "In der Nacht kam es erneut zu Unruhen in den Vororten. Insgesamt spricht die Polizei von "
        "weniger Zusammenstößen der beiden Lager, dennoch ist der Schaden hoch. In etwa 300 Autos "
        "wurde Feuer gelegt. Allein in einem Busdepot seien durch einen Brand 19 Busse zerstört "
        "worden."))
    q = quote_with(quotes, "19 Busse")
    assert q.speaker_mention == "die Polizei" and q.speaker != "Feuer"


def test_a_continuation_after_a_rejected_proposal_is_the_rejecters(analyzer):
    quotes = quotes_of(analyzer, (
        "Auch lehnte Kanzler Peter Hollmann den Vorschlag des Innenministers Jens Barthel ab, die "
        "Zuständigkeit den Ländern zu übertragen. Das bisherige System habe sich bewährt."))
    assert quote_with(quotes, "Zuständigkeit").speaker == "Jens Barthel"
    assert quote_with(quotes, "System habe sich bewährt").speaker == "Peter Hollmann"


def test_a_passive_accusation_in_konjunktiv_goes_on_with_the_report_not_the_accused(analyzer):
    quotes = quotes_of(analyzer, (
        "Die Staatsanwaltschaft begründete ihren Antrag mit der Fluchtgefahr. Mit dem Ausland gebe "
        "es kein Abkommen. Außerdem sei der Unternehmer bereits mehrfach beschuldigt worden, Gelder "
        "veruntreut zu haben."))
    q = quote_with(quotes, "Gelder veruntreut")
    assert q.quote.startswith("Außerdem sei") and q.speaker == "Staatsanwaltschaft"


def test_the_subject_of_a_passive_speech_verb_is_no_source_for_demnach(analyzer):
    """"wurden Vorbedingungen … genannt": what was named, not who named it (D11: the source
    before goes on)."""
    quotes = quotes_of(analyzer, (
        "Der Außenminister Karl Meier hatte bereits am Samstag die Zustimmung seiner Regierung zu "
        "dem Plan „trotz einiger Bedenken“ bekanntgegeben. Die Regierung in Kairo stimmte dem Plan "
        "mit einer Enthaltung zu. Allerdings wurden Vorbedingungen zu einer Zustimmung Ägyptens zu "
        "einem Abkommen genannt. Der Abzug der Truppen soll demnach nur parallel zur Stationierung "
        "von Beobachtern erfolgen."))
    assert quote_with(quotes, "Abzug der Truppen").speaker == "Karl Meier"


def test_a_konjunktiv_i_of_a_verb_whose_stem_ends_in_t_goes_on_after_a_cue(analyzer):
    """"halte", "arbeite" are Konjunktiv I (stem + "-e"), not the past or Konjunktiv II that
    "-te" marks in "sagte" or "könnte"."""
    quotes = quotes_of(analyzer, (
        "„Wir warten seit Wochen“, sagte der Anwohner Ralf Kemper. Die Bürgermeisterin Carla Reinholt "
        "äußerte sich am Abend. Die Stadt halte an dem Zeitplan fest."))
    q = quote_with(quotes, "halte an dem Zeitplan")
    assert q.speaker == "Carla Reinholt" and q.rule == "continuation.after_cue"


def test_an_apposed_subject_before_a_rejection_is_no_report_and_goes_on_speaking(analyzer):
    """"Ein Sprecher der Stadtwerke, Tobias Renner, wies die Vorwürfe zurück": what stands before
    the verb has no verb of its own, so it is the subject, not a clause it reports; the parse's
    second subject "die Vorwürfe" is what was rejected."""
    quotes = quotes_of(analyzer, (
        "Ein Sprecher der Stadtwerke, Tobias Renner, wies die Vorwürfe zurück. Die Leitungen "
        "würden jedes Jahr geprüft."))
    assert not any("Tobias Renner" in q.quote for q in quotes)
    assert quote_with(quotes, "jedes Jahr geprüft").speaker == "Tobias Renner"


def test_a_third_person_in_e_is_konjunktiv_where_the_lemma_does_not_explain_it(analyzer):
    """"gefährde" lemmatised "gefährdeden": the 3rd person singular indicative ends in "-t",
    so a form in "-e" (not "-te", not "wurde") is Konjunktiv I whatever the lemma says."""
    quotes = quotes_of(analyzer, (
        "Der Streit in der Koalition wächst. Finanzminister David Adler schloss sich an: Wer jetzt "
        "einer Waffenruhe zustimme, gefährde die Sicherheit Israels."))
    assert quote_with(quotes, "gefährde die Sicherheit").speaker == "David Adler"
