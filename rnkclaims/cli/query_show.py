"""``show`` and ``source show``: one claim, or one archived article, in full."""

# No ``from __future__ import annotations``: typer reads each option's annotation, and a
# string one is compiled and evaluated at every run (twice), an object one is not.

from typing import Annotated

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
    valid_text,
)


@command(
    "show",
    epilog=epilog(
        "show",
        "rnkclaims show spg23.dprk-denies-arms-deals",
        "rnkclaims show spg23.dprk-denies-arms-deals --context 2",
        "rnkclaims show spg23.dprk-denies-arms-deals --format json",
    ),
)
def show_cmd(
    claim_id: Annotated[
        str, typer.Argument(metavar="ID", help="The claim's id.", callback=valid_text)
    ],
    context: Annotated[
        int | None,
        typer.Option(
            "--context",
            "-C",
            help="Show this many whole lines of the source either side of the excerpt "
            "(default: 300 characters).",
            min=0,
            show_default=False,
        ),
    ] = None,
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Everything about one claim: quote, speaker and role, the excerpt in its source,
    relay chain, propositions, and the claims it contradicts, confirms or repeats."""
    from rnkclaims.render.detail import render_claim_detail
    from rnkclaims.store import queries

    record = answer(
        ledger,
        db,
        sql,
        lambda conn: queries.show(conn, claim_id, context),
        lambda conn: queries.show_sql(conn, claim_id),
    )
    render_claim_detail(record, output_format(fmt), headers=not no_headers)


def _source_show(
    source_id: Annotated[
        str,
        typer.Argument(metavar="ID", help="The source's id (its file name).", callback=valid_text),
    ],
    around: Annotated[
        str | None,
        typer.Option(
            "--around",
            help="Only the lines around this claim's excerpt (see --context).",
            show_default=False,
            callback=valid_text,
        ),
    ] = None,
    context: Annotated[
        int, typer.Option("--context", "-C", help="Lines either side with --around.", min=0)
    ] = 3,
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Read an archived article, each claim's excerpt marked and followed by the claim's
    id."""
    from rnkclaims.render.detail import render_source
    from rnkclaims.store import queries

    record = answer(
        ledger,
        db,
        sql,
        lambda conn: queries.source(conn, source_id, around, context),
        lambda conn: queries.source_sql(conn, source_id),
    )
    render_source(record, output_format(fmt), headers=not no_headers)


def _register_source_show() -> None:
    from rnkclaims.cli.app import handle_errors, source_app

    example = "2023-11-spiegel-rnk-protocol"
    source_app.command(
        "show",
        epilog=epilog(
            "source show",
            f"rnkclaims source show {example}",
            f"rnkclaims source show {example} --around spg23.dprk-denies-arms-deals -C 1",
        ),
    )(handle_errors(_source_show))


_register_source_show()
