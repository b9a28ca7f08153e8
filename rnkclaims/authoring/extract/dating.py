"""Stage 4: when a claim was made, from the words next to its speech verb.

Only the attribution's own date counts: between the speaker and the verb ("Peskov on
Friday rejected"), right after the verb and its object ("said on Wednesday", "told
reporters in Tokyo on Friday", "denied the reports last month"), a sentence-initial
adverbial ("On Wednesday, ...", "Earlier this month, ..."), or the relay's verb when the
speaker's has none ("..., KCNA reported on Thursday"). A date inside what was said
("troops were seen in Kursk on Wednesday") belongs to the event, never to the claim.

Expressions are resolved against the publication date: weekdays, yesterday, last week,
earlier this month, last month (``rnkclaims.dates.resolve_relative``) and dates without a
year ("on Nov. 23", "in September"). A single day is written as ``date`` with its
``expression``; a range the ledger resolves by itself ("last week") as the expression.
"""

from __future__ import annotations

import re
from datetime import date

from rnkclaims.dates import DateError, PartialDate, resolve_expression, resolve_relative

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DATE_EXPR = (
    r"(?:(?:on|last|this\s+past)\s+)?(?:(?:early|late)\s+(?:on\s+)?)?"
    + _WEEKDAY
    + r"(?:\s+(?:night|morning|evening|afternoon))?"
    r"|yesterday|(?:earlier\s+|later\s+)?today|tonight|this\s+(?:morning|afternoon|evening)"
    r"|(?:earlier|later)\s+in\s+the\s+day"
    r"|(?:earlier\s+)?this\s+(?:week|month|year)|last\s+(?:week|month|year)"
    r"|(?:on\s+)?" + _MONTH + r"\s+\d{1,2}(?:,\s+\d{4})?(?!\d)"
    r"|(?:on\s+)?\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?(?!\d)"
    r"|in\s+(?:early\s+|mid-|late\s+)?" + _MONTH + r"(?:\s+\d{4})?"
    r"|last\s+(?-i:"
    + _MONTH.removesuffix(r"\.?")
    + r")(?![\w.])"  # "last September", not "last may"
    r"|on\s+the\s+\d{1,2}(?:st|nd|rd|th)(?!\s+(?:of|anniversary|century|day|floor|time)\b)"
)
_DATE_RE = re.compile(r"(?<![\w-])(?:" + DATE_EXPR + r")(?![\w-])", re.IGNORECASE)
_AFTER_VERB = re.compile(
    r"(?:\s+(?!that\b|would\b|was\b|were\b|is\b|are\b|had\b|has\b|have\b|will\b|could\b"
    r"|may\b|might\b|should\b|and\s+(?![A-Z]))[^\s,;:\"\u201c\u201d]+){0,6}?\s+("
    + DATE_EXPR
    + r")(?![\w-])",
    re.IGNORECASE,
)
_LEADING = re.compile(
    r"(?:(?:Background|Details|Context|Update|Reminder)\s*:\s*)?"  # Ukrainska Pravda's labels
    r"(?:On|Earlier|Last|Later|In|At|During|After|Following|Speaking|Yesterday|Today|This|"
    r"Briefing|Addressing|"
    r"Testifying|Opening|Closing|Introducing|Presenting)\b[^,]{0,90},",
)


def _clean(expression: str) -> str:
    text = re.sub(r"\s+", " ", expression.strip())
    text = re.sub(r"(?<=day)\s+(?:night|morning|evening|afternoon)$", "", text, flags=re.I)
    text = re.sub(r"(?i)^(?:early|late)\s+(?:on\s+)?", "", text)  # "late Tuesday": Tuesday
    first = text.split()[0].lower() if text else ""
    if first in ("on", "in", "this", "last", "earlier", "later", "next", "yesterday", "today"):
        return text[0].lower() + text[1:]  # "This week" -> "this week"
    return text


def said_value(expression: str, published: PartialDate | None) -> dict[str, str] | None:
    """``said`` for a date expression, or None when it does not resolve."""
    if published is None:
        return None
    expression = _clean(expression)
    ordinal = _DAY_ORDINAL.fullmatch(expression)
    if ordinal is not None:
        return _day_of_month(int(ordinal.group(1)), expression, published)
    last = re.fullmatch(r"(?i)last\s+(" + _MONTH + r")", expression)
    if last is not None:
        return _last_month_named(last.group(1), expression, published)
    try:
        resolved = resolve_expression(_month_first(expression), published)
    except DateError:
        return None
    if resolved.earliest > published.latest:
        return None
    try:
        resolve_relative(expression, published)
    except DateError:
        return {"date": str(resolved.value), "expression": expression}
    # the words as the source has them: rnkclaims resolves them against the publication
    # date (data/README.md, rule 8)
    return {"expression": expression}


_DAY_ORDINAL = re.compile(r"(?i)on\s+the\s+(\d{1,2})(?:st|nd|rd|th)")
"""A day of the month with no month ("on the 21st"), as Korean copy dates a statement."""


