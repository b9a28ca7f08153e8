"""``actors``, ``outlets``, ``sources``, ``stats`` and ``db-path``: what the ledger holds."""

# No ``from __future__ import annotations``: typer reads each option's annotation, and a
# string one is compiled and evaluated at every run (twice), an object one is not.

from collections.abc import Sequence
from pathlib import Path

import typer

from rnkclaims.cli.app import DbOpt, LedgerOpt, locate_ledger
from rnkclaims.cli.query_cmds import (
    Format,
    FormatOpt,
    LimitOpt,
    NoHeadersOpt,
    SqlOpt,
    answer,
    command,
    cut,
    epilog,
    out_limit,
    output_format,
)


def _list(
    ledger: Path | None,
    db: Path | None,
    sql: bool,
    what: str,
    limit: int | None,
    fmt: Format,
    no_headers: bool,
    columns: Sequence[str],
) -> None:
    """A listing command (``actors``, ``outlets``, ``sources``): its query from
    ``store.queries`` by name, cut to the limit, rendered with ``columns``."""
    from rnkclaims.render import render_records
    from rnkclaims.store import queries

    query = getattr(queries, what)
    records = answer(ledger, db, sql, query, getattr(queries, f"{what}_sql"))
    render_records(
        cut(records, out_limit(limit, fmt), what),
        output_format(fmt),
        columns=columns,
        headers=not no_headers,
    )


@command(
    "actors",
    epilog=epilog("actors", "rnkclaims actors", "rnkclaims actors --format csv"),
)
def actors_cmd(
    limit: LimitOpt = None,
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Actors with their aliases and how many claims each made, most quoted first."""
    columns = ("id", "name", "kind", "country", "aliases", "claims")
    _list(ledger, db, sql, "actors", limit, fmt, no_headers, columns)


@command(
    "outlets",
    epilog=epilog("outlets", "rnkclaims outlets", "rnkclaims outlets --format csv"),
)
def outlets_cmd(
    limit: LimitOpt = None,
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Outlets and agencies with their aliases, how many articles and claims each published
    and how many claims were relayed through each."""
    columns = (
        ("id", "name", "kind", "sources", "claims", "relayed")
        if fmt is Format.table
        else ("id", "name", "kind", "country", "aliases", "sources", "claims", "relayed", "url")
    )
    _list(ledger, db, sql, "outlets", limit, fmt, no_headers, columns)


@command(
    "sources",
    epilog=epilog("sources", "rnkclaims sources", "rnkclaims sources --format json"),
)
def sources_cmd(
    limit: LimitOpt = None,
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Archived articles, newest first, with how many claims cite each."""
    columns = ("id", "outlet", "title", "published", "language", "claims")
    _list(ledger, db, sql, "sources", limit, fmt, no_headers, columns)


@command("stats", epilog=epilog("stats", "rnkclaims stats", "rnkclaims stats --format json"))
def stats_cmd(
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Counts: claims, actors, sources...; claims by speech act and by year; the most
    quoted speakers and outlets."""
    from rnkclaims.store import queries

    result = answer(ledger, db, sql, queries.stats, queries.stats_sql)
    if fmt is Format.json:
        from rnkclaims.render import dumps

        typer.echo(dumps(result))
        return
    from rnkclaims.render import render_sections

    sections = {
        k: [{"name": name, "count": n} for name, n in v.items()]
        for k, v in result.items()
        if isinstance(v, dict)
    }
    render_sections(sections, output_format(fmt), headers=not no_headers)


@command(
    "db-path", epilog=epilog("db-path", "rnkclaims db-path", "rnkclaims db-path --db /tmp/x.db")
)
def db_path_cmd(ledger: LedgerOpt = None, db: DbOpt = None) -> None:
    """Print where the ledger's database is (it need not exist yet: any query builds it)."""
    from rnkclaims.store.open import db_path_for

    typer.echo(str(db_path_for(locate_ledger(ledger, allow_bundled=True), db)))
