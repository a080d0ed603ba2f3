"""Families of the eighth round, each with the project's own sentences: force used on another country's
ground, a show of force around a place, a mission authorized for a country, a gerund's doer, small
foreign namesakes and quoted names that are no places, police who act at home."""

from __future__ import annotations

import eventwire


def code(text: str, published: str = "2024-06-15", **meta):
    return eventwire.code_text(text, published=published, **meta)


def one(text: str, trigger: str, published: str = "2024-06-15", **meta):
    evs = [e for e in code(text, published, **meta) if e.trigger.text == trigger]
    assert evs, f"no event on {trigger!r}: {[(e.event_type, e.trigger.text) for e in code(text, published)]}"
    return evs[0]


def test_an_attack_on_another_country_s_ground_attacks_that_country():
    ev = one("Turkish jets carried out air strikes in northern Iraq on Sunday.", "strikes")
    assert ev.event_type == "ASSAULT" and ev.source.country == "TUR" and ev.target.country == "IRQ"
    ev = one("Pakistan carried out anti-terrorist operations in the border districts inside Afghanistan on "
             "Monday.", "operations")
    assert ev.target is not None and ev.target.country == "AFG"
    assert ev.location is not None and ev.location.country == "AFG"


def test_an_attack_at_home_gets_no_country_target_from_its_place():
    ev = one("The Nigerian army carried out air strikes in Borno state on Sunday.", "strikes")
    assert ev.target is None or ev.target.country != "NGA" or ev.target.sector


def test_a_show_of_force_aims_at_the_place_it_surrounds():
    ev = one("China's navy began three days of military drills around Taiwan on Monday.", "began")
    assert ev.event_type == "MOBILIZE" and ev.target is not None and ev.target.country == "TWN"
    # the tagger took "drills" for a verb, the name of the drills sits between: still the drills' event
    ev = one("China's navy started joint military drills code-named 'Strait Thunder' around Taiwan island on "
             "Monday.", "drills")
    assert ev.event_type == "MOBILIZE" and ev.target is not None and ev.target.country == "TWN"


def test_a_mission_authorized_for_a_country_is_military_protection_given_to_it():
    ev = one("The African Union approved a Rwandan-led mission to Mozambique on Tuesday.", "approved")
    assert (ev.event_type, ev.target.country) == ("AID", "MOZ")
    ev = one("The Security Council authorized a force for South Sudan.", "authorized")
    assert ev.event_type == "AID" and ev.target.country == "SSD"


def test_a_gerund_after_by_or_on_is_done_by_the_clause_s_subject_at_its_time():
    ev = one("Washington stepped up pressure on Tehran by blacklisting three shipping firms from Iran.",
             "blacklisting")
    assert ev.source.country == "USA" and ev.target.country == "IRN"
    evs = code("The Security Council will vote on Friday on authorizing a multinational mission to Haiti.",
               "2024-06-12", keep_nonfactual=True)
    ev = next(e for e in evs if e.trigger.text == "authorizing")
    assert ev.source.country == "UNO" and ev.target.country == "HTI" and str(ev.date) == "2024-06-14"


def test_an_accused_or_condemned_party_does_its_own_gerund():
    for ev in code("Ukraine accused Russia of attacking a hospital in Kharkiv."):
        if ev.trigger.text == "attacking":
            assert ev.source.country == "RUS"


def test_sanctions_against_a_country_do_not_happen_in_it():
    ev = one("The United States imposed sanctions against Russia on Thursday.", "sanctions")
    assert ev.target.country == "RUS" and (ev.location is None or ev.location.country != "RUS")


def test_a_small_foreign_namesake_is_not_the_target_of_a_protest_at_home():
    ev = one("DHAKA, July 10 - Students blocked the highway at Rampura on Wednesday.", "blocked")
    assert ev.source.country == "BGD"
    assert ev.target is None or ev.target.country != "IND"
    assert ev.location is None or ev.location.country != "IND"


def test_a_place_word_inside_a_quoted_name_places_no_one():
    # "Toma" is also a town in Burkina Faso: inside the march's quoted name it is no place
    ev = one("Police dispersed the 'Toma de Lima' caravan with tear gas on Monday.", "dispersed")
    assert ev.source.country != "BFA"


def test_police_placed_nowhere_act_at_home():
    ev = one("Police used tear gas against Peruvian demonstrators on Monday.", "gas")
    assert ev.source.code == "PERCOP" and ev.target.country == "PER"
