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
    command,
    epilog,
)
from rnkclaims.cli.query_listing import list_records


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
    from rnkclaims.store import queries

    columns = ("id", "name", "kind", "country", "aliases", "claims")
    list_records(
        "actors",
        columns,
        queries.actors,
        queries.actors_sql,
        limit=limit,
        fmt=fmt,
        no_headers=no_headers,
        sql=sql,
        ledger=ledger,
        db=db,
    )
