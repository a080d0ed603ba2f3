"""The neural dyad typer: a fine-tuned MiniLM encoder, run with ONNX Runtime (no torch).

Why: the logistic regression in ``classifier.py`` knows only the words of its corpus and
lexicon; the encoder (all-MiniLM-L6-v2, fine-tuned on the same corpus by
``python -m eventwire.events.train_neural``) brings the meaning of words the corpus never
used. The two are averaged (``classifier.NEURAL_WEIGHT``); measured on the dev set the average
beats either model alone.

The source is wrapped in ``@ .. @`` and the target in ``# .. #``; the model reads the encoder's
vectors at [CLS] and at the two opening markers. The shipped files are
``data/models/dyad-minilm.onnx`` (int8), ``dyad-minilm.tokenizer.json`` and ``dyad-minilm.json``.
Set ``EVENTWIRE_NEURAL=0`` to use the logistic regression alone (faster, less accurate).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

MAX_LEN = 128
NEURAL_NAME = "dyad-minilm"
Item = tuple[str, "tuple[int, int] | None", "tuple[int, int] | None"]


def mark(text: str, src: tuple[int, int] | None, tgt: tuple[int, int] | None) -> tuple[str, int | None, int | None]:
    """Insert the ``@`` / ``#`` markers; returns the marked text and the opening markers' offsets."""
    inserts = []
    if src:
        inserts += [(src[0], "@ ", "s"), (src[1], " @", None)]
    if tgt:
        inserts += [(tgt[0], "# ", "t"), (tgt[1], " #", None)]
    # closing markers first at a shared offset, so adjacent spans don't nest
    inserts.sort(key=lambda x: (x[0], x[2] is not None))
    out, pos, length, where = [], 0, 0, {}
    for off, marker, tag in inserts:
        out.append(text[pos:off])
        length += off - pos
        if tag:
            where[tag] = length
        out.append(marker)
        length += len(marker)
        pos = off
    out.append(text[pos:])
    return "".join(out), where.get("s"), where.get("t")


def encode(tokenizer, items: list[Item]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Token ids, attention mask and the token index of each opening marker (0 = [CLS] if absent)."""
    marked = [mark(*it) for it in items]
    encs = tokenizer.encode_batch([m[0] for m in marked])
    n = max(2, min(MAX_LEN, max(len(e.ids) for e in encs)))
    ids = np.zeros((len(encs), n), dtype=np.int64)
    att = np.zeros((len(encs), n), dtype=np.int64)
    pos = np.zeros((len(encs), 2), dtype=np.int64)
    for i, (e, (_, s_at, t_at)) in enumerate(zip(encs, marked)):
        k = min(n, len(e.ids))
        ids[i, :k] = e.ids[:k]
        att[i, :k] = 1
        if k < len(e.ids):
            ids[i, k - 1] = e.ids[-1]  # a truncated sentence still ends with [SEP]
        for j, at in enumerate((s_at, t_at)):
            if at is not None:
                tok = e.char_to_token(at)
                if tok is not None and tok < k - 1:
                    pos[i, j] = tok
    return ids, att, pos


class NeuralTyper:
    """Type probabilities (16 PLOVER types + NONE) for marked (sentence, source, target) items."""

    def __init__(self, folder: Path | str, threads: int | None = None):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        folder = Path(folder)
        self.meta = json.loads((folder / f"{NEURAL_NAME}.json").read_text(encoding="utf-8"))
        self.labels: list[str] = self.meta["labels"]
        opts = ort.SessionOptions()
        # one thread by default: on a laptop ONNX Runtime's own default costs more in spin-waits than it gains
        threads = threads if threads is not None else int(os.environ.get("EVENTWIRE_THREADS", "1") or 0)
        if threads:
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(folder / f"{NEURAL_NAME}.onnx"), opts,
                                            providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(folder / f"{NEURAL_NAME}.tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self.name = f"{NEURAL_NAME} {self.meta.get('version', '?')}"

    def probs(self, items: list[Item]) -> np.ndarray:
        """Softmax probabilities, one row per item, columns in ``self.labels`` order.

        One item per encoder call: the int8 model scales its activations by their range over the
        whole batch, so in a batch an item's answer depends on its batch-mates (by up to 0.3 on
        the dev set), and an event would come and go with the other pairs of its sentence. Single
        calls are also no slower here, since batches pay for padding to the longest item."""
        out = np.zeros((len(items), len(self.labels)), dtype=np.float32)
        for i, item in enumerate(items):
            ids, att, pos = encode(self.tokenizer, [item])
            logits = self.session.run(None, {"input_ids": ids, "attention_mask": att, "marker_pos": pos})[0]
            z = np.exp(logits - logits.max(axis=1, keepdims=True))
            out[i] = z[0] / z[0].sum()
        return out


@lru_cache(maxsize=1)
def load_default() -> NeuralTyper | None:
    """The shipped neural typer, or None when it is switched off (EVENTWIRE_NEURAL=0) or absent."""
    if os.environ.get("EVENTWIRE_NEURAL", "1").strip().lower() in ("0", "false", "no", "off"):
        return None
    folder = Path(str(resources.files("eventwire") / "data" / "models"))
    if not (folder / f"{NEURAL_NAME}.onnx").is_file():
        return None
    return NeuralTyper(folder)
