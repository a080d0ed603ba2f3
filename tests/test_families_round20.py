"""Families of the twentieth round, each with the project's own sentences: names the dictionary does not know,
demands yielded to, brackets that close a name, filings a court throws out, and product names."""

from __future__ import annotations

import pytest

from coding import code, one


@pytest.mark.parametrize("text, trigger, side, name, other", [
    ("The United States returned a looted bronze sculpture to the Meridian Heritage Trust.", "returned",
     "target", "the Meridian Heritage Trust", "USA"),
    ("The Indian government signed a memorandum with Orbis Quantum Systems.", "memorandum",
     "target", "Orbis Quantum Systems", "INDGOV"),
    ("Thomas Eckhardt accused Germany of breaking its promises.", "accused", "source", "Thomas Eckhardt", "DEU"),
])
def test_a_name_the_dictionary_does_not_know_stands_uncoded_opposite_a_known_actor(text, trigger, side, name, other):
    ev = one(text, trigger)
    unknown, known = (ev.target, ev.source) if side == "target" else (ev.source, ev.target)
    assert unknown.text == name and unknown.code is None and unknown.country is None
    assert known.code == other
    assert any("the dictionary does not know" in line for line in ev.explanation) or unknown.kind in (
        "person", "organization")


@pytest.mark.parametrize("text", [
    "Tom Baxter accused Linda Hale of fraud.",  # two names no dictionary knows: local news, not event data
    "Linda Hale sued the city council over the permit.",  # a local body named by its kind alone
])
def test_a_name_the_dictionary_does_not_know_needs_a_known_actor_opposite(text):
    # guard on the names above: they make no event of local news
    assert code(text) == []


@pytest.mark.parametrize("text", [
    "Houthi rebels captured the village of Qaniya on Sunday.",  # a place too small for the gazetteer
    "Kosovo awarded the Order of Freedom to the former US envoy on Monday.",  # the end of a longer name
])
def test_the_end_of_a_longer_name_or_a_place_is_no_unknown_body(text):
    # guard on the names above: the tagger calls these a name, they are none
    assert not [e for e in code(text) for a in (e.source, e.target)
                if a is not None and a.text in ("Qaniya", "Freedom") and a.code is None]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("The minister accepted the teachers' demands.", "demands", "GOV", "EDU"),
    ("The president accepted the opposition's demands.", "demands", "GOV", "OPP"),
    ("The governor met the demands of the nurses' union.", "demands", "GOV", "LAB"),
])
def test_one_who_accepts_or_meets_demands_yields_to_whoever_made_them(text, trigger, source, target):
    # accepting what is asked is no receiving: the one who accepts acts
    ev = one(text, trigger)
    assert ev.event_type == "CONCEDE" and ev.source.code == source and ev.target.code == target


def test_receiving_from_a_giver_still_makes_the_giver_the_source():
    # guard: a receiving verb with a gift keeps the giver as the source
    ev = one("Kenya received military aid from Japan.", "aid")
    assert ev.event_type == "AID" and ev.source.code == "JPN" and ev.target.code == "KEN"


def test_a_bracketed_short_name_is_closed_in_the_actors_text():
    ev = one("The Senate opened an investigation into the National Roads Maintenance Agency (NRMA).", "investigation")
    assert ev.target.text.endswith("(NRMA)")


@pytest.mark.parametrize("text, target", [
    ("The court dismissed the lawsuit filed by Greenpeace.", "NGO"),
    ("The court dismissed the complaint filed by the opposition party.", "OPP"),
])
def test_a_court_dismissing_a_filing_rejects_whoever_filed_it(text, target):
    ev = one(text, "dismissed")
    assert ev.event_type == "REJECT" and ev.target.code == target


def test_a_dismissed_case_against_someone_is_no_refusal_of_them():
    # guard: throwing out a case against a person relieves them; it rejects no one
    assert not [e for e in code("The judge dismissed the case against the former minister.")
                if e.event_type == "REJECT"]


def test_a_product_name_is_no_event():
    # guard on the names above ("Maria Lopez" would stand opposite a known maker): "Accord" names a car, not
    # an agreement
    assert not [e for e in code("Maria Lopez was driving a Honda Accord when the crash happened.")
                if e.event_type in ("AGREE", "SUPPORT")]


def test_an_act_that_stands_alone_keeps_its_doer_when_its_target_is_a_name_no_one_knows():
    # guard on the names above: "Dr. Ellen Marsh" is known to no dictionary and "the gunman" is no named actor,
    # so the pair may not stand, but the attack still does
    evs = [e for e in code("The gunman who killed Dr. Ellen Marsh fled the scene.") if e.event_type == "ASSAULT"]
    assert evs and evs[0].source.text == "The gunman" and evs[0].target is None


def test_two_chambers_named_before_one_noun_are_two_sides():
    evs = code("House and Senate negotiators reached a deal on the farm bill on Tuesday.")
    pairs = {(e.source.text, e.target.text) for e in evs if e.event_type == "SUPPORT" and e.target}
    assert pairs == {("House", "Senate"), ("Senate", "House")}


