"""What a command's failure becomes: a one-line ``Error:`` and an exit status, or with
``--debug`` the traceback. Imported only when something went wrong (``app.handle_errors``
and the root group's usage errors), so that a command that succeeds compiles none of it."""

from __future__ import annotations

import io
import os
import sys

import typer

from rnkclaims.cli.app import DEBUG_ENV
from rnkclaims.errors import ExitStatus, RnkError


def debug_enabled() -> bool:
    return "--debug" in sys.argv or os.environ.get(DEBUG_ENV, "") not in ("", "0")


def exit_for(exc: BaseException) -> typer.Exit | None:
    """The exit for an exception a command raised, its error written on stderr: an
    ``RnkError`` its message and status, an ``OSError`` a one-line error and status 1, a
    closed pipe status 0, Ctrl-C 130, anything else status 70. None with ``--debug`` (for
    all but Ctrl-C and a closed pipe): the caller re-raises it, for the traceback."""
    from rnkclaims.render import error

    if isinstance(exc, RnkError):
        if debug_enabled():
            return None
        error(exc.message, exc.hint)
        return typer.Exit(int(exc.status))
    if isinstance(exc, KeyboardInterrupt):
        return typer.Exit(130)
    if isinstance(exc, BrokenPipeError):
        # the reader went away (| head): not an error, and nothing more to say
        _quiet_stdout()
        return typer.Exit(0)
    if isinstance(exc, OSError):
        # the file system refused (disk full, read-only, no such folder): not a bug
        if debug_enabled():
            return None
        place = f" {exc.filename}" if exc.filename else ""
        error(
            f"cannot access{place}: {exc.strerror or exc}",
            "check the path, its permissions and the free space",
        )
        return typer.Exit(int(ExitStatus.INVALID))
    if debug_enabled():
        return None
    error(
        f"internal error: {type(exc).__name__}: {exc}",
        "rerun with --debug for the traceback and report it",
    )
    return typer.Exit(int(ExitStatus.INTERNAL))


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so that flushing what is left at exit (to a closed pipe)
    neither fails nor prints "Exception ignored"."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # not a real file (a test's buffer): nothing to protect


def written_out(exc: Exception) -> None:
    """A usage error's message (quoting what was typed) with control characters written
    out (``\\x1b``), so that an ESC sequence on the command line is not replayed on
    stderr."""
    from rnkclaims.render import clean

    exc.message = clean(exc.message)  # type: ignore[attr-defined]
