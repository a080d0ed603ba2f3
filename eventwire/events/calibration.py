"""Calibrated confidence: the probability that an output event is right (type, source and target).

The coder's raw score multiplies the classifier's and the actors' confidences; it ranks events
well but says nothing a user can read as a probability. A logistic regression over the raw score
and how the event was found (typed by the classifier or the lexicon alone, with or without a
target, how sure its actors are, its quad class), fitted on the project's own calibration corpus (``training/calibration``: sentences written for it, one marked
event or none each, never used to train the typer), turns it into one. ``python -m
eventwire.events.calibrate`` refits the map and reports the expected calibration error (ECE) on
a held-out half of the corpus; the map lives in ``data/models/calibration.json``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

CALIBRATION_FILE = "calibration.json"


#: what the map reads off an event, besides its raw score: how it was typed and how sure its actors are
FEATURES = ("logit_raw", "classifier_agrees", "pair_typed", "lexicon_alone", "no_target", "no_source",
            "actor_confidence", "quad_1", "quad_2", "quad_3", "quad_4",
            *(f"{how}_quad_{q}" for how in ("pair_typed", "lexicon_alone") for q in (1, 2, 3, 4)),
            *(f"logit_raw_quad_{q}" for q in (1, 2, 3, 4)))


def features(ev: Any) -> list[float]:
    """The event's features for the map (see :data:`FEATURES`); ``ev.confidence`` is the raw score."""
    why = " | ".join(ev.explanation)
    raw = min(max(ev.confidence, 0.01), 0.99)
    actors = [a.confidence for a in (ev.source, ev.target) if a is not None and not a.inferred]
    pair, alone = float("actor pair typed by the classifier" in why), float("classifier" not in why)
    quads = [float(ev.quad_class == q) for q in (1, 2, 3, 4)]
    # how an event was found says more in some quad classes than in others (the lexicon alone is
    # often right about cooperation, rarely about conflict): one weight per pair. Whether the event
    # happened is not a feature: the corpus holds asserted events only, and modality is its own output
    logit = math.log(raw / (1 - raw))
    # (and the raw score's own slope differs by quad class: one per class)
    return [logit,
            float("classifier agrees" in why),
            pair,
            alone,
            float(ev.target is None),
            float(ev.source is None or ev.source.inferred),
            sum(actors) / len(actors) if actors else 0.0,
            *quads,
            *(pair * q for q in quads), *(alone * q for q in quads), *(logit * q for q in quads)]


@dataclass
class Calibration:
    """Logistic regression over :func:`features`: the probability that the event is right."""

    weights: list[float]
    bias: float

    def __call__(self, ev: Any) -> float:
        return self.probability(features(ev))

    def probability(self, x: list[float]) -> float:
        z = self.bias + sum(w * v for w, v in zip(self.weights, x))
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))

    def to_dict(self) -> dict[str, Any]:
        return {"features": list(FEATURES), "weights": [round(w, 5) for w in self.weights], "bias": round(self.bias, 5)}


def fit(rows: list[list[float]], labels: list[bool], l2: float = 1.0, steps: int = 50) -> Calibration:
    """Newton's method on the L2-penalised log loss: a dozen features need no more."""
    if not rows:
        raise ValueError("no events to calibrate on")
    X = np.hstack([np.asarray(rows, dtype=float), np.ones((len(rows), 1))])
    y = np.asarray(labels, dtype=float)
    w = np.zeros(X.shape[1])
    reg = np.eye(X.shape[1]) * l2
    reg[-1, -1] = 0.0  # the bias is not penalised
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (p - y) + reg @ w
        hess = X.T @ (X * (p * (1 - p))[:, None]) + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Calibration([float(v) for v in w[:-1]], float(w[-1]))


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
        from ..errors import ConfigError

        raise ConfigError('the reliability diagram needs matplotlib: pip install "eventwire[plot]"') from exc
    rows = reliability_table(probs, labels, bins)
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    ax.bar([r[0] + 0.5 / bins for r in rows], [r[2] for r in rows], width=1 / bins * 0.9, alpha=0.6,
           label="share right")
    ax.plot([r[1] for r in rows], [r[2] for r in rows], "o-", color="black", label="bin: mean confidence, share right")
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
    if d.get("features") != list(FEATURES):
        return None  # a map fitted on other features is no map for these
    return Calibration(d["weights"], d["bias"])
