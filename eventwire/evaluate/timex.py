"""The temporal tagger measured on TimeML (.tml) files, TimeBank style.

Each document is tagged against its own creation time (its DCT TIMEX3, which is not counted). A
predicted expression matches a gold one when both have the same start, end and value: value F1. Span
F1 (same start and end) and lenient F1 (overlapping spans, same value) are printed beside it.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class TimexReport:
    documents: int
    gold: int
    predicted: int
    strict: int
    span: int
    lenient: int

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"task": "timex", "documents": self.documents, "gold": self.gold,
                               "predicted": self.predicted}
        for name, tp in (("value", self.strict), ("span", self.span), ("lenient_value", self.lenient)):
            p, r, f = _f1(tp, self.predicted, self.gold)
            out[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
        return out

    def render(self) -> str:
        d = self.to_dict()
        lines = [f"task: timex   documents: {self.documents}   gold expressions: {self.gold}   predicted: {self.predicted}",
                 "                              P      R     F1"]
        for key, label in (("value", "value (same span and value)"), ("span", "span (same start and end)"),
                           ("lenient_value", "lenient (overlap, same value)")):
            v = d[key]
            lines.append(f"{label:29} {v['precision']:.3f}  {v['recall']:.3f}  {v['f1']:.3f}")
        return "\n".join(lines)


def read_tml(path: Path) -> tuple[str, dt.date | None, list[dict[str, Any]]]:
    """(plain text, creation date, gold TIMEX3 list with start, end, value) of one TimeML file."""
    root = ET.parse(path).getroot()
    dct = None
    d = root.find("DCT")
    if d is not None:
        t = d.find("TIMEX3")
        if t is not None and t.get("value"):
            try:
                dct = dt.date.fromisoformat(t.get("value")[:10])
            except ValueError:
                dct = None
    text_el = root.find("TEXT")
    parts: list[str] = []
    gold: list[dict[str, Any]] = []

    def walk(el: ET.Element) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            start = sum(map(len, parts))
            walk(child)
            if child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME":
                gold.append({"start": start, "end": sum(map(len, parts)), "value": child.get("value"),
                             "type": child.get("type")})
            if child.tail:
                parts.append(child.tail)

    if text_el is not None:
        walk(text_el)
    text = "".join(parts)
    for g in gold:  # TimeML extents carry no outer spaces
        while g["start"] < g["end"] and text[g["start"]].isspace():
            g["start"] += 1
        while g["end"] > g["start"] and text[g["end"] - 1].isspace():
            g["end"] -= 1
    return text, dct, gold


def evaluate_timex(folder: Path, limit: int | None = None) -> TimexReport:
    from .. import nlp
    from ..time.tagger import tag

    files = sorted(folder.glob("*.tml")) if folder.is_dir() else [folder]
    files = files[:limit] if limit else files
    docs = [read_tml(f) for f in files]
    gold_n = pred_n = strict = span = lenient = 0
    for (text, dct, gold), doc in zip(docs, nlp.load().pipe(d[0] for d in docs)):
        preds = tag(doc, dct or dt.date.today())
        gold_n += len(gold)
        pred_n += len(preds)
        for g in gold:
            same = [p for p in preds if (p.start, p.end) == (g["start"], g["end"])]
            span += bool(same)
            strict += any(p.value == g["value"] for p in same)
            lenient += any(p.value == g["value"] for p in preds if p.start < g["end"] and g["start"] < p.end)
    return TimexReport(len(docs), gold_n, pred_n, strict, span, lenient)
