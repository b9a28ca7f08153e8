"""The read side: who-said, contradictions, denials, confirmations and the commands around them.

Each command parses its options, calls one function of ``rnkclaims.store.queries`` and renders
the result with ``rnkclaims.render``. Both are imported inside the commands so that
``rnkclaims --help`` stays quick.
"""

from __future__ import annotations

import functools
import shlex
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from rnkclaims.cli.app import DbOpt, LedgerOpt, locate_ledger, paging_allowed
from rnkclaims.cli.app import command as _command
from rnkclaims.errors import ExitStatus, UsageError

T = TypeVar("T")

if TYPE_CHECKING:
    import sqlite3

    from rnkclaims.render import OutputFormat
    from rnkclaims.store.open import Opened
    from rnkclaims.store.queries import ClaimFilters, Statement


F = TypeVar("F", bound=Callable[..., Any])


def command(name: str, **kwargs: Any) -> Callable[[F], F]:
    """Register a query command; its table output goes through the pager when taller
    than the terminal (``render.paged``)."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def run(*args: Any, **kw: Any) -> Any:
            if kw.get("fmt", Format.table) is not Format.table:
                return func(*args, **kw)
            from rnkclaims.render import paged

            with paged(paging_allowed()):
                return func(*args, **kw)

        _command(name, **kwargs)(run)
        return func

    return decorate


DEFAULT_LIMIT = 50
"""Rows every list command shows in a table on a terminal (``store.queries.DEFAULT_LIMIT``)."""


class Format(StrEnum):
    """The output formats of every query command (``render.OutputFormat``)."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    excel = "excel"
    markdown = "markdown"
    claimreview = "claimreview"


CLAIMREVIEW_COMMANDS = "claims, who-said, timeline, denials and contradictions"

FormatOpt = Annotated[
    Format,
    typer.Option(
        "--format",
        "-f",
        help="table (for people), json, jsonl, csv, tsv, excel (csv with a byte-order mark "
        "and CRLF, for spreadsheets), markdown, or claimreview (schema.org Claim JSON-LD; "
        f"{CLAIMREVIEW_COMMANDS} only). See docs/json-output.md.",
        case_sensitive=False,
    ),
]
NoHeadersOpt = Annotated[
    bool,
    typer.Option("--no-headers", help="Leave out the header line of csv, tsv, excel, markdown."),
]
SqlOpt = Annotated[
    bool,
    typer.Option(
        "--sql",
        help="Print the SQL this command would run (values inlined, runnable as is in "
        "sqlite3 on the database named in its first line), then stop.",
    ),
]
FailEmptyOpt = Annotated[
    bool,
    typer.Option(
        "--fail-empty",
        help=f"Exit with status {int(ExitStatus.NO_RESULTS)} when nothing is found.",
    ),
]


def _text(value: str | None) -> str | None:
    """A text option as typed; text that is not valid Unicode (a lone surrogate from an
    undecodable byte, as in $'\\xff') is a usage error, not a crash."""
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise typer.BadParameter(
            "not valid text: it holds bytes that are not UTF-8; retype it"
        ) from None
    return value


def _text_option(*names: str, help: str) -> Any:
    return typer.Option(*names, help=help, show_default=False, callback=_text)


