"""Shared fixtures: the project's own sample story, coded once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE_TXT = FIXTURES / "kim-shoigu-2023-07-27.txt"


@pytest.fixture(scope="session")
def sample_text() -> str:
    # the .txt fixture has the headline as its first line; the story follows
    return SAMPLE_TXT.read_text(encoding="utf-8").split("\n", 1)[1]


@pytest.fixture(scope="session")
def sample_events(sample_text):
    import eventwire

    return eventwire.code_text(sample_text, published="2023-07-27", article_id="kim-shoigu")


@pytest.fixture(scope="session")
def sample_dicts(sample_events):
    return [json.loads(json.dumps(e.to_dict())) for e in sample_events]


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server of the test session's own (see tests/pg_server.py); skipped, with the reason,
    only where no server binaries exist (.ci/run installs them, so CI never skips)."""
    import importlib.util

    if importlib.util.find_spec("psycopg") is None:
        pytest.skip("psycopg is not installed (pip install '.[test]')")
    from pg_server import Server, server_bin

    bindir = server_bin()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl); .ci/run installs Debian's postgresql")
    server = Server(bindir)
    base = server.start()
    yield server, base
    server.stop()


@pytest.fixture()
def pg_url(pg_server):
    """A fresh, empty PostgreSQL database for one test."""
    server, base = pg_server
    return server.new_database(base)
