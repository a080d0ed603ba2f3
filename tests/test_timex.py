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
