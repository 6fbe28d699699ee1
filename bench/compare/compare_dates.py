"""Compare hrtext's date extraction with two anchors, dateparser and datefinder, on our gold sets.

    pip install -r bench/compare/requirements.txt
    python bench/compare/compare_dates.py [--tools hrtext,dateparser,datefinder] [--markdown]
        [--hrtext .venv/bin/hrtext] [--hrtext-date detect|gold] [--runs 3] [--save DIR]
        [--date-free FILE]

Each tool turns every document of a gold set into an analysis record (../shared/spec/
output-format.md) with only the `dates` layer filled, and ../shared/tools/score.py scores those
records exactly as it scores hrtext. Gold sets: ../shared/corpus/dev and tests/gold (laid out by
bench/accuracy/gold_sets.py, the same documents bench/accuracy/evaluate.py scores).

The anchors are called the way a user of each library would call it to find dates in running text:
- dateparser: `search_dates(text, languages=["en", "fr", "es"], settings={"RELATIVE_BASE": d})`
- datefinder: `find_dates(text, source=True, index=True, base_date=d)`
where d is the gold document date when the gold has one (a partial one, "2019-11", is taken as
its first day). Neither says whether a match is a day, a month or a year, so every mention is
`kind: "date"` with `value` the ISO day of the datetime returned: a gold month or year is
therefore never a correct value for them.

Speed is the wall clock around the extraction only (reading the files, turning the anchors'
answers into mentions and scoring are outside), best of --runs runs, per MB (10^6 bytes of UTF-8)
of text. hrtext is timed end to end per call
of the command line, so its figure includes starting Python and compiling the gazetteers: on
these small sets that start-up dominates, and it overstates hrtext's cost per MB.

--date-free FILE (for example the output of bench/compare/date_free_corpus.py) runs each tool
once over a text that holds no date at all: every date found there is a false date, reported per
100,000 words (words as `str.split` counts them).
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import importlib
import json
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

# gold_sets.py lives in bench/accuracy/, which is no package: put that folder on the path.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "accuracy"))
import gold_sets  # noqa: E402

PROG = "compare_dates.py"
ALL_TOOLS = ("hrtext", "dateparser", "datefinder")
ANCHORS = ("dateparser", "datefinder")
LANGUAGES = ["en", "fr", "es"]
INSTALL_HINT = "pip install -r bench/compare/requirements.txt"


@dataclass
class Doc:
    path: Path  # as laid out for score.py: the record's `source` must end with its name
    text: str
    base: dt.datetime | None  # the gold document date, if the gold has one

    @property
    def size(self) -> int:
        return len(self.text.encode("utf-8"))


@dataclass
class Run:
    """What one tool produced on one set of documents."""
    records: list[dict[str, Any]]
    seconds: float  # best of the runs
    unlocated: int = 0  # matches whose span could not be found in the text (left out)


def parse_document_date(value: object) -> dt.datetime | None:
    """The gold `document_date` ("2019-01-30", "2019-11" or "2019") as a datetime; missing parts
    count as 1 so that a partial date still anchors year-less and relative expressions."""
    if not isinstance(value, str) or not value:
        return None
    parts = [int(p) for p in value.split("-")[:3]]
    parts += [1] * (3 - len(parts))
    return dt.datetime(parts[0], parts[1], parts[2])


def load_set(folder: Path) -> list[Doc]:
    """The documents of a gold folder that score.py will score for dates, sorted by name."""
    docs = []
    for gold_path in sorted(folder.glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "dates" not in gold or not text_path.exists():
            continue
        # newline="" keeps "\r\n" as two code points, as hrtext and the gold offsets count them.
        with open(text_path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        docs.append(Doc(text_path, text, parse_document_date(gold.get("document_date"))))
    return docs


def record(source: Path, dates: list[dict[str, Any]]) -> dict[str, Any]:
    """An analysis record with only the dates layer filled; the other layers are empty, not
    missing, as the spec requires, and document_date is null (not the gold's, which we passed
    in: echoing it back would score a detection nobody made)."""
    return {"source": str(source), "document_date": None, "entities": [],
            "dates": sorted(dates, key=lambda d: (d["start"], d["end"])),
            "citations": [], "signatories": []}


def mention(text: str, start: int, end: int, when: dt.datetime | dt.date) -> dict[str, Any]:
    return {"text": text[start:end], "start": start, "end": end, "kind": "date",
            "value": (when.date() if isinstance(when, dt.datetime) else when).isoformat()}


class Locator:
    """Finds the substrings a tool reports, in the order it reports them.

    dateparser gives the matched text but no offset, and the same words ("May", "2019") often occur
    several times, so each is looked for from just after the previous match; a substring reported
    out of order is taken at its first occurrence that no earlier match already holds.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.cursor = 0
        self.taken: set[tuple[int, int]] = set()

    def find(self, substring: str) -> tuple[int, int] | None:
        if not substring:
            return None
        start = self.text.find(substring, self.cursor)
        if start < 0:
            start = self.text.find(substring)
            while start >= 0 and (start, start + len(substring)) in self.taken:
                start = self.text.find(substring, start + 1)
        if start < 0:
            return None
        span = (start, start + len(substring))
        self.taken.add(span)
        self.cursor = span[1]
        return span


