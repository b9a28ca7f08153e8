"""The database as Parquet: one file per table, for DuckDB, Spark or pandas.

``build --parquet DIR`` writes ``DIR/<table>.parquet`` for every table of the database
but the bookkeeping and the full-text index: ``ledger_files`` (this machine's file
stats), ``claim_search_fts`` and its shadow tables (the index's own storage; its
content is ``claim_search``, which is written) and SQLite's own ``sqlite_*`` tables.
Columns keep their names and order; a ``TEXT`` column is a Parquet string, an
``INTEGER`` one a 64-bit integer, with NULL as null. Rows are in the table's order in
the database (the ledger's order for claims), read and written in batches, so memory
stays bounded by a batch, not the table. Each file is written beside its final name
and renamed over it when complete.

pyarrow is an optional dependency (``rnkclaims[parquet]``), imported only here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rnkclaims.errors import RnkError

SKIPPED = frozenset({"ledger_files"})
"""Tables left out: the stat of this machine's ledger files, not the ledger's data."""

FTS_PREFIX = "claim_search_fts"
BATCH_ROWS = 20_000
INSTALL_HINT = 'pip install "rnkclaims[parquet]"'


def require_pyarrow() -> Any:
    """The ``pyarrow`` module, or ``RnkError`` (exit 1) naming the extra to install."""
    try:
        import pyarrow
    except ImportError:
        raise RnkError(
            "the Parquet export needs pyarrow, which is not installed", INSTALL_HINT
        ) from None
    return pyarrow


def check_folder(folder: Path) -> None:
    """``UsageError`` (exit 2) if ``folder`` exists and is not a folder."""
    if folder.exists() and not folder.is_dir():
        from rnkclaims.errors import UsageError

        raise UsageError(
            f"--parquet {folder} is not a folder", "name a folder (created if missing)"
        )


def exported_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables written, in the database's order of creation."""
    names = [
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
        )
    ]
    return [
        n
        for n in names
        if not n.startswith("sqlite_") and not n.startswith(FTS_PREFIX) and n not in SKIPPED
    ]


def _arrow_type(pa: Any, declared: str, table: str, column: str) -> Any:
    kind = declared.upper()
    if kind == "TEXT":
        return pa.string()
    if kind == "INTEGER":
        return pa.int64()
    if kind == "REAL":
        return pa.float64()
    raise RnkError(
        f"{table}.{column} has the type {declared!r}, which the Parquet export does not map",
        "rebuild the database with this version: rnkclaims build --force",
    )


def table_schema(pa: Any, conn: sqlite3.Connection, table: str) -> Any:
    """The Arrow schema of ``table``: its columns in order, typed as declared."""
    fields = [
        pa.field(name, _arrow_type(pa, declared, table, name), nullable=True)
        for _, name, declared, *_ in conn.execute(f'PRAGMA table_info("{table}")')
    ]
    return pa.schema(fields)


def _batches(conn: sqlite3.Connection, table: str) -> Iterator[list[tuple[Any, ...]]]:
    cursor = conn.execute(f'SELECT * FROM "{table}"')
    while rows := cursor.fetchmany(BATCH_ROWS):
        yield rows


def export_parquet(conn: sqlite3.Connection, folder: Path) -> dict[str, int]:
    """Write each exported table of ``conn`` to ``folder/<table>.parquet``; returns the
    rows written by table. ``folder`` is created if missing."""
    pa = require_pyarrow()
    import pyarrow.parquet as pq

    from rnkclaims.edit_io import replacing

    check_folder(folder)
    counts: dict[str, int] = {}
    for table in exported_tables(conn):
        schema = table_schema(pa, conn, table)
        names = schema.names
        rows = 0
        target = folder / f"{table}.parquet"
        with (
            replacing(target, hint="choose a writable folder") as tmp,
            pq.ParquetWriter(str(tmp), schema) as writer,
        ):
            for batch in _batches(conn, table):
                columns = [
                    pa.array(col, type=schema.field(i).type)
                    for i, col in enumerate(zip(*batch, strict=True))
                ]
                writer.write_batch(pa.record_batch(columns, names=names))
                rows += len(batch)
        counts[table] = rows
    return counts
