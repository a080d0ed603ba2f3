"""The records every stage reads and writes.

Plain dataclasses: a stage takes records and returns records, so any stage can be
replaced without the others noticing. ``Event.to_dict`` is the one JSON shape that
``eventwire code`` prints and that ``data/schema/event.schema.json`` describes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from . import __version__ as _version


@dataclass
class Article:
    """One news article. ``text`` is what character offsets in events point into."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: dt.date | dt.datetime | None = None
    source: str | None = None
    language: str = "en"
    #: what the reader or the checks before coding found doubtful (no publication date, a date in the future)
    warnings: list[str] = field(default_factory=list)
    #: where the reader found it ("dump.jsonl:33", "story.txt"), so messages name the record
    origin: str | None = None

    @property
    def where(self) -> str:
        """The record as messages name it: where it was read, and its id."""
        if self.origin and self.origin != self.id:
            return f"{self.origin} ({self.id})"
        return self.id

    def published_date(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        return d


@dataclass
class Span:
    """Evidence: a piece of the article text, with character offsets into ``Article.text``."""

    text: str
    start: int
    end: int


@dataclass
class Actor:
    """A source or target: the text span plus what it was coded to.

    An ``inferred`` actor has no span (``text``, ``start`` and ``end`` are None): the sentence names
    no agent ("ten people were arrested in Ahmedabad") and the coder inferred who acted from context
    (arrests in India: India's police). The explanation says why."""

    text: str | None
    start: int | None
    end: int | None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    kind: str | None = None
    entry: str | None = None
    confidence: float = 0.0
    inferred: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "code": self.code,
            "inferred": self.inferred,
        }


@dataclass
class Location:
    text: str
    start: int
    end: int
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None


@dataclass
class Modality:
    negated: bool = False
    hedged: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False


@dataclass
class Attribution:
    """Who says so: the reporting source named in the text. In a chain ("Reuters, citing state
    media, reported ...") this is the outlet that reports, and ``via`` the source it cites."""

    text: str
    start: int
    end: int
    name: str | None = None
    code: str | None = None
    via: Attribution | None = None


def _attribution_dict(attr: Attribution | None) -> dict[str, Any] | None:
    """The JSON form: a cited source is one level deep (its own ``via`` is not repeated)."""
    if attr is None:
        return None
    d = asdict(attr)
    if d["via"] is not None:
        d["via"].pop("via", None)
    return d


@dataclass
class Event:
    article_id: str
    sentence_index: int
    sentence: str
    event_type: str
    cameo_code: str
    quad_class: int
    goldstein: float
    source: Actor | None  # None: an agentless event whose source the article does not reveal
    target: Actor | None
    trigger: Span
    event_mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    date_span: Span | None = None
    location: Location | None = None
    modality: Modality = field(default_factory=Modality)
    attribution: Attribution | None = None
    confidence: float = 0.0
    coder_version: str = _version
    explanation: list[str] = field(default_factory=list)

    @property
    def event_id(self) -> str:
        """Stable id: the same article, trigger and dyad (spans and codes) always hash to the same id."""
        key = "|".join(
            [
                self.article_id,
                str(self.trigger.start),
                str(self.trigger.end),
                str(self.source.start if self.source and self.source.start is not None else -1),
                str(self.target.start if self.target else -1),
                (self.source.code or "") if self.source else "",
                (self.target.code or "") if self.target else "",
                self.event_type,
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "event_type": self.event_type,
            "event_mode": self.event_mode,
            "contexts": list(self.contexts),
            "cameo_code": self.cameo_code,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "trigger": asdict(self.trigger),
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "location": asdict(self.location) if self.location else None,
            "modality": asdict(self.modality),
            "attribution": _attribution_dict(self.attribution),
            "confidence": round(self.confidence, 3),
            "coder_version": self.coder_version,
            "explanation": list(self.explanation),
        }


@dataclass
class Outcome:
    """What happened to one input record: every record ends coded, skipped or failed.

    ``stored`` is the fourth way a record is accounted for on a resumed run: it was coded and stored
    earlier by the same coder version, so it is not coded again."""

    record: str
    status: str  # "coded" | "skipped" | "failed" | "stored"
    reason: str | None = None
    article: Article | None = None
    events: list[Event] = field(default_factory=list)
    #: the whole input (a path, stdin) could not be read, not just one record of it
    whole_input: bool = False
    #: a stored article came again with another text (same id or URL): this coding replaced it
    updated: bool = False

    @property
    def warnings(self) -> list[str]:
        return self.article.warnings if self.article is not None else []
