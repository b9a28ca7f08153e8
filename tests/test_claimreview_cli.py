"""``--format claimreview`` on the commands that answer with claims, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BUNDLED
from test_exports import check_document
from typer.testing import CliRunner

from rnkclaims.cli import app

runner = CliRunner()

COMMANDS = [
    ["claims"],
    ["claims", "--act", "denies"],
    ["who-said", "arms deals"],
    ["who-said", "--speaker", "Hill"],
    ["timeline", "--speaker", "Hill"],
    ["denials"],
    ["contradictions"],
]


def _claim_ids(records: list[dict[str, object]], groups: bool) -> list[str]:
    if groups:
        records = [c for g in records for c in g["claims"]]  # type: ignore[attr-defined]
    return list(dict.fromkeys(str(r["id"]) for r in records))


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_claim_of_the_json_answer_is_a_schema_org_claim(
    args: list[str], tmp_path: Path
) -> None:
    where = ["--ledger", str(BUNDLED), "--db", str(tmp_path / "c.db")]
    as_json = runner.invoke(app, [*args, "-f", "json", *where])
    as_ld = runner.invoke(app, [*args, "-f", "claimreview", *where])
    assert as_json.exit_code == 0 and as_ld.exit_code == 0, as_ld.output
    doc = json.loads(as_ld.stdout)
    check_document(doc)
    expected = _claim_ids(json.loads(as_json.stdout), groups=args[0] == "contradictions")
    assert [node["identifier"] for node in doc["@graph"]] == expected


def test_a_command_without_claims_refuses_the_format(tmp_path: Path) -> None:
    where = ["--ledger", str(BUNDLED), "--db", str(tmp_path / "c.db")]
    result = runner.invoke(app, ["actors", "-f", "claimreview", *where])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert (
        "Error: --format claimreview is for claims, who-said, timeline, denials and "
        "contradictions" in result.stderr
    )
