"""Actor coding: a phrase (and a date) in, country + sector + CAMEO-style code out.

Order of evidence, strongest first: a known person (by name, valid on the date), a known
organization or armed group, a seat of power or capital used as a metonym, a bloc, and
last a country word plus an agent noun ("an American destroyer" -> USA + MIL).
Unknown names stay unknown, but keep the country and sector the phrase itself gives.

A phrase is read as a head noun phrase and an optional complement after its first free
preposition ("the Russian ambassador | to the UN", "a spokesman | for the Pentagon"):
the head decides when it names a country or an organization; otherwise the complement
supplies it, unless the preposition points away from the actor ("to", "against").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel
from spacy.lang.en.stop_words import STOP_WORDS

from ..geo import WATER_HEADS
from .kb import IO_BODIES, Entry, KnowledgeBase, load, normalize

#: a name, a comma, then a description: "Bhutan, a majority-Buddhist kingdom"
APPOSED_COUNTRY = re.compile(r"^\s*((?:[A-Z][\w.'-]*\s?){1,4}),\s+(?:a|an|the)\s")
#: capitalized words that open a state body's own name ("National Security Council"): an organization's short
#: name after one of them is part of that other name
NAME_BUILDERS = {"National", "Supreme", "Federal", "Central", "Provincial", "Regional", "Municipal", "Provisional",
                 "Transitional", "Interim", "Permanent", "Higher", "High", "Joint", "Presidential"}

#: Heads that carry no sector of their own when a modifier gives one ("military delegation").
GENERIC_HEADS = {
    "delegation", "official", "officials", "spokesman", "spokeswoman", "spokesperson",
    "representative", "source", "member", "members", "team", "unit", "leader", "leadership",
    "head", "chief", "group", "authority", "authorities", "agency", "office", "department",
    "aide", "adviser", "advisor", "staff", "senior official", "top official", "officer",
    # ranks police and armies share: "a police sergeant" is police, "an army captain" the army
    "sergeant", "lieutenant", "captain", "corporal",
    # the senior people of any body ("the Justice Department's top brass"), of the army unless one is named
    "top brass",
}
#: Functions an international body's people can give it ("UN peacekeepers", "EU lawmakers"); a
#: "researcher" at Amnesty does not make Amnesty a university.
BODY_FUNCTIONS = {"MIL", "COP", "JUD", "LEG", "GOV", "MED"}
#: Heads that make an armed group's name mean the government it runs ("the Taliban government").
RULING_HEADS = {"government", "authority", "administration", "regime", "cabinet"}
#: Sectors of state institutions an armed group can run ("the Hamas-run health ministry").
STATE_SECTORS = {"GOV", "COP", "JUD", "LEG"}
#: Prepositions that open a complement; the complement names where the head belongs ...
MEMBER_PREPS = {"of", "at", "from", "with", "for", "in", "within", "inside"}
#: Of these, the locative ones only say where the head is: soldiers, diplomats or refugees
#: "in" a country are often foreigners there, so those heads take no country from it.
LOCATIVE_PREPS = {"in", "at", "within", "inside"}
MOBILE_SECTORS = {"MIL", "REB", "ISM", "UAF", "IMG", "SPY", "NGO", "REF", "JRN"}
DIPLOMATIC = {"ambassador", "diplomat", "envoy", "embassy", "consul", "consulate", "consul general",
              "delegation", "delegate", "special envoy", "emissary", "high commission", "high commissioner"}
#: ... or names something else the head acts on or towards ("the ambassador to Russia").
AWAY_PREPS = {"to", "against", "toward", "towards", "into", "near", "on", "over", "about", "by"}
_POSSESSIVE = re.compile(r"^(.*\S)['’]s\s+(.+)$")
#: words that make a place name part of a street's or a building's name
STREET_WORDS = {"road", "street", "avenue", "boulevard", "drive", "lane", "highway", "bridge", "school", "hospital",
                "airport", "station", "park", "mall", "plaza", "court", "terrace", "way", "place", "parkway"}
#: Fuzzy person matching: below this whole-name score a name is not a person we know.
FUZZY_MIN = 86.0
PRONOUNS = {"he", "she", "they", "it", "him", "her", "them", "his", "its", "their", "we", "us", "i", "you"}
PLACE_KINDS = ("country", "adjective", "capital", "metonym")
ORG_KINDS = ("organization", "group")



#: words that end a firm's name: whoever is an officer "of" it works in business
COMPANY_MARKERS = {"inc", "inc.", "corp", "corp.", "corporation", "co.", "ltd", "ltd.", "llc", "plc", "company",
                   "gmbh", "ag", "s.a.", "holdings"}
#: last words of a body's name that make it a body of its own kind, whatever agent noun the name holds
#: before them ("Police Benevolent Association", "Parish Fire District", "King Street"): a civic body, a
#: firm, a school or a place, not a unit of that agent's sector
BODY_HEADS = {"association", "society", "club", "foundation", "district", "league", "institute", "center",
              "centre", "museum", "hospital", "clinic", "school", "college", "company", "corporation", "bank",
              "fund", "trust", "radio", "television", "network", "magazine", "newspaper", "station", "street",
              "road", "avenue", "park", "library", "church", "cemetery", "stadium", "hotel"}


def _name_heads_elsewhere(cased: list[str], last_agent: tuple[int, int, str, str]) -> bool:
    """A capitalized name that ends in a body of another kind after its last agent noun: the agent noun is
    part of the name ("Elm Street Neighborhood Association", "Calcasieu Parish Fire District 4"),
    and the body's sector is unknown."""
    words = [w for w in cased if not w.isdigit()]
    end = last_agent[1] - sum(1 for w in cased[:last_agent[1]] if w.isdigit())
    if end >= len(words) or not all(w[:1].isupper() for w in words if w.lower() != "the"):
        return False
    return words[-1].lower() in BODY_HEADS

class Where(NamedTuple):
    """How a phrase stands in its text, for names that are also ordinary words."""

    lead_the: bool = False  # it began with "the" (which normalizing drops)
    sentence_start: bool = False  # it opens its sentence: its first capital is no evidence
    label: str | None = None  # the parser's entity label, when the phrase is an entity
    modifier: bool = False  # the phrase modifies a noun after it ("the Wagner festival", "Meta department")


#: nouns that, after a name that is also a word, say what it names ("the National newspaper")
NAME_DESCRIPTORS = {"newspaper", "daily", "weekly", "website", "magazine", "broadcaster", "party", "movement",
                    "group", "company", "alliance", "organization", "organisation"}
#: entity labels under which a word is not an organization's name ("Wagner" the composer, "Meta" the department)
NOT_ORG_LABELS = {"PERSON", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "NORP", "PRODUCT"}


#: answers a resolver remembers before it starts again (a long run meets ever new phrases)
MEMO_SIZE = 100_000


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


