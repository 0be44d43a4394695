"""Quotes in and out of the annotation tools teams already use: Label Studio, doccano, Prodigy.

Export writes one task per document in each tool's documented import format, the quotes as
pre-annotations (character spans with labels); import reads the tool's export back into the
project's annotation records, validated, with file:line for every problem.

- Label Studio: a JSON list of tasks `{"data": {"text", "doc"}, "predictions": [{"result": [...]}]}`;
  each quote is a region of type "labels" (`value.start/end/text/labels` = its kind, or
  `not_quote`) with per-region "choices" for stance and affiliation and a per-region "textarea"
  for the speaker (see LABEL_STUDIO_CONFIG). Offsets are counted in UTF-16 code units, as the
  browser counts them. Import reads a task's latest non-cancelled annotation, else its predictions.
- doccano (sequence labeling): JSONL `{"text", "label": [[start, end, label]]}`.
- Prodigy (ner.manual): JSONL `{"text", "tokens", "spans": [{"start", "end", "label", ...}]}`.
  In doccano and Prodigy a span carries one label only, so the label is what an annotator judges
  there: the stance (favor, against, none) or not_quote.

Fields a tool has no place for (kind, speaker, cue, sentence, source …) travel in the task's
`quotes` field (doccano and Prodigy keep unknown fields; Label Studio keeps `data.quotes`), keyed
by the span: a span the annotator moved or added simply has none of them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from quotes.annotations import AnnotationProblem
from quotes.models import AFFILIATIONS, KINDS, STANCES, Annotation, Quote

FORMATS = ("labelstudio", "doccano", "prodigy")
NOT_QUOTE = "not_quote"
SPAN_LABELS = (*STANCES, NOT_QUOTE)  # doccano and Prodigy
LS_KINDS = (*KINDS, "quote", NOT_QUOTE)  # Label Studio's span labels ("quote": kind unknown)
EXTRA_FIELDS = ("kind", "cue", "speaker_mention", "speaker", "affiliation", "sentence", "source",
                "note", "stance", "extracted_start", "extracted_end")
TOKEN = re.compile(r"\w+|[^\w\s]")


def _options(tag: str, values: Iterable[str]) -> str:
    return "".join(f'\n    <{tag} value="{v}"/>' for v in values)


LABEL_STUDIO_CONFIG = f"""<View>
  <Labels name="quote" toName="text">{_options("Label", LS_KINDS)}
  </Labels>
  <Text name="text" value="$text"/>
  <Choices name="stance" toName="text" perRegion="true" choice="single">{_options("Choice", STANCES)}
  </Choices>
  <Choices name="affiliation" toName="text" perRegion="true" choice="single">\
{_options("Choice", AFFILIATIONS)}
  </Choices>
  <TextArea name="speaker" toName="text" perRegion="true" editable="true" maxSubmissions="1"/>
</View>
"""


@dataclass
class Task:
    """One document and the records to show on it."""

    doc: str
    text: str
    records: list[Annotation]


def document_texts(paths: Iterable[Path | str]) -> tuple[dict[str, str], list[str]]:
    """Each document's text as the analysis reads it, by its `doc` name (the path below the
    folder given; a table row's id), and the reasons for those that cannot be read."""
    from quotes.documents import Document, InputError
    from quotes.readers import ReadOptions, Source, Unreadable, iter_items, read_source

    texts: dict[str, str] = {}
    problems: list[str] = []
    for item in iter_items(paths, ReadOptions()):
        if isinstance(item, Unreadable):
            problems.append(f"{item.path}: {item.reason}")
        elif isinstance(item, Document):
            texts[item.name] = item.text
        elif isinstance(item, Source):
            try:
                texts[item.doc] = read_source(item, max_bytes=1 << 62).text
            except InputError as exc:
                problems.append(str(exc))
    return texts, problems


def record_from_quote(q: Quote) -> Annotation:
    """An extracted quote as a pre-annotation to be judged in the tool."""
    return Annotation(doc=q.doc, quote=q.quote, start=q.start, end=q.end, sentence=q.sentence,
                      kind=q.kind, cue=q.cue, speaker_mention=q.speaker_mention,
                      speaker=q.speaker, affiliation=q.affiliation, stance=q.stance or "none",
                      source="user")


def _extras(r: Annotation) -> dict:
    return {"start": r.start, "end": r.end,
            **{k: getattr(r, k) for k in EXTRA_FIELDS if getattr(r, k) is not None}}


# --- UTF-16 offsets (Label Studio counts like JavaScript) ----------------------------------------

def _to_utf16(text: str, i: int) -> int:
    return len(text[:i].encode("utf-16-le")) // 2


