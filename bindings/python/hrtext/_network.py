"""The co-signatory network in Python: hrtext.Network over hrtext._core.Network.

    >>> import hrtext
    >>> analyzer = hrtext.Analyzer()
    >>> letters = [
    ...     analyzer.analyze("Signatories:\\nAmnesty International\\nHuman Rights Watch\\nFIDH\\n", source="a.txt"),
    ...     analyzer.analyze("Signatories:\\nAmnesty International\\nHuman Rights Watch\\n", source="b.txt"),
    ... ]
    >>> network = hrtext.Network.from_documents(letters)
    >>> network.node_count, network.edge_count
    (3, 3)
    >>> network.closest_partners("amnesty-international", 1)[0].id
    'human-rights-watch'
"""

from __future__ import annotations

import contextlib
import html
import os
import shutil
import subprocess
import warnings
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple, Union

from hrtext import _core
from hrtext._analysis import Document
from hrtext._map import MapCoalition, MapData, MapLetter, MapNode, MapTie, YearWeights, coalition_map_html
from hrtext._nodes import Node

PathLike = Union[str, "os.PathLike[str]"]
# Sources sampled for the betweenness of summary() in networks larger than this.
SUMMARY_SAMPLES = 1000


class Edge(NamedTuple):
    source: str  # node id
    target: str
    letters: int  # letters co-signed
    newman: float  # Newman's collaboration weight: the sum of 1 / (n - 1) over those letters
    jaccard: float  # letters co-signed / letters signed by either


class Letter(NamedTuple):
    letter: str
    date: str | None
    organisations: list[str]  # node ids
    persons: int  # individuals who signed, kept out of the network
    tied: bool  # False: signed by more organisations than max_letter_signers, so it ties none


class Communities(NamedTuple):
    membership: dict[str, int]  # node id -> community (0 the largest)
    count: int
    modularity: float


class Coalition(NamedTuple):
    community: int
    members: list[str]  # node ids, strongest first
    core: list[str]


class Partner(NamedTuple):
    id: str
    name: str
    weight: float
    letters: int


class Bridge(NamedTuple):
    id: str
    name: str
    community: int
    weight_to_a: float
    weight_to_b: float
    betweenness: float


class CoalitionChange(NamedTuple):
    members: list[str]
    earlier: int | None  # index of the earlier coalition it continues, or None
    jaccard: float
    joined: list[str]
    left: list[str]


# A letter signed by more organisations than this ties none of them (NetworkOptions::max_letter_signers).
DEFAULT_MAX_LETTER_SIGNERS = _core.DEFAULT_MAX_LETTER_SIGNERS


def _missing(module: str, feature: str) -> ImportError:
    return ImportError(f"{feature} needs {module}: pip install {module}")


def _pair(a: int, b: int) -> tuple[int, int]:
    """An undirected tie's key: its ends in order."""
    return (a, b) if a < b else (b, a)


def _signers(record: Mapping[str, Any]) -> list[tuple[str, str | None, str]]:
    try:
        return [(s["kind"], s["id"], s["name"]) for s in record["signatories"]]
    except (KeyError, TypeError) as error:
        raise ValueError(f"not an analysis record (spec/output-format.md): its signatories need kind, id "
                         f"and name ({type(error).__name__}: {error})") from None


