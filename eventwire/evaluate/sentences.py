"""Sentence-level scoring against multiply-coded news sentences (the ``cameo_sentences.jsonl`` format).

Each gold line is one sentence coded by several people: ``root_votes`` counts how many coders gave
each CAMEO root, and ``annotations`` holds each coder's own roots. Human coders disagree a lot on
real news, so the figures are printed beside a single coder scored the same way: that is the
ceiling a reader should compare eventwire with, not 1.0.

Rules (the same for eventwire and for the single coder):
- gold roots of a sentence: roots given by at least ``min_votes`` coders, root 01 ("make public
  statement") left out, 02 appeals kept;
- detection: a sentence is positive when its gold roots are not empty; predicted positive when at
  least one event is output (for a coder: when they gave a root other than 01);
- root sets: precision, recall and F1 micro-averaged over (sentence, root) pairs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


LEFT_OUT = {"01"}


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Tally:
    """Counts for detection (over sentences) and root sets (over (sentence, root) pairs)."""

    det: Counter = field(default_factory=Counter)
    roots: Counter = field(default_factory=Counter)
    per_root: dict[str, Counter] = field(default_factory=dict)

    def add(self, gold: set[str], pred: set[str]) -> None:
        g, p = bool(gold), bool(pred)
        self.det["tp"] += g and p
        self.det["fp"] += p and not g
        self.det["fn"] += g and not p
        for r in gold | pred:
            c = self.per_root.setdefault(r, Counter())
            key = "tp" if (r in gold and r in pred) else ("fp" if r in pred else "fn")
            c[key] += 1
            self.roots[key] += 1

    def detection(self) -> tuple[float, float, float]:
        return _prf(self.det["tp"], self.det["fp"], self.det["fn"])

    def root_sets(self) -> tuple[float, float, float]:
        return _prf(self.roots["tp"], self.roots["fp"], self.roots["fn"])


def _roots(roots: dict[str, str] | list[str] | None) -> set[str]:
    vals = roots.values() if isinstance(roots, dict) else (roots or [])
    return {str(v)[:2] for v in vals if v} - LEFT_OUT


def gold_roots(row: dict[str, Any], min_votes: int = 2) -> set[str]:
    return {r for r, n in (row.get("root_votes") or {}).items() if n >= min_votes} - LEFT_OUT


@dataclass
class SentenceReport:
    n: int
    system: Tally
    coder: Tally
    failed: list[str]
    misses: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        def block(t: Tally) -> dict[str, Any]:
            (dp, dr, df), (rp, rr, rf) = t.detection(), t.root_sets()
            return {"detection": {"precision": dp, "recall": dr, "f1": df},
                    "root_sets": {"precision": rp, "recall": rr, "f1": rf}}
        return {"task": "sentences", "n": self.n, "eventwire": block(self.system),
                "single_coder": block(self.coder), "failed": self.failed}

    def render(self) -> str:
        lines = [f"task: sentences   sentences: {self.n}   failed: {len(self.failed)}",
                 f"{'':22}{'P':>7}{'R':>7}{'F1':>7}"]
        for name, t in (("eventwire", self.system), ("single human coder", self.coder)):
            for what, (p, r, f) in (("detection", t.detection()), ("root sets", t.root_sets())):
                lines.append(f"{name[:11]:11} {what:10}{p:7.3f}{r:7.3f}{f:7.3f}")
        lines.append("")
        lines.append("per root (eventwire)    tp   fp   fn")
        for r in sorted(self.system.per_root):
            c = self.system.per_root[r]
            lines.append(f"  {r:20}{c['tp']:5}{c['fp']:5}{c['fn']:5}")
        return "\n".join(lines)


def read_sentences(path: Path) -> list[dict[str, Any]]:
    from .gold import read_json_lines

    return read_json_lines(path, {"text"}, "an object with 'text' and 'root_votes'")


def coder_reference(rows: list[dict[str, Any]], min_votes: int = 2) -> Tally:
    """Each coder's own roots against the votes of the other coders (>= ``min_votes`` of them)."""
    tally = Tally()
    for row in rows:
        anns = row.get("annotations") or []
        own = [_roots(a.get("roots")) for a in anns]
        for k, mine in enumerate(own):
            votes = Counter(r for j, other in enumerate(own) if j != k for r in other)
            tally.add({r for r, n in votes.items() if n >= min_votes}, mine)
    return tally


def evaluate_sentences(rows: list[dict[str, Any]], limit: int | None = None, min_votes: int = 2) -> SentenceReport:
    """Code each sentence with the default pipeline and score its CAMEO roots (see module docstring)."""
    from ..pipeline import code_articles

    rows = rows[:limit] if limit else rows
    arts = [{"id": str(r.get("id", k)), "text": r["text"], "published": r.get("date") or r.get("published")}
            for k, r in enumerate(rows)]
    system, failed, misses = Tally(), [], []
    for row, out in zip(rows, code_articles(arts, language="any")):
        if out.status == "failed":
            failed.append(f"{out.record}: {out.reason}")
        pred = {(e.cameo_code or "")[:2] for e in out.events} - {""}
        gold = gold_roots(row, min_votes)
        system.add(gold, pred)
        if gold != pred:
            misses.append({"id": row.get("id"), "gold": sorted(gold), "pred": sorted(pred)})
    return SentenceReport(len(rows), system, coder_reference(rows, min_votes), failed, misses)
