"""Drafting candidate claims from an archived article.

Two passes over the text. ``analyse`` finds, without knowing any actor, the quoted
passages (pairing opening and closing marks of any kind, and tolerating a missing
opening or closing mark) and the sentences of reported speech (a speech verb outside
quotation marks, with its subject). ``extract`` then resolves each speaker to a known
actor through its name, aliases and role titles, pronouns and "the ministry" through the
nearest preceding mention, relays ("told TASS", "Yonhap reports") to outlets, and
relative dates ("on Friday") against the source's publication date. Nothing is drafted
from the source's ``furniture`` (footers, credits, legal notices).

Every draft's excerpt and quote are slices of the source's text: nothing is rewritten.
``coverage`` reuses ``analyse`` to list the passages no claim covers yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rnkclaims.dates import DateError, PartialDate, parse_date, resolve_relative
from rnkclaims.ledger import Ledger, Source
from rnkclaims.ledger_edit import slugify, unique_id, yaml_list_item
from rnkclaims.spans import claim_spans, furniture_spans, overlaps, within

MIN_QUOTE_WORDS = 4
"""Quoted passages shorter than this are terms or scare quotes, not quotations."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- vocabulary of reported speech -----------------------------------------------------

VERB_ACTS: dict[str, str] = {
    "said": "asserts", "says": "asserts", "told": "asserts", "tells": "asserts",
    "stated": "asserts", "states": "asserts", "added": "asserts", "noted": "asserts",
    "stressed": "asserts", "wrote": "asserts", "writes": "asserts", "insisted": "asserts",
    "emphasized": "asserts", "emphasised": "asserts", "signaled": "asserts",
    "signalled": "asserts", "explained": "asserts", "claimed": "asserts",
    "suggested": "asserts",
    "expressed confidence": "asserts", "according to": "asserts",
    "denied": "denies", "denies": "denies", "rejected": "denies",
    "accused": "accuses", "accuses": "accuses", "blamed": "accuses",
    "confirmed": "confirms", "confirms": "confirms", "acknowledged": "confirms",
    "warned": "warns", "warns": "warns",
    "pledged": "pledges", "pledges": "pledges", "vowed": "pledges", "vows": "pledges",
    "promised": "pledges",
    "suspected": "suspects", "suspects": "suspects",
    "reported": "reports", "reports": "reports",
    "announced": "announces", "announces": "announces",
    "urged": "calls-for", "called for": "calls-for", "demanded": "calls-for",
    "voiced concern": "expresses-concern", "voiced concerns": "expresses-concern",
    "expressed concern": "expresses-concern", "expressed concerns": "expresses-concern",
    "hoped": "intends", "hopes": "intends",
    "assessed": "assesses", "predicted": "predicts",
}  # fmt: skip
"""Speech verbs (and phrases) and the speech act each one maps to."""

