"""Reading files: web pages and text, told apart by content and extension, through Python and
the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import hrtext

LETTER_TEXT = """Joint letter on Belarus

We urge the Human Rights Council to renew the mandate of the Special Rapporteur on Belarus.

Signed by:

Amnesty International
Human Rights House Foundation
Viasna Human Rights Centre
"""

LETTER_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Letter</title>
<script>var menu = "Georgia";</script><style>body { font-family: Segoe, Georgia; }</style></head>
<body>
<header><nav><a href="/">Home</a> | <a href="/georgia">Georgia</a></nav></header>
<main>
<h1>Joint letter on Belarus</h1>
<p>We urge the Human Rights Council to renew the mandate of the
   Special Rapporteur on Belarus.</p>
<p>Signed by:</p>
<ul>
  <li>Amnesty International</li>
  <li>Human Rights House Foundation</li>
  <li>Viasna Human Rights Centre</li>
</ul>
</main>
<footer>Default Helvetica Segoe Georgia Times</footer>
</body></html>
"""


def _names(document: hrtext.Document, layer: str) -> list[tuple[str, str | None]]:
    return [(m.text, getattr(m, "id", None)) for m in getattr(document, layer)]


def test_a_web_page_is_read_into_its_text_and_analysed(tmp_path: Path):
    page = tmp_path / "letter.html"
    page.write_text(LETTER_HTML, encoding="utf-8")
    doc = hrtext.Analyzer().analyze_file(page)
    assert doc.format == "html"
    assert doc.source == str(page)
    assert "Georgia" not in doc.text
    assert [s.name for s in doc.signatories] == [
        "Amnesty International", "Human Rights House Foundation", "Viasna Human Rights Centre"]
    for layer in ("entities", "dates", "citations", "signatories"):
        for mention in getattr(doc, layer):
            assert doc.text[mention.start:mention.end] == mention.text


def test_the_same_letter_as_text_and_as_a_page_gives_the_same_analysis(tmp_path: Path):
    analyzer = hrtext.Analyzer()
    (tmp_path / "letter.txt").write_text(LETTER_TEXT, encoding="utf-8")
    (tmp_path / "letter.html").write_text(LETTER_HTML, encoding="utf-8")
    as_text = analyzer.analyze_file(tmp_path / "letter.txt")
    as_page = analyzer.analyze_file(tmp_path / "letter.html")
    assert as_text.format == "text"
    for layer in ("entities", "dates", "citations", "signatories"):
        assert _names(as_text, layer) == _names(as_page, layer), layer


def test_formats_named_or_told_and_the_text_in_the_record(tmp_path: Path):
    fragment = tmp_path / "letter.txt"  # a letter saved with its markup
    fragment.write_text("<p>We urge the Council.</p>\n<p>Signed by:</p>\n<ol><li>Amnesty International</li>"
                        "<li>FIDH</li></ol>\n<p>Geneva</p><br><br>", encoding="utf-8")
    analyzer = hrtext.Analyzer()
    assert analyzer.analyze_file(fragment).format == "html"
    assert analyzer.analyze_file(fragment, format="text").format == "text"
    record = analyzer.analyze_file(fragment, include_text=True).to_dict()
    assert record["text"].startswith("We urge the Council.\n\nSigned by:\n\nAmnesty International\nFIDH")
    assert analyzer.analyze_file(fragment).to_dict()["text"] is None
    with pytest.raises(hrtext.ParseError, match="unknown input format 'pdf'"):
        analyzer.analyze_file(fragment, format="pdf")


def test_bad_files_get_clear_errors(tmp_path: Path):
    analyzer = hrtext.Analyzer()
    with pytest.raises(hrtext.IoError, match="missing.html"):
        analyzer.analyze_file(tmp_path / "missing.html")
    garbage = tmp_path / "garbage.html"
    garbage.write_bytes(b"<p>\xff\xfe\x00\x01 binary</p>" * 10)
    with pytest.raises(hrtext.InvalidUtf8Error):
        analyzer.analyze_file(garbage)
    assert hrtext.Analyzer(replace_invalid_utf8=True).analyze_file(garbage).format == "html"
    deep = tmp_path / "deep.html"
    deep.write_text("<div>" * 5000 + "x", encoding="utf-8")
    with pytest.raises(hrtext.ParseError, match="nests elements more than 1024 deep"):
        analyzer.analyze_file(deep)
    with pytest.raises(TypeError, match="path"):
        analyzer.analyze_file(42)
    with pytest.raises(TypeError, match="format"):
        analyzer.analyze_file(garbage, format=None)
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("\ufeffSigned by: Amnesty International, FIDH and Human Rights Watch.".encode("utf-16-le"))
    assert [s.name for s in analyzer.analyze_file(utf16).signatories] == [
        "Amnesty International", "FIDH", "Human Rights Watch"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hrtext", *args], capture_output=True, text=True, check=False)


def test_the_command_line_reads_every_format_in_a_directory_and_names_what_it_skips(tmp_path: Path):
    (tmp_path / "a.html").write_text(LETTER_HTML, encoding="utf-8")
    (tmp_path / "b.TXT").write_text(LETTER_TEXT, encoding="utf-8")
    (tmp_path / "c.md").write_text("Signatories:\n\n- Amnesty International\n- FIDH\n", encoding="utf-8")
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.4 not read")
    out = _cli("analyze", "--format", "jsonl", "--include-text", str(tmp_path))
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(Path(r["source"]).name, r["format"]) for r in records] == [
        ("a.html", "html"), ("b.TXT", "text"), ("c.md", "text")]
    assert all(r["text"] for r in records)
    assert "d.pdf: skipped" in out.stderr
    forced = _cli("analyze", "--format-in", "text", str(tmp_path / "a.html"))
    assert json.loads(forced.stdout)["format"] == "text"
