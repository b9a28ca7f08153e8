"""Positions without a node tree: every key, value and item is placed exactly where
libyaml's composed nodes put it, in a short text kept in memory and in a long one read
again from its file; a file changed since loading is never misread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import BASE, BUNDLED, write_ledger
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from rnkclaims.check import check
from rnkclaims.ledger import LedgerPaths, load
from rnkclaims.ledger.yamlread import KEEP_TEXT, Document, _Composer, parse_yaml

Request = tuple[object, str | int | None, bool]


def _expected(
    value: Any, node: Node, offset: int, out: list[tuple[Request, tuple[int, int]]]
) -> None:
    """Each (obj, key, at_value) of ``value`` with its position from the node tree."""

    def at(n: Node) -> tuple[int, int]:
        return (n.start_mark.line + 1 + offset, n.start_mark.column + 1)

    if isinstance(node, MappingNode) and isinstance(value, dict):
        out.append(((value, None, False), at(node)))
        last = {k.value: (k, v) for k, v in node.value if isinstance(k, ScalarNode)}
        for key, (knode, vnode) in last.items():
            out.append(((value, key, False), at(knode)))
            out.append(((value, key, True), at(vnode)))
            _expected(value[key], vnode, offset, out)
        out.append(((value, "no-such-key", True), at(node)))
    elif isinstance(node, SequenceNode) and isinstance(value, list):
        out.append(((value, None, False), at(node)))
        for i, (item, inode) in enumerate(zip(value, node.value, strict=True)):
            out.append(((value, i, False), at(inode)))
            _expected(item, inode, offset, out)
        out.append(((value, len(value), False), at(node)))


def _compare(doc: Document, text: str, offset: int = 0) -> int:
    expected: list[tuple[Request, tuple[int, int]]] = []
    _expected(doc.data, _Composer(text).get_single_node(), offset, expected)
    found = doc.locate([request for request, _ in expected])
    assert found == [position for _, position in expected]
    # one at a time, as the other commands ask
    for (obj, key, at_value), position in expected[:200]:
        if at_value and isinstance(key, str):
            assert doc.where_value(obj, key) == position
        elif not at_value:
            assert doc.where(obj, key) == position
    return len(expected)


def test_every_position_of_the_bundled_ledger_matches_the_node_tree() -> None:
    text = (BUNDLED / "claims.yaml").read_text(encoding="utf-8")
    assert _compare(parse_yaml(text, "claims.yaml"), text) > 3000


def test_positions_in_flow_style_repeated_keys_and_front_matter() -> None:
    text = (
        "a: {x: 1, y: [1, {z: 2}]}\n"
        "b:\n  - [p, q]\n  - k: v\n    k: w\n    m:\n      - 1\n"
        "a: {x: 3, y: [4, {z: 5}]}\n"  # a repeated key: the last one is kept
    )
    doc = parse_yaml(text, "t.yaml", line_offset=1)
    assert [p.code for p in doc.problems] == ["yaml-duplicate-key", "yaml-duplicate-key"]
    assert _compare(doc, text, offset=1) > 20
    assert doc.where_value(doc.data["a"]["y"][1], "z") == (9, 22)


def _big_ledger(tmp_path: Path) -> tuple[Path, int]:
    """A ledger whose claims file is longer than ``KEEP_TEXT``, with one wrong value deep
    in its last claim; returns the folder and that value's line."""
    claims = []
    n = 400
    for i in range(n):
        act = "shouts" if i == n - 1 else "denies"
        claims.append(
            f"  - id: claim-{i}\n    speaker: north-korea\n    source: src-a\n"
            "    mode: reported\n"
            "    excerpt: Pyongyang denied any arms deals with Moscow\n"
            f"    act: {act}\n    relay: [{{via: yonhap, how: report}}]\n"
        )
    root = write_ledger(tmp_path, BASE + "".join(claims)).root
    text = (root / "claims.yaml").read_text(encoding="utf-8")
    assert len(text) > KEEP_TEXT
    line = text.splitlines().index("    act: shouts") + 1
    return root, line


def test_a_long_file_is_read_again_for_positions(tmp_path: Path) -> None:
    root, line = _big_ledger(tmp_path)
    ledger = load(LedgerPaths(root / "claims.yaml"))
    doc = ledger.docs[0]
    assert doc.text is None  # not kept: read again when a position is asked for
    problems = check(ledger).report.problems
    assert [(p.code, p.line, p.column) for p in problems] == [("bad-vocabulary", line, 10)]
    claim = ledger.claims[-1]
    assert ledger.where(claim, "relay")[1] == line + 1
    assert _compare(doc, (root / "claims.yaml").read_text(encoding="utf-8")) > 4000


