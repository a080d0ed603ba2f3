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