def _from_utf16(text: str, units: int) -> int | None:
    if text.isascii() or all(ord(c) < 0x10000 for c in text):
        return units
    count = 0
    for i, c in enumerate(text):
        if count == units:
            return i
        count += 2 if ord(c) >= 0x10000 else 1
    return len(text) if count == units else None


# --- export --------------------------------------------------------------------------------------

def export_tasks(tasks: list[Task], fmt: str) -> str:
    """The whole file in the tool's import format."""
    if fmt == "labelstudio":
        return json.dumps([labelstudio_task(t) for t in tasks], ensure_ascii=False, indent=1) + "\n"
    make = doccano_task if fmt == "doccano" else prodigy_task
    return "".join(json.dumps(make(t), ensure_ascii=False) + "\n" for t in tasks)


def labelstudio_task(task: Task) -> dict:
    result = []
    for n, r in enumerate(task.records, 1):
        region = f"q{n}"
        span = {"start": _to_utf16(task.text, r.start), "end": _to_utf16(task.text, r.end),
                "text": task.text[r.start:r.end]}
        label = NOT_QUOTE if r.label == NOT_QUOTE else (r.kind or "quote")
        result.append({"id": region, "from_name": "quote", "to_name": "text", "type": "labels",
                       "value": {**span, "labels": [label]}})
        for name, value in (("stance", r.stance), ("affiliation", r.affiliation)):
            if value:
                result.append({"id": region, "from_name": name, "to_name": "text",
                               "type": "choices", "value": {**span, "choices": [value]}})
        if r.speaker:
            result.append({"id": region, "from_name": "speaker", "to_name": "text",
                           "type": "textarea", "value": {"start": span["start"],
                                                         "end": span["end"],
                                                         "text": [r.speaker]}})
    return {"data": {"text": task.text, "doc": task.doc,
                     "quotes": [_extras(r) for r in task.records]},
            "predictions": [{"model_version": "quotes", "result": result}]}


def doccano_task(task: Task) -> dict:
    return {"text": task.text, "doc": task.doc,
            "label": [[r.start, r.end, NOT_QUOTE if r.label == NOT_QUOTE else r.stance]
                      for r in task.records],
            "quotes": [_extras(r) for r in task.records]}


def prodigy_task(task: Task) -> dict:
    tokens = [{"text": m.group(0), "start": m.start(), "end": m.end(), "id": i,
               "ws": m.end() < len(task.text) and task.text[m.end()].isspace()}
              for i, m in enumerate(TOKEN.finditer(task.text))]
    first = {t["start"]: t["id"] for t in tokens}
    last = {t["end"]: t["id"] for t in tokens}
    spans = []
    for r in task.records:
        span = {"start": r.start, "end": r.end,
                "label": NOT_QUOTE if r.label == NOT_QUOTE else r.stance}
        if r.start in first and r.end in last:
            span.update(token_start=first[r.start], token_end=last[r.end])
        spans.append(span)
    return {"text": task.text, "meta": {"doc": task.doc}, "tokens": tokens, "spans": spans,
            "quotes": [_extras(r) for r in task.records]}


# --- import --------------------------------------------------------------------------------------

class ImportProblem(ValueError):
    """One bad task or span; becomes file:line in the report."""


@dataclass
class Imported:
    records: list[Annotation]
    problems: list[AnnotationProblem]
    notes: list[str]


def import_file(path: Path, fmt: str) -> Imported:
    """Every task of a tool's export as annotation records, or the problems found, by line."""
    out = Imported([], [], [])
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        out.problems.append(AnnotationProblem(str(path), 0, f"cannot read ({exc})"))
        return out
    try:
        items = list(_json_items(raw) if fmt == "labelstudio" else _jsonl_items(raw))
    except ImportProblem as exc:
        line, reason = exc.args
        out.problems.append(AnnotationProblem(str(path), line, reason))
        return out
    seen: dict[tuple, int] = {}
    reader = {"labelstudio": _labelstudio_records, "doccano": _doccano_records,
              "prodigy": _prodigy_records}[fmt]
    for line, item in items:
        if isinstance(item, ImportProblem):
            out.problems.append(AnnotationProblem(str(path), line, str(item)))
            continue
        try:
            records, note = reader(item)
        except ImportProblem as exc:
            out.problems.append(AnnotationProblem(str(path), line, str(exc)))
            continue
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(x) for x in err["loc"]) or "record"
            out.problems.append(AnnotationProblem(str(path), line, f"{where}: {err['msg']}"))
            continue
        for r in records:
            if r.key() in seen:
                out.problems.append(AnnotationProblem(
                    str(path), line, f"{r.doc}: span {r.start}-{r.end} twice (first at line "
                                     f"{seen[r.key()]})"))
                continue
            seen[r.key()] = line
            out.records.append(r)
        if note:
            out.notes.append(f"{path}:{line}: {note}")
    return out


