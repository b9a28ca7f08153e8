"""The read side: who-said, contradictions, denials, confirmations and the commands around them.

Each command parses its options, calls one function of ``rnkclaims.store.queries`` and renders
the result with ``rnkclaims.render``. Both are imported inside the commands so that
``rnkclaims --help`` stays quick.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from rnkclaims.cli.app import DbOpt, LedgerOpt, command, locate_ledger
from rnkclaims.errors import ExitStatus

T = TypeVar("T")

if TYPE_CHECKING:
    import sqlite3

    from rnkclaims.render import OutputFormat
    from rnkclaims.store.queries import ClaimFilters, Statement


class Format(StrEnum):
    """The output formats of every query command (``render.OutputFormat``)."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


FormatOpt = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        help="table (for people), json, jsonl, csv or markdown. See docs/json-output.md.",
        case_sensitive=False,
    ),
]
SqlOpt = Annotated[
    bool,
    typer.Option("--sql", help="Print the SQL this command would run (values inlined), then stop."),
]
FailEmptyOpt = Annotated[
    bool,
    typer.Option(
        "--fail-empty",
        help=f"Exit with status {int(ExitStatus.NO_RESULTS)} when nothing is found.",
    ),
]
SpeakerOpt = Annotated[
    str | None,
    typer.Option("--speaker", "-s", help="Speaker: id, name or any alias.", show_default=False),
]
VoiceOpt = Annotated[
    str | None,
    typer.Option(
        "--voice",
        help="Claims made for this body: its own, and its officials' in roles that speak for "
        "it (id, name or alias).",
        show_default=False,
    ),
]
SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since", help="Said on or after: YYYY, YYYY-MM or YYYY-MM-DD.", show_default=False
    ),
]
UntilOpt = Annotated[
    str | None,
    typer.Option(
        "--until", help="Said on or before: YYYY, YYYY-MM or YYYY-MM-DD.", show_default=False
    ),
]
OutletOpt = Annotated[
    str | None,
    typer.Option("--outlet", help="Publishing outlet: id, name or alias.", show_default=False),
]
ViaOpt = Annotated[
    str | None,
    typer.Option(
        "--via",
        help="An agency or intermediary anywhere in the relay chain (or a wire agency the "
        "article relies on).",
        show_default=False,
    ),
]
ActOpt = Annotated[
    str | None,
    typer.Option(
        "--act",
        help="Speech act: asserts, denies, confirms, accuses, suspects, assesses, predicts, "
        "pledges, intends, warns, expresses-concern, reports, announces, calls-for.",
        show_default=False,
    ),
]
TopicOpt = Annotated[
    str | None,
    typer.Option("--topic", "-t", help="Topic: id, name or one of its terms.", show_default=False),
]
PropositionOpt = Annotated[
    str | None,
    typer.Option("--proposition", "-p", help="Proposition id.", show_default=False),
]


LimitOpt = Annotated[
    int, typer.Option("--limit", "-n", help="At most this many results; 0 for all.", min=0)
]

_EXIT_NOTE = (
    f"Exit status: 0 ok (also when nothing is found), {int(ExitStatus.USAGE)} bad option, "
    f"{int(ExitStatus.NOT_FOUND)} unknown name or id, {int(ExitStatus.NO_RESULTS)} nothing "
    "found with --fail-empty."
)


def _epilog(*examples: str) -> str:
    lines = "\n\n".join(f"  {e}" for e in examples)
    return f"Examples:\n\n{lines}\n\n{_EXIT_NOTE}"


@contextmanager
def _connect(ledger: Path | None, db: Path | None) -> Iterator[sqlite3.Connection]:
    from rnkclaims.render import note
    from rnkclaims.store.open import open_current

    opened = open_current(locate_ledger(ledger), db)
    if opened.rebuilt:
        note(f"database rebuilt: {opened.path}")
    try:
        yield opened.conn
    finally:
        opened.conn.close()


