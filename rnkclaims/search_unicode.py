"""``search.words`` and ``search.fold`` for text beyond ASCII: Unicode's tables
(``unicodedata``, a C module) and a loop over the characters, compiled and imported only
when a query or a name holds such text."""

import unicodedata

from rnkclaims import search

_TOKEN_CATEGORIES = ("L", "N", "M")

UNDECOMPOSED = str.maketrans(
    {
        "\u0142": "l",  # l with stroke (Polish)
        "\u00f8": "o",  # o with stroke (Norwegian, Danish)
        "\u0111": "d",  # d with stroke (Croatian, Vietnamese)
        "\u00f0": "d",  # eth
        "\u00fe": "th",  # thorn
        "\u00e6": "ae",
        "\u0153": "oe",
        "\u0131": "i",  # dotless i (Turkish)
        "\u0127": "h",  # h with stroke (Maltese)
    }
)
"""Letters that NFKD does not split into a base letter and a mark (casefolded)."""


def words_beyond_ascii(text: str) -> list[str]:
    """``search.words`` of any text: letters (``L``), digits (``N``), combining marks
    (``M``) and private-use characters make words, as in ``unicode61``."""
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    current: list[str] = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat[0] in _TOKEN_CATEGORIES or cat == "Co":
            current.append(ch)
        elif current:
            out.append("".join(current).lower())
            current = []
    if current:
        out.append("".join(current).lower())
    return out


def fold_beyond_ascii(text: str) -> str:
    """``search.fold`` of any text: cased, accents dropped (decomposed, combining marks
    left out; the letters of ``UNDECOMPOSED`` written as ids write them), cut into words:
    ``"Radosław Støre"`` -> ``"radoslaw store"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(UNDECOMPOSED))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(search.words(unicodedata.normalize("NFC", stripped).casefold()))
