"""Voices: a claim speaks for the body its speaker spoke for at the time (a role's
``speaks_for``, else the actor's, else the speaker). Reversals are found by voice, and
independent voices, not speakers, corroborate."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO, write_ledger
from query_fixtures import connect
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.ledger import LedgerPaths
from rnkclaims.store import queries as q

SOURCE = """\
---
outlet: wire
title: Ten years of statements on space cooperation
published: 2025-01-20
language: en
---
In 2015 Frank Rose said there was no sign of military space cooperation with Pyongyang.
In 2025 Antony Blinken said Russia was sharing space technology with North Korea for its weapons.
The State Department said North Korea was sending artillery shells to Russia.
Blinken said North Korea was sending artillery shells to Russia.
Seoul said North Korea was sending artillery shells to Russia.
In 2015 Jane Doe said Russia would give North Korea no military help in space.
In 2020 Jane Doe said Russia would help North Korea build military satellites.
KCNA said the satellite programme was peaceful.
"""

LEDGER = """\
schema_version: 1
actors:
  - id: united-states
    name: United States
    kind: government
    aliases: [US, Washington, State Department]
  - id: south-korea
    name: South Korea
    kind: government
    aliases: [Seoul]
  - id: north-korea
    name: North Korea
    kind: government
    aliases: [DPRK]
  - id: frank-rose
    name: Frank Rose
    kind: person
    roles:
      - id: assistant-secretary
        title: Assistant Secretary of State for Arms Control
        from: 2014-09
        to: 2017-01
        speaks_for: united-states
  - id: antony-blinken
    name: Antony Blinken
    kind: person
    aliases: [Blinken]
    roles:
      - id: secretary
        title: Secretary of State
        from: 2021-01-26
        to: 2025-01-20
        speaks_for: united-states
  - id: jane-doe
    name: Jane Doe
    kind: person
    roles:
      - id: envoy
        title: Special Envoy
        from: 2014
        to: 2016
        speaks_for: united-states
  - id: kcna-voice
    name: KCNA commentator
    kind: state-media
    speaks_for: north-korea
outlets:
  - id: wire
    name: The Wire
    kind: wire-agency
topics:
  - id: space
    name: Space cooperation
propositions:
  - id: military-space
    text: Russia and North Korea cooperate militarily in space.
    topics: [space]
  - id: shells
    text: North Korea sends artillery shells to Russia.
claims:
  - id: rose-2015
    speaker: frank-rose
    role: assistant-secretary
    source: src
    mode: reported
    excerpt: In 2015 Frank Rose said there was no sign of military space cooperation
    act: asserts
    said: 2015-04-16
    propositions:
      - {proposition: military-space, stance: opposes}
  - id: blinken-2025
    speaker: antony-blinken
    role: secretary
    source: src
    mode: reported
    excerpt: In 2025 Antony Blinken said Russia was sharing space technology
    act: accuses
    said: 2025-01-14
    propositions:
      - {proposition: military-space, stance: supports}
  - id: us-shells
    speaker: united-states
    source: src
    mode: reported
    excerpt: The State Department said North Korea was sending artillery shells to Russia.
    act: accuses
    said: 2023-10-13
    propositions:
      - {proposition: shells, stance: supports}
  - id: blinken-shells
    speaker: antony-blinken
    role: secretary
    source: src
    mode: reported
    excerpt: Blinken said North Korea was sending artillery shells to Russia.
    act: accuses
    said: 2023-10-14
    propositions:
      - {proposition: shells, stance: supports}
  - id: seoul-shells
    speaker: south-korea
    source: src
    mode: reported
    excerpt: Seoul said North Korea was sending artillery shells to Russia.
    act: asserts
    said: 2023-10-15
    propositions:
      - {proposition: shells, stance: supports}
  - id: doe-2015
    speaker: jane-doe
    role: envoy
    source: src
    mode: reported
    excerpt: In 2015 Jane Doe said Russia would give North Korea no military help in space.
    act: asserts
    said: 2015-06-01
    propositions:
      - {proposition: military-space, stance: opposes}
  - id: doe-2020
    speaker: jane-doe
    source: src
    mode: reported
    excerpt: In 2020 Jane Doe said Russia would help North Korea build military satellites.
    act: predicts
    said: 2020-06-01
    propositions:
      - {proposition: military-space, stance: supports}
  - id: kcna-peaceful
    speaker: kcna-voice
    source: src
    mode: reported
    excerpt: KCNA said the satellite programme was peaceful.
    act: asserts
    said: 2023-11-01
    propositions:
      - {proposition: military-space, stance: opposes}
