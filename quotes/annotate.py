"""`quotes annotate`: review quotes least-certain first, saving every answer the moment it is given.

An answer is a judgement about one found span: its stance, or that it is not a quote at all
(stored as `"label": "not_quote"`, so it never comes back and counts as a known false alarm), with
the speaker, affiliation and span corrected where needed. Undo takes back the last answer of the
session by cutting the file back to its size before that answer.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from quotes.annotations import append_annotation, load_annotations
from quotes.models import AFFILIATIONS, Annotation, Quote

STANCE_KEYS = {"f": "favor", "x": "against", "n": "none"}
KEYS = [
    ("a", "accept (also Enter): the predicted stance is right"),
    ("f", "favor a ceasefire"), ("x", "against a ceasefire"), ("n", "no stance (none)"),
    ("r", "not a quote: reject the span (never asked again)"),
    ("e", "edit the speaker (the affiliation is looked up again)"),
    ("p", "edit the affiliation (party)"),
    ("w", "adjust the span by words of the sentence"),
    ("s", "skip for now"), ("u", "undo the last answer"), ("q", "quit (answers are saved)"),
    ("?", "show these keys"),
]
KEY_LINE = " · ".join(f"[bold]{escape(k)}[/] {d.split(' (')[0].split(':')[0]}" for k, d in KEYS)
OPENERS = "„‚“‘\"'«»‹›("
CLOSERS = "“”‘’\"'«»‹›)"
WORD = re.compile(r"\S+")


class Outcome:
    """What the caller does after a key that is not an answer."""

    SKIP = "skip"
    UNDO = "undo"
    QUIT = "quit"


@dataclass
class Draft:
    """The answer being built for one quote; starts as the extractor's proposal."""

    quote: str
    start: int
    end: int
    speaker: str | None
    affiliation: str | None


def resolve_speaker(name: str) -> tuple[str, str | None]:
    """A typed name as the registry knows it (Netanyahu -> Benjamin Netanjahu, Israel); an
    unknown name keeps its spelling, its affiliation comes from descriptor rules or stays open."""
    from quotes.registry import load_registry

    registry = load_registry()
    canonical, affiliation = registry.canonical(name)
    return canonical, affiliation or registry.affiliation_from_description(name)


def parse_affiliation(text: str) -> tuple[bool, str | None]:
    """(valid, value): an affiliation by name or number, case-insensitive; '-' clears it."""
    if text.strip() == "-":
        return True, None
    if text.strip().isdigit() and 1 <= int(text) <= len(AFFILIATIONS):
        return True, AFFILIATIONS[int(text) - 1]
    wanted = text.strip().casefold()
    for a in AFFILIATIONS:
        if a.casefold() == wanted:
            return True, a
    return False, None


