"""Confirmations, corroboration counted in voices, and propositions with their voices."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from rnkclaims.store.queries.common import (
    ClaimFilters,
    Record,
    Statement,
    _chunks,
    _limit,
    _Params,
    _records,
)
from rnkclaims.store.queries.listing import _NEWEST, _list_statement
from rnkclaims.store.queries.resolve import (
    resolve_proposition,
    resolve_topic,
)


def _voices_statement(
    p: _Params,
    proposition_ids: Sequence[str] | None = None,
    topic_ids: Sequence[str] | None = None,
    min_voices: int = 0,
    limit: int | None = None,
    statements_only: bool = False,
) -> Statement:
    where = []
    if proposition_ids is not None:
        where.append(f"p.id in ({p.many('prop', proposition_ids)})")
    if topic_ids is not None:
        where.append(
            "p.id in (select proposition_id from proposition_topics"
            f" where topic_id in ({p.many('topic', topic_ids)}))"
        )
    if statements_only:
        where.append("p.kind = 'statement'")
    having = f"\nhaving supporting_voices >= {p.add('voices', min_voices)}" if min_voices else ""
    sql = (
        "select p.id as id, p.text as text, p.kind as kind,\n"
        "  count(case when cp.stance = 'supports' then 1 end) as supports,\n"
        "  count(case when cp.stance = 'opposes' then 1 end) as opposes,\n"
        "  count(distinct case when cp.stance = 'supports' then c.voice_id end)"
        " as supporting_voices,\n"
        "  count(distinct case when cp.stance = 'opposes' then c.voice_id end)"
        " as opposing_voices\n"
        "from propositions p\n"
        "left join claim_propositions cp on cp.proposition_id = p.id\n"
        "left join claims c on c.id = cp.claim_id"
        + ("\nwhere " + " and ".join(where) if where else "")
        + "\ngroup by p.id"
        + having
        + "\norder by supporting_voices + opposing_voices desc, p.id"
        + _limit(limit, p)
    )
    return Statement(sql, p.values)


def _proposition_records(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[Record]:
    records: list[Record] = [
        {
            "id": r["id"],
            "text": r["text"],
            "kind": r["kind"],
            "topics": [],
            "supports": r["supports"],
            "opposes": r["opposes"],
            "supporting_voices": r["supporting_voices"],
            "opposing_voices": r["opposing_voices"],
            "supporters": [],
            "opposers": [],
        }
        for r in rows
    ]
    by_id = {r["id"]: r for r in records}
    for chunk in _chunks(list(by_id)):
        marks = ", ".join("?" for _ in chunk)
        for row in conn.execute(
            "select cp.proposition_id, cp.stance, c.speaker_id,"
            " coalesce(a.name, so.name, c.speaker_id), count(*), min(c.said_earliest),"
            " c.voice_id, coalesce(va.name, vo.name, c.voice_id)"
            " from claim_propositions cp join claims c on c.id = cp.claim_id"
            " left join actors a on a.id = c.speaker_id"
            " left join outlets so on so.id = c.speaker_id"
            " left join actors va on va.id = c.voice_id"
            " left join outlets vo on vo.id = c.voice_id"
            f" where cp.proposition_id in ({marks})"
            " group by cp.proposition_id, cp.stance, c.speaker_id, c.voice_id"
            " order by cp.proposition_id, count(*) desc, 6, c.speaker_id",
            tuple(chunk),
        ):
            side = "supporters" if row[1] == "supports" else "opposers"
            by_id[row[0]][side].append(
                {
                    "speaker_id": row[2],
                    "speaker": row[3],
                    "claims": row[4],
                    "voice_id": row[6],
                    "voice": row[7],
                }
            )
        for row in conn.execute(
            "select proposition_id, topic_id from proposition_topics"
            f" where proposition_id in ({marks}) order by proposition_id, rowid",
            tuple(chunk),
        ):
            by_id[row[0]]["topics"].append(row[1])
    return records


@dataclass(frozen=True, slots=True)
class PropositionFilters:
    topic: str | None = None
    proposition: str | None = None
    min_voices: int = 0
    limit: int | None = None


def propositions_sql(conn: sqlite3.Connection, f: PropositionFilters) -> list[Statement]:
    return [_propositions_statement(conn, f)]


def _propositions_statement(conn: sqlite3.Connection, f: PropositionFilters) -> Statement:
    topic_ids = resolve_topic(conn, f.topic) if f.topic else None
    prop_ids = resolve_proposition(conn, f.proposition) if f.proposition else None
    return _voices_statement(_Params(), prop_ids, topic_ids, f.min_voices, f.limit)


def propositions(conn: sqlite3.Connection, f: PropositionFilters) -> list[Record]:
    """Propositions with their supporting and opposing claims and voices (a voice is the
    body a speaker spoke for, or the speaker), most debated first."""
    return _proposition_records(conn, _propositions_statement(conn, f).run(conn))


@dataclass(frozen=True, slots=True)
class Confirmations:
    confirmations: list[Record]
    """Claims whose act is ``confirms``."""
    corroborated: list[Record]
    """Statement propositions supported by at least two independent voices (distinct
    ``voice_id``: two officials of one government are one voice); value propositions are
    left to ``contradictions`` (value-mismatch)."""


def confirmations_sql(conn: sqlite3.Connection, f: ClaimFilters) -> list[Statement]:
    return [
        _list_statement(conn, f, _NEWEST, act="confirms"),
        _corroborated_statement(conn, f),
    ]


def _corroborated_statement(conn: sqlite3.Connection, f: ClaimFilters) -> Statement:
    topic_ids = resolve_topic(conn, f.topic) if f.topic else None
    prop_ids = resolve_proposition(conn, f.proposition) if f.proposition else None
    return _voices_statement(_Params(), prop_ids, topic_ids, 2, f.limit, statements_only=True)


def confirmations(conn: sqlite3.Connection, f: ClaimFilters) -> Confirmations:
    """Claims that confirm, and propositions corroborated by independent voices: one
    speaker repeating themselves, one statement carried by two outlets, or two officials
    speaking for one government, is one voice."""
    claims = _records(conn, _list_statement(conn, f, _NEWEST, act="confirms").run(conn))
    rows = _corroborated_statement(conn, f).run(conn)
    props = _proposition_records(conn, rows)
    props.sort(key=lambda r: (-r["supporting_voices"], -r["supports"], r["id"]))
    return Confirmations(claims, props)
