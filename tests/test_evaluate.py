"""Metrics of ``eventwire.evaluate`` on a tiny hand-written gold file with legacy PLOVER names."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwire.evaluate import NONE, Report, evaluate_file, gold_types


def test_legacy_names_map_to_current_types():
    assert gold_types("DEMAND") == ("REQUEST",)
    assert gold_types("disapprove") == ("ACCUSE",)
    assert gold_types("INVESTIGATE") == ("ACCUSE",)
    assert gold_types("FIGHT") == ("ASSAULT",)
    assert gold_types("YIELD") == ("CONCEDE", "RETREAT")
    assert gold_types("") == (NONE,)


def test_report_metrics_by_hand():
    rep = Report("dyad")
    rep.add("YIELD", "RETREAT")      # correct: YIELD covers RETREAT
    rep.add("YIELD", "CONCEDE")      # correct: and CONCEDE
    rep.add("YIELD", "AID")          # wrong, counted against CONCEDE (quad 1), AID is quad 2
    rep.add("DEMAND", "REQUEST")     # correct
    rep.add("FIGHT", "COERCE")       # wrong type, same quad (4)
    rep.add("DISAPPROVE", "ACCUSE")  # correct
    assert rep.n == 6
    assert rep.correct == 4
    assert rep.accuracy == pytest.approx(4 / 6)
    assert rep.quad_correct == 5
    assert ("RETREAT", "RETREAT") in rep.pairs and ("CONCEDE", "CONCEDE") in rep.pairs
    assert ("CONCEDE", "AID") in rep.pairs and ("ASSAULT", "COERCE") in rep.pairs
    pt = rep.per_type()
    assert pt["CONCEDE"]["recall"] == pytest.approx(0.5) and pt["CONCEDE"]["precision"] == 1.0
    assert pt["ASSAULT"]["recall"] == 0.0 and pt["COERCE"]["precision"] == 0.0
    assert pt["REQUEST"]["f1"] == 1.0
    labels, m = rep.confusion()
    assert sum(map(sum, m)) == 6
    assert m[labels.index("ASSAULT")][labels.index("COERCE")] == 1
    assert 0 < rep.macro_f1 < 1
    d = rep.to_dict()
    assert d["n"] == 6 and d["confusion"]["labels"] == labels
    assert "type accuracy: 0.667" in rep.render()


GOLD = [
    # sentence, marked_sentence, source, target, gold_root
    ("Police arrested six students in Dhaka.", "<s>Police</s> arrested <t>six students</t> in Dhaka.",
     "Police", "six students", "COERCE"),
    ("The rebels released two hostages on Friday.", "", "The rebels", "two hostages", "YIELD"),
    ("Farmers urged the government to cut fuel taxes.", "", "Farmers", "the government", "DEMAND"),
    ("Warplanes bombed rebel positions near the town.", "", "Warplanes", "rebel positions", "FIGHT"),
    ("The minister criticised the central bank for raising rates.", "", "The minister", "the central bank",
     "DISAPPROVE"),
    ("Kenya met Uganda.", "", "Tanzania", "Uganda", "CONSULT"),  # source absent: reported as failed
]


@pytest.fixture()
def gold_tsv(tmp_path: Path) -> Path:
    path = tmp_path / "gold.tsv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["sentence", "marked_sentence", "source", "target", "gold_root"])
        w.writerows(GOLD)
    return path


def test_evaluate_file_dyad_with_plot(gold_tsv: Path, tmp_path: Path):
    pytest.importorskip("matplotlib")
    from eventwire.events.classifier import load_default

    if load_default() is None:
        pytest.skip("no shipped dyad model")
    png = tmp_path / "confusion.png"
    rep = evaluate_file(gold_tsv, task="dyad", plot=str(png))
    assert rep.n == 5
    assert len(rep.failed) == 1 and "Tanzania" in rep.failed[0]
    assert all(p != NONE for _, p in rep.pairs)  # dyad gold always holds an event
    assert rep.accuracy >= 0.8
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_events_task_reads_an_implicit_gold_target_as_no_target(tmp_path: Path):
    """A gold target in no span of the sentence ("a recipient") cannot be linked: the source and the
    type decide, as for --task dyad."""
    path = tmp_path / "gold.tsv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["sentence", "marked_sentence", "source", "target", "gold_root"])
        w.writerow(["Teachers in Uganda went on strike for higher wages on Tuesday.",
                    "<s>Teachers in Uganda</s> went on strike for higher wages on Tuesday.", "Teachers in Uganda",
                    "a recipient", "PROTEST"])
        w.writerow(["Police in Kenya arrested five protesters on Monday.", "", "Police in Kenya",
                    "the opposition", "COERCE"])
    rep = evaluate_file(path, task="events")
    found = [p for g, p in rep.pairs]
    assert found[0] == "PROTEST"  # marked without a target: the strike by the teachers is the gold event
    assert found[1] == "COERCE"  # a gold target the sentence never names cannot be linked either


def test_events_task_links_a_gold_span_whichever_marks_the_article(tmp_path: Path):
    """The gold marks "police convoy in western Afghanistan", the coder "a police convoy": the same target,
    one with its article, the other with its place."""
    path = tmp_path / "gold.tsv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        w.writerow(["sentence", "marked_sentence", "source", "target", "gold_root"])
        w.writerow(["The rebels ambushed a police convoy in northern Mali on Sunday.", "", "The rebels",
                    "police convoy in northern Mali", "ASSAULT"])
    rep = evaluate_file(path, task="events")
    assert [p for _, p in rep.pairs] == ["ASSAULT"]
