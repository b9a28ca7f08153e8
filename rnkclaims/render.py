"""All terminal output: the only module that imports rich.

Colour only on a terminal, never with ``NO_COLOR`` set (rich honours both). Records are
plain dicts; every query command renders them with ``render_records`` in one of the
``OutputFormat``s, so all commands speak the same formats.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from rnkclaims.problems import Report


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    markdown = "markdown"


class ProblemFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


def console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def error(message: str, hint: str | None = None) -> None:
    """One line on stderr: ``Error: message``; the hint on a second line."""
    err = console(stderr=True)
    err.print(f"[bold red]Error:[/] {escape(message)}")
    if hint:
        err.print(f"[dim]Hint:[/] {escape(hint)}")


def note(message: str) -> None:
    """A side remark on stderr (never mixed into machine-readable stdout)."""
    console(stderr=True).print(f"[dim]{escape(message)}[/]")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


# -- validation problems ---------------------------------------------------------------


def problem_format_default() -> ProblemFormat:
    return (
        ProblemFormat.github if os.environ.get("GITHUB_ACTIONS") == "true" else ProblemFormat.text
    )


def render_report(
    report: Report, fmt: ProblemFormat, strict: bool, out: TextIO | None = None
) -> None:
    out = out or sys.stdout
    if fmt is ProblemFormat.json:
        out.write(dumps(report.as_dict(strict)) + "\n")
        return
    if fmt is ProblemFormat.github:
        for p in report.sorted():
            level = "error" if p.severity == "error" or strict else "warning"
            message = f"{p.message} [{p.code}]" + (f" - {p.hint}" if p.hint else "")
            message = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
            out.write(f"::{level} file={p.file},line={p.line},col={p.column}::{message}\n")
        out.write(_summary(report, strict) + "\n")
        return
    con = Console(file=out, highlight=False) if out is not sys.stdout else console()
    for p in report.sorted():
        colour = "red" if p.severity == "error" else "yellow"
        line = Text()
        line.append(f"{p.file}:{p.line}:{p.column}: ", style="bold")
        line.append(f"{p.severity}", style=colour)
        line.append(f" {p.message} ")
        line.append(f"({p.code})", style="dim")
        con.print(line, soft_wrap=True)
        if p.hint:
            con.print(Text(f"    hint: {p.hint}", style="dim"), soft_wrap=True)
    con.print(
        Text(_summary(report, strict), style="green" if report.valid(strict) else "red"),
        soft_wrap=True,
    )


def _summary(report: Report, strict: bool) -> str:
    e, w = len(report.errors), len(report.warnings)
    counts = ", ".join(f"{n} {k}" for k, n in report.counts.items())
    verdict = "valid" if report.valid(strict) else "invalid"
    return f"{verdict}: {e} error(s), {w} warning(s) in {report.files} file(s) ({counts})"


# -- records -----------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render_records(
    records: Sequence[dict[str, Any]],
    fmt: OutputFormat,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    out: TextIO | None = None,
) -> None:
    """Write ``records`` in ``fmt``; ``columns`` picks and orders the table/csv columns."""
    out = out or sys.stdout
    if fmt is OutputFormat.json:
        out.write(dumps(list(records)) + "\n")
        return
    if fmt is OutputFormat.jsonl:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    cols = list(columns or (records[0].keys() if records else []))
    if fmt is OutputFormat.csv:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        for r in records:
            writer.writerow([_cell(r.get(c)) for c in cols])
        out.write(buf.getvalue())
        return
    if fmt is OutputFormat.markdown:
        out.write("| " + " | ".join(cols) + " |\n")
        out.write("|" + "|".join("---" for _ in cols) + "|\n")
        for r in records:
            cells = [_cell(r.get(c)).replace("|", "\\|").replace("\n", " ") for c in cols]
            out.write("| " + " | ".join(cells) + " |\n")
        return
    table = Table(title=title, show_lines=True, expand=False)
    for c in cols:
        table.add_column(c.replace("_", " "), overflow="fold")
    for r in records:
        table.add_row(*(escape(_cell(r.get(c))) for c in cols))
    con = Console(file=out, highlight=False) if out is not sys.stdout else console()
    con.print(table)
