"""The Dask backend runs the same per-document function on a local cluster of 2 workers."""

from __future__ import annotations

import json

import pytest

from .conftest import SEEDS


def test_dask_backend_matches_local_run(run_cli):
    pytest.importorskip("distributed")
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))[:3]
    local = run_cli("extract", *files, "--format", "jsonl", "--jobs", "1", check=True)
    dask = run_cli("extract", *files, "--format", "jsonl", "--backend", "dask", check=True)
    as_rows = [json.loads(line) for line in dask.stdout.splitlines()]
    assert as_rows == [json.loads(line) for line in local.stdout.splitlines()]
    assert [r["doc"] for r in as_rows] == sorted(r["doc"] for r in as_rows)


def test_parallel_jobs_match_serial_run(run_cli):
    local = run_cli("extract", str(SEEDS), "--format", "jsonl", "--jobs", "1", check=True)
    multi = run_cli("extract", str(SEEDS), "--format", "jsonl", "--jobs", "2", check=True)
    assert multi.stdout == local.stdout
