"""datasette that explains itself: the metadata ``rnkclaims datasette-metadata`` writes,
and ``rnkclaims serve`` started for real on a free local port, its pages and canned
queries fetched over HTTP, then stopped."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import BUNDLED
from typer.testing import CliRunner

from rnkclaims import model
from rnkclaims.cli import app

runner = CliRunner()
RNKCLAIMS = Path(sys.executable).parent / "rnkclaims"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "claims.db"
    result = runner.invoke(app, ["build", "--ledger", str(BUNDLED), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def meta(db: Path) -> dict[str, Any]:
    result = runner.invoke(app, ["datasette-metadata", "--ledger", str(BUNDLED), "--db", str(db)])
    assert result.exit_code == 0, result.output
    doc: dict[str, Any] = json.loads(result.stdout)
    return doc


def test_every_table_and_column_is_described(db: Path, meta: dict[str, Any]) -> None:
    tables = meta["databases"]["claims"]["tables"]
    conn = sqlite3.connect(db)
    names = [
        r[0] for r in conn.execute(
            "select name from sqlite_master where type in ('table', 'view')"
            " and name not like 'sqlite_%' and name not like 'claim_search_fts%'"
        )
    ]  # fmt: skip
    assert sorted(tables) == sorted(names)
    for table in names:
        assert tables[table].get("description"), table
        columns = [r[1] for r in conn.execute(f'pragma table_info("{table}")')]
        undescribed = [c for c in columns if not tables[table].get("columns", {}).get(c)]
        assert undescribed == [], f"{table}: {undescribed}"


def test_descriptions_come_from_the_model(meta: dict[str, Any]) -> None:
    tables = meta["databases"]["claims"]["tables"]
    assert tables["claims"]["description"] == model.CLAIM.doc
    assert tables["claims"]["columns"]["speaker_id"] == model.CLAIM.by_name["speaker"].doc
    assert tables["claims"]["columns"]["said_date"] == model.SAID.by_name["date"].doc
    act = tables["claims"]["columns"]["act"]
    assert act.startswith(model.CLAIM.by_name["act"].doc) and "denies" in act
    assert tables["roles"]["columns"]["from_date"] == model.ROLE.by_name["from"].doc


def test_labels_search_facets_and_queries(meta: dict[str, Any]) -> None:
    tables = meta["databases"]["claims"]["tables"]
    assert tables["actors"]["label_column"] == "name"
    assert tables["propositions"]["label_column"] == "text"
    assert tables["sources"]["label_column"] == "title"
    assert tables["claims"]["fts_table"] == "claim_search_fts"
    assert "act" in tables["claims"]["facets"] and "voice_id" in tables["claims"]["facets"]
    assert tables["search_topics"]["hidden"] is True
    queries = meta["databases"]["claims"]["queries"]
    assert set(queries) >= {"who_said", "contradictions", "denials", "speaker_timeline"}
    assert queries["who_said"]["params"] == ["words", "since", "until"]


def test_metadata_written_to_a_file(db: Path, tmp_path: Path, meta: dict[str, Any]) -> None:
    out = tmp_path / "metadata.json"
    args = ["datasette-metadata", "--ledger", str(BUNDLED), "--db", str(db), "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8")) == meta


# -- the real server -------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return int(response.status), bytes(response.read())
    except urllib.error.HTTPError as exc:
        return int(exc.code), bytes(exc.read())


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[str]:
    pytest.importorskip("datasette", reason='rnkclaims serve needs pip install "rnkclaims[serve]"')
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("RNKCLAIMS_")}
    proc = subprocess.Popen(
        [str(RNKCLAIMS), "serve", "--port", str(port), "--ledger", str(BUNDLED), "--db", str(db)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            try:
                if _get(base + "/-/versions.json")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "datasette did not start in 60 s"
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()
    assert proc.returncode is not None


def _rows(base: str, path: str, **params: str) -> list[dict[str, Any]]:
    query = urllib.parse.urlencode({**params, "_shape": "array"})
    status, body = _get(f"{base}{path}.json?{query}")
    assert status == 200, body[:500]
    rows: list[dict[str, Any]] = json.loads(body)
    return rows


def test_pages_explain_themselves(server: str) -> None:
    status, body = _get(server + "/")
    assert status == 200
    assert b"who said what about Russia-North Korea cooperation" in body
    status, body = _get(server + "/claims/claims")
    assert status == 200
    html = body.decode()
    assert model.CLAIM.doc in html
    assert 'name="_search"' in html  # the search box on the table people browse
    status, body = _get(server + "/claims/claims/kh24.hill-watching")
    assert status == 200 and b"kh24.hill-watching" in body


def test_search_box_on_claims_finds_them(server: str) -> None:
    rows = _rows(server, "/claims/claims", _search="certainly watching")
    assert [r["id"] for r in rows] == ["kh24.hill-watching"]
    hostile = _rows(server, "/claims/claims", _search='"AND OR * NEAR( :')
    assert isinstance(hostile, list)


def test_who_said_canned_query(server: str) -> None:
    rows = _rows(server, "/claims/who_said", words="satellite", since="2024", until="")
    assert rows
    assert all(r["said_on"] and r["said_on"] >= "2024" for r in rows)
    assert any("satellite" in (r["excerpt"] + (r["quote"] or "")).lower() for r in rows)
    every = _rows(server, "/claims/who_said", words="satellite", since="", until="")
    assert len(every) > len(rows)
    until = _rows(server, "/claims/who_said", words="satellite", since="", until="2023-09")
    assert until and all(r["said_on"] and r["said_on"][:7] <= "2023-09" for r in until)
    # FTS syntax in the words is searched as words (status 200), never an error
    assert isinstance(_rows(server, "/claims/who_said", words='" OR (', since="", until=""), list)


def test_contradictions_denials_and_timeline_queries(server: str, db: Path) -> None:
    groups = _rows(server, "/claims/contradictions")
    assert groups
    assert all(g["supporting_voices"] > 0 and g["opposing_voices"] > 0 for g in groups)
    conn = sqlite3.connect(db)
    denials = {r[0] for r in conn.execute("select id from claims where act = 'denies'")}
    rows = _rows(server, "/claims/denials")
    assert {r["denial"] for r in rows} == {d for d in denials if conn.execute(
        "select 1 from claim_propositions where claim_id = ?", (d,)).fetchone()}  # fmt: skip
    timeline = _rows(server, "/claims/speaker_timeline", speaker="Blinken")
    assert timeline and {r["speaker"] for r in timeline} == {"Antony Blinken"}
    dates = [r["said_on"] for r in timeline if r["said_on"]]
    assert dates == sorted(dates)
    assert _rows(server, "/claims/speaker_timeline", speaker="") == []


def test_a_port_in_use_is_a_clear_error(db: Path) -> None:
    pytest.importorskip("datasette", reason='rnkclaims serve needs pip install "rnkclaims[serve]"')
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(
            app, ["serve", "--port", str(port), "--ledger", str(BUNDLED), "--db", str(db)]
        )
    assert result.exit_code == 2
    assert f"Error: cannot listen on 127.0.0.1:{port}" in result.output
    assert "choose another --port" in result.output
