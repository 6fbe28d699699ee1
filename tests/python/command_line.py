"""Running the hrtext command line in the tests, as a user's shell would."""

from __future__ import annotations

import subprocess
import sys
from typing import Any


def run(*args: str, stdin: bytes | None = None, stdout: Any = subprocess.PIPE) -> subprocess.CompletedProcess:
    """`python -m hrtext ARGS`, its standard error captured (and its output, unless `stdout`
    says where it goes)."""
    return subprocess.run([sys.executable, "-m", "hrtext", *args], input=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, check=False)
