"""Stage 1: where the paragraphs, sentences, quotations, datelines and furniture are.

Nothing here knows an actor. ``analyse`` pairs opening and closing quotation marks of
any kind (tolerating a missing one), splits sentences (not after "Sept." or "U.S."),
and finds datelines (``VLADIVOSTOK, Russia, Sept 13 (Reuters) -``): a dateline is cut
off its sentence, so it never becomes part of a speaker, and the agency it names is
kept as the relay it is. ``detect_furniture`` finds the page furniture of wire copy
(headlines, bylines, time stamps, "Read more" teasers, captions, credits).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

MIN_QUOTE_WORDS = 4
"""Quoted passages shorter than this are terms or scare quotes, unless a speech verb
attributes them ("It's another fake," Peskov said)."""

QUOTE_MARKS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
_OPENERS = "\u201c\u201e\u201f\u00ab"
_CLOSERS = "\u201d\u00bb"
_SENTENCE_END = re.compile(
    r"[.!?][\"\u201d\u2019\u00bb')\]]*(?=\s+[\"\u201c\u2018\u00ab(\[A-Z0-9])"
)
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr gen lt col sgt rep sen gov pres prof jan feb mar apr jun jul "
    "aug sep sept oct nov dec no vs etc inc corp co fig approx est maj adm capt cmdr "
    "brig res retd".split()
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_AGENCY = (
    r"Reuters|AP|AFP|IANS|Yonhap|TASS|UPI|Xinhua|Kyodo|ANI|PTI|dpa|Bernama|BERNAMA|KCNA|"
    r"Interfax|VNA|Antara|ANTARA|MONTSAME|Montsame|AA|Anadolu|EFE|APP|BSS|Sputnik|"
    r"RIA\s+Novosti|Ukrinform|UNIAN|Jiji"
)
_LETTERS = r"[^\W\d_]"  # a letter of any script ("Ha Noi" written "H\u00e0 N\u1ed9i")
DATELINE_RE = re.compile(
    r"(?!(?i:q|questions?|reporters?|journalists?|moderator)\s*\()"  # "QUESTION (Reuters):"
    r"(?P<place>(?-i:[A-Z])(?:"
    + _LETTERS
    + r"|[.'\u2019-])*(?:[ /-](?-i:[A-Z])(?:"
    + _LETTERS
    + r"|[.'\u2019-])*){0,3}"
    r"(?:,\s+[A-Z][A-Za-z.'\u2019]*(?:\s[A-Z][A-Za-z.'\u2019]*){0,2})?)"
    r"(?P<date>,\s+" + _MONTH + r"\s+\d{1,2}(?:,\s+\d{4})?)?"
    r"\s*(?:\((?P<agency>" + _AGENCY + r")\)|(?P<network>CNN|BBC|NHK)\b|"
    r"\((?P<house>[A-Z][\w&.'\u2019 -]{1,30}?)\)(?=\s*(?:--?|\u2014|\u2013)\s))"
    r"\s*(?P<dash>--?|\u2014|\u2013|:|\.(?=\s))?\s*"
)
"""A dateline at the start of a paragraph: place, optional date, then the agency in
brackets (or a network's name) and a dash; never a transcript's questioner with the
outlet asking ("QUESTION (Reuters):"). Another name in brackets before a dash is the
house's own or an agency the ledger may know ("TAIPEI (Taiwan News) \u2014", "SEOUL, May 1
(AJP) -"): a dateline when the place is in capitals."""
_AGENCY_IDS = {"AP": "ap", "AFP": "afp", "REUTERS": "reuters", "YONHAP": "yonhap"}


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
class Dateline:
    start: int
    end: int
    agency: str | None  # the agency as printed ("Reuters", "IANS"), if any


@dataclass(slots=True)
class Analysis:
    """What ``analyse`` finds in a text."""

    text: str
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int, int]]  # start, end, paragraph index
    quotes: list[Quote]
    masked: str  # the text with quoted words replaced by 'x', same length
    datelines: list[Dateline] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def sentence_at(self, pos: int) -> tuple[int, int, int]:
        """The sentence holding ``pos``, else the last one before it, else the first.
        Sentences are in text order and do not overlap, so a bisection finds it."""
        if not self.sentences:
            return (0, len(self.text), 0)
        if len(self._starts) != len(self.sentences):
            self._starts = [s[0] for s in self.sentences]
        i = bisect.bisect_right(self._starts, pos) - 1
        return self.sentences[i] if i >= 0 else self.sentences[0]

    def sentence_index(self, pos: int) -> int:
        """The index in ``sentences`` of ``sentence_at(pos)``."""
        sentence = self.sentence_at(pos)
        return max(0, bisect.bisect_left(self._starts, sentence[0])) if self._starts else 0

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


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
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


