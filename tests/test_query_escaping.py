"""Nothing gets in: control characters from the ledger never reach a terminal raw, CSV
cells never run as formulas, markdown carries no HTML or links, GitHub annotations
cannot gain properties, and one huge value cannot stall a table."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from query_fixtures import LEDGER, write_query_ledger
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.ledger import LedgerPaths
from rnkclaims.render import OutputFormat, clean, render_records
from rnkclaims.render.problems import github_property
from rnkclaims.render.rows import csv_safe, markdown_safe

runner = CliRunner()

ESCAPES = "Jos\x1b]0;pwned\x07\x1b[2J\x9bX"
"""An actor's name that would retitle the window and clear the screen, and a C1 CSI."""
FORMULA = '=HYPERLINK("http://evil.example")'
HTML = "<script>alert(1)</script> [click](javascript:alert(1)) ![i](x.png)"


@pytest.fixture
def hostile(tmp_path: Path) -> LedgerPaths:
    text = LEDGER.replace(
        "    name: José Ramírez\n", '    name: "Jos\\e]0;pwned\\a\\e[2J\\x9bX"\n'
    ).replace("    name: Kremlin\n", f"    name: '{FORMULA}'\n")
    text = text.replace("    name: Bonnie Jenkins\n", f"    name: '{HTML}'\n")
    text = text.replace("    name: Kim Jong Un\n", "    name: '-2+3 @SUM(A1)'\n")
    return write_query_ledger(tmp_path / "hostile", text)


def run(paths: LedgerPaths, *args: str, **env: str) -> tuple[int, str, str]:
    result = runner.invoke(
        app,
        [*args, "--ledger", str(paths.root), "--db", str(paths.root.parent / "c.db")],
        env={"COLUMNS": "200", **env},
    )
    return result.exit_code, result.stdout, result.stderr


def test_clean_writes_control_characters_out() -> None:
    assert clean(ESCAPES) == "Jos\\x1b]0;pwned\\x07\\x1b[2J\\x9bX"
    assert clean("line\nnext\ttab") == "line\nnext\ttab"


@pytest.mark.parametrize("command", ["actors", "claims", "who-said", "show"])
def test_tables_never_send_control_characters(hostile: LedgerPaths, command: str) -> None:
    args = {
        "actors": ["actors"],
        "claims": ["claims", "--speaker", "jose-ramirez"],
        "who-said": ["who-said", "satellite launch"],
        "show": ["show", "ramirez-engines"],
    }[command]
    code, out, _ = run(hostile, *args, NO_COLOR="1")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "\\x1b]0;pwned" in out or command == "who-said"  # the name, written out
    if command != "who-said":
        assert "\\x9bX" in out


def test_error_lines_never_send_control_characters(hostile: LedgerPaths) -> None:
    code, _, err = run(hostile, "claims", "--speaker", "\x1b[2Jnobody")
    assert code == 3
    [line] = [x for x in err.splitlines() if x.startswith("Error:")]
    assert line == "Error: no speaker named '\\x1b[2Jnobody'"
    assert "\x1b" not in err


def test_validate_text_never_sends_control_characters(tmp_path: Path) -> None:
    text = LEDGER.replace("    speaker: jose-ramirez\n", '    speaker: "ghost\\e[2J"\n')
    paths = write_query_ledger(tmp_path / "bad", text)
    result = runner.invoke(app, ["validate", "--ledger", str(paths.root)])
    assert result.exit_code == 1
    assert "\x1b" not in result.stdout
    assert "ghost\\x1b[2J" in result.stdout


def test_csv_cells_never_run_as_formulas(hostile: LedgerPaths) -> None:
    code, out, _ = run(hostile, "actors", "-f", "csv")
    assert code == 0
    assert 'kremlin,"\'=HYPERLINK(""http://evil.example"")",government' in out
    assert "kim-jong-un,'-2+3 @SUM(A1),person" in out
    code, out, _ = run(hostile, "actors", "-f", "tsv")
    assert 'kremlin\t"\'=HYPERLINK(""http://evil.example"")"\tgovernment' in out


@pytest.mark.parametrize(
    ("value", "safe"),
    [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("\tx", "'\tx"),
     ("\rx", "'\rx"), ("a=b", "a=b"), ("", ""), (3, 3)],
)  # fmt: skip
def test_csv_safe(value: object, safe: object) -> None:
    assert csv_safe(value) == safe


def test_markdown_has_no_html_and_no_links(hostile: LedgerPaths) -> None:
    code, out, _ = run(hostile, "actors", "-f", "markdown")
    assert code == 0
    [row] = [line for line in out.splitlines() if line.startswith("| bonnie-jenkins |")]
    assert row.split(" | ")[1] == (
        "&lt;script&gt;alert(1)&lt;/script&gt; \\[click\\](javascript:alert(1)) !\\[i\\](x.png)"
    )
    assert "<script>" not in out and "[click](" not in out
    assert markdown_safe("a|b\nc") == "a\\|b c"


def test_github_annotations_cannot_gain_properties(tmp_path: Path) -> None:
    """A ledger file named to inject ``line=1`` and a message with newlines."""
    paths = write_query_ledger(tmp_path / "gh")
    extra = paths.root / "claims"
    extra.mkdir()
    (extra / "x,line=1:evil%.yaml").write_text("claims:\n  - id: broken\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", "--ledger", str(paths.root), "--format", "github"])
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if "evil" in line]
    assert lines
    for line in lines:
        props = line.split("::")[1]
        assert "x%2Cline=1%3Aevil%25.yaml" in props
        assert props.count(",") == 2  # file=…,line=…,col=…
    assert github_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_one_huge_value_cannot_stall_a_table() -> None:
    """A 10 MB name: the table clips the cell; json keeps every character."""
    huge = "x" * 10_000_000
    out = io.StringIO()
    render_records([{"id": "a", "name": huge}], OutputFormat.table, out=out)
    text = "".join(out.getvalue().split())
    assert "(9,998,000morecharacters)" in text
    assert len(text) < 10_000
    whole = io.StringIO()
    render_records([{"id": "a", "name": huge}], OutputFormat.json, out=whole)
    assert huge in whole.getvalue()


@pytest.mark.parametrize(
    "args", [["\x1b[2Jx"], ["claims", "--\x1b[2J"], ["claims", "--limit", "\x1b[2J"]]
)
def test_usage_errors_write_typed_control_characters_out(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert "\x1b" not in result.stderr
    assert "\\x1b[2J" in result.stderr
