"""``propositions``: propositions with their supporting and opposing voices."""

# No ``from __future__ import annotations``: typer reads each option's annotation, and a
# string one is compiled and evaluated at every run (twice), an object one is not.

from typing import Annotated

import typer

from rnkclaims.cli.app import DbOpt, LedgerOpt
from rnkclaims.cli.query_cmds import (
    FailEmptyOpt,
    Format,
    FormatOpt,
    LimitOpt,
    NoHeadersOpt,
    SqlOpt,
    answer,
    command,
    cut,
    epilog,
    no_results,
    out_limit,
    output_format,
    probe_limit,
)
from rnkclaims.cli.query_filters import (
    PropositionOpt,
    TopicOpt,
)


@command(
    "propositions",
    epilog=epilog(
        "propositions",
        "rnkclaims propositions",
        "rnkclaims propositions --topic 'arms transfers' --format json",
    ),
)
def propositions_cmd(
    topic: TopicOpt = None,
    proposition: PropositionOpt = None,
    min_voices: Annotated[
        int, typer.Option("--min-voices", help="Only those with this many supporting voices.")
    ] = 0,
    limit: LimitOpt = None,
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
    fail_empty: FailEmptyOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Propositions with their supporting and opposing voices, most debated first.

    A voice is the body a speaker spoke for, or the speaker (two officials of one
    government are one voice); supports and opposes count claims.
    """
    from rnkclaims.render import render_records
    from rnkclaims.store import queries

    n = out_limit(limit, fmt)
    f = queries.PropositionFilters(
        topic=topic, proposition=proposition, min_voices=min_voices, limit=n
    )
    probe = queries.PropositionFilters(
        topic=topic, proposition=proposition, min_voices=min_voices, limit=probe_limit(n)
    )
    records = answer(
        ledger,
        db,
        sql,
        lambda conn: queries.propositions(conn, probe),
        lambda conn: queries.propositions_sql(conn, f),
    )
    records = cut(records, n, "propositions")
    if fmt is not Format.json and fmt is not Format.jsonl:
        from rnkclaims.render.rows import voices_cells

        records = [voices_cells(r) for r in records]
    render_records(
        records,
        output_format(fmt),
        columns=("id", "text", "supporting_voices", "opposing_voices", "supporters", "opposers"),
        headers=not no_headers,
    )
    if not records:
        no_results("No propositions match.", fail_empty)
