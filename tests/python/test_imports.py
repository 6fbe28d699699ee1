"""The Python package imports without cycles (issue #20): each module imports alone in a fresh
interpreter, and no module's imports lead back to it, counting the imports inside functions,
which hide a cycle until the function runs."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import hrtext

PACKAGE = Path(hrtext.__file__).parent
# `python -m hrtext` runs the command line when __main__ is imported: it is a script, not a module.
SCRIPTS = {"__main__"}
MODULES = sorted(f"hrtext.{path.stem}" for path in PACKAGE.glob("*.py") if path.stem not in {"__init__", *SCRIPTS})


def module_name(path: Path) -> str:
    return "hrtext" if path.stem == "__init__" else f"hrtext.{path.stem}"


def imported_by(path: Path) -> set[str]:
    """The modules of the package that the file at `path` imports, wherever the import statement
    is. Importing a module imports its package first, which is not a cycle: "hrtext" counts only
    where a name is taken from it (from hrtext import __version__)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:  # relative: the package's modules all sit at its top
                module = "hrtext" + (f".{module}" if module else "")
            if module == "hrtext":
                found.update(f"hrtext.{alias.name}" if importlib.util.find_spec(f"hrtext.{alias.name}") else "hrtext"
                             for alias in node.names)
            else:
                found.add(module)
    return {name for name in found if name == "hrtext" or name.startswith("hrtext.")}


def import_graph() -> dict[str, set[str]]:
    return {module_name(path): imported_by(path) for path in PACKAGE.glob("*.py")}


def way_back(graph: dict[str, set[str]], start: str) -> list[str] | None:
    """The chain of imports from `start` back to itself, or None."""
    paths = [[start, module] for module in sorted(graph.get(start, ()))]
    seen = set()
    while paths:
        path = paths.pop()
        if path[-1] == start:
            return path
        if path[-1] in seen:
            continue
        seen.add(path[-1])
        paths.extend([*path, module] for module in sorted(graph.get(path[-1], ())))
    return None


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_alone(module: str) -> None:
    run = subprocess.run([sys.executable, "-W", "error", "-c", f"import {module}"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("module", ["hrtext", *MODULES])
def test_no_module_imports_itself_back(module: str) -> None:
    path = way_back(import_graph(), module)
    assert path is None, " -> ".join(path or [])


def test_the_map_takes_plain_data_and_imports_no_network() -> None:
    graph = import_graph()
    assert "hrtext._map" in graph["hrtext._network"]
    assert graph["hrtext._map"] == {"hrtext._nodes"}  # the organisations' type, and nothing of the network
