"""The documentation cannot drift from the code: generated sections, help, examples."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

import pytest
import typer
from conftest import REPO
from typer.testing import CliRunner

from rnkclaims.cli import app

runner = CliRunner()
README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    ctx = typer.Context(group)
    names: list[str] = []
    for name in group.list_commands(ctx):  # type: ignore[attr-defined]
        command = group.get_command(ctx, name)  # type: ignore[attr-defined]
        subcommands = getattr(command, "commands", None)
        names += [f"{name} {sub}" for sub in subcommands] if subcommands else [name]
    return names


def test_all_commands_are_listed() -> None:
    assert len(_commands()) == 34
    assert "source add" in _commands()


def test_readme_generated_sections_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "tools" / "gen_readme.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert re.search(r"Examples?:", result.output), f"{command} --help shows no example"
    assert f"rnkclaims {command}" in result.output


@pytest.mark.parametrize("command", _commands())
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"rnkclaims {command}" in README


def _asking_examples() -> list[str]:
    block = README.split("## Asking", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return block.strip().splitlines()


@pytest.mark.parametrize("line", _asking_examples())
def test_readme_examples_run_on_the_bundled_ledger(line: str) -> None:
    args = shlex.split(line, comments=True)
    assert args[0] == "rnkclaims"
    result = runner.invoke(app, args[1:])
    assert result.exit_code == 0, result.output
    assert result.output.strip()


def test_readme_opens_with_the_two_commands() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert blocks[0].startswith("python3 -m venv .venv && .venv/bin/pip install")
    assert "rnkclaims validate" in blocks[0]
    assert blocks[1].endswith(".venv/bin/python -m pytest -q")
    ci = (REPO / ".ci" / "run").read_text()
    assert ".venv/bin/python -m pytest -q\n" in ci  # CI runs the README's test command


FORMAT = (REPO / "docs" / "format.md").read_text(encoding="utf-8")


def test_format_reference_names_every_field_term_and_code() -> None:
    from rnkclaims import vocab
    from rnkclaims.model import ENTITIES
    from rnkclaims.problems import CODES

    fields = {f.name for e in ENTITIES.values() for f in e.fields}
    terms = {
        t
        for table in (
            vocab.SPEECH_ACTS,
            vocab.STANCES,
            vocab.CERTAINTY,
            vocab.CLAIM_MODES,
            vocab.VENUE_KINDS,
            vocab.ACTOR_KINDS,
            vocab.OUTLET_KINDS,
            vocab.VALUE_TYPES,
            vocab.PROPOSITION_KINDS,
        )
        for t in table
    }
    missing = sorted(n for n in fields | terms | set(CODES) if f"`{n}`" not in FORMAT)
    assert missing == []


def test_format_reference_example_is_the_example_ledger() -> None:
    example = REPO / "docs" / "example"
    files = [example / "claims.yaml", *sorted((example / "sources").glob("*.txt"))]
    for path in files:
        heading = f"### docs/example/{path.relative_to(example).as_posix()}\n\n```"
        assert heading in FORMAT, heading
        block = FORMAT.split(heading, 1)[1].split("\n", 1)[1].split("\n```\n", 1)[0] + "\n"
        assert block == path.read_text(encoding="utf-8"), path.name


def test_example_ledger_is_valid_and_strict() -> None:
    example = str(REPO / "docs" / "example")
    result = runner.invoke(app, ["validate", "--ledger", example, "--strict"])
    assert result.exit_code == 0, result.output
