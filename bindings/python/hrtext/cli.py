"""The hrtext command line.

    hrtext analyze FILE|DIR|- ... [--format json|jsonl] [--format-in auto|text|html|docx|odt|pdf] [--include-text]
                   [--date YYYY-MM-DD]
    hrtext network FILE|DIR ... [-o OUT.graphml|.gexf|.json|.dot|.csv] [--html MAP.html]
                   [--since DATE] [--until DATE] [--min-weight N] [--backbone ALPHA]
                   [--max-letter-signers N|none]

`analyze` prints one analysis record per input file: text (UTF-8, or UTF-16 with a byte order
mark), a web page (HTML, XHTML, or a letter saved with its markup), a Word (.docx) or
OpenDocument (.odt) file or a PDF, told by content then by extension unless --format-in says; a
directory stands for the files below it that hrtext reads (.txt, .text, .md, .markdown, .html,
.htm, .xhtml, .docx, .odt, .pdf, in sorted order; Markdown is read as text, its lists and tables as
lines), and the others are named on standard error
as skipped; - reads standard input. `network` builds the co-signatory network
of the letters, prints a summary and writes the file. A file that fails is named on standard
error with its error, the others are still analysed, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

from tqdm import tqdm

from hrtext import __version__
from hrtext._analysis import Analyzer, Document
from hrtext._corpus import READ_EXTENSIONS, corpus_files
from hrtext._core import Error, ParseError
from hrtext._network import DEFAULT_MAX_LETTER_SIGNERS, Network


class InputError(Exception):
    """An input path that names nothing to analyse."""


def _inputs(paths: Sequence[str]) -> Iterator[Path | bytes | InputError]:
    """What to analyse, in order: each file as given, a directory's readable files sorted (the
    others named on standard error as skipped), standard input's bytes for "-"."""
    for path in paths:
        if path == "-":
            yield sys.stdin.buffer.read()
            continue
        p = Path(path)
        if p.is_dir():
            files, skipped = corpus_files(p)
            for f in skipped:
                print(f"hrtext: {f}: skipped: not a format hrtext reads ({', '.join(READ_EXTENSIONS)})",
                      file=sys.stderr)
            if not files:
                yield InputError(f"{path}: no file in this directory that hrtext reads")
            yield from files
        elif p.exists():
            yield p
        else:
            yield InputError(f"{path}: no such file or directory")


class UsageError(Exception):
    """An option that fails every file alike: the command stops at once (exit code 2)."""


# More inputs than this get a progress bar on standard error (when it is a terminal).
PROGRESS_FROM = 5


def _documents(args: argparse.Namespace) -> Iterator[Document | None]:
    """The analysis of each input, in order, on `--threads` threads (Analyzer.pipe); None for
    one that failed (named on standard error, the others still analysed)."""
    try:
        analyzer = Analyzer(gazetteer_files=args.gazetteer, replace_invalid_utf8=args.invalid_utf8 == "replace")
    except (Error, OSError) as error:
        raise UsageError(f"--gazetteer: {error}") from None
    date = getattr(args, "date", None)
    if date is not None:
        try:
            analyzer.analyze("", date=date)  # a bad --date fails every file alike: stop at once
        except ParseError as error:
            raise UsageError(f"--date: {error}") from None
    items = []
    for item in _inputs(args.paths):
        if isinstance(item, InputError):
            print(f"hrtext: {item}", file=sys.stderr)
            yield None
        else:
            items.append(item)
    results = analyzer.pipe(items, threads=args.threads, format=getattr(args, "format_in", "auto"), date=date,
                            include_text=getattr(args, "include_text", False), errors="return")
    for item, result in tqdm(zip(items, results), total=len(items), unit="file", file=sys.stderr,
                             disable=None if len(items) > PROGRESS_FROM else True):
        if isinstance(result, Document):
            yield result
            continue
        name = os.fsencode(item).decode("utf-8", "replace") if isinstance(item, Path) else "-"
        message = str(result)  # a file that cannot be read is named in its error already
        print(f"hrtext: {message}" if message.startswith(f"{name}: ") else f"hrtext: {name}: {message}",
              file=sys.stderr)
        yield None


def _analyze(args: argparse.Namespace) -> int:
    records: list[str] = []
    failures = 0
    for document in _documents(args):
        if document is None:
            failures += 1
            continue
        if args.format == "jsonl":
            sys.stdout.write(document.to_json() + "\n")
        else:
            records.append(document.to_json())
    single_file = len(args.paths) == 1 and not Path(args.paths[0]).is_dir()
    # Several inputs give a list, empty when every one failed; one file its record, or nothing.
    if args.format == "json" and (records or not single_file):
        parsed = [json.loads(record) for record in records]
        out = parsed[0] if single_file else parsed
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    return 1 if failures else 0


def _network(args: argparse.Namespace) -> int:
    _check_period(args)
    documents = list(_documents(args))
    failures = documents.count(None)
    analysed = [d for d in documents if d is not None]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        network = Network.from_documents(analysed, since=args.since, until=args.until, min_weight=args.min_weight,
                                         max_letter_signers=args.max_letter_signers)
    for warning in caught:
        print(f"hrtext network: warning: {warning.message}", file=sys.stderr)
    if args.backbone is not None:
        network = network.backbone(args.backbone)
    print(network.summary())
    for option, path, save in (("-o", args.output, network.save), ("--html", args.html, network.save_html)):
        if not path:
            continue
        try:
            save(path)
        except (Error, OSError) as error:
            raise UsageError(f"{option}: {error}") from None
        print(f"\nwrote {path}")
    return 1 if failures else 0


