"""Finding a ledger's files; loading them, with positions, into a ``Ledger``.

A ledger is a folder (``data/`` in this repository) holding:

- ``claims.yaml``: the main file (``schema_version``, actors, outlets, topics,
  propositions, claims); any section may also live in ``claims/*.yaml`` beside it, so
  that many people can edit without merge conflicts;
- ``sources/<id>.txt``: one archived article per file, YAML front matter between
  ``---`` lines, then the text as published.

This module finds the ledger (``locate``, ``LedgerPaths``, its stat signature): all a
query on an up-to-date database needs. Loading and hashing the files (``load``,
``Ledger``, ``file_digests``...) live in ``rnkclaims.ledger.loading``; its names are
also this module's, imported on first use, so that a query compiles and imports none
of it. ``locate`` raises ``NotFoundError`` when there is no ledger to load at all.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rnkclaims.errors import NotFoundError

if TYPE_CHECKING:
    from rnkclaims.ledger.loading import SETTLED_NS as SETTLED_NS
    from rnkclaims.ledger.loading import Digests as Digests
    from rnkclaims.ledger.loading import FileStat as FileStat
    from rnkclaims.ledger.loading import Ledger as Ledger
    from rnkclaims.ledger.loading import Source as Source
    from rnkclaims.ledger.loading import claims_only as claims_only
    from rnkclaims.ledger.loading import file_digests as file_digests
    from rnkclaims.ledger.loading import file_stats as file_stats
    from rnkclaims.ledger.loading import fingerprint as fingerprint
    from rnkclaims.ledger.loading import load as load
    from rnkclaims.ledger.loading import load_leaving_claims as load_leaving_claims
    from rnkclaims.ledger.loading import load_source as load_source
    from rnkclaims.ledger.loading import load_sources as load_sources
    from rnkclaims.ledger.loading import load_yaml as load_yaml
    from rnkclaims.ledger.loading import outside as outside
    from rnkclaims.ledger.loading import read_claims_file as read_claims_file
    from rnkclaims.ledger.loading import settled_stat as settled_stat
    from rnkclaims.ledger.loading import unreadable as unreadable

MAIN_FILE = "claims.yaml"
EXTRA_DIR = "claims"
SOURCES_DIR = "sources"
SOURCE_SUFFIX = ".txt"
LEDGER_ENV = "RNKCLAIMS_LEDGER"
SLOT_BITS = 16  # room between two files' slots, for files added later


class LedgerPaths:
    """Where a ledger's files are. Immutable, compared and hashed by its two fields. (A
    plain class: a dataclass costs a millisecond and more at every query's start-up.)"""

    __slots__ = ("bundled", "main")
    main: Path
    bundled: bool  # the ledger shipped with rnkclaims, used when no other is found

    def __init__(self, main: Path, bundled: bool = False) -> None:
        object.__setattr__(self, "main", main)
        object.__setattr__(self, "bundled", bundled)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: LedgerPaths is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: LedgerPaths is immutable")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, LedgerPaths)
        return (self.main, self.bundled) == (other.main, other.bundled)

    def __hash__(self) -> int:
        return hash((self.main, self.bundled))

    def __repr__(self) -> str:
        return f"LedgerPaths(main={self.main!r}, bundled={self.bundled!r})"

    def __reduce__(self) -> tuple[type[LedgerPaths], tuple[Path, bool]]:
        return (LedgerPaths, (self.main, self.bundled))

    @property
    def root(self) -> Path:
        return self.main.parent

    @property
    def extra_dir(self) -> Path:
        return self.root / EXTRA_DIR

    @property
    def sources_dir(self) -> Path:
        return self.root / SOURCES_DIR

    def yaml_files(self) -> list[Path]:
        return [self.main, *_listing(self.extra_dir, ".yaml")]

    def source_files(self) -> list[Path]:
        return _listing(self.sources_dir, SOURCE_SUFFIX)

    def listed_links(self) -> tuple[list[Path], list[Path], frozenset[str]]:
        """``yaml_files()`` and ``source_files()`` from one read of each folder, with the
        paths (as strings) of those that are symbolic links, known from the folder's
        listing without a call per file."""
        extra, extra_links = _scan(self.extra_dir, ".yaml")
        sources, source_links = _scan(self.sources_dir, SOURCE_SUFFIX)
        links = extra_links | source_links
        if self.main.is_symlink():
            links |= {str(self.main)}
        return [self.main, *extra], sources, links

    def display(self, path: Path) -> str:
        """A path as errors show it: relative to the working directory when below it."""
        text, cwd = str(path), os.getcwd()
        if text.startswith(cwd) and text[len(cwd) : len(cwd) + 1] == os.sep and cwd != os.sep:
            rest = text[len(cwd) + 1 :]  # ``relpath``'s answer, without its dozen calls
            if rest and ".." not in rest.split(os.sep) and os.path.normpath(rest) == rest:
                return rest
        try:
            relative = os.path.relpath(path)
        except ValueError:  # pragma: no cover - other drive on Windows
            return str(path)
        return str(path) if relative.startswith("..") else relative

    def stat_signature(self) -> str:
        """Cheap change detector: the YAML files' size and mtime, and the folders' mtimes.

        Cost depends on the number of YAML files, not on the ledger's size. Adding,
        removing or replacing a source file changes its folder's mtime (git and most
        editors replace files); an in-place rewrite of a source is caught by ``build``.
        """
        parts = []
        for path in (*self.yaml_files(), self.extra_dir, self.sources_dir):
            try:
                st = path.stat()
            except OSError:
                parts.append(f"{path.name}:-")
                continue
            parts.append(f"{path}:{st.st_size}:{st.st_mtime_ns}")
        return quick_digest("\n".join(parts).encode())


