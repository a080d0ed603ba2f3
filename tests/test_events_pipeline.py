"""Triggers, arguments and modality on ordinary news sentences, through the whole pipeline."""

from __future__ import annotations

import pytest

import eventwire
from eventwire.schema import validate_event


def code(text, published="2024-05-15", keep_nonfactual=None):
    evs = eventwire.code_text(text, published=published, keep_nonfactual=keep_nonfactual)
    for e in evs:
        validate_event(e.to_dict())
    return evs


def one(evs, typ):
    found = [e for e in evs if e.event_type == typ]
    assert len(found) == 1, [(e.event_type, e.source.text, e.target.text if e.target else None) for e in evs]
    return found[0]


def test_active_verb_with_object():
    ev = one(code("Israeli police arrested two Palestinian journalists in Jerusalem on Tuesday."), "COERCE")
    assert ev.source.code == "ISRCOP"
    assert ev.target.country == "PSE" and ev.target.sector == "JRN"
    assert ev.event_mode == "arrest"
    assert ev.date == "2024-05-14" and ev.date_text == "Tuesday"
    assert ev.location is not None and ev.location.name == "Jerusalem"


def test_passive_agent():
    ev = one(code("A Ukrainian army base was attacked by Russian drones on Monday."), "ASSAULT")
    assert ev.source.country == "RUS" and ev.target.country == "UKR"


def test_light_verb_and_oblique():
    ev = one(code("Chinese President Xi Jinping held talks with French President Emmanuel Macron in Beijing."), "CONSULT")
    assert ev.source.country == "CHN" and ev.target.country == "FRA"
    assert ev.trigger.text == "talks"
    assert ev.location.name == "Beijing"


def test_phrasal_verb_call_for():
    ev = one(code("The European Union called on Iran to release the detained aid workers."), "REQUEST")
    assert ev.source.country == "EUR"  # the body in the country position (POLECAT)
    assert ev.target.country == "IRN"


def test_two_events_in_one_sentence():
    evs = code("Turkish troops shelled Kurdish militia positions in Syria, and Turkey's foreign minister met "
               "his Russian counterpart in Ankara.")
    types = sorted(e.event_type for e in evs)
    assert "ASSAULT" in types and "CONSULT" in types
    meet = one(evs, "CONSULT")
    assert meet.source.country == "TUR" and meet.target.country == "RUS"


def test_coordinated_targets_give_one_event_each():
    evs = code("Washington imposed sanctions on Iran, Syria and North Korea.")
    sanc = [e for e in evs if e.event_type == "COERCE" and e.cameo_code == "163"]
    assert {e.target.country for e in sanc} == {"IRN", "SYR", "PRK"}
    assert all(e.source.code == "USAGOV" for e in sanc)


def test_negated_events_are_left_out_unless_kept_and_then_flagged():
    text = "Russia did not attack the Ukrainian port of Odesa, the ministry said."
    assert not [e for e in code(text) if e.event_type == "ASSAULT"]  # it did not happen
    ev = one(code(text, keep_nonfactual=True), "ASSAULT")
    assert ev.modality.negated


def test_hedge_future_and_condition():
    hedged = one(code("Iranian forces reportedly seized a British tanker in the Gulf."), "COERCE")
    assert hedged.modality.hedged
    fut = one(code("The German chancellor will visit Kyiv next week."), "AGREE")
    assert fut.modality.future and fut.cameo_code == "036"  # an announced visit is the intent to meet


def test_whether_clause_is_not_an_event():
    assert code("It is unclear whether Egypt will meet the Israeli delegation.") == []


def test_non_events_give_nothing():
    assert code("Brazil crushed Argentina 3-0 in a friendly on Sunday.") == []
    assert code("Shares of Apple rose 2 percent on Wall Street.") == []


def test_unknown_nouns_are_not_actors():
    # no real source: "the weather" is not an actor
    assert code("The weather attacked the harvest.") == []


@pytest.mark.parametrize("text,expected", [
    ("Protesters rallied outside parliament in Nairobi against the new tax law.", "PROTEST"),
    ("The United States sent 20 tanks to Ukraine.", "AID"),
    ("North Korea threatened South Korea with nuclear retaliation.", "THREATEN"),
    ("Hamas released four Israeli hostages on Saturday.", "RETREAT"),
])
def test_common_types(text, expected):
    evs = code(text)
    assert expected in {e.event_type for e in evs}


