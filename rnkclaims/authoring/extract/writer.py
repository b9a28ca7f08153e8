"""Stage 6: the drafts as YAML to review, and the skipped passages as lines to read.

The output always parses: every comment line is one line (a speaker written across a
line break in the source is folded to one line), and values go through
``ledger_edit.yaml_list_item``, the writer ``add`` and ``extract --write`` use.
"""

from __future__ import annotations

import re
from typing import Any

from rnkclaims.authoring.extract.drafting import Draft, Skipped
from rnkclaims.authoring.ledger_edit import yaml_list_item
from rnkclaims.ledger import Source

HOW = {
    "name": "by name",
    "alias": "by alias",
    "title": "by role title",
    "fuzzy": "by a close known name",
    "pronoun": "pronoun, nearest mention",
    "anaphor": "nearest earlier mention",
    "description": "description, named next",
    "continuation": "same speaker as the quotation before",
    "new": "NEW actor, proposed above",
}


def one_line(text: str, limit: int = 0) -> str:
    """``text`` on one line (whitespace folded); cut to ``limit`` characters if given."""
    folded = re.sub(r"\s+", " ", text).strip()
    if limit and len(folded) > limit:
        folded = folded[: limit - 1].rstrip() + "\u2026"
    return folded


def drafts_yaml(
    source: Source, drafts: list[Draft], actors: list[dict[str, Any]], display: str
) -> str:
    """The drafts as YAML to review: proposed actors, then claims, each with a comment
    saying where it is in the source and how its speaker was found."""
    lines = [
        f"# Draft claims from {source.id} ({one_line(display)}): {len(drafts)} claim(s),"
        f" {len(actors)} proposed actor(s).",
        "# Review each one, then remove 'draft: true'. Excerpts are verbatim from the source.",
    ]
    if actors:
        lines.append("actors:")
        for actor in actors:
            lines.extend(yaml_list_item(actor, 2))
    lines.append("claims:" if drafts else "claims: []")
    for draft in drafts:
        how = HOW.get(draft.resolved_by, draft.resolved_by)
        verb = f", verb '{one_line(draft.verb)}'" if draft.verb else ""
        lines.append(
            f"  # {one_line(display)}:{draft.line}: speaker '{one_line(draft.speaker_text)}'"
            f" ({how}){verb}"
        )
        lines.extend(yaml_list_item(draft.claim(source.id), 2))
    return "\n".join(lines) + "\n"


def skipped_lines(skipped: list[Skipped], display: str) -> list[str]:
    """One line per skipped passage: ``file:line: skipped <kind>: <reason>: <text>``."""
    return [
        f"{display}:{s.line}: skipped {s.kind} ({s.reason}): {one_line(s.text, 100)}"
        for s in skipped
    ]
