"""The faces for browsers: ``report`` (a static website), ``datasette-metadata``,
``serve`` (datasette) and ``export-xlsx``.

Everything they need (jinja2, datasette, openpyxl) is imported inside the commands, so
the query commands never load it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from rnkclaims.cli.app import DbOpt, LedgerOpt, command, locate_ledger
from rnkclaims.errors import RnkError, UsageError

if TYPE_CHECKING:
    import sqlite3


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


def _metadata_for(conn: sqlite3.Connection, db_path: Path) -> dict[str, Any]:
    from rnkclaims.report import data, metadata

    return metadata.metadata(
        data.table_columns(conn), db_path.stem, data.search_rows_match_claims(conn)
    )


@command(
    "datasette-metadata",
    epilog="Examples:\n\n  rnkclaims build --db claims.db\n\n"
    "  rnkclaims datasette-metadata --db claims.db -o metadata.json\n\n"
    "  datasette claims.db -m metadata.json",
)
def datasette_metadata(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Print datasette metadata for the database: what every table and column means, label
    columns, full-text search on claims, facets, and canned queries (who said it,
    contradictions, denials, a speaker's timeline).

    The database name in it is the database file's name without .db: give the same --db
    to datasette.
    """
    import json

    from rnkclaims.store.open import open_current

    opened = open_current(locate_ledger(ledger), db)
    try:
        doc = _metadata_for(opened.conn, opened.path)
    finally:
        opened.conn.close()
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if output is None:
        sys.stdout.write(text)
    else:
        from rnkclaims.edit_io import write_atomic

        write_atomic(output, text)


@command(
    "serve",
    epilog="Examples:\n\n  rnkclaims serve\n\n  rnkclaims serve --port 8080\n\n"
    'Needs datasette: pip install "rnkclaims[serve]".',
)
def serve(
    port: Annotated[
        int, typer.Option("--port", "-p", help="Port on 127.0.0.1.", min=1, max=65535)
    ] = 8001,
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Browse the database in datasette on http://127.0.0.1, with the metadata of
    'rnkclaims datasette-metadata': descriptions, search, facets and canned queries.

    The database is opened read-only. Stop with Ctrl-C.
    """
    import importlib.util

    if importlib.util.find_spec("datasette") is None:
        raise RnkError(
            "rnkclaims serve needs datasette, which is not installed",
            'pip install "rnkclaims[serve]"',
        )
    import asyncio
    import socket

    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            raise UsageError(
                f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}",
                "choose another --port",
            ) from exc
    import uvicorn
    from datasette.app import Datasette

    from rnkclaims.render import note
    from rnkclaims.store.open import open_current

    opened = open_current(locate_ledger(ledger), db)
    try:
        doc = _metadata_for(opened.conn, opened.path)
    finally:
        opened.conn.close()
    ds = Datasette(immutables=[str(opened.path)], metadata=doc)
    asyncio.run(ds.invoke_startup())
    note(f"serving {opened.path} on http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    try:
        uvicorn.run(ds.app(), host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    except SystemExit as exc:  # uvicorn exits on a failed start, with codes of its own
        if exc.code not in (None, 0):
            raise RnkError(
                f"datasette stopped on 127.0.0.1:{port} (uvicorn exit {exc.code})",
                "see the message above",
            ) from None


@command(
    "export-xlsx",
    epilog="Example:\n\n  rnkclaims export-xlsx -o claims.xlsx\n\n"
    'Needs openpyxl: pip install "rnkclaims[xlsx]".',
)
def export_xlsx(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The .xlsx file to write (replaced if there).")
    ],
    ledger: LedgerOpt = None,
    db: DbOpt = None,
) -> None:
    """Write every claim and proposition to an Excel workbook: sheets Claims,
    Propositions and Stances (one row per claim and proposition, for pivot tables).

    Text is stored as text: nothing from the ledger becomes a formula.
    """
    import importlib.util

    if importlib.util.find_spec("openpyxl") is None:
        raise RnkError(
            "rnkclaims export-xlsx needs openpyxl, which is not installed",
            'pip install "rnkclaims[xlsx]"',
        )
    if output.suffix.lower() != ".xlsx":
        raise UsageError(f"--output {output} does not end in .xlsx", "name the file something.xlsx")
    from rnkclaims.render import note
    from rnkclaims.report import data, xlsx
    from rnkclaims.store.open import open_current

    opened = open_current(locate_ledger(ledger), db)
    try:
        claims = data.export_claims(opened.conn)
        propositions = data.export_propositions(opened.conn)
    finally:
        opened.conn.close()
    content = xlsx.workbook(claims, propositions)
    from rnkclaims.edit_io import replacing

    with replacing(output, hint="choose a writable place with -o") as tmp:
        tmp.write_bytes(content)
    note(f"wrote {len(claims)} claims and {len(propositions)} propositions to {output}")
