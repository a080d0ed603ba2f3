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
