"""Turning what a user types into a safe FTS5 MATCH expression, and matching names.

Nothing the user types reaches FTS5 as syntax: the text is cut into words the way the
index's tokenizer (``unicode61``) cuts it, every word is double-quoted, and the quoted
words are joined with ``NEAR`` and ``OR`` by this module only. ``AND``, ``OR``, ``NEAR``,
``*``, ``-``, ``:``, quotes and parentheses typed by the user are words or separators,
never operators, so a MATCH string built here cannot be a syntax error.

A multi-word query means its words close together in one field (``NEAR``), never any of
its words: "arms deals" does not find "arms control" in a job title. A run of words that
is an actor's name or alias stands for all of that actor's names (DPRK, North Korea,
Pyongyang). Topic expansion (a query that names a topic) happens in ``queries``.
"""

# No ``from __future__ import annotations``: a named tuple's fields written as strings are
# each compiled by typing when the class is made (about 8 us a field, at every query).

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

MAX_WORDS = 32
"""Words of a query used for matching; the rest are ignored (and the caller told)."""
MAX_WORD_CHARS = 100
NEAR_DISTANCE = 2
"""At most this many other words may stand between the words of a multi-word query."""
MAX_ALTERNATIVES = 64
"""Above this many combinations of aliases, words are required with AND instead of NEAR."""

_FAMILY_FORMS = """\
help: help helps helped helping
help: aid aids aided aiding
help: assistance assist assists assisted assisting
supply: supply supplies supplied supplying
supply: provide provides provided providing
supply: transfer transfers transferred transferring
supply: deliver delivers delivered delivering delivery deliveries
deny: deny denies denied denying
deny: denial denials
deny: dismiss dismisses dismissed dismissing
deny: reject rejects rejected rejecting rejection
deny: refute refutes refuted refuting
"""


def _families() -> dict[str, dict[str, tuple[str, ...]]]:
    """``_FAMILY_FORMS`` read: a line a member, its family, then its forms, the first its
    name (one string: written out as a dict, some 250 tokens more to compile)."""
    families: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in _FAMILY_FORMS.splitlines():
        name, *forms = line.split()
        families.setdefault(name.rstrip(":"), {})[forms[0]] = tuple(forms)
    return families


FAMILIES = _families()
"""Words people use for one another, by family and member, with each member's forms: a
query word of a family also finds the other members (FTS5's Porter stemmer joins each
member's forms). Words with a second sense are left out on purpose: "arms" (Armed
Services, arms control), "aide" (a person), "support" (political support), "power"
(supplying power)."""

_MEMBER: dict[str, tuple[str, str]] = {
    form: (name, member)
    for name, members in FAMILIES.items()
    for member, forms in members.items()
    for form in forms
}


def family(word: str) -> tuple[str, ...]:
    """The other members of ``word``'s family (``FAMILIES``), or none."""
    found = _MEMBER.get(word.lower())
    if found is None:
        return ()
    name, member = found
    return tuple(m for m in FAMILIES[name] if m != member)


def family_name(word: str) -> str | None:
    """``help``, ``supply`` or ``deny`` for a word of that family."""
    found = _MEMBER.get(word.lower())
    return found[0] if found else None


FALSE_FRIENDS: dict[str, frozenset[str]] = {
    "arms": frozenset({"armed"}),
    "arm": frozenset({"armed"}),
}
"""Words the index's stemmer joins to a query word that mean something else: "arms" is
not "Armed" (Senate Armed Services Committee). A claim matched only by these is left out."""

STOP_WORDS = frozenset(
    "a an and any as at by for from in into of on or the to with".split()
)  # fmt: skip
"""Words that carry no topic: left out when a query's other words must appear anywhere in a
claim on the topic it names ("providing missiles to Russia": Russia, not "to")."""

_ASCII_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """Cut ``text`` into lower-case words as the ``unicode61`` tokenizer does.

    Letters, digits and combining marks make words; everything else separates them.
    Lone surrogates and other unencodable characters are separators too.
    """
    if text.isascii():
        return _ASCII_WORD.findall(text.lower())
    from rnkclaims.search_unicode import words_beyond_ascii

    return words_beyond_ascii(text)


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name: ``Kim Jong-un`` -> ``kim jong un``."""
    if text.isascii():
        return " ".join(_ASCII_WORD.findall(text.lower()))
    from rnkclaims.search_unicode import fold_beyond_ascii

    return fold_beyond_ascii(text)


def stem(word: str) -> str:
    """A light English stemmer for comparing names and topic terms: plurals only."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def key(text: str) -> tuple[str, ...]:
    """The comparison key of a name or term: folded, stemmed words."""
    return tuple(stem(w) for w in fold(text).split())


def topic_key(text: str) -> tuple[str, ...]:
    """The comparison key of a topic term: ``key``, with each word of a family
    (``FAMILIES``) standing for its family, so that "technology help" is the term
    "technology assistance"."""
    return tuple(_topic_word(w) for w in fold(text).split())


def _topic_word(word: str) -> str:
    return family_name(word) or family_name(stem(word)) or stem(word)


