"""The text-level operations of ledger_edit: only the bytes they change change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import BASE, write_ledger
from yaml.nodes import MappingNode, SequenceNode

from rnkclaims.authoring.ledger_edit import (
    compose,
    delete_field,
    delete_item,
    extend_list,
    find_entry,
    reference_spans,
    replace_spans,
    set_field,
)
from rnkclaims.authoring.maintain import plan_rename
from rnkclaims.errors import LedgerError
from rnkclaims.ledger import load, locate
from rnkclaims.ledger.yamlread import parse_yaml
from rnkclaims.model import LEDGER_FILE

TEXT = """\
# head
actors:
  - id: a   # first
    name: A
    aliases:
      - Alpha   # keep
      - Al
  # about b
  - id: b
    name: B
    aliases: [Bee, 'B.']
    note: >-
      folded
      note

  - id: c
    name: C
claims:
  - {id: x, speaker: b, relay: [b, {via: b, how: report}]}
"""


def _entry(text: str, rid: str) -> tuple[SequenceNode, MappingNode]:
    found = find_entry(text, "actors", rid)
    assert found is not None
    return found


def test_extend_block_and_flow_lists_keeping_comments() -> None:
    _, a = _entry(TEXT, "a")
    out = extend_list(TEXT, a, "aliases", ["A, the first"])
    assert "      - Al\n      - A, the first\n  # about b\n" in out
    _, b = _entry(out, "b")
    out = extend_list(out, b, "aliases", ["Bravo"])
    assert "    aliases: [Bee, 'B.', Bravo]\n" in out
    _, c = _entry(out, "c")
    out = extend_list(out, c, "aliases", ["Charlie"])
    assert "    name: C\n    aliases: [Charlie]\nclaims:" in out
    assert parse_yaml(out, "t").data["actors"][0]["aliases"][-1] == "A, the first"
    assert (
        out.replace("      - A, the first\n", "")
        .replace(", Bravo]", "]")
        .replace("    aliases: [Charlie]\n", "")
        == TEXT
    )


def test_set_and_delete_fields_replace_whole_values() -> None:
    _, b = _entry(TEXT, "b")
    out = set_field(TEXT, b, "note", "short")
    assert "    note: short\n\n  - id: c" in out and "folded" not in out
    _, b = _entry(out, "b")
    out = delete_field(out, b, "aliases")
    assert "Bee" not in out and "    name: B\n    note: short\n" in out
    with pytest.raises(LedgerError):
        _, b = _entry(out, "b")
        delete_field(out, b, "id")


def test_delete_item_takes_its_lines_and_one_blank() -> None:
    seq, b = _entry(TEXT, "b")
    out = delete_item(TEXT, seq, b)
    assert "id: b" not in out and "folded" not in out
    assert "  # about b\n\n  - id: c\n" in out  # one blank line, not two
    seq, c = _entry(out, "c")
    out = delete_item(out, seq, c)
    assert out.endswith("      - Al\n  # about b\n\nclaims:\n  - {id: x, speaker: b, relay: "
                        "[b, {via: b, how: report}]}\n")  # fmt: skip


def test_references_in_flow_style_and_shorthand_hops() -> None:
    spans = reference_spans(compose(TEXT), LEDGER_FILE, "actor", "b", "bb")
    out = replace_spans(TEXT, spans)
    assert "  - id: bb\n" in out
    assert "{id: x, speaker: bb, relay: [bb, {via: bb, how: report}]}" in out


def test_crlf_files_stay_crlf() -> None:
    crlf = TEXT.replace("\n", "\r\n")
    _, c = _entry(crlf, "c")
    out = extend_list(crlf, c, "aliases", ["Charlie"])
    assert "\n" not in out.replace("\r\n", "")
    seq, b = _entry(out, "b")
    out = delete_item(out, seq, b)
    assert "\n" not in out.replace("\r\n", "") and "id: b" not in out


def test_a_failed_write_puts_back_every_file(tmp_path: Path) -> None:
    root = tmp_path / "data"
    write_ledger(root, BASE)
    before = (root / "claims.yaml").read_text()
    (root / "sources" / "src-new.txt").mkdir()  # the new file name is taken by a folder
    plan = plan_rename(load(locate(root)), "src-a", "src-new")
    with pytest.raises(OSError):
        plan.write()
    assert (root / "claims.yaml").read_text() == before
    assert (root / "sources" / "src-a.txt").is_file()


def test_piped_keys_drive_the_installed_review(tmp_path: Path) -> None:
    from test_suggest import DRAFTS

    root = tmp_path / "data"
    write_ledger(root, BASE + DRAFTS)
    result = subprocess.run(
        [sys.executable, "-m", "rnkclaims", "review", "src-a", "-L", str(root)],
        input="r\nn\n",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "1 rejected; 1 not a claim" in result.stderr
    led = load(locate(root))
    assert not [c for c in led.claims if c.get("draft")]
    assert led.sources["src-a"].meta["not_claims"] == [
        "Pyongyang denied any arms deals with Moscow"
    ]
