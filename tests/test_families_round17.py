"""Families of the seventeenth round, each with the project's own sentences: the regions wars are fought
over (contested territories, rebel-held enclaves, provinces the city list lacks) name their country as the
place an event is aimed at, and a region that is no one country's names none."""

from __future__ import annotations

import pytest

from coding import code, one
from eventwire import geo


@pytest.mark.parametrize("text, trigger, country", [
    ("Government warplanes pounded eastern Ghouta for a third day.", "pounded", "SYR"),
    ("The UN withdrew its peacekeepers from the Golan Heights.", "withdrew", "SYR"),
    ("The army imposed martial law across Katanga on Sunday.", "law", "COD"),
    ("Turkish jets bombed Afrin overnight.", "bombed", "SYR"),
    ("Ethiopian forces bombed Tigray on Tuesday.", "bombed", "ETH"),
])
def test_a_contested_or_rebel_held_region_is_its_country(text, trigger, country):
    ev = one(text, trigger)
    assert ev.target is not None and ev.target.country == country


@pytest.mark.parametrize("name, country", [
    ("the Golan Heights", "SYR"),
    ("the West Bank", "PSE"),
    ("Chechnya", "RUS"),  # a province the file lists, which the city list lacks
    ("Ontario", "CAN"),  # the province, not the Californian town
    ("Western Sahara", "ESH"),  # a direction that is part of the name
    ("The Hague", "NLD"),  # (a guard) "the" that is part of the name stays
])
def test_regions_the_city_list_lacks(name, country):
    place = geo.lookup(name)
    assert place is not None and place.country == country


@pytest.mark.parametrize("name", ["the Sahel", "Central Asia", "the Balkans", "Kashmir", "the Spratly Islands"])
def test_a_region_of_no_one_country_names_none(name):
    # (the last three are guards: a region of no country, now listed, must not take one)
    # not Burkina Faso's Sahel province, the Philippine town Asia, nor one side of a dispute
    assert geo.lookup(name) is None


@pytest.mark.parametrize("text, country", [
    ("Separatist fighters broke the ceasefire in Karabakh 40 times overnight.", "AZE"),
    ("The rebels violated the truce in Hodeidah on Monday.", "YEM"),
    ("Government troops broke the ceasefire in Idlib province.", "SYR"),
])
def test_a_ceasefire_broken_in_a_place_is_aimed_at_that_place(text, country):
    # a truce bears on the place it holds in (CAMEO 0871: "the target could be the location for the
    # ceasefire"), and so does its breach
    evs = [e for e in code(text) if e.cameo_code == "196"]
    assert len(evs) == 1
    assert evs[0].target is not None and evs[0].target.country == country


@pytest.mark.parametrize("text, source", [
    ("A British parliamentary report called for an arms embargo on Israel.", "A British parliamentary report"),
    ("A delegation of the ruling party on Friday called on President Ruto to discuss the budget.",
     "A delegation of the ruling party"),
])
def test_a_call_the_parser_hung_on_the_opening_noun_is_that_noun_s(text, source):
    # the sentence has no other verb, and no passive is followed by "for" or "on" so: the opening noun
    # phrase calls (not "a report [that was] called")
    ev = one(text, "called")
    assert ev.source is not None and ev.source.text == source


@pytest.mark.parametrize("text, trigger, code", [
    ("The African Union will send peacekeepers to Somalia next month.", "send", "0334"),
    ("The United States will send weapons to Ukraine.", "send", "0332"),
])
def test_a_promise_of_aid_keeps_its_kind(text, trigger, code):
    # CAMEO tells promised peacekeeping (0334) and military aid (0332) apart from aid of any kind (033)
    ev = one(text, trigger)
    assert ev.event_type == "AGREE" and ev.cameo_code == code


@pytest.mark.parametrize("text, trigger, source", [
    ("A Munich court sentenced the former mayor to two years in prison.", "sentenced", "DEUJUD"),
    ("A Lagos court convicted the former governor of fraud.", "convicted", "NGAJUD"),
])
def test_a_court_named_for_its_city_is_that_country_s(text, trigger, source):
    # "court" ends a street's name only capitalized ("Southland Vista Court"): "a Munich court" is a court
    ev = one(text, trigger)
    assert ev.source is not None and ev.source.code == source


@pytest.mark.parametrize("text", [
    "Prison guards went on strike on Monday over unpaid wages.",
    "Police officers staged a general strike over pay.",
])
def test_an_armed_body_that_goes_on_strike_stops_work(text):
    # a strike by an armed body is an attack ("the army launched a strike on rebel positions"), but not
    # "on strike" nor a general strike
    evs = [e for e in code(text) if e.trigger.text == "strike"]
    assert evs and all(e.event_type == "PROTEST" for e in evs)


