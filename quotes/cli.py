"""The `quotes` command line: it only wires the steps together.

Exit codes: 0 all fine; 1 some documents were skipped (named on stderr); 2 nothing could be
done (bad arguments, no readable document, invalid annotations).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import warnings
from enum import StrEnum
from fnmatch import fnmatch
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from quotes.analysis import DocResult, Settings, default_jobs
from quotes.documents import DEFAULT_MAX_BYTES, InputError, expand_paths, read_date_sidecar
from quotes.readers import INPUT_FORMATS, ReadOptions, iter_items
from quotes.runner import run_analysis

app = typer.Typer(
    help="Find quotations in German news, attribute them to speakers, label their stance on a "
         "Gaza ceasefire and report per speaker.\n\nTypical use: `quotes report seeds/ "
         "--speaker Netanjahu --affiliation Hamas --quotes`.",
    no_args_is_help=True, rich_markup_mode="rich", pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
cache_app = typer.Typer(help="Inspect or clear the on-disk parse cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")
out = Console()
err = Console(stderr=True)


class ExtractFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    parquet = "parquet"
    xlsx = "xlsx"


class ReportFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    json = "json"
    csv = "csv"
    tsv = "tsv"
    html = "html"
    parquet = "parquet"
    xlsx = "xlsx"


class Backend(StrEnum):
    local = "local"
    dask = "dask"


PathsArg = Annotated[list[Path], typer.Argument(
    help="Files and folders of articles: .txt/.md, .html/.htm (main text and metadata through "
         "trafilatura), or tables .csv .tsv .jsonl .parquet .xlsx with one article per row.",
    show_default=False)]
ModelsOpt = Annotated[str, typer.Option(
    "--stanza-models", envvar="QUOTES_STANZA_MODELS",
    help="German models: 'shipped' (trained by this project, offline), 'official' (Stanza's, "
         "needs a one-time `stanza.download('de')` with internet) or a folder of models.")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Parser processes (default: cores).")]
StanceOpt = Annotated[Path | None, typer.Option("--stance-model",
    help="Stance model file (default: stance_model in the config file, else the shipped one).")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Parse again, ignore the cache.")]
FailFastOpt = Annotated[bool, typer.Option("--fail-fast",
                                           help="Stop at the first unreadable document.")]
MaxSizeOpt = Annotated[float, typer.Option(
    "--max-size", help="Skip documents larger than this many MB (long ones under the limit are "
                       "analysed piece by piece, cut at paragraphs).")]
def checked_output(value: Path | None) -> Path | None:
    """-o as given; a symlink, a folder or a parent that is no folder is refused at once."""
    from quotes.storage import OutputError, check_target

    if value is not None and str(value) != "-":
        try:
            check_target(Path(value))
        except OutputError as exc:
            raise typer.BadParameter(str(exc)) from None
    return value


OutputOpt = Annotated[Path | None, typer.Option(
    "--output", "-o", callback=checked_output,
    help="Write here ('-': the terminal); the suffix sets the format: .jsonl "
                           ".csv .tsv .md .html .json .parquet .xlsx (.txt: the table).")]
ExcelOpt = Annotated[bool, typer.Option(
    "--excel", help="CSV for German Excel (UTF-8 BOM, ';', decimal commas); with -o x.xlsx a "
                    "workbook.")]
InputFormatOpt = Annotated[str | None, typer.Option(
    "--input-format", help=f"Read every input as {', '.join(INPUT_FORMATS)} (default: by "
                           "suffix; tables in folders are read only with this).")]
TextColumnOpt = Annotated[str | None, typer.Option(
    "--text-column", help="Table column with the article text (default: text, body, content).")]
DateColumnOpt = Annotated[str | None, typer.Option(
    "--date-column", help="Table column with the date (default: date, published, datum).")]
IdColumnOpt = Annotated[str | None, typer.Option(
    "--id-column", help="Table column naming the article, its `doc` (default: id, else url, "
                        "else FILE#ROW).")]
OutletColumnOpt = Annotated[str | None, typer.Option(
    "--outlet-column", help="Table column with the outlet (default: outlet, source, site; "
                            "else the url's host).")]
BackendOpt = Annotated[Backend, typer.Option(
    "--backend", help="local processes, or a Dask cluster (QUOTES_DASK_ADDRESS) with "
                      "`pip install quotes\\[dask]`.")]
DatesOpt = Annotated[Path | None, typer.Option(
    "--dates", help="CSV `file,date` giving documents their date (over any date in the text).")]


def fail(message: str, code: int = 2) -> None:
    err.print(f"[red]error:[/] {safe(message)}", highlight=False)
    raise typer.Exit(code)


def safe(text: str) -> str:
    """Text from files and names for rich: no markup read from it, no control characters."""
    from rich.markup import escape

    from quotes.documents import display_name
    from quotes.report import terminal_safe

    return escape(terminal_safe(display_name(str(text))))


def max_bytes(max_size: float) -> int:
    """--max-size checked (finite, positive) and in bytes."""
    from quotes.documents import parse_size_mb

    try:
        return parse_size_mb(max_size)
    except ValueError as exc:
        fail(str(exc))
        raise  # unreachable: fail exits


def settings_for(models: str, stance_model: Path | None, no_cache: bool, max_size: float,
                 dates: Path | None = None, reading: ReadOptions | None = None,
                 keep_text: bool = False) -> Settings:
    limit = max_bytes(max_size)
    try:
        date_map = read_date_sidecar(dates)
    except InputError as exc:
        fail(str(exc))
    from quotes.config import (
        ConfigError,
        adverb_mention,
        continuation_mention,
        leading_complementizer,
        nested_quotes,
        stance_model_path,
    )
    from quotes.resolve.learned import speaker_mode

    try:
        chosen, speakers, nested = stance_model_path(stance_model), speaker_mode(), nested_quotes()
        complementizer, continuations = leading_complementizer(), continuation_mention()
        adverbs = adverb_mention()
    except ConfigError as exc:
        fail(str(exc))
    if reading and reading.input_format and reading.input_format not in INPUT_FORMATS:
        fail(f"unknown --input-format {reading.input_format}; choose from "
             f"{', '.join(INPUT_FORMATS)}")
    return Settings(stanza_models=models, stance_model=chosen, speaker_mode=speakers,
                    use_cache=not no_cache, max_bytes=limit, dates=date_map,
                    reading=reading or ReadOptions(), keep_texts=keep_text, nested_quotes=nested,
                    leading_complementizer=complementizer, continuation_mention=continuations,
                    adverb_mention=adverbs)


def output_format(fmt: StrEnum | None, output: Path | None, allowed: type[StrEnum],
                  excel: bool = False) -> str:
    """The format from --format and the -o suffix, refused before any work if they disagree."""
    from quotes.outputs import OutputError, resolve_format

    try:
        return resolve_format(fmt.value if fmt else None, output, [f.value for f in allowed],
                              excel)
    except OutputError as exc:
        fail(str(exc))


class Analysed:
    """Runs the analysis with a progress bar, names skipped files and keeps their list."""

    def __init__(self, paths: list[Path], settings: Settings, jobs: int, fail_fast: bool,
                 backend: Backend = Backend.local):
        self.files = list(iter_items(paths, settings.reading, settings.dates))
        if not self.files:
            fail("no documents (.txt, .md, .html; tables named directly) in "
                 + ", ".join(map(str, paths)))
        self.settings, self.jobs, self.fail_fast, self.backend = settings, jobs, fail_fast, backend
        self.skipped: list[str] = []

    def __iter__(self):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        from quotes.parse import ModelsUnavailable
        from quotes.stance import UnsafeModelError

        progress = Progress("[progress.description]{task.description}", BarColumn(),
                            MofNCompleteColumn(), TimeRemainingColumn(), console=err,
                            transient=True, disable=not err.is_terminal)
        try:
            with progress:
                task = progress.add_task("analysing", total=len(self.files))
                for result in run_analysis(self.files, self.settings, self.jobs,
                                           self.backend.value):
                    progress.advance(task)
                    if self.accept(result):
                        yield result
        except (ModelsUnavailable, UnsafeModelError, RuntimeError) as exc:
            fail(str(exc))
        if len(self.skipped) == len(self.files):
            fail("no document could be processed")

    def accept(self, result: DocResult) -> bool:
        for w in result.warnings:
            err.print(f"[yellow]warning:[/] {safe(w)}", highlight=False)
        if not result.error:
            return True
        err.print(f"[yellow]skipped[/] {safe(result.path)}: {safe(result.error)}", highlight=False)
        self.skipped.append(f"{result.path}: {result.error}")
        if self.fail_fast:
            fail(f"stopping at {result.path} (--fail-fast)")
        return False


def finish(skipped: list[str]) -> None:
    if skipped:
        err.print(f"[yellow]{len(skipped)} document(s) skipped[/]")
        raise typer.Exit(1)


@app.command()
def parse(
    files: PathsArg,
    models: ModelsOpt = "shipped",
    no_cache: NoCacheOpt = False,
    max_size: MaxSizeOpt = DEFAULT_MAX_BYTES / 1e6,
) -> None:
    """Print the dependency parse of each document as CoNLL-U (cached on disk)."""
    from quotes.parse import ModelsUnavailable, ParseCache, Parser, to_conllu
    from quotes.readers import read_item

    limit = max_bytes(max_size)
    parser = Parser(models, ParseCache(enabled=not no_cache))
    skipped, done = [], 0
    for item in iter_items(files, ReadOptions()):
        try:
            doc = read_item(item, limit)
            for w in doc.warnings:
                err.print(f"[yellow]warning:[/] {safe(w)}", highlight=False)
            sys.stdout.write(f"# newdoc id = {doc.name}\n" + to_conllu(parser.parse(doc.text),
                                                                          Path(doc.name).stem))
            done += 1
        except InputError as exc:
            err.print(f"[yellow]skipped[/] {safe(str(exc))}", highlight=False)
            skipped.append(str(exc))
        except ModelsUnavailable as exc:
            fail(str(exc))
    if not done:
        fail("no document could be parsed")
    finish(skipped)


@app.command()
def extract(
    paths: PathsArg,
    fmt: Annotated[ExtractFormat | None, typer.Option(
        "--format", "-f", help="Output format (default: from the -o suffix, else a table).")]
    = None,
    output: OutputOpt = None,
    excel: ExcelOpt = False,
    dates: DatesOpt = None,
    input_format: InputFormatOpt = None,
    text_column: TextColumnOpt = None,
    date_column: DateColumnOpt = None,
    id_column: IdColumnOpt = None,
    outlet_column: OutletColumnOpt = None,
    models: ModelsOpt = "shipped",
    stance_model: StanceOpt = None,
    jobs: JobsOpt = 0,
    no_cache: NoCacheOpt = False,
    fail_fast: FailFastOpt = False,
    max_size: MaxSizeOpt = DEFAULT_MAX_BYTES / 1e6,
    backend: BackendOpt = Backend.local,
) -> None:
    """List every quote with its speaker, affiliation, stance and date.

    JSONL gives one object per quote with the fields doc, start, end, kind, quote, cue,
    speaker_mention, speaker, affiliation, sentence, confidence, stance, stance_confidence,
    date, date_source, outlet. Piped, the table keeps every cell whole (or use --format tsv).
    """
    from quotes.models import Quote
    from quotes.outputs import table_console, write_rows
    from quotes.report import CSV_FIELDS, quotes_table

    kind = output_format(fmt, output, ExtractFormat, excel)
    reading = ReadOptions(input_format=input_format, text_column=text_column,
                          date_column=date_column, id_column=id_column, outlet_column=outlet_column)
    settings = settings_for(models, stance_model, no_cache, max_size, dates, reading)
    results = Analysed(paths, settings, jobs or default_jobs(), fail_fast, backend)
    if kind == "table":
        quotes = [q for r in results for q in r.quotes]
        with table_console(output) as console:
            console.print(quotes_table(quotes, title=f"{len(quotes)} quotes",
                                       expand=console.is_terminal))
    else:
        fields = list(Quote.model_fields) if kind in ("jsonl", "json") else CSV_FIELDS
        write_rows((q.model_dump() for r in results for q in r.quotes), fields, kind, output, excel)
    finish(results.skipped)


SpeakerOpt = Annotated[list[str] | None, typer.Option(
    "--speaker", "-s", help="Speaker name or alias (Netanjahu = Netanyahu); repeatable.")]
AffiliationOpt = Annotated[list[str] | None, typer.Option(
    "--affiliation", "-a", help="Israel, Hamas, USA, Qatar, Egypt, UN, Palestinian Authority, "
                                "Islamic Jihad, Hezbollah, Iran, other.")]
StanceFilterOpt = Annotated[list[str] | None, typer.Option("--stance",
                                                           help="favor, against, none.")]
KindOpt = Annotated[list[str] | None, typer.Option("--kind", help="direct, indirect, mixed.")]
SinceOpt = Annotated[str | None, typer.Option(
    help="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD; documents without a date are left out "
         "(the report says how many).")]
UntilOpt = Annotated[str | None, typer.Option(help="Latest date: YYYY, YYYY-MM or YYYY-MM-DD.")]
ByOpt = Annotated[str | None, typer.Option(
    "--by", help="'month' or 'week': stance per side (and per --speaker) over time; with "
                 "--format csv the tidy table behind the chart.")]


MinConfidenceOpt = Annotated[float | None, typer.Option(
    "--min-confidence", help="Keep only quotes whose stance the model gives at least this "
                             "probability (0-1; the probabilities are calibrated).")]


def report_filters(speaker, affiliation, stance, kind, since, until, by, min_confidence=None):
    """Filters checked before any work: unknown values and malformed dates are refused."""
    from quotes.documents import parse_date_bound
    from quotes.models import AFFILIATIONS, KINDS, STANCES
    from quotes.report import Filters
    from quotes.text import fold

    for value, allowed, name in [(stance or [], STANCES, "stance"), (kind or [], KINDS, "kind")]:
        bad = [v for v in value if v not in allowed]
        if bad:
            fail(f"unknown {name} {', '.join(bad)}; choose from {', '.join(allowed)}")
    known = {fold(a): a for a in AFFILIATIONS}
    bad_aff = [a for a in affiliation or [] if fold(a) not in known]
    if bad_aff:
        fail(f"unknown affiliation {', '.join(bad_aff)}; choose from {', '.join(AFFILIATIONS)}")
    if by not in (None, "month", "week"):
        fail("--by takes 'month' or 'week'")
    try:
        since, until = parse_date_bound(since, "--since"), parse_date_bound(until, "--until")
    except ValueError as exc:
        fail(str(exc))
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        fail(f"--min-confidence must lie between 0 and 1, not {min_confidence}")
    return Filters(speakers=speaker or [], affiliations=[known[fold(a)] for a in affiliation or []],
                   stances=stance or [], kinds=kind or [], since=since, until=until,
                   min_confidence=min_confidence)


def analysed_report(paths, filters, by, keep_quotes, settings, jobs, fail_fast, backend):
    """Run the analysis and aggregate it; the note on undated documents goes to stderr."""
    from quotes.report import Aggregator, undated_note

    agg = Aggregator(filters, keep_quotes=keep_quotes, by=by, keep_texts=settings.keep_texts)
    run = Analysed(paths, settings, jobs or default_jobs(), fail_fast, backend)
    titles = {}
    for r in run:
        agg.add_document(r.name, r.quotes, r.text, r.date)
        if r.title:
            titles[r.name] = r.title
    agg.skipped = run.skipped
    rep = agg.report()
    if rep.undated and (filters.since or filters.until or by):
        err.print(f"[yellow]note:[/] {undated_note(rep)}", highlight=False)
    return agg, rep, titles


@app.command()
def report(
    paths: PathsArg,
    speaker: SpeakerOpt = None,
    affiliation: AffiliationOpt = None,
    stance: StanceFilterOpt = None,
    kind: KindOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    by: ByOpt = None,
    min_confidence: MinConfidenceOpt = None,
    show_quotes: Annotated[bool, typer.Option("--quotes", help="List the quotes too.")] = False,
    fmt: Annotated[ReportFormat | None, typer.Option(
        "--format", "-f", help="Output format (default: from the -o suffix, else a table).")]
    = None,
    output: OutputOpt = None,
    excel: ExcelOpt = False,
    dates: DatesOpt = None,
    input_format: InputFormatOpt = None,
    text_column: TextColumnOpt = None,
    date_column: DateColumnOpt = None,
    id_column: IdColumnOpt = None,
    outlet_column: OutletColumnOpt = None,
    models: ModelsOpt = "shipped",
    stance_model: StanceOpt = None,
    jobs: JobsOpt = 0,
    no_cache: NoCacheOpt = False,
    fail_fast: FailFastOpt = False,
    max_size: MaxSizeOpt = DEFAULT_MAX_BYTES / 1e6,
    backend: BackendOpt = Backend.local,
) -> None:
    """Quotes per speaker and affiliation, with stance; filters combine as you would expect.

    Repeated options of one kind are OR; different kinds are AND, except that --speaker and
    --affiliation together mean "this speaker OR that side" (every quote by Netanjahu or by
    Hamas officials: `--speaker Netanjahu --affiliation Hamas`). HTML has the stance-over-time
    chart (by month unless --by week), a sortable quote table and the highlighted documents; CSV/TSV/Parquet/
    xlsx are one row per quote, or with --by the tidy period table behind the chart.
    """
    from quotes.outputs import write_report

    kind_out = output_format(fmt, output, ReportFormat, excel)
    filters = report_filters(speaker, affiliation, stance, kind, since, until, by, min_confidence)
    by = by or ("month" if kind_out == "html" else None)  # the HTML report always has the trend
    reading = ReadOptions(input_format=input_format, text_column=text_column,
                          date_column=date_column, id_column=id_column, outlet_column=outlet_column)
    settings = settings_for(models, stance_model, no_cache, max_size, dates, reading,
                            keep_text=kind_out == "html")
    agg, rep, titles = analysed_report(paths, filters, by, show_quotes or kind_out != "table",
                                       settings, jobs, fail_fast, backend)
    write_report(rep, kind_out, output, show_quotes, agg.texts, titles, excel)
    if output is not None and str(output) != "-":
        err.print(f"wrote {output}")
    finish(agg.skipped)


@app.command()
def plot(
    paths: PathsArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="trend.svg or trend.png.")],
    speaker: SpeakerOpt = None,
    affiliation: AffiliationOpt = None,
    stance: StanceFilterOpt = None,
    kind: KindOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    by: Annotated[str, typer.Option("--by", help="'month' or 'week'.")] = "month",
    title: Annotated[str, typer.Option(help="Chart title.")] = "Stance on a Gaza ceasefire "
                                                                "over time",
    dates: DatesOpt = None,
    input_format: InputFormatOpt = None,
    text_column: TextColumnOpt = None,
    date_column: DateColumnOpt = None,
    id_column: IdColumnOpt = None,
    outlet_column: OutletColumnOpt = None,
    models: ModelsOpt = "shipped",
    stance_model: StanceOpt = None,
    jobs: JobsOpt = 0,
    no_cache: NoCacheOpt = False,
    max_size: MaxSizeOpt = DEFAULT_MAX_BYTES / 1e6,
    backend: BackendOpt = Backend.local,
) -> None:
    """Draw stance over time per side (and per --speaker) as SVG or PNG, for a paper.

    Stacked favor / against / none per month or week, as counts and as shares; the numbers are
    those of `quotes report … --by month --format csv`. PNG needs Pillow
    (`pip install 'quotes\\[png]'`).
    """
    from quotes.outputs import write_chart

    suffix = output.suffix.lower()
    if suffix not in (".svg", ".png"):
        fail(f"quotes plot writes .svg or .png, not {output.name}")
    filters = report_filters(speaker, affiliation, stance, kind, since, until, by)
    reading = ReadOptions(input_format=input_format, text_column=text_column,
                          date_column=date_column, id_column=id_column, outlet_column=outlet_column)
    settings = settings_for(models, stance_model, no_cache, max_size, dates, reading)
    agg, rep, _ = analysed_report(paths, filters, by, False, settings, jobs, False, backend)
    try:
        write_chart(rep, output, title)
    except (ValueError, RuntimeError) as exc:
        fail(str(exc))
    err.print(f"wrote {output}")
    finish(agg.skipped)


@app.command()
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold annotation files (JSONL).")],
    docs: Annotated[list[Path], typer.Option("--docs", help="Folders with the gold documents.")],
    models: ModelsOpt = "shipped",
    stance_model: StanceOpt = None,
    show_errors: Annotated[bool, typer.Option("--errors", help="List misses and extras.")] =
    False,
    as_json: Annotated[bool, typer.Option("--json", help="Print figures as JSON.")] = False,
    doc_patterns: Annotated[list[str] | None, typer.Option(
        "--doc-pattern", help="Score only documents whose file name matches this glob "
        "(repeatable), e.g. --doc-pattern 'd*' --doc-pattern 'e*' for realdev's held-out part.")]
    = None,
) -> None:
    """Score quote spans (IoU 0.3 / 0.8), speakers, affiliations and stance against gold.

    Gold is JSONL in the project's convention (../shared/realdev/GUIDELINES.md): `quote` is an
    exact substring of the document, `occurrence` picks the n-th occurrence, `source` is optional.
    Also prints the listing "every quote by Netanyahu or a Hamas speaker" (precision / recall) and
    stance on gold quotes and on the tool's own matched quotes.
    """
    from rich.table import Table

    from quotes.annotations import load_annotations, locate
    from quotes.evaluate import (
        error_lines,
        error_listing,
        evaluate_quotes,
        listing_scores,
        rejected_found,
        stance_on_matched,
    )
    from quotes.stance import UnsafeModelError, load_model, scores

    records, problems = load_annotations(gold)
    if problems:
        for p in problems:
            err.print(str(p), highlight=False)
        fail("fix the annotation errors above first")
    texts = {p.name: p.read_text(encoding="utf-8") for p in expand_paths(docs)
             if not doc_patterns or any(fnmatch(p.name, pat) for pat in doc_patterns)}
    placed = [locate(r, texts[r.doc]) for r in records if r.doc in texts]
    records = [r for r in placed if r.label == "quote"]
    rejected = [r for r in placed if r.label == "not_quote"]
    if not records:
        fail("no gold quote belongs to the documents given (check --docs and --doc-pattern)")
    settings = settings_for(models, stance_model, False, DEFAULT_MAX_BYTES / 1e6)
    wanted = sorted({r.doc for r in records})
    files = [p for p in expand_paths(docs) if p.name in wanted]
    preds = [q for r in Analysed(files, settings, 1, False) for q in r.quotes]
    result = evaluate_quotes(records, preds)
    result["listing_netanyahu_or_hamas"] = listing_scores(records, preds)
    result["stance_on_matched_quotes"] = stance_on_matched(records, preds)
    result["rejected_spans"] = {"rejected": len(rejected),
                                "found_again": len(rejected_found(rejected, preds))}
    try:
        model = load_model(settings.stance_model)
    except UnsafeModelError as exc:
        fail(str(exc))
    predicted = model.predict(records)
    result["stance_on_gold_quotes"] = scores([r.stance for r in records], predicted)
    trained = {f.get("file") for f in model.meta_.get("training_files", [])}
    result["stance_model_trained_on_this_gold"] = sorted(trained & {Path(g).name for g in gold})
    if as_json:
        out.print_json(json.dumps(result))
    else:
        t = Table(title=f"Quotes: {result['gold']} gold, {result['predicted']} predicted")
        for col in ("IoU ≥", "P", "R", "F1", "speaker acc", "affiliation acc", "recall by kind"):
            t.add_column(col)
        for th, m in result["thresholds"].items():
            t.add_row(th, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}",
                      f"{m['speaker_accuracy']:.3f}", f"{m['affiliation_accuracy']:.3f}",
                      ", ".join(f"{k} {v:.2f}" for k, v in m["recall_by_kind"].items()))
        out.print(t)
        s = result["stance_on_gold_quotes"]
        out.print(f"Stance on gold quotes: macro-F1 {s['macro_f1']:.3f}, "
                  f"F1avg(favor, against) {s['f1_favor_against']:.3f} (n={s['n']})")
        s = result["stance_on_matched_quotes"]
        if s["n"]:
            out.print(f"Stance on matched extracted quotes: macro-F1 {s['macro_f1']:.3f}, "
                      f"F1avg(favor, against) {s['f1_favor_against']:.3f} (n={s['n']}, "
                      f"favor/against swapped {s['swapped']})")
        if result["stance_model_trained_on_this_gold"]:
            out.print("  (the stance model in use was trained on "
                      f"{', '.join(result['stance_model_trained_on_this_gold'])}: these stance "
                      "figures are not held out; `python scripts/stance_experiments.py` gives "
                      "realdev d–e from a model trained without it)", markup=False)
        rj = result["rejected_spans"]
        if rj["rejected"]:
            out.print(f"Spans annotators rejected as not a quote: {rj['found_again']} of "
                      f"{rj['rejected']} found again (false alarms)")
        li = result["listing_netanyahu_or_hamas"]
        out.print(f"Every quote by Netanyahu or a Hamas speaker: precision {li['precision']:.3f}, "
                  f"recall {li['recall']:.3f} ({li['right']} right of {li['listed']} listed, "
                  f"{li['gold']} in the gold)")
    if show_errors:
        errors = error_listing(records, preds)
        for line in error_lines(errors):
            sys.stderr.write(line + "\n")


def user_answers_file() -> Path:
    """Where `annotate` writes and `train` reads answers by default (data folder or config)."""
    from quotes.config import ConfigError, default_annotations

    try:
        return default_annotations()
    except ConfigError as exc:
        fail(str(exc))


@app.command()
def train(
    annotations: Annotated[list[Path] | None, typer.Option(
        "--annotations", help="Your answer files or folders, added to the shipped training data "
                              "(default: the file `quotes annotate` writes).")] = None,
    no_shipped: Annotated[bool, typer.Option(
        "--no-shipped", help="Leave out the shipped training data (not advised under 100 "
                             "quotes).")] = False,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Where to save the new model (default: your data folder); never "
                               "the shipped model.")] = None,
    eval_file: Annotated[Path | None, typer.Option(
        "--eval", help="Held-out annotations: both models are scored on them, never trained "
                       "on (default: your answers out of fold).")] = None,
    folds: Annotated[int, typer.Option(min=2, help="Cross-validation folds (fewer if there are "
                                                   "fewer documents).")] = 5,
    skip_invalid: Annotated[bool, typer.Option("--skip-invalid",
                                               help="Train on the valid lines only.")] = False,
    overrides: Annotated[list[str] | None, typer.Option(
        "--set", help="Override a setting, e.g. --set C=2 --set classifier=svm.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Retrain the stance model on the shipped data plus your answers and say if it is better.

    Later answers about the same quote replace earlier ones; quotes marked "not a quote" are
    left out. Reports document-grouped cross-validation and the shipped and the new model on the
    same held-out quotes, and warns when the new one is worse or trained on under 100 quotes.
    """
    from quotes import config, training
    from quotes.annotations import load_annotations

    answers = user_answers_file()
    user = annotations if annotations is not None else ([answers] if answers.exists() else [])
    shipped = [] if no_shipped else [training.SHIPPED_DATA]
    if shipped and not training.SHIPPED_DATA.is_dir():
        fail(f"shipped training data not found at {training.SHIPPED_DATA}; pass --no-shipped")
    data = training.gather(shipped, user)
    eval_records = None
    if eval_file is not None:
        eval_records, eval_problems = load_annotations([eval_file])
        data.problems.extend(eval_problems)
        eval_records = [r for r in eval_records if r.label == "quote" and r.stance]
    if data.problems:
        for p in data.problems:
            err.print(str(p), highlight=False)
        if not skip_invalid:
            fail(f"{len(data.problems)} invalid annotation line(s); fix them or pass "
                 "--skip-invalid")
        err.print(f"[yellow]skipped {len(data.problems)} invalid line(s)[/]")
    target = output or config.default_model_output(training.shipped_model_path().suffix)
    try:
        report = training.train(data, training.parse_settings(overrides or []), folds, target,
                                eval_records, str(eval_file))
    except (training.TrainingError, ValueError) as exc:
        fail(str(exc))
    if as_json:
        out.print_json(json.dumps(report.as_dict()))
        for warning in report.warnings:  # a pipe reading the JSON still leaves them on screen
            err.print(f"[yellow]warning:[/] {warning}", highlight=False)
    else:
        training.render(report, out, err)


