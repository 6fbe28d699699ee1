"""The coalition map (hrtext._map) in headless Chromium: it loads offline without errors, draws
every organisation, searches, fills its panel on a click, shows the ties of a range of years with
the weights Python sent, and shows a name holding HTML or script as text. Without a browser, Node
runs the page's data and layout modules: the weights it adds up for a range of years are those
of the network of that range's letters.

The browser is Debian's `chromium`, driven by the `playwright` Python package (never a browser
it downloads); the browser tests skip, saying why, when either is missing, and the Node tests
when `node` is."""

from __future__ import annotations

import doctest
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import hrtext
import hrtext._map
from hrtext._map import coalition_map_html

ROOT = Path(__file__).resolve().parents[2]
SCRIPT_NAME = "</script><script>alert(1)</script>"
MAX_TIES = 5000  # the ties hrtext/map/drawing.js draws at most
HOSTILE_NAMES = [SCRIPT_NAME, "<!-- <script>alert(2)</script>", '<img src=x onerror="alert(3)">']


@pytest.fixture(scope="module")
def documents() -> list[hrtext.Document]:
    return list(hrtext.Analyzer().pipe(hrtext.read_corpus(ROOT / "examples" / "letters", dates="name")))


@pytest.fixture(scope="module")
def network(documents: list[hrtext.Document]) -> hrtext.Network:
    return hrtext.Network.from_documents(documents)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the map's browser tests need: pip install playwright")
    executable = shutil.which("chromium")
    if executable is None:
        pytest.skip("the map's browser tests need Debian's chromium: apt-get install chromium")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable)
        yield browser
        browser.close()


