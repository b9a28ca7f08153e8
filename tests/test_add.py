"""``add``: one claim appended as text, the rest of the file kept byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from rnkclaims.authoring.ledger_edit import append_entries, yaml_scalar
from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.errors import LedgerError
from rnkclaims.ledger import load, locate
from rnkclaims.ledger.yamlread import parse_yaml
from tests.conftest import BASE, write_ledger

runner = CliRunner()

COMMENTED = (
    "# The ledger.  Keep  this comment.\n"
    + BASE.replace("claims:\n", "claims:   # newest last\n")
    .replace("  - id: kp-denies\n", "  # A denial, relayed.\n  - id: kp-denies\n")
    .replace("    act: accuses\n", "    act: 'accuses'    # quoted on purpose\n")
    + "\n# trailing comment about the end\n"
)

ARGS = [
    "--speaker", "united-states", "--source", "src-a", "--act", "accuses",
    "--excerpt", "The US accuses North Korea of supplying Russia with ammunition.",
    "--proposition", "kp-arms-to-ru:supports", "--topic", "arms-transfers",
    "--relay", "yonhap:report", "--said", "2023-09",
]  # fmt: skip

NEW_ENTRY = """\
  - id: united-states-the-us-accuses-north
    speaker: united-states
    source: src-a
    mode: reported
    excerpt: The US accuses North Korea of supplying Russia with ammunition.
    act: accuses
    said: 2023-09
    relay:
      - via: yonhap
        how: report
    propositions:
      - proposition: kp-arms-to-ru
        stance: supports
    topics: [arms-transfers]
"""


def _root(tmp_path: Path, text: str = COMMENTED) -> Path:
    write_ledger(tmp_path / "data", text)
    return tmp_path / "data"


def test_add_keeps_every_byte_but_the_new_entry(tmp_path: Path) -> None:
    root = _root(tmp_path)
    before = (root / "claims.yaml").read_bytes().decode()
    result = runner.invoke(app, ["add", *ARGS, "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "united-states-the-us-accuses-north\n"
    after = (root / "claims.yaml").read_bytes().decode()
    cut = before.index("\n\n# trailing comment") + 1  # before the blank line
    assert after == before[:cut] + NEW_ENTRY + before[cut:]
    assert check(load(locate(root))).report.errors == []


def test_add_refuses_what_would_not_validate(tmp_path: Path) -> None:
    root = _root(tmp_path)
    before = (root / "claims.yaml").read_bytes()
    args = [a if a != "united-states" else "nobody" for a in ARGS]
    result = runner.invoke(app, ["add", *args, "--ledger", str(root)])
    assert result.exit_code == 1
    assert "Error: refused: the entry would not validate: no actor or outlet with id" in (
        result.stderr
    )
    bad_excerpt = [a if not a.startswith("The US") else "The US said nothing." for a in ARGS]
    result = runner.invoke(app, ["add", *bad_excerpt, "--ledger", str(root)])
    assert result.exit_code == 1
    assert "[excerpt-not-in-source]" in result.stderr
    assert (root / "claims.yaml").read_bytes() == before
    assert [p.name for p in root.iterdir() if p.name.startswith(".")] == []


def test_add_quote_with_relative_date_and_dry_run(tmp_path: Path) -> None:
    root = _root(tmp_path)
    before = (root / "claims.yaml").read_bytes()
    result = runner.invoke(
        app,
        [
            "add", "-s", "john-hill", "--source", "src-a", "-a", "asserts", "--dry-run",
            "-e", '"We are certainly watching what they are doing," Hill said.',
            "-q", "We are certainly watching what they are doing", "--said", "on Tuesday",
            "--id", "hill-watching-2", "--ledger", str(root),
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    entry = parse_yaml(result.stdout, "<out>").data[0]
    assert entry["mode"] == "quote"
    assert entry["said"] == {"expression": "on Tuesday"}
    assert entry["excerpt"] == '"We are certainly watching what they are doing," Hill said.'
    assert (root / "claims.yaml").read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--act", "claims"], "--act 'claims' is not one of"),
        (["--relay", "a:b:c"], "is not VIA or VIA:HOW"),
        (["--proposition", "kp-arms-to-ru"], "is not ID:STANCE"),
        (["--said", "2023-13"], "is not a date"),
        (["--id", "kp-denies"], "already used"),
    ],
)
def test_bad_values_are_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    root = _root(tmp_path)
    result = runner.invoke(app, ["add", *ARGS, *args, "--ledger", str(root)])
    assert result.exit_code == 2, result.output
    assert message in result.stderr


def test_missing_values_without_a_terminal(tmp_path: Path) -> None:
    root = _root(tmp_path)
    result = runner.invoke(app, ["add", "--speaker", "john-hill", "--ledger", str(root)])
    assert result.exit_code == 2
    assert "Error: missing --source" in result.stderr


def test_append_follows_indentation_line_endings_and_sections() -> None:
    entry = {"id": "c2", "speaker": "x"}
    text = "claims:\n- id: c1\n  speaker: x\n# next\nactors:\n- id: x\n"
    assert append_entries(text, "claims", [entry]) == (
        "claims:\n- id: c1\n  speaker: x\n- id: c2\n  speaker: x\n# next\nactors:\n- id: x\n"
    )
    crlf = "schema_version: 1\r\nclaims: []  # none yet\r\n"
    assert append_entries(crlf, "claims", [entry]) == (
        "schema_version: 1\r\nclaims:  # none yet\r\n  - id: c2\r\n    speaker: x\r\n"
    )
    assert append_entries("schema_version: 1", "claims", [entry]) == (
        "schema_version: 1\nclaims:\n  - id: c2\n    speaker: x\n"
    )
    with pytest.raises(LedgerError, match="flow style"):
        append_entries("claims: [{id: a}]\n", "claims", [entry])


@given(st.text())
def test_scalars_read_back_as_written(value: str) -> None:
    doc = parse_yaml(f"key: {yaml_scalar(value)}\n", "<t>")
    assert doc.problems == []
    assert doc.data == {"key": value}


def test_add_help_has_examples() -> None:
    result = runner.invoke(app, ["add", "--help"])
    assert result.exit_code == 0
    assert "rnkclaims add --speaker" in result.stdout
