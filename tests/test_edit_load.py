"""``ledger.load`` with overrides: a candidate text is loaded as if it were on disk."""

from __future__ import annotations

from pathlib import Path

from rnkclaims.ledger import Ledger, fingerprint, load
from tests.conftest import BASE, SOURCE_A, write_ledger

NEW_CLAIM = """\
  - id: hill-again
    speaker: john-hill
    source: src-a
    mode: reported
    excerpt: Officials met on Tuesday.
    act: asserts
    bogus: 1
"""


def _summary(ledger: Ledger) -> tuple[object, ...]:
    claim = ledger.claims[-1]
    return (
        ledger.fingerprint,
        ledger.sections,
        ledger.where(claim, "excerpt"),
        {sid: (s.meta, s.text, s.body_line) for sid, s in ledger.sources.items()},
        [(p.code, p.line, p.column, p.message) for p in ledger.problems],
    )


def test_an_override_loads_as_the_file_would(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "data")
    candidate = BASE + NEW_CLAIM
    source = SOURCE_A.replace("published: 2023-09-20\n", "published: 2023-09-20\nnote: n\n")
    src = paths.sources_dir / "src-a.txt"
    overridden = load(paths, {paths.main: candidate, src: source})
    assert paths.main.read_text(encoding="utf-8") == BASE  # nothing is written
    assert overridden.fingerprint != load(paths).fingerprint
    paths.main.write_text(candidate, encoding="utf-8")
    src.write_text(source, encoding="utf-8")
    on_disk = load(paths)
    assert _summary(overridden) == _summary(on_disk)
    assert overridden.where(overridden.claims[-1], "bogus")[1] == BASE.count("\n") + 7
    assert overridden.sources["src-a"].body_line == 9


def test_without_overrides_load_is_unchanged(tmp_path: Path) -> None:
    paths = write_ledger(tmp_path / "data")
    plain = load(paths)
    assert _summary(load(paths, {})) == _summary(plain)
    assert plain.fingerprint == fingerprint(paths)
    other = tmp_path / "elsewhere.yaml"  # a path the ledger does not list is ignored
    assert _summary(load(paths, {other: "claims: []\n"})) == _summary(plain)