def topic_keys(named: Iterable[tuple[str, str]], longest: int) -> dict[tuple[str, ...], set[str]]:
    """The ``topic_key`` of each ``(id, name)`` of at most ``longest`` words, with the ids
    that have it: a query of ``longest`` words can match no longer one (``find_run``).
    Each distinct word is keyed once."""
    keys: dict[tuple[str, ...], set[str]] = {}
    done: dict[str, str] = {}
    for tid, name in named:
        words = fold(name).split()
        if len(words) > longest:
            continue
        key = []
        for w in words:
            k = done.get(w)
            if k is None:
                k = done[w] = _topic_word(w)
            key.append(k)
        keys.setdefault(tuple(key), set()).add(tid)
    return keys


def quote_phrase(phrase: Sequence[str]) -> str:
    """A double-quoted FTS5 phrase; the words never contain a double quote."""
    return '"' + " ".join(w.replace('"', "") for w in phrase) + '"'


class Unit(NamedTuple):
    """One thing the query asks for: a word, or the alternative names of one actor."""

    alternatives: tuple[tuple[str, ...], ...]
    entity_id: str | None = None


class Parsed(NamedTuple):
    """A query cut into words and units, and the notes worth telling the user."""

    words: tuple[str, ...]
    units: tuple[Unit, ...]
    notes: tuple[str, ...]


def parse(text: str, names: Iterable[tuple[str, str]] = ()) -> Parsed:
    """Cut ``text`` into units; ``names`` are ``(entity id, name)`` pairs for aliases.

    The longest run of words that is a name (compared folded and stemmed) becomes one
    unit whose alternatives are all names of that entity.
    """
    notes: list[str] = []
    all_words = words(text)
    if len(all_words) > MAX_WORDS:
        notes.append(f"the query has {len(all_words)} words; only the first {MAX_WORDS} are used")
        all_words = all_words[:MAX_WORDS]
    if any(len(w) > MAX_WORD_CHARS for w in all_words):
        notes.append(f"words longer than {MAX_WORD_CHARS} characters were shortened")
        all_words = [w[:MAX_WORD_CHARS] for w in all_words]
    by_key: dict[tuple[str, ...], set[str]] = {}
    phrases: dict[str, set[tuple[str, ...]]] = {}
    for entity_id, name in names:
        k = key(name)
        if not k:
            continue
        by_key.setdefault(k, set()).add(entity_id)
        phrases.setdefault(entity_id, set()).add(tuple(words(name)))
    longest = max((len(k) for k in by_key), default=0)
    stems = [stem(fold(w)) for w in all_words]
    units: list[Unit] = []
    i = 0
    while i < len(all_words):
        for n in range(min(longest, len(all_words) - i), 0, -1):
            ids = by_key.get(tuple(stems[i : i + n]))
            if ids:
                alternatives: set[tuple[str, ...]] = {tuple(all_words[i : i + n])}
                for entity_id in sorted(ids):
                    alternatives |= phrases[entity_id]
                ordered = sorted(alternatives, key=lambda p: (-len(p), p))[:MAX_ALTERNATIVES]
                units.append(Unit(tuple(ordered), ",".join(sorted(ids))))
                i += n
                break
        else:
            kin = tuple((w,) for w in family(all_words[i]))
            units.append(Unit(((all_words[i],), *kin)))
            i += 1
    # "providing missiles to Russia": the words that say something, not "to"
    meaningful = [u for u in units if u.entity_id or u.alternatives[0][0] not in STOP_WORDS]
    return Parsed(tuple(all_words), tuple(meaningful or units), tuple(notes))


def match_expression(units: Sequence[Unit]) -> str | None:
    """The FTS5 MATCH string for ``units``; None when there is nothing to match.

    One unit: any of its alternatives. Several: all of them near each other in one field,
    for every combination of alternatives (OR), or simply all of them (AND) when the
    combinations would be too many.
    """
    if not units:
        return None
    if len(units) == 1:
        return " OR ".join(quote_phrase(p) for p in units[0].alternatives)
    combos: list[list[tuple[str, ...]]] = [[]]
    for unit in units:
        combos = [[*c, alt] for c in combos for alt in unit.alternatives]
        if len(combos) > MAX_ALTERNATIVES:
            groups = (
                "(" + " OR ".join(quote_phrase(p) for p in u.alternatives) + ")" for u in units
            )
            return " AND ".join(groups)
    near = (
        "NEAR(" + " ".join(quote_phrase(p) for p in combo) + f", {NEAR_DISTANCE})"
        for combo in combos
    )
    return " OR ".join(near)


def match_all(units: Sequence[Unit]) -> str | None:
    """All ``units`` anywhere in the record, in any field (AND); None when no units."""
    if not units:
        return None
    return " AND ".join(
        "(" + " OR ".join(quote_phrase(p) for p in u.alternatives) + ")" for u in units
    )


def find_run(
    stems: Sequence[str], keys: dict[tuple[str, ...], set[str]]
) -> tuple[int, int, set[str]] | None:
    """The longest run ``stems[i:i+n]`` that is one of ``keys``: ``(i, n, values)``."""
    longest = max((len(k) for k in keys), default=0)
    for n in range(min(longest, len(stems)), 0, -1):
        for i in range(len(stems) - n + 1):
            found = keys.get(tuple(stems[i : i + n]))
            if found:
                return i, n, found
    return None
