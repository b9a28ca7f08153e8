"""The read side's shared part: the options, output formats and helpers of every query.

The commands live in a module each (``query_search``: who-said; ``query_claims``:
claims; ``query_timeline``, ``query_denials``, ``query_show`` (show, source show),
``query_stats`` and so on), so that a query compiles and imports only its own when
no bytecode is written; the claim filters' options are in ``query_filters``, the
listings' run in ``query_listing`` and what a query needs only on occasion (``--sql``,
claimreview, a rebuild's progress) in ``occasional``. Each command parses its options,
calls one function of ``rnkclaims.store.queries`` and renders the result with
``rnkclaims.render``; both are imported inside the commands so that ``rnkclaims --help``
stays quick.
"""

# No ``from __future__ import annotations``: typer reads the annotations of the options
# and of their callbacks (``valid_text``, one call for each text option), and a string one
# is compiled and evaluated at every run, an object one is not.

import functools
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from rnkclaims.cli import exiting
from rnkclaims.cli.app import command as _command
from rnkclaims.cli.app import locate_ledger, paging_allowed
from rnkclaims.errors import ExitStatus, UsageError

T = TypeVar("T")

if TYPE_CHECKING:
    import sqlite3

    from rnkclaims.render import OutputFormat
    from rnkclaims.store.open import Opened
    from rnkclaims.store.queries import Statement


F = TypeVar("F", bound=Callable[..., Any])


def command(name: str, **kwargs: Any) -> Callable[[F], F]:
    """Register a query command; its table output goes through the pager when taller
    than the terminal (``render.paged``). A query that ends without an error ends the
    process without the interpreter's teardown (``exiting.light``)."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def run(*args: Any, **kw: Any) -> Any:
            if kw.get("fmt", Format.table) is not Format.table:
                result = func(*args, **kw)
            else:
                from rnkclaims.render import paged

                with paged(paging_allowed()):
                    result = func(*args, **kw)
            exiting.light = True  # ended, its connection closed: no teardown is needed
            return result

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


@contextmanager
def _connect(ledger: Path | None, db: Path | None, again: bool = False) -> "Iterator[Opened]":
    """The ledger's current database, rebuilt first if the ledger changed. ``again``: a
    second look in the same command, which says nothing more about the ledger."""
    from rnkclaims.ledger import locate
    from rnkclaims.render import note
    from rnkclaims.store.open import open_current

    paths = (
        locate(ledger, allow_bundled=True) if again else locate_ledger(ledger, allow_bundled=True)
    )
    if sys.stderr.isatty():  # a rebuild that takes a while is told (``occasional.progress``)
        from rnkclaims.cli.occasional import progress

        with progress():
            opened = open_current(paths, db)
    else:
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
    query: "Callable[[sqlite3.Connection], T]",
    statements: "Callable[[sqlite3.Connection], Sequence[Statement]]",
) -> T:
    """Run ``query`` on the ledger's current database; with --sql, print ``statements``
    (what ``query`` would run) and stop."""
    with _connect(ledger, db) as opened:
        if sql:
            from rnkclaims.cli.occasional import print_sql

            print_sql(statements(opened.conn), opened.path)
            raise typer.Exit(0)
        return query(opened.conn)


def output_format(fmt: Format) -> "OutputFormat":
    from rnkclaims.render import OutputFormat

    if fmt is Format.claimreview:
        raise UsageError(
            f"--format claimreview is for {CLAIMREVIEW_COMMANDS}",
            "use --format json for this command",
        )
    return OutputFormat(fmt.value)


def no_results(message: str, fail_empty: bool, suggestions: Sequence[str] = ()) -> None:
    from rnkclaims.render import note

    note(message)
    if suggestions:
        note("Did you mean: " + ", ".join(suggestions) + "?")
    if fail_empty:
        raise typer.Exit(int(ExitStatus.NO_RESULTS))
