"""quotes: find, attribute and classify quotations in German news about the Gaza war.

    >>> import quotes
    >>> nlp = quotes.load()                       # the shipped German models
    >>> doc = nlp("Die Lage sei ernst, sagte der Minister.")
    >>> [(q.kind, q.quote) for q in doc.quotes]
    [('indirect', 'Die Lage sei ernst')]
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Doc", "Pipeline", "load", "__version__"]


def __getattr__(name: str):
    """Import the pipeline lazily: `import quotes` stays instant, torch loads on first use."""
    if name in ("Doc", "Pipeline", "load"):
        from quotes import api

        return getattr(api, name)
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")
