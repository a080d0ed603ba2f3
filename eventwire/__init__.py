"""eventwire: news articles in, coded political events out (PLOVER + CAMEO), offline.

The public API; the CLI and any server are thin doors onto these calls::

    import eventwire
    events = eventwire.code_text("Russian troops shelled Kharkiv on Monday.", published="2024-05-13")
    for ev in events:
        print(ev.event_type, ev.source.code, ev.target.code if ev.target else None)

    db = eventwire.open("events.duckdb")          # a database `eventwire code ... --db` filled
    frame = db.events(actor="RUS", type="ASSAULT")  # a pandas DataFrame (pip install "eventwire[frames]")
"""

__version__ = "0.1.0"

from .errors import ConfigError, EventwireError, InputError, ModelNotFoundError, StoreError  # noqa: E402
from .records import Actor, Article, Attribution, Event, Location, Modality, Outcome, Span  # noqa: E402
from .pipeline import code_articles, code_text, code_article  # noqa: E402
from .actors.resolver import resolve_actor  # noqa: E402
from .events.classifier import classify_dyad  # noqa: E402
from .store import open_store as open  # noqa: E402,A001 - eventwire.open(db).events(...), like sqlite3.connect

__all__ = [
    "__version__", "code_text", "code_articles", "code_article", "classify_dyad", "resolve_actor", "open",
    "Article", "Event", "Actor", "Span", "Location", "Modality", "Attribution", "Outcome",
    "EventwireError", "InputError", "ModelNotFoundError", "ConfigError", "StoreError",
]
