"""PLOVER and CAMEO, from the public code table in ``data/ontology/cameo_codes.csv``."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
QUAD_OF_TYPE = {t: q for q, ts in {
    1: ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    2: ("COOPERATE", "AID", "RETREAT"),
    3: ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    4: ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}.items() for t in ts}

#: Older PLOVER names found in gold data, mapped to the current names they may stand for.
LEGACY_TYPES = {
    "DEMAND": ("REQUEST",),
    "DISAPPROVE": ("ACCUSE",),
    "INVESTIGATE": ("ACCUSE",),
    "YIELD": ("CONCEDE", "RETREAT"),
    "FIGHT": ("ASSAULT",),
}

#: CAMEO's "express intent to ..." code (AGREE) for an announced action of each cooperative type:
#: "will meet" is 036, "will send aid" 033 (CAMEO 03x, by the name of each code in the table)
INTENT_CODES = {"COOPERATE": "031", "SUPPORT": "032", "AID": "033", "CONCEDE": "035", "RETREAT": "035",
                "CONSULT": "036"}

#: the kinds of aid CAMEO tells apart as promises too: economic 071 -> 0331, military 072 -> 0332,
#: humanitarian 073 -> 0333, peacekeeping 074 -> 0334
_AID_INTENTS = {"071": "0331", "072": "0332", "073": "0333", "074": "0334"}


def intent_code(typ: str, code: str) -> str:
    """The CAMEO code of an announced cooperative act: "will send peacekeepers" is 0334, a promise of
    peacekeeping, not only 033, of some aid."""
    if typ == "AID" and code[:3] in _AID_INTENTS:
        return _AID_INTENTS[code[:3]]
    return INTENT_CODES[typ]


MODES = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"),
}


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None
    plover_context: str | None


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    path = resources.files("eventwire") / "data" / "ontology" / "cameo_codes.csv"
    table: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            table[row["cameo_code"]] = CameoCode(
                code=row["cameo_code"],
                name=row["cameo_name"],
                root=row["root_code"],
                goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]),
                plover_type=row["plover_type"] or None,
                plover_mode=row["plover_mode"] or None,
                plover_context=row["plover_context"] or None,
            )
    return table


def cameo(code: str) -> CameoCode:
    try:
        return cameo_table()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


@lru_cache(maxsize=1)
def default_cameo_for() -> dict[tuple[str, str | None], str]:
    """The most general CAMEO code for each (PLOVER type, mode): used when a model names only a type."""
    out: dict[tuple[str, str | None], str] = {}
    for c in sorted(cameo_table().values(), key=lambda c: (len(c.code) != 3, c.plover_mode is not None, len(c.code), c.code)):
        if c.plover_type:
            out.setdefault((c.plover_type, c.plover_mode), c.code)
            out.setdefault((c.plover_type, None), c.code)
    return out


def cameo_for(plover_type: str, mode: str | None = None) -> str:
    table = default_cameo_for()
    return table.get((plover_type, mode)) or table[(plover_type, None)]


def quad_class(plover_type: str) -> int:
    return QUAD_OF_TYPE[plover_type]


#: sectors of organized state or armed-group forces: their killings and shootings are CAMEO 19 (fight)
FIGHTING_SECTORS = {"MIL", "REB"}
#: generic fight codes that CAMEO's 18 (assault) replaces when no fighting force is involved
GENERIC_FIGHT = {"190": "180", "193": "180"}


def assault_code(code: str, source_sector: str | None, target_sector: str | None, state_source: bool = False) -> str:
    """CAMEO 180 instead of 190/193 for violence by no organized force.

    CAMEO keeps 19x for "conventional force ... typically by organized armed groups" and 18x for
    "unconventional forms of violence which do not require high levels of organization" (a gunman,
    a mob, a bomber, a police shooting, a killing by someone unnamed). A killing or shooting by a
    military or rebel force or by a state named as such ("Russia invaded"), or aimed at one, stays 19x."""
    if code not in GENERIC_FIGHT or state_source:
        return code
    if source_sector in FIGHTING_SECTORS or target_sector in FIGHTING_SECTORS:
        return code
    return GENERIC_FIGHT[code]
