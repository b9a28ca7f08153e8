"""Denials, each with the claims it answers."""

from __future__ import annotations

import sqlite3

from rnkclaims.store.queries.common import ClaimFilters, Record, Statement, _records
from rnkclaims.store.queries.listing import _NEWEST, _list_statement

ANSWERS_PER_DENIAL = 10


def denials_sql(conn: sqlite3.Connection, f: ClaimFilters) -> list[Statement]:
    return [_list_statement(conn, f, _NEWEST, act="denies"), _ANSWERS]


_ANSWERS = Statement(
    """
select d.claim_id as denial_id, d.proposition_id as proposition_id, x.claim_id as id,
  c.speaker_id as speaker_id, coalesce(a.name, so.name, c.speaker_id) as speaker,
  c.voice_id as voice_id, coalesce(va.name, vo.name, c.voice_id) as voice,
  c.act as act, c.said_date as said, c.said_precision as said_precision,
  c.said_earliest as said_earliest, c.source_id as source_id, c.excerpt as excerpt,
  x.stance as stance
from claim_propositions d
join claim_propositions x on x.proposition_id = d.proposition_id and x.stance <> d.stance
join claims c on c.id = x.claim_id
left join actors a on a.id = c.speaker_id
left join outlets so on so.id = c.speaker_id
left join actors va on va.id = c.voice_id
left join outlets vo on vo.id = c.voice_id
where d.claim_id = :denial
order by c.said_earliest is null, c.said_earliest, c.id
""",
    {"denial": "<claim id>"},
)


def denials(conn: sqlite3.Connection, f: ClaimFilters) -> list[Record]:
    """Claims whose act is ``denies``, newest first, each with ``answers``: the claims with
    the opposite stance on the same propositions (earliest first, at most
    ``ANSWERS_PER_DENIAL``; ``answers_total`` counts them all)."""
    records = _records(conn, _list_statement(conn, f, _NEWEST, act="denies").run(conn))
    for rec in records:
        answers: list[Record] = []
        seen: set[str] = set()
        for row in conn.execute(_ANSWERS.sql, {"denial": rec["id"]}):
            if row["id"] in seen or row["id"] == rec["id"]:
                continue
            seen.add(row["id"])
            answers.append({k: v for k, v in dict(row).items() if k != "denial_id"})
        rec["answers_total"] = len(answers)
        rec["answers"] = answers[:ANSWERS_PER_DENIAL]
    return records
