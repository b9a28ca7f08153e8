"""Validation problems as ``validate`` prints them: text (through ``terminal``), json, or
GitHub workflow commands. Apart from ``render``'s own module so that a query compiles none
of it; ``rnkclaims.render`` hands these names out on first use."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, TextIO

from rnkclaims.render import colour_forced, dumps

if TYPE_CHECKING:
    from rnkclaims.problems import Report


class ProblemFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


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
            out.write(
                f"::{level} file={github_property(str(p.file))},line={p.line},"
                f"col={p.column}::{github_message(message)}\n"
            )
        out.write(summary(report, strict) + "\n")
        return
    if not report.problems and not _coloured(out):
        out.write(summary(report, strict) + "\n")  # what rich prints, without loading it
        return
    from rnkclaims.render import terminal

    terminal.report(report, strict, out)


def _coloured(out: TextIO) -> bool:
    """Whether rich could colour ``out``: a terminal, or colour forced by the environment."""
    if colour_forced():
        return True
    try:
        return out.isatty()
    except (AttributeError, ValueError):  # a closed or odd stream: let rich decide
        return True


def github_message(text: str) -> str:
    """A workflow command's message, escaped as GitHub documents: ``%``, CR, LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """A workflow command's property value (``file=``): ``%``, CR, LF, ``:`` and ``,``
    escaped, so a crafted file name cannot add or end properties."""
    return github_message(text).replace(":", "%3A").replace(",", "%2C")


def summary(report: Report, strict: bool) -> str:
    e, w = len(report.errors), len(report.warnings)
    counts = ", ".join(f"{n} {k}" for k, n in report.counts.items())
    verdict = "valid" if report.valid(strict) else "invalid"
    return f"{verdict}: {e} error(s), {w} warning(s) in {report.files} file(s) ({counts})"
