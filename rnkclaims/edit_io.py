"""Writing files safely: a temporary file beside the target, then a rename.

Every write (a ledger file, an archived source, the database) goes through
``replacing``: the new content is written to ``.<name>.<pid>@<host>-<random>.tmp``
beside the target, flushed to disk, renamed over the target, and the folder is flushed so
the rename itself survives a crash. An interrupted write leaves the old file intact; the
temporary file it leaves behind is removed by the next write to that folder once it is
stale: its writer's process is gone (asked only when the writer ran on this machine, as
``<host>`` tells, so a ledger on a shared network folder never loses another machine's
write in progress), or it is older than ``STALE_AFTER``.

A target reached through a symbolic link is written where the link points, so the link
stays a link; with ``within``, a target that leads outside that folder is refused. New
files get the user's umask (``0o666 & ~umask``); a replaced file keeps its mode.

Failures (disk full, a read-only folder, a file too large) raise ``WriteError``, a
one-line error naming the path; nothing is changed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

from rnkclaims.errors import WriteError

TMP_SUFFIX = ".tmp"
STALE_AFTER = 24 * 60 * 60
"""Seconds after which a temporary file is stale even if a process with its pid runs."""

# .<name>.<pid>@<host>-<8 hex>.tmp, written by ``replacing``; <host> is HOST_TAG of the
# writer's machine. 0.2.0 wrote .<name>.<pid>-<8 hex>.tmp (no host): age alone.
_OURS = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)(?:@(?P<host>[0-9a-f]{8}))?-[0-9a-f]{8}\.tmp$")
# .<name>.<8 chars>.tmp, written by versions before 0.2 (tempfile.mkstemp): age alone
_OLDER = re.compile(r"^\.(?P<name>.+\.(?:yaml|txt|db|json))\.[a-z0-9_]{8}\.tmp$")

WRITE_HINT = "nothing was changed; free some space or make the folder writable, then retry"


def _host_tag() -> str:
    """Eight hex digits naming this machine (a digest of its host name)."""
    from zlib import crc32

    return f"{crc32(os.uname().nodename.encode()):08x}"


HOST_TAG = _host_tag()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it exists, owned by someone else
        return True
    return True


def clean_stale(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the stale temporary files earlier writes left in ``folder``; return them.

    A file is stale when it was written on this machine by a process that is gone, or
    when it is older than ``STALE_AFTER`` (a pid may be reused). A file written on another
    machine (a shared folder) or by 0.2.0 (no host in its name) goes by age alone, since
    its writer cannot be asked. A file whose writer still runs is left alone, so
    concurrent writers never lose their work.
    """
    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(TMP_SUFFIX)):
            continue
        ours = _OURS.match(name)
        if ours is None and _OLDER.match(name) is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
            local = ours is not None and ours.group("host") == HOST_TAG
            if old or (local and ours is not None and not _alive(int(ours.group("pid")))):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - a platform without folder descriptors
        return
    try:
        os.fsync(fd)
    except OSError as exc:  # pragma: no cover - some file systems cannot sync folders
        if exc.errno not in (errno.EINVAL, errno.EBADF):
            raise
    finally:
        os.close(fd)


def resolve_target(path: Path, within: Path | None = None) -> Path:
    """Where a write to ``path`` lands: the end of its symbolic links.

    With ``within``, a target that is not inside that folder raises ``WriteError``.
    """
    target = Path(os.path.realpath(path))
    if within is not None:
        root = Path(os.path.realpath(within))
        if not target.is_relative_to(root):
            raise WriteError(
                f"refused to write {path}: it leads to {target}, outside the ledger folder {root}",
                "replace the symbolic link with the file itself, or write the file in its "
                "own ledger; nothing was changed",
            )
    return target


@contextlib.contextmanager
def replacing(
    path: Path,
    within: Path | None = None,
    keep_mode: bool = True,
    what: str = "",
    hint: str = WRITE_HINT,
    durable: bool = True,
) -> Iterator[Path]:
    """Yield a new, empty temporary file beside ``path``; on success it replaces ``path``.

    The caller writes the temporary file (and closes it). On leaving the block the file
    is flushed, renamed over the target and the folder flushed; on any exception it is
    removed and the target is untouched. ``keep_mode``: a replaced file keeps its
    permissions (otherwise, and for a new file, the umask decides). ``OSError`` becomes
    ``WriteError`` naming ``path`` (after ``what``), with ``hint``.

    ``durable=False`` (a cache's file, which its reader checks and can do without) neither
    flushes the file and folder to the disk nor looks for stale temporary files (the
    caller runs ``clean_stale`` once for many writes).
    """
    target = resolve_target(path, within)
    folder = target.parent
    tmp: Path | None = None
    try:
        if not folder.is_dir():
            folder.mkdir(parents=True)
        if durable:
            clean_stale(folder)
        unique = f"{os.getpid()}@{HOST_TAG}-{os.urandom(4).hex()}"
        tmp = folder / f".{target.name}.{unique}{TMP_SUFFIX}"
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        yield tmp
        if durable:
            with open(tmp, "rb") as fh:
                os.fsync(fh.fileno())
        if keep_mode:
            with contextlib.suppress(FileNotFoundError):
                os.chmod(tmp, target.stat().st_mode & 0o7777)
        os.replace(tmp, target)
        tmp = None
        if durable:
            _fsync_folder(folder)
    except OSError as exc:
        raise WriteError(f"cannot write {what}{path}: {exc.strerror or exc}", hint) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def write_atomic(path: Path, text: str, within: Path | None = None) -> None:
    """Replace ``path`` with ``text``; an interrupted write leaves the old file intact."""
    with replacing(path, within) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