@app.command()
def annotate(
    paths: PathsArg,
    annotations: Annotated[Path | None, typer.Option(
        "--annotations", help="File answers go to (default: annotations.jsonl in your data "
                              "folder, see `quotes train --help`).")] = None,
    models: ModelsOpt = "shipped",
    stance_model: StanceOpt = None,
    limit: Annotated[int, typer.Option(help="Stop after this many answers (0: all).")] = 0,
) -> None:
    """Review extracted quotes, least certain first; every answer is saved at once.

    Keys: [bold]a[/]/Enter accept · [bold]f[/] favor · [bold]x[/] against · [bold]n[/] none ·
    [bold]r[/] not a quote · [bold]e[/] edit speaker · [bold]p[/] edit affiliation ·
    [bold]w[/] adjust the span by words · [bold]s[/] skip · [bold]u[/] undo · [bold]q[/] quit ·
    [bold]?[/] the keys. Run again to resume: answered and rejected quotes are not asked again.
    """
    from quotes.annotate import AnnotationSession
    from quotes.annotations import annotation_lock

    # Ctrl-C must end a session cleanly even where the shell started us with SIGINT ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    target = annotations or user_answers_file()
    from quotes.config import inside_package

    if inside_package(target):
        fail(f"{target} is inside the installed package; keep your answers elsewhere")
    err.print(f"answers go to {target}", highlight=False)
    settings = settings_for(models, stance_model, False, DEFAULT_MAX_BYTES / 1e6, keep_text=True)
    with annotation_lock(target):  # a second session on the same file stops here
        results = list(Analysed(paths, settings, 1, False))
        session = AnnotationSession(target, out)
        saved = session.run(results, limit)
    err.print(f"{saved} answer(s) saved to {target}")