class Network:
    """The co-signatory network: organisations (and States) that signed the same letters.

    Nodes are organisations keyed by entity id; an edge joins two that signed a letter together,
    weighted by the letters they co-signed, Newman's collaboration weight and Jaccard. Persons
    who signed are counted per letter and kept out of the network. Metrics return a dict from
    node id to value. Build one with ``Network.from_documents`` (analysed letters) or
    ``Network.from_records`` (analysis records as dicts, e.g. read from JSON Lines).
    """

    __slots__ = ("_core", "_ids", "_names", "_partial")

    def __init__(self, core: _core.Network, partial_letters: Iterable[str] = ()) -> None:
        if not isinstance(core, _core.Network):
            raise TypeError("use Network.from_documents or Network.from_records to build a network")
        self._core = core
        self._partial = sorted(set(partial_letters))
        nodes = core.nodes()
        self._ids = [n[0] for n in nodes]
        self._names = {n[0]: n[1] for n in nodes}

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Pickled as its parts, which come back as they were (filtered edges included), so that
        # a network goes to other processes (multiprocessing, Spark) and into files.
        core = self._core
        return _restored_network, (core.nodes(), core.edges(), core.letters(), self._partial)

    # Building

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], *, since: str | None = None,
                     until: str | None = None, min_weight: float = 1,
                     max_letter_signers: int | None = DEFAULT_MAX_LETTER_SIGNERS) -> Network:
        """The network of analysis records (dicts of spec/output-format.md): each record a letter,
        its ``source`` the letter's name and ``document_date`` its date. ``since`` and ``until``
        (ISO dates, inclusive) keep the letters of a period; letters without a date are then
        left out. Edges co-signed by fewer than ``min_weight`` letters are dropped. A letter
        signed by more than ``max_letter_signers`` organisations (None: no bound) ties none of
        them, with a warning: its n(n-1)/2 ties are a mass petition's, and would swamp the
        network and the memory (50 million at 10,000 signers)."""
        if max_letter_signers is not None and (not isinstance(max_letter_signers, int)
                                               or isinstance(max_letter_signers, bool) or max_letter_signers < 2):
            raise ValueError(f"max_letter_signers must be an int of 2 or more, or None, not {max_letter_signers!r}")
        letters = []
        partial = []
        for number, record in enumerate(records):
            if not isinstance(record, Mapping):
                raise TypeError(f"a record must be a mapping, not {type(record).__name__}")
            name = record.get("source") or f"letter {number + 1}"
            letters.append((name, record.get("document_date"), _signers(record)))
            # A letter that names only some of its signers still shows who co-signed.
            if record.get("signatories_partial") and record["signatories"]:
                partial.append(name)
        core = _core.Network.build(letters, since=since, until=until, min_weight=min_weight,
                                   max_letter_signers=max_letter_signers)
        kept = core.letters()
        if untied := _untied_count(kept):
            warnings.warn(f"{untied} letter{'s' if untied > 1 else ''} signed by more than {max_letter_signers} "
                          f"organisations tie{'' if untied > 1 else 's'} none of them (max_letter_signers)",
                          UserWarning, stacklevel=2)
        names = {letter[0] for letter in kept}
        return cls(core, [name for name in partial if name in names])

    @classmethod
    def from_documents(cls, documents: Iterable[Document], *, since: str | None = None,
                       until: str | None = None, min_weight: float = 1,
                       max_letter_signers: int | None = DEFAULT_MAX_LETTER_SIGNERS) -> Network:
        """The network of analysed documents (``hrtext.analyze``, ``Analyzer.analyze``)."""
        records = []
        for document in documents:
            if not isinstance(document, Document):
                raise TypeError(f"expected hrtext.Document, not {type(document).__name__}")
            records.append(document.to_dict())
        return cls.from_records(records, since=since, until=until, min_weight=min_weight,
                                max_letter_signers=max_letter_signers)

    # What it holds

    @property
    def node_count(self) -> int:
        return self._core.node_count()

    @property
    def edge_count(self) -> int:
        return self._core.edge_count()

    @property
    def nodes(self) -> list[Node]:
        return [Node(*n) for n in self._core.nodes()]

    @property
    def edges(self) -> list[Edge]:
        ids = self._ids
        return [Edge(ids[s], ids[t], letters, newman, jaccard)
                for s, t, letters, newman, jaccard in self._core.edges()]

    @property
    def letters(self) -> list[Letter]:
        ids = self._ids
        return [Letter(name, date, [ids[i] for i in members], persons, tied)
                for name, date, members, persons, tied in self._core.letters()]

    @property
    def partial_letters(self) -> list[str]:
        """The letters whose text names only some of their signers ("42 organisations, including
        ..."): their named signers are in the network, the others are not."""
        return list(self._partial)

    def name(self, id: str) -> str:
        """The name of the node `id` (the name its letters use most)."""
        self._core.index_of(id)  # raises hrtext.Error naming an unknown id
        return self._names[id]

    # Metrics

    def _by_id(self, values: Sequence[Any]) -> dict[str, Any]:
        return dict(zip(self._ids, values))

    def degree(self) -> dict[str, int]:
        """Partners of each organisation."""
        return self._by_id(self._core.degree())

    def strength(self, *, weight: str = "letters") -> dict[str, float]:
        """The sum of the weights of each organisation's edges."""
        return self._by_id(self._core.strength(weight=weight))

    def betweenness(self, *, weight: str | None = None, normalized: bool = False, samples: int | None = None,
                    seed: int = 1) -> dict[str, float]:
        """Brandes betweenness, as networkx.betweenness_centrality; with a weight, shortest paths
        have length 1 / weight. For large networks, ``samples`` sources (networkx's ``k``), drawn
        from ``seed``, estimate it in a fraction of the time."""
        return self._by_id(self._core.betweenness(weight=weight, normalized=normalized, samples=samples, seed=seed))

    def pagerank(self, *, weight: str = "letters", damping: float = 0.85) -> dict[str, float]:
        """PageRank, as networkx.pagerank computes it on the weighted graph."""
        return self._by_id(self._core.pagerank(weight=weight, damping=damping))

    def clustering(self) -> dict[str, float]:
        """Local clustering coefficient (unweighted), as networkx.clustering."""
        return self._by_id(self._core.clustering())

    def components(self) -> dict[str, int]:
        """Connected component of each organisation."""
        return self._by_id(self._core.components())

    def communities(self, *, weight: str = "letters", resolution: float = 1.0, seed: int = 1) -> Communities:
        """Louvain communities (deterministic for a seed) and their modularity."""
        membership, count, modularity = self._core.louvain(weight=weight, resolution=resolution, seed=seed)
        return Communities(self._by_id(membership), count, modularity)

    def modularity(self, membership: Mapping[str, int], *, weight: str = "letters", resolution: float = 1.0) -> float:
        """The modularity of a partition given as node id -> community."""
        try:
            partition = [membership[i] for i in self._ids]
        except KeyError as error:
            raise _core.Error(f"the partition gives no community to node {error.args[0]!r}") from None
        return self._core.modularity(partition, weight=weight, resolution=resolution)

    def backbone(self, alpha: float = 0.05, *, weight: str = "letters") -> Network:
        """The edges the disparity filter keeps at significance `alpha` (Serrano et al. 2009)."""
        return Network(self._core.backbone(alpha, weight=weight), self._partial)

    # Questions

    def coalitions(self, *, core_size: int = 5, min_size: int = 2, weight: str = "letters",
                   resolution: float = 1.0, seed: int = 1) -> list[Coalition]:
        """The coalitions (Louvain communities of at least `min_size`), largest first, with their
        core members (the strongest within the coalition)."""
        ids = self._ids
        return [Coalition(c, [ids[m] for m in members], [ids[m] for m in core])
                for c, members, core in self._core.coalitions(weight=weight, resolution=resolution, seed=seed,
                                                             core_size=core_size, min_size=min_size)]

    def closest_partners(self, id: str, n: int = 10, *, weight: str = "letters") -> list[Partner]:
        """The organisations `id` signed with most, closest first."""
        ids = self._ids
        return [Partner(ids[node], self._names[ids[node]], w, letters)
                for node, w, letters in self._core.closest_partners(id, n, weight=weight)]

    def bridges(self, a: int, b: int, *, communities: Communities | None = None, ranking: str = "betweenness",
                weight: str = "letters") -> list[Bridge]:
        """Organisations with partners in both coalitions `a` and `b` (of ``communities``, by
        default ``self.communities()``), ranked by betweenness or by weight."""
        communities = communities or self.communities(weight=weight)
        partition = [communities.membership[i] for i in self._ids]
        ids = self._ids
        return [Bridge(ids[node], self._names[ids[node]], c, to_a, to_b, between)
                for node, c, to_a, to_b, between in self._core.bridges(partition, a, b, ranking=ranking, weight=weight)]

    # Export

    def write(self, format: str) -> str:
        """The network as text: "graphml", "gexf" (1.3), "dot", "json" (networkx node-link) or
        "csv" (the edge list)."""
        return self._core.write(format)

    def save(self, path: PathLike) -> None:
        """Writes the file, in the format its extension names (.graphml .gexf .dot .json .csv)."""
        self._core.save(os.fspath(path))

    def to_networkx(self) -> Any:
        """A networkx.Graph with the node and edge attributes."""
        try:
            import networkx
        except ImportError:
            raise _missing("networkx", "Network.to_networkx()") from None
        graph = networkx.Graph()
        for node in self.nodes:
            graph.add_node(node.id, **{k: v for k, v in node._asdict().items() if k != "id" and v is not None})
        for edge in self.edges:
            graph.add_edge(edge.source, edge.target, letters=edge.letters, newman=edge.newman, jaccard=edge.jaccard)
        return graph

    def to_pandas(self) -> tuple[Any, Any]:
        """Two pandas DataFrames: the nodes (indexed by id) and the edges."""
        try:
            import pandas
        except ImportError:
            raise _missing("pandas", "Network.to_pandas()") from None
        nodes = pandas.DataFrame([n._asdict() for n in self.nodes], columns=list(Node._fields)).set_index("id")
        edges = pandas.DataFrame([e._asdict() for e in self.edges], columns=list(Edge._fields))
        return nodes, edges

    def to_html(self, *, title: str = "Coalition map", weight: str = "letters", seed: int = 1) -> str:
        """The coalition map: one self-contained HTML page that works offline, organisations
        coloured by coalition and sized by PageRank, with pan, zoom, search, a panel of each
        organisation's letters and partners, and a slider over the years of the letters."""
        return coalition_map_html(self._map_data(weight=weight, seed=seed), title=title)

    def save_html(self, path: PathLike, *, title: str = "Coalition map", weight: str = "letters", seed: int = 1) -> None:
        """Writes the coalition map (see ``to_html``) to `path`."""
        page = self.to_html(title=title, weight=weight, seed=seed)
        # Written beside it and renamed over it once whole: an interrupted run leaves no half map.
        target = os.fspath(path)
        partial = f"{target}.part-{os.getpid()}"
        try:
            with open(partial, "w", encoding="utf-8") as out:
                out.write(page)
            os.replace(partial, target)
        except OSError as error:
            with contextlib.suppress(OSError):
                os.remove(partial)
            raise _core.IoError(f"cannot write '{target}': {error.strerror or error}") from None

    def _repr_html_(self) -> str:
        """How Jupyter shows a network: the coalition map in a frame of its own, so that its
        script and style do not meet the notebook's."""
        page = html.escape(self.to_html(), quote=True)
        return (f'<iframe srcdoc="{page}" style="width:100%;height:640px;border:1px solid #ddd" '
                f'sandbox="allow-scripts" title="Coalition map"></iframe>')

    def _map_data(self, *, weight: str, seed: int) -> MapData:
        """What the coalition map draws, as plain values (hrtext._map.MapData): nodes with their
        coalition (Louvain by `weight`, deterministic for `seed`) and PageRank, ties, letters,
        coalitions, and what each year's letters weigh."""
        centrality = self.pagerank(weight=weight)
        membership = self.communities(weight=weight, seed=seed).membership
        index = {id_: i for i, id_ in enumerate(self._ids)}
        return MapData(
            weight=weight,
            nodes=[MapNode(node, community=membership[node.id], centrality=centrality[node.id]) for node in self.nodes],
            ties=[MapTie(*edge) for edge in self._core.edges()],
            letters=[MapLetter(name, date, members) for name, date, members, *_ in self._core.letters()],
            coalitions=[MapCoalition(c.community, [index[m] for m in c.members])
                        for c in self.coalitions(weight=weight, seed=seed)],
            years=self._weights_by_year(),
        )

    def _weights_by_year(self) -> list[YearWeights]:
        """What each year's letters add to the weights (hrtext._map.YearWeights), from the network
        of that year's letters, so that they are the library's own (Newman's weight counts every
        organisation that signed, shown or not). Kept to the ties of this network: one built with
        min_weight, or a backbone, stays filtered over any range of years."""
        index = {id_: i for i, id_ in enumerate(self._ids)}
        # By node index, not id: a network of a hundred thousand ties has as many pairs to look up.
        tie_of = {_pair(source, target): e for e, (source, target, *_) in enumerate(self._core.edges())}
        years = []
        for year, letters in sorted(self._letters_by_year().items()):
            period = _core.Network.build(letters)
            signers = [Node(*node) for node in period.nodes()]
            node_of = [index[node.id] for node in signers]  # the period's node index -> this network's
            ties = []
            for source, target, together, newman, _ in period.edges():
                tie = tie_of.get(_pair(node_of[source], node_of[target]))
                if tie is not None:
                    ties.append((tie, together, newman))
            years.append(YearWeights(year, ties, [(node_of[i], node.letters) for i, node in enumerate(signers)]))
        return years

    def _letters_by_year(self) -> dict[int, list[tuple[str, str, list[tuple[str, str, str]]]]]:
        """The dated letters by year, as _core.Network.build takes them: signed by the nodes'
        (kind, id, name). Undated letters count only over the whole network, as with since= and
        until=; a letter that ties none of its signers (max_letter_signers) weighs in no year."""
        nodes = self.nodes
        by_year = defaultdict(list)
        for name, date, members, _, tied in self._core.letters():
            if date and tied:
                signers = [(nodes[i].kind, nodes[i].id, nodes[i].name) for i in members]
                by_year[int(date[:4])].append((name, date, signers))
        return by_year

    def to_svg(self, *, layout: str = "sfdp") -> str:
        """A static picture of the network as SVG, for reports: the DOT of ``write("dot")`` laid
        out by Graphviz (``layout``: sfdp for large networks, neato, fdp, circo, twopi), names as
        labels. Needs Graphviz's programs on the PATH."""
        if layout not in ("sfdp", "neato", "fdp", "circo", "twopi"):
            raise ValueError(f"unknown Graphviz layout {layout!r}: use sfdp, neato, fdp, circo or twopi")
        program = shutil.which(layout)
        if program is None:
            raise RuntimeError(f"Network.to_svg() needs Graphviz's {layout}: apt-get install graphviz")
        drawing = subprocess.run([program, "-Tsvg", "-Goverlap=prism", "-Nshape=plaintext", "-Nfontsize=10",
                                  "-Ecolor=#99999999"], input=self.write("dot"), capture_output=True, text=True)
        if drawing.returncode != 0:
            raise RuntimeError(f"Graphviz {layout} failed: {drawing.stderr.strip()}")
        return drawing.stdout

    def summary(self, *, top: int = 10, core_size: int = 5) -> str:
        """A readable summary: size, coalitions with their core members, the most central."""
        lines = [f"{self.node_count} organisations, {self.edge_count} ties, {len(self._core.letters())} letters"]
        if self._partial:
            lines.append(f"{len(self._partial)} of the letters name only some of their signers; the network "
                         f"counts those they name")
        if untied := _untied_count(self._core.letters()):
            lines.append(f"{untied} of the letters have more signers than max_letter_signers and tie none of them")
        coalitions = self.coalitions(core_size=core_size)
        if coalitions:
            lines.append(f"\n{len(coalitions)} coalitions (Louvain, letters co-signed):")
            for number, coalition in enumerate(coalitions, 1):
                core = "; ".join(self._names[i] for i in coalition.core)
                lines.append(f"  {number}. {len(coalition.members)} members. Core: {core}")
        if self.node_count:
            # Exact betweenness grows with nodes x ties; beyond a few thousand organisations
            # sampled sources estimate it in seconds.
            samples = SUMMARY_SAMPLES if self.node_count > SUMMARY_SAMPLES else None
            betweenness = self.betweenness(normalized=True, samples=samples)
            central = sorted(betweenness.items(), key=lambda item: (-item[1], item[0]))[:top]
            degree = self.degree()
            how = f", estimated from {samples} sources" if samples else ""
            lines.append(f"\nMost central (betweenness, normalised{how}):")
            for id_, value in central:
                lines.append(f"  {value:.3f}  {self._names[id_]} ({degree[id_]} partners)")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"<hrtext.Network: {self.node_count} organisations, {self.edge_count} ties>"


def _untied_count(letters: list[tuple[str, str | None, list[int], int, bool]]) -> int:
    """How many of _core.Network.letters() tie none of their signers (max_letter_signers)."""
    return sum(1 for *_, tied in letters if not tied)


def _restored_network(nodes: list[Any], edges: list[Any], letters: list[Any], partial: list[str]) -> Network:
    """A pickled Network, back from its parts."""
    return Network(_core.Network.from_parts(nodes, edges, letters), partial)


def compare_periods(earlier: Network, later: Network, *, core_size: int = 5, min_size: int = 2,
                    weight: str = "letters", resolution: float = 1.0, seed: int = 1) -> list[CoalitionChange]:
    """For each coalition of `later`, the coalition of `earlier` it continues (best Jaccard of
    members), and who joined and who left."""
    if not isinstance(earlier, Network) or not isinstance(later, Network):
        raise TypeError("compare_periods takes two hrtext.Network objects")
    return [CoalitionChange(*change) for change in _core.compare_periods(
        earlier._core, later._core, weight=weight, resolution=resolution, seed=seed,
        core_size=core_size, min_size=min_size)]
