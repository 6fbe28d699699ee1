"""Print what `hrtext analyze` found in a set of documents (used by `make demo`).

    python examples/demo_summary.py records.jsonl
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

LAYERS = ("entities", "dates", "citations", "signatories")


def label(mention: dict) -> str:
    """How a mention is counted: its id, symbol, instrument or value, else its text."""
    for key in ("id", "symbol", "instrument", "value"):
        if mention.get(key):
            return f"{mention['kind']}:{mention[key]}"
    return f"{mention['kind']}:{mention['text']}"


def main(path: str) -> int:
    records = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line]
    if not records:
        print("no records", file=sys.stderr)
        return 1
    print(f"{'document':58} {'date':10} " + " ".join(f"{layer:>11}" for layer in LAYERS))
    totals: dict[str, Counter] = {layer: Counter() for layer in LAYERS}
    for record in records:
        name = Path(record["source"] or "-").name
        counts = " ".join(f"{len(record[layer]):11d}" for layer in LAYERS)
        print(f"{name[:58]:58} {record['document_date'] or '-':10} {counts}")
        for layer in LAYERS:
            totals[layer].update(label(m) for m in record[layer])
    print()
    print(f"{len(records)} documents; " + ", ".join(
        f"{sum(totals[layer].values())} {layer}" for layer in LAYERS))
    for layer in LAYERS:
        if totals[layer]:
            common = ", ".join(f"{key} ({n})" for key, n in totals[layer].most_common(8))
            print(f"most frequent {layer}: {common}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
