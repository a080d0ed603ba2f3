"""Readers: every format becomes Article records; bad records are reported, not fatal."""

from __future__ import annotations

import datetime as dt
import io
import json

from eventwire.errors import InputError
from eventwire.ingest import read, read_stdin
from eventwire.records import Article


def _split(items):
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, InputError)]
    return arts, errs


def test_txt_whole_file_with_published(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Russian troops shelled Kharkiv.\nSecond paragraph.", encoding="utf-8")
    arts, errs = _split(list(read([str(p)], published="2024-05-13")))
    assert not errs and len(arts) == 1
    assert arts[0].text.startswith("Russian troops") and arts[0].published == dt.date(2024, 5, 13)
    assert arts[0].id == "story.txt"  # the file name: stable, and never two files under one id


def test_json_and_alias_keys(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"headline": "H", "body": "Text here.", "date": "2023-07-27T10:00:00Z",
                             "link": "http://x", "outlet": "Wire"}), encoding="utf-8")
    (a,), errs = _split(list(read([str(p)])))
    assert not errs
    assert (a.title, a.text, a.url, a.source) == ("H", "Text here.", "http://x", "Wire")
    assert a.published_date() == dt.date(2023, 7, 27)


def test_jsonl_bad_lines_are_named_and_the_rest_is_read(tmp_path):
    p = tmp_path / "dump.jsonl"
    p.write_text('{"id": "1", "text": "One."}\nnot json\n{"id": "3"}\n{"id": "4", "text": "Four.", "published": "someday"}\n'
                 '{"id": "5", "text": "Five."}\n', encoding="utf-8")
    arts, errs = _split(list(read([str(p)])))
    assert [a.id for a in arts] == ["1", "5"]
    assert [e.record for e in errs] == [f"{p}:2", f"{p}:3", f"{p}:4"]
    assert "invalid JSON" in errs[0].reason
    assert "no article text" in errs[1].reason
    assert "publication date" in errs[2].reason