_SINGLE_MARKS = "'\u2018\u2019"
_SINGLE_QUOTED = re.compile(
    r"(?m)(?:^|(?<=[\s(]))['\u2018][A-Z][^\n'\u2018\u2019]{12,}?[,.?!]['\u2019](?=\s+[a-zA-Z])"
)
"""A quotation in single marks closed before its attribution ("'They are being used as
cannon fodder,' Lee said")."""


def single_quoted(text: str) -> bool:
    """Whether the text quotes in single marks, as British copy does: no double mark in
    it, and a quotation in single marks closed before its attribution."""
    return not any(c in text for c in QUOTE_MARKS) and _SINGLE_QUOTED.search(text) is not None


def _single_role(text: str, pos: int, start: int, end: int, open_single: bool) -> str | None:
    """The role of a single mark in single-quoted copy, or None for an apostrophe ("don't",
    "Korea's", "soldiers' families"): it opens before a letter after a space, and closes a
    quotation open in single marks before a space or a stop."""
    prev = text[pos - 1] if pos > start else ""
    nxt = text[pos + 1] if pos + 1 < end else ""
    if prev.isalnum() and nxt.isalnum():
        return None
    if not open_single:
        opens = (prev == "" or prev.isspace() or prev in "([\u2014\u2013-/") and nxt.isalnum()
        return "open" if opens else None
    closes = (
        prev != ""
        and not prev.isspace()
        and (nxt == "" or nxt.isspace() or nxt in ".,;:!?)]}\u2014\u2013-")
    )
    return "close" if closes else None


