"""Families of the eighteenth round, each with the project's own sentences: an event with no actor to aim
at keeps what the sentence says it bears on, an act or a thing with no code, or a place standing for its
country, so the reader sees what was condemned, investigated or boycotted without an actor made up."""

from __future__ import annotations

import pytest

from coding import code, one


@pytest.mark.parametrize("text, trigger, typ, head", [
    ("The Red Cross condemned the shelling of a clinic in the north.", "condemned", "ACCUSE", "the shelling"),
    ("Detectives are investigating a blaze at a warehouse in Leeds.", "investigating", "ACCUSE", "a blaze"),
    ("Dockworkers in Mombasa began a boycott of the new port levy.", "boycott", "PROTEST", "the new port levy"),
])
def test_an_act_or_thing_aimed_at_is_the_target_with_no_code(text, trigger, typ, head):
    ev = one(text, trigger)
    assert ev.event_type == typ
    assert ev.target is not None and ev.target.text.startswith(head)
    # no actor is made up for it: no code, no country, and the explanation says why
    assert ev.target.code is None and ev.target.country is None
    assert any(line.startswith("target:") and "no actor" in line for line in ev.explanation)
    assert text[ev.target.start:ev.target.end] == ev.target.text


def test_a_thing_target_travels_in_the_json_record():
    ev = one("Dockworkers in Mombasa began a boycott of the new port levy.", "boycott")
    record = ev.to_dict()
    assert record["target"]["text"] == "the new port levy" and record["target"]["code"] is None


def test_an_attack_with_no_victim_named_is_aimed_at_the_country_it_happens_in():
    ev = one("Al-Shabaab fighters struck in northern Kenya overnight.", "struck")
    assert ev.event_type == "ASSAULT" and ev.target is not None and ev.target.code == "KEN"


@pytest.mark.parametrize("text, trigger", [
    ("The rebels lifted the siege of the town.", "siege"),  # what is given up is the act, no target
    ("Peru lifted its nationwide curfew on Monday.", "curfew"),
])
def test_what_a_yielding_gives_up_is_no_target(text, trigger):
    evs = [e for e in code(text) if e.trigger.text == trigger]
    assert evs and all(e.target is None for e in evs)


def test_whoever_did_the_condemned_act_is_still_the_target_when_named():
    ev = one("The Red Cross condemned the shelling of a clinic by government forces.", "condemned")
    assert ev.target is not None and ev.target.code is not None and ev.target.sector in ("MIL", "GOV")
