"""End-to-end runs of the ``rnkclaims`` command as users install it: the editable install
of this checkout, and the wheel built from the sdist installed in a clean virtualenv
(tests marked ``install``)."""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import BUNDLED, REPO, Installed, clean_env

from rnkclaims.cli.app import BUNDLED_NOTICE

Runner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture(params=["editable", pytest.param("wheel", marks=pytest.mark.install)])
def bin_dir(request: pytest.FixtureRequest) -> Path:
    """The folder holding the ``rnkclaims`` command and its interpreter."""
    if request.param == "editable":
        return Path(sys.executable).parent
    installed: Installed = request.getfixturevalue("installed")
    return installed.bin


@pytest.fixture
def run(tmp_path: Path, bin_dir: Path) -> Runner:
    env = clean_env(RNKCLAIMS_DB=str(tmp_path / "e2e.db"), NO_COLOR="1")

    def invoke(*args: str, cwd: Path = REPO, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bin_dir / "rnkclaims"), *args],
            cwd=cwd,
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=120,
        )

    return invoke


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    """A working directory with no ledger in it or above."""
    work = tmp_path / "elsewhere"
    work.mkdir()
    assert not any((p / "data" / "claims.yaml").exists() for p in (work, *work.parents))
    return work


def _python(bin_dir: Path, code: str, cwd: Path) -> str:
    result = subprocess.run(
        [str(bin_dir / "python"), "-c", code],
        cwd=cwd,
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_installed_command_exists(bin_dir: Path) -> None:
    assert (bin_dir / "rnkclaims").exists(), "install the package first: pip install -e '.[test]'"


def test_validate_bundled_ledger_strict(run: Runner) -> None:
    result = run("validate", "--strict", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["valid"] and report["errors"] == 0 and report["warnings"] == 0
    assert report["counts"]["sources"] == len(list((BUNDLED / "sources").glob("*.txt")))


def test_default_ledger_is_found_from_a_subfolder(run: Runner) -> None:
    result = run("validate", cwd=REPO / "docs")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("valid:")


def test_who_said_builds_then_answers(run: Runner, tmp_path: Path) -> None:
    result = run("who-said", "arms deals", "--format", "json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert records and any(r["act"] == "denies" for r in records)
    assert (tmp_path / "e2e.db").exists()


def test_bad_input_gives_one_line_and_exit_code(run: Runner, tmp_path: Path) -> None:
    missing = run("validate", "--ledger", str(tmp_path / "missing"))
    assert missing.returncode == 3
    assert missing.stderr.startswith("Error: no ledger at")
    assert "Traceback" not in missing.stderr
    bad_date = run("who-said", "arms", "--since", "2023-13")
    assert bad_date.returncode == 2
    assert "Traceback" not in bad_date.stderr


def test_shell_completion(run: Runner) -> None:
    result = run(_RNKCLAIMS_COMPLETE="complete_bash", COMP_WORDS="rnkclaims who", COMP_CWORD="1")
    assert result.returncode == 0
    assert result.stdout.split() == ["who-said"]


def test_module_entry_point(bin_dir: Path, elsewhere: Path) -> None:
    result = subprocess.run(
        [str(bin_dir / "python"), "-m", "rnkclaims", "--version"],
        cwd=elsewhere,
        env=clean_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and result.stdout.startswith("rnkclaims ")


def test_outside_a_ledger_repository_validate_refuses(run: Runner, elsewhere: Path) -> None:
    """A CI job in the wrong folder must not go green having checked the demo ledger."""
    for args in (["validate"], ["validate", "--strict"], ["build"], ["coverage"]):
        result = run(*args, cwd=elsewhere)
        assert result.returncode == 3, (args, result.stdout, result.stderr)
        assert result.stderr.startswith(f"Error: no ledger in {elsewhere.resolve()} or above: ")
        assert "--ledger" in result.stderr.splitlines()[0]
        assert "RNKCLAIMS_LEDGER" in result.stderr.splitlines()[0]
        assert result.stdout == "" and "Traceback" not in result.stderr


def test_outside_a_ledger_repository_queries_answer_from_the_bundled_ledger(
    run: Runner, bin_dir: Path, elsewhere: Path
) -> None:
    bundled = Path(
        _python(
            bin_dir,
            "from rnkclaims.ledger import bundled_ledger; print(bundled_ledger())",
            elsewhere,
        )
    )
    table = run("stats", cwd=elsewhere)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[0] == BUNDLED_NOTICE
    answer = run("who-said", "arms deals", "--format", "json", cwd=elsewhere)
    assert answer.returncode == 0, answer.stderr
    assert json.loads(answer.stdout)
    assert f"{BUNDLED_NOTICE} ({bundled.parent})" in answer.stderr
    valid = run("validate", "--strict", "--ledger", str(bundled.parent), cwd=elsewhere)
    assert valid.returncode == 0, valid.stdout + valid.stderr


# -- the wheel and the sdist -------------------------------------------------------------


@pytest.mark.install
def test_the_installed_package_is_the_wheel_not_this_checkout(
    installed: Installed, elsewhere: Path
) -> None:
    where = _python(
        installed.bin,
        "import rnkclaims, rnkclaims.ledger as l; print(rnkclaims.__file__); "
        "print(l.bundled_ledger())",
        elsewhere,
    ).splitlines()
    package = Path(where[0]).parent
    assert package.is_relative_to(installed.venv)
    assert Path(where[1]) == package / "data" / "claims.yaml"


@pytest.mark.install
def test_every_module_imports_from_the_wheel(installed: Installed, elsewhere: Path) -> None:
    code = (
        "import importlib, pkgutil, rnkclaims\n"
        "names = [m.name for m in pkgutil.walk_packages(rnkclaims.__path__, 'rnkclaims.')]\n"
        "for name in names: name.endswith('__main__') or importlib.import_module(name)\n"
        "print('\\n'.join(sorted(names)))"
    )
    imported = set(_python(installed.bin, code, elsewhere).splitlines())
    ours = {
        "rnkclaims." + ".".join(p.relative_to(REPO / "rnkclaims").with_suffix("").parts)
        for p in (REPO / "rnkclaims").rglob("*.py")
        if p.name not in ("__init__.py", "__main__.py")
    } | {
        "rnkclaims." + ".".join(p.parent.relative_to(REPO / "rnkclaims").parts)
        for p in (REPO / "rnkclaims").rglob("__init__.py")
        if p.parent != REPO / "rnkclaims"
    }
    assert ours <= imported, sorted(ours - imported)


@pytest.mark.install
def test_the_wheel_ships_the_example_ledger_and_package_data(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        names = set(wheel.namelist())
        for path in sorted(BUNDLED.rglob("*")):
            if path.is_file() and not path.name.endswith(".db"):
                inside = "rnkclaims/data/" + path.relative_to(BUNDLED).as_posix()
                assert inside in names, inside
                assert wheel.read(inside) == path.read_bytes(), inside
    for path in (REPO / "rnkclaims").rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert path.relative_to(REPO).as_posix() in names, path


@pytest.mark.install
def test_the_wheel_from_the_sdist_is_the_same(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as direct, zipfile.ZipFile(installed.sdist_wheel) as via:
        assert sorted(direct.namelist()) == sorted(via.namelist())


@pytest.mark.install
def test_the_sdist_is_a_complete_source_release(installed: Installed) -> None:
    with tarfile.open(installed.sdist) as sdist:
        top = installed.sdist.name.removesuffix(".tar.gz")
        names = {n.removeprefix(top + "/") for n in sdist.getnames()}
    for path in ("pyproject.toml", "setup.py", "README.md", "CHANGELOG.md",
                 ".pre-commit-hooks.yaml", "examples/github-workflow.yml", "docs/format.md",
                 "tests/conftest.py", "data/claims.yaml", "data/README.md"):  # fmt: skip
        assert path in names, path
    sources = {p.name for p in (BUNDLED / "sources").glob("*.txt")}
    assert sources <= {Path(n).name for n in names if n.startswith("data/sources/")}


def test_a_full_validate_in_worker_processes_reports_what_one_process_does(
    run: Runner, tmp_path: Path
) -> None:
    """The installed command forks workers for the files of claims/ (``--jobs 2``) and
    reports what one process reports, problems and places included."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_ledger", REPO / "bench/make_ledger.py")
    assert spec is not None and spec.loader is not None
    make_ledger = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_ledger)
    make_ledger.generate(tmp_path / "ledger", 800, 1, 200)
    part = tmp_path / "ledger" / "claims" / "part-0002.yaml"
    part.write_text(
        part.read_text(encoding="utf-8").replace("speaker: actor-3\n", "speaker: actor-3x\n"),
        encoding="utf-8",
    )
    args = ("validate", "--no-cache", "--ledger", str(tmp_path / "ledger"), "--format", "json")
    one, two = run(*args, "--jobs", "1"), run(*args, "--jobs", "2")
    assert one.returncode == two.returncode == 1, two.stderr
    assert "Traceback" not in two.stderr
    assert json.loads(one.stdout) == json.loads(two.stdout)
    found = json.loads(two.stdout)["problems"]
    assert found and all(p["file"].endswith("part-0002.yaml") for p in found)
    assert json.loads(two.stdout)["counts"]["claims"] == 800
