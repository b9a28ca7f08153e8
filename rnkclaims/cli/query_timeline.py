"""``timeline``: the claims the filters select, in the order they were made."""

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
    "timeline",
    epilog=epilog(
        "timeline",
        "rnkclaims timeline --speaker Hill",
        "rnkclaims timeline --proposition nk-arms-to-russia",
        "rnkclaims timeline --topic 'arms transfers' --since 2023-09 --format markdown",
    ),
)
def timeline_cmd(
    speaker: SpeakerOpt = None,
    voice: VoiceOpt = None,
    proposition: PropositionOpt = None,
    topic: TopicOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    outlet: OutletOpt = None,
    via: ViaOpt = None,
    act: ActOpt = None,
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
    """Claims in the order they were made, for an actor, a proposition or a topic (an
    undated claim where its source was published)."""
    from rnkclaims.store import queries

    n = out_limit(limit, fmt)
    f = claim_filters(
        speaker=speaker, voice=voice, proposition=proposition, topic=topic, since=since,
        until=until, outlet=outlet, via=via, act=act, limit=n, sort=sort, reverse=reverse,
    )  # fmt: skip
    records = answer(
        ledger,
        db,
        sql,
        lambda conn: queries.timeline(conn, probed(f)),
        lambda conn: queries.timeline_sql(conn, f),
    )
    show_claims(
        records, fmt, n, fail_empty, no_headers, "No claims match the filters.", where=(ledger, db)
    )
