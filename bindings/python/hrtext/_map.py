"""The coalition map: the co-signatory network as one self-contained, interactive HTML page.

The page needs nothing but itself (no CDN, no file beside it), so it can be mailed, archived and
opened offline. Its scripts, style and template live in ``hrtext/map/`` as ordinary files, so that
they are reviewed like code, and are inlined here with the network's data.

The map takes plain data (``MapData``), which ``hrtext.Network`` builds: this module does not know
the network, so the two do not import each other.

    >>> import hrtext
    >>> from hrtext._map import coalition_map_html
    >>> analyzer = hrtext.Analyzer()
    >>> letters = [analyzer.analyze("Signatories:\\nAmnesty International\\nHuman Rights Watch\\n", source="a.txt")]
    >>> data = hrtext.Network.from_documents(letters)._map_data(weight="letters", seed=1)
    >>> [node.organisation.name for node in data.nodes], [tie.letters for tie in data.ties]
    (['Amnesty International', 'Human Rights Watch'], [1])
    >>> page = coalition_map_html(data, title="Two organisations")
    >>> page.startswith("<!DOCTYPE html>"), "https://" in page
    (True, False)
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any, NamedTuple

from hrtext._nodes import Node

# Beyond this many organisations the page shows the most central ones (and says so): the layout
# and the drawing in the browser are sized for it.
MAX_NODES = 2000
# The members of a coalition the legend names.
LEGEND_CORE = 3
# The drawing's parts, in hrtext/map/, and the markers of the template they replace.
STYLE = "coalition_map.css"
TEMPLATE = "coalition_map.html"
MARKER = re.compile(r"\{\{(title|style|script|data)\}\}")
# The page's script, one file per concern, inlined in this order (each uses those before it):
# the data and the layout touch no DOM, so that they run under Node in the tests.
SCRIPTS = ("data.js", "layout.js", "drawing.js", "controls.js", "main.js")


# What the map takes. Nodes are referred to by their index in MapData.nodes, ties by their index
# in MapData.ties.

class MapNode(NamedTuple):
    organisation: Node
    community: int  # Louvain, by the map's weight
    centrality: float  # PageRank, by the map's weight


class MapTie(NamedTuple):
    source: int
    target: int
    letters: int  # co-signed
    newman: float
    jaccard: float


class MapLetter(NamedTuple):
    name: str
    date: str | None
    organisations: list[int]


class MapCoalition(NamedTuple):
    community: int
    members: list[int]  # strongest first


class YearWeights(NamedTuple):
    """What the letters of one year add to the weights of a range of years: for each tie
    co-signed that year, the letters co-signed and Newman's sum over them; for each organisation
    that signed, the letters it signed. The Jaccard weight of a range is then together /
    (signed by one + signed by the other - together)."""
    year: int
    ties: list[tuple[int, int, float]]  # (tie, letters co-signed, Newman's sum)
    signers: list[tuple[int, int]]  # (node, letters signed)


class MapData(NamedTuple):
    """The network as the map draws it: its nodes, ties, letters and coalitions (largest first),
    by the tie weight `weight`, and the weights of each year's letters (by year)."""
    weight: str
    nodes: list[MapNode]
    ties: list[MapTie]
    letters: list[MapLetter]
    coalitions: list[MapCoalition]
    years: list[YearWeights]


def coalition_map_html(data: MapData, *, title: str = "Coalition map") -> str:
    """The network as an interactive map in one HTML document that works offline: organisations
    coloured by coalition and sized by centrality, ties as wide as their weight; pan, zoom,
    search, a panel with an organisation's letters and partners, and a slider over the years of
    the letters. ``Network.to_html`` builds `data` and calls this."""
    if not isinstance(data, MapData):
        raise TypeError(f"expected hrtext._map.MapData, not {type(data).__name__} "
                        f"(a network draws its map with Network.to_html)")
    parts = {"style": _asset(STYLE), "script": "\n".join(_asset(name) for name in SCRIPTS)}
    parts["title"] = html.escape(title)
    parts["data"] = _script_json(_page_data(data))
    # One pass, so that a marker inside the inserted text (a title "{{script}}") stays text.
    return MARKER.sub(lambda match: parts[match.group(1)], _asset(TEMPLATE))


def _asset(name: str) -> str:
    return (resources.files("hrtext") / "map" / name).read_text(encoding="utf-8")


def _script_json(data: Any) -> str:
    """JSON that can sit inside <script>: a name holding "</script>" or "<!--" must not end or
    change the script element, so <, > and & are written as JSON escapes (the same text once
    parsed). U+2028 and U+2029 are escaped too, for readers that take the data for JavaScript."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for character, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                              ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(character, escape)
    return text


def _page_data(data: MapData) -> dict[str, Any]:
    """What the page draws (hrtext/map/data.js reads it): the most central MAX_NODES nodes,
    numbered in that order, the ties among them as columns, the letters with the indices of
    their signatories, the coalitions, and each year's weights as columns."""
    shown = sorted(range(len(data.nodes)), key=lambda i: -data.nodes[i].centrality)[:MAX_NODES]
    node_index = {old: new for new, old in enumerate(shown)}
    ties = [e for e, tie in enumerate(data.ties) if tie.source in node_index and tie.target in node_index]
    tie_index = {old: new for new, old in enumerate(ties)}
    return {
        "weight": data.weight,
        "total_nodes": len(data.nodes),
        "nodes": [_node_fields(data.nodes[i]) for i in shown],
        "edges": _columns(("source", "target", "letters", "newman", "jaccard"),
                          ((node_index[tie.source], node_index[tie.target], tie.letters, round(tie.newman, 6),
                            round(tie.jaccard, 6)) for tie in (data.ties[e] for e in ties))),
        "letters": [{"name": letter.name, "date": letter.date,
                     "organisations": [node_index[o] for o in letter.organisations if o in node_index]}
                    for letter in data.letters],
        "coalitions": [{"community": c.community, "size": len(c.members),
                        "core": [node_index[m] for m in c.members[:LEGEND_CORE] if m in node_index]}
                       for c in data.coalitions],
        "years": [_year_columns(year, node_index, tie_index) for year in data.years],
    }


def _node_fields(node: MapNode) -> dict[str, Any]:
    return {**node.organisation._asdict(), "community": node.community, "centrality": node.centrality}


def _year_columns(year: YearWeights, node_index: dict[int, int], tie_index: dict[int, int]) -> dict[str, Any]:
    """One year's weights, kept to the ties and nodes shown and numbered as the page numbers them."""
    return {
        "year": year.year,
        **_columns(("ties", "letters", "newman"),
                   ((tie_index[e], letters, round(newman, 6)) for e, letters, newman in year.ties if e in tie_index)),
        **_columns(("signers", "signed"),
                   ((node_index[i], signed) for i, signed in year.signers if i in node_index)),
    }


def _columns(names: Sequence[str], rows: Iterable[Sequence[Any]]) -> dict[str, list[Any]]:
    """Rows as columns (a list per field), so that a network of a hundred thousand ties does not
    repeat the field names a hundred thousand times."""
    columns = list(zip(*rows)) or [()] * len(names)
    return {name: list(column) for name, column in zip(names, columns)}
