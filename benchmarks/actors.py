"""Actor dictionary load time, entry counts, and resolve_actor throughput, measured in one run.

    python benchmarks/actors.py [--repeat 5] [--phrases tests/fixtures/actor_phrases.tsv]

Prints measurements of this machine in this run and ratios between them (load time against
the 1 s budget, fuzzy-path phrases against exact ones, a warm pass against a cold one);
compare runs on the same machine, not numbers across machines.
"""

from __future__ import annotations

import argparse
import csv
import gc
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LOAD_BUDGET_S = 1.0


def _phrases(path: Path) -> list[tuple[str, str | None]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [(r["phrase"], r["date"] or None) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _time(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--phrases", type=Path, default=ROOT / "tests" / "fixtures" / "actor_phrases.tsv")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    from eventwire.actors import kb
    from eventwire.actors.resolver import Resolver
    import_s = time.perf_counter() - t0

    # -- load -------------------------------------------------------------------------------
    t = time.perf_counter()
    base = kb.load()
    cold = time.perf_counter() - t

    def fresh_load():
        kb.normalize.cache_clear()  # no help from a warm normalization cache
        kb.load.cache_clear()
        kb.load()

    warm = _time(fresh_load, args.repeat)
    base = kb.load()
    print("dictionary load")
    print(f"  files                 {len(base.files)}")
    print(f"  first load            {cold:.3f} s  ({cold / LOAD_BUDGET_S:.2f} x the {LOAD_BUDGET_S:.0f} s budget)")
    print(f"  reload, median of {args.repeat}   {statistics.median(warm):.3f} s  "
          f"({statistics.median(warm) / LOAD_BUDGET_S:.2f} x budget; first/median {cold / statistics.median(warm):.2f})")
    print(f"  (import of eventwire.actors, with the package's own imports: {import_s:.2f} s, not counted)")

    # -- counts -----------------------------------------------------------------------------
    counts = base.counts()
    people = {e.name for entries in base.index.values() for e in entries if e.kind == "person"}
    print("entries")
    print(f"  person-role records   {counts.get('person', 0)}  ({len(people)} people, "
          f"{counts.get('person', 0) / max(1, len(people)):.2f} roles each)")
    for label in sorted(k for k in counts if k.startswith("organization:")):
        print(f"  organizations, {label.split(':', 1)[1]:<7} {counts[label]}")
    for label, plural in (("group", "groups"), ("country", "countries"), ("capital", "capitals"),
                          ("adjective", "adjectives"), ("metonym", "metonyms"), ("region", "regions"),
                          ("agent noun", "agent nouns")):
        print(f"  {plural:<21} {counts.get(label, 0)}")
    print(f"  index keys            {len(base.index)}")

    # -- throughput ---------------------------------------------------------------------------
    phrases = _phrases(args.phrases)
    cold_resolver = Resolver(base)
    t = time.perf_counter()
    results = [cold_resolver.resolve(p, d) for p, d in phrases]
    first_pass = time.perf_counter() - t  # includes building the fuzzy index on first use
    resolver = Resolver(base)
    resolver.resolve("Seguei Shoigu")  # build the lazy fuzzy index outside the timing
    passes = _time(lambda: [resolver.resolve(p, d) for p, d in phrases], args.repeat)
    per_s = len(phrases) / statistics.median(passes)

    fuzzy = [(p, d) for (p, d), r in zip(phrases, results) if any(ev.startswith("fuzzy") for ev in r.evidence)]
    exact = [(p, d) for (p, d), r in zip(phrases, results) if any(ev.startswith("exact") for ev in r.evidence)]
    rest = [(p, d) for (p, d), r in zip(phrases, results) if (p, d) not in set(fuzzy) | set(exact)]

    def rate(items):
        if not items:
            return float("nan")
        return len(items) / statistics.median(_time(lambda: [resolver.resolve(p, x) for p, x in items], args.repeat))

    r_exact, r_fuzzy, r_rest = rate(exact), rate(fuzzy), rate(rest)
    print(f"resolve_actor over {len(phrases)} fixture phrases")
    print(f"  all phrases           {per_s:,.0f} phrases/s (median of {args.repeat}); "
          f"first pass {len(phrases) / first_pass:,.0f}/s ({statistics.median(passes) / first_pass:.2f} x its time)")
    print(f"  whole-name lookups    {r_exact:,.0f}/s  ({len(exact)} phrases; {r_exact / per_s:.2f} x overall)")
    print(f"  scanned phrases       {r_rest:,.0f}/s  ({len(rest)} phrases; {r_rest / per_s:.2f} x overall)")
    print(f"  fuzzy-name phrases    {r_fuzzy:,.0f}/s  ({len(fuzzy)} phrases; {r_fuzzy / per_s:.2f} x overall)")
    print(f"  one reload costs as much as resolving {statistics.median(warm) * per_s:,.0f} phrases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
