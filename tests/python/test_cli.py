"""The hrtext command line: analyze with files, directories and standard input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from command_line import run
from hrtext.cli import main


def test_analyze_one_file_prints_one_record(sample_letter, capsys):
    assert main(["analyze", str(sample_letter)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"] == str(sample_letter)
    assert set(record) >= {"entities", "dates", "citations", "signatories", "document_date"}


def test_jsonl_gives_one_record_per_file_of_a_directory(tmp_path, capsys):
    (tmp_path / "b.txt").write_text("Second letter.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First letter.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("Third.", encoding="utf-8")
    (tmp_path / "scan.png").write_bytes(b"\x89PNG not read")
    assert main(["analyze", str(tmp_path), "--format", "jsonl", "--date", "2019-01-30"]) == 0
    captured = capsys.readouterr()
    assert "scan.png: skipped" in captured.err
    lines = captured.out.splitlines()
    sources = [json.loads(line)["source"] for line in lines]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.txt")]
    assert all(json.loads(line)["document_date"] == "2019-01-30" for line in lines)


def test_a_damaged_file_of_a_directory_is_named_and_the_others_are_read(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("First letter.", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4 cut short")
    assert main(["analyze", str(tmp_path), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert "b.pdf: the PDF cannot be read" in captured.err
    assert [json.loads(line)["source"] for line in captured.out.splitlines()] == [str(tmp_path / "a.txt")]


def test_json_format_for_a_directory_is_an_array(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("First letter.", encoding="utf-8")
    assert main(["analyze", str(tmp_path)]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)


def test_standard_input_has_null_source():
    result = run("analyze", "-", "--format", "jsonl", stdin="Genève, 30 janvier 2019".encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["source"] is None


def test_failing_file_is_named_and_the_others_still_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A letter.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"broken \xff bytes")
    missing = tmp_path / "missing.txt"
    result = run("analyze", str(bad), str(missing), str(good), "--format", "jsonl")
    assert result.returncode == 1
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(good)]
    stderr = result.stderr.decode()
    assert f"{bad}: invalid UTF-8 at byte offset 7" in stderr
    assert f"{missing}: no such file or directory" in stderr


def test_bad_date_stops_with_exit_code_2(sample_letter):
    result = run("analyze", str(sample_letter), "--date", "2019-02-30")
    assert result.returncode == 2
    assert b"--date: '2019-02-30' is not a day of the calendar" in result.stderr


def test_empty_directory_is_an_error(tmp_path):
    result = run("analyze", str(tmp_path))
    assert result.returncode == 1
    assert b"no file in this directory that hrtext reads" in result.stderr


def test_help_and_version():
    assert b"analyze" in run("--help").stdout
    assert b"--format" in run("analyze", "--help").stdout
    network_help = run("network", "--help").stdout
    for option in (b"--html", b"--since", b"--until", b"--min-weight", b"--backbone", b"--threads"):
        assert option in network_help
    import hrtext
    assert run("--version").stdout.decode().strip() == f"hrtext {hrtext.__version__}"


def test_console_script_is_installed():
    script = Path(sys.executable).with_name("hrtext")
    if not script.exists():
        pytest.skip("not installed with a console script beside the interpreter")
    result = subprocess.run([str(script), "--version"], capture_output=True, check=False)
    assert result.returncode == 0


def test_shared_corpus_records_keep_code_point_offsets(shared_corpus, capsys):
    files = sorted(shared_corpus.glob("*.txt"))
    assert main(["analyze", "--format", "jsonl", *map(str, files)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == len(files)
    for path, record in zip(files, records):
        text = path.read_text(encoding="utf-8")
        for layer in ("entities", "dates", "citations", "signatories"):
            for mention in record[layer]:
                assert text[mention["start"]:mention["end"]] == mention["text"]


def test_invalid_utf8_is_named_or_replaced_as_asked(tmp_path, capsys):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Sign\u00e9 par : Amnesty International, FIDH et Human Rights Watch.".encode("latin-1"))
    assert main(["analyze", str(bad), "--format", "jsonl"]) == 1
    assert "latin1.txt" in capsys.readouterr().err
    assert main(["analyze", str(bad), "--format", "jsonl", "--invalid-utf8", "replace"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [s["name"] for s in record["signatories"]] == ["Amnesty International", "FIDH", "Human Rights Watch"]
