"""What a build may replace: only an rnkclaims database (or an empty file) at the
database's path, and the default database earlier versions named otherwise. Apart from
``place``, so that a query on an up-to-date database compiles none of it."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from rnkclaims.errors import UsageError, WriteError
from rnkclaims.store.place import (
    _REFUSED_HINT,
    DB_HINT,
    SQLITE_HEADER,
    _names,
    cache_dir,
    check_db_place,
    sqlite_uri,
)


def read_meta(path: Path) -> dict[str, str] | None:
    """The ``meta`` table of an rnkclaims database, or None for anything else."""
    try:
        conn = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            rows = conn.execute("select key, value from meta").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return {str(k): str(v) for k, v in rows}


def _is_rnkclaims_db(path: Path) -> bool:
    with open(path, "rb") as fh:  # an OSError is the caller's to report
        header = fh.read(len(SQLITE_HEADER))
    if not header:
        return True  # an empty file holds nothing to lose
    if header != SQLITE_HEADER:
        return False
    meta = read_meta(path)
    return meta is not None and "db_schema" in meta


def check_db_target(path: Path, ledger_root: Path) -> None:
    """Refuse a database path that would replace something that is not ours.

    Besides ``check_db_place``: the database may replace only a regular file that is an
    rnkclaims database (an SQLite file with the ``meta`` table this module writes) or is
    empty.
    """
    check_db_place(path, ledger_root)
    target = Path(os.path.realpath(path))
    try:
        try:
            mode = target.stat().st_mode
        except FileNotFoundError:
            return
        if not stat.S_ISREG(mode):
            raise UsageError(f"refused: the database {path} is not a regular file", _REFUSED_HINT)
        ours = _is_rnkclaims_db(target)
    except OSError as exc:
        raise WriteError(
            f"cannot write the database {path}: {exc.strerror or exc}", DB_HINT
        ) from exc
    if not ours:
        raise UsageError(
            f"refused to replace {path}: it is not an rnkclaims database", _REFUSED_HINT
        )


def remove_stale_default(ledger_main: Path) -> list[Path]:
    """Remove the default database earlier versions kept for this ledger
    (``<ledger folder>-<hash>.db``, as ``data-<hash>.db``) when it is not the current
    default one; returns what was removed.

    Only a file that is an rnkclaims database of this very ledger (its ``meta`` names
    it) is removed; anything else, or a file that cannot be removed, is left alone.
    """
    key, name, old = _names(ledger_main)
    if old == name:
        return []
    stale = cache_dir() / f"{old}-{key}.db"
    meta = read_meta(stale) if stale.is_file() else None
    if meta is None or meta.get("ledger") != str(ledger_main):
        return []
    try:
        stale.unlink()
    except OSError:
        return []
    return [stale]
