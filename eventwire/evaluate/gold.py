"""Reading gold files: JSON lines, each an object with the fields a task needs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError


def read_json_lines(path: Path, required: set[str], expected: str) -> list[dict[str, Any]]:
    """The objects of a JSONL gold file; a line that is not JSON, or lacks a required field, is an
    error naming the file and line (``expected`` says what a line should be)."""
    rows = []
    with open(path, encoding="utf-8-sig") as fh:
        for k, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{k}", f"not JSON ({exc.msg})") from None
            if not isinstance(row, dict) or not required <= set(row):
                raise InputError(f"{path}:{k}", f"expected {expected}")
            rows.append(row)
    return rows
