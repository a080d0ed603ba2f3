"""The one flat form of an event, for every table-shaped output (CSV, DuckDB, Parquet, exports).

A column is the JSON record's field name, nested names joined by an underscore: ``source_country``,
``trigger_text``, ``location_name``, ``modality_negated``. Lists (``contexts``, ``explanation``) are
joined by `` | ``. A null nested object gives nulls in all of its columns.
"""

from __future__ import annotations

from typing import Any

ACTOR_FIELDS = ["text", "start", "end", "name", "country", "sector", "code", "inferred"]
LOCATION_FIELDS = ["text", "start", "end", "name", "country", "admin1", "lat", "lon", "geonameid", "feature"]
MODALITY_FIELDS = ["negated", "hedged", "future", "hypothetical", "historical"]
SPAN_FIELDS = ["text", "start", "end"]
ATTRIBUTION_FIELDS = ["text", "start", "end", "name", "code"]
#: the cited source of a chain ("Reuters, citing state media"): ``attribution_via_text`` ...
VIA_FIELDS = ["text", "name", "code"]

#: (flat column, SQL type) in order; the JSON record is ``record``
COLUMNS: list[tuple[str, str]] = (
    [("event_id", "VARCHAR"), ("article_id", "VARCHAR"), ("sentence_index", "INTEGER"), ("sentence", "VARCHAR"),
     ("event_type", "VARCHAR"), ("event_mode", "VARCHAR"), ("contexts", "VARCHAR"), ("cameo_code", "VARCHAR"),
     ("quad_class", "INTEGER"), ("goldstein", "DOUBLE")]
    + [(f"{role}_{f}", "BOOLEAN" if f == "inferred" else "INTEGER" if f in ("start", "end") else "VARCHAR")
       for role in ("source", "target") for f in ACTOR_FIELDS]
    + [(f"trigger_{f}", "INTEGER" if f != "text" else "VARCHAR") for f in SPAN_FIELDS]
    + [("date", "VARCHAR"), ("date_precision", "VARCHAR"), ("date_text", "VARCHAR")]
    + [(f"location_{f}", {"start": "INTEGER", "end": "INTEGER", "lat": "DOUBLE", "lon": "DOUBLE",
                          "geonameid": "BIGINT"}.get(f, "VARCHAR")) for f in LOCATION_FIELDS]
    + [(f"modality_{f}", "BOOLEAN") for f in MODALITY_FIELDS]
    + [(f"attribution_{f}", "INTEGER" if f in ("start", "end") else "VARCHAR") for f in ATTRIBUTION_FIELDS]
    + [(f"attribution_via_{f}", "VARCHAR") for f in VIA_FIELDS]
    + [("confidence", "DOUBLE"), ("coder_version", "VARCHAR"), ("explanation", "VARCHAR")]
)
FIELDS = [name for name, _ in COLUMNS]


def flatten(d: dict[str, Any]) -> dict[str, Any]:
    """An event's JSON record (``Event.to_dict()``) as one flat row with the columns of :data:`FIELDS`."""
    out: dict[str, Any] = {}
    for key in ("event_id", "article_id", "sentence_index", "sentence", "event_type", "event_mode"):
        out[key] = d.get(key)
    out["contexts"] = " | ".join(d.get("contexts") or []) or None
    for key in ("cameo_code", "quad_class", "goldstein"):
        out[key] = d.get(key)
    for role in ("source", "target"):
        obj = d.get(role) or {}
        for f in ACTOR_FIELDS:
            out[f"{role}_{f}"] = obj.get(f)
    for prefix, fields in (("trigger", SPAN_FIELDS),):
        obj = d.get(prefix) or {}
        for f in fields:
            out[f"{prefix}_{f}"] = obj.get(f)
    for key in ("date", "date_precision", "date_text"):
        out[key] = d.get(key)
    for prefix, fields in (("location", LOCATION_FIELDS), ("modality", MODALITY_FIELDS),
                           ("attribution", ATTRIBUTION_FIELDS)):
        obj = d.get(prefix) or {}
        for f in fields:
            out[f"{prefix}_{f}"] = obj.get(f)
    via = (d.get("attribution") or {}).get("via") or {}
    for f in VIA_FIELDS:
        out[f"attribution_via_{f}"] = via.get(f)
    out["confidence"] = d.get("confidence")
    out["coder_version"] = d.get("coder_version")
    out["explanation"] = " | ".join(d.get("explanation") or []) or None
    return out
