"""``who-said``: claims matching words in their text, best first, or the filters alone."""

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
    valid_text,
)
from rnkclaims.cli.query_filters import (
    ActOpt,
    OutletOpt,
    PropositionOpt,
    ReverseOpt,
    SinceOpt,
    Sort,
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
from rnkclaims.errors import UsageError


def _sort_records(
    records: list[dict[str, Any]], sort: Sort | None, reverse: bool
) -> list[dict[str, Any]]:
    """who-said's and denials' page in another order (the page itself is the best or the
    newest): by date (undated at their source's publication), publication or speaker."""
    if sort is None or sort is Sort.relevance:
        return records[::-1] if reverse else records
    if sort is Sort.speaker:
        records = sorted(records, key=lambda r: str(r.get("speaker") or "").casefold())
    else:
        key = "said_earliest" if sort is Sort.said else "published"

        def when(r: dict[str, Any]) -> tuple[bool, str]:
            value = r.get(key) or r.get("published")
            return (value is None, str(value or ""))

        records = sorted(records, key=when)
    return records[::-1] if reverse else records


@command(
    "who-said",
    epilog=epilog(
        "who-said",
        "rnkclaims who-said 'arms deals'",
        "rnkclaims who-said 'Kim Jong-un' --since 2023-09",
        "rnkclaims who-said satellite --via yonhap --format json",
        "rnkclaims who-said --speaker Hill",
    ),
)
def who_said(
    query: Annotated[
        str | None,
        typer.Argument(
            help="Words to look for, in your own words. Without them, the claims the "
            "filters select.",
            show_default=False,
            callback=valid_text,
        ),
    ] = None,
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
    """Who said what about QUERY: matching claims, best first.

    Looks in quotes, excerpts, propositions, topics and speakers' names. Words match in
    any form (deals finds deal), any case and without accents; several words must stand
    close together; a topic's name or term (arms deals) also finds the claims on that
    topic; an actor's name or alias (DPRK) finds all their names (North Korea,
    Pyongyang). Matched words are highlighted. Without QUERY, the claims the filters
    select, newest first, as 'rnkclaims claims' lists them.
    """
    from rnkclaims.render import note, render_claims
    from rnkclaims.store import queries

    n = out_limit(limit, fmt)
    f = claim_filters(
        speaker=speaker, voice=voice, since=since, until=until, outlet=outlet, via=via,
        act=act, topic=topic, proposition=proposition, limit=n,
        sort=None if sort is Sort.relevance else sort, reverse=reverse,
    )  # fmt: skip
    filtered = any((speaker, voice, since, until, outlet, via, act, topic, proposition))
    if query is None and not filtered:
        raise UsageError(
            "the query has no words to search for",
            "give words to search for, e.g. rnkclaims who-said 'arms deals',"
            " or a filter: rnkclaims who-said --speaker Hill",
        )
    if query is None or (filtered and not query.strip()):
        records = answer(
            ledger,
            db,
            sql,
            lambda conn: queries.list_claims(conn, probed(f)),
            lambda conn: queries.list_claims_sql(conn, f),
        )
        show_claims(
            records,
            fmt,
            n,
            fail_empty,
            no_headers,
            "No claims match the filters.",
            where=(ledger, db),
        )
        return
    search_f = claim_filters(
        speaker=speaker, voice=voice, since=since, until=until, outlet=outlet, via=via,
        act=act, topic=topic, proposition=proposition, limit=n,
    )  # fmt: skip
    result = answer(
        ledger,
        db,
        sql,
        lambda conn: queries.who_said(conn, query, probed(search_f)),
        lambda conn: queries.who_said_sql(conn, query, search_f),
    )
    for message in result.notes:
        note(message)
    if fmt is Format.claimreview:
        show_claims(
            _sort_records(cut(result.claims, n, "claims"), sort, reverse),
            fmt,
            None,
            fail_empty,
            no_headers,
            "No claims match the query.",
            where=(ledger, db),
        )
        return
    out = output_format(fmt)
    extra = ("relevance", "highlight")
    if not result.claims:
        if fmt is not Format.table:
            render_claims([], out, extra=extra, headers=not no_headers)
        no_results("No claims match the query.", fail_empty, result.suggestions)
        return
    if fmt is Format.table and (result.topics or result.aliases or result.acts):
        also = [f"topic {t}" for t in result.topics] + [f"all names of {a}" for a in result.aliases]
        also += [f"claims whose act is {a}" for a in result.acts]
        note("matching " + ", ".join(also))
    records = _sort_records(cut(result.claims, n, "claims"), sort, reverse)
    render_claims(records, out, extra=extra, headers=not no_headers)
