"""Refit the confidence calibration and report its error on held-out sentences.

    python -m eventwire.events.calibrate [--corpus training/calibration] [--out eventwire/data/models]

The corpus is the training format (``sentence, type, mode, cameo``, source marked ``<s>..</s>``,
target ``<t>..</t>``), one event per sentence or NONE, written for this purpose and never used to
train the typer; agentless events ("were arrested") mark no source. Each sentence is coded with raw
scores; an output event is right when its type is the gold type, its source overlaps the marked
source (none or an inferred one when none is marked) and its target the marked target (or it has
none when none is marked); CONSULT, AGREE and COOPERATE may read either way; every event of a NONE
sentence is wrong. The sentences are split in two by a hash of their text: the map is fitted on
one half and the expected calibration error (ECE) is reported on the other, before and after. The
shipped map is then refitted on all of it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
from pathlib import Path
from typing import Any

from .. import ontology
from .calibration import CALIBRATION_FILE, expected_calibration_error, features, fit, reliability_table

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


def read_corpus(folder: Path) -> list[dict[str, Any]]:
    from .classifier import unmark

    rows = []
    for path in sorted(folder.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for k, r in enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)):
                text, s, t = unmark(r["sentence"])
                if r["type"] != "NONE" and r["type"] not in ontology.PLOVER_TYPES:
                    raise ValueError(f"{path.name}:{k + 2}: unknown type {r['type']!r}")
                rows.append({"where": f"{path.name}:{k + 2}", "text": text, "type": r["type"], "s": s, "t": t})
    return rows


def held_out(text: str) -> bool:
    """The evaluation half: a stable hash of the sentence, so the split never depends on file order."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16) % 2 == 1


def _over(actor: Any, span: tuple[int, int] | None) -> bool:
    if span is None:
        # no marked actor: right when the event has none, or an inferred one ("were arrested": the police)
        return actor is None or actor.inferred
    if actor is None or actor.start is None:
        return False
    return actor.start < span[1] and span[0] < actor.end


def is_right(ev: Any, row: dict[str, Any]) -> bool:
    if row["type"] == "NONE" or ev.event_type != row["type"]:
        return False
    if _over(ev.source, row["s"]) and _over(ev.target, row["t"]):
        return True
    return ev.event_type in SYMMETRIC and _over(ev.source, row["t"]) and _over(ev.target, row["s"])


def score_events(rows: list[dict[str, Any]]) -> list[tuple[list[float], float, bool, bool]]:
    """(features, raw score, right, held out) for every event the coder outputs on the corpus."""
    from ..pipeline import code_articles, get_coder

    coder = get_coder()
    saved, coder.calibration = coder.calibration, None
    try:
        out = []
        arts = [{"id": r["where"], "text": r["text"], "published": "2024-06-15"} for r in rows]
        for row, oc in zip(rows, code_articles(arts, language="any")):
            for ev in oc.events:
                out.append((features(ev), ev.confidence, is_right(ev, row), held_out(row["text"])))
        return out
    finally:
        coder.calibration = saved


L2_GRID = (0.1, 1.0, 3.0, 10.0, 30.0)


def choose_l2(X: list[list[float]], y: list[bool], folds: int = 5) -> float:
    """The penalty with the lowest cross-validated log loss on the fitting half (never on the held-out one)."""
    def loss(l2: float) -> float:
        total = 0.0
        for k in range(folds):
            tr = [i for i in range(len(X)) if i % folds != k]
            te = [i for i in range(len(X)) if i % folds == k]
            m = fit([X[i] for i in tr], [y[i] for i in tr], l2=l2)
            for i in te:
                p = min(max(m.probability(X[i]), 1e-6), 1 - 1e-6)
                total -= math.log(p if y[i] else 1 - p)
        return total

    return min(L2_GRID, key=loss)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="training/calibration")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "data" / "models"))
    ap.add_argument("--no-save", action="store_true", help="report only")
    args = ap.parse_args(argv)
    rows = read_corpus(Path(args.corpus))
    scored = score_events(rows)
    fit_rows = [(f, y) for f, _, y, h in scored if not h]
    test = [(f, s, y) for f, s, y, h in scored if h]
    l2 = choose_l2([f for f, _ in fit_rows], [y for _, y in fit_rows])
    cal = fit([f for f, _ in fit_rows], [y for _, y in fit_rows], l2=l2)
    labels = [y for _, _, y in test]
    raw_ece = expected_calibration_error([s for _, s, _ in test], labels)
    cal_probs = [cal.probability(f) for f, _, _ in test]
    ece = expected_calibration_error(cal_probs, labels)
    print(f"corpus: {len(rows)} sentences, {len(scored)} events ({sum(y for _, _, y, _ in scored)} right)")
    print(f"fitted on {len(fit_rows)} events (L2 penalty {l2}, chosen by 5-fold cross-validation on them); "
          f"held out {len(test)} events")
    print(f"held-out ECE: raw score {raw_ece:.3f} -> calibrated {ece:.3f}   [target <= 0.05]")
    print("  bin   mean conf   share right   events")
    for lo, conf, right, n in reliability_table(cal_probs, labels):
        print(f"  {lo:.1f}   {conf:9.3f}   {right:11.3f}   {n:6d}")
    if not args.no_save:
        full = fit([f for f, _, _, _ in scored], [y for _, _, y, _ in scored], l2=l2)
        path = Path(args.out) / CALIBRATION_FILE
        d = full.to_dict()
        d["fitted_on"] = {"sentences": len(rows), "events": len(scored), "held_out_ece": round(ece, 4)}
        path.write_text(json.dumps(d, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
