"""The per-document analysis (read → parse → extract → resolve → stance) and how it is spread.

One function, `analyze_batch`, does the work for a batch of files; the CLI runs it in-process,
in a pool of worker processes (`--jobs N`) or on a Dask cluster, always yielding results in
input order and holding only a bounded number of documents in memory.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from quotes.candidates import learned_layer
from quotes.config import learned_quotes_mode
from quotes.doc import Doc
from quotes.documents import DEFAULT_MAX_BYTES, Document, InputError, display_name
from quotes.extract import Extractor
from quotes.models import Quote
from quotes.parse import ParseCache, Parser, chunks, text_warnings
from quotes.readers import Item, ReadOptions, Source, input_format, read_item
from quotes.resolve import resolve_quotes

LONG_DOC_CHARS = 100_000
BATCH_DOCS = 16  # documents per Stanza bulk call: larger batches parse faster, memory stays bounded
WORKER_BATCH_DOCS = 8


class Settings(BaseModel):
    """Everything a worker needs to analyse documents exactly as the main process would."""

    stanza_models: str = "shipped"
    stance_model: str | None = None
    cache_dir: str | None = None
    use_cache: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    threads: int | None = None
    dates: dict[str, str] = {}
    stance: bool = True
    reading: ReadOptions = ReadOptions()
    keep_texts: bool = False  # results carry the text as read (the HTML report highlights in it)
    speaker_mode: str | None = None  # rules | learned | hybrid; None: QUOTES_SPEAKER_MODE, config, rules
    nested_quotes: Literal["innermost", "all"] = "innermost"  # "all": nested ones too (config)
    leading_complementizer: Literal["drop", "keep"] = "drop"  # "keep": "dass A", not "A" (config)
    continuation_mention: Literal["none", "antecedent"] = "none"  # "antecedent": the report's (config)
    adverb_mention: Literal["none", "adverb"] = "none"  # "adverb": "demnach" is the mention (config)
    learned_quotes: str | None = None  # off | add | filter; None: QUOTES_LEARNED_QUOTES, config, default


@dataclass
class DocResult:
    name: str
    path: str
    quotes: list[Quote] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    words: int = 0
    date: str | None = None
    date_source: str | None = None
    outlet: str | None = None
    title: str | None = None
    text: str | None = None


class Analyzer:
    """Holds the parser, extractor and stance model of one process."""

    def __init__(self, settings: Settings, registry=None):
        self.settings = settings
        self.registry = registry
        cache = ParseCache(Path(settings.cache_dir) if settings.cache_dir else None,
                           enabled=settings.use_cache)
        self.parser = Parser(settings.stanza_models, cache, settings.threads)
        self.extractor = Extractor(nested=settings.nested_quotes == "all",
                                   keep_complementizer=settings.leading_complementizer == "keep")
        settings.learned_quotes = settings.learned_quotes or learned_quotes_mode()
        self.learned = learned_layer(settings.learned_quotes)  # None when switched off
        self._stance = None
        from quotes.resolve.learned import chooser_for, speaker_mode

        settings.speaker_mode = speaker_mode(settings.speaker_mode)  # workers get the same mode
        self.chooser = chooser_for(settings.speaker_mode)

    @property
    def stance_model(self):
        if self._stance is None and self.settings.stance:
            from quotes.stance import DEFAULT_MODEL, load_model

            path = self.settings.stance_model
            if path or DEFAULT_MODEL.exists():
                self._stance = load_model(path)
        return self._stance

    def read(self, item: Item | str) -> Document | DocResult:
        """A document to analyse, or a result that says why it cannot be read."""
        if isinstance(item, str):  # a bare path: read it by its suffix
            item = Source(item, Path(item).name, input_format(Path(item), self.settings.reading)
                          or "text")
        try:
            return read_item(item, self.settings.max_bytes, self.settings.dates)
        except InputError as exc:
            return DocResult(display_name(item.doc), item.path, error=exc.reason)
        except Exception as exc:  # noqa: BLE001 - one unreadable document must not stop a batch
            return DocResult(display_name(item.doc), item.path,
                             error=f"cannot be read ({failure(exc)})")

    def analyze_batch(self, items: list[Item | str]) -> list[DocResult]:
        """Results in input order; whatever fails on one document (reading, parsing, torch,
        extraction, stance) becomes that document's error, never the batch's."""
        results, texts = [], []
        for item in items:
            doc = self.read(item)
            if isinstance(doc, DocResult):
                results.append(doc)
                continue
            results.append(DocResult(display_name(doc.name), doc.path,
                                     warnings=doc.warnings + text_warnings(doc.text), date=doc.date,
                                     date_source=doc.date_source, outlet=doc.outlet,
                                     title=doc.title,
                                     text=doc.text if self.settings.keep_texts else None))
            texts.append((len(results) - 1, doc.text))
        keys = {i: self.result_key(results[i], t) for i, t in texts}  # one hash of each text
        texts = [(i, t) for i, t in texts if not self.from_cache(results[i], keys[i])]
        short = [(i, t) for i, t in texts if len(t) <= LONG_DOC_CHARS]
        for (i, _), p in zip(short, self.parse_each(results, short), strict=True):
            if p is not None:
                self.fill(results[i], p, None)
        for i, text in texts:
            if len(text) > LONG_DOC_CHARS:
                self.fill(results[i], None, text)
        self.label_each([results[i] for i, _ in texts])
        for i, _ in texts:
            for q in results[i].quotes:
                q.date_source, q.outlet = results[i].date_source, results[i].outlet
        for i, _ in texts:
            if results[i].error is None:
                self.parser.cache.store(keys[i], "result",
                                        {"words": results[i].words,
                                         "quotes": [q.model_dump(mode="json") for q in results[i].quotes]},
                                        {"kind": "result"})
        return results

    def parse_each(self, results: list[DocResult], items: list[tuple[int, str]]) -> list:
        """One Stanza bulk call for the batch; if it fails, each text alone, so that only the
        document that fails (out of memory, a torch error) is skipped, with the reason."""
        if not items:
            return []
        try:
            return self.parser.parse_batch([t for _, t in items])
        except Exception:  # noqa: BLE001 - retried one by one below to find the culprit
            pass
        parsed = []
        for i, text in items:
            try:
                parsed.append(self.parser.parse(text))
            except Exception as exc:  # noqa: BLE001
                results[i].error = f"parse failed ({failure(exc)})"
                parsed.append(None)
        return parsed

    def label_each(self, results: list[DocResult]) -> None:
        """One classifier call for the batch; on failure each document alone, as above."""
        ok = [r for r in results if r.error is None]
        try:
            self.label([q for r in ok for q in r.quotes])
            return
        except Exception:  # noqa: BLE001
            pass
        for r in ok:
            try:
                self.label(r.quotes)
            except Exception as exc:  # noqa: BLE001
                r.error = f"stance failed ({failure(exc)})"

    def result_key(self, result: DocResult, text: str) -> str:
        """Results depend on the text, its name and date, the models, the rules and the code."""
        parts = [text, result.name, result.date or "", result.date_source or "",
                 result.outlet or "", self.parser.model, self.settings.nested_quotes,
                 self.settings.leading_complementizer, self.settings.continuation_mention,
                 self.settings.adverb_mention, self.signature]
        return hashlib.sha256("\0".join(["result", *parts]).encode()).hexdigest()

    @cached_property
    def signature(self) -> str:
        """A hash of the package's code and rule files and of the stance model in use."""
        h = hashlib.sha256()
        package = Path(__file__).parent
        for f in sorted([*package.rglob("*.py"), *(package / "data").glob("*.json")]):
            h.update(f.read_bytes())
        if self.learned is not None:
            h.update(self.learned.digest().encode())
        from quotes.stance import DEFAULT_MODEL

        model = self.settings.stance_model or (str(DEFAULT_MODEL) if self.settings.stance else "")
        if model and Path(model).exists():
            h.update(Path(model).read_bytes())
        h.update(f"speakers={self.settings.speaker_mode}".encode())
        if self.chooser is not None:
            h.update(self.chooser.model.digest)
        return h.hexdigest()

    def from_cache(self, result: DocResult, key: str) -> bool:
        """A second run on the same documents costs one small JSON read per document."""
        body = self.parser.cache.load(key, "result",
                                      lambda b: (b["words"], [Quote.model_validate(q) for q in b["quotes"]]))
        if body is None:
            return False
        result.words, result.quotes = body
        return True

    def fill(self, result: DocResult, parsed, long_text: str | None) -> None:
        """Quotes and word count of one document; a failure is that document's error only."""
        try:
            if long_text is not None:
                result.quotes, result.words = self.analyze_long(long_text, result.name, result.date)
            else:
                result.quotes = self.analyze_parsed(parsed, result.name, result.date, label=False)
                result.words = sum(len(s.words) for s in parsed.sentences)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
            result.error = f"analysis failed ({failure(exc)})"

    def analyze_long(self, text: str, name: str, date: str | None) -> tuple[list[Quote], int]:
        """A long document piece by piece (cut at paragraphs), so that only one piece's parse is
        in memory at a time; quotes keep offsets into the whole text."""
        quotes, words = [], 0
        for _offset, parsed, piece_quotes in self.pieces(text, name, date):
            words += sum(len(s.words) for s in parsed.sentences)
            quotes.extend(piece_quotes)
        return quotes, words

    def pieces(self, text: str, name: str, date: str | None):
        """Each piece of a long text: its offset, its parse and its quotes re-based onto the text."""
        for offset, piece in chunks(text, LONG_DOC_CHARS):
            parsed = self.parser.parse(piece)
            quotes = [rebased(q, offset) for q in self.analyze_parsed(parsed, name, date, label=False)]
            yield offset, parsed, quotes

    def analyze_parsed(self, parsed, name: str, date: str | None, label: bool = True) -> list[Quote]:
        raw = self.extractor.extract(parsed)
        if self.learned is not None:
            raw = self.learned(parsed, raw)
        quotes = resolve_quotes(raw, parsed, name, date, self.registry, self.chooser,
                                antecedent_mentions=self.settings.continuation_mention == "antecedent",
                                adverb_mentions=self.settings.adverb_mention == "adverb")
        if label:
            self.label(quotes)
        return quotes

    def label(self, quotes: list[Quote]) -> None:
        """Fill stance and stance_confidence in place (if a stance model is in use)."""
        model = self.stance_model if quotes else None  # a fully cached run never loads it
        if model is not None:
            from quotes.stance import label_quotes

            label_quotes(quotes, model)

    def analyze_text(self, text: str, name: str = "text", date: str | None = None) -> list[Quote]:
        return self.analyze_parsed(self.parser.parse(text), name, date)

    def analyze_texts(self, items: list[tuple[str, str, str | None]]) -> list:
        """(name, text, date) triples to `quotes.api.Doc` objects: one Stanza call for the short
        texts, long ones piece by piece, one stance call for the whole batch."""
        short = [i for i, (_, text, _) in enumerate(items) if len(text) <= LONG_DOC_CHARS]
        parsed = dict(zip(short, self.parser.parse_batch([items[i][1] for i in short]) if short
                          else [], strict=True))
        docs = []
        for i, (name, text, date) in enumerate(items):
            if i in parsed:
                sentences = parsed[i].sentences
                quotes = self.analyze_parsed(parsed[i], name, date, label=False)
            else:
                sentences, quotes = self.analyze_long_with_sentences(text, name, date)
            docs.append(Doc(text=text, name=name, date=date, sentences=sentences, quotes=quotes))
        self.label([q for d in docs for q in d.quotes])
        return docs

    def analyze_long_with_sentences(self, text: str, name: str, date: str | None):
        """Like `analyze_long`, keeping every piece's sentences (for the library's Doc)."""
        sentences, quotes = [], []
        for offset, parsed, piece_quotes in self.pieces(text, name, date):
            sentences.extend(shift_sentences(parsed.sentences, offset))
            quotes.extend(piece_quotes)
        return sentences, quotes


