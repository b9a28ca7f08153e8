"""Checking a loaded ledger: every problem, with its code and place.

``check`` walks the ledger once and returns a ``Report`` and the values it derived on
the way (resolved dates, the role at the time), which ``build`` stores, so that nothing
is computed twice.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rnkclaims.dates import DateError, PartialDate, looks_relative, parse_date, resolve_relative
from rnkclaims.gcpause import gc_paused
from rnkclaims.ledger import Ledger, Source
from rnkclaims.model import ENTITIES, ID_PATTERN, LEDGER_FILE, SCHEMA_VERSION, SECTIONS, Entity
from rnkclaims.problems import Problem, Report
from rnkclaims.textnorm import normalise
from rnkclaims.yamlread import Document

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


@dataclass(frozen=True, slots=True)
class SaidDate:
    """A claim's date as stored: the partial date, its bounds and the source's words."""

    date: str | None
    precision: str | None
    earliest: str | None
    latest: str | None
    expression: str | None


@dataclass(slots=True)
class Derived:
    """Values computed while checking, reused by ``build``."""

    said: dict[str, SaidDate] = field(default_factory=dict)
    role: dict[str, str] = field(default_factory=dict)  # claim id -> role id at the time
    voice: dict[str, str] = field(default_factory=dict)  # claim id -> who it speaks for
    published: dict[str, PartialDate] = field(default_factory=dict)
    normalised_text: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Checked:
    report: Report
    derived: Derived


class _Checker:
    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.problems: list[Problem] = list(ledger.problems)
        self.derived = Derived()
        # id -> (kind, record) over the shared namespace of the YAML entities
        self.ids: dict[str, tuple[str, dict[str, Any]]] = {}

    # -- reporting -------------------------------------------------------------------
    def add(
        self,
        code: str,
        doc: Document,
        obj: object,
        key: str | int | None,
        message: str,
        hint: str = "",
        *,
        at_value: bool = False,
    ) -> None:
        if at_value and isinstance(key, str):
            line, col = doc.where_value(obj, key)
        else:
            line, col = doc.where(obj, key)
        self.problems.append(Problem(code, doc.path, line, col, message, hint))

    # -- structure -------------------------------------------------------------------
    def structure(self, entity: Entity, obj: dict[str, Any], doc: Document) -> None:
        """Unknown, missing and mistyped fields, vocabularies, ids; recursing into nests."""
        fields = entity.by_name
        value: Any
        for key, value in obj.items():
            spec = fields.get(key)
            if spec is not None and spec.kind in _TEXT_KINDS and type(value) is str:
                continue  # the common case, decided without further checks
            if spec is None:
                close = difflib.get_close_matches(str(key), list(fields), n=1)
                hint = (
                    f"did you mean '{close[0]}'?"
                    if close
                    else (f"{entity.name} fields: {', '.join(fields)}")
                )
                self.add(
                    "unknown-field", doc, obj, key, f"unknown field '{key}' in {entity.name}", hint
                )
                continue
            if value is None:
                if spec.required:
                    self.add(
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
                self.add(
                    "wrong-type",
                    doc,
                    obj,
                    key,
                    f"'{key}' must be {_TYPE_NAMES[kind]}, not {_describe(value)}",
                    _type_hint(kind),
                    at_value=True,
                )
                continue
            if kind == "enum":
                assert spec.vocab is not None
                if value not in spec.vocab:
                    close = difflib.get_close_matches(value, list(spec.vocab), n=1)
                    hint = f"did you mean '{close[0]}'?" if close else ""
                    self.add(
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
                    self.add(
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
                        self.add(
                            "wrong-type",
                            doc,
                            value,
                            i,
                            f"'{key}' item must be a text, not {_describe(item)}",
                            "quote the value",
                        )
            elif kind == "entity":
                assert spec.entity is not None
                self.structure(ENTITIES[spec.entity], value, doc)
            elif kind == "entities":
                assert spec.entity is not None
                sub = ENTITIES[spec.entity]
                for i, item in enumerate(value):
                    if isinstance(item, dict):
                        self.structure(sub, item, doc)
                    elif sub.name == "hop" and isinstance(item, str):
                        continue  # shorthand: a hop given as the id alone
                    else:
                        self.add(
                            "wrong-type",
                            doc,
                            value,
                            i,
                            f"each of '{key}' must be a mapping of {sub.name} fields",
                            f"{sub.name} fields: {', '.join(sub.by_name)}",
                        )
            elif kind == "entity-or-str" and isinstance(value, dict):
                assert spec.entity is not None
                self.structure(ENTITIES[spec.entity], value, doc)
        if entity.required_set <= obj.keys():
            return
        for name in entity.required:
            if name not in obj:
                self.add(
                    "missing-field",
                    doc,
                    obj,
                    None,
                    f"{entity.name} has no '{name}'",
                    f"add '{name}:' ({fields[name].doc})",
                )

    # -- the passes ------------------------------------------------------------------
    def run(self) -> Report:
        ledger = self.ledger
        for i, doc in enumerate(ledger.docs):
            self.check_file(doc, main=(i == 0))
        for section, kind in SECTIONS.items():
            entity = ENTITIES[kind]
            for record in ledger.sections[section]:
                doc = ledger.origin[id(record)]
                self.structure(entity, record, doc)
                self.register(kind, record, doc)
        for source in ledger.sources.values():
            self.check_source(source)
        self.check_references()
        used = self.check_claims()
        for sid, source in ledger.sources.items():
            if sid not in used:
                self.problems.append(
                    Problem(
                        "source-unused",
                        source.doc.path,
                        1,
                        1,
                        f"no claim uses source '{sid}'",
                        "add its claims, or remove the file if it was archived by mistake",
                    )
                )
        report = Report(problems=self.problems, files=len(ledger.docs) + len(ledger.sources))
        report.counts = {name: len(records) for name, records in ledger.sections.items()}
        report.counts["sources"] = len(ledger.sources)
        return report

    def check_file(self, doc: Document, main: bool) -> None:
        data = doc.data
        if data is None:
            if not doc.problems and main:
                self.problems.append(
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
            self.problems.append(
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
                close = difflib.get_close_matches(str(key), list(LEDGER_FILE.by_name), n=1)
                self.add(
                    "unknown-field",
                    doc,
                    data,
                    key,
                    f"unknown section '{key}'",
                    f"did you mean '{close[0]}'?"
                    if close
                    else f"sections: {', '.join(LEDGER_FILE.by_name)}",
                )
            elif key in SECTIONS and not isinstance(value, list) and value is not None:
                self.add(
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
                        self.add(
                            "wrong-type",
                            doc,
                            value,
                            i,
                            f"each entry of '{key}' must be a mapping, not {_describe(item)}",
                            "write 'field: value' lines",
                        )
        version = data.get("schema_version")
        if version is None and main:
            self.add(
                "schema-version",
                doc,
                data,
                None,
                "no schema_version",
                f"add 'schema_version: {SCHEMA_VERSION}' at the top",
            )
        elif version is not None and version != SCHEMA_VERSION:
            self.add(
                "schema-version",
                doc,
                data,
                "schema_version",
                f"schema_version {version!r} is not supported",
                f"this rnkclaims reads schema_version {SCHEMA_VERSION}; upgrade rnkclaims "
                "or convert the file",
                at_value=True,
            )

    def register(self, kind: str, record: dict[str, Any], doc: Document) -> None:
        rid = record.get("id")
        if not isinstance(rid, str):
            return
        previous = self.ids.get(rid)
        if previous is not None:
            pfile, pline, _ = self.ledger.where(previous[1], "id")
            self.add(
                "duplicate-id",
                doc,
                record,
                "id",
                f"id '{rid}' is already used by the {previous[0]} at {pfile}:{pline}",
                "ids are shared by actors, outlets, topics, propositions and claims: rename one",
                at_value=True,
            )
            return
        self.ids[rid] = (kind, record)

    def ref(
        self,
        doc: Document,
        obj: dict[str, Any],
        key: str,
        value: object,
        kinds: tuple[str, ...],
        where: object = None,
        index: int | None = None,
    ) -> bool:
        """Check that ``value`` names an entity of one of ``kinds``; report if not."""
        if not isinstance(value, str):
            return False
        if "source" in kinds:
            if value in self.ledger.sources:
                return True
            self.add(
                "source-file-missing",
                doc,
                obj,
                key,
                f"source '{value}' has no file sources/{value}.txt",
                _suggest(value, self.ledger.sources)
                or "archive the article with 'rnkclaims source add'",
                at_value=True,
            )
            return False
        found = self.ids.get(value)
        if found is not None and found[0] in kinds:
            return True
        what = " or ".join(kinds)
        if found is not None:
            message = f"'{value}' is a {found[0]}, not a {what}"
        else:
            message = f"no {what} with id '{value}'"
        candidates = [i for i, (k, _) in self.ids.items() if k in kinds]
        hint = _suggest(value, candidates) or f"add the {kinds[0]} or fix the id"
        if where is not None and index is not None:
            self.add("unknown-reference", doc, where, index, message, hint)
        else:
            self.add("unknown-reference", doc, obj, key, message, hint, at_value=True)
        return False

    def refs(self, doc: Document, obj: dict[str, Any], key: str, kinds: tuple[str, ...]) -> None:
        values = obj.get(key)
        if isinstance(values, list):
            for i, value in enumerate(values):
                self.ref(doc, obj, key, value, kinds, where=values, index=i)

    def check_source(self, source: Source) -> None:
        doc, meta = source.doc, source.meta
        if not meta and not doc.problems:
            self.problems.append(
                Problem(
                    "source-front-matter",
                    doc.path,
                    1,
                    1,
                    "the front matter is empty",
                    "give at least outlet, title, published, language",
                )
            )
            return
        self.structure(ENTITIES["source"], meta, doc)
        self.ref(doc, meta, "outlet", meta.get("outlet"), ("outlet",))
        self.refs(doc, meta, "agencies", ("outlet",))
        published = meta.get("published")
        holder: dict[str, Any] = meta
        key = "published"
        if isinstance(published, dict):
            holder, key, published = published, "date", published.get("date")
        if published is not None and not isinstance(published, bool):
            try:
                self.derived.published[source.id] = parse_date(published)
            except DateError as exc:
                self.add("bad-date", doc, holder, key, str(exc), at_value=True)
        retrieved = meta.get("retrieved")
        if retrieved is not None:
            self.date_field(doc, meta, "retrieved")
        for key in ("furniture", "not_claims"):
            furniture = meta.get(key)
            if isinstance(furniture, list) and furniture:
                haystack = self.normalised(source)
                for i, passage in enumerate(furniture):
                    if isinstance(passage, str) and normalise(passage) not in haystack:
                        what = key.replace("_", "-").rstrip("s")
                        self.add(
                            f"{what}-not-in-source",
                            doc,
                            furniture,
                            i,
                            f"{key} passage not found in {source.id}: "
                            f"'{_clip(normalise(passage))}'",
                            "copy the passage from the text exactly",
                        )
        if meta.get("reviewed") is not None:
            self.date_field(doc, meta, "reviewed")
        if not source.text.strip():
            self.problems.append(
                Problem(
                    "empty-text",
                    doc.path,
                    source.body_line,
                    1,
                    "the source has no text after its front matter",
                    "paste the article's text after the closing ---",
                )
            )

    def date_field(self, doc: Document, obj: dict[str, Any], key: str) -> PartialDate | None:
        value = obj.get(key)
        if value is None or isinstance(value, bool) or not isinstance(value, str | int):
            return None
        try:
            return parse_date(value)
        except DateError as exc:
            self.add("bad-date", doc, obj, key, str(exc), at_value=True)
            return None

    def check_references(self) -> None:
        ledger = self.ledger
        for actor in ledger.actors:
            doc = ledger.origin[id(actor)]
            if "speaks_for" in actor:
                self.ref(doc, actor, "speaks_for", actor["speaks_for"], ("actor", "outlet"))
            roles = actor.get("roles")
            if not isinstance(roles, list):
                continue
            seen: set[str] = set()
            for role in roles:
                if not isinstance(role, dict):
                    continue
                rid = role.get("id")
                if isinstance(rid, str):
                    if rid in seen:
                        self.add(
                            "duplicate-id",
                            doc,
                            role,
                            "id",
                            f"actor '{actor.get('id')}' has two roles with id '{rid}'",
                            "rename one",
                            at_value=True,
                        )
                    seen.add(rid)
                if "speaks_for" in role:
                    self.ref(doc, role, "speaks_for", role["speaks_for"], ("actor", "outlet"))
                start = self.date_field(doc, role, "from")
                end = self.date_field(doc, role, "to")
                if start and end and end.latest < start.earliest:
                    self.add(
                        "role-dates",
                        doc,
                        role,
                        "to",
                        f"role ends ({end}) before it starts ({start})",
                        "swap or correct the dates",
                        at_value=True,
                    )
        for prop in ledger.propositions:
            doc = ledger.origin[id(prop)]
            self.refs(doc, prop, "topics", ("topic",))
            self.refs(doc, prop, "incompatible_with", ("proposition",))
            others = prop.get("incompatible_with")
            if isinstance(others, list) and prop.get("id") in others:
                self.add(
                    "incompatible-self",
                    doc,
                    prop,
                    "incompatible_with",
                    f"proposition '{prop.get('id')}' is incompatible with itself",
                    "remove its own id from incompatible_with",
                )

    def check_claims(self) -> set[str]:
        ledger, derived = self.ledger, self.derived
        used: set[str] = set()
        actors = {a.get("id"): a for a in ledger.actors}
        for claim in ledger.claims:
            doc = ledger.origin[id(claim)]
            cid = claim.get("id")
            speaker = claim.get("speaker")
            self.ref(doc, claim, "speaker", speaker, ("actor", "outlet"))
            source_id = claim.get("source")
            source: Source | None = None
            if self.ref(doc, claim, "source", source_id, ("source",)):
                assert isinstance(source_id, str)
                source = ledger.sources[source_id]
                used.add(source_id)
            self.refs(doc, claim, "topics", ("topic",))
            said = self.check_said(doc, claim, source_id)
            if isinstance(cid, str):
                derived.said[cid] = said
            actor = actors.get(speaker)
            role = self.check_role(doc, claim, actor, said)
            if isinstance(cid, str) and isinstance(speaker, str):
                voice = (role or {}).get("speaks_for") or (actor or {}).get("speaks_for")
                derived.voice[cid] = voice if isinstance(voice, str) else speaker
            self.check_relay(doc, claim, speaker)
            self.check_bearings(doc, claim)
            if source is not None:
                self.check_text(doc, claim, source)
            if claim.get("mode") == "quote" and not claim.get("quote"):
                self.add(
                    "quote-missing",
                    doc,
                    claim,
                    "mode",
                    "a claim in quote mode needs the speaker's words in 'quote'",
                    "add 'quote:' or set 'mode: reported'",
                    at_value=True,
                )
            suggested = claim.get("suggested")
            if isinstance(suggested, dict):
                self.check_suggested(doc, claim, suggested)
            if claim.get("draft") is True:
                self.add(
                    "draft-claim",
                    doc,
                    claim,
                    "draft",
                    f"claim '{cid}' is a draft",
                    "review it, then remove 'draft: true'",
                )
        return used

    def check_suggested(
        self, doc: Document, claim: dict[str, Any], suggested: dict[str, Any]
    ) -> None:
        """Suggestions name real propositions and topics; on a reviewed claim they warn."""
        for key, ref, kind in (("propositions", "proposition", "proposition"),
                               ("topics", "topic", "topic")):  # fmt: skip
            for item in suggested.get(key) or ():
                if isinstance(item, dict):
                    self.ref(doc, item, ref, item.get(ref), (kind,))
        if claim.get("draft") is not True:
            self.add(
                "suggestion-pending",
                doc,
                claim,
                "suggested",
                f"claim '{claim.get('id')}' still has suggestions nobody reviewed",
                "accept or reject them (rnkclaims review), then remove 'suggested'",
            )

    def check_said(self, doc: Document, claim: dict[str, Any], source_id: object) -> SaidDate:
        said = claim.get("said")
        unknown = SaidDate(None, None, None, None, None)
        if said is None or said == "unknown":
            return unknown
        expression: str | None = None
        given: PartialDate | None = None
        holder: dict[str, Any] = claim
        key = "said"
        if isinstance(said, dict):
            holder = said
            raw_expr = said.get("expression")
            expression = raw_expr if isinstance(raw_expr, str) else None
            if "date" in said and said["date"] not in (None, "unknown"):
                given = self.date_field(doc, said, "date")
                if given is None:
                    return SaidDate(None, None, None, None, expression)
            key = "date" if "date" in said else "expression"
        elif isinstance(said, str | int) and not isinstance(said, bool):
            given = self.date_field(doc, claim, "said")
            if given is None:
                return unknown
        else:
            return unknown
        published = self.derived.published.get(source_id) if isinstance(source_id, str) else None
        first: date | None = given.earliest if given else None
        last: date | None = given.latest if given else None
        if expression and looks_relative(expression):
            if published is None:
                if given is None:
                    self.add(
                        "relative-date-unresolved",
                        doc,
                        said,
                        "expression",
                        f"'{expression}' cannot be resolved: the source has no usable "
                        "publication date",
                        "give 'date:' or fix the source's 'published'",
                        at_value=True,
                    )
            else:
                try:
                    resolved = resolve_relative(expression, published)
                except DateError as exc:
                    if given is None:
                        self.add(
                            "relative-date-unresolved",
                            doc,
                            said,
                            "expression",
                            str(exc),
                            "give 'date:' explicitly",
                            at_value=True,
                        )
                else:
                    if given is None:
                        given, first, last = resolved.value, resolved.earliest, resolved.latest
                    elif resolved.latest < given.earliest or resolved.earliest > given.latest:
                        self.add(
                            "date-mismatch",
                            doc,
                            holder,
                            "date",
                            f"'{expression}' resolves to {resolved.value} against the "
                            f"publication date {published}, not {given}",
                            f"write date: {resolved.value}, or drop it to let it resolve",
                            at_value=True,
                        )
        elif expression and given is None:
            self.add(
                "relative-date-unresolved",
                doc,
                said,
                "expression",
                f"'{expression}' is not a relative date rnkclaims can resolve",
                "give 'date:' (YYYY, YYYY-MM or YYYY-MM-DD) beside the expression",
                at_value=True,
            )
        if given is None or first is None or last is None:
            return SaidDate(None, None, None, None, expression)
        if published is not None and first > published.latest:
            self.add(
                "said-after-published",
                doc,
                holder,
                key,
                f"said {given}, after the source was published ({published})",
                "check the claim's date and the source's 'published'",
                at_value=True,
            )
        return SaidDate(
            str(given), given.precision, first.isoformat(), last.isoformat(), expression
        )

    def check_role(
        self, doc: Document, claim: dict[str, Any], actor: dict[str, Any] | None, said: SaidDate
    ) -> dict[str, Any] | None:
        """Check the claim's role; return the role the speaker held then, if known."""
        role_id = claim.get("role")
        if actor is None:
            return None
        roles = [r for r in actor.get("roles") or [] if isinstance(r, dict)]
        if role_id is None:
            if said.earliest and isinstance(claim.get("id"), str):
                held = [r for r in roles if _held(r, said)]
                if len(held) == 1 and isinstance(held[0].get("id"), str):
                    self.derived.role[claim["id"]] = held[0]["id"]
                    return held[0]
            return None
        role = next((r for r in roles if r.get("id") == role_id), None)
        if role is None:
            names = [str(r.get("id")) for r in roles]
            self.add(
                "unknown-reference",
                doc,
                claim,
                "role",
                f"actor '{actor.get('id')}' has no role '{role_id}'",
                _suggest(str(role_id), names) or "add the role to the actor's roles",
                at_value=True,
            )
            return None
        if said.earliest and not _held(role, said):
            self.add(
                "role-not-held",
                doc,
                claim,
                "role",
                f"'{actor.get('id')}' did not hold role '{role_id}' on {said.date} "
                f"(held {role.get('from') or '?'} to {role.get('to') or 'now'})",
                "check the claim's date or the role's from/to",
                at_value=True,
            )
            return None
        if isinstance(claim.get("id"), str):
            self.derived.role[claim["id"]] = str(role_id)
        return role

    def check_relay(self, doc: Document, claim: dict[str, Any], speaker: object) -> None:
        relay = claim.get("relay")
        if not isinstance(relay, list):
            return
        seen: set[str] = set()
        for i, hop in enumerate(relay):
            via = hop.get("via") if isinstance(hop, dict) else hop
            if not isinstance(via, str):
                continue
            self.ref(doc, claim, "relay", via, ("actor", "outlet"), where=relay, index=i)
            if via == speaker:
                self.add(
                    "relay-loop",
                    doc,
                    relay,
                    i,
                    f"the relay returns to the speaker '{via}'",
                    "a relay lists who carried the claim after the speaker",
                )
            elif via in seen:
                self.add(
                    "relay-repeated-hop",
                    doc,
                    relay,
                    i,
                    f"'{via}' appears twice in the relay chain",
                    "list each hop once, in order from speaker to outlet",
                )
            seen.add(via)

    def check_bearings(self, doc: Document, claim: dict[str, Any]) -> None:
        bearings = claim.get("propositions")
        if not isinstance(bearings, list):
            return
        for bearing in bearings:
            if not isinstance(bearing, dict):
                continue
            pid = bearing.get("proposition")
            if not self.ref(doc, bearing, "proposition", pid, ("proposition",)):
                continue
            prop = self.ids[str(pid)][1]
            is_value = prop.get("kind") == "value"
            if is_value and bearing.get("value") is None:
                self.add(
                    "value-missing",
                    doc,
                    bearing,
                    "proposition",
                    f"'{pid}' is a value proposition: give the claim's 'value'",
                    f"value type: {prop.get('value_type', 'text')}",
                )
            elif not is_value and "value" in bearing:
                self.add(
                    "value-unexpected",
                    doc,
                    bearing,
                    "value",
                    f"'{pid}' is a statement, not a value proposition",
                    "remove 'value', or make the proposition 'kind: value'",
                )
            elif is_value and prop.get("value_type") == "date":
                self.date_field(doc, bearing, "value")

    def normalised(self, source: Source) -> str:
        texts = self.derived.normalised_text
        haystack = texts.get(source.id)
        if haystack is None:
            haystack = texts[source.id] = normalise(source.text)
        return haystack

    def check_text(self, doc: Document, claim: dict[str, Any], source: Source) -> None:
        haystack = self.normalised(source)
        excerpt = claim.get("excerpt")
        norm_excerpt = ""
        if isinstance(excerpt, str):
            norm_excerpt = normalise(excerpt)
            if not norm_excerpt:
                self.add(
                    "empty-text",
                    doc,
                    claim,
                    "excerpt",
                    "the excerpt is empty",
                    "copy the sentence from the source",
                    at_value=True,
                )
            elif norm_excerpt not in haystack:
                self.add(
                    "excerpt-not-in-source",
                    doc,
                    claim,
                    "excerpt",
                    f"excerpt not found in {source.id}: '{_clip(norm_excerpt)}'",
                    _near_miss(norm_excerpt, haystack),
                    at_value=True,
                )
                norm_excerpt = ""
        quote = claim.get("quote")
        if isinstance(quote, str) and quote.strip():
            parts = [normalise(p) for p in re.split(r"\s*(?:\.\.\.|\u2026)\s*", quote)]
            parts = [p for p in parts if p]
            if not all(p in haystack for p in parts):
                self.add(
                    "quote-not-in-source",
                    doc,
                    claim,
                    "quote",
                    f"quote not found in {source.id}: '{_clip(normalise(quote))}'",
                    "copy the words exactly; mark cuts with ...",
                    at_value=True,
                )
            elif norm_excerpt and not all(p in norm_excerpt for p in parts):
                self.add(
                    "quote-not-in-excerpt",
                    doc,
                    claim,
                    "quote",
                    "the quote is not inside the excerpt",
                    "widen the excerpt to the sentence holding the quote",
                    at_value=True,
                )


