"""The Pythonic layer over hrtext._core: Analyzer, Document and analyze()."""

from __future__ import annotations

import bisect
import datetime
import json
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Union

from hrtext import _core
from hrtext._corpus import CorpusText
from hrtext._display import document_html
from hrtext._mentions import Citation, DateMention, EntityMention, Signatory, fields_of, mentions_of
from hrtext._pdf import pdf_pages

Text = Union[str, bytes]
DateLike = Union[str, datetime.date, None]
EntryLike = Union[_core.GazetteerEntry, Mapping[str, Any]]
PathLike = Union[str, "os.PathLike[str]"]

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

    __slots__ = ("_record", "_record_json", "text")

    def __init__(self, text: str, record_json: str) -> None:
        self.text = text
        self._record_json = record_json
        self._record: dict[str, Any] | None = None

    def _parsed(self) -> dict[str, Any]:
        if self._record is None:
            self._record = json.loads(self._record_json)
        return self._record

    @property
    def entities(self) -> list[EntityMention]:
        """States, NGOs, UN bodies and IGOs named in the text, in order."""
        return mentions_of(self._parsed(), "entities")

    @property
    def dates(self) -> list[DateMention]:
        """Dates, with their ISO values resolved against the document date."""
        return mentions_of(self._parsed(), "dates")

    @property
    def citations(self) -> list[Citation]:
        """Treaties with their articles, UN document symbols and resolutions."""
        return mentions_of(self._parsed(), "citations")

    @property
    def signatories(self) -> list[Signatory]:
        """The signatories of a joint letter or statement, in list order."""
        return mentions_of(self._parsed(), "signatories")

    @property
    def format(self) -> str:
        """What the document was read as: "text" or "html" (offsets point into ``text``)."""
        return self._parsed()["format"]

    @property
    def pages(self) -> list[int] | None:
        """Where each page starts in ``text`` (code points), for a document read from a PDF;
        None for inputs without pages."""
        return self._parsed()["pages"]

    def page_of(self, position: int | Any) -> int | None:
        """The page (from 1) that holds a code point offset or a mention's start, or None for
        inputs without pages."""
        offset = getattr(position, "start", position)
        if isinstance(offset, bool) or not isinstance(offset, int):
            raise TypeError(f"page_of takes an offset or a mention, not {type(position).__name__}")
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} is outside the text (0 to {len(self.text)})")
        starts = self.pages
        return None if starts is None else bisect.bisect_right(starts, offset)

    @property
    def signatories_partial(self) -> bool:
        """Whether the text says that the named signatories are only some of them ("42
        organisations, including ...", "and 35 other organisations")."""
        return self._parsed()["signatories_partial"]

    @property
    def signatories_stated(self) -> int | None:
        """The number of signatories the text states ("on behalf of 47 countries"), else None."""
        return self._parsed()["signatories_stated"]

    @property
    def source(self) -> str | None:
        """The file the document came from, or None for in-memory text."""
        return self._parsed()["source"]

    @property
    def document_date(self) -> str | None:
        """The document's date as ISO 8601 ("2019-01-30", or "2019-11" when the document gives
        only a month): given by the caller, else detected in the text, else None."""
        return self._parsed()["document_date"]

    def to_dict(self) -> dict[str, Any]:
        """The analysis record as a new dict (safe to modify)."""
        return json.loads(self._record_json)

    def to_json(self, *, indent: int | None = None) -> str:
        """The analysis record as JSON: one line by default, pretty-printed with `indent`."""
        if indent is None:
            return self._record_json
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def _repr_html_(self) -> str:
        """The text with its mentions highlighted by kind (hover for id and value): how
        Jupyter shows a Document."""
        return document_html(self.text, self._parsed())

    def __repr__(self) -> str:
        record = self.to_dict()
        counts = ", ".join(
            f"{len(record[layer])} {layer}"
            for layer in ("entities", "dates", "citations", "signatories")
        )
        return f"<hrtext.Document source={record['source']!r} {len(self.text)} chars: {counts}>"