def test_a_file_changed_after_loading_is_not_misread(tmp_path: Path) -> None:
    root, line = _big_ledger(tmp_path)
    ledger = load(LedgerPaths(root / "claims.yaml"))
    path = root / "claims.yaml"
    path.write_text("# moved\n" * 50 + path.read_text(encoding="utf-8"), encoding="utf-8")
    claim = ledger.claims[-1]
    file, start, col = ledger.where(claim)
    assert (file, col) == (ledger.docs[0].path, 5) and start < line  # kept at loading
    # inner places cannot be trusted any more: the record's own place stands in
    assert ledger.where(claim, "act")[1:] == (start, col)


@pytest.mark.parametrize("keep", [True, False])
def test_short_texts_stay_in_memory(tmp_path: Path, keep: bool) -> None:
    doc = parse_yaml("a: [1, 2]\n" if keep else "a: [1, 2]\n" + "# x\n" * KEEP_TEXT, "t")
    doc.release(tmp_path / "t.yaml", "0" * 64)
    assert (doc.text is not None) is keep


@pytest.mark.parametrize(
    "text",
    ["a: 1\nb: [x, 'y', !t z]\n", "a: [1, 2\n", "a: 1\n---\nb: 2\n"],
    ids=["valid", "syntax-error", "two-documents"],
)
def test_the_parser_gets_its_scalar_event_class_back_after_a_parse(text: str) -> None:
    """While building, scalars are read as light tuples; after the parse, even one that
    failed, PyYAML's own event class is in place again for anyone else."""
    import yaml

    from rnkclaims.ledger import yamlread

    module = yamlread._EVENTS
    names = ["ScalarEvent", "MappingStartEvent", "SequenceStartEvent"]
    names += ["MappingEndEvent", "SequenceEndEvent"]
    assert sorted(yamlread._LIGHT) == sorted(names)
    assert all(getattr(module, name) is getattr(yaml, name) for name in names)
    doc = parse_yaml(text, "t.yaml")
    assert all(getattr(module, name) is getattr(yaml, name) for name in names)
    events = list(
        yaml.parse("a: b\n", Loader=yaml.CSafeLoader if yamlread.WITH_LIBYAML else yaml.SafeLoader)
    )
    assert [type(e).__name__ for e in events][2:-2] == [
        "MappingStartEvent", "ScalarEvent", "ScalarEvent", "MappingEndEvent"
    ]  # fmt: skip
    if text.startswith("a: 1\nb"):
        assert doc.data == {"a": 1, "b": ["x", "y", "z"]}
        assert [p.code for p in doc.problems] == ["yaml-tag"]
        assert (doc.problems[0].line, doc.problems[0].column) == (2, 13)
    else:
        assert doc.data is None and doc.problems[0].code == "yaml-syntax"
        assert doc.problems[0].line == 2


@pytest.mark.parametrize(
    "relative",
    [
        "claims.yaml",
        "ledger/claims/part-0001.yaml",
        "ledger/sources/a..b.txt",
        "ledger/../elsewhere/claims.yaml",
        "ledger/./claims.yaml",
        "ledger//claims.yaml",
        "../outside/claims.yaml",
        "",
    ],
)
def test_a_path_is_shown_as_relpath_shows_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, relative: str
) -> None:
    """The quick way ``display`` takes below the working directory gives what
    ``os.path.relpath`` gives, and every other path is left to it."""
    import os

    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    paths = LedgerPaths(tmp_path / "work" / "claims.yaml")
    for path in (Path(f"{tmp_path}/work/{relative}"), f"{tmp_path}/work/{relative}"):
        expected = os.path.relpath(path)
        if expected.startswith(".."):
            expected = str(path)
        assert paths.display(path) == expected  # type: ignore[arg-type]


def test_a_document_frozen_and_thawed_places_everything_as_parsed(tmp_path: Path) -> None:
    """``frozen`` and ``thawed`` (the documents a validation keeps parsed) give back the
    value and every kept start; a key's place is found again from the file."""
    import hashlib

    from rnkclaims.ledger.yamlread import frozen, kept_containers, thawed

    text = (BUNDLED / "claims.yaml").read_text(encoding="utf-8")
    doc = parse_yaml(text, "claims.yaml")
    kept = frozen(doc)
    assert kept is not None
    copy = thawed(*kept, path="shown.yaml")
    assert copy.data == doc.data and copy.path == "shown.yaml"
    pairs = list(zip(kept_containers(doc.data), kept_containers(copy.data), strict=True))
    assert len(pairs) > 100
    for a, b in pairs:
        assert copy.where(b) == doc.where(a) != (0, 0)
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    copy.file, copy.sha256 = path, hashlib.sha256(text.encode()).hexdigest()
    record = copy.data["claims"][3]
    assert copy.where(record, "act") == doc.where(doc.data["claims"][3], "act")
    with pytest.raises(ValueError):
        thawed(kept[0], kept[1][:-1], "short.yaml")
    assert frozen(parse_yaml("a: 1\na: 2\n", "twice.yaml")) is None  # a problem: not kept
