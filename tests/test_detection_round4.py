"""Families of missed events found by studying misses on real reports and the project's modality
sentences: each test uses sentences written for it, several per family."""

from __future__ import annotations

import pytest

import eventwire


def code(text: str, published: str = "2024-06-15"):
    return eventwire.code_text(text, published=published, keep_nonfactual=True)


def one(text: str, typ: str, published: str = "2024-06-15"):
    evs = [e for e in code(text, published) if e.event_type == typ]
    assert evs, f"no {typ} event in {text!r}: {[(e.event_type, e.trigger.text) for e in code(text, published)]}"
    return evs[0]


@pytest.mark.parametrize("text, source, target", [
    ("Modi met Meloni in Rome on Friday.", "INDGOV", "ITAGOV"),
    ("Blinken met Lavrov briefly in Jakarta.", "USAGOV", "RUSGOV"),
    ("Macron called Scholz on Tuesday to discuss the budget.", "FRAGOV", "DEUGOV"),
])
def test_a_leaders_surname_opening_the_sentence_names_the_leader(text, source, target):
    ev = one(text, "CONSULT")
    assert (ev.source.code, ev.target.code) == (source, target)


def test_a_surname_whose_titled_alias_belongs_to_a_former_office_holder_still_names_todays_minister():
    # a provincial premier of the 2010s shares the surname of a defence minister of 2024
    ev = one("Gallant spoke with Lloyd Austin by phone on Friday.", "CONSULT")
    assert (ev.source.code, ev.target.code) == ("ISRGOV", "USAGOV")


def test_a_surname_is_still_not_guessed_when_two_people_of_it_hold_office():
    res = eventwire.pipeline.get_coder().resolver.leader_by_surname("Smith", "2024-06-15")
    assert res is None


@pytest.mark.parametrize("text, source", [
    ("Russian military instructors arrived in Niger last week.", "RUSMIL"),
    ("Chinese coast guard personnel boarded a Philippine boat on Monday.", "CHNMIL"),
    ("Army units stormed the rebel camp near the town on Sunday.", "MIL"),
])
def test_units_instructors_and_personnel_are_armed_agents(text, source):
    evs = code(text)
    assert evs and evs[0].source is not None and evs[0].source.code == source, text


def test_a_police_modifier_makes_personnel_police():
    ev = one("Serbian police personnel detained two activists in Belgrade.", "COERCE")
    assert ev.source.code == "SRBCOP"


def test_a_contingent_of_officers_is_the_officers():
    # a police mission abroad: deployed (MOBILIZE) or security assistance (AID 074), from Kenya's police
    evs = code("A contingent of Kenyan police officers deployed to Haiti on Tuesday.")
    assert evs and evs[0].source.code == "KENCOP" and evs[0].target.code == "HTI"


@pytest.mark.parametrize("text, typ, target", [
    ("The UAE has repealed the Israel Boycott Law.", "CONCEDE", "ISR"),
    ("Ukrainian drones hit a Russian fuel depot in Bryansk overnight.", "ASSAULT", "RUS"),
    ("Germany criticized the Chinese plan on Monday.", "ACCUSE", "CHN"),
    ("Israeli jets bombed a Hezbollah weapons depot in southern Lebanon.", "ASSAULT", "LBN"),
])
def test_an_object_whose_modifier_names_an_actor_is_aimed_at_that_actor(text, typ, target):
    ev = one(text, typ)
    assert ev.target is not None and ev.target.country == target


@pytest.mark.parametrize("text", [
    "The university poll was released on Monday.",
    "The coach said his side were ambushed in the first ten minutes.",
])
def test_a_modifier_that_says_where_or_whose_side_is_no_target(text):
    for ev in code(text):
        assert ev.target is None or ev.target.sector not in ("EDU", "GOV", "BUS"), (text, ev.target)
