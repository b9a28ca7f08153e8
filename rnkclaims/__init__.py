"""rnkclaims: an attributed-claims ledger about Russia-North Korea cooperation."""

__version__ = "0.2.0"
