"""All terminal output; this package is the only place that imports rich (its
``tables`` and ``terminal`` modules, loaded only when something is drawn for people).
This module writes json and jsonl; ``rows`` writes csv, tsv, excel and markdown rows,
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
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # rich is imported where a table or colour is drawn, not for JSON
    from rich.console import Console


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


def for_people(value: Any, limit: int = CELL_CHARS) -> Any:
    """``value`` (strings in any nesting of lists and dicts) with control characters
    written out and each string clipped to ``limit`` characters, for a terminal."""
    if isinstance(value, str):
        if len(value) > limit:
            value = value[:limit] + f"\u2026 ({len(value) - limit:,} more characters)"
        return clean(value)
    if isinstance(value, dict):
        return {k: for_people(v, limit) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [for_people(v, limit) for v in value]
    return value


@contextmanager
def paged(on: bool = True) -> Iterator[None]:
    """Tables drawn inside go through the pager when ``on``, stdout is a terminal and they
    are taller than the screen; otherwise straight to stdout (``terminal.paged``)."""
    from rnkclaims.render import terminal

    with terminal.paged(on):
        yield


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


ID_CHARS = 48
"""An id column is at least as wide as its longest id up to this: ids are what people copy
into ``show``, so they are not folded mid-word."""


def _id_width(column: str, records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    if column != "id" or not records:
        return {}
    return {"min_width": min(ID_CHARS, max(len(str(r.get("id") or "")) for r in records))}


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

HIGHLIGHT = "**"
"""Marks matched words in a claim's ``highlight`` field: ``**deals**``."""

_ACT_STYLES = {"denies": "red", "confirms": "green", "accuses": "magenta", "asserts": "cyan"}


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
    from rnkclaims.render import tables

    tables.print_claims(_out_console(out), for_people(records), title)


def render_groups(
    groups: Sequence[dict[str, Any]],
    fmt: OutputFormat,
    out: TextIO | None = None,
    headers: bool = True,
) -> None:
    """Groups of claims (contradictions): each group's explanation, then its claims."""
    stream = out or sys.stdout
    if fmt in (OutputFormat.json, OutputFormat.jsonl):
        render_records(groups, fmt, out=stream)
        return
    if fmt in MACHINE_FORMATS:
        from rnkclaims.render import rows

        rows.groups(groups, fmt, stream, headers)
        return
    from rnkclaims.render import tables

    tables.groups(_out_console(out), groups)


def render_sections(
    sections: Mapping[str, Sequence[dict[str, Any]]],
    fmt: OutputFormat,
    columns: Mapping[str, Sequence[str]] | None = None,
    out: TextIO | None = None,
    headers: bool = True,
) -> None:
    """Several lists of records under names: a JSON object of lists; jsonl, csv and
    markdown rows with a ``section`` field first; a titled table per section."""
    stream = out or sys.stdout
    columns = columns or {}
    if fmt is OutputFormat.json:
        stream.write(dumps({k: list(v) for k, v in sections.items()}) + "\n")
        return
    if fmt is OutputFormat.jsonl:
        for name, records in sections.items():
            for r in records:
                stream.write(json.dumps({"section": name, **r}, ensure_ascii=False) + "\n")
        return
    if fmt in MACHINE_FORMATS:
        cols: list[str] = ["section"]
        flat = []
        for name, records in sections.items():
            for r in records:
                row = {"section": name, **r}
                flat.append(row)
                for k in columns.get(name) or r.keys():
                    if k not in cols:
                        cols.append(k)
        render_records(flat, fmt, columns=cols, out=stream, headers=headers)
        return
    from rnkclaims.render import tables

    tables.sections(_out_console(out), sections, columns)


def _wrote_one_record(rec: dict[str, Any], fmt: OutputFormat, stream: TextIO) -> bool:
    """A single record as json (indented) or jsonl (one line); False for other formats."""
    if fmt is OutputFormat.json:
        stream.write(dumps(rec) + "\n")
    elif fmt is OutputFormat.jsonl:
        stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
    else:
        return False
    return True


def render_claim_detail(
    rec: dict[str, Any], fmt: OutputFormat, out: TextIO | None = None, headers: bool = True
) -> None:
    """One claim in full (``show``): the claim, its excerpt in context, related claims."""
    stream = out or sys.stdout
    if _wrote_one_record(rec, fmt, stream):
        return
    if fmt in MACHINE_FORMATS:
        from rnkclaims.render import rows

        related = rec.get("related") or ()
        sections: dict[str, Sequence[dict[str, Any]]] = {
            "claim": [rows.flat_claim(rec)],
            "related": [
                {k: r.get(k) for k in ("relation", "reason", "id", "speaker", "act", "said")}
                for r in related
            ],
        }
        render_sections(sections, fmt, out=stream, headers=headers)
        return
    from rnkclaims.render import tables

    tables.claim_detail(_out_console(out), rec)


def render_source(
    rec: dict[str, Any], fmt: OutputFormat, out: TextIO | None = None, headers: bool = True
) -> None:
    """An archived article (``source show``): its text with each claim's excerpt marked
    and followed by the claim's id; csv and the like list where the excerpts are."""
    stream = out or sys.stdout
    if _wrote_one_record(rec, fmt, stream):
        return
    if fmt in MACHINE_FORMATS:
        rows = [
            {"source_id": rec["id"], **e, "excerpt": rec["text"][e["start"] : e["end"]]}
            if e["found"]
            else {"source_id": rec["id"], **e}
            for e in rec["excerpts"]
        ]
        cols = ("source_id", "claim_id", "found", "line", "start", "end", "excerpt")
        render_records(rows, fmt, columns=cols, out=stream, headers=headers)
        return
    from rnkclaims.render import tables

    tables.source(_out_console(out), rec)


# -- coverage (rnkclaims coverage) -----------------------------------------------------------


def render_coverage(result: Any, minimum: float | None = None, out: TextIO | None = None) -> None:
    """Uncovered passages as ``file:line: kind: text``, then one summary line per source
    and a total; ``result`` is a ``coverage.Coverage``."""
    from rnkclaims.render import terminal

    terminal.coverage(result, minimum, out or sys.stdout)
