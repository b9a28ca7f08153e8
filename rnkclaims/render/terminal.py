"""rich's console, the pager, and the styled text of errors, notes, validation problems
and coverage: imported only when something is drawn for people (a table, colour on a
terminal), never for a machine format or plain stderr."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from rnkclaims.render import clean
from rnkclaims.render.compact import for_people
from rnkclaims.render.problems import summary

if TYPE_CHECKING:
    from rnkclaims.problems import Report


class QuietConsole(Console):
    """rich's Console, except that a closed pipe (``| head``) raises ``BrokenPipeError``
    for the command to end quietly with status 0, where rich would exit with 1."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def console_class() -> type[Console]:
    return QuietConsole


def console(stderr: bool = False) -> Console:
    Console = console_class()
    if not stderr and _page is not None:
        import shutil

        return Console(
            file=_page, highlight=False, soft_wrap=False, force_terminal=True,
            width=shutil.get_terminal_size().columns,
        )  # fmt: skip
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


# -- the pager -------------------------------------------------------------------------------

PAGER_ENV = "RNKCLAIMS_PAGER"
"""The pager for tables taller than the terminal (then ``$PAGER``, then ``less``; with
``LESS=FRX`` unless set, as git does). Empty or ``cat`` turns paging off."""

_page: io.StringIO | None = None


def _pager_command() -> str | None:
    cmd = os.environ.get(PAGER_ENV)
    if cmd is None:
        cmd = os.environ.get("PAGER") or "less"
    return None if cmd.strip() in ("", "cat") else cmd


@contextmanager
def paged(on: bool = True) -> Iterator[None]:
    """Tables drawn inside go through the pager when ``on``, stdout is a terminal and they
    are taller than the screen; otherwise straight to stdout."""
    global _page
    if not on or _page is not None or not sys.stdout.isatty() or not _pager_command():
        yield
        return
    _page = io.StringIO()
    try:
        yield
    finally:
        text, _page = _page.getvalue(), None
        _show_page(text)


def _show_page(text: str) -> None:
    import shutil
    import subprocess

    cmd = _pager_command()
    if cmd and text.count("\n") >= shutil.get_terminal_size().lines:
        env = dict(os.environ)
        env.setdefault("LESS", "FRX")
        try:
            subprocess.run(cmd, shell=True, input=text, text=True, env=env, check=False)
            return
        except OSError:
            pass  # no such pager: print instead
    sys.stdout.write(text)
    sys.stdout.flush()


def out_console(out: TextIO | None) -> Console:
    return console_class()(file=out, highlight=False) if out is not None else console()


def error(message: str, hint: str | None) -> None:
    """``render.error`` in colour: message and hint already cleaned."""
    err = console(stderr=True)
    err.print(f"[bold red]Error:[/] {escape(message)}", soft_wrap=True)
    if hint:
        err.print(f"[dim]Hint:[/] {escape(hint)}", soft_wrap=True)


def note(message: str) -> None:
    """``render.note`` in colour: the message already cleaned."""
    console(stderr=True).print(f"[dim]{escape(message)}[/]", soft_wrap=True)


def report(report: Report, strict: bool, out: TextIO) -> None:
    """Validation problems for people: ``file:line:column: severity message (code)``."""
    con = console_class()(file=out, highlight=False) if out is not sys.stdout else console()
    for p in report.sorted():
        colour = "red" if p.severity == "error" else "yellow"
        line = Text()
        line.append(for_people(f"{p.file}:{p.line}:{p.column}: "), style="bold")
        line.append(f"{p.severity}", style=colour)
        line.append(f" {for_people(p.message)} ")
        line.append(f"({for_people(p.code)})", style="dim")
        con.print(line, soft_wrap=True)
        if p.hint:
            con.print(Text(f"    hint: {for_people(p.hint)}", style="dim"), soft_wrap=True)
    con.print(
        Text(summary(report, strict), style="green" if report.valid(strict) else "red"),
        soft_wrap=True,
    )


def coverage(result: Any, minimum: float | None, out: TextIO) -> None:
    """``render.render_coverage`` drawn on ``out``."""
    con = console_class()(file=out, highlight=False) if out is not sys.stdout else console()
    for src in result.sources:
        for p in src.uncovered:
            text = clean(" ".join(p.text.split()))
            clipped = text if len(text) <= 100 else text[:97] + "..."
            line = Text()
            line.append(clean(f"{src.file}:{p.line}: "), style="bold")
            line.append(f"{p.kind}: ", style="yellow")
            line.append(clipped)
            con.print(line, soft_wrap=True)
    for src in result.sources:
        con.print(
            Text(
                f"{src.id}: {src.covered}/{len(src.passages)} passages covered ({src.percent:.0f}%)"
            ),
            soft_wrap=True,
        )
    ok = minimum is None or result.percent >= minimum
    total = f"total: {result.covered}/{result.passages} passages covered ({result.percent:.1f}%)"
    if minimum is not None:
        total += f", minimum {minimum:g}%: " + ("ok" if ok else "below")
    con.print(Text(total, style="green" if ok else "red"), soft_wrap=True)