def _answer(
    ledger: Path | None,
    db: Path | None,
    sql: bool,
    query: Callable[[sqlite3.Connection], T],
    statements: Callable[[sqlite3.Connection], Sequence[Statement]],
) -> T:
    """Run ``query`` on the ledger's current database; with --sql, print ``statements``
    (what ``query`` would run) and stop."""
    with _connect(ledger, db) as conn:
        if sql:
            _print_sql(statements(conn))
            raise typer.Exit(0)
        return query(conn)


def _fmt(fmt: Format) -> OutputFormat:
    from rnkclaims.render import OutputFormat

    return OutputFormat(fmt.value)


def _print_sql(statements: Sequence[Statement]) -> None:
    typer.echo("\n\n".join(s.inline().rstrip(";") + ";" for s in statements))


def _nothing(message: str, fail_empty: bool, suggestions: Sequence[str] = ()) -> None:
    from rnkclaims.render import note

    note(message)
    if suggestions:
        note("Did you mean: " + ", ".join(suggestions) + "?")
    if fail_empty:
        raise typer.Exit(int(ExitStatus.NO_RESULTS))


def _more(shown: int, limit: int, fmt: Format) -> None:
    if limit and shown == limit and fmt is Format.table:
        from rnkclaims.render import note

        note(f"showing the first {limit}; use --limit to see more (0 for all)")


def _show_claims(
    records: Sequence[dict[str, Any]],
    fmt: Format,
    limit: int,
    fail_empty: bool,
    empty: str = "No claims match the filters.",
) -> None:
    from rnkclaims.render import render_claims

    if records or fmt is not Format.table:
        render_claims(records, _fmt(fmt))
    if not records:
        _nothing(empty, fail_empty)
    _more(len(records), limit, fmt)


def _filters(**kwargs: Any) -> ClaimFilters:
    from rnkclaims.store.queries import ClaimFilters

    return ClaimFilters(**kwargs)


@command(
    "who-said",
    epilog=_epilog(
        "rnkclaims who-said 'arms deals'",
        "rnkclaims who-said 'Kim Jong-un' --since 2023-09 --act pledges",
        "rnkclaims who-said satellite --via yonhap --format json",
    ),
)
def who_said(
    query: Annotated[str, typer.Argument(help="Words to look for, in your own words.")],
    speaker: SpeakerOpt = None,
    voice: VoiceOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    outlet: OutletOpt = None,
    via: ViaOpt = None,
    act: ActOpt = None,
    topic: TopicOpt = None,
    limit: LimitOpt = 50,
    fmt: FormatOpt = Format.table,
    fail_empty: FailEmptyOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Who said what about QUERY: matching claims, best first.

    Looks in quotes, excerpts, propositions, topics and speakers' names. Words match in
    any form (deals finds deal), any case and without accents; several words must stand
    close together; a topic's name or term (arms deals) also finds the claims on that
    topic; an actor's name or alias (DPRK) finds all their names (North Korea,
    Pyongyang). Matched words are highlighted.
    """
    from rnkclaims.render import note, render_claims
    from rnkclaims.store import queries

    f = _filters(
        speaker=speaker, voice=voice, since=since, until=until, outlet=outlet, via=via,
        act=act, topic=topic, limit=limit,
    )  # fmt: skip
    result = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.who_said(conn, query, f),
        lambda conn: queries.who_said_sql(conn, query, f),
    )
    for n in result.notes:
        note(n)
    out = _fmt(fmt)
    if not result.claims:
        if fmt is not Format.table:
            render_claims([], out, extra=("relevance", "highlight"))
        _nothing("No claims match the query.", fail_empty, result.suggestions)
        return
    if fmt is Format.table and (result.topics or result.aliases):
        also = [f"topic {t}" for t in result.topics] + [f"all names of {a}" for a in result.aliases]
        note("matching " + ", ".join(also))
    render_claims(result.claims, out, extra=("relevance", "highlight"))
    _more(len(result.claims), limit, fmt)


@command(
    "claims",
    epilog=_epilog(
        "rnkclaims claims --speaker DPRK --since 2023",
        "rnkclaims claims --act denies --via yonhap --format csv > denials.csv",
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
    limit: LimitOpt = 50,
    fmt: FormatOpt = Format.table,
    fail_empty: FailEmptyOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """List claims matching the filters, newest first (undated last)."""
    from rnkclaims.store import queries

    f = _filters(
        speaker=speaker, voice=voice, since=since, until=until, outlet=outlet, via=via,
        act=act, topic=topic, proposition=proposition, limit=limit,
    )  # fmt: skip
    records = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.list_claims(conn, f),
        lambda conn: queries.list_claims_sql(conn, f),
    )
    _show_claims(records, fmt, limit, fail_empty, "No claims match the filters.")


@command(
    "timeline",
    epilog=_epilog(
        "rnkclaims timeline --speaker Hill",
        "rnkclaims timeline --proposition kp-arms-to-ru",
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
    act: ActOpt = None,
    limit: LimitOpt = 200,
    fmt: FormatOpt = Format.table,
    fail_empty: FailEmptyOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Claims in the order they were made, for an actor, a proposition or a topic."""
    from rnkclaims.store import queries

    f = _filters(
        speaker=speaker, voice=voice, proposition=proposition, topic=topic, since=since,
        until=until, act=act, limit=limit,
    )  # fmt: skip
    records = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.timeline(conn, f),
        lambda conn: queries.timeline_sql(conn, f),
    )
    _show_claims(records, fmt, limit, fail_empty, "No claims match the filters.")


