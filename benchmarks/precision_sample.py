"""Draw events for a precision-by-reading check: code the first N articles of an LGL-format file,
sample up to K of their events with a fixed seed, and write them (with their sentences) as JSON lines
for a reader to judge right / partly / wrong.

    python benchmarks/precision_sample.py --lgl ../shared/eval/dev/geo/lgl.xml --out /tmp/sample.jsonl

The dev texts may not be copied into the project: write the sample outside it (``--out``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import lgl_articles  # noqa: E402

from eventwire.pipeline import code_articles  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lgl", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--events", type=int, default=100, help="events to draw (all of them when fewer)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if Path(__file__).resolve().parents[1] in args.out.resolve().parents:
        raise SystemExit("write the sample outside the project: the dev texts may not be copied into it")
    arts = lgl_articles(args.lgl, args.articles)
    evs = []
    for art, out in zip(arts, code_articles(arts, language="any")):
        for e in out.events:
            evs.append({"article": art.id, "sentence": e.sentence, "type": e.event_type, "cameo": e.cameo_code,
                        "source": e.source and {"text": e.source.text, "code": e.source.code,
                                                "inferred": e.source.inferred},
                        "target": e.target and {"text": e.target.text, "code": e.target.code},
                        "trigger": e.trigger.text, "modality": {k: v for k, v in vars(e.modality).items() if v},
                        "confidence": round(e.confidence, 2)})
    random.seed(args.seed)
    sample = random.sample(evs, min(args.events, len(evs)))
    with args.out.open("w", encoding="utf-8") as fh:
        for k, e in enumerate(sample, 1):
            fh.write(json.dumps({"n": k, **e}, ensure_ascii=False) + "\n")
    print(f"{len(evs)} events in {len(arts)} articles; {len(sample)} drawn (seed {args.seed}) -> {args.out}")


if __name__ == "__main__":
    main()
