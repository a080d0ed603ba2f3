"""The geoparser measured on LGL-format XML (local news with gold toponyms and GeoNames points).

A gold toponym counts as found when a predicted place name overlaps its span, and as right when the
predicted place lies within 161 km (100 miles) of the gold point; a toponym not found counts as
wrong. Printed beside: the exact GeoNames id share, and the share of gold ids the gazetteer lacks.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..geo import distance_km


@dataclass
class GeoReport:
    articles: int
    gold: int
    found: int
    within: int
    exact: int
    missing_ids: int
    min_population: int

    def to_dict(self) -> dict[str, Any]:
        n = self.gold or 1
        return {"task": "geo", "articles": self.articles, "gold_toponyms": self.gold,
                "within_161km": round(self.within / n, 4), "exact_geonameid": round(self.exact / n, 4),
                "found": round(self.found / n, 4), "gold_ids_missing_from_gazetteer": round(self.missing_ids / n, 4),
                "gazetteer_min_population": self.min_population}

    def render(self) -> str:
        d = self.to_dict()
        return (f"task: geo   articles: {self.articles}   gold toponyms with a point: {self.gold}\n"
                f"within 161 km: {d['within_161km']:.3f}   exact GeoNames id: {d['exact_geonameid']:.3f}   "
                f"found (span overlap): {d['found']:.3f}\n"
                f"gold ids the gazetteer lacks: {d['gold_ids_missing_from_gazetteer']:.3f} "
                f"(cities of at least {self.min_population} people, countries, US states)")


def read_lgl(path: Path) -> list[tuple[str, str, list[dict[str, Any]]]]:
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        gold = []
        for t in art.iter("toponym"):
            tag = t.find("gaztag")
            if tag is None or tag.findtext("lat") is None:
                continue
            gold.append({"start": int(t.findtext("start")), "end": int(t.findtext("end")),
                         "lat": float(tag.findtext("lat")), "lon": float(tag.findtext("lon")),
                         "geonameid": int(tag.get("geonameid") or 0)})
        out.append((art.get("docid") or str(len(out)), art.findtext("text") or "", gold))
    return out


def evaluate_geo(path: Path, limit: int | None = None, min_population: int | None = None) -> GeoReport:
    from .. import nlp
    from ..geo.parser import DEFAULT_MIN_POPULATION, geoparse, gazetteer

    pop = min_population or DEFAULT_MIN_POPULATION
    gaz = gazetteer(pop)
    known = {p.geonameid for places in gaz.index.values() for p in places}
    rows = read_lgl(path)[:limit] if limit else read_lgl(path)
    gold_n = found = within = exact = missing = 0
    for (_, text, gold), doc in zip(rows, nlp.load().pipe(r[1] for r in rows)):
        preds = geoparse(doc, gaz)
        for g in gold:
            gold_n += 1
            missing += g["geonameid"] not in known
            hit = next((p for p in preds if p.start < g["end"] and g["start"] < p.end), None)
            if hit is None:
                continue
            found += 1
            if hit.place is not None and distance_km(hit.place.lat, hit.place.lon, g["lat"], g["lon"]) <= 161:
                within += 1
            if hit.place is not None and hit.place.geonameid == g["geonameid"]:
                exact += 1
    return GeoReport(len(rows), gold_n, found, within, exact, missing, pop)
