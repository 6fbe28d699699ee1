"""Hostile inputs and misuse (issue #19): each a clear error or a sound result, never a traceback,
a silent loss or a wrong value."""

from __future__ import annotations

import json
import os
import pickle
import time
from pathlib import Path

import pytest

import hrtext
from command_line import run

LETTER = "Signatories:\nAmnesty International\nHuman Rights Watch\n"


def test_a_single_text_given_to_pipe_is_an_error_not_one_document_per_character():
    with pytest.raises(TypeError, match="iterable of documents"):
        list(hrtext.Analyzer().pipe("abc"))
    with pytest.raises(TypeError, match="iterable of documents"):
        list(hrtext.Analyzer().pipe(b"abc"))


def test_bad_analyzer_arguments_name_the_problem(tmp_path: Path):
    with pytest.raises(ValueError, match="max_bytes must be 0 or more"):
        hrtext.Analyzer(max_bytes=-1)
    with pytest.raises(TypeError, match="max_bytes must be an int"):
        hrtext.Analyzer(max_bytes=1.5)
    with pytest.raises(TypeError, match="a list of paths"):
        hrtext.Analyzer(gazetteer_files=str(tmp_path / "mine.tsv"))


def test_gazetteer_files_with_a_byte_order_mark_and_directories(tmp_path: Path):
    table = tmp_path / "mine.tsv"
    table.write_text("id\tname\nlantern-rights-network\tLantern Rights Network\n", encoding="utf-8-sig")
    assert [entry.id for entry in hrtext.load_gazetteer(table)] == ["lantern-rights-network"]
    with pytest.raises(hrtext.IoError, match="is a directory"):
        hrtext.load_gazetteer(tmp_path)


def test_writing_a_map_where_no_file_can_be_is_an_io_error(tmp_path: Path):
    network = hrtext.Network.from_documents([hrtext.analyze(LETTER)])
    with pytest.raises(hrtext.IoError, match="cannot write"):
        network.save_html(tmp_path / "missing" / "map.html")


def test_files_are_written_whole_or_not_at_all(tmp_path: Path):
    network = hrtext.Network.from_documents([hrtext.analyze(LETTER)])
    network.save_html(tmp_path / "map.html")
    network.save(tmp_path / "network.graphml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html", "network.graphml"]  # no partial file
    # Where the rename cannot happen (a directory stands there), nothing is left half-written.
    (tmp_path / "taken.html").mkdir()
    with pytest.raises(hrtext.IoError):
        network.save_html(tmp_path / "taken.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.html", "network.graphml", "taken.html"]


def test_a_resolution_that_is_not_positive_and_finite_is_an_error():
    network = hrtext.Network.from_documents([hrtext.analyze(LETTER)])
    for resolution in (0, -1, float("nan"), float("inf")):
        with pytest.raises(hrtext.Error, match="resolution"):
            network.communities(resolution=resolution)
        with pytest.raises(hrtext.Error, match="resolution"):
            network.modularity({node.id: 0 for node in network.nodes}, resolution=resolution)


def test_relative_dates_beyond_the_years_iso_writes_have_no_value():
    late = hrtext.Analyzer().analyze("We met last year and will meet next year.", date="9999-12-30")
    assert [d.value for d in late.dates] == ["9998", None]


