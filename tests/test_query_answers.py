"""Answers that are right, on the bundled ledger and on small ledgers made for the case:
every --help example works, --via means relayed through, paraphrases find their claims and
the traps stay out."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from conftest import write_ledger
from query_fixtures import LEDGER, SOURCES
from typer.testing import CliRunner

from rnkclaims.cli import app
from rnkclaims.cli.query_cmds import EXAMPLES

runner = CliRunner()
DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("answers") / "bundled.db"


def bundled(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--ledger", str(DATA), "--db", str(db)])
    return result.exit_code, result.stdout, result.stderr


def ids(out: str) -> list[str]:
    return [c["id"] for c in json.loads(out)]


def _help_examples() -> list[tuple[str, str]]:
    """(command, example line) as each command's --help prints them."""
    out = []
    for name in EXAMPLES:
        text = runner.invoke(app, [*name.split(), "--help"], env={"COLUMNS": "60"}).stdout
        block = text.split("Examples:", 1)[1].split("Exit status:", 1)[0]
        out += [(name, line.strip()) for line in block.splitlines() if line.strip()]
    return out


HELP_EXAMPLES = _help_examples()


def test_every_query_command_shows_its_examples() -> None:
    shown = {name for name, _ in HELP_EXAMPLES}
    assert shown == set(EXAMPLES)
    assert [line for name, line in HELP_EXAMPLES if name == "who-said"] == list(
        EXAMPLES["who-said"]
    )


@pytest.mark.parametrize(("name", "line"), HELP_EXAMPLES)
def test_help_examples_work_on_the_bundled_ledger(db: Path, name: str, line: str) -> None:
    """Each example exits 0 and prints something (click kept it on one line: \\b)."""
    args = shlex.split(line)
    if ">" in args:
        args = args[: args.index(">")]
    assert args[0] == "rnkclaims" and " ".join(args[1:]).startswith(name)
    code, out, err = bundled(db, *args[1:])
    assert code == 0, err
    assert out.strip(), f"{line} printed nothing"


def test_via_is_relayed_through(db: Path) -> None:
    code, out, _ = bundled(db, "claims", "--via", "TASS", "-f", "json")
    assert code == 0
    claims = json.loads(out)
    assert [c["id"] for c in claims] == [
        "ibt15.pak-hope-begin-this-year", "ibt15.pak-proactive-cooperation",
        "ibt15.pak-programme-peaceful", "ibt15.rose-confidence-no-weapons-front",
        "ibt15.rose-national-interest", "ibt15.us-space-security-interest",
    ]  # fmt: skip
    assert all("tass" in [h["via_id"] for h in c["relay"]] for c in claims)
    # the UPI-reported bridge and the Kim visit are in the same article, not through TASS
    assert "ibt15.upi-kim-moscow-visit" not in [c["id"] for c in claims]


def test_paraphrases_find_their_claims(db: Path) -> None:
    code, out, _ = bundled(db, "who-said", "providing missiles to Russia", "-f", "json")
    assert code == 0
    found = ids(out)
    assert found[0] == "kh24.hill-missiles-and-tech"  # its own words first
    assert {"spg23.us-accuses-arms-supply", "spg23.dprk-denies-arms-deals",
            "spg23.russia-denies-arms-deals"} <= set(found)  # fmt: skip
    code, out, _ = bundled(db, "who-said", "satellite help", "-f", "json")
    assert "kh24.hill-likely-tech-assistance" in ids(out)  # "technology assistance"
    code, out, _ = bundled(db, "who-said", "technology help", "-f", "json")
    assert ids(out)[:1] != [] and "kh24.hill-likely-tech-assistance" in ids(out)


def test_the_traps_stay_out(db: Path) -> None:
    # "supplying Russian power" is not about arms
    code, out, _ = bundled(db, "who-said", "supplying weapons", "-f", "json")
    assert code == 0 and "ibt15.outlet-power-supply" not in ids(out)
    code, out, _ = bundled(db, "who-said", "providing missiles", "-f", "json")
    assert "ibt15.outlet-power-supply" not in ids(out)
    # "Armed Services" in a committee's name is not "arms"
    code, out, _ = bundled(db, "who-said", "arms", "-f", "json")
    assert "kh24.hill-not-stop-at-iran" not in ids(out)
    assert "spg23.dprk-denies-arms-deals" in ids(out)