def _find_quotes(
    text: str,
    para: tuple[int, int],
    index: int,
    sentences: list[tuple[int, int]],
    single: bool = False,
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

    marks = QUOTE_MARKS + (_SINGLE_MARKS if single else "")
    for m in re.finditer(f"[{marks}]", text[start:end]):
        pos = start + m.start()
        if single:
            role = _single_role(text, pos, start, end, open_at is not None)
            if role is None:
                continue  # an apostrophe, or a possessive with nothing open
            if role == "open":
                open_at = pos
                continue
            add(open_at + 1 if open_at is not None else pos, pos, open_at, pos)
            open_at = None
            last_end = pos + 1
            continue
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


def find_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The dateline that opens ``text[start:end]`` (or follows a headline run into it)."""
    for m in DATELINE_RE.finditer(text, start, min(end, start + 400)):
        before = text[start : m.start()]
        if before.strip() and not _headline_like(before):
            continue
        if m.start() > start and (
            not re.search(r"\s$", before) or re.search(r"[.,;:]\s*$", before)
        ):
            continue
        place = m.group("place").split(",")[0]
        if not (m.group("date") or m.group("dash") or place.isupper()):
            continue  # "Korean Central News Agency (KCNA) said"
        if m.start() > start and not (place.isupper() or m.group("date")):
            continue
        if m.group("house") and not place.split()[0].isupper():
            continue  # "Kim Jong Un (Centre) - ...": a caption, no dateline
        return Dateline(
            m.start(), m.end(), m.group("agency") or m.group("network") or m.group("house")
        )
    return None


_BARE_PLACE = r"[A-Z][A-Z.'\u2019-]+(?:[ /][A-Z][A-Z.'\u2019-]+){0,2}"
_BARE_DATELINE_RE = re.compile(
    r"(?P<place>"
    + _BARE_PLACE
    + r")(?P<where>,\s+[A-Z][a-z][A-Za-z.'\u2019]*(?:\s[A-Z][A-Za-z.'\u2019]+){0,2})?"
    r"(?P<date>,\s+" + _MONTH + r"\s+\d{1,2}(?:,\s+\d{4})?)?"
    r"(?:\s*(?P<dash>--?|\u2014|\u2013)\s*|\s+-\s+|(?P<colon>:)\s+|(?<=\d)(?P<stop>\.)\s+)"
    r"(?=[\"\u201c\u2018A-Z0-9])"
)
"""A dateline with no agency: the place in capitals (with its country or a date), then a
dash or a colon ("SEOUL--North Korea ...", "WASHINGTON -- ...", "KYIV, Ukraine — ...",
"SEOUL: ..."), or a date and a full stop ("BAKU, Azerbaijan, October 19. Moscow ...")."""
_NOT_A_PLACE = frozenset(
    "UPDATE UPDATED BREAKING WATCH READ MORE EXCLUSIVE ANALYSIS OPINION EDITORIAL PHOTO PHOTOS "
    "VIDEO LIVE NOTE CORRECTION FACTBOX EXPLAINER QUESTION ANSWER Q A NEWS SOURCE SOURCES "
    "WRITER TEXT TAGS TOPICS RELATED ALSO SEE ADVERTISEMENT MODERATOR NATO KCNA TASS AP AFP "
    "UPI NIS JCS PTI IANS ANI RIA EU UN US UK DPRK ROK USA IMAGE CAPTION FILE WARNING "
    "SUMMARY HIGHLIGHTS KEY POINTS BACKGROUND CONTEXT".split()
)
_COLON_PLACES = frozenset(
    "SEOUL PYONGYANG MOSCOW KYIV KIEV TOKYO BEIJING WASHINGTON VLADIVOSTOK LONDON BRUSSELS "
    "PARIS BERLIN WARSAW VILNIUS RIGA TALLINN HELSINKI STOCKHOLM OSLO ROME MADRID GENEVA "
    "VIENNA ANKARA ISTANBUL JERUSALEM TEHRAN DUBAI DOHA RIYADH CAIRO HANOI BANGKOK JAKARTA "
    "MANILA SINGAPORE TAIPEI ULAANBAATAR ASTANA ALMATY TASHKENT MINSK DELHI ISLAMABAD "
    "CANBERRA SYDNEY OTTAWA KHABAROVSK KURSK KHARKIV ODESA ZAPORIZHZHIA DNIPRO LVIV "
    "BUSAN INCHEON PANMUNJOM YOKOHAMA OSAKA SHANGHAI HONG KONG KUALA LUMPUR NEW YORK "
    "UNITED NATIONS".split()
)
"""Places a dateline with a colon names ("SEOUL: ..."): a colon after any word in
capitals may be a transcript's label ("KIRBY:"), so only a known place counts."""


_TITLED_COLON_DATELINE = re.compile(
    r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?:\s+"
    r"(?=[\"\u201c\u2018A-Z])"
)
"""A known place in title case and a colon ("Seoul: ...", "Seoul, South Korea: ...")."""


def _bare_dateline(text: str, start: int, end: int) -> Dateline | None:
    """A dateline with no agency at the start of ``text[start:end]`` (``_BARE_DATELINE_RE``,
    or a known place in title case before a colon)."""
    m = _BARE_DATELINE_RE.match(text, start, end)
    if m is None:
        titled = _TITLED_COLON_DATELINE.match(text, start, end)
        if titled and set(titled.group("place").upper().split()) <= _COLON_PLACES:
            return Dateline(titled.start(), titled.end(), None)
        return None
    words = re.split(r"[ /]", m.group("place"))
    if any(w.strip(".") in _NOT_A_PLACE for w in words) or len(m.group("place")) < 4:
        return None
    if m.group("colon") and not set(words) & _COLON_PLACES:
        return None
    if m.group("stop") and not m.group("date"):
        return None
    return Dateline(m.start(), m.end(), None)


def agency_id(agency: str) -> str:
    """The usual ledger id of an agency printed in a dateline."""
    return _AGENCY_IDS.get(agency.upper(), agency.lower())


def analyse(text: str) -> Analysis:
    """Paragraphs, sentences, quotations and datelines of ``text`` (offsets into it)."""
    paras = paragraphs(text)
    sentences: list[tuple[int, int, int]] = []
    quotes: list[Quote] = []
    datelines: list[Dateline] = []
    single = single_quoted(text)
    for i, (start, end) in enumerate(paras):
        body_start = start
        if i < 12:
            dateline = find_dateline(text, start, end)
            if dateline is None and i < 6 and not datelines:
                dateline = _bare_dateline(text, start, end)
            if dateline is not None:
                datelines.append(dateline)
                if dateline.start > start:  # the headline run into it is a sentence
                    sentences.append((start, dateline.start, i))
                body_start = dateline.end
        spans = split_sentences(text, body_start, end)
        sentences.extend((a, b, i) for a, b in spans)
        quotes.extend(_find_quotes(text, (body_start, end), i, spans, single))
    chars = list(text)
    for q in quotes:
        for k in range(q.start, q.end):
            if not chars[k].isspace():
                chars[k] = "x"
    return Analysis(text, paras, sentences, quotes, "".join(chars), datelines)


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


# -- page furniture ------------------------------------------------------------------------

_FURNITURE_LINE = re.compile(
    r"^(?:"
    r"read (?:more|also)\b.*|related(?: articles?| stories| coverage| content)?:?.*|"
    r"(?:watch|video|listen|more|see also|also read|read|recommended|trending)\s*:.*|"
    r"share or comment\b.*|"
    r"this (?:article|story) (?:originally |first )?(?:appeared|was (?:originally |first )?"
    r"published) (?:on|in)\b.*|originally published (?:as|on|in)\b.*|"
    r"read next|more (?:in|on|from) (?:this|the|our) [\w ]{1,30}|most (?:read|popular|viewed)|"
    r"you (?:may|might) (?:also )?like|editor'?s picks?|top stories|further reading|"
    r"when you (?:purchase|buy) through links\b.*|.*\bearn an affiliate commission\b.*|"
    r"[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){1,3}\s+(?:writes|reports)\s+(?:about|on)\b"
    r".{0,160}\bfor\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:\.\s.*|\.)?|"
    r"(?:file\s+)?photo\s*[:\-\u2014].*|(?:file photo|caption|image)\b.*|"
    r"published\s*:?.*\d.*|updated\b.{0,60}\d.*|"
    r"(?:posted|last updated|first published)\b.{0,60}\d.*|"
    r"\(?(?:reporting|writing|editing|additional reporting)\s+by\b.*|"
    r"\(with [A-Z][\w ,&-]{1,40}\)|\(?with (?:inputs|agency inputs) from\b.*|"
    r"-{1,2}\s*[A-Z]{2,8}|\((?:END|LEAD|AMENDED|URGENT|UPDATE\s*\d*)\)\.?|"
    r"_{3,}|-{3,}|copyright\b.*|\(c\)\s.*|\u00a9.*|all rights reserved.*|"
    r"our standards:.*|.*\bcontributed (?:to this report|reporting)\.?|"
    r"[a-z]{2,4}(?:/[a-z]{0,4})+|\S+@\S+\.\w+|view larger image.*|"
    r"(?:share|advertisement|subscribe\b.*|sign up\b.*)|"
    r"[(\[](?:reference|attachment|annex|appendix|related|download)[)\]]\s.*|"
    r".{1,160}[(\[](?:pdf|docx?|xlsx?|pptx?)(?:,?\s*[\d.,]+\s*[kmg]b)?[)\]]"
    r")$",
    re.IGNORECASE,
)
_WEAK_FURNITURE = re.compile(
    r"^(?:[Bb]y\s+[A-Z][\w.'\u2019 ,&-]{0,60}(?:\s*\(\S+@\S+\))?|\S.{0,80}\bCNN)$"
)
"""Bylines: furniture unless the line reads as a sentence of the story."""
_CREDIT_END = re.compile(
    r"\((?:[A-Z][\w .&/-]{0,40}(?:via|/)\s*)?(?:Reuters|AP(?: Photo[^)]*)?|AFP|Yonhap|KCNA|"
    r"Getty Images|EPA|EPA-EFE|Sputnik|Kremlin|Pool|File|Handout)[^)]{0,40}\)\s*$"
)

_PICTURE_CREDIT_END = re.compile(
    r"(?:[.!?]\s+|\s\|\s*)(?:(?:Photo|Picture|Image|Photograph)(?:\s+(?:by|from)\s+|\s*:\s*)"
    r"[^.]{2,90}|\u00a9\s*[^.]{2,80}|"
    r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:\s*/\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}){1,5}|"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+(?:via|VIA)\s+(?:Reuters|AP|AFP|EPA|Getty\s+Images|"
    r"Yonhap|KNS[^.]{0,30})|(?:AP|AFP|Reuters|Getty|EPA)\s+Photo\b[^.]{0,60})\s*$"
    r"|\((?:Image|Photo|Picture|Photograph)\s*:\s*[^)]{1,60}\)\s*$"
)
"""A picture's credit closing a paragraph ("... sign the treaty in Pyongyang, June 19,
2024. Photo by Reuters", "... in September (Image: Getty)", "... Sept. 13, 2023. Vladimir
Smirnov/Sputnik/Kremlin Pool Photo/AP", "... in July. KCNA via Reuters", "... | Photo:
KCNA VIA KNS / AFP"): the paragraph is the picture's caption."""


