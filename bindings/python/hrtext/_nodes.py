"""The organisations of a co-signatory network, as ``hrtext.Network`` gives them and the
coalition map draws them (both use this type; neither imports the other for it)."""

from __future__ import annotations

from typing import NamedTuple


class Node(NamedTuple):
    id: str
    name: str
    kind: str
    letters: int
    first_date: str | None
    last_date: str | None
