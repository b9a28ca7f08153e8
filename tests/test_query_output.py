# ruff: noqa: RUF001  (Cyrillic test data)
"""Machine output that never lies by omission, and answers in the right order: every row
off a terminal, a cut said on stderr, whole contradiction groups and denials, --sql that
runs, tsv/excel/--no-headers, db-path, options before the command, a quiet broken pipe,
undated claims at their source's publication, --sort and --reverse."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from query_fixtures import LEDGER, write_query_ledger
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.cli.query_cmds import DEFAULT_LIMIT, EXAMPLES
from rnkclaims.errors import ExitStatus
from rnkclaims.ledger import LedgerPaths
from rnkclaims.store import queries as q

runner = CliRunner()
EXE = str(Path(sys.executable).parent / "rnkclaims")


def many_claims(n: int) -> str:
    """``n`` more claims repeating the US accusation, one a day from 2023-01-01."""
    out = []
    for i in range(n):
        out.append(
            f"  - id: us-again-{i:03d}\n"
            "    speaker: united-states\n"
            "    source: src-reuters\n"
            "    mode: reported\n"
            "    excerpt: The United States accuses North Korea of supplying Russia\n"
            "    act: accuses\n"
            f"    said: 2023-01-{i % 28 + 1:02d}\n"
            "    propositions:\n"
            "      - {proposition: kp-arms-to-ru, stance: supports}\n"
        )
    return "".join(out)


def run(paths: LedgerPaths, db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--ledger", str(paths.root), "--db", str(db)])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def big(tmp_path: Path) -> LedgerPaths:
    """The query ledger with 60 more claims: 75 in all."""
    return write_query_ledger(tmp_path / "big", LEDGER + many_claims(60))


@pytest.fixture
def small(tmp_path: Path) -> LedgerPaths:
    return write_query_ledger(tmp_path / "small")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "claims.db"


# -- nothing cut without saying so -----------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "excel", "markdown", "table"])
def test_off_a_terminal_every_claim_is_written(big: LedgerPaths, db: Path, fmt: str) -> None:
    code, out, err = run(big, db, "claims", "-f", fmt)
    assert code == 0
    assert "showing the first" not in err
    ids = {f"us-again-{i:03d}" for i in range(60)}
    assert all(i in out for i in ids)
    if fmt == "json":
        assert len(json.loads(out)) == 75


def test_a_limit_that_cuts_says_so_on_stderr(big: LedgerPaths, db: Path) -> None:
    code, out, err = run(big, db, "claims", "-f", "csv", "--limit", "10")
    assert code == 0
    assert len(list(csv.DictReader(io.StringIO(out)))) == 10
    assert err.splitlines()[-1] == "showing the first 10 claims; more match: use --limit 0 for all"
    # a limit that cuts nothing says nothing
    code, out, err = run(big, db, "claims", "-f", "csv", "--limit", "75")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 75
    assert "showing" not in err


def test_every_list_command_cuts_the_same_way(big: LedgerPaths, db: Path) -> None:
    for command, what in (
        ("timeline", "claims"), ("denials", "claims"), ("actors", "actors"),
        ("sources", "sources"), ("propositions", "propositions"),
    ):  # fmt: skip
        code, out, err = run(big, db, command, "-f", "json", "--limit", "1")
        assert code == 0, err
        if len(json.loads(out)) == 1 and "showing" in err:
            assert f"showing the first 1 {what}; more match" in err
    code, out, err = run(big, db, "who-said", "arms", "-f", "json", "--limit", "3")
    assert len(json.loads(out)) == 3
    assert "showing the first 3 claims; more match: use --limit 0 for all" in err


def test_a_table_on_a_terminal_shows_the_default_limit(big: LedgerPaths, db: Path) -> None:
    """The installed command with stdout on a pseudo-terminal: 50 rows and a note."""
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "200", "LINES": "10000", "RNKCLAIMS_PAGER": ""}
    proc = subprocess.Popen(
        [EXE, "claims", "--ledger", str(big.root), "--db", str(db)],
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    _, err = proc.communicate(timeout=60)
    os.close(leader)
    out = b"".join(chunks).decode()
    assert proc.returncode == 0
    assert f"showing the first {DEFAULT_LIMIT} claims; more match" in err.decode()
    shown = [i for i in range(60) if f"us-again-{i:03d}" in out]
    assert 0 < len(shown) < 60


# -- contradictions: every claim in machine formats, closest first in tables -----------------


def test_contradiction_groups_carry_every_claim(big: LedgerPaths, db: Path) -> None:
    code, out, _ = run(big, db, "contradictions", "--kind", "opposite-stance", "-f", "json")
    assert code == 0
    [group] = [g for g in json.loads(out) if g["proposition_id"] == "kp-arms-to-ru"]
    assert group["claims_total"] == 65
    assert len(group["claims"]) == 65
    code, out, _ = run(big, db, "contradictions", "--kind", "opposite-stance", "-f", "csv")
    rows = [r for r in csv.DictReader(io.StringIO(out)) if r["proposition_id"] == "kp-arms-to-ru"]
    assert len(rows) == 65


def test_a_table_ranks_the_closest_counter_claims_first(small: LedgerPaths, db: Path) -> None:
    """The denial (Reuters, 2023-09) against four accusations: the three in the same
    Reuters article come first; of the others, the nearest in time."""
    extra = (
        "  - id: us-old\n    speaker: united-states\n    source: src-yonhap\n"
        "    mode: reported\n    excerpt: Washington again said North Korea is supplying"
        " military equipment to Moscow.\n    act: asserts\n    said: 2023-01-02\n"
        "    propositions:\n      - {proposition: kp-arms-to-ru, stance: supports}\n"
    )
    paths = write_query_ledger(small.root, LEDGER + extra)
    from query_fixtures import connect

    with connect(paths, db) as conn:
        f = q.ContradictionFilters(kind="opposite-stance", per_side=3)
        [group] = [g for g in q.contradictions(conn, f) if g["proposition_id"] == "kp-arms-to-ru"]
        assert [c["id"] for c in group["claims"]] == [
            "kp-denies", "sk-confirms", "us-accuses", "sk-confirms-yonhap",
        ]  # fmt: skip
        assert group["claims_total"] == 6
        f = q.ContradictionFilters(kind="opposite-stance", per_side=None)
        [whole] = [g for g in q.contradictions(conn, f) if g["proposition_id"] == "kp-arms-to-ru"]
        assert len(whole["claims"]) == 6
    result = runner.invoke(
        app,
        ["contradictions", "--kind", "opposite-stance", "--ledger", str(paths.root), "--db",
         str(db)],
        env={"COLUMNS": "200"},
    )  # fmt: skip
    assert result.exit_code == 0
    assert "5 of 6 claims shown" in result.stdout
    assert "us-old" not in result.stdout


# -- --sql runs as printed ----------------------------------------------------------------


def _sql_rows(out: str) -> list[str]:
    first = out.splitlines()[0]
    assert first.startswith("-- database: ")
    conn = sqlite3.connect(first.removeprefix("-- database: "))
    try:
        return [r[0] for r in conn.execute(out.split("\n", 2)[2])]
    finally:
        conn.close()


def test_sql_runs_as_printed_on_the_database_it_names(small: LedgerPaths, db: Path) -> None:
    code, out, _ = run(small, db, "claims", "--speaker", "Shoigu", "--sql")
    assert code == 0
    assert out.splitlines()[0] == f"-- database: {db}"
    code, listed, _ = run(small, db, "claims", "--speaker", "Shoigu", "-f", "json")
    assert _sql_rows(out) == [c["id"] for c in json.loads(listed)]
    # who-said: the main statement runs; the fallbacks are comments
    code, out, _ = run(small, db, "who-said", "arms deals", "--speaker", "DPRK", "--sql")
    assert "\n-- when the best 400 matches may not hold the best" not in out  # no limit: no window
    conn = sqlite3.connect(db)
    rows = conn.execute(out.split("\n", 2)[2]).fetchall()
    conn.close()
    assert [r[2] for r in rows] == ["kp-denies"]
    code, out, _ = run(small, db, "who-said", "arms deals", "--limit", "5", "--sql")
    lines = out.splitlines()
    start = lines.index(
        "-- when the best 400 matches may not hold the best 5 (too few pass the filters, or one"
        " further down gains the topic bonus):"
    )
    assert all(line.startswith("--") for line in lines[start:] if line)
    assert not lines[start - 1]


def test_sql_cli_runs_the_printed_sql(small: LedgerPaths, db: Path, tmp_path: Path) -> None:
    """The sqlite3 shell, where installed, runs --sql's output unchanged."""
    import shutil

    shell = shutil.which("sqlite3")
    code, out, _ = run(small, db, "denials", "--sql")
    assert code == 0
    script = tmp_path / "q.sql"
    script.write_text(out)
    if shell is None:
        rows = _sql_rows(out)
    else:
        with script.open() as stdin:
            done = subprocess.run([shell, str(db)], stdin=stdin, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        rows = [line.split("|")[0] for line in done.stdout.splitlines()]
    assert rows == ["kp-denies"]


def test_db_path(small: LedgerPaths, db: Path, tmp_path: Path) -> None:
    code, out, _ = run(small, db, "db-path")
    assert (code, out) == (0, f"{db}\n")
    result = runner.invoke(
        app, ["db-path", "--ledger", str(small.root)], env={"XDG_CACHE_HOME": str(tmp_path / "c")}
    )
    assert result.exit_code == 0
    path = Path(result.stdout.strip())
    assert path.parent == tmp_path / "c" / "rnkclaims"
    assert path.name.startswith("small-") and path.suffix == ".db"
    assert not path.exists()  # printing the path builds nothing


def test_ledger_and_db_before_the_command(small: LedgerPaths, db: Path) -> None:
    result = runner.invoke(
        app, ["--ledger", str(small.root), "--db", str(db), "claims", "--act", "denies", "-f",
              "jsonl"]
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["kp-denies"]
    result = runner.invoke(app, [f"--db={db}", "-L", str(small.root), "db-path"])
    assert result.stdout == f"{db}\n"
    # attached, and before a command of a group
    result = runner.invoke(app, [f"-L{small.root}", f"--db={db}", "stats", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert result.stdout == run(small, db, "stats", "-f", "json")[1]
    result = runner.invoke(app, ["--ledger", str(small.root), "source", "show", "src-tass"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("src-tass")


def test_an_option_before_a_command_that_does_not_take_it_is_refused(
    small: LedgerPaths, db: Path
) -> None:
    result = runner.invoke(app, ["--db", str(db), "validate", "--ledger", str(small.root)])
    assert result.exit_code == ExitStatus.USAGE
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "Error: 'validate' does not take --db",
        "Hint: see rnkclaims validate --help",
    ]
    assert not db.exists()


# -- formats ----------------------------------------------------------------------------------


def test_tsv_excel_and_no_headers(small: LedgerPaths, db: Path) -> None:
    code, out, _ = run(small, db, "sources", "-f", "tsv")
    lines = out.splitlines()
    assert lines[0] == "id\toutlet\ttitle\tpublished\tlanguage\tclaims"
    assert lines[1] == "src-tass\tTASS\tШойгу о сотрудничестве\t2024-02-10\tru\t4"
    code, headless, _ = run(small, db, "sources", "-f", "tsv", "--no-headers")
    assert headless.splitlines() == lines[1:]
    result = runner.invoke(
        app, ["sources", "-f", "excel", "--ledger", str(small.root), "--db", str(db)]
    )
    raw = result.stdout_bytes.decode("utf-8")
    assert raw.startswith("\ufeffid,outlet,title,published,language,claims\r\n")
    assert raw.endswith("\r\n") and raw.count("\n") == raw.count("\r\n") == 5
    code, out, _ = run(small, db, "sources", "-f", "csv", "--no-headers")
    assert out.splitlines()[0] == "src-tass,TASS,Шойгу о сотрудничестве,2024-02-10,ru,4"
    code, out, _ = run(small, db, "sources", "-f", "markdown", "--no-headers")
    assert code == 0
    assert out.splitlines()[0].startswith("| src-tass | TASS |")


# -- a closed pipe ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_a_closed_pipe_exits_0_quietly(big: LedgerPaths, db: Path, fmt: str) -> None:
    """rnkclaims claims | head -c 100: the reader goes away; status 0, nothing on stderr
    but the note about the rebuild."""
    run(big, db, "stats")  # build first
    proc = subprocess.Popen(
        [EXE, "claims", "-f", fmt, "--ledger", str(big.root), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "80"},
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0
    assert err == ""


# -- text options that are not text ------------------------------------------------------------


@pytest.mark.parametrize("option", ["--speaker", "--voice", "--outlet", "--via", "--topic"])
def test_lone_surrogates_are_a_usage_error(small: LedgerPaths, db: Path, option: str) -> None:
    code, _, err = run(small, db, "claims", option, "\udcff")
    assert code == ExitStatus.USAGE
    assert "not valid text" in err
    assert "Traceback" not in err


def test_lone_surrogates_from_the_shell(small: LedgerPaths, db: Path) -> None:
    """$'\\xff' as the shell passes it: a byte Python decodes to a lone surrogate."""
    done = subprocess.run(
        [EXE.encode(), b"claims", b"--speaker", b"\xff", b"--ledger", bytes(small.root),
         b"--db", bytes(db)],
        capture_output=True,
    )  # fmt: skip
    assert done.returncode == ExitStatus.USAGE
    assert b"not valid text" in done.stderr


# -- dates: undated claims where their source was published ----------------------------------

UNDATED = """\
  - id: kremlin-undated
    speaker: kremlin
    source: src-tass
    mode: reported
    excerpt: The Kremlin said Russia gives Pyongyang no help with space technology.
    act: asserts
    propositions:
      - {proposition: ru-space-help, stance: opposes}
"""


def test_undated_claims_sit_at_their_sources_publication(tmp_path: Path, db: Path) -> None:
    paths = write_query_ledger(tmp_path / "l", LEDGER + UNDATED)
    code, out, _ = run(paths, db, "timeline", "--speaker", "Kremlin", "-f", "json")
    assert [c["id"] for c in json.loads(out)] == ["kremlin-no-help", "kremlin-undated"]
    code, out, _ = run(paths, db, "claims", "--since", "2024-02-10", "-f", "json")
    # newest first; the undated claim at its source's publication (ties by id)
    assert [c["id"] for c in json.loads(out)] == [
        "kremlin-undated", "tass-summit-12", "kremlin-no-help",
    ]  # fmt: skip
    code, out, _ = run(paths, db, "claims", "--until", "2023-12", "--speaker", "Kremlin")
    assert code == 0 and "kremlin-undated" not in out
    result = runner.invoke(
        app,
        ["timeline", "--speaker", "Kremlin", "--ledger", str(paths.root), "--db", str(db)],
        env={"COLUMNS": "200"},
    )
    assert "undated (reported 2024-02-10)" in result.stdout


def test_sort_and_reverse(small: LedgerPaths, db: Path) -> None:
    code, out, _ = run(small, db, "claims", "--speaker", "Shoigu", "--sort", "said", "-f", "json")
    assert [c["id"] for c in json.loads(out)] == [
        "shoigu-will-help",
        "shoigu-ru",
        "shoigu-wont-help",
    ]
    code, out, _ = run(small, db, "claims", "--speaker", "Shoigu", "--sort", "said", "-r",
                       "-f", "json")  # fmt: skip
    # same-day claims stay in id order
    assert [c["id"] for c in json.loads(out)] == [
        "shoigu-ru",
        "shoigu-wont-help",
        "shoigu-will-help",
    ]
    code, out, _ = run(small, db, "timeline", "--act", "reports", "--reverse", "-f", "json")
    assert [c["id"] for c in json.loads(out)] == ["tass-summit-12", "kcna-summit-13"]
    code, out, _ = run(small, db, "claims", "--topic", "space", "--sort", "speaker", "-f", "json")
    speakers = [c["speaker"] for c in json.loads(out)]
    assert speakers == sorted(speakers, key=str.casefold)
    code, out, _ = run(small, db, "who-said", "satellite", "--sort", "published", "-f", "json")
    published = [c["published"] for c in json.loads(out)]
    assert published == sorted(published)
    code, _, err = run(small, db, "claims", "--sort", "relevance")
    assert code == ExitStatus.USAGE and "needs a search" in err


# -- denials: answered before, contradicted after ------------------------------------------

LATER = """\
  - id: us-2024
    speaker: united-states
    source: src-tass
    mode: reported
    excerpt: Shoigu said Russia would not help North Korea with satellites.
    act: asserts
    said: 2024-02-09
    propositions:
      - {proposition: kp-arms-to-ru, stance: supports}
"""


def test_denials_separate_what_they_answer_from_later_claims(tmp_path: Path, db: Path) -> None:
    paths = write_query_ledger(tmp_path / "l", LEDGER + LATER)
    code, out, _ = run(paths, db, "denials", "-f", "json")
    assert code == 0
    [denial] = json.loads(out)
    assert [a["id"] for a in denial["answers"]] == [
        "sk-confirms", "us-accuses", "sk-confirms-yonhap", "us-repeats",
    ]  # fmt: skip
    assert [a["id"] for a in denial["later"]] == ["us-2024"]
    assert (denial["answers_total"], denial["later_total"]) == (4, 1)
    result = runner.invoke(
        app, ["denials", "--ledger", str(paths.root), "--db", str(db)], env={"COLUMNS": "200"}
    )
    assert "Contradicted later by:" in result.stdout


def test_who_said_with_filters_and_no_words(small: LedgerPaths, db: Path) -> None:
    code, out, _ = run(small, db, "who-said", "--speaker", "Shoigu", "-f", "json")
    code, listed, _ = run(small, db, "claims", "--speaker", "Shoigu", "-f", "json")
    assert code == 0
    assert [c["id"] for c in json.loads(out)] == [c["id"] for c in json.loads(listed)]
    assert len(json.loads(out)) == 3


def test_help_examples_are_registered() -> None:
    assert EXAMPLES["who-said"][0] == "rnkclaims who-said 'arms deals'"
    assert DEFAULT_LIMIT == q.DEFAULT_LIMIT


# -- progress on a terminal ----------------------------------------------------------------


def _stderr_on_terminal(args: list[str], env: dict[str, str]) -> str:
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=follower, env={**os.environ, **env}
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    assert proc.wait(timeout=60) == 0
    os.close(leader)
    return b"".join(chunks).decode()


def test_a_slow_rebuild_shows_progress_on_a_terminal_only(small: LedgerPaths, db: Path) -> None:
    args = [EXE, "stats", "--ledger", str(small.root), "--db", str(db)]
    env = {"RNKCLAIMS_PROGRESS_AFTER": "0", "NO_COLOR": "1"}
    err = _stderr_on_terminal(args, env)
    lines = err.replace("\r\n", "\n").splitlines()
    assert lines[0] == "ledger changed, rebuilding the database\u2026"
    assert lines[1].startswith("rebuilt in ") and lines[1].endswith(" s")
    # a current database opens in a moment: nothing to say
    err = _stderr_on_terminal(args, {"NO_COLOR": "1"})
    assert "rebuilding" not in err
    # piped: never
    db.unlink()
    done = subprocess.run(args, capture_output=True, text=True, env={**os.environ, **env})
    assert done.returncode == 0
    assert "rebuilding" not in done.stderr
