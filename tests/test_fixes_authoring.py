"""Regressions in the authoring commands: rename, review, suggest, dating, reading files."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.ledger import load, locate

runner = CliRunner()
DATA = Path(__file__).resolve().parent.parent / "data"


def _copy_data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(DATA, root)
    return root


def _run(root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--ledger", str(root)])
    return result.exit_code, result.output


def _valid(root: Path) -> bool:
    return check(load(locate(root))).report.valid(strict=False)


# -- 1. renaming a source in a ledger of several sources --------------------------------


def test_rename_source_with_other_sources_beside_it(tmp_path: Path) -> None:
    root = _copy_data(tmp_path)
    others = sorted(p.name for p in (root / "sources").glob("*.txt"))
    assert len(others) >= 2
    before = (root / "sources" / "2023-11-spiegel-rnk-protocol.txt").read_text()
    code, out = _run(root, "rename", "2023-11-spiegel-rnk-protocol", "spiegel-protocol")
    assert code == 0, out
    assert not (root / "sources" / "2023-11-spiegel-rnk-protocol.txt").exists()
    assert (root / "sources" / "spiegel-protocol.txt").read_text() == before
    assert "source: spiegel-protocol" in (root / "claims.yaml").read_text()
    assert "source: 2023-11-spiegel-rnk-protocol" not in (root / "claims.yaml").read_text()
    assert _valid(root)
