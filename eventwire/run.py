"""A coding run over files: read -> code -> store and write, with every record accounted for.

This is the library call behind ``eventwire code``::

    from eventwire.run import code_inputs, Summary
    from eventwire.store import Store

    summary = Summary()
    with Store("events.duckdb") as store:
        for outcome in code_inputs(["dump.jsonl"], store=store):
            summary.add(outcome)
    print(summary.line(), summary.exit_code)

Every input record ends as exactly one :class:`~eventwire.records.Outcome`: ``coded``, ``skipped``
(with the reason), ``failed`` (with the reason) or ``stored`` (coded earlier by the same coder
version; a resumed run does not code it again). When the database or the output stops accepting
writes (a full disk), the run stops coding but goes on reading, so the records it could not code
are still each failed with that cause, and the same command run later resumes where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import InputError, StoreError
from .store import text_sha
from .records import Article, Event, Outcome

#: exit statuses of ``eventwire code`` (also in ``--help`` and the README)
EXIT_OK, EXIT_FAILED, EXIT_UNREADABLE = 0, 1, 2


@dataclass
class Summary:
    """Counts of a run's outcomes, its summary line and its exit status."""

    coded: int = 0
    skipped: int = 0
    failed: int = 0
    stored: int = 0
    updated: int = 0
    events: int = 0
    #: failed outcomes that were a whole input (a missing path), not a record read from one
    unreadable_inputs: int = 0

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        self.updated += outcome.updated
        self.events += len(outcome.events)
        if outcome.status == "failed" and outcome.whole_input:
            self.unreadable_inputs += 1

    @property
    def records(self) -> int:
        return self.coded + self.skipped + self.failed + self.stored

    @property
    def exit_code(self) -> int:
        """0: every record coded, skipped or already stored; 1: at least one record failed;
        2: no input could be read at all."""
        if self.unreadable_inputs and self.records == self.unreadable_inputs:
            return EXIT_UNREADABLE
        return EXIT_FAILED if self.failed else EXIT_OK

    def line(self, where: str | None = None) -> str:
        parts = [f"{self.coded} coded" + (f" ({self.updated} updated stories)" if self.updated else "")]
        if self.stored:
            parts.append(f"{self.stored} already stored (not coded again)")
        parts += [f"{self.skipped} skipped", f"{self.failed} failed"]
        into = f" into {where}" if where else ""
        n = self.records
        return f"{', '.join(parts)} ({n} record{'' if n == 1 else 's'}); {self.events} events{into}"


def code_inputs(inputs: Iterable[str], *, published: Any = None, store: Any = None,
                emit: Callable[[list[Event]], None] | None = None, language: str = "en", resume: bool = True,
                batch_size: int = 16, keep_nonfactual: bool | None = None) -> Iterator[Outcome]:
    """Code files, folders or ``-`` (stdin); yield one Outcome per record, in input order.

    ``store``: a :class:`~eventwire.store.Store`; each article is saved with its events in one
    transaction as soon as it is coded. With ``resume`` (the default), articles the store already
    holds from the same coder version are not coded again (outcome ``stored``).
    ``emit``: called with each coded article's events (e.g. to write JSON lines); an ``OSError``
    from it (a full disk) is handled like a store failure. ``keep_nonfactual``: also output negated
    and hypothetical events, flagged.
    """
    from .ingest import legacy_ids, read
    from .pipeline import get_coder

    coder = get_coder()
    index = store.index() if store is not None else {}
    by_sha = {sha: art_id for art_id, (sha, _, _, status) in index.items() if sha and status in ("coded", "skipped")}
    by_url = {url: art_id for art_id, (_, url, _, _) in index.items() if url}
    broken: list[str] = []  # the cause, once writing has failed: nothing more is coded

    def known(article: Article) -> str | None:
        """Why an article needs no coding: stored before by this coder version with the same text (a
        resumed run), or the same text stored under another id or URL (kept as an alias)."""
        if store is None:
            return None
        sha = text_sha(article.text)
        prev = index.get(article.id)
        if resume and prev and prev[0] == sha and prev[2] == coder.version and prev[3] in ("coded", "skipped"):
            return "already stored by this coder version"
        other = by_sha.get(sha)
        if other is not None and other != article.id and other in legacy_ids(article) and article.id not in index:
            # stored by an older version under the id it gave this file then: the article moves to its id now
            store.rekey(other, article.id)
            index[article.id] = index.pop(other)
            by_sha[sha] = article.id
            prev = index[article.id]
            if resume and prev[2] == coder.version and prev[3] in ("coded", "skipped"):
                return f"already stored (re-keyed from {other})"
            return None
        if other is not None and other != article.id:
            store.add_alias(article.id, other)
            return f"same text as article {other} (kept as an alias)"
        return None

    def replaces(article: Article) -> bool:
        """An updated story: the same id, or the same URL under another id, with another text."""
        prev = index.get(article.id)
        if prev is not None and prev[0] != text_sha(article.text):
            return True
        old = by_url.get(article.url) if article.url else None
        if old is not None and old != article.id:
            store.delete_article(old)
            return True
        return False

    def items() -> Iterator[Article | Exception]:
        for item in read(inputs, published=published):
            if broken and isinstance(item, Article):
                yield InputError(item.id, f"not coded: {broken[0]}")
            else:
                yield item

    for outcome in coder.code_many(items(), batch_size=batch_size, language=language, done=known,
                                   keep_nonfactual=keep_nonfactual):
        if outcome.status == "stored":
            yield outcome
            continue
        if broken:  # coded in the same batch before writing failed: coded, but not kept
            if outcome.status == "coded":
                outcome = Outcome(outcome.record, "failed", f"not stored: {broken[0]}", outcome.article)
            yield outcome
            continue
        try:
            if store is not None and outcome.article is not None:
                outcome.updated = outcome.status == "coded" and replaces(outcome.article)
                store.save(outcome.article, outcome.events, outcome.status, outcome.reason, coder.version)
            if emit is not None and outcome.events:
                emit(outcome.events)
        except BrokenPipeError:
            raise  # the reader of stdout has gone (`| head`): nothing left to do
        except (StoreError, OSError) as exc:
            cause = str(exc) if isinstance(exc, StoreError) else f"cannot write output: {exc.strerror or exc}"
            broken.append(cause)
            outcome = Outcome(outcome.record, "failed", cause, outcome.article)
        yield outcome
