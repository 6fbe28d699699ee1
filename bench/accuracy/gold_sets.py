"""Where the gold sets live, and how to lay them out for ../shared/tools/score.py.

score.py wants one folder holding each NAME.json beside its NAME.txt. ../shared/corpus/dev is
already laid out that way. tests/gold is not: its texts stay where they are (examples/letters/,
bench/data/un-languages/ or ../shared/samples/, which we must not copy into the repository), so `own_gold` links gold and
text into a folder of the caller's choosing, usually a temporary one.

Shared by bench/accuracy/evaluate.py and bench/compare/compare_dates.py so that both score
exactly the same documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SCORE_PY = SHARED / "tools" / "score.py"
DEV_GOLD = SHARED / "corpus" / "dev"
OWN_GOLD = REPO / "tests" / "gold"
# Real public letters and statements with signatory gold, their texts beside it: the part
# studied while tuning the signatory layer, and the part held out of it.
SIGNATORY_SETS = [OWN_GOLD / "signatories" / "tune", OWN_GOLD / "signatories" / "heldout",
                  OWN_GOLD / "signatories" / "heldout2", OWN_GOLD / "signatories" / "heldout3",
                  OWN_GOLD / "signatories" / "heldout4", OWN_GOLD / "signatories" / "heldout5"]
# Searched in this order; the first folder holding NAME.txt wins.
TEXT_DIRS = [REPO / "examples" / "letters", REPO / "bench" / "data" / "un-languages", SHARED / "samples",
             SHARED / "corpus" / "dev"]


def own_gold(folder: Path, prog: str = "gold_sets.py") -> None:
    """Links tests/gold/NAME.json and the text NAME.txt, wherever it lives, into `folder`.

    A gold file whose text is nowhere to be found is named on standard error (prefixed with
    `prog`, the calling script) and left out rather than failing the whole run.
    """
    for gold in sorted(OWN_GOLD.glob("*.json")):
        text = next((d / f"{gold.stem}.txt" for d in TEXT_DIRS if (d / f"{gold.stem}.txt").exists()), None)
        if text is None:
            print(f"{prog}: no text for {gold.name}; skipped", file=sys.stderr)
            continue
        (folder / gold.name).symlink_to(gold)
        (folder / text.name).symlink_to(text)
