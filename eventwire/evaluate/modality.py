"""Did it happen, and who says so: false events and modality, on the project's own test sentences.

Two kinds of TSV file, told apart by their header (a folder holds any number of each):

- non-event sentences (``family, sentence``): news sentences with no political event (sports,
  markets, metaphors, obituaries, commemorations, film plots ...). A sentence is a false event when
  the default output (``keep_nonfactual`` off) holds any event for it. The figure is the share of
  such sentences.
- modality sentences (``family, sentence, trigger, negated, hedged, future, hypothetical,
  historical, attribution, via``): one event per sentence, carried by the word ``trigger``. The
  sentence is coded with ``keep_nonfactual`` on; its event is the one whose trigger is that word,
  or the word's head or dependent ("signed" and the "treaty" it governs), else the sentence's
  only event. It is right when the event is found, its five modality
  flags equal the expected ones, and its attribution (and the cited source ``via``) names the
  expected words (either text contains the other, case aside), or both are empty. A question
  ("whether they discussed") is expected as hypothetical.

All sentences are read as published on :data:`PUBLISHED`, the date the test sentences assume.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FLAGS = ("negated", "hedged", "future", "hypothetical", "historical")
PUBLISHED = "2024-06-15"
NON_EVENT_HEADER = ["family", "sentence"]
MODALITY_HEADER = ["family", "sentence", "trigger", *FLAGS, "attribution", "via"]


@dataclass
class ModalityReport:
    """False-event rate and modality accuracy, overall and by family, with every miss."""

    false_events: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    modality: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    misses: list[dict[str, Any]] = field(default_factory=list)

    @staticmethod
    def _total(table: dict[str, Counter]) -> Counter:
        out: Counter = Counter()
        for c in table.values():
            out.update(c)
        return out

    @property
    def false_event_rate(self) -> float:
        t = self._total(self.false_events)
        return t["false"] / t["n"] if t["n"] else 0.0

    @property
    def modality_accuracy(self) -> float:
        t = self._total(self.modality)
        return t["right"] / t["n"] if t["n"] else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "task": "modality",
            "non_event_sentences": self._total(self.false_events)["n"], "false_event_rate": self.false_event_rate,
            "false_events_by_family": {f: dict(c) for f, c in sorted(self.false_events.items())},
            "modality_sentences": self._total(self.modality)["n"], "modality_accuracy": self.modality_accuracy,
            "modality_by_family": {f: dict(c) for f, c in sorted(self.modality.items())},
            "misses": self.misses,
        }

    def render(self) -> str:
        lines = []
        t = self._total(self.false_events)
        if t["n"]:
            lines.append(f"false events: {t['false']} of {t['n']} non-event sentences = {self.false_event_rate:.3f}"
                         "   [target <= 0.03]")
            for fam, c in sorted(self.false_events.items()):
                lines.append(f"  {fam:<22} {c['false']:>3} / {c['n']:<4} {c['false'] / c['n']:.3f}")
        t = self._total(self.modality)
        if t["n"]:
            lines.append(f"modality and attribution right: {t['right']} of {t['n']} sentences = "
                         f"{self.modality_accuracy:.3f}   [target >= 0.92]")
            lines.append(f"  {'family':<22} right / n    no event  flags  attribution")
            for fam, c in sorted(self.modality.items()):
                lines.append(f"  {fam:<22} {c['right']:>3} / {c['n']:<4}  {c['no_event']:>6}  {c['flags']:>5}  "
                             f"{c['attribution']:>6}")
        lines.append("(each miss is in the --json report)")
        return "\n".join(lines)


def read_sets(path: str | Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(non-event rows, modality rows) of a TSV file or of every ``*.tsv`` in a folder."""
    path = Path(path)
    files = sorted(path.glob("*.tsv")) if path.is_dir() else [path]
    non_events: list[dict[str, str]] = []
    modality: list[dict[str, str]] = []
    for f in files:
        with f.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = reader.fieldnames or []
            rows = [dict(r, file=f.name, line=str(k + 2)) for k, r in enumerate(reader)]
        if header == NON_EVENT_HEADER:
            non_events += rows
        elif header == MODALITY_HEADER:
            modality += rows
        else:
            raise ValueError(f"{f}: header must be {' '.join(NON_EVENT_HEADER)} or {' '.join(MODALITY_HEADER)}")
    return non_events, modality