class ByteToCodePoint:
    """Maps UTF-8 byte offsets of a text to code point offsets.

    datefinder 1.x (its Rust "v2" engine, the default) returns `index=True` spans in UTF-8 bytes,
    not in code points: used as they are, every span after the first non-ASCII character of a
    document would be shifted. One pass builds the table; a lookup is a binary search.
    """

    def __init__(self, text: str) -> None:
        self.ascii = text.isascii()
        self.byte_starts: list[int] = []
        if not self.ascii:
            offset = 0
            for ch in text:
                self.byte_starts.append(offset)
                offset += len(ch.encode("utf-8"))
            self.byte_starts.append(offset)

    def __call__(self, byte_offset: int) -> int | None:
        if self.ascii:
            return byte_offset
        i = bisect.bisect_left(self.byte_starts, byte_offset)
        if i < len(self.byte_starts) and self.byte_starts[i] == byte_offset:
            return i
        return None  # inside a character: not a boundary, so not a byte offset after all


# Each anchor is split in two: the library call, which is timed, and turning its answer into
# spec mentions (finding spans, converting offsets), which is our adapter's cost, not theirs.

def dateparser_call(doc: Doc) -> list[tuple[str, dt.datetime]]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": doc.base} if doc.base else None
    return search_dates(doc.text, languages=LANGUAGES, settings=settings) or []


def mentions_of(doc: Doc, located: list[tuple[tuple[int, int] | None, dt.datetime]]
                ) -> tuple[list[dict[str, Any]], int]:
    """The mentions of (span, date) pairs, and how many could not be located (span None)."""
    dates = [mention(doc.text, span[0], span[1], when) for span, when in located if span is not None]
    return dates, sum(1 for span, _ in located if span is None)


def dateparser_mentions(doc: Doc, found: list[tuple[str, dt.datetime]]) -> tuple[list[dict[str, Any]], int]:
    locate = Locator(doc.text)
    return mentions_of(doc, [(locate.find(substring), when) for substring, when in found])


def datefinder_call(doc: Doc) -> list[tuple[dt.datetime, str, tuple[int, int]]]:
    import datefinder

    # find_dates is a generator: the list makes the timed call do all the work.
    return list(datefinder.find_dates(doc.text, source=True, index=True, base_date=doc.base))


def datefinder_mentions(doc: Doc, found: list[tuple[dt.datetime, str, tuple[int, int]]]
                        ) -> tuple[list[dict[str, Any]], int]:
    to_cp, locate = ByteToCodePoint(doc.text), Locator(doc.text)

    def span_of(source: str, start: int, end: int) -> tuple[int, int] | None:
        # Trust an index only if it gives back the reported text: as bytes (datefinder 1.x),
        # as code points (the legacy engine, or a later fix), else by searching the text.
        for candidate in ((to_cp(start), to_cp(end)), (start, end)):
            if None not in candidate and doc.text[candidate[0]:candidate[1]] == source:
                return candidate
        return locate.find(source)

    return mentions_of(doc, [(span_of(source, start, end), when) for when, source, (start, end) in found])


ANCHOR_ADAPTERS: dict[str, tuple[Callable[[Doc], Any], Callable[[Doc, Any], tuple[list[dict[str, Any]], int]]]] = {
    "dateparser": (dateparser_call, dateparser_mentions),
    "datefinder": (datefinder_call, datefinder_mentions),
}


