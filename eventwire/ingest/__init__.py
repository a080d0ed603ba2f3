"""Readers: every input format becomes ``Article`` records.

A reader yields ``Article`` for each good record and ``InputError`` (not raised) for each
bad one, so a run codes the rest and reports every failure by record and reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import InputError
from ..records import Article

Item = Article | InputError

ARTICLE_KEYS = {"id", "url", "title", "text", "published", "source", "language"}
#: Common names other dumps use for the same fields.
KEY_ALIASES = {
    "body": "text", "content": "text", "article": "text", "story": "text",
    "date": "published", "publish_date": "published", "pub_date": "published",
    "published_at": "published", "datetime": "published",
    "headline": "title", "link": "url", "outlet": "source", "publisher": "source",
    "lang": "language", "article_id": "id", "doc_id": "id",
}


def parse_date(value: Any, record: str) -> dt.date | dt.datetime | None:
    """ISO dates and datetimes; anything else is an error naming the record."""
    if value in (None, ""):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    text = str(value).strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        import dateparser  # optional: richer formats ("27 July 2023", RFC 822)

        parsed = dateparser.parse(text, settings={"STRICT_PARSING": True})
    except ImportError:
        parsed = None
    if parsed is None:
        raise InputError(record, f"unreadable publication date {text!r} (use ISO 8601, e.g. 2023-07-27)")
    return parsed


def stable_id(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def article_from_mapping(obj: Any, record: str, published: Any = None) -> Article:
    """Build an Article from a JSON object, accepting common alternative key names."""
    if not isinstance(obj, dict):
        raise InputError(record, f"expected a JSON object, got {type(obj).__name__}")
    data: dict[str, Any] = {}
    for key, value in obj.items():
        key = KEY_ALIASES.get(key, key)
        if key in ARTICLE_KEYS and key not in data:
            data[key] = value
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(record, "no article text (expected a non-empty 'text' field)")
    pub = parse_date(data.get("published"), record) or parse_date(published, record)
    art_id = str(data.get("id") or stable_id(str(data.get("url") or ""), text))
    return Article(
        id=art_id,
        text=text,
        url=data.get("url"),
        title=data.get("title"),
        published=pub,
        source=data.get("source"),
        language=data.get("language") or "en",
    )


def read_text(path: Path, published: Any = None) -> Iterator[Item]:
    record = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        yield InputError(record, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        return
    if not text.strip():
        yield InputError(record, "empty file")
        return
    try:
        pub = parse_date(published, record)
    except InputError as err:
        yield err
        return
    yield Article(id=path.stem, text=text, published=pub, url=None, title=None)


def read_json(path: Path, published: Any = None) -> Iterator[Item]:
    record = str(path)
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield InputError(record, f"invalid JSON: {exc}")
        return
    objs = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(objs):
        rec = record if len(objs) == 1 else f"{record}[{i}]"
        try:
            yield article_from_mapping(item, rec, published)
        except InputError as err:
            yield err


def read_jsonl_stream(lines: Iterable[str], name: str, published: Any = None) -> Iterator[Item]:
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        rec = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(rec, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield article_from_mapping(obj, rec, published)
        except InputError as err:
            yield err


def read_jsonl(path: Path, published: Any = None) -> Iterator[Item]:
    try:
        with path.open(encoding="utf-8") as fh:
            yield from read_jsonl_stream(fh, str(path), published)
    except UnicodeDecodeError as exc:
        yield InputError(str(path), f"not UTF-8 text ({exc.reason})")


def article_from_html(html: str, record: str, url: str | None = None, published: Any = None) -> Article:
    """Main text, title and date with trafilatura, so menus and footers are not coded."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        raise InputError(record, "no main text found in the HTML")
    get = doc.get if isinstance(doc, dict) else (lambda k, d=None: getattr(doc, k, d))
    text = get("text")
    if not text or not text.strip():
        raise InputError(record, "no main text found in the HTML")
    pub = parse_date(published, record) if published else None
    if pub is None and get("date"):
        try:
            pub = parse_date(get("date"), record)
        except InputError:
            pub = None
    return Article(
        id=stable_id(url or record, text),
        text=text,
        url=url or get("url"),
        title=get("title"),
        published=pub,
        source=get("sitename") or get("hostname"),
    )


def read_html(path: Path, published: Any = None) -> Iterator[Item]:
    record = str(path)
    try:
        html = path.read_text(encoding="utf-8", errors="replace")
        yield article_from_html(html, record, published=published)
    except InputError as err:
        yield err


READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
}


def read_stdin(stream: IO[str] | None = None, published: Any = None) -> Iterator[Item]:
    """JSONL when every non-empty line is a JSON object, else the whole input is one article."""
    stream = stream or sys.stdin
    data = stream.read()
    lines = [ln for ln in data.splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith("{") for ln in lines):
        yield from read_jsonl_stream(lines, "<stdin>", published)
        return
    if not data.strip():
        yield InputError("<stdin>", "empty input")
        return
    try:
        pub = parse_date(published, "<stdin>")
    except InputError as err:
        yield err
        return
    yield Article(id=stable_id("<stdin>", data), text=data, published=pub)


def read(inputs: Iterable[str], published: Any = None) -> Iterator[Item]:
    """Read paths (``-`` is stdin; folders are walked), yielding articles and per-record errors."""
    for name in inputs:
        if name == "-":
            yield from read_stdin(published=published)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
            if not files:
                yield InputError(name, "folder holds no readable files (" + ", ".join(sorted(READERS)) + ")")
            for p in files:
                yield from READERS[p.suffix.lower()](p, published)
            continue
        if not path.exists():
            yield InputError(name, "no such file")
            continue
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            yield InputError(name, f"unknown format {path.suffix!r} (known: {', '.join(sorted(READERS))})")
            continue
        yield from reader(path, published)