SpeakerOpt = Annotated[
    str | None, _text_option("--speaker", "-s", help="Speaker: id, name or any alias.")
]
VoiceOpt = Annotated[
    str | None,
    _text_option(
        "--voice",
        help="Claims made for this body: its own, and its officials' in roles that speak for "
        "it (id, name or alias).",
    ),
]
SinceOpt = Annotated[
    str | None,
    _text_option(
        "--since",
        help="Said on or after: YYYY, YYYY-MM or YYYY-MM-DD (an undated claim counts as said "
        "when its source was published).",
    ),
]
UntilOpt = Annotated[
    str | None,
    _text_option("--until", help="Said on or before: YYYY, YYYY-MM or YYYY-MM-DD."),
]
OutletOpt = Annotated[
    str | None, _text_option("--outlet", help="Publishing outlet: id, name or alias.")
]
ViaOpt = Annotated[
    str | None,
    _text_option(
        "--via",
        help="Claims relayed through this agency or intermediary (a hop of the claim's relay "
        "chain): id, name or alias.",
    ),
]
ActOpt = Annotated[
    str | None,
    _text_option(
        "--act",
        help="Speech act: asserts, denies, confirms, accuses, suspects, assesses, predicts, "
        "pledges, intends, warns, expresses-concern, reports, announces, calls-for.",
    ),
]
TopicOpt = Annotated[
    str | None, _text_option("--topic", "-t", help="Topic: id, name or one of its terms.")
]
PropositionOpt = Annotated[str | None, _text_option("--proposition", "-p", help="Proposition id.")]


class Sort(StrEnum):
    said = "said"
    published = "published"
    speaker = "speaker"
    relevance = "relevance"


SortOpt = Annotated[
    Sort | None,
    typer.Option(
        "--sort",
        help="said (oldest first), published (oldest first), speaker (A-Z) or relevance "
        "(who-said only). Default: the command's own order.",
        case_sensitive=False,
        show_default=False,
    ),
]
ReverseOpt = Annotated[bool, typer.Option("--reverse", "-r", help="Reverse the order.")]

LimitOpt = Annotated[
    int | None,
    typer.Option(
        "--limit",
        "-n",
        help=f"At most this many results; 0 for all. Default: {DEFAULT_LIMIT} in a table on a "
        "terminal, all otherwise. A cut result says so on stderr.",
        min=0,
        show_default=False,
    ),
]

_EXIT_NOTE = (
    f"Exit status: 0 ok (also when nothing is found), {int(ExitStatus.USAGE)} bad option, "
    f"{int(ExitStatus.NOT_FOUND)} unknown name or id, {int(ExitStatus.NO_RESULTS)} nothing "
    "found with --fail-empty."
)

EXAMPLES: dict[str, tuple[str, ...]] = {}
"""Each command's --help examples (tested on the bundled ledger)."""


def _epilog(name: str, *examples: str) -> str:
    # \b keeps click from re-wrapping the paragraph: examples stay one a line
    EXAMPLES[name] = examples
    lines = "\n".join(f"  {e}" for e in examples)
    return f"Examples:\n\n\b\n{lines}\n\n{_EXIT_NOTE}"


def _out_limit(limit: int | None, fmt: Format) -> int | None:
    """--limit as given (0: all); unset, ``DEFAULT_LIMIT`` for a table on a terminal and
    all rows for a file, a pipe or a machine format."""
    if limit is not None:
        return limit or None
    if fmt is Format.table and sys.stdout.isatty():
        return DEFAULT_LIMIT
    return None


def _probe(limit: int | None) -> int | None:
    """One more than ``limit``: whether the limit cut anything shows."""
    return limit + 1 if limit else None


def _cut(items: Sequence[T], limit: int | None, what: str = "results") -> list[T]:
    """The first ``limit`` of ``items`` (read with ``_probe``), saying so on stderr when
    that leaves some out."""
    if not limit or len(items) <= limit:
        return list(items)
    from rnkclaims.render import note

    note(f"showing the first {limit} {what}; more match: use --limit 0 for all")
    return list(items[:limit])


PROGRESS_AFTER = 1.0
"""Seconds opening the database may take before a terminal is told it is being rebuilt
(``RNKCLAIMS_PROGRESS_AFTER`` overrides)."""


