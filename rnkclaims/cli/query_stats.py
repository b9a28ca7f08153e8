"""``stats``: what the ledger holds, counted."""

# No ``from __future__ import annotations``: typer reads each option's annotation, and a
# string one is compiled and evaluated at every run (twice), an object one is not.

import typer

from rnkclaims.cli.app import DbOpt, LedgerOpt
from rnkclaims.cli.query_cmds import (
    Format,
    FormatOpt,
    NoHeadersOpt,
    SqlOpt,
    answer,
    command,
    epilog,
    output_format,
)


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
    from rnkclaims.render.detail import render_sections

    sections = {
        k: [{"name": name, "count": n} for name, n in v.items()]
        for k, v in result.items()
        if isinstance(v, dict)
    }
    render_sections(sections, output_format(fmt), headers=not no_headers)
