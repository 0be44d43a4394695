"""`quotes annotate`: review quotes least-certain first, saving every answer the moment it is given."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape

from quotes.annotations import append_annotation, load_annotations
from quotes.models import Annotation, Quote

KEYS = {"f": "favor", "x": "against", "n": "none"}
HELP = ("[bold]a[/]/Enter accept · [bold]f[/] favor · [bold]x[/] against · [bold]n[/] none · "
        "[bold]e[/] edit speaker · [bold]s[/] skip · [bold]q[/] quit")


class AnnotationSession:
    def __init__(self, path: Path, console: Console, stdin=None):
        self.path = Path(path)
        self.console = console
        self.stdin = stdin or sys.stdin

    def done_keys(self) -> set[tuple[str, int | None]]:
        records, _problems = load_annotations([self.path]) if self.path.exists() else ([], [])
        return {(r.doc, r.start) for r in records}

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

    def show(self, q: Quote, n: int, total: int) -> None:
        s = q.sentence
        quoted = escape(q.quote)
        context = escape(s).replace(quoted, f"[reverse]{quoted}[/]", 1) if q.quote in s \
            else f"[reverse]{quoted}[/]"
        self.console.rule(f"{n}/{total} · {escape(q.doc)} · {q.kind}")
        self.console.print(context)
        conf = f"{q.stance_confidence:.2f}" if q.stance_confidence is not None else "-"
        self.console.print(f"speaker: [bold]{escape(q.speaker or '?')}[/] ({q.affiliation or '?'})"
                           f" · predicted stance: [bold]{q.stance or '-'}[/] ({conf})")

    def run(self, results, limit: int = 0) -> int:
        items = self.queue(results)
        if not items:
            self.console.print("nothing left to annotate")
            return 0
        self.console.print(HELP)
        saved = 0
        try:
            for n, (q, _path) in enumerate(items, 1):
                if limit and saved >= limit:
                    break
                self.show(q, n, len(items))
                record = self.answer(q)
                if record == "quit":
                    break
                if record is None:
                    continue
                append_annotation(self.path, record)
                saved += 1
        except KeyboardInterrupt:
            self.console.print(f"\ninterrupted: {saved} answer(s) were saved; run again to resume")
        return saved

    def answer(self, q: Quote) -> Annotation | str | None:
        speaker, affiliation = q.speaker, q.affiliation
        while True:
            key = self.ask("> ")
            if key is None or key == "q":
                return "quit"
            key = key.lower()
            if key == "s":
                return None
            if key == "e":
                name = self.ask("speaker: ")
                if name:
                    speaker = name
                continue
            if key in ("", "a") and q.stance:
                stance = q.stance
            elif key in KEYS:
                stance = KEYS[key]
            else:
                self.console.print(HELP)
                continue
            return Annotation(doc=q.doc, quote=q.quote, start=q.start, end=q.end,
                              sentence=q.sentence, kind=q.kind, cue=q.cue,
                              speaker_mention=q.speaker_mention, speaker=speaker,
                              affiliation=affiliation, stance=stance, source="user")
