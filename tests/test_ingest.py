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
    assert arts[0].id == "story"


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
