"""The hrtext command line.

    hrtext analyze FILE|DIR|- ... [--format json|jsonl] [--date YYYY-MM-DD]

One analysis record per input file (a directory stands for the .txt files below it, in sorted
order; - reads standard input). A file that fails is named on standard error with its error,
the others are still analysed, and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from hrtext import __version__
from hrtext._analysis import Analyzer
from hrtext._core import Error, ParseError


class InputError(Exception):
    """An input path that names nothing to analyse."""


def _inputs(paths: Sequence[str]) -> Iterator[str | InputError]:
    """The files to analyse, in order: each path as given, a directory's .txt files sorted."""
    for path in paths:
        if path == "-":
            yield path
            continue
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*.txt") if f.is_file())
            if not files:
                yield InputError(f"{path}: no .txt files in this directory")
            yield from (str(f) for f in files)
        elif p.exists():
            yield path
        else:
            yield InputError(f"{path}: no such file or directory")


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _analyze(args: argparse.Namespace) -> int:
    try:
        analyzer = Analyzer(gazetteer_files=args.gazetteer)
    except (Error, OSError) as error:
        print(f"hrtext: --gazetteer: {error}", file=sys.stderr)
        return 2
    records: list[str] = []
    failures = 0
    for item in _inputs(args.paths):
        if isinstance(item, InputError):
            print(f"hrtext: {item}", file=sys.stderr)
            failures += 1
            continue
        source = None if item == "-" else item
        try:
            document = analyzer.analyze(_read(item), date=args.date, source=source)
        except ParseError as error:  # a bad --date fails every file alike: stop at once
            print(f"hrtext: --date: {error}", file=sys.stderr)
            return 2
        except (Error, OSError) as error:
            print(f"hrtext: {item}: {error}", file=sys.stderr)
            failures += 1
            continue
        if args.format == "jsonl":
            sys.stdout.write(document.to_json() + "\n")
        else:
            records.append(document.to_json())
    if args.format == "json" and records:
        parsed = [json.loads(record) for record in records]
        single_file = len(args.paths) == 1 and not Path(args.paths[0]).is_dir()
        out = parsed[0] if single_file else parsed
        sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    return 1 if failures else 0


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
                         help="text files, directories of .txt files, or - for standard input")
    analyze.add_argument("--format", choices=("json", "jsonl"), default="json",
                         help="json: pretty-printed (one object for one file, else an array); "
                              "jsonl: one record per line (default: json)")
    analyze.add_argument("--date", metavar="YYYY-MM-DD",
                         help="the documents' date: wins over a detected one and resolves relative dates")
    analyze.add_argument("--gazetteer", action="append", default=[], metavar="FILE.tsv",
                         help="add the entities of a TSV file (columns id, name, kind, acronyms, "
                              "aliases, parent); may be given several times")
    analyze.set_defaults(run=_analyze)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except BrokenPipeError:  # `hrtext analyze ... | head`
        sys.stderr.close()
        return 0
