"""Appending entries to a ledger file without disturbing the rest of it.

The ledger is written by people: comments, key order, blank lines and quoting style are
theirs. So new entries are added as text, at the end of the section's list, and the
file is never round-tripped through a YAML dumper. Before anything is written the
candidate ledger is loaded and checked in memory; the write happens (atomically) only if
it brings no new error.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rnkclaims import vocab
from rnkclaims.check import check
from rnkclaims.dates import DateError, parse_date
from rnkclaims.edit_io import write_atomic
from rnkclaims.errors import LedgerError, UsageError
from rnkclaims.ledger import Ledger, LedgerPaths, load
from rnkclaims.model import ID_PATTERN, SECTIONS
from rnkclaims.problems import Problem
from rnkclaims.yamlread import parse_yaml

_ID = re.compile(ID_PATTERN)
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:(.*)$")
_PLAIN_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.,/()'+:?&=%~@#-]*\Z")
_PLAIN_RESERVED = re.compile(
    r"^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?[0-9]+|[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)"
    r"(?:[eE][-+]?[0-9]+)?|\.(?:inf|nan))\Z",
    re.IGNORECASE,
)
# characters YAML does not allow raw (or reads as line breaks) inside a quoted scalar
_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


# -- writing YAML by hand ----------------------------------------------------------------


def yaml_scalar(value: object) -> str:
    """One scalar as YAML that ``yamlread`` reads back as the same value.

    Plain when that is unambiguous (ids, dates, simple words), double-quoted otherwise.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    text = str(value)
    if (
        text
        and _PLAIN_SAFE.match(text)
        and not _PLAIN_RESERVED.match(text)
        and not text.endswith((" ", ":"))
        and ": " not in text
        and " #" not in text
    ):
        return text
    quoted = json.dumps(text, ensure_ascii=False)
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", quoted)


def _is_flat_list(value: Sequence[Any]) -> bool:
    return all(not isinstance(v, Mapping | list) for v in value)


def yaml_block(value: Mapping[str, Any], indent: int) -> list[str]:
    """A mapping as block YAML lines, each starting with ``indent`` spaces."""
    pad = " " * indent
    lines: list[str] = []
    for key, item in value.items():
        if isinstance(item, Mapping):
            if not item:
                lines.append(f"{pad}{key}: {{}}")
                continue
            lines.append(f"{pad}{key}:")
            lines.extend(yaml_block(item, indent + 2))
        elif isinstance(item, list):
            if _is_flat_list(item):
                lines.append(f"{pad}{key}: [{', '.join(yaml_scalar(v) for v in item)}]")
                continue
            lines.append(f"{pad}{key}:")
            for element in item:
                lines.extend(yaml_list_item(element, indent + 2))
        else:
            lines.append(f"{pad}{key}: {yaml_scalar(item)}")
    return lines


def yaml_list_item(value: Any, indent: int) -> list[str]:
    """One ``- item`` of a block list, its dash at ``indent``."""
    pad = " " * indent
    if isinstance(value, Mapping) and value:
        body = yaml_block(value, indent + 2)
        return [f"{pad}- {body[0].lstrip()}", *body[1:]]
    if isinstance(value, list):
        return [f"{pad}- [{', '.join(yaml_scalar(v) for v in value)}]"]
    return [f"{pad}- {yaml_scalar(value)}"]


def slugify(text: str, max_words: int = 8, max_len: int = 60) -> str:
    """A lowercase id fragment: ``"Kim Jong-un's visit"`` -> ``kim-jong-un-s-visit``."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    ascii_text = "".join(ch for ch in folded if not unicodedata.combining(ch))
    words = re.findall(r"[a-z0-9]+", ascii_text)[:max_words]
    slug = "-".join(words)[:max_len].strip("-")
    return slug


def unique_id(base: str, taken: set[str] | frozenset[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is free; always a valid id."""
    base = base if _ID.fullmatch(base) else (slugify(base) or "entry")
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    return candidate


