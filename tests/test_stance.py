"""Stance classifier: training CLI, retraining on new annotations, safe model files."""

from __future__ import annotations

import json
import pickle
import shutil
import warnings

import pytest

from quotes.annotations import append_annotation, load_annotations
from quotes.models import Annotation
from quotes.stance import DEFAULT_MODEL, StanceConfig, StanceModel, UnsafeModelError

from .conftest import ANNOTATIONS

PROBES = ["Wir fordern eine sofortige Waffenruhe.", "Wir kämpfen bis zum totalen Sieg.",
          "Die Delegation reist am Montag nach Kairo."]


def test_train_cli_prints_grouped_cross_validation_and_saves(tmp_path, run_cli):
    target = tmp_path / "stance.skops"
    proc = run_cli("train", "--annotations", str(ANNOTATIONS), "--output", str(target),
                   check=True)
    assert "grouped by document" in proc.stdout
    for label in ("favor", "against", "none", "macro-F1", "F1avg(favor, against)"):
        assert label in proc.stdout
    model = StanceModel.load(target)
    metrics = json.loads(model.meta["metrics"])
    assert 0.0 <= metrics["macro_f1"] <= 1.0 and metrics["n"] >= 400
    assert {label for label, _ in model.predict(PROBES)} <= {"favor", "against", "none"}


def test_shipped_model_is_trained_on_the_shipped_annotations():
    records, problems = load_annotations([ANNOTATIONS])
    assert not problems, problems[:3]
    from quotes.stance import data_hash

    assert StanceModel.load(DEFAULT_MODEL).meta["data_hash"] == data_hash(records)


def test_ten_new_annotations_change_the_model(tmp_path, run_cli):
    data = tmp_path / "ann"
    shutil.copytree(ANNOTATIONS, data)
    run_cli("train", "--annotations", str(data), "--output", str(tmp_path / "a.skops"),
            check=True)
    for i in range(10):
        append_annotation(data / "user.jsonl", Annotation(
            doc=f"user-doc-{i % 3}", quote=f"Eine Feuerpause am Grenzübergang Nummer {i} "
                                           "wäre ein Verrat an unseren Soldaten.",
            stance="against", source="user"))
    run_cli("train", "--annotations", str(data), "--output", str(tmp_path / "b.skops"),
            check=True)
    a, b = StanceModel.load(tmp_path / "a.skops"), StanceModel.load(tmp_path / "b.skops")
    assert a.meta["data_hash"] != b.meta["data_hash"]
    assert b.meta["n_train"] == a.meta["n_train"] + 10
    probe = ["Eine Feuerpause am Grenzübergang wäre ein Verrat."]
    pa, pb = a.predict_proba(probe)[1], b.predict_proba(probe)[1]
    assert abs(pa - pb).max() > 1e-3


class Payload:
    def __reduce__(self):
        return (print, ("this must never run",))


def test_pickle_payload_is_refused(tmp_path, run_cli):
    evil = tmp_path / "evil.skops"
    evil.write_bytes(pickle.dumps(Payload()))
    with pytest.raises(UnsafeModelError, match="refusing"):
        StanceModel.load(evil)
    (tmp_path / "doc.txt").write_text("„Wir sind bereit“, sagte Haniyeh.\n", encoding="utf-8")
    proc = run_cli("extract", str(tmp_path / "doc.txt"), "--stance-model", str(evil))
    assert proc.returncode == 2
    assert "refusing" in proc.stderr and "this must never run" not in proc.stdout + proc.stderr


class Gadget:
    pass


def test_skops_archive_with_untrusted_type_is_refused(tmp_path):
    import skops.io as sio

    path = tmp_path / "gadget.skops"
    path.write_bytes(sio.dumps({"pipeline": Gadget(), "meta": "{}"}))
    with pytest.raises(UnsafeModelError, match="trusted list"):
        StanceModel.load(path)


def test_model_from_other_library_version_warns(tmp_path):
    import skops.io as sio

    model = StanceModel(StanceConfig()).fit(load_annotations([ANNOTATIONS])[0][:200])
    model.save(tmp_path / "m.skops")
    from quotes.stance import TRUSTED_TYPES

    payload = sio.loads((tmp_path / "m.skops").read_bytes(), trusted=TRUSTED_TYPES)
    meta = json.loads(payload["meta"])
    meta["sklearn"] = "0.0.1"
    payload["meta"] = json.dumps(meta)
    (tmp_path / "old.skops").write_bytes(sio.dumps(payload))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        StanceModel.load(tmp_path / "old.skops")
    assert any("scikit-learn 0.0.1" in str(w.message) for w in caught)
