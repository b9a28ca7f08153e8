"""Reviewing drafts: decisions, and applying them to the ledger at text level.

A decision says what happens to one draft:

- ``accept``: the draft becomes a coded claim. Field edits (``set``) are applied, the
  chosen suggestions move into the claim's own fields (``propositions``, ``topics``,
  ``certainty``, ``role``, a value question's date), the values ``suggest`` proposed
  from the draft's own text for its venue, date, quote and hedge (stored under
  ``suggested`` like the links: ``proposals``) are taken, and ``draft`` and
  ``suggested`` go.
  Without an explicit choice the pre-selected suggestions are taken: those a reviewer
  sees ticked (``preselected``).
- ``reject``: the draft is removed.
- ``not-claim``: the draft is removed and its passage is recorded in the source's
  ``not_claims``, so extract never drafts it again and coverage passes over it.
- ``skip``: nothing changes.
- ``draft``: a passage no draft covers becomes a coded claim (``passage``: its number
  among those ``review`` offers, the id of a claim or draft of the source to draft its
  sentence again for another voice, or the sentence's words; see ``passage_drafts``).
  Every field is proposed as for a draft, and ``set``, ``propositions`` and
  ``topics`` work as for ``accept``; ``claim`` names the new claim (else an id is made).

Marking a source reviewed sets ``reviewed:`` (a date) in its front matter and records the
passages no claim covers as ``not_claims``: the reviewer has seen every one, so the
source reaches 100% coverage and extract will not draft it again.

An edit of ``venue``, ``said`` or ``relay`` carries forward (``carry_forward``): a later
accepted draft of the same source that proposed the same value gets the edited one
too, unless its own decision sets that field. "The same value" is from the same speaker
or the same sentence (one occasion: Hill's hearing, Blinken's press conference), or,
for a relay hop drafted from the source's front matter, any draft of the source (the
wire copy is the same for every claim). A venue of the edited venue's kind ("hearing")
counts as the same value. A decision that changes the speaker carries nothing forward
(the draft was not the drafted speaker's occasion); it takes the venue, date and relay
of the new speaker's latest accepted claim of the source, as a sentence that continues
it. A relay through the same outlets as the speaker's latest accepted claim of the
source, described otherwise, takes that claim's (``_same_hops``). A link ticked on an
earlier draft of the source that the reviewer took off is not ticked again where it
scores no more (``Taken.dropped``). The values proposed from the text (``proposals``)
include the excerpt's bounds (``bounds.excerpt_bounds``) and, for an undated draft with
no relay, the date and relay of the speaker's next words (``hedges.occasion_after``).

The same decisions come from the interactive loop (``rnkclaims review``) and from a
YAML file (``rnkclaims review --apply FILE``), whose form is::

    source: 2023-09-yonhap-space-tabletop     # optional: checks the drafts are of it
    reviewed: true                             # optional: mark the source reviewed
    decisions:
      - {claim: d.hill-watching, action: accept}
      - claim: d.kcna-said
        action: accept
        set: {speaker: kcna, act: reports}     # field edits; null removes a field
        propositions: [1, "rnk-space-cooperation:supports"]   # picks; [] for none
        topics: [space-cooperation]
      - {claim: d.photo-credit, action: not-claim}
      - {action: draft, passage: 2, topics: [space-cooperation]}   # an offered passage
      - {action: draft, passage: d.kcna-said, set: {speaker: yonhap}}  # its sentence again
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rnkclaims import vocab
from rnkclaims.errors import LedgerError, NotFoundError, UsageError
from rnkclaims.ledger import Ledger
from rnkclaims.model import ENTITIES
from rnkclaims.spans import excerpt_parts

ACTIONS = ("accept", "reject", "not-claim", "skip", "draft")
PRESELECT_SCORE = 65  # suggested propositions at or above this are ticked for the reviewer
PRESELECT_TOPIC_SCORE = 70  # likewise for suggested topics
TICK_FIRST_TOPIC = True  # the first suggested topic is ticked whatever its score
PRESELECT_CLOSE = 5  # another proposition this close to the first's score (and stance) is ticked
PRESELECT_TOPIC_CLOSE = 3  # likewise for topics
TICK_DECIDED = "speaker"  # a suggested link an earlier claim of the speaker in the source took
TICK_DECIDED_SCORE = 40  # ... is ticked from this score ("source": of any speaker; "": never)
UNTICK_DROPPED = True  # a link taken off an earlier draft is not ticked again at no more score
SAME_HOPS = True  # a relay through the same outlets as the speaker's accepted one: its hops
OCCASION_AFTER = True  # an undated draft takes the date and relay of the speaker's next words
PROPOSE_BOUNDS = True  # propose the excerpt's sentence bounds (``bounds.excerpt_bounds``)
CARRIED = ("venue", "said", "relay")  # edits of these carry to later drafts of the occasion
EDITABLE = tuple(f.name for f in ENTITIES["claim"].fields if f.name not in ("id", "draft"))


@dataclass(slots=True)
class Decision:
    claim: str
    action: str
    set: dict[str, Any] = field(default_factory=dict)
    propositions: list[Any] | None = None  # picks; None: the pre-selected suggestions
    topics: list[str] | None = None
    passage: Any = None  # a draft decision's passage: an offered number, a claim id, words
    source: str | None = None  # a draft decision's source

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"action": self.action}
        if self.claim:
            out = {"claim": self.claim, **out}
        if self.passage is not None:
            out["passage"] = self.passage
        if self.source is not None:
            out["source"] = self.source
        if self.set:
            out["set"] = dict(self.set)
        if self.propositions is not None:
            out["propositions"] = list(self.propositions)
        if self.topics is not None:
            out["topics"] = list(self.topics)
        return out


@dataclass(frozen=True, slots=True)
class Taken:
    """The links (proposition, stance) that the claims decided before a draft took:
    those of its speaker in its source (``taken_before``)."""

    links: frozenset[tuple[str, str]] = frozenset()
    dropped: Mapping[tuple[str, str, str | None], int] = field(default_factory=dict)
    """Links ticked on a draft decided before it in the source (of any speaker) that the
    reviewer took off, with the score they had there."""


def taken_before(
    ledger: Ledger,
    claim: Mapping[str, Any],
    decided: Iterable[Mapping[str, Any]] = (),
    speaker: Any = None,
) -> Taken:
    """What the claims of ``claim``'s source already coded (in the ledger, not drafts) or
    ``decided`` in this review (accepted or drafted, in order) took, of the speaker
    (``speaker``, else the draft's; ``TICK_DECIDED``): a reviewer who linked the
    speaker's earlier words to a proposition has said what the speaker argues. Topics
    are not taken this way: on the bundled ledger that ticked more topics to remove
    than it saved (``bench/review_edits.py --taken-grid``)."""
    source = claim.get("source")
    decided = list(decided)
    dropped = _dropped(ledger, claim, decided) if UNTICK_DROPPED else {}
    if not TICK_DECIDED:
        return Taken(dropped=dropped)
    who = speaker if speaker is not None else claim.get("speaker")
    links: set[tuple[str, str]] = set()
    coded = (c for c in ledger.claims if c.get("draft") is not True)
    for other in [*coded, *decided]:
        if other.get("source") != source or other.get("id") == claim.get("id"):
            continue
        if TICK_DECIDED == "speaker" and other.get("speaker") != who:
            continue
        for b in other.get("propositions") or ():
            if isinstance(b, Mapping):
                links.add((str(b.get("proposition")), str(b.get("stance"))))
    return Taken(frozenset(links), dropped)


def _link(b: Mapping[str, Any]) -> tuple[str, str, str | None]:
    """A link as proposition, stance and value (a value question's answer is the
    sentence's: taken off with one value, it may be right with another)."""
    value = b.get("value")
    return str(b.get("proposition")), str(b.get("stance")), None if value is None else str(value)


def _dropped(
    ledger: Ledger, claim: Mapping[str, Any], decided: Sequence[Mapping[str, Any]]
) -> dict[tuple[str, str, str | None], int]:
    """The links ticked by default on the drafts ``decided`` before ``claim`` in its
    source (each with its suggestions and the links the reviewer left it) that the
    reviewer took off, each with the highest score it had where it was taken off."""
    out: dict[tuple[str, str, str | None], int] = {}
    for other in decided:
        if other.get("source") != claim.get("source") or other.get("id") == claim.get("id"):
            continue
        suggested = (other.get("suggested") or {}).get("propositions") or []
        if not suggested:
            continue
        kept = {_link(b) for b in other.get("propositions") or () if isinstance(b, Mapping)}
        ticked, _ = preselected(other, ledger)
        for i in ticked:
            b = suggested[i - 1]
            if _link(b) not in kept:
                out[_link(b)] = max(out.get(_link(b), 0), int(b.get("score") or 0))
    return out


def preselected(
    claim: Mapping[str, Any], ledger: Ledger | None = None, taken: Taken | None = None
) -> tuple[list[int], list[int]]:
    """1-based positions of the suggested propositions and topics ticked by default: the
    first of each (every coded claim has a topic, most a proposition) and the others
    scoring ``PRESELECT_SCORE`` or ``PRESELECT_TOPIC_SCORE`` or more, or within
    ``PRESELECT_CLOSE`` (``PRESELECT_TOPIC_CLOSE``) of the first (a proposition only
    with the first's stance), or from ``TICK_DECIDED_SCORE`` if ``taken`` by the claims
    decided before it (``taken_before``). With the ``ledger``, a value question (a proposition of
    kind value) suggested without its value is not ticked, first or not: ticked, it
    would not validate, and the reviewer gives the value with it."""
    taken = taken or Taken()
    suggested = claim.get("suggested") or {}
    values = {
        str(p.get("id"))
        for p in (ledger.propositions if ledger else ())
        if p.get("kind") == "value"
    }
    props: list[int] = []
    first: dict[str, Any] | None = None
    for i, b in enumerate(suggested.get("propositions") or (), 1):
        if not isinstance(b, dict):
            continue
        score = int(b.get("score") or 0)
        unanswered = b.get("proposition") in values and b.get("value") is None
        link = _link(b)
        if link in taken.dropped and score <= taken.dropped[link]:
            # taken off an earlier draft of the article at this score or more: the
            # reviewer judged that evidence short of the link; not ticked again
            unanswered = True
        if first is None:
            first = b  # the first, ticked unless an unanswered value question
            if not unanswered:
                props.append(i)
        elif unanswered:
            continue
        elif (
            score >= PRESELECT_SCORE
            or (
                b.get("stance") == first.get("stance")
                and score >= int(first.get("score") or 0) - PRESELECT_CLOSE
            )
            or (
                score >= TICK_DECIDED_SCORE
                and (str(b.get("proposition")), str(b.get("stance"))) in taken.links
            )
        ):
            props.append(i)
    topics: list[int] = []
    top = 0
    for i, t in enumerate(suggested.get("topics") or (), 1):
        if not isinstance(t, dict):
            continue
        score = int(t.get("score") or 0)
        top = score if i == 1 else top
        if (
            (i == 1 and TICK_FIRST_TOPIC)
            or score >= PRESELECT_TOPIC_SCORE
            or (i > 1 and score >= top - PRESELECT_TOPIC_CLOSE)
        ):
            topics.append(i)
    return props, topics


def _bearing(claim: Mapping[str, Any], pick: Any) -> dict[str, Any]:
    """A proposition link from a pick: a suggestion's position, ``id[:stance[:value]]``,
    or a mapping."""
    suggested = (claim.get("suggested") or {}).get("propositions") or []
    if isinstance(pick, bool):
        raise UsageError(f"claim '{claim.get('id')}': proposition pick {pick!r} is not valid")
    if isinstance(pick, int):
        if not 1 <= pick <= len(suggested):
            raise UsageError(
                f"claim '{claim.get('id')}' has no suggested proposition {pick}",
                f"it has {len(suggested)}",
            )
        chosen = suggested[pick - 1]
        picked = {"proposition": chosen["proposition"], "stance": chosen["stance"]}
        if chosen.get("value") is not None:
            picked["value"] = chosen["value"]  # the answer a value question's suggestion gives
        return picked
    if isinstance(pick, Mapping):
        return {k: v for k, v in pick.items() if k in ENTITIES["bearing"].by_name}
    parts = str(pick).split(":", 2)
    pid = parts[0]
    if len(parts) > 1:
        stance = parts[1]
    else:
        stance = next(
            (str(b["stance"]) for b in suggested if b.get("proposition") == pid), "supports"
        )
    if stance not in vocab.STANCES:
        raise UsageError(f"'{pick}': '{stance}' is not supports or opposes")
    out: dict[str, Any] = {"proposition": pid, "stance": stance}
    if len(parts) == 3:
        out["value"] = parts[2]
    return out


def _topic(claim: Mapping[str, Any], pick: Any) -> str:
    if isinstance(pick, int) and not isinstance(pick, bool):
        topics = (claim.get("suggested") or {}).get("topics") or []
        if not 1 <= pick <= len(topics):
            raise UsageError(f"claim '{claim.get('id')}' has no suggested topic {pick}")
        return str(topics[pick - 1]["topic"])
    return str(pick)


_NOT_FIELDS = ("propositions", "topics", "certainty", "role", "remove")


def proposals(ledger: Ledger, claim: Mapping[str, Any]) -> dict[str, Any]:
    """The values proposed for a draft's own fields (None: the field goes). Stored under
    its ``suggested`` by ``suggest --write``: a value per field, and ``remove`` for the
    fields that go. A draft with no stored suggestions gets them worked out from its
    text (``venue.proposed_fields``), as ``suggest`` would store them."""
    from rnkclaims.authoring.bounds import excerpt_bounds
    from rnkclaims.authoring.hedges import occasion_after

    suggested = claim.get("suggested")
    if not isinstance(suggested, Mapping):
        from rnkclaims.authoring.extract import venue

        out = dict(venue.proposed_fields(ledger, claim))
    else:
        out = {str(k): v for k, v in suggested.items() if k not in _NOT_FIELDS}
        out.update({str(k): None for k in suggested.get("remove") or () if isinstance(k, str)})
    if PROPOSE_BOUNDS and "excerpt" not in out and (bounded := excerpt_bounds(ledger, claim)):
        out["excerpt"] = bounded  # the sentence's bounds, from the source's text
    if OCCASION_AFTER and out.get("said", "unknown") == "unknown" and "relay" not in out:
        out.update(occasion_after(ledger, claim))  # the speaker's next words' date and relay
    return out


def proposed(ledger: Ledger, claim: Mapping[str, Any], key: str) -> Any:
    """What a draft proposes for ``key``: the value proposed for it, else its own."""
    return proposals(ledger, claim).get(key, claim.get(key))


def _kind(venue: Any) -> Any:
    return venue.get("kind") if isinstance(venue, Mapping) else venue


def _carries(
    ledger: Ledger, earlier: Mapping[str, Any], later: Mapping[str, Any], key: str, value: Any
) -> bool:
    """Whether an edit of ``key`` on ``earlier`` (to ``value``) carries to ``later``."""
    if earlier.get("source") != later.get("source"):
        return False
    mine, theirs = proposed(ledger, earlier, key), proposed(ledger, later, key)
    if key == "relay" and mine and mine == theirs:
        return True  # a hop from the front matter: the same for the whole source
    same_occasion = earlier.get("speaker") == later.get("speaker") or (
        earlier.get("excerpt") == later.get("excerpt")
    )
    if not same_occasion:
        return False
    if mine == theirs:
        return True
    return key == "venue" and theirs is not None and _kind(theirs) == _kind(value)


def _vias(relay: Any) -> tuple[Any, ...]:
    return tuple(h.get("via") if isinstance(h, Mapping) else h for h in relay or ())


def _same_hops(
    relay: Any, source: Any, speaker: Any, accepted: Sequence[tuple[Any, Any, Mapping[str, Any]]]
) -> Any:
    """The relay of the speaker's latest accepted claim of ``source`` when it runs
    through the same outlets as ``relay`` but describes a hop otherwise ("wire report"
    against "report"): one speaker's words reach the article one way (None: keep)."""
    if not relay:
        return None
    for src, who, final in reversed(accepted):
        if src == source and who == speaker and final.get("relay"):
            theirs = final["relay"]
            if _vias(theirs) == _vias(relay) and theirs != relay:
                return theirs
            return None
    return None


def carry_forward(
    ledger: Ledger, claims: Mapping[str, Mapping[str, Any]], decisions: Sequence[Decision]
) -> dict[str, dict[str, Any]]:
    """For each accepted draft, the edits of ``CARRIED`` fields it takes from earlier
    decisions (in order): see the module's description."""
    out: dict[str, dict[str, Any]] = {}
    edits: list[tuple[Mapping[str, Any], str, Any]] = []
    accepted: list[tuple[Any, Any, dict[str, Any]]] = []  # source, speaker, final fields
    for decision in decisions:
        claim = claims.get(decision.claim)
        if claim is None or decision.action != "accept":
            continue
        got: dict[str, Any] = {}
        speaker = decision.set.get("speaker", claim.get("speaker"))
        renamed = speaker != claim.get("speaker")
        for key in CARRIED:
            if key in decision.set:
                continue
            if renamed:
                # another speaker than drafted: the occasion of that speaker's latest
                # accepted claim of the source ("In return, Russia is helping ..."
                # after "The US accuses ...")
                for source, who, final in reversed(accepted):
                    if source == claim.get("source") and who == speaker:
                        got[key] = final.get(key)
                        break
                continue
            for earlier, k, value in reversed(edits):
                if k == key and _carries(ledger, earlier, claim, key, value):
                    got[key] = value
                    break
            if key == "relay" and key not in got and SAME_HOPS:
                relay = proposed(ledger, claim, key)
                hops = _same_hops(relay, claim.get("source"), speaker, accepted)
                if hops is not None:
                    got[key] = hops
        if got:
            out[decision.claim] = got
        if not renamed:  # a wrong speaker: not the drafted one's occasion
            edits += [(claim, key, decision.set[key]) for key in CARRIED if key in decision.set]
        final = {key: proposed(ledger, claim, key) for key in CARRIED}
        final.update(got)
        final.update({k: v for k, v in decision.set.items() if k in CARRIED})
        accepted.append((claim.get("source"), speaker, final))
    return out


def accepted_fields(
    ledger: Ledger,
    claim: Mapping[str, Any],
    decision: Decision,
    carried: Mapping[str, Any] | None = None,
    taken: Taken | None = None,
) -> dict[str, Any]:
    """The fields an ``accept`` sets (a value of None removes the field): the ticked
    suggestions (``taken``: what the claims decided before it took, ``taken_before``)
    and the proposed venue, date and hedge (``proposals``), then the ``carried`` edits
    of earlier decisions, then its own."""
    suggested = claim.get("suggested") or {}
    proposed_here = proposals(ledger, claim)
    props_default, topics_default = preselected(claim, ledger, taken)
    picks = decision.propositions if decision.propositions is not None else props_default
    topic_picks = decision.topics if decision.topics is not None else topics_default
    out: dict[str, Any] = {}
    bearings = [
        b
        for b in claim.get("propositions") or ()
        if isinstance(b, dict) and decision.propositions is None
    ]
    for pick in picks:
        bearing = _bearing(claim, pick)
        if all(b.get("proposition") != bearing["proposition"] for b in bearings):
            bearings.append(bearing)
    if bearings:
        out["propositions"] = bearings
    topics = [str(t) for t in claim.get("topics") or ()] if decision.topics is None else []
    for pick in topic_picks:
        tid = _topic(claim, pick)
        if tid not in topics:
            topics.append(tid)
    if topics:
        out["topics"] = topics
    for key in ("certainty", "role"):
        # a drafted hedge that is no hedge: its certainty goes with it
        if suggested.get(key) and (not claim.get(key) or "hedge" in proposed_here):
            out[key] = suggested[key]
    out.update(proposed_here)
    for key, value in [*(carried or {}).items(), *decision.set.items()]:
        if key not in EDITABLE:
            raise UsageError(
                f"claim '{claim.get('id')}': '{key}' is not a field that can be set",
                f"fields: {', '.join(EDITABLE)}",
            )
        out[key] = value
    return out


# -- reading a decisions file ------------------------------------------------------------


@dataclass(slots=True)
class Decisions:
    decisions: list[Decision]
    source: str | None = None
    reviewed: bool = False


def read_decisions(text: str, where: str) -> Decisions:
    """Decisions from YAML text; ``UsageError`` naming ``where:line`` for bad ones."""
    from rnkclaims.ledger.yamlread import parse_yaml

    doc = parse_yaml(text, where)
    if doc.problems:
        p = doc.problems[0]
        raise UsageError(f"{where}:{p.line}:{p.column}: {p.message}", p.hint or None)
    data = doc.data
    if isinstance(data, list):
        data = {"decisions": data}
    if isinstance(data, dict) and "decisions" in data and data["decisions"] is None:
        data["decisions"] = []  # 'decisions:' with nothing under it: no decision
    if not isinstance(data, dict) or not isinstance(data.get("decisions"), list):
        raise UsageError(
            f"{where}: no 'decisions:' list", "write decisions: then one '- claim: ...' per draft"
        )
    unknown = set(data) - {"source", "reviewed", "decisions"}
    if unknown:
        raise UsageError(
            f"{where}: unknown key '{sorted(unknown)[0]}'", "keys: source, reviewed, decisions"
        )
    out = Decisions([], data.get("source"), data.get("reviewed") is True)
    for item in data["decisions"]:
        line = doc.where(item)[0] if isinstance(item, dict) else doc.where(data["decisions"])[0]
        action = item.get("action", "accept") if isinstance(item, dict) else None
        if not isinstance(item, dict) or not (
            isinstance(item.get("claim"), str) or (action == "draft" and "claim" not in item)
        ):
            raise UsageError(f"{where}:{line}: a decision needs 'claim: ID'")
        if action not in ACTIONS:
            raise UsageError(
                f"{where}:{line}: action '{action}' is not one of {', '.join(ACTIONS)}"
            )
        keys = {"claim", "action", "set", "propositions", "topics"}
        if action == "draft":
            keys |= {"passage", "source"}
            passage = item.get("passage")
            if isinstance(passage, bool) or not isinstance(passage, int | str):
                raise UsageError(
                    f"{where}:{line}: a draft decision needs 'passage:'",
                    "an offered passage's number, a claim id or the sentence's words",
                )
        extra = set(item) - keys
        if extra:
            raise UsageError(
                f"{where}:{line}: unknown key '{sorted(extra)[0]}'",
                f"keys: {', '.join(sorted(keys))}",
            )
        edits = item.get("set") or {}
        if not isinstance(edits, dict):
            raise UsageError(f"{where}:{line}: 'set' must be a mapping of field: value")
        props, topics = item.get("propositions"), item.get("topics")
        for name, value in (("propositions", props), ("topics", topics)):
            if value is not None and not isinstance(value, list):
                raise UsageError(f"{where}:{line}: '{name}' must be a list")
        out.decisions.append(
            Decision(
                str(item.get("claim") or ""),
                str(action),
                edits,
                props,
                topics,
                item.get("passage"),
                item.get("source") or (out.source if action == "draft" else None),
            )
        )
    return out


def decisions_yaml(ledger: Ledger, claims: Sequence[Mapping[str, Any]], source: str | None) -> str:
    """A decisions file to edit and apply: every draft accepted with its pre-selected
    suggestions (those ``--accept-all`` takes: a link the speaker's drafts before it
    took, as ticked, is ticked), the suggestions listed in comments."""
    from rnkclaims.authoring.ledger_edit import yaml_flow, yaml_scalar

    lines = ["# rnkclaims review --apply THIS_FILE", "# action: accept | reject | not-claim | skip"]
    if source:
        lines.append(f"source: {source}")
    lines += ["reviewed: false", "decisions:" if claims else "decisions: []"]
    decided: list[Mapping[str, Any]] = []  # as accepted when ticked, in order (--accept-all)
    for claim in claims:
        taken = taken_before(ledger, claim, decided)
        props, topics = preselected(claim, ledger, taken)
        fields = accepted_fields(
            ledger, claim, Decision(str(claim.get("id")), "accept"), None, taken
        )
        decided.append({**claim, **fields})
        suggested = claim.get("suggested") or {}
        lines.append(f"  # {yaml_scalar(str(claim.get('excerpt', '')))[:150]}")
        for i, b in enumerate(suggested.get("propositions") or (), 1):
            value = f" = {b['value']}" if b.get("value") is not None else ""
            lines.append(
                f"  #   {i}. {b.get('stance')} {b.get('proposition')}{value} ({b.get('score')})"
            )
        for i, t in enumerate(suggested.get("topics") or (), 1):
            lines.append(f"  #   topic {i}. {t.get('topic')} ({t.get('score')})")
        for key in ("certainty", "role"):
            if key in suggested:
                lines.append(f"  #   {key}: {yaml_scalar(str(suggested[key]))}")
        for key, value in proposals(ledger, claim).items():
            lines.append(f"  #   {key}: {'(removed)' if value is None else value}")
        lines.append(
            "  - "
            + yaml_flow({"claim": claim.get("id"), "action": "accept"})[:-1]
            + f", propositions: [{', '.join(map(str, props))}]"
            + f", topics: [{', '.join(map(str, topics))}]}}"
        )
    if source and source in ledger.sources:
        from rnkclaims.authoring.passage_drafts import offers

        offered = offers(ledger, ledger.sources[source])
        if offered:
            lines.append("  # passages no draft covers: '- {action: draft, passage: N}' drafts one")
        for i, offer in enumerate(offered, 1):
            lines.append(f"  #   {i}. ({offer.reason}) {yaml_scalar(offer.text)[:150]}")
    return "\n".join(lines) + "\n"


# -- applying -----------------------------------------------------------------------------


@dataclass(slots=True)
class Outcome:
    accepted: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    not_claims: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    reviewed: list[str] = field(default_factory=list)
    drafted: list[str] = field(default_factory=list)
    passages_marked: int = 0


class _Drafting:
    """The claims of ``draft`` decisions: the passages offered on the ledger as it was
    before the decisions (so an exported number means the same passage), one suggester."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.offered: dict[str, list[Any]] = {}
        self.suggester: Any = None
        self.taken: set[str] | None = None

    def claim(
        self, decision: Decision, decided: Mapping[str, Mapping[str, Any]] | None = None
    ) -> dict[str, Any]:
        from rnkclaims.authoring.ledger_edit import taken_ids
        from rnkclaims.authoring.passage_drafts import offers, passage_claim, resolve
        from rnkclaims.authoring.suggest import Suggester

        sid = decision.source
        if sid is None and isinstance(decision.passage, str):
            named = next((c for c in self.ledger.claims if c.get("id") == decision.passage), None)
            sid = str(named.get("source")) if named is not None else None
        if sid is None:
            raise UsageError(
                "a draft decision needs the source", "add 'source:' to it or to the file"
            )
        source = self.ledger.sources.get(sid)
        if source is None:
            raise NotFoundError(f"no source '{sid}'")
        if sid not in self.offered:
            self.offered[sid] = offers(self.ledger, source)
        offer = resolve(self.ledger, source, decision.passage, self.offered[sid])
        if self.taken is None:
            self.taken = taken_ids(self.ledger)
        if decision.claim and decision.claim in self.taken:
            raise UsageError(f"claim '{decision.claim}' already exists", "name the new claim anew")
        if self.suggester is None:
            self.suggester = Suggester(self.ledger)
        draft = passage_claim(
            self.ledger, source, offer, self.suggester, self.taken, decision.claim or None, decided
        )
        self.taken.add(str(draft["id"]))
        taken = taken_before(
            self.ledger, draft, (decided or {}).values(), decision.set.get("speaker")
        )
        fields = accepted_fields(self.ledger, draft, decision, None, taken)
        out = {k: v for k, v in draft.items() if k not in ("draft", "suggested")}
        out.update(fields)
        order = [f.name for f in ENTITIES["claim"].fields]
        return {
            k: out[k]
            for k in sorted(out, key=lambda k: order.index(k) if k in order else len(order))
            if out[k] is not None
        }

    def file(self, sid: str) -> Path:
        """The file that holds the source's drafts, else the main file."""
        from rnkclaims.authoring.maintain import drafts, file_of

        existing = drafts(self.ledger, sid)
        return file_of(self.ledger, existing[0]) if existing else self.ledger.paths.main

    def close(self) -> None:
        if self.suggester is not None:
            self.suggester.close()


def plan_review(
    ledger: Ledger,
    decisions: Sequence[Decision],
    *,
    mark_reviewed: Sequence[str] = (),
    today: dt.date | None = None,
) -> tuple[Any, Outcome]:
    """The checked plan (``ledger_edit.Plan``) that applies ``decisions`` and marks the
    ``mark_reviewed`` sources reviewed, and what it does."""
    from rnkclaims.authoring.ledger_edit import (
        append_entries,
        delete_field,
        delete_item,
        find_entry,
        plan_changes,
        read_file,
        set_field,
    )
    from rnkclaims.authoring.maintain import file_of

    claims = {str(c.get("id")): c for c in ledger.claims}
    texts: dict[Path, str] = {}
    fronts: dict[str, list[str]] = {}
    outcome = Outcome()
    drafting = _Drafting(ledger)

    def text_of(path: Path) -> str:
        if path not in texts:
            texts[path] = read_file(path)
        return texts[path]

    def edit(cid: str, path: Path, key: str, value: Any) -> None:
        found = find_entry(text_of(path), "claims", cid)
        assert found is not None
        if value is None:
            texts[path] = delete_field(texts[path], found[1], key)
        else:
            texts[path] = set_field(texts[path], found[1], key, value, flow_items=True)

    seen: set[str] = set()
    carried = carry_forward(ledger, claims, decisions)
    decided: dict[str, dict[str, Any]] = {}  # accepted claims' fields, as decided
    try:
        for decision in decisions:
            if decision.action == "draft":
                new = drafting.claim(decision, decided)
                decided[str(new["id"])] = new
                path = drafting.file(str(new["source"]))
                texts[path] = append_entries(text_of(path), "claims", [new])
                outcome.drafted.append(str(new["id"]))
                continue
            claim = claims.get(decision.claim)
            if claim is None:
                raise NotFoundError(f"no claim '{decision.claim}'")
            if claim.get("draft") is not True:
                raise UsageError(
                    f"claim '{decision.claim}' is not a draft", "only drafts are reviewed"
                )
            if decision.claim in seen:
                raise UsageError(f"two decisions for claim '{decision.claim}'")
            seen.add(decision.claim)
            path = file_of(ledger, claim)
            if decision.action == "skip":
                outcome.skipped.append(decision.claim)
            elif decision.action == "accept":
                taken = taken_before(ledger, claim, decided.values(), decision.set.get("speaker"))
                fields = accepted_fields(
                    ledger, claim, decision, carried.get(decision.claim), taken
                )
                decided[decision.claim] = {**claim, **fields}
                for key, value in fields.items():
                    edit(decision.claim, path, key, value)
                edit(decision.claim, path, "suggested", None)
                edit(decision.claim, path, "draft", None)
                outcome.accepted.append(decision.claim)
            else:
                found = find_entry(text_of(path), "claims", decision.claim)
                assert found is not None
                texts[path] = delete_item(texts[path], *found)
                if decision.action == "not-claim":
                    excerpt = str(claim.get("excerpt", ""))
                    parts = [p.strip() for p in excerpt_parts(excerpt)]
                    fronts.setdefault(str(claim.get("source")), []).extend(p for p in parts if p)
                    outcome.not_claims.append(decision.claim)
                else:
                    outcome.rejected.append(decision.claim)
    finally:
        drafting.close()
    for sid in mark_reviewed:
        fronts.setdefault(sid, [])
    if mark_reviewed:
        # the passages no claim will cover once these decisions are applied
        from rnkclaims.authoring.coverage import source_coverage
        from rnkclaims.ledger import load

        after = load(ledger.paths, texts)
        for sid in mark_reviewed:
            if sid not in after.sources:
                raise NotFoundError(f"no source '{sid}'")
            left = [p.text for p in source_coverage(after, after.sources[sid]).uncovered]
            fronts[sid].extend(left)
            outcome.passages_marked += len(left)
    for sid, passages in fronts.items():
        source = ledger.sources.get(sid)
        if source is None:
            raise NotFoundError(f"no source '{sid}'")
        text = text_of(source.path)
        texts[source.path] = _front_edit(
            text,
            passages,
            (today or dt.date.today()).isoformat() if sid in mark_reviewed else None,
            ledger.paths.display(source.path),
        )
    outcome.reviewed = list(mark_reviewed)
    return plan_changes(ledger.paths, texts), outcome


def _front_edit(text: str, passages: Sequence[str], reviewed: str | None, where: str) -> str:
    """A source file with ``passages`` added to ``not_claims`` and ``reviewed`` set."""
    from yaml.nodes import MappingNode

    from rnkclaims.authoring.ledger_edit import compose, extend_list, set_field
    from rnkclaims.authoring.maintain import front_span

    span = front_span(text)
    if span is None:
        raise LedgerError(f"{where} has no front matter", "start it with --- lines")
    front = text[span[0] : span[1]]
    unique = list(dict.fromkeys(passages))
    root = compose(front, where)
    if not isinstance(root, MappingNode):
        raise LedgerError(f"{where}: the front matter is not a mapping")
    existing = {
        str(v.value)
        for k, seq in root.value
        if getattr(k, "value", None) == "not_claims"
        for v in getattr(seq, "value", [])
        if hasattr(v, "value") and isinstance(v.value, str)
    }
    front = extend_list(front, root, "not_claims", [p for p in unique if p not in existing])
    if reviewed is not None:
        root = compose(front, where)
        assert isinstance(root, MappingNode)
        front = set_field(front, root, "reviewed", reviewed)
    return text[: span[0]] + front + text[span[1] :]
