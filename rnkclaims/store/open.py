"""Opening the database for a query: rebuilt only when the ledger changed.

The fast path reads one row of ``meta`` and compares the ledger's stat signature: no
YAML is parsed. When the signature differs, the ledger's bytes are hashed (only those of
files whose stat differs from the one ``ledger_files`` recorded); an unchanged
fingerprint (a touched file) only refreshes the signature; a changed one updates the
database in place (``store.update``: only the changed files are read) when it can, and
rebuilds it otherwise. Whether the code that built the database is this code is told by
the stat of its modules (``code_stamp``), recorded with their fingerprint: the modules are
hashed only when their stat changed. Nothing here imports the builder (``store.build``)
unless a build or an update is needed: that side (``rebuild`` too) is ``store.refresh``.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rnkclaims.ledger import LedgerPaths
from rnkclaims.store.place import DB_ENV, NOT_BUILDER, check_db_place, default_db_path, sqlite_uri

if TYPE_CHECKING:
    from rnkclaims.store.refresh import rebuild as rebuild

__all__ = [
    "DB_ENV",
    "Opened",
    "builder_current",
    "code_stamp",
    "db_path_for",
    "open_current",
    "rebuild",
]

CODE_STAMP = "code_stamp"
"""The ``meta`` key of the code's stamp (``code_stamp``) when the database was built."""


class Opened:
    """An open, current database and how it came to be. (A plain class: a dataclass
    costs a query's start-up half a millisecond to create.)"""

    __slots__ = ("conn", "path", "rebuilt", "updated")

    def __init__(
        self, conn: sqlite3.Connection, path: Path, rebuilt: bool, updated: bool = False
    ) -> None:
        self.conn = conn
        self.path = path
        self.rebuilt = rebuilt  # the database was written: built, or updated in place
        self.updated = updated  # only the changes were applied (no full build)


def db_path_for(paths: LedgerPaths, db: str | os.PathLike[str] | None = None) -> Path:
    """``--db``, then ``$RNKCLAIMS_DB``, then the per-ledger file in the user's cache."""
    given = db if db is not None else os.environ.get(DB_ENV) or None
    return Path(given).expanduser() if given is not None else default_db_path(paths.main)


def code_stamp() -> str:
    """The stat (size, mtime, ctime, inode) of every file ``builder_fingerprint`` hashes,
    in one string: about 30 stat calls against reading and hashing every module.

    A database records the stamp of the code that built it; when the code's stamp is
    the same, so is its fingerprint. A changed stamp (another installation, an edit, a
    reinstall of the same code) only means the fingerprint is computed again.
    """
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parts: list[str] = []
    folders = [package]
    while folders:
        folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    top = folder == package
                    if entry.name != "__pycache__" and not (top and entry.name in NOT_BUILDER):
                        folders.append(entry.path)
                elif entry.name.endswith(".py"):
                    st = entry.stat()
                    parts.append(
                        f"{entry.path[len(package) :]}:{st.st_size}:{st.st_mtime_ns}:"
                        f"{st.st_ctime_ns}:{st.st_ino}"
                    )
    return "\n".join(sorted(parts))


def builder_current(path: Path, meta: dict[str, str]) -> bool:
    """Whether the database whose ``meta`` this is was built by this code: by the stamp
    recorded with its builder's fingerprint when the code's files are as they were then,
    else by hashing the code (``refresh.fingerprint_current``; then the stamp is
    recorded, so that the next query skips the hashing)."""
    stamp = code_stamp()
    if meta.get(CODE_STAMP) == f"{meta.get('db_schema')} {stamp}":
        return True
    from rnkclaims.store.refresh import fingerprint_current

    return fingerprint_current(path, meta, stamp)


def open_current(
    paths: LedgerPaths, db: str | os.PathLike[str] | None = None, force: bool = False
) -> Opened:
    """Open the ledger's database, rebuilding it first if the ledger changed."""
    path = db_path_for(paths, db)
    check_db_place(path, paths.root)
    # the connection that reads ``meta`` answers the query too when nothing changed: one
    # connection, and one reading of the schema, instead of two
    conn, meta = (None, None) if force or not path.exists() else _open_meta(path)
    current = (
        meta is not None and meta.get("ledger") == str(paths.main) and builder_current(path, meta)
    )
    # taken before any file is read: a file saved while this runs changes the stats
    # again, so the next query looks again instead of trusting what was read now
    signature = paths.stat_signature()
    if (
        conn is not None
        and current
        and meta is not None
        and meta.get("stat_signature") == signature
    ):
        conn.row_factory = sqlite3.Row
        return Opened(conn, path, rebuilt=False)
    if conn is not None:
        conn.close()
    from rnkclaims.store.refresh import refresh  # the ledger or the code changed

    return refresh(paths, path, meta if current else None, signature)


def _open_meta(path: Path) -> tuple[sqlite3.Connection | None, dict[str, str] | None]:
    """A read-only connection to the database and its ``meta`` table (``read_meta``); both
    None for anything that is not an rnkclaims database."""
    try:
        conn = sqlite3.connect(sqlite_uri(path), uri=True)
    except sqlite3.Error:
        return None, None
    try:
        rows = conn.execute("select key, value from meta").fetchall()
    except sqlite3.Error:
        conn.close()
        return None, None
    return conn, {str(k): str(v) for k, v in rows}


def __getattr__(name: str) -> Any:
    """``rebuild``, from ``store.refresh``: imported when a build needs it."""
    if name == "rebuild":
        from rnkclaims.store.refresh import rebuild

        return rebuild
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
