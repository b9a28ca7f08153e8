"""What a query needs only on occasion: ``--sql``'s printout, the note on a terminal
that the database is being rebuilt, and ``--format claimreview``. Imported then, so that
an ordinary query compiles none of it."""

from __future__ import annotations

import shlex
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from rnkclaims.cli.query_cmds import _connect

if TYPE_CHECKING:
    from rnkclaims.store.queries import Statement


PROGRESS_AFTER = 1.0
"""Seconds opening the database may take before a terminal is told it is being rebuilt
(``RNKCLAIMS_PROGRESS_AFTER`` overrides)."""


@contextmanager
def progress() -> Iterator[None]:
    """On a terminal, say on stderr that the database is being rebuilt when opening it
    takes more than a moment, and how long it took; nothing when stderr is not a
    terminal."""
    if not sys.stderr.isatty():
        yield
        return
    import os
    import threading
    import time

    from rnkclaims.render import note

    try:
        after = float(os.environ.get("RNKCLAIMS_PROGRESS_AFTER", PROGRESS_AFTER))
    except ValueError:
        after = PROGRESS_AFTER
    start = time.perf_counter()
    told = threading.Event()

    def tell() -> None:
        told.set()
        note("ledger changed, rebuilding the database\u2026")

    timer = threading.Timer(after, tell)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        timer.join()
        if told.is_set():
            note(f"rebuilt in {time.perf_counter() - start:.1f} s")


def print_sql(statements: Sequence[Statement], path: Path) -> None:
    """The statements, runnable as is: ``sqlite3 DATABASE < file.sql``; fallbacks (run
    only in some cases) as comments."""
    head = f"-- database: {path}\n-- run with: sqlite3 -header {shlex.quote(str(path))} < this.sql"
    typer.echo(head + "\n\n" + "\n\n".join(s.script() for s in statements))


def print_claimreview(
    ledger: Path | None, db: Path | None, records: Sequence[dict[str, Any]], groups: bool
) -> None:
    """Claim records (or contradiction groups) as one schema.org JSON-LD document."""
    from rnkclaims.render import dumps
    from rnkclaims.report import claimreview
    from rnkclaims.store import queries

    with _connect(ledger, db, again=True) as opened:
        urls = {s["id"]: s["url"] for s in queries.sources(opened.conn)}
        kinds = {a["id"]: a["kind"] for a in queries.actors(opened.conn)}
    convert = claimreview.from_contradictions if groups else claimreview.from_claims
    typer.echo(dumps(convert(records, urls=urls, kinds=kinds)))
