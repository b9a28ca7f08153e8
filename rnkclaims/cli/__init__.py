"""The ``rnkclaims`` command line."""

from __future__ import annotations

from rnkclaims.cli import edit_cmds as edit_cmds
from rnkclaims.cli import ledger_cmds as ledger_cmds
from rnkclaims.cli import query_cmds as query_cmds
from rnkclaims.cli import report_cmds as report_cmds
from rnkclaims.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
