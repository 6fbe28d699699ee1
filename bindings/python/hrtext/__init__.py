"""hrtext: entities, dates, citations and signatories of human-rights documents.

    >>> import hrtext
    >>> doc = hrtext.analyze("Geneva, 30 January 2019. Joint letter.", date="2019-01-30")
    >>> doc.to_dict()["document_date"]
    '2019-01-30'
"""

from hrtext._analysis import Analyzer, Document, analyze, load_gazetteer, to_dataframe
from hrtext._corpus import CorpusText, read_corpus
from hrtext._mentions import Citation, DateMention, EntityMention, Signatory
from hrtext._network import Network, compare_periods
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
    "Citation",
    "CorpusText",
    "DateMention",
    "Document",
    "EntityMention",
    "Error",
    "GazetteerEntry",
    "InvalidUtf8Error",
    "IoError",
    "LimitError",
    "Network",
    "ParseError",
    "Signatory",
    "__version__",
    "analyze",
    "builtin_gazetteer",
    "compare_periods",
    "load_gazetteer",
    "parse_gazetteer",
    "read_corpus",
    "to_dataframe",
]
