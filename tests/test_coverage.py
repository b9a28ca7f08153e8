"""``coverage``: passages no claim covers, with line numbers in the source file."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.coverage import coverage, locate
from rnkclaims.ledger import load
from tests.conftest import BASE, SOURCE_A, write_ledger

runner = CliRunner()

EXTRA = (
    "Analysts said the engines were new.\n"
    "\u201cThe tests will continue next year as planned,\u201d the ministry said.\n"
    'The regime called it a "hostile act" again.\n'
)


def _root(tmp_path: Path) -> Path:
    write_ledger(tmp_path / "data", BASE, {"src-a": SOURCE_A + EXTRA})
    return tmp_path / "data"


def test_uncovered_passages_with_file_line_numbers(tmp_path: Path) -> None:
    root = _root(tmp_path)
    result = coverage(load(write_ledger_paths(root)))
    (src,) = result.sources
    # front matter is 7 lines; the text's first line is line 8
    assert [(p.line, p.kind, p.text) for p in src.uncovered] == [
        (12, "reported", "Analysts said the engines were new."),
        (13, "quote", "The tests will continue next year as planned"),
    ]
    assert (src.covered, len(src.passages)) == (3, 5)
    assert result.percent == 60.0


def write_ledger_paths(root: Path):  # type: ignore[no-untyped-def]
    from rnkclaims.ledger import locate as find

    return find(root)


def test_locate_ignores_quote_styles_and_whitespace() -> None:
    text = "He said \u201cyes,\u201d  then\nleft."
    assert locate(text, '"yes," then left.') == [(8, len(text))]


def test_json_and_min_threshold(tmp_path: Path) -> None:
    root = _root(tmp_path)
    result = runner.invoke(app, ["coverage", "--format", "json", "--ledger", str(root)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert (doc["passages"], doc["covered"], doc["percent"], doc["ok"]) == (5, 3, 60.0, True)
    assert doc["sources"][0]["uncovered"][0] == {
        "line": 12,
        "kind": "reported",
        "text": "Analysts said the engines were new.",
    }
    low = runner.invoke(app, ["coverage", "--min", "50", "--ledger", str(root)])
    assert low.exit_code == 0
    high = runner.invoke(app, ["coverage", "--min", "80", "--ledger", str(root)])
    assert high.exit_code == 1
    assert "sources/src-a.txt:12: reported: Analysts said the engines were new." in high.stdout
    assert "total: 3/5 passages covered (60.0%), minimum 80%: below" in high.stdout


def test_unknown_source_and_help(tmp_path: Path) -> None:
    root = _root(tmp_path)
    result = runner.invoke(app, ["coverage", "nope", "--ledger", str(root)])
    assert result.exit_code == 3
    assert "Error: no source 'nope'" in result.stderr
    help_text = runner.invoke(app, ["coverage", "--help"]).stdout
    assert "rnkclaims coverage --format json --min 80" in help_text
