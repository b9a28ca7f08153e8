"""Loading a checked ledger into SQLite: a table per entity, link tables, FTS5, views.

The database is a cache derived from the ledger, never the source of truth. It is
written to a temporary file beside its destination and renamed into place
(``edit_io.replacing``: fsync of the file and its folder, stale temporary files of killed
builds removed, the user's umask), so an interrupted build never leaves a broken
database. It never replaces a file that is not an rnkclaims database, nor lives inside
the ledger folder (``check_db_target``). ``meta`` records the ledger's content
fingerprint and a cheap stat signature, which ``store.open_current`` compares.
"""

from __future__ import annotations

import itertools
import operator
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rnkclaims import __version__
from rnkclaims.errors import WriteError
from rnkclaims.gcpause import gc_paused
from rnkclaims.store.place import DB_HINT, builder_fingerprint, check_db_target

# A query on an up-to-date database does not import this module (``store.place`` has what
# it needs); what only a full build needs (the model, search keys, sqlite_utils,
# hashlib) is imported where it is used, for the in-place update.

if TYPE_CHECKING:
    from rnkclaims.check import Derived
    from rnkclaims.ledger import FileStat, Ledger

FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"

# table -> (columns with their SQLite types, primary key). Every table has a primary
# key: an entity's id; for a list that is a set (a claim's topics, a source's agencies)
# the pair it links, a repeated entry being stored once; for an ordered list whose entries
# may repeat (names, a claim's propositions, relay hops, furniture) the owner and the
# entry's position.
TABLES: dict[str, tuple[dict[str, type], str | tuple[str, ...]]] = {
    "meta": ({"key": str, "value": str}, "key"),
    # each file of the ledger as last built: what ``store.update`` compares to find what
    # changed; ``sections`` lists a YAML file's top-level keys (empty for a source), ``slot``
    # numbers its claims in claim_search (rowid = slot << CLAIM_BITS | index in the file);
    # size, mtime_ns, ctime_ns and inode are its stat when its hash was taken (all 0 when
    # the file was too fresh to vouch for it: ``ledger.settled_stat``), so that the next
    # update hashes only the files whose stat differs; ``claims`` the digest of each of
    # its claims' texts (``ledger.record_digests``), so that it rewrites only those that
    # changed
    "ledger_files": (
        {"path": str, "sha256": str, "sections": str, "slot": int, "size": int,
         "mtime_ns": int, "ctime_ns": int, "inode": int, "claims": str},
        "path",
    ),
    "speakers": ({"id": str, "name": str, "entity_kind": str}, "id"),
    "actors": (
        {"id": str, "name": str, "kind": str, "country": str, "speaks_for": str, "note": str},
        "id",
    ),
    "names": (
        {"entity_id": str, "position": int, "entity_kind": str, "name": str, "is_alias": int,
         "key": str},
        ("entity_id", "position"),
    ),
    "roles": (
        {
            "actor_id": str, "role_id": str, "title": str, "organisation": str,
            "from_date": str, "to_date": str, "speaks_for": str, "note": str,
        },
        ("actor_id", "role_id"),
    ),
    "outlets": (
        {"id": str, "name": str, "kind": str, "country": str, "url": str, "note": str},
        "id",
    ),
    "topics": ({"id": str, "name": str, "note": str}, "id"),
    "topic_terms": ({"topic_id": str, "term": str}, ("topic_id", "term")),
    "propositions": (
        {"id": str, "text": str, "kind": str, "value_type": str, "note": str}, "id"
    ),
    "proposition_topics": (
        {"proposition_id": str, "topic_id": str}, ("proposition_id", "topic_id")
    ),
    "incompatibilities": (
        {"proposition_id": str, "other_id": str}, ("proposition_id", "other_id")
    ),
    "sources": (
        {
            "id": str, "outlet_id": str, "outlet_confidence": str, "outlet_basis": str,
            "title": str, "url": str, "published": str, "published_precision": str,
            "published_inferred": int, "published_basis": str, "language": str,
            "translated_from": str, "byline": str, "retrieved": str, "note": str,
            "reviewed": str, "file": str, "body_line": int, "text": str,
        },
        "id",
    ),
    "source_furniture": (
        {"source_id": str, "position": int, "passage": str}, ("source_id", "position")
    ),
    "source_not_claims": (
        {"source_id": str, "position": int, "passage": str}, ("source_id", "position")
    ),
    "source_agencies": ({"source_id": str, "outlet_id": str}, ("source_id", "outlet_id")),
    "claims": (
        {
            "id": str, "speaker_id": str, "role_id": str, "voice_id": str, "source_id": str,
            "mode": str,
            "excerpt": str, "quote": str, "act": str, "hedge": str, "certainty": str,
            "said_date": str, "said_precision": str, "said_earliest": str,
            "said_latest": str, "said_expression": str, "said_note": str,
            "venue_kind": str, "venue_description": str, "venue_place": str,
            "intended": str, "note": str, "draft": int, "file": str, "line": int,
        },
        "id",
    ),
    "claim_propositions": (
        {
            "claim_id": str, "position": int, "proposition_id": str, "stance": str,
            "value": str, "note": str,
        },
        ("claim_id", "position"),
    ),
    "claim_topics": ({"claim_id": str, "topic_id": str}, ("claim_id", "topic_id")),
    "claim_suggestions": (
        {"claim_id": str, "position": int, "field": str, "value": str, "stance": str,
         "score": int, "reason": str},
        ("claim_id", "position"),
    ),
    "relay_hops": (
        {"claim_id": str, "position": int, "via_id": str, "how": str},
        ("claim_id", "position"),
    ),
    "claim_search": (
        {"claim_id": str, "quote": str, "excerpt": str, "propositions": str, "topics": str,
         "speaker": str},
        "claim_id",
    ),
}  # fmt: skip