def _has_type(value: object, kind: str) -> bool:
    if isinstance(value, bool) and kind != "bool":
        return False
    return isinstance(value, _TYPES[kind])


def _held(role: dict[str, Any], said: SaidDate) -> bool:
    assert said.earliest is not None and said.latest is not None
    try:
        start = parse_date(role["from"]).earliest.isoformat() if role.get("from") else None
        end = parse_date(role["to"]).latest.isoformat() if role.get("to") else None
    except DateError:
        return True  # reported as bad-date already
    return (start is None or start <= said.latest) and (end is None or end >= said.earliest)


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return f"the number {value}"
    return f"'{_clip(str(value), 30)}'"


def _type_hint(kind: str) -> str:
    if kind in ("strs", "refs"):
        return "write a list: [a, b] or one '- item' per line"
    if kind in ("str", "id", "ref", "date"):
        return "quote the value if YAML reads it as something else"
    return ""


def _suggest(value: str, candidates: Any) -> str:
    close = difflib.get_close_matches(value, list(candidates), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _near_miss(excerpt: str, haystack: str) -> str:
    """Say where the excerpt stops matching, to make fixing a typo quick."""
    lo, hi = 0, len(excerpt)
    while lo < hi:  # longest prefix that occurs in the text
        mid = (lo + hi + 1) // 2
        if excerpt[:mid] in haystack:
            lo = mid
        else:
            hi = mid - 1
    if lo >= 12:
        return f"the text matches up to '...{excerpt[max(0, lo - 20) : lo]}' then differs"
    return "copy the sentence from the source exactly (whitespace and quote styles may differ)"


def check(ledger: Ledger) -> Checked:
    """Validate ``ledger``: a report of every problem, and the derived values."""
    checker = _Checker(ledger)
    with gc_paused():
        report = checker.run()
    return Checked(report, checker.derived)
