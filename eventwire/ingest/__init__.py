"""Readers: every input format becomes ``Article`` records.

A reader yields ``Article`` for each good record and ``InputError`` (not raised) for each
bad one, so a run codes the rest and reports every failure by record and reason.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import hashlib
import itertools
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

from ..errors import InputError, InputSkipped
from ..records import Article

Item = Article | InputError | InputSkipped

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


def legacy_ids(article: Article) -> set[str]:
    """Ids that schema versions before 5 gave this file's article: its path without the suffix
    ("sub/story" for "sub/story.txt"), and for an HTML page a hash of its URL (or file) and text. A
    run finding the same text stored under one of them re-keys that article instead of keeping two."""
    if not article.origin or article.origin == "<stdin>" or article.origin.startswith(("http://", "https://")):
        return set()
    name = article.id[: -len(COMPRESSED_SUFFIX)] if article.id.lower().endswith(COMPRESSED_SUFFIX) else article.id
    stem = str(PurePosixPath(name).with_suffix("")) if PurePosixPath(name).suffix else name
    out = {stem, stable_id(article.url or article.origin, article.text)}
    out.discard(article.id)
    return out


def article_from_mapping(obj: Any, record: str, published: Any = None) -> Article:
    """An Article from a JSON object (``record`` names where it was read), accepting common alternative
    key names."""
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
        origin=record,
    )


#: gzip-compressed inputs are read as the format of their inner suffix ("dump.jsonl.gz")
COMPRESSED_SUFFIX = ".gz"


def _format_suffix(path: Path) -> tuple[str, bool]:
    """The format suffix and whether the file is gzip-compressed ("a.jsonl.gz" -> ".jsonl", True)."""
    name = path.name.lower()
    if name.endswith(COMPRESSED_SUFFIX):
        return Path(name[: -len(COMPRESSED_SUFFIX)]).suffix, True
    return path.suffix.lower(), False


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, decompressed when it is a .gz; OSError and gzip errors propagate."""
    if _format_suffix(path)[1]:
        with gzip.open(path, "rb") as fh:
            return fh.read()
    return path.read_bytes()


def _unreadable(record: str, exc: BaseException, whole_input: bool = True) -> InputError:
    if isinstance(exc, OSError) and exc.strerror:
        why = exc.strerror
    else:
        why = f"{exc.__class__.__name__}: {exc}"
    if isinstance(exc, (gzip.BadGzipFile, EOFError, zlib.error)):
        why = f"damaged gzip data ({exc})"
    return InputError(record, f"cannot read: {why}", whole_input=whole_input)


def decode(data: bytes, record: str) -> str:
    """UTF-8 text, with or without a byte-order mark; an invalid byte is an error naming where it is."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(record, f"not UTF-8 text: invalid byte 0x{data[exc.start]:02x} at line {line}, "
                                 f"column {col} (byte {exc.start}); re-encode the file as UTF-8") from None


def contents(path: Path, text: bool = True) -> str | bytes:
    """A file's content, decompressed, and decoded as UTF-8 unless ``text`` is False; an unreadable
    file, a bad byte or an empty file raises InputError naming the file and the reason."""
    record = str(path)
    try:
        data = _read_bytes(path)
    except (OSError, EOFError, zlib.error) as exc:
        raise _unreadable(record, exc) from None
    out = decode(data, record) if text else data
    if not out.strip():
        raise InputError(record, "empty file")
    return out


def read_text(path: Path, published: Any = None, ident: str | None = None) -> Iterator[Item]:
    """A plain-text file is one article. Its id is its path inside the folder named on the command line, or
    its file name when named directly: stable from run to run, and two ``story.txt`` in two folders stay two."""
    record = str(path)
    try:
        text = contents(path)
        pub = parse_date(published, record)
    except InputError as err:
        yield err
        return
    yield Article(id=ident or path.name, text=text, published=pub, url=None, title=None, origin=record)


def read_json(path: Path, published: Any = None, ident: str | None = None) -> Iterator[Item]:
    """One JSON object, or an array of them; each element is its own record."""
    record = str(path)
    try:
        text = contents(path)
    except InputError as err:
        yield err
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(record, f"invalid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")
        return
    objs = obj if isinstance(obj, list) else [obj]
    if not objs:
        yield InputError(record, "empty JSON array")
    for i, item in enumerate(objs):
        rec = record if len(objs) == 1 and not isinstance(obj, list) else f"{record}[{i}]"
        try:
            yield article_from_mapping(item, rec, published)
        except InputError as err:
            yield err


def read_jsonl_stream(lines: Iterable[bytes | str], name: str, published: Any = None) -> Iterator[Item]:
    """One record per line. Lines are decoded one by one, so a bad byte or a bad line fails that
    line alone (named ``file:line``) and every other line is read."""
    seen = False
    for lineno, raw in enumerate(lines, 1):
        rec = f"{name}:{lineno}"
        if isinstance(raw, bytes):
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                seen = True
                yield InputError(rec, f"not UTF-8: invalid byte 0x{raw[exc.start]:02x} at column {exc.start + 1}")
                continue
        else:
            line = raw.lstrip("\ufeff") if lineno == 1 else raw
        if not line.strip():
            continue
        seen = True
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(rec, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield article_from_mapping(obj, rec, published)
        except InputError as err:
            yield err
    if not seen:
        yield InputError(name, "empty file (no JSON lines)")


def read_jsonl(path: Path, published: Any = None, ident: str | None = None) -> Iterator[Item]:
    """Streams the file: a dump of any size is read a line at a time."""
    record = str(path)
    lineno = 0

    def lines(fh: IO[bytes]) -> Iterator[bytes]:
        nonlocal lineno
        for lineno, raw in enumerate(fh, 1):  # noqa: B007 - lineno is read after a read error
            yield raw

    try:
        opener = gzip.open if _format_suffix(path)[1] else open
        with opener(path, "rb") as fh:
            yield from read_jsonl_stream(lines(fh), record, published)
    except (OSError, EOFError, zlib.error) as exc:
        # the file could not be opened (no line read) or broke off: what follows is unreadable
        yield _unreadable(f"{record}:{lineno + 1}" if lineno else record, exc, whole_input=lineno == 0)


def article_from_html(html: str | bytes, record: str, url: str | None = None, published: Any = None) -> Article:
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
        origin=record,
    )


def read_html(path: Path, published: Any = None, ident: str | None = None) -> Iterator[Item]:
    record = str(path)
    try:
        # bytes, so trafilatura reads the page's own charset declaration
        art = article_from_html(contents(path, text=False), record, published=published)
        art.id = ident or path.name  # the page's id is its file's, like a .txt's; its URL stays its own
        yield art
    except InputError as err:
        yield err


def read_url(url: str, published: Any = None) -> Iterator[Item]:
    """A web page or a feed, fetched once (the user asked for it); a page's main text is one article,
    a feed's entries are articles. Nothing else is ever fetched."""
    import urllib.error
    import urllib.request

    from .feeds import articles_from_feed

    req = urllib.request.Request(url, headers={"User-Agent": "eventwire (+https://pypi.org/project/eventwire)"})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            data = resp.read()
            ctype = (resp.headers.get("Content-Type") or "").lower()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        yield InputError(url, f"cannot fetch: {getattr(exc, 'reason', None) or exc}", whole_input=True)
        return
    if any(k in ctype for k in ("rss", "atom", "xml")) and b"<html" not in data[:2000].lower():
        yield from articles_from_feed(data, url, published)
        return
    try:
        yield article_from_html(data, url, url=url, published=published)
    except InputError as err:
        yield err


