"""The event database at scale: load time, file size and typical queries on synthetic events.

    python benchmarks/store.py [--events 1000000 10000000] [--dir /tmp]

Events are generated inside DuckDB (50 countries, their sectors, every PLOVER type, five years of dates,
places scattered around each country's centre) into the real ``events`` table of a fresh database
opened by ``eventwire.store.Store``, so the schema, its indexes and the queries are the ones users get.
Queries, each timed as the median of 3 runs, against the 1 s budget:
a dyad's weekly series (``store.series``), the top source actors of a country, events within 50 km of a
point (``store.rows(near=...)``), and one article's events.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.store import Store  # noqa: E402

COUNTRIES = ["USA", "RUS", "UKR", "CHN", "ISR", "PSE", "IRN", "IRQ", "SYR", "LBN", "YEM", "SAU", "TUR", "EGY", "LBY",
             "SDN", "ETH", "SOM", "NGA", "MLI", "COD", "KEN", "ZAF", "IND", "PAK", "AFG", "BGD", "MMR", "PRK", "KOR",
             "JPN", "PHL", "IDN", "THA", "VNM", "GBR", "FRA", "DEU", "POL", "ITA", "ESP", "BRA", "MEX", "COL", "VEN",
             "ARG", "CAN", "AUS", "GEO", "ARM"]
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
SECTORS = ["GOV", "MIL", "COP", "REB", "OPP", "CVL", "JUD", "LEG"]


def load(path: Path, n: int) -> float:
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    types = "[" + ", ".join(f"'{t}'" for t in TYPES) + "]"
    sectors = "[" + ", ".join(f"'{s}'" for s in SECTORS) + "]"
    t0 = time.perf_counter()
    with Store(path) as st:
        st.con.execute(f"""
            INSERT INTO events (event_id, article_id, sentence_index, event_type, cameo_code, quad_class, goldstein,
                source_country, source_sector, source_code, source_name, target_country, target_sector, target_code,
                target_name, date, location_lat, location_lon, location_country, modality_future, cluster_id)
            SELECT printf('%016x', i), 'a' || (i // 8), (i % 8)::INTEGER, t, c, q, g, sc, ss, sc || ss, sc || ' ' || ss,
                   tc, ts, tc || ts, tc || ' ' || ts, d, lat, lon, tc, false, printf('%016x', i)
            FROM (SELECT i,
                    {types}[1 + (hash(i * 3) % 16)::INTEGER] AS t,
                    lpad(((hash(i * 5) % 20) + 1)::VARCHAR, 2, '0') AS c,
                    (1 + hash(i * 7) % 4)::INTEGER AS q,
                    ((hash(i * 11) % 200)::DOUBLE - 100) / 10 AS g,
                    {countries}[1 + (hash(i * 13) % 50)::INTEGER] AS sc,
                    {sectors}[1 + (hash(i * 17) % 8)::INTEGER] AS ss,
                    {countries}[1 + (hash(i * 19) % 50)::INTEGER] AS tc,
                    {sectors}[1 + (hash(i * 23) % 8)::INTEGER] AS ts,
                    strftime(DATE '2020-01-01' + (hash(i * 29) % 1826)::INTEGER, '%Y-%m-%d') AS d,
                    -40 + (hash(i * 31) % 10000) / 100.0 AS lat,
                    -100 + (hash(i * 37) % 25000) / 100.0 AS lon
                  FROM range({n}) r(i))""")
        st.con.execute("CHECKPOINT")
    return time.perf_counter() - t0


def timed(fn) -> float:
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, nargs="+", default=[1_000_000, 10_000_000])
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    args = ap.parse_args()
    for n in args.events:
        path = args.dir / f"eventwire-bench-{n}.duckdb"
        for p in (path, Path(str(path) + ".wal")):
            p.unlink(missing_ok=True)
        secs = load(path, n)
        size = path.stat().st_size / 2**20
        print(f"{n:>11,} events: load {secs:6.1f} s ({n / secs:,.0f} events/s), file {size:,.0f} MiB "
              f"({size * 2**20 / n:.0f} bytes/event)", flush=True)
        with Store(path) as st:
            queries = {
                "dyad weekly series (RUS-UKR)": lambda: st.series(by="week", dyad="RUS-UKR"),
                "top 10 source actors of RUS": lambda: st.query(
                    "SELECT source_code, count(*) AS n FROM events WHERE source_country = ? GROUP BY 1 "
                    "ORDER BY n DESC LIMIT 10", ["RUS"]),
                "events within 50 km of a point": lambda: st.rows(near=(50.45, 30.52, 50.0)),
                "one article's events": lambda: st.rows("a12345"),
            }
            for name, fn in queries.items():
                t = timed(fn)
                print(f"    {name:34} {t:7.3f} s  ({t / 1.0:.2f} x the 1 s budget)", flush=True)
        path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
