"""The text of a PDF, read with pypdf (BSD-3-Clause): each page's text in reading order, the
running headers and footers that UN documents repeat on every page dropped, page numbers
dropped, words hyphenated at the end of a line joined, pages a blank line apart."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from hrtext import _core

# A line repeated at the top or the bottom of this share of the pages (two pages at least) is a
# running header or footer ("A/HRC/55/1", "GE.24-01234").
RUNNING_SHARE = 0.5
# How many lines at each end of a page a running header or footer may take.
EDGE_LINES = 3

_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:/|of|de|sur)\s*\d{1,4})?\s*$|^\s*[ivxlc]{1,6}\s*$",
                          re.IGNORECASE)
_HYPHENATED = re.compile(r"(\w)-\n(\w)")


def _shape(line: str) -> str:
    """A line with its numbers blurred: running headers differ only in their page numbers."""
    return re.sub(r"\d+", "#", line.strip())


def _running_lines(pages: list[list[str]]) -> set[str]:
    counts: Counter[str] = Counter()
    for lines in pages:
        edges = {_shape(line) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:] if line.strip()}
        counts.update(edges)
    least = max(2, int(len(pages) * RUNNING_SHARE + 0.5))
    return {shape for shape, count in counts.items() if count >= least}


def pdf_text(data: bytes) -> str:
    """The text of the PDF in `data`; raises hrtext.ParseError naming what is wrong with it."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as error:  # pragma: no cover - pypdf is a dependency of the package
        raise _core.ParseError(f"reading a PDF needs pypdf: pip install pypdf ({error})") from None
    # pypdf logs what it repairs on its own; a PDF it cannot read is our error to report.
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise _core.ParseError("the PDF is encrypted: hrtext reads no encrypted PDF")
        pages = [(page.extract_text() or "").splitlines() for page in reader.pages]
    except _core.ParseError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError, OSError) as error:
        raise _core.ParseError(f"the PDF cannot be read ({type(error).__name__}: {error})") from None
    finally:
        pypdf_log.setLevel(level)
    running = _running_lines(pages) if len(pages) >= 2 else set()
    kept = []
    for lines in pages:
        body = [line.rstrip() for index, line in enumerate(lines)
                if not _PAGE_NUMBER.match(line)
                and not ((index < EDGE_LINES or index >= len(lines) - EDGE_LINES) and _shape(line) in running)]
        kept.append("\n".join(body).strip("\n"))
    return _HYPHENATED.sub(r"\1\2", "\n\n".join(page for page in kept if page))
