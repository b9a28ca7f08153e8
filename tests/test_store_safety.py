"""The database and every write: nothing replaced that is not ours, nothing left behind,
nothing half-written, and failures of the file system reported in one line.

Failures are real: a file size limit (``RLIMIT_FSIZE``, with ``SIGXFSZ`` ignored) in a
child process stands for a full disk, a read-only bind mount (in a user and mount
namespace, when ``unshare`` allows it) for a read-only folder, and a writer killed just
before its rename for an interrupted build or write.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.edit_io import HOST_TAG, STALE_AFTER, clean_stale, write_atomic
from rnkclaims.ledger import load, locate
from rnkclaims.store.build import TABLES, build
from rnkclaims.store.open import open_current
from tests.conftest import BUNDLED, write_ledger

runner = CliRunner()
RNKCLAIMS = Path(sys.executable).parent / "rnkclaims"  # the installed command

ADD = [
    "add", "--speaker", "united-states", "--source", "src-a", "--act", "accuses",
    "--excerpt", "The US accuses North Korea of supplying Russia with ammunition.",
    "--id", "us-accuses-again",
]  # fmt: skip

ARTICLE = (
    "SEOUL, Oct. 2 (Yonhap) -- " + "Officials met again to discuss the launch site. " * 20
).strip() + "\n"
SOURCE_ADD = [
    "source", "add", "-", "--outlet", "yonhap", "--title", "Officials meet again",
    "--published", "2023-10-02",
]  # fmt: skip

# Runs rnkclaims with a file size limit: writing past it fails with EFBIG ("File too
# large"), as a full disk fails with ENOSPC.
LIMITED = """
import resource, runpy, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
sys.argv = ["rnkclaims", *sys.argv[2:]]
runpy.run_module("rnkclaims", run_name="__main__")
"""

# Runs rnkclaims and kills it (SIGKILL) at its first rename: the temporary file is
# complete, the target not yet replaced.
KILLED = """
import os, runpy, signal, sys
os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
sys.argv = ["rnkclaims", *sys.argv[1:]]
runpy.run_module("rnkclaims", run_name="__main__")
"""


def _child_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("RNKCLAIMS_DEBUG", None)
    return env


def _limited(
    tmp_path: Path, limit: int, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", LIMITED, str(limit), *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=_child_env(tmp_path),
        timeout=120,
    )


def _killed(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", KILLED, *args],
        capture_output=True,
        text=True,
        env=_child_env(tmp_path),
        timeout=120,
    )


def _tmp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _one_line_error(output: str, path: Path) -> None:
    lines = output.splitlines()
    first = lines[0]
    assert first.startswith("Error: cannot write "), output
    assert len(lines) == 2 and lines[1].startswith("Hint: "), output
    assert str(path) in first or path.name in first, output
    assert "internal error" not in output and "Traceback" not in output


# -- 1. --db never replaces what is not an rnkclaims database ------------------------------


def test_db_naming_the_ledger_file_is_refused(ledger_dir: Path) -> None:
    ledger_file = ledger_dir / "claims.yaml"
    before = _snapshot(ledger_dir)
    result = runner.invoke(app, ["stats", "--ledger", str(ledger_dir), "--db", str(ledger_file)])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: refused: the database ")
    assert "inside the ledger folder" in result.output
    assert "--db" in result.output.splitlines()[1]
    assert _snapshot(ledger_dir) == before


def test_db_env_naming_a_new_file_in_the_ledger_folder_is_refused(ledger_dir: Path) -> None:
    target = ledger_dir / "sources" / "cache.db"
    result = runner.invoke(
        app, ["claims", "--ledger", str(ledger_dir)], env={"RNKCLAIMS_DB": str(target)}
    )
    assert result.exit_code == 2, result.output
    assert "inside the ledger folder" in result.output
    assert not target.exists()


@pytest.mark.parametrize(
    "content",
    [
        b"my notes, not a database\n",
        b"SQLite format 3\x00",  # a header alone: not an rnkclaims database either
    ],
)
def test_db_naming_a_foreign_file_is_refused(
    ledger_dir: Path, tmp_path: Path, content: bytes
) -> None:
    other = tmp_path / "elsewhere" / "notes.db"
    other.parent.mkdir()
    other.write_bytes(content)
    result = runner.invoke(app, ["build", "--ledger", str(ledger_dir), "--db", str(other)])
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"Error: refused to replace {other}: it is not an rnkclaims")
    assert other.read_bytes() == content
    assert _tmp_files(other.parent) == []


def test_db_naming_another_sqlite_database_is_refused(ledger_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "app.sqlite"
    conn = sqlite3.connect(other)
    with conn:
        conn.execute("create table accounts (id integer primary key, name text)")
        conn.execute("insert into accounts (name) values ('kept')")
    conn.close()
    before = other.read_bytes()
    result = runner.invoke(app, ["stats", "--ledger", str(ledger_dir), "--db", str(other)])
    assert result.exit_code == 2, result.output
    assert "not an rnkclaims database" in result.output
    assert other.read_bytes() == before


def test_db_naming_a_folder_or_device_is_refused(ledger_dir: Path, tmp_path: Path) -> None:
    for target in (tmp_path, Path(os.devnull)):
        result = runner.invoke(app, ["build", "--ledger", str(ledger_dir), "--db", str(target)])
        assert result.exit_code == 2, result.output
        assert "not a regular file" in result.output
    assert Path(os.devnull).is_char_device()


def test_an_rnkclaims_database_or_an_empty_file_may_be_replaced(
    ledger_dir: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    first = runner.invoke(app, ["build", "--ledger", str(ledger_dir), "--db", str(empty)])
    assert first.exit_code == 0, first.output
    again = runner.invoke(
        app, ["build", "--force", "--ledger", str(ledger_dir), "--db", str(empty)]
    )
    assert again.exit_code == 0, again.output
    conn = sqlite3.connect(empty)
    assert conn.execute("select count(*) from claims").fetchone() == (3,)
    conn.close()


# -- 2. the full-text index holds each row once ------------------------------------------


def _fts_integrity(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        # rank 1: compare the index with the content table, row by row
        conn.execute(
            "insert into claim_search_fts(claim_search_fts, rank) values ('integrity-check', 1)"
        )
        docs = conn.execute("select count(*) from claim_search_fts_docsize").fetchone()[0]
        rows = conn.execute("select count(*) from claim_search").fetchone()[0]
        assert docs == rows
    finally:
        conn.close()


def test_fts_index_passes_integrity_check(ledger_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    open_current(locate(ledger_dir), db).conn.close()
    _fts_integrity(db)


def test_fts_index_of_the_bundled_ledger_passes_integrity_check(tmp_path: Path) -> None:
    ledger = load(locate(BUNDLED))
    checked = check(ledger)
    db = tmp_path / "bundled.db"
    build(ledger, checked.derived, db)
    _fts_integrity(db)


# -- 3. temporary files, durability, permissions -----------------------------------------


def test_a_killed_build_leaves_nothing_after_the_next_build(
    ledger_dir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "dbs" / "q.db"
    killed = _killed(tmp_path, "build", "--ledger", str(ledger_dir), "--db", str(db))
    assert killed.returncode == -9, killed.stderr
    assert not db.exists()
    assert len(_tmp_files(db.parent)) == 1  # what the killed build left
    result = runner.invoke(app, ["build", "--ledger", str(ledger_dir), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert _tmp_files(db.parent) == []
    assert db.exists()


def test_a_killed_add_leaves_nothing_after_the_next_add(ledger_dir: Path, tmp_path: Path) -> None:
    before = (ledger_dir / "claims.yaml").read_bytes()
    killed = _killed(tmp_path, *ADD, "--ledger", str(ledger_dir))
    assert killed.returncode == -9, killed.stderr
    assert (ledger_dir / "claims.yaml").read_bytes() == before
    assert len(_tmp_files(ledger_dir)) == 1
    result = runner.invoke(app, [*ADD, "--ledger", str(ledger_dir)])
    assert result.exit_code == 0, result.output
    assert _tmp_files(ledger_dir) == []


def test_stale_means_local_writer_gone_or_older_than_a_day(tmp_path: Path) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead_pid = int(gone.stdout)
    live_pid = os.getpid()
    other_host = "0000000f" if HOST_TAG != "0000000f" else "0000000e"
    files = {
        "dead": f".claims.yaml.{dead_pid}@{HOST_TAG}-0123abcd.tmp",
        "live": f".claims.yaml.{live_pid}@{HOST_TAG}-0123abcd.tmp",
        "live-but-old": f".q.db.{live_pid}@{HOST_TAG}-89abcdef.tmp",
        "dead-on-another-machine": f".claims.yaml.{dead_pid}@{other_host}-0123abcd.tmp",
        "dead-0.2.0-no-host": f".claims.yaml.{dead_pid}-0123abcd.tmp",
        "old-0.2.0-no-host": f".sources.{dead_pid}-0123abcd.tmp",
        "older-format-old": ".claims.yaml.k2j4h5g6.tmp",
        "older-format-new": ".claims.yaml.a1b2c3d4.tmp",
        "someone-elses": ".notes.tmp",
        "not-hidden": f"claims.yaml.{dead_pid}-0123abcd.tmp",
    }
    for name in files.values():
        (tmp_path / name).write_text("partial")
    old = time.time() - STALE_AFTER - 60
    for key in ("live-but-old", "older-format-old", "old-0.2.0-no-host"):
        os.utime(tmp_path / files[key], (old, old))
    removed = {p.name for p in clean_stale(tmp_path)}
    expected = ("dead", "live-but-old", "older-format-old", "old-0.2.0-no-host")
    assert removed == {files[key] for key in expected}
    assert {p.name for p in tmp_path.iterdir()} == set(files.values()) - removed


def test_new_database_and_files_follow_the_umask(ledger_dir: Path, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        db = tmp_path / "shared.db"
        open_current(locate(ledger_dir), db).conn.close()
        assert stat.S_IMODE(db.stat().st_mode) == 0o644
        os.umask(0o007)
        open_current(locate(ledger_dir), db, force=True).conn.close()
        assert stat.S_IMODE(db.stat().st_mode) == 0o660  # a cache: the umask, always
        new = tmp_path / "new.txt"
        write_atomic(new, "text\n")
        assert stat.S_IMODE(new.stat().st_mode) == 0o660
    finally:
        os.umask(previous)


def test_a_replaced_ledger_file_keeps_its_mode(ledger_dir: Path) -> None:
    main = ledger_dir / "claims.yaml"
    main.chmod(0o640)
    result = runner.invoke(app, [*ADD, "--ledger", str(ledger_dir)])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(main.stat().st_mode) == 0o640


# -- 4. '#' and '?' in paths -----------------------------------------------------------


@pytest.mark.parametrize("name", ["notes#1", "what?", "100%", "a b#c?d=e"])
def test_paths_with_uri_characters(tmp_path: Path, name: str) -> None:
    root = tmp_path / name / "data"
    write_ledger(root)
    db = tmp_path / f"{name}.db"
    for _ in range(2):  # built, then opened as it is
        result = runner.invoke(app, ["claims", "--format", "json", "--ledger", str(root),
                                     "--db", str(db)])  # fmt: skip
        assert result.exit_code == 0, result.output
        assert "hill-watching" in result.stdout
    assert db.is_file()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == [db.name]
    # the default database is named after the folder, and works too
    result = runner.invoke(app, ["stats", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    cached = [p.name for p in (tmp_path / "cache" / "rnkclaims").iterdir()]
    assert len(cached) == 1 and cached[0].startswith(f"{name}-"), cached


# -- 5. a full disk or a read-only folder: one line, exit 1, nothing changed ---------------


def test_disk_full_during_build(ledger_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "dbs" / "q.db"
    done = runner.invoke(app, ["build", "--ledger", str(ledger_dir), "--db", str(db)])
    assert done.exit_code == 0, done.output
    before = db.read_bytes()
    result = _limited(
        tmp_path, 16 * 1024, "build", "--force", "--ledger", str(ledger_dir), "--db", str(db)
    )
    assert result.returncode == 1, result.stderr
    _one_line_error(result.stderr, db)
    assert db.read_bytes() == before
    assert _tmp_files(db.parent) == []


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(ADD, id="add"),
        pytest.param(["extract", "src-a", "--write", "--all"], id="extract-write"),
        pytest.param(SOURCE_ADD, id="source-add"),
    ],
)
def test_disk_full_during_a_write(ledger_dir: Path, tmp_path: Path, args: list[str]) -> None:
    before = _snapshot(ledger_dir)
    adds_a_source = args[0] == "source"
    limit = len(ARTICLE) // 2 if adds_a_source else len(before["claims.yaml"])
    stdin = ARTICLE if adds_a_source else None
    result = _limited(tmp_path, limit, *args, "--ledger", str(ledger_dir), stdin=stdin)
    assert result.returncode == 1, result.stderr
    _one_line_error(result.stderr, ledger_dir)
    assert _snapshot(ledger_dir) == before
    assert _tmp_files(ledger_dir) == [] and _tmp_files(ledger_dir / "sources") == []


def _unshare_works() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    return probe.returncode == 0


READ_ONLY = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && shift && exec "$@"'


@pytest.mark.skipif(not _unshare_works(), reason="needs user and mount namespaces (unshare)")
@pytest.mark.parametrize(
    "args",
    [
        pytest.param(ADD, id="add"),
        pytest.param(["extract", "src-a", "--write", "--all"], id="extract-write"),
        pytest.param(SOURCE_ADD, id="source-add"),
        pytest.param(["build", "--db", "{ro}/q.db"], id="build"),
    ],
)
def test_read_only_ledger_folder(tmp_path: Path, args: list[str]) -> None:
    folder = tmp_path / "repo"
    ledger_dir = folder / "data"
    write_ledger(ledger_dir)
    dbs = tmp_path / "dbs"
    dbs.mkdir()
    mounted = dbs if args[0] == "build" else folder
    before = _snapshot(tmp_path)
    command = [a.replace("{ro}", str(dbs)) for a in args]
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", READ_ONLY, "sh", str(mounted),
         str(RNKCLAIMS), *command, "--ledger", str(ledger_dir)],
        capture_output=True, text=True, env=_child_env(tmp_path),
        input=ARTICLE if args[0] == "source" else None, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    _one_line_error(result.stderr, mounted)
    assert "Read-only file system" in result.stderr
    assert _snapshot(tmp_path) == before


# -- 6. symbolic links: followed within the ledger, refused out of it -----------------------


def _linked_ledger(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "data"
    write_ledger(root)
    outside = tmp_path / "outside" / "extra.yaml"
    outside.parent.mkdir()
    outside.write_text("schema_version: 1\nclaims: []\n", encoding="utf-8")
    (root / "claims").mkdir()
    (root / "claims" / "extra.yaml").symlink_to(outside)
    return root, outside


def test_add_through_a_link_leaving_the_ledger_is_refused(tmp_path: Path) -> None:
    root, outside = _linked_ledger(tmp_path)
    before = outside.read_bytes(), (root / "claims.yaml").read_bytes()
    result = runner.invoke(app, [*ADD, "--file", str(root / "claims" / "extra.yaml"),
                                 "--ledger", str(root)])  # fmt: skip
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: refused to write ")
    assert "outside the ledger folder" in result.output
    assert (outside.read_bytes(), (root / "claims.yaml").read_bytes()) == before


def test_source_add_into_a_linked_sources_folder_outside_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_ledger(root)
    elsewhere = tmp_path / "elsewhere"
    (root / "sources").rename(elsewhere)
    (root / "sources").symlink_to(elsewhere)
    before = _snapshot(elsewhere)
    result = runner.invoke(app, [*SOURCE_ADD, "--ledger", str(root)], input=ARTICLE)
    assert result.exit_code == 1, result.output
    assert "outside the ledger folder" in result.output
    assert _snapshot(elsewhere) == before


def test_add_through_a_link_inside_the_ledger_keeps_the_link(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_ledger(root)
    part = root / "parts" / "extra.yaml"
    part.parent.mkdir()
    part.write_text("schema_version: 1\nclaims: []\n", encoding="utf-8")
    (root / "claims").mkdir()
    link = root / "claims" / "extra.yaml"
    link.symlink_to(Path("..") / "parts" / "extra.yaml")
    result = runner.invoke(app, [*ADD, "--file", str(link), "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert "us-accuses-again" in part.read_text(encoding="utf-8")


def test_write_atomic_writes_through_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old\n")
    link = tmp_path / "link.json"
    link.symlink_to(target.name)
    write_atomic(link, "new\n")
    assert link.is_symlink()
    assert target.read_text() == "new\n"


# -- 7. keys: every table has one, every *_id column is a foreign key -------------------------


def _bundled_db(tmp_path: Path) -> sqlite3.Connection:
    ledger = load(locate(BUNDLED))
    db = tmp_path / "bundled.db"
    build(ledger, check(ledger).derived, db)
    return sqlite3.connect(db)


def test_every_table_has_a_primary_key_and_every_id_column_a_foreign_key(
    tmp_path: Path,
) -> None:
    conn = _bundled_db(tmp_path)
    tables = [r[0] for r in conn.execute(
        "select name from sqlite_master where type = 'table' and sql not like 'CREATE VIRTUAL%'"
        " and name not like 'claim_search_fts%' and name not like 'sqlite_%'"
    )]  # fmt: skip
    assert set(TABLES) <= set(tables)
    for table in tables:
        info = conn.execute(f"pragma table_info([{table}])").fetchall()
        assert any(col[5] for col in info), f"{table} has no primary key"
        references = {fk[3] for fk in conn.execute(f"pragma foreign_key_list([{table}])")}
        ids = {col[1] for col in info if col[1].endswith("_id")}
        own = {"role_id"} if table == "roles" else set()  # a role's own id, with actor_id
        assert ids - own <= references, f"{table}: {sorted(ids - own - references)}"
    assert conn.execute("pragma foreign_key_check").fetchall() == []
    # a claim's speaker, voice and relays resolve to a name in one join
    unnamed = conn.execute(
        "select count(*) from claims c left join speakers s on s.id = c.voice_id "
        "where s.name is null"
    ).fetchone()
    assert unnamed == (0,)
    conn.close()


def test_repeated_set_entries_are_stored_once(ledger_dir: Path, tmp_path: Path) -> None:
    main = ledger_dir / "claims.yaml"
    main.write_text(
        main.read_text().replace(
            "    topics: [arms-transfers]\n", "    topics: [arms-transfers, arms-transfers]\n"
        )
    )
    paths = locate(ledger_dir)
    ledger = load(paths)
    checked = check(ledger)
    assert checked.report.errors == []
    db = tmp_path / "q.db"
    counts = build(ledger, checked.derived, db)
    assert counts["claim_topics"] == 1
    conn = sqlite3.connect(db)
    assert conn.execute("select claim_id, topic_id from claim_topics").fetchall() == [
        ("us-accuses", "arms-transfers")
    ]
    conn.close()
