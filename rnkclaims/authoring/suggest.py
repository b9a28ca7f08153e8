"""Suggestions for drafts, learnt from the ledger's own coded claims.

The coded claims (not drafts) are labelled data. For a draft, each proposition gets
evidence from independent signals, combined as probabilities (1 - product of misses):

- its own words: the share of the proposition's word stems the draft says, each
  weighted by how rare it is among the propositions (``coverage``), so "Tumen" counts
  and "North Korea" hardly does; a value question counts half unless the draft gives
  the kind of value it asks ("On what date": a day, "In what year": a year, "Where":
  a place after "in" or "at");
- the nearest coded claims by full-text rank (SQLite FTS5, bm25) and word overlap vote
  for the links they carry; a denial turns the stance of what it answers (it opposes
  what the accusations it answers support);
- the terms of the proposition's topics that the draft says;
- links the ledger codes together (an arms supply is also an arms deal), learnt per
  stance from the coded claims.

A sentence that reports someone's words after its own event ("..., raising concerns of
possible space cooperation as Pyongyang has vowed to put a military spy satellite in
orbit this year") is two texts: the reported clause for its speaker's draft, the rest
for the publishing outlet's (``reported_clause``).

The stance is "supports" unless most of the (weighted) shared words fall within a
negation's scope, to the end of its clause ("is against militarization of space"), or
the draft is a denial. Two incompatible propositions both supported are settled by the
words that tell them apart; the other one is opposed. Two incompatible propositions both
opposed: the draft denies the one whose own words it says, and the other is dropped.
A denial also opposes what the accusations it answers were suggested to support: the
statements just before it in its article by other speakers (``_answered``). When the
best proposition is weak, nothing is suggested rather than a guess (a proposition no
coded claim links yet has only its own words for evidence: it may come first from a
lower score, ``MIN_FIRST_FRESH``). Topics come from the
suggested propositions, the propositions best ranked by bm25, the neighbours and the
topics' terms (the longest match wins); ``certainty`` from the hedge as the ledger grades
its words (each coded hedge's grade learnt by the words whose usual meaning explains
it: "they believe could" teaches "could", not "believe"), else as their usual meaning
(``HEDGE_WORDS``), and ``certain`` without a hedge (without a drafted hedge that is no
hedge, ``venue.hedge_for``), but ``probable`` for a suspicion, and the grade of the
speaker's hedged statement in the same article that an unhedged draft paraphrases
(``_paraphrased_hedges``, codebook rule 7); the role from the speaker's roles held on
the date.

Every suggestion has a score (0-100) and a one-line reason. Nothing here changes a
claim's coding: suggestions are stored under ``suggested`` for a reviewer to accept,
with what the draft's own text proposes for its fields (``with_proposals``).
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rnkclaims.authoring.extract.venue import hedge_for
from rnkclaims.dates import DateError, PartialDate, parse_date
from rnkclaims.ledger import Ledger

if TYPE_CHECKING:
    from rnkclaims.authoring.ledger_edit import Plan

NEIGHBOURS = 6  # coded claims that vote
PROPOSITIONS = 6  # propositions matched directly
MIN_FIRST = 55  # below this the best proposition is not suggested (nor any other)
MIN_FIRST_FRESH = 45  # likewise for a proposition no coded claim links yet (its words only)
MIN_SCORE = 20  # suggestions below this are not worth a reviewer's time
MAX_PROPOSITIONS = 5
MAX_TOPICS = 4
NEIGHBOUR_WEIGHT = 0.15  # the most a neighbour's vote can count
NEIGHBOUR_SCALE = 8.0  # bm25 score at which a neighbour counts 63% of its most
NEIGHBOUR_TOPIC_SHARE = 0.25  # a neighbour's topics count this share of its strength
WORDS_SCALE = 6.0  # bm25 score at which a proposition's own words count 63%
INCOMPATIBLE_SHARE = 0.5  # a proposition incompatible with a suggested one, opposed
VALUE_SHARE = 0.5  # a date question's words without a date in the text count this much
NEGATION_WINDOW = 4  # words before a shared word where a negation turns the stance (window)
TOGETHER_SHARE = 0.6  # how much a link coded together with a suggested one counts
TOGETHER_MIN = 2  # coded claims needed before links coded together count
TERMS_SHARE = 0.15  # a proposition's topic whose terms the text says
WORDS_TOPICS = 2  # the propositions best ranked by bm25 whose topics count
RIVAL_SHARE = 0.8
ENTAIL_SHARE = 0.8  # the share of a proposition's stems another's must contain to entail it
ANSWER_SHARE = 0.6  # how much an answered accusation's link counts against it in a denial
ANSWER_MIN = 65  # an answered accusation's links that count: its first, and from this score
ANSWERED = 3  # the statements before a denial, by other speakers, that it may answer
PARAPHRASE_DICE = 0.4  # words shared with a hedged draft of the speaker that make a paraphrase
CONTEXT_SHARE = 0.4  # the text just before a draft, against the draft's own words
ARTICLE_SHARE = 0.2  # the most the topics of an article's other drafts count for a draft
CONTEXT_GATED = False  # the losing one of two incompatible propositions, opposed

FIELD_PROPOSALS = ("mode", "quote", "act", "hedge", "said", "venue")
"""The draft's own fields a suggestion may propose a value for (``suggested``)."""

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?", re.UNICODE)
_STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours ourselves out over own said same says she should so some such than
    that the their theirs them themselves then there these they this those through to too
    told under until up very was we were what when where which while who whom why will with
    would you your yours yourself according news agency reported report reports told
    mr ms""".split()
)
_DENIALS = frozenset({"denies"})
_UNASSERTED = frozenset({"suspects"})
"""Acts that say the speaker believes without asserting it as fact (the vocabulary's
``suspects``): without a hedge, probable."""
_NEGATIONS = frozenset(
    """not no never against without nor neither cannot won't wouldn't isn't aren't wasn't
    weren't don't doesn't didn't hasn't haven't hadn't can't couldn't shouldn't""".split()
)
_CLAUSE_END = frozenset('.,;:!?()"\u201c\u201d') | {"but", "while", "whereas", "although"}
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?|[.,;:!?()\"\u201c\u201d]", re.UNICODE)
# the words of a value question that ask, not tell ("On what date did ...")
_QUESTION = frozenset("date day year place take took held hold".split())
_DATE_WORDS = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|today|yesterday|tomorrow|week|month|year|"
    r"(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Bearing:
    proposition: str
    stance: str
    score: int
    reason: str
    value: str | None = None  # a value question's answer the text gives

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "proposition": self.proposition,
            "stance": self.stance,
            "score": self.score,
            "reason": self.reason,
        }
        if self.value is not None:
            out["value"] = self.value
        return out


@dataclass(frozen=True, slots=True)
class TopicHint:
    topic: str
    score: int
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"topic": self.topic, "score": self.score, "reason": self.reason}


@dataclass(slots=True)
class Suggestion:
    """What ``suggest`` proposes for one claim (the ``suggested`` field)."""

    propositions: list[Bearing] = field(default_factory=list)
    topics: list[TopicHint] = field(default_factory=list)
    certainty: str | None = None
    role: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    """Values proposed for the draft's own fields from its text (``proposed_fields``);
    None: the field goes."""

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.propositions:
            out["propositions"] = [b.as_dict() for b in self.propositions]
        if self.topics:
            out["topics"] = [t.as_dict() for t in self.topics]
        if self.certainty:
            out["certainty"] = self.certainty
        if self.role:
            out["role"] = self.role
        for key in FIELD_PROPOSALS:
            if self.fields.get(key) is not None:
                out[key] = self.fields[key]
        removed = [k for k, v in self.fields.items() if v is None]
        if removed:
            out["remove"] = removed
        return out

    def __bool__(self) -> bool:
        return bool(self.propositions or self.topics or self.certainty or self.role or self.fields)


def words(text: str) -> list[str]:
    """Content words of ``text``, lowercased, in order, without repeats."""
    seen: dict[str, None] = {}
    for w in _WORD.findall(text.casefold()):
        if len(w) > 2 and w not in _STOP and not w.isdigit():
            seen.setdefault(w, None)
    return list(seen)


def _match_query(text: str) -> str | None:
    terms = words(text)
    if not terms:
        return None
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _flip(stance: str) -> str:
    return "opposes" if stance == "supports" else "supports"


def _claim_text(claim: Mapping[str, Any]) -> str:
    parts = [claim.get("excerpt"), claim.get("quote"), claim.get("intended")]
    return " ".join(p for p in parts if isinstance(p, str))


@dataclass(frozen=True, slots=True)
class Method:
    """The parts of the method, each of which can be left out to measure what it buys.

    ``words`` is how a draft's words are matched against the propositions: "coverage"
    (the share of the proposition's words, weighted by how rare each is among the
    propositions, that the draft says), "bm25" (the full-text rank of the propositions'
    text and their topics' terms) or "none". ``negation`` is the scope of a negation:
    "clause" (up to the end of its clause) or "window" (a few words before a shared
    word)."""

    neighbours: bool = True
    words: str = "coverage"
    negation: str = "clause"
    rivals: bool = True  # two incompatible propositions settled by the words that tell them apart
    together: bool = True  # links the ledger codes together with a suggested one
    terms: bool = True  # a proposition's topics' terms found in the text
    context: bool = False  # the words of the text just before the draft (measured, rejected)
    min_first: int = MIN_FIRST
    min_first_fresh: int = MIN_FIRST_FRESH
    neighbour_weight: float = NEIGHBOUR_WEIGHT
    certainty_by_act: bool = False  # an unhedged claim graded as the ledger grades its act
    hedge_words: bool = True  # a hedge the ledger has not graded, by its words' meaning
    rivals_opposed: bool = True  # of two incompatible propositions both opposed, the one named
    article: bool = False  # topics the article's other drafts are given count for each
    values: bool = True  # a value question matched only where the text gives its kind of value
    topic_use: bool = False  # a proposition's topics as its coded claims use them
    contrapositive: bool = False  # denying what a proposition implies denies it too
    suspicion_probable: bool = True  # an unhedged suspicion is probable, not certain
    answers: bool = True  # a denial opposes what the accusations before it support
    paraphrase: bool = True  # an unhedged paraphrase of a hedged statement keeps its hedge
    hedge_credit: bool = True  # a coded hedge's grade learnt by the words that explain it
    content_words: bool = False  # a proposition sharing only names with the draft, dropped
    entailed: bool = False  # a proposition whose words a supported one's contain, supported
    own_clause: bool = True  # a sentence's reported clause for its speaker, the rest for the outlet


class Suggester:
    """Suggestions from a ledger's coded claims, leaving out those of ``exclude`` sources
    (a source being suggested for learns nothing from its own claims)."""

    def __init__(
        self, ledger: Ledger, exclude: Collection[str] = (), method: Method | None = None
    ) -> None:
        self.ledger = ledger
        self.exclude = frozenset(exclude)
        self.method = method or Method()
        self.props = {str(p["id"]): p for p in ledger.propositions if isinstance(p.get("id"), str)}
        self.topics = {str(t["id"]): t for t in ledger.topics if isinstance(t.get("id"), str)}
        self.incompatible: dict[str, set[str]] = defaultdict(set)
        for pid, p in self.props.items():
            for other in p.get("incompatible_with") or ():
                self.incompatible[pid].add(str(other))
                self.incompatible[str(other)].add(pid)
        self.coded = [
            c
            for c in ledger.claims
            if c.get("draft") is not True
            and c.get("source") not in exclude
            and isinstance(c.get("id"), str)
            and (c.get("propositions") or c.get("topics"))
        ]
        self.linked = {
            str(b.get("proposition"))
            for c in self.coded
            for b in c.get("propositions") or ()
            if isinstance(b, dict)
        }
        self.db = sqlite3.connect(":memory:")
        self._index()
        self._learn_certainty()
        self._learn_words()
        self._learn_together()
        self._learn_topic_use()
        self._term_patterns = self._patterns()

    def _index(self) -> None:
        db = self.db
        tokenize = "tokenize='porter unicode61 remove_diacritics 2'"
        db.execute(f"create virtual table claim_fts using fts5(text, {tokenize})")
        db.execute(f"create virtual table prop_fts using fts5(text, terms, {tokenize})")
        db.executemany(
            "insert into claim_fts(rowid, text) values (?, ?)",
            ((i, _claim_text(c)) for i, c in enumerate(self.coded)),
        )
        self.prop_ids = list(self.props)
        rows = []
        for i, pid in enumerate(self.prop_ids):
            p = self.props[pid]
            terms = [
                term
                for tid in p.get("topics") or ()
                for term in [
                    self.topics.get(tid, {}).get("name"),
                    *self.topics.get(tid, {}).get("terms", ()),
                ]
                if isinstance(term, str)
            ]
            rows.append((i, str(p.get("text", "")), " ; ".join(terms)))
        db.executemany("insert into prop_fts(rowid, text, terms) values (?, ?, ?)", rows)

    def _learn_certainty(self) -> None:
        by_hedge: dict[str, Counter[str]] = defaultdict(Counter)
        by_act: dict[str, Counter[str]] = defaultdict(Counter)
        for c in self.ledger.claims:
            certainty = c.get("certainty")
            if c.get("draft") is True or not isinstance(certainty, str):
                continue
            if c.get("source") in self.exclude:
                continue
            hedge = c.get("hedge")
            if isinstance(hedge, str):
                said = words(hedge) or [hedge.casefold()]
                if self.method.hedge_credit:
                    # the words whose usual grade is the coded one explain it: "they
                    # believe could" is possible for "could", and says nothing of "believe"
                    tokens = [t.casefold() for t in _WORD.findall(hedge)]
                    explaining = [t for t in tokens if HEDGE_WORDS.get(t) == certainty]
                    said = explaining or said
                for w in said:
                    by_hedge[w][certainty] += 1
            else:
                by_act[str(c.get("act"))][certainty] += 1
        self.by_hedge = by_hedge
        self.by_act = by_act

    def _learn_words(self) -> None:
        """Each proposition's word stems, weighted by how rare they are among the
        propositions (a word every proposition has tells none of them apart)."""
        stems: dict[str, set[str]] = {}
        for pid, p in self.props.items():
            found = {_stem(w) for w in words(str(p.get("text", "")))}
            if p.get("kind") == "value":
                found -= _QUESTION
            stems[pid] = found
        df = Counter(w for found in stems.values() for w in found)
        n = len(stems)
        self.idf = {w: math.log((n + 1) / (d + 0.5)) for w, d in df.items()}
        self.prop_stems = stems
        # the words of the ledger's actors' and outlets' names: the parties, not content
        self.name_stems = {
            _stem(w)
            for section in ("actors", "outlets")
            for record in self.ledger.sections.get(section, ())
            for name in [record.get("name"), *(record.get("aliases") or ())]
            if isinstance(name, str)
            for w in words(name)
        }
        # B's words within A's (ENTAIL_SHARE of them): A says B and more
        self.entails: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for b, inner in stems.items():
            if not inner or self.props[b].get("kind") == "value":
                continue
            for a, outer in stems.items():
                share = len(inner & outer) / len(inner)
                if a != b and self.props[a].get("kind") != "value" and share >= ENTAIL_SHARE:
                    self.entails[a].append((b, share))

    def _patterns(self) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
        return {
            tid: [
                (term, re.compile(r"(?<![\w-])" + re.escape(term.casefold()) + r"s?(?![\w-])"))
                for term in [t.get("name"), *(t.get("terms") or ())]
                if isinstance(term, str)
            ]
            for tid, t in self.topics.items()
        }

    def _learn_together(self) -> None:
        """How often the coded claims that take a stance on one proposition take a stance
        on another (the ledger's own implications: an arms supply is an arms deal)."""
        seen: Counter[tuple[str, str]] = Counter()
        pairs: Counter[tuple[tuple[str, str], tuple[str, str]]] = Counter()
        for c in self.coded:
            links = {
                (str(b["proposition"]), str(b.get("stance")))
                for b in c.get("propositions") or ()
                if isinstance(b, dict) and b.get("proposition") in self.props
            }
            for link in links:
                seen[link] += 1
                for other in links:
                    if other[0] != link[0]:
                        pairs[(link, other)] += 1
        self.together: dict[tuple[str, str], list[tuple[tuple[str, str], float]]]
        self.together = defaultdict(list)
        for (link, other), count in pairs.items():
            if seen[link] >= TOGETHER_MIN:
                self.together[link].append((other, count / seen[link]))
        # B implies A where the claims supporting B support A too: B -> [(A, share)]
        self.implies: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for (stronger, stance), implied in self.together.items():
            if stance == "supports":
                for (weaker, its_stance), share in implied:
                    if its_stance == "supports":
                        self.implies[weaker].append((stronger, share))

    def _learn_topic_use(self) -> None:
        """For each proposition, the topics of the coded claims that link it (a claim on
        the allies' exercise that bears on space cooperation is also the allies'
        response): with the proposition's own topics counted as one claim more."""
        self.topic_use: dict[str, tuple[Counter[str], int]] = {}
        for pid, p in self.props.items():
            self.topic_use[pid] = (Counter(str(t) for t in p.get("topics") or ()), 1)
        for c in self.coded:
            topics = {str(t) for t in c.get("topics") or ()}
            for pid in {str(b.get("proposition")) for b in c.get("propositions") or ()
                        if isinstance(b, dict)}:  # fmt: skip
                if pid in self.topic_use:
                    used, n = self.topic_use[pid]
                    used.update(topics)
                    self.topic_use[pid] = (used, n + 1)

    def usual_topics(self, pid: str) -> list[tuple[str, float]]:
        """The topics of ``pid`` with the share of its claims that carry them (without
        learnt use: its own topics, each 1)."""
        if not self.method.topic_use:
            return [(str(t), 1.0) for t in self.props[pid].get("topics") or ()]
        used, _ = self.topic_use[pid]
        most = max(used.values(), default=1)
        return [(t, k / most) for t, k in used.most_common()]

    # -- the parts ----------------------------------------------------------------------

    def neighbours(self, text: str) -> list[tuple[dict[str, Any], float]]:
        """The nearest coded claims, each with its bm25 score."""
        return [(self.coded[r], s) for r, s in self._rank("claim_fts", "", text, NEIGHBOURS)]

    def matching_propositions(self, text: str) -> list[tuple[str, float]]:
        """The propositions whose words (and topics' terms) match, with bm25 scores."""
        ranked = self._rank("prop_fts", ", 1.0, 0.25", text, PROPOSITIONS)
        return [(self.prop_ids[r], s) for r, s in ranked]

    def _rank(self, table: str, weights: str, text: str, limit: int) -> list[tuple[int, float]]:
        query = _match_query(text)
        if query is None:
            return []
        rows = self.db.execute(
            f"select rowid, -bm25({table}{weights}) from {table} where {table} match ? "
            "order by 2 desc limit ?",
            (query, limit),
        ).fetchall()
        return [(int(r), float(s)) for r, s in rows if s > 0]

    def certainty(self, claim: Mapping[str, Any]) -> str | None:
        """The grade of the claim's hedge: as the ledger grades its words, else as the
        usual meaning of its words (``HEDGE_WORDS``); a claim without a hedge is stated
        without qualification, ``certain`` (codebook rule 7), unless its act says the
        speaker does not assert it as fact: a suspicion is ``probable``."""
        hedge = claim.get("hedge")
        if not isinstance(hedge, str):
            if self.method.certainty_by_act:
                by_act = self.by_act.get(str(claim.get("act")), Counter())
                return by_act.most_common(1)[0][0] if by_act else "certain"
            if self.method.suspicion_probable and claim.get("act") in _UNASSERTED:
                return "probable"
            return "certain"
        votes: Counter[str] = Counter()
        for w in words(hedge) or [hedge.casefold()]:
            votes.update(self.by_hedge.get(w, Counter()))
        if votes:
            return votes.most_common(1)[0][0]
        return hedge_grade(hedge) if self.method.hedge_words else None

    def role(self, claim: Mapping[str, Any]) -> str | None:
        if claim.get("role"):
            return None
        actor = next((a for a in self.ledger.actors if a.get("id") == claim.get("speaker")), None)
        roles = [r for r in (actor or {}).get("roles") or () if isinstance(r, dict)]
        if not roles:
            return None
        when = _when(self.ledger, claim)
        held = [r for r in roles if _held(r, when)]
        if len(held) == 1 and isinstance(held[0].get("id"), str):
            return str(held[0]["id"])
        return None

    # -- all together ---------------------------------------------------------------------

    def suggest(
        self,
        claim: Mapping[str, Any],
        context: str = "",
        answered: Iterable[tuple[str, Bearing]] = (),
    ) -> Suggestion:
        """Suggestions for ``claim``; ``context`` is the text just before it in the
        article (the preceding draft), whose words count for less; ``answered``, for a
        denial, the links suggested for the statements it answers (claim id, link)."""
        method = self.method
        text = self._own_text(claim) if method.own_clause else _claim_text(claim)
        denial = claim.get("act") in _DENIALS
        scores: dict[tuple[str, str], float] = defaultdict(float)
        reasons: dict[tuple[str, str], tuple[float, str]] = {}

        def vote(key: tuple[str, str], weight: float, reason: str) -> None:
            scores[key] = 1 - (1 - scores[key]) * (1 - weight)
            if weight > reasons.get(key, (0.0, ""))[0]:
                reasons[key] = (weight, reason)

        # each source of evidence gives a probability-like strength; they combine as
        # independent signals (1 - product of the misses)
        own = {_stem(w) for w in words(text)}
        strengths: list[tuple[dict[str, Any], float]] = []
        for other, raw in self.neighbours(text) if method.neighbours else []:
            other_denial = other.get("act") in _DENIALS
            # bm25 grows with the ledger (idf); word overlap (Dice) speaks for small ones
            theirs = {_stem(w) for w in words(_claim_text(other))}
            dice = 2 * len(own & theirs) / (len(own) + len(theirs) or 1)
            strength = max(
                method.neighbour_weight * (1 - math.exp(-raw / NEIGHBOUR_SCALE)), dice**2
            )
            strengths.append((other, strength))
            for bearing in other.get("propositions") or ():
                if not isinstance(bearing, dict) or bearing.get("proposition") not in self.props:
                    continue
                pid, stance = str(bearing["proposition"]), str(bearing.get("stance"))
                reason = f"like {other['id']}, which {stance} {pid}"
                if denial != other_denial:
                    stance = _flip(stance)
                    reason += ", and this one denies it" if denial else ", which this one answers"
                vote((pid, stance), strength, reason)
        negated = _negated_stems(text) if method.negation == "clause" else set()
        for pid, strength, shared in self._word_evidence(text, own):
            if method.negation == "clause":
                weight = sum(self.idf.get(w, 0.0) for w in shared)
                turned = sum(self.idf.get(w, 0.0) for w in shared if w in negated)
                is_negated = weight > 0 and turned * 2 > weight
            else:
                is_negated = _negated(text, shared)
            stance = "opposes" if denial != is_negated else "supports"
            said = ", ".join(self._surface(text, shared)[:4]) or "its topics' terms"
            vote((pid, stance), strength, f"shares words with {pid}: {said}")
        if method.context and context:
            before = {_stem(w) for w in words(context)}
            for pid, strength, shared in self._word_evidence(context, before):
                key = (pid, "opposes" if denial else "supports")
                said = ", ".join(self._surface(context, shared)[:4])
                vote(
                    key,
                    CONTEXT_SHARE * strength,
                    f"the text before shares words with {pid}: {said}",
                )
        folded = text.casefold()
        heard = {
            tid
            for tid, patterns in self._term_patterns.items()
            if any(pattern.search(folded) for _, pattern in patterns)
        }
        if denial:
            # a denial opposes what the accusations it answers support, where the
            # denial says the terms of one of the proposition's topics
            for cid, b in answered:
                if b.stance == "supports" and heard & set(
                    self.props[b.proposition].get("topics") or ()
                ):
                    vote(
                        (b.proposition, "opposes"),
                        ANSWER_SHARE * b.score / 100,
                        f"answers {cid}, which supports {b.proposition}",
                    )
        if method.terms:
            for (pid, stance), score in list(scores.items()):
                found = [t for t in self.props[pid].get("topics") or () if t in heard]
                if found and score > 0:
                    vote((pid, stance), TERMS_SHARE * len(found), f"says terms of {found[0]}")
        if method.rivals:
            self._settle_rivals(scores, reasons, own, negated)
        for (pid, stance), score in list(scores.items()):
            if stance != "supports":
                continue
            for rival in self.incompatible.get(pid, ()):
                vote(
                    (rival, "opposes"),
                    score * INCOMPATIBLE_SHARE,
                    f"incompatible with {pid}, which it supports",
                )
        if method.rivals_opposed:
            self._settle_opposed(scores, reasons, own)
        if method.together:
            for link, score in sorted(scores.items(), key=lambda kv: -kv[1])[:3]:
                for implied, share in self.together.get(link, ()):
                    vote(
                        implied,
                        score * share * TOGETHER_SHARE,
                        f"coded with {link[0]} ({link[1]}) in {round(100 * share)}% of its claims",
                    )
                if method.entailed and link[1] == "supports":
                    # a proposition whose words another's contain is more general: the
                    # specific one supported supports it ("... space cooperation is
                    # confined to peaceful use" -> "... cooperate in space")
                    for general, share in self.entails.get(link[0], ()):
                        vote(
                            (general, "supports"),
                            score * share * TOGETHER_SHARE,
                            f"its words are within {link[0]}'s, which it supports",
                        )
                if method.contrapositive and link[1] == "opposes":
                    # B's claims support A: B implies A, so denying A denies B
                    for stronger, share in self.implies.get(link[0], ()):
                        vote(
                            (stronger, "opposes"),
                            score * share * TOGETHER_SHARE,
                            f"{stronger}'s claims support {link[0]} in {round(100 * share)}%, "
                            "which this one opposes",
                        )
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        bearings: list[Bearing] = []
        seen: set[str] = set()
        for (pid, stance), score in ranked:
            value = min(100, round(100 * score))
            first = method.min_first if pid in self.linked else method.min_first_fresh
            floor = first if not bearings else MIN_SCORE
            if value < floor or pid in seen or len(bearings) >= MAX_PROPOSITIONS:
                if not bearings:
                    break
                continue
            if method.content_words and not (own & self.prop_stems[pid]) - self.name_stems:
                continue  # it shares with the draft no word but the parties' names
            seen.add(pid)
            bearings.append(Bearing(pid, stance, value, reasons[(pid, stance)][1]))
        # a drafted hedge that is no hedge (the month May) says nothing of certainty
        plain = {k: v for k, v in claim.items() if k != "hedge"} if hedge_for(claim) else claim
        return Suggestion(
            propositions=bearings,
            topics=self._topics(text, bearings, strengths),
            certainty=self.certainty(plain),
            role=self.role(claim),
        )

    def suggest_many(self, claims: Iterable[Mapping[str, Any]]) -> list[Suggestion]:
        """Suggestions for ``claims`` in article order; a topic the other drafts of the
        same article suggest counts for each one (``ARTICLE_SHARE`` of their mean score:
        an article on the allies' exercise is the allies' response throughout)."""
        claims = list(claims)
        befores = contexts(claims)
        out = [self.suggest(c, before) for c, before in zip(claims, befores, strict=True)]
        if self.method.answers and any(c.get("act") in _DENIALS for c in claims):
            # a denial again, with what the statements before it in its article were
            # suggested to support
            at = [self._position(c) for c in claims]
            for i, claim in enumerate(claims):
                if claim.get("act") in _DENIALS:
                    earlier = sorted(
                        (
                            j
                            for j in range(len(claims))
                            if at[j] < at[i] and claims[j].get("source") == claim.get("source")
                        ),
                        key=lambda j: at[j],
                    )
                    answered = self._answered([claims[j] for j in earlier],
                                              [out[j] for j in earlier], claim)  # fmt: skip
                    if answered:
                        out[i] = self.suggest(claim, befores[i], answered)
        if self.method.paraphrase:
            self._paraphrased_hedges(claims, out)
        if not self.method.article:
            return out
        by_source: dict[str, list[int]] = defaultdict(list)
        for i, claim in enumerate(claims):
            by_source[str(claim.get("source"))].append(i)
        pooled = [list(s.topics) for s in out]
        for members in by_source.values():
            for i in members:
                others = [j for j in members if j != i]
                if not others:
                    continue
                mean: dict[str, float] = defaultdict(float)
                for j in others:
                    for hint in pooled[j]:
                        mean[hint.topic] += hint.score / 100 / len(others)
                out[i].topics = _with_article(pooled[i], mean, len(others))
        return out

    def _paraphrased_hedges(self, claims: list[Mapping[str, Any]], out: list[Suggestion]) -> None:
        """An unhedged draft that says much what a hedged one of the same speaker in the
        same article says (``PARAPHRASE_DICE`` of their words shared) takes its
        certainty: a lead paraphrase that drops the speaker's hedge keeps the speaker's
        (codebook rule 7; "Russia intends to share ..." after "We have reasons to
        believe that Moscow intends to share ...")."""

        def hedged(c: Mapping[str, Any]) -> bool:
            return isinstance(c.get("hedge"), str) and not hedge_for(c)

        stems = [{_stem(w) for w in words(str(c.get("excerpt") or ""))} for c in claims]
        hedged_by: dict[tuple[Any, Any], list[int]] = defaultdict(list)  # source, speaker
        for j, other in enumerate(claims):
            if hedged(other):
                hedged_by[(other.get("source"), other.get("speaker"))].append(j)
        for i, claim in enumerate(claims):
            if hedged(claim):
                continue
            best, grade = PARAPHRASE_DICE, None
            for j in hedged_by.get((claim.get("source"), claim.get("speaker")), ()):
                other = claims[j]
                dice = 2 * len(stems[i] & stems[j]) / (len(stems[i]) + len(stems[j]) or 1)
                if dice >= best:
                    best, grade = dice, self.certainty(other)
            if grade is not None:
                out[i].certainty = grade

    def _own_text(self, claim: Mapping[str, Any]) -> str:
        """The claim's text, or of a sentence that holds a reported clause after an
        event ("... last Wednesday, raising concerns of possible space cooperation as
        Pyongyang has vowed to put a military spy satellite in orbit this year"), the
        part that is the speaker's: the reported clause for the one who vowed, the rest
        for the publishing outlet (or its agency)."""
        text = _claim_text(claim)
        split = reported_clause(text)
        if split is None:
            return text
        clause, rest = split
        source = self.ledger.sources.get(str(claim.get("source")))
        meta = source.meta if source is not None else {}
        voices = {meta.get("outlet"), *(meta.get("agencies") or ())}
        return rest if claim.get("speaker") in voices else clause

    def _position(self, claim: Mapping[str, Any]) -> int:
        """Where the claim's excerpt starts in its source's text (-1: not found)."""
        from rnkclaims.spans import excerpt_parts, locate

        source = self.ledger.sources.get(str(claim.get("source")))
        if source is None:
            return -1
        found = locate(source.text, excerpt_parts(str(claim.get("excerpt") or ""))[0])
        return found[0][0] if found else -1

    def _answered(
        self, earlier: list[Mapping[str, Any]], found: list[Suggestion], claim: Mapping[str, Any]
    ) -> list[tuple[str, Bearing]]:
        """For a denial: the links suggested with confidence (the first, or from
        ``ANSWER_MIN``) for the latest ``ANSWERED`` statements of the same article by
        other speakers that are not denials (``earlier``, in the article's order): the
        accusations it answers."""
        out: list[tuple[str, Bearing]] = []
        taken = 0
        for other, suggestion in reversed(list(zip(earlier, found, strict=True))):
            if taken >= ANSWERED:
                break
            if other.get("source") != claim.get("source"):
                continue
            if other.get("act") in _DENIALS or other.get("speaker") == claim.get("speaker"):
                continue
            taken += 1
            out += [
                (str(other.get("id")), b)
                for i, b in enumerate(suggestion.propositions)
                if i == 0 or b.score >= ANSWER_MIN
            ]
        return out

    def _word_evidence(self, text: str, own: set[str]) -> list[tuple[str, float, list[str]]]:
        """Each proposition the draft's words match: its strength (0-1) and the stems
        they share."""
        if self.method.words == "bm25":
            out = []
            for pid, raw in self.matching_propositions(text):
                shared = sorted(self.prop_stems[pid] & own)
                raw *= self._value_share(pid, text)
                out.append((pid, 1 - math.exp(-raw / WORDS_SCALE), shared))
            return out
        if self.method.words != "coverage":
            return []
        out = []
        for pid, stems in self.prop_stems.items():
            shared = sorted(stems & own)
            total = sum(self.idf[w] for w in stems)
            if shared and total > 0:
                share = self._value_share(pid, text)
                out.append((pid, share * sum(self.idf[w] for w in shared) / total, shared))
        return out

    def _settle_rivals(
        self,
        scores: dict[tuple[str, str], float],
        reasons: dict[tuple[str, str], tuple[float, str]],
        own: set[str],
        negated: set[str],
    ) -> None:
        """Two incompatible propositions both supported: the words that tell them apart
        decide (a word of one said, or a word of the other negated); the other is opposed."""
        for pid, rivals in self.incompatible.items():
            for rival in rivals:
                if pid > rival or (pid, "supports") not in scores:
                    continue
                if (rival, "supports") not in scores:
                    continue
                mine = self.prop_stems.get(pid, set()) - self.prop_stems.get(rival, set())
                theirs = self.prop_stems.get(rival, set()) - self.prop_stems.get(pid, set())

                def weight(stems: set[str], said: bool) -> float:
                    return sum(self.idf[w] for w in stems & own if (w in negated) is not said)

                for_pid = weight(mine, True) + weight(theirs, False)
                for_rival = weight(theirs, True) + weight(mine, False)
                if for_pid == for_rival:
                    continue
                winner, loser = (pid, rival) if for_pid > for_rival else (rival, pid)
                lost = scores.pop((loser, "supports"))
                reasons.pop((loser, "supports"), None)
                key = (loser, "opposes")
                score = RIVAL_SHARE * min(lost, scores[(winner, "supports")])
                if score > scores.get(key, 0.0):
                    scores[key] = score
                    reasons[key] = (score, f"incompatible with {winner}, which the words favour")

    def _settle_opposed(
        self,
        scores: dict[tuple[str, str], float],
        reasons: dict[tuple[str, str], tuple[float, str]],
        own: set[str],
    ) -> None:
        """Two incompatible propositions both opposed: the text denies the one whose own
        words it says ("would not use space exploration as a front for weapons testing"
        is against the military one, not the peaceful one); the other is not suggested."""
        for pid, rivals in self.incompatible.items():
            for rival in rivals:
                if pid > rival or (pid, "opposes") not in scores:
                    continue
                if (rival, "opposes") not in scores:
                    continue
                mine = self.prop_stems.get(pid, set()) - self.prop_stems.get(rival, set())
                theirs = self.prop_stems.get(rival, set()) - self.prop_stems.get(pid, set())
                about_pid = sum(self.idf[w] for w in mine & own)
                about_rival = sum(self.idf[w] for w in theirs & own)
                if about_pid == about_rival:
                    continue
                loser = rival if about_pid > about_rival else pid
                scores.pop((loser, "opposes"))
                reasons.pop((loser, "opposes"), None)

    def _surface(self, text: str, stems: Collection[str]) -> list[str]:
        """The draft's own words for ``stems``, in order."""
        return [w for w in words(text) if _stem(w) in stems]

    def _topics(
        self,
        text: str,
        bearings: list[Bearing],
        near: list[tuple[dict[str, Any], float]],
    ) -> list[TopicHint]:
        scores: dict[str, float] = defaultdict(float)
        reasons: dict[str, tuple[float, str]] = {}

        def vote(tid: str, weight: float, reason: str) -> None:
            if tid not in self.topics:
                return
            scores[tid] = 1 - (1 - scores[tid]) * (1 - weight)
            if weight > reasons.get(tid, (0.0, ""))[0]:
                reasons[tid] = (weight, reason)

        for b in bearings:
            for tid, share in self.usual_topics(b.proposition):
                vote(tid, 0.4 * share * b.score / 100, f"a topic of {b.proposition}")
        # the propositions' text and their topics' terms ranked by bm25 speak for topics
        for pid, raw in self.matching_propositions(text)[:WORDS_TOPICS]:
            for tid, share in self.usual_topics(pid):
                weight = 0.4 * share * (1 - math.exp(-raw / WORDS_SCALE))
                vote(tid, weight, f"a topic of {pid}, whose words it shares")
        for other, strength in near:
            for tid in other.get("topics") or ():
                vote(str(tid), NEIGHBOUR_TOPIC_SHARE * strength, f"like {other['id']}")
        folded = text.casefold()
        found = {
            tid: [term for term, pattern in patterns if pattern.search(folded)]
            for tid, patterns in self._term_patterns.items()
        }
        # the longest match wins: "security in outer space" is not also "outer space"
        said = [t.casefold() for terms in found.values() for t in terms]
        for tid, terms in found.items():
            terms = [
                t for t in terms if not any(t.casefold() in o and t.casefold() != o for o in said)
            ]
            if terms:
                vote(tid, 0.3 + 0.1 * min(len(terms), 3), f"says '{terms[0]}'")
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
        out = []
        for tid, score in ranked[:MAX_TOPICS]:
            value = min(100, round(100 * score))
            if value >= MIN_SCORE:
                out.append(TopicHint(tid, value, reasons[tid][1]))
        return out

    def _value_share(self, pid: str, text: str) -> float:
        """A value proposition asks for a value: a text that does not give one of the
        kind asked is an unlikely match (its words are only the event's). A date
        question asks at its precision ("On what date": a day, "In what year": a year,
        "When": any date); a place question, for a place ("in Pyongyang")."""
        prop = self.props[pid]
        if prop.get("kind") != "value":
            return 1.0
        if not self.method.values:
            dated = prop.get("value_type") == "date" and _DATE_WORDS.search(text)
            return 1.0 if dated else VALUE_SHARE
        if value_said(str(prop.get("value_type")), str(prop.get("text", "")), text):
            return 1.0
        return VALUE_SHARE

    def close(self) -> None:
        self.db.close()


# The usual grade of a hedging word (vocab.CERTAINTY): what leans true, what is open,
# what leans false. A hedge whose leaning word is negated ("confident that ... would
# not") leans false. "Reportedly" says where a claim comes from, not how sure its
# speaker is: it grades nothing.
HEDGE_WORDS: dict[str, str] = {
    **dict.fromkeys(
        """likely probably probable believe believes believed suspect suspects suspected
        suspicion assume assumes assumed reasonable expect expects expected hope hopes
        hoped confident confidence apparently presumably evidently seems seem
        seemed think thinks thought""".split(),
        "probable",
    ),
    **dict.fromkeys(
        """may might could possible possibly possibility perhaps maybe potential
        potentially conceivably""".split(),
        "possible",
    ),
    **dict.fromkeys("unlikely doubt doubts doubtful improbable hardly".split(), "doubtful"),
}
_GRADES = ("doubtful", "possible", "probable")  # the weakest grade a hedge says wins


def hedge_grade(hedge: str) -> str | None:
    """The certainty of ``hedge`` by the usual meaning of its words (None: no hedging
    word): the weakest grade any of its words says; a leaning-true word with a negation
    after it ("expressed confidence that ... would not") is doubtful."""
    tokens = [t.casefold() for t in _WORD.findall(hedge)]
    found: set[str] = set()
    for i, token in enumerate(tokens):
        grade = HEDGE_WORDS.get(token)
        if grade == "probable" and any(
            t in _NEGATIONS or t.endswith("n't") for t in tokens[i + 1 :]
        ):
            grade = "doubtful"
        if grade:
            found.add(grade)
    return next((g for g in _GRADES if g in found), None)


_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_DAY = re.compile(
    rf"\b(?:{_WEEKDAY}|today|yesterday|tomorrow|{_MONTH}\s+\d{{1,2}}\b|\d{{1,2}}\s+{_MONTH}"
    r"|\d{4}-\d\d-\d\d)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:(?:19|20)\d\d|(?:this|last|next) year)\b", re.IGNORECASE)
# a place named after "in" or "at" (a capitalised name, not the start of a sentence)
_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w\u2019'.-]*\s+)*[A-Z][\w-]+")
_ASKS = re.compile(r"^\s*(?:on\s+)?(what\s+(?:date|day)|(?:in\s+)?what\s+year)", re.IGNORECASE)


PLACE_VALUES = True  # a place question's suggestion carries the place the excerpt names
_NAME_WORD = re.compile(r"[A-Z][\w\u2019'-]*[\w\u2019']")


def place_value(ledger: Ledger, claim: Mapping[str, Any], pid: str) -> str | None:
    """The place a place question ``pid`` is answered with by ``claim``'s excerpt: the
    name after "in" or "at" ("in Pyongyang on Wednesday": Pyongyang), or, when a value
    the ledger's coded claims already give that question shares a name with it, that
    value as coded ("at Russia's Vostochny space center": Vostochny Cosmodrome, one place
    spelled once). None when the excerpt names no place."""
    excerpt = str(claim.get("excerpt") or "")
    found = _PLACE.search(excerpt)
    if found is None:
        return None
    names = [w for w in _NAME_WORD.findall(found.group(0)) if w.casefold() != "the"]
    own = [w for w in names if not re.search(r"['\u2019]s$", w)]  # "Russia's" qualifies
    if not own:
        return None
    said = {w.casefold() for w in own}
    for c in ledger.claims:
        if c.get("draft") is True:
            continue
        for b in c.get("propositions") or ():
            if isinstance(b, Mapping) and b.get("proposition") == pid and b.get("value"):
                coded = str(b["value"])
                if said & {w.casefold() for w in _NAME_WORD.findall(coded)}:
                    return coded
    return " ".join(own)


def value_said(value_type: str, question: str, text: str) -> bool:
    """Whether ``text`` gives a value of the kind ``question`` asks: for a date, one at
    the question's precision ("On what date": a day, "In what year": a year, else any
    date words); for a place, a name after "in" or "at"; any other kind, always."""
    if value_type == "place":
        return bool(_PLACE.search(text))
    if value_type != "date":
        return True
    asks = _ASKS.search(question)
    if asks is None:
        return bool(_DATE_WORDS.search(text))
    if "year" in asks.group(1).casefold():
        return bool(_YEAR.search(text))
    return bool(_DAY.search(text))


def _with_article(
    topics: list[TopicHint], mean: Mapping[str, float], others: int
) -> list[TopicHint]:
    """``topics`` with the article's other drafts' mean topic scores counted in."""
    scores = {t.topic: t.score / 100 for t in topics}
    reasons = {t.topic: t.reason for t in topics}
    for tid, share in mean.items():
        weight = ARTICLE_SHARE * share
        scores[tid] = 1 - (1 - scores.get(tid, 0.0)) * (1 - weight)
        reasons.setdefault(tid, f"suggested for the article's other drafts ({others})")
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TOPICS]
    return [
        TopicHint(tid, min(100, round(100 * score)), reasons[tid])
        for tid, score in ranked
        if round(100 * score) >= MIN_SCORE
    ]


# a clause that reports someone's words after the sentence's own event: "..., as
# Pyongyang has vowed to ...", "... while Moscow said that ..."
_REPORTED_CLAUSE = re.compile(
    r"(?:,\s*|\s)(?:as|while|since|because)\s+((?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,4}"
    r"(?:has\s+|have\s+|had\s+)?(?:vowed|pledged|promised|said|says|warned|claimed|"
    r"threatened|announced|denied|insisted)\s+(?:to|that)\b.*)$",
    re.DOTALL,
)


def reported_clause(text: str) -> tuple[str, str] | None:
    """A sentence's clause that reports someone's words after its own event, and the
    rest; None when there is none (or nothing before it)."""
    found = _REPORTED_CLAUSE.search(text)
    if found is None or not text[: found.start()].strip():
        return None
    return found.group(1), text[: found.start()]


def _negated(text: str, shared: list[str]) -> bool:
    """Whether most of the words ``text`` shares with a proposition follow a negation
    ("against militarization", "would not ... weapons") within a few words."""
    tokens = [t.casefold() for t in _WORD.findall(text)]
    stems = {_stem(w) for w in shared}
    hits = negated = 0
    for i, token in enumerate(tokens):
        if _stem(token) in stems:
            hits += 1
            negated += any(t in _NEGATIONS for t in tokens[max(0, i - NEGATION_WINDOW) : i])
    return hits > 0 and negated * 2 > hits


def _negated_stems(text: str) -> set[str]:
    """The stems whose every use in ``text`` falls within a negation's scope: from the
    negation to the end of its clause ("is against militarization of space", "would not
    use space exploration as a front for weapons testing")."""
    inside: set[str] = set()
    outside: set[str] = set()
    scope = False
    for token in (t.casefold() for t in _TOKEN.findall(text)):
        if token in _CLAUSE_END:
            scope = False
        elif token in _NEGATIONS or token.endswith("n't"):
            scope = True
        elif len(token) > 2 and token not in _STOP:
            (inside if scope else outside).add(_stem(token))
    return inside - outside


def _stem(word: str) -> str:
    return word[:5]


def _when(ledger: Ledger, claim: Mapping[str, Any]) -> PartialDate | None:
    said = claim.get("said")
    value = said.get("date") if isinstance(said, dict) else said
    source = ledger.sources.get(str(claim.get("source")))
    if value is None and source is not None:
        value = source.published
    try:
        return parse_date(value) if isinstance(value, str | int) and value != "unknown" else None
    except DateError:
        return None


def _held(role: Mapping[str, Any], when: PartialDate | None) -> bool:
    if when is None:
        return True
    try:
        start = parse_date(role["from"]) if role.get("from") is not None else None
        end = parse_date(role["to"]) if role.get("to") is not None else None
    except DateError:
        return False
    if start is not None and when.latest < start.earliest:
        return False
    return not (end is not None and when.earliest > end.latest)


def contexts(claims: Iterable[Mapping[str, Any]]) -> list[str]:
    """For each claim, the text before it in its article: the excerpt of the nearest
    earlier claim of the same source that has another excerpt ("" for the first)."""
    last: dict[str, tuple[str, str]] = {}  # source -> (its last excerpt, the one before)
    out = []
    for claim in claims:
        source, excerpt = str(claim.get("source")), str(claim.get("excerpt") or "")
        latest, before = last.get(source, ("", ""))
        if excerpt != latest:
            before, latest = latest, excerpt
        last[source] = (latest, before)
        out.append(before)
    return out


def with_proposals(ledger: Ledger, claim: Mapping[str, Any], suggestion: Suggestion) -> Suggestion:
    """``suggestion`` with what the draft's own text proposes for its fields (venue,
    date, quote, hedge; ``venue.proposed_fields``; the hedging phrase and the date of words
    from a neighbouring sentence, ``hedges``) and the date a suggested date question
    asks (``venue.date_value``), so they are stored as suggestions, not taken as coding.
    A certainty proposed with a hedge (the outlet's own forecast) replaces the learnt one."""
    from rnkclaims.authoring.extract import venue
    from rnkclaims.authoring.hedges import dated_words, hedge_phrase

    fields = dict(venue.proposed_fields(ledger, claim))
    certainty = fields.pop("certainty", None) or suggestion.certainty
    if "hedge" not in fields and (phrase := hedge_phrase(claim)) is not None:
        fields["hedge"] = phrase  # the hedging phrase (codebook rule 7)
        if not claim.get("hedge"):
            certainty = hedge_grade(phrase) or certainty
    if "said" not in fields and (dated := dated_words(ledger, claim)) is not None:
        fields["said"] = dated  # words from a neighbouring sentence, with their date
    bearings = []
    for b in suggestion.propositions:
        prop = next((p for p in ledger.propositions if p.get("id") == b.proposition), None)
        if prop is not None and prop.get("kind") == "value" and prop.get("value_type") == "date":
            b = Bearing(b.proposition, b.stance, b.score, b.reason, venue.date_value(ledger, claim))
        elif PLACE_VALUES and prop is not None and prop.get("value_type") == "place":
            where = place_value(ledger, claim, b.proposition)
            b = Bearing(b.proposition, b.stance, b.score, b.reason, where)
        bearings.append(b)
    return Suggestion(bearings, suggestion.topics, certainty, suggestion.role, fields)


def suggest_all(
    ledger: Ledger, claims: Iterable[Mapping[str, Any]], exclude: Collection[str] = ()
) -> dict[str, Suggestion]:
    """Suggestions for each of ``claims`` by id, learning from the coded claims of every
    source but ``exclude``, with the values the drafts' own text proposes
    (``with_proposals``)."""
    claims = list(claims)
    suggester = Suggester(ledger, exclude)
    try:
        found = suggester.suggest_many(claims)
        return {
            str(c.get("id")): with_proposals(ledger, c, s)
            for c, s in zip(claims, found, strict=True)
        }
    finally:
        suggester.close()


def plan_suggestions(ledger: Ledger, suggestions: Mapping[str, Suggestion]) -> Plan:
    """Store each suggestion under its draft's ``suggested`` field (replacing an older
    one; an empty suggestion removes the older one), at text level; checked like any
    other change."""
    from rnkclaims.authoring.ledger_edit import (
        delete_field,
        find_entry,
        plan_changes,
        read_file,
        set_field,
    )
    from rnkclaims.authoring.maintain import file_of

    claims = {str(c.get("id")): c for c in ledger.claims}
    texts: dict[Path, str] = {}
    for cid, suggestion in suggestions.items():
        if not suggestion and "suggested" not in claims[cid]:
            continue
        path = file_of(ledger, claims[cid])
        text = texts.get(path) or read_file(path)
        found = find_entry(text, "claims", cid)
        if found is None:  # pragma: no cover - the ledger was loaded from this text
            continue
        if suggestion:
            texts[path] = set_field(
                text, found[1], "suggested", suggestion.as_dict(), flow_items=True
            )
        else:
            texts[path] = delete_field(text, found[1], "suggested")
    return plan_changes(ledger.paths, texts)
