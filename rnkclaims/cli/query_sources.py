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
    answer,
    command,
    cut,
    epilog,
    out_limit,
    output_format,
)


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
    from rnkclaims.render import render_records
    from rnkclaims.store import queries

    columns = ("id", "outlet", "title", "published", "language", "claims")
    records = answer(ledger, db, sql, queries.sources, queries.sources_sql)
    render_records(
        cut(records, out_limit(limit, fmt), "sources"),
        output_format(fmt),
        columns=columns,
        headers=not no_headers,
    )
