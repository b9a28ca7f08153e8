"""Stage 3: who a speaker phrase names, and which actors to propose.

A phrase resolves, in order, to a known actor or outlet it ends with (by name, alias or
a role title held on the date), to the nearest fitting earlier speaker or mention for a
pronoun or "the ministry", to a known actor whose name is close enough (fuzzy matching
of names and aliases), and only then to a proposed new actor. A proposal splits the
title from the name (``US State Department spokesman Ned Price`` -> Ned Price, with the
role "spokesman" at the "US State Department" from the article's date), chooses the kind
(person, organisation, government, state media, collective) and the country, and is made
once per entity in an article ("Kirby" after "John Kirby" is the same actor). Fragments
("United", "Kyiv A", a lone lowercase word) are never proposed. A proposal's id is formed
from the words the copy writes ("North Korea's foreign ministry" ->
north-korea-s-foreign-ministry), whole (never cut inside a long name), a body with a
name of its own by that name ("South Korea's National Intelligence Service" ->
national-intelligence-service), a long description of people by the people it names.
"""

from __future__ import annotations

import bisect
import copy
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations, pairwise
from typing import Any

from rapidfuzz import fuzz, process

from rnkclaims.authoring.extract.attribution import main_subject, subject_before
from rnkclaims.authoring.extract.passages import QUOTE_MARKS, Analysis
from rnkclaims.authoring.ledger_edit import slugify, unique_id
from rnkclaims.dates import DateError, PartialDate, parse_date
from rnkclaims.ledger import Ledger, Source
from rnkclaims.textnorm import fold

FUZZY_MATCH = 90
"""The least rapidfuzz token-sort ratio (0-100) at which a name is a known actor's."""

COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "US": ("United States", ("American", "US", "U.S.", "United States", "Washington", "America")),
    "KR": (
        "South Korea",
        ("South Korean", "South Korea", "Seoul", "S. Korean", "ROK", "the South", "Blue House"),
    ),
    "KP": (
        "North Korea",
        ("North Korean", "North Korea", "Pyongyang", "DPRK", "N. Korean", "the North"),
    ),
    "RU": ("Russia", ("Russian", "Russia", "Moscow", "Kremlin")),
    "JP": ("Japan", ("Japanese", "Japan", "Tokyo", "Kantei")),
    "CN": ("China", ("Chinese", "China", "Beijing", "Zhongnanhai")),
    "UA": ("Ukraine", ("Ukrainian", "Ukraine", "Kyiv", "Kiev", "Bankova")),
    "GB": (
        "United Kingdom",
        ("British", "Britain", "United Kingdom", "UK", "London", "Downing Street"),
    ),
    "FR": ("France", ("French", "France", "Paris", "Elysee", "\u00c9lys\u00e9e", "Elysée")),
    "DE": ("Germany", ("German", "Germany", "Berlin")),
    "IR": ("Iran", ("Iranian", "Iran", "Tehran")),
    "BY": ("Belarus", ("Belarusian", "Belarus", "Minsk")),
    "IN": ("India", ("Indian", "India", "New Delhi")),
    "CA": ("Canada", ("Canadian", "Canada", "Ottawa")),
    "AU": ("Australia", ("Australian", "Australia", "Canberra")),
    "NZ": ("New Zealand", ("New Zealand", "New Zealander")),
    "SG": ("Singapore", ("Singaporean", "Singapore")),
    "MY": ("Malaysia", ("Malaysian", "Malaysia", "Kuala Lumpur")),
    "PH": ("Philippines", ("Philippine", "Philippines", "Manila")),
    "PL": ("Poland", ("Polish", "Poland", "Warsaw")),
    "IT": ("Italy", ("Italian", "Italy", "Rome")),
    "ES": ("Spain", ("Spanish", "Spain", "Madrid")),
    "CZ": ("Czech Republic", ("Czech", "Czech Republic", "Czechia", "Prague")),
    "NO": ("Norway", ("Norwegian", "Norway", "Oslo")),
    "LT": ("Lithuania", ("Lithuanian", "Lithuania", "Vilnius")),
    "LV": ("Latvia", ("Latvian", "Latvia", "Riga")),
    "EE": ("Estonia", ("Estonian", "Estonia", "Tallinn")),
    "FI": ("Finland", ("Finnish", "Finland", "Helsinki")),
    "SE": ("Sweden", ("Swedish", "Sweden", "Stockholm")),
    "DK": ("Denmark", ("Danish", "Denmark", "Copenhagen")),
    "NL": ("Netherlands", ("Dutch", "Netherlands", "The Hague")),
    "RO": ("Romania", ("Romanian", "Romania", "Bucharest")),
    "BG": ("Bulgaria", ("Bulgarian", "Bulgaria", "Sofia")),
    "HU": ("Hungary", ("Hungarian", "Hungary", "Budapest")),
    "SK": ("Slovakia", ("Slovak", "Slovakia", "Bratislava")),
    "GR": ("Greece", ("Greek", "Greece", "Athens")),
    "AT": ("Austria", ("Austrian", "Austria", "Vienna")),
    "CH": ("Switzerland", ("Swiss", "Switzerland", "Bern")),
    "BE": ("Belgium", ("Belgian", "Belgium")),
    "IE": ("Ireland", ("Irish", "Ireland", "Dublin")),
    "PT": ("Portugal", ("Portuguese", "Portugal", "Lisbon")),
    "MD": ("Moldova", ("Moldovan", "Moldova", "Chisinau")),
    "TR": ("Turkey", ("Turkish", "Turkey", "T\u00fcrkiye", "Turkiye", "Ankara")),
    "IL": ("Israel", ("Israeli", "Israel")),
    "EG": ("Egypt", ("Egyptian", "Egypt", "Cairo")),
    "QA": ("Qatar", ("Qatari", "Qatar", "Doha")),
    "ZA": ("South Africa", ("South African", "South Africa", "Pretoria")),
    "BR": ("Brazil", ("Brazilian", "Brazil", "Brasilia")),
    "AR": ("Argentina", ("Argentine", "Argentinian", "Argentina", "Buenos Aires")),
    "MX": ("Mexico", ("Mexican", "Mexico")),
    "TW": ("Taiwan", ("Taiwanese", "Taiwan", "Taipei")),
    "MN": ("Mongolia", ("Mongolian", "Mongolia", "Ulaanbaatar")),
    "KZ": ("Kazakhstan", ("Kazakh", "Kazakhstan", "Astana")),
    "UZ": ("Uzbekistan", ("Uzbek", "Uzbekistan", "Tashkent")),
    "VN": ("Vietnam", ("Vietnamese", "Vietnam", "Viet Nam", "Hanoi", "Ha Noi")),
    "TH": ("Thailand", ("Thai", "Thailand", "Bangkok")),
    "KH": ("Cambodia", ("Cambodian", "Cambodia", "Phnom Penh")),
    "ID": ("Indonesia", ("Indonesian", "Indonesia", "Jakarta")),
    "PK": ("Pakistan", ("Pakistani", "Pakistan", "Islamabad")),
    "BD": ("Bangladesh", ("Bangladeshi", "Bangladesh", "Dhaka")),
    "NP": ("Nepal", ("Nepali", "Nepalese", "Nepal", "Kathmandu")),
    "LK": ("Sri Lanka", ("Sri Lankan", "Sri Lanka", "Colombo")),
}
"""Countries the copy names, by code: the name and the words that mark them (the seat of
government stands for the state, as "Kremlin" does: "Downing Street said")."""

