"""quotes: find, attribute and classify quotations in German news about the Gaza war.

    >>> import quotes
    >>> nlp = quotes.load()                       # the shipped German models
    >>> doc = nlp("Die Lage sei ernst, sagte der Minister.")
    >>> [(q.kind, q.quote) for q in doc.quotes]
    [('indirect', 'Die Lage sei ernst')]
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Doc", "Pipeline", "load", "analyze", "to_dataframe", "__version__"]


def __getattr__(name: str):
    """Import lazily: `import quotes` stays instant, torch loads on first use."""
    if name in ("Doc", "Pipeline", "load"):
        from quotes import api

        return getattr(api, name)
    if name == "analyze":  # a corpus (files, folders, tables) as `quotes extract` reads it
        from quotes.batch import analyze

        return analyze
    if name == "to_dataframe":
        from quotes.outputs import to_dataframe

        return to_dataframe
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")
