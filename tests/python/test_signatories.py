"""Signatories through the Python API and the command line: the record layer and the entities it adds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
        ("person", "Dr. Jane Doe", None, None),
    ]
    # A wrapped name: the span is its first line, the name the whole.
    wrapped = layer(doc, "signatories")[3]
    assert wrapped["text"] == "Comité pour la défense des droits de l'homme au"


def test_a_signatory_no_gazetteer_knows_is_an_entity_mention_too():
    entities = [(e["kind"], e["text"], e["id"]) for e in layer(hrtext.analyze(LETTER), "entities")]
    assert ("ngo", "Coalition for Safe Water Access", "coalition-for-safe-water-access") in entities
    assert not any(e[1] == "Dr. Jane Doe" for e in entities)


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
