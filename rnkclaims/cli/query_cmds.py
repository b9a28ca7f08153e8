"""The read side's shared part: the options, output formats and helpers of every query.

The commands live in a module each kind of question (``query_search``: who-said;
``query_claims``: claims, timeline, denials; ``query_groups``: confirmations,
contradictions, propositions; ``query_show``: show, source show; ``query_lists``: actors,
outlets, sources, stats, db-path), so that a query compiles and imports only its own when
no bytecode is written. Each command parses its options, calls one function of
``rnkclaims.store.queries`` and renders the result with ``rnkclaims.render``; both are
imported inside the commands so that ``rnkclaims --help`` stays quick.
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

from rnkclaims.cli.app import command as _command
from rnkclaims.cli.app import locate_ledger, paging_allowed
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


def valid_text(value: str | None) -> str | None:
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
    return typer.Option(*names, help=help, show_default=False, callback=valid_text)


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

_EXAMPLES: dict[str, tuple[str, ...]] = {}


def __getattr__(name: str) -> Any:
    """``EXAMPLES``: each query command's --help examples (tested on the bundled ledger),
    every query module loaded first so that none is missing."""
    if name == "EXAMPLES":
        from rnkclaims.cli.app import COMMAND_MODULES, load_command_modules

        for command_name, modules in COMMAND_MODULES.items():
            if "query_cmds" in modules:
                load_command_modules(command_name)
        return _EXAMPLES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def epilog(name: str, *examples: str) -> str:
    # \b keeps click from re-wrapping the paragraph: examples stay one a line
    _EXAMPLES[name] = examples
    lines = "\n".join(f"  {e}" for e in examples)
    return f"Examples:\n\n\b\n{lines}\n\n{_EXIT_NOTE}"


def out_limit(limit: int | None, fmt: Format) -> int | None:
    """--limit as given (0: all); unset, ``DEFAULT_LIMIT`` for a table on a terminal and
    all rows for a file, a pipe or a machine format."""
    if limit is not None:
        return limit or None
    if fmt is Format.table and sys.stdout.isatty():
        return DEFAULT_LIMIT
    return None


def probe_limit(limit: int | None) -> int | None:
    """One more than ``limit``: whether the limit cut anything shows."""
    return limit + 1 if limit else None


def cut(items: Sequence[T], limit: int | None, what: str = "results") -> list[T]:
    """The first ``limit`` of ``items`` (read with ``probe_limit``), saying so on stderr when
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


def answer(
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


def output_format(fmt: Format) -> OutputFormat:
    from rnkclaims.render import OutputFormat

    if fmt is Format.claimreview:
        raise UsageError(
            f"--format claimreview is for {CLAIMREVIEW_COMMANDS}",
            "use --format json for this command",
        )
    return OutputFormat(fmt.value)


def _print_sql(statements: Sequence[Statement], path: Path) -> None:
    """The statements, runnable as is: ``sqlite3 DATABASE < file.sql``; fallbacks (run
    only in some cases) as comments."""
    head = f"-- database: {path}\n-- run with: sqlite3 -header {shlex.quote(str(path))} < this.sql"
    typer.echo(head + "\n\n" + "\n\n".join(s.script() for s in statements))


def no_results(message: str, fail_empty: bool, suggestions: Sequence[str] = ()) -> None:
    from rnkclaims.render import note

    note(message)
    if suggestions:
        note("Did you mean: " + ", ".join(suggestions) + "?")
    if fail_empty:
        raise typer.Exit(int(ExitStatus.NO_RESULTS))


def print_claimreview(
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


def show_claims(
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

    records = cut(records, limit, "claims")
    if fmt is Format.claimreview:
        print_claimreview(*where, records, groups=False)
    elif records or fmt is not Format.table:
        render_claims(records, output_format(fmt), extra=extra, headers=not no_headers)
    if not records:
        no_results(empty, fail_empty)


def claim_filters(**kwargs: Any) -> ClaimFilters:
    from rnkclaims.store.queries import ClaimFilters

    if isinstance(kwargs.get("sort"), Sort):
        kwargs["sort"] = kwargs["sort"].value
    return ClaimFilters(**kwargs)


def probed(f: ClaimFilters) -> ClaimFilters:
    """``f`` reading one row more than its limit, to tell whether the limit cut."""
    return f._replace(limit=probe_limit(f.limit))
