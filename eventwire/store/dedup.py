"""Cross-article deduplication: mentions of the same real event merge into one event (a cluster).

Two mentions are the same event when all of these hold (the rules are the README's):

- the same PLOVER type (or, for one story that two reports type differently, the same quad class with
  both sides named alike and two anchors in common, one of them a name), and the same announced-or-not
  status (an announced meeting is not the meeting);
- the same dyad by country (or international body): source with source and target with target, or
  crosswise for the symmetric types (a meeting of A and B is a meeting of B and A); sectors may differ
  ("Russia" and "Russian forces" report the same shelling); a side one report leaves unnamed fits any,
  but at least one side must be named alike in both;
- event dates at most ``DATE_WINDOW`` days apart (wire copy dates the same event "Monday" and
  "yesterday"); a second attack a week later is another event;
- compatible places: within ``PLACE_KM`` of each other when both have coordinates, else not in two
  different countries (the same day, Kharkiv and Odesa are two shellings). A report whose event has no
  place of its own (none, or only the dateline) is placed by the cities its sentence names: "Russia
  fired on Kherson" is not the Odesa strike of the same day;
- something specific in common: both name a target, or both a place, or their sentences share an
  anchor, a name or a number that is not a country's ("Khan Younis", "14"): "Russia launched an attack"
  alone fits too many events (but one state's shows of force, MOBILIZE, within the window are one: "North
  Korea fired a ballistic missile", "Pyongyang tested a new missile"); and counts that disagree with no
  name in common ("killed six militants", "killed four") are two events.

A new mention joins the cluster most of the mentions it matches belong to, the closest-dated of those
at a tie; else it starts its own.
The cluster's id is the id of its first mention.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache
from typing import Any

from ..geo import capital_of, distance_km, lookup, small_town

#: at most this many days between the dates two reports give the same event
DATE_WINDOW = 1
#: at most this far apart (km) when both mentions have a place with coordinates
PLACE_KM = 100.0
#: types whose two actors play the same part: the dyad matches in either order
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}


#: capitalized words that say nothing about which event a sentence reports
_PLAIN = {"the", "a", "an", "in", "on", "at", "of", "and", "but", "as", "after", "before", "when", "while", "he",
          "she", "it", "they", "we", "his", "her", "its", "their", "this", "that", "these", "those", "there",
          "more", "some", "dozens", "president", "prime", "minister", "ministry", "foreign",
          "defence", "defense", "secretary", "police", "government", "officials",
          "news", "agency", "media", "reuters", "ap", "afp", "xinhua", "yonhap", "kcna", "tass", "bbc",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
          "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
          "township", "town", "village", "city", "state", "province", "region", "district", "county", "oblast",
          "governorate", "prefecture", "territory", "area", "department", "municipality", "army", "navy", "air",
          "force", "forces", "guard", "guards", "council", "party", "movement", "front", "command"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
#: words after a number that make it a count of people (a death toll, arrests)
_PEOPLE = {"people", "persons", "civilians", "militants", "soldiers", "terrorists", "fighters", "children",
           "residents", "villagers", "protesters", "troops", "policemen", "officers", "dead", "killed", "wounded",
           "injured", "palestinians", "israelis", "ukrainians", "women", "men", "students", "others", "rebels"}
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\d,.]*", re.UNICODE)


@lru_cache(maxsize=1)
def _nations() -> frozenset[str]:
    """Country names, adjectives and capitals, lowercased: the actors, which the dyad rule compares."""
    import csv
    from importlib import resources

    words: set[str] = set()
    path = resources.files("eventwire") / "data" / "actors" / "countries.tsv"
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            for field in ("name", "aliases", "adjectives"):
                for name in (r.get(field) or "").split("|"):
                    words.update(name.lower().split())
    return frozenset(words)


def anchors(row: dict[str, Any]) -> frozenset[str]:
    """What pins a sentence to one real event beyond its dyad: capitalized names ("Khan Younis",
    "Nabatieh", "Blinken") and numbers ("14", "fourteen"), less countries and their peoples (the dyad
    rule compares those), weekdays, months, a dateline's day, titles and news agencies."""
    return _anchors(row.get("sentence") or "")


@lru_cache(maxsize=4096)
def _anchors(sentence: str) -> frozenset[str]:
    """:func:`anchors` of one sentence: a stored mention is compared with many new ones."""
    out: set[str] = set()
    tokens = [m.group() for m in _TOKEN.finditer(sentence)]
    for i, word in enumerate(tokens):
        low = re.sub(r"['’]s$", "", word.lower().rstrip(".,"))
        if word[0].isdigit():
            digits = low.replace(",", "")
            near = {t.lower().rstrip(".") for t in tokens[max(0, i - 1):i + 2]}
            # a year or a day of the month ("Feb 14", "14 May") is no anchor
            if digits.isdigit() and not (1900 <= int(digits) <= 2100) and not near & _MONTHS:
                out.add("#" + digits + _counted(tokens, i))
        elif low in _NUMBER_WORDS and low not in ("zero", "one"):
            out.add("#" + _NUMBER_WORDS[low] + _counted(tokens, i))
        elif word[0].isupper() and i > 0 and len(low) > 2 and not word.isupper():  # capitals: a dateline, an acronym
            if low not in _PLAIN and low not in _nations():
                out.add(_canonical(low))
    return frozenset(out)


