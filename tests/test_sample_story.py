"""End to end on the sample wire story: the events an analyst expects, and nothing false."""

from __future__ import annotations

from eventwire.schema import validate_event


def _find(events, typ, src_country=None, tgt_country=None):
    return [e for e in events if e.event_type == typ
            and (src_country is None or e.source.country == src_country)
            and (tgt_country is None or (e.target is not None and e.target.country == tgt_country))]


def test_every_record_is_schema_valid(sample_dicts):
    assert sample_dicts
    for d in sample_dicts:
        validate_event(d)


def test_offsets_point_into_the_article(sample_text, sample_events):
    for e in sample_events:
        for span in [e.source, e.target, e.trigger]:
            if span is not None:
                assert sample_text[span.start:span.end] == span.text


def test_meeting_is_consult_between_kim_and_shoigu_in_pyongyang(sample_events):
    meets = [e for e in _find(sample_events, "CONSULT", "PRK", "RUS") if e.trigger.text == "meeting"]
    assert len(meets) == 1
    ev = meets[0]
    assert "Kim Jong-un" in ev.source.text and ev.source.sector == "GOV" and ev.source.code == "PRKGOV"
    assert "Shoigu" in ev.target.text and ev.target.sector in ("MIL", "GOV")
    assert ev.location is not None and ev.location.name == "Pyongyang" and ev.location.country == "PRK"
    assert ev.attribution is not None and "KCNA" in ev.attribution.text and ev.attribution.code == "PRKJRN"
    assert ev.cameo_code.startswith("04") and ev.quad_class == 1


def test_pledge_is_agree_between_the_two_parties(sample_events):
    pledges = [e for e in _find(sample_events, "AGREE") if e.trigger.text == "pledged"]
    dyads = {(e.source.country, e.target.country) for e in pledges}
    assert dyads == {("PRK", "RUS"), ("RUS", "PRK")}
    assert all(not e.modality.negated for e in pledges)


def test_putins_letter_passed_on_is_cooperative_rus_to_prk(sample_events):
    letter = [e for e in sample_events if e.trigger.text == "presented"]
    assert len(letter) == 1
    ev = letter[0]
    assert ev.source.country == "RUS" and ev.target.country == "PRK"
    assert ev.quad_class in (1, 2) and ev.goldstein >= 0


def test_accusation_by_the_west_against_pyongyang_is_historical(sample_events):
    acc = _find(sample_events, "ACCUSE", tgt_country="PRK")
    assert len(acc) == 1
    ev = acc[0]
    assert ev.source.text == "the West" and ev.source.code == "WST"
    assert ev.target.text == "Pyongyang"
    assert ev.modality.historical


def test_nor_is_it_mentioned_whether_gives_no_event(sample_events):
    # sentence: "Nor is it mentioned whether both parties discussed ... supplies of weapons ..."
    for e in sample_events:
        if e.sentence.startswith("Nor is it mentioned"):
            assert e.trigger.text == "accused", f"unexpected event from the whether-clause: {e.trigger.text}"


def test_the_talk_it_is_believed_they_had_is_hedged(sample_events):
    # "... in which it is believed that Kim and Shoigu were able to talk about the growing bitterness ..."
    talks = [e for e in sample_events if e.trigger.text == "talk"]
    assert {(e.source.code, e.target.code) for e in talks} == {("PRKGOV", "RUSGOV"), ("RUSGOV", "PRKGOV")}
    assert all(e.modality.hedged and not e.modality.negated for e in talks)


def test_refusal_to_talk_with_seoul_and_washington(sample_events):
    rej = _find(sample_events, "REJECT", "PRK")
    assert {e.target.country for e in rej} == {"KOR", "USA"}
    assert all(e.event_mode == "meet" and e.modality.historical for e in rej)


def test_relative_date_last_tuesday(sample_events):
    arrival = [e for e in sample_events if e.trigger.text == "arrived"]
    assert len(arrival) == 1
    assert arrival[0].date == "2023-07-25" and arrival[0].date_text == "last Tuesday"
    assert arrival[0].event_type == "CONSULT" and arrival[0].event_mode == "visit"


def test_events_are_explained(sample_events):
    for e in sample_events:
        assert any("lexicon rule" in x for x in e.explanation)
        assert any(x.startswith("source:") for x in e.explanation)


def test_event_ids_are_stable(sample_text, sample_events):
    import eventwire

    again = eventwire.code_text(sample_text, published="2023-07-27", article_id="kim-shoigu")
    assert [e.event_id for e in again] == [e.event_id for e in sample_events]
    assert len({e.event_id for e in again}) == len(again)


SAMPLE_ACTORS = [
    # phrase as it appears in the story, country, sector (None: no sector expected), kind
    ("The North Korean leader, Kim Jong-un", "PRK", "GOV", "person"),
    ("the Russian Defense Minister, Seguéi Shoigu", "RUS", "GOV", "person"),
    ("Kim Jong-un", "PRK", "GOV", "person"),
    ("Russian President Vladimir Putin", "RUS", "GOV", "person"),
    ("KCNA", "PRK", "JRN", "organization"),
    ("Rodong", "PRK", "JRN", "organization"),
    ("Pyongyang", "PRK", "GOV", "country"),
    ("Seoul", "KOR", "GOV", "country"),
    ("Washington", "USA", "GOV", "country"),
    ("Beijing", "CHN", "GOV", "country"),
    ("Moscow", "RUS", "GOV", "country"),
    ("the West", None, None, "region"),
    ("The Russian delegation", "RUS", "GOV", "agent"),
    ("a Russian military delegation", "RUS", "MIL", "agent"),
    ("the North Korean regime", "PRK", "GOV", "agent"),
    ("the Democratic People's Republic of Korea", "PRK", None, "country"),
    ("Russia", "RUS", None, "country"),
    ("China", "CHN", None, "country"),
    ("North Korea", "PRK", None, "country"),
    ("the United States", "USA", None, "country"),
    ("the European Union", "EUR", None, "organization"),  # the body in the country position
    ("South Korea", "KOR", None, "country"),
    ("Japan", "JPN", None, "country"),
    ("Australia", "AUS", None, "country"),
    ("Ukraine", "UKR", None, "country"),
    ("United Nations Security Council", "UNO", "GOV", "organization"),
    ("North Korean workers", "PRK", "LAB", "agent"),
]


def test_every_actor_in_the_sample_is_coded_right(sample_text):
    from eventwire import resolve_actor

    for phrase, country, sector, kind in SAMPLE_ACTORS:
        assert phrase in sample_text, phrase
        r = resolve_actor(phrase, date="2023-07-27")
        assert (r.country, r.kind) == (country, kind), (phrase, r)
        if sector is not None:
            assert r.sector == sector, (phrase, r)
    assert resolve_actor("the West").code == "WST"
    assert resolve_actor("the European Union").code == "EUR"


def test_the_north_korean_agency_is_kcna(sample_events):
    pledges = [e for e in sample_events if e.trigger.text == "pledged"]
    assert pledges and all(e.attribution is not None and e.attribution.code == "PRKJRN" for e in pledges)
    assert "KCNA" in pledges[0].attribution.name or "Korean Central" in pledges[0].attribution.name