_TITLE_WORDS = frozenset(
    "president minister secretary spokesman spokeswoman spokesperson ambassador envoy "
    "adviser advisor chief head director general commander leader chairman chairwoman "
    "governor senator senators lawmaker representative deputy vice official officer diplomat "
    "premier chancellor aide sister brother member analyst expert prosecutor mayor professor "
    "maj gen lt col rep sen dr adm capt sgt mr mrs ms press chiefs joint colonel "
    "lieutenant major admiral captain sergeant brigadier marshal commodore "
    "crown prince princess sheikh sheik emir speaker whip".split()
)
_ORG_WORDS = frozenset(
    "ministry department office council committee agency service services house pentagon "
    "kremlin administration party commission court command bureau institute center "
    "centre government military army navy forces embassy mission nato panel assembly "
    "parliament cabinet intelligence staff headquarters unit guard studies foundation force "
    "group organization organisation association union corporation company university "
    "forum tank treasury team affairs nations duma sinmun newspaper gazette portal agencies "
    "outlets newspapers bank".split()
)
_WHEN_CLAUSE = re.compile(
    r"\W*(?:[A-Z][A-Z .'-]{1,30}\s*[-\u2013\u2014]+\s*)?(?:When|After|As|Before|While|Once)\s+"
    r"(?P<np>(?:[A-Z][\w.'\u2019-]*\s+){1,8}?[A-Z][\w.'\u2019-]*)\s+(?:flew|arrived|met|visited|"
    r"came|went|spoke|travell?ed|landed|returned)\b[^;:]*,\s*$"
)
"""A sentence that opens with a clause naming a person's arrival or meeting ("When Russian
Security Council Secretary Sergei Shoigu flew into Pyongyang ..., he ..."): its "he" is
that person."""
_COLLECTIVE_NOUNS = frozenset(
    "officials analysts experts sources diplomats observers countries allies lawmakers "
    "critics residents authorities governments legislators investigators researchers "
    "people officers soldiers leaders members media monitors inspectors ministers envoys "
    "delegates commanders milbloggers bloggers prosecutors refugees families villagers "
    "veterans activists defectors scholars scientists".split()
)
_PRONOUNS = {
    "he": "person", "she": "person", "him": "person", "her": "person", "it": "body",
    "they": "any", "them": "any",
}  # fmt: skip
_PERSONAL = re.compile(r"\b(he|his|him|she|her|hers)\b")
_INSTITUTIONS = {
    "pentagon": "US", "white house": "US", "state department": "US", "blue house": "KR",
    "kremlin": "RU", "nis": "KR", "jcs": "KR", "hur": "UA",
}  # fmt: skip
"""Institutions whose name alone marks their country."""
_STATE_MEDIA = re.compile(
    r"(?i)\b(?:state(?:-run|-owned)?\s+(?:media|television|tv|news|broadcaster|radio)|"
    r"news\s+agency|television|broadcaster)\b"
)
_ORG_NAME = re.compile(
    r"(?:the\s+)?((?:[A-Z][\w&.'-]*\s+)(?:(?:for|of|and|on)\s+|[A-Z][\w&.'-]*\s+){0,6}"
    r"(?:Center|Centre|Institute|Agency|Ministry|Service|Office|Council|Committee|"
    r"Administration|Studies|Foundation|Group|Organization|Organisation|Commission))\b"
)
_ANAPHOR_NOUNS = {
    "report": "media", "agency": "any", "statement": "any", "release": "any",
    "ministry": "body", "department": "body", "committee": "body", "government": "body",
    "office": "body", "official": "person", "minister": "person", "spokesperson": "person",
    "spokesman": "person", "spokeswoman": "person", "secretary": "person",
    "diplomat": "person", "envoy": "person", "country": "body",
    "regime": "body", "north": "body", "military": "body", "army": "body", "tank": "body",
    "service": "body", "bureau": "body", "administration": "body", "leader": "person",
    "president": "person", "ambassador": "person", "group": "body",
    "panel": "body", "team": "body", "commission": "body", "mission": "body",
    "embassy": "body", "consulate": "body", "council": "body", "institute": "body",
    "experts": "body", "monitors": "body", "source": "any", "resident": "person",
    "trader": "person", "defector": "person", "witness": "person", "insider": "person",
    "ministers": "any", "envoys": "any", "delegates": "any", "chief": "person",
    "centre": "body", "center": "body", "foundation": "body",
}  # fmt: skip
_DESCRIPTOR_NOUNS = frozenset(
    "politician republican democrat conservative liberal socialist legislator congressman "
    "congresswoman veteran expert analyst scholar researcher professor".split()
)
"""A person described again by party or calling ("The Green politician", "the Mississippi
Republican"): the person who spoke last."""
_TITLED_HEADS = frozenset(
    "bureau agency service office committee commission directorate department institute "
    "administration council centre center foundation".split()
)
"""Heads of a body's name that "the bureau", "the directorate" refer back to."""
_HEAD_SYNONYMS = {
    "agency": ("agency", "service", "intelligence"),
    "service": ("service", "agency"),
    "office": ("office", "house"),
    "panel": ("panel", "experts", "monitors"),
    "experts": ("experts", "panel", "monitors"),
    "monitors": ("monitors", "panel", "experts"),
    "team": ("team", "panel", "monitors"),
}
"""Head nouns "the agency" and the like refer back to (the NIS is "the agency")."""
_RELEASED = r"(?:released|published|issued|conducted|compiled|prepared|produced)"
"""The participles that say who put a document out."""
_RELEASED_BY = re.compile(
    r"(?i)\b(?:" + _RELEASED + r"|carried\s+out)\s+(?:[\w-]+\s+){0,3}?by\s+(?P<by>.+)$"
)
"""Who released a document, later in its phrase than what it is of."""
_ENDS_RELEASED = re.compile(r"(?i)\b" + _RELEASED + r"\s*$")
_DATED_BY = re.compile(
    r"\s+(?:on|in|last|this|earlier)\s+[\w.]+(?:\s+\d{1,2})?,?\s+by\s+"
    r"(?P<by>(?:the\s+)?(?:[\w-]+\s+){0,2}?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
"""The issuer named after a document's release date ("released" + "on Friday by the
London-based Open Source Centre"), which the phrase of the speaker leaves out."""
_DESCRIBED_BODIES = frozenset("panel team commission group mission tribunal".split())
"""Bodies a text may describe before it names them only by their noun ("a panel of experts
monitoring the sanctions", then "the panel said")."""
_BODY_NOUNS = frozenset(
    "ministry committee agency department office council command service bureau "
    "administration government commission institute centre center".split()
)
_LONE_BODIES = frozenset("panel team commission tribunal".split())
"""Bodies the copy names by their noun alone ("the panel said"), the one the story is
about, where no earlier mention names it."""
_GROUP_BODIES = _LONE_BODIES | {"group", "committee", "council", "board"}
"""Bodies named by what their members are ("panel of experts", "group of experts")."""
_ANONYMOUS_NOUNS = frozenset(
    "source resident trader defector witness insider informant merchant smuggler".split()
)
"""The one person an unnamed-source story quotes ("a resident of the province told RFA")."""
_PERSON_NOUNS = frozenset(
    "official spokesperson spokesman spokeswoman minister diplomat envoy secretary "
    "ambassador general commander lawmaker senator adviser advisor aide delegate analyst "
    "expert researcher milblogger blogger officer soldier chief prosecutor member "
    "legislator governor mayor".split()
)
_ORDINARY_PEOPLE = frozenset(
    "resident villager local pensioner mother father teacher worker farmer nurse doctor "
    "student volunteer veteran driver refugee gunner sapper medic sergeant paratrooper "
    "fighter mechanic engineer shopkeeper vendor businessman businesswoman rifleman "
    "infantryman serviceman servicewoman conscript prisoner captive pilot".split()
)
"""Ordinary people a report quotes by a given name ("Tatyana, a resident of ...")."""
_NAME_WITHHELD = re.compile(
    r"(?i)\b(?:surname|last\s+name|family\s+name|full\s+name|first\s+name\s+only|"
    r"only\s+(?:his|her|their)\s+(?:first|given)\s+name|by\s+(?:his|her|their)\s+"
    r"(?:first|given)\s+name)\b"
)
"""Words that tell a person's surname is withheld ("who asked that her surname not be
used", "gave only his first name")."""
_GIVEN_NAME_AFTER = re.compile(
    r",?\s+who\s+(?:asked|agreed|wished|wanted|spoke\s+on\s+condition)\b[^.;]{0,60}?"
    r"\b(?:first|given)\s+name,?\s+(?P<name>[A-Z][a-z]+)\b"
)
"""A described person's given name after the described phrase ("a battery commander ...
who asked to be identified by his first name, Andrii")."""
WELL_KNOWN = {
    "Putin": "Vladimir Putin", "Peskov": "Dmitry Peskov", "Lavrov": "Sergei Lavrov",
    "Shoigu": "Sergei Shoigu", "Belousov": "Andrei Belousov", "Medvedev": "Dmitry Medvedev",
    "Zakharova": "Maria Zakharova", "Nebenzia": "Vassily Nebenzia",
    "Zelensky": "Volodymyr Zelensky", "Zelenskiy": "Volodymyr Zelenskiy",
    "Zelenskyy": "Volodymyr Zelenskyy", "Biden": "Joe Biden", "Trump": "Donald Trump",
    "Blinken": "Antony Blinken", "Kirby": "John Kirby", "Sullivan": "Jake Sullivan",
    "Yoon": "Yoon Suk Yeol", "Kishida": "Fumio Kishida", "Xi": "Xi Jinping",
    "Guterres": "Antonio Guterres", "Rutte": "Mark Rutte", "Stoltenberg": "Jens Stoltenberg",
}  # fmt: skip
"""Figures the copy names by surname alone, with no full name earlier in the article."""
TITLE_HOLDERS = {
    ("KP", "leader"): "Kim Jong Un", ("RU", "president"): "Vladimir Putin",
    ("CN", "president"): "Xi Jinping", ("CN", "leader"): "Xi Jinping",
    ("UA", "president"): "Volodymyr Zelensky",
}  # fmt: skip
"""Titles held by one person through 2022-2024, for "the North Korean leader"."""
_FIGURES = {
    "RU": "Vladimir Putin; Dmitry Peskov; Sergei Lavrov; Sergey Lavrov; Sergei Shoigu; "
    "Andrei Belousov; Dmitry Medvedev; Maria Zakharova; Vassily Nebenzia; Dmitry Polyanskiy; "
    "Alexander Matsegora; Andrei Rudenko; Yuri Ushakov; Alexander Kozlov",
    "KP": "Kim Jong Un; Kim Yo Jong; Choe Son Hui; Kim Song; Pak Jong Chon; No Kwang Chol; "
    "Kang Sun Nam; Ri Pyong Chol; Kim Tok Hun; Kim Jong Gyu",
    "UA": "Volodymyr Zelensky; Volodymyr Zelenskyy; Volodymyr Zelenskiy; Kyrylo Budanov; "
    "Dmytro Kuleba; Rustem Umerov; Andrii Sybiha",
    "US": "Joe Biden; Antony Blinken; John Kirby; Jake Sullivan; Lloyd Austin; Matthew Miller; "
    "Linda Thomas-Greenfield; Robert Wood; Sabrina Singh; Kurt Campbell; Pat Ryder",
    "KR": "Yoon Suk Yeol; Cho Tae-yul; Shin Won-sik; Kim Yong-hyun; Park Jin; Chang Ho-jin; "
    "Hwang Joon-kook",
    "JP": "Fumio Kishida; Yoko Kamikawa; Yoshimasa Hayashi; Shigeru Ishiba",
    "CN": "Xi Jinping; Wang Yi",
}


def _figure_key(name: str) -> str:
    """A figure's name as ``FIGURE_COUNTRIES`` keys it: lower case, hyphens as spaces."""
    return re.sub(r"[\s-]+", " ", name.lower())


FIGURE_COUNTRIES = {
    _figure_key(name): code for code, names in _FIGURES.items() for name in names.split("; ")
}
"""The countries of the figures the copy of these years quotes most, by name (any hyphens
as spaces): "Kim Yo Jong" is North Korean whatever country her sentence names."""


def figure_country(name: str) -> str | None:
    """The country of a figure the copy quotes most ("Kim Jong-un" -> KP), else None."""
    return FIGURE_COUNTRIES.get(_figure_key(name))


SPY_AGENCIES = {"KR": "National Intelligence Service", "US": "Central Intelligence Agency"}
"""The service "South Korea's spy agency" means (other countries have several)."""
_NUMBERS = frozenset("one two three four five several many some".split())
_DETERMINERS = frozenset("the a an some several many multiple other both its their all".split())
_LINKS = frozenset("of for and the on to at in de von".split())
_CLAUSE_OPENERS = frozenset(
    "but and yet when while as after before once if although though since because until "
    "unless whereas".split()
)
"""Conjunctions that open a sentence before its subject ("But Putin", "When Lavrov"); not
"so", which is a Korean surname (So Se Pyong)."""
_ZERO_RELATIVE_HEADS = (
    r"move|trip|visit|step|deal|claim|charge|accusation|plan|decision|launch|talks|"
    r"meeting|summit|treaty|pact|agreement|allegation|figure|estimate|programme|program"
)
"""Nouns a relative clause without "that" follows in copy ("a move the Biden administration
says is designed to ...")."""
_PAIR_AFTER_HEAD = re.compile(
    r"(?i)(?:an?\s+|the\s+)?(?:" + _ZERO_RELATIVE_HEADS + r")s?\s+"
    r"(?=(?:both|the\s+two)\s+(?:countries|nations|governments|sides|states)\b)"
)
"""A noun before the pair that speaks in a relative clause without "that"."""


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    ref: str
    kind: str  # the actor's kind, or "outlet"
    by: str  # "name", "alias" or "title"


@functools.lru_cache(maxsize=65536)
def _surface_pattern(surface: str) -> re.Pattern[str] | None:
    """The pattern that finds a name or alias in the text, compiled once per surface (a
    ledger has more surfaces than the ``re`` module's own cache keeps)."""
    surface = surface.strip()
    if len(surface) < 2:
        return None
    body = re.escape(surface).replace(r"\ ", r"\s+")
    flags = 0
    if surface.isupper() and surface.isalpha() and len(surface) <= 4:
        body = "(?:" + body + "|" + r"\.".join(surface) + r"\.)"
    elif not (surface.isupper() or len(surface) <= 3):
        flags = re.IGNORECASE
    body = body.replace("-", "[-\\s]")
    return re.compile(r"(?<![\w-])" + body + r"(?![\w-]|\.\w)", flags)


_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
"""A capitalised word just before: an outlet's id read in the text is then the end of
someone's name ("General Sir Richard Barrons" is no mention of the outlet barrons)."""


_NAME_AFTER = re.compile(
    r"\s(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|On|In|That|"
    r"This|The|A|An|As|But|And|It|He|She|They|We)\b)[A-Z][a-z]+"
)
"""A capitalised word just after (not a day, a month or a sentence's next word): a short
outlet name read in the text is then the start of another's ("The National Intelligence
Service" is no mention of the outlet The National)."""


def _capitalised(matched: str) -> bool:
    """Whether the first word after a leading article is capitalised. An outlet's name
    written so is a proper noun and is found only capitalised: "The Diplomat" is not
    "the Russian diplomat" or "a diplomat said" (a descriptive alias such as "a Russian
    news agency" is found in any case)."""
    words = matched.split()
    if len(words) > 1 and words[0].casefold() == "the":
        words = words[1:]
    return words[0][:1].isupper() or not words[0][:1].isalpha()


def _held_at(role: Mapping[str, Any], when: PartialDate | None) -> bool:
    if when is None:
        return True
    try:
        start = parse_date(role["from"]).earliest if role.get("from") else None
        stop = parse_date(role["to"]).latest if role.get("to") else None
    except DateError:
        return True
    return (start is None or start <= when.latest) and (stop is None or stop >= when.earliest)


def _unnamed_elsewhere(alias: str, kind: str, name: Any, text: str) -> bool:
    """Whether a person's alias is an indefinite description ("a senior Pentagon
    official") in a text that never names the person: there it is an unnamed source of
    its own, not the one the ledger met under that description."""
    if kind != "person" or not re.match(r"(?i)an?\s", alias) or not isinstance(name, str):
        return False
    surname = name.split()[-1] if name.split() else name
    return re.search(rf"\b{re.escape(surname)}\b", text) is None


@dataclass(slots=True)
class Index:
    """Every mention of a known actor or outlet in one text, longest match first."""

    mentions: list[Mention]
    names: dict[str, str]  # id -> canonical name
    kinds: dict[str, str]
    surfaces: list[tuple[str, str]]  # (folded surface, id) of names and aliases
    countries: dict[str, str]  # id -> country code, where the ledger gives one
    starts: list[int] = field(default_factory=list)  # the mentions' starts, for bisection

    @classmethod
    def build(
        cls, ledger: Ledger, text: str, published: PartialDate | None, own: str | None = None
    ) -> Index:
        """The mentions of ``text``; where two entries have the same words ("The Journal"
        of two papers), the outlet ``own`` (the source's own) is the one meant."""
        found: list[Mention] = []
        names: dict[str, str] = {}
        kinds: dict[str, str] = {}
        entries: list[tuple[str, str, str, str]] = []  # surface, ref, kind, by
        for actor in ledger.actors:
            aid, name, kind = actor.get("id"), actor.get("name"), actor.get("kind")
            if not isinstance(aid, str):
                continue
            names[aid] = name if isinstance(name, str) else aid
            kinds[aid] = kind if isinstance(kind, str) else "person"
            if isinstance(name, str):
                entries.append((name, aid, kinds[aid], "name"))
                bare = re.sub(r"\s*\([^)]*\)$", "", name)
                if bare != name:
                    entries.append((bare, aid, kinds[aid], "name"))
            entries.extend(
                (a, aid, kinds[aid], "alias")
                for a in actor.get("aliases") or []
                if isinstance(a, str) and not _unnamed_elsewhere(a, kinds[aid], name, text)
            )
            for role in actor.get("roles") or []:
                if (
                    isinstance(role, dict)
                    and isinstance(role.get("title"), str)
                    and _held_at(role, published)
                ):
                    entries.append((role["title"], aid, kinds[aid], "title"))
        for outlet in ledger.outlets:
            oid, name = outlet.get("id"), outlet.get("name")
            if not isinstance(oid, str):
                continue
            names[oid] = name if isinstance(name, str) else oid
            kinds[oid] = "outlet"
            surfaces = [name] if isinstance(name, str) else []
            surfaces += [a for a in outlet.get("aliases") or [] if isinstance(a, str)]
            entries.extend((s, oid, "outlet", "name") for s in surfaces)
            if len(oid) >= 3 and oid.isalpha():
                entries.append((oid, oid, "outlet", "id"))
        seen: set[tuple[str, str]] = set()
        for surface, ref, kind, by in entries:
            if (surface, ref) in seen:
                continue
            seen.add((surface, ref))
            pattern = _surface_pattern(surface)
            if pattern is None:
                continue
            found.extend(
                Mention(m.start(), m.end(), ref, kind, "name" if by == "id" else by)
                for m in pattern.finditer(text)
                if (kind != "outlet" or _capitalised(m.group(0)) or not _capitalised(surface))
                and not (
                    by == "id" and _NAME_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
                )
                and not (
                    kind == "outlet"
                    and len(surface.split()) <= 2
                    and _NAME_AFTER.match(text, m.end())
                )
            )
        found.sort(key=lambda m: (m.start, -(m.end - m.start), m.kind == "outlet", m.ref != own))
        kept: list[Mention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                continue
            kept.append(mention)
        surfaces_out = [(fold(s), ref) for s, ref, _, by in entries if by != "title"]
        countries = {
            str(r.get("id")): str(r.get("country"))
            for r in [*ledger.actors, *ledger.outlets]
            if isinstance(r.get("country"), str)
        }
        return cls(kept, names, kinds, surfaces_out, countries, [m.start for m in kept])

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions inside ``start``..``end``. They are in text order and do not
        overlap, so their ends are in order too: the scan starts at the first mention
        at ``start`` or later and stops at the first that starts at ``end``."""
        out = []
        for i in range(bisect.bisect_left(self.starts, start), len(self.mentions)):
            m = self.mentions[i]
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out

    def before(self, pos: int) -> Iterable[Mention]:
        return (m for m in reversed(self.mentions) if m.end <= pos)

    def fuzzy(self, name: str, country: str | None = None) -> str | None:
        """A known actor whose name or alias is close to ``name`` (not a lone word, nor
        a common noun after a capitalised first word), of the same country when both are
        known."""
        key = fold(name)
        if len(key.split()) < 2:
            return None
        if not any(w[:1].isupper() for w in name.split()[1:]):
            return None  # "The monitors", "the officials": common nouns, no variant of a name
        best, best_score = None, 0.0
        for surface, ref in self.surfaces:
            known = self.countries.get(ref)
            if country and known and known != country:
                continue
            if country and country_of(surface.split()) not in (None, country):
                continue
            if len(surface.split()) < 2:
                continue
            score = fuzz.token_sort_ratio(key, surface)
            if score > best_score:
                best, best_score = ref, score
        return best if best_score >= FUZZY_MATCH else None


def country_of(words: Iterable[str]) -> str | None:
    """The country a phrase marks (by name, adjective, capital or possessive)."""
    return _country_in(" " + " ".join(words) + " ")


@functools.lru_cache(maxsize=4096)
def _country_in(phrase: str) -> str | None:
    phrase = re.sub(r"(?:'s|\u2019s)\b", "", phrase)
    best: tuple[int, str] | None = None
    for pattern, code in _country_patterns():
        m = pattern.search(phrase)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), code)
    return best[1] if best else None


@functools.cache
def _country_patterns() -> list[tuple[re.Pattern[str], str]]:
    """The institutions' and countries' marks, compiled once, in the order they are
    tried (the first of two marks at the same place wins)."""
    out = [
        (re.compile(r"(?i)(?<![\w.])" + re.escape(name) + r"(?![\w])"), code)
        for name, code in _INSTITUTIONS.items()
    ]
    for code, (_, marks) in COUNTRIES.items():
        for mark in marks:
            pattern = re.escape(mark)
            if mark.startswith("the "):  # "The North's foreign ministry"
                pattern = "[Tt]" + pattern[1:]
            out.append((re.compile(r"(?<![\w.])" + pattern + r"(?![\w])"), code))
    return out


_ACCUSE_OF = re.compile(r"\baccus(?:e|es|ed|ing)\b")
"""The verb of a charge, whose object and what follows name the states it accuses."""


def countries_in(text: str) -> list[str]:
    """Every country ``text`` marks, in the order of their first mark."""
    phrase = re.sub(r"(?:'s|\u2019s)\b", "", " " + text + " ")
    found: dict[str, int] = {}
    for pattern, code in _country_patterns():
        m = pattern.search(phrase)
        if m and m.start() < found.get(code, len(phrase)):
            found[code] = m.start()
    return sorted(found, key=found.__getitem__)


def _country_exactly(phrase: str) -> str | None:
    folded = fold(re.sub(r"^(?:the\s+)", "", phrase.strip(), flags=re.IGNORECASE))
    return _exact_countries().get(folded)


@functools.cache
def _exact_countries() -> dict[str, str]:
    """A country's folded name and bare marks (not its adjective) to its code; the first
    country to claim a form keeps it."""
    out: dict[str, str] = {}
    for code, (name, marks) in COUNTRIES.items():
        out.setdefault(fold(name), code)
        for mark in marks[1:]:  # marks[0]: adjective
            out.setdefault(fold(re.sub(r"^the\s+", "", mark)), code)
    return out


def _country_possessive(phrase: str) -> tuple[str, str] | None:
    """``(country, body)`` of "<country>'s <body>" where the body is an organisation's
    ("The North's foreign ministry" -> KP, "foreign ministry"), or of "<body> in
    <country or capital>" ("the defence ministry in Seoul"); None otherwise."""
    m = re.fullmatch(r"(?:[Tt]he\s+)?(.+?)(?:'s|\u2019s)\s+(.+)", phrase.strip())
    located = re.fullmatch(
        r"(?:[Tt]he\s+)?([a-z][\w\s-]*?)\s+in\s+((?:the\s+)?[A-Z][\w.\s]*)", phrase.strip()
    )
    if m is None and located is not None:
        owner, rest = located.group(2), located.group(1)
    elif m is not None:
        owner, rest = m.group(1), m.group(2)
    else:
        return None
    code = _country_exactly(owner) or _country_exactly("the " + owner)
    body = rest.split()
    if code is None or not body or len(body) > 4:
        return None
    if body[-1].lower() not in _ORG_WORDS or any(w[:1].isupper() for w in body[:-1]):
        return None  # "Russia's Wagner Group" keeps its own name
    return code, " ".join(body)


_GENERIC_BODY_WORDS = frozenset(
    "foreign defence defense interior finance justice trade economy health industry energy "
    "transport security unification national presidential home state ministry ministries "
    "department office embassy consulate mission government cabinet military army navy "
    "parliament affairs general intelligence council committee of for the and".split()
)
"""The words of a body every state has ("Defence Ministry", "Ministry of Foreign Affairs",
"Embassy"): written after a country's possessive, the country is part of its name."""


def _owned_proper_name(words: list[str]) -> tuple[str, str] | None:
    """``(country, name)`` of "<country>'s <Name>" where the name is a body's own
    capitalised name ("South Korea's Joint Chiefs of Staff", "Russia's Wagner Group"),
    not one every state has ("Russia's Defence Ministry"); None otherwise. The country is
    "" where the owner is "the country" named before."""
    for i, word in enumerate(words[:3]):
        if not word.endswith(("'s", "\u2019s")):
            continue
        owner = " ".join([*words[:i], word[:-2]])
        code = _country_exactly(owner)
        if code is None and re.fullmatch(r"(?i)(?:the\s+)?(?:country|nation|regime)", owner):
            code = ""  # "the country's National Aerospace Technology Administration"
        rest = words[i + 1 :]
        if code is None or len(rest) < 2 or not _name_words_or_links(rest):
            return None
        if all(w.lower() in _GENERIC_BODY_WORDS for w in rest) or "in" in rest:
            return None  # "Russia's Defence Ministry", "Russia's Embassy in Tokyo"
        return code, " ".join(rest)
    return None


def _name_words_or_links(words: list[str]) -> bool:
    """Capitalised words, with "of", "for", "and", "the" between them."""
    return (
        words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in _LINKS for w in words)
    )


_DOCUMENT_NAMED = re.compile(
    r"(?i)the\s+(?:[\w-]+\s+)?(?P<noun>commentary|editorial|article|statement|communiqu[e\u00e9]|"
    r"paper|study|analysis)"
)
"""A document named again by its kind ("The commentary", "the editorial")."""
_DOCUMENT_NOUNS = (
    r"(?:white\s+paper|paper|document|report|review|strategy|yearbook|blue\s*book|"
    r"assessment|guidelines)"
)
_OWNED_DOCUMENT = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w.-]*)(?:'s|\u2019s)\s+"
    r"(?:(?:new|latest|annual|first|[\w-]+)\s+){0,3}?" + _DOCUMENT_NOUNS
)
"""A document its issuer owns ("Japan's annual defense white paper", "the Pentagon's
latest report"): the issuer speaks through it (codebook rule 2)."""
_DOCUMENT_AGAIN = re.compile(r"(?i)the\s+(?:[\w-]+\s+)?" + _DOCUMENT_NOUNS)
_TITLED_DOCUMENT = re.compile(
    r"(?:[Tt]he[ \t]+|[Tt]his[ \t]+year's[ \t]+)?(?P<title>(?:(?:[A-Z][\w'-]*|\d{4})[ \t]+"
    r"(?:(?:of|on|for|and)[ \t]+)?){1,6}(?:(?:defen[cs]e|annual|threat|security)[ \t]+)*"
    r"(?:[Ww]hite[ \t]+[Pp]aper|[Tt]hreat[ \t]+[Aa]ssessment|[Aa]ssessment|[Rr]eport|[Rr]eview|"
    r"[Ss]trategy))\b"
)
"""A document named by its title ("the Defense of Japan 2025 white paper", "the National
Threat Assessment 2025")."""
"""The document named again ("the document", "The paper", "the white paper")."""


