"""``build --parquet DIR``: each table of a real database written as Parquet, read back
with pyarrow and compared with the database row for row; a missing pyarrow or a folder
that is a file is a one-line error before anything is built."""

from __future__ import annotations

import importlib.util
import sqlite3
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import BUNDLED, REPO
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.errors import ExitStatus
from rnkclaims.store import export

runner = CliRunner()

_spec = importlib.util.spec_from_file_location("make_ledger", REPO / "bench" / "make_ledger.py")
assert _spec is not None and _spec.loader is not None
make_ledger = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_ledger)

TYPES = {"TEXT": pa.string(), "INTEGER": pa.int64()}


def _build(ledger: Path, db: Path, out: Path, *extra: str) -> None:
    result = runner.invoke(
        app, ["build", "--ledger", str(ledger), "--db", str(db), "--parquet", str(out), *extra]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(db)
    assert "Parquet files" in result.stderr and str(out) in result.stderr


def _assert_same(db: Path, out: Path) -> int:
    """Every exported table equals its Parquet file: names, types, rows in order."""
    conn = sqlite3.connect(db)
    tables = [
        name
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not name.startswith(("sqlite_", "claim_search_fts")) and name != "ledger_files"
    ]
    assert {"claims", "claim_search", "sources", "search_topics", "meta"} <= set(tables)
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.parquet" for t in tables)
    total = 0
    for table in tables:
        read = pq.read_table(out / f"{table}.parquet")
        info = list(conn.execute(f'PRAGMA table_info("{table}")'))
        assert read.schema.names == [c[1] for c in info], table
        assert [f.type for f in read.schema] == [TYPES[c[2].upper()] for c in info], table
        expected = list(conn.execute(f'SELECT * FROM "{table}"'))
        got = [tuple(row.values()) for row in read.to_pylist()]
        assert got == expected, table
        total += len(expected)
    conn.close()
    return total


def test_the_bundled_ledger_exported_table_by_table(tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    _build(BUNDLED, tmp_path / "c.db", out)
    rows = _assert_same(tmp_path / "c.db", out)
    claims = pq.read_table(out / "claims.parquet")
    assert claims.num_rows == 57 and rows > 57
    assert claims.column("draft").null_count < claims.num_rows
    assert not (out / "ledger_files.parquet").exists()


def test_a_split_ledger_in_several_batches_and_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tables longer than a batch are written in several; a second export replaces the
    files (none left behind) after an update in place."""
    ledger = tmp_path / "ledger"
    make_ledger.generate(ledger, 120, 1, 40)
    monkeypatch.setattr(export, "BATCH_ROWS", 7)
    db, out = tmp_path / "c.db", tmp_path / "out"
    _build(ledger, db, out, "--force")
    assert pq.ParquetFile(out / "claims.parquet").metadata.num_rows == 120
    assert pq.ParquetFile(out / "claims.parquet").metadata.num_row_groups > 1
    _assert_same(db, out)
    acts = pq.read_table(out / "claims.parquet").column("act").to_pylist()
    part = ledger / "claims" / "part-0001.yaml"
    text = part.read_text(encoding="utf-8")
    assert "act: asserts" in text
    part.with_name("new.tmp").write_text(text.replace("act: asserts", "act: warns", 1), "utf-8")
    part.with_name("new.tmp").replace(part)
    _build(ledger, db, out)
    _assert_same(db, out)
    again = pq.read_table(out / "claims.parquet").column("act").to_pylist()
    assert again.count("warns") == acts.count("warns") + 1
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_a_folder_that_is_a_file_is_a_usage_error_before_building(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.write_text("keep me", encoding="utf-8")
    db = tmp_path / "c.db"
    result = runner.invoke(
        app, ["build", "--ledger", str(BUNDLED), "--db", str(db), "--parquet", str(target)]
    )
    assert result.exit_code == ExitStatus.USAGE
    assert result.stderr.startswith(f"Error: --parquet {target} is not a folder")
    assert target.read_text(encoding="utf-8") == "keep me"
    assert not db.exists()


def test_without_pyarrow_a_one_line_error_naming_the_extra(tmp_path: Path) -> None:
    """pyarrow made unimportable in a real process: an error and exit 1, nothing built."""
    db, out = tmp_path / "c.db", tmp_path / "out"
    code = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "from rnkclaims.cli import main\n"
        f"sys.argv = ['rnkclaims', 'build', '--ledger', {str(BUNDLED)!r}, '--db', {str(db)!r},"
        f" '--parquet', {str(out)!r}]\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == ExitStatus.INVALID, done.stderr
    assert done.stderr.splitlines() == [
        "Error: the Parquet export needs pyarrow, which is not installed",
        'Hint: pip install "rnkclaims[parquet]"',
    ]
    assert not db.exists() and not out.exists()


def test_only_the_parquet_export_imports_pyarrow(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from rnkclaims.cli import main\n"
        f"sys.argv = ['rnkclaims', 'build', '--ledger', {str(BUNDLED)!r}, "
        f"'--db', {str(tmp_path / 'c.db')!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('pyarrow' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.splitlines()[-1] == "False", done.stderr
