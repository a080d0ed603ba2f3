"""Families of wrong events found by reading what eventwire codes from local and international news:
each test uses sentences written for it, several per family."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.actors.resolver import get_resolver


def code(text: str, published: str = "2024-06-15"):
    return eventwire.code_text(text, published=published, keep_nonfactual=True)


def of_type(text: str, typ: str, published: str = "2024-06-15"):
    return [e for e in code(text, published) if e.event_type == typ]


def one(text: str, typ: str, published: str = "2024-06-15"):
    evs = of_type(text, typ, published)
    assert evs, f"no {typ} event in {text!r}: {[(e.event_type, e.trigger.text) for e in code(text, published)]}"
    return evs[0]


# -- where a local story happens: the towns it names, and the state in a body's name ---------------------

@pytest.mark.parametrize("text", [
    # a scam "to Mexico" named twice, the town three times: the police are the town's
    "Springdale police arrested two men on Friday. The men had wired money to Mexico and sent letters to "
    "Mexico, Springdale officers said. Police in Springdale and Fayetteville are still investigating the case.",
    "Police in Fargo detained a driver on Saturday. The driver had crossed from Canada, and his car was "
    "registered in Canada. Fargo and Moorhead officers searched the car for drugs.",
])
def test_the_towns_a_local_story_names_outweigh_a_country_named_in_passing(text):
    ev = of_type(text, "COERCE")[0]
    assert ev.source.code == "USACOP"


@pytest.mark.parametrize("text", [
    "A man punched a bartender at a gas station on Monday, the Texas Department of Public Safety said.",
    "A man punched a bartender outside a bar on Monday, the Illinois State Police said.",
])
def test_a_state_in_a_bodys_name_makes_a_story_american(text):
    ev = one(text, "ASSAULT")
    assert ev.source.code == "USACVL"


def test_a_state_name_that_is_also_a_country_says_nothing():
    # Georgia is a US state and a country: neither is guessed
    ev = one("A man punched a bartender at a bus stop on Monday, the Georgia Bureau of Investigation said.",
             "ASSAULT")
    assert ev.source.code == "CVL"


# -- a body's name whose head is a body of another kind --------------------------------------------------

@pytest.mark.parametrize("name", [
    "the Elm Street Neighborhood Association",   # 'street', not a king or a police
    "the Police Benevolent Association",         # a union of police officers, not the police
    "the Parish Fire District 4",                # a fire district, not a church
    "the Army Navy Club",
])
def test_an_agent_word_inside_a_civic_bodys_name_gives_it_no_sector(name):
    res = get_resolver().resolve(name, None)
    assert res.sector is None, res.evidence


@pytest.mark.parametrize("name, sector", [
    ("the Sheriff's Office", "COP"),
    ("the Fargo Police Department", "COP"),
    ("the Border Guard Service", "COP"),
    ("the Naval Criminal Investigative Service", "COP"),  # 'criminal' is an adjective here
    ("the Henderson County Commissioners Court", "GOV"),  # a Texas county's governing body
    ("the county drug task force", "COP"),
    ("a joint task force", "MIL"),
])
def test_units_and_offices_keep_their_sector(name, sector):
    assert get_resolver().resolve(name, None).sector == sector


def test_a_criminal_is_still_a_criminal():
    assert get_resolver().resolve("a convicted criminal", None).sector == "CRM"


# -- who undergoes a nominal act -------------------------------------------------------------------------

def test_the_possessor_of_an_arrest_or_a_detention_undergoes_it():
    ev = one("Navalny's detention was extended on Monday.", "COERCE")
    assert ev.target.code == "RUSELI"
    assert ev.source is None or ev.source.code != "RUSELI"


def test_an_arrest_by_someone_named_has_that_agent_and_the_possessor_as_target():
    ev = one("Alexei Navalny's arrest by Russian police angered Germany.", "COERCE")
    assert ev.source.code == "RUSCOP" and ev.target.code == "RUSELI"


@pytest.mark.parametrize("text", [
    "The sheriff said anyone who fears a warrant for their arrest should call his office.",
    "The spokeswoman said the timing of his arrest had nothing to do with the election.",
    "Russian police arrested Navalny. His arrest angered Germany.",
])
def test_his_arrest_is_no_new_arrest_by_whoever_speaks_of_it(text):
    arrests = of_type(text, "COERCE")
    # no arrest by the speaker, none by Germany; the first sentence's arrest stands alone
    assert all(e.source is None or e.source.code == "RUSCOP" for e in arrests)
    assert len(arrests) <= 1


def test_the_possessor_of_an_invasion_still_does_it():
    ev = one("Iraq's invasion of Kuwait shocked the region.", "ASSAULT")
    assert (ev.source.code, ev.target.code) == ("IRQ", "KWT")


# -- pronouns -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Libya is divided, and Tunisian diplomats are worried about the Libyan crisis and are careful to say that "
     "they would support whatever government the Libyan people choose.", "TUN"),
    ("Mali faces a crisis, and French officials said that they would support the Malian army.", "FRA"),
])
def test_they_in_a_reported_clause_is_who_reports_it(text, source):
    evs = [e for e in code(text) if e.event_type in ("AGREE", "SUPPORT")]
    assert evs and evs[0].source.code.startswith(source), [(e.event_type, e.source.code) for e in evs]


def test_they_who_were_arrested_are_not_the_police_who_spoke_before():
    evs = of_type("Deputies made 20 arrests in a weekend sweep, the Sheriff's Office reported. They were arrested on "
                  "charges of theft and fraud.", "COERCE")
    assert evs and all(e.source is not None and e.source.sector == "COP" for e in evs)
    assert all(e.target is None or e.target.code != e.source.code for e in evs)


# -- who looks into, reports or ignores an event did not do it --------------------------------------------

@pytest.mark.parametrize("text, typ", [
    ("Police investigated the shooting.", "ASSAULT"),
    ("Reporters covered the protest.", "PROTEST"),
    ("The army studied the attack for months.", "ASSAULT"),
    ("Historians say the anarchists pioneered car bombing.", "ASSAULT"),
    ("The cabinet disregarded the warnings of Jordan.", "THREATEN"),
])
def test_an_event_noun_under_a_verb_of_study_or_report_lends_it_no_agent(text, typ):
    assert not of_type(text, typ), text


@pytest.mark.parametrize("text, typ", [
    ("Russia launched an attack on Kyiv.", "ASSAULT"),
    ("Hamas carried out a suicide bombing in Jerusalem.", "ASSAULT"),
    ("Iran condemned the attack on the embassy.", "ACCUSE"),
])
def test_light_verbs_and_condemnations_still_code(text, typ):
    assert of_type(text, typ), text


# -- obligations -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The mayor said residents have got to work with police.",
    "Residents have got to cooperate with police.",
])
def test_have_got_to_is_an_obligation_not_an_event(text):
    ev = one(text, "COOPERATE")
    assert ev.modality.hypothetical


# -- failures to agree, and what parties agree on ---------------------------------------------------------

@pytest.mark.parametrize("text, a, b", [
    ("Japan and China failed to reach agreement on the gas field.", "JPN", "CHN"),
    ("Russia and Ukraine failed to agree on a ceasefire.", "RUS", "UKR"),
    ("Armenian and Azerbaijani negotiators failed to reach a deal over border crossings.", "ARMGOV", "AZEGOV"),
])
def test_a_failure_to_agree_is_a_rejection_between_the_parties(text, a, b):
    evs = code(text)
    rejects = {(e.source.code, e.target.code) for e in evs if e.event_type == "REJECT"}
    assert rejects == {(a, b), (b, a)}, [(e.event_type, e.source.code, e.target and e.target.code) for e in evs]
    assert all(not e.modality.negated for e in evs if e.event_type == "REJECT")
    assert not [e for e in evs if e.event_type in ("AGREE", "SUPPORT", "RETREAT") and not e.modality.negated]


def test_a_failure_to_agree_with_one_party_named_after_with():
    ev = one("Brazil failed to reach a deal with Argentina.", "REJECT")
    assert (ev.source.code, ev.target.code) == ("BRA", "ARG")
    assert ev.trigger.text == "failed"


def test_talks_that_fail_to_produce_a_deal_were_still_held():
    ev = one("Talks between Serbia and Kosovo failed to produce a deal.", "CONSULT")
    assert not ev.modality.negated


def test_a_swap_that_failed_to_take_place_never_happened():
    ev = one("The planned prisoner swap between Russia and Ukraine failed to take place.", "RETREAT")
    assert ev.modality.negated


@pytest.mark.parametrize("text, a, b", [
    ("Egypt and Qatar held talks on Gaza.", "EGY", "QAT"),
    ("Russia and China agreed on new steps over Syria.", "RUS", "CHN"),
    ("Putin and Xi discussed Ukraine.", "RUSGOV", "CHNGOV"),
])
def test_what_coordinated_parties_talk_or_agree_about_is_no_party(text, a, b):
    evs = [e for e in code(text) if e.event_type in ("CONSULT", "AGREE")]
    assert {(e.source.code, e.target.code) for e in evs} == {(a, b), (b, a)}


@pytest.mark.parametrize("text, target", [
    ("Putin discussed Ukraine with Xi.", "CHNGOV"),
    ("Macron discussed the crisis with Zelensky.", "UKRGOV"),
])
def test_the_partner_of_a_discussion_follows_with(text, target):
    assert one(text, "CONSULT").target.code == target


# -- sending, returning and freeing ---------------------------------------------------------------------

@pytest.mark.parametrize("text, typ, source, target", [
    ("Norway has refused to send engineers or medics to Mali.", "REJECT", "NOR", "MLI"),
    ("Brazil has offered to send police officers to Haiti.", "AGREE", "BRA", "HTI"),
])
def test_what_a_side_would_send_is_its_own_and_where_it_goes_is_the_target(text, typ, source, target):
    ev = one(text, typ)
    assert (ev.source.code, ev.target.code) == (source, target)


def test_a_side_that_agrees_to_send_its_troops_is_not_their_counterpart():
    assert not [e for e in code("Hungary agreed to send troops.") if e.target is not None and e.target.code == "HUNMIL"]


@pytest.mark.parametrize("text, source, target", [
    ("Italy returned a stolen painting to Greece.", "ITA", "GRC"),
    ("US customs officials returned 12 ancient skulls to Peru on Friday.", "USACOP", "PER"),
])
def test_returning_property_to_its_owner_is_retreat_0842(text, source, target):
    ev = one(text, "RETREAT")
    assert (ev.source.code, ev.target.code, ev.cameo_code) == (source, target, "0842")


@pytest.mark.parametrize("text", ["Putin returned to Moscow on Friday.", "The army returned fire."])
def test_returning_home_or_returning_fire_returns_no_property(text):
    assert not of_type(text, "RETREAT")


@pytest.mark.parametrize("text, source, target", [
    ("Uganda let free some 30 opposition activists.", "UGA", "UGAOPP"),
    ("Hamas set free two Israeli hostages.", "PSEISM", "ISRCVL"),
])
def test_let_free_and_set_free_release_whom_they_name(text, source, target):
    ev = one(text, "RETREAT")
    assert (ev.source.code, ev.target.code, ev.cameo_code) == (source, target, "0841")


# -- restrictions bear on the people of their place -----------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("Officials in India have imposed a curfew across parts of Manipur after the clashes.", "IND"),
    ("The Philippine army imposed martial law across Mindanao.", "PHL"),
    ("Bolivia's government ordered a curfew in Pando on Friday.", "BOL"),  # not the Uruguayan town
    ("Israel imposed a curfew in Hebron.", "PSE"),
])
def test_a_curfew_or_state_of_siege_targets_the_people_of_its_place(text, target):
    ev = one(text, "COERCE")
    assert ev.target is not None and ev.target.code == target


def test_an_international_body_has_no_people_of_its_own():
    ev = one("The UN declared a state of emergency across eastern Chad.", "COERCE")
    assert ev.target is None or ev.target.code != "UNO"


# -- refusals to yield, demands and their authors ------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Australia will not lift its tariffs on Chinese steel this year.", "AUS", "CHN"),
    ("Israel will not withdraw from Gaza.", "ISR", "PSE"),
])
def test_declaring_one_will_not_yield_is_a_refusal_made_now(text, source, target):
    ev = one(text, "REJECT")
    assert (ev.source.code, ev.target.code) == (source, target)
    assert not (ev.modality.negated or ev.modality.future)


def test_not_yielding_in_the_past_is_a_yield_that_did_not_happen():
    ev = one("Israel did not withdraw from Gaza.", "RETREAT")
    assert ev.modality.negated


def test_a_strike_that_will_not_end_before_a_condition_is_a_refusal():
    ev = one("Nurses will not end their strike before the hospital raises their wages.", "REJECT")
    assert not ev.modality.negated


@pytest.mark.parametrize("text, typ, source, target", [
    ("The cabinet gave in to demands from the nurses' union.", "CONCEDE", "GOV", None),
    ("President Lula has conceded to the wage demands of the truck drivers.", "CONCEDE", "BRAGOV", "LAB"),
    ("The finance minister refused to reply to a request from opposition lawmakers.", "REJECT", "GOV", "OPP"),
    ("The insurer refused to answer a demand from the Swiss authorities for its records.", "REJECT",
     "BUS", "CHEGOV"),
])
def test_the_author_of_a_demand_or_request_is_the_counterpart(text, typ, source, target):
    ev = one(text, typ)
    assert ev.source.code == source and ev.target is not None
    assert target is None or ev.target.code == target


def test_sanctions_called_for_against_someone_target_them():
    evs = [e for e in code("Senators called for sanctions against Iranian officials.") if e.target is not None]
    assert evs and evs[0].target.code == "IRNGOV"


def test_a_firm_the_dictionary_lacks_convicted_by_a_court_is_a_body_of_its_country():
    ev = one("A Paris court convicted Renault of fraud.", "SANCTION")
    assert (ev.source.code, ev.target.code) == ("FRAJUD", "FRA")


def test_peacekeeping_in_a_country_is_aid_to_it():
    ev = one("Irish soldiers take part in peacekeeping missions in Lebanon.", "AID")
    assert (ev.source.code, ev.target.code) == ("IRLMIL", "LBN")


# -- truces declared for a place, property returned, permission granted ------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("The FARC announced a truce in Colombia for the holidays.", "COLREB", "COL"),
    ("Iran and Turkey announced a ceasefire in Aleppo.", "IRN", "SYR"),
])
def test_a_ceasefire_declared_for_a_place_targets_its_people(text, source, target):
    ev = one(text, "RETREAT")
    assert (ev.source.code, ev.target.code) == (source, target)


def test_what_is_returned_is_no_counterpart_its_owner_is():
    ev = one("France returned two Malian bronze statues to the government of Mali.", "RETREAT")
    assert ev.target.code == "MLIGOV" and ev.cameo_code == "0842"


def test_permission_granted_is_a_concession_and_what_it_permits_has_not_happened():
    evs = code("The judge granted the police permission to search the office.")
    concede = [e for e in evs if e.event_type == "CONCEDE"]
    assert concede and (concede[0].source.code, concede[0].target.code) == ("JUD", "COP")
    assert all(e.modality.hypothetical for e in evs if e.event_type == "COERCE")


def test_before_a_date_is_no_condition_to_hold_out_on():
    # "before July" dates the talks that will not resume; it is no condition like "before X is sacked"
    evs = [e for e in code("Colombia won't resume peace talks with the ELN rebel group before July.")
           if e.trigger.text == "talks"]
    assert evs and evs[0].modality.negated and evs[0].modality.future


# -- letting someone act, laying down arms ------------------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Israel allowed aid trucks to enter Gaza.", "ISR", "PSE"),
    ("Egypt allowed 40 aid trucks to cross into Gaza on Sunday.", "EGY", "PSE"),
])
def test_letting_aid_in_is_access_granted_to_where_it_goes(text, source, target):
    ev = one(text, "RETREAT")
    assert (ev.source.code, ev.target.code) == (source, target)


def test_whom_a_side_agrees_to_let_act_is_its_counterpart():
    ev = one("The Yemeni government agreed on Monday to allow UN monitors broader access to Hodeidah.", "AGREE")
    assert (ev.source.code, ev.target.code) == ("YEMGOV", "UNO")


def test_laying_down_arms_needs_no_counterpart():
    ev = one("The rebels laid down their weapons on Friday.", "RETREAT")
    assert ev.source.code == "REB" and ev.target is None
    promise = one("Rebels in the north said they will soon lay down their arms.", "AGREE")
    assert promise.modality.future


# -- parties named in apposition or reciprocally, partners deep in the object -------------------------------

def test_the_second_party_between_two_named_in_apposition():
    evs = of_type("The African Union brokered talks between Sudan's army chief Abdel Fattah al-Burhan and his rival "
                  "Mohamed Hamdan Dagalo.", "CONSULT")
    # the two parties talk; the African Union mediates between them
    assert {(e.source.code, e.target.code) for e in evs} == {("SDNGOV", "SDNREB"), ("IGO", "SDNGOV"), ("IGO", "SDNREB")}


def test_the_others_goods_make_coordinated_parties_act_on_each_other():
    evs = of_type("Washington and Beijing imposed new tariffs on the other's goods this week.", "COERCE")
    assert {(e.source.code, e.target.code) for e in evs} == {("USAGOV", "CHNGOV"), ("CHNGOV", "USAGOV")}


def test_a_partner_deep_in_the_object_is_the_counterpart():
    # (an aim, not a request: the negotiation sought is the event, wished for)
    ev = one("The Philippine government seeks to negotiate a code of conduct for the South China Sea with Beijing.",
             "CONSULT")
    assert ev.target.code == "CHNGOV" and ev.modality.hypothetical


@pytest.mark.parametrize("text, typ, source, target", [
    ("The European Union hopes to persuade Serbia to align its foreign policy with the bloc.", "REQUEST", "EUR", "SRB"),
    ("Egypt brought the Sudanese army and the RSF to the negotiating table.", "CONSULT", "EGY", "SDNMIL"),
])
def test_persuading_and_bringing_parties_to_the_table(text, typ, source, target):
    ev = one(text, typ)
    assert (ev.source.code, ev.target.code) == (source, target)


def test_bringing_furniture_to_a_meeting_is_no_mediation():
    assert not code("He brought a table to the meeting.")


def test_nuclear_drills_are_a_show_of_force():
    ev = one("Belarusian units took part in the Russian tactical nuclear drills near the Ukrainian border.", "MOBILIZE")
    assert ev.source.code == "BLRMIL"


# -- names that only qualify a noun, and small foreign namesakes -------------------------------------------

def test_a_name_qualifying_arrests_is_no_one_arrested():
    evs = of_type("Police also made 13 DUI arrests in Roselle, Illinois.", "COERCE")
    assert evs and all(e.target is None for e in evs)


def test_a_small_foreign_town_does_not_place_an_agent_of_a_story_placed_at_home():
    # a Dhaka paper: Rampura is a part of Dhaka, not the small Indian town of that name
    art = {"id": "dhaka", "text": "Police and Rab fired rubber bullets and teargas at students who blocked roads at "
                                  "Rampura and Badda in the capital yesterday.",
           "published": "2024-07-19", "source": "The Daily Star"}
    out = next(iter(eventwire.code_articles([art], language="any")))
    evs = [e for e in out.events if e.event_type == "ASSAULT"]
    assert evs and evs[0].source.code == "BGDCOP"


def test_a_state_shows_force_once_a_day_in_the_eyes_of_dedup():
    from eventwire.store.dedup import same_event
    a = {"event_type": "MOBILIZE", "date": "2024-01-14", "source_country": "PRK", "target_country": None,
         "sentence": "North Korea fired a ballistic missile into the sea, the Joint Chiefs of Staff said."}
    b = {"event_type": "MOBILIZE", "date": "2024-01-15", "source_country": "PRK", "target_country": None,
         "sentence": "Pyongyang said it had tested a new solid-fuel missile."}
    assert same_event(a, b)
    c = dict(b, source_country="CHN")
    assert not same_event(a, c)


# -- refuge sought, releases demanded, aid suspended ---------------------------------------------------------

def test_seeking_refuge_in_a_country_asks_it_for_refuge():
    ev = one("Thousands of Burmese villagers have sought refuge in Thailand this month.", "REQUEST")
    assert ev.source.country == "MMR" and ev.target.code == "THA"


def test_a_demanded_release_names_whom_it_would_free():
    ev = one("Germany demanded the release of an Iranian journalist.", "REQUEST")
    assert ev.source.code == "DEU" and ev.target.country == "IRN"


def test_what_a_suspension_is_of_types_it():
    ev = one("Norway announced a suspension of development aid to Eritrea.", "SANCTION")
    assert (ev.source.code, ev.target.code, ev.cameo_code) == ("NOR", "ERI", "162")


def test_a_release_agreed_to_has_not_happened():
    evs = code("Hamas agreed to the release of Israeli hostages.")
    assert [e.event_type for e in evs if not (e.modality.negated or e.modality.hypothetical)] == ["AGREE"]


def test_talks_called_for_are_not_held():
    evs = [e for e in code("Egypt called for talks between Israel and Hamas.") if e.event_type == "CONSULT"]
    assert all(e.modality.hypothetical for e in evs)


def test_an_investigation_into_a_death_concerns_the_dead():
    ev = one("The Turkish army opened an inquiry into the death of a young Syrian refugee.", "ACCUSE")
    assert ev.source.code == "TURMIL" and ev.target.country == "SYR"


@pytest.mark.parametrize("name", ["the president of Acme Corp.", "the vice president of Dalton & Pryce Inc.",
                                  "the president of the company"])
def test_an_officer_of_a_firm_is_business(name):
    assert get_resolver().resolve(name, None).sector == "BUS"


def test_an_officer_of_a_state_stays_government():
    assert get_resolver().resolve("the vice president of the United States", None).code == "USAGOV"


def test_a_first_name_that_is_also_a_city_is_no_place():
    # George is a South African city; George T. Miller is a man charged in Indiana
    ev = one("Marion, Ind., County prosecutors on Friday charged George T. Miller with robbing a downtown bank.",
             "COERCE", published="2008-12-20")
    assert ev.source.country != "ZAF"
