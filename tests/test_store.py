"""The event database: one flat form, an older file upgraded in place, filters, exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import duckdb
import pytest

import eventwire
from eventwire.records import Article
from eventwire.store import SCHEMA_VERSION, Store
from eventwire.store.flat import FIELDS, flatten

TEXTS = {
    "kyiv": ("Russian forces shelled Kyiv on Monday, Ukrainian officials said.", "2024-05-14"),
    "jer": ("Israeli police arrested two Palestinian journalists in Jerusalem on Tuesday.", "2024-05-15"),
    "paris": ("The German chancellor met the French president in Paris on Wednesday.", "2024-05-16"),
}

#: the events table of eventwire 0.1 (schema version 1), as it was written
V1_EVENTS = """CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence_index INTEGER, sentence VARCHAR,
    event_type VARCHAR, event_mode VARCHAR, cameo_code VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    source_text VARCHAR, source_name VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_code VARCHAR,
    target_text VARCHAR, target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_code VARCHAR,
    trigger_text VARCHAR, event_date VARCHAR, date_precision VARCHAR, date_text VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
    negated BOOLEAN, hedged BOOLEAN, future BOOLEAN, hypothetical BOOLEAN, historical BOOLEAN,
    attribution_name VARCHAR, confidence DOUBLE, coder_version VARCHAR, record JSON)"""
V1_ARTICLES = """CREATE TABLE articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, title VARCHAR, published VARCHAR, source VARCHAR,
    language VARCHAR, text VARCHAR, status VARCHAR, reason VARCHAR, n_events INTEGER,
    coded_at TIMESTAMP DEFAULT current_timestamp)"""


@pytest.fixture(scope="module")
def coded():
    out = {}
    for key, (text, day) in TEXTS.items():
        art = Article(id=key, text=text, published=dt.date.fromisoformat(day), url=f"https://news.example/{key}")
        out[key] = (art, eventwire.code_article(art))
    assert all(evs for _, evs in out.values())
    return out


@pytest.fixture(params=["duckdb", "postgresql"])
def db(request, tmp_path, coded):
    """The same storage tests against the embedded DuckDB file and a real PostgreSQL server."""
    path = request.getfixturevalue("pg_url") if request.param == "postgresql" else tmp_path / "events.duckdb"
    with Store(path) as st:
        for art, evs in coded.values():
            st.save(art, evs)
    return path


def test_csv_duckdb_and_flatten_share_one_flat_form(db, coded, tmp_path, capsys):
    with Store(db) as st:
        cols = [r["column_name"] for r in st.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events' "
            "AND table_schema NOT IN ('information_schema', 'pg_catalog') ORDER BY ordinal_position")]
        rows = st.rows("jer")
    assert cols == FIELDS + ["record", "cluster_id"]
    ev = coded["jer"][1][0]
    assert rows[0]["trigger_text"] == ev.trigger.text and rows[0]["location_name"] == "Jerusalem"
    assert flatten(ev.to_dict())["source_code"] == rows[0]["source_code"] == "ISRCOP"
    src = tmp_path / "jer.txt"
    src.write_text(TEXTS["jer"][0], encoding="utf-8")
    from eventwire.cli import main

    assert main(["code", str(src), "--published", TEXTS["jer"][1], "--format", "csv", "-q"]) == 0
    header = next(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert header == FIELDS


def test_an_older_database_is_upgraded_in_place(tmp_path, coded):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(V1_ARTICLES)
    con.execute(V1_EVENTS)
    art, evs = coded["kyiv"]
    con.execute("INSERT INTO articles (id, text, status, n_events) VALUES (?, ?, 'coded', ?)", [art.id, art.text, len(evs)])
    for ev in evs:  # a version-1 row: its own column names, and the JSON record
        d = ev.to_dict()
        con.execute("INSERT INTO events (event_id, article_id, event_date, negated, record) VALUES (?, ?, ?, ?, ?)",
                    [d["event_id"], d["article_id"], d["date"], d["modality"]["negated"], json.dumps(d)])
    con.close()
    with Store(path) as st:
        assert st.schema_version() == SCHEMA_VERSION
        rows = st.rows("kyiv")
        assert len(rows) == len(evs) and rows[0]["date"] == evs[0].date and rows[0]["source_code"] == evs[0].source.code
        assert "coder_version" in st.query("SELECT * FROM articles")[0]
    with Store(path) as st:  # opening again changes nothing
        assert len(st.rows()) == len(evs)


def test_filters(db):
    with Store(db) as st:
        assert {r["article_id"] for r in st.rows(actor="RUS")} == {"kyiv"}
        assert {r["article_id"] for r in st.rows(actor="Israel")} == {"jer"}
        assert {r["article_id"] for r in st.rows(type="COERCE")} == {"jer"}
        assert {r["article_id"] for r in st.rows(type="17")} == {"jer"}
        assert {r["article_id"] for r in st.rows(quad=4)} >= {"jer", "kyiv"}
        assert {r["article_id"] for r in st.rows(since="2024-05-14")} == {"jer", "paris"}  # "Tuesday" of the 15th
        assert {r["article_id"] for r in st.rows(until="2024-05-13")} == {"kyiv"}  # "Monday" before the 14th
        assert {r["article_id"] for r in st.rows(near=(31.77, 35.21, 30))} == {"jer"}
        assert {r["article_id"] for r in st.rows(country="FRA")} == {"paris"}
        assert {r["article_id"] for r in st.rows(text="journalists")} == {"jer"}
        assert len(st.rows(limit=1)) == 1


def test_python_api_returns_a_dataframe(db):
    frame = eventwire.open(db).events(actor="ISR")
    assert len(frame) >= 1 and list(frame["source_code"])[0] == "ISRCOP"


def test_exports(db, tmp_path):
    with Store(db) as st:
        n = len(st.rows())
        buf = io.StringIO()
        assert st.export(buf, "gdelt") == n
        lines = buf.getvalue().splitlines()
        assert len(lines) == n and all(len(line.split("\t")) == 61 for line in lines)
        jer = next(line.split("\t") for line in lines if "news.example/jer" in line)
        assert jer[1] == "20240514" and jer[5] == "ISRCOP" and jer[7] == "ISR" and jer[12] == "COP"
        assert jer[26] == "173" and jer[28] == "17" and jer[29] == "4"
        assert jer[53] == "IS" and jer[52].startswith("Jerusalem")  # FIPS country code of the action's place
        buf = io.StringIO()
        assert st.export(buf, "jsonl", type="COERCE") == 1
        assert json.loads(buf.getvalue())["event_type"] == "COERCE"
        assert st.export(tmp_path / "ev.parquet", "parquet") == n
        back = duckdb.connect().execute(f"SELECT * FROM '{tmp_path / 'ev.parquet'}'").fetchdf()
        assert list(back.columns) == FIELDS + ["cluster_id"] and len(back) == n


def test_plover_and_polecat_exports_hold_one_row_per_real_event(db):
    from eventwire.store.export import POLECAT_COLUMNS

    with Store(db) as st:
        real = st.query("SELECT count(DISTINCT cluster_id) AS n FROM events")[0]["n"]
        buf = io.StringIO()
        assert st.export(buf, "plover") == real
        recs = [json.loads(line) for line in buf.getvalue().splitlines()]
        jer = next(r for r in recs if r["url"] and "news.example/jer" in r["url"])
        assert (jer["event"], jer["actor_country"], jer["actor_sector"], jer["cameo"]) == ("COERCE", "ISR", "COP", "173")
        assert jer["location"]["name"].startswith("Jerusalem") and jer["num_articles"] >= 1 and jer["text"]
        buf = io.StringIO()
        assert st.export(buf, "polecat") == real
        header, *rows = [line.split("\t") for line in buf.getvalue().splitlines()]
        assert header == POLECAT_COLUMNS and len(rows) == real
        assert all(len(r) == len(POLECAT_COLUMNS) for r in rows)
        row = dict(zip(header, next(r for r in rows if r[header.index("Event Type")] == "COERCE")))
        assert (row["Actor Country"], row["Primary Actor Sector"], row["Quad Code"]) == ("ISR", "COP", "4")
        assert row["City"].startswith("Jerusalem") and row["Country"] == "Israel"


def test_an_act_aimed_at_is_no_recipient_in_the_actor_exports(tmp_path):
    # "condemned the shelling of a clinic": the JSON record keeps the act as its target span, but the
    # actor-shaped layouts (GDELT's Actor2, PLOVER's recipient) hold actors only; POLECAT's raw name keeps it
    text = "The Red Cross condemned the shelling of a clinic in the north."
    with Store(tmp_path / "t.duckdb") as st:
        art = Article(id="rc", text=text, published=dt.date(2024, 6, 15))
        st.save(art, eventwire.code_article(art))
        ev = next(r for r in st.query("SELECT * FROM events") if r["event_type"] == "ACCUSE")
        assert ev["target_text"].startswith("the shelling") and ev["target_code"] is None
        buf = io.StringIO()
        st.export(buf, "plover")
        rec = next(json.loads(line) for line in buf.getvalue().splitlines() if '"ACCUSE"' in line)
        assert rec["actor_code"] == "NGOMED" and rec["recipient"] is None and rec["recipient_code"] is None
        buf = io.StringIO()
        st.export(buf, "gdelt")
        row = next(line.split("\t") for line in buf.getvalue().splitlines() if line.split("\t")[26] == "111")
        assert row[5] == "NGOMED" and row[15:25] == [""] * 10  # Actor2 fields empty
        buf = io.StringIO()
        st.export(buf, "polecat")
        header, *rows = [line.split("\t") for line in buf.getvalue().splitlines()]
        row = dict(zip(header, next(r for r in rows if r[header.index("Event Type")] == "ACCUSE")))
        assert row["Recipient Name"] == "" and row["Recipient Name Raw"].startswith("the shelling")


def test_export_and_query_commands(db, tmp_path, capsys):
    from eventwire.cli import main

    assert main(["export", "--db", str(db), "--format", "gdelt", "--out", str(tmp_path / "g.tsv")]) == 0
    assert all(len(r.split("\t")) == 61 for r in (tmp_path / "g.tsv").read_text().splitlines())
    assert main(["query", "--db", str(db), "--actor", "RUS"]) == 0
    out = capsys.readouterr().out
    assert "ASSAULT" in out and "ISRCOP" not in out
    assert main(["query", "--db", str(tmp_path / "missing.duckdb")]) == 2
    assert "no event database" in capsys.readouterr().err


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_the_sample_story_coded_twice_is_stored_once(request, backend, tmp_path, sample_text):
    art = Article(id="kim", text=sample_text, published=dt.date(2023, 7, 27))
    path = request.getfixturevalue("pg_url") if backend == "postgresql" else tmp_path / "e.duckdb"
    with Store(path) as st:
        st.save(art, eventwire.code_article(art))
        n = len(st.rows())
        st.save(art, eventwire.code_article(art))
        assert len(st.rows()) == n and st.query("SELECT count(*) AS n FROM articles")[0]["n"] == 1


def test_series_counts_per_period_and_dyad(db, tmp_path, capsys):
    with Store(db) as st:
        days = st.series(by="day")
        assert sum(r["events"] for r in days) == len(st.rows())
        assert all(r["events"] == r["quad1"] + r["quad2"] + r["quad3"] + r["quad4"] for r in days)
        ru = st.series(by="month", dyad="RUS-UKR")
        assert len(ru) == 1 and ru[0]["quad4"] >= 1 and ru[0]["goldstein_sum"] < 0
        assert st.series(by="week", dyad="ISR-FRA") == []
    from eventwire.cli import main

    assert main(["series", "--db", str(db), "--by", "week", "--plot", str(tmp_path / "s.png")]) == 0
    assert (tmp_path / "s.png").stat().st_size > 1000 and "goldstein_mean" in capsys.readouterr().out


def _dump(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_an_updated_story_replaces_the_old_and_the_same_text_is_stored_once(tmp_path, capsys):
    from eventwire.cli import main

    db, dump = tmp_path / "e.duckdb", tmp_path / "d.jsonl"
    first = {"id": "s1", "url": "https://news.example/s1", "published": "2024-05-15",
             "text": "Israeli police arrested two Palestinian journalists in Jerusalem on Tuesday."}
    _dump(dump, [first])
    assert main(["code", str(dump), "--db", str(db), "-q"]) == 0
    # the same id with a new text: an update; the same text under another id: an alias
    update = {**first, "text": first["text"] + " They were released on Wednesday."}
    copy = {**first, "id": "s1-syndicated", "url": "https://other.example/copy"}
    _dump(dump, [update, copy])
    assert main(["code", str(dump), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "1 coded (1 updated stories), 1 already stored (not coded again)" in err
    with Store(db) as st:
        arts = st.query("SELECT id, text FROM articles")
        assert [a["id"] for a in arts] == ["s1"] and "released" in arts[0]["text"]
        # the copy is checked against what was stored when the run began: s1's first text
        assert st.query("SELECT alias, article_id FROM aliases") == [{"alias": "s1-syndicated", "article_id": "s1"}]
    # the same URL under a new id with a new text replaces the old article too
    moved = {**update, "id": "s1-v2", "text": update["text"] + " Police declined to comment."}
    _dump(dump, [moved])
    assert main(["code", str(dump), "--db", str(db)]) == 0
    assert "1 coded (1 updated stories)" in capsys.readouterr().err
    with Store(db) as st:
        assert [a["id"] for a in st.query("SELECT id FROM articles")] == ["s1-v2"]
        assert {r["article_id"] for r in st.rows()} == {"s1-v2"}


def test_articles_stored_under_an_older_versions_ids_are_re_keyed_not_stored_twice(tmp_path, capsys):
    """Before schema 5 a text file's id was its name without the suffix and an HTML page's a hash; a
    run over the same files moves those articles, with their events, to the ids files get now."""
    import datetime as dt

    from eventwire.cli import main
    from eventwire.ingest import read
    from eventwire.records import Article

    folder = tmp_path / "news" / "2024"
    folder.mkdir(parents=True)
    (folder / "story.txt").write_text("Israeli police arrested two Palestinian journalists in Jerusalem on Tuesday.",
                                      encoding="utf-8")
    (folder / "page.html").write_text("<html><head><title>Raid</title></head><body><article><p>Turkish police "
                                      "detained Istanbul Mayor Ekrem Imamoglu on Wednesday, state media said.</p>"
                                      "</article></body></html>", encoding="utf-8")
    db = tmp_path / "e.duckdb"
    now = {a.id: a for a in read([str(tmp_path / "news")]) if isinstance(a, Article)}
    assert set(now) == {"2024/story.txt", "2024/page.html"}
    old_ids = {"2024/story.txt": "2024/story", "2024/page.html": None}
    with Store(db) as st:  # what the older version stored
        for new_id, art in now.items():
            from eventwire.ingest import legacy_ids

            old = old_ids[new_id] or next(i for i in legacy_ids(art) if "/" not in i)
            old_ids[new_id] = old
            legacy = Article(id=old, text=art.text, published=dt.date(2024, 5, 14), origin=art.origin)
            st.save(legacy, eventwire.code_article(legacy), coder_version="0.1-old")
    assert main(["code", str(tmp_path / "news"), "--db", str(db), "--published", "2024-05-14"]) == 0
    with Store(db) as st:
        assert sorted(a["id"] for a in st.query("SELECT id FROM articles")) == sorted(now)
        rows = st.rows()
        assert rows and {r["article_id"] for r in rows} <= set(now)
        assert all(json.loads(r["record"])["article_id"] == r["article_id"] for r in rows)
        aliases = {r["alias"]: r["article_id"] for r in st.query("SELECT * FROM aliases")}
        assert aliases == {old: new for new, old in old_ids.items()}
    # a second run finds them under their ids now: nothing coded again, nothing duplicated
    assert main(["code", str(tmp_path / "news"), "--db", str(db), "--published", "2024-05-14"]) == 0
    assert "2 already stored" in capsys.readouterr().err
    with Store(db) as st:
        assert len(st.query("SELECT id FROM articles")) == 2


def test_actor_place_and_merged_event_views(db):
    with Store(db) as st:
        actors = {r["code"]: r for r in st.query("SELECT * FROM actors")}
        assert actors["ISRCOP"]["mentions"] >= 1 and actors["ISRCOP"]["country"] == "ISR"
        places = {r["name"]: r for r in st.query("SELECT * FROM places")}
        assert places["Jerusalem"]["country"] == "ISR" and places["Jerusalem"]["events"] >= 1
        merged = st.query("SELECT * FROM merged_events")
        assert len(merged) == len({r["cluster_id"] for r in st.rows()})
        assert all(r["num_mentions"] >= 1 for r in merged)