class ToolFormat(StrEnum):
    labelstudio = "labelstudio"
    doccano = "doccano"
    prodigy = "prodigy"


def read_annotation_files(files: list[Path]) -> list:
    """Valid records of the given files, or exit naming every bad line."""
    from quotes.annotations import load_annotations

    records, problems = load_annotations(files)
    if problems:
        for p in problems:
            err.print(str(p), highlight=False)
        fail(f"{len(problems)} invalid annotation line(s); fix them first")
    return records


@app.command("export")
def export_cmd(
    paths: PathsArg,
    to: Annotated[ToolFormat, typer.Option("--to", help="The annotation tool's import format.")],
    annotations: Annotated[list[Path] | None, typer.Option(
        "--annotations", help="Export these annotation files (their documents are among PATHS) "
                              "instead of the quotes the tool finds.")] = None,
    output: OutputOpt = None,
    label_config: Annotated[Path | None, typer.Option(
        "--label-config", help="Also write the Label Studio labeling config (XML) here.")] = None,
    models: ModelsOpt = "shipped",
    stance_model: StanceOpt = None,
) -> None:
    """Write quotes as pre-annotations for Label Studio, doccano or Prodigy.

    One task per document; each quote a span (Label Studio: labelled with its kind, stance,
    affiliation and speaker per region; doccano/Prodigy: labelled with its stance), the other
    fields kept in the task's `quotes` field so that `quotes import` restores them.
    """
    from quotes import interchange
    from quotes.annotations import locate
    from quotes.storage import write_atomic

    if annotations:
        records = read_annotation_files(annotations)
        texts, unreadable = interchange.document_texts(paths)
        for problem in unreadable:
            err.print(f"[yellow]skipped[/] {problem}", highlight=False)
        missing = sorted({r.doc for r in records} - set(texts))
        if missing:
            err.print(f"[yellow]warning:[/] no document for {len(missing)} annotated doc(s): "
                      f"{', '.join(missing[:5])}", highlight=False)
        try:
            located = [locate(r, texts[r.doc]) if r.start is None else r
                       for r in records if r.doc in texts]
        except ValueError as exc:
            fail(str(exc))
        tasks = [interchange.Task(doc, texts[doc], [r for r in located if r.doc == doc])
                 for doc in sorted({r.doc for r in located})]
    else:
        settings = settings_for(models, stance_model, False, DEFAULT_MAX_BYTES / 1e6,
                                keep_text=True)
        tasks = [interchange.Task(r.name, r.text or "",
                                  [interchange.record_from_quote(q) for q in r.quotes])
                 for r in Analysed(paths, settings, default_jobs(), False)]
    if not tasks:
        fail("nothing to export")
    rendered = interchange.export_tasks(tasks, to.value)
    if output:
        write_atomic(output, rendered)
        err.print(f"wrote {sum(len(t.records) for t in tasks)} quotes of {len(tasks)} "
                  f"documents to {output}")
    else:
        sys.stdout.write(rendered)
    if label_config:
        write_atomic(label_config, interchange.LABEL_STUDIO_CONFIG)
        err.print(f"wrote {label_config}")


