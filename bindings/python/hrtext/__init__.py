"""hrtext: entities, dates, citations and signatories of human-rights documents.

    >>> import hrtext
    >>> doc = hrtext.analyze("Geneva, 30 January 2019. Joint letter.", date="2019-01-30")
    >>> doc.to_dict()["document_date"]
    '2019-01-30'
"""

from hrtext._analysis import Analyzer, Document, analyze, load_gazetteer
from hrtext._core import (
    Error,
    GazetteerEntry,
    InvalidUtf8Error,
    IoError,
    LimitError,
    ParseError,
    __version__,
    builtin_gazetteer,
    parse_gazetteer,
)

__all__ = [
    "Analyzer",
    "Document",
    "Error",
    "GazetteerEntry",
    "InvalidUtf8Error",
    "IoError",
    "LimitError",
    "ParseError",
    "__version__",
    "analyze",
    "builtin_gazetteer",
    "load_gazetteer",
    "parse_gazetteer",
]
