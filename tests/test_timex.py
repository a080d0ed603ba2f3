"""The temporal tagger: TIMEX3 values against the reference date, tense-aware; its TimeML evaluation."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire import nlp
from eventwire.time.tagger import normalize, tag

REF = dt.date(2023, 7, 27)  # a Thursday


@pytest.mark.parametrize("text, expected", [
    ("last Tuesday", ("DATE", "2023-07-25", None)),
    ("Thursday", ("DATE", "2023-07-27", None)),
    ("yesterday", ("DATE", "2023-07-26", None)),
    ("early 2020", ("DATE", "2020", "START")),
    ("late 2019", ("DATE", "2019", "END")),
    ("the past three years", ("DURATION", "P3Y", None)),
    ("the last twenty four hours", ("DURATION", "PT24H", None)),
    ("three-day", ("DURATION", "P3D", None)),
    ("next week", ("DATE", "2023-W31", None)),
    ("last month", ("DATE", "2023-06", None)),
    ("the 1990s", ("DATE", "199", None)),
    ("every week", ("SET", "P1W", None)),
    ("this summer", ("DATE", "2023-SU", None)),
    ("a year ago", ("DATE", "2022", None)),
    ("Sept. 30, 2021", ("DATE", "2021-09-30", None)),
    ("January", ("DATE", "2023-01", None)),
    ("now", ("DATE", "PRESENT_REF", None)),
    ("Monday morning", ("TIME", "2023-07-24TMO", None)),
    ("10 p.m. Wednesday", ("TIME", "2023-07-26T22:00", None)),
    ("noon Friday", ("TIME", "2023-07-21T12:00", None)),
    ("Tuesday evening", ("TIME", "2023-07-25TEV", None)),
    ("nineteen eighty-nine", ("DATE", "1989", None)),
    ("the year two thousand", ("DATE", "2000", None)),
    ("the end of 2021", ("DATE", "2021", "END")),
    ("the middle of May", ("DATE", "2023-05", "MID")),
    ("ten days ago", ("DATE", "2023-07-17", None)),
    ("three months ago", ("DATE", "2023-04", None)),
    ("several years ago", ("DATE", "PAST_REF", None)),
    ("recent weeks", ("DURATION", "PXW", None)),
    ("the 19th century", ("DATE", "18", None)),
    ("the late 1980s", ("DATE", "198", "END")),
    ("March last year", ("DATE", "2022-03", None)),
    ("Friday, July 14", ("DATE", "2023-07-14", None)),
    ("2 1/2 years", ("DURATION", "P2Y6M", None)),
    ("each Sunday", ("SET", "XXXX-WXX-7", None)),
    ("the weekend", ("DATE", "2023-W29-WE", None)),
])
def test_values(text, expected):
    assert normalize(text, REF) == expected


def test_tense_decides_the_direction_of_a_weekday():
    doc = nlp.load()("The ministers will meet on Monday. The ministers met on Monday.")
    will, met = tag(doc, REF)
    assert (will.text, will.value) == ("Monday", "2023-07-31") and met.value == "2023-07-24"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40), st.dates(min_value=dt.date(2, 1, 1), max_value=dt.date(9998, 12, 31)))
def test_normalize_never_raises(text, ref):
    out = normalize(text, ref)
    assert out is None or (out[0] in ("DATE", "TIME", "DURATION", "SET") and out[1])


def test_timeml_evaluation_and_command(tmp_path, capsys):
    from eventwire.cli import main
    from eventwire.evaluate import evaluate_file

    tml = """<?xml version="1.0" ?><TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-07-27" functionInDocument="CREATION_TIME">20230727</TIMEX3></DCT>
<TEXT>The delegation arrived <TIMEX3 tid="t1" type="DATE" value="2023-07-25">last Tuesday</TIMEX3> and stays for
<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT></TimeML>"""
    folder = tmp_path / "tb"
    folder.mkdir()
    (folder / "a.tml").write_text(tml, encoding="utf-8")
    rep = evaluate_file(folder, task="timex")
    assert rep.gold == 2 and rep.strict == 2
    src = tmp_path / "a.txt"
    src.write_text("The delegation arrived last Tuesday.", encoding="utf-8")
    assert main(["timex", str(src), "--dct", "2023-07-27"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["value"] == "2023-07-25" and row["text"] == "last Tuesday"


def _values(text: str, ref: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(nlp.load()(text), ref)]


def test_a_results_report_splits_its_periods_and_compares_quarters():
    ref = dt.date(2023, 11, 2)
    text = ("Brightwater Mills said net income for the third quarter ended Sept. 30 rose 8% to $41 million, or "
            "62 cents a share, from $38 million a year earlier. In the year-ago quarter, sales were flat.")
    values = _values(text, ref)
    assert ("the third quarter", "2023-Q3") in values and ("Sept. 30", "2023-09-30") in values
    assert ("a year earlier", "2022-Q3") in values and ("the year-ago quarter", "2022-Q3") in values


def test_an_earlier_quarter_set_beside_the_reported_one_does_not_change_it():
    ref = dt.date(2023, 11, 2)
    text = ("Brightwater Mills posted a 12% gain in third-quarter net income.\n\nMargins were wider than in the "
            "second quarter, the miller said, and one-off costs had weighed on the year-earlier period.")
    assert ("the year-earlier period", "2022-Q3") in _values(text, ref)


def test_a_month_without_a_year_follows_the_tense():
    ref = dt.date(2023, 11, 2)
    assert _values("The cooperative bought the mill in March.", ref) == [("March", "2023-03")]
    assert _values("The cooperative will open the mill in March.", ref) == [("March", "2024-03")]
    assert _values("The dividend is payable in January.", ref) == [("January", "2024-01")]


def test_a_deadline_after_a_past_verb_still_lies_ahead():
    ref = dt.date(2023, 11, 2)
    assert _values("The offer was extended to Nov. 20.", ref) == [("Nov. 20", "2023-11-20")]


def test_neighbouring_pieces_join_into_one_expression():
    assert _values("Talks broke off at noon Thursday.", REF) == [("noon Thursday", "2023-07-27T12:00")]


def test_ages_and_rates_are_no_time_expressions():
    assert _values("The mayor, 61 years old, said the plant saves $3 million a year.", REF) == []


def test_years_read_out_in_a_broadcast_transcript():
    assert _values("In nineteen ninety-four the border reopened.", REF) == [("nineteen ninety-four", "1994")]
