"""The library API, in spaCy's habit: `nlp = quotes.load()`, `doc = nlp(text)`, `doc.quotes`.

The CLI and the reports use the same steps (quotes.analysis); this module only gives them a
small, stable face for notebooks and scripts. Nothing is written to disk unless a cache folder is
given.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from quotes.analysis import Analyzer, Settings, _init_worker, worker_analyzer
from quotes.doc import Doc

__all__ = ["Doc", "Pipeline", "load"]


class Pipeline:
    """Parser, extractor, resolver and stance model of one process, ready to call on texts."""

    def __init__(self, settings: Settings, registry=None):
        self.settings = settings
        self.analyzer = Analyzer(settings, registry=registry)

    def __call__(self, text: str, name: str = "text", date: str | None = None) -> Doc:
        return next(self.pipe([text], names=[name], dates=[date]))

    def pipe(self, texts: Iterable[str], names: Iterable[str] | None = None,
             dates: Iterable[str | None] | None = None, batch_size: int = 16,
             n_process: int = 1) -> Iterator[Doc]:
        """Analyse many texts, yielding one Doc per text in input order.

        Texts are parsed `batch_size` at a time (one Stanza call each); `n_process > 1` spreads
        the batches over that many worker processes.
        """
        items = _items(texts, names, dates)
        if n_process > 1:
            yield from _pipe_parallel(items, self.settings, batch_size, n_process,
                                      self.analyzer.registry)
            return
        for batch in _batched(items, batch_size):
            yield from self.analyzer.analyze_texts(batch)


def load(models: str = "shipped", *, cache_dir: str | Path | None = None, registry=None,
         stance_model: str | Path | None = None, stance: bool = True) -> Pipeline:
    """The shipped German pipeline (or `models="official"` / a folder of Stanza models).

    `cache_dir` turns on the parse cache in that folder; `registry` replaces the speaker registry
    (a `quotes.resolve.Registry`); `stance_model` a stance model file; `stance=False` skips stance.
    """
    settings = Settings(stanza_models=models,
                        stance_model=str(stance_model) if stance_model else None,
                        cache_dir=str(cache_dir) if cache_dir else None,
                        use_cache=cache_dir is not None, stance=stance)
    return Pipeline(settings, registry=registry)


def _items(texts: Iterable[str], names: Iterable[str] | None,
           dates: Iterable[str | None] | None) -> Iterator[tuple[str, str, str | None]]:
    names_it = iter(names) if names is not None else None
    dates_it = iter(dates) if dates is not None else None
    for i, text in enumerate(texts):
        name = next(names_it) if names_it is not None else f"text-{i + 1}"
        date = next(dates_it) if dates_it is not None else None
        yield name, text, date


def _batched(items: Iterator, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _work(batch: list[tuple[str, str, str | None]]) -> list[Doc]:
    return list(worker_analyzer().analyze_texts(batch))


def _pipe_parallel(items: Iterator, settings: Settings, batch_size: int,
                   n_process: int, registry=None) -> Iterator[Doc]:
    """`pipe` over worker processes; each gets the pipeline's registry, a custom one included."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(settings, registry)) as pool:
        for docs in pool.imap(_work, _batched(items, batch_size), chunksize=1):
            yield from docs
