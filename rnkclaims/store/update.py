"""Bringing a database up to date after an edit: only what changed is read and written.

``ledger_files`` records each file of the ledger as last built (its hash, top-level
keys and stat). ``update`` hashes the files whose stat (size, mtime, ctime, inode)
differs from the recorded one, or that were too fresh at the last build to be vouched for
by their stat (``ledger.settled_stat``), then:

- parses the main file and every file holding actors, outlets, topics or propositions
  (the records claims refer to), the changed YAML files, the files whose claims cite a
  changed or removed source, and the sources those claims cite;
- when a record was added, removed or changed (its rows in ``RECORD_TABLES`` differ from
  the database's), also the files whose claims name it (as speaker, voice, relay hop,
  proposition, topic or suggestion);
- checks that partial ledger with the full rules, and the new claim and record ids
  against every claim of the unchanged files;
- in one transaction, writes the records' tables anew when a record changed, deletes
  the rows of the claims of the files read again and of the changed sources, inserts
  the new ones (full-text index and ``search_topics`` included), and records the new
  hashes.

An error found, a file that cannot be read, another working directory (so other file
names) or no room left between two files' slots returns None, and the caller makes a
full build, which also reports any error properly. The result is the database a full
build would write: the same rows in every table (row ids aside).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    TABLES,
    claim_rows,
    file_rows,
    insert,
    meta_rows,
    source_rows,
)
from rnkclaims.store.place import read_meta, sqlite_uri

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
            ledger, derived, touched_files, changed_sources, records_changed = plan
            ledger.fingerprint = listing.fingerprint
            ledger.stat_signature = signature
            return _apply(
                conn, ledger, derived, old, listing, touched_files, changed_sources,
                records_changed,
            )  # fmt: skip
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
) -> tuple[Ledger, Derived, set[str], set[str], bool] | None:
    """The partial ledger, loaded and checked, with the YAML files whose claims are
    rewritten, the ids of the sources that changed and whether the records claims refer
    to changed (their tables are then written anew); None for a full build."""
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
    # always read: the main file and every file of actors, outlets, topics or
    # propositions (what claims refer to); rewritten: the claims of the files that changed
    records = {main} | {k for k in yaml_paths if old.get(k, ("", ""))[1] not in CLAIMS_ONLY}
    touched = {k for k in yaml_paths if k in changed}  # YAML files whose claims are rewritten

    folder = str(paths.sources_dir) + os.sep

    def is_source(p: str) -> bool:  # (string tests: a Path per file costs 0.2 s at 100k)
        return p.startswith(folder) and p.endswith(SOURCE_SUFFIX) and os.sep not in p[len(folder) :]

    records_changed = False
    for key in removed:
        if not is_source(key):
            records_changed |= old[key][1] not in CLAIMS_ONLY
            touched.add(key)
    records_changed |= bool(touched & records)
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
    load_yaml(ledger, [p for p in yaml_files if str(p) in records | touched])
    if any(ledger.files.get(k, ("", ""))[1] not in CLAIMS_ONLY for k in touched - records):
        records_changed = True  # a file of claims now holds records too
    if records_changed:
        # the claims naming a record that was added, removed or changed are rewritten
        named = _named(conn, _changed_records(conn, ledger))
        if named is None:
            return None
        later = set()
        for file in named:
            if file not in display:
                return None
            if display[file] not in records | touched:
                later.add(display[file])
            touched.add(display[file])
        load_yaml(ledger, [p for p in yaml_files if str(p) in later])
    placed = _slots(yaml_files, slots)
    if placed is None:
        return None
    ledger.slots = {paths.display(Path(p)): slot for p, slot in placed.items()}
    rewritten = {paths.display(Path(p)) for p in touched}
    claims = [c for c in ledger.claims if ledger.origin[id(c)].path in rewritten]
    per_file: dict[str, int] = {}
    for c in claims:
        doc = ledger.origin[id(c)].path
        per_file[doc] = per_file.get(doc, 0) + 1
    if per_file and max(per_file.values()) >= 1 << CLAIM_BITS:
        return None  # more claims than a slot numbers
    # claims in the ledger's order (files read later come last in ``ledger.claims``)
    order = {paths.display(p): i for i, p in enumerate(yaml_files)}
    claims.sort(key=lambda c: order[ledger.origin[id(c)].path])
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
    if records_changed and _taken_elsewhere(conn, _record_ids(ledger), files):
        return None  # a record's id that a claim of an unchanged file has
    return ledger, checked.derived, touched, changed_sources, records_changed


# The tables of the records claims refer to, each with the column naming its record.
RECORD_TABLES = {
    "speakers": "id", "actors": "id", "names": "entity_id", "roles": "actor_id",
    "outlets": "id", "topics": "id", "topic_terms": "topic_id", "propositions": "id",
    "proposition_topics": "proposition_id", "incompatibilities": "proposition_id",
}  # fmt: skip


def _record_rows(ledger: Ledger) -> dict[str, list[dict[str, Any]]]:
    """The rows of ``RECORD_TABLES`` a full build writes for ``ledger``'s records."""
    from rnkclaims.store.build import record_rows

    out = {table: list(rows) for table, rows in record_rows(ledger)}
    assert set(out) == set(RECORD_TABLES), set(RECORD_TABLES) - set(out)
    return out