def test_html_main_text_title_and_date(tmp_path):
    html = """<html><head><title>Kim meets Shoigu</title>
    <meta property="article:published_time" content="2023-07-27"></head><body>
    <nav>Home | World | Sport</nav><article><h1>Kim meets Shoigu</h1>
    <p>The North Korean leader, Kim Jong-un, held a meeting with the Russian Defense Minister in Pyongyang on Wednesday,
    according to the state agency KCNA, which reported the talks in detail.</p>
    <p>The two sides exchanged views on regional security and pledged to strengthen their relationship further.</p>
    </article><footer>Copyright</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    (a,), errs = _split(list(read([str(p)])))
    assert not errs
    assert "held a meeting" in a.text and "Home | World" not in a.text
    assert a.title == "Kim meets Shoigu"
    assert a.published_date() == dt.date(2023, 7, 27)


def test_missing_file_and_unknown_format(tmp_path):
    q = tmp_path / "x.pdf"
    q.write_bytes(b"%PDF")
    arts, errs = _split(list(read([str(tmp_path / "nope.txt"), str(q)])))
    assert not arts
    assert errs[0].reason == "no such file"
    assert "unknown format" in errs[1].reason


def test_stdin_plain_text_and_jsonl():
    (a,) = list(read_stdin(io.StringIO("Protesters rallied in Paris."), published="2024-01-02"))
    assert a.text == "Protesters rallied in Paris." and a.published == dt.date(2024, 1, 2)
    items = list(read_stdin(io.StringIO('{"text": "One."}\n{"text": "Two."}\n')))
    assert [i.text for i in items] == ["One.", "Two."]


def test_folder_is_walked(tmp_path):
    (tmp_path / "a.txt").write_text("A story.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "B story."}\n', encoding="utf-8")
    arts, errs = _split(list(read([str(tmp_path)])))
    assert sorted(a.text for a in arts) == ["A story.", "B story."] and not errs


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title><link>http://wire.example</link><description>d</description>
<item><title>Police arrest journalists</title><link>http://wire.example/1</link><guid>w-1</guid>
<pubDate>Wed, 15 May 2024 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Israeli police arrested two Palestinian journalists in Jerusalem.&lt;/p&gt;</description></item>
<item><title>Title only</title><link>http://wire.example/2</link><guid>w-2</guid></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id><updated>2024-05-16T00:00:00Z</updated>
<entry><title>Shelling</title><id>urn:a1</id><updated>2024-05-16T08:00:00Z</updated>
<link href="http://wire.example/a1"/>
<content type="html">&lt;p&gt;Russian forces shelled Kharkiv overnight.&lt;/p&gt;&lt;p&gt;Two people died.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_and_atom_entries_are_articles_and_empty_entries_are_named(tmp_path):
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "wire.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "notafeed.xml").write_text("<lgl><article/></lgl>", encoding="utf-8")
    arts, errs = _split(list(read([str(tmp_path / "wire.rss"), str(tmp_path / "wire.atom"),
                                   str(tmp_path / "notafeed.xml")])))
    assert [a.id for a in arts] == ["w-1", "urn:a1"]
    a, b = arts
    assert a.text == "Israeli police arrested two Palestinian journalists in Jerusalem."
    assert (a.title, a.url, a.source, a.published_date()) == ("Police arrest journalists", "http://wire.example/1",
                                                             "Wire", dt.date(2024, 5, 15))
    assert b.text == "Russian forces shelled Kharkiv overnight.\nTwo people died."
    assert [e.record for e in errs] == [f"{tmp_path / 'wire.rss'}#2", str(tmp_path / "notafeed.xml")]
    assert "no text" in errs[0].reason and "not an RSS or Atom feed" in errs[1].reason


def _warc(path, pages):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for uri, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": "2024-05-15T10:00:00Z"}))
            writer.write_record(writer.create_warc_record(uri, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def test_warc_pages_are_articles_and_other_responses_are_skipped(tmp_path):
    from eventwire.errors import InputSkipped

    page = (b"<html><head><title>Arrests</title></head><body><article><p>Israeli police arrested two Palestinian "
            b"journalists in Jerusalem on Tuesday, the police said in a statement issued later that day.</p>"
            b"<p>The two were taken to a police station in the city for questioning.</p></article></body></html>")
    for name in ("crawl.warc", "crawl.warc.gz"):
        path = tmp_path / name
        _warc(path, [("http://news.example/a", "text/html; charset=utf-8", page),
                     ("http://news.example/logo.png", "image/png", b"\x89PNG")])
        items = list(read([str(path)]))
        arts, errs = _split(items)
        skips = [i for i in items if isinstance(i, InputSkipped)]
        assert not errs and len(arts) == 1 and len(skips) == 1
        assert "arrested two Palestinian journalists" in arts[0].text
        assert arts[0].url == "http://news.example/a" and arts[0].published == dt.date(2024, 5, 15)
        assert "not an HTML page (image/png)" in skips[0].reason and "logo.png" in skips[0].record


def test_a_url_is_fetched_once_as_a_page_or_a_feed():
    import http.server
    import threading

    page = (b"<html><head><title>T</title></head><body><article><p>Russian forces shelled Kharkiv overnight, the "
            b"regional governor said on Monday in a message on social media.</p></article></body></html>")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the stdlib's name
            body, ctype = (RSS.encode(), "application/rss+xml") if self.path == "/feed" else (page, "text/html")
            if self.path == "/missing":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        arts, errs = _split(list(read([f"{base}/story", f"{base}/feed", f"{base}/missing"])))
    finally:
        server.shutdown()
    assert "shelled Kharkiv" in arts[0].text and arts[0].url == f"{base}/story"
    assert [a.id for a in arts[1:]] == ["w-1"]
    assert [e.record for e in errs] == [f"{base}/feed#2", f"{base}/missing"]
    assert "cannot fetch" in errs[1].reason and errs[1].whole_input
