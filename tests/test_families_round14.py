"""Families of the fourteenth round, each with the project's own sentences: two states mending the ties
between them act on each other, an undertaking's "to ...ing" is done by whoever undertakes it, and the one
ordered detained is detained, not the detainer."""

from __future__ import annotations

from eventwire import nlp
from eventwire.actors.coref import MentionResolver
from eventwire.actors.resolver import get_resolver, resolve_actor
from eventwire.actors.spans import phrase_span

from coding import code, one


def test_two_states_restoring_their_ties_act_on_each_other():
    # the relations the rule names ("restore tie") are part of the act, not a third party to it
    evs = [e for e in code("Morocco and Algeria restored diplomatic ties on Monday.") if e.trigger.text == "restored"]
    assert {(e.source.code, e.target.code) for e in evs} == {("MAR", "DZA"), ("DZA", "MAR")}
    assert {e.event_type for e in evs} == {"SUPPORT"}
    evs = [e for e in code("Chile and Peru are upgrading their diplomatic relations.") if e.trigger.text == "upgrading"]
    assert {(e.source.code, e.target.code) for e in evs} == {("CHL", "PER"), ("PER", "CHL")}


def test_a_single_state_restoring_ties_with_another_names_that_other():
    ev = one("Qatar restored ties with Bahrain after a long rift.", "restored")
    assert (ev.source.code, ev.target.code) == ("QAT", "BHR")


def test_an_undertaking_to_do_something_is_done_by_whoever_undertakes_it():
    ev = one("The prime minister restated the EU's commitment to supporting Moldova's reforms.", "supporting")
    assert (ev.event_type, ev.source.code, ev.target.country) == ("SUPPORT", "EUR", "MDA")
    # an "its" that owns the undertaking is the subject's own
    ev = one("Canada reaffirmed its commitment to defending Latvia.", "defending")
    assert (ev.source.code, ev.target.code) == ("CAN", "LVA")


def test_one_ordered_detained_is_the_target_and_who_ordered_it_the_source():
    ev = one("A court in Ankara ordered the mayor detained pending trial.", "detained")
    assert ev.event_type == "COERCE" and ev.source.sector == "JUD" and ev.target.sector == "GOV"
    ev = one("The king had the opposition leaders arrested on Sunday.", "arrested")
    assert ev.source.sector == "GOV" and ev.target.sector == "OPP"


def test_seeing_someone_arrested_is_not_arresting_them():
    assert not [e for e in code("Neighbours watched as reporters saw the mayor arrested outside his home.")
                if e.source is not None and e.source.sector == "JRN"]


def test_south_sudans_liberation_army_is_not_chinas():
    assert resolve_actor("the Sudan People's Liberation Army").code == "SSDMIL"
    assert resolve_actor("the SPLA-IO").code == "SSDREB"
    assert resolve_actor("the SPLM").code == "SSDPTY"
    assert resolve_actor("the People's Liberation Army").code == "CHNMIL"  # still China's own


def _mention(text: str, word: str, home: str | None = "USA"):
    """How the article's coreference reads the last mention of ``word`` (a local US story by default)."""
    doc = nlp.load()(text)
    mentions = MentionResolver(get_resolver(), "2009-03-20")
    mentions.seed(doc)
    if home:
        mentions.set_home(home)
    tok = [t for t in doc if t.text == word][-1]
    return mentions.resolve(tok, phrase_span(tok))


def test_a_surname_after_a_full_name_the_dictionary_lacks_is_that_person_not_a_leader():
    text = ("Cobb County police are investigating a drowning in Marietta. Kara Lynn Moon, 29, a babysitter, saw "
            "the toddler in the water. Moon pulled the toddler out of the water and started CPR.")
    res = _mention(text, "Moon")
    assert res.country is None and "Kara Lynn Moon" in " ".join(res.evidence)
    # a leader named in full first is still that leader
    res = _mention("Ban Ki-moon arrived in Nairobi on Monday. Moon met President Kibaki at State House.", "Moon",
                   home=None)
    assert res.code == "UNOGOV"


def test_a_look_alike_spelling_of_a_foreign_leader_in_a_local_story_is_someone_else():
    text = ("State Rep. Thomas Kirk, D-Beaufort, backs the county plan. Last week Kirk, Gilliard and "
            "House Majority Leader Ann Doyle, R-Beaufort, toured the clinic.")
    assert _mention(text, "Gilliard").country is None  # not Australia's Gillard
    assert _mention(text, "Kirk").country != "AUS"


def test_a_city_manager_of_a_us_town_named_like_a_foreign_capital_is_american():
    text = ("The Louisville City Council met Tuesday. The Louisville City Council offered Dublin City Manager "
            "Jane Doe the top job at city hall in August.")
    ev = one(text, "offered", "2009-03-20")
    assert ev.target is not None and ev.target.country == "USA"


def test_a_score_after_the_verb_makes_a_game_not_an_attack():
    assert not code("Plainview residents beat Rochester residents 45-23 in the charity duals.", "2009-03-20")
    # a range of people killed is no score
    ev = one("The army killed 3-4 militants near the border.", "killed")
    assert ev.event_type == "ASSAULT"


def test_property_returned_to_its_owner_has_the_owner_as_target():
    ev = one("Italian police returned a stolen painting to its owner on Monday.", "returned")
    assert ev.event_type == "RETREAT" and ev.source.code == "ITACOP" and ev.target.sector == "CVL"
    assert resolve_actor("the shop owner").sector == "BUS"


