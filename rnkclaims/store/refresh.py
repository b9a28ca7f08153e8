"""Bringing the database up to date when the ledger or the code changed: the slow side
of ``open.open_current``, imported only then (a query on an up-to-date database
compiles none of it)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rnkclaims.ledger import LedgerPaths
from rnkclaims.store.open import CODE_STAMP, Opened, code_stamp
from rnkclaims.store.place import default_db_path, sqlite_uri
from rnkclaims.store.replacing import check_db_target, remove_stale_default


def refresh(paths: LedgerPaths, path: Path, meta: dict[str, str] | None, signature: str) -> Opened:
    """Open the database at ``path`` after bringing it up to date: ``meta`` is its own when
    this code built it for this ledger (None otherwise: it is rebuilt), ``signature`` the
    ledger's stat signature taken before any file was read. An unchanged fingerprint only
    records the signature; a changed one updates the database in place when it can."""
    current = meta is not None
    rebuilt = updated = False
    if current and meta is not None and meta.get("stat_signature") != signature:
        from rnkclaims.store.update import current_digests, update

        digests = current_digests(paths, path)
        if digests.fingerprint == meta.get("fingerprint"):
            _set_meta(path, "stat_signature", signature)
        else:
            result = update(paths, path, digests, signature)
            current = updated = rebuilt = result is not None
    if not current:
        rebuild(paths, path)
        rebuilt = True
    conn = sqlite3.connect(sqlite_uri(path), uri=True)
    conn.row_factory = sqlite3.Row
    return Opened(conn, path, rebuilt, updated)


def fingerprint_current(path: Path, meta: dict[str, str], stamp: str) -> bool:
    """Whether the builder's fingerprint is the one ``meta`` records (the code's stamp
    changed: another installation, an edit, a reinstall); if so, ``stamp`` is recorded
    with it."""
    from rnkclaims.store.place import builder_fingerprint

    if meta.get("db_schema") != builder_fingerprint():
        return False
    _set_meta(path, CODE_STAMP, stamp)
    return True


def rebuild(paths: LedgerPaths, path: Path) -> dict[str, int]:
    """Load, check and build; raise ``LedgerError`` when the ledger has errors.

    A database path that may not be written is refused first, before the ledger is read.
    Building the default database removes the one earlier versions named otherwise.
    """
    check_db_target(path, paths.root)
    from rnkclaims.check.valid import require_valid
    from rnkclaims.ledger import load
    from rnkclaims.store.build import build  # the slow path: parse, check, write

    stamp = code_stamp()  # before the build hashes the code: a later change shows
    ledger = load(paths, digests=True)
    checked = require_valid(ledger)
    counts = build(ledger, checked.derived, path)
    _set_meta(path, CODE_STAMP, stamp)
    if path == default_db_path(paths.main):
        remove_stale_default(paths.main)  # the name earlier versions gave it
    return counts


def _set_meta(path: Path, key: str, value: str) -> None:
    """Record ``key`` in the database's ``meta``, so that the next query skips hashing:
    the current stat signature, or the code's stamp (``CODE_STAMP``, recorded with the
    fingerprint it vouches for). Best effort: a database in a read-only place is still
    current, only slower to confirm."""
    sql = "insert or replace into meta (key, value) values (?, ?)"
    if key == CODE_STAMP:
        sql = (
            "insert or replace into meta (key, value) "
            "select ?, value || ' ' || ? from meta where key = 'db_schema'"
        )
    try:
        conn = sqlite3.connect(sqlite_uri(path, "rw"), uri=True)
        try:
            with conn:
                conn.execute(sql, (key, value))
        finally:
            conn.close()
    except sqlite3.Error:
        pass
