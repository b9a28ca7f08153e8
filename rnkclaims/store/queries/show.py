"""show: one claim, its excerpt in the source, and the claims related to it."""

from __future__ import annotations

import re
import sqlite3

from rnkclaims.errors import NotFoundError
from rnkclaims.store.queries.common import (
    CLAIM_COLUMNS,
    CLAIM_JOINS,
    Record,
    Statement,
    claims_by_id,
)
from rnkclaims.store.queries.resolve import (
    _did_you_mean,
    _ids_near,
    _suggest,
    values_conflict,
)

RELATED_PER_KIND = 20
CONTEXT_CHARS = 300
RELATIONS = ("contradicts", "confirms", "repeats")


def show_sql(conn: sqlite3.Connection, claim_id: str) -> list[Statement]:
    return [
        Statement(f"select\n{CLAIM_COLUMNS}\n{CLAIM_JOINS}\nwhere c.id = :id", {"id": claim_id}),
        Statement(_RELATED.sql, {"id": claim_id}),
    ]


_RELATED = Statement(
    """
with mine as (
  select cp.proposition_id, cp.stance, cp.value, p.kind, p.value_type, c.speaker_id,
    c.voice_id
  from claim_propositions cp join claims c on c.id = cp.claim_id
  join propositions p on p.id = cp.proposition_id
  where cp.claim_id = :id
)
select x.claim_id as id, x.proposition_id as proposition_id, x.stance as stance,
  x.value as value, m.stance as my_stance, m.value as my_value, m.kind as kind,
  m.value_type as value_type, c.speaker_id = m.speaker_id as same_speaker,
  c.voice_id = m.voice_id as same_voice, 0 as incompatible
from mine m
join claim_propositions x on x.proposition_id = m.proposition_id and x.claim_id <> :id
join claims c on c.id = x.claim_id
union all
select x.claim_id, x.proposition_id, x.stance, x.value, m.stance, m.value, m.kind,
  m.value_type, c.speaker_id = m.speaker_id, c.voice_id = m.voice_id, 1
from mine m
join (select proposition_id as a, other_id as b from incompatibilities
      union select other_id, proposition_id from incompatibilities) i on i.a = m.proposition_id
join claim_propositions x on x.proposition_id = i.b and x.stance = 'supports'
join claims c on c.id = x.claim_id
where m.stance = 'supports'
""",
    {"id": "<claim id>"},
)


def _relation(row: sqlite3.Row) -> tuple[str, str] | None:
    if row["incompatible"]:
        return "contradicts", f"supports {row['proposition_id']}, declared incompatible"
    if row["stance"] != row["my_stance"]:
        return "contradicts", f"{row['stance']} {row['proposition_id']}"
    if (
        row["kind"] == "value"
        and row["value"]
        and row["my_value"]
        and values_conflict(row["value"], row["my_value"], row["value_type"])
    ):
        return "contradicts", f"gives {row['value']} for {row['proposition_id']}"
    if row["same_speaker"]:
        return "repeats", f"{row['stance']} {row['proposition_id']} again"
    if row["same_voice"]:
        return "repeats", f"{row['stance']} {row['proposition_id']} again, for the same body"
    return "confirms", f"also {row['stance']} {row['proposition_id']}"


def _find(text: str, excerpt: str) -> tuple[int, int] | None:
    """Where ``excerpt`` is in ``text``: as written, else word for word whatever the
    spaces and punctuation between."""
    start = text.find(excerpt)
    if start >= 0:
        return start, start + len(excerpt)
    words = re.findall(r"\w+", excerpt)
    if words:
        pattern = r"\W+".join(re.escape(w) for w in words[:200])
        m = re.search(pattern, text)
        if m:
            return m.start(), m.end()
    return None


def _line_window(text: str, start: int, end: int, n: int) -> tuple[int, int]:
    """The offsets of the whole lines holding ``text[start:end]`` and ``n`` lines either
    side (the last without its newline)."""
    first = text.rfind("\n", 0, start) + 1
    for _ in range(n):
        if first == 0:
            break
        first = text.rfind("\n", 0, first - 1) + 1
    last = text.find("\n", end)
    last = len(text) if last < 0 else last
    for _ in range(n):
        if last >= len(text):
            break
        following = text.find("\n", last + 1)
        last = len(text) if following < 0 else following
    return first, last


def _context(text: str, excerpt: str, lines: int | None = None) -> Record:
    """The excerpt in ``text`` with ``CONTEXT_CHARS`` characters either side, or with
    ``lines`` whole lines either side."""
    found = _find(text, excerpt)
    if found is None:
        return {"found": False, "before": "", "match": excerpt, "after": ""}
    start, end = found
    if lines is not None:
        first, last = _line_window(text, start, end, lines)
        before, after = text[first:start], text[end:last]
    else:
        before = text[max(0, start - CONTEXT_CHARS) : start]
        after = text[end : end + CONTEXT_CHARS]
        if start > CONTEXT_CHARS and " " in before:
            before = "…" + before.split(" ", 1)[1]
        if end + CONTEXT_CHARS < len(text) and " " in after:
            after = after.rsplit(" ", 1)[0] + "…"
    line = text.count("\n", 0, start)
    return {"found": True, "before": before, "match": text[start:end], "after": after,
            "line": line}  # fmt: skip


