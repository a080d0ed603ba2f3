"""Event and modality families added in the sixth round, each with the project's own sentences: aims are
wished-for events, what is received comes from its giver, an owner's agents are its own, denials of
reports, deals that talks broke off before, dates of a "when" clause, plans ahead, partners of a raised
issue, balloons sent over a border, bombings, replies handed to mediators."""

from __future__ import annotations

import pytest

import eventwire


def code(text: str, keep: bool = True):
    return eventwire.code_text(text, published="2024-06-15", keep_nonfactual=keep)


def one(text: str, trigger: str):
    evs = [e for e in code(text) if e.trigger.text == trigger]
    assert evs, f"no event on {trigger!r}: {[(e.event_type, e.trigger.text) for e in code(text)]}"
    return evs[0]


def test_an_aim_is_no_request_and_the_aimed_act_is_wished_for():
    evs = code("The Kenyan government seeks to negotiate a new trade framework with Tanzania.")
    assert not any(e.trigger.text == "seeks" for e in evs)
    ev = one("The Kenyan government seeks to negotiate a new trade framework with Tanzania.", "negotiate")
    assert ev.event_type == "CONSULT" and ev.modality.hypothetical and ev.target.country == "TZA"


def test_what_is_received_comes_from_its_giver():
    ev = one("Armenia received artillery shells from France last month.", "received")
    assert ev.event_type == "AID" and ev.source.country == "FRA" and ev.target.country == "ARM"
    assert not [e for e in code("The brigade received new rifles last year.") if e.event_type == "AID"]


def test_an_owner_s_agents_are_its_own():
    ev = one("Israel's Mossad said its agents sabotaged an Iranian drone factory.", "sabotaged")
    assert ev.source.country == "ISR" and ev.target.country == "IRN"


def test_a_denial_of_reports_negates_what_they_report():
    ev = one("Minsk dismissed as fabricated the reports that Belarusian helicopters had attacked a Lithuanian "
             "checkpoint.", "attacked")
    assert ev.modality.negated


def test_a_deal_the_talks_broke_off_before_is_the_parties_and_never_signed():
    ev = one("Talks between Ethiopia and Eritrea collapsed before a deal could be signed.", "deal")
    assert ev.event_type == "AGREE" and {ev.source.country, ev.target.country} == {"ETH", "ERI"}
    assert ev.modality.negated


def test_the_date_of_a_when_clause_dates_the_event():
    ev = one("Neither Chile nor Peru ratified the convention when it opened for signature in 1982.", "ratified")
    assert ev.modality.negated and ev.modality.historical


def test_a_plan_looks_ahead_and_is_no_proposal():
    ev = one("Hungarian truckers are planning to blockade border crossings with Serbia next week.", "blockade")
    assert ev.modality.future and not ev.modality.hypothetical


def test_an_issue_raised_with_a_partner():
    ev = one("Officials did not say whether the Indonesian president raised the issue of fishing rights with "
             "the Australian prime minister.", "raised")
    assert ev.event_type == "CONSULT" and ev.target.country == "AUS"


def test_an_endorsement_not_secured_is_the_owner_s_and_negated():
    ev = one("Macron was unable to secure Scholz's endorsement of the French plan.", "endorsement")
    assert ev.event_type == "SUPPORT" and ev.source.country == "DEU" and ev.target.country == "FRA"
    assert ev.modality.negated


@pytest.mark.parametrize("text, trigger, typ", [
    ("North Korea sent hundreds of balloons filled with rubbish into South Korea on Saturday.",
     "sent", "COERCE"),
    ("Kurdish militants blew up a Turkish oil pipeline near the border.", "blew", "ASSAULT"),
    ("The Houthis handed Omani mediators their response to the Saudi proposal on Monday.", "handed", "CONSULT"),
])
def test_new_lexicon_families(text, trigger, typ):
    assert one(text, trigger).event_type == typ


def test_a_ceasefire_declared_for_a_country_bears_on_it():
    ev = one("Kurdish militants declared a one-sided ceasefire effective from Tuesday in Turkey.", "ceasefire")
    assert ev.target is not None and ev.target.country == "TUR"


def test_easing_a_curfew_named_by_its_hours_is_easing_the_curfew():
    # (decided, not yet done: the intent to ease, CAMEO 035; the curfew named by its hours is no new one)
    evs = code("The Kenyan government decided to ease curfew hours in Nairobi.")
    assert [(e.trigger.text, e.event_type, e.cameo_code, e.modality.future) for e in evs] == [
        ("ease", "AGREE", "035", True)]


def test_a_border_named_by_its_crossings_keeps_its_counterpart():
    ev = one("Lithuania closed its border crossings with Belarus on Friday.", "closed")
    assert ev.target is not None and ev.target.country == "BLR"


def test_a_span_of_days_is_dated_by_its_first():
    ev = one("Indonesian President Prabowo will visit Beijing on November 8-10 for talks with Xi Jinping.", "visit")
    assert ev.date == "2024-11-08"