@command(
    "denials",
    epilog=_epilog(
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
    limit: LimitOpt = 50,
    fmt: FormatOpt = Format.table,
    fail_empty: FailEmptyOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Denials, newest first, each with the claims it answers.

    The claims a denial answers are those with the opposite stance on the same
    proposition: who made them and when. A claim that merely says 'no' without the act
    'denies' is not listed.
    """
    from rnkclaims.store import queries

    f = _filters(
        speaker=speaker, voice=voice, since=since, until=until, outlet=outlet, via=via,
        topic=topic, proposition=proposition, limit=limit,
    )  # fmt: skip
    records = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.denials(conn, f),
        lambda conn: queries.denials_sql(conn, f),
    )
    _show_claims(records, fmt, limit, fail_empty, "No denials match the filters.")


CORROBORATED_COLUMNS = ("id", "text", "supporting_voices", "supports", "supporters",
                        "opposing_voices", "opposers")  # fmt: skip
CONFIRMATION_COLUMNS = ("id", "speaker", "act", "said", "excerpt", "propositions", "source_id")


@command(
    "confirmations",
    epilog=_epilog(
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
    limit: LimitOpt = 50,
    fmt: FormatOpt = Format.table,
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

    f = _filters(
        speaker=speaker, voice=voice, since=since, until=until, topic=topic,
        proposition=proposition, limit=limit,
    )  # fmt: skip
    result = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.confirmations(conn, f),
        lambda conn: queries.confirmations_sql(conn, f),
    )
    confirmations = result.confirmations
    corroborated = result.corroborated
    if fmt in (Format.table, Format.csv, Format.markdown):
        confirmations = [_summary(c) for c in confirmations]
        corroborated = [_voices(p) for p in corroborated]
    render_sections(
        {"confirmations": confirmations, "corroborated": corroborated},
        _fmt(fmt),
        columns={"confirmations": CONFIRMATION_COLUMNS, "corroborated": CORROBORATED_COLUMNS},
    )
    if not result.confirmations and not result.corroborated:
        _nothing("No confirmations or corroborated propositions.", fail_empty)


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
    epilog=_epilog(
        "rnkclaims contradictions",
        "rnkclaims contradictions --kind reversal --speaker 'Sergei Shoigu'",
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
        ),
    ] = None,
    limit: LimitOpt = 50,
    fmt: FormatOpt = Format.table,
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
    groups with a claim by that speaker or for that body.
    """
    from rnkclaims.render import render_groups
    from rnkclaims.store import queries

    f = queries.ContradictionFilters(
        proposition=proposition, speaker=speaker, voice=voice, topic=topic, kind=kind, limit=limit
    )
    groups = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.contradictions(conn, f),
        lambda conn: queries.contradictions_sql(conn, f),
    )
    if groups or fmt is not Format.table:
        render_groups(groups, _fmt(fmt))
    if not groups:
        _nothing("No contradictions found.", fail_empty)
    _more(len(groups), limit, fmt)


@command(
    "show",
    epilog=_epilog("rnkclaims show kp-denies", "rnkclaims show kp-denies --format json"),
)
def show_cmd(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="The claim's id.")],
    fmt: FormatOpt = Format.table,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Everything about one claim: quote, speaker and role, the excerpt in its source,
    relay chain, propositions, and the claims it contradicts, confirms or repeats."""
    from rnkclaims.render import render_claim_detail
    from rnkclaims.store import queries

    record = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.show(conn, claim_id),
        lambda conn: queries.show_sql(conn, claim_id),
    )
    render_claim_detail(record, _fmt(fmt))


@command(
    "actors",
    epilog=_epilog("rnkclaims actors", "rnkclaims actors --format csv"),
)
def actors_cmd(
    fmt: FormatOpt = Format.table,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Actors with their aliases and how many claims each made, most quoted first."""
    from rnkclaims.render import render_records
    from rnkclaims.store import queries

    records = _answer(ledger, db, sql, queries.actors, queries.actors_sql)
    render_records(
        records, _fmt(fmt), columns=("id", "name", "kind", "country", "aliases", "claims")
    )