def sentence_region(text: str, q: Quote) -> tuple[int, int]:
    """Where the quote's sentence lies in the text (the stored sentence has its spaces folded)."""
    words = q.sentence.split()
    if words:
        pattern = re.compile(r"\s+".join(map(re.escape, words)))
        lo = max(0, q.start - len(q.sentence) * 2 - 200)
        for m in pattern.finditer(text, lo, min(len(text), q.end + len(q.sentence) * 2 + 200)):
            if m.start() <= q.start and q.end <= m.end():
                return m.start(), m.end()
    return max(0, text.rfind("\n", 0, q.start) + 1), _line_end(text, q.end)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Marks and separators at the edges stay out of a span (the guidelines' convention): no
    quotation marks, no trailing comma; a final period only inside quotation marks."""
    while start < end and text[start] in OPENERS:
        start += 1
    while start < end and text[end - 1] in ",;:":
        end -= 1
    if start < end and text[end - 1] in CLOSERS:
        while start < end and text[end - 1] in CLOSERS:
            end -= 1
    elif start < end and text[end - 1] == ".":
        end -= 1
    return start, end


def parse_word_range(answer: str, n_words: int) -> tuple[int, int] | str:
    """'3-9', '3 9' or '5' (1-based, inclusive) as indices, or the reason it is not valid."""
    parts = [p for p in re.split(r"[\s\-–]+", answer.strip()) if p]
    if not parts or len(parts) > 2 or not all(p.isdigit() for p in parts):
        return "give the first and last word numbers, e.g. 3-9"
    first, last = int(parts[0]), int(parts[-1])
    if not 1 <= first <= last <= n_words:
        return f"word numbers must run from 1 to {n_words}, first before last"
    return first - 1, last - 1


class AnnotationSession:
    def __init__(self, path: Path, console: Console, stdin=None):
        self.path = Path(path)
        self.console = console
        self.stdin = stdin or sys.stdin
        self.texts: dict[str, str | None] = {}

    def done_keys(self) -> set[tuple[str, int | None]]:
        """Quotes answered before, rejected ones and moved spans included: never asked again."""
        records, _problems = load_annotations([self.path]) if self.path.exists() else ([], [])
        done = {(r.doc, r.start) for r in records}
        return done | {(r.doc, r.extracted_start) for r in records if r.extracted_start is not None}

    def queue(self, results) -> list[tuple[Quote, str]]:
        """Unannotated quotes, least certain stance first (those teach the model most)."""
        done = self.done_keys()
        items = [(q, r.path) for r in results for q in r.quotes if (q.doc, q.start) not in done]
        return sorted(items, key=lambda item: (item[0].stance_confidence or 0.0, item[0].doc,
                                               item[0].start))

    def ask(self, prompt: str) -> str | None:
        self.console.print(prompt, end="")
        line = self.stdin.readline()
        return None if line == "" else line.strip()

    def text_of(self, doc: str, path: str) -> str | None:
        """The document as the analysis read it (the results carry it), for span edits."""
        if doc not in self.texts:
            from quotes.documents import InputError, read_document

            try:
                self.texts[doc] = read_document(Path(path), max_bytes=1 << 62).text
            except InputError as exc:
                self.console.print(f"[yellow]cannot read {escape(str(exc))}[/]")
                self.texts[doc] = None
        return self.texts[doc]

    def show(self, q: Quote, draft: Draft, text: str | None) -> None:
        if text is not None and text[draft.start:draft.end] == draft.quote:
            lo, hi = sentence_region(text, q)
            lo, hi = min(lo, draft.start), max(hi, draft.end)
            context = (escape(text[lo:draft.start]) + self.highlight(draft.quote)
                       + escape(text[draft.end:hi]))
        else:
            quoted = escape(draft.quote)
            context = escape(q.sentence).replace(quoted, self.highlight(draft.quote), 1) \
                if draft.quote in q.sentence else self.highlight(draft.quote)
        self.console.print(" ".join(context.split()))
        conf = f"{q.stance_confidence:.2f}" if q.stance_confidence is not None else "-"
        self.console.print(f"speaker: [bold]{escape(draft.speaker or '?')}[/] "
                           f"({escape(draft.affiliation or '?')})"
                           f" · predicted stance: [bold]{q.stance or '-'}[/] ({conf})")

    def highlight(self, span: str) -> str:
        """Reverse video in a terminal; brackets where styles are lost (a pipe, a log)."""
        left, right = ("", "") if self.console.is_terminal else ("⟦", "⟧")
        return f"[reverse]{left}{escape(span)}{right}[/]"

    def help(self) -> None:
        for key, description in KEYS:
            self.console.print(f"  [bold]{escape(key)}[/]  {description}")

    def run(self, results, limit: int = 0) -> int:
        self.texts.update({r.name: r.text for r in results if getattr(r, "text", None)})
        items = self.queue(results)
        if not items:
            self.console.print("nothing left to annotate")
            return 0
        self.console.print(KEY_LINE)
        history: list[tuple[int, int]] = []  # (item answered, file size before the answer)
        i = 0
        try:
            while i < len(items) and not (limit and len(history) >= limit):
                q, path = items[i]
                self.console.rule(f"{i + 1}/{len(items)} · {escape(q.doc)} · {q.kind}")
                outcome = self.answer(q, path, can_undo=bool(history))
                if outcome == Outcome.QUIT:
                    break
                if outcome == Outcome.UNDO:
                    i = self.undo(history)
                    continue
                if isinstance(outcome, Annotation):
                    history.append((i, self.path.stat().st_size if self.path.exists() else 0))
                    append_annotation(self.path, outcome)
                i += 1
        except KeyboardInterrupt:
            self.console.print(f"\ninterrupted: {len(history)} answer(s) were saved; "
                               "run again to resume")
        return len(history)

    def undo(self, history: list[tuple[int, int]]) -> int:
        """Cut the file back to its size before the last answer; that quote is asked again."""
        item, size = history.pop()
        with open(self.path, "r+b") as fh:
            fh.truncate(size)
            fh.flush()
            os.fsync(fh.fileno())
        self.console.print("[yellow]undone:[/] the last answer was removed; asking again")
        return item

    def answer(self, q: Quote, path: str, can_undo: bool = False) -> Annotation | str:
        draft = Draft(q.quote, q.start, q.end, q.speaker, q.affiliation)
        self.show(q, draft, self.text_of(q.doc, path))
        while True:
            key = self.ask("> ")
            if key is None:
                return Outcome.QUIT
            key = key.lower()
            if key in ("q", "s"):
                return Outcome.QUIT if key == "q" else Outcome.SKIP
            if key == "u":
                if can_undo:
                    return Outcome.UNDO
                self.console.print("nothing to undo in this session")
            elif key == "?":
                self.help()
            elif key == "r":
                return self.record(q, draft, None, "not_quote")
            elif key in ("", "a"):
                if q.stance:
                    return self.record(q, draft, q.stance)
                self.console.print("no predicted stance to accept: press f, x or n")
            elif key in STANCE_KEYS:
                return self.record(q, draft, STANCE_KEYS[key])
            elif key in ("e", "p", "w"):
                {"e": self.edit_speaker, "p": self.edit_affiliation, "w": self.edit_span}[key](
                    q, draft, path)
            else:
                self.console.print(f"unknown key {escape(key)!r}: press ? for the keys")

    def edit_speaker(self, q: Quote, draft: Draft, path: str) -> None:
        name = self.ask("speaker (Enter keeps it): ")
        if not name:
            return
        draft.speaker, draft.affiliation = resolve_speaker(name)
        if draft.affiliation is None:
            self.console.print("not in the registry: affiliation unknown, press p to set it")
        self.show(q, draft, self.text_of(q.doc, path))

    def edit_affiliation(self, q: Quote, draft: Draft, path: str) -> None:
        choices = " · ".join(f"{n} {a}" for n, a in enumerate(AFFILIATIONS, 1))
        self.console.print(f"{choices} · - none")
        while True:
            answer = self.ask("affiliation (Enter keeps it): ")
            if not answer:
                return
            valid, value = parse_affiliation(answer)
            if valid:
                draft.affiliation = value
                self.show(q, draft, self.text_of(q.doc, path))
                return
            self.console.print(f"unknown affiliation {escape(answer)!r}")

    def edit_span(self, q: Quote, draft: Draft, path: str) -> None:
        text = self.text_of(q.doc, path)
        if text is None:
            self.console.print("the document cannot be read: the span cannot be changed")
            return
        lo, hi = sentence_region(text, q)
        lo, hi = min(lo, draft.start), max(hi, draft.end)
        words = [(m.start() + lo, m.end() + lo) for m in WORD.finditer(text[lo:hi])]
        self.console.print(" ".join(
            f"[dim]{n}:[/]" + (self.highlight(text[s:e])
                              if s < draft.end and e > draft.start else escape(text[s:e]))
            for n, (s, e) in enumerate(words, 1)))
        while True:
            answer = self.ask("words FROM-TO (e.g. 3-9; Enter keeps the span): ")
            if not answer:
                return
            picked = parse_word_range(answer, len(words))
            if isinstance(picked, str):
                self.console.print(picked)
                continue
            start, end = trim_span(text, words[picked[0]][0], words[picked[1]][1])
            if start >= end:
                self.console.print("that span holds only punctuation")
                continue
            draft.start, draft.end, draft.quote = start, end, text[start:end]
            self.show(q, draft, text)
            return

    @staticmethod
    def record(q: Quote, draft: Draft, stance: str | None, label: str = "quote") -> Annotation:
        moved = (draft.start, draft.end) != (q.start, q.end)
        return Annotation(doc=q.doc, quote=draft.quote, start=draft.start, end=draft.end,
                          sentence=q.sentence, kind=q.kind, cue=q.cue,
                          speaker_mention=q.speaker_mention, speaker=draft.speaker,
                          affiliation=draft.affiliation, stance=stance, source="user",
                          label=label, extracted_start=q.start if moved else None,
                          extracted_end=q.end if moved else None)
