"""Exit statuses and the exceptions the core raises.

This is the one place exit codes are defined; the README's table is generated from
``ExitStatus`` (see ``tests/test_docs.py``). The core raises ``RnkError`` subclasses and
never exits; the CLI turns them into a one-line message and the matching status.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Exit codes of the ``rnkclaims`` command."""

    OK = 0
    """Success; ``validate``: the ledger is valid (warnings allowed unless --strict)."""
    INVALID = 1
    """``validate``: the ledger has errors; elsewhere: the ledger or a file is unusable,
    or a file cannot be written (disk full, read-only folder)."""
    USAGE = 2
    """Bad command line: unknown option, bad date or format, unknown filter value, a
    ``--db`` that is not an rnkclaims database or is inside the ledger."""
    NOT_FOUND = 3
    """An id, source or file named on the command line does not exist."""
    NO_RESULTS = 4
    """A query command found nothing and ``--fail-empty`` was given."""
    INTERNAL = 70
    """A bug in rnkclaims: rerun with --debug and report the traceback."""


class RnkError(Exception):
    """An error with a one-line message and a hint for the user."""

    status: ExitStatus = ExitStatus.INVALID

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class LedgerError(RnkError):
    """The ledger cannot be read at all (missing file, unreadable YAML)."""

    status = ExitStatus.INVALID


class UsageError(RnkError):
    """A command-line value is malformed (a date, a format, a filter)."""

    status = ExitStatus.USAGE


class NotFoundError(RnkError):
    """An id or path named by the user does not exist."""

    status = ExitStatus.NOT_FOUND


class WriteError(RnkError):
    """A file could not be written (disk full, read-only folder, too large) or a write
    was refused (through a symbolic link leading out of the ledger); nothing changed."""

    status = ExitStatus.INVALID
