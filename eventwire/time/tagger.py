"""A temporal tagger: time expressions in a text, normalized to TIMEX3 values against a reference date.

Expressions are the parser's DATE and TIME entities, trimmed of the prepositions TimeML leaves out
("on Thursday" -> "Thursday"), plus bare duration and period words the model misses ("week", "the
last twenty four hours"). Values follow TIMEX3: dates ``1998-01-08``, ``1998-01``, ``1998``, weeks
``1998-W02``, quarters ``1998-Q3``, decades ``199``, times ``1998-01-08TEV``, durations ``P3Y``,
``P1W``, ``PT24H``, sets ``every week`` -> ``P1W`` (type SET), vague ones ``PRESENT_REF``,
``PAST_REF``, ``FUTURE_REF``; ``mod`` START, MID, END, APPROX, MORE_THAN, LESS_THAN. Weekdays and
months without a year count back from the reference date, forward when the clause says "will" or
"next" (tense-aware); "that year", "the following month" count from the date named before them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

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
        "nearly": "APPROX", "almost": "APPROX", "at least": "EQUAL_OR_MORE", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "roughly": "APPROX", "approximately": "APPROX", "more than": "MORE_THAN",
        "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN", "beginning": "START", "end": "END"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
LEAD_WORDS = {"on", "in", "at", "by", "since", "until", "during", "for", "from", "to", "within", "of"}
MONTH_ABBREVIATIONS = {"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
                       "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
                       "nov": "november", "dec": "december"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
#: expressions the parser seldom tags as dates: vague references and reporting periods, "in the morning" and
#: "until then" (valued from the date named before them; not "since then", which looks back to an event more
#: often than to a date)
EXTRA = re.compile(r"\b(?:now|currently|current|recently|recent|as soon as possible|soon|"
                   r"the (?:past|future|near future|near term|short term|long term|latest period)|a later date|"
                   r"that (?:year|month|quarter)|the following (?:year|month|quarter|week|day)|"
                   r"the (?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|mid[- ]afternoon|"
                   r"(?<=for )(?:a while|some time)|(?:(?<=\bin )|(?<=\bduring ))the (?:morning|afternoon|evening)(?! (?:of|after|before|when)\b)|"
                   r"(?:(?<=\buntil )|(?<=\btill )|(?<=\bby ))then\b|"
                   r"(?:earlier|later) this (?:year|month|week)|this (?:week|month|year|quarter|summer|spring|fall|winter)|"
                   r"(?:a|one|two|three) years? (?:earlier|ago)|year-earlier|year-ago|"
                   r"(?:the )?(?:fiscal[- ])?(?:first|second|third|fourth)[- ]quarter|the (?:latest )?quarter|the weekend|"
                   r"fiscal \d{4}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\. \d{1,2}(?:, \d{4})?)\b",
                   re.IGNORECASE)
#: comparisons a results report makes, longer than the parser's "last year" or "a year ago" inside them
WHOLE = re.compile(r"\bthe (?:corresponding|comparable|same) (?:period|quarter) (?:a year (?:earlier|ago)|last year)\b|"
                   r"\bthe (?:quarter|period) a year (?:earlier|ago)\b", re.IGNORECASE)
BARE_PERIODS = re.compile(r"\b(?:(?:over|about|nearly|almost|more than|less than|at least)\s+)?(?:(?:the\s+)?"
                          r"(?:past|last|next|coming)\s+)?(?:(?:\d+|" + "|".join(NUMBER_WORDS) +
                          r")[\s-]+)?(?:(?:more|additional|extra|trading|business|working)\s+)?(?:year|month|week|day|hour|decade)s?\b",
                          re.IGNORECASE)
#: counted quarters and seasons, plural weekdays, which the parser seldom tags ("after several quarters of losses", "the
#: past three summers", "on Tuesdays and Thursdays"); not "three quarters of" a whole, which is a fraction
COUNTED = re.compile(r"\b(?:(?:the\s+)?(?:past|last|next|coming|previous)\s+)?(?:\d+|two|four|five|six|seven|eight|"
                     r"several|few|many)\s+(?:(?:straight|consecutive|successive|more)\s+)?quarters\b|"
                     r"\b(?:the\s+)?(?:past|last|next|coming|previous)\s+(?:(?:\d+|" + "|".join(NUMBER_WORDS)
                     + r")\s+)?(?:spring|summer|fall|autumn|winter)s\b|\b(?:" + "|".join(WEEKDAYS) + r")(?:s|\s+(?:"
                     + "|".join(PARTS_OF_DAY) + r")s)\b", re.IGNORECASE)


#: quarters named by two ordinals that share one plural: "sales peak in the first and third quarters"
QUARTER_PAIR = re.compile(r"\b(first|second|third|fourth)\s+(?:and|or)\s+((?:first|second|third|fourth)[- ]quarters)\b",
                          re.IGNORECASE)


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


#: words that may stand beside the count of a length of time without changing it ("the first nine months")
COUNT_COMPANIONS = {"first", "last", "next", "past", "more", "additional", "full", "entire", "whole", "straight",
                    "consecutive", "of", "and", "1/2", "latest", "trading", "business", "working"}


def _number(words: list[str]) -> int | str | None:
    """The count in "twenty four", "a few", "2 1/2" (rounded down); None when a word is no number word,
    so that "an interview several months" or "seven a year ago" is not read as a count."""
    total: int | None = None
    for k, w in enumerate(words):
        w = w.lower().replace(",", "")
        if w in ("a", "an") and k > 0 and words[k - 1].lower() not in ("and", "of"):
            return None  # "seven a year": a rate or a list, no count
        if w.isdigit():
            total = (total or 0) + int(w)
        elif w in NUMBER_WORDS:
            n = NUMBER_WORDS[w]
            if n == "X":
                return "X"
            total = (total or 0) * n if n == 100 and total else (total or 0) + int(n)
        elif "-" in w and all(p in NUMBER_WORDS for p in w.split("-")):
            total = (total or 0) + sum(int(NUMBER_WORDS[p]) for p in w.split("-") if NUMBER_WORDS[p] != "X")
        elif w not in COUNT_COMPANIONS:
            return None
    return total


#: a count of units and a half, in the next smaller unit ("2 1/2 years" is P2Y6M)
HALVES = {"year": "P{n}Y6M", "month": "P{n}M15D", "day": "P{n}DT12H", "hour": "PT{n}H30M", "minute": "PT{n}M30S"}

SPELLED_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
SPELLED_YEAR = re.compile(r"\b(" + "|".join(SPELLED_TENS) + r")[ -]((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                          r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\b|\b(?:the year )?two thousand"
                          r"(?: and (one|two|three|four|five|six|seven|eight|nine))?\b")


ORDINAL_DAYS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                "twentieth": 20, "thirtieth": 30}
_ORDINAL = r"((?:twenty|thirty)[- ](?:" + "|".join(list(ORDINAL_DAYS)[:9]) + r")|" + "|".join(ORDINAL_DAYS) + r")"
_MONTH_NAMES = r"(" + "|".join(MONTHS) + r")"
SPELLED_DAY = re.compile(r"\b" + _MONTH_NAMES + r"\s+(?:the\s+)?" + _ORDINAL + r"\b|\b(?:the\s+)?" + _ORDINAL
                         + r"\s+of\s+" + _MONTH_NAMES + r"\b")


def _spelled_days(s: str) -> str:
    """Days of the month read out as ordinals ("March eighth", "the twenty-first of May") as digits."""
    def day(word: str) -> int:
        tens, _, ones = word.replace("-", " ").partition(" ")
        return (int(NUMBER_WORDS[tens]) + ORDINAL_DAYS[ones]) if ones else ORDINAL_DAYS[word]

    def digits(m: re.Match[str]) -> str:
        if m.group(1):
            return f"{m.group(1)} {day(m.group(2))}"
        return f"{day(m.group(3))} {m.group(4)}"
    return SPELLED_DAY.sub(digits, s)


def _spelled_years(s: str) -> str:
    """Years read out in broadcast transcripts ("nineteen ninety-six", "the year two thousand") as digits."""
    def digits(m: re.Match[str]) -> str:
        if m.group(1):
            tens, ones = (m.group(2).split("-") + [""])[:2]
            return str(SPELLED_TENS[m.group(1)] * 100 + int(NUMBER_WORDS[tens]) + int(NUMBER_WORDS.get(ones, 0) or 0))
        return str(2000 + int(NUMBER_WORDS.get(m.group(3) or "", 0) or 0))
    return SPELLED_YEAR.sub(digits, s)


CLOCK = re.compile(r"(?:(?:at|around|about)\s+)?(?:(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?|(noon|midnight))"
                   r"(?:\s+(?:[ecmp][sd]t|gmt|local time))?")
PART_WORDS = "|".join([*PARTS_OF_DAY, "mid[- ]?afternoon", "mid[- ]?morning", "overnight"])
DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]


def _clock(s: str, ref: dt.date, future: bool, report_quarter: tuple[int, int] | None,
           past: bool = False) -> tuple[str, str, str | None] | None:
    """A clock time or a part of the day with the day it falls on: "10 p.m. Wednesday", "noon Thursday",
    "Thursday evening", "mid-afternoon yesterday", "5 p.m. EST on Nov. 6"."""
    m = re.fullmatch(CLOCK.pattern + r"(?:,?\s+(?:on\s+)?(.+))?", s)
    if m:
        hour = 12 if m.group(4) == "noon" else 24 if m.group(4) == "midnight" else int(m.group(1))
        if m.group(3) == "p" and hour < 12:
            hour += 12
        if m.group(3) == "a" and hour == 12:
            hour = 0
        if hour > 24 or int(m.group(2) or 0) > 59:
            return None
        day = normalize(m.group(5), ref, future, report_quarter, past) if m.group(5) else ("DATE", ref.isoformat(), None)
        if day is None or day[0] != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", day[1]):
            return None
        return "TIME", f"{day[1]}T{hour:02d}:{m.group(2) or '00'}", None
    m = None if re.match(r"mid[- ]", s) else re.fullmatch(r"(.+?),?\s+(" + PART_WORDS + r")", s)
    day_text, part_word = (m.group(1), m.group(2)) if m else (None, None)
    m = m or re.fullmatch(r"(" + PART_WORDS + r"),?\s+(.+)", s)
    if m and day_text is None:
        part_word, day_text = m.group(1), m.group(2)
    if m is None and re.fullmatch(r"mid[- ]?(?:afternoon|morning)", s):
        part_word, day_text = s, "today"
    if part_word is None or day_text is None:
        return None
    part = "NI" if part_word == "overnight" else PARTS_OF_DAY[re.sub(r"^mid[- ]?", "", part_word)]
    day_text = {"this": "today", "last": "yesterday" if part in ("EV", "NI") else "", "tomorrow": "tomorrow"}.get(day_text, day_text)
    day = normalize(day_text, ref, future, report_quarter, past) if day_text else None
    if day is None or day[0] != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", day[1]):
        return None
    return "TIME", f"{day[1]}T{part}", None


#: verbs whose infinitive looks ahead: "is scheduled to close Monday", "set to resume", "plans to visit"
FUTURE_GOVERNORS = {"schedule", "set", "expect", "plan", "due", "intend", "hope", "aim", "prepare", "agree",
                    "promise", "vow", "pledge", "threaten", "be", "slate", "going"}


#: verbs that report, which a date follows in the present of a headline ("says Monday") without looking ahead
REPORTING = {"say", "tell", "report", "announce", "confirm", "add", "claim", "deny", "insist", "warn"}


def clause_tense(span: Span) -> str | None:
    """Which way the clause an expression belongs to looks: "future" ("will", "next", an infinitive under
    a verb of planning: "is scheduled to close Monday"), "past" (a past-tense verb: "bought it in
    February", "had been due to lapse Friday"), or None (present, or no verb)."""
    if _future(span):
        return "future"
    head = span.root.head
    if head.dep_ == "prep" and head.lower_ in ("until", "till", "to", "through", "by"):
        return None  # "was extended to Nov. 16", "until mid-November": a limit, whatever the tense
    if head.dep_ == "prep":  # "bought it in February": through the preposition to the verb it modifies
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None  # "payable Dec. 7", "the record date: Nov. 9": no tense of its own
    if head.tag_ == "VBD" or any(t.dep_ in ("aux", "auxpass") and t.lower_ in ("had", "was", "were", "did")
                                 for t in head.children):
        return "past"
    return None


def _reported_plan(verb: Token) -> bool:
    """ "said the ferry would sail on Monday": "would" under a verb of saying is the reporter's "will", a
    plan still ahead of the story; so is a "with ..." clause that goes on from it ("with extra coaches
    starting from Aug. 20")."""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        verb = verb.head.head
    elif verb.tag_ == "VBG" and verb.dep_ == "advcl":
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING \
        and any(c.lower_ == "would" and c.dep_ == "aux" for c in verb.children) \
        and not any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children)


