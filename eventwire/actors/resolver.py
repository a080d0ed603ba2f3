"""Actor coding: a phrase (and a date) in, country + sector + CAMEO-style code out.

Order of evidence, strongest first: a known person (by name, valid on the date), a known
organization or armed group, a seat of power or capital used as a metonym, a bloc, and
last a country word plus an agent noun ("an American destroyer" -> USA + MIL).
Unknown names stay unknown, but keep the country and sector the phrase itself gives.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process

from .kb import Entry, KnowledgeBase, load, normalize

#: Heads that carry no sector of their own when a modifier gives one ("military delegation").
GENERIC_HEADS = {
    "delegation", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
    "representative", "source", "member", "members", "team", "unit", "leader", "leadership",
    "head", "chief", "group", "authority", "authorities", "agency", "office", "department",
}
#: Fuzzy person matching: below this score a name is not a person we know.
FUZZY_MIN = 86.0
PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "his", "its", "their", "we", "us", "i", "you"}


@dataclass
class Resolution:
    """The coded actor. ``entry`` names the dictionary line(s) that decided it."""

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    kind: str | None = None
    entry: str | None = None
    confidence: float = 0.0
    evidence: list[str] = field(default_factory=list)

    @property
    def known(self) -> bool:
        return bool(self.country or self.code or self.name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "name": self.name, "country": self.country, "sector": self.sector,
            "code": self.code, "kind": self.kind, "entry": self.entry,
            "confidence": round(self.confidence, 3),
        }


def _as_date(date: Any) -> dt.date | None:
    if date is None or date == "":
        return None
    if isinstance(date, dt.datetime):
        return date.date()
    if isinstance(date, dt.date):
        return date
    return dt.date.fromisoformat(str(date)[:10])


def pick_role(entries: list[Entry], date: dt.date | None) -> Entry:
    """The person's role on the date; else the closest role in time; else the latest."""
    people = [e for e in entries if e.kind == "person"]
    if date is not None:
        valid = [e for e in people if e.valid_on(date)]
        if valid:
            # Several roles at once: a head of state outranks a portfolio.
            return sorted(valid, key=lambda e: (e.start or dt.date.min), reverse=True)[0]

        def distance(e: Entry) -> int:
            if e.start and date < e.start:
                return (e.start - date).days
            if e.end and date > e.end:
                return (date - e.end).days
            return 0

        return min(people, key=distance)
    return sorted(people, key=lambda e: (e.end is None, e.start or dt.date.min), reverse=True)[0]


def _singulars(word: str) -> list[str]:
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and len(word) > 2:
        out.append(word[:-1])
    if word.endswith("men"):
        out.append(word[:-3] + "man")
    return out


