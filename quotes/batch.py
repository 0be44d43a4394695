"""The Python entry points: analyse a corpus and get a pandas DataFrame of its quotes.

    import quotes
    results = quotes.analyze(["corpus.csv"], text_column="text", date_column="date")
    df = quotes.to_dataframe(results)          # one row per quote, every field
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from quotes.analysis import DocResult, Settings
from quotes.readers import ReadOptions
from quotes.runner import run_analysis


def analyze(paths: str | Path | Iterable[str | Path], jobs: int = 1, input_format: str | None = None,
            text_column: str | None = None, date_column: str | None = None,
            id_column: str | None = None, outlet_column: str | None = None,
            **settings) -> list[DocResult]:
    """Analyse files, folders and article tables as `quotes extract` does; skipped documents
    are results with `error` set."""
    if isinstance(paths, str | Path):
        paths = [paths]
    reading = ReadOptions(input_format=input_format, text_column=text_column,
                          date_column=date_column, id_column=id_column, outlet_column=outlet_column)
    return list(run_analysis(list(paths), Settings(reading=reading, **settings), jobs))