def _future(span: Span) -> bool:
    """Whether the clause an expression belongs to looks ahead: "will", "next", or an infinitive under a
    verb of planning ("is scheduled to close Monday", "is to resume trading Tuesday")."""
    head = span.root.head
    if head.pos_ == "ADJ" and head.lower_ in ("effective", "due"):
        return True  # "a new pact effective June 1", wherever the noun it qualifies stands
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:  # "will meet on Monday": up to "meet"
        head = head.head
    governor = head.head if head.dep_ == "xcomp" else head
    above = governor.head.children if governor.dep_ == "acomp" else ()  # "had been due to expire": "had" is the copula's
    if any(t.lower_ == "had" and t.dep_ == "aux" for t in (*head.children, *governor.children, *above)):
        return False  # "had been due to lapse Friday": a plan that belongs to the past
    for t in [head, *head.children]:
        if t.lower_ in ("will", "shall", "'ll", "'d") or t.lower_ == "next":
            return True
    if _reported_plan(head):
        return True
    if head.dep_ == "xcomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in head.children) \
            and (head.head.lemma_.lower() in FUTURE_GOVERNORS or head.head.lower_ in ("due", "set", "going")):
        return True
    if head.tag_ in ("VBP", "VBZ") and head.pos_ == "VERB" and span.root.dep_ == "npadvmod" \
            and head.lemma_.lower() not in REPORTING:
        return True  # "the leaders meet Monday": news writes a scheduled event in the present
    if head.dep_ == "acl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in head.children):
        return True  # "a program to repay the loan by February": an infinitive after a noun is a plan
    return any(t.lower_ in ("next", "coming", "upcoming") for t in span)


def _quarter_year(q: int, ref: dt.date, future: bool, past: bool) -> int:
    """The year of a quarter named without one ("the fourth quarter"): a quarter still to come this year
    is last year's when the verb is past, or when last year's ended lately and the clause does not look
    ahead (results for "the fourth quarter" in a January story); one already begun is this year's, even when
    the clause looks ahead ("expects to report third-quarter results" in October: reporting lags the quarter)."""
    current = (ref.month - 1) // 3 + 1
    if q > current:
        return ref.year if future else ref.year - 1 if past or current + 4 - q <= 2 else ref.year
    return ref.year


