"""One long article through the whole pipeline: is time linear in length, and memory bounded?

    python benchmarks/long_article.py [--lgl ../shared/eval/dev/geo/lgl.xml | --dense] [--sizes 100000 1000000]

The article is real news when ``--lgl`` is given (LGL articles joined one after another, as a
scraped page or a digest would be); with ``--dense`` it is the bundled sample story over and over
(about one event every 200 characters, six times real news: the worst case for pair candidates);
else paragraphs of the project's own training sentences.
Each size runs in its own process, so each peak RSS is that size's own. What to compare across
machines is the ratio: time(largest) / (time(smallest) * largest/smallest), which is 1.0 for
perfectly linear time (the target for 1,000,000 vs 100,000 characters is at most 1.5).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build_text(size: int, lgl: Path | None, dense: bool = False) -> str:
    if dense:
        from importlib import resources

        sample = json.loads((resources.files("eventwire") / "data" / "samples" / "kim-shoigu-2023-07-27.json")
                            .read_text(encoding="utf-8"))
        pieces = [sample["text"].strip()]
    elif lgl:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from throughput import lgl_articles

        pieces = [a.text.strip() for a in lgl_articles(lgl, 10_000) if a.text.strip()]
    else:
        from eventwire.events.train import read_corpus

        sents = [r[0] for r in read_corpus(ROOT / "training" / "events")]
        random.Random(7).shuffle(sents)
        pieces = [" ".join(sents[k:k + 5]) for k in range(0, len(sents), 5)]
    out, n, k = [], 0, 0
    while n < size:
        piece = pieces[k % len(pieces)]
        out.append(piece)
        n += len(piece) + 2
        k += 1
    return "\n\n".join(out)[:size]


def one(size: int, lgl: Path | None, dense: bool) -> dict:
    from eventwire.pipeline import Coder
    from eventwire.records import Article

    coder = Coder()
    coder.code(Article(id="warm", text="Russian forces shelled Kharkiv on Monday."))
    text = build_text(size, lgl, dense)
    t0 = time.perf_counter()
    events = coder.code(Article(id=f"long-{size}", text=text, published=dt.date(2023, 7, 27)))
    seconds = time.perf_counter() - t0
    bad = [e for e in events if text[e.trigger.start:e.trigger.end] != e.trigger.text]
    return {"chars": len(text), "seconds": round(seconds, 1), "events": len(events), "bad_spans": len(bad),
            "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lgl", type=Path, help="build the article from this LGL XML file (real news)")
    ap.add_argument("--dense", action="store_true", help="the bundled sample story repeated (event-dense)")
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.lgl, args.dense)))
        return
    rows = []
    for size in sorted(args.sizes):
        cmd = [sys.executable, __file__, "--one", str(size)] + (["--lgl", str(args.lgl)] if args.lgl else [])
        cmd += ["--dense"] if args.dense else []
        rows.append(json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()[-1]))
        r = rows[-1]
        print(f"{r['chars']:>10,} chars: {r['seconds']:7.1f} s  {r['events']:5d} events  "
              f"peak RSS {r['peak_rss_mib']:5d} MiB  spans off: {r['bad_spans']}", flush=True)
    small, large = rows[0], rows[-1]
    if large["chars"] > small["chars"]:
        ratio = large["seconds"] / (small["seconds"] * large["chars"] / small["chars"])
        print(f"time({large['chars']:,}) / (time({small['chars']:,}) x {large['chars'] / small['chars']:.0f}) = "
              f"{ratio:.2f}   (1.0 = linear; target <= 1.5)")


if __name__ == "__main__":
    main()
