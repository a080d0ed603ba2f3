"""Filters over the ``events`` table, as SQL a user could write by hand.

Every filter is optional; together they are ANDed. The same filters serve the Python API
(``eventwire.open(db).events(...)``), ``eventwire query`` and ``eventwire export``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any

from ..errors import EventwireError


class QueryError(EventwireError):
    """A filter value that cannot be read (a bad date, a malformed --near)."""


@dataclass
class Filters:
    """What to select. ``actor``/``source``/``target``: a CAMEO-style code or its start (``RUS`` matches
    ``RUSGOV``), or words of the actor's name or text (``Shoigu``). ``type``: a PLOVER type (``ASSAULT``) or a
    CAMEO code or its start (``19``, ``0251``). ``country``: the event's place, source or target country.
    ``near``: (lat, lon, km). ``text``: words in the sentence."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    type: str | None = None
    quad: int | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    near: tuple[float, float, float] | None = None
    text: str | None = None
    article_id: str | None = None
    limit: int | None = None


def _date(value: str, what: str) -> str:
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise QueryError(f"{what}: not a date {value!r} (use YYYY-MM-DD)") from None


def parse_near(value: str) -> tuple[float, float, float]:
    """``"50.45,30.52,25"`` -> (50.45, 30.52, 25.0): latitude, longitude, radius in km."""
    parts = [p for p in re.split(r"[,\s]+", value.strip()) if p]
    try:
        lat, lon, km = (float(p) for p in parts)
    except ValueError:
        raise QueryError(f"--near: expected LAT,LON,KM, got {value!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km > 0):
        raise QueryError(f"--near: {value!r} is not a point and a positive radius")
    return lat, lon, km


def _side(role: str, value: str, params: list[Any]) -> str:
    if re.fullmatch(r"[A-Z]{3}[A-Z0-9]*", value):
        params.append(value + "%")
        return f"{role}_code LIKE ?"
    params.extend([f"%{value}%", f"%{value}%"])
    return f"({role}_name ILIKE ? OR {role}_text ILIKE ?)"


def where(f: Filters) -> tuple[str, list[Any]]:
    """The WHERE clause (or "") and its parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.article_id:
        clauses.append("article_id = ?")
        params.append(f.article_id)
    if f.actor:
        a = _side("source", f.actor, params)
        b = _side("target", f.actor, params)
        clauses.append(f"({a} OR {b})")
    if f.source:
        clauses.append(_side("source", f.source, params))
    if f.target:
        clauses.append(_side("target", f.target, params))
    if f.type:
        if f.type.isdigit():
            clauses.append("cameo_code LIKE ?")
            params.append(f.type + "%")
        else:
            clauses.append("event_type = ?")
            params.append(f.type.upper())
    if f.quad is not None:
        clauses.append("quad_class = ?")
        params.append(int(f.quad))
    if f.country:
        clauses.append("(location_country = ? OR source_country = ? OR target_country = ?)")
        params.extend([f.country.upper()] * 3)
    if f.since:
        clauses.append("date >= ?")
        params.append(_date(f.since, "--since"))
    if f.until:
        clauses.append("date <= ?")
        params.append(_date(f.until, "--until"))
    if f.near:
        lat, lon, km = f.near
        # a bounding box first (cheap, and it lets the database skip whole blocks of rows), then the
        # great-circle distance (haversine, Earth radius 6371 km)
        dlat = km / 111.0
        dlon = km / max(1e-6, 111.0 * math.cos(math.radians(min(89.0, abs(lat)))))
        clauses.append("location_lat BETWEEN ? AND ?")
        params.extend([lat - dlat, lat + dlat])
        if dlon < 180:
            clauses.append("location_lon BETWEEN ? AND ?")
            params.extend([lon - dlon, lon + dlon])
        clauses.append("location_lat IS NOT NULL AND 2 * 6371 * asin(sqrt(power(sin(radians(location_lat - ?) / 2), 2)"
                       " + cos(radians(?)) * cos(radians(location_lat)) * power(sin(radians(location_lon - ?) / 2), 2)))"
                       " <= ?")
        params.extend([lat, lat, lon, km])
    if f.text:
        clauses.append("sentence ILIKE ?")
        params.append(f"%{f.text}%")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def select(f: Filters, columns: str = "*") -> tuple[str, list[Any]]:
    clause, params = where(f)
    order = "sentence_index, event_id" if f.article_id else "date, article_id, sentence_index, event_id"
    sql = f"SELECT {columns} FROM events{clause} ORDER BY {order}"  # one article reads in its own order
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    return sql, params