def _record_ids(ledger: Ledger) -> list[str]:
    return [
        str(r["id"])
        for section in ("actors", "outlets", "topics", "propositions")
        for r in ledger.sections[section]
        if isinstance(r.get("id"), str)
    ]


def _changed_records(conn: sqlite3.Connection, ledger: Ledger) -> set[str]:
    """The ids whose rows in ``RECORD_TABLES`` differ between the database and
    ``ledger``'s records (added, removed or changed)."""
    rows = _record_rows(ledger)
    changed: set[str] = set()
    for table, column in RECORD_TABLES.items():
        columns = list(TABLES[table][0])
        before: dict[str, list[tuple[Any, ...]]] = {}
        cursor = conn.execute(f"select {', '.join(columns)} from [{table}]")
        for row in cursor:
            before.setdefault(str(row[columns.index(column)]), []).append(tuple(row))
        now: dict[str, list[tuple[Any, ...]]] = {}
        for record in rows[table]:
            now.setdefault(str(record[column]), []).append(tuple(record.get(c) for c in columns))
        for rid in before.keys() | now.keys():
            if sorted(before.get(rid, []), key=repr) != sorted(now.get(rid, []), key=repr):
                changed.add(rid)
    return changed


def _named(conn: sqlite3.Connection, ids: set[str]) -> set[str] | None:
    """The files of the claims that name one of ``ids``: as speaker or voice, relay hop,
    proposition, topic or suggestion."""
    if not ids:
        return set()
    conn.execute("create temp table if not exists named (id text primary key)")
    conn.execute("delete from temp.named")
    conn.executemany("insert into temp.named values (?)", ((i,) for i in sorted(ids)))
    found = {
        file
        for (file,) in conn.execute(
            "select distinct file from claims where speaker_id in temp.named "
            "or voice_id in temp.named or id in ("
            " select claim_id from relay_hops where via_id in temp.named"
            " union select claim_id from claim_propositions where proposition_id in temp.named"
            " union select claim_id from claim_topics where topic_id in temp.named"
            " union select claim_id from claim_suggestions where value in temp.named"
            "  and field in ('proposition', 'topic'))"
        )
    }
    conn.execute("drop table temp.named")
    return found


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
    records_changed: bool = False,
) -> dict[str, int]:
    paths = ledger.paths
    columns = ", ".join(FTS_COLUMNS)
    with conn:
        if records_changed:  # the records' tables written anew, as a full build does
            for table, record_rows in _record_rows(ledger).items():
                conn.execute(f"delete from [{table}]")
                insert(conn, table, record_rows)
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
