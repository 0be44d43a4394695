"""Export to Label Studio, doccano and Prodigy and import their files back, on a made-up article."""

from __future__ import annotations

import json

import pytest

from quotes.annotations import load_annotations
from quotes.interchange import import_file

TEXT = ("Gaza 🙂 Bericht\n\n„Wir wollen eine Waffenruhe“, sagte Netanjahu am Montag.\n\n"
        "Die Hamas erklärte, sie lehne jeden Vorschlag ab, der keinen Abzug vorsehe.\n\n"
        "Ein Sprecher sagte, die Grenze bleibe zu, und der Unterschied sei gering.\n")


def at(quote: str) -> dict:
    start = TEXT.index(quote)
    return {"start": start, "end": start + len(quote)}


DOC = "2024/artikel.txt"  # named by its path below the folder given, as the analysis names it
FOUND = "sie lehne jeden Vorschlag ab, der keinen Abzug vorsehe"  # the span before the edit
RECORDS = [
    {"doc": DOC, "quote": "Wir wollen eine Waffenruhe", **at("Wir wollen eine Waffenruhe"),
     "sentence": "„Wir wollen eine Waffenruhe“, sagte Netanjahu am Montag.", "kind": "direct",
     "cue": "sagte", "speaker_mention": "Netanjahu", "speaker": "Benjamin Netanjahu",
     "affiliation": "Israel", "stance": "favor", "source": "user"},
    {"doc": DOC, "quote": "sie lehne jeden Vorschlag ab",
     **at("sie lehne jeden Vorschlag ab"), "kind": "indirect", "cue": "erklärte",
     "speaker": "Hamas", "affiliation": "Hamas", "stance": "against", "source": "user",
     "extracted_start": at(FOUND)["start"], "extracted_end": at(FOUND)["end"]},
    {"doc": DOC, "quote": "der Unterschied sei gering", **at("der Unterschied sei gering"),
     "kind": "indirect", "speaker": "Unterschied", "source": "user", "label": "not_quote"},
    {"doc": DOC, "quote": "die Grenze bleibe zu", **at("die Grenze bleibe zu"),
     "kind": "indirect", "speaker": "Sprecher", "affiliation": "other", "stance": "none",
     "source": "synthetic", "note": "handwritten"},
]


@pytest.fixture()
def corpus(tmp_path):
    docs = tmp_path / "docs"
    (docs / "2024").mkdir(parents=True)
    (docs / DOC).write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS),
                    encoding="utf-8")
    return docs, gold


def loaded(path):
    records, problems = load_annotations([path])
    assert problems == []
    return records


@pytest.mark.parametrize("tool", ["labelstudio", "doccano", "prodigy"])
def test_export_then_import_gives_the_same_records(tmp_path, corpus, run_cli, tool):
    docs, gold = corpus
    exported, back = tmp_path / f"tasks.{tool}", tmp_path / "back.jsonl"
    run_cli("export", str(docs), "--annotations", str(gold), "--to", tool, "-o", str(exported),
            check=True)
    run_cli("import", str(exported), "--from", tool, "-o", str(back), check=True)
    key = lambda r: r.start  # noqa: E731
    assert sorted(loaded(back), key=key) == sorted(loaded(gold), key=key)


def export(tmp_path, corpus, run_cli, tool):
    docs, gold = corpus
    path = tmp_path / f"tasks.{tool}"
    run_cli("export", str(docs), "--annotations", str(gold), "--to", tool, "-o", str(path),
            check=True)
    return path


def test_labelstudio_tasks_count_offsets_like_the_browser(tmp_path, corpus, run_cli):
    path = export(tmp_path, corpus, run_cli, "labelstudio")
    [task] = json.loads(path.read_text(encoding="utf-8"))
    assert task["data"]["text"] == TEXT and task["data"]["doc"] == DOC
    result = task["predictions"][0]["result"]
    first = next(r for r in result if r["type"] == "labels")
    assert first["value"]["labels"] == ["direct"]
    assert first["value"]["text"] == "Wir wollen eine Waffenruhe"
    # the emoji is one character in Python and two UTF-16 code units in the browser
    assert first["value"]["start"] == TEXT.index("Wir wollen") + 1
    same_region = {r["from_name"]: r for r in result if r["id"] == first["id"]}
    assert same_region["stance"]["value"]["choices"] == ["favor"]
    assert same_region["affiliation"]["value"]["choices"] == ["Israel"]
    assert same_region["speaker"]["value"]["text"] == ["Benjamin Netanjahu"]
    labels = [r["value"]["labels"][0] for r in result if r["type"] == "labels"]
    assert labels == ["direct", "indirect", "not_quote", "indirect"]


