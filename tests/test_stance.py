"""Stance classifier: scikit-learn's contract, training CLI, calibration, safe and small model files."""

from __future__ import annotations

import io
import json
import pickle
import shutil
import subprocess
import sys
import zipfile

import numpy as np
import pytest

from quotes.annotations import append_annotation, load_annotations
from quotes.models import STANCES, Annotation, Quote
from quotes.stance import (
    DEFAULT_MODEL,
    MAX_MEMBER_BYTES,
    NotFittedError,
    StanceModel,
    UnsafeModelError,
    fit_temperature,
    label_quotes,
    load_model,
    scores,
    softmax,
)

from .conftest import ANNOTATIONS, ROOT

PROBES = ["Wir fordern eine sofortige Waffenruhe.", "Wir kämpfen bis zum totalen Sieg.",
          "Die Delegation reist am Montag nach Kairo."]


def ann(quote: str, stance: str, doc: str = "d1", **kw) -> Annotation:
    return Annotation(doc=doc, quote=quote, stance=stance, source="synthetic", **kw)


@pytest.fixture(scope="module")
def small_records() -> list[Annotation]:
    """A few hundred shipped annotations: enough to learn something, quick to fit."""
    records, problems = load_annotations([ANNOTATIONS])
    assert not problems, problems[:3]
    return records[:300]


@pytest.fixture(scope="module")
def small_model(small_records) -> StanceModel:
    return StanceModel(calibrate=False, char_max=0).fit(small_records)


# --- scikit-learn's contract -----------------------------------------------------------------
def test_parameters_round_trip_like_scikit_learn():
    model = StanceModel(C=2.0, classifier="svm")
    params = model.get_params()
    assert params["C"] == 2.0 and params["classifier"] == "svm"
    assert StanceModel(**params).get_params() == params
    assert model.set_params(C=8.0) is model and model.C == 8.0
    with pytest.raises(ValueError, match="unknown stance setting 'Cee'"):
        model.set_params(Cee=1)


@pytest.mark.parametrize("params, message", [
    ({"classifier": "svn"}, "classifier must be one of logreg, svm, not 'svn'"),
    ({"C": -1}, "C must be a positive number"),
    ({"C": 0}, "C must be a positive number"),
    ({"C": float("nan")}, "C must be a positive number"),
    ({"min_df": 0}, "min_df must be at least 1"),
    ({"char_min": 6, "char_max": 3}, "char_min <= char_max"),
])
def test_bad_options_fail_in_fit_with_the_reason(params, message):
    records = [ann("Wir wollen Frieden.", "favor"), ann("Wir kämpfen weiter.", "against", doc="d2")]
    with pytest.raises(ValueError, match=message):
        StanceModel(**params).fit(records)


def test_unfitted_model_says_so():
    model = StanceModel()
    for method in (model.predict, model.predict_proba):
        with pytest.raises(NotFittedError, match="not fitted"):
            method([ann("Wir wollen Frieden.", "favor")])
    assert not hasattr(model, "classes_")


def test_predict_returns_labels_and_predict_proba_an_array(small_model, small_records):
    assert sorted(small_model.classes_) == sorted(STANCES)
    assert all(name.endswith("_") for name in vars(small_model) if name not in small_model.get_params())
    proba = small_model.predict_proba(small_records[:7])
    assert proba.shape == (7, 3) and np.allclose(proba.sum(axis=1), 1.0)
    labels = small_model.predict(small_records[:7])
    assert labels == [small_model.classes_[i] for i in proba.argmax(axis=1)]
    assert small_model.predict([]) == [] and small_model.predict_proba([]).shape == (0, 3)


def test_labels_given_apart_from_the_records_are_used(small_records):
    swap = {"favor": "against", "against": "favor", "none": "none"}
    flipped = [swap[r.stance] for r in small_records]
    normal = StanceModel(calibrate=False, char_max=0).fit(small_records)
    other = StanceModel(calibrate=False, char_max=0).fit(small_records, flipped)
    probe = [ann(PROBES[0], "favor")]
    assert normal.predict(probe) == ["favor"]
    assert other.predict(probe) == ["against"]


