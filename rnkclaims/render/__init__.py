"""All terminal output; this package is the only place that imports rich (its
``tables`` and ``terminal`` modules, loaded only when something is drawn for people).
This module writes records and claims in json and jsonl; ``detail`` groups, sections, one
claim or source in full and coverage; ``rows`` writes csv, tsv, excel and markdown rows,
``problems`` validate's report.

Colour only on a terminal, never with ``NO_COLOR`` set (rich honours both). Records are
plain dicts; every query command renders them with ``render_records`` in one of the
``OutputFormat``s, so all commands speak the same formats.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # rich is imported where a table or colour is drawn, not for JSON
    from rich.console import Console

    from rnkclaims.render.detail import render_coverage as render_coverage


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    excel = "excel"
    """CSV for spreadsheets: a UTF-8 byte-order mark and CRLF line ends."""
    markdown = "markdown"


MACHINE_FORMATS = frozenset(
    {OutputFormat.json, OutputFormat.jsonl, OutputFormat.csv, OutputFormat.tsv,
     OutputFormat.excel, OutputFormat.markdown}
)  # fmt: skip
"""Formats for programs and files: never abbreviated, never cut by a default limit."""

CELL_CHARS = 2000
"""A table cell shows at most this many characters of one value (machine formats keep
every character): one huge value must not stall drawing the table."""

# C0 and C1 control characters other than newline and tab, and DEL: an ESC sequence from
# the ledger must not clear the screen or retitle the window.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def clean(text: str) -> str:
    """``text`` with control characters written out (``\\x1b``) instead of sent raw."""
    return _CONTROL.sub(_visible, text)


@contextmanager
def paged(on: bool = True) -> Iterator[None]:
    """Tables drawn inside go through the pager when ``on``, stdout is a terminal and they
    are taller than the screen; otherwise straight to stdout (``terminal.paged``, not
    imported with rich when stdout is no terminal: there is nothing to page)."""
    if not on or not sys.stdout.isatty():
        yield
        return
    from rnkclaims.render import terminal

    with terminal.paged(on):
        yield


COLOUR_FORCED = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE")
"""The variables under which rich may treat a stream that is no terminal as one."""


def colour_forced() -> bool:
    """Whether the environment may make rich colour a stream that is no terminal: then
    only rich writes what it would draw (``compact``, ``problems``)."""
    return any(os.environ.get(name) for name in COLOUR_FORCED)


def _plain_stderr() -> bool:
    """No colour to draw on stderr: write it directly (and skip importing rich)."""
    return "NO_COLOR" in os.environ or not sys.stderr.isatty()


def error(message: str, hint: str | None = None) -> None:
    """One line on stderr: ``Error: message``; the hint on a second line."""
    message = clean(message)
    hint = clean(hint) if hint else hint
    if _plain_stderr():
        sys.stderr.write(f"Error: {message}\n" + (f"Hint: {hint}\n" if hint else ""))
        return
    from rnkclaims.render import terminal

    terminal.error(message, hint)


def note(message: str) -> None:
    """A side remark on stderr (never mixed into machine-readable stdout)."""
    message = clean(message)
    if _plain_stderr():
        sys.stderr.write(message + "\n")
        return
    from rnkclaims.render import terminal

    terminal.note(message)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


# -- records -----------------------------------------------------------------------------


def render_records(
    records: Sequence[dict[str, Any]],
    fmt: OutputFormat,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    out: TextIO | None = None,
    headers: bool = True,
) -> None:
    """Write ``records`` in ``fmt``; ``columns`` picks and orders the table/csv columns;
    ``headers`` False leaves out the header line of csv, tsv, excel and markdown."""
    out = out or sys.stdout
    if fmt is OutputFormat.json:
        out.write(dumps(list(records)) + "\n")
        return
    if fmt is OutputFormat.jsonl:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    cols = list(columns or (records[0].keys() if records else []))
    if fmt in MACHINE_FORMATS:
        from rnkclaims.render import rows

        rows.write(records, cols, fmt, out, headers)
        return
    from rnkclaims.render import tables

    tables.records(records, cols, title, _out_console(out if out is not sys.stdout else None))


# -- query results: claims, groups, sections ----------------------------------------------


def _out_console(out: TextIO | None) -> Console:
    from rnkclaims.render import terminal

    return terminal.out_console(out)


def render_claims(
    records: Sequence[dict[str, Any]],
    fmt: OutputFormat,
    title: str | None = None,
    extra: Sequence[str] = (),
    out: TextIO | None = None,
    headers: bool = True,
) -> None:
    """Claim records: a table of who, what and when/where/via; or json/jsonl as they are;
    or csv/tsv/excel/markdown rows (``extra`` fields first, e.g. ``relevance``)."""
    answers = any("answers" in r for r in records)
    stream = out or sys.stdout
    if fmt in (OutputFormat.json, OutputFormat.jsonl):
        render_records(records, fmt, out=stream)
        return
    if fmt in MACHINE_FORMATS:
        from rnkclaims.render import rows

        rows.claims(records, fmt, extra, answers, stream, headers)
        return
    from rnkclaims.render import compact

    shown = compact.for_people(records)
    if out is None and compact.write_claims(shown, title):
        return  # written as rich would, without importing it: nothing to colour
    from rnkclaims.render import tables

    tables.print_claims(_out_console(out), shown, title)


_DETAIL = frozenset(
    {"HIGHLIGHT", "ID_CHARS", "_ACT_STYLES", "_id_width", "for_people", "render_claim_detail",
     "render_coverage", "render_groups", "render_sections", "render_source"}
)  # fmt: skip


def __getattr__(name: str) -> Any:
    """The names of ``render.detail`` (groups, sections, one claim or source in full,
    coverage, and what the table modules share), imported on first use: a query's list
    of claims in json compiles none of them."""
    if name in _DETAIL:
        from rnkclaims.render import detail

        return getattr(detail, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
