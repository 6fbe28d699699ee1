"""Signatories through the Python API and the command line: the record layer and the entities it adds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import hrtext
from layers import layer

LETTER = """Dear Minister,

We, the undersigned organisations, urge you to release the detained lawyers.

Signatories:

1. Human Rights in China (HRIC)
2. Amnesty International – France
3. Coalition for Safe Water Access
4. Comité pour la défense des droits de l'homme au
   Kivu (CDDHK)

Individuals:
Dr. Jane Doe, University of Oxford (in personal capacity)
"""


def test_the_layer_lists_each_signatory_with_kind_id_and_parent():
    doc = hrtext.analyze(LETTER)
    signatories = [(s["kind"], s["name"], s["id"], s["parent"]) for s in layer(doc, "signatories")]
    assert signatories == [
        ("ngo", "Human Rights in China", "human-rights-in-china", None),
        ("ngo", "Amnesty International", "amnesty-international-france", "amnesty-international"),
        ("ngo", "Coalition for Safe Water Access", "coalition-for-safe-water-access", None),
        ("ngo", "Comité pour la défense des droits de l'homme au Kivu",
         "comite-pour-la-defense-des-droits-de-lhomme-au-kivu", None),
        ("person", "Jane Doe", None, None),
    ]
    # A wrapped name: the span is its first line, the name the whole.
    wrapped = layer(doc, "signatories")[3]
    assert wrapped["text"] == "Comité pour la défense des droits de l'homme au"


def test_a_signatory_no_gazetteer_knows_is_an_entity_mention_too():
    entities = [(e["kind"], e["text"], e["id"]) for e in layer(hrtext.analyze(LETTER), "entities")]
    assert ("ngo", "Coalition for Safe Water Access", "coalition-for-safe-water-access") in entities
    assert not any(e[1] == "Jane Doe" for e in entities)


def test_documents_without_a_list_have_an_empty_layer():
    assert layer(hrtext.analyze("Human Rights Watch called on China to release the lawyers."), "signatories") == []
    assert layer(hrtext.analyze(""), "signatories") == []


def test_the_command_line_writes_the_layer(tmp_path: Path):
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "hrtext", "analyze", str(path)], capture_output=True, text=True,
                         check=True)
    names = [s["name"] for s in json.loads(out.stdout)["signatories"]]
    assert names[:2] == ["Human Rights in China", "Amnesty International"]


def test_where_each_signatory_was_read_and_what_the_text_says_of_the_others():
    doc = hrtext.analyze("More than 40 organisations, including Amnesty International, FIDH and Human Rights "
                         "Watch, signed the appeal to the Human Rights Council.")
    assert [(s.name, s.via) for s in doc.signatories] == [
        ("Amnesty International", "prose"), ("FIDH", "prose"), ("Human Rights Watch", "prose")]
    assert doc.signatories_partial is True
    assert doc.signatories_stated == 40
    listed = hrtext.analyze(LETTER)
    assert {s.via for s in listed.signatories} == {"list"}
    assert listed.signatories_partial is False
    assert listed.signatories_stated is None


def test_the_signatory_options():
    prose = "The letter was signed by Amnesty International, FIDH and Human Rights Watch."
    assert len(hrtext.Analyzer().analyze(prose).signatories) == 3
    assert hrtext.Analyzer(signatories_in_prose=False).analyze(prose).signatories == []
    closing = "We urge the Council to act.\n\nWe thank you.\n\nAmnesty International\nCIVICUS\nIntervozes\n"
    assert [s.name for s in hrtext.Analyzer().analyze(closing).signatories] == [
        "Amnesty International", "CIVICUS", "Intervozes"]
    assert hrtext.Analyzer(unintroduced_list_share=1.0).analyze(closing).signatories == []
    with pytest.raises(hrtext.Error, match="unintroduced_list_share"):
        hrtext.Analyzer(unintroduced_list_share=1.5)
    with pytest.raises(TypeError, match="unintroduced_list_share"):
        hrtext.Analyzer(unintroduced_list_share="all")
    with pytest.raises(TypeError, match="signatories_in_prose"):
        hrtext.Analyzer(signatories_in_prose=1)


def test_a_network_counts_letters_that_name_only_some_signers_and_says_so():
    records = [
        {"source": "a.txt", "document_date": None, "signatories_partial": True, "signatories": [
            {"kind": "ngo", "id": "amnesty-international", "name": "Amnesty International"},
            {"kind": "ngo", "id": "fidh", "name": "FIDH"}]},
        {"source": "b.txt", "document_date": None, "signatories_partial": False, "signatories": [
            {"kind": "ngo", "id": "amnesty-international", "name": "Amnesty International"},
            {"kind": "ngo", "id": "human-rights-watch", "name": "Human Rights Watch"}]},
    ]
    network = hrtext.Network.from_records(records)
    assert network.edge_count == 2
    assert network.partial_letters == ["a.txt"]
    assert "1 of the letters name only some of their signers" in network.summary()
    assert network.backbone(1.0).partial_letters == ["a.txt"]