def _credited_caption(line: str) -> bool:
    """Whether a paragraph is a picture's caption closed by its credit: one sentence of
    scene, then the credit. A caption of more sentences may tell the story ("... in
    Moscow, Nov. 20, 2014. This week, officials from both countries confirmed plans to
    cooperate ... Reuters/Maxim Shemetov"), so it stays text."""
    if line[0] in QUOTE_MARKS or len(line.split()) > 80:
        return False
    credit = _PICTURE_CREDIT_END.search(line)
    if credit is None:
        return False
    scene = line[: credit.start() + 1].strip()
    return len(split_sentences(scene, 0, len(scene))) <= 1


_BULLET = re.compile(r"^[-\u2013\u2014\u2022*\u00b7>]\s+")
"""A list item's bullet ("- ", "\u2022 "): a related story's headline under its head."""


_OPEN_QUOTED_END = re.compile(r"[\w)%][\"\u201d]$")
"""A line ending on a quoted phrase with no stop inside or after the closing mark
("... could enter combat \"in the coming days\""): a sentence ends on a stop, a headline
or a deck on the quoted words."""
_STAMP = re.compile(
    r"(?i)^(?:by\s+[A-Z].*|.*\b(?:posted|published|updated)\b.*|.*\b(?:19|20)\d\d\b.*|"
    r"(?-i:[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,3})\s+(?:staff|correspondents?)"
    r"(?:\s+and\s+(?:news\s+)?agencies)?)$"
)
"""A byline or a time stamp ("By Priya Raman", "Published On 26 Sep 2024", "The Canadian
Press \u00b7 Posted: Nov 08, 2024", "By Euractiv with AFP | Oct 31, 2024", "Israel Hayom
Staff and News Agencies")."""