_VERB_RE = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(VERB_ACTS, key=len)[::-1])
    + r")(?![\w-])",
    re.IGNORECASE,
)
_ATTRIBUTION_VERBS = frozenset(
    v for v in VERB_ACTS if v not in ("according to", "suspected", "suspects", "reports")
)
_AUX = _words(
    "has have had also did does do would will could can may might again already then "
    "later earlier recently repeatedly reportedly previously publicly strongly openly "
    "once further still not never on last this past week yesterday today had been"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_BOUNDARY_WORDS = _words(
    "that which who whom whose where while when as because but if though although since "
    "after before so than"
)
_DETERMINERS = _words("the a an some several many multiple other both its their")
_PRONOUNS = {"he": "person", "she": "person", "it": "body", "they": "any"}
_ANAPHOR_NOUNS = {
    "report": "media", "agency": "media", "statement": "any", "release": "any",
    "ministry": "body", "department": "body", "committee": "body", "government": "body",
    "office": "body", "official": "person", "minister": "person", "spokesperson": "person",
    "spokesman": "person", "spokeswoman": "person", "secretary": "person",
    "diplomat": "person", "envoy": "person", "pentagon": "body", "country": "body",
    "regime": "body", "north": "body", "military": "body", "army": "body",
}  # fmt: skip
_COLLECTIVE_NOUNS = _words(
    "officials analysts experts sources diplomats observers reports countries allies "
    "lawmakers critics residents media authorities governments"
)
_BODY_NOUNS = _words(
    "ministry committee agency department office council command service bureau "
    "administration government commission institute centre center"
)
_HEDGES: tuple[tuple[str, str], ...] = (
    ("reasons to believe", "probable"), ("likely", "probable"), ("probably", "probable"),
    ("possibly", "possible"), ("might", "possible"), ("may", "possible"),
    ("could", "possible"), ("unlikely", "doubtful"),
)  # fmt: skip
_VENUES: tuple[tuple[str, str], ...] = (
    ("press conference", "press-conference"), ("written statement", "written-statement"),
    ("press release", "press-release"), ("in a release", "press-release"),
    ("interview", "interview"), ("subcommittee", "hearing"), ("hearing", "hearing"),
    ("briefing", "briefing"), ("speech", "speech"),
)  # fmt: skip
_DATE_RE = re.compile(
    r"(?<![\w-])(?:(?:on|last|this\s+past)\s+)?(?:"
    + "|".join(_WEEKDAYS)
    + r")(?![\w-])|(?<![\w-])(?:yesterday|today|(?:earlier\s+)?this\s+week|last\s+week)(?![\w-])",
    re.IGNORECASE,
)
_ABBREVIATIONS = _words(
    "mr mrs ms dr st jr sr gen lt col sgt rep sen gov pres prof jan feb mar apr jun jul "
    "aug sep sept oct nov dec no vs etc inc corp co fig approx est"
)
_QUOTE_MARKS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
_OPENERS = "\u201c\u201e\u201f\u00ab"
_CLOSERS = "\u201d\u00bb"
_SENTENCE_END = re.compile(
    r"[.!?][\"\u201d\u2019\u00bb')\]]*(?=\s+[\"\u201c\u2018\u00ab(\[A-Z0-9])"
)


# -- analysis: where the quotations and the reported speech are --------------------------


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: ``start``..``end`` is its inner text (without marks)."""

    start: int
    end: int
    open_mark: int | None  # position of the opening mark; None when it is missing
    close_mark: int | None  # position of the closing mark; None when it is missing
    paragraph: int

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


@dataclass(frozen=True, slots=True)
class Verb:
    """A speech verb in the text and the span of its subject (or object for 'according to')."""

    start: int
    end: int
    phrase: str  # the verb as a key of VERB_ACTS
    np_start: int
    np_end: int
    appositive: tuple[int, int] | None = None
    passive: bool = False


@dataclass(slots=True)
class Analysis:
    """What ``analyse`` finds in a text."""

    text: str
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int, int]]  # start, end, paragraph index
    quotes: list[Quote]
    masked: str  # the text with quoted words replaced by 'x', same length

    def sentence_at(self, pos: int) -> tuple[int, int, int]:
        for sentence in self.sentences:
            if sentence[0] <= pos < sentence[1]:
                return sentence
        for sentence in reversed(self.sentences):
            if sentence[0] <= pos:
                return sentence
        return self.sentences[0] if self.sentences else (0, len(self.text), 0)

    def long_quotes(self) -> list[Quote]:
        return [q for q in self.quotes if q.words(self.text) >= MIN_QUOTE_WORDS]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: one per line, or per blank-line block when lines are hard-wrapped."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            lead = len(body) - len(body.lstrip())
            lines.append((pos + lead, pos + len(body.rstrip())))
        else:
            lines.append((pos, pos))  # blank line marker
        pos += len(line)
    filled = [(a, b) for a, b in lines if b > a]
    long_lines = [b - a for a, b in filled]
    wrapped = (
        len(filled) >= 3
        and max(long_lines) <= 100
        and sum(1 for n in long_lines if n >= 55) >= len(long_lines) // 2
    )
    if not wrapped:
        return filled
    blocks: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for a, b in lines:
        if b == a:
            if current:
                blocks.append(current)
            current = None
        else:
            current = (current[0], b) if current else (a, b)
    if current:
        blocks.append(current)
    return blocks


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    begin = start
    for m in _SENTENCE_END.finditer(text, start, end):
        dot = m.start()
        word = re.search(r"([\w.]+)$", text[begin:dot])
        token = word.group(1) if word else ""
        if text[dot] == "." and (
            token.lower() in _ABBREVIATIONS
            or re.fullmatch(r"[A-Z]", token)
            or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token)
        ):
            continue
        out.append((begin, m.end()))
        begin = m.end()
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end:
        out.append((begin, end))
    return out


def _mark_role(text: str, pos: int, start: int, end: int) -> str:
    prev = text[pos - 1] if pos > start else ""
    nxt = text[pos + 1] if pos + 1 < end else ""
    opening = (prev == "" or prev.isspace() or prev in "([{\u2014\u2013-/") and (
        nxt != "" and not nxt.isspace()
    )
    closing = (prev != "" and not prev.isspace()) and (
        nxt == "" or nxt.isspace() or nxt in ".,;:!?)]}\u2014\u2013-"
    )
    if opening and not closing:
        return "open"
    if closing and not opening:
        return "close"
    char = text[pos]
    if char in _OPENERS:
        return "open"
    if char in _CLOSERS:
        return "close"
    return "either"


def _find_quotes(
    text: str, para: tuple[int, int], index: int, sentences: list[tuple[int, int]]
) -> list[Quote]:
    start, end = para
    quotes: list[Quote] = []
    open_at: int | None = None
    last_end = start

    def sentence_start(pos: int) -> int:
        for a, b in sentences:
            if a <= pos < b:
                return a
        return start

    def add(inner_start: int, inner_end: int, o: int | None, c: int | None) -> None:
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1] in " \t,;:":
            inner_end -= 1
        if inner_end > inner_start:
            quotes.append(Quote(inner_start, inner_end, o, c, index))

    for m in re.finditer(f"[{_QUOTE_MARKS}]", text[start:end]):
        pos = start + m.start()
        role = _mark_role(text, pos, start, end)
        if open_at is None:
            if role == "close":
                # a quotation that lacks its opening mark: from its sentence's start
                add(max(sentence_start(pos), last_end), pos, None, pos)
                last_end = pos + 1
            else:
                open_at = pos
        elif role == "open":
            # a new quotation opens before the previous one closed
            add(open_at + 1, pos, open_at, None)
            open_at = pos
        else:
            add(open_at + 1, pos, open_at, pos)
            open_at = None
            last_end = pos + 1
    if open_at is not None:
        add(open_at + 1, end, open_at, None)
    return quotes


def analyse(text: str) -> Analysis:
    """Paragraphs, sentences and quotations of ``text`` (offsets into ``text``)."""
    paras = paragraphs(text)
    sentences: list[tuple[int, int, int]] = []
    quotes: list[Quote] = []
    for i, para in enumerate(paras):
        spans = _split_sentences(text, *para)
        sentences.extend((a, b, i) for a, b in spans)
        quotes.extend(_find_quotes(text, para, i, spans))
    chars = list(text)
    for q in quotes:
        for k in range(q.start, q.end):
            if not chars[k].isspace():
                chars[k] = "x"
    return Analysis(text, paras, sentences, quotes, "".join(chars))


def _tokens_back(text: str, pos: int, limit: int) -> list[tuple[int, int]]:
    """Word spans before ``pos`` going back to ``limit``, nearest first."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[limit:pos])]
    return [(a + limit, b + limit) for a, b in reversed(spans)]


def _is_name_like(words: list[str]) -> bool:
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _subject_before(
    masked: str, sent_start: int, verb_start: int
) -> tuple[int, int, tuple[int, int] | None] | None:
    """The subject span before a verb (and an appositive), skipping auxiliaries and dates."""
    tokens = _tokens_back(masked, verb_start, sent_start)
    i = 0
    while i < len(tokens):
        a, b = tokens[i]
        word = masked[a:b].strip(".,").lower()
        if masked[b - 1] in ",;:" or masked[a:b] in ("-", "--", "\u2014", "\u2013"):
            break
        if word in _AUX or word in _WEEKDAYS or (word.endswith("ly") and word[:1].islower()):
            i += 1
            continue
        break
    if i >= len(tokens):
        return None
    if masked[tokens[i][1] - 1] == ",":
        # "X, deputy head of Y, told ...": the subject is the clause's first segment
        clause = _clause_start(masked, tokens, i)
        first = masked.find(",", clause, tokens[i][1] - 1)
        if first < 0:
            return None
        head = masked[clause:first].strip()
        words = head.split()
        if not words or len(words) > 6 or any(c in head for c in _QUOTE_MARKS):
            return None
        head_start = clause + (len(masked[clause:first]) - len(masked[clause:first].lstrip()))
        return head_start, head_start + len(head), (first + 1, tokens[i][1] - 1)
    span = _np_back(masked, tokens, i)
    if span is None:
        return None
    return span[0], span[1], None


def _clause_start(masked: str, tokens: list[tuple[int, int]], i: int) -> int:
    start = tokens[i][0]
    for a, b in tokens[i:]:
        bare = masked[a:b].strip(".,;:()").lower()
        if bare in _BOUNDARY_WORDS or masked[b - 1] in ";:" or any(c in masked[a:b] for c in "()"):
            break
        start = a
    return start


def _np_back(masked: str, tokens: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """Collect a noun phrase backwards from token ``i`` (which ends it)."""
    end = tokens[i][1]
    start = tokens[i][0]
    k = i
    while k < len(tokens):
        a, b = tokens[k]
        word = masked[a:b]
        bare = word.strip(".,;:()").lower()
        if k > i and word.endswith((",", ";", ":")):
            break
        if bare in _BOUNDARY_WORDS or any(c in word for c in _QUOTE_MARKS + "()"):
            break
        start = a
        k += 1
        if k - i > 12:
            return None
    # "Washington, Seoul and other countries": a list runs on through its commas
    if " and " in masked[start:end]:
        while k < len(tokens) and masked[tokens[k][1] - 1] == ",":
            j = k
            item: list[tuple[int, int]] = []
            while j < len(tokens):
                item.append(tokens[j])
                if j + 1 >= len(tokens) or masked[tokens[j + 1][1] - 1] in ",;:":
                    break
                j += 1
            words = [masked[a:b].strip(",") for a, b in item]
            if not _is_name_like(words):
                break
            start = item[-1][0]
            k = j + 1
    if start >= end:
        return None
    return (start, end)


def _np_after(masked: str, pos: int, sent_end: int) -> tuple[int, int] | None:
    rest = masked[pos:sent_end]
    cut = len(rest)
    for mark in ",;:()" + _QUOTE_MARKS:
        found = rest.find(mark)
        if 0 <= found < cut:
            cut = found
    for word in (" that ", " who ", " which "):
        found = rest.find(word)
        if 0 <= found < cut:
            cut = found
    a, b = pos, pos + cut
    while a < b and masked[a].isspace():
        a += 1
    while b > a and (masked[b - 1].isspace() or masked[b - 1] in ".!?"):
        b -= 1
    if b <= a or len(masked[a:b].split()) > 12:
        return None
    return (a, b)


def find_verbs(analysis: Analysis, start: int, end: int) -> list[Verb]:
    """Speech verbs in ``start``..``end`` (outside quotes), each with its subject span.

    A verb inside the reported clause of another ("told X that the two countries
    hoped...") is skipped: it is part of what was said, not another claim.
    """
    masked = analysis.masked
    verbs: list[Verb] = []
    consumed: list[tuple[int, int]] = []
    for m in _VERB_RE.finditer(masked, start, end):
        phrase = re.sub(r"\s+", " ", m.group(1).lower())
        if any(a <= m.start() < b for a, b in consumed):
            continue
        nested = any(
            re.search(r"\bthat\b", masked[v.end : m.start()]) and v.phrase != "according to"
            for v in verbs
        )
        if phrase == "according to":
            span = _np_after(masked, m.end(), end)
            if span is None:
                continue
            consumed.append(span)
            verbs.append(Verb(m.start(), m.end(), phrase, *span))
            continue
        before = masked[max(start, m.start() - 12) : m.start()].lower()
        if re.search(r"\b(?:was|were|is|are|been|be)\s+$", before):
            by = re.match(r"\s+by\s+", masked[m.end() : end])
            if not by:
                continue
            span = _np_after(masked, m.end() + by.end(), end)
            if span is None:
                continue
            consumed.append(span)
            verbs.append(Verb(m.start(), m.end(), phrase, *span, passive=True))
            continue
        if phrase in ("suspected", "reported", "reports", "claims") and not (
            re.search(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?$", before)
            or re.match(
                r"\s+(?:that|on|in|\w+day|earlier|previously|last|this|yesterday|today)\b",
                masked[m.end() : end],
            )
            or re.match(r"\s*[,.]", masked[m.end() : end])
        ):
            continue  # "suspected arms deals", "reported talks": adjectives and nouns
        subject = _subject_before(masked, start, m.start())
        if subject is None and nested:
            continue
        if subject is None:
            inverted = re.match(r"\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})", masked[m.end() :])
            if phrase in _ATTRIBUTION_VERBS and inverted:
                a = m.end() + inverted.start(1)
                verbs.append(Verb(m.start(), m.end(), phrase, a, m.end() + inverted.end(1)))
            continue
        np_start, np_end, appositive = subject
        if nested and not masked[:np_start].rstrip().endswith(","):
            continue  # inside what was said; ", KCNA reported." after it is not
        verbs.append(Verb(m.start(), m.end(), phrase, np_start, np_end, appositive))
    return verbs


def quote_span(a: Analysis, quote: Quote) -> tuple[int, int]:
    """The excerpt of a quotation: its sentence(s), up to the next quotation."""
    anchor = quote.close_mark if quote.close_mark is not None else quote.end - 1
    start = a.sentence_at(quote.open_mark if quote.open_mark is not None else quote.start)[0]
    end = a.sentence_at(anchor)[1]
    for other in a.quotes:
        if other.open_mark is not None and anchor < other.open_mark < end:
            end = other.open_mark
            break
    while end > start and a.text[end - 1].isspace():
        end -= 1
    return start, max(end, anchor + 1)


def attribution(a: Analysis, quote: Quote) -> Verb | None:
    """The speech verb that attributes a quotation: after it, else just before it."""
    start, end = quote_span(a, quote)
    if quote.close_mark is not None:
        after = find_verbs(a, quote.close_mark + 1, end)
        verb = next((v for v in after if v.phrase in _ATTRIBUTION_VERBS), None)
        if verb is not None:
            return verb
    if quote.open_mark is not None:
        before = [
            v
            for v in find_verbs(a, start, quote.open_mark)
            if v.phrase in _ATTRIBUTION_VERBS and len(a.masked[v.end : quote.open_mark]) < 40
        ]
        if before:
            return before[-1]
    return None


# -- mentions of known actors and outlets --------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    ref: str
    kind: str  # the actor's kind, or "outlet"
    by: str  # "name", "alias" or "title"


def _surface_pattern(surface: str) -> re.Pattern[str] | None:
    surface = surface.strip()
    if len(surface) < 2:
        return None
    body = re.escape(surface).replace(r"\ ", r"\s+")
    flags = 0
    if surface.isupper() and surface.isalpha() and len(surface) <= 4:
        body = "(?:" + body + "|" + r"\.".join(surface) + r"\.)"
    elif not (surface.isupper() or len(surface) <= 3):
        flags = re.IGNORECASE
    return re.compile(r"(?<![\w-])" + body + r"(?![\w-]|\.\w)", flags)


def _held_at(role: Mapping[str, Any], when: PartialDate | None) -> bool:
    if when is None:
        return True
    try:
        start = parse_date(role["from"]).earliest if role.get("from") else None
        stop = parse_date(role["to"]).latest if role.get("to") else None
    except DateError:
        return True
    return (start is None or start <= when.latest) and (stop is None or stop >= when.earliest)


@dataclass(slots=True)
class Index:
    """Every mention of a known actor or outlet in one text, longest match first."""

    mentions: list[Mention]
    names: dict[str, str]  # id -> canonical name
    kinds: dict[str, str]

    @classmethod
    def build(cls, ledger: Ledger, text: str, published: PartialDate | None) -> Index:
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
            entries.extend(
                (a, aid, kinds[aid], "alias")
                for a in actor.get("aliases") or []
                if isinstance(a, str)
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
            if len(oid) >= 3 and oid.isalpha():
                surfaces.append(oid)
            entries.extend((s, oid, "outlet", "name") for s in surfaces)
        seen: set[tuple[str, str]] = set()
        for surface, ref, kind, by in entries:
            if (surface, ref) in seen:
                continue
            seen.add((surface, ref))
            pattern = _surface_pattern(surface)
            if pattern is None:
                continue
            found.extend(Mention(m.start(), m.end(), ref, kind, by) for m in pattern.finditer(text))
        found.sort(key=lambda m: (m.start, -(m.end - m.start), m.kind == "outlet"))
        kept: list[Mention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                continue
            kept.append(mention)
        return cls(kept, names, kinds)

    def within(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def before(self, pos: int) -> Iterable[Mention]:
        return (m for m in reversed(self.mentions) if m.end <= pos)


# -- drafts -------------------------------------------------------------------------------


@dataclass(slots=True)
class Draft:
    """A candidate claim; ``start``..``end`` is its excerpt in the source text."""

    start: int
    end: int
    line: int
    mode: str
    excerpt: str
    act: str
    verb: str
    speaker: str | None
    speaker_text: str
    resolved_by: str  # name, alias, title, pronoun, continuation, new
    quote: str | None = None
    said: dict[str, str] | None = None
    relay: list[dict[str, str]] = field(default_factory=list)
    venue: str | None = None
    hedge: str | None = None
    certainty: str | None = None
    new_actor: dict[str, Any] | None = None
    id: str = ""

    def claim(self, source_id: str, draft: bool = True) -> dict[str, Any]:
        """The claim as a ledger entry (field order as in the format)."""
        entry: dict[str, Any] = {"id": self.id, "speaker": self.speaker, "source": source_id}
        entry["mode"] = self.mode
        entry["excerpt"] = self.excerpt
        if self.quote is not None:
            entry["quote"] = self.quote
        entry["act"] = self.act
        if self.hedge:
            entry["hedge"] = self.hedge
        if self.certainty:
            entry["certainty"] = self.certainty
        if self.said:
            entry["said"] = dict(self.said)
        if self.venue:
            entry["venue"] = self.venue
        if self.relay:
            entry["relay"] = [dict(h) for h in self.relay]
        if draft:
            entry["draft"] = True
        return entry


@dataclass(slots=True)
class Extraction:
    source_id: str
    drafts: list[Draft]
    new_actors: list[dict[str, Any]]


@dataclass(slots=True)
class _Resolved:
    ref: str | None
    text: str
    by: str
    new_actor: dict[str, Any] | None = None


_PERSON_NOUNS = _words(
    "official spokesperson spokesman spokeswoman minister diplomat envoy secretary "
    "ambassador general commander lawmaker senator adviser advisor aide"
)


class _Extractor:
    def __init__(self, ledger: Ledger, source: Source) -> None:
        self.ledger = ledger
        self.source = source
        self.text = source.text
        self.published = _published(source)
        self.analysis = analyse(self.text)
        self.furniture = furniture_spans(source)
        self.index = Index.build(ledger, self.text, self.published)
        self.taken: set[str] = {
            str(r.get("id")) for records in ledger.sections.values() for r in records
        }
        self.new_actors: dict[str, dict[str, Any]] = {}  # folded name -> actor
        self.speakers: list[tuple[int, str, str]] = []  # (pos, ref, kind) of earlier drafts
        outlet = source.meta.get("outlet")
        self.outlet = outlet if isinstance(outlet, str) else None

    # -- helpers -------------------------------------------------------------------------
    def line_of(self, pos: int) -> int:
        return self.source.body_line + self.text.count("\n", 0, pos)

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    def _proposed(self, ref: str) -> dict[str, Any] | None:
        """The new actor this extraction proposes under ``ref``, if any."""
        return next((a for a in self.new_actors.values() if a["id"] == ref), None)

    def kind_of(self, ref: str) -> str:
        if ref in self.index.kinds:
            return self.index.kinds[ref]
        proposed = self._proposed(ref)
        return str(proposed["kind"]) if proposed else "person"

    def paragraph_of(self, pos: int) -> int:
        return self.analysis.sentence_at(pos)[2]

    def when(self, start: int, end: int) -> dict[str, str] | None:
        if self.published is None:
            return None
        for m in _DATE_RE.finditer(self.text, start, end):
            expression = re.sub(r"\s+", " ", m.group(0))
            try:
                resolved = resolve_relative(expression, self.published)
            except DateError:
                continue
            return {"date": str(resolved.value), "expression": expression}
        return None

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
        return True

    def antecedent(self, pos: int, want: str, noun: str = "") -> str | None:
        """The nearest earlier speaker or mention that fits (speakers first for bodies)."""
        para = self.paragraph_of(pos)
        earlier = [(p, ref, kind) for p, ref, kind in self.speakers if p < pos]
        mentions = [(m.start, m.ref) for m in self.index.before(pos) if self._fits(m.kind, want)]
        if noun:
            named = [
                (p, r)
                for p, r in [(p, r) for p, r, _ in earlier] + mentions
                if noun in self.name_of(r).lower() or noun in self.surface_of(p).lower()
            ]
            if named:
                return max(named)[1]
        if noun in _BODY_NOUNS and noun != "government":
            # "the ministry" is a body of a state, not the state itself
            want = "organisation"
            mentions = [
                (p, r) for p, r in mentions if self.kind_of(r) in ("organisation", "state-media")
            ]
        speakers = [
            (p, ref, kind)
            for p, ref, kind in earlier
            if self._fits(kind, want) and para - self.paragraph_of(p) <= 3
        ]
        if want == "person":
            pool = [(p, r) for p, r, _ in speakers] + mentions
            return max(pool)[1] if pool else None
        if speakers:
            # "it said": a body that speaks (a ministry, an agency) before a country
            bodies = [(p, r) for p, r, k in speakers if k not in ("government", "collective")]
            return max(bodies or [(p, r) for p, r, _ in speakers])[1]
        return max(mentions)[1] if mentions else None

    def name_of(self, ref: str) -> str:
        if ref in self.index.names:
            return self.index.names[ref]
        proposed = self._proposed(ref)
        return str(proposed["name"]) if proposed else ref

    def surface_of(self, pos: int) -> str:
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

    # -- speaker resolution ------------------------------------------------------------
    def resolve(self, start: int, end: int, appositive: tuple[int, int] | None) -> list[_Resolved]:
        text = self.text
        phrase = text[start:end].strip(" ,.;:")
        words = phrase.split()
        if not words:
            return []
        lower = [w.lower().strip(".,'\u2019") for w in words]
        if len(words) == 1 and lower[0] in _PRONOUNS:
            ref = self.antecedent(start, _PRONOUNS[lower[0]])
            return [_Resolved(ref, phrase, "pronoun")] if ref else []
        inside = [(m.start, m.end) for m in self.index.within(start, end)]
        parts = _coordination(text, start, end, inside)
        resolved: list[_Resolved] = []
        unknown: list[tuple[int, int]] = []
        for a, b in parts:
            mention = self.head_mention(a, b)
            if mention is not None:
                resolved.append(
                    _Resolved(mention.ref, text[mention.start : mention.end], mention.by)
                )
            else:
                unknown.append((a, b))
        if appositive and not resolved:
            titled = [m for m in self.index.within(*appositive) if m.by == "title"]
            if titled:
                return [_Resolved(titled[0].ref, phrase, "title")]
        if resolved:
            unique: dict[str | None, _Resolved] = {}
            for r in resolved:
                unique.setdefault(r.ref, r)
            return list(unique.values())
        out: list[_Resolved] = []
        for a, b in unknown:
            out.extend(self.describe(a, b, many=len(parts) > 1))
        return out

    def head_mention(self, start: int, end: int) -> Mention | None:
        """The mention that heads a phrase: it ends the phrase (modifiers come before)."""
        inside = [m for m in self.index.within(start, end)]
        if not inside:
            return None
        tail = self.text[start:end].rstrip(" ,.;:")
        last = inside[-1]
        if start + len(tail) - last.end <= 0:
            return last
        titled = [m for m in inside if m.by == "title"]
        return titled[-1] if titled else None

    def describe(self, start: int, end: int, many: bool) -> list[_Resolved]:
        """A phrase naming no known actor: an anaphor, a description, or a new actor."""
        phrase = self.text[start:end].strip(" ,.;:")
        words = phrase.split()
        lower = [w.lower().strip(".,'\u2019") for w in words]
        if not words:
            return []
        if lower[0] == "the" and len(words) <= 4 and lower[-1] in _ANAPHOR_NOUNS:
            ref = self.antecedent(start, _ANAPHOR_NOUNS[lower[-1]], lower[-1])
            if ref:
                return [_Resolved(ref, phrase, "anaphor")]
        if lower[0] in ("a", "an") and lower[-1] in _PERSON_NOUNS:
            ref = self.person_after(end)
            if ref:
                return [_Resolved(ref, phrase, "description")]
        if many and len(words) == 1:
            return []
        new = self.propose(phrase, start)
        return [_Resolved(new["id"], phrase, "new", new)] if new else []

    def propose(self, phrase: str, pos: int) -> dict[str, Any] | None:
        words = [w for w in re.split(r"\s+", phrase.strip(" ,.;:")) if w]
        while words and words[0].lower() in _DETERMINERS:
            words = words[1:]
        if not words or len(words) > 7:
            return None
        if "xx" in self.analysis.masked[pos : pos + len(phrase)]:
            return None
        head = words[-1].lower().strip(".,")
        capitalised = all(w[:1].isupper() or w in ("of", "for", "and", "the", "on") for w in words)
        if head in _COLLECTIVE_NOUNS:
            kind = "collective"
        elif any(w.lower() in _BODY_NOUNS for w in words) or (
            len(words) == 1 and words[0].isupper() and len(words[0]) > 1
        ):
            kind = "organisation"
        elif (capitalised and words[0][:1].isupper()) or head in _PERSON_NOUNS:
            kind = "person"
        else:
            return None
        name = " ".join(words)
        if kind == "person" and len(words) == 1:
            name = self._full_name(name, pos)
        key = name.casefold()
        if key in self.new_actors:
            return self.new_actors[key]
        for known in self.new_actors.values():
            if key in [a.casefold() for a in known.get("aliases", [])]:
                return known
        actor_id = unique_id(slugify(name) or "actor", self.taken)
        self.taken.add(actor_id)
        actor: dict[str, Any] = {"id": actor_id, "name": name, "kind": kind}
        if kind == "person" and name != " ".join(words):
            actor["aliases"] = [" ".join(words)]
        actor["note"] = f"Proposed from source {self.source.id}; review before use."
        self.new_actors[key] = actor
        return actor

    def _full_name(self, word: str, pos: int) -> str:
        """A lone surname ("Pak") expanded to the full name written earlier ("Pak Hyon Su")."""
        pattern = re.compile(r"(?<![\w-])(?:[A-Z][\w'-]*\.?\s+){0,3}[A-Z][\w'-]*(?![\w-])")
        best = word
        for m in pattern.finditer(self.text, 0, pos):
            parts = m.group(0).split()
            if len(parts) > 1 and word in (parts[0], parts[-1]) and len(m.group(0)) > len(best):
                best = re.sub(r"\s+", " ", m.group(0))
        return best

    def relay_outlet(self, start: int, end: int) -> str | None:
        for m in self.index.within(start, end):
            if m.kind in ("outlet", "state-media"):
                return m.ref
        return None

    # -- the two kinds of draft --------------------------------------------------------
    def run(self) -> list[Draft]:
        a = self.analysis
        attributions = {id(q): attribution(a, q) for q in a.long_quotes()}
        consumed = {v.start for v in attributions.values() if v is not None}
        events: list[tuple[int, int, Quote | None, tuple[int, int]]] = []
        for q in a.long_quotes():
            if not within(self.text, q.start, q.end, self.furniture):
                events.append((q.start, 1, q, (0, 0)))
        for start, end, _ in a.sentences:
            if not within(self.text, start, end, self.furniture):
                events.append((start, 0, None, (start, end)))
        events.sort(key=lambda e: (e[0], e[1]))
        drafts: list[Draft] = []
        previous: Draft | None = None
        previous_para = -10
        for _, _, quote, span in events:
            if quote is None:
                for draft in self.reported(*span, consumed):
                    drafts.append(draft)
                    self.remember(draft, span[0])
                continue
            found = self.quote_draft(quote, attributions[id(quote)], previous, previous_para)
            if found is None:
                continue
            drafts.append(found)
            previous, previous_para = found, quote.paragraph
            self.remember(found, quote.start)
        drafts.sort(key=lambda d: (d.start, d.mode != "quote"))
        self.assign_ids(drafts)
        return drafts

    def remember(self, draft: Draft, pos: int) -> None:
        if draft.speaker:
            self.speakers.append((pos, draft.speaker, self.kind_of(draft.speaker)))

    def quote_draft(
        self, quote: Quote, verb: Verb | None, previous: Draft | None, previous_para: int
    ) -> Draft | None:
        start, end = quote_span(self.analysis, quote)
        inner = self.slice(quote.start, quote.end)
        if verb is None:
            if previous is None or previous.mode != "quote" or quote.paragraph - previous_para > 1:
                return None
            draft = Draft(
                start=start,
                end=end,
                line=self.line_of(quote.start),
                mode="quote",
                excerpt=self.slice(start, end),
                act="asserts",
                verb="",
                speaker=previous.speaker,
                speaker_text=previous.speaker_text,
                resolved_by="continuation",
                quote=inner,
                said=previous.said,
                relay=list(previous.relay),
                venue=previous.venue,
                new_actor=previous.new_actor,
            )
            self.hedge(draft, inner)
            return draft
        resolved = self.resolve(verb.np_start, verb.np_end, verb.appositive)
        if not resolved:
            return None
        who = resolved[0]
        draft = Draft(
            start=start,
            end=end,
            line=self.line_of(quote.start),
            mode="quote",
            excerpt=self.slice(start, end),
            act=VERB_ACTS[verb.phrase],
            verb=verb.phrase,
            speaker=who.ref,
            speaker_text=who.text,
            resolved_by=who.by,
            quote=inner,
            new_actor=who.new_actor,
        )
        attribution_end = end if verb.start > quote.start else quote.start
        draft.said = self.when(min(verb.np_start, verb.start), attribution_end)
        draft.relay = self.relays(verb, end, who.ref)
        draft.venue = self.venue(draft.excerpt, draft)
        self.hedge(draft, inner)
        return draft

    def relays(self, verb: Verb, end: int, speaker: str | None) -> list[dict[str, str]]:
        hops: list[dict[str, str]] = []
        if verb.phrase in ("told", "tells"):
            obj = _np_after(self.analysis.masked, verb.end, end)
            if obj:
                outlet = self.relay_outlet(*obj)
                if outlet:
                    hops.append({"via": outlet, "how": "interview"})
        return [h for h in hops if h["via"] not in (speaker, self.outlet)]

    def venue(self, sentence: str, draft: Draft) -> str | None:
        lowered = sentence.lower()
        for needle, kind in _VENUES:
            if needle in lowered:
                return kind
        if any(h.get("how") == "interview" for h in draft.relay):
            return "interview"
        return None

    def hedge(self, draft: Draft, words: str) -> None:
        for needle, certainty in _HEDGES:
            m = re.search(r"(?<![\w-])" + re.escape(needle) + r"(?![\w-])", words)
            if m:
                draft.hedge = m.group(0)
                draft.certainty = certainty
                return

    def reported(self, start: int, end: int, consumed: set[int]) -> list[Draft]:
        verbs = [v for v in find_verbs(self.analysis, start, end) if v.start not in consumed]
        resolved = [(v, self.resolve(v.np_start, v.np_end, v.appositive)) for v in verbs]
        pairs = [(v, who) for v, rs in resolved for who in rs]
        if not pairs:
            return []
        outlet_verbs = ("reported", "reports", "according to", "said", "says")

        def relays_only(v: Verb, who: _Resolved) -> bool:
            kind = self.kind_of(who.ref or "")
            return v.phrase in outlet_verbs and kind in ("outlet", "state-media")

        main = [(v, who) for v, who in pairs if not relays_only(v, who)]
        relays = [
            {"via": who.ref, "how": "report"}
            for v, who in pairs
            if who.ref and relays_only(v, who) and who.ref != self.outlet
        ]
        claims = main if main else pairs
        drafts: list[Draft] = []
        seen: set[str | None] = set()
        excerpt = self.slice(start, end)
        for v, who in claims:
            if who.ref in seen:
                continue
            seen.add(who.ref)
            act = VERB_ACTS[v.phrase]
            kind = self.kind_of(who.ref or "")
            if act == "asserts" and kind in ("outlet", "state-media"):
                act = "reports"
            draft = Draft(
                start=start,
                end=end,
                line=self.line_of(start),
                mode="reported",
                excerpt=excerpt,
                act=act,
                verb=v.phrase,
                speaker=who.ref,
                speaker_text=who.text,
                resolved_by=who.by,
                new_actor=who.new_actor,
            )
            draft.said = self.when(min(v.np_start, v.start), min(end, v.end + 40))
            hops = self.relays(v, end, who.ref) if main else []
            for hop in relays if main else []:
                if hop["via"] != who.ref and hop["via"] not in [h["via"] for h in hops]:
                    hops.append(hop)
            draft.relay = hops
            draft.venue = self.venue(excerpt, draft)
            self.hedge(draft, excerpt)
            drafts.append(draft)
        return drafts

    def assign_ids(self, drafts: list[Draft]) -> None:
        for draft in drafts:
            words = draft.quote or self.slice(draft.start, draft.end)
            base = "-".join(p for p in (slugify(draft.speaker or "x", 3), slugify(words, 4)) if p)
            draft.id = unique_id(base or "claim", self.taken)
            self.taken.add(draft.id)


def _coordination(
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
        parts.append((start + pos, start + m.start()))
        pos = m.end()
    parts.append((start + pos, end))
    return [(a, b) for a, b in parts if text[a:b].strip()]


def _published(source: Source) -> PartialDate | None:
    value = source.meta.get("published")
    if isinstance(value, dict):
        value = value.get("date")
    if value is None:
        return None
    try:
        return parse_date(value)
    except DateError:
        return None


def extract(ledger: Ledger, source: Source) -> Extraction:
    """Draft the claims of ``source``; speakers resolved against ``ledger``'s actors."""
    worker = _Extractor(ledger, source)
    drafts = worker.run()
    used = {d.speaker for d in drafts}
    new_actors = [a for a in worker.new_actors.values() if a["id"] in used]
    return Extraction(source.id, drafts, new_actors)


def uncovered(ledger: Ledger, source: Source, drafts: list[Draft]) -> list[Draft]:
    """The drafts that no existing claim on ``source`` already covers: a claim by the same
    speaker over half the draft's passage, or any claim over nearly all of it."""
    speakers = {str(c.get("id")): c.get("speaker") for c in ledger.claims}
    spans = claim_spans(source, ledger.claims)
    out = []
    for draft in drafts:
        span = (draft.start, draft.end)
        if draft.quote is not None:
            inner = source.text.find(draft.quote, draft.start)
            if inner >= 0:
                span = (inner, inner + len(draft.quote))
        length = max(1, span[1] - span[0])
        covered = any(
            overlaps(span, (a, b)) >= length * (0.5 if speakers.get(cid) == draft.speaker else 0.9)
            for cid, a, b in spans
        )
        if not covered:
            out.append(draft)
    return out


def drafts_yaml(
    source: Source, drafts: list[Draft], actors: list[dict[str, Any]], display: str
) -> str:
    """The drafts as YAML to review: proposed actors, then claims, each with a comment
    saying where it is in the source and how its speaker was found."""
    lines = [
        f"# Draft claims from {source.id} ({display}): {len(drafts)} claim(s),"
        f" {len(actors)} proposed actor(s).",
        "# Review each one, then remove 'draft: true'. Excerpts are verbatim from the source.",
    ]
    if actors:
        lines.append("actors:")
        for actor in actors:
            lines.extend(yaml_list_item(actor, 2))
    lines.append("claims:" if drafts else "claims: []")
    for draft in drafts:
        how = {
            "name": "by name",
            "alias": "by alias",
            "title": "by role title",
            "pronoun": "pronoun, nearest mention",
            "anaphor": "nearest earlier mention",
            "description": "description, named next",
            "continuation": "same speaker as the quotation before",
            "new": "NEW actor, proposed above",
        }.get(draft.resolved_by, draft.resolved_by)
        verb = f", verb '{draft.verb}'" if draft.verb else ""
        lines.append(f"  # {display}:{draft.line}: speaker '{draft.speaker_text}' ({how}){verb}")
        lines.extend(yaml_list_item(draft.claim(source.id), 2))
    return "\n".join(lines) + "\n"