# Tables holding sets: an entry repeated in the ledger is stored once.
SET_TABLES = frozenset(
    {"topic_terms", "proposition_topics", "incompatibilities", "source_agencies", "claim_topics"}
)

# table -> (columns, referenced table, referenced columns). Who speaks (a claim's speaker
# and voice, a relay hop, whom an actor or role speaks for, the owner of a name) may be an
# actor or an outlet: those columns reference ``speakers``, which lists both with their
# names, so every ``*_id`` column is a foreign key. A claim's role is a role of its
# speaker: (speaker_id, role_id) references roles (actor_id, role_id).
ForeignKey = tuple[str | tuple[str, ...], str, str | tuple[str, ...]]
FOREIGN_KEYS: dict[str, list[ForeignKey]] = {
    "actors": [("speaks_for", "speakers", "id")],
    "names": [("entity_id", "speakers", "id")],
    "roles": [("actor_id", "actors", "id"), ("speaks_for", "speakers", "id")],
    "topic_terms": [("topic_id", "topics", "id")],
    "proposition_topics": [
        ("proposition_id", "propositions", "id"),
        ("topic_id", "topics", "id"),
    ],
    "incompatibilities": [
        ("proposition_id", "propositions", "id"),
        ("other_id", "propositions", "id"),
    ],
    "sources": [("outlet_id", "outlets", "id")],
    "source_agencies": [("source_id", "sources", "id"), ("outlet_id", "outlets", "id")],
    "source_furniture": [("source_id", "sources", "id")],
    "source_not_claims": [("source_id", "sources", "id")],
    "claim_suggestions": [("claim_id", "claims", "id")],
    "claims": [
        ("speaker_id", "speakers", "id"),
        (("speaker_id", "role_id"), "roles", ("actor_id", "role_id")),
        ("voice_id", "speakers", "id"),
        ("source_id", "sources", "id"),
    ],
    "claim_propositions": [
        ("claim_id", "claims", "id"),
        ("proposition_id", "propositions", "id"),
    ],
    "claim_topics": [("claim_id", "claims", "id"), ("topic_id", "topics", "id")],
    "relay_hops": [("claim_id", "claims", "id"), ("via_id", "speakers", "id")],
    "claim_search": [("claim_id", "claims", "id")],
}

_SQL_TYPES = {str: "TEXT", int: "INTEGER"}

# A row for ``insert``: a dictionary by column, or a tuple of every column's value.
Row = dict[str, Any] | tuple[Any, ...]

