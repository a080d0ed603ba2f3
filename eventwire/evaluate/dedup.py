"""Cross-article deduplication measured: pairwise precision and recall over article pairs.

Gold: JSON lines ``{"id", "cluster", "source", "published", "text"}``, each article reporting one
main event; articles with the same ``cluster`` report the same real event. The articles are coded
into a fresh in-memory database in file order; two articles are predicted to report the same event
when any of their stored mentions share a cluster. Pairs are counted over all article pairs.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any



@dataclass
class DedupReport:
    articles: int
    clusters: int
    tp: int
    fp: int
    fn: int
    false_merges: list[tuple[str, str]] = field(default_factory=list)
    missed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"task": "dedup", "articles": self.articles, "clusters": self.clusters, "pairwise_precision":
                round(self.precision, 4), "pairwise_recall": round(self.recall, 4), "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "false_merges": self.false_merges, "missed": self.missed}

    def render(self) -> str:
        lines = [f"task: dedup   articles: {self.articles}   gold clusters: {self.clusters}",
                 f"pairwise precision {self.precision:.3f}   recall {self.recall:.3f}   "
                 f"(same-event pairs: {self.tp} found, {self.fn} missed; {self.fp} false merges)"]
        lines += [f"  false merge: {a} + {b}" for a, b in self.false_merges[:20]]
        lines += [f"  missed: {a} + {b}" for a, b in self.missed[:20]]
        return "\n".join(lines)


def read_clusters(path: Path) -> list[dict[str, Any]]:
    from .gold import read_json_lines

    return read_json_lines(path, {"id", "cluster", "text"}, "an object with id, cluster and text")


def evaluate_dedup(rows: list[dict[str, Any]]) -> DedupReport:
    from ..pipeline import code_articles
    from ..store import Store

    store = Store(":memory:")
    try:
        arts = [{"id": r["id"], "text": r["text"], "published": r.get("published"), "source": r.get("source")}
                for r in rows]
        for out in code_articles(arts, language="any"):
            if out.article is not None:
                store.save(out.article, out.events, out.status, out.reason)
        got: dict[str, set[str]] = {}
        for r in store.query("SELECT article_id, cluster_id FROM events"):
            got.setdefault(r["article_id"], set()).add(r["cluster_id"])
    finally:
        store.close()
    gold = {r["id"]: r["cluster"] for r in rows}
    tp = fp = fn = 0
    false_merges, missed = [], []
    for a, b in itertools.combinations(sorted(gold), 2):
        same = gold[a] == gold[b]
        merged = bool(got.get(a, set()) & got.get(b, set()))
        if same and merged:
            tp += 1
        elif merged:
            fp += 1
            false_merges.append((a, b))
        elif same:
            fn += 1
            missed.append((a, b))
    return DedupReport(len(rows), len(set(gold.values())), tp, fp, fn, false_merges, missed)
