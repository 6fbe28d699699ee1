"""F1 of analysis records against a gold folder, by the rules of ../shared/tools/score.py.

The test suite scores the gold sets on every run (tests/python/test_accuracy.py), also where
../shared is absent (CI), so it needs a scorer in the repository. This one counts what score.py
counts for its main figure: per layer and kind, a mention is found when a prediction has its
exact span (start, end); signatories are matched by normalised name, each gold name once. When
../shared is present the test checks that both scorers give the same counts.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

# The layers scored, as score.py names them: (layer, the gold key, the prediction key, the kind).
SPAN_LAYERS = [
    *((f"entity:{kind}", "entities", "entities", kind) for kind in ("state", "ngo", "un_body", "igo")),
    ("dates", "dates", "dates", None),
    *((f"citation:{kind}", "citations", "citations", kind) for kind in ("treaty", "un_document", "resolution")),
    ("entity:person", "persons", "entities", "person"),
    ("citation:general_comment", "general_comments", "citations", "general_comment"),
]


class Counts(NamedTuple):
    true_positives: int
    false_positives: int
    false_negatives: int

    def __add__(self, other: Any) -> Counts:
        return Counts(*(a + b for a, b in zip(self, other)))

    @property
    def f1(self) -> float:
        found = 2 * self.true_positives + self.false_positives + self.false_negatives
        return 2 * self.true_positives / found if found else 1.0


def normalised_name(name: str) -> str:
    """A signatory's name as score.py compares it: NFKC, case-folded, "&" as "and", no leading
    "the", punctuation as spaces."""
    name = unicodedata.normalize("NFKC", name).casefold().replace("&", " and ")
    name = re.sub(r"^the\s+", "", name)
    return " ".join(re.sub(r"[^\w]+", " ", name).split())


def _spans(mentions: Iterable[Mapping[str, Any]], kind: str | None) -> set[tuple[int, int]]:
    return {(m["start"], m["end"]) for m in mentions if kind is None or m.get("kind") == kind}


def _span_counts(gold: set[tuple[int, int]], predicted: set[tuple[int, int]]) -> Counts:
    found = len(gold & predicted)
    return Counts(found, len(predicted) - found, len(gold) - found)


def _signatory_counts(gold: Iterable[Mapping[str, Any]], predicted: Iterable[Mapping[str, Any]]) -> Counts:
    def names(signatories: Iterable[Mapping[str, Any]]) -> Counter[str]:
        return Counter(normalised_name(s.get("name") or s.get("text") or "") for s in signatories)

    gold_names, predicted_names = names(gold), names(predicted)
    found = sum((gold_names & predicted_names).values())
    return Counts(found, sum(predicted_names.values()) - found, sum(gold_names.values()) - found)


def score_records(gold_dir: Path, records: Iterable[Mapping[str, Any]]) -> dict[str, Counts]:
    """Counts per layer over the gold folder's documents (NAME.json beside NAME.txt), each
    matched to the record whose source ends with NAME.txt; a layer absent from a gold file is
    not scored for that document, a document without a record counts as predicting nothing."""
    by_name = {Path(r.get("source") or "").name: r for r in records}
    totals: dict[str, Counts] = {}
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        predicted = by_name.get(gold_file.stem + ".txt", {})
        for layer, gold_key, predicted_key, kind in SPAN_LAYERS:
            if gold_key in gold:
                counts = _span_counts(_spans(gold[gold_key], kind), _spans(predicted.get(predicted_key) or [], kind))
                totals[layer] = totals.get(layer, Counts(0, 0, 0)) + counts
        if "signatories" in gold:
            counts = _signatory_counts(gold["signatories"], predicted.get("signatories") or [])
            totals["signatories"] = totals.get("signatories", Counts(0, 0, 0)) + counts
    return totals
