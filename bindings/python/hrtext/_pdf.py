"""The pages of a PDF, read with pypdf (BSD-3-Clause) in its layout mode: each page set on a
fixed-width grid, as the core's read_pdf_pages reads it (columns, running headers and footers,
page numbers, hyphenation: see docs/inputs.md)."""

from __future__ import annotations

import io
import logging

from hrtext import _core


def pdf_pages(data: bytes) -> list[str]:
    """Each page of the PDF in `data` laid out on a grid; raises hrtext.ParseError naming what is
    wrong with the file."""
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
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except _core.ParseError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError, OSError,
            ZeroDivisionError) as error:
        raise _core.ParseError(f"the PDF cannot be read ({type(error).__name__}: {error})") from None
    finally:
        pypdf_log.setLevel(level)
    # A font without a map to Unicode can give lone surrogates, which are no UTF-8.
    return [page.encode("utf-8", "replace").decode("utf-8") for page in pages]