_ACRONYMS = frozenset(
    "NATO KCNA TASS NIS JCS HUR CIA FBI IAEA ASEAN OSCE UNSC CNN BBC NHK KBS MBC SBS AFP "
    "DPRK ROK USA USSR EU UN".split()
)
"""Capitalised words that are organisations, never a family name in capitals."""


NAME_PARTICLES = frozenset("de da di van von der den du del della dos das bin ibn".split())
"""Lower-case words inside a person's name ("Nicolas de Riviere")."""


_JOINED_PARTICLE = re.compile(
    r"(?:al|el|ad|ash|as|at|az|ar|an|abd|abu|bin|ibn|bint)-[A-Z][\w'\u2019-]*[,.]?"
)
"""A name's word that opens with a joined particle ("al-Saif", "el-Sisi", "bin-Salman"):
capitalised for a name's purposes."""


def capitalised(word: str) -> bool:
    """A word that may stand in a name: capitalised, or joined to a particle ("al-Saif")."""
    return word[:1].isupper() or _JOINED_PARTICLE.fullmatch(word) is not None


def name_words(words: list[str]) -> bool:
    """Whether the words read as a name: capitalised, a particle inside allowed."""
    return bool(words) and all(
        capitalised(w) or (0 < i < len(words) - 1 and w in NAME_PARTICLES)
        for i, w in enumerate(words)
    )


_STATE_WORDS = frozenset("federation republic kingdom emirates states".split())
"""The words of a state's formal name, never a person's ("the Russian Federation")."""
_DEPARTMENTS = frozenset(
    "commerce energy defense defence finance health justice labor labour agriculture education "
    "transportation transport interior trade industry unification economy culture state".split()
)
"""A minister's or secretary's portfolio after "of" or "for" ("Secretary of Commerce",
"Deputy Secretary of State")."""


_OPENING_DATE = re.compile(
    r"(?i)(?:on\s+)?(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),?\s+"
)
"""A date that opens a phrase found before a speech verb ("on January 4 the White House
said"): when it was said, no part of who said it."""
_PLACE_NOUNS = frozenset(
    "square street avenue palace station airport cosmodrome stadium river island hotel "
    "guesthouse hospital plaza district boulevard province region county prefecture oblast "
    "city krai territory".split()
)
"""A place's last word: a run of capitalised words that ends on it names no person (not
"Park" or "Hall", which are family names too)."""
_PORTFOLIO_WORDS = frozenset(
    "relations resources environment ecology development cooperation policy security "
    "industries communications".split()
)
"""The last word of a portfolio, never of a name ("Minister of Natural Resources and
Environment Alexander Kozlov")."""


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """``(title words, name words)``: the name is the capitalised run that ends the
    phrase, not counting title words, organisations or nationalities."""
    name: list[str] = []
    if len(words) > 1 and words[-1].strip(",.").lower() in _PLACE_NOUNS:
        return words, []  # "Kim Il Sung Square": a place, though a name opens it
    for i, word in enumerate(reversed(words)):
        bare = word.strip(",.").lower()
        if (
            i == 0
            and len(words) > 1
            and re.fullmatch(r"[A-Z][a-z]{1,3}", word)
            and words[-2][:1].isupper()
            and words[-2].strip(",.").lower() not in _TITLE_WORDS | _ORG_WORDS
        ):
            # a title's short form never ends a phrase: in "Defense Minister Nakatani Gen"
            # (family name first) "Gen" is the given name, not "General"
            name.insert(0, word)
            continue
        if bare in NAME_PARTICLES and name and i + 1 < len(words):
            earlier = words[len(words) - i - 2]
            plain = earlier.strip(",.").lower()
            if earlier.lower() in NAME_PARTICLES or (
                earlier[:1].isupper() and plain not in _TITLE_WORDS | _ORG_WORDS
            ):
                name.insert(0, word)  # "Nicolas de Riviere", "Ursula von der Leyen"
                continue
        if (
            i == 1
            and name
            and re.fullmatch(r"[A-Z][a-z]{1,3}", word)
            and len(words) > 2
            and words[-3].strip(",.").lower() in _TITLE_WORDS
        ):
            # a title's short form without its period after a title is a given name:
            # "Defense Minister Gen Nakatani" is no general
            name.insert(0, word)
            continue
        if not capitalised(word) or bare in _TITLE_WORDS | _ORG_WORDS | _STATE_WORDS:
            break  # "Minister of Defence of the Russian Federation Andrei Belousov"
        if bare in _PORTFOLIO_WORDS:
            break  # "Minister of External Economic Relations Yun Jong Ho"
        if "-" in bare and any(part in _TITLE_WORDS for part in bare.split("-")):
            break  # a title written with hyphens: "Secretary-General", "Vice-President"
        if (
            bare in _DEPARTMENTS
            and i + 1 < len(words)
            and words[len(words) - i - 2].lower() in ("of", "for")
        ):
            break  # "Under Secretary of Commerce Alan Estevez": the portfolio is the title's
        if word.endswith(("'s", "\u2019s")) or country_of([word]) is not None:
            break
        if name and _country_exactly(f"{word} {name[0]}"):
            name.pop(0)  # "Ambassador to South Korea Georgy Zinoviev": a country of two words
            break
        if bare in _CALENDAR_WORDS:
            break  # "on Friday Kim Jong Un": the day is no part of the name
        if bare in _PLACE_NOUNS and name:
            break  # "Governor of Kursk Region Alexei Smirnov": the place is the title's
        if (
            i == 1
            and name
            and re.fullmatch(r"[A-Z]{3,}", word.strip(","))
            and name[0][:1].isupper()
            and name[0][1:2].islower()
            and country_of([word.capitalize()]) is None
            and word.strip(",") not in _ACRONYMS
        ):
            # a family name in capitals before the given name, as Japan's government
            # writes it ("Chief Cabinet Secretary HAYASHI Yoshimasa")
            name.insert(0, word.capitalize())
            continue
        if (
            re.fullmatch(r"[A-Z]\.", word)
            and name
            and i + 1 < len(words)
            and re.fullmatch(r"[A-Z][a-z]+", words[len(words) - i - 2])
            and words[len(words) - i - 2].lower() not in _TITLE_WORDS | _ORG_WORDS
            and country_of([words[len(words) - i - 2]]) is None
            and country_of(name[:1]) is None
            and not re.match(r"Korean?s?\b", name[0])
        ):
            name.insert(0, word)  # a middle initial: "Brian E. Nelson" (not "Putin N. Korea")
            continue
        if re.fullmatch(r"[A-Z]\.?|(?:[A-Z]\.)+[A-Z]?|[A-Z]{2,}", word.strip(",")):
            break  # an initial alone, or an acronym ("U.N.", "FM", "NATO")
        name.insert(0, word)
        if len(name) == 4:
            break
    if name and _country_exactly(" ".join(name)):
        return words, []  # "ambassador to South Korea": a place, not a name
    return words[: len(words) - len(name)], name


@dataclass(slots=True)
class Resolved:
    ref: str | None
    text: str
    by: str  # name, alias, title, fuzzy, pronoun, anaphor, description, new
    new_actor: dict[str, Any] | None = None


_RESOLVER_STATE = (
    "taken",
    "new_actors",
    "_by_id",
    "_by_name",
    "_person_names",
    "statement_by",
    "speakers",
    "voiced",
    "sexes",
    "documents",
    "_introduced",
)
"""The resolver's memory of one source, which ``Resolver.probe`` leaves as it found it."""