# -- appending to a section ---------------------------------------------------------------


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def append_entries(text: str, section: str, entries: Sequence[Mapping[str, Any]]) -> str:
    """``text`` with ``entries`` added at the end of the top-level list ``section``.

    Every byte of ``text`` is kept; the new lines go after the section's last entry (and
    before comments that lead into the next section). The list's indentation is followed.
    A missing section is added at the end of the file; ``section: []`` becomes a block.
    Raises ``LedgerError`` for a list written in flow style (``[...]``) with entries.
    """
    if not entries:
        return text
    nl = _newline(text)
    lines = text.splitlines(keepends=True)
    start = None
    for i, line in enumerate(lines):
        m = _TOP_KEY.match(line.rstrip("\r\n"))
        if m and m.group(1) == section:
            start = i
            rest = m.group(2).split(" #", 1)[0].strip()
            if rest == "[]":
                key_end = line.index(":") + 1
                brackets = line.index("[]", key_end)
                lines[i] = line[:key_end] + line[brackets + 2 :]
                if not lines[i].endswith(("\n", "\r")):
                    lines[i] += nl
            elif rest:
                raise LedgerError(
                    f"cannot append to '{section}': it is written in flow style ([...])",
                    f"rewrite '{section}:' as a block list, one '- ' entry per line",
                )
            break
    if start is None:
        prefix = text
        if prefix and not prefix.endswith(("\n", "\r")):
            prefix += nl
        body = "".join(line + nl for line in _render_items(entries, 2))
        return f"{prefix}{section}:{nl}{body}"
    end = len(lines)
    for j in range(start + 1, len(lines)):
        stripped = lines[j].rstrip("\r\n")
        if stripped and not stripped[0].isspace() and not stripped.startswith(("#", "-")):
            end = j
            break
    indent = _item_indent(lines[start + 1 : end])
    insert = end
    while insert > start + 1:
        previous = lines[insert - 1].rstrip("\r\n")
        if previous.strip() == "" or previous.startswith("#"):
            insert -= 1
        else:
            break
    if insert > 0 and not lines[insert - 1].endswith(("\n", "\r")):
        lines[insert - 1] += nl
    new = [line + nl for line in _render_items(entries, indent)]
    return "".join(lines[:insert] + new + lines[insert:])


def _item_indent(block: list[str]) -> int:
    for line in block:
        stripped = line.lstrip(" ")
        if stripped.startswith("- ") or stripped.rstrip("\r\n") == "-":
            return len(line) - len(stripped)
    return 2


def _render_items(entries: Sequence[Mapping[str, Any]], indent: int) -> list[str]:
    out: list[str] = []
    for entry in entries:
        out.extend(yaml_list_item(dict(entry), indent))
    return out


# -- checking a candidate before writing ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class Edit:
    """A checked change to one ledger file, ready to write."""

    path: Path
    old: str
    new: str
    new_problems: tuple[Problem, ...]  # warnings the change brings (errors refuse it)

    def write(self) -> None:
        write_atomic(self.path, self.new)


def _key(p: Problem) -> tuple[str, str, str]:
    return (p.code, p.file, p.message)


def plan_append(
    paths: LedgerPaths,
    additions: Mapping[str, Sequence[Mapping[str, Any]]],
    target: Path | None = None,
) -> Edit:
    """Add entries (section name -> entries) to ``target`` (default: the main file).

    Raises ``LedgerError`` when the result would have an error the ledger has not
    already got; the message names the first such error and its line.
    """
    path = (target or paths.main).resolve()
    if path not in [p.resolve() for p in paths.yaml_files()]:
        raise LedgerError(
            f"{paths.display(path)} is not a file of this ledger",
            f"use {paths.display(paths.main)} or a file in {paths.display(paths.extra_dir)}/",
        )
    try:
        old = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LedgerError(f"cannot read {paths.display(path)}: {exc}") from exc
    new = old
    for section in SECTIONS:
        entries = additions.get(section)
        if entries:
            new = append_entries(new, section, entries)
    before = check(load(paths)).report.problems
    after = check(load(paths, {path: new})).report.problems
    fresh = Counter(_key(p) for p in after) - Counter(_key(p) for p in before)
    introduced = [p for p in after if fresh[_key(p)] > 0]
    errors = [p for p in introduced if p.severity == "error"]
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise LedgerError(
            f"refused: the entry would not validate: {first.message} [{first.code}]{more}",
            first.hint or "fix the values and try again; nothing was written",
        )
    _check_round_trip(new, path, paths, additions)
    return Edit(path, old, new, tuple(introduced))


def _check_round_trip(
    new: str,
    path: Path,
    paths: LedgerPaths,
    additions: Mapping[str, Sequence[Mapping[str, Any]]],
) -> None:
    """The appended entries must read back exactly as given (a guard on the emitter)."""
    doc = parse_yaml(new, paths.display(path))
    if doc.data is None and doc.problems:  # the file itself cannot be read (syntax, anchors)
        first = doc.problems[0]
        raise LedgerError(
            f"{first.file}:{first.line}:{first.column}: {first.message} [{first.code}]",
            "fix the file first ('rnkclaims validate' lists every problem); nothing was written",
        )
    data = doc.data if isinstance(doc.data, dict) else {}
    for section, entries in additions.items():
        if not entries:
            continue
        items = data.get(section)
        tail = items[-len(entries) :] if isinstance(items, list) else []
        if [dict(e) for e in entries] != tail:
            raise LedgerError(
                f"internal check failed: the new {section} entries do not read back as written",
                "nothing was written; rerun with --debug and report it",
            )


