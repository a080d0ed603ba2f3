"""Specific exceptions, so callers can catch exactly what they can handle."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input record could not be read; names the record and the reason."""

    def __init__(self, record: str, reason: str):
        self.record = record
        self.reason = reason
        super().__init__(f"{record}: {reason}")


class ModelNotFoundError(EventwireError):
    """The configured spaCy model is not installed."""


class ConfigError(EventwireError):
    """A configuration value or data file is invalid."""


class StoreError(EventwireError):
    """The event database could not be opened or written."""
