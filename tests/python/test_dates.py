"""Dates through the Python API and the command line, and no false dates on date-free text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import hrtext
from layers import layer

REPO = Path(__file__).resolve().parents[2]


def dates(text: str, date: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(d["text"], d["kind"], d["value"]) for d in layer(hrtext.analyze(text, date=date), "dates")]


def test_dates_and_the_document_date_fill_the_record():
    text = "中国 😀 Geneva, 30 January 2019\n\nThe session runs from 25 February to 22 March 2019; last year we wrote."
    doc = hrtext.analyze(text)
    assert doc.document_date == "2019-01-30"
    assert dates(text) == [
        ("30 January 2019", "date", "2019-01-30"),
        ("25 February to 22 March 2019", "range", "2019-02-25/2019-03-22"),
        ("last year", "relative", "2018"),
    ]


def test_the_callers_date_wins_and_resolves_relative_dates():
    assert dates("Geneva, 30 January 2019. Yesterday we met.", date="2020-05-05") == [
        ("30 January 2019", "date", "2019-01-30"), ("Yesterday", "relative", "2020-05-04")]


def test_month_first_option():
    assert hrtext.Analyzer(day_first=False).analyze("03/04/2019").to_dict()["dates"][0]["value"] == "2019-03-04"
    assert hrtext.analyze("03/04/2019").to_dict()["dates"][0]["value"] == "2019-04-03"
    with pytest.raises(TypeError, match="day_first must be a bool"):
        hrtext.Analyzer(day_first="yes")


def test_a_document_dated_by_month_only():
    doc = hrtext.analyze("**Date:** November 2019\n\nLast month the Council met.")
    assert doc.document_date == "2019-11"
    assert dates("**Date:** November 2019\n\nLast month the Council met.")[-1] == ("Last month", "relative", "2019-10")


def test_command_line_records_dates(tmp_path):
    letter = tmp_path / "letter.txt"
    letter.write_text("Paris, le 10 octobre 2018\n\nDepuis l'année dernière...", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "hrtext", "analyze", str(letter), "--format", "jsonl"],
                         capture_output=True, check=True, text=True).stdout
    record = json.loads(out)
    assert record["document_date"] == "2018-10-10"
    assert [(d["text"], d["value"]) for d in record["dates"]] == [
        ("10 octobre 2018", "2018-10-10"), ("année dernière", "2017")]


def test_no_false_dates_on_date_free_text(tmp_path):
    """120,000 words dense in symbols, numbers and month-like words, and not one date."""
    generator = REPO / "bench" / "compare" / "date_free_corpus.py"
    corpus = tmp_path / "date-free.txt"
    subprocess.run([sys.executable, str(generator), str(corpus)], check=True, capture_output=True)
    text = corpus.read_text(encoding="utf-8")
    assert len(text.split()) >= 120_000
    found = hrtext.analyze(text).to_dict()["dates"]
    assert found == [], found[:5]


@pytest.mark.parametrize("text", ["", "!!! --- ///", "2019" * 1000, "\u2028" * 50])
def test_odd_texts_give_an_empty_analysis(text):
    """No error, and nothing found: a run of digits is no year, line separators are no list."""
    doc = hrtext.analyze(text)
    assert doc.text == text and doc.format == "text" and doc.document_date is None
    assert (doc.entities, doc.dates, doc.citations, doc.signatories) == ([], [], [], [])