def _people_hit(text: str, hits: list, agents: list) -> tuple[tuple | None, Entry | None]:
    """The people's name (``ethnic_groups.tsv``) of a phrase, and its entry, where it is the phrase's head or
    stands right before its agent noun ("the Rohingya", "Rohingya refugees"; not "a Bedouin village",
    "Tamil Nadu police")."""
    size = len(normalize(text).split())
    for h in hits:
        entry = next((e for e in h[2] if e.kind == "ethnic"), None)
        if entry is not None and (h[1] == size or any(a[0] == h[1] for a in agents)):
            return h, entry
    return None, None


def _as_date(date: Any) -> dt.date | None:
    if date is None or date == "":
        return None
    if isinstance(date, dt.datetime):
        return date.date()
    if isinstance(date, dt.date):
        return date
    return dt.date.fromisoformat(str(date)[:10])


# -- roles -------------------------------------------------------------------------------------

_PARTY_ROLE = re.compile(r"\bpart(y|ies)\b|\bcommunist\b|\bpolitburo\b|\bcentral committee\b", re.IGNORECASE)
#: posts whose holders news names by surname alone ("Blinken", "Lavrov")
_TOP_MINISTER = re.compile(r"foreign|external affairs|defen[cs]e|secretary of state|secretary[- ]general", re.I)
_HEAD_ROLE = re.compile(
    r"^(?:acting |interim |transitional |caretaker |de facto )?"
    r"(?:president|co-president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|"
    r"supreme leader|head of state|head of government|chief adviser|leader\b(?! of)|monarch|pope|"
    r"taoiseach|grand duke|(?:first )?chairman of the (?:state affairs commission|"
    r"national defen[cs]e commission|transitional (?:sovereignty|military) council|"
    r"state administration council|state security and peace commission|presidential council|"
    r"presidential leadership council|presidency council|sovereignty council|supreme council))\b",
    re.IGNORECASE)
_DEPUTY_ROLE = re.compile(
    r"^(?:acting |first |second )?(?:vice[- ]president|deputy (?:president|prime minister|premier|chairman)|"
    r"vice[- ]premier|vice[- ]chairman|crown prince|first vice)", re.IGNORECASE)


#: Words that make a named office holder a former one, whatever the date ("ex-President", "retired General").
#: words that count people ("hundreds of Iraqis", "several Britons")
COUNTING_WORDS = {"hundreds", "thousands", "dozens", "scores", "millions", "tens", "many", "several", "some", "few",
                  "a", "group", "dozen", "hundred", "thousand", "more", "other", "fellow", "number"}
_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
            "fifty"}
FORMER_WORDS = {"former", "ex", "retired", "erstwhile", "onetime", "one-time"}
#: Non-state armed sectors: a role in one, taken up last, ends the person's state roles in effect.
TOOK_UP_ARMS = {"REB", "ISM", "UAF", "IMG"}


def role_rank(entry: Entry) -> int:
    """Lower outranks higher when one person holds several posts at once.

    0 head of state or government, 1 their deputies, 2 ministers and every other state
    post (a speaker, a commander, a secretary-general), 3 leader of the opposition, 4 party posts.
    """
    role = entry.role or ""
    if entry.sector == "PTY" or _PARTY_ROLE.search(role):
        return 4
    if entry.sector == "OPP":
        return 3
    if entry.sector != "LEG" and _HEAD_ROLE.match(role) and "exchequer" not in role.lower():
        return 0
    if _DEPUTY_ROLE.match(role):
        return 1
    return 2


_ROLE_STOP = {"of", "the", "and", "for", "to", "in", "on", "a"}


def _titled_role(text: str, people: list[Entry], top: Entry) -> Entry:
    """The role whose words the phrase's title shares most, when it shares more than ``top``'s."""
    words = set(re.findall(r"[a-z]+", text.lower())) - _ROLE_STOP
    if len(people) < 2 or not words:
        return top

    def shared(e: Entry) -> int:
        own = set(re.findall(r"[a-z]+", e.name.lower()))
        return len((set(re.findall(r"[a-z]+", (e.role or "").lower())) - _ROLE_STOP - own) & words)

    best = max(people, key=shared)
    return best if shared(best) > shared(top) and [shared(e) for e in people].count(shared(best)) == 1 else top


def pick_role(entries: list[Entry], date: dt.date | None) -> Entry:
    """The person's role on the date; else the closest role in time; else the current one.

    Several roles at once rank by :func:`role_rank` (a head of state outranks a minister,
    who outranks a party post), then the most recent appointment; except that a newest role
    in a non-state armed group (:data:`TOOK_UP_ARMS`) wins over older state posts.
    """
    people = [e for e in entries if e.kind == "person"]
    if date is not None:
        valid = [e for e in people if e.valid_on(date)]
        if valid:
            latest = max(valid, key=lambda e: e.start or dt.date.min)
            if latest.sector in TOOK_UP_ARMS and all((e.start or dt.date.min) < (latest.start or dt.date.min)
                                                     for e in valid if e is not latest):
                return latest  # an official who turned rebel (Hemedti, April 2023) is a rebel now
            return min(valid, key=lambda e: (role_rank(e), -(e.start or dt.date.min).toordinal()))

        def distance(e: Entry) -> int:
            if e.start and date < e.start:
                return (e.start - date).days
            if e.end and date > e.end:
                return (date - e.end).days
            return 0

        return min(people, key=lambda e: (distance(e), role_rank(e)))
    return min(people, key=lambda e: (e.end is not None, role_rank(e), -(e.start or dt.date.min).toordinal()))


# -- fuzzy names -------------------------------------------------------------------------------

_TRANSLIT = [("ou", "u"), ("oo", "u"), ("ee", "i"), ("y", "i"), ("kh", "h"), ("ph", "f"), ("dj", "j"), ("w", "v")]
_DOUBLE = re.compile(r"(.)\1+")


def _translit(token: str) -> str:
    """A rough spelling key for short name parts: "Jung" != "Jong", but "Yi" == "Yee"."""
    for a, b in _TRANSLIT:
        token = token.replace(a, b)
    return _DOUBLE.sub(r"\1", token)


def _consonants(token: str) -> str:
    """The consonant skeleton: transliterations mostly change vowels ("Poutine", "Netanyahou")."""
    return re.sub(r"[aeiouy]", "", _translit(token).replace("q", "k").replace("c", "k"))


def _token_ok(x: str, y: str) -> tuple[bool, bool]:
    """(acceptable as a spelling of the same name part, close enough not to count as a deviation)."""
    if x == y:
        return True, True
    if min(len(x), len(y)) <= 4:
        same = _translit(x) == _translit(y)
        return same, same
    if abs(len(x) - len(y)) > 2:
        return False, False
    short, long_ = sorted((x, y), key=len)
    if long_.startswith(short) and set(long_[len(short):]) != {short[-1]}:
        return False, False  # Petrov/Petrovsky, Medvedev/Medvedeva: another name, not a spelling
    r = max(fuzz.ratio(x, y), fuzz.ratio(_translit(x), _translit(y)))
    if r < 80 or Indel.distance(_consonants(x), _consonants(y)) > (1 if len(short) > 5 else 0):
        return False, False  # Mabuza/Makuza, Salam/Siala: a consonant changed, so another name
    return True, r >= 90


