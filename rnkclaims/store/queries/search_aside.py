"""who-said's ``--sql`` and its suggestions when nothing is found: apart from the search
itself (``search``), so that a search that finds claims compiles neither."""

from __future__ import annotations

import sqlite3

from rnkclaims import search
from rnkclaims.store.queries.common import ClaimFilters, Statement, _topics
from rnkclaims.store.queries.search import (
    _plan_search,
    _topics_statement,
    _windowed,
    _words_statement,
)


def who_said_sql(conn: sqlite3.Connection, query: str, f: ClaimFilters) -> list[Statement]:
    plan = _plan_search(conn, query, f)
    out = []
    window = _windowed(plan)
    if window:
        out.append(_words_statement(plan, window))
        full = _words_statement(plan, None)
        out.append(
            Statement(
                full.sql,
                full.params,
                fallback=f"when the best {window} matches may not hold the best {plan.limit}"
                " (too few pass the filters, or one further down gains the topic bonus)",
            )
        )
    else:
        out.append(_words_statement(plan, None))
    if plan.topic_ids or plan.acts:
        topical = _topics_statement(plan, plan.limit)
        out.append(
            Statement(
                topical.sql,
                topical.params,
                fallback=(
                    f"when fewer than {plan.limit} claims match the words, the rest from"
                    if plan.limit
                    else "then the other claims on the topic the query names"
                ),
            )
        )
    return out


SUGGEST_ALL_NAMES = 2000
"""Up to this many names, all are candidates for 'did you mean'; beyond, only those whose
folded form starts with the first two letters of one of the query's words."""


def search_suggestions(conn: sqlite3.Connection, query: str) -> list[str]:
    from rnkclaims.store.queries.resolve import _suggest  # only when nothing is found

    names = [r[0] for r in conn.execute("select name from names limit ?", (SUGGEST_ALL_NAMES + 1,))]
    if len(names) > SUGGEST_ALL_NAMES:
        heads = sorted({search.fold(w)[:2] for w in search.words(query)[:8]} - {""})
        names = [
            r[0]
            for h in heads
            for r in conn.execute(
                "select name from names where key >= ? and key < ?", (h, h + "\U0010ffff")
            )
        ]
    topics = [name for _, name in _topics(conn)]
    candidates = [*names, *topics]
    found = _suggest(query, candidates)
    if not found:
        for word in search.words(query)[:8]:
            found += [s for s in _suggest(word, candidates, 2) if s not in found]
    return found[:5]
