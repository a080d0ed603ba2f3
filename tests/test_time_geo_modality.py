"""Dates relative to publication, the gazetteer, and store/replace semantics."""

from __future__ import annotations

import datetime as dt

import pytest

import eventwire
from eventwire import geo
from eventwire.time import normalize

PUB = dt.date(2023, 7, 27)  # a Thursday


@pytest.mark.parametrize("text,date,precision", [
    ("Thursday", "2023-07-27", "day"),
    ("last Tuesday", "2023-07-25", "day"),
    ("Monday", "2023-07-24", "day"),
    ("last Thursday", "2023-07-20", "day"),
    ("yesterday", "2023-07-26", "day"),
    ("today", "2023-07-27", "day"),
    ("last month", "2023-06-01", "month"),
    ("March", "2023-03-01", "month"),
    ("November", "2022-11-01", "month"),
    ("2020", "2020-01-01", "year"),
    ("three days ago".replace("three", "3"), "2023-07-24", "day"),
    ("July 4", "2023-07-04", "day"),
])
def test_relative_dates(text, date, precision):
    got = normalize(text, PUB)
    assert got is not None
    assert got[0].isoformat() == date and got[1] == precision


def test_gazetteer_prefers_capital_and_actor_country():
    p = geo.lookup("Pyongyang")
    assert p.country == "PRK" and p.feature == "PPLC" and round(p.lat) == 39
    assert geo.lookup("Paris").country == "FRA"
    assert geo.lookup("Nowhereville") is None


def test_store_replaces_events_of_a_recoded_article(tmp_path):
    import eventwire
    from eventwire.records import Article
    from eventwire.store import Store

    art = Article(id="a1", text="Israeli police arrested two Palestinian journalists in Jerusalem.",
                  published=dt.date(2024, 5, 15))
    events = eventwire.code_article(art)
    assert events
    db = tmp_path / "ev.duckdb"
    with Store(db) as st:
        st.save(art, events)
        st.save(art, eventwire.code_article(art))
        rows = st.rows("a1")
        assert len(rows) == len(events)
        assert st.query("SELECT count(*) AS n FROM articles")[0]["n"] == 1
        assert rows[0]["source_code"] == "ISRCOP" and rows[0]["event_type"] == "COERCE"


@pytest.mark.parametrize("text, wished", [
    ("It seems that Washington wants to see Palestinians negotiating with Israel.", True),
    ("Schooling needs to become a partnership between families and teachers, the mayor said.", True),
    ("The army needed reinforcements after rebels attacked the base.", False),
])
def test_what_is_wanted_is_hypothetical_and_left_out_by_default(text, wished):
    kept = eventwire.code_text(text, published="2024-05-15", keep_nonfactual=True)
    flags = [e.modality.hypothetical for e in kept if e.event_type in ("CONSULT", "COOPERATE", "ASSAULT")]
    assert flags and all(f is wished for f in flags), kept
    default = eventwire.code_text(text, published="2024-05-15")
    assert bool([e for e in default if e.event_type in ("CONSULT", "COOPERATE", "ASSAULT")]) is not wished
