"""``confirmations``, ``contradictions`` and ``propositions``: claims taken together, by
voice and by proposition."""

# No ``from __future__ import annotations``: typer reads each option's annotation, and a
# string one is compiled and evaluated at every run (twice), an object one is not.

from typing import Annotated, Any

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
    from rnkclaims.render import render_sections
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
        confirmations = [_summary(c) for c in confirmations]
        corroborated = [_voices(p) for p in corroborated]
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


def _voices(rec: dict[str, Any]) -> dict[str, Any]:
    """Supporters and opposers in one cell each, by voice: ``South Korea (2); United
    States: Frank Rose (1), Antony Blinken (1)``."""
    out = dict(rec)
    for side in ("supporters", "opposers"):
        by_voice: dict[str, list[dict[str, Any]]] = {}
        for v in rec[side]:
            by_voice.setdefault(v.get("voice") or v["speaker"], []).append(v)
        parts = []
        for voice, speakers in by_voice.items():
            if [s["speaker"] for s in speakers] == [voice]:
                parts.append(f"{voice} ({speakers[0]['claims']})")
            else:
                parts.append(
                    f"{voice}: " + ", ".join(f"{s['speaker']} ({s['claims']})" for s in speakers)
                )
        out[side] = "; ".join(parts)
    return out


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
    from rnkclaims.render import render_groups
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
        records = [_voices(r) for r in records]
    render_records(
        records,
        output_format(fmt),
        columns=("id", "text", "supporting_voices", "opposing_voices", "supporters", "opposers"),
        headers=not no_headers,
    )
    if not records:
        no_results("No propositions match.", fail_empty)
