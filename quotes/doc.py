"""The document object the library hands back: the text, its parse and its quotes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from quotes.models import Quote
from quotes.parse import Sentence


@dataclass
class Doc:
    """One analysed text: the text as given, its sentences with words, and its quotes.

    Every offset (`Quote.start/end`, `Word.start_char/end_char`) indexes `text`.
    """

    text: str
    name: str = "text"
    date: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    def to_json(self) -> dict:
        """A JSON-ready dict: name, date, text and the quotes with every field."""
        return {"name": self.name, "date": self.date, "text": self.text,
                "quotes": [q.model_dump(mode="json") for q in self.quotes]}