# A claim's rows in claims and claim_search carry one rowid: slot << CLAIM_BITS | the
# claim's index in its file. The ledger's order, kept by an update in place; and the
# full-text index's rowids are the claims' (datasette's search box on claims needs it).
CLAIM_BITS = 20
ROWID_TABLES = frozenset({"claims", "claim_search"})


def _names(columns: str | tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in ((columns,) if isinstance(columns, str) else columns))


def table_sql(table: str) -> str:
    """The CREATE TABLE statement of ``table``: its columns, keys and foreign keys."""
    columns, pk = TABLES[table]
    single = {fk[0]: fk for fk in FOREIGN_KEYS.get(table, ()) if isinstance(fk[0], str)}
    lines = []
    for name, kind in columns.items():
        line = f'   "{name}" {_SQL_TYPES[kind]}'
        if pk == name:
            line += " PRIMARY KEY"
        if name in single:
            _, other, other_column = single[name]
            line += f' REFERENCES "{other}"({_names(other_column)})'
        lines.append(line)
    if isinstance(pk, tuple):
        lines.append(f"   PRIMARY KEY ({_names(pk)})")
    for own, other, other_columns in FOREIGN_KEYS.get(table, ()):
        if not isinstance(own, str):
            lines.append(
                f'   FOREIGN KEY ({_names(own)}) REFERENCES "{other}"({_names(other_columns)})'
            )
    return f'CREATE TABLE "{table}" (\n' + ",\n".join(lines) + "\n)"


# (a primary key already serves lookups by its first columns)
INDEXES: list[tuple[str, list[str]]] = [
    ("names", ["key"]),
    ("proposition_topics", ["topic_id"]),
    ("incompatibilities", ["other_id"]),
    ("claims", ["speaker_id"]),
    ("claims", ["source_id"]),
    ("claims", ["voice_id"]),
    ("claims", ["act", "said_earliest"]),
    ("claims", ["said_earliest"]),
    ("claim_propositions", ["proposition_id", "stance", "claim_id"]),
    ("claim_topics", ["topic_id", "claim_id"]),
    ("relay_hops", ["via_id"]),
]

FTS_COLUMNS = ["quote", "excerpt", "propositions", "topics", "speaker"]

# The full-text index, as ``sqlite_utils``' ``enable_fts`` declares it (an external-content
# table over claim_search: its rowids are the claims').
FTS_SQL = (
    'CREATE VIRTUAL TABLE "claim_search_fts" USING FTS5 (\n'
    + "    " + ", ".join(f'"{c}"' for c in FTS_COLUMNS) + ",\n"
    + f"    tokenize='{FTS_TOKENIZE}',\n"
    + '    content="claim_search"\n)'
)  # fmt: skip

# FTS5 keeps the terms of the rows inserted in a transaction in memory up to ``hashsize``
# bytes (1 MiB by default), then writes them out as a segment, and merges segments as they
# pile up. A full build fills the index in one statement: a larger buffer writes fewer
# segments and merges them less often. 8 MiB fills the index of 100,000 claims as fast as
# 64 MiB did (1.0-1.15 s against 1.1 s, 2 rounds each, in process) and holds 11 MiB at the
# peak instead of 33 MiB: the fill is the build's peak of memory. The setting is removed
# once the index is filled, so the database holds what it held before.
FTS_BUILD_HASHSIZE = 8 * 1024 * 1024

# Pages of 16 KiB instead of SQLite's 4 KiB: a quarter of the page splits and b-tree levels
# while the rows, indexes and full-text segments are written (about a tenth of the write).
PAGE_SIZE = 16384

# Derived from the tables above for who-said's topic expansion: the claim_search rowids
# (the rowids of claim_search_fts) of the claims on each topic, directly or through one of
# their propositions. Integers, so a topic's claims meet the full-text matches without a
# lookup of each claim's id.
SEARCH_TOPICS = (
    """
create table search_topics (
  topic_id text not null references topics(id),
  search_rowid integer not null,
  primary key (topic_id, search_rowid)
) without rowid""",
    """
insert or ignore into search_topics (topic_id, search_rowid)
select ct.topic_id, cs.rowid from claim_topics ct join claim_search cs on cs.claim_id = ct.claim_id
union
select pt.topic_id, cs.rowid from claim_propositions cp
join proposition_topics pt on pt.proposition_id = cp.proposition_id
join claim_search cs on cs.claim_id = cp.claim_id""",
)

