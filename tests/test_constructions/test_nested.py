"""Quotes nested in quotes (setting nested_quotes = "all"), on real parses of made-up sentences:
a verbatim fragment inside a report is a direct quote of its own with the report's voice; the
project's own convention ("innermost", the default) keeps one mixed quote."""

from __future__ import annotations

import json

from quotes.constructions import Extractor
from quotes.resolve import resolve_quotes

FRAGMENT = "Der Bürgermeister sagte, die Lage am Hafen sei „äußerst angespannt“."
NAMED_FERRY = "Die Reederei teilte mit, der Frachter „Anna Maria“ habe den Hafen verlassen."
NP_REPORT = "Der Verband warnte vor einem „gefährlichen Stillstand“ in der Pflege."


def found(parser, text: str, nested: bool):
    parsed = parser.parse(text)
    return resolve_quotes(Extractor(nested=nested).extract(parsed), parsed, "t.txt")


def test_innermost_convention_keeps_one_mixed_quote_with_its_closing_mark(parser):
    (q,) = found(parser, FRAGMENT, nested=False)
    assert (q.kind, q.quote, q.parent_start) == ("mixed", "die Lage am Hafen sei „äußerst angespannt“",
                                                 None)


def test_fragment_inside_a_report_is_a_nested_direct_quote_with_the_reports_voice(parser):
    report, fragment = found(parser, FRAGMENT, nested=True)
    assert (report.kind, fragment.kind, fragment.quote) == ("mixed", "direct", "äußerst angespannt")
    assert (fragment.parent_start, fragment.parent_end) == (report.start, report.end)
    assert (fragment.speaker_mention, fragment.cue, fragment.rule) == (
        "Der Bürgermeister", "sagte", "nested.fragment")


def test_marks_around_a_name_make_no_nested_quote(parser):
    (q,) = found(parser, NAMED_FERRY, nested=True)
    assert q.parent_start is None and "Anna Maria" in q.quote


def test_noun_phrase_report_gives_way_to_its_fragment(parser):
    (q,) = found(parser, NP_REPORT, nested=True)
    assert (q.kind, q.quote, q.speaker_mention, q.parent_start) == (
        "direct", "gefährlichen Stillstand", "Der Verband", None)


def test_cli_follows_the_config_file(run_cli, tmp_path):
    article = tmp_path / "hafen.txt"
    article.write_text(FRAGMENT + "\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text('nested_quotes = "all"\n', encoding="utf-8")
    plain = run_cli("extract", str(article), "--format", "jsonl", check=True)
    nested = run_cli("extract", str(article), "--format", "jsonl", check=True,
                     env={"QUOTES_CONFIG": str(config)})
    assert [q["kind"] for q in map(json.loads, plain.stdout.splitlines())] == ["mixed"]
    report, fragment = map(json.loads, nested.stdout.splitlines())
    assert (fragment["kind"], fragment["parent_start"], report["parent_start"]) == (
        "direct", report["start"], None)


# a comma, not a semicolon: a semicolon ends the entry of an attribution phrase (c3682f2)
RELAY_INSIDE = ("Laut der Inselzeitung ist der Kapitän heute 61 Jahre alt, demnach wäre er beim "
                "Unglück erst 20 Jahre alt gewesen.")


def test_a_relayed_report_inside_a_report_is_nested_with_its_own_speaker(parser):
    assert len(found(parser, RELAY_INSIDE, nested=False)) == 1
    outer, inner = found(parser, RELAY_INSIDE, nested=True)
    assert (inner.rule, inner.speaker_mention, inner.cue) == ("nested.report", "der Inselzeitung",
                                                              "Laut")
    assert (inner.parent_start, inner.parent_end) == (outer.start, outer.end)
    assert outer.start <= inner.start < inner.end <= outer.end


def test_marks_after_a_name_giving_noun_make_no_nested_quote(parser):
    text = ("Die Reederei teilte mit, ein Frachter der Firma „Nordlicht ab“ habe den Hafen von Kiel "
            "verlassen.")
    assert all(q.parent_start is None for q in found(parser, text, nested=True))


def test_marks_around_a_name_before_its_noun_make_no_nested_quote(parser):
    text = ("Die Gruppe kündigte an, die Proteste bis zur Besetzung des Zentrums, dem „Harbour“ "
            "Viertel, ausweiten zu wollen.")
    assert all(q.parent_start is None for q in found(parser, text, nested=True))
