"""``sources``: the archived articles, newest first."""

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
    from rnkclaims.store import queries

    columns = ("id", "outlet", "title", "published", "language", "claims")
    list_records(
        "sources",
        columns,
        queries.sources,
        queries.sources_sql,
        limit=limit,
        fmt=fmt,
        no_headers=no_headers,
        sql=sql,
        ledger=ledger,
        db=db,
    )