def test_only_a_state_or_an_armed_group_cracks_down():
    # a firm enforcing its bills, a school its rules: no repression
    for text in ("Gas suppliers nationwide have been cracking down while the count of customers in arrears grows.",
                 "Landlords are cracking down on tenants who sublet."):
        assert not [e for e in code(text) if e.event_type == "ASSAULT"], text
    ev = one("Riot police cracked down on protesters in Minsk.", "cracked")
    assert ev.event_type == "ASSAULT" and ev.source.sector == "COP"


def test_a_deal_struck_in_a_relative_clause_is_an_agreement_not_a_blow():
    text = "The court might examine a deal that the president and his wife struck with the army chief."
    evs = [e for e in code(text) if e.trigger.text == "struck"]
    assert evs and all(e.event_type != "ASSAULT" for e in evs)
    assert {e.event_type for e in evs} == {"SUPPORT"}


def test_what_a_broadcast_shows_doing_an_act_does_it():
    ev = one("Earlier, Rossiya TV showed helicopter gunships firing from low clouds at a forest.", "firing")
    assert ev.source.sector == "MIL"


def test_a_kind_of_weapon_named_after_an_attack_is_no_attack():
    assert [e.trigger.text for e in code("Russian attack helicopters struck the village.")] == ["struck"]


def test_fighting_an_illness_is_no_fight():
    assert not [e for e in code("A nurse fighting leukaemia ran a charity race on Sunday.")
                if e.event_type == "ASSAULT"]


def test_a_local_headline_surname_is_the_local_person_named_in_full_below_it():
    # "Lamont" alone is also a British chancellor of the 1990s; the story names its own Lamont in full
    text = ("Lamont tours Litchfield farms. LITCHFIELD — Businessman Ned Lamont stopped at three dairy farms "
            "on Friday, the county sheriff said.")
    res = _mention(text, "Lamont")  # the last "Lamont" is the full name's; the headline's reads the same
    doc = nlp.load()(text)
    mentions = MentionResolver(get_resolver(), None)
    mentions.seed(doc)
    mentions.set_home("USA")
    first = mentions.resolve(doc[0], phrase_span(doc[0]))
    assert first.country == "USA" and res.country == "USA"


def test_a_conviction_overturned_is_no_conviction():
    evs = code("An appeals court overturned the farmer's conviction for arson on Tuesday.")
    assert not [e for e in evs if e.event_type == "SANCTION"]
    assert [e for e in evs if e.trigger.text == "overturned" and e.source.sector == "JUD"]


def test_a_building_fully_occupied_is_no_occupation():
    assert not code("The veterans' housing block has been fully occupied since June.")
    ev = one("The town was occupied by Russian troops.", "occupied")
    assert ev.event_type == "COERCE" and ev.source.code == "RUSMIL"


def test_who_appears_in_court_charged_is_charged_not_the_court():
    ev = one("Two brothers from Luton appeared in court charged with fraud on Monday.", "charged")
    assert ev.target.sector == "CVL" and ev.target.country == "GBR"


def test_a_letter_threatening_something_threatens_its_addressee():
    ev = one("The president sent a letter to the WHO chief threatening to cut American funding "
             "for good.", "threatening")
    assert ev.event_type == "THREATEN" and ev.target.country == "UNO"
    # and no one else: the funding's owner is what the threat is about
    assert [e.target.country for e in code("Trump sent a letter to the UN chief threatening to cut US funding.")
            if e.event_type == "THREATEN"] == ["UNO"]


def test_mob_members_are_organized_crime_and_home_guards_armed_men():
    assert resolve_actor("more than 100 mob members").sector == "CRM"
    assert resolve_actor("a mob").sector == "OPP"  # a crowd
    assert resolve_actor("two homeguards").sector == "MIL"


def test_private_people_among_themselves_in_general_words_do_no_politics():
    assert not code("Parents urged children to stay indoors.")
    assert not code("Neighbours helped residents clear the snow.")
    # but private people acting on a public body, or helping refugees across a border, still count
    assert one("Residents asked the city council to fix the road.", "asked").target.sector == "GOV"


def test_a_dateline_s_state_places_a_town_namesake_of_a_foreign_city():
    # Carthage in North Carolina and Belgrade in Minnesota, not Tunisia's or Serbia's
    ev = one("CARTHAGE, N.C. (AP) - Police said a gunman killed eight people at a nursing home.", "killed")
    assert ev.source.country == "USA" and ev.target.country == "USA"
    ev = one("BELGRADE, Minn. (AP) - Police arrested a man on Friday.", "arrested")
    assert ev.source.code == "USACOP"
    # a dateline's country still decides abroad
    ev = one("MOGADISHU, Somalia -- Militants attacked a base on Friday.", "attacked")
    assert ev.source.country == "SOM"


def test_a_weapon_model_s_letters_name_no_party():
    # "MK" is also a South African party's name; "MK 82" is a bomb
    text = "The strike on the market used an American-made MK 82 guided bomb, the monitors said."
    assert not [e for e in code(text) for a in (e.source, e.target) if a is not None and a.sector == "PTY"]
    ev = one("The ANC accused MK of fraud.", "accused")
    assert ev.target.code == "ZAFPTY"


def test_a_body_s_own_indictment_is_one_it_makes():
    ev = one("Lawyers questioned the grand jury's indictment on Monday.", "indictment")
    assert ev.source is not None and ev.source.sector == "JUD"
    # a person's arrest is one the person undergoes
    ev = one("Navalny's arrest sparked protests.", "arrest")
    assert ev.target.code.startswith("RUS")
