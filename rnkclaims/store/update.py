"""Bringing a database up to date after an edit: only what changed is read and written.

``ledger_files`` records each file of the ledger as last built (its hash, top-level
keys and stat). ``update`` hashes the files whose stat (size, mtime, ctime, inode)
differs from the recorded one, or that were too fresh at the last build to be vouched for
by their stat (``ledger.settled_stat``), and when the changes are ones it can apply exactly
(files under ``claims/`` that hold claims only, before and after, and source files), it:

- parses the main file and every file holding actors, outlets, topics or propositions
  (the records claims refer to), the changed claim files, the files whose claims cite a
  changed or removed source, and the sources those claims cite;
- checks that partial ledger with the full rules, and the new claim ids against every
  claim of the unchanged files;
- in one transaction, deletes the rows of the claims of those files and of the changed
  sources, inserts the new ones (full-text index and ``search_topics`` included), and
  records the new hashes.

Anything else (the main file or a file of actors, outlets, topics or propositions
changed, an error found, another working directory, so other file names) returns None
and the caller makes a full build, which also reports any error properly. The result is
the database a full build would write: the same rows in every table (row ids aside).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from rnkclaims.ledger import (
    SLOT_BITS,
    SOURCE_SUFFIX,
    Digests,
    FileStat,
    Ledger,
    LedgerPaths,
    file_digests,
    load_sources,
    load_yaml,
)
from rnkclaims.store.build import (
    CLAIM_BITS,
    FTS_COLUMNS,
    SEARCH_TOPICS_OF_TOUCHED,
    claim_rows,
    file_rows,
    insert,
    meta_rows,
    read_meta,
    source_rows,
    sqlite_uri,
)

if TYPE_CHECKING:
    from rnkclaims.check import Derived

CLAIMS_ONLY = frozenset({"", "claims"})
_CLAIM_TABLES = ("claim_propositions", "claim_topics", "claim_suggestions", "relay_hops")
_SOURCE_TABLES = ("source_agencies", "source_furniture", "source_not_claims")


def update(
    paths: LedgerPaths,
    db_path: Path,
    digests: Digests | None = None,
    signature: str | None = None,
) -> dict[str, int] | None:
    """Apply the ledger's changes to the database in place; ``{"claims": n, "sources":
    m}`` rewritten, or None when only a full build can be trusted to be right.

    ``digests`` is ``file_digests(paths)`` when the caller has it already; ``signature``
    the ledger's stat signature taken before those digests (else taken now, before any
    file is read), which the database records.
    """
    if signature is None:
        signature = paths.stat_signature()
    from rnkclaims.gcpause import gc_paused

    meta = read_meta(db_path)
    if meta is None or meta.get("cwd") != os.getcwd():
        return None
    conn = sqlite3.connect(sqlite_uri(db_path, "rw"), uri=True)
    try:
        listing = digests if digests is not None else file_digests(paths, known_files(conn))
        rows = conn.execute("select path, sha256, sections, slot from ledger_files").fetchall()
        old = {path: (sha, sections) for path, sha, sections, _ in rows}
        slots = {path: slot for path, _, _, slot in rows if slot}
        with gc_paused():
            plan = _plan(paths, conn, old, slots, listing)
            if plan is None:
                return None
            ledger, derived, touched_files, changed_sources = plan
            ledger.fingerprint = listing.fingerprint
            ledger.stat_signature = signature
            return _apply(conn, ledger, derived, old, listing, touched_files, changed_sources)
    except sqlite3.Error:
        return None  # a damaged or foreign database: a full build replaces it
    finally:
        conn.close()


def current_digests(paths: LedgerPaths, db_path: Path) -> Digests:
    """``file_digests`` of the ledger, reading only the files whose stat differs from the
    one the database recorded."""
    try:
        conn = sqlite3.connect(sqlite_uri(db_path), uri=True)
    except sqlite3.Error:
        return file_digests(paths)
    try:
        return file_digests(paths, known_files(conn))
    finally:
        conn.close()


def known_files(conn: sqlite3.Connection) -> dict[str, tuple[str, FileStat]]:
    """Each file's hash and stat as ``ledger_files`` records them, for ``file_digests``
    (files recorded without a stat are left out: they are hashed)."""
    try:
        rows = conn.execute(
            "select path, sha256, size, mtime_ns, ctime_ns, inode from ledger_files "
            "where mtime_ns != 0"
        ).fetchall()
    except sqlite3.Error:
        return {}  # a damaged or foreign database: everything is hashed
    return {
        path: (sha, (size, mtime, ctime, inode)) for path, sha, size, mtime, ctime, inode in rows
    }


def _plan(
    paths: LedgerPaths,
    conn: sqlite3.Connection,
    old: dict[str, tuple[str, str]],
    slots: dict[str, int],
    listing: Digests,
) -> tuple[Ledger, Derived, set[str], set[str]] | None:
    """The partial ledger, loaded and checked, with the YAML files whose claims are
    rewritten and the ids of the sources that changed; None for a full build."""
    from rnkclaims.check import check

    digests = listing.sha256
    yaml_files = listing.yaml_files
    yaml_paths = {str(p) for p in yaml_files}
    source_paths = {str(p) for p in listing.source_files}
    if len(digests) != len(yaml_paths) + len(source_paths):
        return None  # a file that cannot be read: the full build reports it
    main = str(paths.main)
    changed = {p for p, sha in digests.items() if old.get(p, ("", ""))[0] != sha}
    removed = {p for p in old if p not in digests}
    if main in changed | removed:
        return None
    vocabulary: list[Path] = []
    touched: set[str] = set()  # YAML files whose claims are rewritten
    for path in yaml_files:
        key = str(path)
        before = old.get(key)
        if before is not None and before[1] not in CLAIMS_ONLY and key != main:
            if key in changed:
                return None
            vocabulary.append(path)
        elif key in changed:
            touched.add(key)

    folder = str(paths.sources_dir) + os.sep

    def is_source(p: str) -> bool:  # (string tests: a Path per file costs 0.2 s at 100k)
        return p.startswith(folder) and p.endswith(SOURCE_SUFFIX) and os.sep not in p[len(folder) :]

    for key in removed:
        if not is_source(key):
            if old[key][1] not in CLAIMS_ONLY:
                return None
            touched.add(key)
    changed_sources = {Path(p).stem for p in changed | removed if is_source(p)}
    display = {paths.display(Path(p)): p for p in yaml_paths | {p for p in old if not is_source(p)}}
    if changed_sources:
        marks = ",".join("?" * len(changed_sources))
        for (file,) in conn.execute(
            f"select distinct file from claims where source_id in ({marks})",
            sorted(changed_sources),
        ):
            if file not in display:
                return None
            touched.add(display[file])
    ledger = Ledger(paths=paths)
    load_yaml(ledger, [paths.main, *vocabulary])
    reread = [p for p in yaml_files if str(p) in touched]
    n_vocabulary_docs = len(ledger.docs)
    load_yaml(ledger, reread)
    for p in reread:
        if ledger.files.get(str(p), ("", "?"))[1] not in CLAIMS_ONLY:
            return None  # a claims file that now holds other sections
    placed = _slots(yaml_files, slots)
    if placed is None:
        return None
    ledger.slots = {paths.display(Path(p)): slot for p, slot in placed.items()}
    rewritten = {id(doc) for doc in ledger.docs[n_vocabulary_docs:]}
    claims = [c for c in ledger.claims if id(ledger.origin[id(c)]) in rewritten]
    per_file: dict[int, int] = {}
    for c in claims:
        doc = id(ledger.origin[id(c)])
        per_file[doc] = per_file.get(doc, 0) + 1
    if per_file and max(per_file.values()) >= 1 << CLAIM_BITS:
        return None  # more claims than a slot numbers
    ledger.sections["claims"] = claims
    cited = {c.get("source") for c in claims} | changed_sources
    wanted = [
        paths.sources_dir / f"{sid}.txt"
        for sid in sorted(s for s in cited if isinstance(s, str))
        if str(paths.sources_dir / f"{sid}.txt") in source_paths
    ]
    load_sources(ledger, wanted)
    checked = check(ledger)
    if checked.report.errors:
        return None
    files = {paths.display(Path(p)) for p in touched}
    if _taken_elsewhere(conn, [c["id"] for c in claims], files):
        return None
    return ledger, checked.derived, touched, changed_sources


def _slots(yaml_files: list[Path], old: dict[str, int]) -> dict[str, int] | None:
    """Each YAML file's slot: its old one, or for a new file one between its neighbours'
    (None when there is no room left: a full build numbers them afresh)."""
    keys = [str(p) for p in yaml_files]
    placed: dict[str, int] = {}
    previous = 0
    for i, key in enumerate(keys):
        slot = old.get(key)
        if slot is None:
            following = next((old[k] for k in keys[i + 1 :] if k in old), None)
            upper = following if following is not None else previous + (2 << SLOT_BITS)
            slot = (previous + upper) // 2
            if not previous < slot < upper:
                return None
        elif slot <= previous:
            return None  # not in the ledger's order: renumber
        placed[key] = previous = slot
    return placed


def _taken_elsewhere(conn: sqlite3.Connection, ids: list[str], files: set[str]) -> bool:
    """Whether a claim of an unchanged file already has one of ``ids``."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for (file,) in conn.execute(f"select file from claims where id in ({marks})", chunk):
            if file not in files:
                return True
    return False


