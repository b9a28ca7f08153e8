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
import os
import re
import shutil
import tempfile
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from rnkclaims import vocab
from rnkclaims.check import check
from rnkclaims.dates import DateError, parse_date
from rnkclaims.edit_io import write_atomic
from rnkclaims.errors import LedgerError, UsageError
from rnkclaims.ledger import Ledger, LedgerPaths, load, outside
from rnkclaims.ledger.yamlread import parse_yaml
from rnkclaims.model import ENTITIES, ID_PATTERN, SECTIONS, Entity, Field
from rnkclaims.problems import Problem
from rnkclaims.search_unicode import UNDECOMPOSED

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


def read_file(path: Path) -> str:
    """The text of a ledger file to edit; ``LedgerError`` naming the file when it is
    gone or not UTF-8 (it may have changed since the ledger was loaded). Other
    ``OSError`` (a folder in its place, no permission) pass on as they are."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LedgerError(
            f"cannot read {_shown(path)}: it is not UTF-8 text (byte "
            f"{exc.object[exc.start]:#04x} at offset {exc.start})",
            "save the file as UTF-8 and try again; nothing was written",
        ) from None
    except FileNotFoundError:
        raise LedgerError(
            f"cannot read {_shown(path)}: it is gone (moved or deleted since the ledger was read)",
            "run the command again; nothing was written",
        ) from None


def _shown(path: Path) -> str:
    """A path as errors show it: relative to the working directory when below it."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative


def _is_flat_list(value: Sequence[Any]) -> bool:
    return all(not isinstance(v, Mapping | list) for v in value)


def _flow_scalar(value: object) -> str:
    text = yaml_scalar(value)
    if text[:1] != '"' and any(ch in text for ch in ",[]{}"):
        return json.dumps(str(value), ensure_ascii=False)
    return text


def yaml_flow(value: Mapping[str, Any]) -> str:
    """A flat mapping on one line: ``{proposition: x, stance: supports}``."""
    return "{" + ", ".join(f"{k}: {_flow_scalar(v)}" for k, v in value.items()) + "}"


def _is_flat_mapping(value: object) -> bool:
    return isinstance(value, Mapping) and all(
        not isinstance(v, Mapping | list) for v in value.values()
    )


def yaml_block(value: Mapping[str, Any], indent: int, *, flow_items: bool = False) -> list[str]:
    """A mapping as block YAML lines, each starting with ``indent`` spaces; with
    ``flow_items`` a list of flat mappings is written one ``- {...}`` per line."""
    pad = " " * indent
    lines: list[str] = []
    for key, item in value.items():
        if isinstance(item, Mapping):
            if not item:
                lines.append(f"{pad}{key}: {{}}")
                continue
            lines.append(f"{pad}{key}:")
            lines.extend(yaml_block(item, indent + 2, flow_items=flow_items))
        elif isinstance(item, list):
            if _is_flat_list(item):
                lines.append(f"{pad}{key}: [{', '.join(_flow_scalar(v) for v in item)}]")
                continue
            lines.append(f"{pad}{key}:")
            for element in item:
                if flow_items and _is_flat_mapping(element):
                    lines.append(f"{pad}  - {yaml_flow(element)}")
                else:
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
        return [f"{pad}- [{', '.join(_flow_scalar(v) for v in value)}]"]
    return [f"{pad}- {yaml_scalar(value)}"]