def _counted(tokens: list[str], i: int) -> str:
    """"p" when the number counts people ("14 civilians", "six militants were killed"), else ""."""
    after = {t.lower() for t in tokens[i + 1:i + 4]}
    return "p" if after & _PEOPLE else ""


@lru_cache(maxsize=4096)
def _canonical(word: str) -> str:
    """One form for one name: a city by any of its names ("chittagong", "chattogram"), a plural people
    by its singular ("houthis", "houthi")."""
    place = lookup(word)
    if place is not None and place.geonameid and place.feature != "PCLI" and place.population >= 50_000:
        return f"@{place.geonameid}"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        return word[:-1]
    return word


def _counts(xs: frozenset[str]) -> set[str]:
    return {x for x in xs if x.startswith("#") and x.endswith("p")}


def _shared(xa: frozenset[str], xb: frozenset[str]) -> set[str]:
    """Anchors in common; a number counts whether or not one report says what it counts."""
    plain = lambda xs: {x[:-1] if x.startswith("#") and x.endswith("p") else x for x in xs}  # noqa: E731
    return plain(xa) & plain(xb)


#: a place phrase after a locative preposition: "in Kharkiv", "near the Saudi capital, Riyadh", "on Kherson's"
_NAME = r"((?:[A-Z][\w'’.-]*[a-z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*[a-z][\w'’.-]*){0,2})"
#: "shelled Kherson", "hit Odesa": a place right after a verb in the past is what was hit
_LOCATIVE = re.compile(r"\b(?:(?:in|at|near|outside|on|into|across|around)\s+(?:the\s+)?|"
                       r"(?:city|town|village|port|capital|province|region|district|state)(?:\s+of|,)\s+|"
                       r"[a-z]{3,}ed\s+)" + _NAME)


_THE_CAPITAL = re.compile(r"\b(?:in|at|near|outside|into|across|around) the capital\b(?! of)")


def _named_places(row: dict[str, Any]) -> tuple[Any, ...]:
    """The gazetteer's cities and regions a sentence names as places: after a locative preposition ("in
    Kharkiv", "on Kherson's district"), in "the city of Chittagong", or as what a verb hit ("shelled
    Kherson"); no countries. A name elsewhere is an actor or a person ("Washington's top diplomat",
    "Vladimir Putin"), and a capitalized dateline is where the story was filed. An event of one country's
    actors is not in a small foreign town of the name ("Rampura", a part of Dhaka, not the Indian town)."""
    places = _places_named(row.get("sentence") or "")
    home = {row.get("source_country"), row.get("target_country")} - {None}
    if len(home) == 1:
        places = tuple(p for p in places if p.country in home or not small_town(p))
        if _THE_CAPITAL.search(row.get("sentence") or ""):
            # "students blocked roads in the capital": one country's event there is in its capital
            places += tuple(p for p in [capital_of(next(iter(home)))] if p is not None)
    return places


@lru_cache(maxsize=4096)
def _places_named(sentence: str) -> tuple[Any, ...]:
    out = []
    for m in _LOCATIVE.finditer(sentence):
        words = [re.sub(r"['’]s$", "", w) for w in m.group(1).split()]
        for n in range(len(words), 0, -1):  # the longest name first: "Khan Younis", then "Khan"
            name = " ".join(words[:n])
            if name.lower() in _PLAIN or name.lower() in _nations():
                continue  # ("on the Thai side": a people's name is no place, whatever town shares it)
            p = lookup(name)
            if p is not None and p.feature != "PCLI":
                out.append(p)
                break
    return tuple(out)


def _places(row: dict[str, Any]) -> list[tuple[float, float]]:
    """Points of the cities a sentence names."""
    return [(p.lat, p.lon) for p in _named_places(row) if p.lat is not None]


def _regions(row: dict[str, Any]) -> set[str]:
    """ISO 3166-2 codes of the regions a sentence names ("Rakhine", "Sagaing region")."""
    return {p.admin1 for p in _named_places(row) if p.feature == "ADM1" and p.admin1 and "-" in p.admin1}


def _points(row: dict[str, Any]) -> list[tuple[float, float]]:
    """Where a mention says it happened: its event place, else the cities its sentence names."""
    if _sited(row):
        return [(row["location_lat"], row["location_lon"])]
    return _places(row)


