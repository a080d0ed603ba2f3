"""A temporal tagger: time expressions in a text, normalized to TIMEX3 values against a reference date.

Expressions are the parser's DATE and TIME entities, trimmed of the prepositions TimeML leaves out
("on Thursday" -> "Thursday"), plus bare duration and period words the model misses ("week", "the
last twenty four hours"). Values follow TIMEX3: dates ``1998-01-08``, ``1998-01``, ``1998``, weeks
``1998-W02``, quarters ``1998-Q3``, decades ``199``, times ``1998-01-08TEV``, durations ``P3Y``,
``P1W``, ``PT24H``, sets ``every week`` -> ``P1W`` (type SET), vague ones ``PRESENT_REF``,
``PAST_REF``, ``FUTURE_REF``; ``mod`` START, MID, END, APPROX, MORE_THAN, LESS_THAN. Weekdays and
months without a year count back from the reference date, forward when the clause says "will" or
"next" (tense-aware).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from . import MONTHS, WEEKDAYS

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "several": "X",
    "few": "X", "many": "X", "couple": 2, "dozen": 12,
}
UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M", "second": "S",
         "decade": "DE", "century": "CE", "quarter": "Q"}
MODS = {"early": "START", "late": "END", "mid": "MID", "middle": "MID", "about": "APPROX", "around": "APPROX",
        "nearly": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "more than": "MORE_THAN",
        "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "beginning": "START", "end": "END"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
LEAD_WORDS = {"on", "in", "at", "by", "since", "until", "during", "for", "from", "to", "within", "of"}
MONTH_ABBREVIATIONS = {"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
                       "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
                       "nov": "november", "dec": "december"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
#: expressions the parser seldom tags as dates: vague references and reporting periods
EXTRA = re.compile(r"\b(?:now|currently|current|recently|recent|soon|the (?:past|future)|"
                   r"(?:earlier|later) this (?:year|month|week)|this (?:week|month|year|quarter|summer|spring|fall|winter)|"
                   r"(?:a|one|two|three) years? (?:earlier|ago)|year-earlier|year-ago|"
                   r"(?:the )?(?:first|second|third|fourth)[- ]quarter|the (?:latest )?quarter|the weekend|"
                   r"fiscal \d{4}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\. \d{1,2}(?:, \d{4})?)\b",
                   re.IGNORECASE)
BARE_PERIODS = re.compile(r"\b(?:(?:the\s+)?(?:past|last|next|coming)\s+)?(?:(?:\d+|" +
                          "|".join(k for k in NUMBER_WORDS if k not in ("a", "an")) +
                          r")[\s-]+)?(?:year|month|week|day|hour|decade)s?\b", re.IGNORECASE)


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    mod: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value,
                "mod": self.mod}


def _number(words: list[str]) -> int | str | None:
    total: int | None = None
    for w in words:
        w = w.lower().replace(",", "")
        if w.isdigit():
            total = (total or 0) + int(w)
        elif w in NUMBER_WORDS:
            n = NUMBER_WORDS[w]
            if n == "X":
                return "X"
            total = (total or 0) * n if n == 100 and total else (total or 0) + int(n)
        elif "-" in w and all(p in NUMBER_WORDS for p in w.split("-")):
            total = (total or 0) + sum(int(NUMBER_WORDS[p]) for p in w.split("-") if NUMBER_WORDS[p] != "X")
    return total


def _future(span: Span) -> bool:
    head = span.root.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:  # "will meet on Monday": up to "meet"
        head = head.head
    for t in [head, *head.children]:
        if t.lower_ in ("will", "shall", "'ll") or t.lower_ == "next":
            return True
    return any(t.lower_ in ("next", "coming", "upcoming") for t in span)


def normalize(text: str, ref: dt.date, future: bool = False) -> tuple[str, str, str | None] | None:
    """(type, value, mod) for one expression, or None when it is no time expression we can value."""
    s = re.sub(r"\s+", " ", text.lower().strip(" .,"))
    s = re.sub(r"^(?:the|this|that)\s+(?=(?:past|last|next|coming|previous|following)\b)", "", s)
    mod = None
    for word, m in MODS.items():
        if s.startswith(word + " ") or s.startswith(word + "-"):
            mod, s = m, s[len(word) + 1:].strip()
            break
    s = re.sub(r"^(?:the|a|an)\s+", "", s) if not re.match(r"^(?:a|an) (?:year|month|week|day|decade)s?(?: (?:earlier|ago))?$", s) else s
    s = re.sub(r"\b(" + "|".join(MONTH_ABBREVIATIONS) + r")\.?(?=\s|$)", lambda m: MONTH_ABBREVIATIONS[m.group(1)], s)
    if s in ("current",):
        return "DATE", "PRESENT_REF", mod
    if s in ("recent",):
        return "DATE", "PAST_REF", mod
    m = re.fullmatch(r"(?:a|one|two|three) years? (?:earlier|ago)|year-earlier|year-ago", s)
    if m:
        n = _number([s.split()[0]]) if " " in s else 1
        return "DATE", str(ref.year - (n if isinstance(n, int) else 1)), mod
    m = re.fullmatch(r"(?:earlier|later) this (year|month|week)", s)
    if m:
        s = "this " + m.group(1)
        mod = mod or ("START" if text.lower().startswith("earlier") else None)
    m = re.fullmatch(r"fiscal (\d{4})", s)
    if m:
        return "DATE", m.group(1), mod
    m = re.fullmatch(r"(first|second|third|fourth)[- ]quarter", s)
    if m:
        return "DATE", f"{ref.year}-Q{['first', 'second', 'third', 'fourth'].index(m.group(1)) + 1}", mod
    if s in ("quarter", "latest quarter"):
        q = (ref.month - 1) // 3 - 1  # the quarter just reported: the one before the report's
        return "DATE", f"{ref.year + q // 4}-Q{q % 4 + 1}", mod
    if s == "weekend":
        y, w, _ = ref.isocalendar()
        return "DATE", f"{y}-W{w:02d}-WE", mod
    m = re.fullmatch(r"(?:(this|last|next)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(\d{4}))?", s)
    if m:
        y = int(m.group(3)) if m.group(3) else ref.year + {"last": -1, "next": 1}.get(m.group(1) or "", 0)
        return "DATE", f"{y}-{SEASONS[m.group(2)]}", mod
    m = re.fullmatch(r"(last|next)\s+(" + "|".join(MONTHS) + r")", s)
    if m:
        month = MONTHS.index(m.group(2)) + 1
        y = ref.year - (month >= ref.month) if m.group(1) == "last" else ref.year + (month <= ref.month)
        return "DATE", f"{y:04d}-{month:02d}", mod
    if s in ("today", "this day", "tonight"):
        return ("TIME" if s == "tonight" else "DATE"), ref.isoformat() + ("TNI" if s == "tonight" else ""), mod
    if s in ("now", "currently", "right now", "at present", "present", "the present"):
        return "DATE", "PRESENT_REF", mod
    if s in ("recently", "recent years", "in recent years", "the past", "previously", "once", "earlier", "former"):
        return "DATE", "PAST_REF", mod
    if s in ("future", "the future", "soon", "in the future"):
        return "DATE", "FUTURE_REF", mod
    if s == "yesterday":
        return "DATE", (ref - dt.timedelta(days=1)).isoformat(), mod
    if s == "tomorrow":
        return "DATE", (ref + dt.timedelta(days=1)).isoformat(), mod
    m = re.fullmatch(r"(?:(last|this|next|past|previous|coming)\s+)?(" + "|".join(WEEKDAYS) + r")(?:\s+("
                     + "|".join(PARTS_OF_DAY) + r"))?", s)
    if m:
        wd = WEEKDAYS.index(m.group(2))
        if m.group(1) in ("next", "coming") or (future and m.group(1) is None):
            day = ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
        else:
            back = (ref.weekday() - wd) % 7
            if m.group(1) in ("last", "past", "previous") and back == 0:
                back = 7
            day = ref - dt.timedelta(days=back)
        part = PARTS_OF_DAY.get(m.group(3) or "")
        return ("TIME" if part else "DATE"), day.isoformat() + (f"T{part}" if part else ""), mod
    m = re.fullmatch(r"(this|last|next|past|previous|coming)\s+(week|month|year|quarter|weekend|decade)", s)
    if m:
        step = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}[m.group(1)]
        unit = m.group(2)
        if unit == "year":
            return "DATE", str(ref.year + step), mod
        if unit == "month":
            k = ref.year * 12 + ref.month - 1 + step
            return "DATE", f"{k // 12:04d}-{k % 12 + 1:02d}", mod
        if unit in ("week", "weekend"):
            y, w, _ = (ref + dt.timedelta(weeks=step)).isocalendar()
            return "DATE", f"{y}-W{w:02d}" + ("-WE" if unit == "weekend" else ""), mod
        if unit == "quarter":
            q = (ref.month - 1) // 3 + step
            y = ref.year + q // 4
            return "DATE", f"{y}-Q{q % 4 + 1}", mod
        return "DATE", str(ref.year // 10 + step)[:3], mod
    m = re.fullmatch(r"(?:the\s+)?(\d{3})0s", s) or re.fullmatch(r"(?:the\s+)?'?(\d)0s", s)
    if m:
        dec = m.group(1)
        return "DATE", dec if len(dec) == 3 else str(ref.year)[:2] + dec, mod
    m = re.fullmatch(r"(first|second|third|fourth)\s+quarter(?:\s+of\s+(\d{4}))?", s)
    if m:
        q = ["first", "second", "third", "fourth"].index(m.group(1)) + 1
        return "DATE", f"{m.group(2) or ref.year}-Q{q}", mod
    # durations: "five year", "the past three years", "the last twenty four hours", "week", "two-day"
    s = re.sub(r"\b([\w]+)-(year|month|week|day|hour|minute|decade)\b", r"\1 \2", s)
    m = re.fullmatch(r"(?:(?:past|last|next|coming|previous|following)\s+)?((?:[\w-]+\s+){0,3}?)(year|month|week|day|hour|"
                     r"minute|decade|century)s?(?:[\s-]long)?(?:\s+period)?", s)
    if m:
        words = m.group(1).split()
        n = _number(words) if words else 1
        if words and n is None:
            n = None
        if n is not None:
            unit = UNITS[m.group(2)]
            value = f"PT{n}{unit}" if m.group(2) in ("hour", "minute") else f"P{n}{unit}"
            return "DURATION", value, mod
    m = re.fullmatch(r"(?:every|each)\s+(year|month|week|day)", s) or re.fullmatch(r"(annually|monthly|weekly|daily)", s)
    if m:
        unit = {"annually": "year", "monthly": "month", "weekly": "week", "daily": "day"}.get(m.group(1), m.group(1))
        return "SET", f"P1{UNITS[unit]}", mod
    m = re.fullmatch(r"(\d{4})", s)
    if m and 1000 <= int(m.group(1)) <= 2100:
        return "DATE", m.group(1), mod
    m = re.fullmatch(r"(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?", s)
    if m:
        month = MONTHS.index(m.group(1)) + 1
        # a month without a year: the one nearest the reference date (a story in December means next January)
        year = int(m.group(2)) if m.group(2) else min((ref.year - 1, ref.year, ref.year + 1),
                                                        key=lambda y: abs((y * 12 + month) - (ref.year * 12 + ref.month)))
        return "DATE", f"{year:04d}-{month:02d}", mod
    m = (re.fullmatch(r"(" + "|".join(MONTHS) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?", s)
         or re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")(?:,?\s+(\d{4}))?", s))
    if m:
        a, b, year = m.group(1), m.group(2), m.group(3)
        month, day = (MONTHS.index(a) + 1, int(b)) if a in MONTHS else (MONTHS.index(b) + 1, int(a))
        if year:
            years = [int(year)]
        else:  # no year: the one that puts the day nearest the reference date ("Dec. 15" in a November story)
            years = [ref.year - 1, ref.year, ref.year + 1]
        days = []
        for y in years:
            try:
                days.append(dt.date(y, month, day))
            except ValueError:
                continue
        if not days:
            return None
        value = min(days, key=lambda d: abs((d - ref).days))
        return "DATE", value.isoformat(), mod
    return None


def _spans(doc: Doc) -> list[Span]:
    spans = []
    for e in doc.ents:
        if e.label_ not in ("DATE", "TIME"):
            continue
        a, b = e.start, e.end
        while a < b and doc[a].lower_ in LEAD_WORDS:
            a += 1
        if a < b:
            spans.append(doc[a:b])
    taken = {i for s in spans for i in range(s.start, s.end)}
    for m in EXTRA.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None and len(span) and not any(i in taken for i in range(span.start, span.end)):
            spans.append(span)
            taken.update(range(span.start, span.end))
    for m in BARE_PERIODS.finditer(doc.text):  # "week", "five year", "the last twenty four hours"
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None and len(span) and not any(i in taken for i in range(span.start, span.end)):
            spans.append(span)
            taken.update(range(span.start, span.end))
    return sorted(spans, key=lambda s: s.start)


def tag(doc: Doc, ref: dt.date) -> list[Timex]:
    """Time expressions of ``doc`` with TIMEX3 values relative to ``ref`` (the document's date)."""
    out = []
    for span in _spans(doc):
        try:
            norm = normalize(span.text, ref, _future(span))
        except (ValueError, OverflowError):
            norm = None
        if norm is None:
            continue
        typ, value, mod = norm
        out.append(Timex(span.start_char, span.end_char, span.text, typ, value, mod))
    return out
