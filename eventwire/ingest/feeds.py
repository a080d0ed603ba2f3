"""RSS and Atom feeds: each entry with text is an article.

Feeds often carry only a summary; eventwire codes what the feed holds (the entry's full content
when present, else its summary) and never fetches the linked pages behind the user's back. An entry
with no text at all fails with that reason, so it is visible, not silently dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Article


def _html_to_text(html: str) -> str:
    """Entry bodies are HTML fragments: their text, paragraphs kept as lines."""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except Exception:  # noqa: BLE001 - lxml raises several classes on broken fragments
        return html.strip()
    for br in root.iter("br", "p", "div", "li", "h1", "h2", "h3"):
        br.tail = "\n" + (br.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _published(entry: Any) -> dt.datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return dt.datetime(*t[:6], tzinfo=dt.timezone.utc)
            except (TypeError, ValueError):
                continue
    return None


def articles_from_feed(data: bytes, record: str, published: Any = None) -> Iterator[Article | InputError]:
    """Articles of an RSS/Atom document (bytes, so feedparser reads the declared encoding)."""
    import feedparser

    from . import parse_date, stable_id

    feed = feedparser.parse(data)
    if not feed.entries:
        why = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield InputError(record, f"no feed entries: not an RSS or Atom feed, or an empty one{why}")
        return
    source = feed.feed.get("title")
    for i, entry in enumerate(feed.entries):
        rec = f"{record}#{i + 1}"
        html = ""
        if entry.get("content"):
            html = max((c.get("value", "") for c in entry.content), key=len)
        html = html or entry.get("summary", "") or entry.get("description", "")
        text = _html_to_text(html)
        title = entry.get("title")
        if not text:
            yield InputError(rec, f"feed entry {title or entry.get('link') or ''!r} has no text (title only)")
            continue
        try:
            pub = _published(entry) or parse_date(published, rec)
        except InputError as err:
            yield err
            continue
        link = entry.get("link")
        yield Article(id=str(entry.get("id") or stable_id(link or rec, text)), text=text, url=link, title=title,
                      published=pub, source=source, origin=rec)


def read_feed(path: Path, published: Any = None, ident: str | None = None) -> Iterator[Article | InputError]:
    from . import contents

    try:
        data = contents(path, text=False)  # bytes: feedparser reads the feed's declared encoding
    except InputError as err:
        yield err
        return
    yield from articles_from_feed(data, str(path), published)