def _day_of_month(day: int, expression: str, published: PartialDate) -> dict[str, str] | None:
    """The day of the publication's month, or of the month before where that day is
    still to come ("on the 30th" in a report of the 2nd)."""
    last = published.latest
    year, month = last.year, last.month
    if day > last.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return {"date": value.isoformat(), "expression": expression}


def _last_month_named(month: str, expression: str, published: PartialDate) -> dict[str, str] | None:
    """ "last September": the latest September before the publication's month (a report of
    May 2024 means September 2023; one of November 2024, September 2024)."""
    try:
        number = resolve_expression(f"in {month}", published).earliest.month
    except DateError:
        return None
    last = published.latest
    year = last.year if number < last.month else last.year - 1
    return {"date": f"{year:04d}-{number:02d}", "expression": expression}


def _month_first(expression: str) -> str:
    """ "on 21 November 2023" (day first, as BBC or Guardian copy writes it) in the order
    the ledger's resolver reads: "on November 21, 2023"."""
    m = re.fullmatch(r"(on\s+)?(\d{1,2})\s+(" + _MONTH + r")(?:\s+(\d{4}))?", expression, re.I)
    if m is None:
        return expression
    year = f", {m.group(4)}" if m.group(4) else ""
    return f"{m.group(1) or ''}{m.group(3)} {m.group(2)}{year}"


def with_date(said: dict[str, str], published: PartialDate | None) -> dict[str, str]:
    """``said`` carried to a neighbouring sentence: the date given with the words."""
    if "date" in said or published is None or "expression" not in said:
        return dict(said)
    try:
        resolved = resolve_relative(said["expression"], published)
    except DateError:
        return dict(said)
    if resolved.earliest != resolved.latest:
        return dict(said)
    return {"date": str(resolved.earliest), "expression": said["expression"]}


def between(text: str, start: int, end: int) -> str | None:
    """A date expression lying in ``start``..``end`` (speaker to verb)."""
    m = _DATE_RE.search(text, start, end)
    return m.group(0) if m else None


_AFTER_OBJECT = re.compile(
    _AFTER_VERB.pattern.replace("{0,6}?", "{0,12}?").replace("|and\\b", ""), re.IGNORECASE
)


_OCCASION_AFTER = re.compile(
    r"[^.;,:\"\u201c\u201d]{0,80}?\b(?:in|at|during)\s+(?:an?\s+|the\s+|a\s+joint\s+)?"
    r"(?:interview|talks|meeting|news\s+conference|press\s+conference|briefing|summit|forum|"
    r"hearing|session|(?:phone\s+)?call|ceremony|speech)\b",
    re.IGNORECASE,
)
"""The occasion named after a verb ("told her Russian counterpart at talks in Moscow on
Friday", "said in an interview with South Korean public broadcaster KBS on Monday"): its
day may come further on, past the occasion's words."""
_SHORT_QUOTED_OBJECT = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}[\"\u201c][^\"\u201c\u201d]{1,40}[\"\u201d]\s+("
    + DATE_EXPR
    + r")(?![\w-])",
    re.IGNORECASE,
)
"""A short quoted object, then the day ('expressed "grave concern" on Thursday')."""


def after_verb(text: str, verb_end: int, limit: int, long_object: bool = False) -> str | None:
    """A date right after a verb and its object ("told reporters on Friday"); a verb
    with a long object ("slammed the joint exercises of ... on Monday") may reach
    further, as no clause of what was said comes between, and so may the day of an
    occasion the words after the verb name ("at talks in Moscow on Friday")."""
    pattern = _AFTER_OBJECT if long_object else _AFTER_VERB
    m = pattern.match(text, verb_end, limit)
    if m is None and not long_object and _OCCASION_AFTER.match(text, verb_end, limit):
        m = _AFTER_OBJECT.match(text, verb_end, limit)
    if m is None:
        m = _SHORT_QUOTED_OBJECT.match(text, verb_end, limit)
    return m.group(1) if m else None


def leading(text: str, sent_start: int, limit: int) -> str | None:
    """A date in a sentence-initial adverbial ("On Wednesday," "Last month,").

    The adverbial ends at its first comma, which may be the one between a day and its
    year ("On Nov. 23, 2022 Putin said"): the date is read on past it, so the year
    stays with the day."""
    m = _LEADING.match(text, sent_start, limit)
    if not m:
        return None
    stop = m.end()
    given = _GIVEN_OUT.match(text, stop, limit)
    if given:  # "In its latest report, made public earlier this month, the panel said"
        stop = given.end()
    found = _DATE_RE.search(text, m.start(), limit)
    return found.group(0) if found and found.start() < stop else None


_GIVEN_OUT = re.compile(
    r"\s*(?:made\s+public|published|released|issued|presented|submitted|delivered|posted)\b"
    r"[^,.;]{0,60},"
)
"""A leading work's appositive that dates its making public ("In its latest report, made
public earlier this month, ..."): the date of the words the work gives."""


