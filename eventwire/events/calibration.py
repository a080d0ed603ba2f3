"""Calibrated confidence: the probability that an output event is right (type, source and target).

The coder's raw score multiplies the classifier's and the actors' confidences; it ranks events
well but says nothing a user can read as a probability. An isotonic (monotone) map, fitted on the
project's own calibration corpus (``training/calibration``: sentences written for it, one marked
event or none each, never used to train the typer), turns it into one. ``python -m
eventwire.events.calibrate`` refits the map and reports the expected calibration error (ECE) on
a held-out half of the corpus; the map lives in ``data/models/calibration.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

CALIBRATION_FILE = "calibration.json"


@dataclass
class Calibration:
    """A monotone map from raw score to probability: linear between the fitted points."""

    xs: list[float]
    ys: list[float]

    def __call__(self, raw: float) -> float:
        return float(np.interp(raw, self.xs, self.ys))

    def to_dict(self) -> dict[str, list[float]]:
        return {"xs": [round(x, 5) for x in self.xs], "ys": [round(y, 5) for y in self.ys]}


def fit_isotonic(scores: list[float], labels: list[bool]) -> Calibration:
    """Pool-adjacent-violators over the events sorted by score; each pooled block becomes one point
    (its mean score, its share of right events)."""
    if not scores:
        raise ValueError("no events to calibrate on")
    order = np.argsort(scores, kind="stable")
    xs = np.asarray(scores, dtype=float)[order]
    ys = np.asarray(labels, dtype=float)[order]
    blocks: list[list[float]] = []  # [sum_x, sum_y, n]
    for x, y in zip(xs, ys):
        blocks.append([x, y, 1.0])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            sx, sy, n = blocks.pop()
            blocks[-1][0] += sx
            blocks[-1][1] += sy
            blocks[-1][2] += n
    px = [b[0] / b[2] for b in blocks]
    py = [b[1] / b[2] for b in blocks]
    return Calibration(px, py)


def expected_calibration_error(probs: list[float], labels: list[bool], bins: int = 10) -> float:
    """ECE: over equal-width confidence bins, the event-weighted gap between mean confidence and
    the share of right events."""
    p = np.asarray(probs, dtype=float)
    y = np.asarray(labels, dtype=float)
    if not len(p):
        return 0.0
    idx = np.minimum((p * bins).astype(int), bins - 1)
    err = 0.0
    for b in range(bins):
        sel = idx == b
        if sel.any():
            err += sel.sum() / len(p) * abs(p[sel].mean() - y[sel].mean())
    return float(err)


def reliability_table(probs: list[float], labels: list[bool], bins: int = 10) -> list[tuple[float, float, float, int]]:
    """(bin low, mean confidence, share right, events) per non-empty bin."""
    p = np.asarray(probs, dtype=float)
    y = np.asarray(labels, dtype=float)
    idx = np.minimum((p * bins).astype(int), bins - 1)
    return [(b / bins, float(p[idx == b].mean()), float(y[idx == b].mean()), int((idx == b).sum()))
            for b in range(bins) if (idx == b).any()]


def reliability_plot(probs: list[float], labels: list[bool], path: str | Path, title: str, bins: int = 10) -> None:
    """A reliability diagram: share of right events against confidence, per bin, with the diagonal."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise RuntimeError('the reliability diagram needs matplotlib: pip install "eventwire[plot]"') from exc
    rows = reliability_table(probs, labels, bins)
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    ax.bar([r[0] + 0.5 / bins for r in rows], [r[2] for r in rows], width=1 / bins * 0.9, alpha=0.6,
           label="share right")
    ax.plot([r[1] for r in rows], [r[2] for r in rows], "o-", color="black", label="mean confidence")
    for r in rows:
        ax.annotate(str(r[3]), (r[0] + 0.5 / bins, r[2]), ha="center", va="bottom", fontsize=7)
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.05)
    ax.set_xlabel("confidence")
    ax.set_ylabel("share of events right")
    ax.set_title(f"{title}\nECE {expected_calibration_error(probs, labels, bins):.3f} over {len(probs)} events")
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def model_path() -> Path:
    return Path(str(resources.files("eventwire") / "data" / "models" / CALIBRATION_FILE))


@lru_cache(maxsize=1)
def load() -> Calibration | None:
    """The shipped map, or None when it is missing (raw scores are then output as they are)."""
    path = model_path()
    if not path.is_file():
        return None
    d = json.loads(path.read_text(encoding="utf-8"))
    return Calibration(d["xs"], d["ys"])