def _byline_or_stamp(line: str) -> bool:
    """A short line that signs or dates the piece rather than telling its story."""
    return len(line.split()) <= 20 and not _is_body(line) and bool(_STAMP.match(line))


def _headline_like(line: str) -> bool:
    """A short line without a full stop at its end: a headline, a teaser, a label."""
    stripped = line.strip()
    words = stripped.split()
    if not words or len(words) > 25:
        return False
    if stripped.endswith(":") and len(words) > 8:
        return False  # "... today released the following statement:" opens the body
    if _OPEN_QUOTED_END.search(stripped):
        return stripped[0].isupper() or stripped[0] in "(\u201c\"'"
    if stripped[-1] in ".!\u201d\"'" and not stripped.endswith(("...", "\u2026")):
        return stripped.endswith(("'", "\u2019")) and not stripped.endswith(".'")
    return stripped[0].isupper() or stripped[0] in "(\u201c\"'"


_HEADLINE_VERB = re.compile(
    r"\b(?:says|say|vows|warns|pledges|urges|denies|slams|accuses|hails|claims|rejects|"
    r"blasts|condemns|dismisses)\b"
)
"""Present-tense verbs of saying as headlines write them ("Putin pledges to build ...")."""


def _teaser_headline(line: str) -> bool:
    """Whether a paragraph inside the story is another story's headline: a short line in
    the style of a headline (no stop at its end, not a question, not a line that
    introduces what follows on a colon, not a transcript's turn) whose verb of saying is
    in the headline's present tense."""
    bare = _BULLET.sub("", line).strip()
    return (
        _headline_like(bare)
        and not bare.endswith((":", ",", ";", "?"))
        and ":" not in " ".join(bare.split()[:6])  # a turn's label: "Reporter from Kyodo:"
        and len(bare.split()) >= 5
        and _HEADLINE_VERB.search(bare) is not None
    )