def name_score(text_key: str, cand_key: str) -> float:
    """0..100 similarity of two normalized names, 0 when they cannot be the same name.

    Every part must match: short parts ("Kim", "Jong", "Nam") only under a transliteration
    key, longer parts within a couple of letters, and only one part may differ noticeably.
    """
    a, b = text_key.split(), cand_key.split()
    if len(a) != len(b):
        if "".join(a) == "".join(b):  # "Kim Jongun" / "Kim Jong Un"
            return 97.0
        return 0.0
    deviations = 0
    for x, y in zip(a, b):
        ok, close = _token_ok(x, y)
        if not ok:
            return 0.0
        deviations += not close
    if deviations > 1:
        return 0.0
    return max(fuzz.ratio(text_key, cand_key), fuzz.ratio(_translit(text_key), _translit(cand_key)) - 2)


def _singulars(word: str) -> list[str]:
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("ves") and len(word) > 4:
        out.append(word[:-3] + "f")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and len(word) > 2:
        out.append(word[:-1])
    if word.endswith("men"):
        out.append(word[:-3] + "man")
    if word.endswith("ren"):
        out.append(word[:-3])
    return out


_SUFFIXES = {"jr", "sr", "junior", "ii", "iii", "iv"}
#: Titles before a surname that do not make it someone else's ("Mr Biden", "Sheikh Hasina").
_HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "sheikh", "shaikh", "sheik",
    "ayatollah", "imam", "comrade", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "prof", "rev",
    "hon", "he", "hrh", "mp", "sen", "rep", "gov", "pres", "marshal", "field", "senior", "chairman",
    "chairwoman", "chairperson", "pm", "fm", "vp", "prime", "crown", "supreme", "secretary", "speaker",
    "major", "captain", "sergeant", "deputy", "vice", "acting", "interim", "transitional", "caretaker",
    "tsar", "czar", "chief", "former", "ex", "late", "dear", "herr", "frau", "monsieur", "senor", "senhor",
    "presidente", "defence", "defense", "foreign", "interior", "justice", "finance", "trade", "opposition",
    "state", "emperor", "empress", "grand", "brig", "rear", "holiness", "his", "her", "excellency", "highness",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
}
_PARTICLES = r"(?:al|el|bin|ibn|bint|de|da|do|dos|das|di|du|van|von|der|den|la|le|ul)"
#: A word that can be part of a person's name: capitalized, or a particle ("al-Sisi", "de").
_NAME_TOKEN = re.compile(r"[A-Z\u00C0-\u00DE][\w'’.\-]*|" + _PARTICLES + r"(?:-[A-Z\u00C0-\u00DE][\w'’\-]*)?")


