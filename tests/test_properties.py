"""Property tests: the readers, the text cleaner and the temporal normalizer never let an exception
escape on any input, and every span they report points at the text it names."""

from __future__ import annotations

import datetime as dt
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire import time as time_mod
from eventwire.errors import InputError
from eventwire.ingest import read_jsonl_stream, read_stdin
from eventwire.records import Article
from eventwire.textprep import prepare, sections

#: text with the debris real feeds carry: mojibake, odd case, datelines, line breaks, controls
WORDS = st.sampled_from([
    "Russian", "forces", "shelled", "Kharkiv", "KYIV,", "May 20 -", "(Reuters)", "police", "arrested",
    "â€™", "â€œ", "Ã©", "Seguéi", "Shoigu", "\n", "\n\n", ".", ",", "--", "ÂŁ", "\u00a0", "\t", "GAZA", "said"])
NEWSY = st.lists(WORDS, max_size=40).map(" ".join) | st.text(max_size=200)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.lists(st.binary(max_size=80), max_size=12))
def test_jsonl_reader_accounts_for_every_nonblank_line(lines):
    raw = [ln.replace(b"\n", b" ") + b"\n" for ln in lines]
    items = list(read_jsonl_stream(raw, "dump.jsonl"))
    assert all(isinstance(i, (Article, InputError)) for i in items)
    nonblank = [ln for ln in raw if ln.decode("utf-8", "replace").strip()]  # Unicode whitespace is blank too
    # each non-blank line is one record; a file with none is one failed record
    assert len(items) == (len(nonblank) or 1)


@SETTINGS
@given(st.binary(max_size=400))
def test_stdin_reader_never_raises(data):
    items = list(read_stdin(io.BytesIO(data)))
    assert items and all(isinstance(i, (Article, InputError)) for i in items)
    for a in items:
        if isinstance(a, Article):
            assert a.text.strip()


@SETTINGS
@given(NEWSY)
def test_prepared_text_maps_back_into_the_original(text):
    prep = prepare(text)
    if prep.offsets is None:
        assert len(prep.text) == len(text)
    else:
        assert len(prep.offsets) == len(prep.text) + 1
        assert all(0 <= o <= len(text) for o in prep.offsets)
        assert all(a <= b for a, b in zip(prep.offsets, prep.offsets[1:]))
    for start in range(0, len(prep.text), 7):
        a, b = prep.span(start, min(len(prep.text), start + 5))
        assert 0 <= a <= b <= len(text)
    if prep.dateline:
        a, b = prep.dateline
        assert prep.dateline_text == text[a:b] and text[a:b].strip()


@SETTINGS
@given(NEWSY, st.integers(min_value=2, max_value=60))
def test_sections_concatenate_back_to_the_text(text, size):
    parts = sections(text, size)
    assert "".join(parts) == text
    assert all(len(p) <= size for p in parts)


PHRASES = st.sampled_from([
    "last Tuesday", "Thursday", "yesterday", "today", "next month", "last year", "3 days ago", "on March 3",
    "in 2007", "99999999 years ago", "10000000 days ago", "May 32", "the 1990s", "early 2024", "this week",
    "tomorrow morning", "February 29", "4 October 2007"]) | st.text(max_size=30)


@settings(max_examples=300, deadline=None)
@given(PHRASES, st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_temporal_normalizer_never_raises(phrase, ref):
    out = time_mod.normalize(phrase, ref)
    if out is not None:
        day, precision = out
        assert isinstance(day, dt.date) and precision in ("day", "week", "month", "quarter", "year")


CLAUSES = st.sampled_from([
    "Israeli police arrested two Palestinian journalists in Jerusalem on Tuesday.",
    "KYIV, May 20 - Russian forces fired missiles at Kharkiv overnight.",
    "The German chancellor met the French president in Berlin.",
    "Protesters rallied in Paris against the pension reform.",
    "Ten people were arrested in Ahmedabad on Friday.",
    "China accused Japan of provoking tensions.",
    "Germany gave Ukraine 5 million dollars of aid.",
])
DEBRIS = st.sampled_from(["", "â€™", "â€œquoteâ€\x9d ", "\u00a0", "  ", "\n"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(CLAUSES, DEBRIS, st.sampled_from(["keep", "lower", "upper"])), min_size=1, max_size=4))
def test_every_event_span_points_at_its_text_in_the_article_as_received(parts):
    import eventwire

    cased = {"keep": str, "lower": str.lower, "upper": str.upper}
    text = " ".join(debris + cased[how](clause) for clause, debris, how in parts)
    for ev in eventwire.code_text(text, published="2024-05-15"):
        for part in (ev.trigger, ev.source, ev.target, ev.location, ev.attribution):
            if part is not None and getattr(part, "start", None) is not None:
                assert text[part.start:part.end] == part.text, (part, text)