def before_subject(text: str, sent_start: int, subject_start: int) -> str | None:
    """A date that opens the sentence before the subject of its speech verb: in a clause
    that sets the occasion ("Asked about it in November, Kremlin spokesman Dmitry Peskov
    said"), or right before the subject, after nothing but a short connective ("On 28
    April the Central Military Commission said", "Meanwhile, on Monday, X said"). Not a
    date inside what was said before a trailing attribution ("Troops were seen in Kursk
    on Wednesday, Hill said"): that is the event's."""
    if _OCCASION_OPENING.fullmatch(text, sent_start, subject_start):
        return between(text, sent_start, subject_start)
    ahead = _DATE_AHEAD.search(text, max(sent_start, subject_start - 45), subject_start)
    if ahead and _CONNECTIVE_ONLY.fullmatch(text, sent_start, ahead.start()):
        return between(text, ahead.start(), subject_start)
    return None


_OCCASION_OPENING = re.compile(
    r"\W*(?:(?:[A-Z][\w'\u2019]*|[Aa]nd|[Bb]ut)\s*,\s*)?(?:Asked|Questioned|Pressed|Responding|"
    r"Replying|Answering|Commenting|Speaking|Addressing|Writing|Talking|"
    r"(?:At|During)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:summit|talks|meeting|"
    r"visit|news\s+conference|press\s+conference|briefing|forum|session|ceremony))\b"
    r"[^.;]{3,160},\s*"
)
"""An opening clause that sets the occasion of the statement after it (its whole length,
where ``_LEADING`` reads up to the first comma)."""
_DATE_AHEAD = re.compile(r"\b(?:[Oo]n|[Ii]n|[Ss]ince|[Bb]y|[Ee]arly|[Ll]ate)\s+[^,.;]{3,30}?,?\s+$")
"""A date adverbial right before a verb's subject ("On 28 April the ...")."""
_CONNECTIVE_ONLY = re.compile(
    r"\W*(?:(?:[A-Z][\w'\u2019]*|[Aa]nd|[Bb]ut)(?:\s+[a-z][\w'\u2019]*){0,2}\s*,\s*)?"
    r"(?:Recall\s+that\s+)?"
)
"""What may come before a sentence's opening date: nothing, or a short connective
("Meanwhile,", "At the same time,")."""


def occasion_before(text: str, sent_start: int, subject_start: int) -> str | None:
    """The date of the occasion a "when" or "where" clause attributes words to ("Kim met
    Putin at the Vostochny Cosmodrome in September, when Putin said ...", "..., where the
    Russian leader said ..."): the last date of the main clause before it."""
    m = _OCCASION_CLAUSE.search(text, sent_start, subject_start)
    if m is None:
        return None
    dates = list(_DATE_RE.finditer(text, sent_start, m.start()))
    return dates[-1].group(0) if dates else None


_OCCASION_CLAUSE = re.compile(r",\s+(?:when|where)\s+(?:the\s+)?[\w\s.'\u2019-]{0,60}$")
"""The "when" or "where" that opens the clause of the statement, its subject after it, at
the end of what comes before the subject."""


def right_after(text: str, subject_end: int, limit: int) -> str | None:
    """A date between a clause's subject and its verb ("The Treasury on Thursday imposed")."""
    m = _RIGHT_AFTER.match(text, subject_end, limit)
    return m.group(1) if m else None


_RIGHT_AFTER = re.compile(r"\s+(" + DATE_EXPR + r")\s+[a-z]", re.IGNORECASE)


def before_that(text: str, verb_end: int, limit: int) -> str | None:
    """A date that ends the attribution right before "that" opens what was said, however
    long the object ("told reporters on the sidelines of a forum on Tuesday that",
    "acknowledged for the first time, on Monday, that")."""
    m = _BEFORE_THAT.match(text, verb_end, limit)
    return m.group(1) if m else None


_BEFORE_THAT = re.compile(
    r"(?:\s+[^\s,;:\"\u201c\u201d]+,?){0,14}?\s+(" + DATE_EXPR + r"),?\s+that\b", re.IGNORECASE
)


def closing(text: str, verb_end: int, limit: int) -> str | None:
    """A weekday that closes the attribution after its place ("Rose told TASS at the
    annual Space Symposium in Colorado Springs, Colorado, Thursday.", "said on the air of
    the national telethon on Thursday."): AP-style copy dates the statement last. Nothing
    that could be a clause of what was said (``that``, a quotation, a verb of saying; for
    "on <weekday>", no finite verb either) may come between."""
    m = _CLOSING.match(text, verb_end, limit)
    return (m.group(1) or m.group(2)) if m else None


_CLOSING = re.compile(
    r"(?:(?!\bthat\b|\bwho\b|\bwhich\b)(?:[^\"\u201c\u201d.;:]|\.(?=\S)|(?<=\b[A-Z])\.))+?"
    r",\s+(" + _WEEKDAY + r")"
    r"\s*[.!?]?[\s\"\u201d]*$"
    r"|(?:(?!\b(?:that|who|which|would|will|had|has|have|was|were|is|are|could|may|might)\b)"
    r"(?:[^\"\u201c\u201d.;:,]|\.(?=\S)|(?<=\b[A-Z])\.))+?\s+on\s+(" + _WEEKDAY + r")"
    r"\s*[.!?]?[\s\"\u201d]*$"
)
