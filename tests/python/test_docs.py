"""The Python examples of the README and docs/ run as doctests, so that they cannot rot."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# The pages that show Python examples (">>> "): each is run, and must run at least one.
DOCUMENTS = [page for page in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
             if ">>> " in page.read_text(encoding="utf-8")]


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_examples_in_documentation(document, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # examples may write files
    result = doctest.testfile(str(document), module_relative=False, optionflags=doctest.ELLIPSIS,
                              verbose=False, report=True)
    assert result.attempted > 0 and result.failed == 0, f"{result.failed} example(s) of {document.name} failed"


def test_the_pages_with_examples_are_found():
    assert {"README.md", "tutorial.md", "getting-started.md"} <= {page.name for page in DOCUMENTS}


def test_the_cpp_example_of_getting_started_is_the_one_the_tests_build():
    page = (REPO / "docs" / "getting-started.md").read_text(encoding="utf-8")
    shown = page.split("```cpp\n", 1)[1].split("```", 1)[0]
    assert shown == (REPO / "examples" / "cpp" / "first_steps.cpp").read_text(encoding="utf-8")
