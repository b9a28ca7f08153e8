"""Opening the database for a query: rebuilt only when the ledger changed.

The fast path reads one row of ``meta`` and compares the ledger's stat signature: no
YAML is parsed. When the signature differs, the ledger's bytes are hashed (only those of
files whose stat differs from the one ``ledger_files`` recorded); an unchanged
fingerprint (a touched file) only refreshes the signature; a changed one updates the
database in place (``store.update``: only the changed files are read) when it can, and
rebuilds it otherwise.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from rnkclaims.ledger import LedgerPaths
from rnkclaims.store.build import (
    DB_ENV,
    builder_fingerprint,
    check_db_place,
    check_db_target,
    default_db_path,
    read_meta,
    sqlite_uri,
)

__all__ = ["DB_ENV", "Opened", "db_path_for", "open_current", "rebuild"]


@dataclass(frozen=True, slots=True)
class Opened:
    """An open, current database and how it came to be."""

    conn: sqlite3.Connection
    path: Path
    rebuilt: bool  # the database was written: built, or updated in place
    updated: bool = False  # only the changes were applied (no full build)


def db_path_for(paths: LedgerPaths, db: str | os.PathLike[str] | None = None) -> Path:
    """``--db``, then ``$RNKCLAIMS_DB``, then the per-ledger file in the user's cache."""
    given = db if db is not None else os.environ.get(DB_ENV) or None
    return Path(given).expanduser() if given is not None else default_db_path(paths.main)


def rebuild(paths: LedgerPaths, path: Path) -> dict[str, int]:
    """Load, check and build; raise ``LedgerError`` when the ledger has errors.

    A database path that may not be written is refused first, before the ledger is read.
    """
    check_db_target(path, paths.root)
    from rnkclaims.check.valid import require_valid
    from rnkclaims.ledger import load
    from rnkclaims.store.build import build  # the slow path: parse, check, write

    ledger = load(paths)
    checked = require_valid(ledger)
    return build(ledger, checked.derived, path)


def open_current(
    paths: LedgerPaths, db: str | os.PathLike[str] | None = None, force: bool = False
) -> Opened:
    """Open the ledger's database, rebuilding it first if the ledger changed."""
    path = db_path_for(paths, db)
    check_db_place(path, paths.root)
    rebuilt = updated = False
    meta = None if force or not path.exists() else read_meta(path)
    current = (
        meta is not None
        and meta.get("db_schema") == builder_fingerprint()
        and meta.get("ledger") == str(paths.main)
    )
    # taken before any file is read: a file saved while this runs changes the stats
    # again, so the next query looks again instead of trusting what was read now
    signature = paths.stat_signature()
    if current and meta is not None and meta.get("stat_signature") != signature:
        from rnkclaims.store.update import current_digests, update

        digests = current_digests(paths, path)
        if digests.fingerprint == meta.get("fingerprint"):
            _refresh_signature(path, signature)
        else:
            result = update(paths, path, digests, signature)
            current = updated = rebuilt = result is not None
    if not current:
        rebuild(paths, path)
        rebuilt = True
    conn = sqlite3.connect(sqlite_uri(path), uri=True)
    conn.row_factory = sqlite3.Row
    return Opened(conn, path, rebuilt, updated)


def _refresh_signature(path: Path, signature: str) -> None:
    """Record the current stat signature, so the next query skips hashing. Best effort: a
    database in a read-only place is still current, only slower to confirm."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, "rw"), uri=True)
        try:
            with conn:
                conn.execute(
                    "update meta set value = ? where key = 'stat_signature'",
                    (signature,),
                )
        finally:
            conn.close()
    except sqlite3.Error:
        pass
