"""Embedded storage: one DuckDB file, plain SQL tables ``articles`` and ``events``.

Coding an article again replaces its events (delete + insert in one transaction), so a
re-run never duplicates. Nested fields (actors, location, modality) are flattened into
columns a user can query with plain SQL; ``record`` keeps the whole JSON event.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..records import Article, Event

from .flat import VIA_FIELDS, COLUMNS, FIELDS, flatten
from . import dedup
from .query import Filters, select

#: the version of the table layout this code writes; older files are upgraded in place on open
SCHEMA_VERSION = 4

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS aliases (alias VARCHAR PRIMARY KEY, article_id VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, title VARCHAR, published VARCHAR, source VARCHAR,
    language VARCHAR, text VARCHAR, status VARCHAR, reason VARCHAR, n_events INTEGER,
    coded_at TIMESTAMP DEFAULT current_timestamp, coder_version VARCHAR, warnings JSON
);
CREATE TABLE IF NOT EXISTS events (
    {", ".join(f"{name} {typ}" + (" PRIMARY KEY" if name == "event_id" else "") for name, typ in COLUMNS)},
    record JSON,
    cluster_id VARCHAR
);
CREATE OR REPLACE VIEW clusters AS
SELECT e.cluster_id, count(*) AS num_mentions, count(DISTINCT e.article_id) AS num_articles,
       count(DISTINCT coalesce(a.source, a.url, e.article_id)) AS num_sources, min(a.coded_at) AS first_seen,
       min(e.date) AS first_date
FROM events e LEFT JOIN articles a ON a.id = e.article_id GROUP BY e.cluster_id;
CREATE OR REPLACE VIEW actors AS
SELECT code, min(name) AS name, min(country) AS country, min(sector) AS sector, count(*) AS mentions,
       count(DISTINCT cluster_id) AS events, min(date) AS first_date, max(date) AS last_date
FROM (SELECT source_code AS code, source_name AS name, source_country AS country, source_sector AS sector,
             cluster_id, date FROM events WHERE source_code IS NOT NULL
      UNION ALL
      SELECT target_code, target_name, target_country, target_sector, cluster_id, date FROM events
      WHERE target_code IS NOT NULL) AS sides
GROUP BY code;
CREATE OR REPLACE VIEW places AS
SELECT location_geonameid AS geonameid, min(location_name) AS name, min(location_country) AS country,
       min(location_lat) AS lat, min(location_lon) AS lon, count(*) AS mentions, count(DISTINCT cluster_id) AS events
FROM events WHERE location_name IS NOT NULL GROUP BY location_geonameid;
CREATE OR REPLACE VIEW merged_events AS
SELECT * FROM (SELECT e.*, c.num_mentions, c.num_sources, c.num_articles, c.first_seen,
                      row_number() OVER (PARTITION BY e.cluster_id ORDER BY e.date, e.article_id, e.sentence_index)
                      AS rank_in_cluster
               FROM events e JOIN clusters c ON c.cluster_id = e.cluster_id) AS ranked
WHERE rank_in_cluster = 1;
"""
#: columns added to ``articles`` after the first release
ARTICLE_MIGRATIONS = [
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS coder_version VARCHAR",
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS warnings JSON",
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS text_sha VARCHAR",
    # version 3: every mention belongs to a cluster (the real event); old rows start as their own
    "ALTER TABLE events ADD COLUMN IF NOT EXISTS cluster_id VARCHAR",
    "UPDATE events SET cluster_id = event_id WHERE cluster_id IS NULL",
    # version 4: the cited source of an attribution chain ("Reuters, citing state media")
    *(f"ALTER TABLE events ADD COLUMN IF NOT EXISTS attribution_via_{f} VARCHAR" for f in VIA_FIELDS),
]
EVENT_COLUMNS = [*FIELDS, "record"]


def event_row(ev: Event | dict[str, Any]) -> list[Any]:
    """An event as a row of the ``events`` table: the flat form, then the whole JSON record."""
    d = ev.to_dict() if isinstance(ev, Event) else ev
    flat = flatten(d)
    return [flat[f] for f in FIELDS] + [json.dumps(d, ensure_ascii=False)]


