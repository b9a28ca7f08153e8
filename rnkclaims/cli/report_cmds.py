"""The faces for browsers: ``report`` (a static website), ``datasette-metadata``,
``serve`` (datasette) and ``export-xlsx``.

Everything they need (jinja2, datasette, openpyxl) is imported inside the commands, so
the query commands never load it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from rnkclaims.cli.app import DbOpt, LedgerOpt, command, locate_ledger


@command(
    "report",
    epilog="Examples:\n\n  rnkclaims report --out site/\n\n"
    "  rnkclaims report --out docs/ledger  # then publish the folder on any static host",
)
def report(
    out: Annotated[
        Path,
        typer.Option(
            "--out", "-o", help="Folder for the site: new, empty, or an earlier report's."
        ),
    ],
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Write the ledger as a static website: a page per claim, actor, outlet,
    proposition, source and contradiction, timelines and a matrix of stances, and an
    offline search.

    Links are relative and nothing is fetched when a page is viewed: open index.html
    from disk or publish the folder on any static host. The same ledger always gives
    byte-identical files. An earlier report in the same folder is replaced; a folder
    holding anything else is refused.
    """
    from rnkclaims.render import note
    from rnkclaims.report import data, site
    from rnkclaims.store.open import open_current

    opened = open_current(locate_ledger(ledger), db)
    try:
        files = site.render(data.load(opened.conn))
    finally:
        opened.conn.close()
    count = site.write(files, out)
    note(f"wrote {count} files to {out}")
    typer.echo(str(out / "index.html"))
