"""One Analyzer and one Network shared by many threads: the results equal the serial ones. These
tests also run under ThreadSanitizer (`make test-tsan`, tests/tsan/run_python.sh), where the
extension module is built with -fsanitize=thread and any data race in the library stops them."""

from __future__ import annotations

import html
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import hrtext

LETTERS = Path(__file__).resolve().parents[2] / "examples" / "letters"


def _inputs() -> list[bytes]:
    """The example letters as text, as web pages and as Markdown lists: every reader in play."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(LETTERS.glob("*.txt"))]
    pages = [("<!DOCTYPE html><html><body><main>" +
              "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()) +
              "</main></body></html>").encode() for text in texts[:12]]
    markdown = [("# Letter\n\n" + "\n".join(f"- {line}" for line in text.splitlines() if line)).encode()
                for text in texts[12:20]]
    return [text.encode() for text in texts] + pages + markdown


def test_pipe_on_many_threads_gives_the_serial_records_in_order():
    analyzer = hrtext.Analyzer()
    inputs = _inputs()
    serial = [document.to_json() for document in analyzer.pipe(inputs, threads=1)]
    for threads, batch_size in ((4, 1), (3, 5)):
        assert [document.to_json() for document in analyzer.pipe(inputs, threads=threads, batch_size=batch_size)] == serial


def test_threads_of_their_own_share_one_analyzer():
    analyzer = hrtext.Analyzer()
    inputs = _inputs()
    expected = [analyzer.read(data).to_json() for data in inputs]
    results: dict[int, list[str]] = {}

    def read_all(worker: int) -> None:
        # Each thread starts at another document, so that different documents run at once.
        order = inputs[worker:] + inputs[:worker]
        results[worker] = [analyzer.read(data).to_json() for data in order]

    workers = [threading.Thread(target=read_all, args=(k,)) for k in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    for k, records in results.items():
        assert records == expected[k:] + expected[:k]


def test_one_network_answers_many_threads_at_once():
    documents = list(hrtext.Analyzer().pipe(sorted(LETTERS.glob("*.txt")), threads=2))
    network = hrtext.Network.from_documents(documents)
    assert network.edge_count > 100

    def metrics(_: int) -> tuple:
        return (network.betweenness(), network.pagerank(), network.communities().modularity,
                network.write("graphml"), network.clustering())

    serial = metrics(0)
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert all(result == serial for result in pool.map(metrics, range(8)))
