"""The actor knowledge base: readable TSV dictionaries, loaded once, indexed by normalized name.

Files (in ``eventwire/data/actors/`` and in any user folder named by ``EVENTWIRE_ACTOR_DIRS``,
a ``os.pathsep``-separated list, or config ``actor_dirs``): each file family is matched by
prefix, so a user adds ``people_mine.tsv`` or ``organizations_local.tsv`` beside the shipped ones.

- ``countries*.tsv``      iso3, name, aliases, adjectives, capitals
- ``metonyms*.tsv``       phrase, country, sector, note      (the Kremlin, the Pentagon)
- ``regions*.tsv``        phrase, code, name                 (the West -> WST)
- ``agents*.tsv``         phrase, sector, note               (soldier -> MIL)
- ``organizations*.tsv``  name, aliases, kind, country, sector, code
- ``groups*.tsv``         name, aliases, country, sector, code
- ``people*.tsv``         name, aliases, country, sector, role, start, end

Lists inside a field are separated by ``|``. Dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD);
an empty end means "still in office".
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from unidecode import unidecode

from .. import config
from ..errors import ConfigError


@dataclass(frozen=True)
class Entry:
    """One dictionary line: what a name means."""

    kind: str  # country | capital | metonym | region | organization | group | person | agent
    name: str
    country: str | None
    sector: str | None
    code: str | None = None
    role: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    source: str = ""  # file:line, so every coding can be traced to the line that made it

    def valid_on(self, date: dt.date | None) -> bool:
        if date is None:
            return True
        if self.start and date < self.start:
            return False
        if self.end and date > self.end:
            return False
        return True

    @property
    def label(self) -> str:
        if self.kind == "person" and self.role:
            span = f"{self.start or '?'}..{self.end or ''}"
            return f"{self.name}, {self.role} ({span}) [{self.source}]"
        return f"{self.name} [{self.source}]"


_APOS = re.compile(r"['’`]s\b", re.IGNORECASE)
_PUNCT = re.compile(r"[^0-9A-Za-z ]+")


def normalize(text: str, keep_case: bool = False) -> str:
    """Spelling-insensitive key: accents, dots, hyphens, possessives and 'the' do not matter."""
    s = unidecode(text)
    s = _APOS.sub("", s)
    s = s.replace(".", "").replace("'", "").replace("’", "")
    s = s.replace("-", " ")
    s = _PUNCT.sub(" ", s)
    if not keep_case:
        s = s.lower()
    words = s.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def _is_case_sensitive(alias: str) -> bool:
    """Short all-caps aliases (US, UK, IS, UN) must not match the words 'us', 'is', 'un'."""
    letters = re.sub(r"[^A-Za-z]", "", alias)
    return bool(letters) and letters.isupper() and len(letters) <= 4


def parse_kb_date(value: str, end: bool = False) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    parts = value.split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return dt.date(y, 12, 31) if end else dt.date(y, 1, 1)
        m = int(parts[1])
        if len(parts) == 2:
            if end:
                nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
                return nxt - dt.timedelta(days=1)
            return dt.date(y, m, 1)
        return dt.date(y, m, int(parts[2]))
    except (ValueError, IndexError):
        raise ConfigError(f"bad date {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from None


def _split(field: str | None) -> list[str]:
    return [p.strip() for p in (field or "").split("|") if p.strip()]


class KnowledgeBase:
    """Name index over every dictionary; ``lookup`` is exact on normalized keys."""

    def __init__(self) -> None:
        self.index: dict[str, list[Entry]] = defaultdict(list)
        self.case_keys: dict[str, set[str]] = defaultdict(set)  # key -> allowed original-case forms
        self.agents: dict[str, str] = {}
        self.surnames: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        self.person_keys: list[str] = []
        self.max_words = 1
        self.files: list[str] = []

    # -- building --------------------------------------------------------------
    def add(self, alias: str, entry: Entry) -> None:
        key = normalize(alias)
        if not key:
            return
        if entry not in self.index[key]:
            self.index[key].append(entry)
        if _is_case_sensitive(alias):
            self.case_keys[key].add(normalize(alias, keep_case=True))
        self.max_words = max(self.max_words, len(key.split()))
        if entry.kind == "person":
            words = key.split()
            if len(words) >= 2:
                self.surnames[words[-1]].append((key, entry))
                self.person_keys.append(key)

    def load_file(self, path: Path) -> None:
        family = path.name.split("_")[0].split(".")[0]
        loader = getattr(self, f"_load_{family}", None)
        if loader is None:
            return
        with path.open(encoding="utf-8", newline="") as fh:
            rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            for lineno, row in enumerate(rows, 2):
                try:
                    loader(row, f"{path.name}:{lineno}")
                except (KeyError, ConfigError, AttributeError) as exc:
                    raise ConfigError(f"{path}:{lineno}: {exc}") from exc
        self.files.append(str(path))

    def _load_countries(self, row: dict, src: str) -> None:
        iso = row["iso3"].strip()
        country = Entry("country", row["name"].strip(), iso, None, iso, source=src)
        for alias in [row["name"], *_split(row.get("aliases"))]:
            self.add(alias, country)
        for adj in _split(row.get("adjectives")):
            self.add(adj, Entry("adjective", row["name"].strip(), iso, None, iso, source=src))
        for cap in _split(row.get("capitals")):
            self.add(cap, Entry("capital", cap, iso, "GOV", iso + "GOV", source=src))

    def _load_metonyms(self, row: dict, src: str) -> None:
        phrase, iso, sector = row["phrase"].strip(), row["country"].strip(), row["sector"].strip()
        for alias in _split(phrase):
            self.add(alias, Entry("metonym", alias, iso or None, sector or None, iso + sector, source=src))

    def _load_regions(self, row: dict, src: str) -> None:
        code = row["code"].strip()
        name = (row.get("name") or code).strip()
        for alias in _split(row["phrase"]):
            self.add(alias, Entry("region", name, None, None, code, source=src))

    def _load_agents(self, row: dict, src: str) -> None:
        sector = row["sector"].strip()
        for alias in _split(row["phrase"]):
            self.agents[normalize(alias)] = sector

    def _load_organizations(self, row: dict, src: str) -> None:
        kind = (row.get("kind") or "organization").strip()
        iso = (row.get("country") or "").strip() or None
        sector = (row.get("sector") or "").strip() or None
        code = (row.get("code") or "").strip() or ((iso or "") + (sector or ""))
        entry = Entry("organization", row["name"].strip(), iso, sector, code, role=kind, source=src)
        for alias in [row["name"], *_split(row.get("aliases"))]:
            self.add(alias, entry)

    def _load_groups(self, row: dict, src: str) -> None:
        iso = (row.get("country") or "").strip() or None
        sector = (row.get("sector") or "").strip() or None
        code = (row.get("code") or "").strip() or ((iso or "") + (sector or ""))
        entry = Entry("group", row["name"].strip(), iso, sector, code, source=src)
        for alias in [row["name"], *_split(row.get("aliases"))]:
            self.add(alias, entry)

    def _load_people(self, row: dict, src: str) -> None:
        iso = (row.get("country") or "").strip() or None
        sector = (row.get("sector") or "").strip() or None
        start = parse_kb_date(row.get("start", ""))
        end = parse_kb_date(row.get("end", ""), end=True)
        if start and end and end < start:
            raise ConfigError(f"end {end} before start {start}")
        entry = Entry(
            "person", row["name"].strip(), iso, sector, (iso or "") + (sector or ""),
            role=(row.get("role") or "").strip() or None, start=start, end=end, source=src,
        )
        for alias in [row["name"], *_split(row.get("aliases"))]:
            self.add(alias, entry)

    # -- querying --------------------------------------------------------------
    def lookup(self, key: str, original: str | None = None) -> list[Entry]:
        """Entries for a normalized key; short all-caps aliases also need the right case."""
        entries = self.index.get(key, [])
        if entries and key in self.case_keys and original is not None:
            if normalize(original, keep_case=True) not in self.case_keys[key]:
                # The text says "us"/"is": only entries with a non-case-sensitive alias remain.
                return [e for e in entries if e.kind in ("person",)]
        return entries


def _data_dirs() -> list[Path]:
    dirs = [Path(str(resources.files("eventwire") / "data" / "actors"))]
    extra = os.environ.get("EVENTWIRE_ACTOR_DIRS") or config.file_settings().get("actor_dirs")
    if isinstance(extra, str):
        extra = [p for p in extra.split(os.pathsep) if p]
    for d in extra or []:
        path = Path(d).expanduser()
        if not path.is_dir():
            raise ConfigError(f"actor dictionary folder {path} does not exist")
        dirs.append(path)
    return dirs


@lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    """The shipped dictionaries plus the user's, in that order (a user line adds meanings)."""
    kb = KnowledgeBase()
    for folder in _data_dirs():
        for path in sorted(folder.glob("*.tsv")):
            kb.load_file(path)
    return kb