"""


@pytest.fixture
def ledger(tmp_path: Path) -> LedgerPaths:
    return write_ledger(tmp_path / "ledger", LEDGER, {"src": SOURCE})


@pytest.fixture
def conn(ledger: LedgerPaths, tmp_path: Path) -> Iterator[sqlite3.Connection]:
    with connect(ledger, tmp_path / "v.db") as c:
        yield c


def reversals(conn: sqlite3.Connection, **f: str) -> list[dict]:
    return q.contradictions(conn, q.ContradictionFilters(kind="reversal", **f))  # type: ignore[arg-type]


def test_a_claim_record_names_its_voice(conn: sqlite3.Connection) -> None:
    rose, kcna, seoul = q.claims_by_id(conn, ["rose-2015", "kcna-peaceful", "seoul-shells"])
    assert (rose["voice_id"], rose["voice"]) == ("united-states", "United States")
    assert (kcna["voice_id"], kcna["voice"]) == ("north-korea", "North Korea")
    # a speaker who speaks for no one else is their own voice
    assert (seoul["voice_id"], seoul["voice"]) == ("south-korea", "South Korea")
    assert list(rose)[-2:] == ["voice_id", "voice"]


def test_an_official_reversing_the_government_is_a_reversal_of_the_government(
    conn: sqlite3.Connection,
) -> None:
    groups = {g["speaker_id"]: g for g in reversals(conn)}
    us = groups["united-states"]
    assert [c["id"] for c in us["claims"]] == ["rose-2015", "doe-2015", "blinken-2025"]
    assert us["explanation"] == (
        "United States, through Frank Rose, Jane Doe and Antony Blinken, changed position: "
        "against (2015-04-16) then for (2025-01-14): "
        "Russia and North Korea cooperate militarily in space."
    )


def test_a_speaker_changing_position_across_roles_is_still_a_reversal(
    conn: sqlite3.Connection,
) -> None:
    # Jane Doe spoke for the United States in 2015, for herself in 2020
    doe = next(g for g in reversals(conn) if g["speaker_id"] == "jane-doe")
    assert [c["id"] for c in doe["claims"]] == ["doe-2015", "doe-2020"]
    assert doe["explanation"].startswith(
        "Jane Doe changed position: against (2015-06-01) then for (2020-06-01)"
    )
    # one voice throughout (North Korea through KCNA) never reverses by itself
    assert "north-korea" not in {g["speaker_id"] for g in reversals(conn)}


def test_speaker_and_voice_filters_of_reversals(conn: sqlite3.Connection) -> None:
    assert {g["speaker_id"] for g in reversals(conn, speaker="Frank Rose")} == {"united-states"}
    assert {g["speaker_id"] for g in reversals(conn, voice="US")} == {
        "united-states",
        "jane-doe",
    }
    assert reversals(conn, speaker="Seoul") == []


def test_two_officials_of_one_government_are_one_voice(conn: sqlite3.Connection) -> None:
    props = {p["id"]: p for p in q.propositions(conn, q.PropositionFilters())}
    shells = props["shells"]
    # three claims: the US government itself, Blinken for the US, and Seoul
    assert (shells["supports"], shells["supporting_voices"]) == (3, 2)
    assert [(s["speaker_id"], s["voice_id"]) for s in shells["supporters"]] == [
        ("united-states", "united-states"),
        ("antony-blinken", "united-states"),
        ("south-korea", "south-korea"),
    ]
    corroborated = q.confirmations(conn, q.ClaimFilters()).corroborated
    assert [(p["id"], p["supporting_voices"]) for p in corroborated] == [
        ("shells", 2),  # the US (twice) and South Korea
        ("military-space", 2),  # the US (through Blinken) and Jane Doe for herself
    ]
    # Rose and Blinken (both for the US) on opposite sides; Doe for herself in 2020
    space = props["military-space"]
    assert (space["supporting_voices"], space["opposing_voices"]) == (2, 2)


def test_a_claim_for_the_same_body_repeats_rather_than_confirms(conn: sqlite3.Connection) -> None:
    related = {(r["relation"], r["id"], r["reason"]) for r in q.show(conn, "us-shells")["related"]}
    assert related == {
        ("repeats", "blinken-shells", "supports shells again, for the same body"),
        ("confirms", "seoul-shells", "also supports shells"),
    }


def test_voice_filter(conn: sqlite3.Connection) -> None:
    ids = [c["id"] for c in q.timeline(conn, q.ClaimFilters(voice="Washington"))]
    assert ids == ["rose-2015", "doe-2015", "us-shells", "blinken-shells", "blinken-2025"]
    assert [c["id"] for c in q.list_claims(conn, q.ClaimFilters(voice="DPRK"))] == ["kcna-peaceful"]
    found = q.who_said(conn, "artillery shells", q.ClaimFilters(voice="United States")).claims
    assert sorted(c["id"] for c in found) == ["blinken-shells", "us-shells"]
    # --speaker stays the speaker
    assert [c["id"] for c in q.list_claims(conn, q.ClaimFilters(speaker="US"))] == ["us-shells"]


runner = CliRunner()


def test_voice_through_the_command_line(ledger: LedgerPaths, tmp_path: Path) -> None:
    common = ["--ledger", str(ledger.root), "--db", str(tmp_path / "cli.db")]
    result = runner.invoke(app, ["claims", "--voice", "US", "-f", "json", *common])
    assert result.exit_code == 0
    assert {c["voice"] for c in json.loads(result.stdout)} == {"United States"}
    result = runner.invoke(app, ["contradictions", "--kind", "reversal", "-f", "csv", *common])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["group_speaker_id"], r["id"], r["voice"]) for r in rows[:3]] == [
        ("united-states", "rose-2015", "United States"),
        ("united-states", "doe-2015", "United States"),
        ("united-states", "blinken-2025", "United States"),
    ]
    result = runner.invoke(app, ["propositions", "-f", "csv", *common])
    supporters = {r["id"]: r["supporters"] for r in csv.DictReader(io.StringIO(result.stdout))}
    assert supporters["shells"] == (
        "United States: United States (1), Antony Blinken (1); South Korea (1)"
    )
    result = runner.invoke(
        app, ["timeline", "--voice", "US", *common], env={"COLUMNS": "120", "NO_COLOR": "1"}
    )
    assert "for United States" in result.stdout  # the who column: Frank Rose, for the US


def test_answers_and_related_claims_carry_voices(tmp_path: Path) -> None:
    from contextlib import closing

    from rnkclaims.ledger import locate
    from rnkclaims.store.open import open_current

    with closing(open_current(locate(REPO / "data"), tmp_path / "v.db").conn) as conn:
        denial = next(d for d in q.denials(conn, q.ClaimFilters()) if d["answers"])
        assert all({"voice_id", "voice"} <= set(a) for a in denial["answers"])
        related = q.show(conn, "ukr25.blinken-space-tech-for-weapons")["related"]
    assert related and all("voice_id" in r for r in related)
    assert any(r["voice_id"] == "us-government" for r in related)
