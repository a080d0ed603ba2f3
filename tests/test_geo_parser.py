"""The geoparser: place names resolved with the article as context; and its LGL-format evaluation."""

from __future__ import annotations

import json

import pytest

from eventwire import nlp
from eventwire.geo.parser import gazetteer, geoparse


@pytest.fixture(scope="module")
def gaz():
    return gazetteer(15000)  # the smallest shipped size: fast to load, enough for these names


def places(text, gaz):
    return {t.text: t for t in geoparse(nlp.load()(text), gaz)}


def test_a_state_after_the_name_decides_the_town(gaz):
    got = places("Police in Alexandria, La., arrested a woman on Friday after a fire in Pineville.", gaz)
    assert got["Alexandria"].place.admin1 == "LA" and got["Alexandria"].place.country == "USA"


def test_the_article_s_other_places_decide_between_namesakes(gaz):
    text = ("Dublin police said the crash closed a road between Columbus and Dublin on Monday. "
            "Officials in Columbus, Ohio, said the driver was taken to a hospital in Dublin.")
    assert places(text, gaz)["Dublin"].place.admin1 == "OH"
    assert places("The Irish government met in Dublin on Monday.", gaz)["Dublin"].place.country == "IRL"


def test_peoples_names_point_to_their_country_and_acting_capitals_are_metonyms(gaz):
    got = places("Georgian troops withdrew. Pyongyang said it would respond.", gaz)
    assert got["Georgian"].place.country == "GEO"
    assert got["Pyongyang"].role == "metonym" and got["Pyongyang"].place.country == "PRK"