def _names(expected: str, got: Any) -> bool:
    want = (expected or "").strip().lower()
    have = (getattr(got, "text", None) or "").strip().lower()
    if not want or not have:
        return not want and not have
    return want in have or have in want


def _pick(events: list[Any], sentence: str, trigger: str) -> Any | None:
    """The event on the trigger word: its trigger is that word, or the word's head or dependent
    ("signed" and the "treaty" it governs carry one event); else the sentence's only event."""
    at = sentence.find(trigger)
    if at >= 0:
        for e in events:
            if e.trigger.start < at + len(trigger) and at < e.trigger.end:
                return e
        from ..pipeline import get_coder

        doc = next(get_coder().parse([sentence]))
        word = doc.char_span(at, at + len(trigger), alignment_mode="expand")
        if word is not None:
            w = word.root
            for e in events:
                span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
                if span is not None and (span.root.head.i == w.i or w.head.i == span.root.i):
                    return e
    return events[0] if len(events) == 1 else None


def evaluate_modality(path: str | Path, limit: int | None = None) -> ModalityReport:
    from ..pipeline import code_articles

    non_events, modality = read_sets(path)
    if limit:
        non_events, modality = non_events[:limit], modality[:limit]
    rep = ModalityReport()
    rows = non_events + modality
    arts = [{"id": f"{r['file']}:{r['line']}", "text": r["sentence"], "published": PUBLISHED} for r in rows]
    outcomes = code_articles(arts, language="any", keep_nonfactual=True)
    for r, out in zip(rows, outcomes):
        events = out.events
        if "trigger" not in r:
            factual = [e for e in events if not (e.modality.negated or e.modality.hypothetical)]
            c = rep.false_events[r["family"]]
            c["n"] += 1
            if factual:
                c["false"] += 1
                rep.misses.append({"set": "non_events", "where": out.record, "family": r["family"],
                                   "sentence": r["sentence"],
                                   "events": [f"{e.event_type} {e.source.code if e.source else '-'} -> "
                                              f"{e.target.code if e.target else '-'} '{e.trigger.text}'" for e in factual]})
            continue
        c = rep.modality[r["family"]]
        c["n"] += 1
        want = {f: r[f].strip() == "1" for f in FLAGS}
        ev = _pick(events, r["sentence"], r["trigger"])
        if ev is None:
            c["no_event"] += 1
            why = "no event on the trigger"
        else:
            got = {f: bool(getattr(ev.modality, f)) for f in FLAGS}
            attr_ok = _names(r["attribution"], ev.attribution) and _names(
                r["via"], ev.attribution.via if ev.attribution else None)
            if got == want and attr_ok:
                c["right"] += 1
                continue
            why = []
            if got != want:
                c["flags"] += 1
                why.append("flags: expected " + (",".join(f for f in FLAGS if want[f]) or "none")
                           + ", got " + (",".join(f for f in FLAGS if got[f]) or "none"))
            if not attr_ok:
                c["attribution"] += 1
                a = ev.attribution
                why.append(f"attribution: expected {r['attribution'] or '-'} / {r['via'] or '-'}, got "
                           f"{a.text if a else '-'} / {a.via.text if a and a.via else '-'}")
            why = "; ".join(why)
        rep.misses.append({"set": "modality", "where": out.record, "family": r["family"], "sentence": r["sentence"],
                           "trigger": r["trigger"], "why": why})
    return rep