def run_anchor(tool: str, docs: list[Doc], runs: int) -> Run:
    call, to_mentions = ANCHOR_ADAPTERS[tool]
    best, answers = float("inf"), []
    for _ in range(runs):
        start = time.perf_counter()
        answers = [call(doc) for doc in docs]
        best = min(best, time.perf_counter() - start)
    converted = [to_mentions(doc, answer) for doc, answer in zip(docs, answers)]
    records = [record(doc.path, dates) for doc, (dates, _) in zip(docs, converted)]
    return Run(records, best, sum(unlocated for _, unlocated in converted))


def run_hrtext(hrtext: str, docs: list[Doc], runs: int, date_mode: str) -> Run:
    """One call of `hrtext analyze` for all documents, or with --hrtext-date gold one call per
    distinct gold date (--date applies to every file of a call)."""
    groups: dict[str | None, list[Doc]] = {}
    for doc in docs:
        key = doc.base.date().isoformat() if date_mode == "gold" and doc.base else None
        groups.setdefault(key, []).append(doc)
    best, records = float("inf"), []
    for _ in range(runs):
        elapsed, records = 0.0, []
        for date, group in groups.items():
            command = [hrtext, "analyze", "--format", "jsonl"] + (["--date", date] if date else [])
            command += [str(doc.path) for doc in group]
            start = time.perf_counter()
            out = subprocess.run(command, capture_output=True, text=True, check=False)
            elapsed += time.perf_counter() - start
            if out.returncode != 0:
                sys.stderr.write(out.stderr)
                sys.exit(f"{PROG}: `{' '.join(command[:4])} ...` failed with exit code {out.returncode}")
            records += [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
        best = min(best, elapsed)
    return Run(records, best)


def run_tool(tool: str, docs: list[Doc], args: argparse.Namespace, runs: int) -> Run:
    if tool == "hrtext":
        return run_hrtext(args.hrtext, docs, runs, args.hrtext_date)
    return run_anchor(tool, docs, runs)


def score_dates(records: Iterable[dict[str, Any]], gold_dir: Path, pred_path: Path) -> dict[str, Any]:
    """The `dates` row of score.py's summary for these records (written to `pred_path`)."""
    with open(pred_path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(gold_sets.SCORE_PY), "--pred", str(pred_path),
                          "--gold", str(gold_dir), "--json"], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        sys.exit(f"{PROG}: score.py failed on {pred_path} (exit code {out.returncode})")
    summary = json.loads(out.stdout)
    if summary["documents_without_prediction"]:
        print(f"{PROG}: {pred_path.name}: no record for "
              f"{', '.join(summary['documents_without_prediction'])}", file=sys.stderr)
    row = next((r for r in summary["layers"] if r["layer"] == "dates"), None)
    if row is None:
        sys.exit(f"{PROG}: score.py reported no dates layer for {gold_dir}")
    return row


def require(tools: list[str], hrtext: str) -> None:
    """Fails early, naming the fix, rather than after minutes of work on another tool."""
    for tool in tools:
        if tool in ANCHORS:
            try:
                importlib.import_module(tool)
            except ImportError as error:
                sys.exit(f"{PROG}: {tool} is not installed ({error}): {INSTALL_HINT}")
    if "hrtext" in tools and shutil.which(hrtext) is None:
        sys.exit(f"{PROG}: no hrtext command at {hrtext}: build it with `make python`, pass "
                 f"--hrtext PATH, or leave it out with --tools {','.join(ANCHORS)}")
    if not gold_sets.SCORE_PY.exists():
        sys.exit(f"{PROG}: {gold_sets.SCORE_PY} is not present")


def versions(tools: list[str], hrtext: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for tool in tools:
        if tool == "hrtext":
            out = subprocess.run([hrtext, "--version"], capture_output=True, text=True, check=False)
            parts.append(out.stdout.strip() or "hrtext")
            continue
        try:
            parts.append(f"{tool} {version(tool)}")
        except PackageNotFoundError:
            parts.append(tool)
    return ", ".join(parts) + f"; Python {platform.python_version()}"


def runs_text(runs: int) -> str:
    return "one run" if runs == 1 else f"best of {runs} runs"


def fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


COLUMNS = ["set", "tool", "gold", "pred", "P", "R", "span F1", "overlap F1", "value acc", "s/MB"]


def table_rows(results: list[tuple[str, str, dict[str, Any], float]]) -> list[list[str]]:
    return [[name, tool, str(row["gold"]), str(row["pred"]), fmt(row["precision"]), fmt(row["recall"]),
             fmt(row["f1"]), fmt(row["overlap_f1"]), fmt(row.get("value_acc")), fmt(s_per_mb, 2)]
            for name, tool, row, s_per_mb in results]


def print_table(columns: list[str], rows: list[list[str]], markdown: bool, numeric_from: int) -> None:
    if markdown:
        print("| " + " | ".join(columns) + " |")
        print("|" + "|".join("---" if i < numeric_from else "---:" for i in range(len(columns))) + "|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        return
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(columns)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i < numeric_from else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths)))
    print(line(columns))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(line(row))