@pytest.mark.parametrize("text, source", [
    ("The organizing committee said it won't call off the strike till the ministry pays the arrears.",
     "The organizing committee"),
    ("Most of the 900 crane operators, who are on strike, insist they won't call off the strike till the port "
     "authority restores their bonuses.", "the 900 crane operators"),
])
def test_a_body_no_dictionary_knows_that_holds_out_in_a_strike_is_labour(text, source):
    ev = one(text, "strike")
    assert ev.event_type == "REJECT" and ev.source.text == source and ev.source.sector == "LAB"
    assert ev.target is not None and ev.target.sector == "GOV"


@pytest.mark.parametrize("text", [
    "On March 3, the Dutch prime minister called the Turkish president to apologize for the remarks.",
    "The Dutch prime minister phoned the Turkish president on Friday to apologize for the remarks.",
])
def test_a_call_to_apologize_is_made_to_whom_one_called_even_on_a_date(text):
    # a date after "On" is not whom one "calls on": the apology was made, not asked for
    ev = one(text, "apologize", keep_nonfactual=True)
    assert ev.event_type == "SUPPORT" and ev.target.code == "TURGOV"
    assert not (ev.modality.hypothetical or ev.modality.negated)


def test_a_bare_would_beside_a_time_ahead_is_a_plan_reported():
    ev = one("The African Union would send its envoy to hold talks with the Sudanese army chief next week.", "talks",
             keep_nonfactual=True)
    assert ev.modality.future and not ev.modality.hypothetical


def test_a_bare_would_with_a_condition_stays_hypothetical():
    # guard: "would ... if" is a condition, whatever time it names
    evs = code("Germany would send troops to Mali next year if parliament agreed.", keep_nonfactual=True)
    assert evs and all(e.modality.hypothetical for e in evs)


def test_a_bill_named_for_a_chamber_is_no_party_to_a_deal_on_it():
    evs = code("House and Senate negotiators reached a compromise on Senate Bill 1412 late on Monday.")
    assert {(e.source.text, e.target.text) for e in evs if e.target} == {("House", "Senate"), ("Senate", "House")}


def test_a_country_named_inside_what_a_restriction_limits_is_its_target():
    # the country hangs on an infinitive inside the restriction, not on the restriction itself
    evs = code("The US president lifted restrictions on the ability of families to send money to Cuba.")
    assert any(e.event_type == "CONCEDE" and e.target is not None and e.target.code == "CUB" for e in evs)


def test_foreigners_are_private_persons_of_no_country_the_story_gives():
    ev = one("Police in Moscow detained 20 foreigners on Friday.", "detained")
    assert ev.source.code == "RUSCOP" and ev.target.code == "CVL" and ev.target.country is None


@pytest.mark.parametrize("text, dateline", [
    ("MOSCOW - Russian police detained 20 foreigners on Friday.", "MOSCOW"),
    ("NEW DELHI - Indian police arrested five men on Sunday.", "NEW DELHI"),
])
def test_a_capitalized_city_before_a_plain_dash_is_a_dateline_not_an_actor(text, dateline):
    ev = code(text)[0]
    assert dateline not in (ev.source.text or "") and ev.source.code[3:] == "COP"


def test_a_capitalized_body_before_a_plain_dash_stays_in_the_text():
    # guard: "NATO - the alliance ..." names no place of filing
    from eventwire.textprep import prepare

    assert prepare("NATO - the alliance met on Friday in Brussels.").dateline is None


def test_a_country_the_tagger_folds_into_a_date_is_still_where_an_arrest_was():
    # "in Niger on Monday" is tagged as one date; the country still says whose police acted
    ev = one("Two activists were arrested in Niger on Monday.", "arrested")
    assert ev.source.inferred and ev.source.code == "NERCOP"
    ev = one("Ten people were arrested on March 23 in Lagos.", "arrested")  # guard: a month is no country
    assert ev.source.code == "NGACOP"


def test_a_body_named_with_an_and_is_one_body_when_the_dictionary_knows_the_whole_name():
    ev = one("The Food and Drug Administration suspended its cooperation with China on Monday.", "cooperation")
    assert ev.source.code == "USAMED" and ev.source.text == "The Food and Drug Administration"
    assert ev.target.code == "CHN"


def test_sides_named_with_an_and_before_one_noun_stay_two_sides():
    # guard: "Canadian and EU trade negotiators" is no name the dictionary knows whole
    evs = code("Canadian and EU trade negotiators signed a new accord on Friday.")
    assert {(e.source.code, e.target.code) for e in evs if e.target} == {("CANGOV", "EURGOV"), ("EURGOV", "CANGOV")}


