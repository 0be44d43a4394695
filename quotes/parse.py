"""German dependency parses from Stanza: one lazily built pipeline, a plain-data disk cache.

The rest of the tool works on the small `Parsed` structures below rather than Stanza objects:
they are cheap to build, to cache as JSON (no code runs on load) and to send between workers.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from quotes.storage import write_atomic

SHIPPED_DIR = Path(__file__).parent / "models" / "de"
PROCESSORS = "tokenize,mwt,pos,lemma,depparse"
CACHE_FORMAT = 1
CHUNK_CHARS = 100_000
MAX_ENTRY_BYTES = 200_000_000  # a cache entry larger than this is not read
# Bounds on the work one text can cause (spaCy's max_length idea, applied where Stanza's cost
# explodes): the parser's scores grow with the square of a sentence's length and the character
# models with a token's length, so longer sentences are split and over-long runs not parsed.
MAX_SENTENCE_WORDS = 300
MAX_RUN_CHARS = 500  # a run without whitespace longer than this is no word (a blob, a URL list)
LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")
MODEL_CHOICES = ("shipped", "official")
# The tokenizer reads a capital letter with a full stop ("auf X.") as an initial, as in
# "George W. Bush", and runs on into the next sentence; see `split_at_letter_ends`.
LETTER_DOT = re.compile(r"[A-ZÄÖÜ]\.")
# "schrieb er auf der Plattform X. Finanzminister …": the platform named by its letter ends it
PLATFORM_NOUNS = frozenset(("Plattform", "Netzwerk", "Kurznachrichtendienst", "Onlinedienst", "Dienst"))
LETTER_END = re.compile(r"(?<![\w.])[A-ZÄÖÜ]\.\s+[A-ZÄÖÜ„\"»«]")
# … and it ends a sentence at a closing quotation mark before a capital ("kritisierte „wiederholte
# Verstöße“ Israels gegen …"), where no full stop stands inside the marks; see `join_inner_quotes`.
CLOSING_MARKS = "\"“”»«"
INNER_QUOTE_END = re.compile(rf"[^\s.!?…][{CLOSING_MARKS}][ \t]+[A-ZÄÖÜ]")
# … and it runs a live-blog line ("+++ 10:05 Uhr: Ägypten dringt auf Einigung +++") on into the
# text under it, across a single line break; see `split_after_decorations`.
DECORATION_LINE_END = re.compile(r"\+\+[ \t]*\n(?![ \t]*\n)")
DECORATION = re.compile(r"\+{2,}")
# … and it glues guillemets to the word beside them ("Hamas«", "«ernst»"), which the tagger reads
# as prepositions or names; see `split_glued_marks`
GUILLEMET = re.compile("[«»]")
GUILLEMET_OR_RUN = re.compile("[«»]|[^«»]+")
# … and it runs a heading line with no final stop on into the line under it ("Israels Regierung
# stimmt Waffenruhe zu⏎Nach dem …"); see `split_at_heading_lines`
HEADING_LINE_END = re.compile(r"(?m)^[^\n]{3,120}[\w)\]]\n(?=[ \t]*[A-ZÄÖÜ0-9„\"»«+])")
HEADING_REVISION = "heading-lines-1"
HARD_WRAPPED = 0.5  # a text is hard-wrapped when fewer of its long lines end a sentence
GUILLEMET_REVISION = "guillemets-1"
REPAIR_REVISION = "sentence-repair-3"  # in the cache key of texts where a repair can apply
# "sagte der Zeitung Die Welt": the tokenizer ends a sentence before a title's capital article
# with no punctuation; see `_title_runs_on` (own revision: the other entries stay valid)
TITLE_ARTICLES = ("Der", "Die", "Das")
TITLE_RUN_ON = re.compile(r"\w[ \t]+(?:Der|Die|Das)[ \t]+[A-ZÄÖÜ]")
TITLE_REVISION = "title-run-on-1"
# "sitzt Samira | Abu Hamad und zählt": … and before a name particle that goes on a given name
NAME_PARTICLES = frozenset(("Abu", "Abd", "Umm", "Ibn", "ibn", "bin"))
ARTICLE_PARTICLES = ("al-", "Al-", "el-", "El-")
PARTICLE_RUN_ON = re.compile(r"\w[ \t]+(?:Abu|Abd|Umm|Ibn|ibn|bin)[ \t]+[A-ZÄÖÜ]|\w[ \t]+[Aa]l-[A-ZÄÖÜ]")
PARTICLE_REVISION = "particle-run-on-1"
SENTENCE_OPENERS = frozenset((
    "der die das den dem des ein eine einer einen einem er sie es man wir ich ihr ihre sein "
    "seine dies diese dieser dieses dort dann da danach damit zudem auch aber doch und oder so "
    "wie nach laut in im am an auf aus bei mit für von vor zu zum zur über unter seit bis als "
    "wenn ob dass zuvor später inzwischen bereits nun jetzt heute gestern morgen").split())


class ModelsUnavailable(RuntimeError):
    """The requested Stanza models are not on this machine; the message says what to do."""


@dataclass(slots=True)
class Word:
    id: int
    text: str
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    start: int
    end: int
    token: int  # index of the surface token; words of one multi-word token share it

    def feat(self, name: str) -> str | None:
        for item in self.feats.split("|"):
            key, _, value = item.partition("=")
            if key == name:
                return value
        return None


@dataclass(slots=True)
class Sentence:
    words: list[Word]
    start: int
    end: int
    children: dict[int, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the children index from the words' heads (after a repair rehung words)."""
        self.children.clear()
        for w in self.words:
            self.children.setdefault(w.head, []).append(w.id)

    def word(self, wid: int) -> Word:
        return self.words[wid - 1]

    def kids(self, wid: int) -> list[Word]:
        return [self.words[i - 1] for i in self.children.get(wid, [])]