def test_a_call_after_an_apposition_is_the_named_person_s():
    ev = one("Anna Sokolova, a former Russian steel executive, called for sanctions against the Belarusian potash "
             "firm.", "called")
    assert ev.source is not None and ev.source.text.startswith("Anna Sokolova")


@pytest.mark.parametrize("text, source, target", [
    ("Japan is committed to supporting Ukraine.", "JPN", "UKR"),
    ("The United States remains committed to helping Haiti.", "USA", "HTI"),
])
def test_who_is_committed_to_an_act_is_its_doer(text, source, target):
    # "is committed to" is passive in form only: the subject wills the act, nothing is done to it
    evs = [e for e in code(text, keep_nonfactual=True) if e.source is not None and e.target is not None]
    assert any(e.source.code == source and e.target.code == target for e in evs), \
        [(e.source.code, e.target.code) for e in evs]


@pytest.mark.parametrize("text, source, target", [
    ("Russian troops were deployed to Syria last year.", "RUSMIL", "SYR"),
    ("Ecowas soldiers were deployed to Guinea-Bissau on Monday.", "IGOMIL", "GNB"),
])
def test_a_force_deployed_with_no_sender_named_is_itself_the_source(text, source, target):
    ev = one(text, "deployed", keep_nonfactual=True)
    assert ev.source is not None and ev.source.code == source
    assert ev.target is not None and ev.target.code == target


def test_workers_on_strike_are_labour_but_a_footballer_is_no_one():
    from eventwire.actors.resolver import resolve_actor

    assert resolve_actor("the strikers").sector == "LAB"
    assert resolve_actor("the strike committee").sector == "LAB"
    assert resolve_actor("the striker Harry Kane").code is None  # (a guard: a footballer, not labour)


@pytest.mark.parametrize("text, target", [
    ("A Malta court ordered the Libyan ship's release on Friday.", "LBY"),
    ("A Moscow court ordered the opposition leader's release on Thursday.", "RUSOPP"),
])
def test_the_possessor_of_a_release_ordered_is_who_is_released(text, target):
    ev = one(text, "release")
    assert ev.event_type == "RETREAT" and ev.target is not None and ev.target.code == target


def test_a_commonwealth_s_attorney_is_a_us_prosecutor():
    from eventwire.actors.resolver import resolve_actor

    assert resolve_actor("Fairfax Commonwealth's Attorney Jane Doe").code == "USAJUD"


@pytest.mark.parametrize("text, trigger, code_, target", [
    ("Britain said it was suspending aid in Haiti.", "aid", "162", "HTI"),
    ("The World Bank halted its lending in Afghanistan.", "halted", "1621", "AFG"),
])
def test_aid_halted_in_a_country_is_aid_to_it_halted(text, trigger, code_, target):
    ev = one(text, trigger)
    assert (ev.event_type, ev.cameo_code) == ("SANCTION", code_)
    assert ev.target is not None and ev.target.code == target


def test_a_summit_attended_abroad_is_a_visit_there():
    ev = one("Nigerian President Muhammadu Buhari attended a summit in London.", "summit")
    assert (ev.event_type, ev.cameo_code) == ("CONSULT", "042") and ev.target.country == "GBR"
    # (a guard: at home, a conference attended is no visit to anyone)
    assert not [e for e in code("The Kenyan president attended a conference in Nairobi.")
                if e.trigger.text == "conference"]


def test_a_region_named_before_its_kind_is_that_region_not_the_place_near_it():
    ev = one("Syrian forces stepped up their attacks on the besieged eastern Ghouta region near the capital.",
             "attacks")
    assert ev.event_type == "ASSAULT"
    assert ev.target is not None and ev.target.country == "SYR" and "Ghouta" in ev.target.text


def test_a_boycott_announced_is_a_threat_of_one():
    ev = one("The main opposition parties said on Wednesday they would boycott the presidential election.",
             "boycott")
    assert (ev.event_type, ev.cameo_code) == ("THREATEN", "1312")
    # (a guard: a boycott carried out is a protest)
    ev = one("The main opposition parties boycotted the presidential election.", "boycotted")
    assert (ev.event_type, ev.cameo_code) == ("PROTEST", "143")


def test_troops_mobilized_for_a_war_against_a_country_are_aimed_at_it():
    ev = one("The president mobilized reservists in 2003 for the second Gulf War against Iraq.", "mobilized",
             keep_nonfactual=True)
    assert ev.target is not None and ev.target.text == "Iraq" and ev.target.code == "IRQ"


