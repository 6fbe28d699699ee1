"""The Pythonic layer over hrtext._core: Analyzer, Document and analyze()."""

from __future__ import annotations

import datetime
import json
from typing import Any, Union

from hrtext import _core

Text = Union[str, bytes]
DateLike = Union[str, datetime.date, None]

DEFAULT_MAX_BYTES: int = _core.Analyzer().max_bytes


def _utf8(text: Text) -> bytes:
    """The UTF-8 bytes of `text`: bytes are passed on (and validated by the core), str encoded."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text)
    if not isinstance(text, str):
        raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as error:
        offset = len(text[: error.start].encode("utf-8", "surrogatepass"))
        bad = _core.InvalidUtf8Error(
            f"text holds a lone surrogate U+{ord(text[error.start]):04X} at index {error.start} "
            f"(byte offset {offset}), which UTF-8 cannot encode"
        )
        bad.byte_offset = offset
        raise bad from None


def _iso_date(date: DateLike) -> str | None:
    if date is None:
        return None
    if isinstance(date, datetime.datetime):
        raise TypeError("date must be a datetime.date or an ISO string 'YYYY-MM-DD', not a datetime")
    if isinstance(date, datetime.date):
        return date.isoformat()
    if isinstance(date, str):
        return date  # the core validates it and raises ParseError
    raise TypeError(f"date must be a datetime.date or a str 'YYYY-MM-DD', not {type(date).__name__}")


class Document:
    """The analysis of one document: the text and the record of spec/output-format.md.

    Offsets in the record are code point offsets into ``text``, so that
    ``doc.text[m["start"]:m["end"]] == m["text"]`` for every mention.
    """

    __slots__ = ("_record_json", "text")

    def __init__(self, text: str, record_json: str) -> None:
        self.text = text
        self._record_json = record_json

    @property
    def source(self) -> str | None:
        """The file the document came from, or None for in-memory text."""
        return self.to_dict()["source"]

    @property
    def document_date(self) -> datetime.date | None:
        """The document's date: given by the caller, else detected, else None."""
        value = self.to_dict()["document_date"]
        return None if value is None else datetime.date.fromisoformat(value)

    def to_dict(self) -> dict[str, Any]:
        """The analysis record as a new dict (safe to modify)."""
        return json.loads(self._record_json)

    def to_json(self, *, indent: int | None = None) -> str:
        """The analysis record as JSON: one line by default, pretty-printed with `indent`."""
        if indent is None:
            return self._record_json
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __repr__(self) -> str:
        record = self.to_dict()
        counts = ", ".join(
            f"{len(record[layer])} {layer}"
            for layer in ("entities", "dates", "citations", "signatories")
        )
        return f"<hrtext.Document source={record['source']!r} {len(self.text)} chars: {counts}>"


class Analyzer:
    """A compiled analyzer, built once and used for any number of documents.

    Options are keyword-only and mirror the C++ option structs:

    replace_invalid_utf8
        Replace ill-formed UTF-8 in bytes input with U+FFFD instead of raising InvalidUtf8Error.
    max_bytes
        The largest document accepted, in UTF-8 bytes; a larger one raises LimitError.
    """

    __slots__ = ("_core",)

    def __init__(self, *, replace_invalid_utf8: bool = False, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        if not isinstance(replace_invalid_utf8, bool):
            raise TypeError("replace_invalid_utf8 must be a bool")
        if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 0:
            raise TypeError("max_bytes must be a non-negative int")
        self._core = _core.Analyzer(replace_invalid_utf8=replace_invalid_utf8, max_bytes=max_bytes)

    def analyze(self, text: Text, *, date: DateLike = None, source: str | None = None) -> Document:
        """Analyse one document (str, or UTF-8 bytes decoded strictly).

        `date` (``datetime.date`` or ``"YYYY-MM-DD"``) is the document's date: it wins over a
        date found in the text and resolves relative dates. `source` names where it came from.
        """
        if source is not None and not isinstance(source, str):
            raise TypeError(f"source must be a str, not {type(source).__name__}")
        utf8 = _utf8(text)
        record = self._core.analyze_json(utf8, date=_iso_date(date), source=source)
        decoded = text if isinstance(text, str) else _decoded(utf8)
        return Document(decoded, record)

    def __repr__(self) -> str:
        return (
            f"hrtext.Analyzer(replace_invalid_utf8={self._core.replace_invalid_utf8}, "
            f"max_bytes={self._core.max_bytes})"
        )


def _decoded(utf8: bytes) -> str:
    # The core has validated (or repaired) the bytes already; "replace" decodes exactly as the
    # core repairs (one U+FFFD per maximal ill-formed subpart), so offsets agree.
    return utf8.decode("utf-8", "replace")


_default_analyzer: Analyzer | None = None


def analyze(text: Text, *, date: DateLike = None) -> Document:
    """Analyse one document with the default analyzer. See Analyzer.analyze."""
    global _default_analyzer
    if _default_analyzer is None:
        _default_analyzer = Analyzer()
    return _default_analyzer.analyze(text, date=date)
