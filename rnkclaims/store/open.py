"""Opening the database for a query: rebuilt only when the ledger changed.

The fast path reads one row of ``meta`` and compares the ledger's stat signature: no
YAML is parsed. When the signature differs, the ledger's bytes are hashed; an unchanged
fingerprint (a touched file) only refreshes the signature; a changed one rebuilds.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from rnkclaims.errors import LedgerError, RnkError
from rnkclaims.ledger import LedgerPaths, fingerprint
from rnkclaims.store.build import builder_fingerprint, default_db_path

DB_ENV = "RNKCLAIMS_DB"


@dataclass(frozen=True, slots=True)
class Opened:
    """An open, current database and how it came to be."""

    conn: sqlite3.Connection
    path: Path
    rebuilt: bool


def db_path_for(paths: LedgerPaths, db: str | os.PathLike[str] | None = None) -> Path:
    """``--db``, then ``$RNKCLAIMS_DB``, then the per-ledger file in the user's cache."""
    given = db if db is not None else os.environ.get(DB_ENV) or None
    return Path(given).expanduser() if given is not None else default_db_path(paths.main)


def _meta(path: Path) -> dict[str, str] | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("select key, value from meta").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return dict(rows)


def rebuild(paths: LedgerPaths, path: Path) -> dict[str, int]:
    """Load, check and build; raise ``LedgerError`` when the ledger has errors."""
    from rnkclaims.check import check
    from rnkclaims.ledger import load
    from rnkclaims.store.build import build  # the slow path: parse, check, write

    ledger = load(paths)
    checked = check(ledger)
    errors = checked.report.errors
    if errors:
        first = errors[0]
        raise LedgerError(
            f"the ledger has {len(errors)} error(s); first: {first.file}:{first.line}:"
            f"{first.column}: {first.message}",
            "run 'rnkclaims validate' to see them all",
        )
    try:
        return build(ledger, checked.derived, path)
    except OSError as exc:
        raise RnkError(
            f"cannot write the database {path}: {exc.strerror or exc}",
            f"choose a writable place with --db or ${DB_ENV}",
        ) from exc


def open_current(
    paths: LedgerPaths, db: str | os.PathLike[str] | None = None, force: bool = False
) -> Opened:
    """Open the ledger's database, rebuilding it first if the ledger changed."""
    path = db_path_for(paths, db)
    rebuilt = False
    meta = None if force or not path.exists() else _meta(path)
    current = (
        meta is not None
        and meta.get("db_schema") == builder_fingerprint()
        and meta.get("ledger") == str(paths.main)
    )
    if current and meta is not None and meta.get("stat_signature") != paths.stat_signature():
        if fingerprint(paths) == meta.get("fingerprint"):
            conn = sqlite3.connect(path)
            with conn:
                conn.execute(
                    "update meta set value = ? where key = 'stat_signature'",
                    (paths.stat_signature(),),
                )
            conn.close()
        else:
            current = False
    if not current:
        rebuild(paths, path)
        rebuilt = True
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return Opened(conn, path, rebuilt)
