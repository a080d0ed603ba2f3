"""WARC web archives (``.warc``, ``.warc.gz``): each archived HTML page is an article.

Request, metadata and warcinfo records are the crawl's bookkeeping, not documents, and are passed
over. A response that is not HTML (an image, a stylesheet) is reported as skipped with its type, so
every archived document is accounted for. The page's main text, title and date come from
trafilatura, as for ``.html`` files; the capture date stands in when the page shows none.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError, InputSkipped
from ..records import Article


def read_warc(path: Path, published: Any = None, ident: str | None = None) -> Iterator[Article | InputError | InputSkipped]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from . import _unreadable, article_from_html, parse_date

    record_name = str(path)
    n = 0
    try:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type != "response":
                    continue
                n += 1
                uri = rec.rec_headers.get_header("WARC-Target-URI") or ""
                name = f"{record_name}#{n} {uri}".rstrip()
                ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else None) or ""
                if "html" not in ctype.lower():
                    yield InputSkipped(name, f"not an HTML page ({ctype.split(';')[0] or 'no content type'})")
                    continue
                try:
                    html = rec.content_stream().read()
                    art = article_from_html(html, name, url=uri or None, published=published)
                    if art.published is None:
                        when = rec.rec_headers.get_header("WARC-Date")
                        art.published = parse_date(when, name) if when else None
                        if isinstance(art.published, dt.datetime):
                            art.published = art.published.date()
                    yield art
                except InputError as err:
                    yield err
                except Exception as exc:  # noqa: BLE001 - one damaged record must not end the archive
                    yield InputError(name, f"cannot read the archived page: {exc.__class__.__name__}: {exc}")
    except ArchiveLoadFailed as exc:
        yield InputError(record_name if not n else f"{record_name}#{n + 1}", f"not a readable WARC archive ({exc})")
        return
    except (OSError, EOFError) as exc:
        yield _unreadable(record_name if not n else f"{record_name}#{n + 1}", exc, whole_input=n == 0)
        return
    if n == 0:
        yield InputError(record_name, "no archived responses in the WARC file")
