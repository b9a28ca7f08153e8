"""Shared fixtures: small real ledgers written to a temporary folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from rnkclaims.check import Checked, check
from rnkclaims.ledger import LedgerPaths, load, locate

if TYPE_CHECKING:
    from rnkclaims.authoring.extract import Extraction

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "data"

SOURCE_A = """\
---
outlet: yonhap
title: Officials discuss space cooperation
published: 2023-09-20
language: en
agencies: [yonhap]
---
SEOUL, Sept. 20 (Yonhap) -- Officials met on Tuesday.
"We are certainly watching what they are doing," Hill said.
Pyongyang denied any arms deals with Moscow, the ministry said Wednesday.
The US accuses North Korea of supplying Russia with ammunition.
"""

SOURCE_B = """\
---
outlet: tass
title: Unused article
published: 2015-04
language: en
---
An unrelated article that no claim cites.
"""

BASE = """\
schema_version: 1
actors:
  - id: john-hill
    name: John Hill
    kind: person
    country: US
    aliases: [Hill]
    roles:
      - id: dasd-space
        title: Deputy Assistant Secretary of Defense for Space and Missile Defense
        from: 2021-01
  - id: north-korea
    name: North Korea
    kind: government
    aliases: [DPRK, Pyongyang]
  - id: united-states
    name: United States
    kind: government
    aliases: [US, Washington]
outlets:
  - id: yonhap
    name: Yonhap News Agency
    kind: wire-agency
  - id: tass
    name: TASS
    kind: wire-agency
topics:
  - id: arms-transfers
    name: Arms transfers
    terms: [arms deals, supplying military equipment]
propositions:
  - id: kp-arms-to-ru
    text: North Korea supplies arms to Russia.
    topics: [arms-transfers]
claims:
  - id: hill-watching
    speaker: john-hill
    role: dasd-space
    source: src-a
    mode: quote
    excerpt: '"We are certainly watching what they are doing," Hill said.'
    quote: We are certainly watching what they are doing
    act: asserts
    said: {expression: on Tuesday}
  - id: kp-denies
    speaker: north-korea
    source: src-a
    mode: reported
    excerpt: Pyongyang denied any arms deals with Moscow
    act: denies
    said: 2023-09
    relay: [{via: yonhap, how: report}]
    propositions:
      - {proposition: kp-arms-to-ru, stance: opposes}
  - id: us-accuses
    speaker: united-states
    source: src-a
    mode: reported
    excerpt: The US accuses North Korea of supplying Russia with ammunition.
    act: accuses
    propositions:
      - {proposition: kp-arms-to-ru, stance: supports}
    topics: [arms-transfers]
"""


def write_ledger(
    root: Path, claims: str = BASE, sources: dict[str, str] | None = None
) -> LedgerPaths:
    """Write ``claims`` as root/claims.yaml and each source as root/sources/<id>.txt."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "claims.yaml").write_text(textwrap.dedent(claims), encoding="utf-8")
    (root / "sources").mkdir(exist_ok=True)
    for sid, text in (sources if sources is not None else {"src-a": SOURCE_A}).items():
        (root / "sources" / f"{sid}.txt").write_text(text, encoding="utf-8")
    return locate(root)


def extract_article(
    tmp_path: Path, body: str, published: str, outlet: str = "yonhap", claims: str = BASE
) -> Extraction:
    """``extract`` on ``body`` as the one article of a ledger of ``claims``, published by
    ``outlet`` on ``published``."""
    from rnkclaims.authoring.extract import extract

    front = f"---\noutlet: {outlet}\ntitle: T\npublished: {published}\nlanguage: en\n---\n"
    ledger = load(write_ledger(tmp_path / "data", claims, {"src-a": front + body}))
    return extract(ledger, ledger.sources["src-a"])


@pytest.fixture
def ledger_dir(tmp_path: Path) -> Path:
    """A valid small ledger; tests may edit its files."""
    write_ledger(tmp_path / "data")
    return tmp_path / "data"


@pytest.fixture
def checked_of(tmp_path: Path) -> Callable[..., Checked]:
    """Write a ledger from text and check it."""

    def run(claims: str = BASE, sources: dict[str, str] | None = None) -> Checked:
        paths = write_ledger(tmp_path / "ledger", claims, sources)
        return check(load(paths))

    return run


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Never touch the user's cache or pick up their ledger settings."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for name in ("RNKCLAIMS_LEDGER", "RNKCLAIMS_DB", "RNKCLAIMS_DEBUG", "GITHUB_ACTIONS"):
        monkeypatch.delenv(name, raising=False)


# -- rnkclaims as users install it -------------------------------------------------------


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without rnkclaims', GitHub's or this interpreter's settings."""
    drop = ("RNKCLAIMS_", "GITHUB_", "PYTHON", "VIRTUAL_ENV", "PIP_REQUIRE_VIRTUALENV")
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    env.update(extra)
    return env


@dataclass(frozen=True)
class Installed:
    """rnkclaims built from a clean copy of this source tree and installed in a clean
    virtualenv (its own interpreter, nothing of this checkout on its path)."""

    wheel: Path  # built from the tree, as pip install ., git+..., pipx and pre-commit do
    sdist: Path
    sdist_wheel: Path  # built from the sdist
    venv: Path  # where ``wheel`` is installed with its dependencies

    @property
    def bin(self) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin")

    @property
    def python(self) -> Path:
        return self.bin / "python"


def _run_checked(args: list[str], what: str, **kwargs: Any) -> None:
    result = subprocess.run(args, capture_output=True, text=True, timeout=900, **kwargs)
    if result.returncode != 0:
        pytest.fail(f"{what} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")


# Left out of the clean copy: what a build or a run leaves behind in a working tree (a
# stale *.egg-info/SOURCES.txt can make a broken configuration look complete).
_NOT_SOURCE = (".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
               ".hypothesis", "out", "*.db", "*.tmp")  # fmt: skip


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """From a clean copy of the source tree, as a fresh clone has it: the sdist and a
    wheel built from it (``python -m build``), and a wheel built from the tree itself
    (``python -m build --wheel``, what ``pip install .``, ``pip install git+...``,
    ``pipx`` and the pre-commit hook do); that one is installed with its dependencies into
    a new virtualenv."""
    src = tmp_path_factory.mktemp("src") / "rnkclaims"
    shutil.copytree(REPO, src, ignore=shutil.ignore_patterns(*_NOT_SOURCE))
    out, direct = tmp_path_factory.mktemp("dist"), tmp_path_factory.mktemp("dist-direct")
    build = [sys.executable, "-m", "build"]
    _run_checked([*build, "--outdir", str(out), str(src)], "python -m build", env=clean_env())
    _run_checked(
        [*build, "--wheel", "--outdir", str(direct), str(src)],
        "python -m build --wheel",
        env=clean_env(),
    )
    (sdist,) = out.glob("rnkclaims-*.tar.gz")
    (sdist_wheel,) = out.glob("rnkclaims-*.whl")
    (wheel,) = direct.glob("rnkclaims-*.whl")
    venv = tmp_path_factory.mktemp("venv")
    _run_checked([sys.executable, "-m", "venv", str(venv)], "python -m venv", env=clean_env())
    result = Installed(wheel, sdist, sdist_wheel, venv)
    _run_checked(
        [str(result.python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         str(wheel)],
        "pip install the wheel",
        env=clean_env(),
    )  # fmt: skip
    return result
