"""Hostile input (issue 13): every case names the bad input, processes the good ones, never
crashes or hangs. Fixtures are made here; the heavy one runs under a memory cap."""

from __future__ import annotations

import csv
import io
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.annotations import AnnotationFileBusy, annotation_lock, append_annotation, load_annotations
from quotes.documents import (
    InputError,
    decode,
    display_name,
    parse_date_bound,
    parse_size_mb,
    read_document,
)
from quotes.models import Annotation, Quote
from quotes.parse import (
    MAX_RUN_CHARS,
    ParseCache,
    Parsed,
    Sentence,
    Word,
    sentences_to_json,
    split_long_sentences,
    text_warnings,
)
from quotes.report import csv_rows, md, quotes_table
from quotes.storage import AtomicWriter, OutputError, output_path, write_atomic

ROOT = Path(__file__).resolve().parent.parent
GOOD = "„Wir sind zu einer Waffenruhe bereit“, sagte der Sprecher am Montag in Kairo.\n"
UMLAUTS = "Er sagte, man müsse über eine Waffenruhe reden. „Wir prüfen das“, sagte sie.\n"


# ---------------------------------------------------------------------------- decoding


def test_one_bad_byte_in_utf8_is_replaced_not_latin1(tmp_path):
    data = UMLAUTS.encode("utf-8").replace(b"reden", b"re\xffden")
    text, warnings = decode(data, tmp_path / "a.txt")
    assert "müsse über" in text and "prüfen" in text and "re\ufffdden" in text
    assert len(warnings) == 1 and "a.txt" in warnings[0] and "1 invalid UTF-8" in warnings[0]


def test_latin1_file_is_decoded_as_latin1(tmp_path):
    text, warnings = decode(UMLAUTS.encode("cp1252"), tmp_path / "b.txt")
    assert text == UMLAUTS and "Latin-1" in warnings[0]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_bom_files_are_text(tmp_path, encoding):
    path = tmp_path / "bom.txt"
    path.write_bytes(UMLAUTS.encode(encoding))
    doc = read_document(path)
    assert doc.text == UMLAUTS and not doc.warnings


def test_fifo_is_skipped_by_name_without_reading(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_document(fifo)  # would block forever if it were opened


def test_undecodable_file_name_prints(tmp_path):
    name = os.fsdecode(b"bericht-\xff.txt")
    assert display_name(name) == "bericht-\ufffd.txt"
    display_name(name).encode("utf-8")  # never a UnicodeEncodeError on output


# ---------------------------------------------------------------------------- options


@pytest.mark.parametrize("value", ["banana", "2024-13", "2024-02-30", "24-01", "2024/01"])
def test_bad_date_bounds_are_refused(value):
    with pytest.raises(ValueError, match="--since"):
        parse_date_bound(value, "--since")


@pytest.mark.parametrize("value", ["2024", "2024-02", "2024-02-29"])
def test_good_date_bounds_pass(value):
    assert parse_date_bound(value) == value


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 0.0, -1.0])
def test_bad_sizes_are_refused(value):
    with pytest.raises(ValueError, match="--max-size"):
        parse_size_mb(value)


# ---------------------------------------------------------------------------- output paths


