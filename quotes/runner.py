"""Where the per-document analysis runs: in this process, in a pool of worker processes or on a
Dask cluster; results always come back in input order.

Kept apart from quotes.analysis so that the analysis itself knows nothing of its backends (the
Dask module imports the analysis, never the other way round).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from quotes.analysis import (
    BATCH_DOCS,
    WORKER_BATCH_DOCS,
    Analyzer,
    DocResult,
    Settings,
    _init_worker,
    _work,
    batches,
)
from quotes.readers import iter_items


def run_analysis(inputs: Iterable[str | Path], settings: Settings, jobs: int = 1,
                 backend: str = "local", analyzer: Analyzer | None = None) -> Iterator[DocResult]:
    """Analyse files, folders and tables, yielding one result per document in input order."""
    paths = iter_items(inputs, settings.reading, settings.dates)
    if backend == "dask":
        from quotes.distributed import run_on_dask

        yield from run_on_dask(paths, settings)
        return
    if jobs <= 1:  # one process, one torch thread: what each of N workers gets
        local = analyzer or Analyzer(settings.model_copy(update={"threads": settings.threads or 1}))
        for chunk in batches(paths, BATCH_DOCS):
            yield from local.analyze_batch(chunk)
        return
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        for result in pool.imap(_work, batches(paths, WORKER_BATCH_DOCS), chunksize=1):
            yield from result
