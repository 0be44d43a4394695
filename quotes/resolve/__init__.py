"""Resolution: turn each quote's typed speaker reference into a canonical speaker with an affiliation.

- `quotes.registry`: the registry (`data/speakers.json`) and descriptor rules
  (`data/affiliation_cues.json`), validated on load; `quotes.labels`: English labels for unnamed
  speakers; `quotes.text`: folding, stemming, hyphen handling shared with reports and evaluation.
- `entities`: the document's people and organisations, indexed once per document.
- `words`: gender and nominative forms of the words of a description.
- `resolver`: `DocumentResolver`, one strategy per reference type (a named mention, a pronoun,
  the previous speaker, the organisation that issued a statement) and, for a named mention, the
  fallback order in one place (`DocumentResolver.resolve_mention`).
"""

from quotes.labels import english_label
from quotes.registry import Registry, load_registry
from quotes.resolve.resolver import DocumentResolver, resolve_quotes
from quotes.text import fold

__all__ = ["DocumentResolver", "Registry", "english_label", "fold", "load_registry", "resolve_quotes"]
