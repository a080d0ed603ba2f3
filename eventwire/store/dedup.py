"""Cross-article deduplication: mentions of the same real event merge into one event (a cluster).

Two mentions are the same event when all of these hold (the rules are the README's):

- the same PLOVER type, and the same announced-or-not status (an announced meeting is not the meeting);
- the same dyad by country (or international body): source with source and target with target, or
  crosswise for the symmetric types (a meeting of A and B is a meeting of B and A); sectors may differ
  ("Russia" and "Russian forces" report the same shelling); a side one report leaves unnamed fits any,
  but at least one side must be named alike in both;
- event dates at most ``DATE_WINDOW`` days apart (wire copy dates the same event "Monday" and
  "yesterday"); a second attack a week later is another event;
- compatible places: within ``PLACE_KM`` of each other when both have coordinates, else not in two
  different countries (the same day, Kharkiv and Odesa are two shellings); and without coordinates,
  both must name a target or both a place: "Russia launched an attack" alone fits too many events.

A new mention joins the cluster of the closest-dated mention it matches; else it starts its own.
The cluster's id is the id of its first mention.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..geo import distance_km

#: at most this many days between the dates two reports give the same event
DATE_WINDOW = 1
#: at most this far apart (km) when both mentions have a place with coordinates
PLACE_KM = 100.0
#: types whose two actors play the same part: the dyad matches in either order
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if None in (a.get("location_lat"), a.get("location_lon"), b.get("location_lat"), b.get("location_lon")):
        return None
    return distance_km(a["location_lat"], a["location_lon"], b["location_lat"], b["location_lon"])


def _dyad_fits(sa: str | None, ta: str | None, sb: str | None, tb: str | None) -> bool:
    """Sources agree and targets agree, where one report may leave one of them unnamed ("Kharkiv was
    shelled", "Russia launched an attack"); at least one side must be named alike in both."""
    if (sa and sb and sa != sb) or (ta and tb and ta != tb):
        return False
    return bool((sa and sa == sb) or (ta and ta == tb))


def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Do two mentions (flat rows) report the same real event? See the module docstring."""
    if a["event_type"] != b["event_type"] or bool(a.get("modality_future")) != bool(b.get("modality_future")):
        return False
    da, db = _day(a.get("date")), _day(b.get("date"))
    if da is None or db is None or abs((da - db).days) > DATE_WINDOW:
        return False
    sa, ta = a.get("source_country"), a.get("target_country")
    sb, tb = b.get("source_country"), b.get("target_country")
    if not (_dyad_fits(sa, ta, sb, tb) or (a["event_type"] in SYMMETRIC and _dyad_fits(sa, ta, tb, sb))):
        return False
    km = _km(a, b)
    if km is not None:
        return km <= PLACE_KM
    la, lb = a.get("location_country"), b.get("location_country")
    if la and lb and la != lb:
        return False
    # a mention naming neither a target nor a place ("Russia launched an attack") fits too many events
    return bool((ta and tb) or (la and lb))


def candidates_sql() -> str:
    """Stored mentions that could match a new one: same type, dates in the window, either dyad order."""
    return ("SELECT event_id, cluster_id, event_type, date, source_country, target_country, location_lat, "
            "location_lon, location_country, modality_future FROM events "
            "WHERE event_type = ? AND date >= ? AND date <= ? AND article_id <> ? "
            "AND (source_country = ? OR target_country = ? OR source_country = ? OR target_country = ?)")


def assign(store: Any, rows: list[dict[str, Any]], article_id: str) -> dict[str, str]:
    """event_id -> cluster_id for an article's new mentions, against the mentions already stored."""
    out: dict[str, str] = {}
    for row in rows:
        day = _day(row.get("date"))
        if day is None:
            out[row["event_id"]] = row["event_id"]
            continue
        lo, hi = (day - dt.timedelta(days=DATE_WINDOW)).isoformat(), (day + dt.timedelta(days=DATE_WINDOW)).isoformat()
        sc, tc = row.get("source_country"), row.get("target_country")
        cands = store.query(candidates_sql(), [row["event_type"], lo, hi, article_id, sc, tc, tc, sc])
        matches = [c for c in cands if same_event(row, c)]
        if matches:
            best = min(matches, key=lambda c: (abs((_day(c["date"]) - day).days), c["cluster_id"] or c["event_id"]))
            out[row["event_id"]] = best["cluster_id"] or best["event_id"]
        else:
            out[row["event_id"]] = row["event_id"]
    return out