def show(conn: sqlite3.Connection, claim_id: str, context_lines: int | None = None) -> Record:
    """Everything about one claim: the claim record, its excerpt in the source text
    (``context``: ``CONTEXT_CHARS`` characters either side, or ``context_lines`` lines)
    and the claims it ``contradicts``, ``confirms`` or ``repeats``."""
    found = claims_by_id(conn, [claim_id])
    if not found:
        near = _suggest(claim_id, _ids_near(conn, "claims", claim_id))
        raise NotFoundError(
            f"no claim '{claim_id}'",
            _did_you_mean(near) or "run 'rnkclaims claims' to list claim ids",
        )
    rec = found[0]
    row = conn.execute(
        "select s.text, s.body_line, s.file from sources s where s.id = ?", (rec["source_id"],)
    ).fetchone()
    context: Record = (
        _context(row[0] or "", rec["excerpt"], context_lines) if row else {"found": False}
    )
    if row and context.get("found"):
        context["file"] = row[2]
        context["line"] = int(row[1] or 1) + int(context["line"])
    rec["context"] = context
    related: dict[str, dict[str, Record]] = {r: {} for r in RELATIONS}
    for r in conn.execute(_RELATED.sql, {"id": claim_id}):
        rel = _relation(r)
        if rel is None:
            continue
        kind, reason = rel
        entry = related[kind].setdefault(r["id"], {"reasons": []})
        if reason not in entry["reasons"]:
            entry["reasons"].append(reason)
    ids = [cid for kind in RELATIONS for cid in list(related[kind])[:RELATED_PER_KIND]]
    compact = {c["id"]: c for c in claims_by_id(conn, ids)}
    out: list[Record] = []
    for kind in RELATIONS:
        items = [(compact[cid], entry) for cid, entry in related[kind].items() if cid in compact]
        items.sort(key=lambda t: (t[0]["said_earliest"] is None, t[0]["said_earliest"] or ""))
        for c, entry in items[:RELATED_PER_KIND]:
            out.append(
                {
                    "relation": kind,
                    "reason": "; ".join(entry["reasons"]),
                    **{k: c[k] for k in _COMPACT},
                }
            )
    rec["related"] = out
    return rec


_COMPACT = ("id", "speaker_id", "speaker", "voice_id", "voice", "act", "said",
            "said_precision", "source_id", "outlet", "excerpt", "published")  # fmt: skip


# -- source show ---------------------------------------------------------------------------


def source_sql(conn: sqlite3.Connection, source_id: str) -> list[Statement]:
    return [
        Statement(
            "select s.id, s.outlet_id, o.name as outlet, s.title, s.published, s.language,"
            " s.url, s.file, s.body_line, s.text from sources s"
            " left join outlets o on o.id = s.outlet_id where s.id = :id",
            {"id": source_id},
        ),
        Statement(
            "select id, excerpt from claims where source_id = :id order by id", {"id": source_id}
        ),
    ]


def source(
    conn: sqlite3.Connection,
    source_id: str,
    around: str | None = None,
    lines: int = 3,
) -> Record:
    """An archived article: its metadata, its text (all of it, or with ``around`` a claim
    id the ``lines`` lines either side of that claim's excerpt) and where each claim's
    excerpt is in it (``excerpts``: claim id, start and end offsets in ``text``, line in
    the file; ``found`` false when not found)."""
    head, cites = source_sql(conn, source_id)
    row = conn.execute(head.sql, head.params).fetchone()
    if row is None:
        near = _suggest(source_id, _ids_near(conn, "sources", source_id))
        raise NotFoundError(
            f"no source '{source_id}'",
            _did_you_mean(near) or "run 'rnkclaims sources' to list source ids",
        )
    text = str(row["text"] or "")
    body_line = int(row["body_line"] or 1)
    claims = conn.execute(cites.sql, cites.params).fetchall()
    offset = 0
    if around is not None:
        mine = [c for c in claims if c["id"] == around]
        if not mine:
            raise NotFoundError(
                f"claim '{around}' is not from source '{source_id}'",
                _did_you_mean(_suggest(around, [c["id"] for c in claims]))
                or f"run 'rnkclaims claims' to see the claims; {len(claims)} cite this source",
            )
        found = _find(text, mine[0]["excerpt"])
        if found is not None:
            first, last = _line_window(text, found[0], found[1], lines)
            offset, text = first, text[first:last]
    excerpts = []
    for c in claims:
        at = _find(text, c["excerpt"])
        if at is None:
            if around is None:
                excerpts.append({"claim_id": c["id"], "found": False})
            continue
        excerpts.append(
            {
                "claim_id": c["id"],
                "found": True,
                "start": at[0],
                "end": at[1],
                "line": body_line + (row["text"] or "").count("\n", 0, offset + at[0]),
            }
        )
    excerpts.sort(key=lambda e: (not e["found"], e.get("start", 0), e["claim_id"]))
    return {
        "id": row["id"],
        "outlet_id": row["outlet_id"],
        "outlet": row["outlet"],
        "title": row["title"],
        "published": row["published"],
        "language": row["language"],
        "url": row["url"],
        "file": row["file"],
        "first_line": body_line + (row["text"] or "").count("\n", 0, offset),
        "text": text,
        "excerpts": excerpts,
        "claims": len(claims),
    }
