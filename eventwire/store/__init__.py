"""Embedded storage: one DuckDB file, plain SQL tables ``articles`` and ``events``.

Coding an article again replaces its events (delete + insert in one transaction), so a
re-run never duplicates. Nested fields (actors, location, modality) are flattened into
columns a user can query with plain SQL; ``record`` keeps the whole JSON event.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..records import Article, Event

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, title VARCHAR, published VARCHAR, source VARCHAR,
    language VARCHAR, text VARCHAR, status VARCHAR, reason VARCHAR, n_events INTEGER,
    coded_at TIMESTAMP DEFAULT current_timestamp, coder_version VARCHAR, warnings JSON
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence_index INTEGER, sentence VARCHAR,
    event_type VARCHAR, event_mode VARCHAR, cameo_code VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    source_text VARCHAR, source_name VARCHAR, source_country VARCHAR, source_sector VARCHAR, source_code VARCHAR,
    target_text VARCHAR, target_name VARCHAR, target_country VARCHAR, target_sector VARCHAR, target_code VARCHAR,
    trigger_text VARCHAR, event_date VARCHAR, date_precision VARCHAR, date_text VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
    negated BOOLEAN, hedged BOOLEAN, future BOOLEAN, hypothetical BOOLEAN, historical BOOLEAN,
    attribution_name VARCHAR, confidence DOUBLE, coder_version VARCHAR, record JSON
);
"""
#: columns added after the first release; older database files get them on open
MIGRATIONS = [
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS coder_version VARCHAR",
    "ALTER TABLE articles ADD COLUMN IF NOT EXISTS warnings JSON",
]

EVENT_COLUMNS = [
    "event_id", "article_id", "sentence_index", "sentence", "event_type", "event_mode", "cameo_code",
    "quad_class", "goldstein", "source_text", "source_name", "source_country", "source_sector", "source_code",
    "target_text", "target_name", "target_country", "target_sector", "target_code", "trigger_text",
    "event_date", "date_precision", "date_text", "location_name", "location_country", "lat", "lon", "geonameid",
    "negated", "hedged", "future", "hypothetical", "historical", "attribution_name", "confidence",
    "coder_version", "record",
]


def event_row(ev: Event) -> list[Any]:
    d = ev.to_dict()
    s, t, loc, m = d["source"] or {}, d["target"] or {}, d["location"] or {}, d["modality"]
    return [
        d["event_id"], d["article_id"], d["sentence_index"], d["sentence"], d["event_type"], d["event_mode"],
        d["cameo_code"], d["quad_class"], d["goldstein"], s.get("text"), s.get("name"), s.get("country"), s.get("sector"),
        s.get("code"), t.get("text"), t.get("name"), t.get("country"), t.get("sector"), t.get("code"),
        d["trigger"]["text"], d["date"], d["date_precision"], d["date_text"], loc.get("name"), loc.get("country"),
        loc.get("lat"), loc.get("lon"), loc.get("geonameid"), m["negated"], m["hedged"], m["future"],
        m["hypothetical"], m["historical"], (d["attribution"] or {}).get("name"), d["confidence"],
        d["coder_version"], json.dumps(d, ensure_ascii=False),
    ]


class Store:
    """A DuckDB event database. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path):
        import duckdb

        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(self.path)
            self.con.execute(SCHEMA)
            for sql in MIGRATIONS:
                self.con.execute(sql)
        except Exception as exc:  # duckdb raises several unrelated classes
            raise StoreError(f"cannot open event database {self.path}: {_cause(exc)}") from exc

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
                " coder_version, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [a["id"], a["url"], a["title"], a["published"], a["source"], a["language"], a["text"], status,
                 reason, len(rows), version, json.dumps(article.warnings) if article.warnings else None],
            )
            if rows:
                placeholders = ", ".join("?" * len(EVENT_COLUMNS))
                self.con.executemany(
                    f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({placeholders})", rows)
            self.con.execute("COMMIT")
        except Exception as exc:  # duckdb raises several unrelated classes
            try:
                self.con.execute("ROLLBACK")
            except Exception:  # noqa: BLE001 - the failed write may have ended the transaction already
                pass
            # the first error is the cause ("No space left on device"), not the failed rollback
            raise StoreError(f"cannot store article {article.id} in {self.path}: {_cause(exc)}") from exc
        return len(rows)

    def stored_ids(self, coder_version: str) -> set[str]:
        """Articles already coded (or skipped with a reason) by this coder version: a resumed run
        leaves them alone. Failed ones are tried again."""
        rows = self.con.execute("SELECT id FROM articles WHERE coder_version = ? AND status IN ('coded', 'skipped')",
                                [coder_version]).fetchall()
        return {r[0] for r in rows}

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, params or [])
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def events(self, article_id: str | None = None) -> list[dict[str, Any]]:
        if article_id:
            return self.query("SELECT * FROM events WHERE article_id = ? ORDER BY sentence_index, event_id", [article_id])
        return self.query("SELECT * FROM events ORDER BY article_id, sentence_index, event_id")


def _cause(exc: BaseException) -> str:
    """DuckDB's message without its class prefix noise, on one line."""
    return " ".join(str(exc).split()) or exc.__class__.__name__


def open_store(path: str | Path | None = None) -> Store:
    from .. import config

    return Store(path or config.db_path())
