"""List the gazetteer forms that occur in the dev set and in no other text we have.

    python3 bench/accuracy/dev_only_forms.py [--allowed FILE]

docs/accuracy.md says the dev set (../shared/corpus/dev) is never tuned to. A name, acronym or
alias that the texts of ../shared/corpus/dev use and no other text does is a sign that it came
from a dev file: a misspelling, a variant only that file writes, a translation the organisation
does not use itself. This check lists every such form so that a person can judge it.

Forms: the name, acronyms and aliases of every row of libhrtext/data/{ngos,igos,un_bodies,
states,instruments}.tsv (columns found by each file's header row; a trailing "?" is dropped).
Acronyms match case-sensitively, names and aliases case-insensitively (str.casefold), both as
whole words: a form whose first or last character is a letter or digit must not touch another
one there. Chinese, Japanese, Korean and Thai characters, written without spaces, need no
boundary; an Arabic form may follow the proclitics و ف ب ل ك. Texts are read as NFC, with curly
apostrophes and quotes made straight and every run of white space made one space, so a name
wrapped over two lines is still found (and two heading lines can read as one name: the check
would rather list a form too many than miss one).

Texts: ../shared/corpus/dev/*.txt against examples/letters/*.txt, tests/gold/signatories/*/*.txt
(tuning and held-out sets; matched mechanically only, nothing of a held-out text is printed),
bench/data/**/*.txt, ../shared/samples/**/*.txt and ../shared/corpus/*/**/*.txt other than dev.
A text that is a copy of a dev document (it shares half of that document's runs of eight words,
or half of its own, with it; the tuning set holds one such copy of a UN communication) is no
evidence that a form is used elsewhere: it is left out, and named on standard error.

Output: one line per form found only in the dev set, tab-separated: the data file, the row id,
the form, and the dev documents it occurs in (" | " between them). A form that is a real,
documented name is kept by listing it in bench/accuracy/dev_only_forms_allowed.tsv (columns:
file, id, form, source: the address or document that shows the form is real); allowed forms are
not listed, and allow-list lines that no longer match a dev-only form are named on standard
error.

Exit status: 0 when no form is listed, 1 when some are, 2 when ../shared/corpus/dev is absent or
a data or allow-list file cannot be read.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

# Run as a script, this folder is on sys.path: where the gold sets and ../shared are is said once.
from gold_sets import DEV_GOLD as DEV  # noqa: E402
from gold_sets import OWN_GOLD, REPO, SHARED  # noqa: E402

DATA = REPO / "libhrtext" / "data"
GAZETTEERS = ["ngos.tsv", "igos.tsv", "un_bodies.tsv", "states.tsv", "instruments.tsv"]
ALLOWED = Path(__file__).resolve().parent / "dev_only_forms_allowed.tsv"
ALLOWED_COLUMNS = ["file", "id", "form", "source"]

# Columns that hold forms, and whether their forms match case-sensitively.
FORM_COLUMNS = {"name": False, "aliases": False, "acronyms": True}
SEPARATOR = " | "
STRAIGHTEN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})
ARABIC_PROCLITICS = "وفبلك"
SHINGLE_WORDS = 8      # a copy of a dev document shares runs of this many words with it ...
COPY_SHARE = 0.5       # ... this share of the dev document's runs, or of its own
MIN_SHINGLES = 20      # texts shorter than this are never taken for copies


class Form(NamedTuple):
    file: str
    id: str
    form: str           # as the data file writes it, without a trailing "?"
    case_sensitive: bool


def normalise(text: str) -> str:
    """NFC, straight apostrophes and quotes, every run of white space one space."""
    return " ".join(unicodedata.normalize("NFC", text).translate(STRAIGHTEN).split())


def is_word(char: str) -> bool:
    return char.isalnum() or char == "_" or unicodedata.category(char).startswith("M")


def is_unspaced(char: str) -> bool:
    """A character of a script written without spaces between words (no boundary to check)."""
    name = unicodedata.name(char, "")
    return name.startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR",
                            "FULLWIDTH", "IDEOGRAPHIC"))


def is_arabic(char: str) -> bool:
    return unicodedata.name(char, "").startswith("ARABIC")


def read_forms(path: Path) -> Iterator[Form]:
    """Every form of every row of one gazetteer, by the columns its header row names."""
    header: list[str] | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if "id" not in header or "name" not in header:
                raise ValueError(f"{path.name}:{number}: header row has no id or name column")
            continue
        if len(cells) > len(header):  # trailing empty columns may be left out
            raise ValueError(f"{path.name}:{number}: {len(cells)} columns, the header has {len(header)}")
        row = dict(zip(header, cells))
        for column, case_sensitive in FORM_COLUMNS.items():
            for value in row.get(column, "").split(SEPARATOR):
                value = value.strip().removesuffix("?").strip()
                if value:
                    yield Form(path.name, row["id"], value, case_sensitive)


def occurs(needle: str, haystack: str) -> bool:
    """Whether `needle` occurs in `haystack` as a whole word (see the module docstring)."""
    check_left = is_word(needle[0]) and not is_unspaced(needle[0])
    check_right = is_word(needle[-1]) and not is_unspaced(needle[-1])
    arabic = is_arabic(needle[0])
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        left_ok = not check_left or start == 0 or not is_word(haystack[start - 1])
        if not left_ok and arabic:
            # up to two proclitics (و, ف, ب, ل, ك) between a boundary and the form
            clitics = 0
            while clitics < 2 and start - clitics > 0 and haystack[start - clitics - 1] in ARABIC_PROCLITICS:
                clitics += 1
                before = start - clitics - 1
                if before < 0 or not is_word(haystack[before]):
                    left_ok = True
                    break
        right_ok = not check_right or end == len(haystack) or not is_word(haystack[end])
        if left_ok and right_ok:
            return True
        start = haystack.find(needle, start + 1)
    return False


class Text(NamedTuple):
    name: str
    plain: str    # normalised, for case-sensitive forms
    folded: str   # normalised and case-folded, for the others


def shingles(text: str) -> set[int]:
    """Hashes of every run of SHINGLE_WORDS words of a (case-folded) text."""
    words = re.findall(r"\w+", text)
    return {hash(tuple(words[i:i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)}


def copies_of(dev: list[Text], others: list[Text]) -> dict[str, str]:
    """The other texts that copy a dev document: their path -> the dev document's name."""
    dev_shingles = [(text.name, shingles(text.folded)) for text in dev]
    copies = {}
    for other in others:
        own = shingles(other.folded)
        if len(own) < MIN_SHINGLES:
            continue
        for name, theirs in dev_shingles:
            shared = len(own & theirs)
            if theirs and (shared >= COPY_SHARE * len(theirs) or shared >= COPY_SHARE * len(own)):
                copies[other.name] = name
                break
    return copies