# -- a claim from command-line values ------------------------------------------------------


def _choice(value: str, vocabulary: Mapping[str, str], flag: str) -> str:
    if value in vocabulary:
        return value
    close = difflib.get_close_matches(value, list(vocabulary), n=1)
    hint = f"did you mean '{close[0]}'? " if close else ""
    raise UsageError(
        f"{flag} '{value}' is not one of: {', '.join(vocabulary)}", hint.strip() or None
    )


def build_claim(
    ledger: Ledger,
    *,
    speaker: str,
    source: str,
    excerpt: str,
    act: str,
    mode: str | None = None,
    quote: str | None = None,
    said: str | None = None,
    venue: str | None = None,
    relay: Sequence[str] = (),
    propositions: Sequence[str] = (),
    topics: Sequence[str] = (),
    role: str | None = None,
    hedge: str | None = None,
    certainty: str | None = None,
    note: str | None = None,
    claim_id: str | None = None,
    draft: bool = False,
) -> dict[str, Any]:
    """A claim entry from command-line values, fields in the format's order.

    Raises ``UsageError`` for values that are malformed on their face (a speech act
    not in the vocabulary, ``--relay a:b:c``); references and excerpts are left to
    ``validate``, which ``plan_append`` runs before anything is written.
    """
    mode = _choice(mode or ("quote" if quote else "reported"), vocab.CLAIM_MODES, "--mode")
    act = _choice(act, vocab.SPEECH_ACTS, "--act")
    taken = {str(r.get("id")) for records in ledger.sections.values() for r in records}
    if claim_id is None:
        words = slugify(quote or excerpt, max_words=4)
        claim_id = unique_id("-".join(p for p in (slugify(speaker, 3), words) if p), taken)
    elif not _ID.fullmatch(claim_id):
        raise UsageError(
            f"--id '{claim_id}' is not a valid id", "use lowercase letters and digits joined by -"
        )
    elif claim_id in taken:
        raise UsageError(f"id '{claim_id}' is already used", "choose another --id, or omit it")
    entry: dict[str, Any] = {"id": claim_id, "speaker": speaker}
    if role:
        entry["role"] = role
    entry.update({"source": source, "mode": mode, "excerpt": excerpt})
    if quote:
        entry["quote"] = quote
    entry["act"] = act
    if hedge:
        entry["hedge"] = hedge
    if certainty:
        entry["certainty"] = _choice(certainty, vocab.CERTAINTY, "--certainty")
    if said:
        entry["said"] = _said(said)
    if venue:
        entry["venue"] = _choice(venue, vocab.VENUE_KINDS, "--venue")
    hops: list[dict[str, str]] = []
    for hop in relay:
        via, _, how = hop.partition(":")
        if not via or ":" in how:
            raise UsageError(
                f"--relay '{hop}' is not VIA or VIA:HOW", "e.g. --relay tass:interview"
            )
        hops.append({"via": via, "how": how} if how else {"via": via})
    if hops:
        entry["relay"] = hops
    bearings: list[dict[str, str]] = []
    for text in propositions:
        parts = text.split(":", 2)
        if len(parts) < 2 or not parts[0]:
            raise UsageError(
                f"--proposition '{text}' is not ID:STANCE[:VALUE]", "e.g. kp-arms-to-ru:supports"
            )
        bearing = {"proposition": parts[0], "stance": _choice(parts[1], vocab.STANCES, "stance")}
        if len(parts) == 3:
            bearing["value"] = parts[2]
        bearings.append(bearing)
    if bearings:
        entry["propositions"] = bearings
    if topics:
        entry["topics"] = list(topics)
    if note:
        entry["note"] = note
    if draft:
        entry["draft"] = True
    return entry


def _said(value: str) -> str | dict[str, str]:
    if value == "unknown":
        return value
    try:
        return str(parse_date(value))
    except DateError:
        pass
    if re.fullmatch(r"[\d-]+", value.strip()):
        raise UsageError(f"--said '{value}' is not a date", "write YYYY, YYYY-MM or YYYY-MM-DD")
    return {"expression": value}
