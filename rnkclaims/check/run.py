"""Checking a loaded ledger: every problem, with its code and place.

``check`` walks the ledger once and returns a ``Report`` and the values it derived on
the way (resolved dates, the role at the time), which ``build`` stores, so that nothing
is computed twice. ``check_streamed`` gives the same report for a ledger whose files of
nothing but claims are read, checked and let go one at a time, so that a large ledger's
claims are never all in memory. The rules are the other modules of this package.

The order is the same for both: each file as a whole; the records (actors, outlets,
topics, propositions) and their ids; the sources; the actors' roles and the
propositions; then the claims, a file at a time in the ledger's order (their fields and
ids, then the rules on each claim); last the sources no claim uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rnkclaims.check.claims import check_claims, speakers
from rnkclaims.check.context import Checked, Context, LetGo
from rnkclaims.check.propositions import check_proposition
from rnkclaims.check.references import ref, register_id
from rnkclaims.check.roles import check_roles
from rnkclaims.check.sources import check_source, check_unused
from rnkclaims.check.structure import check_entity, check_file
from rnkclaims.gcpause import gc_paused
from rnkclaims.ledger import Ledger
from rnkclaims.ledger.yamlread import Document
from rnkclaims.model import ENTITIES, SECTIONS
from rnkclaims.problems import Report

Claims = list[dict[str, Any]]


def check(ledger: Ledger, records_valid: bool = False) -> Checked:
    """Validate ``ledger``: a report of every problem, and the derived values.

    ``records_valid``: the actors, outlets, topics and propositions are known to pass
    their rules (an update in place, none of them changed since a valid build): their
    ids are entered for the claims' references, their own rules are not run again.
    """
    ctx = Context(ledger)
    with gc_paused():
        actors, used = _records(ctx, records_valid), set[str]()
        for doc, claims in ledger.by_file(ledger.claims):
            _claims(ctx, doc, claims, actors, used)
        report = _finish(ctx, used, len(ledger.docs), len(ledger.claims))
    return Checked(report, ctx.derived)


def check_streamed(
    ledger: Ledger,
    order: Iterable[Document | Path],
    read: Callable[[Path], tuple[Document, Claims] | None],
    let_go: Callable[[Document, Claims], None],
) -> Report:
    """``check``'s report for a ledger loaded but for its files of nothing but claims.

    ``order``: each YAML file in the ledger's order, as its document when it is loaded
    in ``ledger``, or as its path when it is left out; ``read`` reads such a file: its
    document and its claims, or None when it cannot be read (the problems of reading
    it go in ``ledger.problems``). Each file read is checked, its problems
    placed, its claims handed to ``let_go`` and dropped, with the values derived from
    them. Raises ``LetGo`` when a claim's id was used by a claim already dropped.
    """
    ctx = Context(ledger)
    with gc_paused():
        actors, used = _records(ctx, False), set[str]()
        loaded = {id(doc): claims for doc, claims in ledger.by_file(ledger.claims)}
        files, count = len(ledger.docs), len(ledger.claims)
        derived = ctx.derived
        for item in order:
            if isinstance(item, Document):
                if id(item) in loaded:
                    _claims(ctx, item, loaded[id(item)], actors, used)
                continue
            before = len(ledger.problems)
            found = read(item)
            ctx.problems.extend(ledger.problems[before:])
            if found is None:
                continue
            doc, claims = found
            data = doc.data
            if isinstance(data, dict) and any(data.get(s) for s in SECTIONS if s != "claims"):
                raise LetGo(f"{doc.path} holds records besides claims")
            files += 1
            count += len(claims)
            check_file(ctx, doc, main=False)
            _claims(ctx, doc, claims, actors, used)
            ctx.place()  # while the file's values are there to find the places of
            ids = ctx.ids
            for claim in claims:
                cid = claim.get("id")
                if type(cid) is str and ids.get(cid, ("", None))[1] is claim:
                    ids[cid] = ("claim", None)
            let_go(doc, claims)
            ledger.let_go(doc, claims)
            derived.said.clear()
            derived.voice.clear()
            derived.role.clear()
        return _finish(ctx, used, files, count)


def _records(ctx: Context, records_valid: bool) -> dict[str, dict[str, Any]]:
    """Every rule but the claims': the files loaded, the records, the sources, the
    roles and the propositions. The actors by id, for the claims' roles."""
    ledger = ctx.ledger
    for i, doc in enumerate(ledger.docs):
        check_file(ctx, doc, main=(i == 0))
    for section, kind in SECTIONS.items():
        if section == "claims":
            continue
        entity = ENTITIES[kind]
        for record in ledger.sections[section]:
            doc = ledger.origin[id(record)]
            if not records_valid:
                check_entity(ctx, entity, record, doc)
            register_id(ctx, kind, record, doc)
    for source in ledger.sources.values():
        check_source(ctx, source)
    for actor in () if records_valid else ledger.actors:
        doc = ledger.origin[id(actor)]
        if "speaks_for" in actor:
            ref(ctx, doc, actor, "speaks_for", actor["speaks_for"], ("actor", "outlet"))
        check_roles(ctx, doc, actor)
    for prop in () if records_valid else ledger.propositions:
        check_proposition(ctx, ledger.origin[id(prop)], prop)
    return speakers(ledger)


def _claims(
    ctx: Context,
    doc: Document,
    claims: Claims,
    actors: dict[str, dict[str, Any]],
    used: set[str],
) -> None:
    """The claims of one file: their fields and ids, then the rules on each."""
    entity = ENTITIES["claim"]
    for claim in claims:
        check_entity(ctx, entity, claim, doc)
        register_id(ctx, "claim", claim, doc)
    check_claims(ctx, doc, claims, actors, used)


def _finish(ctx: Context, used: set[str], files: int, claims: int) -> Report:
    ledger = ctx.ledger
    check_unused(ctx, used)
    ctx.settle()
    ctx.derived.normalised_text.clear()  # only the excerpt checks search them
    ctx.place()
    ctx.summarise()
    report = Report(problems=ctx.problems, files=files + len(ledger.sources))
    report.counts = {name: len(records) for name, records in ledger.sections.items()}
    report.counts["claims"] = claims
    report.counts["sources"] = len(ledger.sources)
    return report