def _weight(value: str) -> float:
    number = float(value)
    if not math.isfinite(number) or number < 0:
        raise argparse.ArgumentTypeError("must be a finite number, 0 or more")
    return number


def _signers_bound(value: str) -> int | None:
    if value == "none":
        return None
    if not value.isdigit() or int(value) < 2:
        raise argparse.ArgumentTypeError("must be a whole number of 2 or more, or none")
    return int(value)


def _significance(value: str) -> float:
    number = float(value)
    if not 0 < number < 1:
        raise argparse.ArgumentTypeError("must be a significance level between 0 and 1 (e.g. 0.05)")
    return number


def _check_period(args: argparse.Namespace) -> None:
    """--since and --until, read and compared before any file is: a bad period fails every file."""
    try:
        Network.from_documents([], since=args.since, until=args.until)
    except Error as error:  # a date that is none, a window that ends before it starts
        raise UsageError(f"--since/--until: {error}") from None


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _add_reading_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--threads", type=_positive, default=os.cpu_count() or 1, metavar="N",
                         help="analyse N files at a time (default: the number of CPUs)")
    command.add_argument("--invalid-utf8", choices=("error", "replace"), default="error",
                         help="a file with bytes that are not UTF-8 (nor the encoding it declares): "
                              "error names it and goes on with the others; replace reads them as "
                              "U+FFFD (default: error)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hrtext",
        description="Entities, dates, citations and signatories of human-rights documents.",
    )
    parser.add_argument("--version", action="version", version=f"hrtext {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    analyze = commands.add_parser(
        "analyze",
        help="print the analysis record of each document",
        description="Print one analysis record (spec/output-format.md) per input file.",
    )
    analyze.add_argument("paths", nargs="+", metavar="FILE|DIR|-",
                         help="text files and web pages, directories of them, or - for standard input")
    analyze.add_argument("--format-in", choices=("auto", "text", "html", "markdown", "docx", "odt", "pdf"), default="auto",
                         help="what the inputs are (default: told by content, then by extension)")
    analyze.add_argument("--include-text", action="store_true",
                         help="put the analysed text in each record (offsets point into it)")
    analyze.add_argument("--format", choices=("json", "jsonl"), default="json",
                         help="json: pretty-printed (one object for one file, else an array); "
                              "jsonl: one record per line (default: json)")
    analyze.add_argument("--date", metavar="YYYY-MM-DD",
                         help="the documents' date: wins over a detected one and resolves relative dates")
    analyze.add_argument("--gazetteer", action="append", default=[], metavar="FILE.tsv",
                         help="add the entities of a TSV file (columns id, name, kind, acronyms, "
                              "aliases, parent); may be given several times")
    _add_reading_options(analyze)
    analyze.set_defaults(run=_analyze)
    network = commands.add_parser(
        "network",
        help="map the co-signatory network of a folder of letters",
        description="Analyse the letters, build the network of the organisations that signed them "
                    "together, print its coalitions and most central organisations, and write it.",
    )
    network.add_argument("paths", nargs="+", metavar="FILE|DIR",
                         help="letters: text files and web pages, or directories of them")
    network.add_argument("-o", "--output", metavar="OUT",
                         help="write the network; the format follows the extension: .graphml, .gexf "
                              "(Gephi), .json (networkx node-link), .dot, .csv (edge list)")
    network.add_argument("--html", metavar="MAP.html",
                         help="write the interactive coalition map: one HTML file that works offline")
    network.add_argument("--since", metavar="YYYY[-MM[-DD]]", help="only letters dated on or after this date")
    network.add_argument("--until", metavar="YYYY[-MM[-DD]]", help="only letters dated on or before this date")
    network.add_argument("--min-weight", type=_weight, default=1, metavar="N",
                         help="drop ties of fewer than N letters co-signed (default: 1)")
    network.add_argument("--max-letter-signers", type=_signers_bound, default=DEFAULT_MAX_LETTER_SIGNERS,
                         metavar="N|none",
                         help="a letter signed by more than N organisations (a mass petition) ties none of "
                              f"them, with a warning (default: {DEFAULT_MAX_LETTER_SIGNERS}; none: no bound)")
    network.add_argument("--backbone", type=_significance, metavar="ALPHA",
                         help="keep the backbone of the disparity filter at significance ALPHA (e.g. 0.05)")
    network.add_argument("--gazetteer", action="append", default=[], metavar="FILE.tsv",
                         help="add the entities of a TSV file; may be given several times")
    _add_reading_options(network)
    network.set_defaults(run=_network)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        status = args.run(args)
        sys.stdout.flush()  # here, where a failure can be reported, not at exit
        return status
    except UsageError as error:
        print(f"hrtext: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `hrtext analyze ... | head`: the reader has all it wanted
        _drop_standard_output()
        return 0
    except OSError as error:  # a full disk, a closed standard output
        _drop_standard_output()
        print(f"hrtext: cannot write the output: {error.strerror or error}", file=sys.stderr)
        return 1


def _drop_standard_output() -> None:
    """Points standard output at the null device, so that the interpreter's last flush of what
    could not be written raises nothing more (the Python documentation's advice for SIGPIPE)."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # no file descriptor: a test's captured stream
        pass