# The same rows for the claims listed in the temporary table ``touched`` only.
SEARCH_TOPICS_OF_TOUCHED = """
insert or ignore into search_topics (topic_id, search_rowid)
select ct.topic_id, cs.rowid from temp.touched t join claim_topics ct on ct.claim_id = t.id
join claim_search cs on cs.claim_id = t.id
union
select pt.topic_id, cs.rowid from temp.touched t join claim_propositions cp on cp.claim_id = t.id
join proposition_topics pt on pt.proposition_id = cp.proposition_id
join claim_search cs on cs.claim_id = t.id"""

# Views with readable column names, for people exploring the file in sqlite3 or datasette.
VIEWS: dict[str, str] = {
    "claim_details": """
select
  c.id as claim,
  coalesce(a.name, so.name) as speaker,
  r.title as speaker_role,
  c.said_date as said_on,
  c.said_expression as said_as_written,
  c.act as speech_act,
  c.hedge as hedge,
  c.mode as mode,
  c.quote as quote,
  c.excerpt as excerpt,
  c.venue_kind as venue,
  c.venue_description as venue_details,
  (select group_concat(coalesce(ha.name, ho.name, h.via_id), ' > ')
     from (select * from relay_hops where claim_id = c.id order by position) h
     left join actors ha on ha.id = h.via_id
     left join outlets ho on ho.id = h.via_id) as relayed_via,
  o.name as outlet,
  s.title as source_title,
  s.published as source_published,
  c.source_id as source
from claims c
left join actors a on a.id = c.speaker_id
left join outlets so on so.id = c.speaker_id
left join roles r on r.actor_id = c.speaker_id and r.role_id = c.role_id
join sources s on s.id = c.source_id
left join outlets o on o.id = s.outlet_id
""",
    "proposition_stances": """
select
  p.id as proposition,
  p.text as statement,
  cp.stance as stance,
  cp.value as value,
  c.id as claim,
  coalesce(a.name, so.name) as speaker,
  c.act as speech_act,
  c.said_date as said_on
from claim_propositions cp
join propositions p on p.id = cp.proposition_id
join claims c on c.id = cp.claim_id
left join actors a on a.id = c.speaker_id
left join outlets so on so.id = c.speaker_id
""",
}


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _name_key(name: Any) -> str:
    """``names.key``: the name folded and stemmed (``search.key``), words joined by spaces,
    so that a name is found by any spelling that compares equal (Kim Jong-un, kim jong un)."""
    from rnkclaims import search

    return " ".join(search.key(str(name)))


def _rows(ledger: Ledger, derived: Derived) -> Iterator[tuple[str, Iterable[Row]]]:
    yield from record_rows(ledger)
    yield from source_rows(ledger, derived, ledger.sources)
    yield from claim_rows(ledger, derived)