class Resolver:
    """Resolves speaker phrases of one source; remembers the speakers already drafted
    (for pronouns) and the actors proposed (once each)."""

    def __init__(self, ledger: Ledger, source: Source, analysis: Analysis) -> None:
        self.source = source
        self.text = source.text
        self.analysis = analysis
        self.published = published_date(source)
        outlet = source.meta.get("outlet")
        own = outlet if isinstance(outlet, str) else None
        self.index = Index.build(ledger, self.text, self.published, own)
        self.taken: set[str] = {
            str(r.get("id")) for records in ledger.sections.values() for r in records
        }
        self.new_actors: dict[str, dict[str, Any]] = {}  # folded name -> actor
        # indexes of the proposals, so that each look-up does not walk them all
        self._by_id: dict[str, dict[str, Any]] = {}
        self._by_name: dict[str, int] = {}  # folded name or alias -> order proposed
        self._person_names: list[tuple[str, int]] = []  # names with a space, of persons
        self._runs: dict[str, list[tuple[int, str]]] | None = None  # see full_name
        self._countries: set[str] | None = None  # the countries the text names
        # who issued the statement whose text follows "issued the following statement:"
        self.statement_by: Resolved | None = None
        self.speakers: list[tuple[int, str, str]] = []  # (pos, ref, kind) of earlier drafts
        # (pos, ref) of earlier drafts by a body that a person spoke for ("the
        # representative of the Republic of Korea said"): "he" may be that body's voice
        self.voiced: list[tuple[int, str]] = []
        self.sexes: dict[str, str] = {}  # a person's sex as a pronoun for them gave it
        self.documents: list[tuple[int, list[Resolved]]] = []  # (pos, issuer) of "X's report"
        outlet = source.meta.get("outlet")
        self.outlet = outlet if isinstance(outlet, str) else None
        self._outlet_entry = next((o for o in ledger.outlets if o.get("id") == self.outlet), None)
        self._introduced: dict[str, list[tuple[int, str]]] = {}  # name: (where, nationality)

    def _quoted_state_only(self, ref: str, pos: int) -> bool:
        """Whether ``ref`` is a state that has not spoken before ``pos`` and that the text
        last named inside a quotation (a speaker's words, not the narration)."""
        if self.kind_of(ref) != "government" or any(
            r == ref for p, r, _ in self.speakers if p < pos
        ):
            return False
        seen = [m.start for m in self.index.before(pos) if m.ref == ref]
        return bool(seen) and any(q.start <= max(seen) < q.end for q in self.analysis.quotes)

    def _home_government(self) -> str | None:
        """The known government of the country the source's outlet writes from."""
        country = (self._outlet_entry or {}).get("country")
        found = [
            ref
            for ref, kind in self.index.kinds.items()
            if kind == "government" and country and self.index.countries.get(ref) == country
        ]
        return found[0] if len(found) == 1 else None

    def outlet_entry(self) -> dict[str, Any] | None:
        """The ledger's entry of the source's outlet, if it has one."""
        return self._outlet_entry

    # -- what is known about a ref ---------------------------------------------------------
    def proposed(self, ref: str) -> dict[str, Any] | None:
        return self._by_id.get(ref)

    def country_of_ref(self, ref: str | None) -> str | None:
        """The country of an actor: the ledger's, else the one proposed with it."""
        if not ref:
            return None
        return self.index.countries.get(ref) or (self.proposed(ref) or {}).get("country")

    def kind_of(self, ref: str) -> str:
        if ref in self.index.kinds:
            return self.index.kinds[ref]
        proposed = self.proposed(ref)
        return str(proposed["kind"]) if proposed else "person"

    def name_of(self, ref: str) -> str:
        if ref in self.index.names:
            return self.index.names[ref]
        proposed = self.proposed(ref)
        return str(proposed["name"]) if proposed else ref

    def paragraph_of(self, pos: int) -> int:
        return self.analysis.sentence_at(pos)[2]

    def remember(self, ref: str | None, pos: int, surface: str = "") -> None:
        if ref:
            self.speakers.append((pos, ref, self.kind_of(ref)))
            if self.kind_of(ref) != "person" and _VOICE.search(surface):
                self.voiced.append((pos, ref))

    def media_in(self, start: int, end: int) -> str | None:
        """A known outlet or state medium named in ``start``..``end``."""
        for m in self.index.within(start, end):
            if m.kind in ("outlet", "state-media"):
                return m.ref
        return None

    # -- anaphora --------------------------------------------------------------------------
    @staticmethod
    def _fits(kind: str, want: str) -> bool:
        if want == "person":
            return kind == "person"
        if want == "media":
            return kind in ("outlet", "state-media")
        if want == "body":
            return kind not in ("person", "collective")
        if want == "organisation":
            return kind in ("organisation", "state-media")
        if want == "institution":
            return kind == "organisation"
        return True

    def _state_of(self, code: str, pos: int) -> str | None:
        """The government actor of the country ``code``: the ledger's, else proposed."""
        state = next(
            (r for r, k in self.index.kinds.items()
             if k == "government" and self.index.countries.get(r) == code),
            None,
        )  # fmt: skip
        if state is None:
            new = self.propose(COUNTRIES[code][0], pos)
            state = str(new["id"]) if new else None
        return state

    def antecedent(self, pos: int, want: str, noun: str = "", modifier: bool = False) -> str | None:
        """The nearest earlier speaker or mention that fits (speakers first for bodies)."""
        para = self.paragraph_of(pos)
        earlier = [(p, ref, kind) for p, ref, kind in self.speakers if p < pos]
        mentions = [(m.start, m.ref) for m in self.index.before(pos) if self._fits(m.kind, want)]
        if noun == "government":
            # "Japan will freeze the assets of ... North Korea and Russia, the government
            # said": the state that is the sentence's subject, not the last one named
            sentence_start = self.analysis.sentence_at(pos)[0]
            subject = main_subject(self.analysis.masked, sentence_start, pos)
            code = _country_exactly(self.text[subject[0] : subject[1]]) if subject else None
            if code is not None:
                state = self._state_of(code, sentence_start)
                if state is not None:
                    return state
        if noun and noun not in ("statement", "report", "release"):
            heads = _HEAD_SYNONYMS.get(noun, (noun,))
            spans = {m.start: m.end for m in self.index.before(pos)}
            named = (
                [
                    (p, r)
                    for p, r, k in earlier
                    if any(h in self.name_of(r).lower().split() for h in heads)
                    and not (k == "person" and want in ("body", "organisation", "institution"))
                    # "a trade ministry official" is no ministry
                ]
                + [
                    (p, r)
                    for p, r in mentions
                    if any(h in self.name_of(r).lower() for h in heads)
                    or any(h in self.text[p : spans.get(p, p)].lower() for h in heads)
                ]
            )
            if not named:
                # a speaker named by the noun in its own sentence ("A spokesperson for
                # South Korea's foreign ministry told"): the subject, not a possessor
                # (the noun heading that phrase, or a speaker of the kind wanted: "the
                # panel" is not the ambassador whose lead began "Russia's veto of a UN
                # panel that monitors ...")
                named = [
                    (p, r)
                    for p, r, k in earlier
                    if self.text[max(0, p - 1) : p] not in _OPENING_MARKS
                    # (not a quotation's own words: "'The panel has been the eyes and ears
                    # of this council,' Yamazaki said" puts no panel before "said")
                    and noun in _before_verb(self._surface_at(p)).lower()
                    and (self._fits(k, want) or noun in self._surface_at(p).lower().split()[:4])
                ]
            if named:
                return max(named)[1]
            titled = self._titled_body(noun, pos)
            if titled is not None:
                return titled
            if noun in _NAMED_ONLY:
                return None  # "the panel of experts" with no panel before: a new body
            if modifier and noun in _BODY_NOUNS:
                # "the presidential office" after the NIS spoke: another body, not that one
                near = [
                    (p, r, k)
                    for p, r, k in earlier
                    if para - self.paragraph_of(p) <= 3 and self._fits(k, want)
                ]
                if near and max(near)[2] not in ("government", "collective", "person"):
                    return None
        if noun in _BODY_NOUNS and noun not in ("agency", "service", "bureau"):
            # "the presidential office" is no news outlet named in the dateline
            mentions = [(p, r) for p, r in mentions if self.kind_of(r) != "outlet"]
        if noun in _BODY_NOUNS and noun != "government":
            # "the ministry" is a body of a state, not the state itself (unless the text
            # names no body: then the state it belongs to)
            bodies = [
                (p, r) for p, r in mentions if self.kind_of(r) in ("organisation", "state-media")
            ]
            if not bodies:
                sentence_start = self.analysis.sentence_at(pos)[0]
                same = [(p, r) for p, r in mentions if p >= sentence_start]
                if same and not [s for s in self.speakers if s[0] < pos]:
                    return min(same)[1]  # "South Korea summoned ..., the foreign ministry said"
            mentions = bodies or mentions
        speakers = [
            (p, ref, kind)
            for p, ref, kind in earlier
            if self._fits(kind, want) and para - self.paragraph_of(p) <= 3
        ]
        if want == "person":
            pool = [(p, r) for p, r, _ in speakers] + mentions
            for p, r in reversed(self.voiced):  # in the order drafted: stop when too far
                if p >= pos:
                    continue
                if para - self.paragraph_of(p) > 1:
                    break
                pool.append((p, r))
            return max(pool)[1] if pool else None
        if speakers:
            # "it said": a body that speaks (a ministry, an agency) before a country
            bodies = [(p, r) for p, r, k in speakers if k not in ("government", "collective")]
            return max(bodies or [(p, r) for p, r, _ in speakers])[1]
        return max(mentions)[1] if mentions else None

    def _body_subject_before(self, sent_start: int) -> Resolved | None:
        """The body that is the subject of the sentence just before, in the same
        paragraph ("The Russian Embassy in Ottawa did not respond to a request for
        comment. In a post on social media, it called ..."): what "it" opening the next
        sentence stands for. None when that subject is no body (a person, the outlet, a
        pronoun, a thing)."""
        index = self.analysis.sentence_index(sent_start) - 1
        if index < 0:
            return None
        s0, s1, para = self.analysis.sentences[index]
        if para != self.paragraph_of(sent_start) or s1 > sent_start + 1:
            return None
        subject = main_subject(self.analysis.masked, s0, s1)
        if subject is None:
            return None
        found = [r for r in self.resolve(subject[0], subject[1], None) if r.ref]
        if len(found) != 1 or found[0].by == "pronoun" or found[0].ref == self.outlet:
            return None
        kind = self.kind_of(found[0].ref or "")
        return found[0] if kind in ("organisation", "government", "state-media") else None

    def _person_pronoun(self, pos: int, pronoun: str) -> Resolved | None:
        """Whom "he" or "she" stands for: the last person the running text gave words to
        or named as the subject of the sentence just before ("Fyodor Tertitskiy ... is
        sceptical that .... It will last, he says, ..."; "A former ambassador to Moscow,
        Wi Sung-lac, put it bluntly to me. "...," he said."), passing over those the text
        marks as of the other sex ("Vladimir Putin has called the treaty he signed ... a
        defensive pact. "...," she says."). None: the earlier rule decides."""
        para = self.paragraph_of(pos)
        sent_start = self.analysis.sentence_at(pos)[0]
        pool: list[tuple[int, str, dict[str, Any] | None]] = [
            (p, r, None)
            for p, r, k in self.speakers
            if p < sent_start and k == "person" and para - self.paragraph_of(p) <= 6
        ]
        pool += [
            (m.start, m.ref, None)
            for m in self.index.before(sent_start)
            if m.kind == "person" and para - self.paragraph_of(m.start) <= 6
        ]
        named_before = False
        index = self.analysis.sentence_index(sent_start) - 1
        previous = self.analysis.sentences[index] if index >= 0 else None
        if previous is not None and previous[1] <= sent_start + 1 and para - previous[2] <= 1:
            s0, s1, _ = previous
            subject = main_subject(self.analysis.masked, s0, s1)
            if subject is not None:
                appositive = re.match(
                    r",\s+((?:[A-Z][\w'-]+\s+){1,3}[A-Z][\w'-]+),", self.text[subject[1] : s1]
                )
                if appositive is not None:  # "A former ambassador to Moscow, Wi Sung-lac,"
                    subject = (
                        subject[1] + appositive.start(1),
                        subject[1] + appositive.end(1),
                    )
            words = self.text[subject[0] : subject[1]] if subject is not None else ""
            opener = re.match(r"(\w+)\s+", words)
            if subject is not None and opener and opener.group(1).lower() in _CLAUSE_OPENERS:
                subject = (subject[0] + opener.end(), subject[1])  # "But Putin hinted at more"
                words = words[opener.end() :]
            if (
                subject is not None
                and re.match(r"(?:[A-Z][a-z]*\.?\s+){0,3}?[A-Z][a-z]+[- ][A-Z][a-z]+", words)
                and words.split()[0] not in ("A", "An", "The")
            ):
                found = [r for r in self.resolve(subject[0], subject[1], None) if r.ref]
                if (
                    len(found) == 1
                    and found[0].by != "pronoun"
                    and self.kind_of(found[0].ref or "") == "person"
                    and self.name_of(found[0].ref or "").split()[-1].lower() not in _PERSON_NOUNS
                ):
                    pool.append((subject[0], found[0].ref or "", found[0].new_actor))
                    named_before = True
        other = "female" if pronoun == "he" else "male"
        fitting = [c for c in pool if self._sex(c[1], sent_start) != other]
        if not fitting or (len(fitting) == len(pool) and not named_before):
            return None  # no person marked of the other sex, none named just before
        _, ref, new_actor = max(fitting, key=lambda c: c[0])
        self.sexes[ref] = "male" if pronoun == "he" else "female"  # '"...," he said'
        return Resolved(ref, self.name_of(ref), "pronoun", new_actor)

    def _sex(self, ref: str, until: int) -> str | None:
        """ "male" or "female" where the text before ``until`` marks it: an honorific
        before the surname ("Mr Cha", "Ms Kim") or the first personal pronoun after the
        name in a sentence that names it ("the treaty he signed", "asked that her surname
        not be used"), or a pronoun that stood for it before ('"...," he said')."""
        if ref in self.sexes:
            return self.sexes[ref]
        name = self.name_of(ref).split()
        if not name:
            return None
        surname = re.escape(name[-1])
        text, until = self.text, max(0, until)
        start = max(0, until - 6000)  # the paragraphs a pronoun reaches back over
        honorific = re.compile(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+{surname}\b").search(text, start, until)
        if honorific is not None:
            return "male" if honorific.group(1) == "Mr" else "female"
        for m in re.compile(rf"\b{surname}\b").finditer(text, start, until):
            end = self.analysis.sentence_at(m.start())[1]
            after = _PERSONAL.search(text, m.end(), min(end, until))
            if after is not None:
                return "male" if after.group(1) in ("he", "his", "him") else "female"
        return None

    def _accused_pair(self, pos: int) -> list[str]:
        """The two states "both countries" names: those the sentence names before it,
        not its subject ("The US has accused North Korea of supplying Russia ...,
        charges both countries have denied": North Korea and Russia, not the accuser)."""
        sent_start = self.analysis.sentence_at(pos)[0]
        subject = main_subject(self.analysis.masked, sent_start, pos)
        states: list[str] = []
        for m in self.index.within(sent_start, pos):
            if self.kind_of(m.ref) != "government" or m.ref in states:
                continue
            if subject is not None and subject[0] <= m.start < subject[1]:
                continue
            states.append(m.ref)
        if len(states) < 2 and sent_start > 0:
            # "with the two delegations pledging ...": the two states the sentence before
            # names, when this one names none
            s0, s1, _ = self.analysis.sentence_at(sent_start - 1)
            before = []
            for code in countries_in(self.text[s0:s1]):
                ref = next(
                    (r for r, k in self.index.kinds.items()
                     if k == "government" and self.index.countries.get(r) == code),
                    None,
                )  # fmt: skip
                if ref and ref not in before:
                    before.append(ref)
            if not states and len(before) == 2:
                return before
            accuser = main_subject(self.analysis.masked, s0, s1)
            if not states and len(before) > 2 and accuser is not None:
                # "The United States accuses North Korea of supplying Russia with shells for
                # use in Ukraine. The two governments say ...": the first two it accuses
                named = _country_exactly(self.text[accuser[0] : accuser[1]])
                rest = [r for r in before if self.index.countries.get(r) != named]
                if len(rest) < len(before) and len(rest) >= 2:
                    return rest[:2]
            charge = _ACCUSE_OF.search(self.text, s0, s1)
            if not states and len(before) > 2 and charge is not None:
                # "..., and it comes as the U.S. and its allies accuse North Korea of
                # supplying Russia with shells. Both governments deny ...": the two the
                # charge names after its verb
                accused = [
                    r
                    for code in countries_in(self.text[charge.end() : s1])
                    for r in before
                    if self.index.countries.get(r) == code
                ]
                if len(accused) >= 2:
                    return accused[:2]
        if not states:
            return self._most_named_pair(pos)
        return states[-2:] if len(states) >= 2 else []

    def _most_named_pair(self, pos: int) -> list[str]:
        """The two states the text names together (or names persons or bodies of) in the
        most sentences before ``pos``, the pair named first on a tie, leaving out a state
        the sentence names as the owner of the claims denied ("Both countries have
        rejected the U.S. claims as groundless" in a story on Russia and North Korea that
        last quoted the State Department)."""
        sent_start, sent_end, _ = self.analysis.sentence_at(pos)
        named_here = {
            code
            for m in _ACCUSER.finditer(self.text, pos, sent_end)
            for code in countries_in(m.group(0))
        }  # "the U.S. claims", "accusations by Washington": the accuser, not the accused
        together: dict[tuple[str, str], int] = {}
        first: dict[tuple[str, str], int] = {}
        for n, (s0, s1, _) in enumerate(self.analysis.sentences):
            if s0 >= sent_start:
                break
            marked = countries_in(self.text[s0:s1]) + [
                code
                for m in self.index.within(s0, s1)
                if (code := self.country_of_ref(m.ref)) is not None
            ]
            codes = sorted(c for c in dict.fromkeys(marked) if c not in named_here)
            for a, b in combinations(codes, 2):
                together[(a, b)] = together.get((a, b), 0) + 1
                first.setdefault((a, b), n)
        if not together:
            return []
        pair = min(together, key=lambda k: (-together[k], first[k]))
        states = [self._state_of(code, pos) for code in pair]
        return [s for s in states if s] if all(states) else []

    def _placed_state(self, start: int, words: list[str]) -> str | None:
        """The state whose capital opens the sentence, for a body of a state named by its
        noun right after it ("In Seoul, the foreign ministry said ...", "In Tokyo, the
        government said"): wire copy moves between capitals so, and the state last named
        is often the one the ministry speaks about. A body named by its own name ("the
        State Department") is no such anaphor."""
        lower = [w.lower() for w in words]
        if not (
            2 <= len(words) <= 4
            and lower[0] == "the"
            and (lower[-1] in _BODY_NOUNS or lower[-1] == "government")
            and all(w.isalpha() and w.islower() for w in words[1:])
        ):
            return None
        sent_start = self.analysis.sentence_at(start)[0]
        opening = _PLACE_OPENING.fullmatch(self.text, sent_start, start)
        if opening is None:
            return None
        code = country_of(opening.group("place").split())
        return self._state_of(code, start) if code is not None else None

    def _country_fits(self, pos: int, words: list[str], noun: str) -> bool:
        """ "The Russian envoy" refers back only to a Russian antecedent."""
        marked = country_of(words[1:-1])
        if marked is None:
            return True
        ref = self.antecedent(pos, _ANAPHOR_NOUNS[noun], noun)
        if ref is None:
            return False
        country = self.country_of_ref(ref)
        return (country or self.introduced_country(ref, pos)) == marked

    def introduced_country(self, ref: str, pos: int) -> str | None:
        """The nationality just before the name where the text introduces a person new to
        the ledger, whose proposal has no country ("his North Korean counterpart Choe Son
        Hui")."""
        proposed = self.proposed(ref)
        if proposed is None or proposed.get("kind") != "person" or proposed.get("country"):
            return None
        name = str(proposed.get("name"))
        marked = self._introduced.get(name)
        if marked is None:  # every place the name is written, once per name
            marked = []
            for m in re.compile(re.escape(name)).finditer(self.text):
                before = re.split(
                    r"[,.;:()\"\u201c\u201d\n]", self.text[max(0, m.start() - 40) : m.start()]
                )
                country = country_of(before[-1].split()[-3:])
                if country is not None:
                    marked.append((m.start(), country))
            self._introduced[name] = marked
        return next((country for at, country in marked if at < pos), None)

    def _surface_at(self, pos: int) -> str:
        m = re.match(r"[\w' .-]{0,60}", self.text[pos:])
        return m.group(0) if m else ""

    def person_after(self, pos: int) -> str | None:
        """A known person named right after an anonymous description (lede, then name)."""
        para = self.paragraph_of(pos)
        for m in self.index.mentions:
            if m.start <= pos or m.kind != "person":
                continue
            if self.paragraph_of(m.start) - para > 1:
                return None
            return m.ref
        return None

    # -- speaker resolution ----------------------------------------------------------------
    def probe(self, start: int, end: int, appositive: tuple[int, int] | None) -> list[Resolved]:
        """What ``resolve`` would give, leaving no trace: no actor proposed, no speaker
        remembered (for a look ahead at names the story gives later)."""
        state = {k: copy.deepcopy(getattr(self, k)) for k in _RESOLVER_STATE}
        try:
            return self.resolve(start, end, appositive)
        finally:
            for k, v in state.items():
                setattr(self, k, v)

    def resolve(self, start: int, end: int, appositive: tuple[int, int] | None) -> list[Resolved]:
        text = self.text
        if appositive is not None and _ADVERBIAL.match(text, appositive[0], appositive[1]):
            # "One of the soldiers, in an interview published by a newspaper, said": words
            # between commas that open with a preposition say where or how, not who
            appositive = None
        while start < end and (text[start].isspace() or text[start] in "(["):
            start += 1
        pair_after = _PAIR_AFTER_HEAD.match(text, start, end)
        if pair_after is not None:
            # "..., a charge both countries deny", "charges the two governments have
            # rejected": the pair after the noun speaks, its "that" left out
            start = pair_after.end()
        there = re.search(r"\s+(?:there|here)\s*$", text[start:end])
        if there is not None and len(text[start:end].split()) > 2:
            end = start + there.start()  # "A senior official there told me"
        acronym = re.search(r"\s*\([A-Z][A-Za-z]{1,6}\)?[\s,.;:]*$", text[start:end])
        if acronym and acronym.start() > 0 and self.head_mention(start, end) is None:
            end = start + acronym.start()  # "The National Intelligence Service (NIS)"
        briefed = _BRIEFED_BY.search(text, start, end)
        if briefed is not None and (
            len(text[start : briefed.start()].split()) > 1
            or briefed.group(0).split()[0] != "familiar"
        ):  # "A lawmaker briefed by the spy agency said"; "people familiar with" stays whole
            end = briefed.start()
        phrase = text[start:end].strip(" ,.;:")
        words = phrase.split()
        if not words:
            return []
        lower = [w.lower().strip(".,'\u2019") for w in words]
        given = _GIVEN_NAME_AFTER.match(text, end, self.analysis.sentence_at(end)[1])
        if given is not None and lower[0] in ("a", "an"):
            # "a battery commander ... who asked to be identified by his first name,
            # Andrii": the one name the copy gives is the speaker's
            new = self.propose(given.group("name"), given.start("name"), given=True)
            if new is not None:
                return [Resolved(new["id"], phrase, "new", new)]
        office = _PERSONS_OFFICE.fullmatch(phrase)
        if office is not None:
            # "Prime Minister Fumio Kishida's office said": the office speaks for the
            # person; a country's or a body's office stays an office of its own
            a = start + (len(text[start:end]) - len(text[start:end].lstrip())) + office.start(1)
            found = self.resolve(a, a + len(office.group(1)), None)
            if found and all(self.kind_of(r.ref or "") == "person" for r in found):
                return [Resolved(r.ref, phrase, r.by, r.new_actor) for r in found]
        if appositive is not None and self.head_mention(start, end) is None:
            # "Japan's top government spokesperson, Hirokazu Matsuno, said": the name is
            # in the appositive, the title in the head
            appo = text[appositive[0] : appositive[1]].strip(" ,")
            appo_words = appo.split()
            titled_head = bool(
                re.search(
                    r"(?i)\b(?:" + "|".join(sorted(_TITLE_WORDS)) + r")\s+(?:to|of|for|at)\s",
                    phrase,
                )
            )  # "Russia's ambassador to the United Nations, Vassily Nebenzia,"
            named = split_title(appo_words)[1]
            if (not split_title(words)[1] or titled_head) and (
                (2 <= len(appo_words) <= 4 and name_words(appo_words))
                # "Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa
                # Hayashi,": a title before the name in the appositive too
                or (2 <= len(named) <= 4 and len(appo_words) <= 10)
            ):
                a0 = appositive[0] + (
                    len(text[appositive[0] : appositive[1]])
                    - len(text[appositive[0] : appositive[1]].lstrip())
                )
                return self.resolve(a0, a0 + len(appo), (start, end))
        if len(words) == 1 and lower[0] in _PRONOUNS:
            sent_start = self.analysis.sentence_at(start)[0]
            opening = _WHEN_CLAUSE.match(text, sent_start, start)
            if opening is not None and lower[0] in ("he", "she"):
                # "When Russian Security Council Secretary Sergei Shoigu flew into Pyongyang
                # ..., he brought an announcement": the person the opening clause names
                found = [
                    Resolved(r.ref, phrase, "pronoun", r.new_actor)
                    for r in self.resolve(opening.start("np"), opening.end("np"), None)
                    if r.ref and self.kind_of(r.ref) == "person"
                ]
                if found:
                    return found[:1]
            if lower[0] in ("he", "she"):
                person = self._person_pronoun(start, lower[0])
                if person is not None:
                    return [Resolved(person.ref, phrase, "pronoun", person.new_actor)]
            if lower[0] == "it" and _CLAUSE_OPENING.fullmatch(text, sent_start, start):
                body = self._body_subject_before(sent_start)
                if body is not None:
                    return [Resolved(body.ref, phrase, "pronoun", body.new_actor)]
            ref = self.antecedent(start, _PRONOUNS[lower[0]])
            if ref is None or (
                lower[0] == "it" and re.search(r"[a-z]\s+$", text[sent_start:start]) is not None
            ):
                # "The Treasury ... sanctioned three people it accused of": in a relative
                # clause, the subject of the pronoun's own sentence, before any earlier
                # speaker (not so in ", it said" closing what the subject is said to do)
                subject = main_subject(self.analysis.masked, sent_start, start)
                if subject is not None and subject[1] < start:
                    found = [
                        Resolved(r.ref, phrase, "pronoun", r.new_actor)
                        for r in self.resolve(subject[0], subject[1], None)
                        if r.ref and r.by != "pronoun"
                    ]
                    if found and self.kind_of(found[0].ref or "") != "person":
                        return found
            return [Resolved(ref, phrase, "pronoun")] if ref else []
        inside = [(m.start, m.end) for m in self.index.within(start, end)]
        parts = coordination(text, start, end, inside)
        resolved: list[Resolved] = []
        unknown: list[tuple[int, int]] = []
        for a, b in parts:
            if len(parts) > 1 and _OTHERS_COUNTED.fullmatch(text[a:b].strip(" ,")):
                continue  # "Japan and more than 40 other countries said": no one named
            party = _PARTY_TAIL.search(text, a, b)
            if party is not None and party.start() > a:
                b = party.start()  # "Jeanne Shaheen (D-N.H.) and Pete Ricketts (R-Neb.)"
            mention = self.head_mention(a, b)
            if mention is not None:
                resolved.append(
                    Resolved(mention.ref, text[mention.start : mention.end], mention.by)
                )
            else:
                unknown.append((a, b))
        if appositive and not resolved:
            titled = [m for m in self.index.within(*appositive) if m.by == "title"]
            if titled:
                return [Resolved(titled[0].ref, phrase, "title")]
        out: list[Resolved] = list(resolved)
        if not resolved or len(parts) > 1:
            for a, b in unknown:
                out.extend(self.describe(a, b, many=len(parts) > 1, appositive=appositive))
        if not any(r.ref for r in out) and len(parts) == 1:
            document = self._named_document(phrase, start)
            if document is not None:
                return [document]
        unique: dict[str | None, Resolved] = {}
        for r in out:
            unique.setdefault(r.ref, r)
        return list(unique.values())

    def _named_document(self, phrase: str, pos: int) -> Resolved | None:
        """A document that speaks with no issuer the text names ("according to the Defense
        of Japan 2025 white paper", then "the paper says"): the document itself, by the
        title it was first named with, proposed for review."""
        own = _TITLED_DOCUMENT.fullmatch(phrase)
        if own is not None:
            title, at = own.group("title"), pos + own.start("title")
        elif _DOCUMENT_AGAIN.fullmatch(phrase):
            earlier = [
                m
                for m in _TITLED_DOCUMENT.finditer(self.text, 0, pos)
                if self.paragraph_of(pos) - self.paragraph_of(m.start()) <= 6
            ]
            if not earlier:
                return None
            title, at = earlier[-1].group("title"), earlier[-1].start("title")
        else:
            return None
        new = self.propose(title, at, document=True)
        if new is None or new.get("kind") != "organisation":
            return None
        return Resolved(str(new["id"]), phrase, "anaphor", new)

    def _state_media_of(self, country: str | None) -> list[str]:
        """The known state media of ``country``."""
        return [
            ref
            for ref, kind in self.index.kinds.items()
            if kind == "state-media" and country and self.index.countries.get(ref) == country
        ]

    def head_mention(self, start: int, end: int) -> Mention | None:
        """The mention that heads a phrase: it ends the phrase (modifiers come before)."""
        inside = self.index.within(start, end)
        if not inside:
            return None
        tail = self.text[start:end].rstrip(" ,.;:)")
        last = inside[-1]
        governed = re.search(
            r"\b(?:to|of|for|at|in|with|from|on|by)\s+(?:the\s+)?$", self.text[start : last.start]
        ) or re.match(
            r"(?i)(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:sister|brother|wife|husband|"
            r"son|daughter|aide|envoy|spokesman|spokeswoman|spokesperson|adviser|advisor|"
            r"ambassador|representative)\s+(?:of|to|for)\b",
            self.text[start : last.start],
        )  # "the sister of leader Kim Jong Un" is not Kim Jong Un
        if (
            last.kind == "person"
            and last.by == "alias"
            and " " not in self.text[last.start : last.end].strip()
        ):
            given = re.search(r"([A-Z][\w'-]+)\s+$", self.text[start : last.start])
            if (
                given
                and given.group(1) not in self.name_of(last.ref).split()
                and (given.group(1).lower() not in _TITLE_WORDS)
            ):
                return None  # "Jung Pak" is not "Pak" Hyon Su
        if start + len(tail) - last.end <= 0 and not governed:
            return last  # not "ambassador to South Korea": the ambassador heads that
        rest = self.text[last.end : start + len(tail)]
        if re.fullmatch(r"\s*\([^)]*\)?", rest):  # "Korean Central News Agency (KCNA"
            return last
        if last.kind in ("outlet", "state-media") and re.fullmatch(
            r"(?:\s+(?:news|state|official|agency|wire|media|television|radio|service))+", rest
        ):
            return last  # "TASS news agency", "KCNA news agency"
        titled = [m for m in inside if m.by == "title"]
        return titled[-1] if titled else None

    def describe(
        self, start: int, end: int, many: bool, appositive: tuple[int, int] | None = None
    ) -> list[Resolved]:
        """A phrase naming no known actor: an anaphor, a description, or a new actor."""
        phrase = self.text[start:end].strip(" ,.;:")
        words = phrase.split()
        lower = [w.lower().strip(".,'\u2019") for w in words]
        if not words:
            return []
        possessor = re.match(
            r"(?i)(?:the\s+)?(.+?)(?:'s|\u2019s)\s+(?:spokesperson|spokesman|spokeswoman|"
            r"representative|delegate|delegation|report|study|analysis|assessment)$",
            phrase,
        )
        if possessor and not split_title(words)[1]:  # "the ministry's spokesperson"
            p0 = start + (len(self.text[start:end]) - len(self.text[start:end].lstrip()))
            return self.resolve(p0, p0 + possessor.end(1), None)
        side = re.fullmatch(r"(?i)the\s+(?P<who>[\w.'-]+(?:\s+[\w.'-]+)?)\s+side", phrase)
        code = country_of(side.group("who").split()) if side else None
        if code is not None:
            # "The U.S. side claimed", "the DPRK side": the state, in the idiom of
            # diplomatic copy
            state = self._state_of(code, start)
            if state is not None:
                return [Resolved(state, phrase, "description")]
        if re.fullmatch(r"(?i)the\s+head\s+of\s+(?:state|government)", phrase):
            # "the head of state said": the president (or premier) who spoke before
            ref = self.antecedent(start, "person", "president")
            if ref:
                return [Resolved(ref, phrase, "anaphor")]
        pair = re.fullmatch(
            r"(?i)(?:both|the\s+two)\s+(?:countries|nations|governments|sides|states|delegations)",
            phrase,
        )
        parties = re.fullmatch(
            r"(?i)(?:the|both)\s+(?:two\s+)?(?:parties|leaders|ministers)|the\s+sides", phrase
        )
        if parties:  # "The parties also expressed concern", "The ministers reaffirmed", "The
            # sides stressed": the two who spoke at the talks
            recent: list[str] = []
            for p, spoke, _ in reversed(self.speakers):
                if p < start and spoke not in recent:
                    recent.append(spoke)
                if len(recent) == 2:
                    return [Resolved(ref, phrase, "anaphor") for ref in reversed(recent)]
        if (
            lower[0] == "the"
            and 2 <= len(words) <= 4
            and lower[-1] in _DESCRIPTOR_NOUNS
            and not split_title(words[1:])[1]
        ):
            # "The Green politician called for", "The Mississippi Republican said": the
            # person who spoke last, within a few paragraphs
            para = self.paragraph_of(start)
            for p, spoke, kind in reversed(self.speakers):
                if p < start and kind == "person" and para - self.paragraph_of(p) <= 3:
                    return [Resolved(spoke, phrase, "anaphor")]
        if pair:
            states = self._accused_pair(start)
            if states:
                return [Resolved(ref, phrase, "anaphor") for ref in states]
        relative = re.search(
            r"(?i)\b(?:kim\s+jong[\s-]un(?:'s|\u2019s)\s+(?:\w+\s+)?sister|sister\s+of\s+"
            r"(?:the\s+)?(?:north\s+korean\s+)?(?:leader\s+)?kim\s+jong[\s-]un)\b",
            phrase,
        )
        if relative:  # "the powerful sister of North Korean leader Kim Jong Un"
            known = self.index.fuzzy("Kim Yo Jong")
            if known:
                return [Resolved(known, phrase, "description")]
            new = self.propose("Kim Yo Jong", start)
            if new:
                return [Resolved(new["id"], phrase, "description", new)]
        if lower[0] == "the" and len(words) == 2 and lower[1] == "report":
            # "The report also said": who spoke "in its report" or "in a report" before
            for p, spoke, _ in reversed(self.speakers):
                s0, s1, _ = self.analysis.sentence_at(p)
                if p < start and re.search(r"\b(?:its|a|the|their)\s+(?:\w+\s+)?report\b",
                                           self.text[s0:s1]):  # fmt: skip
                    return [Resolved(spoke, phrase, "anaphor")]
        if (
            lower[0] == "the"
            and len(words) == 3
            and lower[2] == "statement"
            and lower[1] in _ANAPHOR_NOUNS
            and lower[1] not in ("report", "statement", "release")
        ):  # "the ministry statement said": the ministry
            body = self.antecedent(start, _ANAPHOR_NOUNS[lower[1]], lower[1])
            if body:
                return [Resolved(body, phrase, "anaphor")]
        placed = self._placed_state(start, words)
        if placed is not None:
            return [Resolved(placed, phrase, "anaphor")]
        if (
            self.statement_by is not None
            and lower[-1] == "statement"
            and lower[0] in ("the", "this", "that")
            and len(words) <= 3
        ):  # "..., the statement added": who issued it
            by = self.statement_by
            return [Resolved(by.ref, phrase, "anaphor", by.new_actor)]
        if (
            lower[0] == "the"
            and len(words) <= 4
            and lower[-1] in _ANAPHOR_NOUNS
            and (
                all(w.islower() or country_of([w]) for w in words[1:-1])
                or (  # "the North Korean minister": a nationality of two words
                    len(words) == 4
                    and all(w[:1].isupper() for w in words[1:-1])
                    and country_of(words[1:-1]) is not None
                )
            )
            and words[-1].islower()
            and self._country_fits(start, words, lower[-1])
        ):
            sentence_start = self.analysis.sentence_at(start)[0]
            named = list(_ORG_NAME.finditer(self.text, sentence_start, start))
            if named and lower[-1] in ("tank", "group", "agency", "institute", "organisation"):
                org = named[-1]
                new = self.propose(org.group(1), org.start(1))
                if new:
                    return [Resolved(new["id"], phrase, "anaphor", new)]
            want = _ANAPHOR_NOUNS[lower[-1]]
            if lower[-1] == "agency" and any(
                w not in ("the", "news", "state", "state-run", "official") for w in lower[1:-1]
            ):
                want = "institution"  # "the spy agency" is no news agency
            modifier = any(not country_of([w]) for w in lower[1:-1])
            ref = self.antecedent(start, want, lower[-1], modifier)
            if ref and modifier and lower[-1] in _BODY_NOUNS and self.kind_of(ref) == "government":
                # "the unification ministry" is a body of its own, not the state last named;
                # "the foreign ministry", a portfolio every state has, is that state's
                mods = [w for w in lower[1:-1] if not country_of([w])]
                if not all(w in self.name_of(ref).lower() or w in _PORTFOLIOS for w in mods):
                    ref = None
            if ref and lower[-1] in _BODY_NOUNS and self._quoted_state_only(ref, start):
                # "The foreign ministry said" in a Seoul paper, "Moscow" last named in a
                # quotation: the ministry of the state the outlet writes from
                ref = self._home_government() or ref
            if ref:
                return [Resolved(ref, phrase, "anaphor")]
            described = self._described_before(lower[-1], start) if len(words) == 2 else None
            if described is not None:
                return [described]
        if lower[0] in ("a", "an") and lower[-1] in _PERSON_NOUNS and len(words) <= 5:
            ref = self.person_after(end)
            marked = country_of(words[1:-1])
            if ref and marked and self.index.countries.get(ref) not in (None, marked):
                ref = None  # "A South Korean military official", then an American named
            if ref:
                return [Resolved(ref, phrase, "description")]
        if many and len(words) == 1 and not words[0][:1].isupper():
            return []
        generic = re.fullmatch(
            r"(?i)(?:the\s+|its\s+|their\s+)?(?:(?P<owner>[\w.-]+(?:\s+[\w.-]+)?)(?:'s|\u2019s)\s+)?"
            r"(?:official\s+)?state(?:-run|-owned)?\s+"
            r"(?:media|news\s+agency|television|tv|broadcaster)",
            phrase,
        )
        if generic:  # "state media": the state medium of the country the sentence is about
            sent = self.analysis.sentence_at(start)
            owner = generic.group("owner")
            where = (country_of(owner.split()) if owner else None) or country_of(
                self.text[sent[0] : sent[1]].split()
            )  # "North Korea's state media"; "the regime's state media" as "state media"
            if lower[0] in ("its", "their") and sent[0] > 0:
                # "Its state media said": the country of the sentence before
                before = self.analysis.sentence_at(max(0, sent[0] - 2))
                where = country_of(self.text[before[0] : before[1]].split()) or where
            media = self._state_media_of(where)
            if not media and lower[0] not in ("its", "their"):
                # "State media said Thursday that Kim ...": the first country with one
                # state medium that this sentence, else the nearest sentence before, names
                i = self.analysis.sentence_index(start)
                for s0, s1, _ in reversed(self.analysis.sentences[max(0, i - 6) : i + 1]):
                    for code in countries_in(self.text[s0:s1]):
                        media = self._state_media_of(code)
                        if len(media) == 1:
                            break
                    if len(media) == 1:
                        break
            if len(media) == 1:
                return [Resolved(media[0], phrase, "anaphor")]
        # lower case: "South Korea's Defense Intelligence Agency" is a named agency
        spy = re.fullmatch(r"(?:[Tt]he\s+)?(.+?)\s+(?:spy|intelligence)\s+agency", phrase)
        owner = re.sub(r"(?:'s|\u2019s)$", "", spy.group(1)).split() if spy else []
        service = SPY_AGENCIES.get(country_of(owner) or "") if len(owner) <= 3 else None
        if service:  # "South Korea's spy agency": the one service the copy means
            known = self.index.fuzzy(service)
            if known:
                return [Resolved(known, phrase, "title")]
            new = self.propose(service, start)
            if new:
                return [Resolved(new["id"], phrase, "title", new)]
        titled_as = self._named_by_title(phrase, start)
        if titled_as is not None:
            return [titled_as]
        of_state = re.fullmatch(r"(?i)the\s+(leader|president)\s+of\s+(?:the\s+)?(.+)", phrase)
        # "the President of Russia": as "the Russia president"
        phrase_as = f"the {of_state.group(2)} {of_state.group(1)}" if of_state else phrase
        holder = re.match(r"(?i)the\s+(.+?)\s+(leader|president)$", phrase_as)
        if holder and not split_title(words)[1]:
            # "the North Korean leader": the holder the copy of these years means
            name = TITLE_HOLDERS.get(
                (country_of(holder.group(1).split()) or "", holder.group(2).lower())
            )
            known = self.index.fuzzy(name) if name else None
            if known:
                return [Resolved(known, phrase, "title")]
            for m in self.index.before(start):
                if m.kind == "person" and name and self.name_of(m.ref) == name:
                    return [Resolved(m.ref, phrase, "title")]
            for actor in self.new_actors.values():
                if name and actor["name"] == name:
                    return [Resolved(actor["id"], phrase, "title", actor)]
            if name:
                new = self.propose(name, start)
                if new:
                    return [Resolved(new["id"], phrase, "title", new)]
        owned = _OWNED_DOCUMENT.fullmatch(phrase)
        if owned:  # "Japan's annual defense white paper warned": the body that issued it
            a0 = start + (len(self.text[start:end]) - len(self.text[start:end].lstrip()))
            a0 += owned.start("owner")
            found = [
                Resolved(r.ref, phrase, "document", r.new_actor)
                for r in self.resolve(a0, a0 + len(owned.group("owner")), None)
                if r.ref and r.ref != self.outlet and r.by != "pronoun"
            ]
            if found:
                self.documents.append((start, found))
                return found
        if _DOCUMENT_AGAIN.fullmatch(phrase) and self.documents:
            # "the document said", "The paper described": the issuer of the document the
            # text named within the last paragraphs
            pos, issuer = self.documents[-1]
            if pos < start and self.paragraph_of(start) - self.paragraph_of(pos) <= 3:
                return [Resolved(r.ref, phrase, "anaphor", r.new_actor) for r in issuer]
        authored = re.match(
            r"(?:[Aa]n?\s+|[Tt]he\s+)?(?P<author>(?:[A-Z][\w.\u2019'-]*\s+){0,2}[A-Z][\w.-]*?)"
            r"(?:'s|\u2019s)?\s+(?:readout|transcript|statement|communiqu[e\u00e9]|"
            r"press\s+release|news\s+release|report|" + _FINDINGS + r")s?"
            r"(?:\s+(?:of|on|about)\s+.+)?$",
            phrase,
        )
        if authored:  # "a Kremlin transcript", "a KCNA report of the visit": the author's
            a0 = start + (len(self.text[start:end]) - len(self.text[start:end].lstrip()))
            a0 += authored.start("author")
            found = self.resolve(a0, a0 + len(authored.group("author")), None)
            others = [r for r in found if r.ref != self.outlet]
            if others:
                return others
            if found and _OWN_WORK.search(phrase):
                return found  # "according to an NK News review of satellite imagery" in NK
                # News: the outlet's own findings
        document = re.match(
            r"(?i)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:readout|report|statement|document|text|"
            r"transcript|excerpts?|copy|release|dispatch|editorial|study|analys[ie]s|assessment|"
            r"survey|paper)s?\s+(?:\w+\s+){0,3}?"
            r"(?:released|issued|published|seen|carried|written|prepared)?\s*(?:by|from|of)\s+(.+)$",
            phrase,
        )
        seen = re.search(r"(?i)\b(?:seen|obtained|reviewed|viewed)\s+by\s+[^,;]+$", phrase)
        if document and seen:
            # "according to a report seen by Reuters": Reuters saw it and did not write it;
            # the report speaks through the subject of the sentence it closes
            sent_start = self.analysis.sentence_at(start)[0]
            subject = main_subject(self.analysis.masked, sent_start, start)
            if subject is not None and subject[1] < start:
                found = self.resolve(subject[0], subject[1], None)
                return [r for r in found if r.ref != self.outlet and r.by != "pronoun"]
            return []
        if document:  # "a readout released by the Russian foreign ministry": its author
            author = document.group(1)
            at = document.start(1)
            a0 = start + (len(self.text[start:end]) - len(self.text[start:end].lstrip()))
            released = _RELEASED_BY.search(phrase, document.start(1))
            later = _DATED_BY.match(self.text, end) if _ENDS_RELEASED.search(phrase) else None
            if released is not None:  # "an analysis of satellite imagery released by the
                # Open Source Centre": who released it, not what it is of
                author, at = released.group("by"), a0 + released.start("by")
            elif later is not None:  # "... released" + "on Friday by the Open Source Centre"
                author, at = later.group("by"), later.start("by")
            else:
                at = a0 + at
            found = self.resolve(at, at + len(author), None)
            return [r for r in found if r.ref != self.outlet]
        if re.fullmatch(r"(?i)(?:one|some|two|several|both|each)\s+of\s+them", phrase):
            # "..., according to two American officials. One of them described": a member
            # of the group that spoke just before speaks for it
            para = self.paragraph_of(start)
            near = [
                (p, ref)
                for p, ref, kind in self.speakers
                if p < start and kind == "collective" and para - self.paragraph_of(p) <= 1
            ]
            if near:
                return [Resolved(max(near)[1], phrase, "anaphor")]
            if lower[0] in ("one", "another"):
                # "two North Korean soldiers ..., after one of them reportedly said": no
                # group spoke before, so one person of those just named
                new = self.propose(phrase, start)
                if new:
                    return [Resolved(new["id"], phrase, "new", new)]
        if re.fullmatch(r"(?i)the\s+(?:report's\s+|study's\s+)?(?:authors|researchers)", phrase):
            # "The authors, who tracked rail cars, wrote": the body whose report was just cited
            para = self.paragraph_of(start)
            near = [
                (p, ref)
                for p, ref, kind in self.speakers
                if p < start and kind == "organisation" and para - self.paragraph_of(p) <= 2
            ]
            if near:
                return [Resolved(max(near)[1], phrase, "anaphor")]
        document_named = _DOCUMENT_NAMED.fullmatch(phrase)
        if document_named:  # "The commentary says": the author that carried it, named before
            author = self.document_author(document_named.group("noun"), start)
            if author:
                return [Resolved(r.ref, phrase, "anaphor", r.new_actor) for r in author]
        office = re.fullmatch(
            r"(?i)the\s+(?P<title>head|chief|director|chairman|chair|leader|commander)\s+of\s+"
            r"(?:the\s+)?(?P<body>[A-Z][\w.-]+)",
            phrase,
        )
        if office:
            # "The head of the HUR also noted" after "the head of the Main Intelligence
            # Directorate (HUR) ..., Kyrylo Budanov, said": the speaker who holds that office
            holders = list(
                re.finditer(
                    rf"(?i:\bthe\s+{office.group('title')}\s+of\s+)[^,;.]{{0,120}}?"
                    rf"\b{re.escape(office.group('body'))}\b[^,;]{{0,120}},\s+"
                    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}),",
                    self.text[:start],
                )
            )
            if holders:
                held = holders[-1]
                name = held.group("name")
                for _, spoke, kind in reversed(self.speakers):
                    if kind == "person" and self.name_of(spoke) == name:
                        return [Resolved(spoke, phrase, "anaphor")]
        definite = re.fullmatch(r"the\s+(?:[a-z-]+\s+){0,2}(?P<head>[a-z-]{3,}[^s\W])", phrase)
        if definite:
            # "said the commander" after "a Ukrainian commander has told Sky News", "the
            # council said" after "the Russian Security Council said": the speaker named
            # just before whose head noun it repeats
            para = self.paragraph_of(start)
            for p, spoke, _ in reversed(self.speakers):
                if (
                    p < start
                    and spoke.rsplit("-", 1)[-1] == definite.group("head")
                    and para - self.paragraph_of(p) <= 4
                ):
                    return [Resolved(spoke, phrase, "anaphor")]
        spokes = re.match(
            r"(?i)(?:an?\s+|the\s+)?(?:spokesperson|spokesman|spokeswoman|(?:permanent\s+)?"
            r"representative|official|delegate|delegation)\s+(?:for|of|at|from)\s+(.+)$"
            r"|(?:an?\s+|the\s+)?speaker\s+for\s+(.+)$",
            phrase,
        )
        if spokes:  # "a spokesperson for South Korea's foreign ministry": the ministry; a
            # meetings record's "The speaker for the United States": the state
            group = 1 if spokes.group(1) is not None else 2
            body_start = start + (len(self.text[start:end]) - len(self.text[start:end].lstrip()))
            body_start += spokes.start(group)
            found = self.resolve(body_start, body_start + len(spokes.group(group)), None)
            if not found and spokes.group(group)[:1].isupper():
                # "An official at Roscosmos": a name no actor bears yet, a body by its place
                # after "official at", "spokesperson for"
                new = self.propose(spokes.group(group), body_start, body=True)
                if new:
                    return [Resolved(new["id"], phrase, "title", new)]
            return found
        delegate = re.fullmatch(
            r"(?i)the\s+(?P<adj>[\w.]+(?:\s+[\w.]+)?)\s+(?:delegate|delegation|representative)"
            r"(?:\s+(?:to|at|in)\s+.+)?",
            phrase,
        )
        delegated = country_of(delegate.group("adj").split()) if delegate else None
        if delegated is not None:  # "the Japanese delegate to the talks": the state it speaks for
            state = next(
                (r for r, k in self.index.kinds.items()
                 if k == "government" and self.index.countries.get(r) == delegated),
                None,
            )  # fmt: skip
            if state is not None:
                return [Resolved(state, phrase, "title")]
            new = self.propose(COUNTRIES[delegated][0], start)
            if new:
                return [Resolved(new["id"], phrase, "title", new)]
        one_of = re.match(r"(?i)(?:one|some|two|three|several|many|most|all)\s+of\s+", phrase)
        if one_of and appositive is not None:  # "One of the sources, a ... official,"
            a0 = (
                appositive[0]
                + len(self.text[appositive[0] : appositive[1]])
                - len(self.text[appositive[0] : appositive[1]].lstrip())
            )
            return self.resolve(a0, appositive[1], None)
        if one_of and re.match(r"(?i)the\s", phrase[one_of.end() :]):
            # "two of the sources said": the sources named before speak
            a0 = start + self.text[start:end].find(phrase) + one_of.end()
            found = self.resolve(a0, a0 + len(phrase) - one_of.end(), None)
            earlier = {ref for _, ref, _ in self.speakers}
            if (
                found
                and lower[0] in ("one", "another")
                and all(r.by == "new" and r.ref not in earlier for r in found)
            ):
                # "One of the soldiers ... said", the soldiers no speaker before: one person
                # of a group, not the group's voice
                new = self.propose(phrase, start)
                if new:
                    return [Resolved(new["id"], phrase, "new", new)]
            if found:
                return [Resolved(r.ref, phrase, r.by, r.new_actor) for r in found]
        if (
            len(words) == 2
            and re.fullmatch(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?", words[0])
            and words[1][:1].isupper()
        ):
            words = words[1:]  # "Mr Austin": the surname of one named before
        if len(words) == 1 and words[0][:1].isupper():
            # a surname: a known person named in full earlier in the text
            for m in self.index.before(start):
                if m.kind == "person" and words[0] in self.name_of(m.ref).split():
                    return [Resolved(m.ref, phrase, "name")]
            known = self.index.fuzzy(self.full_name(words[0], start))
            if known:
                return [Resolved(known, phrase, "fuzzy")]
        known = self.index.fuzzy(" ".join(split_title(words)[1]) or phrase, country_of(words))
        if known:
            return [Resolved(known, phrase, "fuzzy")]
        exact = _country_exactly(phrase)
        state = next(
            (r for r, k in self.index.kinds.items()
             if k == "government" and self.index.countries.get(r) == exact),
            None,
        ) if exact else None  # fmt: skip
        if state is not None:  # "Kremlin" without its article: the known government
            return [Resolved(state, phrase, "alias")]
        new = self.propose(phrase, start, appositive)
        return [Resolved(new["id"], phrase, "new", new)] if new else []

    def _titled_body(self, noun: str, pos: int) -> str | None:
        """ "the bureau said" where no actor found so far is a bureau: the body the text
        named earlier with that head, inside an official's title ("National Security
        Bureau (NSB) Director-General Tsai Ming-yen said ..."), known or proposed."""
        if noun not in _TITLED_HEADS:
            return None
        head = noun.capitalize()
        found = list(
            re.finditer(
                r"\b((?:[A-Z][\w'\u2019.-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){1,5}"
                + head
                + r")\b(?!\s+(?:of|for)\s)",
                self.text[:pos],
            )
        )
        if not found:
            return None
        name = found[-1].group(1)
        known = self.index.fuzzy(name)
        if known:
            return known
        new = self.propose(name, found[-1].start(1))
        return str(new["id"]) if new else None

    def _described_before(self, noun: str, pos: int) -> Resolved | None:
        """ "the panel said" where no speaker or known actor is a panel: the body the text
        described earlier with that noun ("a panel of experts monitoring the sanctions",
        "the UN panel"), proposed under that description."""
        if noun not in _DESCRIBED_BODIES:
            return None
        found = list(
            re.finditer(
                r"\b(?:an?|the)\s+(?P<np>(?:(?:[A-Z][\w.-]*|[a-z]+-[a-z]+|[a-z]+ing)\s+){0,2}"
                + noun
                + r"(?:\s+of\s+experts|\s+of\s+inquiry)?)\b",
                self.text[:pos],
            )
        )
        described = [m for m in found if m.group("np") != noun]
        if not described:
            return None
        m = described[-1]
        new = self.propose(m.group("np"), m.start("np"))
        return Resolved(new["id"], m.group("np"), "anaphor", new) if new else None

    def document_author(self, noun: str, pos: int) -> list[Resolved]:
        """The author of the document a later "the commentary" names: the subject of the
        last sentence before ``pos`` that carried, published or issued such a document
        ("Rodong Sinmun Tuesday carries a signed commentary denouncing ...")."""
        pattern = re.compile(
            r"(?i)\b(?:carries|carried|publishes|published|runs|ran|releases|released|issues|"
            r"issued|puts\s+out|put\s+out)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?"
            + re.escape(noun.lower().rstrip("s"))
            + r"s?\b"
        )
        carried = list(pattern.finditer(self.analysis.masked, 0, pos))
        if not carried:
            return []
        verb = carried[-1]
        sent_start = self.analysis.sentence_at(verb.start())[0]
        subject = subject_before(self.analysis.masked, sent_start, verb.start())
        if subject is None:
            return []
        found = [r for r in self.resolve(subject[0], subject[1], None) if r.ref != self.outlet]
        for r in found:
            if r.new_actor is not None and r.new_actor.get("kind") == "person":
                r.new_actor["kind"] = "organisation"  # "Minju Joson" carries: a paper
        return found

    def _named_by_title(self, phrase: str, start: int) -> Resolved | None:
        """ "the Chairman of the State Affairs said": the person the text earlier gave that
        capitalised title, in front of the name ("Chairman of the State Affairs of the
        DPRK Kim Jong Un")."""
        titled = re.fullmatch(
            r"[Tt]he\s+((?:[A-Z][\w'\u2019-]*)(?:\s+(?:of|the|[A-Z][\w'\u2019-]*))*)", phrase
        )
        if titled is None or titled.group(1).split()[0] not in _TITLE_HEADS:
            return None
        title = titled.group(1)
        at = self.text.rfind(title, 0, start)
        if at < 0:
            return None
        after = self.text[at + len(title) : at + len(title) + 120]
        run = re.match(r"(?:\s+(?:of|the|[A-Z][\w'\u2019.-]*))+", after)
        if run is None:
            return None
        words = run.group(0).split()
        name: list[str] = []
        for word in reversed(words):  # the name is the run's tail of capitalised words
            if not word[:1].isupper() or country_of([word]) or word in ("Korea", "Federation"):
                break
            name.insert(0, word)
        if not 2 <= len(name) <= 4:
            return None
        full = " ".join(name)
        pos = at + len(title) + run.end() - len(full)
        known = self.index.fuzzy(full)
        if known:
            return Resolved(known, phrase, "title")
        new = self.propose(full, pos)
        return Resolved(new["id"], phrase, "title", new) if new else None

    def _given_name_only(self, word: str, after: int) -> bool:
        """Whether a lone capitalised word is a person's given name, the only name the copy
        gives: an ordinary person described after it ("says Tatyana, a resident of the
        Sudzha district", "Oleksandr, a gunner with ...") or whose surname is withheld
        ("who asked that her surname not be used", "gave only his first name")."""
        if not re.fullmatch(r"[A-Z][a-z]+", word) or country_of([word]) is not None:
            return False
        if word.lower() in _ORG_WORDS or word in WELL_KNOWN:
            return False
        end = self.analysis.sentence_at(min(after, len(self.text) - 1))[1]
        tail = self.text[after : min(end, after + 200)]
        described = re.match(
            r"\s*,\s*(?:a|an)\s+(?:[a-z][\w-]*\s+){0,3}?(?:"
            + "|".join(sorted(_ANONYMOUS_NOUNS | _PERSON_NOUNS | _ORDINARY_PEOPLE))
            + r")s?\b",
            tail,
        )
        withheld = _NAME_WITHHELD.search(tail)
        return described is not None or withheld is not None

    def propose(
        self,
        phrase: str,
        pos: int,
        appositive: tuple[int, int] | None = None,
        surname: bool = False,
        given: bool = False,
        document: bool = False,
        body: bool = False,
    ) -> dict[str, Any] | None:
        """A new actor for ``phrase`` (None if it names none); with ``surname``, a title
        and a surname alone ("Ms Adams", a record's label) name a person; with ``given``,
        a given name alone is the only name the copy gives ("... by his first name,
        Andrii"), not the start of another person's full name; with ``document`` (the
        issuer of a named document) or ``body`` (what an official speaks for), a name that
        is no person's is an organisation's."""
        party = re.search(r"\s*\([A-Z][\w.]{0,3}(?:[-/][A-Z][\w.]{0,5})?\)$", phrase.strip(" ,.;:"))
        if party is not None:
            phrase = phrase.strip(" ,.;:")[: party.start()]  # "Tobias Billstrom (M)", "(D-Ill.)"
        other_name = re.search(r"\s*\((?P<name>[A-Z][^()]{1,40})\)$", phrase.strip(" ,.;:"))
        if other_name:
            # "the Estonian Foreign Intelligence Service (Valisluureamet)": the name in
            # brackets is another name of the body (as an acronym there is), not part of it
            phrase = phrase.strip(" ,.;:")[: other_name.start()]
        phrase = phrase.lstrip(_BULLETS)  # "\u2022 Analysts say": no part of the name
        words = [w for w in re.split(r"\s+", phrase.strip(" ,.;:")) if w]
        dated = _OPENING_DATE.match(" ".join(words))
        if dated and dated.end() < len(" ".join(words)):
            words = " ".join(words)[dated.end() :].split()  # "on January 4 the White House"
        zero = re.match(
            r"(?:(?:an?|the|on\s+an?|in\s+an?)\s+)?(?:"
            + _ZERO_RELATIVE_HEADS
            + r")\s+(?=(?:the\s+)?[A-Z]|(?:some\s+|many\s+|most\s+)?(?:analysts|experts|officials|"
            r"diplomats|observers|critics|lawmakers)\b)",
            " ".join(words),
        )
        if zero is not None and len(words) > 2:
            # "a move the Biden administration says is designed to ...", "on a trip U.S.
            # officials said was aimed at ...", "a step analysts say would breach ...": the
            # party after the noun, its "that" left out
            words = " ".join(words)[zero.end() :].split()
        while len(words) > 1 and words[0].lower() in _CLAUSE_OPENERS and capitalised(words[-1]):
            # "But Putin hinted at more", "When Sergei Lavrov stepped off his plane": the
            # word that opens the sentence is no part of the name after it
            words = words[1:]
        while words and (
            words[0].lower() in _DETERMINERS
            or words[0].lower() in _NUMBERS
            or re.fullmatch(r"\d[\d,]*", words[0])
        ):
            words = words[1:]
        while (
            len(words) > 2
            and re.fullmatch(r"[a-z]+|(?:\d+|[a-z]+)-(?:nation|member|country|party)", words[0])
            and words[0] not in _COLLECTIVE_NOUNS | _PERSON_NOUNS | _ANONYMOUS_NOUNS
            and not words[0].startswith("state")
            and (
                words[0][:1].isdigit()
                or "-" in words[0]
                or all(capitalised(w) or w in _LINKS for w in words[1:])
            )
        ):
            # a description before the name: "the ruling Workers' Party's Central Military
            # Commission", "the 11-nation sanctions monitoring group"
            words = words[1:]
        participle = next(
            (
                k
                for k in range(2, len(words) - 1)
                if re.fullmatch(r"[a-z]+ed|seen|given|written|shown|taken", words[k])
                and words[k + 1] in ("to", "by", "in", "on", "at", "from", "with", "for")
                and words[k - 1].lower() not in _COLLECTIVE_NOUNS | _PERSON_NOUNS | _ANONYMOUS_NOUNS
            ),
            None,
        )
        if participle is not None:
            agent = words[participle + 2 :]
            while agent and agent[0].lower() in _DETERMINERS:
                agent = agent[1:]
            if (
                words[participle + 1] == "by"
                and agent[:1]
                and agent[0][:1].isupper()
                and all(capitalised(w) or w in _LINKS for w in agent)
            ):
                words = agent  # "satellite imagery analysed by the Open Source Centre"
            else:
                words = words[:participle]  # "a defence ministry report submitted to his office"
        while len(words) > 1 and words[-1].lower() in (
            "reports",
            "report",
            "statement",
            "assessment",
            "assessments",
        ):
            words = words[:-1]  # "state-run media reports", "a foreign ministry assessment"
        doing = next(
            (
                k
                for k in range(1, min(4, len(words) - 1))
                if words[k].lower() in _COLLECTIVE_NOUNS | _PERSON_NOUNS
                and re.fullmatch(r"[a-z]{3,}ing", words[k + 1])
                and words[k + 1] not in ("including", "during", "according")
            ),
            None,
        )
        if doing is not None:
            words = words[: doing + 1]  # "Ukrainian commanders fighting there": the commanders
        words = _within_office(words)  # "the vice director of the General Bureau of
        # Equipment of the North's Ministry of National Defence": the office, not its owner
        if not words or len(words) > 14:
            return None
        if (
            len(words) >= 4
            and words[-2] == "in"
            and words[-1][:1].isupper()
            and words[-3][:1].isupper()
            and words[-3].lower() in _ORG_WORDS
            and words[-3].lower() not in ("embassy", "consulate", "mission")
        ):
            # "the Royal United Services Institute in London": its city (an embassy's
            # city tells which embassy it is: "Russia's Embassy in Tokyo")
            words = words[:-2]
        parent = next(
            (
                k
                for k in range(2, len(words) - 2)
                if words[k] == "of"
                and all(w[:1].isupper() for w in words[:k])
                and words[k - 1].lower() in _ORG_WORDS | {"directorate"}
                and re.search(r"(?:'s|\u2019s)$", words[k + 1])
                and country_of([re.sub(r"(?:'s|\u2019s)$", "", words[k + 1])])
            ),
            None,
        )
        if parent is not None:  # "The Main Intelligence Directorate of Ukraine's Ministry of
            # Defence": the directorate, not the ministry above it
            words = words[:parent]
        if "xx" in self.analysis.masked[pos : pos + len(phrase)]:
            return None
        if any(c in " ".join(words) for c in QUOTE_MARKS):
            return None
        if (
            len(words) == 1
            and not words[0][:1].isupper()
            and words[0] not in _COLLECTIVE_NOUNS
            and not (words[0] in _LONE_BODIES and re.match(r"(?i)the\s", phrase.strip()))
            and not (
                words[0] in _PERSON_NOUNS | _ANONYMOUS_NOUNS
                and re.match(r"(?i)(?:an?|one|another)\s", phrase.strip())
            )
        ):
            # a lone common noun ("leaders", "officials" are groups; "A diplomat involved
            # in ..." is one unnamed person; "the panel" is the one the story is about)
            return None
        if len(words) > 1 and re.fullmatch(r"[A-Z]\.?", words[-1]):
            return None  # "Kyiv A": a fragment
        if len(words) == 1 and (words[0].lower() in ("united", "north", "south") or words[0] in (
            "Reuters", "AP", "AFP")):  # fmt: skip
            return None
        text = " ".join(words)
        lower = [w.lower().strip(".,'\u2019") for w in words]
        head = lower[-1]
        body_of = next(
            (w for w, after in pairwise(lower[:-1]) if w in _GROUP_BODIES and after == "of"), None
        )
        if body_of is not None:
            head = body_of  # "a UN panel of experts": a body, though its members are many
        country = country_of(words)
        if country is None and re.search(
            r"(?i)\b(?:its|their)\b|\bthe\s+(?:country|nation)(?:'s|\u2019s)", text
        ):
            # "a senior official of its defense ministry", "... of the country's Ministry of
            # National Defence": the country the sentence is about
            s0 = self.analysis.sentence_at(pos)[0]
            places = countries_in(self.text[s0:pos])
            country = places[0] if places else None
        role: dict[str, Any] | None = None
        aliases: list[str] = []
        code = _country_exactly(text)
        owner = _country_possessive(text)
        if code is None and owner is not None and owner[1].lower() == "government":
            code = owner[0]  # "Japan's government" is the government "Japan" names
        member = re.fullmatch(
            r"(?i)(?:one|another)\s+of\s+(?:them|(?:the|its|their)\s+(?:[\w-]+\s+){0,3}"
            r"(?:[\w-]+s|[\w-]*men|people))",
            phrase.strip(" ,.;:"),
        )
        if member:  # "one of the soldiers": one person of the group, named as the copy does
            kind, actor_name = "person", phrase.strip(" ,.;:")
            actor_name = actor_name[:1].lower() + actor_name[1:]
            actor_id = slugify(actor_name)
        elif code is not None:
            name = COUNTRIES[code][0]
            adjective = COUNTRIES[code][1][0]
            kind, actor_name = "government", f"{name} ({adjective} government)"
            aliases = [name] + [m for m in COUNTRIES[code][1][1:] if " " not in m]
            aliases = list(dict.fromkeys(aliases))
            actor_id = slugify(name) + "-government"
            country = code
        elif owner:
            # "The North's foreign ministry", "North Korea's foreign ministry": one actor,
            # named by the adjective ("North Korean foreign ministry") so that either
            # wording meets it, its id formed from the words the copy wrote first
            # (north-korea-s-foreign-ministry), as an id is formed from any other surface
            code, rest = owner
            kind, actor_name = "organisation", f"{COUNTRIES[code][1][0]} {rest}"
            written = text
            if re.match(r"(?:North|South)(?:'s|\u2019s)\s", text) and re.match(
                r"(?i)the\s", phrase.strip()
            ):
                written = "the " + text  # "the North's": the article is part of the name
            actor_id, country = _actor_id(written, kind), code
            aliases.append(written)
            if _STATE_MEDIA.search(rest) and code in ("KP", "RU", "CN"):
                kind = "state-media"
        elif re.search(
            r"\bstate(?:-run|-owned)?\s+(?:media|television|tv|news|broadcaster)", text, re.I
        ):
            kind, actor_name, actor_id = "state-media", text, _actor_id(text, "state-media")
        else:
            title, name_words = split_title(words)
            of = next((i for i, w in enumerate(words) if w in ("of", "from")), None)
            if of is not None and of >= 2 and len(split_title(words[:of])[1]) >= 2:
                # "Ankit Panda of the Carnegie Endowment for International Peace": the
                # name is before "of", the organisation after it
                title, name_words = split_title(words[:of])
                title = [*title, *words[of:]]
            elif title and title[-1] in ("and", "for", "of", "on"):
                name_words = []  # "the Institute for Science and International Security"
            elif (
                len(name_words) == 1
                and len(title) >= 3
                and title[-2].lower() in ("for", "of", "on")
                and title[-3].lower() in _ORG_WORDS
            ):
                name_words = []  # "the Korea Institute for Defense Analyses": all one name
            if not name_words and of is not None and of >= 2:
                # "Rep. Park Sun-won of the main opposition Democratic Party"
                title, name_words = split_title(words[:of])
                if len(name_words) >= 2:
                    title = [*title, *words[of:]]
            lone = len(words) == 1 and (
                given
                or (
                    self._given_name_only(words[0], pos + len(phrase))
                    and " " not in self.full_name(words[0], pos)
                )  # "says Park, a professor ..." after "Park Won-gon" is Park Won-gon
            )
            if len(name_words) == 1 and name_words[0][:1].isupper() and not lone:
                full = self.full_name(name_words[0], pos)
                name_words = full.split()
                first = self.text.find(full) if " " in full else -1
                if country is None and 0 <= first < pos:
                    # "his North Korean counterpart Choe Son Hui", then "Choe said": the
                    # country the words before the full name give
                    line_start = self.text.rfind("\n", 0, first) + 1
                    before = self.text[max(line_start, first - 40) : first].split()
                    country = country_of(before[-4:])
            if (
                (len(name_words) >= 2 or (surname and len(name_words) == 1) or lone)
                and not any(w.lower() in _ORG_WORDS for w in name_words)
                and not (head in _COLLECTIVE_NOUNS and words[-1][:1].isupper() and len(words) > 1)
            ):  # "G7 Foreign Ministers", a title in the plural, are a group, not one person
                kind, actor_name = "person", " ".join(name_words)
                title_text = " ".join(title).strip(" ,")
                if not title_text and appositive is not None:
                    appo = self.text[appositive[0] : appositive[1]].strip(" ,")
                    if any(w.lower().strip(",.") in _TITLE_WORDS for w in appo.split()):
                        title_text = re.sub(r"^(?:the|a|an)\s+", "", appo)
                if title_text:
                    role = _role(title_text, self.published)
                    country = country or country_of(title_text.split())
            elif (
                head in _COLLECTIVE_NOUNS
                or (
                    len(words) <= 10
                    and any(
                        lower[k] in _COLLECTIVE_NOUNS
                        and lower[k + 1] in ("in", "from", "at", "inside", "within")
                        for k in range(min(3, len(lower) - 1))
                    )
                )  # "officials in Seoul", "the top U.S. commanders in the Pacific"
                or (len(lower) > 2 and lower[0] in _COLLECTIVE_NOUNS and lower[1] == "of")
                # "members of the parliamentary intelligence committee": people, not the body
                or (
                    len(words) > 2
                    and any(w in _COLLECTIVE_NOUNS for w in lower[:3])
                    and re.search(r"\b(?:familiar|with|briefed|close|knowledge)\b", text)
                )
            ):
                kind, actor_name = "collective", text  # "sources familiar with the matter"
            elif head in _PERSON_NOUNS or head in _ANONYMOUS_NOUNS or head in _ORDINARY_PEOPLE:
                kind, actor_name = "person", text  # "a South Korean military official", "the
                # 26-year-old rifleman"
            elif (
                len(words) <= 9
                and (
                    k := next(
                        (
                            i
                            for i in range(min(3, len(lower) - 2))
                            if (
                                lower[i] in _ANONYMOUS_NOUNS | _PERSON_NOUNS | {"director"}
                                or (
                                    "-" in lower[i] and _TITLE_WORDS.issuperset(lower[i].split("-"))
                                )
                            )  # "a deputy director-general of the National Aerospace ..."
                            and all(
                                w.islower()
                                or w.lower() in _ORDINALS
                                or (
                                    re.fullmatch(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}", w)
                                    and country_of([w])
                                )
                                for w in words[:i]
                            )  # "the top U.S. commander in South Korea"
                        ),
                        -1,
                    )
                )
                >= 0
                and lower[k + 1] in ("of", "in", "from", "at", "near", "inside", "with")
            ):
                # "a resident of the province", "Another source in North Hamgyong province",
                # "a senior officer at the Joint Chiefs"
                kind, actor_name = "person", text
            elif (
                document
                or body
                or head in _GROUP_BODIES
                or any(w in _ORG_WORDS or w in _BODY_NOUNS for w in lower)
                or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1)
                or (len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+[A-Z]{2,}", words[0]))
            ):  # an acronym, in capitals or not ("PhilSA")
                kind, actor_name = "organisation", text
            else:
                return None
            named = _owned_proper_name(words) if kind == "organisation" else None
            if named is not None:
                # "South Korea's National Intelligence Service": a body with a name of its
                # own is named by it; the country before it is its owner, not its name
                country, actor_name = named[0] or country, named[1]
                aliases.append(text)
            actor_id = _actor_id(actor_name, kind)
            if (
                kind == "organisation"
                and _STATE_MEDIA.search(text)
                and country in ("KP", "RU", "CN")
            ):
                kind = "state-media"
        if kind == "person":
            # a figure the copy of these years quotes most (every one holder of a title in
            # TITLE_HOLDERS among them: "Kim Jong Un") is of his own country, whatever
            # country the sentence that names him names ("The Russian foreign minister met
            # Kim Jong Un")
            country = figure_country(actor_name) or country
        key = fold(actor_name)
        same = self._same_proposal(key, kind)
        if same is not None:
            return same
        acronym = re.match(
            r"\s*\(([A-Z]{2,6})\)", self.text[pos + len(phrase) : pos + len(phrase) + 10]
        )
        if other_name and kind in ("organisation", "state-media", "collective"):
            aliases.append(other_name.group("name"))
        elif acronym and kind in ("organisation", "state-media", "collective"):
            aliases.append(acronym.group(1))
        elif kind == "organisation":
            own = actor_name.split()
            for i, w in enumerate(list(own)):
                if w.endswith(("'s", "\u2019s")):
                    own = actor_name.split()[i + 1 :]  # "South Korea's Joint Chiefs" -> JC..
            initials = "".join(w[0] for w in own if w[:1].isupper() and w.lower() not in _LINKS)
            if len(initials) >= 3 and all(w[:1].isupper() or w in _LINKS for w in own):
                aliases.append(initials)  # "National Intelligence Service" -> NIS
        actor_id = unique_id(actor_id or slugify(actor_name) or "actor", self.taken)
        self.taken.add(actor_id)
        actor: dict[str, Any] = {"id": actor_id, "name": actor_name, "kind": kind}
        if country:
            actor["country"] = country
        aliases = [a for a in dict.fromkeys(aliases) if a and fold(a) != key]
        if aliases:
            actor["aliases"] = aliases
        if role:
            actor["roles"] = [role]
        actor["note"] = f"Proposed from source {self.source.id}; review before use."
        self.new_actors[key] = actor
        order = len(self._by_id)
        self._by_id.setdefault(actor_id, actor)
        for n in [fold(actor_name)] + [fold(a) for a in aliases]:
            self._by_name.setdefault(n, order)
            if kind == "person" and " " in n:
                self._person_names.append((n, order))
        return actor

    def _same_proposal(self, key: str, kind: str) -> dict[str, Any] | None:
        """The actor this article already proposed for the same entity, if any: the
        earliest proposed whose name or alias is ``key``, or, for a person, whose name
        with a space is spelt closely enough."""
        if key in self.new_actors:
            return self.new_actors[key]
        found = self._by_name.get(key)
        if kind == "person" and self._person_names:
            names = [n for n, _ in self._person_names]
            for _, _, i in process.extract(
                key, names, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_MATCH, limit=None
            ):
                order = self._person_names[i][1]
                found = order if found is None else min(found, order)
        if found is None:
            return None
        return list(self._by_id.values())[found]

    def full_name(self, word: str, pos: int) -> str:
        """A lone surname ("Pak") expanded to the full name written earlier ("Pak Hyon Su"),
        else to the full name of a figure the copy often names by surname alone."""
        for known in self.new_actors.values():
            parts = str(known["name"]).split()
            if known["kind"] == "person" and word in (parts[0], parts[-1]):
                return str(known["name"])
        if self._runs is None:
            # every capitalised run of the text, split once: a name of two words or more
            # under its first and its last word, with where the run ends
            self._runs = {}
            for m in _CAPITALISED_RUN.finditer(self.text):
                _, parts = split_title(m.group(0).split())
                names = [parts]
                if len(parts) > 1 and _in_title_case_line(self.text, m.start()):
                    names = self._names_in_headline(parts)
                for parts in names:
                    if len(parts) > 2 and parts[0].lower() in _CLAUSE_OPENERS:
                        parts = parts[1:]  # "When Sergei Lavrov stepped off his plane"
                    if len(parts) > 1:
                        candidate = " ".join(parts)
                        for part in {parts[0], parts[-1]}:
                            self._runs.setdefault(part, []).append((m.end(), candidate))
        best = word
        figures = [
            (end, candidate)
            for end, candidate in self._runs.get(word, [])
            if end <= pos and figure_country(candidate)
        ]
        if figures:
            # "KCNA quoted Kim as telling Putin": the figure named last, not a longer name
            # of another Kim ("By Hyung-Jin Kim and Kim Tong-Hyung" in the byline)
            return max(figures)[1]
        for end, candidate in self._runs.get(word, []):
            if end <= pos and len(candidate) > len(best):
                best = candidate
        if best == word:
            # named in full only later ("Kim had urged ...", then "Kim Jong Un called")
            later = [c for end, c in self._runs.get(word, []) if end > pos]
            if later:
                return later[0]
            if word[1:].islower():
                # the surname in capitals, as Japanese and Korean official pages write
                # it ("Foreign Minister IWAYA Takeshi", then "Minister Iwaya:")
                for _, candidate in self._runs.get(word.upper(), []):
                    return " ".join(w.capitalize() if w.isupper() else w for w in candidate.split())
            return WELL_KNOWN.get(word) or self._title_holder(word) or word
        return best

    def _names_in_headline(self, parts: list[str]) -> list[list[str]]:
        """The names in a capitalised run of a title-case line, without the headline's
        capitalised words around them: a known figure's full name at its start ("Kim Jong
        Un Arrives in Russia" -> Kim Jong Un), else the stretches between the headline's
        verbs ("Pavel Orlov Arrives ...") and the words the body writes in lower case
        ("Vostochny Summit With Ivan Sokolov" -> Ivan Sokolov); none of more than three
        words."""
        for k in range(len(parts), 1, -1):
            if figure_country(" ".join(parts[:k])):
                return [parts[:k]]
        names: list[list[str]] = [[]]
        for word in parts:
            if (len(names[-1]) >= 2 and re.fullmatch(r"[A-Z][a-z]+[^s]s", word)) or (
                re.search(rf"\b{re.escape(word.lower())}\b", self.text)
            ):
                names.append([])  # a verb or an ordinary word ends the name before it
            else:
                names[-1].append(word)
        return [name for name in names if len(name) <= 3]

    def _title_holder(self, word: str) -> str | None:
        """A surname the article never expands ("State media said Kim had called for"):
        the one known person, or holder of a country's top title, with that surname whose
        country the article names; None when there is none or more than one."""
        if self._countries is None:
            self._countries = {
                code
                for code, (name, marks) in COUNTRIES.items()
                if any(re.search(rf"\b{re.escape(m)}\b", self.text) for m in (name, *marks))
            }
        names = {
            name
            for (code, _), name in TITLE_HOLDERS.items()
            if code in self._countries and word in (name.split()[0], name.split()[-1])
        }
        for ref, name in self.index.names.items():
            parts = name.split()
            if (
                self.index.kinds.get(ref) == "person"
                and parts
                and word in (parts[0], parts[-1])
                and self.index.countries.get(ref) in self._countries
            ):
                names.add(name)
        return names.pop() if len(names) == 1 else None


_TITLE_HEADS = frozenset(
    "President Chairman Chairwoman Chair Premier Chancellor Secretary Minister Leader "
    "Speaker Governor Prime Foreign Defence Defense Supreme General".split()
)
"""The first word of a capitalised title that stands for its holder ("the Chairman ...")."""
_ORDINALS = frozenset("another second third fourth fifth other".split())
"""Words before an unnamed source that make it one of several ("A second source in ...")."""
_NAMED_ONLY = frozenset(
    "panel team experts monitors commission mission source resident trader defector witness "
    "insider ministers envoys delegates".split()
)
"""Head nouns that refer back only to a body named with them (or a synonym)."""
_PORTFOLIOS = frozenset(
    "foreign defence defense interior finance justice trade economy health industry energy "
    "transport security".split()
)
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "june july august september october november december".split()
)
_BRIEFED_BY = re.compile(
    r"\s+(?:(?:briefed|cited|quoted|interviewed|contacted|reached|informed)\s+(?:by|on)|"
    r"(?:familiar|acquainted)\s+with|with\s+(?:direct\s+)?knowledge\s+of|close\s+to|"
    r"(?:involved|engaged)\s+in|(?:travell?ing|accompanying)\b)\s"
)
"""A participle or adjective clause after a speaker ("A lawmaker briefed by the spy
agency", "A US official familiar with the intelligence", "A senior U.S. official
travelling with Deputy Secretary of State Kurt Campbell")."""
_PERSONS_OFFICE = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w.-]*\s+){0,6}[A-Z][\w-]*)(?:'s|\u2019s)\s+(?:press\s+)?office"
)
""""<title> <Name>'s office": the office of a named person (capitalised words only)."""
_CAPITALISED_RUN = re.compile(
    r"(?<![\w-])(?:(?:[A-Z][\w-]*|[A-Z]\.)[ \t]+){0,7}[A-Z][\w-]*(?![\w-])"
)


