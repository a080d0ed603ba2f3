"""Did it happen, and who says so (round two): attribution chains, modality families, frames that
make conflict words no events, calibrated confidence, and the project's own test sets.

The sentences here are written for these tests; the larger sets under fixtures/nonfactual are
measured by ``eventwire evaluate tests/fixtures/nonfactual --task modality`` (a report, not a test).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import re
from pathlib import Path

import duckdb
import pytest

import eventwire
from eventwire.events.calibration import Calibration, expected_calibration_error, fit, load
from eventwire.store import SCHEMA_VERSION, Store
from eventwire.store.flat import FIELDS, flatten

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "nonfactual"
PUB = "2024-06-15"
PUB_DATE = dt.date(2024, 6, 15)


def code(text: str, keep: bool = True):
    return eventwire.code_text(text, published=PUB, keep_nonfactual=keep)


def flags(ev) -> set[str]:
    return {k for k, v in vars(ev.modality).items() if v}


def on(events, word: str):
    found = [e for e in events if word in e.trigger.text]
    assert found, f"no event on '{word}': {[(e.event_type, e.trigger.text) for e in events]}"
    return found[0]


# -- the test sets are kept out of every training corpus ------------------------------------------
def _norm(s: str) -> str:
    s = re.sub(r"</?[st]>", "", s)
    return re.sub(r"\W+", " ", s).strip().lower()


def _training_sentences() -> set[str]:
    out = set()
    for path in [*(ROOT / "training" / "events").glob("*.tsv"), *(ROOT / "training" / "calibration").glob("*.tsv")]:
        with path.open(encoding="utf-8", newline="") as fh:
            out.update(_norm(r["sentence"]) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return out


def test_no_test_sentence_is_in_a_training_corpus():
    from eventwire.evaluate.modality import read_sets

    non_events, modality = read_sets(FIXTURES)
    assert len(non_events) >= 400 and len(modality) >= 400
    trained = _training_sentences()
    leaked = [r["sentence"] for r in non_events + modality if _norm(r["sentence"]) in trained]
    assert leaked == []


def test_the_calibration_corpus_is_not_the_typers_training_corpus():
    typer = set()
    for path in (ROOT / "training" / "events").glob("*.tsv"):
        with path.open(encoding="utf-8", newline="") as fh:
            typer.update(_norm(r["sentence"]) for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    from eventwire.events.calibrate import read_corpus

    rows = read_corpus(ROOT / "training" / "calibration")
    assert len(rows) >= 1000
    assert [r["text"] for r in rows if _norm(r["text"]) in typer] == []


def test_every_modality_row_names_its_trigger_and_flags():
    from eventwire.evaluate.modality import FLAGS, read_sets

    _, modality = read_sets(FIXTURES)
    for r in modality:
        assert r["trigger"] and r["trigger"] in r["sentence"], r
        assert all(r[f] in ("0", "1") for f in FLAGS), r


# -- attribution ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, outlet, cited", [
    ("Reuters, citing state media, reported that Russian troops attacked Kharkiv on Friday.", "Reuters", "state media"),
    ("AFP quoted a military spokesman as saying that Israeli jets bombed Rafah.", "AFP", "a military spokesman"),
    ("According to Yonhap, which cited government sources, North Korea fired missiles at South Korea.", "Yonhap",
     "government sources"),
    ("CNN reported, citing two Egyptian officials, that Hamas negotiators met Qatari mediators in Doha.", "CNN",
     "two Egyptian officials"),
])
def test_an_attribution_chain_names_the_outlet_and_its_source(text, outlet, cited):
    ev = code(text)[0]
    assert ev.attribution.text == outlet and ev.attribution.via.text == cited
    assert text[ev.attribution.via.start:ev.attribution.via.end] == cited


def test_photos_published_by_an_outlet_are_attributed_to_it():
    ev = on(code("According to photos published by Rodong Sinmun, Kim Jong Un met Sergei Shoigu in Pyongyang."), "met")
    assert ev.attribution.text == "Rodong Sinmun"


def test_the_denier_and_the_claimant_are_the_attribution_but_an_announcer_of_its_own_act_is_not():
    ev = on(code("Hezbollah denied that its fighters fired rockets at an Israeli base near Safed on Friday."), "fired")
    assert ev.attribution.text == "Hezbollah" and "negated" in flags(ev)
    ev = on(code("The Houthis said they had attacked a British-owned tanker in the Gulf of Aden on Friday."), "attacked")
    assert ev.attribution.text == "The Houthis" and "historical" not in flags(ev)  # backshift, not long ago
    ev = on(code("The European Commission announced provisional tariffs on Chinese electric vehicles on Wednesday."),
            "tariffs")
    assert ev.attribution is None


def test_nobody_vouches_for_what_nobody_could_say():
    evs = code("Officials in Brussels could not say whether Belarus ordered the deployment of troops to the border.")
    assert all(e.attribution is None for e in evs)


def test_via_travels_to_the_flat_form_the_schema_and_the_store(tmp_path):
    ev = code("Reuters, citing state media, reported that Russian troops attacked Kharkiv on Friday.")[0]
    row = flatten(ev.to_dict())
    assert row["attribution_via_text"] == "state media" and "attribution_via_text" in FIELDS
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "eventwire" / "data" / "schema" / "event.schema.json").read_text())
    jsonschema.validate(ev.to_dict(), schema)
    with Store(tmp_path / "v.duckdb") as st:
        art = eventwire.records.Article(id="r1", text=ev.sentence, published=PUB_DATE)
        st.save(art, [ev])
        assert st.rows()[0]["attribution_via_text"] == "state media"


def test_a_version_3_database_gains_the_via_columns(tmp_path):
    path = tmp_path / "v3.duckdb"
    ev = code("Reuters, citing state media, reported that Russian troops attacked Kharkiv on Friday.")[0]
    with Store(path) as st:
        st.save(eventwire.records.Article(id="r1", text=ev.sentence, published=PUB_DATE), [ev])
    con = duckdb.connect(str(path))
    for f in ("text", "name", "code"):
        con.execute(f"ALTER TABLE events DROP COLUMN attribution_via_{f}")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    con.close()
    with Store(path) as st:
        assert st.schema_version() == SCHEMA_VERSION == 4
        assert "attribution_via_text" in st.rows()[0]


# -- modality families ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, word, expected", [
    ("No talks were held between Israeli and Hamas negotiators in Doha on Friday.", "talks", {"negated"}),
    ("None of the NATO allies deployed additional Patriot batteries to Poland this week.", "deployed", {"negated"}),
    ("Serbia no longer supplies ammunition to Ukraine, Serbian President Aleksandar Vucic said on Friday.",
     "supplies", {"negated"}),
    ("Azerbaijan's defence ministry denied that its soldiers opened fire on Armenian positions overnight.",
     "opened", {"negated"}),
    ("Israel's military rejected reports that its troops had raided a UN-run school in central Gaza on Thursday.",
     "raided", {"negated"}),
    ("An attempt by Hungary to broker a meeting between Putin and Zelensky collapsed this week.", "meeting",
     {"negated"}),
    ("Russian mercenaries are said to have attacked a village in central Mali last week.", "attacked", {"hedged"}),
    ("It is believed that Russian forces shelled the town of Vovchansk on Thursday.", "shelled", {"hedged"}),
    ("The Houthis said they had attacked a Greek-owned tanker in the Red Sea, a claim that could not be "
     "independently verified.", "attacked", {"hedged"}),
    ("Russian troops may have shelled the village of Vovchansk on Thursday.", "shelled", {"hedged"}),
    ("The European Union could impose sanctions on Georgian officials if the foreign agents law is not repealed.",
     "sanctions", {"hypothetical"}),
    ("Polish Prime Minister Donald Tusk is due to visit Kyiv on Monday.", "visit", {"future"}),
    ("Israeli Defence Minister Yoav Gallant will fly to Washington on June 23 for talks with Lloyd Austin.",
     "fly", {"future"}),
    ("Japanese Prime Minister Fumio Kishida hopes to hold a summit with North Korean leader Kim Jong Un.", "summit",
     {"hypothetical"}),
    ("Egypt and Israel signed a peace treaty in 1979 at the White House.", "treaty", {"historical"}),
    ("Saudi Arabia purportedly sent weapons to Sunni militias in Syria for years.", "sent", {"hedged", "historical"}),
    ("North Korea has not fired any ballistic missiles at Japan since late May.", "fired", {"negated"}),
])
def test_modality_family(text, word, expected):
    assert flags(on(code(text), word)) == expected


def test_a_threat_keeps_its_condition_and_stays_asserted():
    ev = on(code("Hezbollah threatened to shell Haifa if Israel hits Beirut."), "threatened")
    assert flags(ev) == set()


def test_a_question_is_flagged_hypothetical_and_left_out_by_default():
    text = "It is unclear whether Russian forces shelled the town of Chasiv Yar on Friday."
    kept = on(code(text), "shelled")
    assert "hypothetical" in flags(kept) and any("question" in c for c in kept.explanation)
    assert [e for e in code(text, keep=False) if "shelled" in e.trigger.text] == []


# -- frames that make conflict words no political events -----------------------------------------
@pytest.mark.parametrize("text", [
    "Brazil crushed Argentina 3-0 in the World Cup qualifier in Sao Paulo on Tuesday.",
    "The Dutch side stormed to victory in the final against Belgium in Rotterdam.",
    "In the film, Russian agents kidnap the American president during a state visit to Helsinki.",
    "The novel imagines a Chinese invasion of Taiwan told through the eyes of a fisherman.",
    "Poland commemorated the Warsaw Uprising on Thursday as sirens sounded across the capital.",
    "South Korea marked the anniversary of the start of the Korean War with a ceremony in Seoul.",
    "The yen retreated against the dollar as Tokyo stocks plunged on Friday.",
])
def test_no_political_event_in_a_match_a_plot_a_commemoration_or_a_market(text):
    assert code(text, keep=False) == []


def test_police_at_a_match_still_arrest():
    ev = on(code("Police arrested 20 Turkish fans after the match in Madrid on Friday.", keep=False), "arrested")
    assert ev.event_type == "COERCE"


# -- actors the modality set showed missing ------------------------------------------------------
def test_platforms_coordinated_nationalities_and_leaders_by_surname():
    ev = on(code("Chinese warships fired water cannon at two Philippine vessels near Scarborough Shoal."), "cannon")
    assert ev.source.code == "CHNMIL" and ev.target.country == "PHL"
    pair = {(e.source.country, e.target.country) for e in code("Saudi and Houthi officials held talks in Muscat.")}
    assert pair == {("SAU", "YEM"), ("YEM", "SAU")}
    ev = on(code("Blinken met Qatar's prime minister in Doha on Wednesday."), "met")
    assert ev.source.code == "USAGOV" and ev.source.name == "Antony Blinken"
    # a surname many people bear is no leader
    assert all(e.source is None or e.source.name != "Boris Johnson" for e in code("Johnson attacked the plan."))


# -- calibration ----------------------------------------------------------------------------------
def test_the_expected_calibration_error_of_known_cases():
    assert expected_calibration_error([0.9] * 10, [True] * 9 + [False]) == pytest.approx(0.0)
    assert expected_calibration_error([0.9] * 10, [False] * 10) == pytest.approx(0.9)


def test_fit_recovers_a_logistic_relation():
    rng = random.Random(3)
    xs = [[rng.uniform(-3, 3)] for _ in range(4000)]
    ys = [rng.random() < 1 / (1 + 2.718281828 ** -(2 * x[0] - 1)) for x in xs]
    cal = fit(xs, ys, l2=0.0)
    assert cal.weights[0] == pytest.approx(2.0, abs=0.25) and cal.bias == pytest.approx(-1.0, abs=0.2)
    probs = [cal.probability(x) for x in xs]
    assert expected_calibration_error(probs, ys) < 0.03


def test_the_shipped_map_gives_every_event_a_probability():
    assert isinstance(load(), Calibration)
    for ev in code("Russian forces shelled Kharkiv on Friday. Putin met Xi in Beijing on Thursday."):
        assert 0.0 < ev.confidence < 1.0 and any("calibrated" in c for c in ev.explanation)


def test_evaluate_modality_reports_both_figures(tmp_path):
    from eventwire.evaluate import evaluate_file

    (tmp_path / "ne.tsv").write_text("family\tsentence\nsports\tBrazil crushed Argentina 3-0 in the World Cup "
                                     "qualifier on Tuesday.\n", encoding="utf-8")
    (tmp_path / "mod.tsv").write_text(
        "family\tsentence\ttrigger\tnegated\thedged\tfuture\thypothetical\thistorical\tattribution\tvia\n"
        "denial\tHezbollah denied that its fighters fired rockets at an Israeli base near Safed on Friday.\tfired"
        "\t1\t0\t0\t0\t0\tHezbollah\t\n", encoding="utf-8")
    rep = evaluate_file(tmp_path, task="modality")
    assert rep.false_event_rate == 0.0 and rep.modality_accuracy == 1.0
    assert "false events: 0 of 1" in rep.render()


def test_a_lexicon_line_with_a_mode_its_type_lacks_is_refused(tmp_path):
    from eventwire.errors import ConfigError
    from eventwire.events import lexicon

    bad = tmp_path / "bad.tsv"
    bad.write_text("pattern\tpos\ttype\tmode\tcameo\nhand aid\tVERB\tAID\teconomic\t071\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad.tsv:2: 'economic' is not a mode of AID"):
        lexicon._read(bad, [])
