"""``contradictions``: claims that cannot all be true, in groups, each with why."""

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
    valid_text,
)
from rnkclaims.cli.query_filters import (
    PropositionOpt,
    SpeakerOpt,
    TopicOpt,
    VoiceOpt,
)


@command(
    "contradictions",
    epilog=epilog(
        "contradictions",
        "rnkclaims contradictions",
        "rnkclaims contradictions --kind reversal --voice 'United States'",
        "rnkclaims contradictions --topic 'arms transfers' --format json",
    ),
)
def contradictions_cmd(
    proposition: PropositionOpt = None,
    speaker: SpeakerOpt = None,
    voice: VoiceOpt = None,
    topic: TopicOpt = None,
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            "-k",
            help="opposite-stance, incompatible, reversal or value-mismatch.",
            show_default=False,
            callback=valid_text,
        ),
    ] = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
    fail_empty: FailEmptyOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Claims that cannot all be true, in groups, each with why.

    Kinds: opposite-stance (a denial against the claims it denies), incompatible (support
    for two propositions declared incompatible), reversal (one voice on both sides over
    time, in date order: an actor, or the government its officials spoke for),
    value-mismatch (different values for one fact, such as two dates for one event). Each
    kind gets its turn until --limit groups are shown. --speaker and --voice keep the
    groups with a claim by that speaker or for that body. A table shows a few claims of
    each side, the closest counter-claims first (the same source, then nearest in time);
    the other formats carry every claim.
    """
    from rnkclaims.render.detail import render_groups
    from rnkclaims.store import queries

    n = out_limit(limit, fmt)
    per_side = queries.CLAIMS_PER_SIDE if fmt is Format.table else None
    f = queries.ContradictionFilters(
        proposition=proposition, speaker=speaker, voice=voice, topic=topic, kind=kind, limit=n,
        per_side=per_side,
    )  # fmt: skip
    probe = queries.ContradictionFilters(
        proposition=proposition, speaker=speaker, voice=voice, topic=topic, kind=kind,
        limit=probe_limit(n), per_side=per_side,
    )  # fmt: skip
    groups = answer(
        ledger,
        db,
        sql,
        lambda conn: queries.contradictions(conn, probe),
        lambda conn: queries.contradictions_sql(conn, f),
    )
    groups = cut(groups, n, "groups")
    if fmt is Format.claimreview:
        from rnkclaims.cli.occasional import print_claimreview

        print_claimreview(ledger, db, groups, groups=True)
    elif groups or fmt is not Format.table:
        render_groups(groups, output_format(fmt), headers=not no_headers)
    if not groups:
        no_results("No contradictions found.", fail_empty)