def _apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Both mentions say where, and no place of one is near a place of the other (Odesa and Kherson)."""
    pa, pb = _points(a), _points(b)
    if pa and pb:
        return all(distance_km(x[0], x[1], y[0], y[1]) > PLACE_KM for x in pa for y in pb)
    ra, rb = _regions(a), _regions(b)  # a region has no point: two regions named, none in common
    return bool(ra and rb) and not ra & rb


def _days(row: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """The first and last day an event's date stands for: a day, or a week ("next week": Monday to
    Sunday); months and years are too wide to tell events apart by."""
    day = _day(row.get("date"))
    if day is None:
        return None
    return day, day + dt.timedelta(days=6 if row.get("date_precision") == "week" else 0)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _sited(row: dict[str, Any]) -> bool:
    """The event has a place of its own: not none, and not only the dateline (where the story was filed)."""
    return row.get("location_lat") is not None and "place: the dateline" not in (row.get("explanation") or "")


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if not (_sited(a) and _sited(b)):
        return None
    return distance_km(a["location_lat"], a["location_lon"], b["location_lat"], b["location_lon"])


def _dyad_fits(sa: str | None, ta: str | None, sb: str | None, tb: str | None) -> bool:
    """Sources agree and targets agree, where one report may leave one of them unnamed ("Kharkiv was
    shelled", "Russia launched an attack"); at least one side must be named alike in both."""
    if (sa and sb and sa != sb) or (ta and tb and ta != tb):
        return False
    return bool((sa and sa == sb) or (ta and ta == tb))


def _same_story(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two reports that type one event differently ("ordered Russia to cut its embassy staff", "summoned
    the Russian ambassador"): the same quad class, both sides named alike, and two anchors in common, one
    of them a name ("Chisinau" and "45")."""
    if a.get("quad_class") is None or a.get("quad_class") != b.get("quad_class"):
        return False
    sa, ta, sb, tb = a.get("source_country"), a.get("target_country"), b.get("source_country"), b.get("target_country")
    if not (sa and ta and sa == sb and ta == tb):
        return False
    shared = _shared(anchors(a), anchors(b))
    return len(shared) >= 2 and any(not x.startswith("#") for x in shared)


def same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Do two mentions (flat rows) report the same real event? See the module docstring."""
    if bool(a.get("modality_future")) != bool(b.get("modality_future")):
        return False
    if a["event_type"] != b["event_type"] and not _same_story(a, b):
        return False
    sa_, sb_ = _days(a), _days(b)
    if sa_ is None or sb_ is None or max(sa_[0], sb_[0]) - min(sa_[1], sb_[1]) > dt.timedelta(days=DATE_WINDOW):
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
    if _apart(a, b):
        return False
    xa, xb = anchors(a), anchors(b)
    shared = _shared(xa, xb)
    if _counts(xa) and _counts(xb) and not shared:
        return False  # "killed six militants" and "killed four terrorists", nothing else in common: two clashes
    # a mention naming neither a target nor a place ("Russia launched an attack") fits too many events;
    # but a state's show of force is rare enough that the same state's within the window is one ("North
    # Korea fired a ballistic missile", "Pyongyang tested a new missile")
    return bool((ta and tb) or (la and lb) or shared or (
        a["event_type"] == b["event_type"] == "MOBILIZE" and sa and sa == sb))


def candidates_sql() -> str:
    """Stored mentions that could match a new one: same quad class, dates in the window, either dyad order."""
    return ("SELECT event_id, cluster_id, event_type, quad_class, date, date_precision, source_country, target_country, location_lat, "
            "location_lon, location_country, modality_future, sentence, source_text, target_text, explanation FROM events "
            "WHERE quad_class = ? AND date >= ? AND date <= ? AND article_id <> ? "
            "AND (source_country = ? OR target_country = ? OR source_country = ? OR target_country = ?)")


def assign(store: Any, rows: list[dict[str, Any]], article_id: str) -> dict[str, str]:
    """event_id -> cluster_id for an article's new mentions, against the mentions already stored."""
    out: dict[str, str] = {}
    for row in rows:
        day = _day(row.get("date"))
        if day is None:
            out[row["event_id"]] = row["event_id"]
            continue
        # (a stored week's Monday may lie six days before a day in it)
        lo = (day - dt.timedelta(days=DATE_WINDOW + 6)).isoformat()
        hi = (_days(row)[1] + dt.timedelta(days=DATE_WINDOW)).isoformat()
        sc, tc = row.get("source_country"), row.get("target_country")
        cands = store.query(candidates_sql(), [row["quad_class"], lo, hi, article_id, sc, tc, tc, sc])
        matches = [c for c in cands if same_event(row, c)]
        if matches:
            # the cluster most of its matches belong to (two mentions of the event in one report outweigh a
            # vaguer one that matched alone), then the closest-dated
            votes = Counter(c["cluster_id"] or c["event_id"] for c in matches)
            best = min(matches, key=lambda c: (-votes[c["cluster_id"] or c["event_id"]],
                                               abs((_day(c["date"]) - day).days), c["cluster_id"] or c["event_id"]))
            out[row["event_id"]] = best["cluster_id"] or best["event_id"]
        else:
            out[row["event_id"]] = row["event_id"]
    return out
