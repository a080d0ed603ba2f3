"""The command line: every command works as documented and reports bad input by record."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.cli import main
from eventwire.schema import validate_event

FIXTURE = Path(__file__).parent / "fixtures" / "kim-shoigu-2023-07-27.txt"


def test_code_txt_prints_schema_valid_jsonl(capsys):
    assert main(["code", str(FIXTURE), "--published", "2023-07-27", "-q"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) >= 8
    for line in lines:
        validate_event(json.loads(line))


def test_code_csv_and_db_and_bad_records(tmp_path, capsys):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"id": "good", "text": "Israeli police arrested two Palestinian journalists.", "published": "2024-05-15"})
        + "\nbroken line\n", encoding="utf-8")
    out = tmp_path / "ev.csv"
    db = tmp_path / "ev.duckdb"
    rc = main(["code", str(dump), "--format", "csv", "--out", str(out), "--db", str(db)])
    err = capsys.readouterr().err
    assert rc == 1  # one record failed: the run went on, and says so in its exit status
    assert f"failed: {dump}:2: invalid JSON" in err
    assert "1 coded, 0 skipped, 1 failed (2 records)" in err
    header, first = out.read_text(encoding="utf-8").splitlines()[:2]
    assert header.startswith("event_id,article_id") and "COERCE" in first
    import duckdb

    con = duckdb.connect(str(db))
    assert con.execute("SELECT count(*) FROM events WHERE article_id = 'good'").fetchone()[0] >= 1
    con.close()


def test_demo_prints_table_and_stores(tmp_path, capsys):
    db = tmp_path / "demo.duckdb"
    assert main(["demo", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "CONSULT" in out and "PRKGOV" in out and "Pyongyang" in out
    assert db.exists()


def test_classify_single(capsys):
    assert main(["classify", "US Congress imposed new sanctions on Cuba.", "--source", "US Congress",
                 "--target", "Cuba"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["event_type"] == "COERCE" and rec["cameo_code"] == "163" and rec["quad_class"] == 4


def test_classify_missing_actor_is_a_clear_error(capsys):
    assert main(["classify", "Russia attacked Ukraine.", "--source", "France", "--target", "Ukraine"]) == 2
    assert "does not occur in the sentence" in capsys.readouterr().err


def test_actor_command(capsys):
    assert main(["actor", "an American destroyer"]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["country"] == "USA" and rec["sector"] == "MIL" and rec["code"] == "USAMIL"


def test_help_explains_commands(capsys):
    try:
        main(["--help"])
    except SystemExit:
        pass
    out = capsys.readouterr().out
    for cmd in ("code", "demo", "classify", "actor", "evaluate"):
        assert cmd in out


def test_classify_batch_tsv_passes_columns_and_reports_bad_rows(tmp_path, capsys):
    tsv = tmp_path / "pairs.tsv"
    tsv.write_text("sentence\tsource\ttarget\tid\n"
                   "US Congress imposed new sanctions on Cuba.\tUS Congress\tCuba\tA\n"
                   "Russia attacked Ukraine.\tFrance\tUkraine\tB\n"
                   "Protesters marched through central Paris.\tProtesters\t\tC\n", encoding="utf-8")
    assert main(["classify", "--input", str(tsv)]) == 0
    cap = capsys.readouterr()
    recs = [json.loads(x) for x in cap.out.splitlines()]
    assert [r["id"] for r in recs] == ["A", "C"]
    assert recs[0]["event_type"] == "COERCE"
    assert "row 3: source 'France' does not occur" in cap.err