def _jsonl_items(raw: str):
    for lineno, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            yield lineno, ImportProblem(f"bad JSON ({exc.msg})")  # the other lines still count


def _json_items(raw: str):
    """A JSON list of tasks, each with the line it starts on."""
    decoder = json.JSONDecoder()
    pos = _skip_ws(raw, 0)
    if pos >= len(raw) or raw[pos] != "[":
        raise ImportProblem(1, "a Label Studio export is a JSON list of tasks ([...])")
    pos = _skip_ws(raw, pos + 1)
    while pos < len(raw) and raw[pos] != "]":
        line = raw.count("\n", 0, pos) + 1
        try:
            item, pos = decoder.raw_decode(raw, pos)
        except json.JSONDecodeError as exc:
            raise ImportProblem(raw.count("\n", 0, exc.pos) + 1, f"bad JSON ({exc.msg})") from None
        yield line, item
        pos = _skip_ws(raw, pos)
        if pos < len(raw) and raw[pos] == ",":
            pos = _skip_ws(raw, pos + 1)
    if pos >= len(raw):
        raise ImportProblem(raw.count("\n") + 1, "the task list is not closed (])")


def _skip_ws(raw: str, pos: int) -> int:
    while pos < len(raw) and raw[pos].isspace():
        pos += 1
    return pos


def _text_and_doc(item, text, doc) -> tuple[str, str]:
    if not isinstance(item, dict):
        raise ImportProblem("a task must be a JSON object")
    if not isinstance(text, str) or not text:
        raise ImportProblem("task without its text")
    if not isinstance(doc, str) or not doc:
        raise ImportProblem("task without a document name (field doc): export it with "
                            "`quotes export` or add the article's file name as doc")
    return text, doc


def _extras_by_span(quotes) -> dict[tuple[int, int], dict]:
    if not isinstance(quotes, list):
        return {}
    return {(q["start"], q["end"]): q for q in quotes
            if isinstance(q, dict) and isinstance(q.get("start"), int)
            and isinstance(q.get("end"), int)}


def _occurrence(text: str, quote: str, start: int) -> int:
    n, pos = 0, -1
    while True:
        pos = text.find(quote, pos + 1)
        if pos < 0 or pos > start:
            return max(n, 1)
        n += 1


def build_record(doc: str, text: str, start, end, extras: dict, **given) -> Annotation:
    """A record from a span: the tool's own judgement (`given`) wins over carried fields."""
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        raise ImportProblem(f"span {start}-{end} does not lie in the text ({len(text)} characters)")
    quote = text[start:end]
    if not quote.strip():
        raise ImportProblem(f"span {start}-{end} holds only white space")
    fields = {k: v for k, v in extras.items() if k in EXTRA_FIELDS}
    fields.update(given)  # what the tool shows the annotator is theirs to change, even to empty
    if fields.get("label") != NOT_QUOTE and fields.get("stance") is None:
        raise ImportProblem(f"span {start}-{end} ({quote[:40]!r}) has no stance: give it one "
                            "(favor, against, none) or label it not_quote")
    fields.setdefault("source", "user")
    return Annotation.model_validate({"doc": doc, "quote": quote, "start": start, "end": end,
                                      "occurrence": _occurrence(text, quote, start), **fields})


def _span_label(label, where: str) -> dict:
    if label not in SPAN_LABELS:
        raise ImportProblem(f"{where}: unknown label {label!r}; use one of "
                            f"{', '.join(SPAN_LABELS)}")
    return {"label": NOT_QUOTE} if label == NOT_QUOTE else {"stance": label, "label": "quote"}


def _doccano_records(item) -> tuple[list[Annotation], str | None]:
    meta = item.get("meta") if isinstance(item, dict) and isinstance(item.get("meta"), dict) else {}
    fields = {**meta, **item} if isinstance(item, dict) else item
    text, doc = _text_and_doc(item, fields.get("text"), fields.get("doc"))
    extras = _extras_by_span(fields.get("quotes"))
    spans = fields.get("label", fields.get("labels"))
    if spans is None and isinstance(fields.get("entities"), list):
        spans = [[e.get("start_offset"), e.get("end_offset"), e.get("label")]
                 for e in fields["entities"] if isinstance(e, dict)]
    if not isinstance(spans, list):
        raise ImportProblem("no span list (label, labels or entities)")
    records = []
    for span in spans:
        if not isinstance(span, list) or len(span) != 3:
            raise ImportProblem(f"a span is [start, end, label], got {span!r}")
        start, end, label = span
        records.append(build_record(doc, text, start, end, extras.get((start, end), {}),
                                    **_span_label(label, f"span {start}-{end}")))
    return records, None