def failure(exc: BaseException) -> str:
    """An exception as one short line for stderr (torch's messages run over many lines)."""
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message[:200]}" if message else type(exc).__name__


OFFSET_FIELDS = ("start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end",
                 "parent_start", "parent_end")


def rebased(q: Quote, offset: int) -> Quote:
    """A piece's quote with every character offset (span, cue, speaker mention, parent) moved
    onto the whole text; offsets a quote does not have stay None."""
    if not offset:
        return q
    return q.model_copy(update={f: getattr(q, f) + offset for f in OFFSET_FIELDS
                                if getattr(q, f) is not None})


def shift_sentences(sentences: list, offset: int) -> list:
    """Sentences of a piece re-based onto the whole text."""
    from dataclasses import replace

    from quotes.parse import Sentence

    if not offset:
        return sentences
    return [Sentence([replace(w, start=w.start + offset, end=w.end + offset) for w in s.words],
                     s.start + offset, s.end + offset) for s in sentences]


_WORKER: Analyzer | None = None
_WORKER_ERROR: Exception | None = None


def _init_worker(settings: Settings, registry=None) -> None:
    """A pool worker's analyzer (with the caller's registry, if it gave one). An exception raised
    here would make the pool start new workers forever (the run hangs without a word), so it is
    kept for the first task to raise."""
    global _WORKER, _WORKER_ERROR
    try:
        _WORKER = Analyzer(settings.model_copy(update={"threads": 1}), registry=registry)
    except Exception as e:  # noqa: BLE001 - re-raised by worker_analyzer in the first task
        _WORKER_ERROR = e


def worker_analyzer() -> Analyzer:
    """This worker's analyzer, or the error that kept `_init_worker` from making one."""
    if _WORKER_ERROR is not None:
        raise _WORKER_ERROR
    assert _WORKER is not None
    return _WORKER


def _work(items: list[Item]) -> list[DocResult]:
    return worker_analyzer().analyze_batch(items)


def batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else os.cpu_count() or 1)
