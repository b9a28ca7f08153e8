"""Normalising text so that an excerpt can be matched against its source."""

from __future__ import annotations

import unicodedata

_QUOTES = {
    # double quotes
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\uff02": '"',
    # single quotes and apostrophes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u2039": "'", "\u203a": "'", "\u0060": "'", "\u00b4": "'",
    # dashes and hyphens
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    # ellipsis, non-breaking and odd spaces are handled by the whitespace rule
    "\u2026": "...",
}  # fmt: skip
_TABLE = str.maketrans(_QUOTES)


def normalise(text: str) -> str:
    """Fold whitespace runs to one space and straight/curly quotes and dashes to ASCII.

    Case is kept: an excerpt must match its source word for word.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).translate(_TABLE)
    return " ".join(text.split())


def fold(text: str) -> str:
    """Normalise, then drop case and accents: for comparing names and search terms."""
    decomposed = unicodedata.normalize("NFKD", normalise(text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
