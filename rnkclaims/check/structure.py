"""Structure: sections, unknown, missing and mistyped fields, vocabularies, ids."""

from __future__ import annotations

import re
from typing import Any

from rnkclaims.check.context import Context, clip, describe, suggest
from rnkclaims.ledger.yamlread import Document
from rnkclaims.model import ENTITIES, ID_PATTERN, LEDGER_FILE, SCHEMA_VERSION, SECTIONS, Entity
from rnkclaims.problems import Problem, register

CODES = register(
    {
        "schema-version": ("error", "schema_version is missing or not one this rnkclaims reads."),
        "unknown-field": ("error", "A field that the format does not have (often a typo)."),
        "missing-field": ("error", "A required field is absent."),
        "bad-id": ("error", "An id is not lowercase letters, digits and single dashes."),
        "bad-vocabulary": ("error", "A value is not in its closed vocabulary."),
        "too-long": ("error", "A text is longer than its field allows (see the limits)."),
    }
)

_ID = re.compile(ID_PATTERN)
_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "id": (str,),
    "ref": (str,),
    "int": (int,),
    "bool": (bool,),
    "date": (str, int),
    "strs": (list,),
    "refs": (list,),
    "enum": (str,),
    "entity": (dict,),
    "entities": (list,),
    "entity-or-str": (dict, str, int),
}
_TEXT_KINDS = frozenset({"str", "ref"})
_TYPE_NAMES = {
    "str": "a text",
    "id": "an id",
    "ref": "an id",
    "int": "a whole number",
    "bool": "true or false",
    "date": "a date (YYYY, YYYY-MM or YYYY-MM-DD)",
    "strs": "a list of texts",
    "refs": "a list of ids",
    "enum": "one word of its vocabulary",
    "entity": "a mapping",
    "entities": "a list of mappings",
    "entity-or-str": "a text or a mapping",
}


def check_file(ctx: Context, doc: Document, main: bool) -> None:
    """The file as a whole: a mapping of known sections, each a list of mappings."""
    data = doc.data
    if data is None:
        if not doc.problems and main:
            ctx.problems.append(
                Problem(
                    "schema-version",
                    doc.path,
                    1,
                    1,
                    "the ledger file is empty",
                    f"start it with 'schema_version: {SCHEMA_VERSION}'",
                )
            )
        return
    if not isinstance(data, dict):
        ctx.problems.append(
            Problem(
                "wrong-type",
                doc.path,
                1,
                1,
                "a ledger file must be a mapping of sections",
                f"sections: {', '.join(LEDGER_FILE.by_name)}",
            )
        )
        return
    for key, value in data.items():
        if key not in LEDGER_FILE.by_name:
            name = clip(str(key))
            ctx.add(
                "unknown-field",
                doc,
                data,
                key,
                f"unknown section '{name}'",
                suggest(name, LEDGER_FILE.by_name) or f"sections: {', '.join(LEDGER_FILE.by_name)}",
            )
        elif key in SECTIONS and not isinstance(value, list) and value is not None:
            ctx.add(
                "wrong-type",
                doc,
                data,
                key,
                f"'{key}' must be a list",
                f"write each entry on a line starting with '- ' under '{key}:'",
            )
        elif key in SECTIONS and isinstance(value, list):
            for i, item in enumerate(value):
                if not isinstance(item, dict):
                    ctx.add(
                        "wrong-type",
                        doc,
                        value,
                        i,
                        f"each entry of '{key}' must be a mapping, not {describe(item)}",
                        "write 'field: value' lines",
                    )
    version = data.get("schema_version")
    if version is None and main:
        ctx.add(
            "schema-version",
            doc,
            data,
            None,
            "no schema_version",
            f"add 'schema_version: {SCHEMA_VERSION}' at the top",
        )
    elif version is not None and (type(version) is not int or version != SCHEMA_VERSION):
        ctx.add(
            "schema-version",
            doc,
            data,
            "schema_version",
            f"schema_version {version!r} is not supported",
            f"this rnkclaims reads schema_version {SCHEMA_VERSION}; upgrade rnkclaims "
            "or convert the file",
            at_value=True,
        )


