"""Event dates: time expressions attached to the trigger, normalized against publication.

One normalizer serves both the temporal tagger (``eventwire timex``) and event dates: the tagger's
TIMEX3 value, read back as a calendar date and its precision. News counts weekdays backwards:
"Thursday" in a story published on a Thursday is that day, in one published on a Friday it is the day
before; "last Tuesday" is the latest Tuesday before publication; "will meet on Monday" looks ahead.
No expression: the publication date, ``date_text`` null.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..nlp import entities_in

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass
class TimeExpr:
    text: str
    start: int
    end: int
    date: dt.date
    precision: str  # day | week | month | quarter | year


def as_date(value: str) -> tuple[dt.date, str] | None:
    """A TIMEX3 value as the first day it covers and its precision ("2023-W30" -> that Monday, week);
    None for values that name no stretch of the calendar (PAST_REF, decades, durations)."""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day"
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if m:
        return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6 if m.group(3) else 1), "week"
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), 1), "month"
    m = re.fullmatch(r"(\d{4})-Q(\d)", value)
    if m:
        return dt.date(int(m.group(1)), 3 * int(m.group(2)) - 2, 1), "quarter"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        return dt.date(int(m.group(1)), SEASON_MONTHS[m.group(2)], 1), "month"
    m = re.fullmatch(r"(\d{4})", value)
    if m:
        return dt.date(int(m.group(1)), 1, 1), "year"
    return None


def period_end(day: dt.date, precision: str) -> dt.date:
    """The last day of the stretch a date of this precision stands for."""
    if precision == "year":
        return dt.date(day.year, 12, 31)
    if precision == "quarter":
        month = day.month + 2
        return dt.date(day.year, month, calendar.monthrange(day.year, month)[1])
    if precision == "month":
        return dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    if precision == "week":
        return day + dt.timedelta(days=6)
    return day


def normalize(text: str, ref: dt.date, future: bool = False, past: bool = False) -> tuple[dt.date, str] | None:
    """A time expression's date and precision, relative to the publication date ``ref``; None when
    it is no date (a duration: "sentenced to 99 years") or falls outside the calendar."""
    from .tagger import LEAD_WORDS
    from .tagger import normalize as timex

    words = text.split()
    while words and words[0].lower() in LEAD_WORDS:  # "on March 3", "in 2007"
        words = words[1:]
    try:
        norm = timex(" ".join(words), ref, future, None, past)
        if norm is None or norm[0] not in ("DATE", "TIME"):
            return None
        return as_date(norm[1])
    except (OverflowError, ValueError):
        return None


def event_time(trigger: Token, governor: Token | None, sent: Span, ref: dt.date | None,
               response: bool = False) -> TimeExpr | None:
    """The DATE expression that belongs to the trigger's clause, normalized, or None. ``response``: the
    event is force used on people in the act ("fired tear gas at students who marched yesterday"), which
    happens when they act: with no time of its own, it takes the time of the act its object does."""
    if ref is None:
        return None
    anchors = {trigger.i} | ({governor.i} if governor is not None else set())
    found = _attached_time(anchors, sent, ref)
    # a clause without a time of its own shares the one of the clause it continues: "entered the embassy on
    # Friday and detained him", "fired rockets yesterday, killing 11", "broke in last night to detain him"
    verb = governor if governor is not None else trigger
    for _ in range(3):
        if found is not None or verb.pos_ not in ("VERB", "AUX"):
            break
        if _continues(verb):
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ("on", "by", "upon", "through") \
                and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # "will vote on Monday on authorizing a mission", "hit back by expelling them"
        else:
            break
        found = _attached_time({verb.i}, sent, ref)
    if found is None and response:
        heads = {governor if governor is not None else trigger, verb}  # (or of the clause it goes on from)
        acts = [r for head in heads for o in head.children if o.dep_ in ("dobj", "prep")
                for n in ([o] if o.dep_ == "dobj" else [g for g in o.children if g.dep_ == "pobj"])
                for r in n.children if r.dep_ == "relcl" and r.tag_ == "VBD"]
        for act in acts[:1]:
            found = _attached_time({act.i}, sent, ref)
    return found


def _continues(verb: Token) -> bool:
    """Does this verb's clause go on from its head verb's, in the same time: a coordinated verb, or a
    participle or purpose infinitive with no conjunction of its own ("after ...", "when ..." set their own)."""
    if verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "conj":
        return True
    if verb.dep_ == "advcl":  # (an xcomp is ahead of its head: "agreed on Monday to meet")
        return not any(c.dep_ == "mark" and c.lower_ != "to" for c in verb.children) \
            and verb.tag_ in ("VBG", "VB", "VBN")
    return False


def _attached_time(anchors: set[int], sent: Span, ref: dt.date) -> TimeExpr | None:
    from .tagger import clause_tense  # (the tagger imports this module's tables)

    for ent in entities_in(sent):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < ent.start for c in ent.root.children) or (
                before is not None and before.pos_ == "PROPN" and before.dep_ in ("appos", "compound")
                and before.ent_type_ not in ("DATE", "TIME") and before.text[:1].isupper()):
            continue  # "the supply vessel Unaizah May 4": a date in a ship's name is no date of the event
        # the expression must hang from the trigger (or its light verb), not from another verb
        node = ent.root
        attached = False
        for _ in range(4):
            node = node.head
            if node.i in anchors:
                attached = True
                break
            if node.pos_ in ("VERB", "AUX") and node.dep_ == "advcl" and node.head.i in anchors \
                    and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "while") for c in node.children):
                attached = True  # "did not sign when it opened for signature in 1968": the time of both
                break
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
        if not attached:
            continue
        text = ent.text
        tense = clause_tense(ent)
        norm = normalize(text, ref, future=tense == "future", past=tense == "past")
        if norm is None:
            continue
        return TimeExpr(text, ent.start_char, ent.end_char, norm[0], norm[1])
    return None