@dataclass(slots=True)
class Parsed:
    text: str
    sentences: list[Sentence]


# ---------------------------------------------------------------------------- configuration


def model_choice() -> str:
    """`QUOTES_STANZA_MODELS` selects shipped (default), official, or a folder of models."""
    return os.environ.get("QUOTES_STANZA_MODELS", "shipped")


def shipped_pipeline_config(model_dir: Path = SHIPPED_DIR) -> dict:
    """Stanza settings for the project's own German models; no download, no resources file."""
    return {
        "lang": "de", "dir": str(model_dir), "download_method": None,
        "allow_unknown_language": True, "processors": PROCESSORS,
        "tokenize_model_path": str(model_dir / "tokenize.pt"),
        "mwt_model_path": str(model_dir / "mwt.pt"),
        "pos_model_path": str(model_dir / "pos.pt"),
        "lemma_model_path": str(model_dir / "lemma.pt"),
        "depparse_model_path": str(model_dir / "depparse.pt"),
        "pos_pretrain_path": None, "depparse_pretrain_path": None,
        "logging_level": "ERROR",  # not "unsupported language": the models are our own
    }


def official_pipeline_config() -> dict:
    """Stanza's official German models, for users who downloaded them with internet access."""
    return {"lang": "de", "processors": PROCESSORS, "download_method": None,
            "logging_level": "WARN"}


def model_dir_for(choice: str) -> Path:
    return SHIPPED_DIR if choice == "shipped" else Path(choice)


def pipeline_config(choice: str) -> dict:
    if choice == "official":
        return official_pipeline_config()
    model_dir = model_dir_for(choice)
    missing = [n for n in ("tokenize", "mwt", "pos", "lemma", "depparse")
               if not (model_dir / f"{n}.pt").exists()]
    if missing:
        raise ModelsUnavailable(
            f"German models missing in {model_dir}: {', '.join(missing)}.pt "
            "(run `make parser` to train them)")
    return shipped_pipeline_config(model_dir)


