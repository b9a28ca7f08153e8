"""A JSON Schema of the ledger, generated from ``model``, for editors' YAML support."""

from __future__ import annotations

from typing import Any

from rnkclaims.model import ENTITIES, ID_PATTERN, Entity, Field

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _field_schema(f: Field) -> dict[str, Any]:
    doc = {"description": f.doc}
    kind = f.kind
    if kind == "str" or kind == "ref":
        return {"type": "string", **doc}
    if kind == "id":
        return {"type": "string", "pattern": ID_PATTERN, **doc}
    if kind == "int":
        return {"type": "integer", **doc}
    if kind == "bool":
        return {"type": "boolean", **doc}
    if kind == "date":
        return {"type": ["string", "integer"], "pattern": DATE_PATTERN, **doc}
    if kind in ("strs", "refs"):
        return {"type": "array", "items": {"type": "string"}, **doc}
    if kind == "enum":
        assert f.vocab is not None
        return {
            "type": "string",
            "enum": list(f.vocab),
            "markdownEnumDescriptions": list(f.vocab.values()),
            **doc,
        }
    assert f.entity is not None
    ref = {"$ref": f"#/$defs/{f.entity}"}
    if kind == "entity":
        return {**ref, **doc}
    if kind == "entities":
        item: dict[str, Any] = ref
        if f.entity == "hop":
            item = {"anyOf": [ref, {"type": "string"}]}
        return {"type": "array", "items": item, **doc}
    # entity-or-str
    return {"anyOf": [ref, {"type": ["string", "integer"]}], **doc}


def _entity_schema(entity: Entity) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "object",
        "description": entity.doc,
        "properties": {f.name: _field_schema(f) for f in entity.fields},
        "additionalProperties": False,
    }
    if entity.required:
        schema["required"] = list(entity.required)
    return schema


def ledger_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a ledger file (claims.yaml, claims/*.yaml)."""
    root = _entity_schema(ENTITIES["ledger"])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://rnkclaims.invalid/ledger.schema.json",
        "title": "rnkclaims ledger",
        **root,
        "$defs": {name: _entity_schema(e) for name, e in ENTITIES.items() if name != "ledger"},
    }


def source_schema() -> dict[str, Any]:
    """The JSON Schema of a source file's front matter."""
    schema = _entity_schema(ENTITIES["source"])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "rnkclaims source front matter",
        **schema,
        "$defs": {"published": _entity_schema(ENTITIES["published"])},
    }