_OTHERS_COUNTED = re.compile(
    r"(?i)(?:and\s+)?(?:(?:more|fewer|less)\s+than\s+|some\s+|about\s+|nearly\s+|over\s+|"
    r"almost\s+|around\s+|close\s+to\s+|roughly\s+|up\s+to\s+)?(?:\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten|a\s+dozen|"
    r"dozens\s+of|several|many|a\s+few|a\s+number\s+of)\s+other\s+(?:countries|nations|"
    r"states|governments|members|member\s+states|allies|partners)"
)
"""The rest of a list of states, counted and unnamed ("more than 40 other countries")."""


def _within_office(words: list[str]) -> list[str]:
    """A long description of an official cut before the owner of the office it names ("the
    vice director of the General Bureau of Equipment of the North's Ministry of ..." -> the
    words before "of the North's"); shorter ones whole."""
    if len(words) <= 9:
        return words
    for i, word in enumerate(words):
        if i > 3 and word.endswith(("'s", "\u2019s")):
            cut = max((k for k in range(i) if words[k].lower() == "of"), default=-1)
            if cut > 2:
                return words[:cut]
    return words


_PLACE_OPENING = re.compile(
    r"(?:In|From)\s+(?P<place>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)\s*,\s*"
)
"""A sentence opening on a place ("In Seoul, "), up to the subject."""
_FINDINGS = "review|analysis|investigation|tally|count"
_OWN_WORK = re.compile(r"(?i)\b(?:" + _FINDINGS + r")\b")
"""A work of finding out ("an NK News review of satellite imagery"): named by the outlet
that publishes it, the outlet's own findings."""
_ACCUSER = re.compile(
    r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:'s|\u2019s)?\s+(?:claims?|accusations?|allegations?|"
    r"charges?|assertions?)\b|\b(?:claims?|accusations?|allegations?|charges?)\s+(?:by|from)\s+"
    r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
)
"""A claim's owner named in a denial ("rejected the U.S. claims", "accusations by
Washington")."""
_BULLETS = "\u2022\u00b7*>-\u2013\u2014 "
"""A list item's bullet and the space after it, before a deck's point or a teaser."""
_OPENING_MARKS = frozenset(('"', "\u201c", "'", "\u2018"))
"""Marks that open a quotation: a speaker's position right after one is its quotation's."""