class _PgConnection:
    """psycopg 3 behind the small part of DuckDB's connection interface the store uses: ``?``
    placeholders, ``execute`` returning a cursor, explicit transactions (autocommit otherwise)."""

    def __init__(self, url: str):
        import psycopg

        self.raw = psycopg.connect(url, autocommit=True)

    @staticmethod
    def _sql(sql: str, params: Any) -> str:
        return sql.replace("%", "%%").replace("?", "%s") if params else sql

    def execute(self, sql: str, params: Any = None) -> Any:
        cur = self.raw.cursor()
        cur.execute(self._sql(sql, params), params or None)
        return cur

    def executemany(self, sql: str, rows: list[Any]) -> None:
        with self.raw.cursor() as cur:
            cur.executemany(self._sql(sql, True), rows)

    def close(self) -> None:
        self.raw.close()


def is_postgres(path: str | Path) -> bool:
    return str(path).startswith(("postgresql://", "postgres://"))


class Store:
    """The event database: an embedded DuckDB file, or a PostgreSQL server when ``path`` is a
    ``postgresql://`` URL (needs ``pip install "eventwire[postgres]"``). Use as a context manager or
    call ``close()``."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.backend = "postgresql" if is_postgres(path) else "duckdb"
        try:
            if self.backend == "postgresql":
                try:
                    self.con: Any = _PgConnection(self.path)
                except ImportError:
                    raise StoreError('a postgresql:// database needs psycopg: pip install "eventwire[postgres]"') from None
            else:
                import duckdb

                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self.con = duckdb.connect(self.path)
            self._upgrade()
        except StoreError:
            raise
        except Exception as exc:  # duckdb and psycopg raise several unrelated classes
            raise StoreError(f"cannot open event database {_safe(self.path)}: {_cause(exc)}") from exc

    def _schema(self, tables_only: bool = False) -> str:
        sql = SCHEMA.split("CREATE OR REPLACE VIEW")[0] if tables_only else SCHEMA
        return sql if self.backend == "duckdb" else sql.replace(" DOUBLE", " DOUBLE PRECISION")

    def _upgrade(self) -> None:
        """Create the tables, or bring an older database to :data:`SCHEMA_VERSION` in one transaction.

        Version 1 (eventwire 0.1) named some event columns differently (``event_date``, ``negated``,
        ``lat``); every event row kept its JSON record, so version 2's flat columns are rebuilt from it."""
        cols = {r[0] for r in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
        self.con.execute("BEGIN TRANSACTION")
        try:
            if cols and "event_date" in cols:  # version 1
                old = self.con.execute("SELECT record FROM events").fetchall()
                self.con.execute("DROP TABLE events")
                self.con.execute(self._schema(tables_only=True))
                rows = [event_row(json.loads(r[0])) for r in old if r[0]]
                if rows:
                    self.con.executemany(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES "
                                         f"({', '.join('?' * len(EVENT_COLUMNS))})", rows)
            self.con.execute(self._schema(tables_only=True))
            for sql in ARTICLE_MIGRATIONS:
                self.con.execute(sql)
            self.con.execute(self._schema())
            for art_id, text in self.con.execute("SELECT id, text FROM articles WHERE text_sha IS NULL").fetchall():
                self.con.execute("UPDATE articles SET text_sha = ? WHERE id = ?", [text_sha(text or ""), art_id])
            self.con.execute("DELETE FROM meta WHERE key = 'schema_version'")
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def schema_version(self) -> int:
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def save(self, article: Article, events: Iterable[Event], status: str = "coded", reason: str | None = None,
             coder_version: str | None = None) -> int:
        """Replace the article's row and all its events in one transaction; returns the number of events
        stored. A crash or kill leaves the article either wholly stored or not at all."""
        events = list(events)
        # the same event found twice in one article (e.g. two triggers for one dyad) is stored once
        rows = list({r[0]: r for r in map(event_row, events)}.values())
        a = article.to_dict()
        version = coder_version or (events[0].coder_version if events else None)
        try:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute("DELETE FROM events WHERE article_id = ?", [article.id])
            self.con.execute("DELETE FROM articles WHERE id = ?", [article.id])
            self.con.execute(
                "INSERT INTO articles (id, url, title, published, source, language, text, status, reason, n_events,"
                " coder_version, warnings, text_sha) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [a["id"], a["url"], a["title"], a["published"], a["source"], a["language"], a["text"], status,
                 reason, len(rows), version, json.dumps(article.warnings) if article.warnings else None,
                 text_sha(article.text)],
            )
            if rows:
                clusters = dedup.assign(self, [dict(zip(FIELDS, r)) for r in rows], article.id)
                rows = [[*r, clusters[r[0]]] for r in rows]
                placeholders = ", ".join("?" * (len(EVENT_COLUMNS) + 1))
                self.con.executemany(
                    f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}, cluster_id) VALUES ({placeholders})", rows)
            self.con.execute("COMMIT")
        except Exception as exc:  # duckdb raises several unrelated classes
            try:
                self.con.execute("ROLLBACK")
            except Exception:  # noqa: BLE001 - the failed write may have ended the transaction already
                pass
            # the first error is the cause ("No space left on device"), not the failed rollback
            raise StoreError(f"cannot store article {article.id} in {_safe(self.path)}: {_cause(exc)}") from exc
        return len(rows)

    def stored_ids(self, coder_version: str) -> set[str]:
        """Articles already coded (or skipped with a reason) by this coder version: a resumed run
        leaves them alone. Failed ones are tried again."""
        rows = self.con.execute("SELECT id FROM articles WHERE coder_version = ? AND status IN ('coded', 'skipped')",
                                [coder_version]).fetchall()
        return {r[0] for r in rows}

    def index(self) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
        """id -> (text_sha, url, coder_version, status) of every stored article: what a run checks its
        input against (resume, updated stories, the same text under another id)."""
        rows = self.con.execute("SELECT id, text_sha, url, coder_version, status FROM articles").fetchall()
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}

    def rekey(self, old: str, new: str) -> None:
        """Move a stored article and its events from an id an older version gave it to its id now, in
        one transaction; the old id stays as an alias, so links to it still find the article."""
        cols = [r[0] for r in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles' "
            "ORDER BY ordinal_position").fetchall()]
        rest = [c for c in cols if c != "id"]
        try:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(f"INSERT INTO articles (id, {', '.join(rest)}) SELECT ?, {', '.join(rest)} "
                             "FROM articles WHERE id = ?", [new, old])
            self.con.execute("DELETE FROM articles WHERE id = ?", [old])
            for event_id, record in self.con.execute("SELECT event_id, record FROM events WHERE article_id = ?",
                                                     [old]).fetchall():
                d = json.loads(record) if isinstance(record, str) else dict(record or {})
                d["article_id"] = new
                self.con.execute("UPDATE events SET article_id = ?, record = ? WHERE event_id = ?",
                                 [new, json.dumps(d, ensure_ascii=False), event_id])
            self.con.execute("UPDATE aliases SET article_id = ? WHERE article_id = ?", [new, old])
            self.con.execute("DELETE FROM aliases WHERE alias = ?", [old])
            self.con.execute("INSERT INTO aliases VALUES (?, ?)", [old, new])
            self.con.execute("COMMIT")
        except Exception as exc:  # noqa: BLE001
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot re-key article {old} as {new}: {_cause(exc)}") from exc

    def add_alias(self, alias: str, article_id: str) -> None:
        """Another id (or URL) under which the same text arrived: kept, pointing at the stored article."""
        self.con.execute("DELETE FROM aliases WHERE alias = ?", [alias])
        self.con.execute("INSERT INTO aliases VALUES (?, ?)", [alias, article_id])

    def delete_article(self, article_id: str) -> None:
        """An article and its events, in one transaction (an updated story replacing an old one)."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM events WHERE article_id = ?", [article_id])
            self.con.execute("DELETE FROM articles WHERE id = ?", [article_id])
            self.con.execute("COMMIT")
        except Exception as exc:  # noqa: BLE001
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot delete article {article_id}: {_cause(exc)}") from exc

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def rows(self, article_id: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Events as dicts in the flat form (see :mod:`eventwire.store.flat`), filtered like
        :class:`~eventwire.store.query.Filters`, ordered by date, article and sentence."""
        sql, params = select(Filters(article_id=article_id, **filters))
        return self.query(sql, params)

    def events(self, article_id: str | None = None, **filters: Any):
        """The same as :meth:`rows`, as a pandas DataFrame: ``eventwire.open("events.duckdb").events(
        actor="RUS", type="ASSAULT", since="2024-01-01")``."""
        import importlib.util

        if importlib.util.find_spec("pandas") is None:  # DuckDB builds the frame; this gives a clear error
            raise StoreError('events() returns a pandas DataFrame: pip install "eventwire[frames]" (or use rows())')
        sql, params = select(Filters(article_id=article_id, **filters))
        if self.backend == "duckdb":
            return self.con.execute(sql, params).df()
        import pandas

        return pandas.DataFrame(self.query(sql, params))

    def series(self, by: str = "week", dyad: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Counts per period: events, events per quad class, Goldstein sum and mean. ``dyad``: "RUS-PRK"
        (either direction: a source starting with one code and a target with the other)."""
        if by not in ("day", "week", "month", "year"):
            raise StoreError(f"series --by must be day, week, month or year, not {by!r}")
        inner, params = select(Filters(**filters))
        dyad_sql = ""
        if dyad:
            a, _, b = dyad.upper().partition("-")
            if not a or not b:
                raise StoreError(f"--dyad: expected two codes like RUS-PRK, got {dyad!r}")
            dyad_sql = (" AND ((source_code LIKE ? AND target_code LIKE ?) OR (source_code LIKE ? AND target_code LIKE ?))")
            params = params + [a + "%", b + "%", b + "%", a + "%"]
        sql = (f"SELECT CAST(date_trunc('{by}', CAST(date AS DATE)) AS DATE) AS period, count(*) AS events, "
               + ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
               + ", sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean "
               f"FROM ({inner}) AS e WHERE date IS NOT NULL{dyad_sql} GROUP BY period ORDER BY period")
        rows = self.query(sql, params)
        for r in rows:
            r["goldstein_sum"] = round(float(r["goldstein_sum"] or 0), 2)
            r["goldstein_mean"] = round(float(r["goldstein_mean"] or 0), 3)
        return rows

    def export(self, out: Any, format: str = "csv", **filters: Any) -> int:
        """Write the selected events to ``out`` (a path, or a text stream for csv/jsonl/gdelt) in one
        of :data:`~eventwire.store.export.FORMATS`; returns the number of events written."""
        from .export import export

        return export(self, out, format, Filters(**filters))


def text_sha(text: str) -> str:
    """The identity of an article's text: the same words in the same order, whatever the spacing."""
    import hashlib
    import unicodedata

    return hashlib.sha1(" ".join(unicodedata.normalize("NFC", text).split()).encode("utf-8")).hexdigest()


def _safe(path: str) -> str:
    """A database name for messages: a PostgreSQL URL without its password."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", path)


def _cause(exc: BaseException) -> str:
    """DuckDB's message without its class prefix noise, on one line."""
    return " ".join(str(exc).split()) or exc.__class__.__name__


def open_store(path: str | Path | None = None, must_exist: bool = False) -> Store:
    """The event database at ``path`` (default: config ``db_path``). ``eventwire.open`` is this."""
    from .. import config

    path = path or config.db_path()
    if must_exist and str(path) != ":memory:" and not is_postgres(path) and not Path(path).exists():
        raise StoreError(f"no event database at {path} (code articles into it first: eventwire code ... --db {path})")
    return Store(path)
