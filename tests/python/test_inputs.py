"""Reading files: web pages and text, told apart by content and extension, through Python and
the command line."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
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


def _docx(path: Path, paragraphs: list[tuple[str, bool]]) -> None:
    """A Word file as Word writes its main part: one w:p a paragraph, list items numbered."""
    body = "".join(
        "<w:p>" + ("<w:pPr><w:numPr><w:ilvl w:val='0'/><w:numId w:val='1'/></w:numPr></w:pPr>" if item else "")
        + f"<w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>" for text, item in paragraphs)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<?xml version='1.0'?><Types/>")
        archive.writestr("word/document.xml", "<?xml version='1.0' encoding='UTF-8'?><w:document xmlns:w="
                         "'http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body>" + body
                         + "</w:body></w:document>")


def _odt(path: Path, paragraphs: list[tuple[str, bool]]) -> None:
    body = "".join(f"<text:list><text:list-item><text:p>{text}</text:p></text:list-item></text:list>" if item
                   else f"<text:p>{text}</text:p>" for text, item in paragraphs)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<?xml version='1.0' encoding='UTF-8'?><office:document-content "
                         "xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
                         "xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0'><office:body><office:text>"
                         + body + "</office:text></office:body></office:document-content>")


LETTER_PARAGRAPHS = [("Joint letter on Belarus", False),
                     ("We urge the Human Rights Council to renew the mandate of the Special Rapporteur on Belarus.",
                      False),
                     ("Signed by:", False), ("Amnesty International", True), ("Human Rights House Foundation", True),
                     ("Viasna Human Rights Centre", True)]


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


def test_the_same_letter_as_text_page_word_opendocument_and_markdown_gives_the_same_analysis(tmp_path: Path):
    analyzer = hrtext.Analyzer()
    (tmp_path / "letter.txt").write_text(LETTER_TEXT, encoding="utf-8")
    (tmp_path / "letter.html").write_text(LETTER_HTML, encoding="utf-8")
    _docx(tmp_path / "letter.docx", LETTER_PARAGRAPHS)
    _odt(tmp_path / "letter.odt", LETTER_PARAGRAPHS)
    (tmp_path / "letter.md").write_text(
        "# Joint letter on Belarus\n\nWe urge the Human Rights Council to renew the mandate of the Special "
        "Rapporteur on Belarus.\n\n**Signed by:**\n\n- Amnesty International\n- Human Rights House Foundation\n"
        "- Viasna Human Rights Centre\n", encoding="utf-8")
    as_text = analyzer.analyze_file(tmp_path / "letter.txt")
    assert as_text.format == "text"
    assert len(as_text.signatories) == 3
    for other, format in (("letter.html", "html"), ("letter.docx", "docx"), ("letter.odt", "odt"),
                          ("letter.md", "markdown")):
        document = analyzer.analyze_file(tmp_path / other)
        assert document.format == format
        for layer in ("entities", "dates", "citations", "signatories"):
            assert _names(as_text, layer) == _names(document, layer), (other, layer)
            for mention in getattr(document, layer):
                assert document.text[mention.start:mention.end] == mention.text


def test_a_zip_that_is_no_office_file_gets_a_clear_error(tmp_path: Path):
    path = tmp_path / "letter.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(hrtext.ParseError, match="no Word"):
        hrtext.Analyzer().analyze_file(path)
    truncated = tmp_path / "truncated.docx"
    _docx(truncated, LETTER_PARAGRAPHS)
    truncated.write_bytes(truncated.read_bytes()[:200])
    with pytest.raises(hrtext.ParseError):
        hrtext.Analyzer().analyze_file(truncated)


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
    with pytest.raises(hrtext.ParseError, match="unknown input format 'rtf'"):
        analyzer.analyze_file(fragment, format="rtf")


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
    (tmp_path / "d.rtf").write_bytes(b"{\\rtf1 not read}")
    _docx(tmp_path / "e.docx", LETTER_PARAGRAPHS)
    out = _cli("analyze", "--format", "jsonl", "--include-text", str(tmp_path))
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(Path(r["source"]).name, r["format"]) for r in records] == [
        ("a.html", "html"), ("b.TXT", "text"), ("c.md", "markdown"), ("e.docx", "docx")]
    assert all(r["text"] for r in records)
    assert "d.rtf: skipped" in out.stderr
    forced = _cli("analyze", "--format-in", "text", str(tmp_path / "a.html"))
    assert json.loads(forced.stdout)["format"] == "text"


Run = tuple[float, float, str]  # where a run of text starts on the page (x, y from the bottom), and its text


def _lines(lines: list[str], x: float = 72, top: float = 740, leading: float = 14) -> list[Run]:
    """Lines set one under the other, a blank line a gap."""
    return [(x, top - leading * index, line) for index, line in enumerate(lines) if line]


def _pdf(pages: list[list[Run]]) -> bytes:
    """A PDF written by hand as PDF writers set text: each run placed on the page in Helvetica."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for runs in pages:
        stream = " ".join(
            f"BT /F1 10 Tf 1 0 0 1 {x} {y} Tm ("
            + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj ET" for x, y, text in runs)
        objects.append(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream")
        content = len(objects)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R "
                       "/Resources << /Font << /F1 3 0 R >> >> >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def test_a_pdf_is_read_page_by_page_without_its_running_headers(tmp_path: Path):
    pdf = tmp_path / "letter.pdf"
    header = (450, 770, "A/HRC/55/G/1")
    pdf.write_bytes(_pdf([
        [header, *_lines(["Joint letter on Belarus", "", "We urge the Human Rights Council to renew the man-",
                          "date of the Special Rapporteur on Belarus."]), (300, 40, "1")],
        [header, *_lines(["Signed by:", "Amnesty International", "Human Rights House Foundation",
                          "Viasna Human Rights Centre"]), (300, 40, "2")],
    ]))
    doc = hrtext.Analyzer().analyze_file(pdf, include_text=True)
    assert doc.format == "pdf"
    assert "A/HRC/55/G/1" not in doc.text  # the running header
    assert "mandate of the Special Rapporteur" in doc.text  # the word hyphenated at a line's end
    assert [s.name for s in doc.signatories] == [
        "Amnesty International", "Human Rights House Foundation", "Viasna Human Rights Centre"]
    assert doc.to_dict()["text"] == doc.text
    assert doc.pages == [0, doc.text.index("Signed by:")]
    assert [doc.page_of(s) for s in doc.signatories] == [2, 2, 2]
    assert doc.page_of(0) == 1
    frame = hrtext.to_dataframe([doc], layer="signatories")
    assert list(frame["page"]) == [2, 2, 2]
    for mention in doc.entities:
        assert doc.text[mention.start:mention.end] == mention.text
    with pytest.raises(ValueError, match="outside"):
        doc.page_of(len(doc.text) + 1)
    with pytest.raises(TypeError):
        doc.page_of("2")
    assert hrtext.analyze("FIDH").page_of(0) is None
    out = _cli("analyze", str(pdf))
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert record["format"] == "pdf" and record["pages"] == doc.pages


def test_a_pdf_set_in_two_columns_is_read_column_by_column(tmp_path: Path):
    left = ["The Human Rights Council, recalling its", "resolution 52/3 and the International",
            "Covenant on Civil and Political Rights,", "urges the States concerned to co-",
            "operate with the Special Rapporteur."]
    right = ["Welcomes the work of the Office of the", "High Commissioner in Myanmar since",
             "1 February 2021 and requests a report", "to the Human Rights Council at its", "fifty-eighth session."]
    pdf = tmp_path / "resolution.pdf"
    pdf.write_bytes(_pdf([[(72, 760, "Situation of human rights in Myanmar"),
                           *_lines(left, x=72, top=720, leading=12), *_lines(right, x=320, top=720, leading=12)]]))
    doc = hrtext.Analyzer().analyze_file(pdf)
    assert doc.text.index("Political Rights") < doc.text.index("cooperate with") < doc.text.index("Welcomes")
    assert "fifty-eighth session." in doc.text
    assert [d.value for d in doc.dates] == ["2021-02-01"]
    assert ("Myanmar", "MMR") in _names(doc, "entities")


def test_the_same_letter_as_a_pdf_gives_the_same_analysis_as_its_text(tmp_path: Path):
    analyzer = hrtext.Analyzer()
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(_pdf([_lines(LETTER_TEXT.splitlines())]))
    as_pdf = analyzer.analyze_file(pdf)
    as_text = analyzer.analyze(LETTER_TEXT)
    for layer in ("entities", "dates", "citations", "signatories"):
        assert _names(as_text, layer) == _names(as_pdf, layer), layer


def test_bad_pdfs_get_clear_errors(tmp_path: Path):
    from pypdf import PdfWriter

    analyzer = hrtext.Analyzer()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(_pdf([_lines(["Signed by:", "FIDH"])])[:60])
    with pytest.raises(hrtext.ParseError, match="PDF"):
        analyzer.analyze_file(truncated)
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    writer.encrypt("secret")
    encrypted = tmp_path / "encrypted.pdf"
    with open(encrypted, "wb") as file:
        writer.write(file)
    with pytest.raises(hrtext.ParseError, match="encrypted"):
        analyzer.analyze_file(encrypted)
