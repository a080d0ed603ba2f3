"""The event record's JSON Schema (shipped in ``data/schema/event.schema.json``) and a validator."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def event_schema() -> dict[str, Any]:
    path = resources.files("eventwire") / "data" / "schema" / "event.schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def validate_event(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when the record does not follow the schema."""
    import jsonschema

    jsonschema.validate(record, event_schema())
