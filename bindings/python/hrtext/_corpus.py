"""Corpora: reading a folder of letters, and tables of mentions across documents."""

from __future__ import annotations

import csv
import datetime
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple, Union


PathLike = Union[str, "os.PathLike[str]"]
_NAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


# The extensions of the files a folder is read for (case does not matter): text, Markdown, web
# pages, Word, OpenDocument and PDF.
READ_EXTENSIONS = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".odt", ".pdf")


class CorpusText(NamedTuple):
    """One file of a corpus: where it came from, its bytes (any format hrtext reads, told apart
    when analysed as ``Analyzer.read`` does), and the date the corpus gives it, if any."""

    source: str
    data: bytes
    date: str | None


def corpus_files(directory: Path) -> tuple[list[Path], list[Path]]:
    """The files below `directory` that hrtext reads (READ_EXTENSIONS), and the others, each in
    name order; hidden files (a name starting with ".") are neither."""
    read: list[Path] = []
    skipped: list[Path] = []
    for file in sorted(directory.rglob("*")):
        if not file.is_file() or file.name.startswith("."):
            continue
        (read if file.suffix.lower() in READ_EXTENSIONS else skipped).append(file)
    return read, skipped


def _date_from_name(name: str) -> str | None:
    match = _NAME_DATE.match(name)
    if not match:
        return None
    try:
        return datetime.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None


def _dates_from_csv(path: Path) -> dict[str, str]:
    """file -> date from a CSV with the columns `file` and `date` (a header line first)."""
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if not reader.fieldnames or not {"file", "date"} <= set(reader.fieldnames):
            raise ValueError(f"{path}: the dates CSV needs the columns 'file' and 'date'")
        return {row["file"]: row["date"] for row in reader if row["date"]}


def read_corpus(path: PathLike, *, dates: PathLike | None = None) -> list[CorpusText]:
    """The files of a folder that hrtext reads (recursively, in name order: text, Markdown, web
    pages, Word, OpenDocument, PDF), or one file.

    `dates` gives each file its date, which wins over the date found in its text: ``"name"``
    takes it from the start of the file name ("2019-01-30-letter.txt"), a CSV file path from
    its ``file`` and ``date`` columns (``file`` as a path relative to the folder, or the bare
    name). Without it, each document's date is the one found in its text.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
    root = Path(path)
    if root.is_dir():
        files = corpus_files(root)[0]
    elif root.is_file():
        files, root = [root], root.parent
    else:
        raise FileNotFoundError(f"{path}: no such file or directory")
    by_file: dict[str, str] = {}
    if dates is not None and os.fspath(dates) != "name":
        by_file = _dates_from_csv(Path(dates))
    corpus = []
    for file in files:
        relative = file.relative_to(root).as_posix()
        if dates is None:
            date = None
        elif os.fspath(dates) == "name":
            date = _date_from_name(file.name)
        else:
            date = by_file.get(relative, by_file.get(file.name))
        corpus.append(CorpusText(str(file), file.read_bytes(), date))
    return corpus
