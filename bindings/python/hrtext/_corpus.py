"""Corpora: reading a folder of letters, and tables of mentions across documents."""

from __future__ import annotations

import csv
import datetime
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple, Union

from hrtext._mentions import fields_of, mentions_of

PathLike = Union[str, "os.PathLike[str]"]
_NAME_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


class CorpusText(NamedTuple):
    """One file of a corpus: where it came from, its bytes (decoded strictly when analysed), and
    the date the corpus gives it, if any."""

    source: str
    utf8: bytes
    date: str | None


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
    """The .txt files of a folder (recursively, in name order), or one file.

    `dates` gives each file its date, which wins over the date found in its text: ``"name"``
    takes it from the start of the file name ("2019-01-30-letter.txt"), a CSV file path from
    its ``file`` and ``date`` columns (``file`` as a path relative to the folder, or the bare
    name). Without it, each document's date is the one found in its text.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
    root = Path(path)
    if root.is_dir():
        files = sorted(f for f in root.rglob("*.txt") if f.is_file())
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


def to_dataframe(documents: Iterable[Any], layer: str = "entities") -> Any:
    """One row per mention of `layer` across `documents`, with the document's source and date.

    Columns: ``source``, ``document_date``, then the fields of the layer's mentions
    (``kind``, ``text``, ``start``, ``end``, ...). Needs pandas.
    """
    try:
        import pandas
    except ImportError:
        raise ImportError("to_dataframe needs pandas: pip install pandas") from None
    from hrtext._analysis import Document

    columns = ["source", "document_date", *fields_of(layer)]
    rows = []
    for document in documents:
        if not isinstance(document, Document):
            raise TypeError(f"expected hrtext.Document, not {type(document).__name__}")
        record = document._parsed()
        for mention in mentions_of(record, layer):
            rows.append({"source": record["source"], "document_date": record["document_date"], **mention._asdict()})
    return pandas.DataFrame(rows, columns=columns)