def quick_digest(data: bytes) -> str:
    """A 32-byte BLAKE2b of ``data`` in hex, without loading OpenSSL (as ``import
    hashlib`` does: milliseconds at every query's start-up)."""
    try:
        from _blake2 import blake2b  # CPython's own module, behind hashlib.blake2b
    except ImportError:  # pragma: no cover - another Python
        from hashlib import blake2b
    return blake2b(data, digest_size=32).hexdigest()


def _listing(folder: Path, suffix: str) -> list[Path]:
    """The files of ``folder`` named ``*<suffix>`` (as ``glob``: no hidden ones), by name;
    links followed. One directory read, no stat for a file that is not a link."""
    return _scan(folder, suffix)[0]


def _scan(folder: Path, suffix: str) -> tuple[list[Path], frozenset[str]]:
    """``_listing(folder, suffix)``, and the paths (as strings) of the symbolic links
    among them, as the directory read tells them."""
    try:
        entries = list(os.scandir(folder))
    except OSError:  # no such folder, or not readable (as glob: nothing listed)
        return [], frozenset()
    kept = [
        e for e in entries if e.name.endswith(suffix) and not e.name.startswith(".") and e.is_file()
    ]
    kept.sort(key=lambda e: e.name)
    links = frozenset(str(folder / e.name) for e in kept if e.is_symlink())
    return [folder / e.name for e in kept], links


def bundled_ledger() -> Path | None:
    """The example ledger that ships with rnkclaims: ``rnkclaims/data/claims.yaml`` in an
    installed package, ``data/claims.yaml`` beside the package in a checkout."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "data" / MAIN_FILE, package.parent / "data" / MAIN_FILE):
        if candidate.is_file():
            return candidate
    return None


def locate(
    ledger: str | os.PathLike[str] | None = None, *, allow_bundled: bool = False
) -> LedgerPaths:
    """Resolve ``--ledger`` (a folder or its claims.yaml), then $RNKCLAIMS_LEDGER, then
    ``data/claims.yaml`` or ``claims.yaml`` in the working directory or a parent.

    Only with ``allow_bundled`` (read-only questions, as a demonstration) does it fall
    back to the bundled example ledger; commands that check or change a ledger must not,
    or they would report on, or write to, a ledger the user never chose.
    """
    given = ledger if ledger is not None else os.environ.get(LEDGER_ENV) or None
    if given is not None:
        path = Path(given).expanduser()
        main = path / MAIN_FILE if path.is_dir() else path
        if not main.is_file():
            raise NotFoundError(
                f"no ledger at {path}",
                f"give the folder holding {MAIN_FILE} or the file itself (--ledger or "
                f"${LEDGER_ENV})",
            )
        return LedgerPaths(main.parent.resolve() / main.name)  # a link is checked on load
    cwd = Path.cwd().resolve()
    for folder in (cwd, *cwd.parents):
        for candidate in (folder / "data" / MAIN_FILE, folder / MAIN_FILE):
            if candidate.is_file():
                return LedgerPaths(candidate)
    bundled = bundled_ledger()
    if allow_bundled and bundled is not None:
        return LedgerPaths(bundled, bundled=True)
    example = f"; the example ledger is {bundled.parent}" if bundled is not None else ""
    raise NotFoundError(
        f"no ledger in {cwd} or above: pass --ledger PATH or set ${LEDGER_ENV}",
        f"a ledger is a folder holding {MAIN_FILE} (data/{MAIN_FILE} in a ledger "
        f"repository){example}",
    )


def __getattr__(name: str) -> Any:
    """The names of ``rnkclaims.ledger.loading``, imported on first use."""
    if name.startswith("__") or name == "loading":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    loading = importlib.import_module("rnkclaims.ledger.loading")
    try:
        value = getattr(loading, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value