@lru_cache(maxsize=4)
def model_version(choice: str) -> str:
    """Identifies the models in cache keys: a new model never reuses an old parse."""
    from importlib.metadata import version

    if choice == "official":
        resources = Path(os.environ.get("STANZA_RESOURCES_DIR",
                                        Path.home() / "stanza_resources")) / "resources.json"
        tag = resources.read_bytes() if resources.exists() else b"absent"
    else:
        info = model_dir_for(choice) / "model_info.json"
        tag = info.read_bytes() if info.exists() else str(model_dir_for(choice)).encode()
    return hashlib.sha256(tag + version("stanza").encode()).hexdigest()[:16]


@lru_cache(maxsize=4)
def get_pipeline(choice: str, threads: int | None = None):
    """Build the Stanza pipeline once per process and model choice."""
    import stanza
    import torch

    if threads:
        torch.set_num_threads(threads)
    config = pipeline_config(choice)
    try:
        return stanza.Pipeline(**config)
    except (FileNotFoundError, KeyError, OSError, ValueError) as exc:
        if choice == "official":
            raise ModelsUnavailable(
                "Stanza's official German models are not installed. With internet access run "
                "`python -c \"import stanza; stanza.download('de')\"` once, or use the shipped "
                f"models (--stanza-models shipped). ({type(exc).__name__}: {exc})") from None
        raise ModelsUnavailable(f"cannot load the German models from {choice}: {exc}") from None


# ---------------------------------------------------------------------------- conversion


def from_stanza(doc, text: str, offset: int = 0) -> list[Sentence]:
    """Flatten a Stanza Document; MWT words inherit their token's character span."""
    sentences = []
    token_index = 0
    for sent in doc.sentences:
        words = []
        for token in sent.tokens:
            start, end = token.start_char + offset, token.end_char + offset
            for w in token.words:
                words.append(Word(w.id, w.text, w.lemma or w.text, w.upos or "X",
                                  w.feats or "_", w.head or 0, w.deprel or "dep",
                                  start, end, token_index))
            token_index += 1
        if words:
            sentences.append(Sentence(words, words[0].start, words[-1].end))
    return sentences


def sentences_to_json(sentences: list[Sentence]) -> list:
    return [[[w.id, w.text, w.lemma, w.upos, w.feats, w.head, w.deprel, w.start, w.end, w.token]
             for w in s.words] for s in sentences]


def sentences_from_json(data: list) -> list[Sentence]:
    """Sentences from a cache entry, checked: a malformed one raises ValueError (a cache miss)."""
    out = []
    for rows in data:
        words = [Word(*row) for row in rows]
        check_tree(words)
        out.append(Sentence(words, words[0].start, words[-1].end))
    return out


