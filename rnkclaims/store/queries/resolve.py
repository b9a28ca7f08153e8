"""How the names, topics and propositions a user writes resolve to ids, with the nearest
names as a hint when none does; and when two values of a fact conflict. Imported when a
filter names something (``--speaker``, ``--topic``, ...) or a question compares values: a
query filtering by act or date alone compiles none of it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from rnkclaims.errors import NotFoundError
from rnkclaims.store.queries.common import _topics

SUGGEST_SCORE = 80
"""Lowest rapidfuzz ``ratio`` (0-100) of a near spelling: "Pyongyan" finds Pyongyang,
but "Kim Jong-un" does not find Lee Jong-sup."""


def _suggest(text: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    """The candidates nearest ``text``, best first: the same name (case and accents
    aside), then names holding every word of ``text`` (``space`` -> Space cooperation),
    then names with words starting with them (``kim`` -> Kim Jong Un), then near
    spellings (rapidfuzz)."""
    from rapidfuzz import fuzz, process

    from rnkclaims import search

    wanted = search.fold(text)
    if not wanted:
        return []
    words = wanted.split()
    by_fold: dict[str, str] = {}
    for c in candidates:
        by_fold.setdefault(search.fold(c), c)
    ranked: list[tuple[int, int, str]] = []
    for folded in by_fold:
        tokens = folded.replace("-", " ").split()
        if folded == wanted:
            ranked.append((0, 0, folded))
        elif all(w in tokens for w in words):
            ranked.append((1, len(tokens), folded))
        elif all(any(t.startswith(w) for t in tokens) for w in words):
            ranked.append((2, len(tokens), folded))
    ranked.sort()
    found = [by_fold[f] for _, _, f in ranked[:n]]
    if len(found) < n:
        near = process.extract(
            wanted, list(by_fold), scorer=fuzz.ratio, score_cutoff=SUGGEST_SCORE, limit=n * 2
        )
        found += [by_fold[f] for f, _, _ in near if by_fold[f] not in found]
    return found[:n]


def mentions(conn: sqlite3.Connection, text: str) -> int:
    """How many claims mention ``text`` (a name) in their words, as who-said finds it."""
    from rnkclaims import search

    match = search.match_expression(search.parse(text).units)
    if match is None:
        return 0
    row = conn.execute(
        "select count(*) from claim_search_fts where claim_search_fts match ?", (match,)
    ).fetchone()
    return int(row[0])


def _did_you_mean(names: Sequence[str]) -> str | None:
    return ("did you mean: " + ", ".join(names) + "?") if names else None


def resolve_names(
    conn: sqlite3.Connection, text: str, kinds: Sequence[str], what: str
) -> tuple[str, ...]:
    """Ids of the actors/outlets whose id, name or alias is ``text`` (case and accents
    ignored); ``NotFoundError`` with the nearest names otherwise."""
    from rnkclaims import search

    kind_sql = ", ".join("?" for _ in kinds)
    wanted = " ".join(search.key(text))
    for column, value in (("entity_id", text), ("key", wanted)):
        if not value:
            continue
        rows = conn.execute(
            f"select distinct entity_id from names where {column} = ?"
            f" and entity_kind in ({kind_sql})",
            (value, *kinds),
        ).fetchall()
        if rows:
            return tuple(sorted(r[0] for r in rows))
    every = conn.execute(
        f"select entity_id, name from names where entity_kind in ({kind_sql})", tuple(kinds)
    ).fetchall()
    # an id written as words: "north korea" for north-korea
    ids = {eid for eid, _ in every if wanted and " ".join(search.key(eid)) == wanted}
    if ids:
        return tuple(sorted(ids))
    hint = _did_you_mean(_suggest(text, (name for _, name in every)))
    if what in ("speaker", "voice"):
        n = mentions(conn, text)
        if n:
            quoted = "'" + text.replace("'", "'\\''") + "'"
            hint = (
                f"'{text}' is mentioned in {n} claim(s) but never speaks in the ledger: "
                f"try rnkclaims who-said {quoted}" + (f"; or {hint}" if hint else "")
            )
    listing = {"outlet": "outlets", "relay": "outlets' and 'rnkclaims actors"}.get(what, "actors")
    raise NotFoundError(
        f"no {what} named '{text}'", hint or f"run 'rnkclaims {listing}' to see the {what}s"
    )


def resolve_topic(conn: sqlite3.Connection, text: str) -> tuple[str, ...]:
    """Ids of the topics whose id, name or one of whose terms is ``text``."""
    from rnkclaims import search

    pairs = _topics(conn)
    wanted = search.key(text)
    ids = {tid for tid, name in pairs if name == text or (wanted and search.key(name) == wanted)}
    if ids:
        return tuple(sorted(ids))
    raise NotFoundError(
        f"no topic named '{text}'",
        _did_you_mean(_suggest(text, (name for _, name in pairs)))
        or "run 'rnkclaims stats' to see the topics",
    )


def _ids_near(conn: sqlite3.Connection, table: str, wanted: str, most: int = 2000) -> list[str]:
    """Ids of ``table`` sharing the longest prefix with ``wanted`` (for suggestions)."""
    for n in range(min(len(wanted), 40), 0, -1):
        prefix = wanted[:n]
        rows = conn.execute(
            f"select id from {table} where id >= ? and id < ? limit ?",
            (prefix, prefix + "\U0010ffff", most),
        ).fetchall()
        if rows:
            return [r[0] for r in rows]
    return [r[0] for r in conn.execute(f"select id from {table} limit ?", (most,))]


def resolve_proposition(conn: sqlite3.Connection, text: str) -> tuple[str, ...]:
    row = conn.execute("select id from propositions where id = ?", (text,)).fetchone()
    if row:
        return (row[0],)
    ids = _ids_near(conn, "propositions", text)
    raise NotFoundError(
        f"no proposition '{text}'",
        _did_you_mean(_suggest(text, ids)) or "run 'rnkclaims propositions' to see them",
    )


def _value_range(value: str, value_type: str | None) -> tuple[str, str] | None:
    if value_type not in (None, "date"):
        return None
    from rnkclaims.dates import DateError, parse_date

    try:
        d = parse_date(value)
    except DateError:
        return None
    return d.earliest.isoformat(), d.latest.isoformat()


def values_conflict(a: str, b: str, value_type: str | None) -> bool:
    """Two values of a fact conflict unless equal (folded) or, for dates, overlapping
    (2023-09 does not contradict 2023-09-13)."""
    ra, rb = _value_range(a, value_type), _value_range(b, value_type)
    if ra and rb:
        return ra[1] < rb[0] or rb[1] < ra[0]
    from rnkclaims import search

    return search.fold(a) != search.fold(b)