def record_rows(ledger: Ledger) -> Iterator[tuple[str, Iterable[dict[str, Any]]]]:
    """The rows of the actors', outlets', topics' and propositions' tables, by table."""
    yield "speakers", (
        {"id": r["id"], "name": _text(r.get("name")), "entity_kind": kind}
        for kind, records in (("actor", ledger.actors), ("outlet", ledger.outlets))
        for r in records
    )  # fmt: skip
    yield (
        "actors",
        (
            {k: _text(a.get(k)) for k in ("id", "name", "kind", "country", "speaks_for", "note")}
            for a in ledger.actors
        ),
    )
    names: list[dict[str, Any]] = []
    roles: list[dict[str, Any]] = []
    for kind, records in (("actor", ledger.actors), ("outlet", ledger.outlets)):
        for r in records:
            names.append({"entity_id": r["id"], "position": 0, "entity_kind": kind,
                          "name": r["name"], "is_alias": 0,
                          "key": _name_key(r["name"])})  # fmt: skip
            names.extend(
                {"entity_id": r["id"], "position": i, "entity_kind": kind, "name": alias,
                 "is_alias": 1, "key": _name_key(alias)}
                for i, alias in enumerate(r.get("aliases") or (), 1)
            )  # fmt: skip
            for role in r.get("roles") or () if kind == "actor" else ():
                roles.append({
                    "actor_id": r["id"], "role_id": role["id"], "title": role["title"],
                    "organisation": role.get("organisation"),
                    "from_date": _text(role.get("from")), "to_date": _text(role.get("to")),
                    "speaks_for": role.get("speaks_for"), "note": role.get("note"),
                })  # fmt: skip
    yield "names", names
    yield "roles", roles
    yield (
        "outlets",
        (
            {k: _text(o.get(k)) for k in ("id", "name", "kind", "country", "url", "note")}
            for o in ledger.outlets
        ),
    )
    yield "topics", ({"id": t["id"], "name": t["name"], "note": t.get("note")}
                     for t in ledger.topics)  # fmt: skip
    yield "topic_terms", ({"topic_id": t["id"], "term": term}
                          for t in ledger.topics for term in t.get("terms") or ())  # fmt: skip
    yield "propositions", (
        {"id": p["id"], "text": p["text"], "kind": p.get("kind") or "statement",
         "value_type": p.get("value_type"), "note": p.get("note")}
        for p in ledger.propositions
    )  # fmt: skip
    yield "proposition_topics", (
        {"proposition_id": p["id"], "topic_id": t}
        for p in ledger.propositions for t in p.get("topics") or ()
    )  # fmt: skip
    yield "incompatibilities", (
        {"proposition_id": p["id"], "other_id": o}
        for p in ledger.propositions for o in p.get("incompatible_with") or ()
    )  # fmt: skip


def source_rows(
    ledger: Ledger, derived: Derived, ids: Iterable[str]
) -> Iterator[tuple[str, Iterable[Row]]]:
    """The rows of the sources ``ids`` (of ``ledger.sources``), table by table."""
    ids = list(ids)
    sources = [(sid, ledger.sources[sid]) for sid in ids]
    yield "sources", (_source_row(ledger, sid, derived) for sid in ids)
    yield "source_agencies", (
        {"source_id": sid, "outlet_id": agency}
        for sid, s in sources for agency in s.meta.get("agencies") or ()
    )  # fmt: skip
    for key in ("furniture", "not_claims"):
        yield (
            f"source_{key}",
            (
                {"source_id": sid, "position": i + 1, "passage": passage}
                for sid, s in sources
                for i, passage in enumerate(s.meta.get(key) or ())
            ),
        )


def claim_rows(ledger: Ledger, derived: Derived) -> Iterator[tuple[str, Iterable[Row]]]:
    """The rows of ``ledger.claims``, table by table."""
    yield "claim_suggestions", _suggestion_rows(ledger)
    yield from _claim_rows(ledger, derived)


def file_rows(ledger: Ledger, stats: Mapping[str, FileStat]) -> Iterator[dict[str, Any]]:
    """``ledger_files``: each file read, with its hash, top-level keys, slot and stat."""
    from rnkclaims.ledger import SOURCE_SUFFIX

    display = ledger.paths.display
    digests = ledger.claim_digests
    for path, (sha, sections) in ledger.files.items():
        # only YAML files have a slot: no relative path for each of thousands of sources
        slot = 0 if path.endswith(SOURCE_SUFFIX) else ledger.slots.get(display(Path(path)), 0)
        size, mtime_ns, ctime_ns, inode = stats.get(path, (0, 0, 0, 0))
        yield {"path": path, "sha256": sha, "sections": sections, "slot": slot, "size": size,
               "mtime_ns": mtime_ns, "ctime_ns": ctime_ns, "inode": inode,
               "claims": digests.get(path, "")}  # fmt: skip


def meta_rows(ledger: Ledger) -> Iterator[dict[str, Any]]:
    from rnkclaims.model import SCHEMA_VERSION

    meta = {
        "db_schema": builder_fingerprint(),
        "ledger_schema_version": str(SCHEMA_VERSION),
        "fingerprint": ledger.fingerprint,
        "stat_signature": ledger.stat_signature,
        "ledger": str(ledger.paths.main),
        # file names in the tables are relative to this folder
        "cwd": os.getcwd(),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "rnkclaims_version": __version__,
    }
    return ({"key": k, "value": v} for k, v in meta.items())