def _entry(entry: EntryLike) -> _core.GazetteerEntry:
    if isinstance(entry, _core.GazetteerEntry):
        return entry
    if isinstance(entry, Mapping):
        unknown = set(entry) - {"kind", "id", "name", "acronyms", "aliases", "parent"}
        if unknown:
            raise TypeError(f"unknown gazetteer entry fields: {', '.join(sorted(unknown))}")
        fields = dict(entry)
        fields.setdefault("kind", "ngo")
        return _core.GazetteerEntry(**fields)
    raise TypeError(f"a gazetteer entry must be a GazetteerEntry or a dict, not {type(entry).__name__}")


def _strings(values: Iterable[str], what: str) -> list[str]:
    if isinstance(values, (str, bytes)):
        raise TypeError(f"{what} must be a list of strings, not a single string")
    out = list(values)
    for value in out:
        if not isinstance(value, str):
            raise TypeError(f"{what} must hold strings, not {type(value).__name__}")
    return out


class Analyzer:
    """A compiled analyzer, built once and used for any number of documents (and threads).

    Options are keyword-only and mirror the C++ option structs:

    replace_invalid_utf8
        Replace ill-formed UTF-8 in bytes input with U+FFFD instead of raising InvalidUtf8Error.
    max_bytes
        The largest document accepted, in UTF-8 bytes; a larger one raises LimitError.
    builtin_gazetteer
        Start from the gazetteers compiled into the library (states, UN bodies, IGOs, NGOs).
    gazetteer
        Entries to add (``GazetteerEntry`` or dicts with kind, id, name, acronyms, aliases,
        parent); an entry with the id of a built-in one replaces it.
    gazetteer_files
        TSV files of entries to add (see ``load_gazetteer``); their entries come after
        ``gazetteer``.
    remove_entities
        Ids of built-in entries to remove.
    unlisted_organisations
        Recognise organisations that are in no gazetteer by the form of their names.
    day_first
        Read "03/04/2019" as 3 April (True) or March 4 (False); a number above 12 decides alone.
    signatories_in_prose
        Read signatories that sentences name ("The letter was signed by A, B and C.") where no
        list names them.
    unintroduced_list_share
        The share (0 to 1) of a list's items that must read as names of signers (known names,
        organisations, acronyms) for a list that no words introduce to count as signatories.
    citations
        The kinds of citation to find, among "treaty", "un_document" and "resolution" (all by
        default); a kind left out costs nothing.
    """

    __slots__ = ("_core", "_options")

    def __init__(
        self,
        *,
        replace_invalid_utf8: bool = False,
        max_bytes: int = DEFAULT_MAX_BYTES,
        builtin_gazetteer: bool = True,
        gazetteer: Iterable[EntryLike] = (),
        gazetteer_files: Iterable[PathLike] = (),
        remove_entities: Iterable[str] = (),
        unlisted_organisations: bool = True,
        day_first: bool = True,
        signatories_in_prose: bool = True,
        unintroduced_list_share: float = 0.6,
        citations: Iterable[str] = ("treaty", "un_document", "resolution"),
    ) -> None:
        for name, value in (("replace_invalid_utf8", replace_invalid_utf8),
                            ("builtin_gazetteer", builtin_gazetteer),
                            ("unlisted_organisations", unlisted_organisations),
                            ("day_first", day_first),
                            ("signatories_in_prose", signatories_in_prose)):
            if not isinstance(value, bool):
                raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
        if not isinstance(max_bytes, int) or isinstance(max_bytes, bool):
            raise TypeError(f"max_bytes must be an int, not {type(max_bytes).__name__}")
        if max_bytes < 0:
            raise ValueError(f"max_bytes must be 0 or more, not {max_bytes}")
        if not isinstance(unintroduced_list_share, (int, float)) or isinstance(unintroduced_list_share, bool):
            raise TypeError(f"unintroduced_list_share must be a number, not {type(unintroduced_list_share).__name__}")
        entries = [_entry(e) for e in gazetteer]
        if isinstance(gazetteer_files, (str, bytes, os.PathLike)):
            raise TypeError("gazetteer_files must be a list of paths, not a single path")
        for path in gazetteer_files:
            entries.extend(load_gazetteer(path))
        # What the analyzer is built from, gazetteer files read: enough to build it again in
        # another process (pickle, multiprocessing, Spark).
        self._options: dict[str, Any] = dict(
            replace_invalid_utf8=replace_invalid_utf8,
            max_bytes=max_bytes,
            builtin_gazetteer=builtin_gazetteer,
            gazetteer=entries,
            remove_entities=_strings(remove_entities, "remove_entities"),
            unlisted_organisations=unlisted_organisations,
            day_first=day_first,
            signatories_in_prose=signatories_in_prose,
            unintroduced_list_share=float(unintroduced_list_share),
            citations=_strings(citations, "citations"),
        )
        self._core = _core.Analyzer(**self._options)

    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]:
        return _rebuilt_analyzer, (self._options,)

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

    def analyze_file(self, path: PathLike, *, format: str = "auto", date: DateLike = None,
                     source: str | None = None, include_text: bool = False) -> Document:
        """Read and analyse a file: a web page (HTML or XHTML, its main content, lists and
        tables kept as lines), Markdown (its text as written), a Word (.docx) or OpenDocument
        (.odt) file, a PDF (pypdf: its pages' text, running headers, footers and page numbers
        dropped, hyphenated words joined), or text (UTF-8, or UTF-16 with a byte order mark).

        `format` is "auto" (told by the content, then by the file's extension), "text", "html",
        "markdown", "docx", "odt" or "pdf". The Document's ``text`` is the text read from the file, into which every offset
        points; ``include_text`` also puts it in the record. `source` defaults to the path.
        """
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
        try:
            with open(path, "rb") as file:
                # No more than the limit and a byte: a file past it (or /dev/zero) is refused
                # without being read whole.
                data = file.read(self._core.max_bytes + 1)
        except OSError as error:
            raise _core.IoError(f"{os.fsencode(path).decode('utf-8', 'replace')}: {error.strerror or error}") from None
        if len(data) > self._core.max_bytes:
            raise _core.LimitError(f"{os.fsencode(path).decode('utf-8', 'replace')}: the file is longer than the limit "
                                   f"of {self._core.max_bytes} bytes (max_bytes)")
        # A file name that is not UTF-8 (Linux allows any bytes) is shown with U+FFFD for them.
        name = os.fsencode(path).decode("utf-8", "replace")
        return self.read(data, format=format, file_name=name, date=date,
                         source=name if source is None else source, include_text=include_text)

    def read(self, data: bytes | str, *, format: str = "auto", file_name: str = "", date: DateLike = None,
             source: str | None = None, include_text: bool = False) -> Document:
        """Read and analyse the bytes of a file (see ``analyze_file``); a str is taken as UTF-8."""
        for name, value in (("format", format), ("file_name", file_name)):
            if not isinstance(value, str):
                raise TypeError(f"{name} must be a str, not {type(value).__name__}")
        if source is not None and not isinstance(source, str):
            raise TypeError(f"source must be a str, not {type(source).__name__}")
        if not isinstance(include_text, bool):
            raise TypeError(f"include_text must be a bool, not {type(include_text).__name__}")
        raw = _utf8(data)
        if format == "pdf" or (format == "auto" and (raw.startswith(b"%PDF-") or file_name.lower().endswith(".pdf"))):
            record, read = self._core.analyze_pdf_pages_json(pdf_pages(raw), date=_iso_date(date), source=source,
                                                             include_text=include_text)
            return Document(read.decode("utf-8"), record)
        record, read = self._core.read_and_analyze_json(raw, format=format, file_name=file_name,
                                                         date=_iso_date(date), source=source,
                                                         include_text=include_text)
        return Document(read.decode("utf-8"), record)

    def pipe(self, items: Iterable[Text | CorpusText | os.PathLike[str]], *, threads: int | None = None,
             batch_size: int = 16, format: str = "auto", date: DateLike = None, include_text: bool = False,
             errors: str = "raise") -> Iterator[Any]:
        """Analyse many documents on a thread pool; yields their Documents in input order, the
        same as reading them one by one.

        Items are texts (str or bytes, read as ``read`` reads them), ``CorpusText``
        (``read_corpus``: source and date included) or paths (``os.PathLike``: a file read as
        ``analyze_file`` reads it). `format`, `date` and `include_text` are those of ``read``
        for every item (a ``CorpusText``'s own date wins). `threads` defaults to the number of
        CPUs; the analysis runs without the GIL, so threads run it in parallel. At most
        ``threads * batch_size`` documents are in flight, so a generator of millions of items is
        read as it goes. With ``errors="raise"`` the error of a document (``hrtext.Error``: a
        file that cannot be read, invalid UTF-8, a broken PDF...) is raised when the document
        would have been yielded; with ``errors="return"`` it is yielded in the document's place
        and the others go on. A wrong argument (an item of another type) is always raised.
        """
        if threads is None:
            threads = os.cpu_count() or 1
        for name, value in (("threads", threads), ("batch_size", batch_size)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise TypeError(f"{name} must be a positive int")
        if errors not in ("raise", "return"):
            raise ValueError(f"errors must be 'raise' or 'return', not {errors!r}")
        if isinstance(items, (str, bytes, bytearray, memoryview, CorpusText, os.PathLike)):
            raise TypeError(f"pipe takes an iterable of documents, not a single {type(items).__name__}")
        options = {"format": format, "date": date, "include_text": include_text}

        def analyse(item: Text | CorpusText | os.PathLike[str]) -> Document | _core.Error:
            try:
                return self._analyze_item(item, options)
            except _core.Error as error:
                if errors == "raise":
                    raise
                return error

        if threads == 1:
            yield from map(analyse, items)
            return
        pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="hrtext")
        pending: deque[Future[Document | _core.Error]] = deque()
        try:
            for item in items:
                pending.append(pool.submit(analyse, item))
                if len(pending) >= threads * batch_size:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            # The consumer stopped early (an exception, Ctrl-C, a break): the documents queued
            # behind are dropped, not analysed first; those running end on their own.
            pool.shutdown(wait=False, cancel_futures=True)

    def _analyze_item(self, item: Text | CorpusText | os.PathLike[str], options: dict[str, Any]) -> Document:
        if isinstance(item, CorpusText):
            return self.read(item.data, file_name=item.source, source=item.source,
                             **{**options, "date": item.date or options["date"]})
        if isinstance(item, os.PathLike):
            return self.analyze_file(item, **options)
        if isinstance(item, (str, bytes, bytearray, memoryview)):
            return self.read(item, **options)
        raise TypeError(f"pipe items must be str, bytes, hrtext.CorpusText or os.PathLike, not {type(item).__name__}")

    def __repr__(self) -> str:
        return (
            f"hrtext.Analyzer(replace_invalid_utf8={self._core.replace_invalid_utf8}, "
            f"max_bytes={self._core.max_bytes})"
        )


