"""The wire agency a page credits for its copy.

A newspaper that runs an agency's report says so in a line of its own, in the house style
of the paper: a byline ("By AFP", "WRITER: AFP", "Reuters, Seoul", "AFP"), a sign-off at
the end ("... said. — Reuters", "-- IANS", "(PTI)"), a note ("With inputs from PTI",
"With AFP"), the agency's copyright ("Copyright 2024 The Associated Press. All rights
reserved.") or Reuters' own tag line ("Reporting by ...; Editing by ..."). The agency is
then the carrier of everything the page reports (codebook rule 9), as an agency named in
a dateline is.

Only a page that credits one agency has one: with two ("AFP, Reuters"), which carried a
claim is the text's to say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rnkclaims.ledger import Ledger

WIRE_AGENCIES = (
    "Agence France-Presse",
    "Agence France Presse",
    "AFP",
    "Thomson Reuters",
    "Reuters",
    "The Associated Press",
    "Associated Press",
    "AP",
    "Yonhap News Agency",
    "Yonhap",
    "Press Trust of India",
    "PTI",
    "Indo-Asian News Service",
    "IANS",
    "Asian News International",
    "ANI",
    "Xinhua News Agency",
    "Xinhua",
    "TASS",
    "Kyodo News",
    "Kyodo",
    "Jiji Press",
    "Deutsche Presse-Agentur",
    "dpa",
    "Bernama",
    "EFE",
    "ANSA",
    "Anadolu Agency",
    "Anadolu",
    "Interfax",
    "RIA Novosti",
    "Ukrinform",
    "UNIAN",
    "Antara",
    "Vietnam News Agency",
    "VNA",
    "UNI",
)
"""Agencies whose copy other outlets run, by the names their credits print."""

_NOT_A_CREDIT = re.compile(
    r"(?i)\b(?:photo|photos|image|images|picture|pictures|file|getty|via|video|graphic|"
    r"illustration|screenshot|handout|pool|share|follow|subscribe|comments?)\b"
)
"""A line that credits a picture, not the copy ("Photo: AFP", "AFP/Getty Images")."""

_REUTERS_TAG = re.compile(r"(?m)^\s*\(?\s*Reporting\s+by\s+[^;\n]{2,120};\s*(?:Additional\s+|"
                          r"Writing\s+|Editing\s+)[^\n]{0,200}$")  # fmt: skip
"""Reuters' tag line: "Reporting by Hyonhee Shin; Editing by Ed Davies"."""


def wire_agency_names(ledger: Ledger) -> list[str]:
    """The names and aliases of the ledger's wire agencies, which credits may print."""
    names: list[str] = []
    for outlet in ledger.outlets:
        if outlet.get("kind") == "wire-agency":
            for name in [outlet.get("name"), *(outlet.get("aliases") or [])]:
                if isinstance(name, str):
                    names.append(name)
    return names


def wire_credit(text: str, names: Iterable[str] = ()) -> str | None:
    """The one agency ``text`` credits for its copy (as printed), or None."""
    agencies = sorted({*WIRE_AGENCIES, *(n for n in names if n and len(n) > 1)}, key=len)
    alternation = "|".join(re.escape(a) for a in reversed(agencies))
    agency = rf"(?:[Tt]he\s+)?(?P<agency>(?i:{alternation}))"
    line_forms = [
        # a byline, with a place or a desk after it: "By AFP", "WRITER: AFP", "Reuters, Seoul"
        rf"(?:(?:By|BY|by|WRITER|Writer|Source|SOURCE|Sources|Credit|Text|Story)\s*:?\s+)?{agency}"
        r"(?:\s+(?:staff|reporters?|wire|correspondents?|News(?:\s+Agency)?))?"
        r"(?:\s*[,|/\u2013\u2014-]\s*[A-Z0-9][\w .:'\u2019-]{1,40}){0,3}\.?"
        r"(?:\s*[|\u00b7\u2022,]?\s*(?:Today|Yesterday|Published|Updated|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|"
        r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})[^\n]{0,40})?",
        # a byline of pipe-separated fields: "World News | Press Trust of India | Updated",
        # "By EDITH M. LEDERER | The Associated Press"
        rf"(?:[A-Z][\w .'\u2019-]{{1,40}}?\s*\|\s*){{1,3}}{agency}(?:\s*\|[^\n]{{0,80}})?",
        # the outlet's desk with the agency: "Daily Sabah with AFP", "Staff and AFP"
        rf"[A-Z][\w .'\u2019-]{{1,40}}?\s+(?i:with|and|&)\s+{agency}",
        # the agency in square brackets closing the piece: "[Reuters]", "[AP]"
        rf"\[\s*{agency}\s*\]\.?",
        # a sign-off or a note: "— Reuters", "(PTI)", "(With inputs from PTI)", "With AFP"
        rf"[\u2013\u2014-]{{1,2}}\s*{agency}\.?",
        rf"\(\s*{agency}\s*\)\.?",
        rf"\(?\s*(?:[Ww]ith|WITH)\s+(?:(?:additional\s+)?inputs?\s+from\s+)?{agency}\s*\)?\.?",
        # the agency's copyright
        rf"(?:\u00a9|Copyright|COPYRIGHT|\([Cc]\))\s*(?:\d{{4}}\s*)?{agency}\b.*",
    ]
    found: set[str] = set()
    for form in line_forms:
        for m in re.finditer(r"(?m)^[ \t]*(?:" + form + r")[ \t]*$", text):
            if not _NOT_A_CREDIT.search(m.group(0)):
                found.add(_canonical(m.group("agency")))
    sign_off = re.compile(
        rf"[.!?\"\u201d](?:\s*[\u2013\u2014]|\s+--?)\s*{agency}(?:/[A-Z]{{2,6}})?\.?[ \t]*$"
        rf"|(?<=[.!?\"\u201d])\s*\[\s*(?P<bracketed>{alternation})\s*\][ \t]*$",
        re.M,
    )  # "... the ministry said. — Reuters" at the end of the last paragraph, "— VNA/VNS"
    for m in sign_off.finditer(text):
        found.add(_canonical(m.group("agency") or m.group("bracketed")))
    if not found and _REUTERS_TAG.search(text):
        found.add("Reuters")
    return found.pop() if len(found) == 1 else None


_SAME = {
    "agence france presse": "AFP",
    "agence france-presse": "AFP",
    "thomson reuters": "Reuters",
    "associated press": "AP",
    "the associated press": "AP",
    "yonhap news agency": "Yonhap",
    "press trust of india": "PTI",
    "indo-asian news service": "IANS",
    "asian news international": "ANI",
    "xinhua news agency": "Xinhua",
    "kyodo news": "Kyodo",
    "deutsche presse-agentur": "dpa",
    "anadolu agency": "Anadolu",
    "vietnam news agency": "VNA",
}


def _canonical(name: str) -> str:
    """One name per agency, so that "AFP" and "Agence France-Presse" count once."""
    folded = name.casefold()
    if folded in _SAME:
        return _SAME[folded]
    return next((a for a in WIRE_AGENCIES if a.casefold() == folded), name)