def test_labelstudio_annotation_overrides_the_pre_annotation(tmp_path, corpus, run_cli):
    path = export(tmp_path, corpus, run_cli, "labelstudio")
    [task] = json.loads(path.read_text(encoding="utf-8"))
    result = task["predictions"][0]["result"]
    first_id = result[0]["id"]
    edited = [r for r in result if r["id"] != first_id or r["from_name"] != "stance"]
    edited.append({"id": first_id, "from_name": "stance", "to_name": "text", "type": "choices",
                   "value": {"choices": ["none"]}})
    edited = [r for r in edited if r["id"] != result[-1]["id"]]  # the annotator deleted one
    start16 = TEXT.index("sagte Netanjahu") + 1  # UTF-16: the emoji counts twice
    edited += [{"id": "new1", "from_name": "quote", "to_name": "text", "type": "labels",
                "value": {"start": start16, "end": start16 + len("sagte Netanjahu"),
                          "text": "sagte Netanjahu", "labels": ["quote"]}},
               {"id": "new1", "from_name": "stance", "to_name": "text", "type": "choices",
                "value": {"choices": ["against"]}}]
    task["annotations"] = [{"result": edited, "was_cancelled": False}]
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    got = import_file(path, "labelstudio")
    assert got.problems == [] and got.notes == []
    by_quote = {r.quote: r for r in got.records}
    assert by_quote["Wir wollen eine Waffenruhe"].stance == "none"
    assert by_quote["Wir wollen eine Waffenruhe"].speaker == "Benjamin Netanjahu"
    assert "die Grenze bleibe zu" not in by_quote
    added = by_quote["sagte Netanjahu"]
    assert added.stance == "against" and added.kind is None and added.speaker is None


def test_doccano_and_prodigy_edits_come_back(tmp_path, corpus, run_cli):
    line = json.loads(export(tmp_path, corpus, run_cli, "doccano").read_text(encoding="utf-8"))
    assert line["label"][0] == [*at("Wir wollen eine Waffenruhe").values(), "favor"]
    line["label"] = [[*at("Wir wollen eine Waffenruhe").values(), "against"],
                     [*at("Die Hamas erklärte").values(), "none"]]
    edited = tmp_path / "doccano-export.jsonl"
    edited.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    got = import_file(edited, "doccano")
    assert got.problems == []
    [first, added] = got.records
    assert first.stance == "against" and first.speaker == "Benjamin Netanjahu"  # kept field
    assert added.quote == "Die Hamas erklärte" and added.stance == "none"

    task = json.loads(export(tmp_path, corpus, run_cli, "prodigy").read_text(encoding="utf-8"))
    tokens = task["tokens"]
    for s in task["spans"]:  # every span starts and ends on a token, as ner.manual needs
        assert tokens[s["token_start"]]["start"] == s["start"]
        assert tokens[s["token_end"]]["end"] == s["end"]
    rejected = dict(task, answer="reject")
    path = tmp_path / "prodigy-export.jsonl"
    path.write_text(json.dumps(task, ensure_ascii=False) + "\n"
                    + json.dumps(rejected, ensure_ascii=False) + "\n", encoding="utf-8")
    got = import_file(path, "prodigy")
    assert len(got.records) == len(RECORDS) and len(got.notes) == 1 and ":2:" in got.notes[0]


def test_bad_exports_are_named_by_file_and_line_and_nothing_is_written(tmp_path, run_cli):
    good = {"text": TEXT, "doc": "artikel.txt", "label": [[*at("die Grenze bleibe zu").values(),
                                                           "none"]]}
    lines = [json.dumps(good), "{not json",
             json.dumps({**good, "label": [[0, 4, "maybe"]]}),
             json.dumps({**good, "label": [[5, 99999, "favor"]]}),
             json.dumps({k: v for k, v in good.items() if k != "doc"}),
             json.dumps(good)]
    bad = tmp_path / "doccano.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    proc = run_cli("import", str(bad), "--from", "doccano", "-o", str(target))
    assert proc.returncode == 2 and not target.exists()
    assert f"{bad}:2: bad JSON" in proc.stderr
    assert f"{bad}:3: span 0-4: unknown label 'maybe'" in proc.stderr
    assert f"{bad}:4: span 5-99999 does not lie in the text" in proc.stderr
    assert f"{bad}:5: task without a document name" in proc.stderr
    assert f"{bad}:6: artikel.txt: span" in proc.stderr and "(first at line 1)" in proc.stderr
    ls = tmp_path / "ls.json"
    ls.write_text('[\n{"data": {"text": "Kurz", "doc": "k.txt"},\n "annotations": [{"result": '
                  '[{"id": "a", "type": "labels", "from_name": "quote", "to_name": "text", '
                  '"value": {"start": 0, "end": 4, "text": "Lang", "labels": ["direct"]}}]}]}\n]',
                  encoding="utf-8")
    got = import_file(ls, "labelstudio")
    assert [str(p) for p in got.problems] == [
        f"{ls}:2: region a: text 'Lang' differs from the task text at 0-4 (offsets of another "
        "version of the text?)"]


def test_found_quotes_exported_for_prodigy(tmp_path, run_cli):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "artikel.txt").write_text(TEXT, encoding="utf-8")
    proc = run_cli("export", str(docs), "--to", "prodigy", check=True)
    [task] = [json.loads(line) for line in proc.stdout.splitlines()]
    assert task["meta"]["doc"] == "artikel.txt" and task["spans"]
    found = {TEXT[s["start"]:s["end"]] for s in task["spans"]}
    assert "Wir wollen eine Waffenruhe" in found
    assert all(s["label"] in ("favor", "against", "none") for s in task["spans"])
