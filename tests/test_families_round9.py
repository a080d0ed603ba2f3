"""Families of the ninth round, each with the project's own sentences: withdrawals and what they leave,
measures named with whom they bear on, a side clause that does not pick a trigger's reading, acronyms
written as words, a pair the lexicon already coded, and the precision families that readings of local news
showed (namesakes, accidents, headlines, pronouns, acts of others)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from coding import code, one
from eventwire.actors.spans import phrase_span


def test_a_measure_bears_on_whom_the_participle_after_it_names():
    ev = one("Canada eased restrictions placed on Cuban airlines.", "restrictions")
    assert ev.event_type == "CONCEDE" and ev.source.country == "CAN"
    assert ev.target is not None and ev.target.country == "CUB"
    ev = one("The EU lifted sanctions imposed on Belarusian banks.", "sanctions")
    assert ev.target is not None and ev.target.code == "BLRBUS"
    evs = [e for e in code("Japan ended trade curbs imposed on Vietnam and Laos.") if e.target is not None]
    assert {e.target.country for e in evs} >= {"VNM", "LAO"}


def test_what_a_withdrawal_moves_is_no_target_the_place_left_is():
    ev = one("Ghana withdrew a contingent of 300 peacekeepers from Lebanon.", "withdrew")
    assert ev.source.country == "GHA" and ev.target is not None and ev.target.country == "LBN"
    ev = one("Ethiopia agreed to withdraw its troops from Somalia.", "agreed")
    assert ev.event_type == "AGREE" and ev.target is not None and ev.target.country == "SOM"


def test_a_withdrawal_from_a_place_that_does_not_code_is_still_an_event():
    ev = one("The UN withdrew its peacekeepers from the buffer zone.", "withdrew")
    assert ev.source.code == "UNO" and ev.target is None


def test_an_offer_on_a_condition_is_made_though_the_act_offered_is_not():
    ev = one("Russia was ready to withdraw its soldiers from the Georgian villages if the monitors took over the "
             "roads.", "withdraw")
    assert ev.event_type == "AGREE" and not ev.modality.hypothetical and ev.target.country == "GEO"


def test_a_clause_beside_the_trigger_does_not_pick_its_reading():
    # "claiming" hangs on "denied": no denial of a claim, an entry refused
    ev = one("Hungary denied entry to a Swiss reporter, claiming that Switzerland had insulted its government.",
             "denied")
    assert ev.event_type == "COERCE" and ev.target is not None and ev.target.code == "CHEJRN"


def test_acronyms_written_as_words_code_as_the_acronym():
    ev = one("Farc said it would release two Colombian soldiers next week.", "release")
    assert ev.source.code == "COLREB"
    ev = one("Nato said it had sent more ships to the Baltic Sea.", "sent")
    assert ev.source.code == "IGOMIL"


def test_a_pair_reached_through_a_coded_trigger_is_no_second_event():
    evs = code("Germany said it would send more troops to Mali.")
    assert [(e.source.country, e.target.country) for e in evs] == [("DEU", "MLI")]
    assert all(e.target.sector is None for e in evs)  # the troops are Germany's, not Mali's military


def test_a_place_has_no_person_in_apposition():
    # a parse that hangs the speaker of a trailing "X said" on the place before the comma
    nlp = spacy.blank("en")
    words = ["troops", "left", "Syria", ",", "Minister", "Ivan", "Petrov", "said"]
    heads = [1, 1, 1, 2, 6, 6, 2, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "compound", "compound", "appos", "conj"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=["O", "O", "B-GPE", "O", "O", "B-PERSON",
                                                                    "I-PERSON", "O"])
    assert phrase_span(doc[2]).text == "Syria"


def test_those_expelled_from_a_country_were_expelled_by_its_government():
    ev = one("Three Kenyan diplomats were expelled from Somalia on Monday.", "expelled")
    assert ev.event_type == "SANCTION" and ev.source.inferred and ev.source.code == "SOMGOV"
    assert ev.target is not None and ev.target.country == "KEN"
    # the place left is the expeller, not whom it expelled
    ev = one("UN monitors were expelled from Eritrea.", "expelled")
    assert ev.source.code == "ERIGOV" and ev.target is not None and ev.target.code == "UNO"


def test_a_mediator_acts_on_the_parties_it_mediates_between():
    evs = code("The African Union launched a mediation effort between Sudan and South Sudan.")
    assert {(e.event_type, e.source.code, e.target.country) for e in evs} == {
        ("CONSULT", "IGO", "SDN"), ("CONSULT", "IGO", "SSD")}
    evs = code("Egypt brokered talks between Israel and Hamas.")
    assert {(e.cameo_code, e.source.code, e.target.code) for e in evs} == {
        ("045", "EGY", "ISR"), ("045", "EGY", "PSEISM"), ("046", "ISR", "PSEISM")}  # and the parties talk


def test_who_condemns_an_act_did_not_do_it():
    evs = code("Turkey condemned the Israeli strikes on Gaza.")
    assert ("ACCUSE", "TUR", "ISR") in {(e.event_type, e.source.code, e.target and e.target.code) for e in evs}
    assert not [e for e in evs if e.source.code == "TUR" and e.trigger.text == "strikes"]
    assert [e.source.code for e in evs if e.trigger.text == "strikes"] == ["ISR"]


def test_an_act_condemned_with_no_doer_named_is_still_a_condemnation():
    ev = one("The African Union condemned on Sunday the bombing of a market in the capital.", "condemned")
    assert ev.event_type == "ACCUSE" and ev.source.code == "IGO"
    assert ev.target is not None and ev.target.code is None and ev.target.text.startswith("the bombing")


def test_a_proposal_rejected_is_aimed_at_whoever_proposed_it():
    ev = one("A Brazilian senator rejected the draft resolution proposed by the UN Security Council.", "rejected")
    assert ev.event_type == "REJECT" and ev.target is not None and ev.target.code == "UNOGOV"


def test_a_dateline_with_an_agency_after_the_date_is_no_actor():
    evs = code("Tehran, March 3, IRNA - Iran's foreign minister condemned the Israeli strikes on Gaza.")
    ev = next(e for e in evs if e.trigger.text == "condemned")
    assert ev.source.text == "Iran's foreign minister" and ev.source.code == "IRNGOV"


def test_a_meeting_demanded_of_a_body_asks_that_body():
    ev = one("Kyiv urgently demanded that a session be held, a meeting of the Security Council of the UN.", "meeting")
    assert (ev.event_type, ev.cameo_code, ev.target.code) == ("REQUEST", "106", "UNOGOV")


def test_a_suspension_of_links_aims_where_they_went():
    ev = one("Morocco announced a suspension of flights to Spain.", "suspension")
    assert (ev.event_type, ev.source.country, ev.target.country) == ("SANCTION", "MAR", "ESP")


def test_forces_kept_on_alert_are_mobilized():
    ev = one("Kenyan soldiers remained on alert along the Somali border.", "remained")
    assert ev.event_type == "MOBILIZE" and ev.source.code == "KENMIL"
    assert not [e for e in code("Shoppers should remain alert to online scams.", keep_nonfactual=True)
                if e.event_type == "MOBILIZE"]


def test_two_parties_named_before_one_noun_are_two_actors():
    evs = code("UK and EU negotiators agreed a fisheries accord on Friday.")
    assert {(e.event_type, e.cameo_code, e.source.country, e.target.country) for e in evs} == {
        ("SUPPORT", "057", "GBR", "EUR"), ("SUPPORT", "057", "EUR", "GBR")}


def test_a_deal_agreed_is_a_deal_concluded():
    ev = one("The US and Jordan agreed a new trade pact.", "pact")
    assert (ev.event_type, ev.cameo_code) == ("SUPPORT", "057")


def test_agreeing_to_a_yielding_is_an_event_with_no_counterpart_named():
    ev = one("Israel agreed to the ceasefire proposal.", "agreed")
    assert ev.event_type == "AGREE" and ev.source.code == "ISR" and ev.target is None


def test_members_of_a_body_named_before_them_are_actors():
    ev = one("Syrian opposition members said they would free the captured UN peacekeepers.", "free")
    assert ev.source.code == "SYROPP"


def test_an_act_on_another_s_doing_is_not_that_doing():
    # the patrol attacked is no event of its attackers
    evs = code("Hamas members attacked an Israeli patrol.")
    assert ("ASSAULT", "PSEISM", "ISR") in {(e.event_type, e.source.code, e.target and e.target.code) for e in evs}
    assert not [e for e in evs if e.trigger.text == "patrol" and e.source.code == "PSEISM"]
    # a light verb still lends its subject
    ev = one("Russia launched cyber attacks on Georgia's government websites.", "attacks")
    assert ev.source.code == "RUS"


def test_where_something_is_sent_is_no_country_of_who_sends_it():
    ev = one("Customs officers returned an ancient manuscript to Naples, Italy.", "returned")
    assert ev.target.country == "ITA" and ev.source.country != "ITA"
    ev = one("Federal agents returned a stolen painting to Italy.", "returned")
    assert ev.source.sector == "COP" and ev.source.country != "ITA"
    # a place where the agents act still tells their country
    ev = one("Police arrested ten people in Kenya.", "arrested")
    assert ev.source.code == "KENCOP"


def test_a_pronoun_stands_for_a_speaker_it_agrees_with():
    # "he" is no police force: the threat is not the police's
    evs = code("Once inside, he allegedly yelled out, threatening the clerk, police said.", keep_nonfactual=True)
    assert not [e for e in evs if e.source is not None and e.source.sector == "COP"]
    ev = one("Kenya said it will send troops to Haiti.", "send")
    assert ev.source.code == "KEN"


def test_who_stops_an_act_did_not_do_it():
    assert not [e for e in code("A young man may have stopped the slaughter at the church.", keep_nonfactual=True)
                if e.event_type == "ASSAULT"]
    assert not [e for e in code("Police prevented a protest outside parliament.") if e.event_type == "PROTEST"]
    ev = one("The US stopped aid to Egypt.", "aid")  # a rule of the verb's own still reads it
    assert ev.event_type == "SANCTION" and ev.target.country == "EGY"


def test_custody_is_an_arrest_only_when_someone_is_in_it():
    assert not code("Parents were changing custody of their children.")
    ev = one("Police took the suspect into custody on Monday.", "custody")
    assert ev.event_type == "COERCE"


def test_coercion_of_no_named_kind_is_no_police_work():
    assert not [e for e in code("She said she had been coerced into signing the contract.", keep_nonfactual=True)
                if e.source is not None and e.source.inferred]
    assert not code("They have committed a great deal of time to their neighbours.")


def test_a_one_word_name_is_the_person_the_article_names_in_full():
    text = ("Lamont thanks Hartford volunteers. HARTFORD, Conn. — Former Senate candidate Ned Lamont spoke at the "
            "public library on Sunday. Lamont thanked the volunteers who supported him during the campaign.")
    evs = code(text)
    assert evs and all(e.source.country == "USA" for e in evs if e.source is not None)
    assert all(e.target.country == "USA" for e in evs if e.target is not None)


def test_an_agent_does_not_take_the_country_of_the_capital_it_visits():
    ev = one("The minister said he would visit Cairo.", "visit", keep_nonfactual=True)
    assert ev.target.country == "EGY" and ev.source.country != "EGY"


def test_a_word_of_the_west_inside_a_name_is_no_bloc():
    ev = one("A West Virginia man was charged in the robbery of a bank.", "charged")
    assert ev.target is not None and ev.target.code != "WST"
    ev = one("Iran condemned the West for the sanctions.", "condemned")
    assert ev.target.code == "WST"


def test_a_surname_is_no_city_known_by_it_only_as_another_name():
    evs = code("Lawyers for the county have asked Manning to prevent two board members from testifying.")
    assert not [e for e in evs if e.target is not None and e.target.country == "CHN"]


def test_a_street_or_a_man_is_no_place_of_the_people_in_the_clause():
    ev = one("The victim was stabbed while jogging on Southland Ridge Court, police said.", "stabbed")
    assert ev.target is not None and ev.target.country != "NZL"


def test_a_vehicle_that_hits_someone_makes_an_accident():
    assert not code("A Moncks Corner man was hit by a truck and killed late Saturday night.")
    assert not code("Woman, 52, struck, killed by truck.")
    ev = one("A man was shot and killed by police in Atlanta.", "killed")
    assert ev.event_type == "ASSAULT" and ev.source.sector == "COP"


def test_a_headline_drops_the_auxiliary_of_a_passive():
    ev = one("Woman stabbed while jogging near the park.", "stabbed")
    assert ev.source is None and ev.target is not None and ev.target.sector == "CVL"


def test_a_date_is_no_town_of_the_same_name():
    ev = one("Eight persons have been arrested for illegally buying firearms, Georgia's Interior Ministry "
             "said on March 22.", "arrested", published="2009-03-25")
    assert ev.source.inferred and ev.source.country == "GEO"


def test_a_party_name_many_countries_have_is_the_story_s_country_s():
    text = ("TBILISI, March 24 - Ten persons have been arrested on firearms charges, the Interior Ministry said. "
            "The Conservative Party said it would launch protest rallies in Tbilisi next month.")
    ev = next(e for e in code(text, "2009-03-25", keep_nonfactual=True) if e.event_type == "PROTEST")
    assert ev.source.code == "GEOPTY"


def test_an_occupation_written_as_a_surname_is_a_person_s_name():
    ev = one("Isaac Fisher, 31, of Wichita, was charged Monday with aggravated battery.", "charged")
    assert ev.target is None or ev.target.sector != "AGR"


def test_a_statement_signed_is_no_agreement_and_a_condemnation_no_praise():
    evs = code("Five opposition groups signed a joint statement condemning Monday's arrest.")
    assert [e.event_type for e in evs] == ["ACCUSE"]
    evs = code("The president signed a decree granting asylum to the refugees.")
    assert [e.event_type for e in evs] == ["AID"]  # the decree's act, no agreement signed


def test_who_poses_or_faces_a_threat_threatens_no_one():
    assert not code("She posed a bigger threat to the nation than China.")
    assert not [e for e in code("Iran faces the threat of new sanctions.") if e.source is not None
                and e.source.country == "IRN"]
    ev = one("North Korea threatened Japan with missiles.", "threatened")
    assert (ev.source.code, ev.target.code) == ("PRK", "JPN")


def test_a_local_resident_and_a_town_s_police_are_american_in_us_local_news():
    text = ("Dwayne Earl Hobbs, 47, Lebanon, was arrested Friday on a charge of receiving stolen property. "
            "Lebanon Police and the Laclede County Sheriff's Office opened an investigation after a clerk "
            "reported him.")
    evs = code(text, "2009-03-25")
    arrest = next(e for e in evs if e.trigger.text == "arrested")
    assert arrest.source.country == "USA" and arrest.target.country == "USA"
    probes = [e for e in evs if e.trigger.text == "investigation"]
    assert probes and all(e.source.country == "USA" and e.target is None for e in probes)


def test_animals_are_no_side_of_an_attack():
    assert not code("A man recovers after a 'killer bee' attack near the ranch.")
    assert not code("A dog attacked a child in the park.")
    assert not code("The president fired his defence minister.")


def test_a_dateline_after_a_headline_on_the_same_line_is_no_actor():
    text = ("Pakistan to reinstate top judge removed by Musharraf. ISLAMABAD, Pakistan — Pakistan's government "
            "agreed Monday to restore the sacked chief justice.")
    assert not [e for e in code(text, "2009-03-16") if e.target is not None and e.target.text == "ISLAMABAD"]


def test_a_price_charged_and_a_suspect_caught_are_no_events():
    assert not code("The airline will charge passengers $20 for bags.")
    assert not code("Police catch murder suspect after two-day manhunt.")
    ev = one("Prosecutors charged the mayor with fraud.", "charged")
    assert ev.event_type == "COERCE"


def test_a_weapon_with_no_doer_named_still_attacks():
    ev = one("A roadside bomb killed five soldiers in Kabul.", "killed")
    assert ev.event_type == "ASSAULT" and ev.source is None and ev.target.code == "AFGMIL"
    ev = one("Last May a truck bomb in Nairobi wounded two Somali traders.", "wounded")
    assert ev.source is None  # the bomb is placed in Nairobi, not Nairobi's


def test_fares_offered_and_an_explosion_of_life_are_no_events():
    assert not code("She found an airline offering a round-trip fare of $310 from Boston to Warsaw.")
    assert not code("Warm currents cause an explosion of plankton along the coast.")
    ev = one("Iran offered talks to the US.", "talks")
    assert ev.event_type == "AGREE"


def test_a_passive_coordinated_with_an_active_verb_is_passive():
    evs = code("Several people surrendered to police and were detained.")
    assert not [e for e in evs if e.event_type == "COERCE" and e.source is not None and e.source.sector == "CVL"]


def test_an_acquittal_is_no_conviction():
    assert not code("The jury found the defendant not guilty.")
    ev = one("The jury found the defendant guilty of murder.", "found")
    assert ev.event_type == "SANCTION"
