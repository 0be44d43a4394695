"""Bad input: named on one line, skipped, others still processed, never a traceback."""

from __future__ import annotations

GOOD = "Die Hamas sagte, sie sei zu Gesprächen bereit.\n"


def make_folder(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b_empty.txt").write_text("", encoding="utf-8")
    (folder / "c_binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (folder / "d_latin1.txt").write_bytes(
        "Der Minister erklärte, Israel werde die Offensive fortsetzen.\n".encode("latin-1"))
    return folder


def test_bad_documents_are_named_and_skipped(tmp_path, run_cli):
    folder = make_folder(tmp_path)
    proc = run_cli("extract", str(folder), str(tmp_path / "missing.txt"), "--format", "jsonl")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    err = " ".join(proc.stderr.split())
    assert "b_empty.txt: empty file" in err
    assert "c_binary.txt: binary file" in err
    assert "missing.txt: no such file" in err
    assert "d_latin1.txt: not valid UTF-8" in err and "Latin-1" in err
    docs = {line.split('"doc":"')[1].split('"')[0] for line in proc.stdout.splitlines()}
    assert docs == {"a_good.txt", "d_latin1.txt"}
    assert "werde die Offensive fortsetzen" in proc.stdout  # Latin-1 text decoded correctly


def test_fail_fast_stops_at_first_bad_document(tmp_path, run_cli):
    folder = make_folder(tmp_path)
    proc = run_cli("extract", str(folder), "--format", "jsonl", "--fail-fast", "--jobs", "1")
    assert proc.returncode == 2
    assert "b_empty.txt" in proc.stderr and "--fail-fast" in proc.stderr


def test_nothing_processable_exits_2(tmp_path, run_cli):
    (tmp_path / "empty.txt").write_text("")
    proc = run_cli("extract", str(tmp_path / "empty.txt"))
    assert proc.returncode == 2
    assert "no document could be processed" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_oversized_document_is_skipped_with_reason(tmp_path, run_cli):
    big = tmp_path / "big.txt"
    big.write_text(("Die Gespräche gehen weiter. " * 2000) + "\n", encoding="utf-8")
    ok = tmp_path / "ok.txt"
    ok.write_text(GOOD, encoding="utf-8")
    proc = run_cli("extract", str(big), str(ok), "--format", "jsonl", "--max-size", "0.01")
    assert proc.returncode == 1
    assert "big.txt: too large" in " ".join(proc.stderr.split())
    assert '"doc":"ok.txt"' in proc.stdout


def test_long_document_is_analysed_piece_by_piece_with_whole_text_offsets(tmp_path, analyzer,
                                                                          monkeypatch):
    """Pieces cut at paragraphs: each quote still indexes the whole text, none is lost."""
    import quotes.analysis as analysis

    paragraph = ("„Wir verhandeln weiter über eine Waffenruhe“, sagte der Vermittler am Montag. "
                 "Die Hamas erklärte, sie werde den Vorschlag prüfen.")
    text = "\n\n".join(f"{paragraph} (Absatz {i})" for i in range(12)) + "\n"
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    whole = analyzer.analyze_batch([str(path)])[0]
    monkeypatch.setattr(analysis, "LONG_DOC_CHARS", 600)
    pieces = analyzer.analyze_batch([str(path)])[0]
    assert pieces.error is None and len(pieces.quotes) >= 24
    for q in pieces.quotes:
        assert text[q.start:q.end] == q.quote
    # the parse of a piece may differ a little from the parse in full context: compare by overlap
    assert len(pieces.quotes) == len(whole.quotes)
    for a, b in zip(pieces.quotes, whole.quotes, strict=True):
        overlap = min(a.end, b.end) - max(a.start, b.start)
        assert overlap > 0.5 * (max(a.end, b.end) - min(a.start, b.start)), (a.quote, b.quote)
