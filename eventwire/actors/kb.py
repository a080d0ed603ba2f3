"""The actor knowledge base: readable TSV dictionaries, loaded once, indexed by normalized name.

Files (in ``eventwire/data/actors/`` and in any user folder named by ``EVENTWIRE_ACTOR_DIRS``,
a ``os.pathsep``-separated list, or config ``actor_dirs``): each file family is matched by
prefix, so a user adds ``people_mine.tsv`` or ``organizations_local.tsv`` beside the shipped ones.

- ``countries*.tsv``      iso3, name, aliases, adjectives, capitals
- ``metonyms*.tsv``       phrase, country, sector, note      (the Kremlin, the Pentagon)
- ``regions*.tsv``        phrase, code, name                 (the West -> WST)
- ``agents*.tsv``         phrase, sector, note               (soldier -> MIL)
- ``organizations*.tsv``  name, aliases, kind, country, sector, code
                          (kind: igo, ngo, party, media, company, state)
- ``groups*.tsv``         name, aliases, country, sector, code
- ``people*.tsv``         name, aliases, country, sector, role, start, end
- ``ordinary*.tsv``       word, note   (ordinary words that some names also are: "national",
                          "guardian", "labour"; such a name matches only in name form, see
                          ``Resolver._name_form``)

Lists inside a field are separated by ``|``. Dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD);
an empty end means "still in office".

Short acronyms (``US``, ``IS``, ``UN``, ``WHO``, mixed-case ``LeT``) only match as written,
so "us", "is", "who" and "let" stay ordinary words; a name that is also listed in ordinary
case (the metonym "Rada") keeps matching in any case. After changing the dictionaries or
``EVENTWIRE_ACTOR_DIRS`` in a running process, call :func:`reload`.
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


#: What stands in the country position for international bodies (POLECAT's convention): the UN's bodies,
#: the EU's, other intergovernmental ones, non-governmental ones. Their function goes in the sector
#: (the ICJ is UNO + JUD, the European Parliament EUR + LEG, NATO IGO + MIL).
IO_BODIES = frozenset({"UNO", "EUR", "IGO", "NGO"})


@dataclass(frozen=True)
class Entry:
    """One dictionary line: what a name means."""

    kind: str  # country | capital | metonym | region | organization | group | person | agent | ethnic
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


@lru_cache(maxsize=1 << 16)
def normalize(text: str, keep_case: bool = False) -> str:
    """Spelling-insensitive key: accents, dots, hyphens, possessives and 'the' do not matter."""
    s = text if text.isascii() else unidecode(text)
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
    """Short acronyms must not match ordinary words: US, IS, UN, WHO (not 'us', 'is', 'un',
    'who'), and mixed-case ones like LeT (Lashkar-e-Taiba, not 'let')."""
    letters = re.sub(r"[^A-Za-z]", "", alias)
    if not letters:
        return False
    if letters.isupper():
        return len(letters) <= 4
    return len(letters) <= 5 and bool(re.search(r"[a-z][A-Z]", alias))


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
        #: key -> {entry: original-case forms} for entries reachable ONLY through a short
        #: all-caps alias under that key ("IS" -> Islamic State, but not "is").
        self.case_only: dict[str, dict[Entry, set[str]]] = {}
        self.agents: dict[str, str] = {}
        self.title_only: set[str] = set()
        #: agent words that name a person only as the head of the phrase (its last word)
        self.head_only: set[str] = set()
        self.surnames: dict[str, list[tuple[str, Entry]]] = defaultdict(list)
        self.person_keys: list[str] = []  # normalized person names of two words or more
        self.person_single: list[str] = []  # one-word person aliases ("Zelensky", "Erdogan")
        self.max_words = 1
        self.files: list[str] = []
        self.cased_aliases: list[str] = []  # every name as written in the files (case restoration)
        #: normalized ordinary words and phrases that are also names ("national" -> The National)
        self.ordinary: set[str] = set()
        self._person_rows: dict[str, tuple[list[Entry], set[str]]] = {}

    # -- building --------------------------------------------------------------
    def add(self, alias: str, entry: Entry) -> None:
        key = normalize(alias)
        if not key:
            return
        if entry.kind != "agent":
            self.cased_aliases.append(alias)
        bucket = self.index[key]
        new = entry not in bucket
        if new:
            bucket.append(entry)
        restricted = self.case_only.get(key)
        if _is_case_sensitive(alias):
            if new or (restricted is not None and entry in restricted):
                self.case_only.setdefault(key, {}).setdefault(entry, set()).add(normalize(alias, keep_case=True))
        elif restricted is not None:
            restricted.pop(entry, None)  # also written in ordinary case: matches in any case
        n = key.count(" ") + 1
        if n > self.max_words:
            self.max_words = n
        if entry.kind == "person" and new:
            if n >= 2:
                self.surnames[key.rsplit(" ", 1)[-1]].append((key, entry))
                self.person_keys.append(key)
            elif not _is_case_sensitive(alias):
                self.person_single.append(key)

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
        # an adjective of a region ("West African", "European") names its people only before an agent noun
        # ("West African troops"): "the western border" is no actor
        kind = "region adjective" if src.startswith("regions_adjectives") else "region"
        for alias in _split(row["phrase"]):
            self.add(alias, Entry(kind, name, None, None, code, source=src))

    def _load_ordinary(self, row: dict, src: str) -> None:
        key = normalize(row["word"])
        if key:
            self.ordinary.add(key)

    def _load_agents(self, row: dict, src: str) -> None:
        sector = row["sector"].strip()
        for alias in _split(row["phrase"]):
            self.agents[normalize(alias)] = sector
            if (row.get("note") or "").startswith("title abbreviation"):
                # "Sen." only before a name: "Sen. Feliciano Valencia", not "Amartya Sen"
                self.title_only.add(normalize(alias))
            elif (row.get("note") or "").startswith("head only"):
                # "a 16-year-old female" is a person, "a female officer" an officer
                self.head_only.add(normalize(alias))

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

    def _load_ethnic(self, row: dict, src: str) -> None:
        # a people's name: its members are private persons (CVL), of the one state most of them live in when
        # there is one ("the Rohingya": Myanmar), else of no state ("the Kurds": the story's context decides)
        iso = (row.get("country") or "").strip() or None
        entry = Entry("ethnic", row["name"].strip(), iso, "CVL", (iso or "") + "CVL", source=src)
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
        aliases = [row["name"], *_split(row.get("aliases"))]
        for alias in aliases:
            self.add(alias, entry)
        rows = self._person_rows.setdefault(entry.name, ([], set()))
        rows[0].append(entry)
        rows[1].update(aliases)

    def finish(self) -> None:
        """After the last file: every alias of a person names all of their role lines, so
        "Netanyahu" finds the prime minister even if only the opposition line lists it."""
        for entries, aliases in self._person_rows.values():
            if len(entries) > 1:
                for alias in aliases:
                    for entry in entries:
                        self.add(alias, entry)
        self._person_rows.clear()

    # -- querying --------------------------------------------------------------
    def lookup(self, key: str, original: str | None = None) -> list[Entry]:
        """Entries for a normalized key; short all-caps aliases also need the right case.

        ``original`` is the text as written; without it case is not checked.
        """
        entries = self.index.get(key, [])
        restricted = self.case_only.get(key)
        if entries and restricted and original is not None:
            form = normalize(original, keep_case=True)
            return [e for e in entries if e not in restricted or form in restricted[e]]
        return entries

    def counts(self) -> dict[str, int]:
        """Entry counts for reports: person-role records, organizations by kind, groups, ..."""
        seen: set[Entry] = set()
        out: dict[str, int] = defaultdict(int)
        for entries in self.index.values():
            for e in entries:
                if e in seen:
                    continue
                seen.add(e)
                label = f"organization:{e.role}" if e.kind == "organization" else e.kind
                out[label] += 1
        out["agent noun"] = len(self.agents)
        return dict(sorted(out.items()))


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


def dictionary_files() -> list[Path]:
    """The actor dictionaries in use, shipped and the user's, in load order."""
    return [path for folder in _data_dirs() for path in sorted(folder.glob("*.tsv"))]


@lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    """The shipped dictionaries plus the user's, in that order (a user line adds meanings).

    Loaded once per process; see :func:`reload`.
    """
    kb = KnowledgeBase()
    for path in dictionary_files():
        kb.load_file(path)
    kb.finish()
    return kb


def reload() -> KnowledgeBase:
    """Forget the loaded dictionaries (and the config file) and load them again.

    For long-running processes and tests that edit a dictionary or change
    ``EVENTWIRE_ACTOR_DIRS``; ``resolver.get_resolver()`` notices the new knowledge base.
    """
    load.cache_clear()
    config.file_settings.cache_clear()
    return load()
