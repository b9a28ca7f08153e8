"""The pre-commit hook and the GitHub Actions example, run as a ledger repository would."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import REPO, write_ledger

RNKCLAIMS = str(Path(sys.executable).parent / "rnkclaims")


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    environ.update(env)
    return subprocess.run(args, cwd=cwd, env=environ, capture_output=True, text=True, timeout=60)


def _ledger_repo(root: Path, broken: bool) -> Path:
    paths = write_ledger(root / "data")
    if broken:
        text = paths.main.read_text().replace("    act: accuses", "    act: accused")
        paths.main.write_text(text)
    return root


def _command(entry: str, args: list[str]) -> list[str]:
    words = shlex.split(entry) + args
    assert words[0] == "rnkclaims"
    return [RNKCLAIMS, *words[1:]]


def test_pre_commit_hook(tmp_path: Path) -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    (hook,) = hooks
    assert hook["id"] == "rnkclaims-validate" and hook["language"] == "python"
    assert hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    for path in ("data/claims.yaml", "claims.yaml", "data/claims/2024.yaml",
                 "data/sources/2023-09-yonhap.txt"):  # fmt: skip
        assert files.search(path), path
    for path in ("README.md", "data/notes.txt", "src/claims.yaml.bak"):
        assert not files.search(path), path
    command = _command(hook["entry"], hook.get("args", []))

    good = _run(command, _ledger_repo(tmp_path / "good", broken=False))
    assert good.returncode == 0, good.stdout + good.stderr
    bad = _run(command, _ledger_repo(tmp_path / "bad", broken=True))
    assert bad.returncode == 1
    assert re.search(r"data/claims\.yaml:\d+:\d+: error .*'accused'", bad.stdout)


def test_github_workflow_example(tmp_path: Path) -> None:
    workflow = yaml.safe_load((REPO / "examples" / "github-workflow.yml").read_text())
    steps = workflow["jobs"]["validate"]["steps"]
    runs = [s["run"] for s in steps if "run" in s and s["run"].startswith("rnkclaims ")]
    assert runs == ["rnkclaims validate --strict"]
    command = _command(runs[0], [])
    repo = _ledger_repo(tmp_path, broken=True)
    result = _run(command, repo, GITHUB_ACTIONS="true")
    assert result.returncode == 1
    line = next(i for i, t in enumerate((repo / "data/claims.yaml").read_text().splitlines(), 1)
                if "act: accused" in t)  # fmt: skip
    assert f"::error file=data/claims.yaml,line={line},col=10::" in result.stdout
    assert "[bad-vocabulary]" in result.stdout
