"""Peoples as actors (eventwire/data/actors/ethnic_groups.tsv): "the Rohingya", "Uyghurs", "Kurdish
fighters". A people's members are private persons (CVL) of the one state most of them live in, when
there is one, else of no state until the story's context gives one; an agent noun after the name keeps
its own sector ("Rohingya refugees": MMRREF). Before this file these phrases named no actor, so events
done to a persecuted minority were lost or coded to the state that persecutes it."""

from __future__ import annotations

import pytest

from eventwire.actors.resolver import resolve_actor

from coding import one


@pytest.mark.parametrize("phrase, code", [
    ("the Rohingya", "MMRCVL"),
    ("Rohingyas", "MMRCVL"),
    ("Uyghurs", "CHNCVL"),
    ("the Uighurs", "CHNCVL"),
    ("Chechens", "RUSCVL"),
    ("Crimean Tatars", "UKRCVL"),
    ("Tigrayans", "ETHCVL"),
    ("the Kurds", "CVL"),  # four states: the story decides
    ("Tutsis", "CVL"),
])
def test_a_people_alone_is_its_private_persons(phrase, code):
    res = resolve_actor(phrase)
    assert (res.code, res.kind) == (code, "agent")
    assert "ethnic_groups.tsv" in (res.entry or "")


@pytest.mark.parametrize("phrase, code", [
    ("Rohingya refugees", "MMRREF"),
    ("Uighur activists", "CHNSOC"),
    ("Oromo protesters", "ETHOPP"),
    ("Rohingya militants", "MMRREB"),
    ("Kurdish fighters", "REB"),  # no one state: the noun's sector alone
])
def test_a_peoples_name_before_an_agent_noun_gives_the_country(phrase, code):
    assert resolve_actor(phrase).code == code


def test_a_country_word_before_a_peoples_name_places_that_people():
    # "Syrian Kurds" are Kurds of Syria: private persons there, not the Syrian state
    res = resolve_actor("Syrian Kurds")
    assert (res.code, res.kind) == ("SYRCVL", "agent")


@pytest.mark.parametrize("phrase", ["a Bedouin village", "the Uyghur region", "a Kurdish town"])
def test_a_peoples_name_before_a_thing_names_no_actor(phrase):
    assert resolve_actor(phrase).code is None


def test_a_name_that_only_starts_with_a_peoples_word_is_not_that_people():
    # "Tamil Nadu" is an Indian state: its police are police, not Tamils
    res = resolve_actor("Tamil Nadu police")
    assert res.sector == "COP" and "ethnic" not in (res.entry or "")


def test_the_kurdish_regional_government_and_its_forces_are_iraqs():
    assert resolve_actor("the Kurdistan Regional Government").code == "IRQGOV"
    assert resolve_actor("the KRG").code == "IRQGOV"
    assert resolve_actor("Kurdish Peshmerga forces").code == "IRQMIL"


def test_a_state_acting_on_its_minority_is_not_acting_on_itself():
    ev = one("Chinese authorities detained thousands of Uyghurs in western camps.", "detained")
    assert ev.source.country == "CHN" and ev.target.code == "CHNCVL"
    ev = one("Government soldiers torched several villages of the Rohingya last year.", "torched")
    assert ev.event_type == "ASSAULT" and ev.target.code == "MMRCVL"


def test_protesters_of_a_people_arrested_at_home():
    ev = one("Police detained forty Oromo protesters in Addis Ababa.", "detained")
    assert ev.event_type == "COERCE" and ev.target.code == "ETHOPP"


@pytest.mark.parametrize("phrase, code", [
    ("hundreds of Rohingya civilians", "MMRCVL"),
    ("thousands of Uyghurs", "CHNCVL"),
    ("residents of the Kurdish region", "CVL"),  # a region named after a people places no one in a state
])
def test_a_peoples_name_after_a_number_or_a_head_noun(phrase, code):
    assert resolve_actor(phrase).code == code


def test_a_people_named_as_an_attacker_stands_for_its_armed_men():
    ev = one("Kurds attacked a police post near the border on Sunday.", "attacked")
    assert ev.source.sector == "UAF"
    # its civilians attacked stay civilians
    ev = one("Soldiers killed hundreds of Rohingya civilians.", "killed")
    assert ev.target.code == "MMRCVL"
