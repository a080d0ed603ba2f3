"""The neural typer (ONNX, no torch) and how it combines with the regression; the corpus checker."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from eventwire.events import neural
from eventwire.events.classifier import DyadClassifier, classify_spans, load_default
from eventwire.events.train import check_corpus

ROOT = Path(__file__).resolve().parents[1]


def test_markers_wrap_source_and_target_in_either_order():
    text = "Russia attacked Ukraine."
    marked, s_at, t_at = neural.mark(text, (0, 6), (16, 23))
    assert marked == "@ Russia @ attacked # Ukraine #."
    assert marked[s_at] == "@" and marked[t_at] == "#"
    marked, s_at, t_at = neural.mark(text, (16, 23), (0, 6))
    assert marked == "# Russia # attacked @ Ukraine @."
    assert marked[s_at] == "@" and marked[t_at] == "#"


def test_missing_target_points_at_cls():
    typer = neural.load_default()
    if typer is None:
        pytest.skip("neural typer not shipped or switched off")
    ids, att, pos = neural.encode(typer.tokenizer, [("Protesters marched in Paris.", (0, 10), None)])
    assert pos[0, 1] == 0 and pos[0, 0] > 0
    assert att.sum() == ids.shape[1]


def test_probabilities_are_a_distribution_and_batch_order_is_kept():
    typer = neural.load_default()
    if typer is None:
        pytest.skip("neural typer not shipped or switched off")
    items = [("Russian jets bombed a hospital in Aleppo on Monday.", (0, 12), (20, 39)),
             ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.",
              (0, 29), (34, 69)),
             ("Germany sent 50 tonnes of medical supplies to Nepal after the earthquake.", (0, 7), (46, 51))]
    P = typer.probs(items)
    assert P.shape == (3, len(typer.labels))
    assert np.allclose(P.sum(axis=1), 1.0, atol=1e-4)
    top = [typer.labels[i] for i in P.argmax(axis=1)]
    assert top == ["ASSAULT", "CONSULT", "AID"]
    # an item's answer does not depend on the items asked with it (else an event comes and goes
    # with the other pairs of its sentence)
    for k, it in enumerate(items):
        assert np.array_equal(typer.probs([it])[0], P[k])
        assert np.array_equal(typer.probs([items[(k + 1) % 3], it])[1], P[k])


def test_switching_the_neural_typer_off_keeps_the_regression(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_NEURAL", "0")
    neural.load_default.cache_clear()
    load_default.cache_clear()
    try:
        model = load_default()
        assert model is not None and model.neural is None
        pred = classify_spans([("Russian jets bombed a hospital in Aleppo.", (0, 12), (20, 40))])[0]
        assert pred.type == "ASSAULT"
    finally:
        monkeypatch.delenv("EVENTWIRE_NEURAL")
        neural.load_default.cache_clear()
        load_default.cache_clear()


def test_average_with_the_neural_typer():
    model = DyadClassifier(["AID", "MOBILIZE", "NONE"], {"bias": 0}, np.zeros((1, 3), np.float32),
                           np.log(np.array([0.3, 0.6, 0.1], np.float32)))
    alone = model._to_prediction(model.scores(["bias"]))
    assert alone.type == "MOBILIZE"
    both = model._to_prediction(model.scores(["bias"]), neural={"AID": 0.9, "MOBILIZE": 0.05, "NONE": 0.05})
    assert both.type == "AID"
    assert abs(sum(both.probabilities.values()) - 1.0) < 1e-5


def test_specific_cameo_code_comes_from_the_trigger():
    pred = classify_spans([("The European Union imposed new sanctions on Belarus.", (0, 18), (44, 51))])[0]
    assert (pred.type, pred.mode, pred.cameo_code) == ("COERCE", "restrict", "163")


def test_committed_training_corpus_is_clean():
    assert check_corpus(ROOT / "training" / "events") == []


def test_corpus_checker_names_the_line_and_the_problem(tmp_path):
    (tmp_path / "bad.tsv").write_text(
        "sentence\ttype\tmode\tcameo\n"
        "<s>Kenya</s> met <t>Uganda</t>.\tCONSULT\tvisit\t042\n"
        "Kenya met Uganda.\tCONSULT\t\t040\n"
        "<s>Kenya</s> hosted <t>Uganda</t>.\tCONSULT\tarrest\t040\n"
        "<s>Kenya</s> shelled <t>Uganda</t>.\tASSAULT\t\t040\n"
        "<s>Kenya</s> met <t>Uganda</t>.\tCONSULT\tvisit\t042\n", encoding="utf-8")
    problems = check_corpus(tmp_path)
    assert problems == [
        "bad.tsv:3: no <s>..</s> source marker",
        "bad.tsv:4: mode 'arrest' is not a mode of CONSULT",
        "bad.tsv:5: CAMEO 040 is CONSULT, not ASSAULT",
        "bad.tsv:6: duplicate of bad.tsv:2",
    ]


def test_trainer_refuses_a_corpus_with_problems(tmp_path, capsys):
    from eventwire.events.train import main

    (tmp_path / "bad.tsv").write_text("sentence\ttype\tmode\tcameo\nKenya met Uganda.\tCONSULT\t\t040\n",
                                      encoding="utf-8")
    assert main(["--corpus", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "bad.tsv:2: no <s>..</s> source marker" in err and "fix them before training" in err
    assert not (tmp_path / "out").exists()


def test_announced_meeting_is_an_intent_to_meet():
    # CAMEO 036 ("express intent to meet") is AGREE in the crosswalk; the event is flagged future
    import eventwire

    evs = eventwire.code_text("Indian Prime Minister Narendra Modi will meet Chinese President Xi Jinping in Kazan "
                              "on Tuesday, officials said.", published="2024-10-20")
    assert [(e.event_type, e.cameo_code, e.modality.future) for e in evs] == [("AGREE", "036", True)]


def test_signing_is_support_057_and_a_promise_stays_agree():
    a, b = classify_spans([
        ("Kenya and Uganda signed a border agreement in Nairobi on Monday.", (0, 5), (10, 16)),
        ("Kenya promised Uganda that it would reopen the border crossing next week.", (0, 5), (15, 21)),
    ])
    assert (a.type, a.cameo_code) == ("SUPPORT", "057")
    assert a.quad_class == 1 and b.type == "AGREE"


def test_pairs_that_cannot_reach_the_threshold_are_not_sent_to_the_encoder_and_no_outcome_changes():
    """The encoder is most of the coder's own time; a pair is asked about only when some type could
    still clear the caller's threshold (the higher one where no word of the sentence triggers that
    type). Whatever the caller keeps must be the same with and without that saving."""
    from eventwire import nlp as nlp_mod

    model = load_default()
    if model is None or model.neural is None:
        pytest.skip("neural typer not shipped or switched off")
    doc = nlp_mod.load()(
        "Officials from Mexico, Canada and the European Union said on Monday that Russia shelled Kharkiv, "
        "while Germany sent medical supplies to Poland and France.")
    sent = next(iter(doc.sents))
    ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("GPE", "ORG", "NORP")]
    pairs = [(a, b) for a in ents for b in ents if a != b]
    asked = []
    probs = model.neural.probs

    def counting(items, *a, **k):
        asked.append(len(items))
        return probs(items, *a, **k)

    model.neural.probs = counting
    try:
        every = model.predict_pairs(sent, pairs, neural_filter=1.1)
        n_every = sum(asked)
        asked.clear()
        bounded = model.predict_pairs(sent, pairs, neural_filter=1.1, min_confidence=0.6, min_without_trigger=0.85)
        n_bounded = sum(asked)
    finally:
        del model.neural.probs
    assert n_bounded < n_every
    from eventwire.events.classifier import LABELS_NONE, lexicon_trigger

    kept = 0
    for (s, t), full, cut in zip(pairs, every, bounded):
        if full.type == LABELS_NONE or full.confidence < 0.6:
            continue
        if lexicon_trigger(doc, s, t, full.type, model.lexicon) is None and full.confidence < 0.85:
            continue
        kept += 1
        assert (cut.type, cut.confidence) == (full.type, full.confidence), doc.text[s[0]:s[1]]
    assert kept >= 1  # "Russia shelled Kharkiv", "Germany sent medical supplies to Poland"