def normalize(text: str, ref: dt.date, future: bool = False,
              report_quarter: tuple[int, int] | None = None, past: bool = False) -> tuple[str, str, str | None] | None:
    """(type, value, mod) for one expression, or None when it is no time expression we can value.

    ``future``: the clause looks ahead ("will meet on Monday"), so bare weekdays and months count
    forward; ``past``: its verb is in the past tense, so they count back. ``report_quarter``: (year, quarter) a results report covers, when the text is one; there
    "a year earlier" and "the year-ago period" compare quarters, as TimeML values them.
    """
    s = re.sub(r"\s+", " ", text.lower().strip(" .,"))
    s = re.sub(r"^(?:the|this|that)\s+(?=(?:past|last|next|coming|previous|following)\b)", "", s)
    s = re.sub(r"^the\s+(?=(?:early|late|mid|middle)\b)", "", s)
    s = _spelled_days(_spelled_years(s))
    mod = None
    if s in ("a while", "some time"):  # "for a while": a length of time, not said how long
        return "DURATION", "PXX", mod
    m = re.fullmatch(r"(.+?),?\s+(or so|or later|or earlier|and beyond)(\s+(?:ago|earlier|later))?", s)
    if m and (m.group(3) is None or m.group(2) == "or so"):
        # "the next year or so", "1994 or later", "a week or so ago": the expression, hedged
        inner = normalize(m.group(1) + (m.group(3) or ""), ref, future, report_quarter, past)
        hedge = {"or so": "APPROX", "or earlier": "EQUAL_OR_LESS"}.get(m.group(2), "EQUAL_OR_MORE")
        return (inner[0], inner[1], inner[2] or hedge) if inner else None
    m = re.fullmatch(r"(?:the\s+)?((?:year|month|week|day|hour)s) ahead", s)
    if m:  # "the weeks ahead": as "the coming weeks"
        s = "coming " + m.group(1)
    m = re.fullmatch(r"(.+\b(year|month|day|hour|minute)s?) and a half", s)
    if m:  # "a minute and a half", "two years and a half": the count and half a unit
        whole = normalize(m.group(1), ref, future, report_quarter, past)
        n = re.fullmatch(r"PT?(\d+)[YMDH]", whole[1]) if whole and whole[0] == "DURATION" else None
        return ("DURATION", HALVES[m.group(2)].format(n=n.group(1)), whole[2]) if n else None
    m = re.fullmatch(r"(?:the\s+)?(end|beginning|start|middle|close)\s+of\s+(.+)", s)
    if m:  # "the end of 1990", "the middle of October": the inner expression with its part
        inner = normalize(re.sub(r"^the (?=(?:year|month|week)$)", "this ", m.group(2)), ref, future, report_quarter, past)
        if inner is None or inner[0] != "DATE":
            return None
        return inner[0], inner[1], {"end": "END", "close": "END", "middle": "MID"}.get(m.group(1), "START")
    if s in ("year-end", "year end", "year's end"):  # as "the end of the year"; last year's when past ("since year-end")
        return "DATE", str(ref.year - 1 if past else ref.year), "END"
    m = re.fullmatch(r"(early|earlier|late|later)\s+in\s+the\s+(year|month|week)", s)
    if m:  # "earlier in the year", "late in the month": as "earlier this year" ("the day" reads the date named before it)
        inner = normalize("this " + m.group(2), ref, future, report_quarter, past)
        part = {"early": "START", "earlier": "START", "late": "END"}.get(m.group(1))
        return (inner[0], inner[1], part) if inner else None
    m = re.fullmatch(r"(?:(earlier|later)\s+)(.+)", s)
    if m and not re.fullmatch(r"this (?:year|month|week)", m.group(2)):  # "earlier Sunday", "later this afternoon"
        return normalize(m.group(2), ref, future, report_quarter, past)
    clock = _clock(s, ref, future, report_quarter, past)
    if clock is not None:
        return clock
    for word, m in MODS.items():
        if s.startswith(word + " ") or s.startswith(word + "-"):
            mod, s = m, s[len(word) + 1:].strip()
            break
    if mod is not None and s in ("year-end", "year end", "year's end"):  # "around year end"
        return "DATE", str(ref.year - 1 if past else ref.year), "END"
    s = re.sub(r"^(?:the|a|an)\s+", "", s) if not re.match(r"^(?:a|an) (?:year|month|week|day|decade)s?(?: (?:earlier|ago))?$", s) else s
    s = re.sub(r"\b(" + "|".join(MONTH_ABBREVIATIONS) + r")\.?(?=\s|$)", lambda m: MONTH_ABBREVIATIONS[m.group(1)], s)
    if s in ("current",):
        return "DATE", "PRESENT_REF", mod
    if s in ("recent",):
        return "DATE", "PAST_REF", mod
    if report_quarter is not None and re.fullmatch(
            r"(?:(?:a|one) year (?:earlier|ago)|year-(?:earlier|ago)(?: (?:quarter|period|results))?|"
            r"last year's (?:quarter|period)|(?:quarter|period) a year (?:earlier|ago)|"
            r"(?:corresponding|comparable|same) (?:period|quarter) "
            r"(?:a year (?:earlier|ago)|last year)|(?:comparable |corresponding )?year-(?:earlier|ago) "
            r"(?:quarter|period))", s):
        return "DATE", f"{report_quarter[0] - 1}-Q{report_quarter[1]}", mod
    if report_quarter is not None and s in ("latest period", "latest quarter", "quarter", "period", "this quarter"):
        return "DATE", f"{report_quarter[0]}-Q{report_quarter[1]}", mod
    m = re.fullmatch(r"((?:[\w-]+ ){0,3}?)(year|month|week|day|decade)s? (?:earlier|ago)|year-earlier|year-ago", s)
    if m:  # "two weeks ago", "10 days ago", "a year earlier": counted back, at the unit's grain
        words = (m.group(1) or "a").split()
        n = _number(words)
        unit = m.group(2) or "year"
        if n == "X" or n is None or (not m.group(1) and re.match(r"\w+s ", s)):  # "months ago": not said how many
            return "DATE", "PAST_REF", mod
        if unit == "year":
            return "DATE", str(ref.year - n), mod
        if unit == "decade":
            return "DATE", str(ref.year - 10 * n)[:3], mod
        if unit == "month":
            k = ref.year * 12 + ref.month - 1 - n
            return "DATE", f"{k // 12:04d}-{k % 12 + 1:02d}", mod
        if unit == "week":
            y, w, _ = (ref - dt.timedelta(weeks=n)).isocalendar()
            return "DATE", f"{y}-W{w:02d}", mod
        return "DATE", (ref - dt.timedelta(days=n)).isoformat(), mod
    m = re.fullmatch(r"year-(?:ago|earlier) (first|second|third|fourth) quarter", s)
    if m:  # "the year-ago third quarter"
        return "DATE", f"{(report_quarter or (ref.year, 0))[0] - 1}-Q{QUARTER_ORDINALS.index(m.group(1)) + 1}", mod
    m = re.fullmatch(r"(\d{4}) (first|second|third|fourth) quarter|(this|last|next) year's (first|second|third|fourth) quarter"
                     r"|(?:fiscal[- ])?(first|second|third|fourth)[- ]quarter(?: of (\d{4}))?", s)
    if m:  # "the 1988 second quarter", "next year's first quarter", "the fiscal first quarter"
        year = int(m.group(1)) if m.group(1) else ref.year + {"last": -1, "next": 1}.get(m.group(3) or "", 0)
        year = int(m.group(6)) if m.group(6) else year
        nth = m.group(2) or m.group(4) or m.group(5)
        q = QUARTER_ORDINALS.index(nth) + 1
        if m.group(5) and not m.group(6):
            year = _quarter_year(q, ref, future, past)
        return "DATE", f"{year}-Q{q}", mod
    if re.fullmatch(r"latest (?:fiscal |full )?year", s):  # the latest year a report can cover is the last one over
        return "DATE", str(ref.year - 1), mod
    m = re.fullmatch(r"year-(?:earlier|ago) (?:first )?(nine|six|three) months", s)
    if m:  # "the year-earlier nine months": the length of time, as "the nine months"
        return "DURATION", f"P{NUMBER_WORDS[m.group(1)]}M", mod
    m = re.fullmatch(r"(?:(?:the\s+)?(?:past|last|next|coming|previous)\s+)?(?:[\w-]+\s+)?(spring|summer|fall|autumn|winter)s", s)
    if m:  # "summers", "the past three summers": every such season
        return "SET", f"XXXX-{SEASONS[m.group(1)]}", mod
    m = re.fullmatch(r"(first|second|third|fourth)[- ]quarters", s)
    if m:  # "fourth quarters": that quarter of every year, as "summers" is every summer
        return "SET", f"XXXX-Q{QUARTER_ORDINALS.index(m.group(1)) + 1}", mod
    m = re.fullmatch(r"(?:(current|full|fiscal|calendar|this)\s+)*year", s)
    if m and (s != "year" or text.lower().strip() == "the year"):  # "the full year", "the current fiscal year": the reference year
        return "DATE", str(ref.year), mod
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th) century", s)
    if m:
        return "DATE", f"{int(m.group(1)) - 1:02d}", mod
    m = re.fullmatch(r"(\d{4}) (?:quarter|period)", s)
    if m:  # "the 1988 quarter" of a results report: that year's reported quarter
        return "DATE", m.group(1) + (f"-Q{report_quarter[1]}" if report_quarter is not None else ""), mod
    m = re.fullmatch(r"(" + "|".join(WEEKDAYS) + r")s|(" + "|".join(WEEKDAYS) + r") (" + "|".join(PARTS_OF_DAY) + r")s", s)
    if m:  # "on Fridays", "Saturday nights": every such day
        part = PARTS_OF_DAY.get(m.group(3) or "")
        return "SET", f"XXXX-WXX-{WEEKDAYS.index(m.group(1) or m.group(2)) + 1}" + (f"T{part}" if part else ""), mod
    m = re.fullmatch(r"future (?:year|month|week|day|quarter|decade)s", s)
    if m:  # "in future years": a time to come, not a length of time
        return "DATE", "FUTURE_REF", mod
    unit_words = r"(year|month|week|day|hour|minute|decade|quarter)"
    m = re.fullmatch(r"(?:(?:recent|coming|upcoming|past|last|next|few|several)\s+)*" + unit_words + r"s (?:or|and) "
                     + unit_words + r"s", s) or re.fullmatch(r"(?:(?:a|one) )?" + unit_words + r" or two", s)
    counts = re.fullmatch(r"(?:(?:past|last|next|coming|first)\s+)?(\d+|[a-z]+)[\s-]+(?:to|or)[\s-]+(\d+|[a-z]+)[\s-]+"
                          + unit_words + r"s?", s)
    if counts and all(isinstance(_number([w]), int) for w in counts.group(1, 2)):
        m = re.match(r"(?:.* )?" + unit_words, counts.group(3))
    if m:  # "weeks or months", "two to three weeks", "a year or two": a length of time, its count not said exactly
        return "DURATION", ("PTX" if m.group(1) in ("hour", "minute") else "PX") + UNITS[m.group(1)], mod
    m = re.fullmatch(r"(?:the\s+)?(?:recent|coming|upcoming|past|last|next|first|few|several|\s)*(year|month|week|day|hour|minute|decade|centurie|quarter)s", s)
    if m:  # "years", "recent months", "the next few days": an unknown number of units
        unit = {"centurie": "century"}.get(m.group(1), m.group(1))
        code = UNITS[unit]
        return "DURATION", ("PTX" if unit in ("hour", "minute") else "PX") + code, mod
    m = re.fullmatch(r"(" + "|".join(MONTHS) + r") (this|last|next) year", s)
    if m:  # "June last year"
        year = ref.year + {"last": -1, "next": 1}.get(m.group(2), 0)
        return "DATE", f"{year}-{MONTHS.index(m.group(1)) + 1:02d}", mod
    m = re.fullmatch(r"this (" + "|".join(MONTHS) + r")", s)
    if m:
        return "DATE", f"{ref.year}-{MONTHS.index(m.group(1)) + 1:02d}", mod
    m = re.fullmatch(r"(?:(?:(?:next|last|coming|past)\s+)?(?:" + "|".join(WEEKDAYS) + r"),? )(.+\d.*)", s)
    if m:  # "Saturday, April 25", "this coming Sunday, May 7": the date says which Saturday
        return normalize(m.group(1), ref, future, report_quarter, past)
    m = re.fullmatch(r"(?:earlier|later) this (year|month|week)", s)
    if m:
        s = "this " + m.group(1)
        mod = mod or ("START" if text.lower().startswith("earlier") else None)
    m = re.fullmatch(r"fiscal (\d{4})", s)
    if m:
        return "DATE", m.group(1), mod
    if s in ("quarter", "latest quarter"):
        q = (ref.month - 1) // 3 - 1  # the quarter just reported: the one before the report's
        return "DATE", f"{ref.year + q // 4}-Q{q % 4 + 1}", mod
    if s == "weekend":  # the one just past (or under way), unless the clause looks ahead
        if ref.weekday() >= 5:
            saturday = ref - dt.timedelta(days=ref.weekday() - 5)
        elif future:
            saturday = ref + dt.timedelta(days=5 - ref.weekday())
        else:
            saturday = ref - dt.timedelta(days=ref.weekday() + 2)
        y, w, _ = saturday.isocalendar()
        return "DATE", f"{y}-W{w:02d}-WE", mod
    m = re.fullmatch(r"(?:(this|last|next)\s+)?(?:past\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4}))?", s)
    if m:
        y = int(m.group(3)) if m.group(3) else ref.year + {"last": -1, "next": 1}.get(m.group(1) or "", 0)
        return "DATE", f"{y}-{SEASONS[m.group(2)]}", mod
    m = re.fullmatch(r"(last|next)\s+(" + "|".join(MONTHS) + r")", s)
    if m:  # "last February" in a March story is a year and a month back
        month = MONTHS.index(m.group(2)) + 1
        y = ref.year - (month >= ref.month - 1) if m.group(1) == "last" else ref.year + (month <= ref.month)
        return "DATE", f"{y:04d}-{month:02d}", mod
    if s in ("today", "this day", "tonight"):
        return ("TIME" if s == "tonight" else "DATE"), ref.isoformat() + ("TNI" if s == "tonight" else ""), mod
    if s in ("now", "currently", "right now", "just now", "at present", "present", "the present"):
        return "DATE", "PRESENT_REF", mod
    if s in ("recently", "the past", "past", "previously", "once", "earlier", "former",
             "more recently"):
        return "DATE", "PAST_REF", mod
    if s in ("future", "the future", "soon", "in the future", "near future", "near term", "short term", "long term",
             "later date", "as soon as possible"):
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
            if m.group(1) == "previous":  # "the previous Friday": the one before the latest
                back += 7
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
    m = re.fullmatch(r"(?:the\s+)?(\d{3})0s", s) or re.fullmatch(r"(?:the\s+)?'?(\d)0s", s) \
        or re.fullmatch(r"(?:the\s+)?(" + "|".join(DECADE_WORDS) + ")", s)
    if m:  # "the 1990s", "the '80s", "the nineties": a decade without its century is the latest one begun
        dec = str(DECADE_WORDS.index(m.group(1)) + 2) if m.group(1) in DECADE_WORDS else m.group(1)
        if len(dec) == 1:
            century = ref.year // 100 - (int(str(ref.year // 100) + dec + "0") > ref.year)
            dec = f"{century}{dec}"
        return "DATE", dec, mod
    # durations: "five year", "the past three years", "the last twenty four hours", "week", "two-day"
    s = re.sub(r"\b([\w]+)-(year|month|week|day|hour|minute|decade)\b", r"\1 \2", s)
    m = re.fullmatch(r"(?:(?:past|last|next|coming|previous|following)\s+)?((?:[\w/-]+\s+){0,3}?)(year|month|week|day|hour|"
                     r"minute|decade|century|quarter)s?(?:[\s-]long)?(?:\s+period)?", s)
    if m:
        words = m.group(1).split()
        n = _number(words) if words else 1
        if n is None and words in (["additional"], ["extra"], ["another"]) and not s.endswith("s"):
            n = 1  # "an additional year", "another week"
        if n is not None:
            unit = UNITS[m.group(2)]
            if "1/2" in words and isinstance(n, int) and m.group(2) in HALVES:  # "2 1/2 years"
                return "DURATION", HALVES[m.group(2)].format(n=n), mod
            value = f"PT{n}{unit}" if m.group(2) in ("hour", "minute") else f"P{n}{unit}"
            return "DURATION", value, mod
    m = re.fullmatch(r"(?:every|each)\s+(" + "|".join(WEEKDAYS) + r")", s)
    if m:  # "each Thursday"
        return "SET", f"XXXX-WXX-{WEEKDAYS.index(m.group(1)) + 1}", mod
    m = re.fullmatch(r"(?:every|each)\s+(" + "|".join(MONTHS) + r")", s)
    if m:
        return "SET", f"XXXX-{MONTHS.index(m.group(1)) + 1:02d}", mod
    m = re.fullmatch(r"(first|second|last) half of (\d{4})", s)
    if m:
        return "DATE", f"{m.group(2)}-H{1 if m.group(1) == 'first' else 2}", mod
    if s in ("these days", "nowadays"):
        return "DATE", "PRESENT_REF", mod
    if s in ("current quarter",):
        return "DATE", f"{ref.year}-Q{(ref.month - 1) // 3 + 1}", mod
    m = re.fullmatch(r"(?:every|each)\s+(year|month|week|day|quarter)", s) or re.fullmatch(r"(annually|monthly|weekly|daily|hourly)", s)
    if m:
        unit = {"annually": "year", "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour"}.get(m.group(1), m.group(1))
        return "SET", f"{'PT' if unit == 'hour' else 'P'}1{UNITS[unit]}", mod
    m = re.fullmatch(r"(\d{4})", s)
    if m and 1000 <= int(m.group(1)) <= 2100:
        return "DATE", m.group(1), mod
    m = re.fullmatch(r"(" + "|".join(MONTHS) + r")(?:\s+(\d{4}))?", s)
    if m:
        month = MONTHS.index(m.group(1)) + 1
        if m.group(2):
            return "DATE", f"{m.group(2)}-{month:02d}", mod
        # a month without a year: the latest one up to the reference date when the verb is past, the next
        # when the clause looks ahead; else the latest, unless that is most of a year back while the next
        # is a few months away ("payable in January" in an October story)
        back = ref.year if month <= ref.month else ref.year - 1
        ahead = ref.year if month >= ref.month else ref.year + 1
        months_back = (ref.year - back) * 12 + ref.month - month
        year = ahead if future or (not past and months_back >= 9 and (ahead - ref.year) * 12 + month - ref.month <= 3) else back
        return "DATE", f"{year:04d}-{month:02d}", mod
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s)
    if m:  # ISO dates in copy and feeds
        return "DATE", dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat(), mod
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", s)
    if m:  # "3/14/2021": month first, as American copy writes it, unless the first number cannot be a month
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = y + (2000 if y < 50 else 1900) if y < 100 else y
        month, day = (a, b) if a <= 12 else (b, a)
        return "DATE", dt.date(y, month, day).isoformat(), mod
    # (a span of days, "July 8-9", "8-9 July", is dated by its first)
    m = (re.fullmatch(r"(" + "|".join(MONTHS) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|\u2013|to|and)\s*\d{1,2})?"
                      r"(?:,?\s+(\d{4}))?", s)
         or re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|\u2013|to|and)\s*\d{1,2})?\s+(" + "|".join(MONTHS)
                         + r")(?:,?\s+(\d{4}))?", s))
    if m:
        a, b, year = m.group(1), m.group(2), m.group(3)
        month, day = (MONTHS.index(a) + 1, int(b)) if a in MONTHS else (MONTHS.index(b) + 1, int(a))
        if year:
            years = [int(year)]
        else:
            years = [ref.year - 1, ref.year, ref.year + 1]
        days = []
        for y in years:
            try:
                days.append(dt.date(y, month, day))
            except ValueError:
                continue
        if not days:
            return None
        if year:
            return "DATE", days[0].isoformat(), mod
        # no year: the latest such day up to the reference date when the verb is past, the next when the
        # clause looks ahead, else the latest unless the next is much nearer ("payable Dec. 15" in a
        # November story)
        earlier = [d for d in days if d <= ref]
        coming = [d for d in days if d > ref]
        before = max(earlier) if earlier else None
        after = min(coming) if coming else None
        if after is not None and (before is None or future or (not past and (ref - before).days > 2 * (after - ref).days)):
            return "DATE", after.isoformat(), mod
        return "DATE", before.isoformat() if before else days[0].isoformat(), mod
    return None


