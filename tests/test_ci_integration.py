"""The pre-commit hook and the GitHub Actions example, run as a ledger repository would:
quickly with this checkout's command, and for real (tests marked ``install``) with
``pre-commit try-repo`` and with the wheel installed in a clean virtualenv."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REPO, Installed, clean_env, write_ledger
from typer.testing import CliRunner

from rnkclaims import __version__
from rnkclaims.cli import app

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


# -- the release: one version everywhere ------------------------------------------------

TAG = f"v{__version__}"


def _install_step(workflow: dict[str, object]) -> str:
    steps = workflow["jobs"]["validate"]["steps"]  # type: ignore[index]
    (step,) = [s["run"] for s in steps if "run" in s and "pip install" in s["run"]]
    return str(step)


def test_the_version_and_the_pinned_tags_agree() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    hooks = (REPO / ".pre-commit-hooks.yaml").read_text()
    assert re.findall(r"rev: (\S+)", hooks) == [TAG]
    workflow = yaml.safe_load((REPO / "examples" / "github-workflow.yml").read_text())
    assert _install_step(workflow).endswith(f'/rnkclaims/rnkclaims@{TAG}"')
    changelog = (REPO / "CHANGELOG.md").read_text()
    assert re.findall(r"^## (\d+\.\d+\.\d+)", changelog, re.M)[0] == __version__
    readme = (REPO / "README.md").read_text()
    assert f"rev: {TAG}" in readme and f"@{TAG}" in readme
    assert set(re.findall(r"\bv\d+\.\d+\.\d+\b", readme)) == {TAG}
    assert 'version = { attr = "rnkclaims.__version__" }' in (REPO / "pyproject.toml").read_text()
    assert CliRunner().invoke(app, ["--version"]).output == f"rnkclaims {__version__}\n"


@pytest.mark.install
def test_the_wheel_has_the_version(installed: Installed) -> None:
    assert installed.wheel.name == f"rnkclaims-{__version__}-py3-none-any.whl"
    assert installed.sdist.name == f"rnkclaims-{__version__}.tar.gz"
    result = subprocess.run(
        [str(installed.bin / "rnkclaims"), "--version"], capture_output=True, text=True
    )
    assert result.stdout == f"rnkclaims {__version__}\n"


# -- for real: the hook through pre-commit, the workflow's steps with the wheel ----------


def _git_repo(root: Path, broken: bool) -> Path:
    repo = _ledger_repo(root, broken)
    (repo / "README.md").write_text("A ledger.\n")
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=clean_env())
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=clean_env())
    return repo


@pytest.mark.install
def test_pre_commit_try_repo_installs_and_runs_the_hook(tmp_path: Path) -> None:
    """pre-commit installs the hook as it does for users (``language: python``: a
    non-editable ``pip install`` of this repository into its own virtualenv) and runs it.
    Uncommitted changes to tracked files are included; new files must be ``git add``ed."""
    try_repo = [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), "rnkclaims-validate",
                "--all-files", "--color", "never"]  # fmt: skip
    runs = {}
    for case in ("good", "bad"):  # each installs the hook anew: run both at once
        runs[case] = subprocess.Popen(
            try_repo,
            cwd=_git_repo(tmp_path / case, broken=case == "bad"),
            env=clean_env(PRE_COMMIT_HOME=str(tmp_path / f"{case}-home"), NO_COLOR="1"),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
    good, _ = runs["good"].communicate(timeout=600)
    bad, _ = runs["bad"].communicate(timeout=600)
    assert runs["good"].returncode == 0, good
    assert re.search(r"^rnkclaims validate\.+Passed$", good, re.M), good
    assert runs["bad"].returncode == 1, bad
    assert re.search(r"^rnkclaims validate\.+Failed$", bad, re.M), bad
    assert re.search(r"data/claims\.yaml:\d+:\d+: error .*'accused'", bad)


def _workflow_runs(installed: Installed, repo: Path) -> list[subprocess.CompletedProcess[str]]:
    """Each ``run:`` step of the example workflow, in order, as GitHub's runner runs it
    (``bash -e``, ``GITHUB_ACTIONS=true``), with the wheel standing in for the install
    step, which would fetch the pinned tag from GitHub."""
    workflow = yaml.safe_load((REPO / "examples" / "github-workflow.yml").read_text())
    install = _install_step(workflow)
    assert install.startswith('pip install "rnkclaims @ git+https://') and TAG in install
    path = f"{installed.bin}{os.pathsep}{os.environ.get('PATH', '')}"
    env = clean_env(GITHUB_ACTIONS="true", CI="true", PATH=path, NO_COLOR="1")
    results = []
    for step in workflow["jobs"]["validate"]["steps"]:
        if "run" not in step or step["run"] == install:
            continue
        command = ["bash", "-e", "-c", step["run"]]
        run = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
        results.append(run)
    return results


@pytest.mark.install
def test_github_workflow_steps_with_the_wheel(installed: Installed, tmp_path: Path) -> None:
    (good,) = _workflow_runs(installed, _ledger_repo(tmp_path / "good", broken=False))
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout.startswith("valid:")
    (bad,) = _workflow_runs(installed, _ledger_repo(tmp_path / "bad", broken=True))
    assert bad.returncode == 1
    assert re.search(r"^::error file=data/claims\.yaml,line=\d+,col=\d+::", bad.stdout, re.M)
    assert "[bad-vocabulary]" in bad.stdout
    (nowhere,) = _workflow_runs(installed, tmp_path)  # a job in the wrong folder
    assert nowhere.returncode == 3, nowhere.stdout + nowhere.stderr
