"""Validation rules, one module per family of rules, each with its problem codes.

- ``structure``: sections, unknown, missing and mistyped fields, vocabularies, ids;
- ``references``: unique ids, references that resolve;
- ``dates``: well-formed dates, relative dates, claims dated after their source;
- ``roles``: roles over time and the one held when a claim was made;
- ``propositions``: incompatibilities, and claims bearing on propositions;
- ``relays``: relay chains;
- ``excerpts``: excerpts and quotes found in their source;
- ``sources``: archived articles;
- ``claims``: runs the claim rules over each claim;
- ``run``: ``check``, which runs them all over a ledger.

Importing this package registers every family's codes in ``rnkclaims.problems.CODES``.
"""

from rnkclaims.check.context import Checked, Derived, SaidDate
from rnkclaims.check.run import check
from rnkclaims.problems import CODES

__all__ = ["CODES", "Checked", "Derived", "SaidDate", "check"]