def detect_furniture(text: str) -> list[str]:
    """The likely page furniture of an article, as passages of its text (each verbatim):
    the headline lines before the body, bylines and time stamps, "Read more" lines and
    the teasers under them, captions and photo credits, reporting credits, end marks."""
    lines = _units(text)
    found: list[str] = []
    heads: list[str] = []  # headline lines, kept once a body line follows them
    body_started = False
    teasers = False
    for start, raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        strong = _FURNITURE_LINE.match(line) is not None or _credited_caption(line)
        weak = _WEAK_FURNITURE.match(line) or (
            _CREDIT_END.search(line) and line[0] not in QUOTE_MARKS
        )
        if strong or (weak and not _is_body(line)):
            found.append(line)
            teasers = bool(
                re.match(r"(?i)(read (more|also|next)|related|more|see also|most|you may)", line)
            )
            continue
        if teasers and _headline_like(_BULLET.sub("", line)):
            found.append(line)
            continue
        teasers = False
        dateline = find_dateline(text, start, start + len(raw))
        if dateline is not None and dateline.start > start:
            head = text[start : dateline.start].strip()
            if head and not body_started:
                heads.append(head)
            found.extend(heads)
            body_started = True
            continue
        if not body_started and _headline_like(line) and dateline is None:
            heads.append(line)
            continue
        if not body_started and heads and _BULLET.match(line) and dateline is None:
            heads.append(line)  # a deck's points under the headline ("\u2022 Analysts say ...")
            continue
        if (
            not body_started
            and dateline is None
            and len(line.split()) <= 45
            and (heads or not found or all(_headline_like(f) for f in found))
            and _deck_before_byline(
                lines, start, 1 if any(len(h.split()) > 3 for h in heads) else 2
            )
        ):
            # a sentence between the headline and the byline or time stamp: the deck (or
            # a headline written as a sentence, with its deck after it)
            heads.append(line)
            continue
        if body_started and _teaser_headline(line):
            found.append(line)  # "U.S. says North Korea supplied Russia with ballistic
            # missiles" between paragraphs: another story's headline
            continue
        if not body_started:
            found.extend(heads)
        body_started = True
    unique: list[str] = []
    folded = " ".join(text.split())
    for passage in sorted(found, key=folded.find):
        if passage not in unique:
            unique.append(passage)
    return unique


def _deck_before_byline(lines: list[tuple[int, str]], start: int, decks: int = 1) -> bool:
    """Whether the line at ``start`` is followed by a byline or a time stamp: at once, or
    after a bare name line ("Nora Whitfield", then "Jan 5, 2024"), or after up to
    ``decks`` - 1 more lines of a deck."""
    after = [" ".join(raw.split()) for s, raw in lines if s > start and raw.strip()][: decks + 1]
    for k, line in enumerate(after):
        if _byline_or_stamp(line):
            return True
        if _BARE_NAME.fullmatch(line) and k + 1 < len(after) and _byline_or_stamp(after[k + 1]):
            return True
        if k + 1 >= decks:
            return False
    return False


_BARE_NAME = re.compile(r"(?:[A-Z][a-z]+|[A-Z]\.)(?:[ -](?:[A-Z][a-z'\u2019]+|[A-Z]\.)){1,3}")
"""A byline without "By": a name alone on its line ("Nora Whitfield")."""


def _units(text: str) -> list[tuple[int, str]]:
    """Lines, with a hard-wrapped sentence's lines joined (a line continues when the next
    one starts in lower case or with a digit, or it ends on a comma or a hyphen), so that
    the first line of a wrapped sentence is never taken for a headline."""
    units: list[tuple[int, str]] = []
    previous = ""
    pos = 0
    for raw_line in text.split("\n"):
        offset, pos = pos, pos + len(raw_line) + 1
        raw = raw_line
        line = raw.strip()
        if not line:
            previous = ""
            continue
        continues = (
            units
            and previous
            and (line[:1].islower() or line[:1].isdigit() or previous.endswith((",", "-")))
        )
        if continues:
            start, joined = units[-1]
            units[-1] = (start, joined + " " + line)
        else:
            units.append((offset + (len(raw) - len(raw.lstrip())), line))
        previous = line
    return units


def _is_body(line: str) -> bool:
    """A line that reads as a sentence of the story (a caption also does, but ends on a
    credit in brackets)."""
    return bool(re.search(r"[.!?][\"\u201d']?\s*$", line)) and not _CREDIT_END.search(line)
