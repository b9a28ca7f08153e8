"""Checking a loaded ledger: every problem, with its code and place.

``check`` walks the ledger once and returns a ``Report`` and the values it derived on
the way (resolved dates, the role at the time), which ``build`` stores, so that nothing
is computed twice. The rules are the other modules of this package.
"""

from __future__ import annotations

from rnkclaims.check.claims import check_claims
from rnkclaims.check.context import Checked, Context
from rnkclaims.check.propositions import check_proposition
from rnkclaims.check.references import ref, register_id
from rnkclaims.check.roles import check_roles
from rnkclaims.check.sources import check_source, check_unused
from rnkclaims.check.structure import check_entity, check_file
from rnkclaims.gcpause import gc_paused
from rnkclaims.ledger import Ledger
from rnkclaims.model import ENTITIES, SECTIONS
from rnkclaims.problems import Report


def check(ledger: Ledger, records_valid: bool = False) -> Checked:
    """Validate ``ledger``: a report of every problem, and the derived values.

    ``records_valid``: the actors, outlets, topics and propositions are known to pass
    their rules (an update in place, none of them changed since a valid build): their
    ids are entered for the claims' references, their own rules are not run again.
    """
    ctx = Context(ledger)
    with gc_paused():
        report = _run(ctx, records_valid)
    return Checked(report, ctx.derived)


def _run(ctx: Context, records_valid: bool = False) -> Report:
    ledger = ctx.ledger
    for i, doc in enumerate(ledger.docs):
        check_file(ctx, doc, main=(i == 0))
    for section, kind in SECTIONS.items():
        entity = ENTITIES[kind]
        rules = not records_valid or section == "claims"
        for record in ledger.sections[section]:
            doc = ledger.origin[id(record)]
            if rules:
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
    used = check_claims(ctx)
    check_unused(ctx, used)
    ctx.derived.normalised_text.clear()  # only the excerpt checks search them
    ctx.place()
    ctx.summarise()
    report = Report(problems=ctx.problems, files=len(ledger.docs) + len(ledger.sources))
    report.counts = {name: len(records) for name, records in ledger.sections.items()}
    report.counts["sources"] = len(ledger.sources)
    return report
