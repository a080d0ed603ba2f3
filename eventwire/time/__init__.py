"""Event dates: time expressions attached to the trigger, normalized against publication.

News counts weekdays backwards: "Thursday" in a story published on a Thursday is that day,
in one published on a Friday it is the day before; "last Tuesday" is the latest Tuesday
before publication. Explicit dates ("March 3", "on 4 October 2007") are read with the
publication date as the reference. No expression: the publication date, ``date_text`` null.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..nlp import entities_in

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


@dataclass
class TimeExpr:
    text: str
    start: int
    end: int
    date: dt.date
    precision: str  # day | month | year


def normalize(text: str, ref: dt.date) -> tuple[dt.date, str] | None:
    """A time expression's date and precision, relative to the publication date ``ref``; None when
    it is no date or falls outside the calendar ("99999999 years ago")."""
    try:
        return _normalize(text, ref)
    except (OverflowError, ValueError):
        return None


def _normalize(text: str, ref: dt.date) -> tuple[dt.date, str] | None:
    s = text.lower().strip()
    s = re.sub(r"^(on|in|last|this|past|early|late|earlier)\s+", lambda m: m.group(0) if m.group(1) in ("last", "this", "past") else "", s)
    if s in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return ref, "day"
    if s in ("yesterday", "last night"):
        return ref - dt.timedelta(days=1), "day"
    if s == "tomorrow":
        return ref + dt.timedelta(days=1), "day"
    m = re.fullmatch(r"(last|this|past)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)( (morning|afternoon|evening|night))?", s)
    if m:
        wd = WEEKDAYS.index(m.group(2))
        back = (ref.weekday() - wd) % 7
        if m.group(1) in ("last", "past") and back == 0:
            back = 7
        return ref - dt.timedelta(days=back), "day"
    m = re.fullmatch(r"(last|this|next) (week|month|year)", s)
    if m:
        if m.group(2) == "year":
            y = ref.year + {"last": -1, "this": 0, "next": 1}[m.group(1)]
            return dt.date(y, 1, 1), "year"
        if m.group(2) == "month":
            mm = ref.month + {"last": -1, "this": 0, "next": 1}[m.group(1)]
            y = ref.year + (mm - 1) // 12
            return dt.date(y, (mm - 1) % 12 + 1, 1), "month"
        return None
    m = re.fullmatch(r"(\d+) (day|week|month|year)s? ago", s)
    if m:
        n = int(m.group(1))
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[m.group(2)] * n
        return ref - dt.timedelta(days=days), "day" if m.group(2) in ("day", "week") else m.group(2)
    m = re.fullmatch(r"(\d{4})", s)
    if m:
        return dt.date(int(m.group(1)), 1, 1), "year"
    m = re.fullmatch(r"(?:early |late |mid-?)?(january|february|march|april|may|june|july|august|september|october|november|december)(?: (\d{4}))?", s)
    if m:
        mon = MONTHS.index(m.group(1)) + 1
        year = int(m.group(2)) if m.group(2) else (ref.year if mon <= ref.month else ref.year - 1)
        return dt.date(year, mon, 1), "month"
    if re.fullmatch(r"(?:[a-z-]+ )*(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                    r"several|many|a few)[ -](?:days?|weeks?|months?|years?|decades?|hours?|minutes?)(?: old)?", s):
        return None  # a duration ("sentenced to 99 years", "two weeks") is no date; "ago" is handled above
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"RELATIVE_BASE": dt.datetime.combine(ref, dt.time()), "PREFER_DATES_FROM": "past",
                  "REQUIRE_PARTS": ["day", "month"]},
    )
    if parsed is None:
        return None
    return parsed.date(), "day"


def event_time(trigger: Token, governor: Token | None, sent: Span, ref: dt.date | None) -> TimeExpr | None:
    """The DATE expression that belongs to the trigger's clause, normalized, or None."""
    if ref is None:
        return None
    anchors = {trigger.i} | ({governor.i} if governor is not None else set())
    for ent in entities_in(sent):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        # the expression must hang from the trigger (or its light verb), not from another verb
        node = ent.root
        attached = False
        for _ in range(4):
            node = node.head
            if node.i in anchors:
                attached = True
                break
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
        if not attached:
            continue
        text = ent.text
        norm = normalize(text, ref)
        if norm is None:
            continue
        return TimeExpr(text, ent.start_char, ent.end_char, norm[0], norm[1])
    return None