def _trim(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """TimeML's extent of an expression the parser tagged: no leading preposition ("on Thursday"), no
    article before a date ("an Aug. 10, 1988 agreement"), no "just" or "only" before a length of time,
    no possessive ("this year's")."""
    while a < b and doc[a].lower_ in LEAD_WORDS and not (doc[a].lower_ == "at" and a + 1 < b and doc[a + 1].lower_ == "least"):
        a += 1
    while b > a and doc[b - 1].text in ("'s", "’s", "'"):
        b -= 1
    words = [t.lower_ for t in doc[a:b]]
    if len(words) >= 2 and words[0] in ("a", "an") and _date(doc[a + 1:b].text) \
            and not re.match(r"(?:year|month|week|day|decade)s?\b", words[1]):
        a += 1
    elif len(words) >= 2 and words[0] in ("a", "an", "the") and doc[a].head.i >= b and doc[a].dep_ == "det" \
            and doc[b - 1].dep_ in ("compound", "amod", "nummod", "nmod"):
        a += 1  # "a two-day rally", "the year-ago results": the article is the noun's, the expression modifies it
    elif len(words) >= 2 and words[0] in ("just", "only", "barely") and any(w.rstrip("s") in UNITS for w in words):
        a += 1
    return a, b


def _date(text: str) -> bool:
    """Whether a stretch is a calendar date (which takes no article: "an Aug. 10, 1988 agreement",
    "a fourth-quarter charge")."""
    try:
        norm = normalize(text, PROBE)
    except (ValueError, OverflowError):
        return False
    return norm is not None and norm[0] == "DATE" and norm[1][0].isdigit()


def _values(text: str, quarter: tuple[int, int] | None) -> bool:
    """Whether a stretch of text is one time expression (valued against a probe date)."""
    try:
        return normalize(text, PROBE, False, quarter) is not None
    except (ValueError, OverflowError):
        return False


PROBE = dt.date(2000, 6, 15)
BARE_UNIT = re.compile(r"(?:year|month|week|day|quarter|period|hour|minute)s?|past|last|next|coming", re.IGNORECASE)


def _pieces(doc: Doc, a: int, b: int, quarter: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The parts of a tagged stretch that are time expressions on their own, longest first from the left:
    "the fourth quarter ended Sept. 30" is "the fourth quarter" and "Sept. 30". A lone unit word left
    over ("year" of "year-end"), or an adjective ("past" of "the past three" that the parser cut short), is no
    expression."""
    out = []
    i = a
    while i < b:
        for j in range(b, i, -1):
            if doc[i].is_punct or (doc[j - 1].is_punct and doc[j - 1].text != "."):
                continue
            if _values(doc[i:j].text, quarter):
                if not BARE_UNIT.fullmatch(doc[i:j].text):
                    out.append((i, j))
                i = j
                break
        else:
            i += 1
    return out


def _joined(doc: Doc, spans: list[Span], quarter: tuple[int, int] | None) -> list[Span]:
    """Neighbouring pieces that make one expression ("noon" "Thursday", "Friday" "Oct. 13", "Thursday"
    "evening"), joined, and a part of the day after a date taken in."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if prev is not None and 0 <= span.start - prev.end <= 1 and (
                span.start == prev.end or doc[prev.end].lower_ in (",", "on", "or", "and")) and _values(doc[prev.start:span.end].text, quarter):
            out[-1] = doc[prev.start:span.end]
            continue
        out.append(span)
    return [_extended(doc, span, quarter) for span in out]


#: words that may continue an expression the parser cut short: "the year-ago" + "third quarter",
#: "1988" + "period", "Thursday" + "evening"
RIGHT_WORDS = {"period", "quarter", "quarters", "first", "second", "third", "fourth", "nine", "six", "three", "months",
               *PARTS_OF_DAY, *(part + "s" for part in PARTS_OF_DAY), *(season + "s" for season in SEASONS),
               "years", "weeks", "days", "hours", "decades"}
#: words that may begin it: "this" + "year", "each" + "July", "up to" + "180 days", "the" + "1988 period"
LEFT_WORDS = {"this", "last", "next", "each", "every", "nearly", "almost", "about", "the", "fiscal"}
LEFT_PAIRS = {("up", "to"), ("at", "least"), ("more", "than"), ("less", "than")}


def _extended(doc: Doc, span: Span, quarter: tuple[int, int] | None) -> Span:
    a, b = span.start, span.end
    grown = True
    while grown:
        grown = False
        for k in (2, 1):
            if b + k <= len(doc) and all(t.lower_ in RIGHT_WORDS for t in doc[b:b + k]) and _values(doc[a:b + k].text, quarter):
                b += k
                grown = True
                break
    for k in (2, 1, 1):  # "fiscal" + "second-quarter", then "the"
        if a - k < 0 or not (tuple(t.lower_ for t in doc[a - k:a]) in LEFT_PAIRS or (k == 1 and doc[a - 1].lower_ in LEFT_WORDS)):
            continue
        if doc[a - k].lower_ == "the" and not re.search(r"period|(?<!-)quarter", doc[a:b].text, re.IGNORECASE):
            continue  # "the 1988 period", but not "the August 1988 ceasefire"
        if _values(doc[a - k:b].text, quarter):
            a -= k
            if k == 2 or doc[a].lower_ != "fiscal":
                break
    if _takes_article(doc, a, b, quarter):
        a -= 1
    return doc[a:b]


#: nouns that head a length of time counted in the word before them ("a three-year period", "a two-week span")
STRETCH_NOUNS = {"period", "span", "stretch", "spell", *UNITS}


def _takes_article(doc: Doc, a: int, b: int, quarter: tuple[int, int] | None) -> bool:
    """Whether the article before a length of time is its own: in "over a three-year period" the time noun
    heads the expression, so TimeML takes "a" into it (in "a two-year contract" the article is the
    contract's, and stays out)."""
    if a == 0 or doc[a - 1].lower_ not in ("a", "an") or doc[a - 1].dep_ != "det" or b - a < 2:
        return False
    head = doc[b - 1]
    if doc[a - 1].head.i != head.i or head.lemma_.lower() not in STRETCH_NOUNS:
        return False
    if b < len(doc) and doc[b].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False  # "a five year low": the time noun qualifies the noun after it
    norm = normalize(doc[a - 1:b].text, PROBE, False, quarter)
    return norm is not None and norm[0] == "DURATION"


def _spans(doc: Doc, quarter: tuple[int, int] | None = None) -> list[Span]:
    spans = []
    for e in doc.ents:
        if e.label_ not in ("DATE", "TIME"):
            continue
        b = e.end
        if b < len(doc) and doc[b].lower_ in RIGHT_WORDS and not _values(e.text, quarter) \
                and _values(doc[e.start:b + 1].text, quarter):
            b += 1  # "the past three" + "summers": the parser cut the expression short
        a, b = _trim(doc, e.start, b)
        if a >= b:
            continue
        if _values(doc[a:b].text, quarter):
            spans.append(doc[a:b])
        else:
            spans.extend(doc[i:j] for i, j in _pieces(doc, a, b, quarter))
    spans = _joined(doc, spans, quarter)
    for m in WHOLE.finditer(doc.text):  # "the corresponding period last year": one expression, not "last year"
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None and len(span):
            spans = [s for s in spans if s.end <= span.start or s.start >= span.end] + [span]
    taken = {i for s in spans for i in range(s.start, s.end)}
    for m in QUARTER_PAIR.finditer(doc.text):  # "the first and third quarters": "first", "third quarters"
        for k in (1, 2):
            span = doc.char_span(m.start(k), m.end(k), alignment_mode="contract")
            if span is not None and len(span) and not any(i in taken for i in range(span.start, span.end)):
                spans.append(span)
                taken.update(range(span.start, span.end))
    for m in [*COUNTED.finditer(doc.text), *EXTRA.finditer(doc.text)]:
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None and len(span) and not any(i in taken for i in range(span.start, span.end)):
            spans.append(span)
            taken.update(range(span.start, span.end))
    for m in BARE_PERIODS.finditer(doc.text):  # "weeks", "five year", "the last twenty four hours"
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None and len(span) == 1 and not span.text.lower().endswith("s"):
            continue  # a lone "year" ("a flat year", "that day", "finest hour") is seldom a time expression
        if span is not None and len(span) and not any(i in taken for i in range(span.start, span.end)):
            spans.append(span)
            taken.update(range(span.start, span.end))
    return sorted((_hedged(doc, span, quarter) for span in spans), key=lambda s: s.start)


#: words after an expression that belong to it: "a year or so", "1994 or later", "the weeks ahead"
RIGHT_TAILS = [("or", "two"), ("or", "so", "ago"), ("or", "so", "earlier"), ("or", "so", "later"), ("and", "a", "half"), ("or", "so"),
               ("or", "later"), ("or", "earlier"), ("and", "beyond"), ("ahead",)]
#: words before one: "more recently", "earlier yesterday", "right now"
LEFT_HEADS = {"more": ("recently",), "right": ("now",), "earlier": ("yesterday", "today", "tomorrow", *WEEKDAYS),
              "later": ("yesterday", "today", "tomorrow", *WEEKDAYS)}


def _hedged(doc: Doc, span: Span, quarter: tuple[int, int] | None) -> Span:
    """A span grown over the words that hedge or place it, which TimeML takes into the expression."""
    a, b = span.start, span.end
    for tail in RIGHT_TAILS:
        if tuple(t.lower_ for t in doc[b:b + len(tail)]) == tail and _values(doc[a:b + len(tail)].text, quarter):
            b += len(tail)
            break
    if a and b - a == 1 and doc[a].lower_ in LEFT_HEADS.get(doc[a - 1].lower_, ()) \
            and _values(doc[a - 1:b].text, quarter):
        a -= 1
    elif a > 1 and doc[a - 2].lower_ == "the" and doc[a - 1].lower_ == "latest" \
            and (doc[a].like_num or doc[a].lower_ in ("fiscal", "year")) \
            and _values(doc[a - 2:b].text, quarter):
        a -= 2  # "the latest nine months" of a results report, "the latest fiscal year"
    return doc[a:b]


QUARTER_ORDINALS = ("first", "second", "third", "fourth")
#: "quarter" as a reporting period, not in a compound that only borrows the word ("a quarter-century low",
#: "a quarter-point cut")
PERIOD_QUARTER = re.compile(r"\bquarter(?:s|ly)?\b(?!-(?:century|centuries|point|points|mile|miles|inch|hour|final|finals)\b)"
                            r"|\bthe (?:latest|year-earlier|year-ago) period\b",
                            re.IGNORECASE)
RESULTS_WORDS = re.compile(r"\b(?:a share|net income|net loss|earnings|profit|revenue|sales)\b", re.IGNORECASE)


#: words that set an earlier quarter beside the one reported: "than in the second quarter", "after a weak first quarter"
_COMPARED = re.compile(r"\b(?:after|than|from|since|compared|versus|vs\.?|over|flat)\b[^.;]*$", re.IGNORECASE)
#: words of a sentence that looks ahead to a quarter still under way ("expects a fourth-quarter charge")
_FORECAST = re.compile(r"\b(?:will|would|expects?|expected|estimated?|forecasts?|projects?|projected|anticipates?|"
                       r"predicts?|outlook)\b", re.IGNORECASE)


def _sentence_at(text: str, offset: int) -> str:
    """The sentence (roughly: between full stops) around a character offset."""
    start = max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset)) + 1
    ends = [k for k in (text.find(". ", offset), text.find("\n", offset)) if k >= 0]
    return text[start:min(ends) if ends else len(text)]