def test_speaker_affiliation_is_a_feature(small_records):
    """The same words from another side can get another stance (the model reads the speaker)."""
    model = StanceModel(calibrate=False, char_max=0).fit(small_records)
    words = "Wir werden die Gespräche fortsetzen"
    a = model.predict_proba([ann(words, "none", affiliation="Israel")])
    b = model.predict_proba([ann(words, "none", affiliation="Qatar")])
    assert np.abs(a - b).max() > 1e-3
    blind = StanceModel(calibrate=False, char_max=0, speaker=False, cue=False, lexicon=False)
    blind.fit(small_records)
    a = blind.predict_proba([ann(words, "none", affiliation="Israel")])
    b = blind.predict_proba([ann(words, "none", affiliation="Qatar")])
    assert np.abs(a - b).max() < 1e-12


def test_label_quotes_fills_stance_and_confidence(small_model):
    quotes = [Quote(doc="x", start=0, end=len(p), kind="direct", quote=p, confidence=0.9,
                    affiliation="Hamas", cue="sagte") for p in PROBES]
    label_quotes(quotes, small_model)
    proba = small_model.predict_proba(quotes)
    for q, row in zip(quotes, proba, strict=True):
        assert q.stance == small_model.classes_[int(row.argmax())]
        assert q.stance_confidence == round(float(row.max()), 3)


# --- figures ---------------------------------------------------------------------------------
def test_scores_by_hand():
    s = scores(["favor", "favor", "against", "none"], ["favor", "against", "against", "favor"])
    assert s["per_class"]["favor"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert s["per_class"]["against"]["f1"] == round(2 * 0.5 * 1 / 1.5, 3)
    assert s["per_class"]["none"]["f1"] == 0.0
    assert s["f1_favor_against"] == round((0.5 + 2 / 3) / 2, 3)


def test_temperature_undoes_overconfidence():
    rng = np.random.default_rng(0)
    z = rng.normal(size=(3000, 3)) * 2
    p = softmax(z)
    classes = ["favor", "against", "none"]
    y = [classes[rng.choice(3, p=row)] for row in p]
    assert fit_temperature(3 * z, y, classes) == pytest.approx(3.0, rel=0.15)
    assert fit_temperature(z, y, classes) == pytest.approx(1.0, rel=0.15)


def test_cross_validation_reports_the_folds_really_used(small_records):
    three_docs = [r for r in small_records if r.doc in sorted({r.doc for r in small_records})[:3]]
    model = StanceModel(char_max=0)
    result = model.cross_validate(three_docs, folds=5)
    assert result["folds"] == 3 and result["documents"] == 3
    assert result["n"] == len(three_docs)
    assert sum(b["n"] for b in result["reliability"]["bins"]) == len(three_docs)
    with pytest.raises(ValueError, match="at least 2 folds"):
        model.cross_validate(three_docs, folds=1)


# --- the train command -----------------------------------------------------------------------
@pytest.fixture(scope="module")
def small_annotations(tmp_path_factory, small_records) -> tuple:
    folder = tmp_path_factory.mktemp("ann")
    for r in small_records[:240]:
        append_annotation(folder / "ours.jsonl", r)
    for i in range(40):  # real-looking quotes of two made-up documents
        stance = ("favor", "against", "none")[i % 3]
        text = {"favor": "Wir begrüßen die Waffenruhe ausdrücklich, Nummer",
                "against": "Wir lehnen jede Feuerpause ab, Nummer",
                "none": "Die Delegation trifft am Abend ein, Nummer"}[stance]
        append_annotation(folder / "real.jsonl", Annotation(
            doc=f"real-doc-{i % 4}", quote=f"{text} {i}", stance=stance, source="real"))
    return folder, small_records[240:]


def test_train_cli_reports_real_and_synthetic_apart_with_reliability_and_eval(
        tmp_path, run_cli, small_annotations):
    folder, held = small_annotations
    heldout = tmp_path / "held.jsonl"
    for r in held:
        append_annotation(heldout, r)
    target = tmp_path / "stance.npz"
    proc = run_cli("train", "--no-shipped", "--annotations", str(folder), "--output", str(target),
                   "--eval", str(heldout), "--set", "char_max=0", check=True)
    assert "5-fold cross-validation grouped by document" in proc.stdout
    for text in ("real quotes", "synthetic quotes", "Reliability of the calibrated probabilities",
                 "Reliability of the new model on the held-out quotes", "macro-F1",
                 "F1avg(favor, against)", "Held-out"):
        assert text in proc.stdout, text
    model = StanceModel.load(target)
    metrics = model.meta_["metrics"]
    assert metrics["heldout"]["quotes"] == len(held)
    assert sum(b["n"] for b in metrics["heldout"]["new_reliability"]["bins"]) == len(held)
    assert set(metrics["cross_validation"]["by_source"]) == {"real", "seed", "synthetic"} & {
        "real", *(r.source for r in load_annotations([folder])[0])}
    assert metrics["cross_validation"]["by_source"]["real"]["n"] == 40
    assert model.temperature_ == metrics["cross_validation"]["temperature"]
    assert set(model.predict([ann(p, "none") for p in PROBES])) <= set(STANCES)


@pytest.mark.parametrize("setting, message", [("C=-1", "C must be a positive number"),
                                              ("classifier=svn", "classifier must be one of")])
def test_train_cli_refuses_bad_settings_clearly(tmp_path, run_cli, small_annotations, setting, message):
    proc = run_cli("train", "--no-shipped", "--annotations", str(small_annotations[0]), "--output",
                   str(tmp_path / "m.npz"), "--set", setting)
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "m.npz").exists()


