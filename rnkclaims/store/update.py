"""Bringing a database up to date after an edit: only what changed is read and written.

``ledger_files`` records each file of the ledger as last built (its hash, top-level
keys and stat). ``update`` hashes the files whose stat (size, mtime, ctime, inode)
differs from the recorded one, or that were too fresh at the last build to be vouched for
by their stat (``ledger.settled_stat``), then:

- parses the main file and every file holding actors, outlets, topics or propositions
  (the records claims refer to), the changed YAML files, and the files holding a claim
  that cites a changed or removed source;
- when a record was added, removed or changed (its rows in ``RECORD_TABLES`` differ from
  the database's), also the files holding a claim that names it (as speaker, voice, relay
  hop, proposition, topic or suggestion);
- in each file read again, compares each claim's digest (``ledger.record_digests``: its
  text and column) with the one ``ledger_files`` recorded for the same place in the file:
  a claim at its old place with its old text, citing no changed source and naming no
  changed record, is kept (its ``line`` moved if need be); the others are written again,
  and the rows of places the file no longer fills are deleted;
- checks that partial ledger (the records, the claims to write and the sources they cite)
  with the full rules, and the new claim and record ids against every claim that stays;
- in one transaction, writes the records' tables anew when a record changed, deletes
  the rows of the claims written again or gone and of the changed sources, inserts
  the new ones (full-text index and ``search_topics`` included), moves the lines, and
  records the new hashes and digests.

An error found, a file that cannot be read, another working directory (so other file
names) or no room left between two files' slots returns None, and the caller makes a
full build, which also reports any error properly. The result is the database a full
build would write: the same rows in every table (row ids aside).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
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
from rnkclaims.ledger.loading import DIGEST_CHARS
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
        rows = conn.execute(
            "select path, sha256, sections, slot, claims from ledger_files"
        ).fetchall()
        old = {path: (sha, sections) for path, sha, sections, _, _ in rows}
        slots = {path: slot for path, _, _, slot, _ in rows if slot}
        old_digests = {path: digests for path, _, _, _, digests in rows if digests}
        with gc_paused():
            plan = _plan(paths, conn, old, slots, listing, old_digests)
            if plan is None:
                return None
            plan.ledger.fingerprint = listing.fingerprint
            plan.ledger.stat_signature = signature
            return _apply(conn, plan, old, old_digests, listing)
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


@dataclass(slots=True)
class _Plan:
    """What an update writes: the partial ledger (records, and the claims to write, each
    with its index in its file in ``ledger.claim_index``), checked."""

    ledger: Ledger
    derived: Derived
    changed_sources: set[str]  # the ids of the sources that changed or went
    records_changed: bool  # the records' tables are written anew
    gone: set[int]  # the rowids of the claims deleted: rewritten, or no longer there
    lines: list[tuple[int, int]]  # (line, rowid) of the claims kept that moved


def _plan(
    paths: LedgerPaths,
    conn: sqlite3.Connection,
    old: dict[str, tuple[str, str]],
    slots: dict[str, int],
    listing: Digests,
    old_digests: dict[str, str],
) -> _Plan | None:
    """The partial ledger, loaded and checked, and the claims rows to delete and move;
    None for a full build."""
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
    # propositions (what claims refer to); read again: the YAML files that changed and
    # those holding a claim whose source or records changed
    records = {main} | {k for k in yaml_paths if old.get(k, ("", ""))[1] not in CLAIMS_ONLY}
    touched = {k for k in yaml_paths if k in changed}

    folder = str(paths.sources_dir) + os.sep

    def is_source(p: str) -> bool:  # (string tests: a Path per file costs 0.2 s at 100k)
        return p.startswith(folder) and p.endswith(SOURCE_SUFFIX) and os.sep not in p[len(folder) :]

    records_changed = False
    removed_files = set()  # YAML files no longer there: all their claims go
    for key in removed:
        if not is_source(key):
            records_changed |= old[key][1] not in CLAIMS_ONLY
            removed_files.add(key)
    records_changed |= bool(touched & records)
    changed_sources = {Path(p).stem for p in changed | removed if is_source(p)}
    display = {paths.display(Path(p)): p for p in yaml_paths | {p for p in old if not is_source(p)}}
    dirty: set[str] = set()  # claims whose text is unchanged but whose source or records are

    def depend(rows: Iterable[tuple[str, str]]) -> bool:
        for file, cid in rows:
            if file not in display:
                return False
            dirty.add(cid)
            if display[file] in yaml_paths:
                touched.add(display[file])
        return True

    if changed_sources:
        marks = ",".join("?" * len(changed_sources))
        cursor = conn.execute(
            f"select file, id from claims where source_id in ({marks})", sorted(changed_sources)
        )
        if not depend(cursor):
            return None
    ledger = Ledger(paths=paths)
    load_yaml(ledger, [p for p in yaml_files if str(p) in records | touched], digests=True)
    if any(ledger.files.get(k, ("", ""))[1] not in CLAIMS_ONLY for k in touched - records):
        records_changed = True  # a file of claims now holds records too
    if records_changed:
        # the claims naming a record that was added, removed or changed are rewritten
        named = _named(conn, _changed_records(conn, ledger))
        read = records | touched
        if named is None or not depend(named):
            return None
        load_yaml(ledger, [p for p in yaml_files if str(p) in touched - read], digests=True)
    placed = _slots(yaml_files, slots)
    if placed is None:
        return None
    ledger.slots = {paths.display(Path(p)): slot for p, slot in placed.items()}
    span = 1 << CLAIM_BITS
    gone: set[int] = set()
    for key in removed_files:
        if key not in slots:
            return None
        base = slots[key] << CLAIM_BITS
        gone.update(r for (r,) in conn.execute(_ROWIDS, (base, base + span - 1)))
    by_file: dict[str, list[dict[str, Any]]] = {}
    for c in ledger.claims:
        by_file.setdefault(ledger.origin[id(c)].path, []).append(c)
    claims: list[dict[str, Any]] = []
    lines: list[tuple[int, int]] = []
    index = ledger.claim_index
    width = DIGEST_CHARS
    for key in touched:
        file = paths.display(Path(key))
        new = by_file.get(file, [])
        if len(new) >= span:
            return None  # more claims than a slot numbers
        base = placed[key] << CLAIM_BITS
        kept: dict[int, int] = {}  # rowid -> line of the file's claims in the database
        now = before = ""
        if key in old:
            kept = dict(conn.execute(_ROWIDS_LINES, (base, base + span - 1)).fetchall())
            if old[key][1] == ledger.files[key][1]:  # (else its claims are read otherwise)
                now, before = ledger.claim_digests.get(key, ""), old_digests.get(key, "")
        for i, c in enumerate(new):
            rowid = base + i
            cid = c.get("id")
            at = i * width
            if (
                rowid in kept
                and now[at : at + width] == before[at : at + width] != ""
                and not (isinstance(cid, str) and cid in dirty)
            ):
                line = ledger.where(c)[1]
                if kept[rowid] != line:
                    lines.append((line, rowid))
                continue
            if rowid in kept:
                gone.add(rowid)
            index[id(c)] = i
            claims.append(c)
        gone.update(r for r in kept if r >= base + len(new))
    # claims in the ledger's order
    order = {paths.display(p): i for i, p in enumerate(yaml_files)}
    claims.sort(key=lambda c: (order[ledger.origin[id(c)].path], index[id(c)]))
    ledger.sections["claims"] = claims
    cited = {c.get("source") for c in claims} | changed_sources
    wanted = [
        paths.sources_dir / f"{sid}.txt"
        for sid in sorted(s for s in cited if isinstance(s, str))
        if str(paths.sources_dir / f"{sid}.txt") in source_paths
    ]
    load_sources(ledger, wanted)
    checked = check(ledger, records_valid=not records_changed)
    if checked.report.errors:
        return None
    if _taken_elsewhere(conn, [c["id"] for c in claims], gone):
        return None
    if records_changed and _taken_elsewhere(conn, _record_ids(ledger), gone):
        return None  # a record's id that a claim of an unchanged file has
    return _Plan(ledger, checked.derived, changed_sources, records_changed, gone, lines)


# a file's claims in the database: their rowids lie in its slot's span
_ROWIDS = "select rowid from claims where rowid between ? and ?"
_ROWIDS_LINES = "select rowid, line from claims where rowid between ? and ?"


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


def _named(conn: sqlite3.Connection, ids: set[str]) -> list[tuple[str, str]] | None:
    """The file and id of each claim that names one of ``ids``: as speaker or voice,
    relay hop, proposition, topic or suggestion."""
    if not ids:
        return []
    conn.execute("create temp table if not exists named (id text primary key)")
    conn.execute("delete from temp.named")
    conn.executemany("insert into temp.named values (?)", ((i,) for i in sorted(ids)))
    found = conn.execute(
        "select file, id from claims where speaker_id in temp.named "
        "or voice_id in temp.named or id in ("
        " select claim_id from relay_hops where via_id in temp.named"
        " union select claim_id from claim_propositions where proposition_id in temp.named"
        " union select claim_id from claim_topics where topic_id in temp.named"
        " union select claim_id from claim_suggestions where value in temp.named"
        "  and field in ('proposition', 'topic'))"
    ).fetchall()
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


def _taken_elsewhere(conn: sqlite3.Connection, ids: list[str], gone: set[int]) -> bool:
    """Whether a claim that stays (its rowid not in ``gone``) already has one of ``ids``."""
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for (rowid,) in conn.execute(f"select rowid from claims where id in ({marks})", chunk):
            if rowid not in gone:
                return True
    return False


def _apply(
    conn: sqlite3.Connection,
    plan: _Plan,
    old: dict[str, tuple[str, str]],
    old_digests: dict[str, str],
    listing: Digests,
) -> dict[str, int]:
    ledger, derived = plan.ledger, plan.derived
    paths = ledger.paths
    columns = ", ".join(FTS_COLUMNS)
    with conn:
        if plan.records_changed:  # the records' tables written anew, as a full build does
            for table, record_rows in _record_rows(ledger).items():
                conn.execute(f"delete from [{table}]")
                insert(conn, table, record_rows)
        conn.execute("create temp table touched (id text primary key)")
        conn.execute("create temp table gone (n integer primary key)")
        conn.executemany("insert into temp.gone values (?)", ((r,) for r in sorted(plan.gone)))
        conn.execute("insert into temp.touched select id from claims where rowid in temp.gone")
        conn.execute(
            f"insert into claim_search_fts (claim_search_fts, rowid, {columns}) "
            f"select 'delete', rowid, {columns} from claim_search "
            "where rowid in temp.gone"
        )
        conn.execute("delete from search_topics where search_rowid in temp.gone")
        conn.execute("delete from claim_search where rowid in temp.gone")
        for table in _CLAIM_TABLES:
            conn.execute(f"delete from {table} where claim_id in temp.touched")
        conn.execute("delete from claims where rowid in temp.gone")
        changed_sources = plan.changed_sources
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
        conn.executemany("update claims set line = ? where rowid = ?", plan.lines)
        conn.execute("delete from temp.touched")
        conn.executemany(
            "insert or ignore into temp.touched values (?)", ((c["id"],) for c in ledger.claims)
        )
        conn.execute(
            f"insert into claim_search_fts (rowid, {columns}) "
            f"select rowid, {columns} from claim_search where claim_id in temp.touched"
        )
        conn.execute(SEARCH_TOPICS_OF_TOUCHED)
        # the files as a full build records them: every file, with its hash, keys and
        # claims' digests (those read now from their parse, the others as recorded before)
        files = Ledger(
            paths=paths, fingerprint=ledger.fingerprint, stat_signature=ledger.stat_signature
        )
        files.slots = ledger.slots
        for path in (*listing.yaml_files, *listing.source_files):
            key = str(path)
            files.files[key] = ledger.files.get(key) or (listing.sha256[key], old[key][1])
            if key in ledger.claim_digests:
                files.claim_digests[key] = ledger.claim_digests[key]
            elif key in old_digests:
                files.claim_digests[key] = old_digests[key]
        # (only the rows that differ: rewriting thousands of rows and their digests costs
        # more than the claims' rows of an edit)
        names = list(TABLES["ledger_files"][0])
        before = {row[0]: tuple(row) for row in conn.execute("select * from ledger_files")}
        now = [tuple(row[c] for c in names) for row in file_rows(files, listing.stats)]
        stale = [(p,) for p in before.keys() - {row[0] for row in now}]
        stale += [(row[0],) for row in now if row[0] in before and before[row[0]] != row]
        conn.executemany("delete from ledger_files where path = ?", stale)
        insert(conn, "ledger_files", (row for row in now if before.get(row[0]) != row))
        # the code's stamp stays: this code is the code that built the database
        conn.execute("delete from meta where key <> 'code_stamp'")
        insert(conn, "meta", meta_rows(files))
        conn.execute("drop table temp.touched")
        conn.execute("drop table temp.gone")
    return {"claims": len(ledger.claims), "sources": len(present)}