def check_tree(words: list[Word]) -> None:
    """Ids 1..n, heads inside the sentence and no cycle: the extractor walks these trees."""
    n = len(words)
    if not n or any(w.id != i for i, w in enumerate(words, 1)):
        raise ValueError("word ids are not 1..n")
    if any(not isinstance(w.head, int) or not 0 <= w.head <= n for w in words):
        raise ValueError("a head outside the sentence")
    reaches_root = {0}
    for w in words:
        path, node = set(), w.id
        while node not in reaches_root:
            if node in path:
                raise ValueError("the heads form a cycle")
            path.add(node)
            node = words[node - 1].head
        reaches_root |= path


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Cut long texts at paragraph (else line, else space) boundaries so memory stays bounded."""
    pos = 0
    while pos < len(text):
        if len(text) - pos <= size:
            yield pos, text[pos:]
            return
        window = text[pos:pos + size]
        cut = next((i + len(sep) for sep in ("\n\n", "\n", " ") if (i := window.rfind(sep)) > 0),
                   size)  # a paragraph break if there is one, else a line break, else a space
        yield pos, window[:cut]
        pos += cut


def long_runs(text: str) -> list[tuple[int, int]]:
    """Spans of text without whitespace longer than MAX_RUN_CHARS: they are not parsed."""
    return [m.span() for m in LONG_RUN.finditer(text)]


def parsable_pieces(text: str) -> Iterator[tuple[int, str]]:
    """Pieces of at most CHUNK_CHARS with every over-long run left out (offsets into `text`)."""
    pos = 0
    for start, end in [*long_runs(text), (len(text), len(text))]:
        if text[pos:start].strip():
            for off, piece in chunks(text[pos:start]):
                yield pos + off, piece
        pos = end


def text_warnings(text: str) -> list[str]:
    """What the bounds above leave out of a text, said once per document."""
    runs = long_runs(text)
    if not runs:
        return []
    total = sum(e - s for s, e in runs)
    return [f"{len(runs)} run(s) of more than {MAX_RUN_CHARS} characters without a space "
            f"({total:,} characters, first at offset {runs[0][0]}) not analysed"]


def split_long_sentences(sentences: list[list[dict]], limit: int | None = None) -> list[list[dict]]:
    """Cut sentences of more than `limit` words (Stanza's dict form, after tokenize and mwt) into
    pieces of at most `limit` words, at a punctuation mark where one lies in the second half."""
    limit = limit or MAX_SENTENCE_WORDS
    out = []
    for sent in sentences:
        tokens = _token_groups(sent)
        if sum(len(g) - (len(g) > 1) for g in tokens) <= limit:
            out.append(sent)
            continue
        piece: list[list[dict]] = []
        words = 0
        for group in tokens:
            n = len(group) - (len(group) > 1)
            if words + n > limit and piece:
                cut = _cut_point(piece)
                out.append(_renumber(piece[:cut]))
                piece = piece[cut:]
                words = sum(len(g) - (len(g) > 1) for g in piece)
            piece.append(group)
            words += n
        if piece:
            out.append(_renumber(piece))
    return out


def _token_groups(sent: list[dict]) -> list[list[dict]]:
    """A multi-word token's line with its words, or a plain token alone."""
    groups: list[list[dict]] = []
    pending = 0
    for entry in sent:
        if pending:
            groups[-1].append(entry)
            pending -= 1
        else:
            groups.append([entry])
            if isinstance(entry["id"], tuple):
                pending = entry["id"][-1] - entry["id"][0] + 1
    return groups


def _cut_point(piece: list[list[dict]]) -> int:
    """After the last comma, semicolon or colon of the piece's second half; else at the end."""
    for i in range(len(piece) - 1, len(piece) // 2, -1):
        if piece[i][0].get("text") in (",", ";", ":", "-", "–"):
            return i + 1
    return len(piece)


def _renumber(groups: list[list[dict]]) -> list[dict]:
    """Word ids from 1 again for a piece cut out of a longer sentence."""
    first = groups[0][0]["id"]
    base = (first[0] if isinstance(first, tuple) else first) - 1
    out = []
    for group in groups:
        for entry in group:
            ident = entry["id"]
            new_id = tuple(i - base for i in ident) if isinstance(ident, tuple) else ident - base
            out.append({**entry, "id": new_id})
    return out


# ---------------------------------------------------------------------------- cache


def default_cache_dir() -> Path:
    env = os.environ.get("QUOTES_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "quotes" / "parses"


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    corrupt: int = 0


def checksum(body) -> str:
    return hashlib.sha256(json.dumps(body, separators=(",", ":")).encode()).hexdigest()


class ParseCache:
    """Parses on disk as JSON, keyed by text and model. The cache is advisory: an entry that
    cannot be read or trusted is a miss, a folder that cannot be written is skipped (one warning
    for each), never a failure."""

    def __init__(self, directory: Path | None = None, enabled: bool = True):
        self.directory = directory or default_cache_dir()
        self.enabled = enabled
        self.stats = CacheStats()
        self.warned: set[str] = set()
        self.writable = True

    def warn(self, kind: str, message: str) -> None:
        if kind not in self.warned:
            self.warned.add(kind)
            sys.stderr.write(f"warning: parse cache {self.directory}: {message}\n")

    def key(self, text: str, model: str) -> str:
        repairable = LETTER_END.search(text) or INNER_QUOTE_END.search(text) \
            or DECORATION_LINE_END.search(text)
        revision = REPAIR_REVISION if repairable else ""  # the other entries stay valid
        revision += TITLE_REVISION if TITLE_RUN_ON.search(text) else ""
        revision += PARTICLE_REVISION if PARTICLE_RUN_ON.search(text) else ""
        revision += GUILLEMET_REVISION if GUILLEMET.search(text) else ""
        revision += HEADING_REVISION if heading_line_ends(text) else ""
        return hashlib.sha256(f"{CACHE_FORMAT}{revision}\0{model}\0{text}".encode()).hexdigest()

    def path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def load(self, key: str, field: str, decode):
        """The checked, decoded body of an entry, or None; a damaged entry is counted and deleted."""
        if not self.enabled:
            return None
        path = self.path(key)
        try:
            with path.open("rb") as fh:
                raw = fh.read(MAX_ENTRY_BYTES + 1)
            if len(raw) > MAX_ENTRY_BYTES:
                raise ValueError("entry too large")
            entry = json.loads(raw.decode("utf-8"))
            if entry["checksum"] != checksum(entry[field]):
                raise ValueError("checksum mismatch")
            value = decode(entry[field])
        except (FileNotFoundError, NotADirectoryError):
            self.stats.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError,
                RecursionError, MemoryError) as exc:  # unreadable, a folder, malformed, too deep
            self.stats.corrupt += 1
            self.stats.misses += 1
            self.warn("entry", f"ignored a damaged entry ({type(exc).__name__}); parsing again")
            self.drop(path)
            return None
        self.stats.hits += 1
        return value

    def drop(self, path: Path) -> None:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass  # a folder or a read-only cache: it stays a miss

    def store(self, key: str, field: str, body, meta: dict) -> None:
        if not (self.enabled and self.writable):
            return
        entry = {"format": CACHE_FORMAT, **meta, "checksum": checksum(body), field: body}
        try:
            write_atomic(self.path(key), json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
        except OSError as exc:
            self.writable = False
            self.warn("store", f"cannot be written ({exc.strerror or exc}); continuing without it")

    def get(self, text: str, model: str) -> Parsed | None:
        return self.load(self.key(text, model), "sentences",
                         lambda body: Parsed(text, sentences_from_json(body)))

    def put(self, parsed: Parsed, model: str) -> None:
        self.store(self.key(parsed.text, model), "sentences", sentences_to_json(parsed.sentences),
                   {"model": model})

    def entries(self) -> list[Path]:
        try:
            return [f for f in self.directory.glob("*/*.json") if f.is_file()] \
                if self.directory.is_dir() else []
        except OSError:
            return []

    def info(self) -> dict:
        files = self.entries()
        size = 0
        for f in files:
            try:
                size += f.stat().st_size
            except OSError:
                pass
        return {"directory": str(self.directory), "entries": len(files), "bytes": size}

    def clear(self) -> int:
        removed = 0
        for f in self.entries():
            try:
                f.unlink(missing_ok=True)
                removed += 1
            except OSError:
                pass
        return removed


# ---------------------------------------------------------------------------- parsing


def parse_uncached(texts: list[str], choice: str, threads: int | None = None) -> list[Parsed]:
    """Parse several texts in one Stanza bulk call (chunks of long texts are batched too)."""
    import stanza

    nlp = get_pipeline(choice, threads)
    pieces = [(i, off, chunk) for i, t in enumerate(texts) for off, chunk in parsable_pieces(t)]
    results = [Parsed(t, []) for t in texts]
    if not pieces:
        return results
    docs = nlp.bulk_process([stanza.Document([], text=chunk) for _, _, chunk in pieces],
                            processors="tokenize,mwt")
    docs = [bounded(doc) for doc in docs]
    docs = nlp.process(docs, processors="pos,lemma,depparse")
    for (i, off, _), doc in zip(pieces, docs, strict=True):
        results[i].sentences.extend(from_stanza(doc, texts[i], off))
    return results


def bounded(doc):
    """The tokenized document again, cut where a sentence ends in a capital letter
    (`split_at_letter_ends`), with no sentence longer than MAX_SENTENCE_WORDS words."""
    import stanza

    long = any(len(s.words) > MAX_SENTENCE_WORDS for s in doc.sentences)
    letter = any(LETTER_DOT.fullmatch(t.text) for s in doc.sentences for t in s.tokens)
    quote_end = any(s.tokens[-1].text in CLOSING_MARKS for s in doc.sentences[:-1])
    title = any(s.tokens[-1].text[-1:].isalnum() and opens_run_on(n.tokens[0].text)
                for s, n in zip(doc.sentences, doc.sentences[1:], strict=False))
    decorated = any(DECORATION.fullmatch(t.text) for s in doc.sentences for t in s.tokens[:-1])
    glued = any(GUILLEMET.search(t.text) for s in doc.sentences for t in s.tokens)
    headings = heading_line_ends(doc.text)
    if not (long or letter or quote_end or title or decorated or glued or headings):
        return doc
    sentences = split_glued_marks(doc.to_dict(), doc.text)
    sentences = join_inner_quotes(split_at_letter_ends(sentences), doc.text)
    sentences = split_after_decorations(sentences, doc.text)
    sentences = split_at_heading_lines(sentences, headings)
    return stanza.Document(split_long_sentences(sentences), text=doc.text)


def heading_line_ends(text: str) -> set[int]:
    """Where a heading line ends: a line of web or ticker copy with no final stop, under which
    the next line begins with a capital, in a text whose lines otherwise end sentences (in a
    hard-wrapped text a line break is only a space)."""
    ends = {m.end() - 1 for m in HEADING_LINE_END.finditer(text)}  # the cheap test first: it
    if not ends:  # runs for every text the cache is asked for
        return ends
    long_lines = [line.rstrip() for line in text.split("\n") if len(line.strip()) >= 40]
    ending = sum(line[-1] in ".!?:;“\"»«)" for line in long_lines)
    if not long_lines or ending < HARD_WRAPPED * len(long_lines):
        return set()
    return ends


def split_at_heading_lines(sentences: list[list[dict]], ends: set[int]) -> list[list[dict]]:
    """"Israels Regierung stimmt Waffenruhe zu⏎Nach dem Sicherheitskabinett hat …": a sentence
    that runs over the end of a heading line (`heading_line_ends`) ends there."""
    if not ends:
        return sentences
    return split_after(sentences, lambda token, _next: token.get("end_char") in ends)


def split_after_decorations(sentences: list[list[dict]], text: str) -> list[list[dict]]:
    """"+++ 10:05 Uhr: Ägypten dringt auf Einigung +++⏎Ägyptens Außenminister …": a live-blog
    line that ends in its decoration ends its sentence at the line break."""
    def ends_line(token: dict, after: dict) -> bool:
        return bool(DECORATION.fullmatch(token.get("text", ""))) and "end_char" in token \
            and "start_char" in after and "\n" in text[token["end_char"]:after["start_char"]]

    return split_after(sentences, ends_line)


def split_after(sentences: list[list[dict]], ends_here: Callable[[dict, dict], bool]) -> list[list[dict]]:
    """The sentences cut after every token for which `ends_here(token, next token)` holds."""
    out = []
    for sent in sentences:
        groups = _token_groups(sent)
        piece: list[list[dict]] = []
        for i, group in enumerate(groups):
            piece.append(group)
            if i + 1 < len(groups) and ends_here(group[0], groups[i + 1][0]):
                out.append(_sequential(piece))
                piece = []
        if piece:
            out.append(_sequential(piece) if len(piece) < len(groups) else sent)
    return out


def join_inner_quotes(sentences: list[list[dict]], text: str) -> list[list[dict]]:
    """"kritisierte „wiederholte Verstöße“ Israels gegen …": a sentence that ends in a closing
    quotation mark with no full stop, question or exclamation mark inside it runs on into the
    next one on the same line (a quoted sentence ends inside its marks: „Wir gehen.“ Dann …)."""
    out: list[list[dict]] = []
    for sent in sentences:
        if out and (_runs_on(out[-1], sent, text) or _title_runs_on(out[-1], sent, text)):
            out[-1] = _sequential(_token_groups(out[-1]) + _token_groups(sent))
        else:
            out.append(sent)
    return out


def _runs_on(sent: list[dict], after: list[dict], text: str) -> bool:
    if len(sent) < 2 or sent[-1].get("text") not in CLOSING_MARKS:
        return False
    last, first = sent[-1], after[0]
    if "end_char" not in last or "start_char" not in first:
        return False
    inside = text[last["start_char"] - 1:last["start_char"]]
    gap = text[last["end_char"]:first["start_char"]]
    return bool(inside) and not inside.isspace() and inside not in ".!?…" and "\n" not in gap \
        and first.get("text", "")[:1].isupper()


def _title_runs_on(sent: list[dict], after: list[dict], text: str) -> bool:
    """"der Zeitung | Die Welt", "das Magazin | Der Spiegel", "Samira | Abu Hamad": a sentence
    that ends in a word, with no punctuation, runs on into a next one on the same line that
    opens with a capital article or a name particle (a headline ends its line)."""
    last, first = sent[-1], after[0]
    if "end_char" not in last or "start_char" not in first or not last.get("text", "")[-1:].isalnum():
        return False
    return opens_run_on(first.get("text", "")) and "\n" not in text[last["end_char"]:first["start_char"]]


def opens_run_on(word: str) -> bool:
    """A title's capital article or a name particle: the tokenizer ends a sentence before them
    where no punctuation stands ("der Zeitung | Die Welt", "Samira | Abu Hamad")."""
    return word in TITLE_ARTICLES or word in NAME_PARTICLES or (
        word.startswith(ARTICLE_PARTICLES) and len(word) > 3)


def split_glued_marks(sentences: list[list[dict]], text: str) -> list[list[dict]]:
    """"Die »Hamas« sagte", "die «Lage» sei ernst": the tokenizer leaves a guillemet on the word
    beside it, so the name or word is not seen as itself, and the tagger, which never saw
    guillemets, reads them as prepositions or names. The marks become tokens of their own, with
    their character offsets, written as the German marks the tagger knows („ before a word, “
    after one; the text and its offsets stay as they are)."""
    out = []
    for sent in sentences:
        groups = _token_groups(sent)
        if not any(GUILLEMET.search(g[0].get("text", "")) for g in groups):
            out.append(sent)
            continue
        pieces: list[list[dict]] = []
        for group in groups:
            token = group[0]
            if len(group) > 1 or "start_char" not in token or not GUILLEMET.search(token.get("text", "")):
                pieces.append(group)
                continue
            pieces += [[_as_german_mark(part, text)] for part in _split_marks(token)]
        out.append(_sequential(pieces))
    return out


def _as_german_mark(token: dict, text: str) -> dict:
    """A guillemet token as “ when it follows a word or a stop directly (it closes), else as „."""
    if not GUILLEMET.fullmatch(token["text"]):
        return token
    start = token["start_char"]
    before = text[start - 1:start] if start else ""
    closes = bool(before) and not before.isspace() and before not in "(„\"'[–-"
    return {**token, "text": "“" if closes else "„"}


def _split_marks(token: dict) -> list[dict]:
    """A token cut before and after each guillemet, each part with its offsets."""
    text, start = token["text"], token["start_char"]
    parts = list(GUILLEMET_OR_RUN.finditer(text))
    out = []
    for i, m in enumerate(parts):
        part = {k: v for k, v in token.items() if k != "misc"}
        part.update(text=m.group(), start_char=start + m.start(), end_char=start + m.end())
        if i + 1 < len(parts):
            part["misc"] = "SpaceAfter=No"
        elif "misc" in token:
            part["misc"] = token["misc"]
        out.append(part)
    return out


def split_at_letter_ends(sentences: list[list[dict]]) -> list[list[dict]]:
    """"… berichtete die Zeitung auf X. Der Sprecher …": a capital letter with a full stop ends
    the sentence, unlike an initial, when the word before it is written small ("auf X.", "bei
    Y."), is a platform noun ("Plattform X. Finanzminister …") or the word after it is one that
    opens sentences ("Plattform X. Die …"), and the word
    after it is capitalised. The letter and its full stop become two tokens, as at any sentence end."""
    out = []
    for sent in sentences:
        groups = _token_groups(sent)
        piece: list[list[dict]] = []
        for i, group in enumerate(groups):
            if _letter_end(groups, i):
                letter, stop = _split_stop(group[0])
                out.append(_sequential([*piece, [letter], [stop]]))
                piece = []
                continue
            piece.append(group)
        if piece:
            out.append(_sequential(piece) if len(piece) < len(groups) else sent)
    return out


def _letter_end(groups: list[list[dict]], i: int) -> bool:
    token = groups[i][0]
    if len(groups[i]) > 1 or not LETTER_DOT.fullmatch(token.get("text", "")) or i == 0 \
            or i + 1 >= len(groups):
        return False
    before, after = groups[i - 1][0].get("text", ""), groups[i + 1][0].get("text", "")
    if not after[:1].isupper() and after[:1] not in "„\"»«":
        return False
    return before[:1].islower() or after.lower() in SENTENCE_OPENERS or before in PLATFORM_NOUNS


def _sequential(groups: list[list[dict]]) -> list[dict]:
    """Word ids 1..n over the groups in order (a multi-word token's range with its words)."""
    out, n = [], 0
    for group in groups:
        head = group[0]
        if isinstance(head["id"], tuple):
            width = head["id"][-1] - head["id"][0]
            out.append({**head, "id": (n + 1, n + 1 + width)})
            out += [{**w, "id": n + 1 + k} for k, w in enumerate(group[1:])]
            n += width + 1
        else:
            n += 1
            out.append({**head, "id": n})
    return out


def _split_stop(token: dict) -> tuple[dict, dict]:
    """"X." as the letter and its full stop, with their character offsets."""
    letter = {**token, "text": token["text"][:-1], "misc": "SpaceAfter=No"}
    stop = {k: v for k, v in token.items() if k != "misc"}
    stop["text"] = "."
    if "end_char" in token:
        letter["end_char"] = token["end_char"] - 1
        stop["start_char"] = token["end_char"] - 1
    return letter, stop


class Parser:
    """Parses texts through the cache; this is what every command uses."""

    def __init__(self, choice: str | None = None, cache: ParseCache | None = None,
                 threads: int | None = None):
        self.choice = choice or model_choice()
        self.cache = cache if cache is not None else ParseCache()
        self.threads = threads
        self.parsed_words = 0

    @property
    def model(self) -> str:
        return model_version(self.choice)

    def parse_batch(self, texts: list[str]) -> list[Parsed]:
        found = [self.cache.get(t, self.model) for t in texts]
        todo = [i for i, p in enumerate(found) if p is None]
        if todo:
            fresh = parse_uncached([texts[i] for i in todo], self.choice, self.threads)
            for i, parsed in zip(todo, fresh, strict=True):
                self.cache.put(parsed, self.model)
                self.parsed_words += sum(len(s.words) for s in parsed.sentences)
                found[i] = parsed
        return found  # type: ignore[return-value]

    def parse(self, text: str) -> Parsed:
        return self.parse_batch([text])[0]


def to_conllu(parsed: Parsed, doc_id: str = "") -> str:
    """CoNLL-U with multi-word token lines and character offsets in MISC."""
    lines = []
    for n, sent in enumerate(parsed.sentences, 1):
        if doc_id:
            lines.append(f"# sent_id = {doc_id}-{n}")
        lines.append(f"# text = {_one_line(parsed.text[sent.start:sent.end])}")
        groups: dict[int, list[Word]] = {}
        for w in sent.words:
            groups.setdefault(w.token, []).append(w)
        for words in groups.values():
            first = words[0]
            if len(words) > 1:
                lines.append(f"{first.id}-{words[-1].id}\t{parsed.text[first.start:first.end]}"
                             + "\t_" * 8)
            for w in words:
                misc = f"start_char={w.start}|end_char={w.end}"
                lines.append("\t".join([str(w.id), w.text, w.lemma, w.upos, "_", w.feats,
                                        str(w.head), w.deprel, "_", misc]))
        lines.append("")
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def count_words(parsed_items: Iterable[Parsed]) -> int:
    return sum(len(s.words) for p in parsed_items for s in p.sentences)