def slugify(text: str, max_words: int = 8, max_len: int = 60) -> str:
    """A lowercase id fragment: ``"Kim Jong-un's visit"`` -> ``kim-jong-un-s-visit``;
    letters beyond ASCII are transliterated (``"Radosław Sikorski"`` -> ``radoslaw-sikorski``,
    ``"Støre"`` -> ``store``)."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(UNDECOMPOSED))
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
    root: Path | None = None  # the ledger folder the write must stay in

    def write(self) -> None:
        write_atomic(self.path, self.new, within=self.root)

    def line_of(self, section: str, entry_id: str) -> int:
        """The line of the last entry of ``section`` with id ``entry_id`` in the new text
        (where an appended entry is); 0 if there is none."""
        doc = parse_yaml(self.new, str(self.path))
        entries = doc.data.get(section) if isinstance(doc.data, dict) else None
        for entry in reversed(entries if isinstance(entries, list) else []):
            if isinstance(entry, dict) and entry.get("id") == entry_id:
                return doc.where(entry)[0]
        return 0


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
    given = target or paths.main
    path = given.resolve()
    if path not in [p.resolve() for p in paths.yaml_files()]:
        raise LedgerError(
            f"{paths.display(path)} is not a file of this ledger",
            f"use {paths.display(paths.main)} or a file in {paths.display(paths.extra_dir)}/",
        )
    root = paths.root.resolve()
    if not path.is_relative_to(root):
        raise LedgerError(
            f"refused to write {paths.display(given)}: it is a link to {path}, outside the "
            f"ledger folder {root}",
            "replace the symbolic link with the file itself; nothing was written",
        )
    old = read_file(path)
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
    return Edit(path, old, new, tuple(introduced), root)


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


def choice(value: str, vocabulary: Mapping[str, str], flag: str) -> str:
    """``value`` when ``vocabulary`` has it; else a usage error naming ``flag``, the
    vocabulary and the nearest term."""
    if value in vocabulary:
        return value
    close = difflib.get_close_matches(value, list(vocabulary), n=1)
    raise UsageError(
        f"{flag} '{value}' is not one of: {', '.join(vocabulary)}",
        f"did you mean '{close[0]}'?" if close else None,
    )


def taken_ids(ledger: Ledger) -> set[str]:
    """Every id of the ledger's entries (actors, outlets, topics, propositions, claims)."""
    return {str(r.get("id")) for records in ledger.sections.values() for r in records}


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
    mode = choice(mode or ("quote" if quote else "reported"), vocab.CLAIM_MODES, "--mode")
    act = choice(act, vocab.SPEECH_ACTS, "--act")
    taken = taken_ids(ledger)
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
        entry["certainty"] = choice(certainty, vocab.CERTAINTY, "--certainty")
    if said:
        entry["said"] = _said(said)
    if venue:
        entry["venue"] = choice(venue, vocab.VENUE_KINDS, "--venue")
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
        bearing = {"proposition": parts[0], "stance": choice(parts[1], vocab.STANCES, "stance")}
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


# -- editing entries in place ---------------------------------------------------------------
#
# The operations below change a ledger text where a value is, found through the parser's
# node marks (character offsets), and leave every other byte alone: renaming a reference
# replaces the scalar's characters, deleting an entry removes its lines, extending a list
# inserts lines after its last item.


def compose(text: str, where: str = "<text>") -> Node | None:
    """The node tree of ``text`` (with character marks); ``LedgerError`` when unreadable."""
    import yaml

    from rnkclaims.ledger.yamlread import _Composer

    try:
        node: Node | None = _Composer(text).get_single_node()
    except yaml.YAMLError as exc:
        raise LedgerError(
            f"cannot edit {where}: it is not valid YAML ({str(exc).splitlines()[0]})",
            "fix the file first (rnkclaims validate shows where)",
        ) from None
    return node