@command(
    "sources",
    epilog=_epilog("rnkclaims sources", "rnkclaims sources --format json"),
)
def sources_cmd(
    fmt: FormatOpt = Format.table,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Archived articles, newest first, with how many claims cite each."""
    from rnkclaims.render import render_records
    from rnkclaims.store import queries

    records = _answer(ledger, db, sql, queries.sources, queries.sources_sql)
    render_records(
        records, _fmt(fmt), columns=("id", "outlet", "title", "published", "language", "claims")
    )


@command(
    "propositions",
    epilog=_epilog(
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
    limit: LimitOpt = 0,
    fmt: FormatOpt = Format.table,
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

    f = queries.PropositionFilters(
        topic=topic, proposition=proposition, min_voices=min_voices, limit=limit
    )
    records = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.propositions(conn, f),
        lambda conn: queries.propositions_sql(conn, f),
    )
    if fmt in (Format.table, Format.csv, Format.markdown):
        records = [_voices(r) for r in records]
    render_records(
        records,
        _fmt(fmt),
        columns=("id", "text", "supporting_voices", "opposing_voices", "supporters", "opposers"),
    )
    if not records:
        _nothing("No propositions match.", fail_empty)


@command("stats", epilog=_epilog("rnkclaims stats", "rnkclaims stats --format json"))
def stats_cmd(
    fmt: FormatOpt = Format.table,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Counts: claims, actors, sources...; claims by speech act and by year; the most
    quoted speakers and outlets."""
    from rnkclaims.render import dumps, render_sections
    from rnkclaims.store import queries

    result = _answer(ledger, db, sql, queries.stats, queries.stats_sql)
    if fmt is Format.json:
        typer.echo(dumps(result))
        return
    sections = {
        k: [{"name": name, "count": n} for name, n in v.items()]
        for k, v in result.items()
        if isinstance(v, dict)
    }
    render_sections(sections, _fmt(fmt))
