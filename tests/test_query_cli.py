"""The query commands through the command line: exit codes, messages, and JSON that is
exactly what the library returns (so the CLI cannot drift from the core)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from query_fixtures import connect, write_query_ledger
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.cli.query_cmds import CLAIMREVIEW_COMMANDS, Format
from rnkclaims.errors import ExitStatus
from rnkclaims.ledger import LedgerPaths
from rnkclaims.render import OutputFormat
from rnkclaims.store import queries as q

runner = CliRunner()

COMMANDS = [
    "who-said", "claims", "timeline", "denials", "confirmations", "contradictions", "show",
    "actors", "sources", "propositions", "stats",
]  # fmt: skip


@pytest.fixture
def ledger(tmp_path: Path) -> LedgerPaths:
    return write_query_ledger(tmp_path / "ledger")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "claims.db"


def run(ledger: LedgerPaths, db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--ledger", str(ledger.root), "--db", str(db)])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def conn(ledger: LedgerPaths, db: Path) -> Iterator[object]:
    with connect(ledger, db) as c:
        yield c


def test_format_option_matches_render() -> None:
    # every format but claimreview, which the claim commands write through report/
    assert [f.value for f in Format if f is not Format.claimreview] == [
        f.value for f in OutputFormat
    ]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"rnkclaims {name}" in result.stdout
    for option in ("--format", "--ledger", "--db", "--sql"):
        assert option in result.stdout


def test_who_said_json_is_the_library_result(ledger: LedgerPaths, db: Path, conn: object) -> None:
    code, out, _ = run(ledger, db, "who-said", "arms deals", "--format", "json")
    assert code == 0
    expected = q.who_said(conn, "arms deals", q.ClaimFilters())  # type: ignore[arg-type]
    assert json.loads(out) == expected.claims


def test_who_said_jsonl_and_csv(ledger: LedgerPaths, db: Path) -> None:
    code, out, _ = run(ledger, db, "who-said", "arms deals", "-f", "jsonl", "--speaker", "DPRK")
    assert code == 0
    [line] = out.splitlines()
    assert json.loads(line)["id"] == "kp-denies"
    code, out, _ = run(ledger, db, "who-said", "arms deals", "-f", "csv", "--act", "denies")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["id"] for r in rows] == ["kp-denies"]
    assert rows[0]["highlight"] == "Pyongyang denied any **arms deals** with Moscow"
    assert rows[0]["relay"] == "Yonhap News Agency (report)"
    assert rows[0]["propositions"] == "kp-arms-to-ru:opposes"


def test_who_said_table_reads_at_80_columns(ledger: LedgerPaths, db: Path) -> None:
    result = runner.invoke(
        app,
        ["who-said", "Kim Jong Un", "--ledger", str(ledger.root), "--db", str(db)],
        env={"COLUMNS": "80", "NO_COLOR": "1"},
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "\x1b[" not in result.stdout
    text = result.stdout
    for part in ("Kim Jong Un", "pledges", "2023-09-13", "(day)", "kim-pledges", "Reuters"):
        assert part in text


def test_matched_words_stand_out_without_colour(ledger: LedgerPaths, db: Path) -> None:
    args = ["who-said", "providing missiles", "--ledger", str(ledger.root), "--db", str(db)]
    result = runner.invoke(app, args, env={"COLUMNS": "200", "NO_COLOR": "1"})
    # piped: no styles, so the marks of the machine formats show the matched words
    assert "\x1b[" not in result.stdout
    assert "**providing missiles**" in result.stdout


def test_no_result_says_so_and_suggests(ledger: LedgerPaths, db: Path) -> None:
    code, out, err = run(ledger, db, "who-said", "Pyongyan")
    assert (code, out) == (0, "")
    assert "No claims match the query." in err
    assert "Did you mean: Pyongyang?" in err
    code, out, err = run(ledger, db, "who-said", "Pyongyan", "--fail-empty")
    assert code == ExitStatus.NO_RESULTS
    code, out, _ = run(ledger, db, "who-said", "Pyongyan", "--format", "json")
    assert (code, json.loads(out)) == (0, [])


@pytest.mark.parametrize(
    "query",
    ['"unbalanced', "NEAR(arms deals", "arms AND OR NOT", "x:y*", "arms -deals", "한국 Россия"],
)
def test_nasty_queries_exit_cleanly(ledger: LedgerPaths, db: Path, query: str) -> None:
    code, _, err = run(ledger, db, "who-said", query)
    assert code == 0
    assert "Traceback" not in err and "Error" not in err


def test_errors_are_one_line_with_a_hint(ledger: LedgerPaths, db: Path) -> None:
    code, _, err = run(ledger, db, "stats")
    assert err == f"database rebuilt: {db}\n"
    code, _, err = run(ledger, db, "who-said", "")
    assert code == ExitStatus.USAGE
    assert err.splitlines()[0] == "Error: the query has no words to search for"
    assert err.splitlines()[1].startswith("Hint: give words to search for, e.g. rnkclaims who-said")
    code, _, err = run(ledger, db, "who-said", "*:-()")
    assert code == ExitStatus.USAGE
    assert err.splitlines()[0] == (
        "Error: the query has no words to search for: '*:-()' has no letters or digits"
    )
    code, _, err = run(ledger, db, "claims", "--since", "2023-13")
    assert code == ExitStatus.USAGE
    assert err.startswith("Error: --since: '2023-13': there is no month 13")
    code, _, err = run(ledger, db, "claims", "--speaker", "Pyongyan")
    assert code == ExitStatus.NOT_FOUND
    assert err.splitlines() == [
        "Error: no speaker named 'Pyongyan'",
        "Hint: did you mean: Pyongyang?",
    ]
    code, _, err = run(ledger, db, "show", "kp-denied")
    assert code == ExitStatus.NOT_FOUND
    assert err.splitlines() == ["Error: no claim 'kp-denied'", "Hint: did you mean: kp-denies?"]
    code, _, err = run(ledger, db, "contradictions", "--kind", "lies")
    assert code == ExitStatus.USAGE


def test_claims_and_timeline_json(ledger: LedgerPaths, db: Path, conn: object) -> None:
    code, out, _ = run(ledger, db, "claims", "--speaker", "Shoigu", "-f", "json")
    f = q.ClaimFilters(speaker="Shoigu")
    assert (code, json.loads(out)) == (0, q.list_claims(conn, f))  # type: ignore[arg-type]
    code, out, _ = run(ledger, db, "timeline", "--proposition", "ru-space-help", "-f", "json")
    f = q.ClaimFilters(proposition="ru-space-help", limit=50)
    assert json.loads(out) == q.timeline(conn, f)  # type: ignore[arg-type]
    assert [r["id"] for r in json.loads(out)] == [
        "shoigu-will-help", "us-no-evidence", "shoigu-wont-help",
    ]  # fmt: skip


def test_denials(ledger: LedgerPaths, db: Path, conn: object) -> None:
    code, out, _ = run(ledger, db, "denials", "-f", "json")
    assert (code, json.loads(out)) == (0, q.denials(conn, q.ClaimFilters()))  # type: ignore[arg-type]
    result = runner.invoke(
        app, ["denials", "--ledger", str(ledger.root), "--db", str(db)], env={"COLUMNS": "100"}
    )
    assert "Answers:" in result.stdout
    assert "United States (accuses, 2023-09-14) us-accuses" in result.stdout


def test_confirmations(ledger: LedgerPaths, db: Path, conn: object) -> None:
    code, out, _ = run(ledger, db, "confirmations", "-f", "json")
    expected = q.confirmations(conn, q.ClaimFilters())  # type: ignore[arg-type]
    assert code == 0
    assert json.loads(out) == {
        "confirmations": expected.confirmations,
        "corroborated": expected.corroborated,
    }
    code, out, _ = run(ledger, db, "confirmations", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["section"], r["id"]) for r in rows] == [
        ("confirmations", "sk-confirms-yonhap"),
        ("confirmations", "sk-confirms"),
        ("corroborated", "kp-arms-to-ru"),
    ]
    assert rows[2]["supporting_voices"] == "2"
    assert rows[2]["supporters"] == "South Korea (2); United States (2)"


def test_contradictions(ledger: LedgerPaths, db: Path, conn: object) -> None:
    code, out, _ = run(ledger, db, "contradictions", "-f", "json")
    expected = q.contradictions(conn, q.ContradictionFilters())  # type: ignore[arg-type]
    assert (code, json.loads(out)) == (0, expected)
    result = runner.invoke(
        app, ["contradictions", "--ledger", str(ledger.root), "--db", str(db), "--kind",
              "value-mismatch"], env={"COLUMNS": "200"},
    )  # fmt: skip
    assert result.stdout.splitlines()[0] == (
        "1. value-mismatch: different values for 'When did the Vostochny summit take place?': "
        "2023-09-12 (TASS) vs 2023-09-13 (Korean Central News Agency)"
    )
    code, out, _ = run(ledger, db, "contradictions", "-f", "csv", "--kind", "reversal")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["group"], r["kind"], r["id"]) for r in rows] == [
        ("1", "reversal", "shoigu-will-help"),
        ("1", "reversal", "shoigu-wont-help"),
    ]


def test_show(ledger: LedgerPaths, db: Path, conn: object) -> None:
    code, out, _ = run(ledger, db, "show", "kp-denies", "-f", "json")
    assert (code, json.loads(out)) == (0, q.show(conn, "kp-denies"))  # type: ignore[arg-type]
    result = runner.invoke(
        app, ["show", "kp-denies", "--ledger", str(ledger.root), "--db", str(db)],
        env={"COLUMNS": "200"},
    )  # fmt: skip
    assert result.exit_code == 0
    assert "Pyongyang denied any arms deals with Moscow, according to Yonhap." in result.stdout
    assert "Related claims" in result.stdout


def test_actors_sources_propositions_stats(ledger: LedgerPaths, db: Path, conn: object) -> None:
    code, out, _ = run(ledger, db, "actors", "-f", "json")
    assert (code, json.loads(out)) == (0, q.actors(conn))  # type: ignore[arg-type]
    code, out, _ = run(ledger, db, "sources", "-f", "json")
    assert json.loads(out) == q.sources(conn)  # type: ignore[arg-type]
    code, out, _ = run(ledger, db, "propositions", "-f", "json", "--topic", "space")
    assert json.loads(out) == q.propositions(conn, q.PropositionFilters(topic="space"))  # type: ignore[arg-type]
    code, out, _ = run(ledger, db, "stats", "-f", "json")
    stats = json.loads(out)
    assert stats["totals"]["claims"] == 15
    code, out, _ = run(ledger, db, "actors", "-f", "csv")
    assert out.splitlines()[0] == "id,name,kind,country,aliases,claims"
    code, out, _ = run(ledger, db, "stats", "-f", "markdown")
    assert out.splitlines()[0] == "| section | name | count |"


@pytest.mark.parametrize(
    "args",
    [
        ["who-said", "arms deals"],
        ["claims", "--speaker", "DPRK"],
        ["timeline", "--topic", "space"],
        ["denials"],
        ["confirmations"],
        ["contradictions"],
        ["show", "kp-denies"],
        ["actors"],
        ["sources"],
        ["propositions"],
        ["stats"],
    ],
)
def test_sql_prints_runnable_sql(ledger: LedgerPaths, db: Path, args: list[str]) -> None:
    import sqlite3

    code, out, _ = run(ledger, db, *args, "--sql")
    assert code == 0
    assert out.rstrip().endswith(";")
    conn = sqlite3.connect(db)
    try:
        for statement in out.split(";\n\n"):
            if "<claim id>" not in statement:
                conn.execute(statement.rstrip().rstrip(";")).fetchall()
    finally:
        conn.close()


def test_every_format_runs_for_every_command(ledger: LedgerPaths, db: Path) -> None:
    for args in (["who-said", "satellite"], ["claims"], ["timeline"], ["denials"],
                 ["confirmations"], ["contradictions"], ["show", "us-accuses"], ["actors"],
                 ["sources"], ["propositions"], ["stats"]):  # fmt: skip
        for fmt in Format:
            code, out, err = run(ledger, db, *args, "--format", fmt.value)
            if fmt is Format.claimreview and args[0] not in CLAIMREVIEW_COMMANDS:
                assert (code, out) == (2, ""), (args, fmt, err)
                continue
            assert code == 0, (args, fmt, err)
            assert out, (args, fmt)
