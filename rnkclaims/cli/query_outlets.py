"""``outlets``: the outlets and agencies, with what each published and relayed."""

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
    from rnkclaims.store import queries

    columns = (
        ("id", "name", "kind", "sources", "claims", "relayed")
        if fmt is Format.table
        else ("id", "name", "kind", "country", "aliases", "sources", "claims", "relayed", "url")
    )
    list_records(
        "outlets",
        columns,
        queries.outlets,
        queries.outlets_sql,
        limit=limit,
        fmt=fmt,
        no_headers=no_headers,
        sql=sql,
        ledger=ledger,
        db=db,
    )
