"""Specific exceptions, so callers can catch exactly what they can handle."""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class InputError(EventwireError):
    """An input record could not be read; names the record and the reason."""

    def __init__(self, record: str, reason: str, whole_input: bool = False):
        self.record = record
        self.reason = reason
        #: True when a whole input (a path, stdin) could not be read at all, not one record of it
        self.whole_input = whole_input
        super().__init__(f"{record}: {reason}")


class InputSkipped(EventwireError):
    """An input deliberately not coded (a README in a folder, a non-English article), with the reason.

    Yielded by readers and stages like :class:`InputError`, never raised; a skipped record is
    accounted for and does not make the run fail."""

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
