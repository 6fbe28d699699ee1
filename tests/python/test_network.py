"""The co-signatory network through Python: building, metrics against networkx, exports read
back by networkx, pandas, and the command line."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import hrtext

ROOT = Path(__file__).resolve().parents[2]


def records(letters: list[tuple[str, str | None, list[str]]]) -> list[dict]:
    """Analysis records of letters given as (name, date, organisation ids)."""
    return [{"source": name, "document_date": date,
             "signatories": [{"kind": "ngo", "id": org, "name": org.replace("-", " ").title()} for org in orgs]}
            for name, date, orgs in letters]


def random_letters(seed: int, letters: int = 80, organisations: int = 45) -> list[tuple[str, str, list[str]]]:
    rng = random.Random(seed)
    out = []
    for number in range(letters):
        size = rng.randint(2, 7)
        members = rng.sample([f"org-{i:02d}" for i in range(organisations)], size)
        out.append((f"letter-{number}", f"{2015 + number % 10}-0{1 + number % 9}-15", members))
    return out


def reference_graph(network: hrtext.Network) -> nx.Graph:
    graph = network.to_networkx()
    for _, _, data in graph.edges(data=True):
        data["distance"] = 1.0 / data["letters"]
    return graph


@pytest.fixture(params=[1, 2, 3])
def random_network(request) -> hrtext.Network:
    return hrtext.Network.from_records(records(random_letters(request.param)))


def assert_close(ours: dict, theirs: dict, tolerance: float = 1e-9) -> None:
    assert ours.keys() == theirs.keys()
    for key in ours:
        assert ours[key] == pytest.approx(theirs[key], abs=tolerance), key


def test_a_small_network_by_hand():
    network = hrtext.Network.from_records(records([
        ("a", "2019-01-30", ["amnesty", "hrw", "fidh"]),
        ("b", "2020-05-01", ["amnesty", "hrw"]),
        ("c", None, ["fidh", "ishr"]),
    ]))
    assert network.node_count == 4 and network.edge_count == 4
    edges = {(e.source, e.target): e for e in network.edges} | {(e.target, e.source): e for e in network.edges}
    pair = edges[("amnesty", "hrw")]
    assert pair.letters == 2
    assert pair.newman == pytest.approx(0.5 + 1.0)  # 1/(3-1) + 1/(2-1)
    assert pair.jaccard == pytest.approx(1.0)
    assert edges[("amnesty", "fidh")].jaccard == pytest.approx(1 / 3)
    nodes = {n.id: n for n in network.nodes}
    assert (nodes["amnesty"].letters, nodes["amnesty"].first_date, nodes["amnesty"].last_date) == (2, "2019-01-30", "2020-05-01")
    assert network.degree() == {"amnesty": 2, "hrw": 2, "fidh": 3, "ishr": 1}
    assert network.closest_partners("amnesty", 1)[0].id == "hrw"
    with pytest.raises(hrtext.Error, match="nobody"):
        network.closest_partners("nobody", 1)


def test_time_windows_keep_the_letters_of_a_period():
    letters = records([("a", "2018-03-01", ["x", "y"]), ("b", "2020-03-01", ["y", "z"]), ("c", None, ["x", "z"])])
    assert hrtext.Network.from_records(letters).edge_count == 3
    window = hrtext.Network.from_records(letters, since="2019-01-01", until="2021-12-31")
    assert [(e.source, e.target) for e in window.edges] in ([("y", "z")], [("z", "y")])
    assert [l.letter for l in window.letters] == ["b"]


def test_betweenness_pagerank_and_clustering_equal_networkx(random_network):
    graph = reference_graph(random_network)
    assert_close(random_network.betweenness(), nx.betweenness_centrality(graph, normalized=False))
    assert_close(random_network.betweenness(normalized=True), nx.betweenness_centrality(graph, normalized=True))
    assert_close(random_network.betweenness(weight="letters"),
                 nx.betweenness_centrality(graph, normalized=False, weight="distance"))
    assert_close(random_network.pagerank(), nx.pagerank(graph, weight="letters", tol=1e-12, max_iter=1000))
    assert_close(random_network.clustering(), nx.clustering(graph))
    degree = dict(graph.degree())
    assert random_network.degree() == degree


def test_louvain_modularity_is_within_two_percent_of_networkx(random_network):
    graph = reference_graph(random_network)
    theirs = nx.community.louvain_communities(graph, weight="letters", seed=1)
    their_modularity = nx.community.modularity(graph, theirs, weight="letters")
    ours = random_network.communities()
    assert ours.modularity >= their_modularity * 0.98
    # Our modularity of a partition is networkx's.
    ours_as_sets = [{n for n, c in ours.membership.items() if c == k} for k in range(ours.count)]
    assert ours.modularity == pytest.approx(nx.community.modularity(graph, ours_as_sets, weight="letters"), abs=1e-9)
    their_membership = {n: k for k, block in enumerate(theirs) for n in block}
    assert random_network.modularity(their_membership) == pytest.approx(their_modularity, abs=1e-9)
    # Deterministic for a seed.
    assert random_network.communities(seed=7) == random_network.communities(seed=7)


def test_every_export_is_read_back(tmp_path: Path, random_network):
    graphml = tmp_path / "net.graphml"
    random_network.save(graphml)
    read = nx.read_graphml(graphml)
    assert read.number_of_nodes() == random_network.node_count
    assert read.number_of_edges() == random_network.edge_count
    first = random_network.nodes[0]
    assert read.nodes[first.id]["name"] == first.name
    link = json.loads(random_network.write("json"))
    assert nx.node_link_graph(link, edges="links").number_of_edges() == random_network.edge_count
    assert random_network.write("gexf").startswith("<?xml")
    assert random_network.write("dot").lstrip().startswith(("graph", "strict graph"))
    assert len(random_network.write("csv").strip().splitlines()) == random_network.edge_count + 1
    with pytest.raises(hrtext.Error):
        random_network.save(tmp_path / "net.xlsx")


def test_names_with_markup_survive_graphml(tmp_path: Path):
    name = 'Lawyers & Friends <"Sœur">'
    network = hrtext.Network.from_records([{"source": "a", "document_date": None, "signatories": [
        {"kind": "ngo", "id": "lf", "name": name}, {"kind": "ngo", "id": "b", "name": "B"}]}])
    path = tmp_path / "net.graphml"
    network.save(path)
    assert nx.read_graphml(path).nodes["lf"]["name"] == name


def test_pandas_and_networkx_views(random_network):
    nodes, edges = random_network.to_pandas()
    assert len(nodes) == random_network.node_count and nodes.index.name == "id"
    assert list(edges.columns) == ["source", "target", "letters", "newman", "jaccard"]
    graph = random_network.to_networkx()
    assert graph.number_of_edges() == random_network.edge_count


def test_coalitions_bridges_backbone_and_periods():
    # Two groups of five that sign together, and one organisation that signs with both.
    left = [f"l{i}" for i in range(5)]
    right = [f"r{i}" for i in range(5)]
    letters = [(f"a{i}", "2019-06-01", left) for i in range(3)] + [(f"b{i}", "2020-06-01", right) for i in range(3)]
    letters += [("bridge-1", "2019-07-01", ["l0", "bridge"]), ("bridge-2", "2020-07-01", ["r0", "bridge"])]
    network = hrtext.Network.from_records(records(letters))
    coalitions = network.coalitions(core_size=2)
    assert len(coalitions) == 2
    by_member = {m: c for c in coalitions for m in c.members}
    assert {m for m in by_member["l1"].members if m != "bridge"} == set(left)
    assert {m for m in by_member["r1"].members if m != "bridge"} == set(right)
    assert by_member["l1"].core[0] == "l0" and len(by_member["l1"].core) == 2  # l0 also signs with the bridge
    communities = network.communities()
    a, b = communities.membership["l1"], communities.membership["r1"]
    bridges = network.bridges(a, b, communities=communities)
    assert bridges[0].id == "bridge" and bridges[0].weight_to_a == bridges[0].weight_to_b == 1
    # The disparity filter drops the ties to the bridge, the least significant.
    backbone = network.backbone(0.5)
    assert backbone.edge_count < network.edge_count
    assert all("bridge" not in (e.source, e.target) for e in backbone.edges)
    earlier = hrtext.Network.from_records(records(letters), until="2019-12-31")
    later = hrtext.Network.from_records(records(letters), since="2020-01-01")
    [change] = hrtext.compare_periods(earlier, later)
    assert set(change.members) == set(right) | {"bridge"}
    assert change.earlier == 0 and set(change.joined) == set(right) and set(change.left) == set(left)


def test_bad_input_is_named():
    with pytest.raises(TypeError):
        hrtext.Network.from_documents(["not a document"])
    with pytest.raises(TypeError):
        hrtext.Network.from_records([42])
    with pytest.raises(ValueError, match="analysis record"):
        hrtext.Network.from_records([{"source": "a", "entities": []}])
    with pytest.raises(ValueError, match="analysis record"):
        hrtext.Network.from_records([{"signatories": [{"name": "X"}]}])
    with pytest.raises(hrtext.ParseError):
        hrtext.Network.from_records(records([("a", "2019-13-45", ["x", "y"])]))
    with pytest.raises(hrtext.ParseError):
        hrtext.Network.from_records(records([("a", None, ["x", "y"])])).strength(weight="heaviest")
    empty = hrtext.Network.from_records([])
    assert (empty.node_count, empty.betweenness(), empty.summary().splitlines()[0]) == (0, {}, "0 organisations, 0 ties, 0 letters")


def test_the_command_line_maps_a_folder_of_letters(tmp_path: Path):
    out = tmp_path / "map.graphml"
    run = subprocess.run([sys.executable, "-m", "hrtext", "network", str(ROOT / "examples" / "letters"), "-o", str(out),
                          "--since", "2019-01-01", "--min-weight", "2"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "coalitions" in run.stdout and "Most central" in run.stdout
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() > 20
    assert all(data["letters"] >= 2 for _, _, data in graph.edges(data=True))


def test_the_examples_in_the_module_run():
    import doctest

    from hrtext import _network

    result = doctest.testmod(_network)
    assert result.attempted > 0 and result.failed == 0


def test_the_command_line_names_a_bad_letter_and_maps_the_others(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Signatories:\nAmnesty International\nHuman Rights Watch\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Signatories:\nAmnesty International\nFIDH\n", encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"Signatories:\n\xff\xfe\n")
    run = subprocess.run([sys.executable, "-m", "hrtext", "network", str(tmp_path), "--threads", "2",
                          "-o", str(tmp_path / "net.json")], capture_output=True, text=True)
    assert run.returncode == 1
    assert "broken.txt" in run.stderr and "UTF-8" in run.stderr
    assert run.stdout.startswith("3 organisations, 2 ties, 2 letters")
    assert json.loads((tmp_path / "net.json").read_text(encoding="utf-8"))["nodes"]
    bad = subprocess.run([sys.executable, "-m", "hrtext", "network", str(tmp_path), "--since", "last year"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "--since" in bad.stderr


def test_a_static_picture_through_graphviz():
    import shutil

    if shutil.which("sfdp") is None:
        pytest.skip("Graphviz is not installed")
    network = hrtext.Network.from_records(records([("a", None, ["amnesty", "hrw", "fidh"]), ("b", None, ["hrw", "ishr"])]))
    svg = network.to_svg()
    assert svg.lstrip().startswith(("<?xml", "<svg")) and "</svg>" in svg
    assert svg.count('class="node"') == 4 and "Amnesty" in svg
    with pytest.raises(ValueError):
        network.to_svg(layout="sketch")


def test_the_map_as_a_page_in_a_notebook_and_on_the_command_line(tmp_path: Path):
    network = hrtext.Network.from_records(records([("a", "2019-01-01", ["amnesty", "hrw", "fidh"])]))
    frame = network._repr_html_()
    assert frame.startswith("<iframe srcdoc=") and "&lt;!DOCTYPE html&gt;" in frame and "<script" not in frame
    network.save_html(tmp_path / "map.html")
    assert (tmp_path / "map.html").read_text(encoding="utf-8") == network.to_html()
    out = tmp_path / "cli.html"
    run = subprocess.run([sys.executable, "-m", "hrtext", "network", str(ROOT / "examples" / "letters"),
                          "--html", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_sampled_betweenness_for_large_networks(random_network):
    exact = random_network.betweenness()
    assert_close(random_network.betweenness(samples=random_network.node_count), exact)
    sampled = random_network.betweenness(samples=10, seed=3)
    assert sampled == random_network.betweenness(samples=10, seed=3)
    assert sampled != exact
    with pytest.raises(hrtext.Error, match="sample"):
        random_network.betweenness(samples=0)
