"""The mentions of an analysis record as light Python objects (named tuples).

Each has ``kind``, ``text``, ``start`` and ``end`` (code point offsets into the document's text,
so that ``doc.text[m.start:m.end] == m.text``) and the fields of its layer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple


class EntityMention(NamedTuple):
    kind: str  # state, ngo, un_body, igo
    text: str
    start: int
    end: int
    id: str | None
    name: str | None


class DateMention(NamedTuple):
    kind: str  # date, month, year, range, relative
    text: str
    start: int
    end: int
    value: str | None  # ISO 8601; a range as start/end; None when it cannot be resolved


class Citation(NamedTuple):
    kind: str  # treaty, un_document, resolution
    text: str
    start: int
    end: int
    instrument: str | None = None  # treaty: the instrument's id
    articles: tuple[str, ...] = ()  # treaty: article paths ("19(2)")
    symbol: str | None = None  # un_document and resolution
    number: str | None = None  # resolution: "37/23"


class Signatory(NamedTuple):
    kind: str  # ngo, state, un_body, igo, person
    text: str
    start: int
    end: int
    id: str | None
    name: str
    parent: str | None = None
    via: str = "list"  # list, prose, header (a UN letter's title), signature (a signature block)


LAYERS = ("entities", "dates", "citations", "signatories")
_TYPES: dict[str, Any] = {"entities": EntityMention, "dates": DateMention, "citations": Citation,
                          "signatories": Signatory}


def _type_of(layer: str) -> Any:
    if layer not in _TYPES:
        raise ValueError(f"unknown layer {layer!r}: use one of {', '.join(LAYERS)}")
    return _TYPES[layer]


def fields_of(layer: str) -> tuple[str, ...]:
    """The fields of the mentions of `layer`."""
    return _type_of(layer)._fields


def mentions_of(record: Mapping[str, Any], layer: str) -> list[Any]:
    """The mentions of one layer of a record, as the named tuples above."""
    kind = _type_of(layer)
    out = []
    for mention in record[layer]:
        fields = {name: mention.get(name) for name in kind._fields if name in mention}
        if "articles" in fields:
            fields["articles"] = tuple(fields["articles"] or ())
        out.append(kind(**fields))
    return out