def _feed_reader(path: Path, published: Any = None, ident: str | None = None) -> Iterator[Item]:
    from .feeds import read_feed

    yield from read_feed(path, published, ident)


def _warc_reader(path: Path, published: Any = None, ident: str | None = None) -> Iterator[Item]:
    from .warc import read_warc

    yield from read_warc(path, published, ident)


READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
    ".rss": _feed_reader,
    ".atom": _feed_reader,
    ".xml": _feed_reader,
    ".warc": _warc_reader,
}


def known_formats() -> str:
    return ", ".join(sorted(READERS)) + f" (each also as {COMPRESSED_SUFFIX})"


def _stdin_lines(stream: IO[bytes] | IO[str]) -> Iterator[bytes]:
    buf = getattr(stream, "buffer", stream)
    for line in buf:
        yield line if isinstance(line, bytes) else line.encode("utf-8", "surrogateescape")


def read_stdin(stream: IO[bytes] | IO[str] | None = None, published: Any = None) -> Iterator[Item]:
    """Standard input, read as bytes: JSONL when its first non-blank line is a JSON object (each line
    then a record, decoded alone like a file's), else the whole input is one plain-text article."""
    lines = _stdin_lines(stream or sys.stdin)
    head: list[bytes] = []
    for raw in lines:
        head.append(raw)
        if raw.strip():
            break
    first = head[-1].lstrip().removeprefix(codecs.BOM_UTF8).lstrip() if head else b""
    if first.startswith(b"{"):
        yield from read_jsonl_stream(itertools.chain(head, lines), "<stdin>", published)
        return
    data = b"".join(itertools.chain(head, lines))
    try:
        text = decode(data, "<stdin>")
        if not text.strip():
            raise InputError("<stdin>", "empty input")
        pub = parse_date(published, "<stdin>")
    except InputError as err:
        yield err
        return
    yield Article(id=stable_id("<stdin>", text), text=text, published=pub, origin="<stdin>")


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` in a stable order; hidden files and folders (".git") are not news."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith("."):
                yield Path(root) / f


def read(inputs: Iterable[str], published: Any = None) -> Iterator[Item]:
    """Read paths (``-`` is stdin; folders are walked; http(s) URLs are fetched), yielding articles and
    per-record outcomes.

    Every record comes out as an ``Article``, an ``InputError`` (failed, with the reason) or an
    ``InputSkipped`` (a file in a folder that is not an article format)."""
    for name in inputs:
        if name == "-":
            yield from read_stdin(published=published)
            continue
        if name.startswith(("http://", "https://")):
            yield from read_url(name, published)
            continue
        path = Path(name)
        if path.is_dir():
            n = 0
            for p in _walk(path):
                n += 1
                suffix, _ = _format_suffix(p)
                reader = READERS.get(suffix)
                if reader is None:
                    yield InputSkipped(str(p), f"not an article format ({p.suffix or 'no suffix'}); "
                                               f"eventwire reads {known_formats()}")
                    continue
                yield from reader(p, published, ident=p.relative_to(path).as_posix())
            if n == 0:
                yield InputError(name, f"empty folder (eventwire reads {known_formats()})", whole_input=True)
            continue
        if not path.exists():
            yield InputError(name, "no such file", whole_input=True)
            continue
        reader = READERS.get(_format_suffix(path)[0])
        if reader is None:
            yield InputError(name, f"unknown format {path.suffix!r} (known: {known_formats()})", whole_input=True)
            continue
        yield from reader(path, published)