@app.command("import")
def import_cmd(
    files: Annotated[list[Path], typer.Argument(help="The tool's export files.",
                                                show_default=False)],
    from_: Annotated[ToolFormat, typer.Option("--from", help="The tool that wrote them.")],
    output: OutputOpt = None,
) -> None:
    """Read Label Studio, doccano or Prodigy exports back as annotation records (JSONL).

    Every problem is named as file:line; nothing is written unless every task is valid.
    """
    from quotes import interchange
    from quotes.storage import write_atomic

    records, problems = [], []
    for f in files:
        got = interchange.import_file(f, from_.value)
        records.extend(got.records)
        problems.extend(got.problems)
        for note in got.notes:
            err.print(f"note: {note}", highlight=False)
    if problems:
        for p in problems:
            err.print(str(p), highlight=False)
        fail(f"{len(problems)} problem(s); nothing written")
    rendered = "".join(r.model_dump_json(exclude_none=True) + "\n" for r in records)
    if output:
        write_atomic(output, rendered)
        err.print(f"wrote {len(records)} records to {output}")
    else:
        sys.stdout.write(rendered)


class AgreementFormat(StrEnum):
    table = "table"
    json = "json"


@app.command()
def agreement(
    files: Annotated[list[Path], typer.Argument(help="Two or more annotators' files (JSONL).",
                                                show_default=False)],
    docs: Annotated[list[Path] | None, typer.Option(
        "--docs", help="The documents, to place records that have no offsets.")] = None,
    fmt: Annotated[AgreementFormat, typer.Option("--format", "-f", help="A table or JSON.")] =
    "table",
) -> None:
    """Agreement between annotators of the same documents.

    Quote spans: F1 of one file against the other at IoU 0.3 and 0.8 (as `quotes evaluate`
    matches). On matched quotes: Cohen's kappa for stance, kind and affiliation and the share
    with the same speaker; with three or more files also Krippendorff's alpha.
    """
    from quotes.agreement import Annotator, render
    from quotes.agreement import agreement as compute
    from quotes.annotations import locate

    if len(files) < 2:
        fail("give two or more annotation files")
    from quotes.interchange import document_texts

    texts, _unreadable = document_texts(docs or [])
    annotators = []
    for f in files:
        records = [r for r in read_annotation_files([f]) if r.label == "quote"]
        try:
            records = [locate(r, texts[r.doc]) if r.start is None and r.doc in texts else r
                       for r in records]
        except ValueError as exc:
            fail(str(exc))
        unplaced = [r for r in records if r.start is None or r.end is None]
        if unplaced:
            fail(f"{f}: {len(unplaced)} record(s) without start/end; pass --docs FOLDER")
        annotators.append(Annotator(str(f), records))
    result = compute(annotators)
    if not result["documents"]:
        fail("the files share no document")
    if fmt == AgreementFormat.json:
        out.print_json(json.dumps(result))
    else:
        render(result, out)


@app.command()
def schema() -> None:
    """Print the JSON Schemas of Quote, Annotation and Report."""
    from quotes.report import report_schemas

    sys.stdout.write(report_schemas() + "\n")


@cache_app.command("info")
def cache_info() -> None:
    """Where the parse cache lives and how big it is."""
    from quotes.parse import ParseCache

    info = ParseCache().info()
    out.print(f"{info['directory']}: {info['entries']} entries (parses and results), "
              f"{info['bytes'] / 1e6:.1f} MB")


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete every cached parse."""
    from quotes.parse import ParseCache

    out.print(f"removed {ParseCache().clear()} cached parses and results")


def main() -> None:  # pragma: no cover - console entry point
    from quotes.annotations import AnnotationFileBusy
    from quotes.storage import OutputError

    warnings.simplefilter("default")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        app()
    except (OutputError, AnnotationFileBusy) as exc:  # a refused path, a busy annotation file
        err.print(f"[red]error:[/] {safe(str(exc))}", highlight=False)
        raise SystemExit(2) from None


__all__ = ["app", "main", "DocResult"]
