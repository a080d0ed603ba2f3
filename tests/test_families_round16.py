"""Families of the sixteenth round, each with the project's own sentences: what is asked for names whom it
is asked from, "set free" frees the people after it, a name called is no part of whom one calls it, a call
to an official is a phone call, a motion or a proposal thrown out is rejected, countries a headline lists
with a bare comma are two sides, "he ... him" are two people, and the reason for a summons or a sanction
("over the visit", "over its invasion") names no one summoned, and its "its" is whoever is sanctioned."""

from __future__ import annotations

import pytest

from coding import code, one


@pytest.mark.parametrize("text, trigger, target", [
    # the thing asked for parsed as the subject of its purpose ("support ... to deal with")
    ("The governor demanded support from the federal government to deal with the wildfires.", "demanded",
     "the federal government"),
    ("The mayor demanded money from the regional government to repair the damaged schools.", "demanded",
     "the regional government"),
    # the thing asked for as the object: whom it is asked from, not "funds from Washington"
    ("The governor requested funds from Washington to rebuild the bridges.", "requested", "Washington"),
    ("Opposition lawmakers demanded answers from the defence minister.", "demanded", "the defence minister"),
])
def test_what_is_asked_for_names_whom_it_is_asked_from(text, trigger, target):
    ev = one(text, trigger)
    assert ev.event_type == "REQUEST"
    assert ev.target is not None and ev.target.text == target


@pytest.mark.parametrize("text, source, target", [
    ("The rebels set free two hostages on Sunday.", "REB", "two hostages"),
    ("The junta let free the opposition leader on Monday.", "GOV", "the opposition leader"),
])
def test_set_free_frees_whoever_follows_it(text, source, target):
    evs = [e for e in code(text) if e.event_type == "RETREAT"]
    assert len(evs) == 1
    assert evs[0].source.code == source and evs[0].target.text == target


@pytest.mark.parametrize("text, target", [
    ("Erdogan called Sweden's ambassador a very dangerous man.", "Sweden's ambassador"),
    ("Maduro on Friday called Spain's ambassador a very dangerous man.", "Spain's ambassador"),
    ("The president called France's foreign minister a complete liar.", "France's foreign minister"),
])
def test_the_name_one_calls_someone_is_no_part_of_them(text, target):
    ev = one(text, "called")
    assert ev.event_type == "ACCUSE" and ev.target.text == target


@pytest.mark.parametrize("text, target_country", [
    ("Biden called the British ambassador on Monday.", "GBR"),
    ("Macron called the Iranian envoy on Friday after the drone strike.", "IRN"),
])
def test_a_call_to_an_official_is_a_phone_call(text, target_country):
    ev = one(text, "called")
    assert (ev.event_type, ev.cameo_code, ev.target.country) == ("CONSULT", "041", target_country)


@pytest.mark.parametrize("text, code_, target", [
    ("Parliament threw out a motion of no confidence tabled by the opposition.", "129", "the opposition"),
    ("The senate threw out the governor's budget bill on Thursday.", "129", "the governor's"),
    ("The unions threw out the government's offer.", "120", "the government's"),
])
def test_a_motion_or_an_offer_thrown_out_is_rejected(text, code_, target):
    evs = [e for e in code(text) if e.event_type == "REJECT"]
    assert [(e.cameo_code, e.target.text) for e in evs] == [(code_, target)]


@pytest.mark.parametrize("text, typ, sides", [
    ("India, Pakistan agree to ceasefire", "RETREAT", {("IND", "PAK"), ("PAK", "IND")}),
    ("US, China agree to resume military talks", "AGREE", {("USA", "CHN"), ("CHN", "USA")}),
    ("South Korea, Japan hold talks on trade", "CONSULT", {("KOR", "JPN"), ("JPN", "KOR")}),
])
def test_countries_a_headline_lists_with_a_comma_are_two_sides(text, typ, sides):
    evs = [e for e in code(text) if e.event_type == typ]
    assert {(e.source.country, e.target.country) for e in evs} == sides
    assert all("," not in e.source.text for e in evs)


def test_a_town_and_its_country_stay_one_place():
    ev = one("Protesters marched in Paris, France on Sunday.", "marched")
    assert ev.source.country == "FRA" and ev.location is not None and ev.location.country == "FRA"


@pytest.mark.parametrize("text, trigger, dyad", [
    # "him" is not whoever "he" is: the other person of the first sentence
    ("Putin met Xi in Moscow on Monday. He praised him for his leadership.", "praised", ("CHN", "RUS")),
    ("Putin met Xi in Moscow. He invited him to Beijing.", "invited", ("CHN", "RUS")),
    ("Modi spoke with Biden on Friday. He thanked him for the support.", "thanked", ("USA", "IND")),
])
def test_an_object_pronoun_is_not_the_pronoun_subject_of_its_own_clause(text, trigger, dyad):
    ev = one(text, trigger)
    assert (ev.source.country, ev.target.country) == dyad


@pytest.mark.parametrize("text, target_country", [
    ("China summoned the Japanese ambassador over the visit to the shrine.", "JPN"),
    ("Poland summoned the Russian envoy over the drone incursion.", "RUS"),
])
def test_the_reason_for_a_summons_is_not_whom_one_summons(text, target_country):
    ev = one(text, "summoned")
    assert ev.event_type == "ACCUSE" and ev.target.country == target_country and "over" not in ev.target.text


@pytest.mark.parametrize("text, trigger, dyad", [
    ("The EU imposed new sanctions on Russia over its invasion of Ukraine.", "invasion", ("RUS", "UKR")),
    ("Britain imposed sanctions on Belarus over its crackdown on protesters.", "crackdown", ("BLR", "BLR")),
])
def test_its_in_the_reason_for_a_sanction_is_whom_the_sanction_hits(text, trigger, dyad):
    ev = one(text, trigger, keep_nonfactual=True)
    assert (ev.source.country, ev.target.country if ev.target else None) == dyad
