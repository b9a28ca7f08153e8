"""``denials``: denials, each with the claims it answers and those that contradict it."""

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
    "denials",
    epilog=epilog(
        "denials",
        "rnkclaims denials",
        "rnkclaims denials --speaker 'North Korea' --format json",
    ),
)
def denials_cmd(
    speaker: SpeakerOpt = None,
    voice: VoiceOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    outlet: OutletOpt = None,
    via: ViaOpt = None,
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
    """Denials, newest first, each with the claims it answers and the later claims that
    contradict it.

    The claims a denial answers are those with the opposite stance on the same
    proposition said before it (an undated one when its source was published): who made
    them and when. Those said after the denial are listed apart: they contradict it but
    cannot be what it answers. A claim that merely says 'no' without the act 'denies' is
    not listed.
    """
    from rnkclaims.store import queries

    n = out_limit(limit, fmt)
    f = claim_filters(
        speaker=speaker, voice=voice, since=since, until=until, outlet=outlet, via=via,
        topic=topic, proposition=proposition, limit=n, sort=sort, reverse=reverse,
    )  # fmt: skip
    most = queries.ANSWERS_PER_DENIAL if fmt is Format.table else None
    records = answer(
        ledger,
        db,
        sql,
        lambda conn: queries.denials(conn, probed(f), most),
        lambda conn: queries.denials_sql(conn, f),
    )
    show_claims(
        records, fmt, n, fail_empty, no_headers, "No denials match the filters.", where=(ledger, db)
    )
