"""``actors``: the actors, most quoted first."""

# No ``from __future__ import annotations``: typer reads each option's annotation, and a
# string one is compiled and evaluated at every run (twice), an object one is not.

from rnkclaims.cli.app import DbOpt, LedgerOpt
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
    from rnkclaims.render import render_records
    from rnkclaims.store import queries

    columns = ("id", "name", "kind", "country", "aliases", "claims")
    records = answer(ledger, db, sql, queries.actors, queries.actors_sql)
    render_records(
        cut(records, out_limit(limit, fmt), "actors"),
        output_format(fmt),
        columns=columns,
        headers=not no_headers,
    )
