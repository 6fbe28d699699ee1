"""Score hrtext against every gold set with the team's scorer (../shared/tools/score.py).

    python bench/accuracy/evaluate.py [--details] [--hrtext .venv/bin/hrtext]

Gold sets: ../shared/corpus/dev (texts beside their gold), tests/gold (gold written by the
hrtext team; the texts stay where they are: examples/letters/ or ../shared/samples/), and the
signatory dev set of real public letters, tests/gold/signatories/tune (studied while tuning),
tests/gold/signatories/heldout, heldout2 and heldout3 (scored, never studied). Each
set is laid out as score.py expects and scored on its own.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

# Run as a script, this folder is on sys.path: the gold-set layout is shared with bench/compare/.
from gold_sets import REPO, SHARED, SIGNATORY_SETS, own_gold


def score(gold_dir: Path, hrtext: str, details: bool) -> int:
    command = [sys.executable, str(SHARED / "tools" / "score.py"), "--gold", str(gold_dir),
               "--run", f"{hrtext} analyze --format jsonl"]
    if details:
        command.append("--details")
    return subprocess.run(command, check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hrtext", default=str(REPO / ".venv" / "bin" / "hrtext"))
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    if not (SHARED / "tools" / "score.py").exists():
        sys.exit("evaluate.py: ../shared/tools/score.py is not present")
    status = 0
    print("== ../shared/corpus/dev")
    status |= score(SHARED / "corpus" / "dev", args.hrtext, args.details)
    with tempfile.TemporaryDirectory() as folder:
        own_gold(Path(folder), prog="evaluate.py")
        print("\n== tests/gold")
        status |= score(Path(folder), args.hrtext, args.details)
    for signatory_set in SIGNATORY_SETS:
        print(f"\n== {signatory_set.relative_to(REPO)}")
        status |= score(signatory_set, args.hrtext, args.details)
    return status


if __name__ == "__main__":
    sys.exit(main())