def compare_gold(tools: list[str], args: argparse.Namespace, work: Path) -> None:
    results, sizes, notes = [], [], []
    with tempfile.TemporaryDirectory() as own:
        gold_sets.own_gold(Path(own), prog=PROG)
        for name, folder in (("dev", gold_sets.DEV_GOLD), ("ours", Path(own))):
            docs = load_set(folder)
            megabytes = sum(doc.size for doc in docs) / 1e6
            sizes.append(f"{name}: {len(docs)} documents, {megabytes * 1000:.0f} kB")
            for tool in tools:
                run = run_tool(tool, docs, args, args.runs)
                row = score_dates(run.records, folder, work / f"{name}-{tool}.jsonl")
                results.append((name, tool, row, run.seconds / megabytes))
                if run.unlocated:
                    notes.append(f"{name}/{tool}: {run.unlocated} matches not found in the text, left out")
    if args.markdown:
        print(f"Gold sets ({'; '.join(sizes)}); {versions(tools, args.hrtext)}. Speed: {runs_text(args.runs)}, "
              f"seconds per MB of UTF-8 text.\n")
    else:
        print(f"gold sets: {'; '.join(sizes)}\n{versions(tools, args.hrtext)}\n"
              f"s/MB: wall clock of the extraction, {runs_text(args.runs)}, per 10^6 bytes of text\n")
    print_table(COLUMNS, table_rows(results), args.markdown, numeric_from=2)
    for note in notes:
        print(f"{PROG}: {note}", file=sys.stderr)


def compare_date_free(tools: list[str], args: argparse.Namespace, work: Path) -> None:
    """Every date a tool finds in a date-free text is a false one."""
    path = Path(args.date_free).resolve()
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    doc = Doc(path, text, None)
    words = len(text.split())
    rows = []
    for tool in tools:
        run = run_tool(tool, [doc], args, runs=1)  # a large text: one run is a stable figure
        found = sum(len(rec.get("dates") or []) for rec in run.records)
        rows.append([tool, str(found), fmt(found * 100_000 / words, 2), fmt(run.seconds / (doc.size / 1e6), 2)])
        if args.save:
            with open(work / f"date-free-{tool}.jsonl", "w", encoding="utf-8") as fh:
                for rec in run.records:
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"\nDate-free text {path.name}: {words:,} words, {doc.size / 1e6:.2f} MB "
          f"(one run; target: at most 1 false date per 100,000 words)\n")
    print_table(["tool", "false dates", "per 100k words", "s/MB"], rows, args.markdown, numeric_from=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tools", default=",".join(ALL_TOOLS),
                        help=f"comma-separated subset of {','.join(ALL_TOOLS)} (default: all)")
    parser.add_argument("--hrtext", default=str(gold_sets.REPO / ".venv" / "bin" / "hrtext"),
                        help="the hrtext command (default: .venv/bin/hrtext)")
    parser.add_argument("--hrtext-date", choices=("detect", "gold"), default="detect",
                        help="detect: hrtext finds each document's date itself, as in production "
                             "(default); gold: pass the gold date with --date, as the anchors get it")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per tool and set; the best counts")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables (for docs/)")
    parser.add_argument("--save", metavar="DIR",
                        help="keep each tool's JSONL records here (score.py --details can read them)")
    parser.add_argument("--date-free", metavar="FILE",
                        help="also count the false dates each tool finds in this date-free text")
    args = parser.parse_args()

    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in tools if t not in ALL_TOOLS]
    if unknown or not tools:
        parser.error(f"--tools: unknown {', '.join(unknown) or 'empty list'}; choose from {','.join(ALL_TOOLS)}")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    tools = [t for t in ALL_TOOLS if t in tools]  # a fixed order keeps tables comparable
    require(tools, args.hrtext)

    with tempfile.TemporaryDirectory() as scratch:
        work = Path(args.save) if args.save else Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        compare_gold(tools, args, work)
        if args.date_free:
            compare_date_free(tools, args, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
