"""``claims``: the claims the filters select, newest first."""

# No ``from __future__ import annotations``: typer reads each option's annotation, and a
# string one is compiled and evaluated at every run (twice), an object one is not.

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
    epilog,
    out_limit,
)
from rnkclaims.cli.query_filters import (
    ActOpt,
    OutletOpt,
    PropositionOpt,
    ReverseOpt,
    SinceOpt,
    SortOpt,
    SpeakerOpt,
    TopicOpt,
    UntilOpt,
    ViaOpt,
    VoiceOpt,
    claim_filters,
    probed,
    show_claims,
)


@command(
    "claims",
    epilog=epilog(
        "claims",
        "rnkclaims claims --speaker DPRK --since 2023",
        "rnkclaims claims --act denies --format csv > denials.csv",
        "rnkclaims claims --via yonhap --sort speaker",
    ),
)
def claims_cmd(
    speaker: SpeakerOpt = None,
    voice: VoiceOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    outlet: OutletOpt = None,
    via: ViaOpt = None,
    act: ActOpt = None,
    topic: TopicOpt = None,
    proposition: PropositionOpt = None,
    sort: SortOpt = None,
    reverse: ReverseOpt = False,
    limit: LimitOpt = None,
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
    fail_empty: FailEmptyOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """List claims matching the filters, newest first (an undated claim where its source
    was published; with neither, last)."""
    from rnkclaims.store import queries

    n = out_limit(limit, fmt)
    f = claim_filters(
        speaker=speaker, voice=voice, since=since, until=until, outlet=outlet, via=via,
        act=act, topic=topic, proposition=proposition, limit=n, sort=sort, reverse=reverse,
    )  # fmt: skip
    records = answer(
        ledger,
        db,
        sql,
        lambda conn: queries.list_claims(conn, probed(f)),
        lambda conn: queries.list_claims_sql(conn, f),
    )
    show_claims(
        records, fmt, n, fail_empty, no_headers, "No claims match the filters.", where=(ledger, db)
    )