def test_ten_new_annotations_change_the_model(tmp_path, small_annotations):
    folder = tmp_path / "ann"
    shutil.copytree(small_annotations[0], folder)
    a = StanceModel(char_max=0, calibrate=False).fit(load_annotations([folder])[0])
    for i in range(10):
        append_annotation(folder / "user.jsonl", Annotation(
            doc=f"user-doc-{i % 3}", quote=f"Eine Feuerpause am Grenzübergang Nummer {i} "
                                           "wäre ein Verrat an unseren Soldaten.",
            stance="against", source="user"))
    b = StanceModel(char_max=0, calibrate=False).fit(load_annotations([folder])[0])
    assert a.meta_["data_hash"] != b.meta_["data_hash"]
    assert b.meta_["n_train"] == a.meta_["n_train"] + 10
    probe = [ann("Eine Feuerpause am Grenzübergang wäre ein Verrat.", "none")]
    assert np.abs(a.predict_proba(probe) - b.predict_proba(probe)).max() > 1e-3


# --- the shipped model -----------------------------------------------------------------------
def test_shipped_model_is_small_and_trained_on_the_shipped_annotations():
    from quotes.stance import data_hash

    assert DEFAULT_MODEL.stat().st_size <= 3 * 1024 * 1024
    trained = {f["file"]: f for f in load_model().meta_["training_files"]}
    for path in sorted(ANNOTATIONS.glob("*.jsonl")):
        records, problems = load_annotations([path])
        assert not problems, problems[:3]
        assert trained[path.name]["data_hash"] == data_hash(records), "retrain with `make stance`"


