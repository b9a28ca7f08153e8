"""Whatever the user types, who-said answers or says why, never an SQL or FTS error."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from query_fixtures import connect, write_query_ledger

from rnkclaims import search
from rnkclaims.errors import UsageError
from rnkclaims.store import queries as q

SYNTAX = ['"', "'", "(", ")", "AND", "OR", "NOT", "NEAR", "NEAR(", "*", "-", ":", "^", "+",
          "{", "}", "[", "]", ",", ";", "\\", "%", "_", "\u0000", "arms", "deals", "DPRK",
          "Kim Jong-un", "한국", "Россия", "é", "e\u0301", "\ud800", "\U0001f680"]  # fmt: skip

nasty = st.lists(st.one_of(st.sampled_from(SYNTAX), st.text(max_size=12)), max_size=12).map(
    " ".join
)


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    root = tmp_path_factory.mktemp("property")
    with connect(write_query_ledger(root / "ledger"), root / "q.db") as c:
        yield c


def _search(conn: sqlite3.Connection, text: str) -> None:
    try:
        result = q.who_said(conn, text, q.ClaimFilters())
    except UsageError:
        assert not search.words(text)
        return
    assert search.words(text)
    for claim in result.claims:
        assert claim["id"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=nasty)
def test_random_queries_never_raise(conn: sqlite3.Connection, text: str) -> None:
    _search(conn, text)


@settings(max_examples=200, deadline=None)
@given(text=st.text())
def test_any_text_never_raises(conn: sqlite3.Connection, text: str) -> None:
    _search(conn, text)


@given(text=nasty)
def test_match_expression_quotes_every_word(text: str) -> None:
    parsed = search.parse(text)
    expression = search.match_expression(parsed.units)
    if expression is None:
        assert parsed.words == ()
        return
    # outside the quoted words there are only NEAR(, OR, AND, digits and brackets
    outside = expression.split('"')[::2]
    for part in outside:
        assert set(part.replace("NEAR", "").replace("OR", "").replace("AND", "")) <= set(
            " (),0123456789"
        )


def test_a_long_string_is_safe(conn: sqlite3.Connection, tmp_path: Path) -> None:
    _search(conn, "x" * 10_000)
    _search(conn, "(arms OR deals) " * 700)
