"""Maintaining the ledger: new entries, renames, merges and dropping drafts.

Every operation returns a checked plan (``ledger_edit.Edit`` or ``ledger_edit.Plan``):
the ledger is loaded with the change applied and checked first, so nothing that would
bring a new error is ever written, and the files keep every byte the change does not
touch (comments, order, quoting).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rnkclaims import vocab
from rnkclaims.authoring.ledger_edit import (
    Plan,
    choice,
    compose,
    delete_item,
    entry_id,
    extend_list,
    find_entry,
    plan_changes,
    read_file,
    reference_spans,
    replace_spans,
    section_items,
    slugify,
    taken_ids,
    unique_id,
)
from rnkclaims.errors import LedgerError, NotFoundError, UsageError
from rnkclaims.ledger import SOURCE_SUFFIX, Ledger, outside
from rnkclaims.model import ENTITIES, ID_PATTERN, LEDGER_FILE, SECTIONS

# the sections (and entity kinds) whose ids share one namespace
KINDS: dict[str, str] = {kind: section for section, kind in SECTIONS.items()}


def new_id(ledger: Ledger, given: str | None, name: str) -> str:
    """``given`` checked (valid, free), or an id made from ``name``."""
    import re

    taken = taken_ids(ledger)
    if given is None:
        return unique_id(slugify(name, max_words=6) or "entry", taken)
    if not re.fullmatch(ID_PATTERN, given):
        raise UsageError(
            f"--id '{given}' is not a valid id", "use lowercase letters and digits joined by -"
        )
    if given in taken:
        raise UsageError(f"id '{given}' is already used", "choose another --id")
    return given


def _strs(values: Sequence[str]) -> list[str]:
    return [v for v in (s.strip() for s in values) if v]


def build_actor(
    ledger: Ledger,
    *,
    name: str,
    kind: str,
    actor_id: str | None = None,
    country: str | None = None,
    aliases: Sequence[str] = (),
    speaks_for: str | None = None,
    role_title: str | None = None,
    role_organisation: str | None = None,
    role_from: str | None = None,
    role_to: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """An actor entry in the format's field order."""
    entry: dict[str, Any] = {"id": new_id(ledger, actor_id, name), "name": name.strip()}
    entry["kind"] = choice(kind, vocab.ACTOR_KINDS, "--kind")
    if country:
        entry["country"] = country
    if aliases:
        entry["aliases"] = _strs(aliases)
    if role_title:
        role: dict[str, Any] = {"id": slugify(role_title, max_words=5) or "role"}
        role["title"] = role_title
        if role_organisation:
            role["organisation"] = role_organisation
        if role_from:
            role["from"] = role_from
        if role_to:
            role["to"] = role_to
        entry["roles"] = [role]
    if speaks_for:
        entry["speaks_for"] = speaks_for
    if note:
        entry["note"] = note
    return entry


