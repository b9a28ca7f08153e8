"""The former home of validation, kept so that ``rnkclaims.validate`` imports still work.

Validation lives in ``rnkclaims.check``, one module per family of rules.
"""

from rnkclaims.check import Checked, Derived, SaidDate, check

__all__ = ["Checked", "Derived", "SaidDate", "check"]
