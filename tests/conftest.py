"""Shared fixtures: one real Stanza parser with the shipped models, one parse cache per session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
HELDOUT = ROOT / "data" / "heldout"
ANNOTATIONS = ROOT / "data" / "annotations"


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("parse-cache")
    os.environ["QUOTES_CACHE_DIR"] = str(path)
    return path


@pytest.fixture(scope="session")
def parser(cache_dir):
    from quotes.parse import ParseCache, Parser

    return Parser("shipped", ParseCache(cache_dir))


@pytest.fixture(scope="session")
def analyzer(cache_dir):
    from quotes.analysis import Analyzer, Settings

    return Analyzer(Settings(cache_dir=str(cache_dir)))


@pytest.fixture(scope="session")
def run_cli(cache_dir):
    """Run the real `quotes` command in a subprocess, sharing the session's parse cache."""

    def run(*args: str, stdin: str | None = None, cwd: Path = ROOT, env: dict | None = None,
            check: bool = False) -> subprocess.CompletedProcess:
        full_env = dict(os.environ, QUOTES_CACHE_DIR=str(cache_dir), COLUMNS="200",
                        PYTHONWARNINGS="ignore", **(env or {}))
        proc = subprocess.run([sys.executable, "-m", "quotes", *args], input=stdin,
                              capture_output=True, text=True, cwd=cwd, env=full_env,
                              timeout=900)
        if check and proc.returncode != 0:
            raise AssertionError(f"quotes {' '.join(args)} failed: {proc.stderr}")
        return proc

    return run


def quotes_of(analyzer, text: str):
    """The quotes of one made-up text, analysed as the CLI would."""
    return analyzer.analyze_text(text, "t.txt")


def quote_with(quotes, fragment: str):
    """The one quote containing `fragment` (the failure lists what was found instead)."""
    found = [q for q in quotes if fragment in q.quote]
    assert len(found) == 1, [(q.quote, q.kind, q.speaker) for q in quotes]
    return found[0]
