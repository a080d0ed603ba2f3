"""Measure eventwire against gold data: accuracy, per-type P/R/F1, macro-F1, quad accuracy, confusion.

Gold formats:
- TSV with columns ``sentence, source, target, gold_root`` (as in PLOVER dyad sets). Older
  PLOVER names are mapped (``ontology.LEGACY_TYPES``): DEMAND -> REQUEST, DISAPPROVE and
  INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT, and YIELD counts as correct when the prediction is
  CONCEDE or RETREAT (its quad class is then that of the prediction).
- PLOVER-style JSONL: ``text, date, source [{actorText, code}], target [...], event``.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import ontology

NONE = "NONE"


def gold_types(label: str) -> tuple[str, ...]:
    label = (label or "").strip().upper()
    if label in ontology.LEGACY_TYPES:
        return ontology.LEGACY_TYPES[label]
    return (label,) if label else (NONE,)


@dataclass
class Report:
    task: str
    n: int = 0
    correct: int = 0
    quad_correct: int = 0
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (gold, predicted) after legacy mapping
    failed: list[str] = field(default_factory=list)
    #: (confidence, right) of the output events that link a gold row's actors (``--task events``)
    scored: list[tuple[float, bool]] = field(default_factory=list)
    #: (confidence, right) of every output event; right: it links a gold row's actors with its type
    scored_all: list[tuple[float, bool]] = field(default_factory=list)

    def add(self, gold_label: str, predicted: str) -> None:
        golds = gold_types(gold_label)
        gold = predicted if predicted in golds else golds[0]
        self.n += 1
        self.correct += gold == predicted
        gq = ontology.QUAD_OF_TYPE.get(gold)
        pq = ontology.QUAD_OF_TYPE.get(predicted)
        self.quad_correct += gq is not None and gq == pq
        self.pairs.append((gold, predicted))

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0

    @property
    def quad_accuracy(self) -> float:
        return self.quad_correct / self.n if self.n else 0.0

    def per_type(self) -> dict[str, dict[str, float]]:
        tp, fp, fn = Counter(), Counter(), Counter()
        for g, p in self.pairs:
            if g == p:
                tp[g] += 1
            else:
                fp[p] += 1
                fn[g] += 1
        out = {}
        for t in sorted(set(tp) | set(fn) | set(fp)):
            prec = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
            rec = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            out[t] = {"precision": prec, "recall": rec, "f1": f1, "support": tp[t] + fn[t]}
        return out

    @property
    def macro_f1(self) -> float:
        rows = [v for v in self.per_type().values() if v["support"] > 0]
        return sum(r["f1"] for r in rows) / len(rows) if rows else 0.0

    def confusion(self) -> tuple[list[str], list[list[int]]]:
        labels = sorted({g for g, _ in self.pairs} | {p for _, p in self.pairs},
                        key=lambda t: (ontology.PLOVER_TYPES + (NONE,)).index(t) if t in ontology.PLOVER_TYPES + (NONE,) else 99)
        idx = {t: i for i, t in enumerate(labels)}
        m = [[0] * len(labels) for _ in labels]
        for g, p in self.pairs:
            m[idx[g]][idx[p]] += 1
        return labels, m

    def to_dict(self) -> dict[str, Any]:
        labels, m = self.confusion()
        return {"task": self.task, "n": self.n, "accuracy": self.accuracy, "quad_accuracy": self.quad_accuracy,
                "macro_f1": self.macro_f1, "per_type": self.per_type(), "confusion": {"labels": labels, "matrix": m},
                "failed": self.failed, **self._calibration()}

    def _calibration(self) -> dict[str, Any]:
        if not self.scored:
            return {}
        from ..events.calibration import expected_calibration_error

        out = {}
        for key, pairs in (("calibration", self.scored), ("calibration_all_events", self.scored_all)):
            probs, right = [c for c, _ in pairs], [y for _, y in pairs]
            if probs:
                out[key] = {"events": len(probs), "right": sum(right), "mean_confidence": sum(probs) / len(probs),
                            "ece": expected_calibration_error(probs, right)}
        return out

    def render(self) -> str:
        lines = [f"task: {self.task}   rows: {self.n}   failed: {len(self.failed)}",
                 f"type accuracy: {self.accuracy:.3f}   quad accuracy: {self.quad_accuracy:.3f}   macro-F1: {self.macro_f1:.3f}",
                 "", f"{'type':<10} {'prec':>6} {'rec':>6} {'f1':>6} {'n':>5}"]
        for t, r in self.per_type().items():
            lines.append(f"{t:<10} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['support']:5d}")
        labels, m = self.confusion()
        short = [lab[:4] for lab in labels]
        lines += ["", "confusion (rows gold, columns predicted):", "           " + " ".join(f"{s:>4}" for s in short)]
        for lab, row in zip(labels, m):
            lines.append(f"{lab:<10} " + " ".join(f"{v:>4}" for v in row))
        cals = self._calibration()
        for key, what in (("calibration", "output events that link a gold row's actors (right: the gold type)"),
                          ("calibration_all_events", "output events (right: it links a gold row's actors with "
                                                     "the gold type; other true events of the sentence are not "
                                                     "annotated and count as wrong)")):
            cal = cals.get(key)
            if cal:
                lines += ["" if key == "calibration" else "",
                          f"calibration over the {cal['events']} {what}: {cal['right'] / cal['events']:.3f} right, "
                          f"mean confidence {cal['mean_confidence']:.3f}, expected calibration error {cal['ece']:.3f}"]
        return "\n".join(lines)

    def plot(self, path: str) -> None:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        labels, m = self.confusion()
        fig, ax = plt.subplots(figsize=(9, 8))
        ax.imshow(m, cmap="Blues")
        ax.set_xticks(range(len(labels)), labels, rotation=70)
        ax.set_yticks(range(len(labels)), labels)
        ax.set_xlabel("predicted")
        ax.set_ylabel("gold")
        for i, row in enumerate(m):
            for j, v in enumerate(row):
                if v:
                    ax.text(j, i, str(v), ha="center", va="center", fontsize=7,
                            color="white" if v > max(map(max, m)) / 2 else "black")
        ax.set_title(f"{self.task}: accuracy {self.accuracy:.3f}, macro-F1 {self.macro_f1:.3f}")
        fig.tight_layout()
        fig.savefig(path, dpi=120)
        plt.close(fig)


def read_dyad_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if rows and not {"sentence", "source", "target"} <= set(rows[0]):
        raise ValueError(f"{path}: need columns sentence, source, target and gold_root (or event)")
    return rows


def read_plover_jsonl(path: Path) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
    return out


def _first_actor(x: Any) -> str | None:
    if isinstance(x, list):
        x = x[0] if x else None
    if isinstance(x, dict):
        return x.get("actorText") or x.get("text")
    return x


def _dyad_item(r: dict[str, Any]):
    """(sentence, source span, target span) for one gold row, or a reason why not.

    A ``marked_sentence`` column (``<s>..</s>``, ``<t>..</t>``) gives the exact mentions; otherwise
    the source and target phrases are looked up in the sentence. A row whose marked sentence has no
    target marker (the target is implicit, e.g. "a recipient") is classified without a target.
    """
    from ..events.classifier import dyad_spans, unmark

    marked = r.get("marked_sentence")
    if isinstance(marked, str) and "<s>" in marked:
        text, s, t = unmark(marked)
        if s is not None:
            return text, s, t
    sent = r.get("sentence") or r.get("text")
    src, tgt = _first_actor(r.get("source")), _first_actor(r.get("target"))
    if not sent or not src:
        return "missing sentence or source"
    found = dyad_spans(sent, src, tgt)
    if isinstance(found, str):
        if found.startswith("source") and isinstance(marked, str) and "<t>" in marked:
            text, _, t = unmark(marked)  # implicit source, marked target
            return text, None, t
        return found
    return (sent, *found)


def evaluate_dyad(rows: list[dict[str, Any]], limit: int | None = None, allow_none: bool = False) -> Report:
    """Type the event between each gold (source, target) pair and compare with the gold type.

    Gold dyad data always holds an event between the pair, so by default the classifier may not
    answer NONE (``allow_none=False``): it picks the most probable of the 16 PLOVER types.
    """
    from ..events.classifier import classify_spans

    rep = Report("dyad")
    rows = rows[:limit] if limit else rows
    items, golds = [], []
    for k, r in enumerate(rows):
        sent = r.get("sentence") or r.get("text") or r.get("marked_sentence")
        src = _first_actor(r.get("source"))
        gold = r.get("gold_root") or r.get("event") or r.get("event_type")
        if not sent or not src or not gold:
            rep.failed.append(f"row {k + 1}: missing sentence, source or gold label")
            continue
        item = _dyad_item(r)
        if isinstance(item, str):
            rep.failed.append(f"row {k + 1}: {item}")
            continue
        items.append(item)
        golds.append(gold)
    for pred, gold in zip(classify_spans(items, allow_none=allow_none), golds):
        rep.add(gold, pred.type)
    return rep


#: pronouns an event's actor may be named by in its sentence
PRONOUNS = {"it", "they", "he", "she", "him", "her", "them", "its", "their", "his", "we", "us", "our"}


def _bare(phrase: str) -> str:
    """A phrase without its leading article: a gold span and an actor's span name the same one whether or not
    each marks "a" or "the" ("police convoy in western Afghanistan", "a police convoy")."""
    return re.sub(r"^(the|a|an)\s+", "", phrase.strip().lower())


def evaluate_events(rows: list[dict[str, Any]], limit: int | None = None) -> Report:
    """Whole-pipeline check: does coding the text yield the gold type between the gold actors?

    A gold row is found when ANY output event links its actors with its type (a sentence may hold
    several events); its accuracy is the pipeline's recall of gold dyads with their type. An actor
    links a gold phrase when one's text holds the other's, leading articles aside; a pronoun ("it", "they")
    when the phrase codes as the
    pronoun was resolved; an inferred source (no span) when the gold phrase names its country. A gold target in no span of the sentence ("a recipient") is implicit: the
    source and the type decide, as in ``--task dyad``."""
    from ..pipeline import code_articles

    rep = Report("events")
    items = []
    for k, r in enumerate(rows[:limit] if limit else rows):
        text = r.get("text") or r.get("sentence")
        gold = r.get("event") or r.get("gold_root")
        if not text or not gold:
            rep.failed.append(f"row {k + 1}: missing text or event")
            continue
        items.append((r, text, gold))

    from ..actors.resolver import resolve_actor

    def overlaps(actor, phrase):
        if actor is None or not phrase:
            return False
        if actor.inferred:
            # an inferred source has no span ("was arrested in Rwanda": Rwanda's police): it matches a gold
            # phrase that names its country
            return bool(actor.country) and resolve_actor(phrase).country == actor.country
        if not actor.text:
            return False
        if actor.text.lower() in PRONOUNS:
            # "the rebels said they will release ...": the gold marks the name, the event the pronoun that
            # stands for it; they link when the name codes as the pronoun was resolved
            return bool(actor.code) and resolve_actor(phrase).code == actor.code
        a, g = _bare(actor.text), _bare(phrase)
        return g in a or a in g

    arts = [{"id": f"row-{k}", "text": text, "published": r.get("date") or None} for k, (r, text, _) in enumerate(items)]
    for (r, text, gold), out in zip(items, code_articles(arts, language="any")):
        src, tgt = _first_actor(r.get("source")), _first_actor(r.get("target"))
        marked = r.get("marked_sentence")
        if tgt and (isinstance(marked, str) and "<s>" in marked and "<t>" not in marked
                    or tgt.lower() not in text.lower()):
            tgt = None  # an implicit target ("a recipient", in no span of the sentence): as --task dyad does
        linked = [e for e in out.events if overlaps(e.source, src) and (not tgt or overlaps(e.target, tgt))]
        match = [e.event_type for e in linked]
        golds = gold_types(gold)
        rep.scored += [(e.confidence, e.event_type in golds) for e in linked]
        rep.scored_all += [(e.confidence, e in linked and e.event_type in golds) for e in out.events]
        rep.add(gold, next((m for m in match if m in golds), match[0] if match else NONE))
    return rep


def evaluate_file(path: str | Path, task: str = "dyad", plot: str | None = None, limit: int | None = None,
                  calibration: str | None = None):
    """Evaluate one gold file; ``task`` is ``dyad``, ``events``, ``sentences`` or ``dedup`` (see the module
    docstring and :mod:`eventwire.evaluate.dedup`)."""
    path = Path(path)
    if task == "modality" and path.exists():
        from .modality import evaluate_modality

        return evaluate_modality(path, limit)
    if task == "timex" and path.is_dir():
        from .timex import evaluate_timex

        return evaluate_timex(path, limit)
    if not path.is_file():
        from ..errors import InputError

        raise InputError(str(path), "no such gold file")
    if task == "sentences":
        from .sentences import evaluate_sentences, read_sentences

        return evaluate_sentences(read_sentences(path), limit)
    if task == "geo":
        from .geo import evaluate_geo

        return evaluate_geo(path, limit)
    if task == "dedup":
        from .dedup import evaluate_dedup, read_clusters

        rows = read_clusters(path)
        return evaluate_dedup(rows[:limit] if limit else rows)
    rows: list[dict[str, Any]] = read_plover_jsonl(path) if path.suffix in (".jsonl", ".json") else read_dyad_tsv(path)
    rep = evaluate_dyad(rows, limit) if task == "dyad" else evaluate_events(rows, limit)
    if plot:
        rep.plot(plot)
    if calibration:
        from ..events.calibration import reliability_plot

        if not rep.scored_all:
            from ..errors import ConfigError

            raise ConfigError("--calibration needs --task events (the confidences of output events)")
        # every output event, right when it is a gold row's event: what the confidence claims to estimate
        reliability_plot([c for c, _ in rep.scored_all], [y for _, y in rep.scored_all], calibration,
                         f"{path.name}: output events, right = a gold row's")
    return rep