def test_lexicon_has_one_rule_per_pattern():
    import csv
    from collections import Counter
    from importlib import resources

    path = resources.files("eventwire") / "data" / "lexicon" / "triggers.tsv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    dup = [k for k, n in Counter((r["pattern"], r["pos"]) for r in rows).items() if n > 1]
    assert dup == []


def test_a_remembered_trigger_match_never_answers_for_another_document():
    """The lexicon remembers its matches for the document being coded; the same token position
    in the next document (or in a pickled copy sent to a worker) is matched afresh."""
    import pickle

    from eventwire import nlp as nlp_mod
    from eventwire.events import lexicon

    nlp = nlp_mod.load()
    lex = lexicon.load()
    attacked, met = nlp("Russia attacked Ukraine."), nlp("Russia met Ukraine.")
    assert lex.match(attacked[1]).type == "ASSAULT"
    assert lex.match(met[1]).type == "CONSULT"
    assert lex.match(attacked[1]).type == "ASSAULT"
    copy = pickle.loads(pickle.dumps(lex))
    assert copy.match(met[1]).type == "CONSULT" and copy.match(attacked[1]).type == "ASSAULT"


def test_pronoun_subject_of_a_reported_clause_is_the_speaker():
    ev = one(code("The Taliban said they released two Pakistani soldiers on Friday."), "RETREAT")
    assert ev.source.code.endswith("REB") or ev.source.name == "Taliban"
    assert ev.target.country == "PAK"


def test_participle_takes_the_subject_of_the_verb_above():
    ev = one(code("Kosovo's parliament adopted a resolution on Wednesday condemning President Vucic."), "ACCUSE")
    assert ev.source.country == "XKX" and ev.source.sector == "LEG"


def test_coordinated_subjects_act_on_each_other():
    evs = code("The United States and China signed a trade agreement in Geneva on Monday.")
    agree = [e for e in evs if e.event_type == "SUPPORT" and e.cameo_code == "057"]  # signing: CAMEO 057
    assert {(e.source.country, e.target.country) for e in agree} == {("USA", "CHN"), ("CHN", "USA")}
    # but not when they do something to a third thing together
    evs = code("Kim and Putin visited a weapons exhibition in Pyongyang.")
    pair = {"PRK", "RUS"}
    assert [e for e in evs if e.target is not None and {e.source.country, e.target.country} == pair
            and e.target.kind == "person"] == []


def test_quantities_definite_agents_and_denials():
    ev = one(code("Police in Nairobi fired tear gas at hundreds of protesters outside parliament."), "ASSAULT")
    assert ev.source.code == "KENCOP" and ev.target.text == "protesters"
    evs = code("Fighting erupted in Sudan. The army shelled positions held by the Rapid Support Forces.")
    assert any(e.source.code == "SDNMIL" for e in evs)
    den = one(code("Israel denied that its troops had fired on civilians in Gaza City.", keep_nonfactual=True), "ASSAULT")
    assert den.modality.negated and den.source.country == "ISR"


def test_embedded_action_is_not_coded_as_done():
    evs = code("The European Union agreed on Thursday to extend sanctions against Russia.")
    assert [e.event_type for e in evs] == ["AGREE"]
    assert evs[0].target.country == "RUS"


def test_hypothetical_events_are_left_out_unless_kept():
    text = "If Russia attacked Poland, NATO would retaliate against Moscow."
    assert code(text) == []
    kept = code(text, keep_nonfactual=True)
    assert kept and all(e.modality.hypothetical for e in kept)


def test_cli_keep_nonfactual(tmp_path, capsys):
    from eventwire.cli import main

    src = tmp_path / "a.txt"
    src.write_text("Russia did not attack the Ukrainian port of Odesa, the ministry said.", encoding="utf-8")
    assert main(["code", str(src), "--published", "2024-05-15", "-q"]) == 0
    assert "ASSAULT" not in capsys.readouterr().out
    assert main(["code", str(src), "--published", "2024-05-15", "-q", "--keep-nonfactual"]) == 0
    assert '"negated": true' in capsys.readouterr().out