def test_denied_finds_dismissed_and_rejected(tmp_path: Path) -> None:
    sources = dict(SOURCES)
    sources["src-kcna"] += "Moscow dismissed the report as a fabrication.\n"
    sources["src-kcna"] += "Pyongyang rejected the accusation outright.\n"
    sources["src-kcna"] += "Moscow called the report a fabrication.\n"
    extra = (
        "  - id: ru-dismisses\n    speaker: kremlin\n    source: src-kcna\n    mode: reported\n"
        "    excerpt: Moscow dismissed the report as a fabrication.\n    act: denies\n"
        "    said: 2023-09-14\n"
        "  - id: kp-rejects\n    speaker: north-korea\n    source: src-kcna\n    mode: reported\n"
        "    excerpt: Pyongyang rejected the accusation outright.\n    act: denies\n"
        "    said: 2023-09-14\n"
        "  - id: ru-fabrication\n    speaker: kremlin\n    source: src-kcna\n"
        "    mode: reported\n    excerpt: Moscow called the report a fabrication.\n"
        "    act: denies\n    said: 2023-09-14\n"
    )
    paths = write_ledger(tmp_path / "l", LEDGER + extra, sources)
    result = runner.invoke(
        app, ["who-said", "denied", "-f", "json", "--ledger", str(paths.root), "--db",
              str(tmp_path / "d.db")]
    )  # fmt: skip
    assert result.exit_code == 0
    # the words first; then a denial in other words, by its act
    found = ids(result.stdout)
    assert sorted(found[:3]) == ["kp-denies", "kp-rejects", "ru-dismisses"]
    assert found[3:] == ["ru-fabrication"]


def test_did_you_mean_by_word_prefix_and_spelling(db: Path) -> None:
    code, _, err = bundled(db, "claims", "--speaker", "Blinkn")
    assert code == 3
    assert err.splitlines()[-2:] == [
        "Error: no speaker named 'Blinkn'",
        "Hint: did you mean: Blinken?",
    ]
    code, _, err = bundled(db, "claims", "--topic", "space")
    assert err.splitlines()[-1].startswith("Hint: did you mean: ")
    assert all("space" in s.lower() for s in err.splitlines()[-1][20:-1].split(", "))
    code, _, err = bundled(db, "show", "spg23.dprk-denies")
    assert err.splitlines()[-1] == "Hint: did you mean: spg23.dprk-denies-arms-deals?"


def test_an_unknown_name_with_no_look_alike_points_to_its_list(db: Path) -> None:
    for option, listing in (("--outlet", "outlets"), ("--speaker", "actors")):
        code, _, err = bundled(db, "claims", option, "zzqqxx")
        assert code == 3
        assert err.splitlines()[-1].startswith(f"Hint: run 'rnkclaims {listing}' to see the ")


def test_a_name_mentioned_but_never_speaking_points_to_who_said(db: Path) -> None:
    code, _, err = bundled(db, "claims", "--speaker", "Kim Jong-un")
    assert code == 3
    assert err.splitlines()[-1] == (
        "Hint: 'Kim Jong-un' is mentioned in 4 claim(s) but never speaks in the ledger: "
        "try rnkclaims who-said 'Kim Jong-un'"
    )  # and no look-alike: Lee Jong-sup is not Kim Jong-un
    code, out, _ = bundled(db, "who-said", "Kim Jong-un", "-f", "json")
    assert code == 0 and len(json.loads(out)) == 4


@pytest.mark.parametrize("columns", [80, 100, 120, 132, 160])
@pytest.mark.parametrize(
    "args",
    [["show", "spg23.dprk-denies-arms-deals"], ["contradictions"], ["denials"],
     ["who-said", "arms deals"], ["actors"], ["sources"], ["outlets"]],
)  # fmt: skip
def test_bundled_tables_keep_ids_whole(db: Path, columns: int, args: list[str]) -> None:
    result = runner.invoke(
        app, [*args, "--ledger", str(DATA), "--db", str(db)],
        env={"COLUMNS": str(columns), "NO_COLOR": "1"},
    )  # fmt: skip
    assert result.exit_code == 0
    out = result.stdout
    assert max(len(line) for line in out.splitlines()) <= columns
    machine = runner.invoke(app, [*args, "-f", "json", "--ledger", str(DATA), "--db", str(db)])
    data = json.loads(machine.stdout)
    if args[0] == "show":
        wanted = [r["id"] for r in data["related"]]
    elif args[0] == "contradictions":
        wanted = [g["claims"][0]["id"] for g in data]
    else:
        wanted = [r["id"] for r in data]
    for i in wanted:
        assert i in out, f"{i} folded at {columns} columns"


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "tsv", "excel", "markdown"])
@pytest.mark.parametrize(
    "args",
    [["who-said", "arms deals"], ["claims"], ["timeline"], ["denials"], ["confirmations"],
     ["contradictions"], ["show", "spg23.dprk-denies-arms-deals"], ["actors"], ["outlets"],
     ["sources"], ["propositions"], ["stats"],
     ["source", "show", "2023-11-spiegel-rnk-protocol"]],
)  # fmt: skip
def test_every_command_speaks_every_format(db: Path, args: list[str], fmt: str) -> None:
    code, out, err = bundled(db, *args, "-f", fmt)
    assert code == 0, err
    assert out.strip()
    if fmt == "json":
        json.loads(out)
    elif fmt == "jsonl":
        for line in out.splitlines():
            json.loads(line)