def _source_row(ledger: Ledger, sid: str, derived: Derived) -> dict[str, Any]:
    s = ledger.sources[sid]
    m = s.meta
    published = m.get("published")
    pub = published if isinstance(published, dict) else {"date": published}
    date = derived.published.get(sid)
    return {
        "id": sid, "outlet_id": m.get("outlet"),
        "outlet_confidence": m.get("outlet_confidence"), "outlet_basis": m.get("outlet_basis"),
        "title": m.get("title"), "url": m.get("url"),
        "published": str(date) if date else _text(pub.get("date")),
        "published_precision": date.precision if date else None,
        "published_inferred": 1 if pub.get("inferred") else 0,
        "published_basis": pub.get("basis"), "language": m.get("language"),
        "translated_from": m.get("translated_from"), "byline": m.get("byline"),
        "retrieved": _text(m.get("retrieved")), "note": m.get("note"),
        "reviewed": _text(m.get("reviewed")),
        "file": ledger.paths.display(s.path), "body_line": s.body_line, "text": s.text,
    }  # fmt: skip


def _suggestion_rows(ledger: Ledger) -> Iterator[dict[str, Any]]:
    """One row per suggestion of a claim (``suggested``): a proposition with its stance
    (then the value it gives, if any, whose reason names the proposition), a topic, the
    certainty or the role, a value proposed for one of the claim's own fields (a
    mapping as JSON), a field to remove; ``position`` keeps the ranking."""
    import json

    for c in ledger.claims:
        suggested = c.get("suggested") or {}
        rows: list[tuple[str, Any, Any, Any, Any]] = []
        for b in suggested.get("propositions") or ():
            rows.append(("proposition", b["proposition"], b["stance"], b["score"], b.get("reason")))
            if b.get("value") is not None:
                rows.append(("value", _text(b["value"]), None, None, f"answers {b['proposition']}"))
        rows += [("topic", t["topic"], None, t["score"], t.get("reason"))
                 for t in suggested.get("topics") or ()]  # fmt: skip
        rows += [(key, suggested[key], None, None, None)
                 for key in ("certainty", "role") if suggested.get(key)]  # fmt: skip
        for key in ("mode", "quote", "act", "hedge", "said", "venue"):
            value = suggested.get(key)
            if value is not None:
                text = json.dumps(value, default=str) if isinstance(value, dict) else _text(value)
                rows.append((key, text, None, None, None))
        rows += [("remove", str(k), None, None, None) for k in suggested.get("remove") or ()]
        for i, (fld, value, stance, score, reason) in enumerate(rows):
            yield {"claim_id": c["id"], "position": i + 1, "field": fld, "value": value,
                   "stance": stance, "score": score, "reason": reason}  # fmt: skip


def _numbered(ledger: Ledger) -> Iterator[tuple[int, str, int, dict[str, Any]]]:
    """Each claim with its row id (from its file's slot and its place in the file), file
    and line: its place as ``ledger.claim_index`` gives it, else in the order of
    ``ledger.claims``."""
    index: dict[str, int] = {}  # file -> claims numbered so far
    given = ledger.claim_index
    for c in ledger.claims:
        file, line, _ = ledger.where(c)
        if given:
            number = given[id(c)]
        else:
            number = index[file] = index.get(file, -1) + 1
        yield (ledger.slots[file] << CLAIM_BITS) + number, file, line, c


def _claim_rows(ledger: Ledger, derived: Derived) -> Iterator[tuple[str, Iterable[Row]]]:
    """Each claim table's rows, made one at a time as they are written (a list of every
    row of a large ledger would cost more memory than the ledger itself)."""
    yield "claims", _claims_table(ledger, derived)
    # tuples in the tables' column order (``insert``): no dictionary per row
    claims = ledger.claims
    yield "claim_propositions", (
        (c["id"], i, b["proposition"], b["stance"], _text(b.get("value")), b.get("note"))
        for c in claims for i, b in enumerate(c.get("propositions") or (), 1)
    )  # fmt: skip
    yield "claim_topics", ((c["id"], t) for c in claims for t in c.get("topics") or ())
    yield "relay_hops", (
        (c["id"], i, hop["via"], hop.get("how"))
        if isinstance(hop, dict) else (c["id"], i, hop, None)
        for c in claims for i, hop in enumerate(c.get("relay") or (), 1)
    )  # fmt: skip
    yield "claim_search", _search_table(ledger)


