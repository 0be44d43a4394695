"""The learned speaker layer (quotes/resolve/learned.py) on made-up German text with real parses:
candidates and their features, the shipped model file, the modes and their switch."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from quotes.config import ConfigError
from quotes.extract import Extractor, Mention, Named
from quotes.registry import load_registry
from quotes.resolve.learned import (
    DEFAULT_SPEAKER_MODEL,
    FEATURES,
    QuoteContext,
    SpeakerModel,
    UnsafeSpeakerModelError,
    candidate_rows,
    rules_doubt,
    speaker_mode,
)
from quotes.resolve.resolver import DocumentResolver
from tests.conftest import quote_with

TWO_PEOPLE = ("Oppositionsführer Yair Lapid traf am Montag in Tel Aviv den früheren Armeechef Benny Gantz. "
              "Nach dem Treffen sagte Gantz, die Regierung müsse rasch ein Abkommen über die Geiseln "
              "schließen. Lapid äußerte sich am Abend nicht zu den Plänen.")


@pytest.fixture(scope="module")
def two_people(parser):
    """The paragraph's resolver, its one quote and that quote's candidates (rules' answer given)."""
    parsed = parser.parse(TWO_PEOPLE)
    raw = [q for q in Extractor().extract(parsed) if "Abkommen" in parsed.text[q.start:q.end]]
    assert len(raw) == 1, [parsed.text[q.start:q.end] for q in raw]
    resolver = DocumentResolver(parsed, load_registry())
    ctx = QuoteContext(("Benny Gantz", "Israel"), None, {})
    return resolver, raw[0], candidate_rows(resolver, raw[0], ctx)


def by_name(cands, name):
    found = [c for c in cands if c.name == name]
    assert len(found) == 1, [c.name for c in cands]
    return found[0]


def test_both_people_are_candidates_and_only_the_cue_subject_has_that_relation(two_people):
    _, _, cands = two_people
    gantz, lapid = by_name(cands, "Benny Gantz"), by_name(cands, "Yair Lapid")
    assert gantz.feats["cue_subject"] == 1.0 and gantz.feats.get("cue_subject", 0.0) != lapid.feats.get(
        "cue_subject", 0.0)
    assert gantz.feats["same_sentence"] == 1.0
    assert lapid.feats["prev_sentence"] == 1.0 and lapid.feats["next_sentence"] == 1.0
    assert gantz.feats["bias_rules"] == 1.0 and lapid.feats["bias_rules"] == 0.0
    assert gantz.feats["registered"] == lapid.feats["registered"] == 1.0
    assert gantz.feats["person"] == 1.0


def test_a_hand_made_model_scores_the_cue_subject_first(two_people):
    resolver, q, cands = two_people
    coef = np.zeros(len(FEATURES))
    coef[FEATURES.index("cue_subject")] = 3.0
    model = SpeakerModel(coef, -1.0)
    scores = model.scores(cands)
    assert cands[int(scores.argmax())].name == "Benny Gantz"
    assert model.choose(cands, q, (None, None), "learned", resolver) == ("Benny Gantz", "Israel")
    assert model.choose(cands, q, ("Yair Lapid", "Israel"), "rules", resolver) == ("Yair Lapid", "Israel")


def test_the_shipped_model_loads_and_picks_the_speaker_in_a_two_person_paragraph(two_people, cache_dir):
    from quotes.analysis import Analyzer, Settings

    model = SpeakerModel.load(DEFAULT_SPEAKER_MODEL)
    assert model.coef.shape == (len(FEATURES),)
    assert "realdev a-c" in model.meta["trained_on"] and "realdev d-e" not in model.meta["trained_on"]
    resolver, q, cands = two_people
    scores = model.scores(cands)
    gantz, lapid = cands.index(by_name(cands, "Benny Gantz")), cands.index(by_name(cands, "Yair Lapid"))
    assert scores[gantz] > scores[lapid]
    for mode in ("learned", "hybrid"):
        analyzer = Analyzer(Settings(cache_dir=str(cache_dir), stance=False, speaker_mode=mode))
        quote = quote_with(analyzer.analyze_text(TWO_PEOPLE, "t.txt"), "Abkommen")
        assert (quote.speaker, quote.affiliation) == ("Benny Gantz", "Israel")


def test_the_hybrid_mode_doubts_only_no_one_and_unregistered_phrases(two_people):
    resolver, q, _ = two_people
    assert rules_doubt(q, (None, None), resolver) == "none"
    assert rules_doubt(q, ("Benny Gantz", "Israel"), resolver) is None
    assert rules_doubt(q, ("anonymous senior US official", "USA"), resolver) is None
    assert rules_doubt(q, ("Früherer Armeechef", "other"), resolver) is None  # the mention is a name
    unnamed = replace(q, speaker=None)
    assert rules_doubt(unnamed, ("Früherer Armeechef", "other"), resolver) == "descriptor"
    assert rules_doubt(unnamed, ("Egyptian mediators", "Egypt"), resolver) is None  # not in the text
    role = next(w for s in resolver.parsed.sentences for w in s.words if w.text == "Oppositionsführer")
    described = replace(q, speaker=Named(Mention(role.text, role.start, role.end, role, [], [role])))
    assert rules_doubt(described, ("Oppositionsführer", "other"), resolver) == "role"


def test_a_file_that_is_no_speaker_model_is_refused_by_name(tmp_path):
    bad = tmp_path / "speakers.npz"
    bad.write_bytes(b"\x80\x04not a model")
    with pytest.raises(UnsafeSpeakerModelError, match="speakers.npz: not a quotes speaker model"):
        SpeakerModel.load(bad)
    other = tmp_path / "other.npz"
    np.savez(other, meta=np.zeros(3, dtype=np.uint8), coef=np.zeros(2), intercept=np.zeros(1))
    with pytest.raises(UnsafeSpeakerModelError, match="not a quotes speaker model"):
        SpeakerModel.load(other)


def test_the_mode_switch(monkeypatch):
    monkeypatch.setenv("QUOTES_SPEAKER_MODE", "Hybrid")
    assert speaker_mode() == "hybrid"
    assert speaker_mode("rules") == "rules"
    monkeypatch.setenv("QUOTES_SPEAKER_MODE", "magic")
    with pytest.raises(ConfigError, match="unknown speaker mode 'magic'.*rules, learned, hybrid"):
        speaker_mode()


def test_an_unknown_mode_stops_the_command_with_the_choices(run_cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Gantz sagte, die Regierung müsse handeln.\n", encoding="utf-8")
    proc = run_cli("extract", str(article), env={"QUOTES_SPEAKER_MODE": "magic"})
    assert proc.returncode == 2
    assert "unknown speaker mode 'magic'" in proc.stderr and "hybrid" in proc.stderr