def report_quarters(text: str, ref: dt.date) -> list[tuple[int, tuple[int, int]]]:
    """Where a results report names the quarter it covers: (character offset, (year, quarter)) for each
    "third-quarter", "the fourth fiscal quarter"; [(0, the quarter that ended before the report)] when it
    names none; [] when the text is no results report. A wire digest holds several reports, so an
    expression reads the quarter named last before it."""
    if not RESULTS_WORDS.search(text) or not PERIOD_QUARTER.search(text):
        return []
    out: list[tuple[int, tuple[int, int]]] = []
    for m in re.finditer(r"\b(first|second|third|fourth)[- ](?:fiscal[- ])?quarter\b", text, re.IGNORECASE):
        q = QUARTER_ORDINALS.index(m.group(1).lower()) + 1
        named = (ref.year if q <= (ref.month - 1) // 3 + 1 else ref.year - 1, q)
        if out and named < out[-1][1] and _COMPARED.search(text[max(0, m.start() - 30):m.start()]):
            continue  # "wider than in the second quarter" in a third-quarter report: a comparison, not the report's
        if named == (ref.year, (ref.month - 1) // 3 + 1) and _FORECAST.search(_sentence_at(text, m.start())):
            continue  # "a fourth-quarter charge will follow" in a November story: a quarter not over, no report's
        out.append((m.start(), named))
    if not out:
        k = ref.year * 4 + (ref.month - 1) // 3 - 1
        out.append((0, (k // 4, k % 4 + 1)))
    return out


def _quarter_at(quarters: list[tuple[int, tuple[int, int]]], offset: int) -> tuple[int, int] | None:
    before = [q for at, q in quarters if at <= offset]
    return before[-1] if before else (quarters[0][1] if quarters else None)


def _rate(span: Span) -> bool:
    """ "a year" in "$2 million a year", "four flights a week": a rate, which TimeML leaves untagged; so is
    an age ("52 years old", "a 136-year-old bank")."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if after in ("old", "-old") or (after == "-" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "old"):
        return True
    if len(span) == 1 and span[0].lower_ in ("annually", "yearly", "quarterly", "monthly", "weekly", "daily", "hourly") \
            and span.start and (doc[span.start - 1].like_num or doc[span.start - 1].pos_ in ("NOUN", "NUM")
                                or doc[span.start - 1].text == "%"):
        return True  # "rise 8% annually", "10,000 units annually": a rate, as "a year" is
    k = span.start + (span[0].lower_ in ("a", "an", "per"))
    if k - span.start == 0 and (span.start == 0 or doc[span.start - 1].lower_ not in ("a", "an", "per")):
        return False
    if k - span.start == 0:
        k = span.start
    if not (k < span.end and doc[k].lemma_.lower() in UNITS and k == span.end - 1):
        return False
    before = span.start - 1 if span[0].lower_ in ("a", "an", "per") else span.start - 2
    return before >= 0 and (doc[before].like_num or doc[before].pos_ in ("NOUN", "NUM", "PROPN") or doc[before].text == "%")


def _not_a_time(span: Span) -> bool:
    """Time words that name no time here: "Women's Day", "daily dividends", "soon after", "as soon as",
    "the quarter-to-quarter comparison"."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if len(span) == 1 and span[0].text == "Day":
        return True
    if span[0].lower_ in ("daily", "weekly", "monthly") and span[0].dep_ == "amod":
        return True
    if span.text.lower() == "soon" and (after in ("after", "as") or before == "as"):
        return True
    if _title(span):
        return True
    if after == "of" and re.fullmatch(r"(?:\w+ )*(?:a|one|three) quarters?", span.text.lower()):
        return True  # "over a quarter of the market": a fraction
    words = ([before] if before in ("a", "an") else []) + [t.lower_ for t in span]
    if words[0] in ("a", "an") and " ".join(words[1:]) in ("fiscal year", "calendar year"):
        return True  # "moved its books to a calendar year": a kind of year, none in particular
    if span.text.lower() == "the future" and (after == "of" or span.root.dep_ in ("nsubj", "nsubjpass")):
        return True  # "the future of the port", "the future looks bleak": the prospects, no time
    return after == "-" or before == "-"


#: deictic words that a name may hold: ABC's "This Week", "USA Today"
DEICTIC = {"this", "today", "tonight", "tomorrow", "yesterday", "now", "next", "last"}


def _title(span: Span) -> bool:
    """A deictic time word capitalized inside a sentence is part of a name, a show's or a paper's ("said on
    ABC's "This Week"", "told VOA Today"), which names no time."""
    doc, k = span.doc, span.start
    if not (span[0].lower_ in DEICTIC and span[0].text[0].isupper() and all(t.text[0].isupper() for t in span)):
        return False
    while k > 0 and doc[k - 1].text in ('"', "``", "“", "'"):
        k -= 1  # a quotation mark opens the name
    return k > 0 and not span[0].is_sent_start and doc[k - 1].text not in (".", "?", "!", ":", ";", "--", "_") \
        and (doc[k - 1].is_alpha or doc[k - 1].text in ("'s", "’s", "'"))


#: expressions valued from the date named before them: "that year", "the following month", "the day (before)"
ANCHORED = re.compile(r"(?:that|the same|the following)\s+(year|quarter|month|week|day)|the (day|morning|afternoon|evening)",
                      re.IGNORECASE)
#: the TIMEX3 values that say a unit: a quarter's, or a date at least as fine as the unit
_GRAINS = {"year": r"\d{4}", "quarter": r"\d{4}-\d\d", "month": r"\d{4}-\d\d", "week": r"\d{4}-\d\d-\d\d",
           "day": r"\d{4}-\d\d-\d\d"}


def _anchored(text: str, earlier: list[Timex], ref: dt.date) -> str | None:
    """The value of "that year", "the same quarter", "the following month", "the day", "the morning": a date
    (not a length of time, as TimeML values them) told from the latest date named before it in the text, or
    from the story's own date when there is none; "then" ("until then") is that date itself, and has no
    value without one. None for any other expression."""
    if text.strip().lower() == "then":  # "until then": the very time named last
        named = [t.value for t in earlier if t.type in ("DATE", "TIME") and re.match(r"\d{4}", t.value)]
        return named[-1] if named else None
    m = ANCHORED.fullmatch(text.strip())
    if m is None:
        return None
    unit, step = (m.group(1) or m.group(2)).lower(), int(text.lower().startswith("the following"))
    part = PARTS_OF_DAY.get(unit)
    unit = "day" if part else unit  # "the morning": a part of the day named before it
    named = [t.value for t in earlier if t.type in ("DATE", "TIME")]
    quarters = [v for v in named if re.fullmatch(r"\d{4}-Q\d", v)]
    anchor = ref
    if unit == "quarter" and quarters:  # "that quarter" after "the second quarter, which ended Oct. 31" (a fiscal one)
        anchor = dt.date(int(quarters[-1][:4]), 3 * int(quarters[-1][-1]) - 2, 1)
    else:
        for value in reversed(named):
            if re.fullmatch(r"\d{4}-Q\d", value) and unit == "year":
                anchor = dt.date(int(value[:4]), 1, 1)
                break
            if re.match(_GRAINS[unit] + r"(?![\dW])", value):
                parts = [int(p) for p in re.findall(r"\d+", value[:10])] + [1, 1]
                anchor = dt.date(parts[0], parts[1], parts[2])
                break
    if unit == "year":
        return str(anchor.year + step)
    if unit == "quarter":
        k = anchor.year * 4 + (anchor.month - 1) // 3 + step
        return f"{k // 4}-Q{k % 4 + 1}"
    if unit == "month":
        k = anchor.year * 12 + anchor.month - 1 + step
        return f"{k // 12:04d}-{k % 12 + 1:02d}"
    if unit == "week":
        y, w, _ = (anchor + dt.timedelta(weeks=step)).isocalendar()
        return f"{y}-W{w:02d}"
    return (anchor + dt.timedelta(days=step)).isoformat() + (f"T{part}" if part else "")


#: a quarter not numbered, dated by the day it closed: "the quarter ended July 31"
QUARTER_ENDED = re.compile(r"\s*(?:ended|ending)\s+((?:" + "|".join(MONTHS) + "|" + "|".join(MONTH_ABBREVIATIONS)
                           + r")\.?\s+\d{1,2}(?:,\s+\d{4})?)", re.IGNORECASE)


def _quarter_ending(span: Span, ref: dt.date) -> str | None:
    """The calendar quarter of "the quarter ended July 31", one whose number is not said: the one that holds
    the middle of the three months closing that day (a fiscal quarter of May to July is mostly the
    second), since the report's own quarter may be another company's in a digest. None otherwise."""
    if not re.fullmatch(r"(?:the\s+)?(?:latest\s+|fiscal\s+)?quarter", span.text, re.IGNORECASE):
        return None
    m = QUARTER_ENDED.match(span.doc.text, span.end_char)
    norm = normalize(m.group(1), ref, past=True) if m else None
    if norm is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", norm[1]):
        return None
    middle = dt.date.fromisoformat(norm[1]) - dt.timedelta(days=45)
    return f"{middle.year}-Q{(middle.month - 1) // 3 + 1}"


#: a results report's comparison with the same stretch a year back
YEAR_BACK = re.compile(r"(?:a|one) year (?:earlier|ago)|year-(?:earlier|ago)", re.IGNORECASE)


def _shared_plural(span: Span) -> str:
    """The text to value: a lone ordinal coordinated with a plural quarter shares its noun ("first" of "the
    first and third quarters" reads "first quarters"); any other span, its own text."""
    if span.text.lower() in QUARTER_ORDINALS and QUARTER_PAIR.match(span.doc.text, span.start_char):
        return span.text + " quarters"
    return span.text


def tag(doc: Doc, ref: dt.date) -> list[Timex]:
    """Time expressions of ``doc`` with TIMEX3 values relative to ``ref`` (the document's date)."""
    out = []
    quarters = report_quarters(doc.text, ref)
    for span in _spans(doc, quarters[0][1] if quarters else None):
        quarter = _quarter_at(quarters, span.start_char)
        if _rate(span) or _not_a_time(span):
            continue
        try:
            tense = clause_tense(span)
            if span.start and span.doc[span.start - 1].lower_ == "since":
                tense = "past"  # "up 5% since year-end", "since March": a point already passed
            anchored = _anchored(span.text, out, ref)
            norm = ("TIME" if "T" in anchored else "DATE", anchored, None) if anchored else \
                normalize(_shared_plural(span), ref, tense == "future", quarter, past=tense == "past")
        except (ValueError, OverflowError):
            norm = None
        if norm is None:
            continue
        typ, value, mod = norm
        if quarter is not None and re.fullmatch(r"\d{4}-Q\d", value) and YEAR_BACK.fullmatch(span.text) and out \
                and out[-1].type == "DURATION" and re.fullmatch(r"P(?:6|9)M", out[-1].value):
            value = value[:4]  # "for the nine months, ..., compared with a year earlier": that year's nine months
        if span.text.lower() in ("one day", "some day") and span.start and span.doc[span.start - 1].tag_ == "MD":
            typ, value = "DATE", "FUTURE_REF"  # "will one day be": some day to come, no length of time
        if re.fullmatch(r"\d{4}-Q\d", value):
            value = _quarter_ending(span, ref) or value
        following = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        if span.text.lower() in ("the year", "the fiscal year") and following in ("ended", "ending"):
            typ, value = "DURATION", "P1Y"  # "the year ended March 31": a length of time ending then
        out.append(Timex(span.start_char, span.end_char, span.text, typ, value, mod))
    for first, second in zip(out, out[1:]):  # "on Monday and Tuesday nights": the first shares the second's plural
        joint = doc.text[first.end:second.start].strip().lower()
        if joint in ("and", "or", ",") and second.type == "SET" and re.fullmatch(r"XXXX-WXX-\d(?:T\w\w)?", second.value) \
                and first.text.lower() in WEEKDAYS:
            first.type, first.value = "SET", f"XXXX-WXX-{WEEKDAYS.index(first.text.lower()) + 1}{second.value[10:]}"
    return out