def replace_spans(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """``text`` with each ``(start, end, new)`` span replaced; spans must not overlap."""
    out = text
    for start, end, new in sorted(spans, key=lambda s: s[0], reverse=True):
        out = out[:start] + new + out[end:]
    return out


def _scalar_text(node: ScalarNode, new: str) -> str:
    if node.style == "'":
        return "'" + new.replace("'", "''") + "'"
    if node.style == '"':
        return json.dumps(new, ensure_ascii=False)
    return yaml_scalar(new)


def reference_spans(
    node: Node | None, entity: Entity, kind: str, old: str, new: str, *, ids: bool = True
) -> list[tuple[int, int, str]]:
    """Spans that rename ``old`` (an id of ``kind``: actor, outlet, topic, proposition,
    claim or source) to ``new`` in a document of ``entity``, following the format's
    ``ref``/``refs`` fields; with ``ids`` the defining ``id`` field too."""
    spans: list[tuple[int, int, str]] = []

    def hit(scalar: Node) -> None:
        if isinstance(scalar, ScalarNode) and scalar.value == old:
            spans.append(
                (scalar.start_mark.index, scalar.end_mark.index, _scalar_text(scalar, new))
            )

    def field_value(spec: Field, value: Node, owner: Entity) -> None:
        if spec.kind == "id":
            if ids and owner.name == kind:
                hit(value)
        elif spec.kind == "ref":
            if kind in spec.refs:
                hit(value)
        elif spec.kind == "refs":
            if kind in spec.refs and isinstance(value, SequenceNode):
                for item in value.value:
                    hit(item)
        elif spec.kind in ("entity", "entity-or-str") and spec.entity:
            sub = ENTITIES[spec.entity]
            if isinstance(value, MappingNode):
                walk(value, sub)
            elif isinstance(value, ScalarNode) and spec.kind == "entity-or-str":
                field_value(sub.fields[0], value, sub)
        elif spec.kind == "entities" and spec.entity and isinstance(value, SequenceNode):
            sub = ENTITIES[spec.entity]
            for item in value.value:
                if isinstance(item, MappingNode):
                    walk(item, sub)
                elif isinstance(item, ScalarNode) and sub.name == "hop":
                    field_value(sub.fields[0], item, sub)

    def walk(mapping: MappingNode, owner: Entity) -> None:
        for knode, vnode in mapping.value:
            spec = owner.by_name.get(str(getattr(knode, "value", "")))
            if spec is not None:
                field_value(spec, vnode, owner)

    if isinstance(node, MappingNode):
        walk(node, entity)
    return spans


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _line_of(starts: list[int], index: int) -> int:
    return bisect_right(starts, index) - 1


def last_index(node: Node) -> int:
    """Offset just past the last character of ``node``'s own text (not of what follows)."""
    if isinstance(node, MappingNode) and node.value and not node.flow_style:
        return last_index(node.value[-1][1])
    if isinstance(node, SequenceNode) and node.value and not node.flow_style:
        return last_index(node.value[-1])
    end: int = node.end_mark.index
    return end


def _content_end(text: str, node: Node) -> int:
    """Offset of the end of the last line ``node`` occupies (before its line break)."""
    end = last_index(node)
    while end > 0 and text[end - 1] in "\r\n":
        end -= 1
    nl = text.find("\n", end)
    return len(text) if nl < 0 else nl + 1


def _lines_span(text: str, first: Node, last: Node) -> tuple[int, int]:
    """``(start, end)`` of the whole lines from ``first``'s line to ``last``'s end."""
    starts = _line_starts(text)
    start = starts[_line_of(starts, first.start_mark.index)]
    return start, _content_end(text, last)


def delete_item(text: str, sequence: SequenceNode, item: Node) -> str:
    """``text`` without ``item`` of a block ``sequence`` (its lines, and a blank line
    that would otherwise double)."""
    if sequence.flow_style:
        raise LedgerError(
            "cannot remove an entry from a list written in flow style ([...])",
            "rewrite the list as a block, one '- ' entry per line",
        )
    start, end = _lines_span(text, item, item)
    before_blank = start == 0 or text[:start].endswith(("\n\n", "\n\r\n"))
    after = text[end:]
    blank = len(after) - len(after.lstrip("\r\n")) if after.startswith(("\n", "\r\n")) else 0
    if before_blank and blank:
        end += 2 if after.startswith("\r\n") else 1
    return text[:start] + text[end:]


def _key_pad(text: str, mapping: MappingNode) -> int:
    return int(mapping.value[0][0].start_mark.column) if mapping.value else 2


def set_field(
    text: str, mapping: MappingNode, key: str, value: Any, *, flow_items: bool = False
) -> str:
    """``text`` with ``key: value`` in the block ``mapping``: in place of the old value's
    lines when the key is there, else after the mapping's last line."""
    if mapping.flow_style:
        raise LedgerError(
            f"cannot set '{key}' in a mapping written in flow style ({{...}})",
            "rewrite it as a block, one 'field: value' per line",
        )
    nl = _newline(text)
    pad = _key_pad(text, mapping)
    lines = yaml_block({key: value}, pad, flow_items=flow_items)
    for i, (knode, vnode) in enumerate(mapping.value):
        if getattr(knode, "value", None) != key:
            continue
        if i == 0:  # the key shares its line with the entry's dash: replace the value only
            if isinstance(vnode, ScalarNode):
                return replace_spans(
                    text, [(vnode.start_mark.index, vnode.end_mark.index, yaml_scalar(value))]
                )
            raise LedgerError(f"cannot change '{key}': it is the entry's first field")
        start, end = _lines_span(text, knode, vnode)
        return text[:start] + "".join(line + nl for line in lines) + text[end:]
    end = _content_end(text, mapping)
    prefix = text[:end] if text[:end].endswith("\n") else text[:end] + nl
    return prefix + "".join(line + nl for line in lines) + text[end:]


def delete_field(text: str, mapping: MappingNode, key: str) -> str:
    """``text`` without ``key`` (and its value's lines) in the block ``mapping``."""
    for i, (knode, vnode) in enumerate(mapping.value):
        if getattr(knode, "value", None) != key:
            continue
        if i == 0 or mapping.flow_style:
            raise LedgerError(f"cannot remove '{key}': write the entry as a block, {key} not first")
        start, end = _lines_span(text, knode, vnode)
        return text[:start] + text[end:]
    return text


def extend_list(text: str, mapping: MappingNode, key: str, items: Sequence[Any]) -> str:
    """``text`` with ``items`` added at the end of the list under ``key`` of ``mapping``
    (created when missing). A flow list of scalars stays a flow list.

    The new text is read back: the list must hold its old items and then ``items``
    (``LedgerError`` otherwise, a guard on the emitter)."""
    if not items:
        return text
    old: list[Any] = []
    for knode, vnode in mapping.value:
        if getattr(knode, "value", None) == key and isinstance(vnode, SequenceNode):
            value = _node_value(vnode)
            old = value if isinstance(value, list) else []
    new = _extend_list(text, mapping, key, items)
    _check_extended(new, mapping, key, [*old, *items])
    return new


def _node_value(node: Node) -> Any:
    """The value of a node as the ledger loader reads it."""
    from rnkclaims.ledger.yamlread import node_value

    return node_value(node)


def _mapping_at(node: Node | None, index: int) -> MappingNode | None:
    """The mapping node starting at character ``index`` in a node tree."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, MappingNode):
            if current.start_mark.index == index:
                return current
            stack.extend(v for _, v in current.value)
        elif isinstance(current, SequenceNode):
            stack.extend(current.value)
    return None


def _check_extended(new: str, mapping: MappingNode, key: str, expected: list[Any]) -> None:
    found = _mapping_at(compose(new), int(mapping.start_mark.index))
    value: Any = None
    for knode, vnode in found.value if found is not None else []:
        if getattr(knode, "value", None) == key:
            value = _node_value(vnode)
    if value != expected:
        raise LedgerError(
            f"internal check failed: the new '{key}' items do not read back as written",
            "nothing was written; rerun with --debug and report it",
        )


def _extend_list(text: str, mapping: MappingNode, key: str, items: Sequence[Any]) -> str:
    for knode, vnode in mapping.value:
        if getattr(knode, "value", None) != key:
            continue
        if isinstance(vnode, SequenceNode) and vnode.flow_style:
            if not _is_flat_list(items):
                raise LedgerError(
                    f"cannot add to '{key}': it is written in flow style ([...])",
                    f"rewrite '{key}:' as a block list, one '- ' entry per line",
                )
            close = vnode.end_mark.index - 1  # the ']'
            body = text[vnode.start_mark.index + 1 : close].rstrip()
            sep = ", " if body.strip() else ""
            added = ", ".join(_flow_scalar(v) for v in items)
            return text[: vnode.start_mark.index + 1] + body + sep + added + text[close:]
        if isinstance(vnode, SequenceNode) and vnode.value:
            nl = _newline(text)
            indent = int(vnode.value[0].start_mark.column) - 2
            end = _content_end(text, vnode)
            new = [line + nl for v in items for line in yaml_list_item(v, indent)]
            prefix = text[:end] if text[:end].endswith("\n") else text[:end] + nl
            return prefix + "".join(new) + text[end:]
        return set_field(text, mapping, key, list(items))
    return set_field(text, mapping, key, list(items))


def section_items(root: Node | None, section: str) -> tuple[SequenceNode | None, list[Node]]:
    """The list node of a top-level ``section`` and its entries."""
    if isinstance(root, MappingNode):
        for knode, vnode in root.value:
            if getattr(knode, "value", None) == section and isinstance(vnode, SequenceNode):
                return vnode, list(vnode.value)
    return None, []


def entry_id(node: Node) -> str | None:
    """The ``id`` of an entry node, if it has one."""
    if isinstance(node, MappingNode):
        for knode, vnode in node.value:
            if getattr(knode, "value", None) == "id" and isinstance(vnode, ScalarNode):
                return str(vnode.value)
    return None


def find_entry(text: str, section: str, rid: str) -> tuple[SequenceNode, MappingNode] | None:
    """The list of ``section`` and the entry whose id is ``rid``, in ``text``."""
    sequence, items = section_items(compose(text), section)
    for item in items:
        if entry_id(item) == rid and isinstance(item, MappingNode) and sequence is not None:
            return sequence, item
    return None


# -- changes to several files, checked together and written all or nothing ------------------


@dataclass(frozen=True, slots=True)
class Plan:
    """Checked changes to ledger files (new texts, and source files renamed)."""

    paths: LedgerPaths
    texts: dict[Path, str]  # path -> new text
    moves: dict[Path, Path]  # old source path -> new source path (text from ``texts``)
    new_problems: tuple[Problem, ...]

    def write(self) -> None:
        """Write every file atomically; if one fails, put back those already written."""
        done: list[tuple[Path, str | None]] = []
        root = self.paths.root
        try:
            for path, text in self.texts.items():
                target = self.moves.get(path, path)
                old = read_file(target) if target.exists() else None
                write_atomic(target, text, within=root)
                done.append((target, old))
            for old_path in self.moves:
                kept = read_file(old_path)
                old_path.unlink()
                done.append((old_path, kept))
        except BaseException:
            for path, old_text in reversed(done):
                if old_text is None:
                    path.unlink(missing_ok=True)
                else:
                    write_atomic(path, old_text, within=root)
            raise

    @property
    def files(self) -> list[Path]:
        return [self.moves.get(p, p) for p in self.texts]


def _problem_keys(
    problems: Sequence[Problem], root: Path, swap: tuple[str, str] | None
) -> Counter[tuple[str, str, str]]:
    keys: Counter[tuple[str, str, str]] = Counter()
    for p in problems:
        where = os.path.relpath(os.path.abspath(p.file), root) if p.file else ""
        message = p.message
        if swap:
            message = message.replace(f"'{swap[0]}'", f"'{swap[1]}'")
            where = where.replace(f"{swap[0]}.txt", f"{swap[1]}.txt")
        keys[(p.code, where, message)] += 1
    return keys


def plan_changes(
    paths: LedgerPaths,
    texts: Mapping[Path, str],
    moves: Mapping[Path, Path] | None = None,
    *,
    swap: tuple[str, str] | None = None,
) -> Plan:
    """Check new texts for ledger files (and source files moved to new names) together.

    Raises ``LedgerError`` when the result would bring an error the ledger has not
    already got; nothing is written. ``swap`` (old id, new id) lets the old ledger's
    problems be compared with the renamed one's.
    """
    moves = dict(moves or {})
    changed = {p: t for p, t in texts.items() if moves.get(p) or read_file(p) != t}
    before = check(load(paths)).report.problems
    if not moves:
        after = check(load(paths, changed)).report.problems
        after_root = paths.root
    else:
        with tempfile.TemporaryDirectory(prefix="rnkclaims-plan-") as tmp:
            after_root = Path(tmp)
            shadow = _shadow(paths, after_root, changed, moves)
            after = check(load(shadow)).report.problems
            return _decide(paths, changed, moves, before, after, after_root, swap)
    return _decide(paths, changed, moves, before, after, after_root, swap)


def _shadow(
    paths: LedgerPaths, root: Path, texts: Mapping[Path, str], moves: Mapping[Path, Path]
) -> LedgerPaths:
    """A copy of the ledger under ``root`` with the changes applied.

    Unchanged files are copied, not linked: the loader refuses a link that leads out of
    its ledger folder, and every file of the real ledger is outside ``root``. A file the
    real ledger already refuses (a link to outside it) stays such a link, so that it is
    reported the same way before and after the change.
    """
    for path in (*paths.yaml_files(), *paths.source_files()):
        target = root / os.path.relpath(moves.get(path, path), paths.root)
        target.parent.mkdir(parents=True, exist_ok=True)
        if path in texts:
            target.write_text(texts[path], encoding="utf-8", newline="")
        elif outside(path, paths.root):
            target.symlink_to(os.path.realpath(path))
        else:
            try:
                shutil.copyfile(path, target)
            except OSError as exc:
                raise LedgerError(
                    f"cannot read {paths.display(path)}: {exc.strerror or exc}"
                ) from None
    return LedgerPaths(root / os.path.relpath(paths.main, paths.root))


def _decide(
    paths: LedgerPaths,
    texts: dict[Path, str],
    moves: dict[Path, Path],
    before: Sequence[Problem],
    after: Sequence[Problem],
    after_root: Path,
    swap: tuple[str, str] | None,
) -> Plan:
    fresh = _problem_keys(after, after_root, None) - _problem_keys(before, paths.root, swap)
    introduced = []
    for p in after:
        key = next(iter(_problem_keys([p], after_root, None)))
        if fresh[key] > 0:
            introduced.append(p)
    errors = [p for p in introduced if p.severity == "error"]
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise LedgerError(
            f"refused: the change would not validate: {first.message} [{first.code}]{more}",
            first.hint or "nothing was written",
        )
    return Plan(paths, dict(texts), dict(moves), tuple(introduced))
