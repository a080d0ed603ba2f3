"""Whole-pipeline throughput against spaCy alone, on the same articles, in one run.

    python benchmarks/throughput.py [--articles 60] [--lgl ../shared/eval/dev/geo/lgl.xml --articles 150]

Articles: the bundled sample story plus pseudo-articles of 12 sentences each built from the
project's own training corpus (training/events). Speeds are printed as articles/s and
tokens/s, and as the ratio pipeline/spaCy, which is what to compare across machines.
"""

from __future__ import annotations

import argparse
import json
import random
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
    args = ap.parse_args()
    coder = Coder()
    arts = lgl_articles(args.lgl, args.articles) if args.lgl else build_articles(args.articles)
    texts = [prepare(a.text).text for a in arts]
    list(coder.nlp.pipe(texts[:3]))  # warm up
    coder.code(arts[0])

    t0 = time.perf_counter()
    docs = list(coder.nlp.pipe(texts, batch_size=16))
    t_spacy = time.perf_counter() - t0
    tokens = sum(len(d) for d in docs)

    t0 = time.perf_counter()
    n_events = sum(len(o.events) for o in coder.code_many(arts, batch_size=16))
    t_all = time.perf_counter() - t0

    print(f"articles: {len(arts)}   tokens: {tokens}   events: {n_events}   model: {nlp_mod.model_name(coder.nlp)}")
    print(f"spaCy alone     : {len(arts) / t_spacy:8.1f} articles/s  {tokens / t_spacy:9.0f} tokens/s")
    print(f"whole pipeline  : {len(arts) / t_all:8.1f} articles/s  {tokens / t_all:9.0f} tokens/s")
    print(f"pipeline / spaCy: {t_spacy / t_all:8.2f} of spaCy's speed ({t_all / t_spacy:.2f}x its time)")
    import resource

    print(f"peak RSS        : {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:8.0f} MiB")


if __name__ == "__main__":
    main()