class MapPage:
    """A map opened from a file, with what went wrong on the way: console errors, uncaught
    exceptions, requests for anything but the file itself, and dialogs (alert)."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.problems: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._request)
        self.url = path.as_uri()
        self.page.goto(self.url)
        self.page.wait_for_selector("body[data-ready]", timeout=30_000)

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.problems.append(f"console {message.type}: {message.text}")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _request(self, route: Any) -> None:
        if route.request.url == self.url:
            route.continue_()
        else:
            self.problems.append(f"request for {route.request.url}")
            route.abort()

    def count(self, selector: str) -> int:
        return self.page.locator(selector).count()

    def text(self, selector: str) -> str:
        return self.page.locator(selector).text_content() or ""

    def choose_years(self, first: int, last: int) -> None:
        for input_id, year in (("#from", first), ("#to", last)):
            self.page.locator(input_id).fill(str(year))
            self.page.locator(input_id).dispatch_event("input")


@pytest.fixture
def open_map(browser: Any, tmp_path: Path) -> Iterator[Any]:
    pages: list[MapPage] = []

    def open_(html: str) -> MapPage:
        path = tmp_path / f"map-{len(pages)}.html"
        path.write_text(html, encoding="utf-8")
        pages.append(MapPage(browser, path))
        return pages[-1]

    yield open_
    for map_page in pages:
        map_page.page.close()


def embedded_text(html: str) -> str:
    match = re.search(r'<script type="application/json" id="hrtext-data">(.*?)</script>', html, re.S)
    assert match, "the page embeds its data"
    return match.group(1)


def embedded_data(html: str) -> Any:
    return json.loads(embedded_text(html))


def hostile_network() -> hrtext.Network:
    signatories = [{"kind": "ngo", "id": f"org-{n}", "name": name} for n, name in enumerate(HOSTILE_NAMES)]
    return hrtext.Network.from_records([{"source": "<b>letter</b>", "document_date": "2020-01-01",
                                         "signatories": signatories}])


# Without a browser

def test_embedded_data_cannot_end_the_script() -> None:
    html = hostile_network().to_html(title="</title><script>alert(4)</script>")
    assert SCRIPT_NAME not in html and "<!-- <script>" not in html
    assert "<script>alert(4)" not in html
    assert html.count("</script>") == 2  # the data's and the code's
    assert [node["name"] for node in embedded_data(html)["nodes"]] == HOSTILE_NAMES
    assert "<title>{{script}}</title>" in hostile_network().to_html(title="{{script}}")


def test_bad_arguments_are_reported(network: hrtext.Network) -> None:
    with pytest.raises(ValueError, match="unknown edge weight 'strength'"):
        network.to_html(weight="strength")
    with pytest.raises(TypeError, match=r"expected hrtext._map.MapData, not Network \(a network draws its map "
                                        r"with Network.to_html\)"):
        coalition_map_html(network)  # type: ignore[arg-type]


def test_data_follows_the_network(network: hrtext.Network) -> None:
    data = embedded_data(network.to_html(weight="newman"))
    assert len(data["nodes"]) == network.node_count and len(data["edges"]["source"]) == network.edge_count
    assert len(data["letters"]) == len(network.letters)
    membership = network.communities(weight="newman").membership
    assert all(node["community"] == membership[node["id"]] for node in data["nodes"])
    assert [c["size"] for c in data["coalitions"]] == [len(c.members) for c in network.coalitions(weight="newman")]


def test_module_example() -> None:
    result = doctest.testmod(hrtext._map)
    assert result.attempted > 0 and result.failed == 0


def test_data_holds_the_weights_of_each_year(network: hrtext.Network) -> None:
    years = embedded_data(network.to_html())["years"]
    assert [year["year"] for year in years] == sorted({int(l.date[:4]) for l in network.letters if l.date})
    # Columns: one list per field, as long as each other.
    assert all(len(year["ties"]) == len(year["letters"]) == len(year["newman"]) and
               len(year["signers"]) == len(year["signed"]) for year in years)


# In Node: the page's data and layout modules, which touch no DOM

# Runs after hrtext/map/data.js: what the page makes of the years argv[3]..argv[4] of the data in
# the file argv[2], its ties by the ids of their ends.
PERIOD_JS = """
const fs = require("fs");
const [dataPath, first, last] = process.argv.slice(2);
const model = hrtextMap.data.decode(fs.readFileSync(dataPath, "utf8"));
const chosen = hrtextMap.data.period(model, Number(first), Number(last));
const id = (i) => model.nodes[i].id;
console.log(JSON.stringify({
  letters: chosen.letters.size,
  signing: chosen.signed.filter((letters) => letters > 0).length,
  ties: chosen.ties.map((tie) => [id(tie.s), id(tie.t), tie.letters, tie.newman, tie.jaccard]),
}));
"""
# Runs after data.js and layout.js: the place of each organisation.
LAYOUT_JS = """
const fs = require("fs");
const model = hrtextMap.data.decode(fs.readFileSync(process.argv[2], "utf8"));
const { x, y } = hrtextMap.layout.forceLayout(model.nodes.length, model.ties, (tie) => hrtextMap.data.weightOf(model, tie));
console.log(JSON.stringify({ world: hrtextMap.layout.WORLD, x: Array.from(x), y: Array.from(y) }));
"""


def run_in_node(modules: list[str], script: str, page: str, tmp_path: Path, *args: object) -> Any:
    """Runs hrtext/map's `modules` then `script` in Node on the data embedded in `page`; what the
    script prints, as JSON."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("the map's weights are tested with Node.js: apt-get install nodejs")
    data_path, script_path = tmp_path / "data.json", tmp_path / "script.js"
    data_path.write_text(embedded_text(page), encoding="utf-8")
    sources = [(resources.files("hrtext") / "map" / name).read_text(encoding="utf-8") for name in modules]
    script_path.write_text("\n".join([*sources, script]), encoding="utf-8")
    run = subprocess.run([node, str(script_path), str(data_path), *map(str, args)], capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def tie_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


@pytest.mark.parametrize("min_weight", [1, 3])
@pytest.mark.parametrize("first, last", [(2016, 2017), (2019, 2019), (2021, 2025), (2016, 2025)])
def test_the_weights_of_a_range_of_years_are_those_of_its_network(documents: list[hrtext.Document], tmp_path: Path,
                                                                  min_weight: int, first: int, last: int) -> None:
    network = hrtext.Network.from_documents(documents, min_weight=min_weight)
    page = run_in_node(["data.js"], PERIOD_JS, network.to_html(), tmp_path, first, last)
    period = hrtext.Network.from_documents(documents, since=f"{first}-01-01", until=f"{last}-12-31")
    # A network filtered by min_weight stays filtered: the period's ties are kept to its ties.
    kept = {tie_key(edge.source, edge.target) for edge in network.edges}
    expected = {tie_key(e.source, e.target): e for e in period.edges if tie_key(e.source, e.target) in kept}
    summed = {tie_key(source, target): (letters, newman, jaccard) for source, target, letters, newman, jaccard in page["ties"]}
    assert summed.keys() == expected.keys() and len(summed) == len(page["ties"])
    assert page["letters"] == len(period.letters) and page["signing"] == period.node_count
    for key, (letters, newman, jaccard) in summed.items():
        edge = expected[key]
        assert letters == edge.letters, key
        # Newman's weight is sent rounded to 1e-6 a year, so its sum over ten years is within 1e-5.
        assert newman == pytest.approx(edge.newman, abs=1e-5), key
        assert jaccard == pytest.approx(edge.jaccard, rel=1e-9, abs=1e-6), key
    if min_weight == 1:
        assert len(summed) == period.edge_count


def test_the_layout_runs_without_a_browser(network: hrtext.Network, tmp_path: Path) -> None:
    layout = run_in_node(["data.js", "layout.js"], LAYOUT_JS, network.to_html(), tmp_path)
    x, y, world = layout["x"], layout["y"], layout["world"]
    assert len(x) == len(y) == network.node_count
    # Scaled to fit the world's square, centred on 0.
    assert max(max(x) - min(x), max(y) - min(y)) == pytest.approx(world)
    assert all(abs(v) <= world / 2 + 1e-9 for v in x + y)


# In Chromium

def test_map_loads_offline_and_draws_every_organisation(open_map: Any, network: hrtext.Network) -> None:
    page = open_map(network.to_html(title="Example letters"))
    assert page.problems == []
    assert page.count("#nodes circle.node") == network.node_count
    assert page.page.locator("#drawing").get_attribute("data-nodes") == str(network.node_count)
    assert page.count("#ties line.tie") == int(page.page.locator("#drawing").get_attribute("data-ties"))
    assert f"{network.node_count} organisations" in page.text("#summary")
    assert page.count("#coalitions li") == min(9, len(network.coalitions()))


def test_layout_is_the_same_every_time(open_map: Any, network: hrtext.Network) -> None:
    html = network.to_html()
    positions = [open_map(html).page.eval_on_selector_all(
        "#nodes circle", "circles => circles.map(c => [c.dataset.index, c.getAttribute('cx'), c.getAttribute('cy')])")
        for _ in range(2)]
    assert positions[0] == positions[1] and len(positions[0]) == network.node_count


def test_search_selects_and_centres(open_map: Any, network: hrtext.Network) -> None:
    page = open_map(network.to_html())
    page.page.fill("#search-input", "human rights watch")
    page.page.press("#search-input", "Enter")
    assert page.text("#panel-name") == "Human Rights Watch"
    selected = page.page.locator("circle.selected")
    assert selected.count() == 1 and selected.locator("title").text_content() == "Human Rights Watch"
    box, view = selected.bounding_box(), page.page.locator("#drawing").bounding_box()
    assert abs(box["x"] + box["width"] / 2 - (view["x"] + view["width"] / 2)) < 2
    page.page.fill("#search-input", "no such organisation")
    page.page.press("#search-input", "Enter")
    assert page.text("#search-message") == "No organisation by that name"
    assert page.problems == []


def test_click_fills_the_panel(open_map: Any, network: hrtext.Network) -> None:
    page = open_map(network.to_html())
    central = page.page.locator("#nodes circle.node").last  # drawn last: the most central
    name = central.locator("title").text_content()
    central.click()
    assert page.text("#panel-name") == name
    node = next(n for n in network.nodes if n.name == name)
    assert page.count("#panel-letters li") == node.letters
    closest = network.closest_partners(node.id, 1)[0]
    assert page.page.locator("#panel-partners li").first.text_content() == f"{closest.name} ({closest.letters})"
    page.page.click("#panel-close")
    assert page.page.locator("#panel").is_hidden()
    assert page.problems == []


@pytest.mark.parametrize("first, last", [(2016, 2017), (2019, 2019), (2021, 2025)])
def test_years_show_the_ties_of_their_letters(open_map: Any, network: hrtext.Network,
                                              documents: list[hrtext.Document], first: int, last: int) -> None:
    page = open_map(network.to_html())
    page.choose_years(first, last)
    period = hrtext.Network.from_documents(documents, since=f"{first}-01-01", until=f"{last}-12-31")
    assert page.text("#years") == f"{first} to {last}: {len(period.letters)} letters, {period.edge_count:,} ties"
    assert page.count("#ties line.tie") == min(MAX_TIES, period.edge_count)
    assert page.count("#nodes circle.node") == network.node_count
    assert page.count("#nodes circle.inactive") == network.node_count - period.node_count
    # The panel shows the period's weights: the letters co-signed in it with the closest partners.
    busiest = max(period.nodes, key=lambda node: (node.letters, node.id))
    page.page.fill("#search-input", busiest.id)
    page.page.press("#search-input", "Enter")
    signed = next(node.letters for node in network.nodes if node.id == busiest.id)
    of_all = f" of {signed}" if busiest.letters < signed else ""
    assert page.text("#panel-letter-count") == f"({busiest.letters}{of_all})"
    shown = [int(count.strip(" ()")) for count in page.page.locator("#panel-partners .count").all_text_contents()]
    assert shown == [partner.letters for partner in period.closest_partners(busiest.id, 10)]
    assert page.problems == []


def test_moving_the_slider_changes_the_ties_drawn(open_map: Any, network: hrtext.Network) -> None:
    page = open_map(network.to_html())
    drawn_before = page.count("#ties line.tie")
    page.page.focus("#to")
    page.page.keyboard.press("Home")  # the end of the range to the first year
    assert page.text("#years").startswith("2016 to 2016: ")
    assert 0 < page.count("#ties line.tie") < drawn_before
    assert page.count("#nodes circle.inactive") > 0
    assert page.problems == []


def test_pan_and_zoom(open_map: Any, network: hrtext.Network) -> None:
    page = open_map(network.to_html())
    viewport = page.page.locator("#viewport")
    labels_before, transform_before = page.count("#labels text:visible"), viewport.get_attribute("transform")
    page.page.mouse.move(60, 450)  # left of the drawing, which fits a square in the middle
    page.page.mouse.wheel(0, -1200)  # zoom in about the pointer: more names fit
    assert page.count("#labels text:visible") > labels_before
    page.page.mouse.down()
    page.page.mouse.move(300, 300, steps=5)
    page.page.mouse.up()
    assert viewport.get_attribute("transform") != transform_before
    page.page.click("#zoom-fit")
    assert viewport.get_attribute("transform") == transform_before
    assert page.problems == []


def test_screenshot(open_map: Any, network: hrtext.Network, tmp_path: Path) -> None:
    page = open_map(network.to_html(title="Example letters"))
    page.page.fill("#search-input", "Amnesty International")
    page.page.press("#search-input", "Enter")
    page.page.click("#zoom-fit")
    # Fitted, the whole map is in view, the chosen organisation still chosen.
    view = page.page.locator("#drawing").bounding_box()
    boxes = page.page.eval_on_selector_all("#nodes circle", "cs => cs.map(c => c.getBoundingClientRect().toJSON())")
    assert len(boxes) == network.node_count
    assert all(view["x"] - 1 <= b["x"] and b["x"] + b["width"] <= view["x"] + view["width"] + 1 and
               view["y"] - 1 <= b["y"] and b["y"] + b["height"] <= view["y"] + view["height"] + 1 for b in boxes)
    assert page.text("#panel-name") == "Amnesty International"
    path = tmp_path / "coalition-map.png"
    page.page.screenshot(path=str(path))
    assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") and path.stat().st_size > 10_000
    assert page.problems == []


def test_names_holding_script_render_as_text(open_map: Any) -> None:
    page = open_map(hostile_network().to_html(title=SCRIPT_NAME))
    assert page.dialogs == [] and page.problems == []
    assert page.page.title() == SCRIPT_NAME
    assert sorted(page.page.locator("#labels text").all_text_contents()) == sorted(HOSTILE_NAMES)
    page.page.fill("#search-input", SCRIPT_NAME)
    page.page.press("#search-input", "Enter")
    assert page.text("#panel-name") == SCRIPT_NAME
    assert page.page.locator("#panel-letters li").text_content() == "<b>letter</b> 2020-01-01"
    assert page.dialogs == [] and page.problems == []


def test_a_large_network_shows_its_most_central(open_map: Any, network: hrtext.Network,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hrtext._map, "MAX_NODES", 40)
    page = open_map(network.to_html())
    assert page.count("#nodes circle.node") == 40
    assert f"Showing the 40 most central of {network.node_count} organisations." in page.text("#summary")
    assert page.problems == []
