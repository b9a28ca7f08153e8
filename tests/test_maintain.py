"""Ledger maintenance: actor/outlet/topic/proposition add, rename, merge, drop-drafts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import BASE, SOURCE_A, write_ledger
from typer.testing import CliRunner

from rnkclaims.check import check
from rnkclaims.cli import app
from rnkclaims.ledger import load, locate

runner = CliRunner()

COMMENTED = (
    "# The ledger.  Keep  this comment.\n"
    + BASE.replace("  - id: john-hill\n", "  # the Pentagon's man\n  - id: john-hill\n").replace(
        "    speaker: john-hill\n", "    speaker: 'john-hill'   # quoted on purpose\n"
    )
    + "\n# trailing comment\n"
)

EXTRA = """\
# claims of another team
claims:
  - id: hill-again
    speaker: john-hill
    source: src-a
    mode: reported
    excerpt: Officials met on Tuesday.
    act: asserts
    relay: [yonhap]
    draft: true
"""


def _ledger(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    write_ledger(root, COMMENTED)
    (root / "claims").mkdir()
    (root / "claims" / "team.yaml").write_text(EXTRA, encoding="utf-8")
    return root


def _run(root: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--ledger", str(root)])
    return result.exit_code, result.output


def _valid(root: Path) -> bool:
    return check(load(locate(root))).report.valid(strict=False)


def test_rename_actor_everywhere_keeping_every_other_byte(tmp_path: Path) -> None:
    root = _ledger(tmp_path)
    main_before = (root / "claims.yaml").read_text()
    extra_before = (root / "claims" / "team.yaml").read_text()
    code, out = _run(root, "rename", "john-hill", "john-d-hill")
    assert code == 0, out
    main_after = (root / "claims.yaml").read_text()
    assert main_after == main_before.replace("id: john-hill", "id: john-d-hill").replace(
        "speaker: 'john-hill'", "speaker: 'john-d-hill'"
    )
    assert (root / "claims" / "team.yaml").read_text() == extra_before.replace(
        "speaker: john-hill", "speaker: john-d-hill"
    )
    assert _valid(root)


def test_rename_outlet_reaches_relays_and_source_front_matter(tmp_path: Path) -> None:
    root = _ledger(tmp_path)
    code, out = _run(root, "rename", "yonhap", "yna")
    assert code == 0, out
    main = (root / "claims.yaml").read_text()
    assert "via: yna" in main and "- id: yna" in main and "yonhap" not in main
    assert "relay: [yna]" in (root / "claims" / "team.yaml").read_text()
    source = (root / "sources" / "src-a.txt").read_text()
    assert "outlet: yna\n" in source and "agencies: [yna]" in source
    assert "(Yonhap)" in source  # the article's text is not touched
    assert _valid(root)


def test_rename_source_renames_its_file(tmp_path: Path) -> None:
    root = _ledger(tmp_path)
    code, out = _run(root, "rename", "src-a", "2023-09-yonhap-officials")
    assert code == 0, out
    assert not (root / "sources" / "src-a.txt").exists()
    assert (root / "sources" / "2023-09-yonhap-officials.txt").read_text() == SOURCE_A
    assert "source: src-a" not in (root / "claims.yaml").read_text()
    assert "source: 2023-09-yonhap-officials" in (root / "claims" / "team.yaml").read_text()
    assert _valid(root)


def test_rename_refuses_taken_unknown_and_bad_ids_writing_nothing(tmp_path: Path) -> None:
    root = _ledger(tmp_path)
    before = (root / "claims.yaml").read_text()
    assert _run(root, "rename", "john-hill", "north-korea")[0] == 2
    assert _run(root, "rename", "john-hill", "John Hill")[0] == 2
    code, out = _run(root, "rename", "jon-hill", "x")
    assert code == 3 and "did you mean 'john-hill'" in out
    assert (root / "claims.yaml").read_text() == before


def test_rename_dry_run_writes_nothing(tmp_path: Path) -> None:
    root = _ledger(tmp_path)
    before = (root / "claims.yaml").read_text()
    code, out = _run(root, "rename", "kp-arms-to-ru", "nk-arms-to-ru", "--dry-run")
    assert code == 0 and "dry run" in out
    assert (root / "claims.yaml").read_text() == before


def test_merge_moves_aliases_roles_and_references(tmp_path: Path) -> None:
    root = _ledger(tmp_path)
    text = (
        (root / "claims.yaml")
        .read_text()
        .replace(
            "outlets:\n",
            "  - id: hill-dup\n    name: J. Hill\n    kind: person\n    aliases: [Hill, Johnny]\n"
            "    roles:\n      - id: envoy\n        title: Special envoy\n        from: 2015\n"
            "outlets:\n",
        )
    )
    (root / "claims.yaml").write_text(text.replace("speaker: 'john-hill'", "speaker: hill-dup"))
    code, out = _run(root, "merge", "hill-dup", "john-hill")
    assert code == 0, out
    after = (root / "claims.yaml").read_text()
    assert "hill-dup" not in after
    assert "aliases: [Hill, J. Hill, Johnny]" in after
    assert "      - id: envoy\n        title: Special envoy\n" in after
    assert "# the Pentagon's man" in after
    led = load(locate(root))
    hill = next(a for a in led.actors if a["id"] == "john-hill")
    assert [r["id"] for r in hill["roles"]] == ["dasd-space", "envoy"]
    assert _valid(root)


def test_merge_refuses_non_actors(tmp_path: Path) -> None:
    root = _ledger(tmp_path)
    code, out = _run(root, "merge", "yonhap", "john-hill")
    assert code == 2 and "not an actor" in out


def test_drop_drafts_removes_only_drafts(tmp_path: Path) -> None:
    root = _ledger(tmp_path)
    code, out = _run(root, "drop-drafts", "src-a")
    assert code == 0, out
    assert "hill-again" not in (root / "claims" / "team.yaml").read_text()
    assert "# claims of another team" in (root / "claims" / "team.yaml").read_text()
    assert (root / "claims.yaml").read_text() == COMMENTED
    code, out = _run(root, "drop-drafts", "src-a")
    assert code == 0 and "no draft" in out


def test_drop_drafts_refuses_a_reviewed_claim(tmp_path: Path) -> None:
    root = _ledger(tmp_path)
    code, _ = _run(root, "drop-drafts", "src-a", "--id", "hill-watching")
    assert code == 3
    assert (root / "claims.yaml").read_text() == COMMENTED


def test_add_entries_append_and_refuse(tmp_path: Path) -> None:
    root = _ledger(tmp_path)
    code, out = _run(
        root, "actor", "add", "--name", "Ned Price", "--kind", "person", "--country", "US",
        "--role", "State Department spokesman", "--role-from", "2021-01",
        "--speaks-for", "united-states",
    )  # fmt: skip
    assert code == 0, out
    assert "ned-price\n" in out
    text = (root / "claims.yaml").read_text()
    assert text.startswith(COMMENTED.split("outlets:")[0])
    assert (
        "  - id: ned-price\n    name: Ned Price\n    kind: person\n    country: US\n"
        "    roles:\n      - id: state-department-spokesman\n"
        "        title: State Department spokesman\n        from: 2021-01\n"
        "        speaks_for: united-states\noutlets:\n"
    ) in text
    assert _run(root, "outlet", "add", "--name", "NK News", "--kind", "online")[0] == 0
    assert _run(root, "topic", "add", "--name", "Labour", "--term", "workers")[0] == 0
    code, out = _run(root, "proposition", "add", "--text", "Workers go.", "--topic", "labour")
    assert code == 0, out
    code, out = _run(root, "proposition", "add", "--text", "X.", "--topic", "nope")
    assert code == 1 and "no topic with id 'nope'" in out
    code, out = _run(root, "actor", "add", "--name", "X", "--kind", "persn")
    assert code == 2 and "did you mean 'person'" in out
    code, out = _run(root, "outlet", "add", "--name", "Yonhap again", "--kind", "online",
                     "--id", "yonhap")  # fmt: skip
    assert code == 2 and "already used" in out
    led = load(locate(root))
    assert {"ned-price", "nk-news", "labour", "workers-go"} <= {
        str(r.get("id")) for rs in led.sections.values() for r in rs
    }
    assert _valid(root)


def test_add_without_a_terminal_names_the_missing_flag(tmp_path: Path) -> None:
    root = _ledger(tmp_path)
    code, out = _run(root, "topic", "add")
    assert code == 2 and "missing --name" in out


def test_installed_command_renames(tmp_path: Path) -> None:
    root = _ledger(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "rnkclaims", "rename", "arms-transfers", "arms", "-L", str(root)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    text = (root / "claims.yaml").read_text()
    assert "topics: [arms]" in text and "- id: arms\n" in text


def test_an_added_entry_is_reported_at_its_own_line(tmp_path: Path) -> None:
    root = _ledger(tmp_path)
    # ids that also occur elsewhere in the file as text, or that YAML writes quoted
    for topic_id in ("2024", "yes", "arms"):
        result = runner.invoke(
            app, ["topic", "add", "--name", f"T {topic_id}", "--id", topic_id,
                  "--term", "x", "--ledger", str(root)]
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        place = result.stderr.strip().rsplit(" at ", 1)[1]
        line = int(place.rsplit(":", 1)[1])
        text = (root / "claims.yaml").read_text(encoding="utf-8").splitlines()
        assert text[line - 1].strip() in (f"- id: {topic_id}", f'- id: "{topic_id}"')
