"""hrtext: entities, dates, citations and signatories of human-rights documents.

    >>> import hrtext
    >>> doc = hrtext.analyze("Geneva, 30 January 2019. Joint letter.", date="2019-01-30")
    >>> doc.to_dict()["document_date"]
    '2019-01-30'
"""

from hrtext._analysis import Analyzer, Document, analyze
from hrtext._core import (
    Error,
    InvalidUtf8Error,
    IoError,
    LimitError,
    ParseError,
    __version__,
)

__all__ = [
    "Analyzer",
    "Document",
    "Error",
    "InvalidUtf8Error",
    "IoError",
    "LimitError",
    "ParseError",
    "__version__",
    "analyze",
]
