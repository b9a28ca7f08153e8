"""The query commands on the bundled ledger (data/): what an analyst asks first."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from query_fixtures import connect

from rnkclaims.ledger import LedgerPaths
from rnkclaims.store import queries as q

DATA = Path(__file__).resolve().parent.parent / "data" / "claims.yaml"

pytestmark = pytest.mark.skipif(not DATA.is_file(), reason="no bundled ledger")


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    db = tmp_path_factory.mktemp("bundled-queries") / "claims.db"
    with connect(LedgerPaths(DATA.resolve()), db) as c:
        yield c


def test_who_said_arms_deals_finds_the_denials_and_the_accusations(
    conn: sqlite3.Connection,
) -> None:
    result = q.who_said(conn, "arms deals", q.ClaimFilters(limit=0))
    by_act: dict[str, set[str]] = {}
    for c in result.claims:
        by_act.setdefault(c["act"], set()).add(c["speaker_id"])
    assert {"dprk-government", "russia-government"} <= by_act["denies"]
    assert "us-government" in by_act["accuses"]
    # "Arms Control" in Frank Rose's title is not about arms deals
    assert not [c for c in result.claims if c["speaker_id"] == "frank-rose"]


def test_contradictions_find_the_arms_denial_and_the_summit_dates(
    conn: sqlite3.Connection,
) -> None:
    groups = q.contradictions(conn, q.ContradictionFilters())
    opposite = [g for g in groups if g["kind"] == "opposite-stance"]
    denial = next(g for g in opposite if g["proposition_id"] == "rnk-arms-deals")
    acts = {c["act"] for c in denial["claims"]}
    assert "denies" in acts and acts - {"denies"}
    value = [g for g in groups if g["kind"] == "value-mismatch"]
    assert [g["proposition_id"] for g in value] == ["vostochny-summit-date"]
    assert "2023-09-13" in value[0]["explanation"]


def test_every_denial_answers_an_accusation(conn: sqlite3.Connection) -> None:
    denials = q.denials(conn, q.ClaimFilters(limit=0))
    arms = [d for d in denials if "arms" in d["excerpt"].lower()]
    assert arms
    assert all(d["answers_total"] > 0 for d in arms)


def test_show_every_claim(conn: sqlite3.Connection) -> None:
    for claim_id in [r[0] for r in conn.execute("select id from claims")]:
        rec = q.show(conn, claim_id)
        assert rec["context"]["found"], claim_id