def test_symlink_target_is_refused_and_left_alone(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("keep")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    with pytest.raises(OutputError, match="symbolic link"):
        write_atomic(link, "new")
    assert link.is_symlink() and real.read_text() == "keep"


def test_directory_target_is_refused_without_leftovers(tmp_path):
    with pytest.raises(OutputError, match="folder"):
        with AtomicWriter(tmp_path) as fh:
            fh.write("x")
    assert not list(tmp_path.glob(".*.tmp"))


def test_dash_means_stdout_and_all_outputs_share_one_mode(tmp_path):
    assert output_path("-") is None
    write_atomic(tmp_path / "a.json", "{}")
    with AtomicWriter(tmp_path / "b.jsonl") as fh:
        fh.write("{}\n")
    umask = os.umask(0)
    os.umask(umask)
    modes = {(tmp_path / n).stat().st_mode & 0o777 for n in ("a.json", "b.jsonl")}
    assert modes == {0o666 & ~umask}


# ---------------------------------------------------------------------------- annotation files


def record(quote: str, doc: str = "a.txt") -> Annotation:
    return Annotation(doc=doc, quote=quote, kind="direct", speaker="X", stance="none",
                      source="synthetic")


def test_line_separators_in_quotes_keep_one_record_per_line(tmp_path):
    path = tmp_path / "ann.jsonl"
    quotes = ["eins\u2028zwei", "drei\u2029vier", "fünf\x85sechs"]
    for q in quotes:
        append_annotation(path, record(q))
    assert path.read_bytes().count(b"\n") == 3
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3  # even splitlines agrees
    records, problems = load_annotations([path])
    assert not problems and [r.quote for r in records] == quotes


def test_invalid_byte_is_named_by_line_and_other_lines_load(tmp_path):
    path = tmp_path / "ann.jsonl"
    append_annotation(path, record("gut"))
    with path.open("ab") as fh:
        fh.write(b'{"doc": "a.txt", "quote": "b\xffse"}\n')
    append_annotation(path, record("auch gut"))
    records, problems = load_annotations([path])
    assert [r.quote for r in records] == ["gut", "auch gut"]
    assert [str(p) for p in problems] == [f"{path}:2: invalid UTF-8 at byte 28 of the line"]


def test_second_annotation_session_is_refused(tmp_path, run_cli):
    path = tmp_path / "ann.jsonl"
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with annotation_lock(path):
        with pytest.raises(AnnotationFileBusy):
            with annotation_lock(path):
                pass
        proc = run_cli("annotate", str(tmp_path / "a.txt"), "--annotations", str(path), stdin="q\n")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "another `quotes annotate` session" in " ".join(proc.stderr.split())
    assert not path.exists()


# ---------------------------------------------------------------------------- safe outputs


def quote(text: str, doc: str = "a.txt") -> Quote:
    return Quote(doc=doc, start=0, end=len(text), kind="direct", quote=text, speaker="=HYPERLINK()",
                 confidence=0.9)


def test_csv_cells_that_a_spreadsheet_would_run_are_quoted():
    rows = list(csv.DictReader(io.StringIO(csv_rows([quote("=1+1"), quote("-2"), quote("@SUM(A1)"),
                                                     quote("\tx"), quote("ganz normal")]))))
    assert [r["quote"] for r in rows] == ["'=1+1", "'-2", "'@SUM(A1)", "'\tx", "ganz normal"]
    assert rows[0]["speaker"] == "'=HYPERLINK()"


def test_markup_and_escape_sequences_in_data_are_shown_as_text():
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=120, force_terminal=True)
    console.print(quotes_table([quote("Er sagte [/bold] und \x1b]0;pwned\x07\x1b[2J"),
                                quote("x", doc="[/x].txt")]))
    shown = buffer.getvalue()
    assert "[/bold]" in shown and "[/x].txt" in shown
    assert "pwned\x07" not in shown and "\x1b]0;" not in shown and "\x1b[2J" not in shown


