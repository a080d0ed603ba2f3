"""Nothing lost: every input record ends coded, skipped or failed with a reason, at any size, from
any source, and the exit status and summary line say so. Inputs are generated here, scaled down
where the behaviour is the same (a small section size stands in for a long article)."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.errors import InputError, InputSkipped, StoreError
from eventwire.ingest import read, read_stdin
from eventwire.pipeline import get_coder
from eventwire.records import Article
from eventwire.store import Store

SENTENCES = [
    "Israeli police arrested two Palestinian journalists in Jerusalem.",
    "Russian forces shelled Kharkiv overnight.",
    "The German chancellor met the French president in Berlin.",
    "Protesters rallied in Paris against the pension reform.",
    "China accused Japan of provoking tensions in the East China Sea.",
]
FRENCH = ("Le président de la République a rencontré mardi son homologue allemand à Paris pour discuter "
          "de la guerre en Ukraine et des sanctions contre la Russie.")


def _records(n: int, start: int = 0) -> list[dict]:
    """n distinct reports (the same text twice would be stored once, as an alias)."""
    return [{"id": f"r{i}", "text": f"{SENTENCES[i % len(SENTENCES)]} It was report number {i}.",
             "published": "2024-05-15"} for i in range(start, start + n)]


def _jsonl(records: list[dict]) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def _kinds(items):
    arts = [i for i in items if isinstance(i, Article)]
    errs = [i for i in items if isinstance(i, InputError)]
    skips = [i for i in items if isinstance(i, InputSkipped)]
    return arts, errs, skips


@contextmanager
def coder_settings(**values):
    """The shared coder with some settings changed for one test."""
    coder = get_coder()
    old = {k: coder.settings[k] for k in values}
    coder.settings.update(values)
    try:
        yield coder
    finally:
        coder.settings.update(old)


# -- long texts ---------------------------------------------------------------------------------
def test_an_article_longer_than_the_parser_limit_codes_in_sections_with_exact_spans():
    paragraphs = [" ".join(SENTENCES[(k + j) % len(SENTENCES)] for j in range(3)) for k in range(60)]
    text = "\n\n".join(paragraphs)  # ~ 11,000 characters
    coder = get_coder()
    old_limit = coder.nlp.max_length
    coder.nlp.max_length = 3_000  # spaCy would refuse the whole text: only sections can pass
    try:
        with coder_settings(section_chars=2_000):
            events = coder.code(Article(id="long", text=text, published=dt.date(2024, 5, 15)))
    finally:
        coder.nlp.max_length = old_limit
    assert len(text) > 3 * 3_000
    for ev in events:
        for part in (ev.trigger, ev.source, ev.target):
            if part is not None and part.start is not None:
                assert text[part.start:part.end] == part.text
    # events from the first and from the last section: nothing after a cut is lost
    assert min(e.trigger.start for e in events) < 2_000
    assert max(e.trigger.start for e in events) > len(text) - 2_000
    # one arrest per paragraph that has the arrest sentence
    arrests = [e for e in events if e.event_type == "COERCE"]
    assert len(arrests) == sum("arrested" in p for p in paragraphs)


def test_an_article_over_the_size_limit_fails_alone_and_the_run_goes_on():
    arts = [Article(id=r["id"], text=r["text"], published=dt.date(2024, 5, 15)) for r in _records(5)]
    arts[2] = Article(id="huge", text="Russian forces shelled Kharkiv overnight. " * 100)
    with coder_settings(max_chars=2_000):
        outcomes = list(get_coder().code_many(arts, batch_size=2))
    assert [o.record for o in outcomes] == ["r0", "r1", "huge", "r3", "r4"]
    assert [o.status for o in outcomes] == ["coded", "coded", "failed", "coded", "coded"]
    assert "over the limit of 2,000" in outcomes[2].reason and "max_chars" in outcomes[2].reason


def test_a_long_record_in_the_middle_of_a_jsonl_dump_loses_nothing(tmp_path, capsys):
    recs = _records(9)
    recs[4] = {"id": "long", "text": "Russian forces shelled Kharkiv overnight. " * 200}
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_jsonl(recs))
    with coder_settings(max_chars=5_000):
        rc = main(["code", str(dump), "--db", str(tmp_path / "e.duckdb")])
    err = capsys.readouterr().err
    assert rc == 1
    assert "8 coded, 0 skipped, 1 failed (9 records)" in err
    assert f"failed: {dump}:5 (long): article is 8,400 characters" in err  # where it was read, and its id
    with Store(tmp_path / "e.duckdb") as store:
        rows = store.query("SELECT id, status FROM articles ORDER BY id")
    assert len(rows) == 9 and [r["status"] for r in rows if r["id"] == "long"] == ["failed"]


# -- readers isolate every record ---------------------------------------------------------------
def test_one_bad_byte_fails_its_line_alone(tmp_path):
    lines = _jsonl(_records(201)).split(b"\n")
    lines[100] = lines[100][:25] + b"\xe9" + lines[100][25:]
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(b"\n".join(lines))
    arts, errs, _ = _kinds(list(read([str(dump)])))
    assert len(arts) == 200 and len(errs) == 1
    assert errs[0].record == f"{dump}:101" and "invalid byte 0xe9 at column 26" in errs[0].reason


def test_byte_order_mark_and_gzip_are_read(tmp_path):
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + _jsonl(_records(3)))
    txt = tmp_path / "story.txt"
    txt.write_bytes(b"\xef\xbb\xbfRussian forces shelled Kharkiv.")
    gz = tmp_path / "dump.jsonl.gz"
    gz.write_bytes(gzip.compress(_jsonl(_records(4, start=10))))
    tgz = tmp_path / "brief.txt.gz"
    tgz.write_bytes(gzip.compress("Protesters rallied in Paris.".encode()))
    arts, errs, _ = _kinds(list(read([str(bom), str(txt), str(gz), str(tgz)])))
    assert not errs
    assert [a.id for a in arts] == ["r0", "r1", "r2", "story.txt", "r10", "r11", "r12", "r13", "brief.txt.gz"]
    assert arts[3].text.startswith("Russian")  # no BOM left in the text


def test_a_damaged_gzip_names_the_file_and_keeps_what_was_read(tmp_path):
    data = gzip.compress(_jsonl(_records(50)))
    gz = tmp_path / "cut.jsonl.gz"
    gz.write_bytes(data[: len(data) // 2])
    arts, errs, _ = _kinds(list(read([str(gz)])))
    assert errs and "cannot read" in errs[-1].reason and str(gz) in errs[-1].record
    assert [a.id for a in arts] == [f"r{i}" for i in range(len(arts))]


def test_folders_report_unsupported_files_as_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("Russian forces shelled Kharkiv.", encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".DS_Store").write_bytes(b"\0\0")
    sub = tmp_path / "2024"
    sub.mkdir()
    (sub / "a.txt").write_text("Protesters rallied in Paris.", encoding="utf-8")
    arts, errs, skips = _kinds(list(read([str(tmp_path)])))
    assert sorted(a.id for a in arts) == ["2024/a.txt", "a.txt"]  # same file name in two folders: two articles
    assert not errs
    assert sorted(Path(s.record).name for s in skips) == ["README.md", "scan.pdf"]
    assert all("not an article format" in s.reason for s in skips)


def test_stdin_is_bytes_decoded_per_line():
    data = (b'{"id": "a", "text": "Russian forces shelled Kharkiv."}\n'
            b"not json at all\n"
            b'{"id": "c", "text": "Protesters rallied in Paris \xff."}\n'
            b'{"id": "d", "text": "China accused Japan."}\n')
    arts, errs, _ = _kinds(list(read_stdin(io.BytesIO(data))))
    assert [a.id for a in arts] == ["a", "d"]
    assert [e.record for e in errs] == ["<stdin>:2", "<stdin>:3"]
    assert "invalid JSON" in errs[0].reason and "invalid byte 0xff" in errs[1].reason


def test_stdin_plain_text_with_a_bom_or_a_bad_byte():
    (a,) = read_stdin(io.BytesIO(b"\xef\xbb\xbfRussian forces shelled Kharkiv.\n{not a record}\n"))
    assert a.text.startswith("Russian") and "{not a record}" in a.text
    (e,) = read_stdin(io.BytesIO(b"Police arrested ten people.\xff\n"))
    assert isinstance(e, InputError) and e.record == "<stdin>" and "invalid byte 0xff" in e.reason


def test_stdin_dump_with_a_bad_line_through_the_cli(monkeypatch, capsys):
    data = _jsonl(_records(3)) + b"oops\n" + _jsonl(_records(2, start=3))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    rc = main(["code", "-"])
    out, err = capsys.readouterr()
    assert rc == 1
    assert "failed: <stdin>:4: invalid JSON" in err and "5 coded, 0 skipped, 1 failed (6 records)" in err
    assert {json.loads(line)["article_id"] for line in out.splitlines()} == {f"r{i}" for i in range(5)}


# -- language and dates -------------------------------------------------------------------------
def test_non_english_articles_are_skipped_with_the_reason_unless_any(tmp_path, capsys):
    dump = tmp_path / "mixed.jsonl"
    dump.write_bytes(_jsonl(_records(2) + [{"id": "fr", "text": FRENCH, "published": "2024-05-15"}]))
    assert main(["code", str(dump)]) == 0
    err = capsys.readouterr().err
    assert f"skipped: {dump}:3 (fr): language is 'fr'" in err and "--language any" in err
    assert "2 coded, 0 skipped" not in err and "2 coded, 1 skipped, 0 failed" in err
    assert main(["code", str(dump), "--language", "any"]) == 0
    assert "3 coded, 0 skipped, 0 failed" in capsys.readouterr().err


def test_evaluation_never_skips_by_language():
    from eventwire.pipeline import code_articles

    (out,) = code_articles([{"text": FRENCH}], language="any")
    assert out.status == "coded" and out.article.language == "fr"


def test_missing_and_future_publication_dates_are_warned_once_and_recorded(tmp_path, capsys):
    undated = tmp_path / "undated.txt"
    undated.write_text("Russian forces shelled Kharkiv on Thursday.", encoding="utf-8")
    future = tmp_path / "future.jsonl"
    future.write_bytes(_jsonl([{"id": "f", "text": "Protesters rallied in Paris.", "published": "2999-01-01"}]))
    db = tmp_path / "e.duckdb"
    assert main(["code", str(undated), str(future), "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert err.count(f"warning: {undated} (undated.txt): no publication date") == 1
    assert err.count(f"warning: {future}:1 (f): publication date 2999-01-01 is in the future") == 1
    with Store(db) as store:
        rows = {r["id"]: json.loads(r["warnings"]) for r in store.query("SELECT id, warnings FROM articles")}
    assert "no publication date" in rows["undated.txt"][0] and "future" in rows["f"][0]


# -- exit statuses and one-line errors ----------------------------------------------------------
@pytest.mark.parametrize("content, name, expected", [
    (b"", "empty.jsonl", 1),
    (b"", "empty.txt", 1),
    (b"Russian forces shelled Kharkiv.", "ok.txt", 0),
])
def test_exit_status_of_single_files(tmp_path, capsys, content, name, expected):
    p = tmp_path / name
    p.write_bytes(content)
    assert main(["code", str(p), "--published", "2024-05-15"]) == expected
    err = capsys.readouterr().err
    assert "(1 record)" in err
    if expected:
        assert f"failed: {p}: empty file" in err


def test_exit_status_2_when_no_input_could_be_read(tmp_path, capsys):
    assert main(["code", str(tmp_path / "missing.jsonl"), str(tmp_path / "gone.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    # one readable input among them: the run counts as having failed records, not as unreadable
    ok = tmp_path / "ok.txt"
    ok.write_text("Russian forces shelled Kharkiv.", encoding="utf-8")
    assert main(["code", str(tmp_path / "missing.jsonl"), str(ok), "--published", "2024-05-15"]) == 1


def test_out_to_a_missing_folder_is_created_and_an_unwritable_out_is_one_line(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("Israeli police arrested two Palestinian journalists.", encoding="utf-8")
    out = tmp_path / "new" / "deeper" / "events.jsonl"
    assert main(["code", str(src), "--published", "2024-05-15", "--out", str(out)]) == 0
    assert json.loads(out.read_text().splitlines()[0])["event_type"] == "COERCE"
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["code", str(src), "--out", str(blocker / "events.jsonl")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("eventwire: error: ") and "Traceback" not in "\n".join(err)


def test_other_commands_turn_missing_files_into_one_line(tmp_path, capsys):
    assert main(["evaluate", str(tmp_path / "gold.tsv")]) == 2
    assert main(["classify", "--input", str(tmp_path / "rows.tsv")]) == 2
    assert main(["actor", "--input", str(tmp_path / "phrases.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("eventwire: error: ") for line in err)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_on_out_fails_each_record_with_the_cause(tmp_path, capsys):
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_jsonl(_records(4)))
    rc = main(["code", str(dump), "--out", "/dev/full", "--published", "2024-05-15"])
    err = capsys.readouterr().err
    assert rc == 1
    assert "0 coded, 0 skipped, 4 failed (4 records)" in err
    assert err.count("No space left on device") >= 4 and "Traceback" not in err


def test_a_full_disk_in_the_database_shows_the_cause_not_the_rollback(tmp_path, capsys, monkeypatch):
    import duckdb

    real = Store.save
    calls = {"n": 0}

    def save(self, article, events, *a, **k):
        calls["n"] += 1
        if calls["n"] >= 3:  # fault injection: the disk fills up at the third article
            con = self.con

            class Full:
                def execute(self, sql, *args):
                    if sql.startswith("INSERT"):
                        raise duckdb.IOException('IO Error: Could not write file "e.duckdb.wal": No space left on device')
                    return con.execute(sql, *args)

                def executemany(self, *args):
                    return con.executemany(*args)

            self.con = Full()
            try:
                return real(self, article, events, *a, **k)
            finally:
                self.con = con
        return real(self, article, events, *a, **k)

    monkeypatch.setattr(Store, "save", save)
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_jsonl(_records(6)))
    db = tmp_path / "e.duckdb"
    assert main(["code", str(dump), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "cannot rollback" not in err and "No space left on device" in err
    assert "2 coded, 0 skipped, 4 failed (6 records)" in err
    monkeypatch.setattr(Store, "save", real)
    with Store(db) as store:  # what was stored before the disk filled is intact
        assert store.stored_ids(get_coder().version) == {"r0", "r1"}
    # space again: the same command codes only what is missing
    assert main(["code", str(dump), "--db", str(db)]) == 0
    assert "4 coded, 2 already stored (not coded again), 0 skipped, 0 failed (6 records)" in capsys.readouterr().err


def test_a_store_error_message_names_the_cause():
    class Boom:
        def execute(self, sql, *a):
            if sql.startswith("INSERT"):
                raise RuntimeError("No space left on device")
            if sql == "ROLLBACK":
                raise RuntimeError("cannot rollback - no transaction is active")

    store = Store(":memory:")
    real, store.con = store.con, Boom()
    with pytest.raises(StoreError, match="No space left on device"):
        store.save(Article(id="x", text="t"), [])
    store.con = real
    store.close()


# -- resume -------------------------------------------------------------------------------------
def test_resume_codes_only_what_is_missing_and_out_gets_only_this_run(tmp_path, capsys):
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_jsonl(_records(3)))
    db = tmp_path / "e.duckdb"
    assert main(["code", str(dump), "--db", str(db), "--out", str(tmp_path / "1.jsonl")]) == 0
    capsys.readouterr()
    dump.write_bytes(_jsonl(_records(5)))
    assert main(["code", str(dump), "--db", str(db), "--out", str(tmp_path / "2.jsonl")]) == 0
    assert "2 coded, 3 already stored (not coded again), 0 skipped, 0 failed (5 records)" in capsys.readouterr().err
    second = {json.loads(line)["article_id"] for line in (tmp_path / "2.jsonl").read_text().splitlines()}
    assert second == {"r3", "r4"}
    assert main(["code", str(dump), "--db", str(db), "--no-resume", "-q"]) == 0
    with Store(db) as store:
        assert store.query("SELECT count(*) AS n FROM articles")[0]["n"] == 5


def test_the_coder_version_changes_with_a_user_dictionary(tmp_path, monkeypatch):
    from eventwire import config

    coder = get_coder()
    before = coder.fingerprint()
    folder = tmp_path / "actors"
    folder.mkdir()
    (folder / "mine.tsv").write_text("name\tcode\nAcme Militia\tREB\n", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_ACTOR_DIRS", str(folder))
    config.file_settings.cache_clear()
    assert coder.fingerprint() != before
    (folder / "mine.tsv").write_text("name\tcode\nAcme Militia\tMIL\n", encoding="utf-8")
    changed = coder.fingerprint()
    assert changed not in (before,)
    monkeypatch.delenv("EVENTWIRE_ACTOR_DIRS")
    config.file_settings.cache_clear()
    assert coder.fingerprint() == before


def test_kill_9_mid_run_then_the_same_command_resumes(tmp_path):
    """A 300-article --db run killed at a random moment; run again, the database holds each article
    once with all its events, and the second run codes only what was missing."""
    from eventwire.pipeline import code_articles

    recs = _records(300)
    dump = tmp_path / "dump.jsonl"
    dump.write_bytes(_jsonl(recs))
    db = tmp_path / "e.duckdb"
    cmd = [sys.executable, "-m", "eventwire.cli", "code", str(dump), "--db", str(db), "-q", "--out", os.devnull]
    seed = random.randrange(10**6)
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE)
    time.sleep(random.Random(seed).uniform(2.0, 9.0))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Store(db) as store:
        before = store.query("SELECT count(*) AS n FROM articles")[0]["n"]
    again = subprocess.run([c for c in cmd if c != "-q"], stderr=subprocess.PIPE, text=True)
    assert again.returncode == 0, again.stderr
    summary = again.stderr.strip().splitlines()[-1]
    coded = 300 - before
    if before:
        assert f"{coded} coded, {before} already stored" in summary, (seed, summary)
    else:
        assert "300 coded, 0 skipped" in summary, (seed, summary)
    expected = {o.record: sorted(e.event_id for e in o.events) for o in code_articles(
        [Article(id=r["id"], text=r["text"], published=dt.date(2024, 5, 15)) for r in recs])}
    with Store(db) as store:
        rows = store.query("SELECT id FROM articles")
        events = store.query("SELECT article_id, event_id FROM events")
    assert sorted(r["id"] for r in rows) == sorted(expected), seed
    got: dict[str, list[str]] = {}
    for e in events:
        got.setdefault(e["article_id"], []).append(e["event_id"])
    assert {k: sorted(v) for k, v in got.items()} == {k: v for k, v in expected.items() if v}, seed


def test_a_database_locked_by_another_process_is_one_line(tmp_path, capsys):
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('locked', flush=True); time.sleep(60)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        src = tmp_path / "a.txt"
        src.write_text("Russian forces shelled Kharkiv.", encoding="utf-8")
        assert main(["code", str(src), "--db", str(db)]) == 2
    finally:
        holder.kill()
        holder.wait()
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(f"eventwire: error: cannot open event database {db}") and "lock" in line


def test_a_bad_byte_in_a_classify_or_actor_input_is_one_line(tmp_path, capsys):
    tsv = tmp_path / "rows.tsv"
    tsv.write_bytes(b"sentence\tsource\ttarget\nRussia attacked Ukra\xefne.\tRussia\tUkraine\n")
    assert main(["classify", "--input", str(tsv)]) == 2
    assert main(["actor", "--input", str(tsv)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(f"{tsv}: not UTF-8 text: invalid byte 0xef at line 2" in e for e in err)
