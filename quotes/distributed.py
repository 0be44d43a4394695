"""Beyond one machine: the same per-document function on a Dask cluster (`pip install quotes[dask]`).

Dask rather than Ray: it is pure Python, installs from PyPI without a native runtime, starts a
local cluster in-process for tests, and its futures keep input order with a bounded window.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator

from quotes.analysis import Analyzer, DocResult, Settings, batches

WINDOW = 16


def _analyze_on_worker(paths: list[str], settings: Settings) -> list[DocResult]:
    from distributed import get_worker

    worker = get_worker()
    key = "quotes-analyzer"
    analyzer = getattr(worker, key, None) if hasattr(worker, key) else None
    if analyzer is None:
        analyzer = Analyzer(settings.model_copy(update={"threads": 1}))
        setattr(worker, key, analyzer)
    return analyzer.analyze_batch(paths)


def run_on_dask(paths: Iterable[str], settings: Settings, address: str | None = None,
                workers: int = 2) -> Iterator[DocResult]:
    """Submit batches to the cluster at QUOTES_DASK_ADDRESS (or a local one), in input order."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError("the dask backend needs `pip install 'quotes[dask]'`") from None
    address = address or os.environ.get("QUOTES_DASK_ADDRESS")
    cluster = None
    if address:
        client = Client(address)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        pending: deque = deque()
        for chunk in batches(paths, 2):
            pending.append(client.submit(_analyze_on_worker, chunk, settings, pure=False))
            if len(pending) >= WINDOW:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