def build_outlet(
    ledger: Ledger,
    *,
    name: str,
    kind: str,
    outlet_id: str | None = None,
    country: str | None = None,
    aliases: Sequence[str] = (),
    url: str | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": new_id(ledger, outlet_id, name), "name": name.strip()}
    entry["kind"] = choice(kind, vocab.OUTLET_KINDS, "--kind")
    if country:
        entry["country"] = country
    if aliases:
        entry["aliases"] = _strs(aliases)
    if url:
        entry["url"] = url
    if note:
        entry["note"] = note
    return entry


def build_topic(
    ledger: Ledger,
    *,
    name: str,
    topic_id: str | None = None,
    terms: Sequence[str] = (),
    note: str | None = None,
) -> dict[str, Any]:
    entry: dict[str, Any] = {"id": new_id(ledger, topic_id, name), "name": name.strip()}
    if terms:
        entry["terms"] = _strs(terms)
    if note:
        entry["note"] = note
    return entry


def build_proposition(
    ledger: Ledger,
    *,
    text: str,
    proposition_id: str | None = None,
    kind: str | None = None,
    value_type: str | None = None,
    topics: Sequence[str] = (),
    incompatible_with: Sequence[str] = (),
    note: str | None = None,
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": new_id(ledger, proposition_id, text),
        "text": text.strip(),
    }
    if kind:
        entry["kind"] = choice(kind, vocab.PROPOSITION_KINDS, "--kind")
    if value_type:
        entry["value_type"] = choice(value_type, vocab.VALUE_TYPES, "--value-type")
    if topics:
        entry["topics"] = _strs(topics)
    if incompatible_with:
        entry["incompatible_with"] = _strs(incompatible_with)
    if note:
        entry["note"] = note
    return entry


# -- rename ---------------------------------------------------------------------------------


def kind_of(ledger: Ledger, rid: str) -> str:
    """``actor``, ``outlet``, ``topic``, ``proposition``, ``claim`` or ``source``."""
    kinds = [
        kind
        for section, kind in SECTIONS.items()
        if any(r.get("id") == rid for r in ledger.sections[section])
    ]
    if rid in ledger.sources:
        kinds.append("source")
    if len(kinds) > 1:
        raise LedgerError(
            f"'{rid}' names both a {kinds[0]} and a {kinds[1]}",
            "rename one of them first by editing its file",
        )
    if not kinds:
        everything = [*taken_ids(ledger), *ledger.sources]
        close = difflib.get_close_matches(rid, everything, n=1)
        raise NotFoundError(
            f"no actor, outlet, topic, proposition, claim or source '{rid}'",
            f"did you mean '{close[0]}'?" if close else "rnkclaims actors / sources list ids",
        )
    return kinds[0]


def _check_new(ledger: Ledger, kind: str, new: str) -> None:
    import re

    if not re.fullmatch(ID_PATTERN, new):
        raise UsageError(
            f"'{new}' is not a valid id", "use lowercase letters and digits joined by -, _ or ."
        )
    if kind == "source" and new in ledger.sources:
        raise UsageError(f"source '{new}' already exists", "choose another id")
    if kind != "source" and new in taken_ids(ledger):
        raise UsageError(f"id '{new}' is already used", "choose another id, or use merge")


def _texts(ledger: Ledger) -> dict[Path, str]:
    """Every ledger file's text: the YAML files and the source files. A file that is a
    link to outside the ledger folder is left out, as the loader leaves it out: it is
    neither read nor rewritten."""
    texts: dict[Path, str] = {}
    for path in (*ledger.paths.yaml_files(), *ledger.paths.source_files()):
        if outside(path, ledger.paths.root):
            continue
        texts[path] = read_file(path)
    return texts


def front_span(text: str) -> tuple[int, int] | None:
    """Offsets of a source file's front matter (between the ``---`` lines)."""
    if not text.startswith("---"):
        return None
    first = text.find("\n")
    if first < 0:
        return None
    end = text.find("\n---", first)
    while end >= 0:
        after = text.find("\n", end + 1)
        if text[end + 1 : after if after >= 0 else len(text)].strip() == "---":
            return first + 1, end + 1
        end = text.find("\n---", end + 1)
    return None


def renamed_texts(
    ledger: Ledger, kind: str, old: str, new: str, *, ids: bool = True
) -> dict[Path, str]:
    """Each ledger file whose text changes when ``old`` becomes ``new``, with that text."""
    out: dict[Path, str] = {}
    source_dir = ledger.paths.sources_dir
    for path, text in _texts(ledger).items():
        if path.parent == source_dir and path.suffix == SOURCE_SUFFIX:
            span = front_span(text)
            if span is None:
                continue
            front = text[span[0] : span[1]]
            spans = reference_spans(
                compose(front, ledger.paths.display(path)), ENTITIES["source"], kind, old, new
            )
            changed = text[: span[0]] + replace_spans(front, spans) + text[span[1] :]
        else:
            spans = reference_spans(
                compose(text, ledger.paths.display(path)), LEDGER_FILE, kind, old, new, ids=ids
            )
            changed = replace_spans(text, spans)
        if changed != text:
            out[path] = changed
    return out


def plan_rename(ledger: Ledger, old: str, new: str) -> Plan:
    """Rename an id everywhere: its entry, every reference, and for a source its file."""
    kind = kind_of(ledger, old)
    _check_new(ledger, kind, new)
    texts = renamed_texts(ledger, kind, old, new)
    moves: dict[Path, Path] = {}
    if kind == "source":
        path = ledger.sources[old].path
        texts.setdefault(path, read_file(path))
        moves[path] = path.with_name(new + SOURCE_SUFFIX)
    return plan_changes(ledger.paths, texts, moves, swap=(old, new))


# -- merge ----------------------------------------------------------------------------------


def _actor(ledger: Ledger, rid: str) -> dict[str, Any]:
    for actor in ledger.actors:
        if actor.get("id") == rid:
            return actor
    kind = kind_of(ledger, rid)  # raises NotFoundError for an unknown id
    raise UsageError(f"'{rid}' is a {kind}, not an actor", "merge folds one actor into another")


def file_of(ledger: Ledger, record: dict[str, Any]) -> Path:
    doc = ledger.origin[id(record)]
    for path in ledger.paths.yaml_files():
        if ledger.paths.display(path) == doc.path:
            return path
    raise LedgerError(f"cannot find the file of '{record.get('id')}'")  # pragma: no cover


def plan_merge(ledger: Ledger, dup: str, into: str) -> Plan:
    """Fold actor ``dup`` into actor ``into``: its name and aliases become aliases of
    ``into``, its roles join ``into``'s, every reference moves, and its entry goes."""
    if dup == into:
        raise UsageError("an actor cannot be merged into itself")
    source, target = _actor(ledger, dup), _actor(ledger, into)
    target_roles = {r.get("id"): r for r in target.get("roles") or [] if isinstance(r, dict)}
    roles = []
    for role in source.get("roles") or []:
        if not isinstance(role, dict):
            continue
        same = target_roles.get(role.get("id"))
        if same is None:
            roles.append(role)
        elif same != role:
            raise LedgerError(
                f"'{dup}' and '{into}' both have a role '{role.get('id')}', and they differ",
                f"rename one of the roles first (in {into} or {dup}), then merge",
            )
    known = {str(n).casefold() for n in [target.get("name"), *(target.get("aliases") or [])]}
    aliases: list[str] = []
    for name in [source.get("name"), *(source.get("aliases") or [])]:
        if isinstance(name, str) and name.casefold() not in known:
            aliases.append(name)
            known.add(name.casefold())
    texts = renamed_texts(ledger, "actor", dup, into, ids=False)
    dup_file, into_file = file_of(ledger, source), file_of(ledger, target)
    for path in (dup_file, into_file):
        texts.setdefault(path, read_file(path))
    found = find_entry(texts[dup_file], "actors", dup)
    assert found is not None
    texts[dup_file] = delete_item(texts[dup_file], *found)
    found = find_entry(texts[into_file], "actors", into)
    assert found is not None
    texts[into_file] = extend_list(texts[into_file], found[1], "aliases", aliases)
    if roles:
        found = find_entry(texts[into_file], "actors", into)
        assert found is not None
        texts[into_file] = extend_list(texts[into_file], found[1], "roles", roles)
    return plan_changes(ledger.paths, texts, swap=(dup, into))


# -- drop drafts ----------------------------------------------------------------------------


def plan_drop(ledger: Ledger, claim_ids: Sequence[str]) -> Plan:
    """Remove claims by id (from whichever file holds them)."""
    by_file: dict[Path, list[str]] = {}
    claims = {c.get("id"): c for c in ledger.claims}
    for cid in claim_ids:
        claim = claims.get(cid)
        if claim is None:
            raise NotFoundError(f"no claim '{cid}'")
        by_file.setdefault(file_of(ledger, claim), []).append(cid)
    texts: dict[Path, str] = {}
    for path, ids in by_file.items():
        text = read_file(path)
        for cid in ids:
            sequence, items = section_items(compose(text), "claims")
            item = next(i for i in items if entry_id(i) == cid)
            assert sequence is not None
            text = delete_item(text, sequence, item)
        texts[path] = text
    return plan_changes(ledger.paths, texts)


def drafts(ledger: Ledger, source_id: str | None = None) -> list[dict[str, Any]]:
    """The claims still marked ``draft: true`` (on ``source_id`` when given)."""
    return [
        c
        for c in ledger.claims
        if c.get("draft") is True
        and isinstance(c.get("id"), str)
        and (source_id is None or c.get("source") == source_id)
    ]


def drafts_of(ledger: Ledger, source_id: str) -> list[str]:
    """Ids of the claims on ``source_id`` still marked ``draft: true``."""
    return [str(c["id"]) for c in drafts(ledger, source_id)]