def test_markdown_escapes_html():
    assert md("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;"


# ---------------------------------------------------------------------------- the parse cache


def tiny_parse(text: str = "Er sagte es.") -> Parsed:
    words = [Word(1, "Er", "er", "PRON", "_", 2, "nsubj", 0, 2, 0),
             Word(2, "sagte", "sagen", "VERB", "_", 0, "root", 3, 8, 1),
             Word(3, "es", "es", "PRON", "_", 2, "obj", 9, 11, 2),
             Word(4, ".", ".", "PUNCT", "_", 2, "punct", 11, 12, 3)]
    return Parsed(text, [Sentence(words, 0, 12)])


@pytest.mark.parametrize("damage", ["directory", "garbage", "deep", "cycle", "head_outside"])
def test_damaged_cache_entries_are_misses(tmp_path, damage, capsys):
    cache = ParseCache(tmp_path)
    parsed = tiny_parse()
    cache.put(parsed, "m")
    path = cache.path(cache.key(parsed.text, "m"))
    if damage == "directory":
        path.unlink()
        path.mkdir()
    elif damage == "garbage":
        path.write_bytes(b"\xff\x00{")
    elif damage == "deep":
        path.write_text("[" * 200_000 + "]" * 200_000)
    else:
        body = sentences_to_json(parsed.sentences)
        body[0][0][5] = 1 if damage == "cycle" else 9  # "Er" heads itself / a word not there
        if damage == "cycle":
            body[0][1][5] = 1
        cache.store(cache.key(parsed.text, "m"), "sentences", body, {})
    assert cache.get(parsed.text, "m") is None
    assert cache.get(parsed.text, "m") is None  # and stays a miss on the next run
    assert capsys.readouterr().err.count("warning: parse cache") == 1


def test_cache_that_cannot_be_written_is_skipped_with_one_warning(tmp_path, capsys):
    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("not a folder")
    cache = ParseCache(blocker)
    for text in ("Eins.", "Zwei."):
        cache.put(tiny_parse(text), "m")
        assert cache.get(text, "m") is None
    assert capsys.readouterr().err.count("cannot be written") == 1
    assert cache.info()["entries"] == 0 and cache.clear() == 0


# ---------------------------------------------------------------------------- bounded parsing


def test_long_sentences_are_split_before_the_parser(parser, monkeypatch):
    monkeypatch.setattr("quotes.parse.MAX_SENTENCE_WORDS", 12)
    text = " ".join(["die", "Regierung", "berät", "zum", "Thema", "Waffenruhe", ","] * 6) + "\n"
    parsed = parser.parse_batch([text + " "])[0]  # a text of its own: not the cached parse
    assert max(len(s.words) for s in parsed.sentences) <= 12
    assert sum(len(s.words) for s in parsed.sentences) >= 42
    for s in parsed.sentences:
        for w in s.words:
            assert parsed.text[w.start:w.end] in (w.text, "zum")


def test_split_keeps_multiword_tokens_whole():
    sent = [{"id": i, "text": "w"} for i in range(1, 4)] + [{"id": (4, 5), "text": "zum"},
                                                            {"id": 4, "text": "zu"},
                                                            {"id": 5, "text": "dem"}]
    pieces = split_long_sentences([sent], limit=4)
    assert [[e["id"] for e in p] for p in pieces] == [[1, 2, 3], [(1, 2), 1, 2]]


def test_runs_without_spaces_are_left_out_by_name(parser):
    blob = "x" * (MAX_RUN_CHARS + 100)
    text = f"{GOOD}{blob}\n{GOOD}"
    parsed = parser.parse(text)
    assert all(not (GOOD and len(GOOD) < w.start < len(GOOD) + len(blob)) for s in parsed.sentences
               for w in s.words)
    assert len(parsed.sentences) >= 2
    assert "not analysed" in text_warnings(text)[0]


# ---------------------------------------------------------------------------- one bad document


def test_a_parse_failure_skips_only_that_document(tmp_path, cache_dir, monkeypatch):
    """Fault injection at the parser boundary (a torch out-of-memory is not made on purpose)."""
    from quotes.analysis import Analyzer, Settings

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Die Hamas erklärte, sie prüfe das Angebot. BOOM\n", encoding="utf-8")
    analyzer = Analyzer(Settings(cache_dir=str(tmp_path / "cache"), stance=False))
    real_batch, real_parse = analyzer.parser.parse_batch, analyzer.parser.parse

    def explode_on_boom(texts):
        if any("BOOM" in t for t in texts):
            raise RuntimeError("DefaultCPUAllocator: can't allocate memory:\nyou tried to ...")
        return real_batch(texts)

    monkeypatch.setattr(analyzer.parser, "parse_batch", explode_on_boom)
    monkeypatch.setattr(analyzer.parser, "parse", lambda t: explode_on_boom([t])[0] if "BOOM" in t
                        else real_parse(t))
    a, b = analyzer.analyze_batch([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert a.error is None and a.quotes
    assert b.error.startswith("parse failed (RuntimeError: DefaultCPUAllocator") and "\n" not in b.error


def test_batch_with_bad_inputs_names_each_and_writes_the_good(tmp_path, run_cli):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "a[").mkdir()  # the path holds "[/x]", which rich would read as a closing tag
    (folder / "a[" / "x].txt").write_text(GOOD.replace("Kairo", "Doha"), encoding="utf-8")
    (folder / "a[" / "x]-leer.txt").write_text("", encoding="utf-8")  # named on stderr
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    odd = os.path.join(os.fsencode(tmp_path), b"name-\xff.txt")
    with open(odd, "wb") as fh:
        fh.write(GOOD.encode())
    out = tmp_path / "out.csv"
    proc = run_cli("extract", str(folder), str(fifo), os.fsdecode(odd), str(tmp_path / "gone.txt"),
                   "--format", "csv", "-o", str(out), "--jobs", "1")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    err = " ".join(proc.stderr.split())
    assert "pipe.txt: not a regular file" in err and "gone.txt: no such file" in err
    assert "a[/x]-leer.txt: empty file" in err
    docs = [r["doc"] for r in csv.DictReader(out.open(encoding="utf-8"))]
    assert {"good.txt", "a[/x].txt", "name-\ufffd.txt"} <= set(docs)
    assert oct(out.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_bad_options_end_with_a_message_not_a_traceback(tmp_path, run_cli):
    doc = tmp_path / "a.txt"
    doc.write_text(GOOD, encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "elsewhere.json")
    for args, message in [(["report", str(doc), "--since", "banana"], "--since 'banana'"),
                          (["extract", str(doc), "--max-size", "nan"], "--max-size nan"),
                          (["report", str(doc), "-f", "json", "-o", str(link)], "symbolic link"),
                          (["report", str(doc), "-f", "json", "-o", str(tmp_path)], "is a folder")]:
        proc = run_cli(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert "Traceback" not in proc.stderr and message in " ".join(proc.stderr.split()), args
    assert not (tmp_path / "elsewhere.json").exists()
    proc = run_cli("report", str(doc), "-f", "json", "-o", "-")
    assert proc.returncode == 0 and json.loads(proc.stdout)["documents"] == 1
    assert not (ROOT / "-").exists()


# ---------------------------------------------------------------------------- heavy, capped


def _cap(limit: int):
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@pytest.mark.slow
def test_paragraph_of_quotation_marks_stays_bounded(tmp_path, cache_dir):
    """1,000 quotation marks in one paragraph (one 1,500-token sentence: 6 GB before the split)
    under a 3 GB address-space cap, next to a good document."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "marks.txt").write_text(" ".join(["„Nein“"] * 500) + " sagte er.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    env = dict(os.environ, QUOTES_CACHE_DIR=str(cache_dir), PYTHONWARNINGS="ignore")
    proc = subprocess.run([sys.executable, "-m", "quotes", "extract", str(folder), "-f", "jsonl",
                           "-o", str(out), "--jobs", "1"], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=600, preexec_fn=_cap(3 * 2**30))
    assert proc.returncode == 0, proc.stderr[-2000:]
    docs = [json.loads(line)["doc"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert "good.txt" in docs


def test_train_settings_out_of_range_end_with_a_message(tmp_path, run_cli):
    for args, message in [(["--set", "C=-1"], "C must be a positive number"),
                          (["--set", "C=nan"], "C must be a positive number"),
                          (["--folds", "1"], "greater than or equal to 2")]:
        proc = run_cli("train", "--no-shipped", "--annotations", str(ROOT / "data" / "annotations"),
                       "-o", str(tmp_path / "m.npz"), *args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert "Traceback" not in proc.stderr and message in " ".join(proc.stderr.split()), args
    assert not (tmp_path / "m.npz").exists()


def test_a_long_text_cut_into_pieces_keeps_every_offset_on_the_whole_text(analyzer, monkeypatch):
    """A text longer than one piece is analysed piece by piece: the cue and the speaker
    mention of a quote in a later piece point into the whole text, like its span."""
    import quotes.analysis

    monkeypatch.setattr(quotes.analysis, "LONG_DOC_CHARS", 400)
    filler = "Der Hafen wurde am Montag wieder geöffnet. " * 12
    text = filler + "\n\nDie Bürgermeisterin Anna Berg sagte, die Fähre fahre ab Mai wieder.\n"
    (doc,) = analyzer.analyze_texts([("t.txt", text, None)])
    q = next(q for q in doc.quotes if "Fähre" in q.quote)
    assert text[q.start:q.end] == q.quote
    assert text[q.cue_start:q.cue_end] == q.cue
    assert text[q.speaker_start:q.speaker_end] == q.speaker_mention


def test_a_worker_that_cannot_start_ends_the_run_with_its_error(tmp_path):
    """A pool worker whose analyzer fails to build (a broken data file, a bad setting that only
    the workers read) made `multiprocessing` start new workers forever: the run hung without a
    word. The error now reaches the caller from the first task."""
    from quotes.analysis import Settings
    from quotes.config import ConfigError
    from quotes.runner import run_analysis

    (tmp_path / "a.txt").write_text("Der Minister sagte, die Lage sei ernst.\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="speaker mode"):
        list(run_analysis([tmp_path], Settings(speaker_mode="bogus", use_cache=False), jobs=2))
