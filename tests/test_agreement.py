"""`quotes agreement` on hand-made annotator files; the expected figures are worked out by hand."""

from __future__ import annotations

import json

import pytest

TEXT = ("„Wir wollen eine Waffenruhe“, sagte Netanjahu am Montag. Die Hamas erklärte, sie lehne "
        "jeden Vorschlag ab, der keinen Abzug vorsehe. Ein Sprecher sagte, die Grenze bleibe zu. "
        "Am Abend regnete es.")


def span(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def record(quote: str, stance: str, kind: str, speaker: str | None, affiliation: str | None,
           doc: str = "art.txt", **extra) -> dict:
    start, end = span(quote)
    return {"doc": doc, "quote": quote, "start": start, "end": end, "kind": kind,
            "speaker": speaker, "affiliation": affiliation, "stance": stance, "source": "user",
            **extra}


Q1 = "Wir wollen eine Waffenruhe"
Q2 = "sie lehne jeden Vorschlag ab, der keinen Abzug vorsehe"
Q2_SHORT = "sie lehne jeden Vorschlag ab"  # IoU with Q2: 28/54 = 0.52, matched at 0.3 only
Q3 = "die Grenze bleibe zu"
Q4 = "Am Abend regnete es"

A = [record(Q1, "favor", "direct", "Netanjahu", "Israel"),
     record(Q2, "against", "indirect", "Hamas", "Hamas"),
     record(Q3, "none", "indirect", None, "other"),
     record(Q1, "favor", "direct", None, None, doc="only-in-a.txt")]
B = [record(Q1, "favor", "direct", "Benjamin Netanjahu", "Israel"),
     record(Q2_SHORT, "none", "indirect", "Hamas", "Hamas"),
     record(Q4, "none", "indirect", None, "other"),
     record(Q3, "none", "indirect", None, None, label="not_quote")]  # a rejection: not a quote


def write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return str(path)


def test_two_annotators(tmp_path, run_cli):
    a, b = write(tmp_path / "a.jsonl", A), write(tmp_path / "b.jsonl", B)
    proc = run_cli("agreement", a, b, "--format", "json", check=True)
    result = json.loads(proc.stdout)
    assert result["documents"] == 1 and result["documents_left_out"] == ["only-in-a.txt"]
    [pair] = result["pairs"]
    assert (pair["quotes_a"], pair["quotes_b"]) == (3, 3)  # B's rejection is not a quote
    assert pair["spans"]["0.3"] == {"f1": 0.667, "matched": 2}  # 2*2 / (3+3)
    assert pair["spans"]["0.8"] == {"f1": 0.333, "matched": 1}
    # stance on matched quotes: (favor, favor), (against, none): p_o 0.5, p_e 0.25 -> 1/3
    assert pair["kappa"]["stance"] == pytest.approx(0.333)
    assert pair["kappa"]["kind"] == 1.0 and pair["kappa"]["affiliation"] == 1.0
    assert pair["speaker_agreement"] == 1.0  # Netanjahu is Benjamin Netanjahu in the registry
    table = run_cli("agreement", a, b, check=True).stdout
    assert "κ stance" in table and "0.667" in table and "0.333" in table


def test_three_annotators_get_krippendorffs_alpha(tmp_path, run_cli):
    one = [record(Q1, "favor", "direct", None, None), record(Q3, "favor", "indirect", None, None)]
    other = [record(Q1, "favor", "direct", None, None), record(Q3, "against", "indirect", None, None)]
    files = [write(tmp_path / "a.jsonl", one), write(tmp_path / "b.jsonl", one),
             write(tmp_path / "c.jsonl", other)]
    result = json.loads(run_cli("agreement", *files, "--format", "json", check=True).stdout)
    assert len(result["pairs"]) == 3
    # units (f, f, f) and (f, f, a): o_ff = 4, o_fa = o_af = 1, n = 6 -> D_o = 1/3 = D_e -> 0
    assert result["alpha"]["units"] == 2
    assert result["alpha"]["stance"] == pytest.approx(0.0, abs=1e-9)
    assert result["alpha"]["kind"] is not None  # direct vs indirect across units, all agree
    assert result["alpha"]["kind"] == pytest.approx(1.0)


def test_records_without_offsets_need_the_documents(tmp_path, run_cli):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "art.txt").write_text(TEXT, encoding="utf-8")
    bare = [{k: v for k, v in r.items() if k not in ("start", "end")} for r in A[:3]]
    a, b = write(tmp_path / "a.jsonl", bare), write(tmp_path / "b.jsonl", A[:3])
    refused = run_cli("agreement", a, b)
    assert refused.returncode == 2 and "--docs" in refused.stderr
    result = json.loads(run_cli("agreement", a, b, "--docs", str(docs), "--format", "json",
                                check=True).stdout)
    assert result["pairs"][0]["spans"]["0.8"]["f1"] == 1.0


def test_one_file_is_refused(tmp_path, run_cli):
    proc = run_cli("agreement", write(tmp_path / "a.jsonl", A))
    assert proc.returncode == 2 and "two or more" in proc.stderr
