"""The command line: one function per command, each a thin call into the library."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from importlib import resources
from pathlib import Path
from typing import IO, Any

from . import __version__, config

EPILOG = """examples:
  eventwire demo                                   code the bundled sample story, print a table
  eventwire code story.txt --published 2023-07-27  events as JSON lines on stdout
  eventwire code dump.jsonl --db events.duckdb     store articles and events in DuckDB
  eventwire classify "US Congress imposed sanctions on Cuba" --source "US Congress" --target Cuba
  eventwire actor "an American destroyer" --date 2023-07-27
  eventwire evaluate gold.tsv --task dyad --plot confusion.png
  eventwire query --actor RUS --type ASSAULT --since 2024-01-01     stored events as a table
  eventwire export --format gdelt --out events.tsv                 GDELT 2.0 layout for existing scripts
  eventwire export --format polecat --out events.tsv               POLECAT's columns (plover: PLOVER JSON lines)

exit status: 0 every record was coded, skipped with a reason, or already stored; 1 at least one
record failed (an empty file is a failed record); 2 a usage error, or no input could be read at all.
"""

class _Progress:
    """A one-line counter on stderr when it is a terminal; silent in pipes and tests."""

    def __init__(self, enabled: bool):
        self.enabled = enabled and sys.stderr.isatty()
        self.n = 0

    def step(self, events: int) -> None:
        self.n += 1
        if self.enabled:
            print(f"\rcoded {self.n} articles, {events} events", end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self.enabled:
            print(file=sys.stderr)


def _open_out(path: str | None) -> IO[str]:
    """The output file (its folder created if missing), or stdout."""
    if not path:
        return sys.stdout
    Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return open(Path(path).expanduser(), "w", encoding="utf-8", newline="")


def _read_input(path: str) -> str:
    """A UTF-8 input file (a byte-order mark is accepted, .gz is read); InputError names the file and why."""
    from .ingest import contents

    return str(contents(Path(path).expanduser()))


def cmd_code(args: argparse.Namespace) -> int:
    from .run import Summary, code_inputs
    from .store import Store, flat

    store = Store(args.db) if args.db else None
    out = _open_out(args.out)
    writer = csv.DictWriter(out, fieldnames=flat.FIELDS) if args.format == "csv" else None
    if writer:
        writer.writeheader()

    def emit(events: list) -> None:
        for ev in events:
            d = ev.to_dict()
            if writer:
                writer.writerow(flat.flatten(d))
            else:
                out.write(json.dumps(d, ensure_ascii=False) + "\n")
        out.flush()  # a full disk shows up on the record that hit it

    summary = Summary()
    progress = _Progress(not args.quiet)
    try:
        for outcome in code_inputs(args.inputs, published=args.published, store=store, emit=emit,
                                   language=args.language, resume=args.resume,
                                   keep_nonfactual=args.keep_nonfactual or None):
            summary.add(outcome)
            if outcome.status in ("skipped", "failed"):
                print(f"eventwire: {outcome.status}: {outcome.record}: {outcome.reason}", file=sys.stderr)
            if not args.quiet:
                for w in outcome.warnings:
                    print(f"eventwire: warning: {outcome.record}: {w}", file=sys.stderr)
            progress.step(summary.events)
    finally:
        progress.done()
        if store:
            store.close()
        if args.out:
            try:
                out.close()
            except OSError:
                pass  # already reported on the record that hit it
    if not args.quiet:
        print(f"eventwire: {summary.line(args.db)}", file=sys.stderr)
    return summary.exit_code


def _table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = "  ".join("{:<%d}" % w for w in widths)
    out = [line.format(*headers), line.format(*("-" * w for w in widths))]
    out += [line.format(*(str(x) for x in r)) for r in rows]
    return "\n".join(out)


def cmd_demo(args: argparse.Namespace) -> int:
    from .ingest import read_json
    from .pipeline import get_coder
    from .store import Store

    sample = Path(str(resources.files("eventwire") / "data" / "samples" / "kim-shoigu-2023-07-27.json"))
    article = next(read_json(sample))
    print(f"Coding the bundled sample: {article.title} ({article.published})", file=sys.stderr)
    events = get_coder().code(article)
    db = args.db or config.db_path()
    with Store(db) as store:
        store.save(article, events)
        rows = store.rows(article.id)
    table = []
    for r in rows:
        flags = [k for k in ("negated", "hedged", "future", "hypothetical", "historical") if r[f"modality_{k}"]]
        table.append([r["sentence_index"], r["event_type"], r["cameo_code"], r["source_code"] or "-",
                      (r["source_name"] or r["source_text"] or "-")[:28], r["target_code"] or "-",
                      ((r["target_name"] or r["target_text"]) or "-")[:28], r["trigger_text"], r["date"],
                      r["location_name"] or "-", ",".join(flags) or "-", (r["attribution_name"] or "-")[:20]])
    print(_table(table, ["sent", "type", "cameo", "src", "source", "tgt", "target", "trigger", "date",
                         "where", "modality", "says who"]))
    print(f"\n{len(rows)} events stored in {db} (tables: articles, events). "
          f"Try: eventwire code {sample} | head -1", file=sys.stderr)
    return 0


def cmd_classify(args: argparse.Namespace) -> int:
    from .events.classifier import classify_spans, dyad_spans

    out = _open_out(args.out)
    if args.input:
        rows = list(csv.DictReader(io.StringIO(_read_input(args.input), newline=""), delimiter="\t"))
        missing = {"sentence", "source"} - set(rows[0].keys() if rows else [])
        if missing:
            print(f"eventwire: {args.input}: missing column(s) {', '.join(sorted(missing))} "
                  "(need sentence, source, target)", file=sys.stderr)
            return 2
        failed = 0
        for k in range(0, len(rows), 512):
            good, items = [], []
            for j, r in enumerate(rows[k:k + 512]):
                spans = dyad_spans(r.get("sentence") or "", r.get("source") or "", r.get("target") or None)
                if isinstance(spans, str):
                    failed += 1
                    print(f"eventwire: failed: {args.input} row {k + j + 2}: {spans}", file=sys.stderr)
                    continue
                good.append(r)
                items.append((r["sentence"], *spans))
            for r, p in zip(good, classify_spans(items)):  # one nlp.pipe over the whole chunk
                out.write(json.dumps({**r, **p.to_dict()}, ensure_ascii=False) + "\n")
        return 1 if failed and failed == len(rows) else 0
    if not args.sentence or not args.source:
        print("eventwire classify: give a SENTENCE with --source (and --target), or --input FILE.tsv", file=sys.stderr)
        return 2
    spans = dyad_spans(args.sentence, args.source, args.target)
    if isinstance(spans, str):
        print(f"eventwire: {spans}", file=sys.stderr)
        return 2
    p = classify_spans([(args.sentence, *spans)])[0]
    out.write(json.dumps({"sentence": args.sentence, "source": args.source, "target": args.target, **p.to_dict()},
                         ensure_ascii=False) + "\n")
    return 0


def cmd_actor(args: argparse.Namespace) -> int:
    from .actors.resolver import resolve_actor

    out = _open_out(args.out)
    items: list[tuple[str, str | None]] = []
    if args.input:
        # one decoding path for every input file: a bad byte is a one-line error naming it
        for lineno, line in enumerate(io.StringIO(_read_input(args.input)), 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            cols = line.split("\t")
            if lineno == 1 and cols[0].strip().lower() == "phrase":
                continue  # header
            phrase = cols[0]
            date = cols[1].strip() if len(cols) > 1 and cols[1].strip() else args.date
            items.append((phrase, date))
    elif args.phrase:
        items.append((args.phrase, args.date))
    else:
        print("eventwire actor: give a PHRASE or --input FILE", file=sys.stderr)
        return 2
    for phrase, date in items:
        try:
            res = resolve_actor(phrase, date, context=args.context)
        except ValueError as exc:
            print(f"eventwire: failed: {phrase!r}: bad date {date!r} ({exc})", file=sys.stderr)
            continue
        out.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_file

    report = evaluate_file(args.gold, task=args.task, plot=args.plot, limit=args.limit, calibration=args.calibration)
    print(report.render())
    if args.json:
        Path(args.json).write_text(json.dumps(report.to_dict(), indent=1), encoding="utf-8")
    return 0


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    from .store.query import parse_near

    return {k: v for k, v in {
        "actor": args.actor, "source": args.source, "target": args.target, "type": args.type, "quad": args.quad,
        "country": args.country, "since": args.since, "until": args.until, "text": args.text, "limit": args.limit,
        "near": parse_near(args.near) if args.near else None}.items() if v is not None}


def cmd_query(args: argparse.Namespace) -> int:
    from .store import open_store

    if args.format in ("csv", "jsonl", "parquet"):
        return cmd_export(args)
    with open_store(args.db, must_exist=True) as store:
        rows = store.rows(**_filters(args))
    out = _open_out(args.out)
    table = [[r["date"] or "-", r["event_type"], r["cameo_code"], r["source_code"] or "-",
              (r["source_name"] or r["source_text"] or "-")[:24], r["target_code"] or "-",
              (r["target_name"] or r["target_text"] or "-")[:24], r["location_name"] or "-", r["article_id"][:16]]
             for r in rows]
    out.write(_table(table, ["date", "type", "cameo", "src", "source", "tgt", "target", "where", "article"]) + "\n")
    print(f"eventwire: {len(rows)} events", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .store import open_store

    with open_store(args.db, must_exist=True) as store:
        n = store.export(args.out, args.format, **_filters(args))
    print(f"eventwire: {n} events exported ({args.format}){' to ' + args.out if args.out else ''}", file=sys.stderr)
    return 0


def cmd_series(args: argparse.Namespace) -> int:
    from .store import open_store

    with open_store(args.db, must_exist=True) as store:
        rows = store.series(by=args.by, dyad=args.dyad, **_filters(args))
    out = _open_out(args.out)
    cols = ["period", "events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum", "goldstein_mean"]
    out.write(_table([[r[c] for c in cols] for r in rows], cols) + "\n")
    if args.plot:
        try:
            import matplotlib

            matplotlib.use("Agg")
            import matplotlib.pyplot as plt
        except ImportError:
            print('eventwire: --plot needs matplotlib: pip install "eventwire[plot]"', file=sys.stderr)
            return 2
        fig, ax = plt.subplots(figsize=(9, 4))
        x = [r["period"] for r in rows]
        bottom = [0] * len(rows)
        names = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
        for q in (1, 2, 3, 4):
            ys = [r[f"quad{q}"] for r in rows]
            ax.bar(x, ys, bottom=bottom, label=names[q], width={"day": 0.8, "week": 5, "month": 25, "year": 300}[args.by])
            bottom = [b + y for b, y in zip(bottom, ys)]
        ax.set_title(f"events per {args.by}" + (f", {args.dyad}" if args.dyad else ""))
        ax.legend(fontsize=8)
        fig.autofmt_xdate()
        fig.savefig(args.plot, dpi=120, bbox_inches="tight")
        print(f"eventwire: plot written to {args.plot}", file=sys.stderr)
    return 0


class _Reading:
    """Articles of the inputs for the one-article-at-a-time commands (geocode, timex), with failures and
    skips reported on stderr as ``code`` reports them, and the same exit status."""

    def __init__(self, inputs: list[str], published: str | None = None):
        self.inputs, self.published, self.failed, self.read = inputs, published, 0, 0

    def __iter__(self):
        from .errors import InputError
        from .ingest import read
        from .records import Article

        for item in read(self.inputs, published=self.published):
            if isinstance(item, Article):
                self.read += 1
                yield item
                continue
            failed = isinstance(item, InputError)
            self.failed += failed
            print(f"eventwire: {'failed' if failed else 'skipped'}: {item.record}: {item.reason}", file=sys.stderr)

    @property
    def exit_code(self) -> int:
        return 2 if not self.read and self.failed else (1 if self.failed else 0)


def cmd_geocode(args: argparse.Namespace) -> int:
    from . import nlp
    from .geo.parser import gazetteer, geoparse, mark_event_places
    from .pipeline import code_articles

    gaz = gazetteer(args.min_population)
    out = _open_out(args.out)
    reading = _Reading(args.inputs)
    batch: list = []

    def flush() -> None:
        coded = {o.article.id: o.events for o in code_articles(list(batch), language="any", keep_nonfactual=True)
                 if o.article is not None}
        for art, doc in zip(batch, nlp.load().pipe(a.text for a in batch)):
            for t in mark_event_places(geoparse(doc, gaz), coded.get(art.id, [])):
                out.write(json.dumps(t.to_dict(art.id), ensure_ascii=False) + "\n")
        batch.clear()

    for art in reading:
        batch.append(art)
        if len(batch) >= 16:
            flush()
    flush()
    return reading.exit_code


def cmd_timex(args: argparse.Namespace) -> int:
    import datetime as dt

    from . import nlp
    from .ingest import parse_date
    from .time.tagger import tag

    dct = parse_date(args.dct, "--dct") if args.dct else None
    out = _open_out(args.out)
    reading = _Reading(args.inputs, args.dct)
    for art in reading:
        ref = art.published_date() or (dct.date() if isinstance(dct, dt.datetime) else dct)
        if ref is None:
            print(f"eventwire: warning: {art.where}: no --dct and no publication date; relative expressions are "
                  "valued against today", file=sys.stderr)
            ref = dt.date.today()
        for t in tag(nlp.load()(art.text), ref):
            out.write(json.dumps({"article_id": art.id, **t.to_dict()}, ensure_ascii=False) + "\n")
    return reading.exit_code


def _filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help=f"the event database (default: $EVENTWIRE_DB or {config.DEFAULT_DB_PATH})")
    p.add_argument("--actor", help="source or target: a code or its start (RUS, RUSMIL) or words of a name (Shoigu)")
    p.add_argument("--source", help="the source, as --actor")
    p.add_argument("--target", help="the target, as --actor")
    p.add_argument("--type", help="PLOVER type (ASSAULT) or CAMEO code or its start (19, 0251)")
    p.add_argument("--quad", type=int, choices=[1, 2, 3, 4], help="quad class")
    p.add_argument("--country", help="ISO3 of the event's place, source or target")
    p.add_argument("--since", help="first event date (YYYY-MM-DD)")
    p.add_argument("--until", help="last event date (YYYY-MM-DD)")
    p.add_argument("--near", help="LAT,LON,KM: events placed within KM kilometres of the point")
    p.add_argument("--text", help="words in the event's sentence")
    p.add_argument("--limit", type=int, help="at most N events")
    p.add_argument("--out", help="write here instead of stdout (needed for parquet)")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="eventwire",
        description="Turn news articles into coded political events (PLOVER + CAMEO), offline, "
                    "with the evidence span for every field.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"eventwire {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("code", help="code articles into events (JSONL or CSV; optionally into DuckDB)",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       description="Read articles (.txt, .json, .jsonl, .html, each also gzipped as .gz; folders; "
                                   "or - for stdin) and print one event per line.\n\n"
                                   "Every record is accounted for on stderr and in the summary line: coded, skipped "
                                   "with the reason (a non-article file in a folder,\na non-English article), failed "
                                   "with the record (file:line) and the reason, or already stored (with --db, an "
                                   "article\nthe database holds from the same coder version is not coded again, so "
                                   "an interrupted run resumes when run again).\n"
                                   "Articles over the [coder] max_chars setting (2,000,000 characters) fail with "
                                   "that reason.",
                       epilog="exit status: 0 every record coded, skipped or already stored; 1 at least one "
                              "record failed;\n2 a usage error, or no input could be read at all.")
    c.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, or - for stdin")
    c.add_argument("--format", choices=["jsonl", "csv"], default="jsonl", help="output format (default jsonl)")
    c.add_argument("--published", help="publication date (ISO) for inputs that carry none, e.g. .txt files")
    c.add_argument("--out", help="write events to this file instead of stdout")
    c.add_argument("--db", help="also store articles and events in this DuckDB file (one transaction per article)")
    c.add_argument("--resume", action=argparse.BooleanOptionalAction, default=True,
                   help="with --db, leave alone the articles the database already holds from this coder version "
                        "(default: on; --no-resume codes everything again)")
    c.add_argument("--keep-nonfactual", action="store_true",
                   help="also output negated and hypothetical events (flagged in 'modality'); by default only "
                        "events that happened or are announced, hedged or historical ones flagged, are output")
    c.add_argument("--language", default="en", choices=["en", "any"],
                   help="skip articles detected to be in another language than English, with the reason (default "
                        "en); 'any' codes every article")
    c.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")
    c.set_defaults(func=cmd_code)

    d = sub.add_parser("demo", help="code the bundled sample story into the database and print a table")
    d.add_argument("--db", help=f"DuckDB file (default: $EVENTWIRE_DB or {config.DEFAULT_DB_PATH})")
    d.set_defaults(func=cmd_demo)

    k = sub.add_parser("classify", help="type the event between a given source and target",
                       description="Dyad classification for users who already have actor spans.")
    k.add_argument("sentence", nargs="?", help="the sentence")
    k.add_argument("--source", help="source actor phrase, as it appears in the sentence")
    k.add_argument("--target", help="target actor phrase, as it appears in the sentence")
    k.add_argument("--input", help="TSV with columns sentence, source, target (extra columns are passed through)")
    k.add_argument("--out", help="write JSON lines here instead of stdout")
    k.set_defaults(func=cmd_classify)

    a = sub.add_parser("actor", help="code an actor phrase to country, sector and CAMEO code")
    a.add_argument("phrase", nargs="?", help='e.g. "an American destroyer"')
    a.add_argument("--date", help="code as of this date (ISO), e.g. for people who changed office")
    a.add_argument("--input", help="one phrase per line, or TSV: phrase<TAB>date")
    a.add_argument("--context", help="text around the phrase (e.g. the article); an actor the phrase leaves "
                                     "without a country takes the country the context names most")
    a.add_argument("--out", help="write JSON lines here instead of stdout")
    a.set_defaults(func=cmd_actor)

    q = sub.add_parser("query", help="select stored events (table, csv, jsonl or parquet)",
                       description="Select events from the database; filters are ANDed.")
    _filter_args(q)
    q.add_argument("--format", choices=["table", "csv", "jsonl", "parquet"], default="table")
    q.set_defaults(func=cmd_query)

    x = sub.add_parser("export", help="export stored events: csv, jsonl, parquet, GDELT 2.0's 61-column layout, "
                                      "PLOVER records or POLECAT's columns",
                       description="csv and parquet hold the flat form (the JSON record's names joined by '_'), one "
                                   "row per mention; jsonl the JSON records; gdelt GDELT 2.0's event table (61 "
                                   "tab-separated fields, no header), plover PLOVER records (JSON lines) and polecat "
                                   "POLECAT's weekly-file columns (tab-separated, with a header): one row per real "
                                   "event, reports of it merged. See the README for what each field holds.")
    _filter_args(x)
    from .store.export import FORMATS
    x.add_argument("--format", choices=list(FORMATS), default="csv")
    x.set_defaults(func=cmd_export)

    t = sub.add_parser("series", help="events per day, week, month or year: counts per quad class, Goldstein sum "
                                      "and mean", description="A time series of stored events (filters as for query).")
    _filter_args(t)
    t.add_argument("--dyad", help="two codes or code starts, either direction, e.g. RUS-PRK or USAGOV-IRN")
    t.add_argument("--by", choices=["day", "week", "month", "year"], default="week")
    t.add_argument("--plot", help="also draw the series as stacked quad-class bars into this PNG (needs matplotlib)")
    t.set_defaults(func=cmd_series)

    g = sub.add_parser("geocode", help="place names in articles, each resolved to a GeoNames entry (JSON lines)",
                       description="Read the same inputs as `code` and print one JSON line per place name: article_id, "
                                   "text, start, end (offsets into the article text), geonameid, name, lat, lon, "
                                   "country (ISO3), admin1, feature, role (event place where a coded event happened; "
                                   "metonym when the place acts, 'Pyongyang said'; else mention), approximate (true for a name the gazetteer "
                                   "lacks, a river or a park, placed at the nearest place the article names beside it). "
                                   "Resolution uses the article's other places, its focus country and state, population and "
                                   "feature type.")
    g.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, or - for stdin")
    g.add_argument("--min-population", type=int, default=500, choices=[500, 1000, 5000, 15000],
                   help="gazetteer size: GeoNames cities of at least this many people (default 500)")
    g.add_argument("--out", help="write JSON lines here instead of stdout")
    g.set_defaults(func=cmd_geocode)

    x2 = sub.add_parser("timex", help="time expressions in articles with TIMEX3 values (JSON lines)",
                        description="Read the same inputs as `code` and print one JSON line per time expression: "
                                    "article_id, start, end, text, type (DATE, TIME, DURATION, SET), value (TIMEX3: "
                                    "2023-07-25, 2023-W31, 2020, P3Y, PRESENT_REF, ...), mod (START, END, MID, APPROX, "
                                    "...). Relative expressions are valued against each article's publication date, "
                                    "else --dct.")
    x2.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, or - for stdin")
    x2.add_argument("--dct", help="document creation time (ISO date) for inputs that carry none")
    x2.add_argument("--out", help="write JSON lines here instead of stdout")
    x2.set_defaults(func=cmd_timex)

    e = sub.add_parser("evaluate", help="measure accuracy against a gold file",
                       description="Gold formats: TSV with sentence, source, target, gold_root (older PLOVER "
                                   "names are mapped), PLOVER JSONL (text, source, target, event), or, for "
                                   "--task sentences, JSONL with text, root_votes and annotations.")
    e.add_argument("gold")
    e.add_argument("--task", choices=["dyad", "events", "sentences", "dedup", "geo", "timex", "modality"], default="dyad",
                   help="dyad: type the event between the gold actors; events: does the whole pipeline find the "
                        "gold dyad with the gold type; sentences: CAMEO roots per sentence against several "
                        "coders' votes (cameo_sentences.jsonl format), beside a single human coder; dedup: "
                        "pairwise precision and recall of merging reports of the same event across articles "
                        "(JSONL with id, cluster, text, published); geo: toponyms of an LGL-format XML file "
                        "resolved within 161 km of the gold point, and the exact GeoNames id share; timex: a folder "
                        "of TimeML .tml files, value F1 (same span and TIMEX3 value) against each document's own "
                        "creation time; modality: a folder (or file) of the project's non-event and modality "
                        "sentences (tests/fixtures/nonfactual): the false-event rate and the share of events "
                        "whose modality flags and attribution are right")
    e.add_argument("--plot", help="write a confusion-matrix heat map PNG here (needs matplotlib)")
    e.add_argument("--calibration", metavar="PLOT.png",
                   help="with --task events: draw a reliability diagram of the output events' confidence here "
                        "(right: the event is a gold row's, dyad and type) and print the expected calibration error "
                        "(needs matplotlib)")
    e.add_argument("--json", help="also write the report as JSON here")
    e.add_argument("--limit", type=int, help="only the first N gold rows")
    e.set_defaults(func=cmd_evaluate)
    return p


def main(argv: list[str] | None = None) -> int:
    from .errors import EventwireError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except EventwireError as exc:
        print(f"eventwire: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a missing or unwritable file, a full disk: the cause in one line
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"eventwire: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(f"eventwire: error: a file is not UTF-8 text ({exc.reason} at byte {exc.start})", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("eventwire: interrupted (what was stored is kept; run the same command again to resume)",
              file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
