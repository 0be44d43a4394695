"""Speed and memory benchmark (`make bench`): figures and ratios, never asserted in tests.

In one run on the same generated documents (the seeds' paragraphs repeated and shuffled) and
the shipped models it measures: bare Stanza words/s; whole-analysis words/s (parse + extract +
resolve + stance) and their ratio; cold vs warm parse cache for the same command; --jobs 1 vs
--jobs 2; peak memory for 100 vs 1,000 documents; the cold start of `quotes extract` on one
sentence against bare Stanza loading the same models (and the stance model's load time and size).
Writes a JSON file with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from hostile import hostile_rows  # noqa: E402 - the hostile fixtures live beside this file


def paragraphs() -> list[str]:
    out = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        out += [x.strip() for x in p.read_text(encoding="utf-8").split("\n\n") if x.strip()]
    return out


def make_corpus(folder: Path, n_docs: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    paras = paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_docs):
        picked = rng.sample(paras, 4)
        (folder / f"gen_{i:05d}.txt").write_text("\n\n".join(picked) + "\n", encoding="utf-8")
    return folder


def texts_of(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def run_cli(args: list[str], cache: Path) -> dict:
    """Run `quotes …` as a child process; wall time and the child's peak resident memory."""
    env = dict(os.environ, QUOTES_CACHE_DIR=str(cache), PYTHONWARNINGS="ignore")
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "quotes", *args], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"quotes {' '.join(args)} failed: {proc.stderr.read().decode()[-2000:]}")
    return {"seconds": round(elapsed, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}


def bare_stanza(texts: list[str]) -> tuple[float, int]:
    import stanza

    from quotes.analysis import BATCH_DOCS
    from quotes.parse import get_pipeline

    nlp = get_pipeline("shipped")
    nlp("Aufwärmen.")
    start = time.perf_counter()
    words = 0
    for i in range(0, len(texts), BATCH_DOCS):  # the same batches the analysis uses
        docs = nlp.bulk_process([stanza.Document([], text=t) for t in texts[i:i + BATCH_DOCS]])
        words += sum(len(s.words) for d in docs for s in d.sentences)
    return time.perf_counter() - start, words


def whole_analysis(texts: list[str]) -> tuple[float, int, int]:
    from quotes.analysis import BATCH_DOCS, Analyzer, Settings

    analyzer = Analyzer(Settings(use_cache=False))
    analyzer.analyze_text("Aufwärmen, sagte er.")
    start = time.perf_counter()
    quotes = 0
    for i in range(0, len(texts), BATCH_DOCS):
        found = [q for parsed in analyzer.parser.parse_batch(texts[i:i + BATCH_DOCS])
                 for q in analyzer.analyze_parsed(parsed, "bench", None, label=False)]
        analyzer.label(found)  # as Analyzer.analyze_batch does: one classifier call per batch
        quotes += len(found)
    elapsed = time.perf_counter() - start
    return elapsed, analyzer.parser.parsed_words, quotes


def oversized_input(work: Path) -> dict:
    """A 20 MB dump next to a good document: skipped by name under the 2 MB default limit,
    with the peak memory of the whole run (the dump is never read into memory)."""
    folder = work / "oversized"
    folder.mkdir()
    para = "\n\n".join(paragraphs())
    with (folder / "dump.txt").open("w", encoding="utf-8") as fh:
        while fh.tell() < 20_000_000:
            fh.write(para + "\n\n")
    shutil.copy(ROOT / "seeds" / "000_c92c76ed8b2f1bc8.txt", folder / "good.txt")
    r = run_cli(["extract", str(folder), "--format", "jsonl", "--output", str(work / "o.jsonl"),
                 "--jobs", "1"], work / "cache-oversized")
    return {"oversized_20mb_peak_rss_mb": r["peak_rss_mb"], "oversized_20mb_seconds": r["seconds"]}


ONE_SENTENCE = "„Wir sind zu einer Waffenruhe bereit“, sagte der Sprecher am Montag in Kairo.\n"
BARE_COLD = ("import sys, stanza; from quotes.parse import get_pipeline; "
             "get_pipeline('shipped')(open(sys.argv[1], encoding='utf-8').read())")
MODEL_LOAD = ("import time; from quotes.stance import load_model; t = time.perf_counter(); "
              "load_model(); print(time.perf_counter() - t)")


def timed_child(cmd: list[str], env: dict) -> tuple[float, float, str]:
    """Wall and CPU seconds (user + system) of one child process, and its stdout."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _pid, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[:3])} … failed")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, out


def cold_start(work: Path, repeats: int = 2) -> dict:
    """`quotes extract` of a one-sentence file from a fresh process and an empty cache, against a
    bare Stanza process loading the same models and parsing the same sentence (best of each; CPU
    seconds too, which a busy machine inflates less than wall time)."""
    doc = work / "one-sentence.txt"
    doc.write_text(ONE_SENTENCE, encoding="utf-8")
    env = dict(os.environ, PYTHONWARNINGS="ignore", PYTHONPATH=str(ROOT))
    cli, bare, load = [], [], []
    for i in range(repeats):  # alternated: the machine is shared and noisy
        cli.append(timed_child([sys.executable, "-m", "quotes", "extract", str(doc), "--format", "jsonl",
                                "--output", str(work / "one.jsonl"), "--jobs", "1"],
                               {**env, "QUOTES_CACHE_DIR": str(work / f"cache-one-{i}")})[:2])
        bare.append(timed_child([sys.executable, "-c", BARE_COLD, str(doc)], env)[:2])
        load.append(float(timed_child([sys.executable, "-c", MODEL_LOAD], env)[2].strip()))
    from quotes.stance import DEFAULT_MODEL

    wall, cpu = min(c[0] for c in cli), min(c[1] for c in cli)
    bare_wall, bare_cpu = min(b[0] for b in bare), min(b[1] for b in bare)
    return {"cold_extract_one_sentence_s": round(wall, 2), "cold_extract_one_sentence_cpu_s": round(cpu, 2),
            "cold_bare_stanza_one_sentence_s": round(bare_wall, 2),
            "cold_bare_stanza_one_sentence_cpu_s": round(bare_cpu, 2),
            "cold_extract_over_bare_ratio": round(wall / bare_wall, 3),
            "cold_extract_over_bare_cpu_ratio": round(cpu / bare_cpu, 3),
            "stance_model_load_s": round(min(load), 3),
            "stance_model_mb": round(DEFAULT_MODEL.stat().st_size / 1e6, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--output", default=str(ROOT / "bench" / "results.json"))
    ap.add_argument("--small", type=int, default=100)
    ap.add_argument("--medium", type=int, default=300, help="documents for --jobs 1 vs 2")
    ap.add_argument("--large", type=int, default=1000)
    ap.add_argument("--cold-only", action="store_true",
                    help="only the cold start of one sentence (printed, results file untouched)")
    ap.add_argument("--hostile-only", action="store_true",
                    help="only the hostile fixtures and the extraction growth (printed)")
    args = ap.parse_args()
    if args.hostile_only:
        with tempfile.TemporaryDirectory(prefix="quotes-bench-") as tmp:
            print(json.dumps(hostile_rows(Path(tmp)), indent=1))
        return
    if args.cold_only:
        with tempfile.TemporaryDirectory(prefix="quotes-bench-") as tmp:
            print(json.dumps(cold_start(Path(tmp)), indent=1))
        return
    import torch

    torch.set_num_threads(max(1, os.cpu_count() or 1))
    work = Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    try:
        small = make_corpus(work / "small", args.small)
        large = make_corpus(work / "large", args.large)
        texts = texts_of(small)
        res: dict = {"cores": os.cpu_count(), "machine": platform.machine(),
                     "python": platform.python_version(), "torch_threads": torch.get_num_threads(),
                     "documents_small": args.small, "documents_large": args.large}

        # alternate the two and keep each one's best of two runs: this machine is shared and noisy
        t_bare, words = bare_stanza(texts)
        t_whole, words_whole, quotes = whole_analysis(texts)
        t_bare = min(t_bare, bare_stanza(texts)[0])
        t_whole = min(t_whole, whole_analysis(texts)[0])
        res["bare_stanza_words_per_s"] = round(words / t_bare, 1)
        res["whole_analysis_words_per_s"] = round(words_whole / t_whole, 1)
        res["whole_over_bare_time_ratio"] = round(t_whole / t_bare, 3)
        res["words_small"] = words
        res["quotes_small"] = quotes
        print(json.dumps(res, indent=1), flush=True)

        extract = ["extract", None, "--format", "jsonl", "--output", str(work / "out.jsonl")]

        def cmd(folder: Path, jobs: int) -> list[str]:
            return [str(folder) if a is None else a for a in extract] + ["--jobs", str(jobs)]

        medium = make_corpus(work / "medium", args.medium, seed=11)
        # words by the small corpus' words per whitespace token (same generator): no extra parse
        ratio = words / sum(len(t.split()) for t in texts)
        medium_words = round(ratio * sum(len(t.split()) for t in texts_of(medium)))
        res["words_medium_estimated"] = medium_words
        c1 = run_cli(cmd(medium, 1), work / "cache-j1")
        c2 = run_cli(cmd(medium, 2), work / "cache-j2")
        res["documents_jobs"] = args.medium
        res["cli_jobs1_words_per_s"] = round(medium_words / c1["seconds"], 1)
        res["cli_jobs2_words_per_s"] = round(medium_words / c2["seconds"], 1)
        res["jobs2_over_jobs1_speedup"] = round(c1["seconds"] / c2["seconds"], 2)
        print(json.dumps(res, indent=1), flush=True)

        cold = run_cli(cmd(large, 1), work / "cache-large")
        warm = run_cli(cmd(large, 1), work / "cache-large")
        res["cold_seconds_large"] = cold["seconds"]
        res["warm_seconds_large"] = warm["seconds"]
        res["warm_speedup"] = round(cold["seconds"] / warm["seconds"], 1)
        small_run = run_cli(cmd(small, 1), work / "cache-small")
        res["peak_rss_mb_small"] = small_run["peak_rss_mb"]
        res["peak_rss_mb_large"] = cold["peak_rss_mb"]
        res["peak_rss_large_over_small"] = round(cold["peak_rss_mb"] / small_run["peak_rss_mb"], 3)
        res.update(oversized_input(work))
        res.update(hostile_rows(work / "hostile"))  # issue 13: each under a memory cap
        res.update(cold_start(work))
        res["date"] = time.strftime("%Y-%m-%d %H:%M")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    Path(args.output).write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
