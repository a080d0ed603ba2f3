"""Retrain the shipped dyad classifier from the project's own corpus, reproducibly.

    python -m eventwire.events.train [--corpus training/events] [--out eventwire/data/models]

The corpus is TSV (sentence, type, mode, cameo) with the source marked ``<s>...</s>`` and
the target ``<t>...</t>``; it is written by this project and committed in ``training/events``.
Training is deterministic (fixed seed, sorted input) and takes a few minutes on one CPU.
Needs the ``train`` extra (scikit-learn); the shipped model itself needs only NumPy.
"""

from __future__ import annotations

import argparse
import os
import csv
import random
import sys
import time
from pathlib import Path

import numpy as np

from .classifier import MODEL_NAME, DyadClassifier, featurize, unmark  # noqa: F401 (unmark re-exported)



def check_corpus(folder: Path) -> list[str]:
    """Every problem in the corpus files, as ``file:line: reason`` (empty when the corpus is clean).

    Checks what the trainers rely on: four columns, a source marker, a known type, a mode that
    the type allows, and a CAMEO code, when given, whose PLOVER type is the row's type (01x for NONE).
    """
    from .. import ontology

    problems, seen = [], {}
    table = ontology.cameo_table()
    for path in sorted(folder.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            header = fh.readline().rstrip("\n").split("\t")
            if header != ["sentence", "type", "mode", "cameo"]:
                problems.append(f"{path.name}:1: header must be sentence, type, mode, cameo")
                continue
            for lineno, line in enumerate(fh, 2):
                where = f"{path.name}:{lineno}"
                cols = line.rstrip("\n").split("\t")
                if len(cols) != 4:
                    problems.append(f"{where}: {len(cols)} columns, expected 4")
                    continue
                sentence, typ, mode, code = (c.strip() for c in cols)
                text, src, _ = unmark(sentence)
                if src is None:
                    problems.append(f"{where}: no <s>..</s> source marker")
                if typ != "NONE" and typ not in ontology.PLOVER_TYPES:
                    problems.append(f"{where}: unknown type {typ!r}")
                    continue
                if mode and mode not in ontology.MODES.get(typ, ()):
                    problems.append(f"{where}: mode {mode!r} is not a mode of {typ}")
                expected = None if typ == "NONE" else typ
                if not code:
                    pass  # no code given: the type's (and mode's) default CAMEO code applies
                elif code not in table:
                    problems.append(f"{where}: unknown CAMEO code {code!r}")
                elif typ == "NONE" and not code.startswith("01") or typ != "NONE" and table[code].plover_type != expected:
                    problems.append(f"{where}: CAMEO {code} is {table[code].plover_type or 'a statement'}, not {typ}")
                key = (sentence.strip(), typ)
                if key in seen:
                    problems.append(f"{where}: duplicate of {seen[key]}")
                seen.setdefault(key, where)
    return problems


def guard_corpus(folder: Path) -> bool:
    """Print the corpus's problems to stderr; True when there are any (the trainers then stop)."""
    problems = check_corpus(folder)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in {folder}; fix them before training", file=sys.stderr)
    else:
        print(f"corpus {folder}: clean", file=sys.stderr)
    return bool(problems)


def read_corpus(folder: Path) -> list[tuple[str, tuple[int, int], tuple[int, int] | None, str]]:
    rows = []
    for path in sorted(folder.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for lineno, row in enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
                text, s, t = unmark(row["sentence"])
                if s is None:
                    print(f"{path.name}:{lineno}: no <s> marker, skipped", file=sys.stderr)
                    continue
                rows.append((text, s, t, row["type"].strip()))
    return rows


#: types whose reversed pair is no event: "X attacked Y" says nothing that Y did to X. Meetings,
#: agreements and cooperation are often mutual, so their reversal teaches nothing safe.
DIRECTED_TYPES = {"ASSAULT", "COERCE", "ACCUSE", "REQUEST", "THREATEN", "SANCTION", "AID", "REJECT", "SUPPORT",
                  "CONCEDE", "RETREAT", "MOBILIZE", "PROTEST"}


def reversed_negatives(rows: list[tuple[str, tuple[int, int], tuple[int, int] | None, str]], every: int = 2
                       ) -> list[tuple[str, tuple[int, int], tuple[int, int] | None, str]]:
    """NONE rows made from directed events with source and target swapped (every ``every``-th one).

    Pair candidates ask the classifier about both directions of every actor pair, so it must know
    that the victim of an attack did not attack. Coordinated pairs ("X and Y signed") are skipped:
    both directions hold there."""
    out = []
    for k, (text, s, t, typ) in enumerate(rows):
        if t is None or typ not in DIRECTED_TYPES or k % every:
            continue
        lo, hi = sorted([s, t])
        if text[lo[1]:hi[0]].strip() in ("and", ",", "&", "with"):
            continue
        out.append((text, t, s, "NONE"))
    return out


def train(corpus: Path, out: Path, c: float = 2.0, seed: int = 13, holdout: float = 0.0) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from ..nlp import load as load_nlp
    from .lexicon import load as load_lexicon

    t0 = time.time()
    rows = read_corpus(corpus)
    rows += reversed_negatives(rows)
    nlp = load_nlp()
    docs = list(nlp.pipe([r[0] for r in rows], batch_size=128))
    lex = load_lexicon()  # once: featurize would otherwise read the lexicon files for every row
    X_feats = [featurize(d, r[1], r[2], lex) for d, r in zip(docs, rows)]
    y = [r[3] for r in rows]
    idx = list(range(len(rows)))
    random.Random(seed).shuffle(idx)
    n_test = int(len(idx) * holdout)
    test, tr = idx[:n_test], idx[n_test:]
    vec = DictVectorizer()
    X = vec.fit_transform([{f: 1 for f in X_feats[i]} for i in tr])
    keep = np.asarray((X != 0).sum(axis=0)).ravel() >= 2  # features seen at least twice
    X = X[:, keep]
    names = [n for n, k in zip(vec.get_feature_names_out(), keep) if k]
    clf = LogisticRegression(C=c, max_iter=3000, random_state=seed)
    clf.fit(X, [y[i] for i in tr])
    labels = list(clf.classes_)
    W = clf.coef_.T.astype(np.float32)
    model = DyadClassifier(labels, {n: i for i, n in enumerate(names)}, W, clf.intercept_.astype(np.float32),
                           meta={"version": time.strftime("%Y-%m-%d"), "n_train": len(tr), "C": c, "seed": seed,
                                 "corpus": os.path.relpath(corpus, Path(__file__).resolve().parents[2])})
    report = {"n_train": len(tr), "n_features": len(names), "seconds": round(time.time() - t0, 1)}
    if test:
        correct = sum(model._to_prediction(model.scores(X_feats[i])).type == y[i] for i in test)
        report["holdout_accuracy"] = round(correct / len(test), 3)
    if out is not None:
        model.save(out)
        report["model_bytes"] = sum(p.stat().st_size for p in out.glob(f"{MODEL_NAME}.*"))
    return report


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parents[2]
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=root / "training" / "events")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "data" / "models")
    ap.add_argument("--C", type=float, default=2.0, help="inverse regularization strength")
    ap.add_argument("--holdout", type=float, default=0.0, help="fraction held out to report accuracy (no save)")
    ap.add_argument("--check", action="store_true", help="only check the corpus files and list their problems")
    args = ap.parse_args(argv)
    if guard_corpus(args.corpus) or args.check:
        return 2 if check_corpus(args.corpus) else 0
    rep = train(args.corpus, None if args.holdout else args.out, c=args.C, holdout=args.holdout)
    print(rep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
