"""Behaviour of the shipped dyad classifier on the project's own hand-written fixtures."""

from __future__ import annotations

import pytest

from eventwire import ontology
from eventwire.events.classifier import (
    LABELS_NONE,
    classify_dyad,
    classify_many,
    classify_spans,
    find_span,
    load_default,
    unmark,
)

pytestmark = pytest.mark.skipif(load_default() is None, reason="no shipped dyad model")

# (marked sentence, PLOVER type): three wire-style sentences per type, written for these tests
CASES = {
    "AGREE": [
        "<s>Chile</s> and <t>Peru</t> agreed on Tuesday to jointly manage their shared aquifer.",
        "<s>The rebel commander</s> promised <t>the mediators</t> that his men would respect the truce.",
        "<s>Ghana</s> offered to help <t>Ivory Coast</t> stabilise cocoa prices next season.",
    ],
    "CONSULT": [
        "<s>The Indian prime minister</s> met <t>the Japanese prime minister</t> in Delhi on Monday.",
        "<s>The Qatari emir</s> hosted <t>the Somali president</t> for talks in Doha.",
        "<s>The foreign minister</s> held a phone call with <t>her Turkish counterpart</t> on Sunday.",
    ],
    "SUPPORT": [
        "<s>The Nordic governments</s> praised <t>Moldova</t> for its reform efforts.",
        "<s>Ireland</s> expressed solidarity with <t>the people of Gaza</t> in a statement.",
        "<s>The senator</s> endorsed <t>the governor</t> for the party's nomination.",
    ],
    "CONCEDE": [
        "<s>The government</s> eased restrictions on <t>independent newspapers</t> after weeks of pressure.",
        "<s>The ministry</s> backed down on <t>the disputed fuel tax</t> following the protests.",
        "<s>The company</s> accepted <t>the union's demands</t> for safer working conditions.",
    ],
    "COOPERATE": [
        "<s>Indonesia</s> held joint naval exercises with <t>Australia</t> in the Arafura Sea.",
        "<s>Colombia</s> extradited <t>a drug trafficking suspect</t> to the United States on Thursday.",
        "<s>The two intelligence services</s> shared information with <t>Interpol</t> about the smuggling ring.",
    ],
    "AID": [
        "<s>The Asian Development Bank</s> provided $200 million to <t>Bangladesh</t> for flood defences.",
        "<s>Canada</s> sent medical supplies to <t>cyclone-hit Mozambique</t>.",
        "<s>The UN refugee agency</s> delivered tents and blankets to <t>displaced families</t> in Idlib.",
    ],
    "RETREAT": [
        "<s>The junta</s> released <t>forty political prisoners</t> on Friday.",
        "<s>Russian forces</s> withdrew from <t>the village</t> after a week of fighting.",
        "<s>The rebels</s> freed <t>three kidnapped engineers</t> after negotiations.",
    ],
    "REQUEST": [
        "<s>The World Health Organization</s> urged <t>member states</t> to share vaccine doses.",
        "<s>The opposition</s> called on <t>the president</t> to resign.",
        "<s>Kyiv</s> asked <t>its allies</t> for more air defence systems.",
    ],
    "ACCUSE": [
        "<s>Rights groups</s> accused <t>the police</t> of using excessive force.",
        "<s>The foreign ministry</s> condemned <t>the neighbouring government</t> for the border incursion.",
        "<s>The prosecutors</s> charged <t>the former governor</t> with corruption.",
    ],
    "REJECT": [
        "<s>The government</s> rejected <t>the rebels' proposal</t> for a ceasefire.",
        "<s>The militia</s> refused to hand over <t>the captured soldiers</t>.",
        "<s>The union</s> turned down <t>the employers' offer</t> and continued the strike.",
    ],
    "THREATEN": [
        "<s>The president</s> threatened <t>the neighbouring state</t> with military action.",
        "<s>Beijing</s> warned <t>Manila</t> of consequences if it continued the patrols.",
        "<s>The European Union</s> threatened to impose tariffs on <t>Chinese electric cars</t>.",
    ],
    "PROTEST": [
        "<s>Thousands of teachers</s> demonstrated against <t>the education ministry</t> in the capital.",
        "<s>Farmers</s> protested outside <t>the parliament</t> against fuel prices.",
        "<s>Hundreds of students</s> rallied against <t>the government</t> on Saturday.",
    ],
    "SANCTION": [
        "<s>The government</s> suspended all economic aid to <t>Niger</t> after the coup.",
        "<s>Mali</s> expelled <t>the French ambassador</t> on Monday.",
        "<s>Lithuania</s> cut diplomatic ties with <t>Belarus</t> over the migrant crisis.",
    ],
    "MOBILIZE": [
        "<s>Russia</s> massed troops on the border with <t>Ukraine</t>.",
        "<s>The army</s> put its forces on high alert along the frontier with <t>India</t>.",
        "<s>The government</s> deployed thousands of riot police against <t>the protesters</t>.",
    ],
    "COERCE": [
        "<s>Police</s> arrested <t>dozens of opposition activists</t> overnight.",
        "<s>The authorities</s> imposed a curfew on <t>the northern city</t> after the clashes.",
        "<s>The coast guard</s> seized <t>a fishing vessel</t> in disputed waters.",
    ],
    "ASSAULT": [
        "<s>Militants</s> attacked <t>a police station</t> in the north, killing four officers.",
        "<s>Government warplanes</s> bombed <t>rebel positions</t> near the city.",
        "<s>Gunmen</s> killed <t>at least ten villagers</t> in a night raid.",
    ],
}