@pytest.mark.parametrize("text, typ, target", [
    ("The army declared it would never halt its war against the insurgents.", "REJECT", "REB"),
    ("The rebels ended their war against the government last year.", "RETREAT", "GOV"),
])
def test_ending_a_war_de_escalates_and_refusing_to_end_it_is_a_refusal(text, typ, target):
    evs = [e for e in code(text) if e.event_type == typ]
    assert evs and evs[0].target is not None and evs[0].target.sector == target


@pytest.mark.parametrize("text, trigger, code_", [
    ("The prime minister said he will not travel to Seoul to meet the Korean president unless the ban is lifted.",
     "meet", "125"),
    ("The dockers' union will not end the strike unless the port raises wages.", "strike", "124"),
])
def test_a_refusal_on_a_condition_is_declared_now(text, trigger, code_):
    ev = one(text, trigger, keep_nonfactual=True)
    assert (ev.event_type, ev.cameo_code) == ("REJECT", code_)
    assert not (ev.modality.negated or ev.modality.hypothetical or ev.modality.future)


def test_a_meeting_not_held_before_a_date_is_no_refusal():
    # guard: "before his term ends" dates the meeting that will not happen; it sets no condition
    ev = one("The Mexican president won't meet the Brazilian president again before his term ends.", "meet",
             keep_nonfactual=True)
    assert ev.event_type == "CONSULT" and ev.modality.negated


def test_what_is_given_alongside_aid_goes_to_the_aids_recipient():
    # guard: this parse hangs "to Lebanon" on the verb; the rule reads it where the parser hangs it on the aid
    # that goes along ("supply rifles alongside food aid to Kenya in its northern region")
    ev = one("Germany sent tents alongside food aid to Lebanon.", "sent")
    assert ev.event_type == "AID" and ev.target.code == "LBN"


def test_a_promise_to_let_others_reach_a_place_bears_on_that_place():
    ev = one("Turkey promised to reopen the crossing so that relief convoys could enter Syria.", "promised")
    assert ev.event_type == "AGREE" and ev.target.code == "SYR"


def test_a_count_of_deeds_condemned_is_what_the_condemnation_is_aimed_at():
    ev = one("Amnesty International denounced 30 arbitrary detentions of students in Nicaragua.", "denounced")
    assert ev.event_type == "ACCUSE" and ev.target is not None and ev.target.text.startswith("30 arbitrary detentions")
    assert ev.target.code is None


def test_an_inquiry_into_whether_someone_did_something_is_aimed_at_them():
    ev = one("The Senate opened an investigation into whether the defence minister broke the law.", "investigation")
    assert ev.event_type == "ACCUSE" and ev.target is not None and ev.target.text == "the defence minister"


def test_events_named_by_joined_nouns_share_their_doer_and_what_they_are_of():
    evs = code("The Arab League voiced its firm rejection and sharp condemnation of the Iranian foreign minister's "
               "remarks.")
    got = {(e.event_type, e.source.code, e.target.code) for e in evs if e.target is not None}
    assert ("REJECT", "IGO", "IRNGOV") in got and ("ACCUSE", "IGO", "IRNGOV") in got


def test_a_weapon_that_strikes_carries_the_doer_named_on_it():
    evs = [e for e in code("The drones launched by the Houthi rebels struck an oil terminal of the Saudi navy on Monday.")
           if e.trigger.text == "struck"]
    assert evs and evs[0].source.code == "YEMREB" and evs[0].target.code == "SAUMIL"


def test_the_red_cross_of_us_local_news_is_the_american_red_cross():
    text = ("A fire destroyed a two-family house in Waterbury, Connecticut, on Sunday, the fire marshal said. "
            "The Red Cross gave emergency aid to the displaced family, the mayor said.")
    ev = one(text, "aid")
    assert ev.source.code == "USANGO"
    # guard: elsewhere the Red Cross stays the international committee
    assert one("The Red Cross delivered aid to Gaza on Monday.", "aid").source.code != "USANGO"


def test_the_united_way_is_an_american_charity():
    from eventwire import resolve_actor

    assert resolve_actor("national United Way officials").code == "USANGO"


def test_a_headline_run_into_its_story_is_coded_once_with_the_lead():
    from eventwire.pipeline import code_article
    from eventwire.records import Article

    art = Article(id="h1", title="Murderer asks Texas court to halt execution",
                  text="Murderer asks Texas court to halt execution . A convicted murderer due to die next week has "
                       "asked the Texas Supreme Court to halt his execution, his lawyers said.")
    evs = [e for e in code_article(art) if e.event_type == "REQUEST"]
    assert [e.sentence_index for e in evs] == [1]


@pytest.mark.parametrize("phrase, code_", [
    ("Rosa Ortega, a native of Guatemala", "GTMCVL"),
    ("Syrian armed opposition factions", "SYRREB"),
])
def test_a_native_is_a_private_person_and_an_armed_opposition_a_rebel_force(phrase, code_):
    from eventwire import resolve_actor

    assert resolve_actor(phrase).code == code_