@contextmanager
def _progress() -> Iterator[None]:
    """On a terminal, say on stderr that the database is being rebuilt when opening it
    takes more than a moment, and how long it took; nothing when stderr is not a
    terminal."""
    if not sys.stderr.isatty():
        yield
        return
    import os
    import threading
    import time

    from rnkclaims.render import note

    try:
        after = float(os.environ.get("RNKCLAIMS_PROGRESS_AFTER", PROGRESS_AFTER))
    except ValueError:
        after = PROGRESS_AFTER
    start = time.perf_counter()
    told = threading.Event()

    def tell() -> None:
        told.set()
        note("ledger changed, rebuilding the database\u2026")

    timer = threading.Timer(after, tell)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        timer.join()
        if told.is_set():
            note(f"rebuilt in {time.perf_counter() - start:.1f} s")


@contextmanager
def _connect(ledger: Path | None, db: Path | None, again: bool = False) -> Iterator[Opened]:
    """The ledger's current database, rebuilt first if the ledger changed. ``again``: a
    second look in the same command, which says nothing more about the ledger."""
    from rnkclaims.ledger import locate
    from rnkclaims.render import note
    from rnkclaims.store.open import open_current

    paths = (
        locate(ledger, allow_bundled=True) if again else locate_ledger(ledger, allow_bundled=True)
    )
    with _progress():
        opened = open_current(paths, db)
    if opened.rebuilt:
        note(f"database {'updated' if opened.updated else 'rebuilt'}: {opened.path}")
    try:
        yield opened
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
    with _connect(ledger, db) as opened:
        if sql:
            _print_sql(statements(opened.conn), opened.path)
            raise typer.Exit(0)
        return query(opened.conn)


def _fmt(fmt: Format) -> OutputFormat:
    from rnkclaims.render import OutputFormat

    if fmt is Format.claimreview:
        raise UsageError(
            f"--format claimreview is for {CLAIMREVIEW_COMMANDS}",
            "use --format json for this command",
        )
    return OutputFormat(fmt.value)


def _list(
    ledger: Path | None,
    db: Path | None,
    sql: bool,
    what: str,
    limit: int | None,
    fmt: Format,
    no_headers: bool,
    columns: Sequence[str],
) -> None:
    """A listing command (``actors``, ``outlets``, ``sources``): its query from
    ``store.queries`` by name, cut to the limit, rendered with ``columns``."""
    from rnkclaims.render import render_records
    from rnkclaims.store import queries

    query = getattr(queries, what)
    records = _answer(ledger, db, sql, query, getattr(queries, f"{what}_sql"))
    render_records(
        _cut(records, _out_limit(limit, fmt), what),
        _fmt(fmt),
        columns=columns,
        headers=not no_headers,
    )


def _print_sql(statements: Sequence[Statement], path: Path) -> None:
    """The statements, runnable as is: ``sqlite3 DATABASE < file.sql``; fallbacks (run
    only in some cases) as comments."""
    head = f"-- database: {path}\n-- run with: sqlite3 -header {shlex.quote(str(path))} < this.sql"
    typer.echo(head + "\n\n" + "\n\n".join(s.script() for s in statements))


def _nothing(message: str, fail_empty: bool, suggestions: Sequence[str] = ()) -> None:
    from rnkclaims.render import note

    note(message)
    if suggestions:
        note("Did you mean: " + ", ".join(suggestions) + "?")
    if fail_empty:
        raise typer.Exit(int(ExitStatus.NO_RESULTS))


def _claimreview(
    ledger: Path | None, db: Path | None, records: Sequence[dict[str, Any]], groups: bool
) -> None:
    """Claim records (or contradiction groups) as one schema.org JSON-LD document."""
    from rnkclaims.render import dumps
    from rnkclaims.report import claimreview
    from rnkclaims.store import queries

    with _connect(ledger, db, again=True) as opened:
        urls = {s["id"]: s["url"] for s in queries.sources(opened.conn)}
        kinds = {a["id"]: a["kind"] for a in queries.actors(opened.conn)}
    convert = claimreview.from_contradictions if groups else claimreview.from_claims
    typer.echo(dumps(convert(records, urls=urls, kinds=kinds)))