NON_EVENTS = [
    "<s>The central bank governor</s> said <t>Brazil</t>'s inflation would slow next year.",
    "<s>The spokesman</s> told reporters that <t>the minister</t> would be on holiday next week.",
    "<s>The statistics office</s> said exports to <t>Germany</t> rose by 3 percent in March.",
]


def _rows(marked: list[str]):
    return [unmark(m) for m in marked]


@pytest.fixture(scope="module")
def type_predictions():
    marked = [(typ, m) for typ, ms in CASES.items() for m in ms]
    preds = classify_spans(_rows([m for _, m in marked]), allow_none=False)
    return [(typ, m, p) for (typ, m), p in zip(marked, preds)]


def test_fixture_covers_all_plover_types():
    assert set(CASES) == set(ontology.PLOVER_TYPES)


@pytest.mark.parametrize("typ", sorted(CASES))
def test_each_type_is_recognised(type_predictions, typ):
    got = [p.type for t, _, p in type_predictions if t == typ]
    assert sum(g == typ for g in got) >= 2, f"{typ}: predicted {got}"


def test_overall_accuracy_on_fixtures(type_predictions):
    correct = sum(t == p.type for t, _, p in type_predictions)
    assert correct / len(type_predictions) >= 0.85


def test_quad_class_matches_type(type_predictions):
    for _, _, p in type_predictions:
        assert p.quad_class == ontology.quad_class(p.type)
        assert p.cameo_code is not None
        assert 0.0 < p.confidence <= 1.0


def test_allow_none_false_never_answers_none():
    preds = classify_spans(_rows(NON_EVENTS), allow_none=False)
    assert all(p.type in ontology.PLOVER_TYPES for p in preds)


def test_non_events_are_none_when_allowed():
    preds = classify_spans(_rows(NON_EVENTS), allow_none=True)
    assert sum(p.type == LABELS_NONE for p in preds) >= 2, [p.type for p in preds]
    for p in preds:
        d = p.to_dict()
        if p.type == LABELS_NONE:
            assert d["event_type"] is None and d["quad_class"] is None
            assert d["best_event_type"] in ontology.PLOVER_TYPES


def test_multi_event_sentence_types_each_pair():
    sent = ("Police arrested two journalists in Minsk on Monday, and the European Union "
            "condemned the Belarusian authorities for the crackdown.")
    a, b = classify_many([(sent, "Police", "two journalists"),
                          (sent, "the European Union", "the Belarusian authorities")], allow_none=False)
    assert a.type == "COERCE"
    assert b.type == "ACCUSE"


def test_classify_dyad_docstring_example():
    # sanctions are CAMEO 163, which the crosswalk types COERCE (mode restrict)
    pred = classify_dyad("US Congress imposed sanctions on Cuba.", "US Congress", "Cuba")
    assert (pred.type, pred.mode, pred.cameo_code) == ("COERCE", "restrict", "163")


def test_unmark_and_find_span():
    text, s, t = unmark("<s>Chile</s> met <t> Peru </t>.")
    assert text == "Chile met  Peru ."
    assert text[s[0]:s[1]] == "Chile" and text[t[0]:t[1]] == "Peru"
    assert unmark("no markers")[1:] == (None, None)
    assert find_span("Iran and iran", "IRAN") == (0, 4)
    assert find_span("Iran", "") is None


def test_missing_actor_raises():
    from eventwire.errors import InputError

    with pytest.raises(InputError):
        classify_many([("Chile met Peru.", "Bolivia", "Peru")])