def test_loading_the_shipped_model_needs_neither_scikit_learn_nor_pickle():
    code = ("import sys, quotes.stance as s; from quotes.models import Annotation;"
            "m = s.load_model(); print(m.predict([Annotation(doc='d', quote='Wir wollen eine "
            "Waffenruhe.', stance='none')])[0]);"
            "print(sorted(k for k in sys.modules if k.split('.')[0] in ('sklearn', 'scipy', 'skops')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          check=True)
    label, modules = proc.stdout.split("\n")[:2]
    assert label in STANCES and modules == "[]"


def test_saved_model_predicts_as_before(tmp_path, small_model, small_records):
    small_model.save(tmp_path / "m.npz", {"note": "test"})
    again = StanceModel.load(tmp_path / "m.npz")
    assert again.get_params() == small_model.get_params()
    assert np.allclose(again.predict_proba(small_records[:20]), small_model.predict_proba(small_records[:20]),
                       atol=1e-5)
    assert again.meta_["metrics"] == {"note": "test"}


# --- unsafe or foreign files -----------------------------------------------------------------
class Payload:
    def __reduce__(self):
        return (print, ("this must never run",))


def test_pickle_payload_is_refused(tmp_path, run_cli):
    evil = tmp_path / "evil.npz"
    evil.write_bytes(pickle.dumps(Payload()))
    with pytest.raises(UnsafeModelError, match="refusing"):
        StanceModel.load(evil)
    (tmp_path / "doc.txt").write_text("„Wir sind bereit“, sagte Haniyeh.\n", encoding="utf-8")
    proc = run_cli("extract", str(tmp_path / "doc.txt"), "--stance-model", str(evil))
    assert proc.returncode == 2
    assert "refusing" in proc.stderr and "this must never run" not in proc.stdout + proc.stderr


def model_members(model: StanceModel, tmp_path) -> dict[str, bytes]:
    model.save(tmp_path / "good.npz")
    with zipfile.ZipFile(tmp_path / "good.npz") as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write_zip(path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def npy(arr) -> bytes:
    buf = io.BytesIO()
    np.save(buf, arr, allow_pickle=True)
    return buf.getvalue()


def test_pickle_inside_an_npz_member_is_refused(tmp_path, small_model):
    members = model_members(small_model, tmp_path)
    members["idf.npy"] = npy(np.array([Payload()], dtype=object))
    write_zip(tmp_path / "evil.npz", members)
    with pytest.raises(UnsafeModelError, match="not a quotes stance model"):
        StanceModel.load(tmp_path / "evil.npz")


def test_archive_member_too_large_is_refused_before_reading(tmp_path, small_model):
    members = model_members(small_model, tmp_path)
    with zipfile.ZipFile(tmp_path / "bomb.npz", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            if name != "coef.npy":
                zf.writestr(name, data)
        with zf.open("coef.npy", "w", force_zip64=True) as fh:
            block = bytes(2**20)
            for _ in range(MAX_MEMBER_BYTES // len(block) + 2):
                fh.write(block)
    assert (tmp_path / "bomb.npz").stat().st_size < 2**20
    with pytest.raises(UnsafeModelError, match="more than 50 MB"):
        StanceModel.load(tmp_path / "bomb.npz")


def with_meta(members: dict[str, bytes], **changes) -> bytes:
    meta = json.loads(np.load(io.BytesIO(members["meta.npy"])).tobytes())
    meta.update(changes)
    return npy(np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8))


def test_archives_of_another_shape_are_not_stance_models(tmp_path, small_model):
    members = model_members(small_model, tmp_path)
    cases = {
        "extra member": {**members, "payload.npy": npy(np.zeros(3))},
        "missing member": {k: v for k, v in members.items() if k != "idf.npy"},
        "wrong coefficient shape": {**members, "coef.npy": npy(np.zeros((3, 5), dtype=np.float32))},
        "wrong dtype": {**members, "idf.npy": npy(np.zeros(4, dtype=np.int64))},
        "metadata not JSON": {**members, "meta.npy": npy(np.frombuffer(b"\xff\xfe", dtype=np.uint8))},
        "other format": {**members, "meta.npy": npy(np.frombuffer(
            json.dumps({"format": "something/1"}).encode(), dtype=np.uint8))},
        "bad temperature": {**members, "meta.npy": with_meta(members, temperature=-1.0)},
        "repeated classes": {**members, "meta.npy": with_meta(members, classes=["favor", "favor", "none"])},
        "bad setting": {**members, "meta.npy": with_meta(members, params={"C": "abc"})},
    }
    for name, m in cases.items():
        path = tmp_path / f"{name.replace(' ', '-')}.npz"
        write_zip(path, m)
        with pytest.raises(UnsafeModelError, match="not a quotes stance model"):
            StanceModel.load(path)
    (tmp_path / "plain.zip").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnsafeModelError, match="not a quotes stance model"):
        StanceModel.load(tmp_path / "plain.zip")


def test_a_model_keeps_the_lexicon_it_was_trained_with(tmp_path, monkeypatch, small_records):
    """Editing the lexicon file later must not change what a saved model reads."""
    import quotes.stance_features as features

    lexicon = tmp_path / "lexicon.json"
    lexicon.write_text(json.dumps({"window": 3, "categories": {"probe": ["feuerpause"]}}), encoding="utf-8")
    monkeypatch.setattr(features, "LEXICON_FILE", lexicon)
    features.load_lexicon.cache_clear()
    model = StanceModel(calibrate=False, char_max=0).fit(small_records)
    model.save(tmp_path / "m.npz")
    monkeypatch.undo()
    features.load_lexicon.cache_clear()
    again = StanceModel.load(tmp_path / "m.npz")
    assert "x:probe" in again.vectorizer_.index and "x:deal" not in again.vectorizer_.index
    probe = [ann("Eine Feuerpause jetzt.", "none", affiliation="UN")]
    assert np.allclose(again.predict_proba(probe), model.predict_proba(probe), atol=1e-5)


def test_a_model_with_a_broken_lexicon_is_refused(tmp_path, small_model):
    members = model_members(small_model, tmp_path)
    members["meta.npy"] = with_meta(members, lexicon={"categories": {"deal": [1, 2]}})
    write_zip(tmp_path / "bad-lexicon.npz", members)
    with pytest.raises(UnsafeModelError, match="not a quotes stance model .*lexicon"):
        StanceModel.load(tmp_path / "bad-lexicon.npz")
