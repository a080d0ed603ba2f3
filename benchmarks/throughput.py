"""Whole-pipeline throughput against spaCy alone, on the same articles, in one run.

    python benchmarks/throughput.py [--articles 60] [--lgl ../shared/eval/dev/geo/lgl.xml --articles 150]

Articles: the bundled sample story plus pseudo-articles of 12 sentences each built from the
project's own training corpus (training/events). Speeds are printed as articles/s and
tokens/s, and as the ratio pipeline/spaCy, which is what to compare across machines. The two are
timed in turns, a batch of articles at a time, for ``--rounds`` rounds, and the median ratio is the
figure: on a shared machine the speed of either moves by a third within a minute.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire import nlp as nlp_mod  # noqa: E402
from eventwire.events.train import read_corpus  # noqa: E402
from eventwire.pipeline import Coder  # noqa: E402
from eventwire.records import Article  # noqa: E402
from eventwire.textprep import prepare  # noqa: E402

#: articles per batch, for spaCy and the pipeline alike; the two are timed in turns, batch by batch
CHUNK = 16


def build_articles(n: int) -> list[Article]:
    sample = json.loads((resources.files("eventwire") / "data" / "samples" / "kim-shoigu-2023-07-27.json").read_text())
    arts = [Article(id=sample["id"], text=sample["text"], published=None)]
    sents = [r[0] for r in read_corpus(ROOT / "training" / "events")]
    random.Random(7).shuffle(sents)
    for k in range(n - 1):
        chunk = sents[(k * 12) % len(sents): (k * 12) % len(sents) + 12]
        arts.append(Article(id=f"bench-{k}", text="\n".join(chunk)))
    return arts


def lgl_articles(path: Path, n: int) -> list[Article]:
    """The first ``n`` articles of an LGL-format XML file (real local news), as Article records."""
    import xml.etree.ElementTree as ET

    arts = []
    for el in ET.parse(path).getroot().iter("article"):
        arts.append(Article(id=el.get("docid") or str(len(arts)), text=el.findtext("text") or "",
                            title=el.findtext("title")))
        if len(arts) >= n:
            break
    return arts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--lgl", type=Path, help="measure on the first --articles articles of this LGL XML file "
                                             "(real news, e.g. ../shared/eval/dev/geo/lgl.xml) instead of corpus lines")
    ap.add_argument("--rounds", type=int, default=3,
                    help="spaCy alone and the whole pipeline are timed this many times, in turns batch by batch; the "
                         "median ratio is the figure (one pair of timings on a shared machine moves by 0.1 or more)")
    args = ap.parse_args()
    coder = Coder()
    arts = lgl_articles(args.lgl, args.articles) if args.lgl else build_articles(args.articles)
    texts = [prepare(a.text).text for a in arts]
    # warm up both: models, lexicons, the language detector and the neural typer load on first use
    list(coder.nlp.pipe(texts[:3]))
    list(coder.code_many(arts[:3]))

    import resource

    ratios, cpu = [], []
    chunks = [range(i, min(i + CHUNK, len(arts))) for i in range(0, len(arts), CHUNK)]
    for k in range(args.rounds):
        t_spacy = c_spacy = t_all = c_all = 0.0
        tokens = n_events = 0
        for j, chunk in enumerate(chunks):
            # the two take turns a batch at a time, each first in every other batch: a slow spell of a
            # shared machine falls on both alike instead of on whichever ran through it
            for which in ((0, 1) if j % 2 == 0 else (1, 0)):
                t0, c0 = time.perf_counter(), time.process_time()
                if which == 0:
                    tokens += sum(len(d) for d in coder.nlp.pipe([texts[i] for i in chunk], batch_size=CHUNK))
                    t_spacy, c_spacy = t_spacy + time.perf_counter() - t0, c_spacy + time.process_time() - c0
                else:
                    n_events += sum(len(o.events) for o in coder.code_many([arts[i] for i in chunk], batch_size=CHUNK))
                    t_all, c_all = t_all + time.perf_counter() - t0, c_all + time.process_time() - c0
        ratios.append(t_spacy / t_all)
        cpu.append(c_spacy / c_all)
        if k == 0:
            print(f"articles: {len(arts)}   tokens: {tokens}   events: {n_events}   model: {nlp_mod.model_name(coder.nlp)}")
        print(f"round {k + 1}: spaCy alone {len(arts) / t_spacy:6.1f} articles/s {tokens / t_spacy:8.0f} tokens/s;  "
              f"whole pipeline {len(arts) / t_all:6.1f} articles/s {tokens / t_all:8.0f} tokens/s;  "
              f"ratio {t_spacy / t_all:.2f} (CPU time {c_spacy / c_all:.2f})")
    print(f"pipeline / spaCy: {statistics.median(ratios):8.2f} of spaCy's speed, median of {len(ratios)} rounds "
          f"(CPU time: {statistics.median(cpu):.2f})")
    print(f"peak RSS        : {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:8.0f} MiB")


if __name__ == "__main__":
    main()
