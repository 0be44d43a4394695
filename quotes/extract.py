"""Find direct, indirect and mixed quotes on a dependency parse, with their cue and speaker mention.

The work is done by one module per construction under `quotes/constructions/`; this module is the
stable entry point (`Extractor().extract(parsed)`) and re-exports the types the resolver reads.
"""

from __future__ import annotations

from quotes.constructions import Extractor
from quotes.constructions.core import (
    Marked,
    Mention,
    Named,
    PreviousSpeaker,
    Pronoun,
    RawQuote,
    SpeakerRef,
    StatementIssuer,
    extend_hyphenated,
    find_marked,
)

__all__ = ["Extractor", "Marked", "Mention", "Named", "PreviousSpeaker", "Pronoun", "RawQuote",
           "SpeakerRef", "StatementIssuer", "extend_hyphenated", "find_marked"]