def test_geocode_command_prints_one_line_per_place(tmp_path, capsys):
    from eventwire.cli import main

    src = tmp_path / "a.txt"
    text = "Russian forces shelled Kharkiv on Monday, officials in Kyiv said."
    src.write_text(text, encoding="utf-8")
    assert main(["geocode", str(src), "--min-population", "15000"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["name"] for r in rows} >= {"Kharkiv", "Kyiv"} and all(r["article_id"] == "a.txt" for r in rows)
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    roles = {r["name"]: r["role"] for r in rows}
    assert roles["Kharkiv"] == "event place"  # where the shelling happened
    assert roles["Kyiv"] != "event place"


def test_the_sample_storys_meeting_place_is_its_event_place():
    from pathlib import Path

    import eventwire
    from eventwire.geo.parser import mark_event_places
    from eventwire.ingest import read_json

    sample = Path(eventwire.__file__).parent / "data" / "samples" / "kim-shoigu-2023-07-27.json"
    art = next(read_json(sample))
    events = eventwire.code_text(art.text, published=art.published)
    tops = mark_event_places(geoparse(nlp.load()(art.text), gazetteer(15000)), events)
    first = next(t for t in tops if t.text == "Pyongyang")
    assert first.role == "event place" and first.place.feature == "PPLC" and first.place.country == "PRK"
    # common words of news capitalized alone are no places ("Defense Minister", "the West", "Cold War")
    assert not {t.text for t in tops} & {"Minister", "Republic", "War", "West", "Council"}


def test_evaluate_geo_on_an_lgl_format_file(tmp_path, monkeypatch):
    from eventwire.evaluate import geo as geo_eval

    xml = """<?xml version="1.0" encoding="utf-8"?><articles><article docid="1">
    <text><![CDATA[Flooding closed roads in Alexandria, Louisiana, and in Lyon on Monday.]]></text>
    <toponyms><toponym><start>24</start><end>34</end><phrase>Alexandria</phrase>
    <gaztag geonameid="4314550"><name>Alexandria</name><lat>31.3113</lat><lon>-92.4451</lon></gaztag></toponym>
    <toponym><start>36</start><end>45</end><phrase>Louisiana</phrase>
    <gaztag geonameid="4331987"><name>Louisiana</name><lat>31.00047</lat><lon>-92.00015</lon></gaztag></toponym>
    <toponym><start>54</start><end>58</end><phrase>Lyon</phrase>
    <gaztag geonameid="2996944"><name>Lyon</name><lat>45.74846</lat><lon>4.84671</lon></gaztag></toponym>
    </toponyms></article></articles>"""
    path = tmp_path / "lgl.xml"
    path.write_text(xml, encoding="utf-8")
    rep = geo_eval.evaluate_geo(path, min_population=15000)
    assert rep.gold == 3 and rep.found == 3 and rep.within == 3 and rep.exact >= 2
    assert "within 161 km: 1.000" in rep.render()


@pytest.fixture(scope="module")
def full():
    return gazetteer()  # the shipped 500-people gazetteer: small towns and county centres


@pytest.mark.parametrize("text, names, state", [
    ("Flu cases rose in Fulton, Cobb and Gwinnett counties last week, Georgia health officials said.",
     ("Fulton", "Cobb", "Gwinnett"), "GA"),
    # however long the list, every name of it is a county
    ("Deputies from Becker, Clay, Douglas and Wilkin counties searched the flooded fields on Sunday.",
     ("Becker", "Clay", "Douglas"), "MN"),
])
def test_counties_named_together_are_each_a_county(full, text, names, state):
    got = places(text, full)
    for name in names:
        assert got[name].place.feature == "ADM2" and got[name].place.admin1 == state, name


def test_a_county_lies_at_its_own_centre_not_its_state_s(full):
    from eventwire.geo import distance_km

    got = places("Deputies in Henry County, Tennessee, searched the lake on Monday.", full)
    county = got["Henry County"].place
    assert county.admin1 == "TN" and distance_km(county.lat, county.lon, 36.3, -88.3) < 40


def test_the_place_inside_a_facility_s_name(full):
    got = places("He was booked into the Pulaski County Jail in Arkansas.", full)
    place = next(t for t in got.values() if t.place is not None and t.place.feature == "ADM2")
    assert place.text == "Pulaski County" and place.place.admin1 == "AR"


def test_a_town_before_a_local_noun_or_after_a_street_address(full):
    text = ("A Kalamazoo woman was charged with arson. Police said she lives at 412 Elm St., Kalamazoo, and "
            "was arrested in Portage, Mich.")
    got = geoparse(nlp.load()(text), full)
    towns = [t for t in got if t.text == "Kalamazoo"]
    assert len(towns) == 2 and all(t.place.admin1 == "MI" for t in towns)


def test_a_people_s_name_points_to_its_region(full):
    got = places("Ohioans voted on the measure, and Europeans watched.", full)
    assert got["Ohioans"].place.admin1 == "OH" and got["Europeans"].place.feature == "CONT"


def test_the_state_or_province_holding_the_article_s_names_decides(full):
    got = places("The festival in London drew visitors from Sarnia and Woodstock, Ontario officials said.", full)
    assert got["London"].place.country == "CAN" and got["Ontario"].place.feature == "ADM1"


def test_a_capital_beside_its_country_is_the_capital(full):
    text = ("Sheriff's deputies in Boise County said the school trip goes to Russia next year, with three "
            "days in Moscow.")
    assert places(text, full)["Moscow"].place.country == "RUS"


def test_a_state_written_after_a_town_is_the_state(full):
    got = places("The plant in Watertown, New York, closed on Friday.", full)
    assert got["New York"].place.feature == "ADM1"



def test_a_town_the_model_takes_for_a_person_is_a_place(full):
    # at the head of an office ("Brookhaven Police Chief ..."), in a list beside other towns
    text = ("A storm knocked out power on Tuesday, said Brookhaven Police Chief Kelly Moss, and Brookhaven Fire "
            "Department crews cleared roads.")
    assert [t.place.admin1 for t in geoparse(nlp.load()(text), full) if t.text == "Brookhaven"] == ["GA", "GA"]
    text = "Officials said the bridge in Ripon will reopen in May. Ripon Mayor Tom Hale thanked Oshkosh and Berlin crews."
    got = places(text, full)
    assert got["Oshkosh"].place.admin1 == "WI" and got["Berlin"].place.admin1 == "WI"


def test_a_dateline_with_a_colon(full):
    got = places("KHARTOUM: The army said on Sunday it had retaken a bridge.", full)
    assert got["KHARTOUM"].place.country == "SDN"


def test_a_capital_s_namesakes_at_home_are_no_capital(full):
    towns = [p for p in full.candidates("Washington") if p.country == "USA" and p.feature == "PPLC"]
    assert len(towns) == 1 and towns[0].admin1 == "DC"


def test_the_article_s_county_and_towns_decide_between_namesakes_together(full):
    # Richmond and Madison County are each in several states; with Berea, only Kentucky holds all three
    text = "Rain flooded roads in Richmond on Monday. Madison County officials said Berea and Richmond schools would close."
    got = places(text, full)
    assert got["Richmond"].place.admin1 == "KY" and got["Madison County"].place.admin1 == "KY"


def test_one_sense_per_article_for_a_repeated_name(full):
    text = ("Flooding closed two schools in Columbus on Monday. The mayor of Columbus, Miss., said crews "
            "would work through the night, and Columbus residents were asked to stay home.")
    tops = [t for t in geoparse(nlp.load()(text), full) if t.text == "Columbus"]
    assert len(tops) == 3 and all(t.place.admin1 == "MS" for t in tops)


def test_a_hamlet_the_city_list_lacks_is_found_from_the_zip_code_table(full):
    # Ethelsville (Alabama) is under GeoNames' 500 people; data/geo/us_places.tsv has it, at its ZIP code
    got = places("Volunteers from Ethelsville, Ala., rebuilt the church roof on Saturday.", full)
    p = got["Ethelsville"].place
    assert p.admin1 == "AL" and p.feature == "PPLL" and abs(p.lat - 33.4) < 0.3 and abs(p.lon + 88.2) < 0.3


def test_a_post_office_town_joins_a_known_name_but_does_not_outvote_it(full):
    # the Postal Service's Gainesville, Alabama is a candidate, but with nothing local pointing to it a
    # known Gainesville is read; neighbourhood names (PPLX) still join only names the gazetteer lacks
    assert [p for p in full.candidates("Gainesville") if p.feature == "PPLL"]
    assert not [p for p in full.candidates("Gainesville") if p.feature == "PPLX"]
    got = places("A new clinic opened in Gainesville on Monday, the hospital said.", full)
    assert got["Gainesville"].place.feature not in ("PPLL", "PPLX")
    assert all(p.feature in ("PPLL", "PPLX") for p in full.candidates("Ethelsville"))
    # "East Texas" stays the part of Texas, not a Pennsylvania village of that name
    assert all(p.feature not in ("PPLL", "PPLX") for p in full.candidates("East Texas"))


def test_a_common_word_that_is_only_a_post_office_is_no_place(full):
    # Pennsylvania has a "Library" and Arkansas a "State University": capitalized words found by the gazetteer
    # alone are no place on their account
    got = places("The Library board met on Monday. A Kansas State University team won the contest.", full)
    assert "Library" not in got and "State University" not in got
    assert got["Kansas"].place.feature == "ADM1"


def test_the_state_whose_readings_lie_together_decides_between_namesakes(full):
    # Jacksonville and Cherokee County are each in several states; in Texas the town lies in the county,
    # elsewhere they are far apart: the closer pair wins over the larger towns
    text = ("Jacksonville police arrested two men on Friday. Cherokee County deputies helped with the search, "
            "the sheriff said.")
    got = places(text, full)
    assert got["Jacksonville"].place.admin1 == "TX" and got["Cherokee County"].place.admin1 == "TX"


def test_a_bare_state_name_is_the_state_not_a_namesake_beside_the_article_s_towns(full):
    # Illinois has a hamlet named Kansas, but "Kansas" in a story about Illinois towns is still the state
    text = "The Kansas legislature passed a farm bill. Officials in Macomb and Quincy said they would watch closely."
    got = places(text, full)
    assert got["Kansas"].place.feature == "ADM1" and got["Kansas"].place.admin1 == "KS"
    assert got["Macomb"].place.admin1 == "IL" and got["Quincy"].place.admin1 == "IL"


def test_a_hamlet_the_city_list_lacks_is_read_where_the_article_places_it(gaz):
    # the Postal Service's town of a name a bigger place has elsewhere is still a candidate: a state after
    # the name picks it; a city the reader knows keeps its name where nothing local points elsewhere
    got = places("Police in Berlin, Conn., said a truck hit a utility pole on Tuesday near the town hall.", gaz)
    assert got["Berlin"].place.country == "USA" and got["Berlin"].place.admin1 == "CT"
    got = places("Flights out of Denver were delayed for hours on Monday by a spring snowstorm.", gaz)
    assert got["Denver"].place.admin1 == "CO" and got["Denver"].place.population > 100_000


def test_a_word_a_town_has_only_as_another_name_makes_no_place(gaz):
    # GeoNames lists "The" among a Brazilian city's other names; a capitalized word is no place on that account
    assert gaz.candidates("The") and not gaz.known("The")
    got = places("The council voted on Tuesday. The new budget adds two officers to the night shift.", gaz)
    assert "The" not in got


def test_a_sum_in_dollars_tips_a_namesake_toward_the_american_town(gaz):
    text = "Mansfield will spend $2 million on new water lines, the council decided after a long meeting."
    assert places(text, gaz)["Mansfield"].place.country == "USA"
    assert places("Mansfield Town fans travelled north for the cup match on Saturday.", gaz)["Mansfield"].place.country == "GBR"


def test_an_abbreviated_saint_or_mount_finds_the_town_spelled_out(full):
    # GeoNames writes "Saint Paris" and "Mount Pleasant"; local copy writes "St. Paris" and "Mt. Pleasant"
    got = places("Volunteers from St. Paris and Urbana cleared fallen trees after the storm on Monday.", full)
    assert got["St. Paris"].place.name == "Saint Paris" and got["St. Paris"].place.admin1 == "OH"
    assert {p.admin1 for p in full.candidates("Mt. Pleasant") if p.country == "USA"} >= {"IA", "SC", "MI"}


def test_a_county_named_without_the_word_county_is_the_county(full):
    # local copy drops "County" once the county is plain ("Gwinnett", "DuPage"); a bare name a town also
    # has ("Madison") is the town's unless the article points to the county
    got = places("Commissioners in Gwinnett approved a new jail annex on Tuesday.", full)
    assert got["Gwinnett"].place.feature == "ADM2" and got["Gwinnett"].place.admin1 == "GA"
    assert any(p.feature == "ADM2" for p in full.candidates("Madison"))
    assert places("Police in Madison said the lake froze early.", full)["Madison"].place.feature.startswith("PPL")
    # a county's name shared with a common word makes no capitalized word a place on its own
    assert not any(p.feature == "ADM2" for p in full.known("Lake"))


def test_a_township_is_read_as_the_american_place_of_its_name(full):
    # "Hopewell Twp." and "Lebanon Township" are no GeoNames entries: the US places of the name are the
    # candidates (never Lebanon the country), and a state after the name picks one
    assert all(p.country == "USA" for p in full.candidates("Lebanon Township"))
    got = places("Crews in Hopewell Township, N.J., repaired a water main that broke overnight.", full)
    assert got["Hopewell Township"].place.admin1 == "NJ"


def test_a_state_s_own_name_is_the_state_over_a_city_known_by_it_as_another_name(full):
    # "New York" is the state's own name and only another name of New York City; "St. Petersburg" is the
    # Russian city's own name spelled short, so the spelled-out form counts as its own name too
    got = places("The library in Lenox lent the painting to a gallery in New York for the summer, costing $4,000.", full)
    assert got["New York"].place.feature == "ADM1" and got["New York"].place.admin1 == "NY"
    got = places("Officials in Moscow and St. Petersburg said the embassy reopened on Monday.", full)
    assert got["St. Petersburg"].place.country == "RUS"


def test_a_country_s_bare_name_before_a_town_s_noun_is_the_american_town(full):
    # the country's people and bodies take its adjective ("Jordanian police"); "a Jordan resident" and
    # "the Jordan middle school" in a US story are the town's, in every mention of the name
    text = ("A Jordan resident was hurt when his pickup left the road on Tuesday, the sheriff said. "
            "The Jordan boys team won again.")
    assert places(text, full)["Jordan"].place.country == "USA"
    got = places("The Lebanon Police said a Lebanon man, 60, was held on $500 bond in the county jail.", full)
    assert got["Lebanon"].place.country == "USA"
    got = places("Jordan and Syria signed a water treaty, the two governments said on Monday.", full)
    assert got["Jordan"].place.country == "JOR"
    # a hyphenated body ("NATO-Russia Council") is no town's council
    got = places("Washington raised the missile plan at the NATO-Russia Council on Friday, costing $2 million.", full)
    assert got["Russia"].place.country == "RUS"


def test_namesakes_that_lie_side_by_side_are_read_together(full):
    # Franklin and Williamson County are each in many states; the pair score lifts the readings that lie
    # together (Tennessee's town is in Tennessee's county) whatever their populations
    from eventwire.geo.parser import _pairs

    doc = nlp.load()("Franklin aldermen met with Williamson County officials about the new school.")
    ents = [doc[0:1], doc[4:6]]
    cands = {e.start: full.candidates(e.text) for e in ents}
    text_at = {e.start: e.text.lower() for e in ents}
    paired = _pairs(ents, cands, text_at, {})
    best = max(cands[0], key=lambda p: paired["franklin"].get(id(p), 0.0))
    assert best.country == "USA" and best.admin1 == "TN"
    got = places(doc.text, full)
    assert got["Franklin"].place.admin1 == "TN" and got["Williamson County"].place.admin1 == "TN"


def test_a_state_s_own_name_beats_a_nearby_namesake_unless_the_article_writes_the_town_with_its_state(full):
    got = places("Nevada lawmakers approved the tax plan. Farmers near Ames and Boone said they would wait and see.", full)
    assert got["Nevada"].place.feature == "ADM1" and got["Nevada"].place.admin1 == "NV"
    text = "The Nevada school board met Tuesday. Teachers in Nevada, Mo., will get a raise."
    assert all(t.place.feature == "PPL" and t.place.admin1 == "MO" for t in geoparse(nlp.load()(text), full)
               if t.text == "Nevada")


def test_the_nation_s_capital_over_a_local_namesake_and_it_vouches_for_no_locality(full):
    text = "The Cobb County sheriff traveled to Washington to testify, officials in Marietta said."
    got = places(text, full)
    assert got["Washington"].place.feature == "PPLC" and got["Washington"].place.admin1 == "DC"
    assert got["Marietta"].place.admin1 == "GA"


def test_an_abbreviation_whose_last_dot_is_split_off_or_dropped(full):
    got = places("He grew up in Charleston, W.Va. He moved away at 18.", full)
    assert got["W.Va"].place.admin1 == "WV" and got["Charleston"].place.admin1 == "WV"
    assert places("The U.S team lost the final on Sunday.", full)["U.S"].place.country == "USA"
    assert not full.dotted("Miss.") and not full.dotted("Dover")


def test_a_country_s_name_is_the_country_not_its_capital_known_by_it(full):
    assert places("Trade with Mexico rose in March, the ministry said.", full)["Mexico"].place.feature == "PCLI"
    got = places("Unemployment in the Middle East rose last year, the report said.", full)
    assert got["the Middle East"].place.feature == "RGN"


def test_a_village_the_postal_service_knows_joins_its_namesakes(full):
    # Tolland, Massachusetts is a post-office village beside the Connecticut town of the same name
    assert {p.admin1 for p in full.candidates("Tolland") if p.country == "USA"} >= {"CT", "MA"}
    got = places("Crews in Tolland, Mass., cleared a fallen oak from the town road on Tuesday.", full)
    assert got["Tolland"].place.admin1 == "MA"


def test_british_and_irish_counties_tell_the_story_s_region(full):
    got = places("Flooding closed roads across Cumbria on Sunday, and trains from Penrith to Kendal were cancelled.", full)
    assert got["Cumbria"].place.country == "GBR" and got["Cumbria"].place.feature == "ADM2"
    assert got["Penrith"].place.country == "GBR" and got["Kendal"].place.country == "GBR"
    got = places("Gardai in Kerry said the road near Killarney reopened, and a crash in Cork closed a bridge in Mallow.", full)
    assert got["Kerry"].place.country == "IRL" and got["Kerry"].place.feature == "ADM2"
    # with no population, a county abroad does not take a name from an American town in a US story
    got = places("Kent police said the sheriff's deputies found the car on Main St. near the Ohio line.", full)
    assert got["Kent"].place.country == "USA"


def test_a_name_tagged_in_part_grows_to_the_town_s_whole_name(full):
    # a dateline's "MT. VERNON" (tokens "MT", ".", "VERNON") is Mount Vernon, not a Vernon
    got = places("MT. VERNON — The school board met Monday night.", full)
    assert "MT. VERNON" in got and got["MT. VERNON"].place.name == "Mount Vernon"
    # a town's first word tagged alone grows to its whole name; a word that makes no place is left out
    from eventwire.geo.parser import _widened

    doc = nlp.load()("Coaches met in Belle Fourche on Friday. Paris police closed the bridge.")
    assert [s.text for s in _widened(doc, [doc[3:4], doc[8:9]], full)] == ["Belle Fourche", "Paris"]


def test_a_country_s_name_is_the_country_not_a_village_named_after_it(full):
    text = "Exports to Poland and Norway fell this spring, an Ohio farm group said; growers near Youngstown worry."
    got = places(text, full)
    assert got["Poland"].place.feature == "PCLI" and got["Norway"].place.feature == "PCLI"
    # a state after the name picks the village
    assert places("Police in Poland, Ohio, closed the road.", full)["Poland"].place.admin1 == "OH"


def test_a_county_s_bare_name_beside_its_towns_is_the_county_not_a_distant_town(full):
    # Sumner is a town in several states and a Tennessee county; beside the county's towns it is the county
    got = places("Sheriff's deputies in Sumner arrested two men near Gallatin and Hendersonville on Friday.", full)
    assert got["Sumner"].place.feature == "ADM2" and got["Sumner"].place.admin1 == "TN"


def test_a_new_england_town_office_points_to_new_england(full):
    from eventwire.geo.local import office_states

    text = "The Board of Selectmen in Clinton voted Tuesday to repave two roads, the first selectman said."
    assert "CT" in office_states(nlp.load()(text)) and "CA" not in office_states(nlp.load()(text))
    assert places(text, full)["Clinton"].place.admin1 in {"CT", "MA", "ME", "NH", "VT", "RI"}


def test_a_capital_abroad_before_a_town_s_council_is_the_us_town(full):
    got = places("The Athens City Council met Tuesday, and Athens residents may speak on the new budget.", full)
    assert got["Athens"].place.country == "USA"
    # the capital's own country named: the capital stays
    got = places("Greece said the Athens police will guard the port, and tourists came back to Athens.", full)
    assert got["Athens"].place.country == "GRC"


def test_a_region_s_name_is_the_region_not_a_village(full):
    got = places("The senator from Ohio spoke on peace in the Middle East at a Dayton school on Monday.", full)
    assert got["the Middle East"].place.feature == "RGN"


def test_a_place_the_model_calls_a_person_is_a_place(full):
    from spacy.tokens import Span

    # a one-word "person" no one in the story is named after; a two-word "person" that is a country
    doc = nlp.load()("Tbilisi rejected the claim on Sunday. Later, officials of Sri Lanka and Sri Lanka met.")
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 11, 13, label="GPE"), Span(doc, 14, 16, label="PERSON")]
    got = [(t.text, t.place.country) for t in geoparse(doc, full)]
    assert ("Tbilisi", "GEO") in got and got.count(("Sri Lanka", "LKA")) == 2
    # a surname on its second mention is the person's
    doc = nlp.load()("Jane Tbilisi won the race. Tbilisi said she trained for a year.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 6, 7, label="PERSON")]
    assert not [t for t in geoparse(doc, full) if t.text == "Tbilisi"]


def test_an_irish_county_written_the_american_way(full):
    assert any(p.country == "IRL" and p.feature == "ADM2" for p in full.candidates("Mayo County"))


def test_a_dateline_with_a_colon_before_a_quote(full):
    got = places('KHARTOUM: "We will hold the bridge," the army said on Sunday.', full)
    assert got["KHARTOUM"].place.country == "SDN"


def test_a_union_s_two_capitals_tagged_an_organization_are_a_place(full):
    from spacy.tokens import Span

    doc = nlp.load()("Farmers in the EU sold less grain this year.")
    doc.ents = [Span(doc, 3, 4, label="ORG")]
    got = {t.text: t for t in geoparse(doc, full)}
    assert got["EU"].place.name == "European Union"


def test_a_feature_the_gazetteer_lacks_lies_by_the_nearest_place_named(full):
    from spacy.tokens import Span

    text = "Kayakers pulled an old canoe from Quillmoor Pond near Dothan, Ala., on a cold Friday."
    doc = nlp.load()(text)
    creek = doc.char_span(text.index("Quillmoor"), text.index(" near"))
    town = doc.char_span(text.index("Dothan"), text.index(", Ala"))
    doc.ents = [Span(doc, creek.start, creek.end, label="LOC"), Span(doc, town.start, town.end, label="GPE")]
    got = {t.text: t for t in geoparse(doc, full)}
    assert got["Quillmoor Pond"].candidates == 0 and got["Quillmoor Pond"].place.admin1 == "AL"
    # the geocode line says the place is the neighbour's, not the pond's own
    assert got["Quillmoor Pond"].to_dict()["approximate"] is True and got["Dothan"].to_dict()["approximate"] is False
    # with no other place named, it stays unresolved
    doc = nlp.load()("Kayakers pulled an old canoe from Quillmoor Pond on a cold Friday.")
    doc.ents = [Span(doc, 6, 8, label="LOC")]
    assert [t.place for t in geoparse(doc, full)] == [None]


def _with_ents(text, spans):
    from spacy.tokens import Span

    doc = nlp.load()(text)
    ents = []
    for name, label in spans:
        s = doc.char_span(text.index(name), text.index(name) + len(name))
        ents.append(Span(doc, s.start, s.end, label=label))
    doc.ents = ents
    return doc


def test_a_feature_beside_a_state_lies_by_the_state_s_town_not_its_centre(full):
    text = "Anglers crowded Quillmoor Pond in Minnesota last weekend, a bait seller in Duluth told reporters."
    doc = _with_ents(text, [("Quillmoor Pond", "LOC"), ("Minnesota", "GPE"), ("Duluth", "GPE")])
    got = {t.text: t for t in geoparse(doc, full)}
    assert got["Quillmoor Pond"].candidates == 0 and got["Quillmoor Pond"].place.name == "Duluth"


def test_a_town_s_name_inside_a_lake_s_name_is_not_the_town(full):
    text = "Rangers shut the boat ramps at Lake Dalton after the storm, a spokesman in Boise, Idaho, said."
    doc = _with_ents(text, [("Dalton", "GPE"), ("Boise", "GPE"), ("Idaho", "GPE")])
    got = {t.text: t for t in geoparse(doc, full)}
    assert got["Dalton"].candidates == 0 and got["Dalton"].place.admin1 == "ID"
    text = "Volunteers hauled tires out of the Springfield River on Saturday, officials in Reno, Nev., said."
    doc = _with_ents(text, [("Springfield", "GPE"), ("Reno", "GPE")])
    got = {t.text: t for t in geoparse(doc, full)}
    # no Springfield reads as the river (a town reading is dropped): it lies by the town named
    assert got["Springfield"].candidates == 0 and got["Springfield"].place.name == "Reno"


def test_a_state_s_own_name_drops_a_big_city_that_has_it_only_as_another_name(full):
    from eventwire.geo.parser import _state_over_towns

    # GeoNames' city is "New York City": the bare "New York" is the state's own name
    assert [p.feature for p in _state_over_towns("New York", full.candidates("New York"))] == ["ADM1"]
    # a capital or a big city of the name itself keeps every reading
    assert any(p.feature == "PPLC" for p in _state_over_towns("Washington", full.candidates("Washington")))
    got = places("Dairy farmers across New York sold less milk this winter, a trade group in Albany reported.", full)
    assert got["New York"].place.feature == "ADM1"


def test_a_town_written_once_with_its_state_is_that_town_in_every_mention(full):
    text = ("Choirs from Louisville, Ky., and New Haven, Conn., sang on the first night. "
            "By Sunday the New Haven singers had won, and the judges in Louisville praised them.")
    got = [t for t in geoparse(nlp.load()(text), full) if t.text == "New Haven"]
    assert len(got) == 2 and {t.place.admin1 for t in got} == {"CT"}


def test_a_big_city_s_name_is_the_city_not_a_hamlet_of_the_name(full):
    from eventwire.geo.parser import _city_over_hamlets

    cands = full.candidates("Denver")
    assert any(p.feature in ("PPLL", "PPLX") for p in cands)  # Postal Service hamlets named Denver
    assert not any(p.feature in ("PPLL", "PPLX") for p in _city_over_hamlets("Denver", cands))
    got = places("A Denver firm wants to build a warehouse near Richmond, Indiana, the county board heard.", full)
    assert got["Denver"].place.admin1 == "CO"


def test_a_town_s_name_cut_short_is_the_town_named_in_full(full):
    text = ("Avondale Estates will repave two streets this summer. "
            "Avondale expects the work to take six weeks, the town manager told the board.")
    got = {t.text: t for t in geoparse(nlp.load()(text), full)}
    assert got["Avondale Estates"].place.admin1 == "GA"
    assert got["Avondale"].place.name == "Avondale Estates" and got["Avondale"].place.admin1 == "GA"


def test_a_state_s_name_after_a_town_abroad_is_the_country(full):
    got = places("TBILISI, Georgia — A Georgian judge ordered two men held on Wednesday after a clash.", full)
    assert got["Georgia"].place.feature == "PCLI" and got["Georgia"].place.country == "GEO"


def test_a_dateline_after_the_story_s_date(full):
    from eventwire.geo.parser import DATELINE

    text = "By Jane Roe, staff writer, May 4, 2011 ZANESVILLE -- The school board met on Monday night."
    assert [m.group(1) for m in DATELINE.finditer(text)] == ["ZANESVILLE"]
    got = places(text, full)
    assert got["ZANESVILLE"].place.admin1 == "OH"


def test_a_county_named_after_a_town_of_the_article_is_in_the_town_s_state(full):
    text = ("A DeKalb man was held on Friday after a fight at a bowling alley in DeKalb, police said. "
            "Taylor, a friend, told DeKalb County deputies he saw the fight.")
    got = [t for t in geoparse(nlp.load()(text), full) if t.text.startswith("DeKalb")]
    assert {t.place.admin1 for t in got} == {"IL"} and any(t.place.feature == "ADM2" for t in got)


def test_a_sea_or_an_ocean_is_the_water_not_a_town_of_its_name(full):
    got = places("Two tankers crossed the Red Sea on Tuesday, a shipping agent in Jeddah told reporters.", full)
    assert got["the Red Sea"].place.name == "Red Sea" and got["the Red Sea"].place.feature == "RGN"
    got = places("The yacht sailed from San Diego into the Pacific last week with a crew of four.", full)
    pacific = next(t for k, t in got.items() if "Pacific" in k)
    assert pacific.place.name == "Pacific Ocean" and pacific.place.country == ""
