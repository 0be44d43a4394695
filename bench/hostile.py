"""Hostile inputs (issue 13): each run as `quotes extract` in a child process under a memory cap.

Every fixture lies next to one good document; a run is fine when it ends within its time limit,
without a traceback, the good document's quotes are written and the exit code is 0 or 1.
Used by `make bench` (bench.py) and runnable alone: `python bench/hostile.py`.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD = "„Wir sind zu einer Waffenruhe bereit“, sagte der Sprecher am Montag in Kairo.\n"
MEMORY_CAP_BYTES = 4 * 2**30  # address space; a run that needs more fails instead of swapping
TIME_LIMIT_S = 600


def nested_marks(size: int = 16_000) -> str:
    """Quotation marks opened inside each other, then all closed: „a „b „c … “ “ “."""
    opening = "„Er sagte "
    n = size // (len(opening) + 2)
    return opening * n + "“ " * n + "\n"


def unpunctuated(words: int) -> str:
    """One sentence of `words` words without punctuation."""
    pool = ["die", "Regierung", "hat", "gestern", "erneut", "über", "eine", "Waffenruhe",
            "beraten", "und", "der", "Sprecher", "sagte", "dass", "Gespräche", "weitergehen"]
    return " ".join(pool[i % len(pool)] for i in range(words)) + "\n"


def many_marks(marks: int = 10_000) -> str:
    """One paragraph holding `marks` quotation marks: short quotes back to back."""
    return " ".join("„Nein“" for _ in range(marks // 2)) + " sagte er.\n"


def no_spaces(size: int = 1_000_000) -> str:
    """A megabyte without a single space (a scraped blob)."""
    unit = "Waffenruhe-Verhandlungen,"
    return (unit * (size // len(unit) + 1))[:size] + "\n"


FIXTURES = {
    "nested_marks_16kb": lambda: nested_marks(16_000),
    "unpunctuated_6kb": lambda: unpunctuated(1_427)[:6_000],
    "sentence_2000_words": lambda: unpunctuated(2_000),
    "paragraph_10000_marks": lambda: many_marks(10_000),
    "no_spaces_1mb": lambda: no_spaces(1_000_000),
}


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))


def _wait(proc: subprocess.Popen, timeout: float) -> tuple[int | str, float]:
    """Exit code (or "timeout") and the child's own peak resident memory in MB."""
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode, usage.ru_maxrss / 1024
        if time.monotonic() > deadline:
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = -9
            return "timeout", usage.ru_maxrss / 1024
        time.sleep(0.1)


def run_fixture(name: str, work: Path, timeout: int = TIME_LIMIT_S) -> dict:
    """Extract from the fixture and the good document in one child; figures of that child."""
    folder = work / name
    folder.mkdir(parents=True)
    (folder / "bad.txt").write_text(FIXTURES[name](), encoding="utf-8")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    out = work / f"{name}.jsonl"
    env = dict(os.environ, QUOTES_CACHE_DIR=str(work / f"cache-{name}"), PYTHONWARNINGS="ignore",
               PYTHONPATH=str(ROOT))
    err_path = work / f"{name}.stderr"
    start = time.perf_counter()
    with err_path.open("wb") as err_fh:
        proc = subprocess.Popen([sys.executable, "-m", "quotes", "extract", str(folder), "--format",
                                 "jsonl", "-o", str(out), "--jobs", "1"], env=env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=err_fh, preexec_fn=_cap_memory)
        code, peak = _wait(proc, timeout)
    seconds = time.perf_counter() - start
    good_quotes = sum('"doc":"good.txt"' in line for line in out.read_text().splitlines()) \
        if out.exists() else 0
    err = err_path.read_text(encoding="utf-8", errors="replace")
    return {"fixture": name, "bytes": (folder / "bad.txt").stat().st_size, "seconds": round(seconds, 1),
            "peak_rss_mb": round(peak, 1), "exit": code, "traceback": "Traceback" in err,
            "good_doc_quotes": good_quotes, "stderr_tail": err.strip().splitlines()[-3:]}


def extraction_growth(sizes: tuple[int, ...] = (20_000, 40_000, 80_000, 160_000, 320_000)) -> dict:
    """Extraction + resolution time per 10k characters as one parsed text grows: the seeds'
    paragraphs parsed once, concatenated (offsets shifted), never parsed again. A ratio of
    the largest to the smallest near 1 means cost linear in the text."""
    import random
    from dataclasses import replace

    from quotes.analysis import Analyzer, Settings
    from quotes.parse import Parsed, Sentence

    paras = [x.strip() for p in sorted((ROOT / "seeds").glob("*.txt"))
             for x in p.read_text(encoding="utf-8").split("\n\n") if x.strip()]
    analyzer = Analyzer(Settings(use_cache=False, stance=False))
    parsed = analyzer.parser.parse_batch(paras)
    rows = {}
    for size in sizes:
        rng, text, sentences = random.Random(3), "", []
        while len(text) < size:
            i = rng.randrange(len(paras))
            off = len(text)
            text += paras[i] + "\n\n"
            sentences += [Sentence([replace(w, start=w.start + off, end=w.end + off) for w in s.words],
                                   s.start + off, s.end + off) for s in parsed[i].sentences]
        start = time.process_time()
        quotes = analyzer.analyze_parsed(Parsed(text, sentences), "growth", None, label=False)
        seconds = time.process_time() - start
        rows[size] = {"seconds": round(seconds, 2), "quotes": len(quotes),
                      "seconds_per_10k_chars": round(seconds / len(text) * 1e4, 4)}
    per = [r["seconds_per_10k_chars"] for r in rows.values()]
    return {"extraction_growth": rows, "extraction_growth_ratio": round(per[-1] / per[0], 2)}


def hostile_rows(work: Path) -> dict:
    """`make bench`: every fixture's figures, the largest peak and the growth of extraction."""
    fixtures = [run_fixture(name, work) for name in FIXTURES]
    return {"hostile_fixtures": fixtures,
            "hostile_peak_rss_mb_max": max(f["peak_rss_mb"] for f in fixtures),
            **extraction_growth()}


def main() -> None:
    names = sys.argv[1:] or list(FIXTURES)
    if names == ["growth"]:
        print(json.dumps(extraction_growth(), indent=1))
        return
    with tempfile.TemporaryDirectory(prefix="quotes-hostile-") as tmp:
        for name in names:
            print(json.dumps(run_fixture(name, Path(tmp))), flush=True)


if __name__ == "__main__":
    main()