class Resolver:
    def __init__(self, kb: KnowledgeBase | None = None):
        self.kb = kb or load()
        self._person_choices = list(dict.fromkeys(self.kb.person_keys))

    # -- pieces ------------------------------------------------------------
    def _scan(self, text: str) -> list[tuple[int, int, list[Entry]]]:
        """Longest-first n-gram matches of dictionary names inside the phrase."""
        words = normalize(text).split()
        cased = normalize(text, keep_case=True).split()
        found = []
        i = 0
        n = len(words)
        while i < n:
            hit = None
            for j in range(min(n, i + self.kb.max_words), i, -1):
                key = " ".join(words[i:j])
                entries = self.kb.lookup(key, " ".join(cased[i:j]) if len(cased) == n else None)
                if entries:
                    hit = (i, j, entries)
                    break
            if hit:
                found.append(hit)
                i = hit[1]
            else:
                i += 1
        return found

    def _agents(self, text: str) -> list[tuple[int, str, str]]:
        """(word position, agent phrase, sector) for every agent noun in the phrase."""
        words = normalize(text).split()
        out = []
        i = 0
        while i < len(words):
            matched = False
            for j in range(min(len(words), i + 4), i, -1):
                head = words[j - 1]
                for form in _singulars(head):
                    key = " ".join(words[i:j - 1] + [form])
                    if key in self.kb.agents:
                        out.append((j - 1, key, self.kb.agents[key]))
                        i = j
                        matched = True
                        break
                if matched:
                    break
            if not matched:
                i += 1
        return out

    def fuzzy_person(self, text: str, date: dt.date | None) -> tuple[Entry, float, str] | None:
        """A known person under a misspelling or transliteration, or None.

        A surname that is in the dictionary must match closely (it anchors the guess);
        otherwise only a near-identical full name is accepted, so a wrong person is never
        coded with high confidence.
        """
        key = normalize(text)
        words = key.split()
        if len(words) < 2:
            return None
        best: tuple[float, str] | None = None
        cands = self.kb.surnames.get(words[-1], [])
        for cand_key, _entry in cands:
            score = fuzz.ratio(key, cand_key)
            if score >= FUZZY_MIN - 6 and (best is None or score > best[0]):
                best = (score, cand_key)
        if best is None and self._person_choices:
            hit = process.extractOne(key, self._person_choices, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN + 6)
            if hit:
                best = (hit[1], hit[0])
        if best is None:
            return None
        entries = [e for e in self.kb.index[best[1]] if e.kind == "person"]
        if not entries:
            return None
        return pick_role(entries, date), best[0] / 100.0, best[1]

    # -- main --------------------------------------------------------------
    def resolve(self, text: str, date: Any = None, names: list[str] | None = None) -> Resolution:
        """Code one actor phrase. ``names``: proper-name substrings the parser found in it."""
        date = _as_date(date)
        res = Resolution(text=text)
        key = normalize(text)
        if not key or key in PRONOUNS:
            return res

        # 1. the whole phrase is a dictionary name
        whole = self.kb.lookup(key, text)
        if whole:
            return self._from_entries(res, whole, date, 0.95, "exact name")

        # 2. names inside the phrase: people, organizations, groups, places, blocs
        hits = self._scan(text)
        person = next((h for h in hits if any(e.kind == "person" for e in h[2])), None)
        org = next((h for h in hits if any(e.kind in ("organization", "group") for e in h[2])), None)
        place = [h for h in hits if any(e.kind in ("country", "adjective", "capital", "metonym") for e in h[2])]
        region = next((h for h in hits if any(e.kind == "region" for e in h[2])), None)

        if person is None:
            for cand in (names or []) + [text]:
                fz = self.fuzzy_person(cand, date)
                if fz:
                    entry, score, matched = fz
                    self._from_entries(res, [entry], date, 0.9 * score, f"fuzzy name {matched!r} ({score:.2f})")
                    return self._fill_from_phrase(res, text, place)
        if person is not None:
            self._from_entries(res, person[2], date, 0.9, "name in phrase")
            return self._fill_from_phrase(res, text, place)
        if org is not None:
            return self._from_entries(res, org[2], date, 0.85, "organization in phrase")

        # 3. country words + agent nouns
        country_entry = None
        for h in place:
            country_entry = next(e for e in h[2] if e.kind in ("country", "adjective", "capital", "metonym"))
            break
        agents = self._agents(text)
        sector = self._sector(text, agents)
        if country_entry is not None:
            res.country = country_entry.country
            res.kind = "agent" if agents else "country"
            if country_entry.kind == "metonym":
                sector = sector or country_entry.sector
            res.sector = sector
            res.name = country_entry.name if not agents else f"{country_entry.name} {agents[-1][1]}"
            res.code = (res.country or "") + (sector or "")
            res.entry = country_entry.label
            res.confidence = 0.8 if agents else 0.7
            res.evidence.append(f"country word ({country_entry.kind}) {country_entry.label}")
            if agents:
                res.evidence.append(f"agent noun '{agents[-1][1]}' -> {sector}")
            return res
        if region is not None:
            return self._from_entries(res, region[2], date, 0.75, "bloc or region")
        if agents:
            res.sector = sector
            res.kind = "agent"
            res.code = sector
            res.name = agents[-1][1]
            res.confidence = 0.5
            res.evidence.append(f"agent noun '{agents[-1][1]}' -> {sector} (no country in the phrase)")
        return res

    def _sector(self, text: str, agents: list[tuple[int, str, str]]) -> str | None:
        if not agents:
            return None
        words = normalize(text).split()
        head = agents[-1]
        head_is_last = head[0] == len(words) - 1
        if head_is_last and words[head[0]] in GENERIC_HEADS or head[1] in GENERIC_HEADS:
            specific = [a for a in agents[:-1] if a[1] not in GENERIC_HEADS]
            if specific:
                return specific[-1][2]
        return head[2]

    def _from_entries(self, res: Resolution, entries: list[Entry], date: dt.date | None,
                      conf: float, why: str) -> Resolution:
        order = ["person", "organization", "group", "metonym", "capital", "country", "region", "adjective"]
        entries = sorted(entries, key=lambda e: order.index(e.kind) if e.kind in order else 99)
        top = entries[0]
        if top.kind == "person":
            top = pick_role(entries, date)
            if date is not None and not top.valid_on(date):
                conf *= 0.8
                why += f"; no role on {date}, nearest role used for the country"
        res.name = top.name
        res.country = top.country
        res.sector = top.sector
        res.code = top.code or ((top.country or "") + (top.sector or ""))
        res.kind = {"capital": "country", "metonym": "country", "adjective": "country"}.get(top.kind, top.kind)
        res.entry = top.label
        res.confidence = conf
        res.evidence.append(f"{why}: {top.label}")
        return res

    def _fill_from_phrase(self, res: Resolution, text: str, place: list) -> Resolution:
        """A person's country from the phrase when the dictionary has none for them."""
        if res.country is None and place:
            e = next(e for e in place[0][2] if e.country)
            res.country = e.country
        if res.sector is None:
            res.sector = self._sector(text, self._agents(text))
        res.code = (res.country or "") + (res.sector or "") or res.code
        return res


_RESOLVER: Resolver | None = None


def get_resolver() -> Resolver:
    global _RESOLVER
    if _RESOLVER is None:
        _RESOLVER = Resolver()
    return _RESOLVER


def resolve_actor(text: str, date: Any = None) -> Resolution:
    """Code one actor phrase, e.g. ``resolve_actor("an American destroyer")`` -> USA, MIL, USAMIL."""
    return get_resolver().resolve(text, date)