def _apply(
    conn: sqlite3.Connection,
    ledger: Ledger,
    derived: Derived,
    old: dict[str, tuple[str, str]],
    listing: Digests,
    touched_files: set[str],
    changed_sources: set[str],
) -> dict[str, int]:
    paths = ledger.paths
    columns = ", ".join(FTS_COLUMNS)
    with conn:
        conn.execute("create temp table touched (id text primary key)")
        conn.execute("create temp table files (file text primary key)")
        conn.executemany(
            "insert into temp.files values (?)",
            ((paths.display(Path(p)),) for p in touched_files),
        )
        conn.execute("insert into temp.touched select id from claims where file in temp.files")
        conn.execute(
            f"insert into claim_search_fts (claim_search_fts, rowid, {columns}) "
            f"select 'delete', rowid, {columns} from claim_search "
            "where claim_id in temp.touched"
        )
        conn.execute(
            "delete from search_topics where search_rowid in "
            "(select rowid from claim_search where claim_id in temp.touched)"
        )
        conn.execute("delete from claim_search where claim_id in temp.touched")
        for table in _CLAIM_TABLES:
            conn.execute(f"delete from {table} where claim_id in temp.touched")
        conn.execute("delete from claims where id in temp.touched")
        marks = ",".join("?" * len(changed_sources))
        gone = sorted(changed_sources)
        for table in _SOURCE_TABLES:
            conn.execute(f"delete from {table} where source_id in ({marks})", gone)
        conn.execute(f"delete from sources where id in ({marks})", gone)
        present = [sid for sid in gone if sid in ledger.sources]
        for table, rows in source_rows(ledger, derived, present):
            insert(conn, table, rows)
        for table, rows in claim_rows(ledger, derived):
            insert(conn, table, rows)
        conn.execute("delete from temp.touched")
        conn.executemany(
            "insert or ignore into temp.touched values (?)", ((c["id"],) for c in ledger.claims)
        )
        conn.execute(
            f"insert into claim_search_fts (rowid, {columns}) "
            f"select rowid, {columns} from claim_search where claim_id in temp.touched"
        )
        conn.execute(SEARCH_TOPICS_OF_TOUCHED)
        # the files as a full build records them: every file, with its hash and keys
        # (those read now from their parse, the others as recorded before)
        files = Ledger(
            paths=paths, fingerprint=ledger.fingerprint, stat_signature=ledger.stat_signature
        )
        files.slots = ledger.slots
        for path in (*listing.yaml_files, *listing.source_files):
            key = str(path)
            files.files[key] = ledger.files.get(key) or (listing.sha256[key], old[key][1])
        conn.execute("delete from ledger_files")
        insert(conn, "ledger_files", file_rows(files, listing.stats))
        # the code's stamp stays: this code is the code that built the database
        conn.execute("delete from meta where key <> 'code_stamp'")
        insert(conn, "meta", meta_rows(files))
        conn.execute("drop table temp.touched")
        conn.execute("drop table temp.files")
    return {"claims": len(ledger.claims), "sources": len(present)}
