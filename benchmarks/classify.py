"""Throughput and memory of the dyad classifier, against spaCy parsing alone.

    python benchmarks/classify.py [--n 2000] [--batch 64] [--threads 1]

Sentences are synthetic wire-style dyads built here (no external data). Prints sentences/s
for spaCy parsing alone (``nlp.pipe``) and for parse + classify (``classify_spans``: regression
plus, when shipped and on, the neural typer), their ratio, the neural typer's own speed, the
Python heap peak of the classify run (tracemalloc) and the process's peak RSS. ``--threads 1``
(the default) pins ONNX Runtime and BLAS to one core, as the "one core" target asks.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
import tracemalloc

SOURCES = ["The government", "Police", "Rebel fighters", "The United Nations", "The European Union",
           "Protesters", "The army", "The foreign ministry", "China", "Kenya's president"]
TARGETS = ["the opposition", "Ukraine", "the journalists", "the neighbouring state", "the protesters",
           "the central bank", "aid agencies", "Israel", "the rebels", "Brazil"]
VERBS = ["accused {t} of corruption", "imposed sanctions on {t}", "met {t} in Geneva on Monday",
         "arrested dozens of supporters of {t}", "praised {t} for its reforms", "urged {t} to hold talks",
         "rejected {t}'s proposal for a ceasefire", "sent food aid to {t}", "attacked {t} near the border",
         "threatened {t} with tariffs", "released {t} after two weeks in detention",
         "signed a trade agreement with {t}", "said {t} would not attend the summit"]


def make_rows(n: int, seed: int = 7):
    rnd = random.Random(seed)
    rows = []
    for _ in range(n):
        s, t, v = rnd.choice(SOURCES), rnd.choice(TARGETS), rnd.choice(VERBS)
        sent = f"{s} {v.format(t=t)}, officials said on {rnd.choice(['Monday', 'Tuesday', 'Friday'])}."
        i = sent.index(t, len(s))
        rows.append((sent, (0, len(s)), (i, i + len(t))))
    return rows


def corpus_rows(n: int):
    from pathlib import Path

    from eventwire.events.train import read_corpus

    rows = read_corpus(Path(__file__).resolve().parents[1] / "training" / "events")
    step = max(1, len(rows) // n)  # spread over every file of the corpus
    return [(text, s, t) for text, s, t, _ in rows[::step][:n]]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--threads", type=int, default=1, help="cores for ONNX Runtime and BLAS (default 1)")
    ap.add_argument("--corpus", action="store_true",
                    help="use N marked sentences spread over training/events/ (real wire length, ~30 words) "
                         "instead of the short synthetic ones")
    args = ap.parse_args(argv)
    for var in ("EVENTWIRE_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(args.threads)

    from eventwire.events.classifier import classify_spans, load_default
    from eventwire.nlp import load as load_nlp

    nlp = load_nlp()
    model = load_default()
    if model is None:
        print("no shipped dyad model", file=sys.stderr)
        return 1
    rows = corpus_rows(args.n) if args.corpus else make_rows(args.n)
    texts = [r[0] for r in rows]
    list(nlp.pipe(texts[:64], batch_size=args.batch))  # warm-up
    classify_spans(rows[:64], nlp, args.batch)

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch, disable=[p for p in ("ner",) if p in nlp.pipe_names]):
        pass
    parse_s = time.perf_counter() - t0

    tracemalloc.start()
    t0 = time.perf_counter()
    preds = classify_spans(rows, nlp, args.batch)
    classify_s = time.perf_counter() - t0
    _, heap_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # the timing above runs under tracemalloc; time again without it for the throughput figure
    t0 = time.perf_counter()
    classify_spans(rows, nlp, args.batch)
    classify_s = time.perf_counter() - t0

    neural_line = "off (EVENTWIRE_NEURAL=0 or not shipped)"
    if model.neural is not None:
        t0 = time.perf_counter()
        model.neural.probs(rows)
        neural_line = f"{len(rows) / (time.perf_counter() - t0):8.1f} sentences/s ({model.neural.name})"

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss_mb = rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
    words = sum(len(r[0].split()) for r in rows) / len(rows)
    print(f"sentences:                {len(rows)} ({words:.0f} words on average; batch {args.batch}, one process, "
          f"{args.threads} thread(s))")
    print(f"spaCy parse alone:        {len(rows) / parse_s:8.1f} sentences/s")
    print(f"parse + classify:         {len(rows) / classify_s:8.1f} sentences/s")
    print(f"classify / parse speed:   {parse_s / classify_s:8.2f}  (1.0 = classifier adds no time)")
    print(f"classifier overhead:      {1000 * (classify_s - parse_s) / len(rows):8.3f} ms/sentence")
    print(f"neural typer alone:       {neural_line}")
    print(f"regression:               {len(model.vocab)} features x {len(model.labels)} labels")
    print(f"heap peak (tracemalloc):  {heap_peak / 2**20:8.1f} MiB during classify")
    print(f"peak RSS (getrusage):     {rss_mb:8.1f} MiB")
    print(f"types predicted:          {len({p.type for p in preds})}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