def check_entity(ctx: Context, entity: Entity, obj: dict[str, Any], doc: Document) -> None:
    """Unknown, missing and mistyped fields, vocabularies, ids; recursing into nests."""
    fields = entity.by_name
    value: Any
    for key, value in obj.items():
        spec = fields.get(key)
        if spec is not None and type(value) is str:
            # the common cases, decided without further checks: a text within its limit,
            # a term of its vocabulary, a well-formed id
            kind = spec.kind
            if kind in _TEXT_KINDS:
                if len(value) <= spec.max_length:
                    continue
            elif kind == "enum":
                if spec.vocab is not None and value in spec.vocab:
                    continue
            elif kind == "id" and len(value) <= spec.max_length and _ID.fullmatch(value):
                continue
        if spec is None:
            if ctx.listed_enough(doc, "unknown-field"):
                continue
            name = clip(str(key))
            hint = suggest(name, fields) or f"{entity.name} fields: {', '.join(fields)}"
            ctx.add(
                "unknown-field", doc, obj, key, f"unknown field '{name}' in {entity.name}", hint
            )
            continue
        if value is None:
            if spec.required:
                ctx.add(
                    "missing-field",
                    doc,
                    obj,
                    key,
                    f"{entity.name} field '{key}' is empty",
                    f"give a value for '{key}'",
                )
            continue
        kind = spec.kind
        if not _has_type(value, kind):
            ctx.add(
                "wrong-type",
                doc,
                obj,
                key,
                f"'{key}' must be {_TYPE_NAMES[kind]}, not {describe(value)}",
                _type_hint(kind),
                at_value=True,
            )
            continue
        if isinstance(value, str) and len(value) > spec.max_length:
            _too_long(ctx, doc, obj, key, value, spec.max_length)
            continue
        if kind == "enum":
            assert spec.vocab is not None
            if value not in spec.vocab:
                hint = suggest(value, spec.vocab)
                ctx.add(
                    "bad-vocabulary",
                    doc,
                    obj,
                    key,
                    f"'{value}' is not a {key}: use one of {', '.join(spec.vocab)}",
                    hint,
                    at_value=True,
                )
        elif kind == "id":
            if not _ID.fullmatch(value):
                ctx.add(
                    "bad-id",
                    doc,
                    obj,
                    key,
                    f"'{value}' is not a valid id",
                    "use lowercase letters and digits joined by -, _ or .",
                    at_value=True,
                )
        elif kind in ("strs", "refs"):
            for i, item in enumerate(value):
                if not isinstance(item, str):
                    ctx.add(
                        "wrong-type",
                        doc,
                        value,
                        i,
                        f"'{key}' item must be a text, not {describe(item)}",
                        "quote the value",
                    )
                elif len(item) > spec.max_length:
                    _too_long(ctx, doc, value, i, item, spec.max_length)
        elif kind == "entity":
            assert spec.entity is not None
            check_entity(ctx, ENTITIES[spec.entity], value, doc)
        elif kind == "entities":
            assert spec.entity is not None
            sub = ENTITIES[spec.entity]
            for i, item in enumerate(value):
                if isinstance(item, dict):
                    check_entity(ctx, sub, item, doc)
                elif sub.name == "hop" and isinstance(item, str):
                    continue  # shorthand: a hop given as the id alone
                else:
                    ctx.add(
                        "wrong-type",
                        doc,
                        value,
                        i,
                        f"each of '{key}' must be a mapping of {sub.name} fields",
                        f"{sub.name} fields: {', '.join(sub.by_name)}",
                    )
        elif kind == "entity-or-str":
            assert spec.entity is not None
            sub = ENTITIES[spec.entity]
            if isinstance(value, dict):
                check_entity(ctx, sub, value, doc)
            else:
                _check_shorthand(ctx, sub, obj, key, value, doc)
    if entity.required_set <= obj.keys():
        return
    for name in entity.required:
        if name not in obj:
            ctx.add(
                "missing-field",
                doc,
                obj,
                None,
                f"{entity.name} has no '{name}'",
                f"add '{name}:' ({fields[name].doc})",
            )


def _too_long(
    ctx: Context, doc: Document, obj: object, key: str | int, value: str, limit: int
) -> None:
    where = f"'{key}'" if isinstance(key, str) else "this item"
    ctx.add(
        "too-long",
        doc,
        obj,
        key,
        f"{where} is {len(value):,} characters long; the limit is {limit:,}",
        "shorten it: keep the passage that matters (see the limits in docs/format.md)",
        at_value=True,
    )


def _check_shorthand(
    ctx: Context, entity: Entity, obj: dict[str, Any], key: str, value: object, doc: Document
) -> None:
    """A nested entity written as its first field alone (``venue: press-conference``)."""
    first = entity.fields[0]
    if first.kind != "enum":
        return  # dates are checked by the date rules
    assert first.vocab is not None
    if not isinstance(value, str):
        ctx.add(
            "wrong-type",
            doc,
            obj,
            key,
            f"'{key}' must be one word of its vocabulary or a mapping, not {describe(value)}",
            f"use one of {', '.join(first.vocab)}",
            at_value=True,
        )
    elif value not in first.vocab:
        ctx.add(
            "bad-vocabulary",
            doc,
            obj,
            key,
            f"'{value}' is not a {key} {first.name}: use one of {', '.join(first.vocab)}",
            suggest(value, first.vocab),
            at_value=True,
        )


def _has_type(value: object, kind: str) -> bool:
    if isinstance(value, bool) and kind != "bool":
        return False
    return isinstance(value, _TYPES[kind])


def _type_hint(kind: str) -> str:
    if kind in ("strs", "refs"):
        return "write a list: [a, b] or one '- item' per line"
    if kind in ("str", "id", "ref", "date"):
        return "quote the value if YAML reads it as something else"
    return ""
