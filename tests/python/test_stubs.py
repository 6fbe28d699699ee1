"""The shipped stubs (_core.pyi) must describe the extension module exactly."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import hrtext
from hrtext import _core

STUB = Path(hrtext.__file__).with_name("_core.pyi")


def stub_tree() -> ast.Module:
    return ast.parse(STUB.read_text(encoding="utf-8"))


def public(names):
    return {n for n in names if not n.startswith("_") or n == "__version__"}


def test_stub_and_package_markers_are_installed():
    assert STUB.exists()
    assert STUB.with_name("py.typed").exists()


def test_stub_names_match_the_module():
    declared = set()
    for node in stub_tree().body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            declared.add(node.name)
        elif isinstance(node, ast.AnnAssign):
            declared.add(node.target.id)
    assert declared == public(dir(_core))


def test_stub_class_members_and_bases_match_the_module():
    for node in stub_tree().body:
        if not isinstance(node, ast.ClassDef):
            continue
        cls = getattr(_core, node.name)
        stub_bases = [ast.unparse(base) for base in node.bases]
        actual_bases = [base.__name__ for base in cls.__bases__ if base.__name__ != "pybind11_object"]
        assert stub_bases == actual_bases, node.name
        members = {item.name for item in node.body if isinstance(item, ast.FunctionDef)}
        members |= {item.target.id for item in node.body if isinstance(item, ast.AnnAssign)}
        if issubclass(cls, BaseException):
            continue  # exceptions add only attributes set when raised
        actual = {name for name, _ in inspect.getmembers(cls) if not name.startswith("_")}
        assert members - {"__init__"} == actual, node.name


def parameter_names(function: ast.FunctionDef) -> list[str]:
    args = function.args
    return [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]


def pybind_parameter_names(member) -> list[str]:
    """The parameter names of a pybind11 function, from the signature line of its docstring."""
    signature = member.__doc__.splitlines()[0]
    inside = signature[signature.index("(") + 1 : signature.rindex(")")]
    # Split at the commas between parameters, not those inside a type ("tuple[str, int]").
    parts, depth, start = [], 0, 0
    for at, char in enumerate(inside):
        depth += char == "["
        depth -= char == "]"
        if char == "," and depth == 0:
            parts.append(inside[start:at])
            start = at + 1
    parts.append(inside[start:])
    names = []
    for part in parts:
        name = part.split(":")[0].split("=")[0].strip()
        if name and name != "*" and not name.startswith("**"):
            names.append(name)
    return names


def test_stub_function_parameters_match_the_module():
    for node in stub_tree().body:
        if isinstance(node, ast.FunctionDef):
            assert parameter_names(node) == pybind_parameter_names(getattr(_core, node.name)), node.name


def test_stub_parameters_match_the_module():
    for node in stub_tree().body:
        if not isinstance(node, ast.ClassDef):
            continue
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and not any(
                ast.unparse(d) == "property" for d in item.decorator_list
            ):
                member = getattr(getattr(_core, node.name), item.name)
                assert parameter_names(item) == pybind_parameter_names(member), f"{node.name}.{item.name}"


def test_keyword_only_arguments_match():
    analyzer = _core.Analyzer(replace_invalid_utf8=True, max_bytes=100)
    assert analyzer.replace_invalid_utf8 is True
    assert analyzer.max_bytes == 100
    assert analyzer.analyze_json(b"x", date=None, source="s").startswith('{"source":"s"')
