"""List the project's lines that share a run of words with a licensed evaluation set.

The dev sets eventwire is measured against (PLOVER rows, real news sentences) may be read, never copied
into the project: not as test sentences, comments, README examples or lexicon notes, and not as close
paraphrases. Run this before committing new test sentences; it prints every line of the tests, the
package code, the README and the lexicon files that shares ``--words`` consecutive words (default 6) with
a sentence of the given files, and exits with 1 when there is any:

    python tools/dev_overlap.py ../shared/eval/dev/plv_train.tsv ../shared/eval/dev/cameo_sentences.jsonl

TSV files are read for their ``sentence`` column, JSON lines for their ``text`` field.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"\w+")


def runs(text: str, n: int) -> set[str]:
    words = WORD.findall(text.lower())
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


def sentences(path: Path) -> list[str]:
    if path.suffix == ".xml":  # the LGL geoparsing corpus: the articles' text, tags stripped
        import html
        return [html.unescape(t) for t in re.findall(r"<text>(.*?)</text>", path.read_text(encoding="utf-8"), re.S)]
    if path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line).get("text", "") for line in fh if line.strip()]
    with path.open(encoding="utf-8", newline="") as fh:
        return [row.get("sentence") or "" for row in csv.DictReader(fh, delimiter="\t")]


def project_files() -> list[Path]:
    return sorted([*ROOT.glob("tests/*.py"), *ROOT.glob("eventwire/**/*.py"), ROOT / "README.md",
                   *ROOT.glob("eventwire/data/lexicon/*.tsv"), *ROOT.glob("eventwire/data/actors/*.tsv"),
                   *ROOT.glob("eventwire/data/geo/*.tsv")])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dev", type=Path, nargs="+", help="dev files: TSV with a sentence column, or JSON lines with text")
    ap.add_argument("--words", type=int, default=6, help="length of a shared run of words (default 6)")
    args = ap.parse_args()
    dev: set[str] = set()
    for path in args.dev:
        for s in sentences(path):
            dev |= runs(s, args.words)
    found = 0
    for path in project_files():
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            shared = sorted(runs(line, args.words) & dev)
            if shared:
                found += 1
                print(f"{path.relative_to(ROOT)}:{i}: {line.strip()[:140]}\n    shares: {shared[:3]}")
    print(f"{found} line(s) share {args.words} words running with a dev sentence")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
