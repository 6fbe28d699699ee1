"""Entities through the Python API: the layer of the record, and gazetteers from code or files."""

from __future__ import annotations

import pytest

import hrtext
from layers import layer


def entities(text: str, analyzer: hrtext.Analyzer | None = None) -> list[tuple[str, str, str]]:
    return [(m["kind"], m["text"], m["id"]) for m in layer((analyzer or hrtext.Analyzer()).analyze(text), "entities")]


def test_entities_fill_the_record_with_code_point_offsets():
    text = "中国 😀 — the UN Human Rights Council urged China’s government; Human Rights Watch (HRW) agreed."
    assert entities(text) == [
        ("state", "中国", "CHN"),
        ("un_body", "UN Human Rights Council", "HRC"),
        ("state", "China", "CHN"),
        ("ngo", "Human Rights Watch", "human-rights-watch"),
        ("ngo", "HRW", "human-rights-watch"),
    ]
    record = hrtext.analyze(text).to_dict()
    assert record["entities"][1]["name"] == "United Nations Human Rights Council"


def test_gazetteer_entries_from_code_add_and_replace():
    lantern = hrtext.GazetteerEntry(kind="ngo", id="lantern", name="Lantern Watchers", acronyms=["LW"])
    analyzer = hrtext.Analyzer(
        gazetteer=[lantern, {"kind": "state", "id": "ATL", "name": "Atlantis"}],
        remove_entities=["CHN"],
        unlisted_organisations=False,
    )
    assert entities("LW in Atlantis and China", analyzer) == [
        ("ngo", "LW", "lantern"), ("state", "Atlantis", "ATL")]
    assert repr(lantern) == "hrtext.GazetteerEntry(kind='ngo', id='lantern', name='Lantern Watchers')"
    assert lantern.acronyms == ["LW"] and lantern.parent is None


def test_gazetteer_files(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("id\tname\tacronyms\tkind\nlantern\tLantern Watchers\tLW\tngo\n", encoding="utf-8")
    analyzer = hrtext.Analyzer(gazetteer_files=[path], builtin_gazetteer=False)
    assert entities("The Lantern Watchers (LW) and Amnesty International", analyzer) == [
        ("ngo", "Lantern Watchers", "lantern"), ("ngo", "LW", "lantern")]
    [entry] = hrtext.load_gazetteer(path)
    assert (entry.kind, entry.id, entry.name) == ("ngo", "lantern", "Lantern Watchers")


def test_gazetteer_errors_are_clear(tmp_path):
    with pytest.raises(hrtext.IoError, match="cannot open the gazetteer file"):
        hrtext.Analyzer(gazetteer_files=[tmp_path / "missing.tsv"])
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tname\tkind\nx\tX\tcompany\n", encoding="utf-8")
    with pytest.raises(hrtext.ParseError, match=r"bad.tsv:2: unknown entity kind 'company'"):
        hrtext.load_gazetteer(bad)
    with pytest.raises(hrtext.ParseError, match="unknown entity kind 'person'|not persons"):
        hrtext.GazetteerEntry(kind="person", id="p", name="P")
    with pytest.raises(hrtext.ParseError, match="needs an id and a name"):
        hrtext.Analyzer(gazetteer=[{"id": "", "name": "Nameless"}])
    with pytest.raises(TypeError, match="unknown gazetteer entry fields: colour"):
        hrtext.Analyzer(gazetteer=[{"id": "x", "name": "X", "colour": "red"}])
    with pytest.raises(TypeError, match="must be a GazetteerEntry or a dict"):
        hrtext.Analyzer(gazetteer=["Lantern"])
    with pytest.raises(TypeError, match="remove_entities must be a list of strings"):
        hrtext.Analyzer(remove_entities="CHN")


def test_parse_and_builtin_gazetteers():
    entries = hrtext.parse_gazetteer("id\tname\taliases\nx\tX Network\tXN | Ex\n", kind="ngo")
    assert entries[0].aliases == ["XN", "Ex"]
    builtin = hrtext.builtin_gazetteer()
    ids = {e.id for e in builtin}
    assert {"CHN", "HRC", "EU", "human-rights-in-china"} <= ids
    china = next(e for e in builtin if e.id == "CHN")
    assert "中国" in china.aliases and china.kind == "state"


def test_command_line_takes_gazetteer_files(tmp_path, capsys):
    import json

    from hrtext.cli import main

    gazetteer = tmp_path / "mine.tsv"
    gazetteer.write_text("id\tname\nlantern\tLantern Watchers\n", encoding="utf-8")
    letter = tmp_path / "letter.txt"
    letter.write_text("Signed: Lantern Watchers", encoding="utf-8")
    assert main(["analyze", str(letter), "--gazetteer", str(gazetteer)]) == 0
    assert [e["id"] for e in json.loads(capsys.readouterr().out)["entities"]] == ["lantern"]
    assert main(["analyze", str(letter), "--gazetteer", str(tmp_path / "none.tsv")]) == 2