def _prodigy_records(item) -> tuple[list[Annotation], str | None]:
    meta = item.get("meta") if isinstance(item, dict) and isinstance(item.get("meta"), dict) else {}
    text, doc = _text_and_doc(item, item.get("text") if isinstance(item, dict) else None,
                              meta.get("doc"))
    if item.get("answer") in ("reject", "ignore"):
        return [], f"{doc}: answer {item['answer']!r}, left out"
    extras = _extras_by_span(item.get("quotes"))
    spans = item.get("spans", [])
    if not isinstance(spans, list):
        raise ImportProblem("spans must be a list")
    records = []
    for span in spans:
        if not isinstance(span, dict):
            raise ImportProblem(f"a span is an object with start, end, label, got {span!r}")
        start, end = span.get("start"), span.get("end")
        records.append(build_record(doc, text, start, end, extras.get((start, end), {}),
                                    **_span_label(span.get("label"), f"span {start}-{end}")))
    return records, None


def _labelstudio_records(item) -> tuple[list[Annotation], str | None]:
    data = item.get("data") if isinstance(item, dict) else None
    data = data if isinstance(data, dict) else {}
    text, doc = _text_and_doc(item, data.get("text"), data.get("doc"))
    result, note = _labelstudio_result(item)
    extras = _extras_by_span(data.get("quotes"))
    regions: dict[str, dict] = {}
    for r in result:
        if not isinstance(r, dict) or not isinstance(r.get("value"), dict):
            raise ImportProblem(f"a result item needs a value object, got {r!r}")
        region = regions.setdefault(str(r.get("id")), {})
        value = r["value"]
        if r.get("type") == "labels":
            region["span"] = (value.get("start"), value.get("end"), value.get("text"))
            region["labels"] = value.get("labels") or []
        elif r.get("type") == "choices" and r.get("from_name") in ("stance", "affiliation"):
            region[r["from_name"]] = (value.get("choices") or [None])[0]
        elif r.get("type") == "textarea" and r.get("from_name") == "speaker":
            region["speaker"] = " ".join(value.get("text") or []) or None
    records = []
    for rid, region in regions.items():
        if "span" not in region:
            raise ImportProblem(f"region {rid} has choices but no labelled span")
        records.append(_labelstudio_record(doc, text, rid, region, extras))
    return records, note


def _labelstudio_result(item: dict) -> tuple[list, str | None]:
    """The latest annotation that was not cancelled; else the pre-annotations, with a note."""
    done = [a for a in item.get("annotations") or [] if isinstance(a, dict)
            and not a.get("was_cancelled")]
    if done:
        return done[-1].get("result") or [], None
    predictions = [p for p in item.get("predictions") or [] if isinstance(p, dict)]
    if predictions:
        return predictions[-1].get("result") or [], "no annotation yet, pre-annotations read"
    return [], None


def _labelstudio_record(doc: str, text: str, rid: str, region: dict, extras) -> Annotation:
    start16, end16, shown = region["span"]
    if not isinstance(start16, int) or not isinstance(end16, int):
        raise ImportProblem(f"region {rid}: start and end must be numbers")
    start, end = _from_utf16(text, start16), _from_utf16(text, end16)
    if start is None or end is None:
        raise ImportProblem(f"region {rid}: span {start16}-{end16} does not lie in the text")
    if shown is not None and text[start:end] != shown:
        raise ImportProblem(f"region {rid}: text {shown[:40]!r} differs from the task text "
                            f"at {start16}-{end16} (offsets of another version of the text?)")
    labels = region["labels"]
    if len(labels) != 1 or labels[0] not in LS_KINDS:
        raise ImportProblem(f"region {rid}: label must be one of {', '.join(LS_KINDS)}, "
                            f"got {labels!r}")
    label = labels[0]
    extra = extras.get((start, end), {})
    if label == NOT_QUOTE:
        return build_record(doc, text, start, end, extra, label=NOT_QUOTE,
                            speaker=region.get("speaker"), affiliation=region.get("affiliation"))
    return build_record(doc, text, start, end, extra, label="quote",
                        kind=label if label in KINDS else None, stance=region.get("stance"),
                        speaker=region.get("speaker"), affiliation=region.get("affiliation"))
