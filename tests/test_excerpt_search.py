"""The excerpt and quote search: an excerpt found in the text as published needs no
normalised copy of the source, and the answer is always the one the normalised text
gives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import BASE, SOURCE_A, write_ledger

from rnkclaims.check import Checked
from rnkclaims.check.context import Context
from rnkclaims.check.excerpts import _in_source
from rnkclaims.ledger import load
from rnkclaims.textnorm import normalise

SOURCE = SOURCE_A + (
    "Pyongyang denied any arms deals\nwith Moscow, the ministry said. "
    "The cafe\u0301 stayed open. \u201cWe deny it,\u201d he said.\n"
)

CASES = [
    ("The caf", True, False),  # verbatim: the source is never normalised
    ("arms deals with Moscow, the ministry said. The", True, True),  # across a line break
    ('"We deny it," he said.', True, True),  # curly quotes in the source
    ("The cafe\u0301 stayed open.", True, True),
    ("The cafe", False, True),  # "cafe" then a combining accent: another word
    ("Pyongyang agreed", False, True),
]


@pytest.mark.parametrize(("excerpt", "found", "normalised"), CASES)
def test_the_answer_is_the_normalised_texts(
    tmp_path: Path, excerpt: str, found: bool, normalised: bool
) -> None:
    ledger = load(write_ledger(tmp_path, BASE, {"src-a": SOURCE}))
    ctx = Context(ledger)
    source = ledger.sources["src-a"]
    part = normalise(excerpt)
    assert _in_source(ctx, source, part) is found
    assert (part in normalise(source.text)) is found  # the definition
    assert ("src-a" in ctx.derived.normalised_text) is normalised


@pytest.mark.parametrize(("excerpt", "found"), [(e, f) for e, f, _ in CASES])
def test_validate_finds_the_excerpt_or_says_so(
    checked_of: Callable[..., Checked], excerpt: str, found: bool
) -> None:
    claims = BASE.replace(
        "excerpt: Pyongyang denied any arms deals with Moscow", f"excerpt: {excerpt!r}"
    )
    checked = checked_of(claims, {"src-a": SOURCE})
    codes = {p.code for p in checked.report.problems}
    assert codes == (set() if found else {"excerpt-not-in-source"})