def _before_verb(surface: str) -> str:
    """The words of a speaker's surface before its first verb in the past tense ("Russia on
    Thursday vetoed the renewal of a UN panel" -> "Russia on Thursday"): its subject, not
    what the subject acted on."""
    verb = re.search(r"\b[a-z]+ed\b|\b(?:says|said|told|vetoes|accuses)\b", surface)
    return surface[: verb.start()] if verb else surface


_SHORT_FUNCTION_WORDS = frozenset("with from into onto over than that upon amid after".split())
"""Words title case may leave in lower case ("Summit with Putin")."""


def _in_title_case_line(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a line written in title case, as headlines and teasers are
    ("Kim Jong Un Arrives in Russia by Armored Train for Summit with Putin"): every word of
    four letters or more capitalised but for a few prepositions, four of them at least, and
    no full stop at the end."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    long_words = [
        w
        for w in re.findall(r"[A-Za-z][\w'\u2019-]*", line)
        if len(w) >= 4 and w not in _SHORT_FUNCTION_WORDS
    ]
    return (
        len(long_words) >= 4 and not line.endswith(".") and all(w[0].isupper() for w in long_words)
    )


_VOICE = re.compile(
    r"(?i)\b(?:delegate|representative|envoy|ambassador|spokes(?:man|woman|person)|"
    r"permanent\s+representative)s?\b"
)
"""A person who speaks for a body or a state ("the representative of the United States",
"Japan's delegate"): the body is the speaker, and "he" or "she" after it is that voice."""


