"""The one place that writes files: atomically, so a crash or Ctrl-C never leaves half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


UMASK = _read_umask()  # read once at import: os.umask is process-wide, not safe to toggle per write


class OutputError(ValueError):
    """An output path the tool refuses to write to; the message says why."""


def check_target(path: Path) -> None:
    """Refuse what a rename would silently replace: a symlink (and what it points to stays as
    it was) or a folder, and a parent that is not a folder."""
    if path.is_symlink():
        raise OutputError(f"{path} is a symbolic link; refusing to replace it (name the file itself)")
    if path.is_dir():
        raise OutputError(f"{path} is a folder; name a file to write")
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise OutputError(f"{parent} is not a folder")


def output_path(value: Path | str | None) -> Path | None:
    """A user's -o value: None or "-" mean standard output; anything else is checked."""
    if value is None or str(value) == "-":
        return None
    path = Path(value)
    check_target(path)
    return path


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write to a temporary file beside `path`, fsync it, then rename it over `path`."""
    check_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~UMASK)  # mkstemp makes 0600; a report should read like any file
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


LINE_BREAKS_IN_JSON = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def one_line(json_text: str) -> str:
    """JSON text with the line separators JSON allows raw (U+2028, U+2029, U+0085) escaped, so
    that every reader, even one splitting on any Unicode line break, sees one record per line.
    They can only occur inside strings, where the escape means the same character."""
    for raw, escaped in LINE_BREAKS_IN_JSON.items():
        json_text = json_text.replace(raw, escaped)
    return json_text


def append_line(path: Path, line: str) -> None:
    """Append one complete line and fsync: what was written before a kill stays readable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if "\n" in line:
        raise ValueError("a record must fit on one line")
    needs_newline = path.exists() and path.stat().st_size > 0 and not _ends_with_newline(path)
    payload = ("\n" if needs_newline else "") + line + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, payload.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as fh:
        fh.seek(-1, os.SEEK_END)
        return fh.read(1) == b"\n"


class AtomicWriter:
    """A text file that appears under its name only when writing finished without error."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.tmp: Path | None = None
        self.fh = None

    def __enter__(self):
        check_target(self.path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.",
                                   suffix=".tmp")
        os.fchmod(fd, 0o666 & ~UMASK)  # every output gets the same mode, whatever wrote it
        self.tmp = Path(tmp)
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self.fh

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.fh is not None and self.tmp is not None
        if exc_type is None:
            try:
                self.fh.flush()
                os.fsync(self.fh.fileno())
                self.fh.close()
                check_target(self.path)  # it may have changed while we wrote
                os.replace(self.tmp, self.path)
            except BaseException:
                self.tmp.unlink(missing_ok=True)
                raise
        else:
            self.fh.close()
            self.tmp.unlink(missing_ok=True)
