"""Looking at a document: its text with the mentions highlighted by kind, as HTML for notebooks
(the way displaCy shows entities). The text is escaped, so a document holding HTML or script
shows as text."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

# Colour per group of kinds; the legend follows this order.
COLOURS = {
    "state": "#9ecae1",
    "ngo": "#a1d99b",
    "un_body": "#fdd0a2",
    "igo": "#dadaeb",
    "date": "#fcbba1",
    "treaty": "#c7e9c0",
    "un_document": "#d9d9d9",
    "resolution": "#fde0ef",
}
DATE_KINDS = {"date", "month", "year", "range", "relative"}
# Longer documents are shown up to here, with a note: a notebook cell is no place for a book.
MAX_CHARACTERS = 200_000


def _group(kind: str) -> str:
    return "date" if kind in DATE_KINDS else kind


def _tooltip(mention: Mapping[str, Any]) -> str:
    parts = [mention["kind"]]
    for key in ("id", "name", "value", "instrument", "symbol", "number"):
        value = mention.get(key)
        if value and not (key == "name" and value == mention.get("text")):
            parts.append(f"{key}: {value}")
    if mention.get("articles"):
        parts.append("articles: " + ", ".join(mention["articles"]))
    return " | ".join(parts)


def _spans(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The mentions to highlight, none overlapping another: where they overlap ("Security
    Council" in "Security Council resolution 1325 (2000)"), the longer one is shown."""
    mentions: Iterable[Mapping[str, Any]] = [*record["entities"], *record["dates"], *record["citations"]]
    chosen: list[Mapping[str, Any]] = []
    taken_until = -1
    for mention in sorted(mentions, key=lambda m: (m["start"], -(m["end"] - m["start"]))):
        if mention["start"] >= taken_until:
            chosen.append(mention)
            taken_until = mention["end"]
    return chosen


def document_html(text: str, record: Mapping[str, Any]) -> str:
    """The text with its mentions highlighted, a legend, and a line on the record."""
    shown = text[:MAX_CHARACTERS]
    out = []
    at = 0
    for mention in _spans(record):
        if mention["end"] > len(shown):
            break
        group = _group(mention["kind"])
        out.append(html.escape(shown[at:mention["start"]]))
        out.append(
            f'<mark class="hrtext-{group}" title="{html.escape(_tooltip(mention), quote=True)}" '
            f'style="background:{COLOURS.get(group, "#eeeeee")};padding:0 0.2em;border-radius:0.25em">'
            f'{html.escape(shown[mention["start"]:mention["end"]])}'
            f'<span style="font-size:0.7em;font-weight:bold;margin-left:0.3em;color:#555">'
            f'{html.escape(mention["kind"].upper())}</span></mark>'
        )
        at = mention["end"]
    out.append(html.escape(shown[at:]))
    if len(text) > len(shown):
        out.append(f'\n<em>[{len(text) - len(shown):,} more characters not shown]</em>')
    legend = " ".join(
        f'<span style="background:{colour};padding:0 0.4em;border-radius:0.25em;margin-right:0.3em">'
        f'{html.escape(group)}</span>' for group, colour in COLOURS.items()
    )
    counts = ", ".join(f"{len(record[layer])} {layer}" for layer in ("entities", "dates", "citations", "signatories"))
    source = html.escape(record.get("source") or "text")
    date = html.escape(record.get("document_date") or "undated")
    return (
        '<div class="hrtext-document" style="font-family:sans-serif;line-height:1.9">'
        f'<div style="margin-bottom:0.5em"><strong>{source}</strong> ({date}): {counts}</div>'
        f'<div style="margin-bottom:0.5em">{legend}</div>'
        f'<div style="white-space:pre-wrap">{"".join(out)}</div></div>'
    )
