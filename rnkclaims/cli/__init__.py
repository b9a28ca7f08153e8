"""The ``rnkclaims`` command line."""

from __future__ import annotations

from rnkclaims.cli import authoring_cmds as authoring_cmds
from rnkclaims.cli import edit_cmds as edit_cmds
from rnkclaims.cli import ledger_cmds as ledger_cmds
from rnkclaims.cli import query_cmds as query_cmds
from rnkclaims.cli import report_cmds as report_cmds
from rnkclaims.cli.app import app
from rnkclaims.cli.exiting import run_then_exit


def main() -> None:
    run_then_exit(app)


__all__ = ["app", "main"]