_CLAUSE_OPENING = re.compile(
    r"\s*(?:(?:In|On|At|Later|Earlier|Separately|Meanwhile|However|But|And)\b[^,;]{0,80},?\s*)?"
)
"""What may open a sentence before its subject "it" ("In a post on social media,")."""
_ADVERBIAL = re.compile(
    r"\s*(?:in|at|on|during|with|from|after|before|via|through|under|speaking|writing)\s"
)
"""The opening of words between commas that say where, when or how someone spoke."""
_ID_WORDS = 8
"""The words of an id a slug keeps by default; a longer name is formed as below."""
_DESCRIBED_BY = frozenset("from of in at with on for close familiar".split())


def _actor_id(name: str, kind: str) -> str:
    """A proposed actor's id, formed from its whole name: never cut in the middle of it
    ("Ministry of Foreign Affairs of the Republic of Lithuania" keeps its country). A
    long description of people is cut to the people it names, before the words that
    describe them ("Foreign ministers from the Group of Seven rich democracies" ->
    foreign-ministers)."""
    if len(slugify(name, 99, 999).split("-")) <= _ID_WORDS:
        return slugify(name, _ID_WORDS, 120)
    words = name.split()
    if kind in ("collective", "person"):
        cut = next((i for i, w in enumerate(words) if i > 0 and w in _DESCRIBED_BY), None)
        if cut is not None:
            return slugify(" ".join(words[:cut]))
    return slugify(name, 16, 120)


