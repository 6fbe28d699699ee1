"""Reading one layer of an analysis record in the tests."""

from __future__ import annotations

from typing import Any

import hrtext


def layer(doc: hrtext.Document, name: str) -> list[dict[str, Any]]:
    """The mentions of one layer of `doc`'s record, each checked to be the text its code point
    offsets cut out of the document."""
    mentions = doc.to_dict()[name]
    for m in mentions:
        assert doc.text[m["start"]:m["end"]] == m["text"], m
    return mentions