def _claims_table(ledger: Ledger, derived: Derived) -> Iterator[tuple[Any, ...]]:
    """The claims' rows as tuples in the order of ``insert``'s columns (rowid first): one
    pass, no dictionary per row."""
    said_of, role_of, voice_of = derived.said.get, derived.role.get, derived.voice.get
    for rowid, file, line, c in _numbered(ledger):
        cid = c["id"]
        get = c.get
        said = said_of(cid)
        said_raw = get("said")
        venue = get("venue")
        venue_map = venue if isinstance(venue, dict) else {"kind": venue}
        yield (
            rowid, cid, c["speaker"], role_of(cid), voice_of(cid, c["speaker"]),
            c["source"], c["mode"], c["excerpt"], get("quote"), c["act"], get("hedge"),
            get("certainty"),
            *((said.date, said.precision, said.earliest, said.latest, said.expression)
              if said else _NO_SAID),
            said_raw.get("note") if isinstance(said_raw, dict) else None,
            venue_map.get("kind"), venue_map.get("description"), venue_map.get("place"),
            get("intended"), get("note"), 1 if get("draft") else 0, file, line,
        )  # fmt: skip


_NO_SAID = (None, None, None, None, None)


def _search_table(ledger: Ledger) -> Iterator[tuple[Any, ...]]:
    """claim_search's rows as tuples (rowid, claim_id, then ``FTS_COLUMNS``)."""
    prop_text = {p["id"]: p["text"] for p in ledger.propositions}
    topic_text = {t["id"]: " ; ".join([t["name"], *(t.get("terms") or ())]) for t in ledger.topics}
    speaker_text = {
        r["id"]: " ; ".join([r["name"], *(r.get("aliases") or ())])
        for r in (*ledger.actors, *ledger.outlets)
    }
    prop, topic, speaker = prop_text.get, topic_text.get, speaker_text.get
    for rowid, _, _, c in _numbered(ledger):
        get = c.get
        yield (
            rowid, c["id"], get("quote") or "", c["excerpt"],
            " ; ".join([prop(b["proposition"], "") for b in get("propositions") or ()]),
            " ; ".join([topic(t, "") for t in get("topics") or ()]),
            speaker(c["speaker"], ""),
        )  # fmt: skip


def insert(
    conn: sqlite3.Connection, table: str, rows: Iterable[dict[str, Any] | tuple[Any, ...]]
) -> int:
    """Bulk-insert rows into a table of ``TABLES``; returns how many were stored.

    A row is a dictionary by column, or a tuple of every column's value in the table's
    order (rowid first for ``ROWID_TABLES``). The values are already SQLite types (text,
    integers, null): no conversion.
    """
    columns = list(TABLES[table][0])
    if table in ROWID_TABLES:
        columns.insert(0, "rowid")
    sql = "insert {}into [{}] ({}) values ({})".format(
        "or ignore " if table in SET_TABLES else "",
        table,
        ", ".join(f"[{c}]" for c in columns),
        ", ".join("?" * len(columns)),
    )
    iterator = iter(rows)
    first = next(iterator, None)
    if first is None:
        return 0
    before = conn.total_changes
    if isinstance(first, tuple):
        if len(first) != len(columns):  # a value in the wrong column would pass unseen
            raise ValueError(f"{table}: {len(first)} values for {len(columns)} columns")
        conn.executemany(sql, itertools.chain([first], iterator))
        return conn.total_changes - before
    unknown = set(first) - set(columns)
    if unknown:  # a row field with no column would be dropped silently
        raise ValueError(f"{table}: no column for {sorted(unknown)}")
    conn.executemany(sql, map(_values(columns), itertools.chain([first], iterator)))  # type: ignore[arg-type]
    return conn.total_changes - before