@pytest.mark.parametrize("text, target", [
    ("The jailed dissident began a hunger strike to denounce the Russian prison service.",
     "RUS"),
    ("A Texas farmer began a hunger strike, protesting the county government.", "USAGOV"),
])
def test_a_strike_s_purpose_names_whom_it_is_against(text, target):
    evs = [e for e in code(text) if e.event_type == "PROTEST"]
    assert len(evs) == 1 and evs[0].trigger.text == "strike"
    assert evs[0].target is not None and evs[0].target.code == target


@pytest.mark.parametrize("text, target", [
    ("The government set a deadline for the rebels to disarm.", "REB"),
    ("Britain set Russia a deadline to explain the attack.", "RUS"),
])
def test_a_deadline_set_for_someone_is_an_ultimatum_to_them(text, target):
    ev = one(text, "set")
    assert (ev.event_type, ev.cameo_code) == ("THREATEN", "139")
    assert ev.target is not None and ev.target.code == target


@pytest.mark.parametrize("text, target", [
    ("Doctors vowed they would not end their strike until their pay claims were met by the Kenyan government.",
     "KENGOV"),
    ("The president will not lift sanctions until he is convinced Iran has stopped enrichment.", "IRN"),
])
def test_a_refusal_until_someone_acts_is_aimed_at_them(text, target):
    evs = [e for e in code(text, keep_nonfactual=True) if e.event_type == "REJECT"]
    assert evs and evs[0].target is not None and evs[0].target.code == target


@pytest.mark.parametrize("text, source, target", [
    ("Ethiopia allowed the World Food Program to deliver food.", "ETH", "UNOAGR"),
    ("Sudan's government allowed UN agencies to reach Darfur.", "SDNGOV", "UNO"),
])
def test_an_aid_body_let_in_to_deliver_relief_is_humanitarian_access(text, source, target):
    ev = one(text, "allowed")
    assert (ev.event_type, ev.cameo_code) == ("RETREAT", "0863")
    assert ev.source.code == source and ev.target.code == target
    # (a guard: letting anyone in is no humanitarian access)
    assert not [e for e in code("Police allowed protesters to enter the square.") if e.trigger.text == "allowed"]


@pytest.mark.parametrize("text, trigger, source", [
    ("President Vladimir Putin said his country would not lift its embargo on Norwegian salmon.", "embargo",
     "President Vladimir Putin"),
    ("Prime Minister Narendra Modi said on Friday his government would prolong the night curfew in Manipur.",
     "curfew", "Prime Minister Narendra Modi"),
])
def test_an_official_who_tells_what_his_own_state_will_do_is_its_source(text, trigger, source):
    ev = one(text, trigger, keep_nonfactual=True)
    assert ev.source is not None and ev.source.text == source


def test_a_bystander_telling_what_a_government_will_do_is_not_its_source():
    # (a guard: police are no official of the government they report on)
    ev = one("Police said the government will send troops to the region.", "send", keep_nonfactual=True)
    assert ev.source is not None and ev.source.text == "the government"


@pytest.mark.parametrize("text, trigger, target", [
    ("The rebels rejected offers of talks from the government.", "offers", "GOV"),
    ("The rebels have rebuffed repeated proposals for negotiations by the Colombian government.", "rebuffed",
     "COLGOV"),
    ("Iran's refusal to deal with the Colombian government angered Washington.", "refusal", "COLGOV"),
])
def test_a_refusal_is_aimed_at_whoever_made_the_offer_or_would_be_engaged(text, trigger, target):
    ev = one(text, trigger)
    assert ev.event_type == "REJECT" and ev.target is not None and ev.target.code == target


def test_a_firm_named_general_is_a_firm_not_an_officer():
    from eventwire.actors.resolver import resolve_actor

    assert resolve_actor("General Motors").code == "USAMNC"
    assert resolve_actor("General Dynamics").code == "USAMNC"
    assert resolve_actor("General Smith").sector == "MIL"  # (a guard: an officer's rank still names one)


@pytest.mark.parametrize("text, source, target", [
    ("Boeing machinists walked out on Friday.", "USALAB", "USAMNC"),
    ("Gazprom employees went on strike over unpaid wages.", "RUSLAB", "RUSBUS"),
])
def test_a_firm_s_workers_strike_against_the_firm(text, source, target):
    evs = [e for e in code(text) if e.event_type == "PROTEST"]
    assert len(evs) == 1
    assert evs[0].source.code == source and evs[0].target is not None and evs[0].target.code == target
