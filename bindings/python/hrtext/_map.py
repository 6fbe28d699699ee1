"""The coalition map: the co-signatory network as one self-contained, interactive HTML page.

The page needs nothing but itself (no CDN, no file beside it), so it can be mailed, archived and
opened offline. Its script, style and template live in ``hrtext/map/`` as ordinary files, so that
they are reviewed like code, and are inlined here with the network's data.

    >>> import hrtext
    >>> from hrtext._map import coalition_map_html
    >>> analyzer = hrtext.Analyzer()
    >>> letters = [analyzer.analyze("Signatories:\\nAmnesty International\\nHuman Rights Watch\\n", source="a.txt")]
    >>> page = coalition_map_html(hrtext.Network.from_documents(letters), title="Two organisations")
    >>> page.startswith("<!DOCTYPE html>"), "https://" in page
    (True, False)
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from typing import Any

from hrtext._network import Network

# Beyond this many organisations the page shows the most central ones (and says so): the layout
# and the drawing in the browser are sized for it.
MAX_NODES = 2000
# The drawing's parts, in hrtext/map/, and the markers of the template they replace.
ASSETS = {"style": "coalition_map.css", "script": "coalition_map.js"}
TEMPLATE = "coalition_map.html"
MARKER = re.compile(r"\{\{(title|style|script|data)\}\}")


def coalition_map_html(network: Network, *, title: str = "Coalition map", weight: str = "letters",
                       seed: int = 1) -> str:
    """The network as an interactive map in one HTML document that works offline: organisations
    coloured by coalition (Louvain communities by `weight`, deterministic for `seed`) and sized by
    PageRank, ties as wide as their `weight`; pan, zoom, search, a panel with an organisation's
    letters and partners, and a slider over the years of the letters."""
    if not isinstance(network, Network):
        raise TypeError(f"expected hrtext.Network, not {type(network).__name__}")
    parts = {name: _asset(file) for name, file in ASSETS.items()}
    parts["title"] = html.escape(title)
    parts["data"] = _script_json(_map_data(network, weight=weight, seed=seed))
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


def _map_data(network: Network, *, weight: str, seed: int) -> dict[str, Any]:
    """What the page draws, by node index: nodes (the most central MAX_NODES), the ties among them
    as columns, the letters with the indices of their signatories, and the coalitions."""
    centrality = network.pagerank(weight=weight)
    membership = network.communities(weight=weight, seed=seed).membership
    nodes = sorted(network.nodes, key=lambda n: -centrality[n.id])[:MAX_NODES]
    index = {node.id: i for i, node in enumerate(nodes)}
    return {
        "weight": weight,
        "total_nodes": network.node_count,
        "nodes": [{"id": n.id, "name": n.name, "kind": n.kind, "community": membership[n.id],
                   "centrality": centrality[n.id], "letters": n.letters,
                   "first_date": n.first_date, "last_date": n.last_date} for n in nodes],
        "edges": _edge_columns(network, index),
        "letters": [{"name": letter.letter, "date": letter.date,
                     # Newman's weight counts every organisation that signed, shown or not.
                     "signers": len(letter.organisations),
                     "organisations": [index[o] for o in letter.organisations if o in index]}
                    for letter in network.letters],
        "coalitions": [{"community": c.community, "size": len(c.members),
                        "core": [index[m] for m in c.core if m in index]}
                       for c in network.coalitions(core_size=3, weight=weight, seed=seed)],
    }


def _edge_columns(network: Network, index: dict[str, int]) -> dict[str, list[Any]]:
    """The ties between shown nodes as columns (a list per field), so that a network of a hundred
    thousand ties does not repeat the field names a hundred thousand times."""
    columns: dict[str, list[Any]] = {"source": [], "target": [], "letters": [], "newman": [], "jaccard": []}
    for edge in network.edges:
        if edge.source in index and edge.target in index:
            columns["source"].append(index[edge.source])
            columns["target"].append(index[edge.target])
            columns["letters"].append(edge.letters)
            columns["newman"].append(round(edge.newman, 6))
            columns["jaccard"].append(round(edge.jaccard, 6))
    return columns