def test_a_file_whose_name_is_not_utf8_is_read_with_the_others(tmp_path: Path):
    os.makedirs(tmp_path / "letters")
    (tmp_path / "letters" / "good.txt").write_text(LETTER, encoding="utf-8")
    with open(os.path.join(os.fsencode(tmp_path / "letters"), b"caf\xe9.txt"), "w", encoding="utf-8") as file:
        file.write(LETTER)
    result = run("analyze", str(tmp_path / "letters"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.decode("utf-8").splitlines()]
    assert [Path(source).name for source in sources] == ["caf\ufffd.txt", "good.txt"]


def test_json_output_lists_nothing_rather_than_nothing_at_all_when_every_file_fails(tmp_path: Path):
    result = run("analyze", str(tmp_path / "one.txt"), str(tmp_path / "two.txt"), "--format", "json")
    assert result.returncode == 1
    assert json.loads(result.stdout) == []
    assert b"one.txt: no such file" in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_disk_is_reported_without_a_traceback(tmp_path: Path):
    (tmp_path / "a.txt").write_text(LETTER, encoding="utf-8")
    with open("/dev/full", "wb") as full:
        result = run("analyze", str(tmp_path / "a.txt"), stdout=full)
    assert result.returncode == 1
    assert b"cannot write the output" in result.stderr and b"Traceback" not in result.stderr


@pytest.mark.parametrize("options, message", [
    (["--since", "2021", "--until", "2019"], b"--since/--until"),
    (["--since", "last year"], b"--since/--until"),
    (["--min-weight", "nan"], b"--min-weight"),
    (["--backbone", "0"], b"--backbone"),
    (["--backbone", "2"], b"--backbone"),
])
def test_bad_network_options_stop_before_any_file_is_read(tmp_path: Path, options: list[str], message: bytes):
    result = run("network", str(tmp_path / "missing.txt"), *options)
    assert result.returncode == 2
    assert message in result.stderr and b"Traceback" not in result.stderr
    assert b"missing.txt" not in result.stderr  # no file was read


class SlowAnalyzer(hrtext.Analyzer):
    """An analyzer that takes its time over each document, and counts those it started."""

    def __init__(self) -> None:
        super().__init__()
        self.started = 0

    def _analyze_item(self, item, options):
        self.started += 1
        time.sleep(0.2)
        return super()._analyze_item(item, options)


def test_a_consumer_that_stops_early_does_not_wait_for_the_queue():
    analyzer = SlowAnalyzer()
    documents = analyzer.pipe((LETTER for _ in range(1000)), threads=2, batch_size=4)
    for _ in zip(range(3), documents):
        pass
    documents.close()  # what a break, an exception or Ctrl-C in the consumer's loop does
    # Eleven were submitted (three taken, eight queued); of the eight, at most the two running
    # and two more that the threads took up meanwhile were started: the rest were dropped.
    assert analyzer.started <= 3 + 2 * 2


def test_analyzers_and_gazetteer_entries_pickle_for_other_processes():
    entry = hrtext.GazetteerEntry(kind="ngo", id="lantern-rights-network", name="Lantern Rights Network",
                                  acronyms=["LRN"], aliases=["Lantern Network"], parent=None)
    again = pickle.loads(pickle.dumps(entry))
    assert (again.kind, again.id, again.name, again.acronyms, again.aliases, again.parent) == \
           ("ngo", "lantern-rights-network", "Lantern Rights Network", ["LRN"], ["Lantern Network"], None)
    analyzer = hrtext.Analyzer(gazetteer=[entry], day_first=False, citations=["treaty"], max_bytes=10_000)
    copy = pickle.loads(pickle.dumps(analyzer))
    text = "On 03/04/2019 the LRN and Amnesty International cited article 19 of the ICCPR and A/HRC/40/2."
    assert copy.analyze(text).to_json() == analyzer.analyze(text).to_json()
    assert [e.id for e in copy.analyze(text).entities][:1] == ["lantern-rights-network"]
    assert repr(copy) == repr(analyzer)


def test_a_network_pickles_whole_its_filtered_edges_and_partial_letters_included():
    def signed(*ids: str) -> list[dict]:
        return [{"kind": "ngo", "id": i, "name": i.upper(), "text": i} for i in ids]
    records = [
        {"source": "L1", "document_date": "2019-03-30", "signatories": signed("amnesty", "hrw", "fidh")},
        {"source": "L2", "document_date": "2019", "signatories": signed("amnesty", "hrw"),
         "signatories_partial": True},
        {"source": "L3", "document_date": None, "signatories": signed("hrw", "fidh", "article-19")},
    ]
    network = hrtext.Network.from_records(records, min_weight=2)
    copy = pickle.loads(pickle.dumps(network))
    assert copy.edge_count == network.edge_count == 2  # amnesty-hrw and hrw-fidh, twice each
    assert copy.to_pandas()[1].equals(network.to_pandas()[1])
    assert copy.nodes == network.nodes
    assert copy.pagerank() == network.pagerank()
    assert copy.summary() == network.summary()  # which says one letter names only some signers
    assert copy.write("graphml") == network.write("graphml")


def test_a_mass_petition_ties_none_of_its_signers_and_says_so(tmp_path: Path):
    members = [f"group-{k}" for k in range(30)]
    records = [
        {"source": "coalition", "document_date": "2020", "signatories": [
            {"kind": "ngo", "id": i, "name": i, "text": i} for i in ("amnesty", "hrw")]},
        {"source": "petition", "document_date": "2021", "signatories": [
            {"kind": "ngo", "id": i, "name": i, "text": i} for i in ["amnesty", *members]]},
    ]
    with pytest.warns(UserWarning, match="1 letter signed by more than 20 organisations ties none"):
        network = hrtext.Network.from_records(records, max_letter_signers=20)
    assert network.edge_count == 1
    assert [letter.tied for letter in network.letters] == [True, False]
    assert "1 of the letters have more signers than max_letter_signers" in network.summary()
    assert hrtext.Network.from_records(records, max_letter_signers=None).edge_count == 1 + 31 * 30 // 2
    with pytest.raises(ValueError, match="max_letter_signers must be an int of 2 or more"):
        hrtext.Network.from_records(records, max_letter_signers=1)
    # The command line: a warning on standard error, the network built without the petition's ties.
    petition = tmp_path / "petition.txt"
    petition.write_text("Signatories:\n" + "".join(f"{name} Rights Network\n" for name in
                        ["Amber", "Birch", "Cedar", "Delta", "Ember", "Fjord"]), encoding="utf-8")
    done = run("network", str(petition), "--max-letter-signers", "3")
    assert done.returncode == 0, done.stderr
    assert b"warning: 1 letter signed by more than 3 organisations ties none of them" in done.stderr
    assert b"6 organisations, 0 ties, 1 letters" in done.stdout
    assert run("network", str(petition), "--max-letter-signers", "1").returncode == 2


def test_a_network_from_parts_that_do_not_fit_is_refused():
    network = hrtext.Network.from_records([{"source": "L1", "document_date": None, "signatories": [
        {"kind": "ngo", "id": i, "name": i, "text": i} for i in ("a", "b")]}])
    core = network._core
    with pytest.raises(hrtext.ParseError, match="joins nodes 0 and 5"):
        hrtext._core.Network.from_parts(core.nodes(), [(0, 5, 1, 1.0, 1.0)], core.letters())
    with pytest.raises(hrtext.ParseError, match="does not fit in 32 bits"):
        hrtext._core.Network.from_parts(core.nodes(), [(0, 1, 2**40, 1.0, 1.0)], core.letters())
    with pytest.raises(TypeError):
        hrtext._core.Network.from_parts("nodes", core.edges(), core.letters())


def test_the_size_limit_bounds_the_repaired_document_not_only_the_input():
    analyzer = hrtext.Analyzer(replace_invalid_utf8=True, max_bytes=1024)
    with pytest.raises(hrtext.LimitError, match="ill-formed sequences are replaced"):
        analyzer.analyze(b"\xff" * 400)  # 400 bytes, 1,200 once repaired
    assert len(analyzer.analyze(b"\xff" * 300).text) == 300


def test_a_file_past_the_limit_is_refused_without_being_read_whole(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 5000)
    with pytest.raises(hrtext.LimitError, match="big.txt: the file is longer than the limit of 1024"):
        hrtext.Analyzer(max_bytes=1024).analyze_file(big)
    if os.path.exists("/dev/zero"):  # endless: read whole, it would never end
        with pytest.raises(hrtext.LimitError):
            hrtext.Analyzer(max_bytes=1024).analyze_file("/dev/zero")
