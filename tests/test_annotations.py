"""Annotation files: every bad line named as file:line with its reason."""

from __future__ import annotations

import json
import shutil

from quotes.annotations import load_annotations

from .conftest import ANNOTATIONS

GOOD = {"doc": "d1", "quote": "Wir wollen eine Waffenruhe.", "stance": "favor",
        "source": "synthetic"}


def write_bad_file(path):
    lines = [
        json.dumps(GOOD),
        "{not json",
        json.dumps({**GOOD, "quote": "Nie.", "stance": "maybe"}),
        json.dumps({k: v for k, v in GOOD.items() if k != "stance"} | {"quote": "Ohne Label."}),
        json.dumps(GOOD),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_problems_are_reported_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    write_bad_file(bad)
    records, problems = load_annotations([bad])
    assert len(records) == 1
    where = {(p.line, p.reason.split(" ")[0]) for p in problems}
    assert {p.line for p in problems} == {2, 3, 4, 5}
    text = "\n".join(map(str, problems))
    assert f"{bad}:2: bad JSON" in text
    assert f"{bad}:3: stance" in text
    assert f"{bad}:4: stance: Field required" in text
    assert f"{bad}:5: duplicate of {bad}:1" in text
    assert where


def test_shipped_annotations_are_valid():
    records, problems = load_annotations([ANNOTATIONS])
    assert problems == []
    assert sum(r.source == "synthetic" for r in records) >= 400
    assert any(r.source == "seed" for r in records)


def test_train_refuses_invalid_file_unless_skip_invalid(tmp_path, run_cli):
    data = tmp_path / "ann"  # a small valid file beside the bad one keeps training short
    data.mkdir()
    shutil.copy(ANNOTATIONS / "seeds.jsonl", data)
    write_bad_file(data / "bad.jsonl")
    small = ("--no-shipped", "--folds", "2")
    proc = run_cli("train", "--annotations", str(data), "--output", str(tmp_path / "m.npz"),
                   *small)
    assert proc.returncode == 2
    assert "bad.jsonl:2: bad JSON" in proc.stderr
    assert not (tmp_path / "m.npz").exists()
    proc = run_cli("train", "--annotations", str(data), "--output", str(tmp_path / "m.npz"),
                   "--skip-invalid", *small)
    assert proc.returncode == 0, proc.stderr
    assert "skipped 4 invalid line(s)" in proc.stderr
    assert (tmp_path / "m.npz").exists()