def _rebuilt_analyzer(options: dict[str, Any]) -> Analyzer:
    """An unpickled Analyzer: compiled again from what the pickled one was built from."""
    return Analyzer(**options)


def load_gazetteer(path: PathLike, *, kind: str = "ngo") -> list[_core.GazetteerEntry]:
    """Gazetteer entries from a UTF-8 TSV file with a header line naming its columns.

    Columns: ``id`` and ``name`` (required), ``kind`` (state, ngo, un_body, igo; else `kind`),
    ``acronyms`` and ``aliases`` (several separated by " | "; a trailing "?" marks an ambiguous
    form), ``parent``. Raises IoError for a file that cannot be read, ParseError (naming the
    line) for a bad entry.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
    return _core.load_gazetteer(os.fspath(path), kind=kind)


def to_dataframe(documents: Iterable[Any], layer: str = "entities") -> Any:
    """One row per mention of `layer` across `documents`, with the document's source and date.

    Columns: ``source``, ``document_date``, then the fields of the layer's mentions
    (``kind``, ``text``, ``start``, ``end``, ...), then ``page``: the page that holds the
    mention for a document read from a PDF, else None. Needs pandas.
    """
    try:
        import pandas
    except ImportError:
        raise ImportError("to_dataframe needs pandas: pip install pandas") from None

    columns = ["source", "document_date", *fields_of(layer), "page"]
    rows = []
    for document in documents:
        if not isinstance(document, Document):
            raise TypeError(f"expected hrtext.Document, not {type(document).__name__}")
        record = document._parsed()
        for mention in mentions_of(record, layer):
            rows.append({"source": record["source"], "document_date": record["document_date"], **mention._asdict(),
                         "page": document.page_of(mention.start)})
    return pandas.DataFrame(rows, columns=columns)


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
