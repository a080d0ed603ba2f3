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
    text = ("Brightwater Mills said the third quarter, through Sept. 30, brought its profit up 8% to $41 million, or "
            "62 cents a share, against $38 million a year earlier. Sales were flat in the year-ago quarter.")
    values = _values(text, ref)
    assert ("the third quarter", "2023-Q3") in values and ("Sept. 30", "2023-09-30") in values
    assert ("a year earlier", "2022-Q3") in values and ("the year-ago quarter", "2022-Q3") in values


def test_an_earlier_quarter_set_beside_the_reported_one_does_not_change_it():
    ref = dt.date(2023, 11, 2)
    text = ("Brightwater Mills posted a 12% third-quarter profit gain.\n\nMargins were wider than in the "
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


def test_a_forecast_for_the_quarter_under_way_does_not_become_the_reported_one():
    ref = dt.date(2023, 11, 2)
    text = ("Harbor Mutual said third-quarter profit rose 9% to $80 million. The insurer expects the October storms "
            "to bring a fourth-quarter charge of $5 million. Premiums grew 4% in the latest quarter.")
    assert ("the latest quarter", "2023-Q3") in _values(text, ref)


def test_a_quarter_named_without_a_year_early_in_the_next_year_is_last_years():
    assert _values("The retailer reported a 12% drop in profit for the fourth quarter.", dt.date(2024, 1, 25)) \
        == [("the fourth quarter", "2023-Q4")]
    assert normalize("the third quarter", REF) == ("DATE", "2023-Q3", None)


def test_a_month_set_as_a_deadline_or_a_start_lies_ahead():
    ref = dt.date(2023, 10, 30)
    assert _values("The buyer has a plan to repay the bridge loan by February.", ref) == [("February", "2024-02")]
    assert _values("Nurses won a raise under the new contract effective June 1.", ref) == [("June 1", "2024-06-01")]


def test_year_end_after_since_is_the_one_passed():
    ref = dt.date(2023, 10, 30)
    assert _values("The index has gained 12% since year-end.", ref) == [("year-end", "2022")]
    assert _values("The sale should close by year-end.", ref) == [("year-end", "2023")]


def test_expressions_anchored_to_the_date_named_before_them():
    assert _values("The mill opened in March 2015, and the following year it doubled its output.", REF) \
        == [("March 2015", "2015-03"), ("the following year", "2016")]
    assert ("that year", "2019") in _values("Imports reached $2 billion in 2019, and exports doubled that year.", REF)
    assert ("the day", "2023-10-12") in _values("The treaty was signed on Oct. 12, the day ahead of the summit.", dt.date(2023, 11, 2))


def test_hedges_and_companions_belong_to_the_expression():
    cases = {
        "Rates should stay high for the next year or so.": ("the next year or so", "2024"),
        "The second blast came a minute and a half after the first.": ("a minute and a half", "PT1M30S"),
        "The bridge will not open until 2027 or later.": ("2027 or later", "2027"),
        "Prices may fall further in the weeks ahead.": ("the weeks ahead", "PXW"),
        "More recently, prices have steadied.": ("More recently", "PAST_REF"),
        "The lease runs for at least 15 more years.": ("at least 15 more years", "P15Y"),
        "The mandate was renewed for an additional year.": ("an additional year", "P1Y"),
        "Six trading days later, the shares had recovered.": ("Six trading days", "P6D"),
    }
    for text, expected in cases.items():
        assert expected in _values(text, REF), text
    assert ("Earlier yesterday", "2023-07-26") in _values("Earlier yesterday, the exchange halted trading.", REF)


def test_an_article_that_belongs_to_the_noun_stays_out():
    assert _values("Farmers held a two-day sit-in outside parliament.", REF) == [("two-day", "P2D")]


def test_spelled_decades_parts_of_the_day_and_vague_lengths():
    assert _values("Union membership shrank during the nineties.", REF) == [("the nineties", "199")]
    assert normalize("the '90s", REF) == ("DATE", "199", None)
    assert _values("By mid afternoon, the police had withdrawn.", REF) == [("mid afternoon", "2023-07-27TAF")]
    assert _values("The mountain road will stay closed for a while.", REF) == [("a while", "PXX")]


def test_rates_and_show_titles_are_no_time_expressions():
    assert _values("Tuition will go up 3% annually.", REF) == []
    assert _values('The envoy told CBS\'s "This Week" program that talks would go on.', REF) == []
    assert _values("The fund holds over a quarter of the market.", REF) == []


def test_one_day_before_its_verb_is_some_day_to_come():
    assert _values("Engineers believe the rover will one day reach the crater.", REF) == [("one day", "FUTURE_REF")]


def test_a_year_earlier_after_the_nine_months_compares_years():
    ref = dt.date(2023, 11, 2)
    text = ("Brightwater Mills said third-quarter net income rose 8%. For the nine months, profit was $90 million, "
            "compared with $70 million a year earlier.")
    assert ("a year earlier", "2022") in _values(text, ref)


def test_a_scheduled_event_in_the_present_and_a_lapsed_deadline():
    assert _values("The two leaders meet Monday in Cairo.", REF) == [("Monday", "2023-07-31")]
    ref = dt.date(2023, 10, 30)  # a Monday
    assert _values("The permit had been due to run out Friday evening.", ref) == [("Friday evening", "2023-10-27TEV")]


def test_earlier_or_later_in_the_year_is_one_expression():
    assert _values("Output at the smelter dipped earlier in the year after a fire.", REF) \
        == [("earlier in the year", "2023")]
    assert normalize("earlier in the year", REF) == ("DATE", "2023", "START")
    assert normalize("late in the month", REF) == ("DATE", "2023-07", "END")


def test_ordinal_days_read_out_in_a_transcript():
    assert normalize("June twelfth", REF) == ("DATE", "2023-06-12", None)
    assert normalize("the twenty-first of August", REF) == ("DATE", "2023-08-21", None)
    ref = dt.date(2023, 6, 7)  # a Wednesday
    assert _values("The regatta starts this coming Saturday, June tenth, on the lake.", ref) \
        == [("this coming Saturday, June tenth", "2023-06-10")]


def test_plural_weekdays_and_seasons_are_sets():
    assert normalize("Fridays", REF) == ("SET", "XXXX-WXX-5", None)
    assert normalize("Sunday mornings", REF) == ("SET", "XXXX-WXX-7TMO", None)
    assert _values("The night bus runs on Saturday nights only.", REF) == [("Saturday nights", "XXXX-WXX-6TNI")]
    assert _values("Wildfires have spread for the past four summers.", REF) \
        == [("the past four summers", "XXXX-SU")]


def test_lengths_of_time_whose_count_is_not_said_exactly():
    assert _values("The repairs could take weeks or months.", REF) == [("weeks or months", "PXW")]
    assert _values("Parts should arrive within four to six weeks.", REF) == [("four to six weeks", "PXW")]
    assert _values("The firm may list its shares in a year or two.", REF) == [("a year or two", "PXY")]
    assert normalize("two or three days", REF) == ("DURATION", "PXD", None)
    assert _values("Crews cleared roads during the first hours after the storm.", REF) == [("the first hours", "PTXH")]
    assert normalize("months ago", REF) == ("DATE", "PAST_REF", None)


def test_counted_quarters_and_fiscal_quarters_in_a_report():
    assert _values("The chain returned to profit after several quarters of losses.", REF) \
        == [("several quarters", "PXQ")]
    assert _values("Three quarters of the members voted yes.", REF) == []
    values = _values("The shipyard earned $4 million in the fiscal second-quarter.", dt.date(2023, 11, 2))
    assert [v for v in values if "quarter" in v[0]] == [("the fiscal second-quarter", "2023-Q2")]
    assert ("the year-earlier nine months", "P9M") in _values(
        "Ferry costs in the year-earlier nine months were restated.", dt.date(2023, 11, 2))


def test_future_units_year_end_with_a_hedge_and_the_latest_year():
    assert _values("Savings will grow in future years.", REF) == [("future years", "FUTURE_REF")]
    assert _values("The merger should be completed around year end.", REF) == [("around year end", "2023")]
    assert _values("The miner shipped 40 million tonnes in the latest fiscal year.", REF) \
        == [("the latest fiscal year", "2022")]


def test_weekdays_coordinated_with_a_plural_share_its_set():
    assert _values("The clinic opens on Monday and Wednesday evenings.", REF) \
        == [("Monday", "XXXX-WXX-1TEV"), ("Wednesday evenings", "XXXX-WXX-3TEV")]
    assert _values("The museum is free on Tuesdays and Thursdays.", REF) \
        == [("Tuesdays", "XXXX-WXX-2"), ("Thursdays", "XXXX-WXX-4")]
    assert _values("The clerk met the mayor on Monday and saw him again on Sundays.", REF) \
        == [("Monday", "2023-07-24"), ("Sundays", "XXXX-WXX-7")]


def test_the_article_of_a_length_of_time_headed_by_its_time_noun_belongs_to_it():
    assert _values("Auditors reviewed the ledgers over a four-year period before filing charges.", REF) \
        == [("a four-year period", "P4Y")]
    assert _values("The yen fell to a five year low against the dollar.", REF) == [("five year", "P5Y")]


def test_a_quarter_century_does_not_make_a_results_report_but_its_latest_period_does():
    text = ("Hourly pay stood 4 percent above its level a year earlier, and joblessness sat near a quarter-century "
            "low. Average earnings rose.")
    assert _values(text, dt.date(2024, 2, 9)) == [("a year earlier", "2023")]
    assert _values("Net income in the latest period fell to $3 million, or 8 cents a share, from $5 million.",
                   dt.date(2023, 11, 2)) == [("the latest period", "2023-Q3")]


def test_a_quarter_dated_by_the_day_it_ended_is_the_calendar_quarter_it_mostly_covers():
    assert ("the quarter", "2023-Q2") in _values(
        "The printer reported sales of $80 million for the quarter ended July 31.", dt.date(2023, 9, 5))
    assert ("the quarter", "2023-Q3") in _values(
        "Net income for the quarter ended Oct. 1 climbed 5%, to $12 million, or 41 cents per share.", dt.date(2023, 11, 2))


def test_would_under_a_verb_of_saying_looks_ahead():
    ref = dt.date(2024, 2, 13)
    assert _values("The carrier said the ferry would sail on Aug. 20.", ref) == [("Aug. 20", "2024-08-20")]
    assert _values("The carrier said the ferry sailed on Aug. 20.", ref) == [("Aug. 20", "2023-08-20")]
    assert ("Aug. 20", "2024-08-20") in _values(
        "The operator said buses would run from Leeds on Sundays, with extra coaches starting from Aug. 20.", ref)


def test_the_future_as_prospects_and_a_kind_of_year_are_no_time_expressions():
    assert _values("Voters are anxious about the future of the shipyard.", REF) == []
    assert _values("The future looks bright for the harbor, the mayor said, and more work will follow in the future.",
                   REF) == [("the future", "FUTURE_REF")]
    assert _values("The cooperative switched its books to a calendar year from a fiscal year in 2021.", REF) == [("2021", "2021")]


def test_coordinated_ordinal_quarters_share_their_plural_as_sets():
    assert _values("Orders for the toymaker usually peak in the third and fourth quarters.", REF) \
        == [("third", "XXXX-Q3"), ("fourth quarters", "XXXX-Q4")]
    assert normalize("fourth quarters", REF) == ("SET", "XXXX-Q4", None)


def test_the_morning_and_until_then_read_the_date_named_before_them():
    tagged = tag(nlp.load()("Markets were calm on Tuesday. Traders bought heavily in the morning."), REF)
    assert [(t.text, t.type, t.value) for t in tagged] \
        == [("Tuesday", "DATE", "2023-07-25"), ("the morning", "TIME", "2023-07-25TMO")]
    ref = dt.date(2023, 11, 2)
    assert _values("The tender offer expires on Nov. 30. Until then, holders may withdraw their shares.", ref) \
        == [("Nov. 30", "2023-11-30"), ("then", "2023-11-30")]
    assert _values("Until then, nobody knew.", ref) == []
    assert _values("The bridge opened in 2010. Since then, traffic has doubled.", REF) == [("2010", "2010")]
