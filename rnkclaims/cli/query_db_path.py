"""``db-path``: where the ledger's database is."""

# No ``from __future__ import annotations``: typer reads each option's annotation, and a
# string one is compiled and evaluated at every run (twice), an object one is not.

import typer

from rnkclaims.cli.app import DbOpt, LedgerOpt, locate_ledger
from rnkclaims.cli.query_cmds import (
    command,
    epilog,
)


@command(
    "db-path", epilog=epilog("db-path", "rnkclaims db-path", "rnkclaims db-path --db /tmp/x.db")
)
def db_path_cmd(ledger: LedgerOpt = None, db: DbOpt = None) -> None:
    """Print where the ledger's database is (it need not exist yet: any query builds it)."""
    from rnkclaims.store.open import db_path_for

    typer.echo(str(db_path_for(locate_ledger(ledger, allow_bundled=True), db)))
