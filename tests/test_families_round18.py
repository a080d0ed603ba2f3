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


@pytest.mark.parametrize("text, trigger, head", [
    ("Opposition leaders in the capital are boycotting the presidential vote.", "boycotting", "the presidential vote"),
    ("The main opposition parties said they would boycott the June parliamentary elections.", "boycott",
     "the June parliamentary elections"),
])
def test_what_is_boycotted_is_what_the_boycott_is_aimed_at(text, trigger, head):
    ev = one(text, trigger, keep_nonfactual=True)
    assert ev.target is not None and ev.target.text == head and ev.target.code is None


def test_a_rejected_plan_is_aimed_at_its_owner_not_at_what_it_is_about():
    ev = one("Lawmakers rejected President Ruto's plan on an exit from the East African Community.", "rejected")
    assert ev.event_type == "REJECT" and ev.target.text.startswith("President Ruto")


@pytest.mark.parametrize("text, pair", [
    ("Kenya and Uganda agreed to share intelligence on militant movements.", {("KEN", "UGA"), ("UGA", "KEN")}),
    ("France will share intelligence with Mali.", {("FRA", "MLI")}),
])
def test_intelligence_shared_is_information_not_a_spy_service(text, pair):
    evs = code(text, keep_nonfactual=True)
    assert {(e.source.code, e.target.code) for e in evs if e.source and e.target} == pair


def test_a_nations_intelligence_is_still_its_service():
    ev = one("The army accused Ugandan intelligence of plotting a coup.", "accused")
    assert ev.target.code == "UGASPY"


@pytest.mark.parametrize("text", [
    "the u.s. imposed new sanctions on iran on monday, the treasury said.",
    "THE U.S. IMPOSED NEW SANCTIONS ON IRAN ON MONDAY.",
])
def test_caseless_copy_keeps_a_dotted_abbreviation_as_a_name(text):
    evs = [e for e in code(text) if e.source and e.target]
    assert {(e.source.code, e.target.code) for e in evs} == {("USA", "IRN")}


def test_the_dot_of_an_abbreviation_ends_no_sentence_when_case_is_restored():
    from eventwire.textprep import restore_case

    assert restore_case("the u.n. envoy met officials in iran. then he left.") == \
        "The U.N. envoy met officials in Iran. Then he left."


@pytest.mark.parametrize("text, trigger, target", [
    ("The judge dismissed the petition filed by the opposition party.", "dismissed", "OPP"),
    ("The high court threw out the lawsuit brought by two rights groups.", "lawsuit", "SOC"),
])
def test_a_court_throwing_out_a_filing_rejects_whoever_filed_it(text, trigger, target):
    ev = one(text, trigger)
    assert ev.event_type == "REJECT" and ev.target.code == target


@pytest.mark.parametrize("text", [
    "Parliament rejected the motion against the prime minister.",
    "The judge rejected the complaint against the police chief.",
    "The court dismissed the lawsuit against the government.",
])
def test_whom_a_rejected_filing_is_against_is_spared_not_refused(text):
    evs = code(text)
    assert not [e for e in evs if e.event_type == "REJECT" and e.target is not None and e.target.sector in ("GOV", "COP")]


@pytest.mark.parametrize("text, source, target", [
    ("US Imposes Sanctions On Venezuelan Officials", "USA", "VENGOV"),  # an acronym in a Title Case headline
    ("NATO Sends Troops To Kosovo", "IGOMIL", "XKX"),
])
def test_an_acronym_in_a_title_case_headline_keeps_its_capitals(text, source, target):
    evs = [e for e in code(text) if e.source and e.target]
    assert (source, target) in {(e.source.code, e.target.code) for e in evs}


@pytest.mark.parametrize("text", ["France Lifts Visa Curbs On Algeria", "Egypt eased travel curbs on Sudanese nationals."])
def test_curbs_lifted_or_eased_are_a_concession_not_a_restriction(text):
    evs = [e for e in code(text) if e.source and e.target]
    assert evs and all(e.event_type == "CONCEDE" and e.cameo_code == "081" for e in evs)


@pytest.mark.parametrize("text, head", [
    ("Belgrade has rejected the plebiscite as illegal.", "the plebiscite"),
    ("The opposition rejected the election results.", "the election results"),
])
def test_a_thing_refused_with_no_author_named_is_the_refusals_target(text, head):
    ev = one(text, "rejected")
    assert ev.event_type == "REJECT" and ev.target.text == head and ev.target.code is None


@pytest.mark.parametrize("text", [
    "The panel denied a second plea by Moreno to postpone his hearing.",  # whose plea: Moreno's
    "They have stayed neutral, refusing to take sides.",  # no object of the refusal's own
])
def test_no_thing_stands_in_for_an_author_or_an_idiom(text):
    assert not [e for e in code(text) if e.event_type == "REJECT" and e.target is not None and e.target.code is None]