def _role(title: str, published: PartialDate | None) -> dict[str, Any]:
    """A role from the title as written: the organisation it names, if any, apart."""
    org = re.search(
        r"(?:(?:the|of|for)\s+)?((?:[A-Z][\w.'\u2019-]*\s+){0,4}(?:"
        + "|".join(w.capitalize() for w in _ORG_WORDS if w.isalpha())
        + r"|White\s+House|Pentagon|Kremlin|NATO|United\s+Nations|U\.N\.|UN))\b",
        title,
    )
    role: dict[str, Any] = {"id": _role_id(title), "title": title}
    if org:
        organisation = org.group(1).strip()
        rest = (title[: org.start()] + " " + title[org.end() :]).strip(" ,")
        rest = re.sub(r"\s+(?:for|of|at)$", "", re.sub(r"\s+", " ", rest)).strip()
        if rest and rest.lower() not in ("the",):
            role["title"] = rest
            role["id"] = _role_id(rest)
            role["organisation"] = organisation
    if published is not None:
        role["from"] = str(published)
    role["note"] = "Held on the article's date; start and end not known."
    return role


def _role_id(title: str) -> str:
    words = [w for w in slugify(title, 12, 80).split("-") if w not in ("of", "the", "for", "at")]
    return "-".join(words[:4]) or "role"


_NAME_WITH_AND = re.compile(
    r"\b(?:Center|Centre|Institute|Ministry|Department|Committee|Council|School|Office|"
    r"Commission|Foundation|Endowment|Agency|Bureau|Academy|University)\s+(?:for|of|on)\s+"
    r"(?:the\s+)?(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+$"
)
"""A name whose organisation word takes "for", "of" or "on" and may go on with "and"."""


_OFFICE_WORD = re.compile(
    r"(?:Minister|Secretary|General|President|Chancellor|Ambassador|Senator|Governor|Director|"
    r"Commissioner|Chief|Spokes(?:man|woman|person)|Envoy|Representative|Leader|Premier)$"
)
_OFFICE_ONLY = re.compile(r"(?:[A-Z][\w.-]*\s+){0,4}" + _OFFICE_WORD.pattern)
"""An office with no name after it ("Foreign Minister", "NATO Secretary General")."""


_PARTY_TAIL = re.compile(r"\s*\([RDI]-[A-Z][A-Za-z.]{1,8}\)[\s,]*$")
"""A US lawmaker's party and state closing a name: "(D-N.H.)"."""


def coordination(
    text: str, start: int, end: int, keep: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Split "A, B and C" into the spans of A, B and C (a single span otherwise);
    never inside one of the ``keep`` spans ("Space and Missile Defense")."""
    phrase = text[start:end]
    if " and " not in phrase and "&" not in phrase:
        return [(start, end)]
    parts: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", phrase):
        if any(a <= start + m.start() < b for a, b in keep):
            continue
        if _NAME_WITH_AND.search(phrase[pos : m.start()]) and re.match(
            r"\s+and\s+(?:[A-Z][a-z]+\s+)*[A-Z][a-z]+(?:\s*$|\s+(?:for|of|on|in)\s|"
            r"\s+(?:spokes(?:person|man|woman)|officials?|source)\b)",
            phrase[m.start() :],
        ):
            continue  # "the Center for Strategic and International Studies": one name; "a
            # Ministry of Foreign Affairs and Trade spokesperson": one person
        if m.group(0).strip() == "and" and _OFFICE_ONLY.match(phrase[pos : m.start()].strip()):
            tail = phrase[m.end() :].split()
            if len(tail) >= 2 and tail[-1][:1].isupper() and not _OFFICE_WORD.match(tail[-1]):
                continue  # "Foreign Minister and South Australian senator Penny Wong": one
                # person with two offices, not a minister and a senator
        parts.append((start + pos, start + m.start()))
        pos = m.end()
    parts.append((start + pos, end))
    out = []
    for a, b in parts:
        while a < b and text[a].isspace():
            a += 1
        if re.match(r"(?i)both\s+", text[a:b]):
            a += len(re.match(r"(?i)both\s+", text[a:b]).group(0))  # type: ignore[union-attr]
        if text[a:b].strip():
            out.append((a, b))
    return out


def published_date(source: Source) -> PartialDate | None:
    value = source.published
    if value is None:
        return None
    try:
        return parse_date(value)
    except DateError:
        return None
