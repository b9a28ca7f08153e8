"""``confirmations``: confirmations, and propositions corroborated by independent
voices."""

# No ``from __future__ import annotations``: typer reads each option's annotation, and a
# string one is compiled and evaluated at every run (twice), an object one is not.

from typing import Any

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
)
from rnkclaims.cli.query_filters import (
    PropositionOpt,
    SinceOpt,
    SpeakerOpt,
    TopicOpt,
    UntilOpt,
    VoiceOpt,
    claim_filters,
    probed,
)

CORROBORATED_COLUMNS = ("id", "text", "supporting_voices", "supports", "supporters",
                        "opposing_voices", "opposers")  # fmt: skip
CONFIRMATION_COLUMNS = ("id", "speaker", "act", "said", "excerpt", "propositions", "source_id")


@command(
    "confirmations",
    epilog=epilog(
        "confirmations",
        "rnkclaims confirmations",
        "rnkclaims confirmations --topic 'arms transfers' --format json",
    ),
)
def confirmations_cmd(
    speaker: SpeakerOpt = None,
    voice: VoiceOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    topic: TopicOpt = None,
    proposition: PropositionOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
    fail_empty: FailEmptyOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Confirmations, and propositions corroborated by independent voices.

    A voice is the body a speaker spoke for (a government for its officials and its state
    media), or the speaker: one speaker repeating themselves, one statement carried by
    several outlets, or two officials of one government, is one voice. Propositions backed
    by two or more voices are listed with how many.
    """
    from rnkclaims.render.detail import render_sections
    from rnkclaims.store import queries

    n = out_limit(limit, fmt)
    f = claim_filters(
        speaker=speaker, voice=voice, since=since, until=until, topic=topic,
        proposition=proposition, limit=n,
    )  # fmt: skip
    result = answer(
        ledger,
        db,
        sql,
        lambda conn: queries.confirmations(conn, probed(f)),
        lambda conn: queries.confirmations_sql(conn, f),
    )
    confirmations = cut(result.confirmations, n, "confirmations")
    corroborated = cut(result.corroborated, n, "corroborated propositions")
    if fmt is not Format.json and fmt is not Format.jsonl:
        from rnkclaims.render.rows import voices_cells

        confirmations = [_summary(c) for c in confirmations]
        corroborated = [voices_cells(p) for p in corroborated]
    render_sections(
        {"confirmations": confirmations, "corroborated": corroborated},
        output_format(fmt),
        columns={"confirmations": CONFIRMATION_COLUMNS, "corroborated": CORROBORATED_COLUMNS},
        headers=not no_headers,
    )
    if not result.confirmations and not result.corroborated:
        no_results("No confirmations or corroborated propositions.", fail_empty)


def _summary(rec: dict[str, Any]) -> dict[str, Any]:
    out = dict(rec)
    out["propositions"] = "; ".join(
        f"{b['proposition_id']}:{b['stance']}" for b in rec["propositions"]
    )
    return out
