"""Where a ledger's database lives and what it may replace.

The names a query needs before it knows whether the database is current, apart from the
build code (``store.build`` re-exports them): a query on an up-to-date database neither
imports nor compiles the builder.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from rnkclaims.errors import UsageError, WriteError

# The folders of the package whose code does not decide what the database holds (the faces
# for people and the authoring tools): ``builder_fingerprint`` hashes every other module.
NOT_BUILDER = ("cli", "report", "authoring")

DB_ENV = "RNKCLAIMS_DB"
DB_HINT = f"choose a writable place with --db or ${DB_ENV}; nothing was changed"
SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_uri(path: Path, mode: str = "ro") -> str:
    """A ``file:`` URI for ``path``: quoted, so ``#``, ``?`` and ``%`` in folder or file
    names stay part of the path."""
    return f"{Path(os.path.abspath(path)).as_uri()}?mode={mode}"


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


_REFUSED_HINT = f"give another path with --db or ${DB_ENV} (or neither: the default is in ~/.cache)"


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/rnkclaims`` (``~/.cache/rnkclaims``): the default databases."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "rnkclaims"


def check_db_place(path: Path, ledger_root: Path) -> None:
    """Refuse a database path inside the ledger folder, where it would replace or sit
    among the ledger's files. Cheap: no file is opened.

    rnkclaims' own cache folder is always allowed (when the ledger folder is the home
    folder, the default database is inside it), unless the ledger is inside that folder.
    """
    target = Path(os.path.realpath(path))
    root = Path(os.path.realpath(ledger_root))
    if target.is_relative_to(root):
        cache = Path(os.path.realpath(cache_dir()))
        if target.is_relative_to(cache) and not root.is_relative_to(cache):
            return
        raise UsageError(
            f"refused: the database {path} would be inside the ledger folder {root}",
            _REFUSED_HINT,
        )


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


def _sha256_hex(data: bytes) -> str:
    """SHA-256 without ``import hashlib``, which loads OpenSSL (milliseconds at every
    query's start-up)."""
    # CPython's own module behind hashlib.sha256: _sha256 up to 3.11, _sha2 from 3.12
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
        except ImportError:  # pragma: no cover - another Python
            from hashlib import sha256
    return str(sha256(data).hexdigest())


def _names(ledger_main: Path) -> tuple[str, str, str]:
    """The hash of the ledger's resolved path, the repository's name (see
    ``default_db_path``) and the name earlier versions gave: the ledger's folder."""
    main = ledger_main.resolve()
    key = _sha256_hex(str(main).encode())[:12]
    folder = main.parent
    name = folder.parent.name if folder.name == "data" and folder.parent.name else folder.name
    return key, name or "ledger", folder.name or "ledger"


def default_db_path(ledger_main: Path) -> Path:
    """``$XDG_CACHE_HOME/rnkclaims/<repository>-<hash>.db``: one database per ledger.

    ``<repository>`` is the folder holding the ledger's ``data/`` folder (or the ledger's
    own folder when it is not called ``data``); the hash of the ledger's path tells apart
    ledgers in folders of the same name.
    """
    return cache_path(ledger_main, ".db")


def cache_path(ledger_main: Path, suffix: str) -> Path:
    """A file of the ledger's in rnkclaims' cache folder: ``<repository>-<hash><suffix>``
    (the database, ``.db``; ``validate``'s cache)."""
    key, name, _ = _names(ledger_main)
    return cache_dir() / f"{name}-{key}{suffix}"


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
