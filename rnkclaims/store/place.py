"""Where a ledger's database lives and what it may replace.

The names a query needs before it knows whether the database is current, apart from the
build code (``store.build`` re-exports them): a query on an up-to-date database neither
imports nor compiles the builder. What a build may replace (``check_db_target``, an
earlier version's default database) is ``store.replacing``'s, named here too. The code's
fingerprint (``builder_fingerprint``) is here as well, so that ``validate``'s cache reads
it without importing the builder and sqlite3.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rnkclaims.errors import UsageError

if TYPE_CHECKING:
    from rnkclaims.store.replacing import _is_rnkclaims_db as _is_rnkclaims_db
    from rnkclaims.store.replacing import check_db_target as check_db_target
    from rnkclaims.store.replacing import read_meta as read_meta
    from rnkclaims.store.replacing import remove_stale_default as remove_stale_default

# The folders of the package whose code does not decide what the database holds (the faces
# for people and the authoring tools): ``builder_fingerprint`` hashes every other module.
NOT_BUILDER = ("cli", "report", "authoring")

DB_SCHEMA = 8  # bump when the tables change; an older database is then rebuilt


def builder_fingerprint() -> str:
    """``DB_SCHEMA`` and a hash of the code that builds the database: every module but
    ``NOT_BUILDER``'s, so a database built by other code (an upgrade, a change in
    development) is rebuilt even if DB_SCHEMA was not bumped. Hashing whole folders keeps
    it right when modules move between wings."""
    from rnkclaims.ledger import quick_digest

    package = Path(__file__).resolve().parent.parent
    parts = [str(DB_SCHEMA).encode()]
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if relative.parts[0] in NOT_BUILDER:
            continue
        parts.append(relative.as_posix().encode() + b"\0" + path.read_bytes())
    digest = quick_digest(b"\0".join(parts))
    return f"{DB_SCHEMA}-{digest[:16]}"


DB_ENV = "RNKCLAIMS_DB"
DB_HINT = f"choose a writable place with --db or ${DB_ENV}; nothing was changed"
SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_uri(path: Path, mode: str = "ro") -> str:
    """A ``file:`` URI for ``path``: quoted, so ``#``, ``?`` and ``%`` in folder or file
    names stay part of the path."""
    return f"{Path(os.path.abspath(path)).as_uri()}?mode={mode}"


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


_REPLACING = frozenset({"_is_rnkclaims_db", "check_db_target", "read_meta", "remove_stale_default"})


def __getattr__(name: str) -> Any:
    """The names of ``store.replacing``, imported when a build needs them."""
    if name in _REPLACING:
        from rnkclaims.store import replacing

        return getattr(replacing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