def _show_claims(
    records: Sequence[dict[str, Any]],
    fmt: Format,
    limit: int | None,
    fail_empty: bool,
    no_headers: bool,
    empty: str = "No claims match the filters.",
    extra: Sequence[str] = (),
    where: tuple[Path | None, Path | None] = (None, None),
) -> None:
    from rnkclaims.render import render_claims

    records = _cut(records, limit, "claims")
    if fmt is Format.claimreview:
        _claimreview(*where, records, groups=False)
    elif records or fmt is not Format.table:
        render_claims(records, _fmt(fmt), extra=extra, headers=not no_headers)
    if not records:
        _nothing(empty, fail_empty)


def _filters(**kwargs: Any) -> ClaimFilters:
    from rnkclaims.store.queries import ClaimFilters

    if isinstance(kwargs.get("sort"), Sort):
        kwargs["sort"] = kwargs["sort"].value
    return ClaimFilters(**kwargs)


def _probed(f: ClaimFilters) -> ClaimFilters:
    """``f`` reading one row more than its limit, to tell whether the limit cut."""
    return f._replace(limit=_probe(f.limit))


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
    epilog=_epilog(
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
            callback=_text,
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

    n = _out_limit(limit, fmt)
    f = _filters(
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
        records = _answer(
            ledger,
            db,
            sql,
            lambda conn: queries.list_claims(conn, _probed(f)),
            lambda conn: queries.list_claims_sql(conn, f),
        )
        _show_claims(
            records,
            fmt,
            n,
            fail_empty,
            no_headers,
            "No claims match the filters.",
            where=(ledger, db),
        )
        return
    search_f = _filters(
        speaker=speaker, voice=voice, since=since, until=until, outlet=outlet, via=via,
        act=act, topic=topic, proposition=proposition, limit=n,
    )  # fmt: skip
    result = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.who_said(conn, query, _probed(search_f)),
        lambda conn: queries.who_said_sql(conn, query, search_f),
    )
    for message in result.notes:
        note(message)
    if fmt is Format.claimreview:
        _show_claims(
            _sort_records(_cut(result.claims, n, "claims"), sort, reverse),
            fmt,
            None,
            fail_empty,
            no_headers,
            "No claims match the query.",
            where=(ledger, db),
        )
        return
    out = _fmt(fmt)
    extra = ("relevance", "highlight")
    if not result.claims:
        if fmt is not Format.table:
            render_claims([], out, extra=extra, headers=not no_headers)
        _nothing("No claims match the query.", fail_empty, result.suggestions)
        return
    if fmt is Format.table and (result.topics or result.aliases or result.acts):
        also = [f"topic {t}" for t in result.topics] + [f"all names of {a}" for a in result.aliases]
        also += [f"claims whose act is {a}" for a in result.acts]
        note("matching " + ", ".join(also))
    records = _sort_records(_cut(result.claims, n, "claims"), sort, reverse)
    render_claims(records, out, extra=extra, headers=not no_headers)


@command(
    "claims",
    epilog=_epilog(
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

    n = _out_limit(limit, fmt)
    f = _filters(
        speaker=speaker, voice=voice, since=since, until=until, outlet=outlet, via=via,
        act=act, topic=topic, proposition=proposition, limit=n, sort=sort, reverse=reverse,
    )  # fmt: skip
    records = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.list_claims(conn, _probed(f)),
        lambda conn: queries.list_claims_sql(conn, f),
    )
    _show_claims(
        records, fmt, n, fail_empty, no_headers, "No claims match the filters.", where=(ledger, db)
    )


@command(
    "timeline",
    epilog=_epilog(
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

    n = _out_limit(limit, fmt)
    f = _filters(
        speaker=speaker, voice=voice, proposition=proposition, topic=topic, since=since,
        until=until, outlet=outlet, via=via, act=act, limit=n, sort=sort, reverse=reverse,
    )  # fmt: skip
    records = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.timeline(conn, _probed(f)),
        lambda conn: queries.timeline_sql(conn, f),
    )
    _show_claims(
        records, fmt, n, fail_empty, no_headers, "No claims match the filters.", where=(ledger, db)
    )


@command(
    "denials",
    epilog=_epilog(
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

    n = _out_limit(limit, fmt)
    f = _filters(
        speaker=speaker, voice=voice, since=since, until=until, outlet=outlet, via=via,
        topic=topic, proposition=proposition, limit=n, sort=sort, reverse=reverse,
    )  # fmt: skip
    most = queries.ANSWERS_PER_DENIAL if fmt is Format.table else None
    records = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.denials(conn, _probed(f), most),
        lambda conn: queries.denials_sql(conn, f),
    )
    _show_claims(
        records, fmt, n, fail_empty, no_headers, "No denials match the filters.", where=(ledger, db)
    )


CORROBORATED_COLUMNS = ("id", "text", "supporting_voices", "supports", "supporters",
                        "opposing_voices", "opposers")  # fmt: skip
CONFIRMATION_COLUMNS = ("id", "speaker", "act", "said", "excerpt", "propositions", "source_id")


@command(
    "confirmations",
    epilog=_epilog(
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

    n = _out_limit(limit, fmt)
    f = _filters(
        speaker=speaker, voice=voice, since=since, until=until, topic=topic,
        proposition=proposition, limit=n,
    )  # fmt: skip
    result = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.confirmations(conn, _probed(f)),
        lambda conn: queries.confirmations_sql(conn, f),
    )
    confirmations = _cut(result.confirmations, n, "confirmations")
    corroborated = _cut(result.corroborated, n, "corroborated propositions")
    if fmt is not Format.json and fmt is not Format.jsonl:
        confirmations = [_summary(c) for c in confirmations]
        corroborated = [_voices(p) for p in corroborated]
    render_sections(
        {"confirmations": confirmations, "corroborated": corroborated},
        _fmt(fmt),
        columns={"confirmations": CONFIRMATION_COLUMNS, "corroborated": CORROBORATED_COLUMNS},
        headers=not no_headers,
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
            callback=_text,
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

    n = _out_limit(limit, fmt)
    per_side = queries.CLAIMS_PER_SIDE if fmt is Format.table else None
    f = queries.ContradictionFilters(
        proposition=proposition, speaker=speaker, voice=voice, topic=topic, kind=kind, limit=n,
        per_side=per_side,
    )  # fmt: skip
    probe = queries.ContradictionFilters(
        proposition=proposition, speaker=speaker, voice=voice, topic=topic, kind=kind,
        limit=_probe(n), per_side=per_side,
    )  # fmt: skip
    groups = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.contradictions(conn, probe),
        lambda conn: queries.contradictions_sql(conn, f),
    )
    groups = _cut(groups, n, "groups")
    if fmt is Format.claimreview:
        _claimreview(ledger, db, groups, groups=True)
    elif groups or fmt is not Format.table:
        render_groups(groups, _fmt(fmt), headers=not no_headers)
    if not groups:
        _nothing("No contradictions found.", fail_empty)


@command(
    "show",
    epilog=_epilog(
        "show",
        "rnkclaims show spg23.dprk-denies-arms-deals",
        "rnkclaims show spg23.dprk-denies-arms-deals --context 2",
        "rnkclaims show spg23.dprk-denies-arms-deals --format json",
    ),
)
def show_cmd(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="The claim's id.", callback=_text)],
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
    from rnkclaims.render import render_claim_detail
    from rnkclaims.store import queries

    record = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.show(conn, claim_id, context),
        lambda conn: queries.show_sql(conn, claim_id),
    )
    render_claim_detail(record, _fmt(fmt), headers=not no_headers)


@command(
    "actors",
    epilog=_epilog("actors", "rnkclaims actors", "rnkclaims actors --format csv"),
)
def actors_cmd(
    limit: LimitOpt = None,
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Actors with their aliases and how many claims each made, most quoted first."""
    columns = ("id", "name", "kind", "country", "aliases", "claims")
    _list(ledger, db, sql, "actors", limit, fmt, no_headers, columns)


@command(
    "outlets",
    epilog=_epilog("outlets", "rnkclaims outlets", "rnkclaims outlets --format csv"),
)
def outlets_cmd(
    limit: LimitOpt = None,
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Outlets and agencies with their aliases, how many articles and claims each published
    and how many claims were relayed through each."""
    columns = (
        ("id", "name", "kind", "sources", "claims", "relayed")
        if fmt is Format.table
        else ("id", "name", "kind", "country", "aliases", "sources", "claims", "relayed", "url")
    )
    _list(ledger, db, sql, "outlets", limit, fmt, no_headers, columns)


@command(
    "sources",
    epilog=_epilog("sources", "rnkclaims sources", "rnkclaims sources --format json"),
)
def sources_cmd(
    limit: LimitOpt = None,
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
    sql: SqlOpt = False,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Archived articles, newest first, with how many claims cite each."""
    columns = ("id", "outlet", "title", "published", "language", "claims")
    _list(ledger, db, sql, "sources", limit, fmt, no_headers, columns)


@command(
    "propositions",
    epilog=_epilog(
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

    n = _out_limit(limit, fmt)
    f = queries.PropositionFilters(
        topic=topic, proposition=proposition, min_voices=min_voices, limit=n
    )
    probe = queries.PropositionFilters(
        topic=topic, proposition=proposition, min_voices=min_voices, limit=_probe(n)
    )
    records = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.propositions(conn, probe),
        lambda conn: queries.propositions_sql(conn, f),
    )
    records = _cut(records, n, "propositions")
    if fmt is not Format.json and fmt is not Format.jsonl:
        records = [_voices(r) for r in records]
    render_records(
        records,
        _fmt(fmt),
        columns=("id", "text", "supporting_voices", "opposing_voices", "supporters", "opposers"),
        headers=not no_headers,
    )
    if not records:
        _nothing("No propositions match.", fail_empty)


@command("stats", epilog=_epilog("stats", "rnkclaims stats", "rnkclaims stats --format json"))
def stats_cmd(
    fmt: FormatOpt = Format.table,
    no_headers: NoHeadersOpt = False,
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
    render_sections(sections, _fmt(fmt), headers=not no_headers)


@command(
    "db-path", epilog=_epilog("db-path", "rnkclaims db-path", "rnkclaims db-path --db /tmp/x.db")
)
def db_path_cmd(ledger: LedgerOpt = None, db: DbOpt = None) -> None:
    """Print where the ledger's database is (it need not exist yet: any query builds it)."""
    from rnkclaims.store.open import db_path_for

    typer.echo(str(db_path_for(locate_ledger(ledger, allow_bundled=True), db)))


def _source_show(
    source_id: Annotated[
        str, typer.Argument(metavar="ID", help="The source's id (its file name).", callback=_text)
    ],
    around: Annotated[
        str | None,
        typer.Option(
            "--around",
            help="Only the lines around this claim's excerpt (see --context).",
            show_default=False,
            callback=_text,
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
    from rnkclaims.render import render_source
    from rnkclaims.store import queries

    record = _answer(
        ledger,
        db,
        sql,
        lambda conn: queries.source(conn, source_id, around, context),
        lambda conn: queries.source_sql(conn, source_id),
    )
    render_source(record, _fmt(fmt), headers=not no_headers)


def _register_source_show() -> None:
    from rnkclaims.cli.app import handle_errors, source_app

    example = "2023-11-spiegel-rnk-protocol"
    source_app.command(
        "show",
        epilog=_epilog(
            "source show",
            f"rnkclaims source show {example}",
            f"rnkclaims source show {example} --around spg23.dprk-denies-arms-deals -C 1",
        ),
    )(handle_errors(_source_show))


_register_source_show()
