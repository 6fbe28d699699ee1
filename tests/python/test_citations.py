"""Citations through the Python API and the command line: the record layer and its negatives."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import hrtext
from layers import layer


def citations(text: str) -> list[tuple]:
    return [(c["kind"], c["text"], c.get("instrument"), tuple(c.get("articles", ())), c.get("symbol"), c.get("number"))
            for c in layer(hrtext.analyze(text), "citations")]


def test_every_kind_fills_the_record_with_code_point_offsets():
    text = ("中国 😀: under article 19(2) of the ICCPR and HRC resolution 37/23 "
            "(A/HRC/RES/37/23), see CCPR/C/GC/34.")
    assert citations(text) == [
        ("treaty", "article 19(2) of the ICCPR", "ICCPR", ("19(2)",), None, None),
        ("resolution", "HRC resolution 37/23", None, (), "A/HRC/RES/37/23", "37/23"),
        ("un_document", "A/HRC/RES/37/23", None, (), "A/HRC/RES/37/23", None),
        ("un_document", "CCPR/C/GC/34", None, (), "CCPR/C/GC/34", None),
    ]


def test_generic_references_and_unknown_instruments():
    text = ("The Convention against Torture binds the State. Article 3 of the Convention forbids "
            "refoulement; the Covenant is not named here.")
    assert citations(text) == [
        ("treaty", "Convention against Torture", "CAT", (), None, None),
        ("treaty", "Article 3 of the Convention", "CAT", ("3",), None, None),
        ("treaty", "Covenant", None, (), None, None),
    ]


def test_no_false_symbols_in_text_without_any():
    text = ("On 30/01/2019 the hotline (24/7, +41 22 917/9000) took 3/4 of the calls on HIV/AIDS and/or "
            "TB; see https://www.ohchr.org/EN/HRBodies/HRC/A/HRC/40/2 and C:/Users/A/B/report.docx; "
            "speeds of 50 km/h; the ratio 1/2; communication AL CHN 16/2020; JS4 (PTPR/JS4).")
    assert [c for c in citations(text) if c[0] == "un_document"] == []


def test_command_line_records_citations(tmp_path):
    letter = tmp_path / "letter.txt"
    letter.write_text("Conformément à l'article 9, paragraphe 3, du Pacte international relatif aux droits "
                      "civils et politiques et à la résolution 1325 (2000) du Conseil de sécurité.",
                      encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "hrtext", "analyze", str(letter), "--format", "jsonl"],
                         capture_output=True, check=True, text=True).stdout
    record = json.loads(out)
    assert [(c["kind"], c.get("instrument"), c.get("articles"), c.get("symbol")) for c in record["citations"]] == [
        ("treaty", "ICCPR", ["9(3)"], None),
        ("resolution", None, None, "S/RES/1325(2000)"),
    ]


def test_the_analyzer_finds_only_the_kinds_of_citation_asked_for():
    text = "Recalling article 19 of the ICCPR, resolution 37/23 (A/HRC/RES/37/23) and A/HRC/40/2."
    kinds = [c.kind for c in hrtext.Analyzer(citations=["treaty", "resolution"]).analyze(text).citations]
    assert kinds == ["treaty", "resolution"]
    assert hrtext.Analyzer(citations=[]).analyze(text).citations == []
    assert [c.kind for c in hrtext.Analyzer().analyze(text).citations] == \
           ["treaty", "resolution", "un_document", "un_document"]
    with pytest.raises(ValueError, match="general_comments"):
        hrtext.Analyzer(citations=["general_comments"])
    with pytest.raises(TypeError):
        hrtext.Analyzer(citations="treaty")