class Resolver:
    def __init__(self, kb: KnowledgeBase | None = None):
        self.kb = kb or load()
        self._person_choices: list[str] | None = None
        self._single_choices: list[str] | None = None
        self._by_initial: dict[str, list[str]] = {}
        #: fuzzy person matches by (name, date): the same names recur within and across articles
        self._fuzzy_memo: dict[tuple[str, Any], tuple[Entry, float, str] | None] = {}
        #: whole answers of :meth:`resolve`, by its arguments
        self._memo: dict[tuple, Resolution] = {}

    # -- pieces ------------------------------------------------------------
    def _scan(self, words: list[str], cased: list[str], titled: frozenset[int] | set[int] = frozenset(),
              where: Where | None = None) -> list[tuple[int, int, list[Entry]]]:
        """Longest-first n-gram matches of dictionary names inside the phrase.

        ``titled``: word positions inside agent phrases ("Secretary of State"), never name words.
        ``where``: how the phrase stands in its text (see :class:`Where`).
        """
        found = []
        i = 0
        n = len(words)
        while i < n:
            hit = None
            for j in range(min(n, i + self.kb.max_words), i, -1):
                entries = self._name_form(self.kb.lookup(" ".join(words[i:j]), " ".join(cased[i:j])),
                                          words, cased, i, j, where or Where())
                if entries and j < n and cased[j][:1].isupper() and words[j] in STREET_WORDS:
                    # "6016 Dublin Road", "Washington Avenue": a street named after a place, not the place
                    entries = [e for e in entries if e.kind not in PLACE_KINDS]
                if (entries and j == i + 1 and j < n and all(e.kind in ("country", "capital") for e in entries)
                        and cased[i][:1].isupper() and j not in titled and self._name_part(cased[j], words[j])):
                    # "Jordan Smith", "Georgia Brown": a given name that is also a place, then a surname
                    entries = []
                if not entries and j - i >= 2 and words[j - 1].endswith("s"):
                    # a named class or unit in the plural: "Arleigh Burke class destroyers"
                    for sing in _singulars(words[j - 1])[1:]:
                        key = " ".join(words[i:j - 1] + [sing])
                        entries = [e for e in self.kb.lookup(key, " ".join(cased[i:j - 1] + [sing]))
                                   if e.kind in ORG_KINDS]
                        if entries:
                            break
                if (entries and i > 0 and j - i >= 2 and cased[i - 1] in NAME_BUILDERS
                        and all(e.kind in ORG_KINDS for e in entries)):
                    # "the National Security Council", "the Supreme Security Council": a body of a state whose
                    # name holds another body's short name ("Security Council"), not that body
                    entries = []
                if (entries and any(e.kind == "person" for e in entries)
                        and self._other_bearer(words, cased, i, j, titled)):
                    entries = [e for e in entries if e.kind != "person"]
                if entries:
                    hit = (i, j, entries)
                    break
            if hit:
                found.append(hit)
                i = hit[1]
            else:
                i += 1
        return found

    def _name_form(self, entries: list[Entry], words: list[str], cased: list[str], i: int, j: int,
                   where: Where) -> list[Entry]:
        """Organizations and regions whose name is also an ordinary word ("national", "guardian", "west": the
        ``ordinary*.tsv`` list) only where the words are written as that name: capitalized, not part
        of a longer capitalized name ("the Saudi National Guard"), and after "the" when the name has it
        ("The National"). Case says nothing in all-lowercase or all-caps copy; the pipeline restores the
        case of such names only where the words around them make them one ("the guardian reported")."""
        if not entries or " ".join(words[i:j]) not in self.kb.ordinary:
            return entries
        written = cased[i:j]
        name_form = all(w[:1].isupper() for w in written)
        lead_the = where.lead_the
        if i == 0 and not lead_the and where.sentence_start and not all(w.isupper() and len(w) > 1 for w in written):
            name_form = False  # "Labor leaders met ...", "Moderates in the party ...": a capital any word gets
            # (not all capitals: "ICE seized the shipment" opens with an acronym)
        # the parser reads "Wagner" as a person, "Meta" as a place (a region may well be read as a place)
        label_fits = not (where.label in NOT_ORG_LABELS or where.modifier)
        if j < len(words) and words[j] not in MEMBER_PREPS | AWAY_PREPS | NAME_DESCRIPTORS | {"and", "or", "s"}:
            name_form = False  # "Quad biking accidents", "Meta department": a word modifying a noun
        before = cased[i - 1] if i > 0 else ("the" if lead_the else "")
        if i > 0 and before[:1].isupper() and before.lower() != "the":
            name_form = False  # "Saudi National": a longer name
        if j < len(cased) and cased[j][:1].isupper():
            name_form = False  # "National Guard", "Independent Electoral Commission"
        out = []
        lowercase = not any(w[:1].isupper() for w in written)
        for e in entries:
            if e.kind == "person":
                if not lowercase:  # "the Trump administration" stays Trump's
                    out.append(e)
            elif e.kind not in ORG_KINDS and e.kind not in ("capital", "region"):
                out.append(e)
            elif name_form and (label_fits or e.kind == "region") and (
                    not e.name.lower().startswith("the ") or before.lower() == "the"):
                out.append(e)
        return out

    def _other_bearer(self, words: list[str], cased: list[str], i: int, j: int,
                      titled: frozenset[int] | set[int]) -> bool:
        """Is the matched name part of a longer name that is someone else's?

        The longest dictionary match already failed on the whole name, so a known name next
        to more name words is a different person: "Hunter Biden", "Hamza bin Laden",
        "Mahamat Idriss Deby" (the son of Idriss Deby), "Donald Trump Jr.". Titles, countries
        and agent nouns next to the name ("Mr Biden", "Russia's Putin") are not name words.
        """
        if j < len(words) and (words[j] in _SUFFIXES
                               or (j not in titled and self._name_part(cased[j], words[j]))):
            return True
        return i > 0 and i - 1 not in titled and self._name_part(cased[i - 1], words[i - 1])

    def _name_part(self, cased: str, word: str) -> bool:
        """A capitalized word that is not a title, country, agent noun or other dictionary word."""
        return cased[:1].isupper() and word not in _HONORIFICS and not self._is_word(word)

    def _agents(self, words: list[str]) -> list[tuple[int, int, str, str]]:
        """(start, end, agent phrase, sector) for every agent noun in the phrase."""
        out = []
        i = 0
        while i < len(words):
            matched = False
            for j in range(min(len(words), i + 4), i, -1):
                firsts = _singulars(words[i]) if j - i >= 3 else [words[i]]  # "members of parliament"
                for key in (" ".join([first] + words[i + 1:j - 1] + [form]) if j - i > 1 else form
                            for first in firsts for form in _singulars(words[j - 1])):
                    if key in self.kb.agents and (key not in self.kb.title_only or j < len(words)) \
                            and (key not in self.kb.head_only or j == len(words)):
                        out.append((i, j, key, self.kb.agents[key]))
                        i = j
                        matched = True
                        break
                if matched:
                    break
            if not matched:
                i += 1
        return out

    def _surname_agent(self, agent: tuple[int, int, str, str], words: list[str], cased: list[str],
                       label: str | None, names: list[str] | None) -> bool:
        """An agent word written as a surname ("Issac Fisher", "Mr. Farmer") names a person, not a fisherman:
        one capitalized word of a trade (no state post) after a courtesy title, or after a given name where the
        parser calls the whole a person or one proper name."""
        i, j, _, sector = agent
        if j - i != 1 or i == 0 or sector in STATE_SECTORS | {"MIL"}:
            return False
        word, before = cased[i], cased[i - 1]
        if not word[:1].isupper() or word.isupper() or not before[:1].isupper() or self.kb.lookup(words[i - 1]):
            return False
        if words[i - 1].rstrip(".") in ("mr", "mrs", "ms", "miss", "dr"):
            return True
        one_name = label == "PERSON" or any(word in n.split() and before in n.split() for n in names or ())
        return one_name and self._name_part(before, words[i - 1])

    def _surname_place(self, hit: tuple, words: list[str], cased: list[str], label: str | None) -> bool:
        """A place written as a surname ("Kevin Israel", "Melton Lewis Paris") names a person, not a country:
        one place word closing a name the parser calls a person, after a given name."""
        i, j, entries = hit[0], hit[1], hit[2]
        if j - i != 1 or i == 0 or not all(e.kind in PLACE_KINDS for e in entries):
            return False
        word, before = cased[i], cased[i - 1]
        return label == "PERSON" and word[:1].isupper() and not word.isupper() \
            and words[i - 1] not in STOP_WORDS and self._name_part(before, words[i - 1])

    def _choices(self) -> tuple[list[str], list[str]]:
        """Person names for fuzzy matching, built on first use (not at load time)."""
        if self._person_choices is None:
            self._person_choices = list(dict.fromkeys(self.kb.person_keys))
            self._single_choices = list(dict.fromkeys(self.kb.person_single))
            # blocks by first letter: a misspelt name keeps its first letter ("Seguéi Shoigu"), and a scan of
            # one block costs a twentieth of a scan of 10,000 names
            self._by_initial = {}
            for k in self._person_choices:
                self._by_initial.setdefault(k[:1], []).append(k)
        return self._person_choices, self._single_choices  # type: ignore[return-value]

    def fuzzy_person(self, text: str, date: dt.date | None) -> tuple[Entry, float, str] | None:
        """A known person under a misspelling or transliteration, or None.

        Every part of the name must match its counterpart (see :func:`name_score`) and the
        best match must be clearly better than any other person's, so a wrong person is never
        coded with high confidence. One-word names only match one-word aliases closely.
        """
        memo = self._fuzzy_memo
        k = (text, date)
        if k not in memo:
            if len(memo) >= MEMO_SIZE:
                memo.clear()
            memo[k] = self._fuzzy_person(text, date)
        return memo[k]

    def _fuzzy_person(self, text: str, date: dt.date | None) -> tuple[Entry, float, str] | None:
        key = normalize(text)
        words = key.split()
        if not words:
            return None
        multi, single = self._choices()
        if len(words) == 1:
            if len(key) < 6 or not text.strip()[:1].isupper():
                return None
            cands = process.extract(key, single, scorer=fuzz.ratio, score_cutoff=88, limit=5)
            scored = [(s, c) for c, s, _ in cands if c[:2] == key[:2] and name_score(key, c) >= 88]
        else:
            pool = {c for c, _ in self.kb.surnames.get(words[-1], [])}
            block = self._by_initial.get(key[:1], [])
            pool.update(c for c, _, _ in process.extract(key, block, scorer=fuzz.ratio, score_cutoff=75, limit=10))
            scored = [(s, c) for c in pool if (s := name_score(key, c)) >= FUZZY_MIN]
        if not scored:
            return None
        scored.sort(reverse=True)
        best_score, best_key = scored[0]
        best_names = {e.name for e in self.kb.index[best_key] if e.kind == "person"}
        for score, cand in scored[1:]:
            other = {e.name for e in self.kb.index[cand] if e.kind == "person"}
            if other - best_names and score >= best_score - 3:
                return None  # two different people fit about equally well: do not guess
        entries = [e for e in self.kb.index[best_key] if e.kind == "person"]
        if not entries:
            return None
        return pick_role(entries, date), best_score / 100.0, best_key

    def _name_candidates(self, text: str, names: list[str] | None) -> list[str]:
        """Proper-name stretches worth a fuzzy look: the parser's names, then each run of
        capitalized words between titles and dictionary words ("Russian Defence Minister
        | Seguéi Shoigu"), taken whole: part of a longer name is not a name."""
        out = list(names or [])
        segments: list[list[str]] = [[]]
        for raw in re.split(r"\s+", text.strip()):
            tok = re.sub(r"['’]s$", "", raw.strip(",;:()\"“”"))
            key = normalize(tok)
            if tok and key and _NAME_TOKEN.fullmatch(tok) and key != "the" and (
                    self._name_part(tok, key) or (tok[:1].islower() and "-" in tok)):  # al-Sisi
                segments[-1].append(tok)
            elif tok and re.fullmatch(_PARTICLES, tok) and segments[-1]:
                segments[-1].append(tok)  # lower-case particles inside a name
            else:
                segments.append([])
            if raw.endswith((",", ";", ":", ")")):
                segments.append([])
        for seg in segments:
            if 1 <= len(seg) <= 5 and (len(seg) > 1 or len(normalize(seg[0])) >= 6):
                out.append(" ".join(seg))
        return list(dict.fromkeys(out))

    def _is_word(self, key: str) -> bool:
        """A dictionary word other than a person's name: a country, agent noun, organization."""
        if any(e.kind != "person" for e in self.kb.index.get(key, ())):
            return True
        return any(f in self.kb.agents for f in _singulars(key))

    # -- main --------------------------------------------------------------
    def leader_by_surname(self, surname: str, date: Any = None) -> Resolution | None:
        """The person a surname alone names in news: "Blinken", "Lavrov", "Modi", "Xi". Only when the
        dictionary knows exactly one person of that surname, and that person heads a state or a
        government, or is a foreign or defence minister or a secretary-general, on the date (without a
        date: now, else the latest such post). A surname many people bear ("Smith", "Johnson") is never guessed."""
        day = _as_date(date)
        key = normalize(surname)
        if len(key) < 2 or not surname[:1].isupper():
            return None
        # family name first ("Xi Jinping" is "President Xi"): the dictionary's "<title> Xi" aliases say so
        titled = [e for t in ("president", "premier", "chairman", "prime minister")
                  for e in self.kb.index.get(f"{t} {key}", ()) if key in normalize(e.name).split()]
        # a "<title> Xi" alias says who "Xi" alone is (not Li Xi, whose family name is Li)
        # (a titled alias counts only while its bearer holds a post: "Premier Gallant" of 2016 says
        # nothing about "Gallant" in 2024)
        titled = [e for e in titled if day is None or e.valid_on(day)]
        entries = titled or [e for _, e in self.kb.surnames.get(key, []) if e.kind == "person"]
        # the people of that surname who matter on the date (any post then; without a date, ever)
        active = {normalize(e.name) for e in entries if day is None or e.valid_on(day)}
        if len(active) != 1:
            return None
        top = [e for e in entries if e.valid_on(day)
               and ((role_rank(e) == 0 and " of " not in (e.role or "")) or _TOP_MINISTER.search(e.role or ""))]
        # without a date, a post held now; else, the one bearer's latest top post ("Buhari" in an undated
        # story is the president he was, not nobody)
        found = [e for e in top if e.end is None] if day is None else top
        if not found and day is None:
            found = sorted(top, key=lambda e: e.end or dt.date.max, reverse=True)
        if not found:
            return None
        e = found[0]
        return Resolution(text=surname, name=e.name, country=e.country, sector=e.sector, code=e.code or
                          (e.country or "") + (e.sector or ""), kind="person", entry=f"{e.name}, {e.role} [{e.source}]",
                          confidence=0.75,
                          evidence=[f"'{surname}': the one person of that surname in the dictionary, {e.role} "
                                    "on the date"])

    def resolve(self, text: str, date: Any = None, names: list[str] | None = None,
                sentence_start: bool = False, label: str | None = None, modifier: bool = False) -> Resolution:
        """Code one actor phrase (see :meth:`_resolve`); "a former US ambassador", "ex-army officers":
        former office holders named by their post are elites (ELI), not the state they once served.

        Remembered: the coder asks about the same phrase about twice (its pairs, its coreference), and
        the answer depends on nothing else. Each caller gets its own copy to annotate."""
        key = (text, date, tuple(names) if names else None, sentence_start, label, modifier)
        try:
            known = self._memo[key]
        except (KeyError, TypeError):  # (a date that is no hashable value is not remembered)
            known = self._resolve_phrase(text, date, names, sentence_start, label, modifier)
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            try:
                self._memo[key] = known
            except TypeError:
                pass
        return replace(known, evidence=list(known.evidence))

    def _resolve_phrase(self, text: str, date: Any, names: list[str] | None, sentence_start: bool,
                        label: str | None, modifier: bool) -> Resolution:
        m = APPOSED_COUNTRY.match(text)
        if m:
            # "Bhutan, a majority-Buddhist kingdom": a country named, then described; the description's words
            # ("Buddhist") give it no sector
            named = self._resolve(m.group(1), date, None, sentence_start, label, modifier)
            if named.kind == "country" and named.sector is None:
                named.text = text
                named.evidence.append(f"'{text[m.end(1):].strip(', ')}' describes {named.name}")
                return named
        res = self._resolve(text, date, names, sentence_start, label, modifier)
        if res.kind == "country" and res.sector is None and self._counted_nationals(text, res.country):
            # "hundreds of Iraqis", "three Americans": people of the country, not its state
            res.kind, res.sector, res.code = "agent", "CVL", f"{res.country}CVL"
            res.evidence.append("nationals counted: private persons, not their state -> CVL")
        if res.kind == "agent" and res.sector in STATE_SECTORS | {"MIL", "SPY"} and \
                FORMER_WORDS & set(normalize(text).replace("-", " ").split()):
            res.evidence.append(f"'former' office holder: {res.sector} -> ELI")
            res.sector = "ELI"
            res.code = (res.country or "") + "ELI"
        return res

    def _counted_nationals(self, text: str, country: str | None) -> bool:
        """The phrase counts the nationals of a country: a number or a quantity, then a plural demonym the
        dictionary names the country by ("hundreds of Iraqis", "3 Americans", "many Syrians")."""
        words = normalize(text).split()
        if len(words) < 2 or not words[-1].endswith("s") or words[0] in ("the", "these", "those"):
            return False
        counted = words[0].isdigit() or words[0] in COUNTING_WORDS or words[0] in _NUMBERS
        return counted and any(e.country == country and e.kind == "adjective" for e in self.kb.lookup(words[-1]))

    def _resolve(self, text: str, date: Any = None, names: list[str] | None = None,
                 sentence_start: bool = False, label: str | None = None, modifier: bool = False) -> Resolution:
        """Code one actor phrase. ``names``: proper-name substrings the parser found in it.
        ``sentence_start``: the phrase opens its sentence, so its first capital says nothing.
        ``label``: the parser's entity label for the phrase, if it is an entity; ``modifier``: the phrase
        modifies a noun after it ("the Wagner festival")."""
        date = _as_date(date)
        res = Resolution(text=text)
        key = normalize(text)
        cased_key = normalize(text, keep_case=True)
        if not key or (key in PRONOUNS and not (cased_key.isupper() and len(cased_key) > 1)):
            return res

        # 0. caseless copy ("the bjp", "NATO TROOPS"): the names eventwire knows get their case back, as the
        # pipeline does for whole articles; kept only when that names a person or an organization
        letters = [c for c in text if c.isalpha()]
        if len(letters) >= 4 and (not any(c.isupper() for c in letters) or not any(c.islower() for c in letters)):
            from ..textprep import restore_case

            restored = restore_case(text)
            if restored != text and any(c.isupper() for c in restored[1:]):
                again = self.resolve(restored, date, names, False, label, modifier)
                if again.kind in ("person", "organization", "group"):
                    again.text = text
                    again.evidence.append(f"case restored: {restored!r}")
                    return again

        # 1. the whole phrase is a dictionary name
        where = Where(text.strip().lower().startswith("the "), sentence_start, label, modifier)
        whole = self._name_form(self.kb.lookup(key, text), key.split(), cased_key.split(), 0, len(key.split()), where)
        whole = [e for e in whole if e.kind != "region adjective"]  # "European" alone names no one
        if whole:
            return self._from_entries(res, whole, date, 0.95, "exact name")
        if label == "WORK_OF_ART":
            res.evidence.append("the title of a work (a book, a film, a song): no actor")
            return res  # "The Family Feud: A Guide to Wills" is a book, not a family

        # "Putin's spokesman", "Erdogan's critics": a person's people, not the person
        poss = _POSSESSIVE.match(text)
        if poss and poss.group(2).strip():
            owner = self.resolve(poss.group(1), date)
            head_words = poss.group(2).split()
            if owner.kind == "country" and len(head_words) == 1 and head_words[0][:1].isupper():
                # "India's Modi", "China's Xi": the country's leader of that surname
                lead = self.leader_by_surname(head_words[0], date)
                if lead is not None and lead.country == owner.country:
                    lead.text = text
                    return lead
            if owner.kind == "person":
                head = self.resolve(poss.group(2), date)
                if head.kind in ("person", "organization", "group"):
                    return head  # "Russia's Vladimir Putin"
                res.country = owner.country
                # "the governor's budget plan", "Putin's letter": a thing, no agent, stands for its owner
                res.sector = head.sector if head.known else owner.sector
                if head.sector == "GOV" and owner.sector and owner.sector not in STATE_SECTORS:
                    res.sector = owner.sector  # "Navalny's spokeswoman" speaks for the opposition, not the state
                res.code = (owner.country or "") + (res.sector or "")
                res.kind = "agent"
                res.name = f"{owner.name}'s {poss.group(2).strip()}"
                res.entry = owner.entry
                res.confidence = 0.7
                res.evidence.append(f"possessive: {poss.group(2).strip()!r} of {owner.name} ({owner.entry})")
                return res

        words, cased = key.split(), cased_key.split()
        agents = self._agents(words)
        agents = [a for a in agents if not self._surname_agent(a, words, cased, label, names)]
        hits = self._scan(words, cased, {k for a in agents for k in range(a[0], a[1])}, where)
        hits = [h for h in hits if not self._surname_place(h, words, cased, label)]
        place = [h for h in hits if any(e.kind in PLACE_KINDS for e in h[2])]

        # 2. a known person named in the phrase, exactly or under another spelling (not after an opposing head:
        # "critics of Putin", "opponents of Erdogan" are Russia's and Turkey's opposition, not the leaders)
        person = next((h for h in hits if any(e.kind == "person" for e in h[2])), None)
        critics = next((a for a in agents if a[3] == "OPP" and person is not None and (
            a[1] < len(words) and words[a[1]] == "of" and a[1] < person[0]  # "critics of Putin"
            or a[0] >= person[1] and a[1] == len(words))), None)  # "Erdogan critics"
        if critics is not None:
            leader = [e for e in person[2] if e.kind == "person"]
            res.country = next((e.country for e in leader if e.country), None)
            res.sector, res.kind, res.name, res.confidence = "OPP", "agent", critics[2], 0.7
            res.code = (res.country or "") + "OPP"
            res.evidence.append(f"'{critics[2]}' of {leader[0].name}: the opposition of {res.country or 'no country'}")
            return res
        if person is not None:
            self._from_entries(res, person[2], date, 0.9, "name in phrase")
            return self._fill_from_phrase(res, words, place, agents)
        for cand in self._name_candidates(text, names):
            fz = self.fuzzy_person(cand, date)
            if fz:
                entry, score, matched = fz
                countries = {e.country for h in place for e in h[2] if e.country}
                if countries and entry.country not in countries:
                    continue  # "Jordanian King Hussein" is no Canadian minister named Hussen
                self._from_entries(res, [entry], date, 0.9 * score, f"fuzzy name {matched!r} ({score:.2f})")
                return self._fill_from_phrase(res, words, place, agents)

        # 3. the head noun phrase, then the complement after its first free preposition
        cut, prep = self._split(words, hits, agents)
        head_hits = [h for h in hits if h[1] <= cut]
        head_agents = [a for a in agents if a[1] <= cut]
        tail_hits = [h for h in hits if h[0] > cut]
        tail_agents = [a for a in agents if a[0] > cut]
        out = self._code_head(res, head_hits, head_agents, date)
        if out is not None:
            return out
        if cut > 0 and words[cut - 1] in WATER_HEADS:
            return res  # "the Sea of Japan", "the Gulf of Mexico", "the Strait of Hormuz": water, no actor
        # ("a tanker in the Gulf of Oman": the country waters are named for is no one's side)
        tail = [w for w in words[cut + 1:] if w != "the"][:1]
        if prep in MEMBER_PREPS and not (tail and tail[0] in WATER_HEADS):
            out = self._code_tail(res, head_agents, tail_hits, tail_agents, date, prep)
            if out is not None:
                return out
        own = head_agents or agents  # "the president", or an agent noun only in the complement
        if head_agents and prep in MEMBER_PREPS and COMPANY_MARKERS & set(words[cut + 1:]):
            # "Jane Doe, vice president of Acme Tools Inc.": an officer of a firm is business
            res.sector, res.kind, res.code, res.name = "BUS", "agent", "BUS", head_agents[-1][2]
            res.confidence = 0.5
            res.evidence.append(f"'{head_agents[-1][2]}' of a firm ({prep} ... "
                                f"{next(w for w in words[cut + 1:] if w in COMPANY_MARKERS)}) -> BUS")
            return res
        if own and own is head_agents and _name_heads_elsewhere(cased_key.split()[:cut], own[-1]):
            res.evidence.append(f"'{own[-1][2]}' is part of a name whose head is another word: no sector")
            return res
        if own:
            sector = self._sector(own)
            res.sector = sector
            res.kind = "agent"
            res.code = sector
            res.name = own[-1][2]
            res.confidence = 0.5
            res.evidence.append(f"agent noun '{own[-1][2]}' -> {sector} (no country in the phrase)")
        return res

    def _split(self, words: list[str], hits: list, agents: list) -> tuple[int, str | None]:
        """Index of the first preposition outside any matched name, and the preposition."""
        covered = set()
        for h in hits:
            covered.update(range(h[0], h[1]))
        for a in agents:
            covered.update(range(a[0], a[1]))
        for i, w in enumerate(words):
            if i > 0 and i not in covered and (w in MEMBER_PREPS or w in AWAY_PREPS):
                if w == "by" and i > 0 and words[i - 1] in ("led", "headed", "backed", "run", "supported"):
                    return i - 1, w
                return i, w
        return len(words), None

    def _code_head(self, res: Resolution, hits: list, agents: list, date: dt.date | None) -> Resolution | None:
        org = next((h for h in hits if any(e.kind in ORG_KINDS for e in h[2])), None)
        place = next((h for h in hits if any(e.kind in PLACE_KINDS for e in h[2])), None)
        region = next((h for h in hits if any(e.kind == "region" for e in h[2])), None)
        head = agents[-1] if agents else None
        if org is not None:
            entry = self._top(org[2])
            # "the Taliban government", "the Hamas-run health ministry": the state the group runs
            if (entry.kind == "group" and entry.country and head is not None and head[0] >= org[1]
                    and (head[2] in RULING_HEADS or (head[3] in STATE_SECTORS and head[2] not in GENERIC_HEADS))):
                return self._country_agent(res, entry, agents, "armed group running a state body")
            # "the Chinese UN ambassador": a country's own official at an organization
            if (place is not None and place[1] <= org[0] and (entry.country or "IGO") in IO_BODIES and head is not None
                    and head[0] >= org[1] and head[2] not in GENERIC_HEADS and head[3] == "GOV"):
                return self._country_agent(res, self._top(place[2]), agents, "country's official")
            if entry.sector in ("BUS", "MNC") and entry.country and head is not None and head[0] >= org[1] \
                    and head[3] == "LAB":
                # "Boeing workers", "Gazprom employees": a firm's workforce, labour of the firm's country, not
                # the firm (a strike by them is aimed at it)
                return self._country_agent(res, entry, agents, "company's workforce")
            out = self._from_entries(res, org[2], date, 0.85, "organization in phrase")
            if (out.country in IO_BODIES and out.sector in (None, "GOV") and head is not None and head[0] >= org[1]
                    and head[2] not in GENERIC_HEADS and head[3] in BODY_FUNCTIONS):
                # "UN peacekeepers": the body in the country position, the people's function in the sector
                out.sector = head[3]
                out.code = (out.country or "") + head[3]
                out.evidence.append(f"agent noun '{head[2]}' -> {head[3]} (the body's function)")
            return out
        people, entry = _people_hit(res.text, hits, agents)
        if place is not None:
            if people is not None and not agents and people[0] >= place[1]:
                # "Syrian Kurds", "Bangladeshi Hindus": a people's name after a country word is its people there
                agents = [(people[0], people[1], entry.name, entry.sector)]
            return self._country_agent(res, self._top(place[2]), agents, "country word")
        if region is not None:
            return self._from_entries(res, region[2], date, 0.75, "bloc or region")
        if people is not None:
            # "Rohingya refugees", "Uyghur activists": the people's state (if it has one), the noun's sector
            return self._country_agent(res, entry, agents, "people's name")
        return self._region_agent(res, hits, agents)

    def _region_agent(self, res: Resolution, hits: list, agents: list) -> Resolution | None:
        """"West African troops", "European leaders", "Latin American presidents" (not the United States'):
        a region's adjective before an agent noun names the region's people, in the noun's sector (not a
        name: "Western Union" is a firm)."""
        adjective = next((h for h in hits if any(e.kind == "region adjective" for e in h[2])), None)
        head = agents[-1] if agents else None
        if adjective is None or head is None or head[0] < adjective[1]:
            return None
        written = normalize(res.text, keep_case=True).split()[head[0]:head[1]]
        if written and all(w[:1].isupper() for w in written) and not written[-1].lower().endswith("s") \
                and not all(w.isupper() for w in written):
            return None  # a capitalized singular head is a name's: "Western Union"
        entry = next(e for e in adjective[2] if e.kind == "region adjective")
        sector = self._sector(agents)
        # (a region's, not an agent's without a country: no country from the story's context)
        res.kind, res.sector, res.name, res.entry = "region", sector, f"{entry.name} {head[2]}", entry.label
        res.code = (entry.code or "") + (sector or "")
        res.confidence = 0.75
        res.evidence += [f"region word {entry.label}", f"agent noun '{head[2]}' -> {sector}"]
        return res

    def _code_tail(self, res: Resolution, head_agents: list, hits: list, agents: list,
                   date: dt.date | None, prep: str) -> Resolution | None:
        """The head names no country: the complement says whose it is ("residents of Gaza")."""
        head = head_agents[-1] if head_agents else None
        specific = head is not None and head[2] not in GENERIC_HEADS
        org = next((h for h in hits if any(e.kind in ORG_KINDS for e in h[2])), None)
        place = next((h for h in hits if any(e.kind in PLACE_KINDS for e in h[2])), None)
        if prep in LOCATIVE_PREPS and head is not None and (head[3] in MOBILE_SECTORS or head[2] in DIPLOMATIC):
            return None  # "troops in Syria", "diplomats in Moscow": where they are, not whose
        if org is not None:
            return self._from_entries(res, org[2], date, 0.8, f"organization the head belongs to ('{prep}')")
        if place is not None:
            entry = self._top(place[2])
            own = head_agents if specific or not agents else agents
            out = self._country_agent(res, entry, own, f"country in complement ('{prep}')")
            out.confidence = 0.6 if prep in LOCATIVE_PREPS else 0.75
            if not own and entry.kind == "capital" and out.sector == entry.sector:
                # "Ashley Evans, 26, of Paris": someone of a capital city is not its government
                out.sector, out.code = None, out.country
                out.evidence.append("a capital in the complement names where the head is from, not its government")
            return out
        people, entry = _people_hit(res.text, hits, agents)
        if people is not None and (head is not None or agents or people[1] == len(normalize(res.text).split())):
            # "members of the Rohingya community", "hundreds of Rohingya civilians": the people's, in the sector
            # of the head (or of the complement's own noun when the head is a number)
            own = head_agents if specific or not agents else agents
            return self._country_agent(res, entry, own, f"people's name in complement ('{prep}')")
        # "contingents of West African troops"
        return self._region_agent(res, hits, agents) if agents else None

    @staticmethod
    def _top(entries: list[Entry]) -> Entry:
        order = ["person", "organization", "group", "metonym", "capital", "country", "region", "adjective", "ethnic"]
        return min(entries, key=lambda e: order.index(e.kind) if e.kind in order else 99)

    def _country_agent(self, res: Resolution, entry: Entry, agents: list, why: str) -> Resolution:
        """Country from a place word or group, sector from the agent noun (or the metonym)."""
        sector = self._sector(agents, entry.sector if entry.kind == "metonym" else None)
        if not agents and entry.kind in ("metonym", "capital"):
            sector = entry.sector
        if entry.kind == "ethnic":
            sector = sector or entry.sector  # "the Rohingya community": the people's own, private persons
        res.country = entry.country
        res.kind = "agent" if agents or entry.kind == "ethnic" else "country"
        res.sector = sector
        name = entry.name
        res.name = f"{name} {agents[-1][2]}" if agents else entry.name
        res.code = (res.country or "") + (sector or "")
        res.entry = entry.label
        res.confidence = 0.8 if agents else 0.7
        res.evidence.append(f"{why} ({entry.kind}) {entry.label}")
        if agents:
            res.evidence.append(f"agent noun '{agents[-1][2]}' -> {sector}")
        return res

    @staticmethod
    def _sector(agents: list, fallback: str | None = None) -> str | None:
        """The head noun's sector; a generic head ("spokesman") takes a modifier's or the metonym's."""
        if not agents:
            return fallback
        head = agents[-1]
        if head[2] in GENERIC_HEADS:
            specific = [a for a in agents[:-1] if a[2] not in GENERIC_HEADS]
            if specific:
                return specific[-1][3]
            if fallback:
                return fallback
        return head[3]

    def _from_entries(self, res: Resolution, entries: list[Entry], date: dt.date | None,
                      conf: float, why: str) -> Resolution:
        top = self._top(entries)
        if top.kind == "person":
            top = pick_role(entries, date)
            if date is None:
                # undated copy: a title in the phrase names the role ("Foreign Minister Ahmed Aboul Gheit" is
                # Egypt's minister, not the later Arab League chief)
                top = _titled_role(res.text, [e for e in entries if e.kind == "person"], top)
            if date is not None and not top.valid_on(date) and re.search(r"\bthen\b", res.text.lower()):
                # "then-President X": the role held at the time the story speaks of, before the date
                held = [e for e in entries if e.kind == "person" and e.end is not None and e.end <= date]
                top = max(held, key=lambda e: e.end) if held else top
            out_of_office = self._out_of_office(res.text, [e for e in entries if e.kind == "person"], top, date,
                                                self._countries_named(res.text))
            if out_of_office is not None:
                last, reason = out_of_office
                res.name, res.country, res.sector = last.name, last.country, "ELI"
                res.code = (last.country or "") + "ELI"
                res.kind, res.entry, res.confidence = "person", last.label, conf * 0.9
                res.evidence.append(f"{why}: {reason}: {last.label}")
                return res
            if date is not None and not top.valid_on(date):
                conf *= 0.8
                why += f"; no role on {date}, nearest role used for the country"
        res.name = top.name
        res.country = top.country
        res.sector = top.sector
        res.code = top.code or ((top.country or "") + (top.sector or ""))
        res.kind = {"capital": "country", "metonym": "country", "adjective": "country", "ethnic": "agent"}.get(
            top.kind, top.kind)
        res.entry = top.label
        res.confidence = conf
        res.evidence.append(f"{why}: {top.label}")
        return res

    @staticmethod
    def _out_of_office(text: str, people: list[Entry], top: Entry, date: dt.date | None,
                       named_countries: frozenset[str] = frozenset()) -> tuple[Entry, str] | None:
        """(the last role held, why) when the person is to be coded as a former office holder (ELI).

        Out of every dated role on the date, the person is an elite of the country of their most
        recent role before it (Merkel after 2021-12-08: DEUELI). "former", "ex-" or "retired" in the
        phrase say the same whatever the date. "then-President X" names the role held at the time the
        story speaks of, so it keeps that role's sector. Before a person's first role there is nothing
        to be former of: the nearest role gives the country, as before."""
        words = set(re.findall(r"[a-z]+", text.lower()))
        if "then" in words:
            return None
        said_former = bool(words & FORMER_WORDS)
        if date is None:
            if not said_former:
                return None
            ended = [e for e in people if e.end is not None] or people
            ended = [e for e in ended if e.country in named_countries] or ended
            return max(ended, key=lambda e: e.end or dt.date.max), "'former' in the phrase"
        if top.valid_on(date) and not said_former:
            return None
        before = [e for e in people if e.end is not None and e.end <= date]
        if said_former:
            before = before or [e for e in people if e.start is None or e.start <= date]
        if not before:
            return None
        if said_former and named_countries:
            # "former Chilean President Michelle Bachelet": the role in the country the phrase names
            before = [e for e in before if e.country in named_countries] or before
        last = max(before, key=lambda e: (e.end or date, -role_rank(e)))
        if said_former:
            return last, "'former' in the phrase"
        return last, f"out of office on {date} (last role ended {last.end})"

    def _countries_named(self, text: str) -> frozenset[str]:
        """States named in a phrase by a country word, adjective or capital ("former Chilean President X")."""
        key, cased = normalize(text), normalize(text, keep_case=True)
        out = set()
        for _, _, entries in self._scan(key.split(), cased.split()):
            out.update(e.country for e in entries if e.kind in PLACE_KINDS and e.country)
        return frozenset(out)

    def context_country(self, text: str) -> str | None:
        """The state a text names most (countries, their adjectives and capitals; not bodies like the UN)."""
        key, cased = normalize(text), normalize(text, keep_case=True)
        counts: dict[str, int] = {}
        for _, _, entries in self._scan(key.split(), cased.split()):
            e = next((e for e in entries if e.kind in PLACE_KINDS and e.country and e.country not in IO_BODIES), None)
            if e is not None:
                counts[e.country] = counts.get(e.country, 0) + 1
        return max(counts, key=counts.__getitem__) if counts else None

    def _fill_from_phrase(self, res: Resolution, words: list[str], place: list, agents: list) -> Resolution:
        """A person's country and sector from the phrase when the dictionary has none for them."""
        if res.country is None and place:
            e = next((e for e in place[0][2] if e.country), None)
            if e is not None:
                res.country = e.country
        if res.sector is None:
            res.sector = self._sector(agents)
        res.code = (res.country or "") + (res.sector or "") or res.code
        return res


_RESOLVER: Resolver | None = None


def get_resolver() -> Resolver:
    """The shared resolver, rebuilt when the knowledge base was reloaded (``kb.reload()``)."""
    global _RESOLVER
    kb = load()
    if _RESOLVER is None or _RESOLVER.kb is not kb:
        _RESOLVER = Resolver(kb)
    return _RESOLVER


def resolve_actor(text: str, date: Any = None, context: str | None = None) -> Resolution:
    """Code one actor phrase, e.g. ``resolve_actor("an American destroyer")`` -> USA, MIL, USAMIL.

    ``context``: text around the phrase (the article, a paragraph). An actor the phrase leaves
    without a country ("Chief Minister Rahul Sharma") takes the country the context names most."""
    resolver = get_resolver()
    res = resolver.resolve(text, date)
    if context and res.country is None and res.kind in ("agent", "person", None) and res.sector:
        country = resolver.context_country(context)
        if country is not None:
            res.country, res.code = country, country + res.sector
            res.confidence = min(res.confidence, 0.6)
            res.evidence.append(f"country {country}: the one the context names most")
    return res
