"""Is this US local news? The marks a local US story carries, read by the geoparser (namesakes: "Paris"
is the Texas town) and by the actor coder (a sheriff is American)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from . import lookup

#: institutions only US local news has: with no other country named, the story is American
US_INSTITUTIONS = ("sheriff", "police department", "district attorney", "commonwealth's attorney",
                   "state trooper", "county commission", "board of supervisors", "city manager")
#: "Alexandria, La.", "Athens, Ga.": a dotted state abbreviation after a comma (the geoparser's table)
_DOTTED_AFTER_COMMA = re.compile(r",\s+((?:[A-Z][a-z]{0,3}\.\s?){1,2})")


#: state names that also name a country or a capital: "Georgia Power" and "Washington Post" say nothing
AMBIGUOUS_STATES = {"georgia", "washington"}


def _us_state_after_comma(text: str) -> bool:
    from .parser import US_STATE_ABBREVIATIONS

    return any(re.sub(r"[.\s]", "", m.group(1)).lower() in US_STATE_ABBREVIATIONS
               for m in _DOTTED_AFTER_COMMA.finditer(text))


#: "of 2517 Memphis St.": a numbered street address, the mark of US local crime reports
_US_ADDRESS = re.compile(r"\b\d{2,5}\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:St|Ave|Blvd|Rd|Dr|Ln|Ct|Pkwy|Hwy)\.")


def us_local(doc: Doc) -> bool:
    """The article names a US state, writes one after a town, gives a street address, or speaks of
    US-only institutions."""
    if _us_state_after_comma(doc.text) or _US_ADDRESS.search(doc.text):
        return True
    low = doc.text.lower()
    if any(w in low for w in US_INSTITUTIONS):
        return True
    for ent in doc.ents:
        if ent.label_ == "GPE":
            p = lookup(ent.text)
            if p is not None and p.country == "USA" and p.feature == "ADM1":
                return True
        elif ent.label_ in ("ORG", "FAC"):
            # "the Texas Fire Service", "the Illinois State Police": a body named after its state
            words = [t.text for t in ent if t.is_alpha and t.lower_ != "the"]
            for name in (" ".join(words[:2]), " ".join(words[:1])):
                p = lookup(name) if name and name.lower() not in AMBIGUOUS_STATES else None
                if p is not None and p.country == "USA" and p.feature == "ADM1":
                    return True
    return False


#: offices and bodies of local government found in a few US states only: "the Board of Selectmen" and "the
#: First Selectman" run New England towns, "the Police Jury" governs a Louisiana parish; an article that
#: names one is likely about a town of those states
STATE_OFFICES = {
    r"\bselect(?:man|men|woman|women|board)\b": ("CT", "MA", "ME", "NH", "VT", "RI"),
    r"\bpolice jury\b": ("LA",),
}


def office_states(doc: Doc) -> set[str]:
    """The US states whose own local offices the article names (:data:`STATE_OFFICES`)."""
    low = doc.text.lower()
    return {s for pat, states in STATE_OFFICES.items() if re.search(pat, low) for s in states}
