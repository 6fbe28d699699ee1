"""Shared fixtures of the Python tests."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# The shared development corpus lives beside the project; tests that read it skip without it.
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared_corpus() -> Path:
    corpus = SHARED / "corpus" / "dev"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus/dev is not present")
    return corpus


@pytest.fixture
def sample_letter() -> Path:
    return REPO / "tests" / "data" / "joint-letter.txt"
