"""docs/api-python.md names every public name of the package: the reference cannot fall behind."""

from __future__ import annotations

from pathlib import Path

import hrtext

REFERENCE = Path(__file__).resolve().parents[2] / "docs" / "api-python.md"


def test_the_reference_names_every_public_name():
    text = REFERENCE.read_text(encoding="utf-8")
    missing = [name for name in hrtext.__all__ if f"`{name}" not in text]
    assert not missing, f"docs/api-python.md does not describe: {', '.join(missing)}"


def test_every_public_name_has_a_docstring():
    undocumented = [name for name in hrtext.__all__
                    if name != "__version__" and not (getattr(hrtext, name).__doc__ or "").strip()]
    assert not undocumented, undocumented


def test_the_cpp_reference_names_every_public_header():
    headers = REFERENCE.parents[1] / "libhrtext" / "include" / "hrtext"
    text = (REFERENCE.parent / "api-cpp.md").read_text(encoding="utf-8")
    missing = [h.name for h in headers.glob("*.hpp") if f"hrtext/{h.name}" not in text]
    assert not missing, f"docs/api-cpp.md does not describe: {', '.join(missing)}"