def _values(columns: list[str]) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A row's values in the order of ``columns`` (None for a column it lacks): one C call
    for a row that has them all."""
    every = operator.itemgetter(*columns)

    def values(row: dict[str, Any]) -> tuple[Any, ...]:
        if len(row) == len(columns) > 1:  # (one column: itemgetter gives no tuple)
            try:
                return every(row)  # type: ignore[no-any-return]
            except KeyError:
                pass
        return tuple(row.get(c) for c in columns)

    return values


# SQLite result codes that mean the file system refused: permission, read-only, I/O error,
# disk full, cannot open.
_IO_CODES = frozenset({3, 8, 10, 13, 14})


def build(ledger: Ledger, derived: Derived, db_path: Path) -> dict[str, int]:
    """Write the database for ``ledger`` to ``db_path`` atomically; returns row counts.

    Refuses (``UsageError``) a path inside the ledger folder or an existing file that is
    not an rnkclaims database; a file system failure raises ``WriteError`` naming the path
    and leaves any previous database as it was.
    """
    from rnkclaims.edit_io import replacing  # the write path only: not on query start-up

    check_db_target(db_path, ledger.paths.root)
    try:
        with replacing(db_path, keep_mode=False, what="the database ", hint=DB_HINT) as tmp:
            return _write(tmp, ledger, derived)
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode & 0xFF not in _IO_CODES:
            raise
        raise WriteError(f"cannot write the database {db_path}: {exc}", DB_HINT) from exc


def _cache_kib(claims: int) -> int:
    """SQLite's page cache for a build, in KiB: 160 bytes a claim, from 2 MiB (SQLite's
    default) to 256 MiB."""
    return max(2048, min(262144, claims * 160 // 1024))


def _write(path: Path, ledger: Ledger, derived: Derived) -> dict[str, int]:
    """Create the tables in the empty database file ``path`` and fill them."""
    import sqlite_utils

    from rnkclaims.ledger import file_stats

    counts: dict[str, int] = {}
    conn = sqlite3.connect(path)
    try:
        # written to a temporary file, renamed into place once complete and synced
        # (``edit_io.replacing``): no journal, and no sync until the last commit
        conn.execute("pragma journal_mode = off")
        conn.execute("pragma synchronous = off")
        conn.execute(f"pragma page_size = {PAGE_SIZE}")  # before the first table
        # the claims' key index and the full-text index outgrow SQLite's default 2 MB
        # page cache at a few 100,000 claims, and every insert then rereads pages: the
        # cache grows with the ledger instead (about 160 bytes a claim, a few percent of
        # what its values take)
        conn.execute(f"pragma cache_size = -{_cache_kib(len(ledger.claims))}")
        db = sqlite_utils.Database(conn)
        for table in TABLES:
            conn.execute(table_sql(table))
        with conn, gc_paused():
            for table, rows in _rows(ledger, derived):
                counts[table] = insert(conn, table, rows)
            stats = file_stats(ledger.files, ledger.read_from_ns) if ledger.read_from_ns else {}
            insert(conn, "ledger_files", file_rows(ledger, stats))
            insert(conn, "meta", meta_rows(ledger))
        for table, index_columns in INDEXES:
            db.table(table).create_index(index_columns)
        with conn:
            for statement in SEARCH_TOPICS:
                conn.execute(statement)
        _fill_fts(conn)
        for name, sql in VIEWS.items():
            db.create_view(name, sql.strip())
        conn.execute("pragma synchronous = full")
        conn.commit()
        conn.execute("analyze")
    finally:
        conn.close()
    return counts


def _fill_fts(conn: sqlite3.Connection) -> None:
    """Create the full-text index and fill it from claim_search, once, in one transaction
    (``FTS_BUILD_HASHSIZE``)."""
    columns = ", ".join(FTS_COLUMNS)
    with conn:
        conn.execute(FTS_SQL)
        conn.execute(
            "insert into claim_search_fts (claim_search_fts, rank) values ('hashsize', ?)",
            (FTS_BUILD_HASHSIZE,),
        )
        conn.execute(
            f"insert into claim_search_fts (rowid, {columns}) "
            f"select rowid, {columns} from claim_search"
        )
        conn.execute("delete from claim_search_fts_config where k = 'hashsize'")
