"""`quotes annotate` driven end to end with scripted input, including interruptions."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from quotes.annotations import load_annotations

from .conftest import ROOT

ARTICLE = (
    "„Wir lehnen jede Feuerpause ab“, sagte der Minister Itamar Ben-Gvir am Montag.\n\n"
    "Die Hamas erklärte, sie sei zu einem dauerhaften Waffenstillstand bereit.\n\n"
    "„Die Hilfslieferungen müssen sofort erhöht werden“, sagte UN-Generalsekretär António "
    "Guterres in New York.\n\n"
    "Katar teilte mit, dass die Gespräche am Dienstag in Doha fortgesetzt würden.\n"
)


@pytest.fixture()
def article(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "art.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def records(path):
    recs, problems = load_annotations([path])
    assert problems == []
    return recs


def test_scripted_session_saves_answers_and_resumes(tmp_path, article, run_cli):
    target = tmp_path / "user.jsonl"
    proc = run_cli("annotate", str(article), "--annotations", str(target), stdin="f\nx\nq\n")
    assert proc.returncode == 0, proc.stderr
    first = records(target)
    assert [r.stance for r in first] == ["favor", "against"]
    assert all(r.source == "user" and r.doc == "art.txt" for r in first)
    proc = run_cli("annotate", str(article), "--annotations", str(target), stdin="n\nq\n")
    second = records(target)
    assert len(second) == 3
    assert second[2].stance == "none"
    assert (second[2].doc, second[2].start) not in {(r.doc, r.start) for r in first}


def test_edit_speaker_and_accept(tmp_path, article, run_cli):
    target = tmp_path / "user.jsonl"
    run_cli("annotate", str(article), "--annotations", str(target),
            stdin="e\nJemand Anderes\nf\nq\n", check=True)
    [rec] = records(target)
    assert rec.speaker == "Jemand Anderes" and rec.stance == "favor"


def wait_for_lines(path, n, proc, timeout=300):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if path.exists() and len(path.read_text().splitlines()) >= n:
            return
        if proc.poll() is not None:
            raise AssertionError(f"annotate ended early with exit code {proc.returncode}")
        time.sleep(0.2)
    raise AssertionError("no answer was written")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_killed_session_keeps_every_answer_given(tmp_path, article, cache_dir, sig):
    target = tmp_path / "user.jsonl"
    env = dict(os.environ, QUOTES_CACHE_DIR=str(cache_dir), PYTHONWARNINGS="ignore")
    log = (tmp_path / "session.log").open("w")  # a file, not a pipe nobody reads: no blocking
    proc = subprocess.Popen([sys.executable, "-m", "quotes", "annotate", str(article),
                             "--annotations", str(target)], stdin=subprocess.PIPE,
                            stdout=log, stderr=subprocess.STDOUT, text=True, cwd=ROOT, env=env)
    proc.stdin.write("f\n")
    proc.stdin.flush()
    proc.stdin.write("x\n")
    proc.stdin.flush()
    wait_for_lines(target, 2, proc)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    saved = records(target)
    assert [r.stance for r in saved] == ["favor", "against"]
    assert target.read_text().endswith("\n")
    # resume: the next session starts with the next unanswered quote
    proc2 = subprocess.run([sys.executable, "-m", "quotes", "annotate", str(article),
                            "--annotations", str(target)], input="n\nq\n", text=True,
                           capture_output=True, cwd=ROOT, env=env, timeout=600)
    assert proc2.returncode == 0, proc2.stderr
    after = records(target)
    assert len(after) == 3 and len({(r.doc, r.start) for r in after}) == 3