def shown(path: Path) -> str:
    """A path as the repository sees it: examples/letters/x.txt, ../shared/corpus/dev/y.txt."""
    path = path.resolve()
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else f"../{path.relative_to(REPO.parent)}"


def read_texts(paths: Iterable[Path]) -> list[Text]:
    """The texts at `paths`, normalised; a file that is not UTF-8 is named and read with U+FFFD."""
    texts = []
    for path in sorted(set(paths)):
        data = path.read_bytes()
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError as error:
            print(f"dev_only_forms.py: {shown(path)}: not UTF-8 at byte {error.start}; read with U+FFFD",
                  file=sys.stderr)
            raw = data.decode("utf-8", errors="replace")
        plain = normalise(raw)
        texts.append(Text(shown(path), plain, plain.casefold()))
    return texts


def other_text_paths() -> Iterator[Path]:
    """Every text that is not in the dev set."""
    yield from (REPO / "examples" / "letters").glob("*.txt")
    yield from (OWN_GOLD / "signatories").glob("*/*.txt")
    yield from (REPO / "bench" / "data").rglob("*.txt")
    yield from (SHARED / "samples").rglob("*.txt")
    for corpus in (SHARED / "corpus").iterdir():
        if corpus.is_dir() and corpus.resolve() != DEV.resolve():
            yield from corpus.rglob("*.txt")


def read_allowed(path: Path) -> dict[tuple[str, str, str], str]:
    """(file, id, form) -> source, from the allow-list (a header row, then one form a line)."""
    allowed: dict[tuple[str, str, str], str] = {}
    if not path.exists():
        return allowed
    lines = [(n, line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if line.strip() and not line.startswith("#")]
    if not lines or lines[0][1].split("\t") != ALLOWED_COLUMNS:
        raise ValueError(f"{path.name}: the first row must be the header {' / '.join(ALLOWED_COLUMNS)}")
    for number, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(ALLOWED_COLUMNS) or not all(cell.strip() for cell in cells):
            raise ValueError(f"{path.name}:{number}: want {len(ALLOWED_COLUMNS)} non-empty tab-separated columns")
        allowed[(cells[0], cells[1], cells[2])] = cells[3]
    return allowed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--allowed", type=Path, default=ALLOWED, help="allow-list (default: %(default)s)")
    args = parser.parse_args()
    began = time.perf_counter()
    if not DEV.is_dir():
        print(f"dev_only_forms.py: {DEV} is absent; nothing to check (../shared sits beside the repository)",
              file=sys.stderr)
        return 2
    try:
        forms = [form for name in GAZETTEERS for form in read_forms(DATA / name)]
        allowed = read_allowed(args.allowed)
    except (OSError, ValueError) as error:
        print(f"dev_only_forms.py: {error}", file=sys.stderr)
        return 2

    dev = read_texts(DEV.glob("*.txt"))
    others = read_texts(other_text_paths())
    copies = copies_of(dev, others)
    for name, original in sorted(copies.items()):
        print(f"dev_only_forms.py: {name} copies dev {original}; not counted", file=sys.stderr)
    others = [text for text in others if text.name not in copies]
    # One string per set: a form is looked for once in all other texts, not in each of them.
    others_plain = "\n".join(text.plain for text in others)
    others_folded = "\n".join(text.folded for text in others)

    listed = 0
    seen_allowed = set()
    for form in forms:
        needle = normalise(form.form)
        if not form.case_sensitive:
            needle = needle.casefold()
        # `in` first: most forms are in no dev text at all, and it is much cheaper than `occurs`.
        in_dev = [text.name for text in dev
                  if needle in (haystack := text.plain if form.case_sensitive else text.folded)
                  and occurs(needle, haystack)]
        if not in_dev or occurs(needle, others_plain if form.case_sensitive else others_folded):
            continue
        key = (form.file, form.id, form.form)
        if key in allowed:
            seen_allowed.add(key)
            continue
        print(f"{form.file}\t{form.id}\t{form.form}\t{' | '.join(Path(name).name for name in in_dev)}")
        listed += 1

    for key in sorted(set(allowed) - seen_allowed):
        print(f"dev_only_forms.py: allow-list line {' / '.join(key)} matches no dev-only form; remove it?",
              file=sys.stderr)
    print(f"dev_only_forms.py: {len(forms)} forms, {len(dev)} dev texts, {len(others)} other texts: "
          f"{listed} forms found only in the dev set, {len(seen_allowed)} more allowed "
          f"({time.perf_counter() - began:.1f} s)", file=sys.stderr)
    return 1 if listed else 0


if __name__ == "__main__":
    sys.exit(main())
