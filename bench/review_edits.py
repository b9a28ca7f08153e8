"""How many field edits does it take to code a bundled source again, by commands only?

For each bundled source (or the one given): a copy of the bundled ledger loses that
source's claims and its archived file. Then, with the real command line only:

    rnkclaims source add TEXT --id SOURCE --outlet ... --published ... --title ...
                                               (and --agency, --url, --byline as printed)
    rnkclaims extract SOURCE --write
    rnkclaims suggest SOURCE --assertions --write   (after; 0.1 had no suggest)
    rnkclaims review --apply decisions.yaml    (after; 0.1: edit the YAML by hand)
    rnkclaims validate --strict

Each claim of the codebook's coding is matched to a draft by the overlap of their
excerpts (half of the shorter one). A field edit is one field of a matched draft that
differs from the coding once the draft is accepted (``set`` in the decisions file), or
one proposition link or topic to add or remove. Compared: speaker, role, mode, excerpt,
quote, act, hedge, certainty, said (date and expression), venue, relay, propositions
(id, stance, value), topics; free-text notes are not coding and are not counted.

- before (main's commands): the drafts as extract writes them, and removing each
  accepted draft's ``draft: true`` is an edit too (main had no review command);
- after: the drafts with their ticked suggestions and review's proposals, accepted by
  one decision each, in the order review shows them: an edit of a venue, date or relay
  carries to the later drafts of its occasion as review applies it, so it counts once,
  and a suggested link the speaker's claims decided before took is ticked (review's
  ``taken_before``: the claims as the reviewer left them, never the draft's own coding).

A claim no draft matches is drafted from a passage review offers (a sentence extract
skipped, the outlet's own sentence or a photo caption, or a drafted sentence again for
another voice: ``passage_drafts``): one action, plus its field edits left (a continued
report takes the decided fields of the claim before it). With no such passage it is
typed in full with ``add``: every field of it counts. Drafts
that match no claim are rejected (one decision each, counted apart). The decisions file
built from the counted edits is applied with ``review --apply`` and the ledger must
then pass ``validate --strict``: the count is of edits that are enough, not a guess.

    python bench/review_edits.py [SOURCE]
    python bench/review_edits.py --explain     # each claim's remaining edits
    python bench/review_edits.py --parts       # each part of this round left out
    python bench/review_edits.py --grid        # the scores at which review ticks
    python bench/review_edits.py --calibration # how often suggestions are right, by kind
    python bench/review_edits.py --taken-grid  # the links ticked as earlier claims took them
    python bench/review_edits.py --answer-grid # how a denial counts the accusations before it
    python bench/review_edits.py --paraphrase-grid  # when a paraphrase keeps a hedge
    python bench/review_edits.py --unseen      # assertion drafts on the held-out texts
    python bench/review_edits.py --held-out    # excerpt bounds, next words, frames there
    python bench/review_edits.py --no-assertions

The counts are exact (no timing): a run repeats them to the edit.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from typer.testing import CliRunner

from rnkclaims.authoring import review as review_module
from rnkclaims.authoring import suggest as suggest_module
from rnkclaims.authoring.extract import venue as venue_module
from rnkclaims.authoring.ledger_edit import yaml_flow, yaml_scalar
from rnkclaims.authoring.maintain import plan_drop
from rnkclaims.authoring.review import Decision, accepted_fields
from rnkclaims.cli import app
from rnkclaims.ledger import Ledger, load, locate
from rnkclaims.spans import locate as locate_span
from rnkclaims.spans import overlaps
from rnkclaims.textnorm import normalise

DATA = Path(__file__).resolve().parent.parent / "data"
FIELDS = ("speaker", "role", "mode", "excerpt", "quote", "act", "hedge", "certainty",
          "said", "venue", "relay")  # fmt: skip
runner = CliRunner()
EXPLAIN: list[str] = []  # with --explain: each matched claim's remaining edits
CALIBRATION: list[tuple[Any, ...]] = []  # each stored suggestion of a matched claim
SUGGEST: list[str] = ["--assertions"]  # the options of suggest (main: --no-assertions)
PASSAGES: list[bool] = [True]  # a claim no draft matches drafted from a passage review offers


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    if result.exit_code != 0:
        raise SystemExit(f"rnkclaims {' '.join(args[:3])}...: {result.output}")
    return result.output


# -- comparing a claim with the coding -------------------------------------------------------


def _said(value: Any) -> tuple[Any, Any]:
    if isinstance(value, Mapping):
        return (str(value["date"]) if value.get("date") else None, value.get("expression"))
    return (str(value) if value is not None else None, None)


def _venue(value: Any) -> tuple[Any, ...]:
    if isinstance(value, Mapping):
        return (value.get("kind"), value.get("description"), value.get("place"))
    return (value, None, None)


def _relay(value: Any) -> tuple[tuple[Any, Any], ...]:
    hops = value or ()
    return tuple((h.get("via"), h.get("how")) if isinstance(h, Mapping) else (h, None)
                 for h in hops)  # fmt: skip


def norm(key: str, value: Any) -> Any:
    if key == "said":
        return _said(value)
    if key == "venue":
        return _venue(value)
    if key == "relay":
        return _relay(value)
    if key in ("excerpt", "quote") and isinstance(value, str):
        return normalise(value)
    return value


def links(claim: Mapping[str, Any]) -> set[tuple[str, str, str | None]]:
    return {
        (str(b["proposition"]), str(b["stance"]), str(b["value"]) if "value" in b else None)
        for b in claim.get("propositions") or ()
    }


def edits(
    coded: Mapping[str, Any], draft: Mapping[str, Any], kinds: Counter[str] | None = None
) -> tuple[int, dict[str, Any]]:
    """Field edits that turn ``draft`` into ``coded``, and the ``set`` that does it;
    ``kinds`` counts them by field (links and topics: to add, to remove)."""
    kinds = Counter() if kinds is None else kinds
    fix = {}
    for key in FIELDS:
        if norm(key, coded.get(key)) != norm(key, draft.get(key)):
            kinds[key] += 1
            fix[key] = coded.get(key)
    kinds["links to add"] += len(links(coded) - links(draft))
    kinds["links to remove"] += len(links(draft) - links(coded))
    topics, drafted = set(coded.get("topics") or ()), set(draft.get("topics") or ())
    kinds["topics to add"] += len(topics - drafted)
    kinds["topics to remove"] += len(drafted - topics)
    count = len(fix) + len(links(coded) ^ links(draft)) + len(topics ^ drafted)
    return count, fix


def typed_fields(claim: Mapping[str, Any]) -> int:
    return (
        sum(1 for key in FIELDS if claim.get(key) is not None)
        + len(links(claim))
        + len(claim.get("topics") or ())
    )


# -- matching drafts to the coding ------------------------------------------------------------


def _span(text: str, excerpt: str) -> tuple[int, int] | None:
    found = locate_span(text, excerpt.replace("\u2026", "...").split("...")[0])
    return found[0] if found else None


def match(text: str, coded: list[dict[str, Any]], drafts: list[dict[str, Any]]) -> dict[str, str]:
    """Coded claim id -> draft id, greedily by overlap (half of the shorter span)."""
    pairs = []
    for c in coded:
        a = _span(text, str(c["excerpt"]))
        for d in drafts:
            b = _span(text, str(d["excerpt"]))
            if a is None or b is None:
                continue
            shared = overlaps(a, b)
            if shared >= 0.5 * max(1, min(a[1] - a[0], b[1] - b[0])):
                same = c.get("speaker") == d.get("speaker")
                pairs.append((same, shared, str(c["id"]), str(d["id"])))
    out: dict[str, str] = {}
    used: set[str] = set()
    for _, _, cid, did in sorted(pairs, reverse=True):
        if cid not in out and did not in used:
            out[cid] = did
            used.add(did)
    return out


# -- one source -------------------------------------------------------------------------------


def rebuild(root: Path, source_id: str) -> tuple[list[dict[str, Any]], Ledger]:
    """Remove the source's claims and file; archive and draft it again by commands."""
    ledger = load(locate(root))
    source = ledger.sources[source_id]
    coded = [dict(c) for c in ledger.claims if c.get("source") == source_id]
    plan_drop(ledger, [str(c["id"]) for c in coded]).write()
    meta, text = source.meta, source.text
    published = meta["published"]
    published = published["date"] if isinstance(published, Mapping) else published
    source.path.unlink()
    article = root / "article.txt"
    article.write_text(text, encoding="utf-8")
    args = ["source", "add", str(article), "--id", source_id, "--outlet", meta["outlet"],
            "--title", meta["title"], "--published", str(published), "-L", str(root)]  # fmt: skip
    for agency in meta.get("agencies") or ():
        args += ["--agency", agency]
    if meta.get("url"):
        args += ["--url", meta["url"]]
    if meta.get("byline"):
        args += ["--byline", meta["byline"]]
    run(*args)
    run("extract", source_id, "--write", "-L", str(root))
    return coded, load(locate(root))


def measure(source_id: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="rnkclaims-judge-") as tmp:
        root = Path(tmp) / "data"
        shutil.copytree(DATA, root)
        coded, ledger = rebuild(root, source_id)
        text = ledger.sources[source_id].text
        raw = [dict(c) for c in ledger.claims if c.get("source") == source_id]
        before = count(coded, raw, text, with_suggestions=False)
        run("suggest", source_id, *SUGGEST, "--write", "-L", str(root))
        ledger = load(locate(root))
        drafts = [dict(c) for c in ledger.claims if c.get("source") == source_id]
        after = count(coded, drafts, text, with_suggestions=True, ledger=ledger)
        extracted = {str(c["id"]) for c in raw}
        new = {str(d["id"]) for d in drafts} - extracted
        after["assertions"] = (len(new), len(new & set(after["pairs"].values())))
        decisions = Path(tmp) / "decisions.yaml"
        decisions.write_text(after.pop("decisions"), encoding="utf-8")
        run("review", "--apply", str(decisions), "-L", str(root))
        run("validate", "--strict", "-L", str(root))
        before.pop("decisions")
        return {"source": source_id, "claims": len(coded), "before": before, "after": after}


def count(
    coded: list[dict[str, Any]],
    drafts: list[dict[str, Any]],
    text: str,
    *,
    with_suggestions: bool,
    ledger: Ledger | None = None,
) -> dict[str, Any]:
    """The edits, in the order review shows the drafts (an edit of a venue, date or
    relay carries to the later drafts of its occasion, as review applies it)."""
    pairs = match(text, coded, drafts)
    by_id = {str(d["id"]): d for d in drafts}
    coding = {did: c for c in coded if (did := pairs.get(str(c["id"]))) is not None}
    field_edits = typed = 0
    kinds: Counter[str] = Counter()
    # each claim's link and topic edits: (claim id, links to add, links to remove,
    # topics to add, topics to remove); a claim no draft matches types all of its own
    details: list[tuple[str, set[Any], set[Any], set[str], set[str]]] = []
    decisions: list[str] = []
    made: list[Decision] = []
    unmatched = [c for c in coded if str(c["id"]) not in pairs]
    # as review applies them, passages are drafted after the drafts are decided: a
    # sentence that continues a claim takes its speaker, date, venue and relay as decided
    decided = {did: {k: c.get(k) for k in ("speaker", "said", "venue", "relay", "propositions",
                                           "topics")}
               for did, c in coding.items()}  # fmt: skip
    # the claims decided before a draft, as the reviewer left them (their coding), in
    # the order review shows them: review ticks what they took (``taken_before``)
    finals: list[dict[str, Any]] = []
    matched_finals = [
        {**by_id[did], **{k: c.get(k) for k in ("speaker", "propositions", "topics")}}
        for did, c in coding.items()
        if did in by_id
    ]
    passages = (
        _passages(text, unmatched, drafts, ledger, decided, matched_finals)
        if with_suggestions and PASSAGES[0]
        else {}
    )
    for c in unmatched:
        if str(c["id"]) in passages:
            continue
        typed += typed_fields(c)
        details.append((str(c["id"]), links(c), set(), set(c.get("topics") or ()), set()))
        if with_suggestions:
            EXPLAIN.append(f"{c['id']}: no draft, {typed_fields(c)} fields typed")
    for did, found in by_id.items():
        c = coding.get(did)
        if c is None:
            decisions.append("  - " + yaml_flow({"claim": did, "action": "reject"}))
            continue
        draft = dict(found)
        if with_suggestions:
            assert ledger is not None
            accept = Decision(did, "accept")
            if c.get("speaker") != draft.get("speaker"):  # the reviewer names the speaker first
                accept = Decision(did, "accept", {"speaker": c.get("speaker")})
            carried = review_module.carry_forward(ledger, by_id, [*made, accept]).get(did)
            taken = review_module.taken_before(ledger, draft, finals, c.get("speaker"))
            draft.update(accepted_fields(ledger, draft, Decision(did, "accept"), carried, taken))
            finals.append({**found, **{k: c.get(k) for k in ("speaker", "propositions", "topics")}})
        if with_suggestions:
            CALIBRATION.extend(_calibration(found, c))
        before_kinds = Counter(kinds)
        n, fix = edits(c, draft, kinds)
        topics, drafted = set(c.get("topics") or ()), set(draft.get("topics") or ())
        details.append((str(c["id"]), links(c) - links(draft), links(draft) - links(c),
                        topics - drafted, drafted - topics))  # fmt: skip
        made.append(Decision(did, "accept", fix))
        if with_suggestions and n:
            left = ", ".join(f"{k} {v}" for k, v in (kinds - before_kinds).items())
            EXPLAIN.append(f"{c['id']}: {left}")
            EXPLAIN.extend(f"    {k}: {draft.get(k)!r} -> {v!r}" for k, v in fix.items())
            EXPLAIN.extend(_link_lines(details[-1]))
        if not with_suggestions:
            n += 1  # removing 'draft: true' by hand
        field_edits += n
        decisions.append(_decision_line({"claim": did, "action": "accept"}, fix, c))
    matched_edits = field_edits
    drafted_passages = 0
    for c in unmatched:
        if str(c["id"]) not in passages:
            continue
        ref, draft = passages[str(c["id"])]
        drafted_passages += 1
        before_kinds = Counter(kinds)
        n, fix = edits(c, draft, kinds)
        field_edits += n + 1  # one action drafts the passage
        kinds["passage drafted"] += 1
        topics, drafted = set(c.get("topics") or ()), set(draft.get("topics") or ())
        details.append((str(c["id"]), links(c) - links(draft), links(draft) - links(c),
                        topics - drafted, drafted - topics))  # fmt: skip
        left = ", ".join(f"{k} {v}" for k, v in (kinds - before_kinds).items())
        EXPLAIN.append(f"{c['id']}: drafted from passage {ref!r}: {left}")
        EXPLAIN.extend(f"    {k}: {draft.get(k)!r} -> {v!r}" for k, v in fix.items())
        EXPLAIN.extend(_link_lines(details[-1]))
        item = {"action": "draft", "passage": ref, "source": c["source"]}
        decisions.append(_decision_line(item, fix, c))
    rejects = [d for d in by_id if d not in coding]
    return {
        "matched": len(pairs),
        "drafted_passages": drafted_passages,
        "field_edits": field_edits,
        "typed_fields": typed,
        "rejected": len(rejects),
        "per_claim": (field_edits + typed) / len(coded),
        "matched_edits": matched_edits,
        "matched_per_claim": matched_edits / max(1, len(pairs)),
        "kinds": kinds,
        "pairs": pairs,
        "details": details,
        "decisions": "decisions:\n" + "\n".join(decisions) + "\n",
    }


def _link_lines(detail: tuple[str, set[Any], set[Any], set[str], set[str]]) -> list[str]:
    """The links and topics to add and remove, as ``--explain`` lists them."""
    _, add, remove, topics_add, topics_remove = detail
    named = (("links to add", add), ("links to remove", remove),
             ("topics to add", topics_add), ("topics to remove", topics_remove))  # fmt: skip
    return [f"    {name}: {sorted(map(str, items))}" for name, items in named if items]


def _decision_line(item: dict[str, Any], fix: Mapping[str, Any], c: Mapping[str, Any]) -> str:
    """One decision of the decisions file: ``item`` with the field edits and the coded
    links and topics."""
    line = "  - " + yaml_flow(item)[:-1]
    if fix:
        line += ", set: {" + ", ".join(f"{k}: {_flow(v)}" for k, v in fix.items()) + "}"
    line += (
        ", propositions: ["
        + ", ".join(
            _flow({"proposition": p, "stance": s, **({"value": v} if v else {})})
            for p, s, v in sorted(links(c))
        )
        + "]"
    )
    return line + ", topics: [" + ", ".join(str(t) for t in c.get("topics") or ()) + "]}"


def _passages(
    text: str,
    unmatched: list[dict[str, Any]],
    drafts: list[dict[str, Any]],
    ledger: Ledger | None,
    decided: Mapping[str, Mapping[str, Any]],
    finals: list[dict[str, Any]],
) -> dict[str, tuple[Any, dict[str, Any]]]:
    """For each coded claim no draft matches, the passage review offers for it (its
    number among the offered, or the id of a draft whose sentence it shares) and the
    claim that drafting it proposes, accepted as ticked (the reviewer names the
    speaker first)."""
    if not unmatched or ledger is None:
        return {}
    from rnkclaims.authoring.ledger_edit import taken_ids
    from rnkclaims.authoring.passage_drafts import offers, passage_claim, resolve

    source = ledger.sources[str(unmatched[0]["source"])]
    offered = offers(ledger, source)
    suggester = suggest_module.Suggester(ledger)
    taken = taken_ids(ledger)
    out: dict[str, tuple[Any, dict[str, Any]]] = {}
    try:
        for c in unmatched:
            a = _span(text, str(c["excerpt"]))
            if a is None:
                continue

            def shared(b: tuple[int, int] | None, a: tuple[int, int] = a) -> int:
                if b is None:
                    return 0
                share = overlaps(a, b)
                return share if share >= 0.5 * max(1, min(a[1] - a[0], b[1] - b[0])) else 0

            ref: Any = None
            best = 0
            for i, offer in enumerate(offered, 1):
                if shared((offer.start, offer.end)) > best:
                    ref, best = i, shared((offer.start, offer.end))
            if ref is None:
                for d in drafts:
                    if shared(_span(text, str(d["excerpt"]))) > best:
                        ref, best = str(d["id"]), shared(_span(text, str(d["excerpt"])))
            if ref is None:
                continue
            offer = resolve(ledger, source, ref, offered)
            draft = passage_claim(ledger, source, offer, suggester, taken, None, decided)
            taken.add(str(draft["id"]))
            speaker = {"speaker": c["speaker"]} if c.get("speaker") != draft["speaker"] else {}
            before = review_module.taken_before(ledger, draft, finals, c.get("speaker"))
            draft.update(
                accepted_fields(ledger, draft, Decision("", "draft", speaker), None, before)
            )
            out[str(c["id"])] = (ref, draft)
            finals = [*finals, {**draft, **{k: c.get(k) for k in ("propositions", "topics")}}]
    finally:
        suggester.close()
    return out


def _evidence(reason: str) -> str:
    """The kind of evidence a suggestion's reason names (its strongest)."""
    for prefix, kind in (("like ", "nearest claims"), ("shares words", "own words"),
                         ("says terms", "topic terms"), ("says '", "topic terms"),
                         ("incompatible", "incompatible"), ("coded with", "coded together"),
                         ("suggested for the article", "article"),
                         ("answers ", "an answered accusation's"),
                         ("a topic of", "a suggested proposition's")):  # fmt: skip
        if reason.startswith(prefix):
            if kind == "a suggested proposition's" and "whose words" in reason:
                return "a proposition's by bm25"
            return kind
    return "other"


def _calibration(draft: Mapping[str, Any], coded: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """(suggestion, evidence, first?, score, right?, ticked?) for each stored suggestion."""
    props, topics = review_module.preselected(draft)
    suggested = draft.get("suggested") or {}
    gold = {(str(b["proposition"]), str(b["stance"])) for b in coded.get("propositions") or ()}
    out: list[tuple[Any, ...]] = []
    for i, b in enumerate(suggested.get("propositions") or (), 1):
        right = (b["proposition"], b["stance"]) in gold
        out.append(("link", _evidence(str(b.get("reason"))), i == 1, b["score"], right, i in props))
    for i, t in enumerate(suggested.get("topics") or (), 1):
        right = t["topic"] in (coded.get("topics") or ())
        out.append(
            ("topic", _evidence(str(t.get("reason"))), i == 1, t["score"], right, i in topics)
        )
    return out


def calibration(sources: list[str]) -> None:
    """How often a suggestion is right, by what it is, its strongest evidence and score,
    on the matched claims: where review's ticks (first, or from a score) stand."""
    for s in sources:
        measure(s)
    buckets = ((0, 50), (50, 65), (65, 80), (80, 101))
    print("| suggestion | evidence | place | right/all by score: <50 | 50-64 | 65-79 | 80+ "
          "| ticked: right/wrong |")  # fmt: skip
    print("|---|---|---|---:|---:|---:|---:|---:|")
    groups: dict[tuple[str, str, str], list[tuple[Any, ...]]] = {}
    for what, kind, first, score, right, ticked in CALIBRATION:
        groups.setdefault((what, kind, "first" if first else "other"), []).append(
            (score, right, ticked)
        )
    for (what, kind, place), rows in sorted(groups.items()):
        cells = []
        for low, high in buckets:
            inside = [r for r in rows if low <= r[0] < high]
            cells.append(f"{sum(r[1] for r in inside)}/{len(inside)}" if inside else "-")
        ticked = [r for r in rows if r[2]]
        right = sum(r[1] for r in ticked)
        print(f"| {what} | {kind} | {place} | " + " | ".join(cells)
              + f" | {right}/{len(ticked) - right} |")  # fmt: skip


def _flow(value: Any) -> str:
    if isinstance(value, Mapping):
        return (
            yaml_flow({k: v for k, v in value.items()})
            if all(not isinstance(v, Mapping | list) for v in value.values())
            else "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    text = yaml_scalar(value)
    if text[:1] != '"' and any(ch in text for ch in ",[]{}"):
        import json

        return json.dumps(str(value), ensure_ascii=False)
    return text


def _edits(sources: list[str]) -> tuple[float, Counter[str]]:
    """Edits per claim after review over ``sources``, and the edits left by kind."""
    rows = [measure(s) for s in sources]
    n = sum(r["claims"] for r in rows)
    total = sum(r["after"]["field_edits"] + r["after"]["typed_fields"] for r in rows)
    kinds: Counter[str] = Counter()
    for r in rows:
        kinds.update(r["after"]["kinds"])
    return total / n, kinds


def grid(sources: list[str]) -> None:
    """Edits per claim as the scores at which review ticks a suggestion vary: from a
    score, or within a margin of the first's (the first suggested proposition is always
    ticked, unless a value question without its value)."""
    from rnkclaims.authoring import review

    names = ("PRESELECT_SCORE", "PRESELECT_TOPIC_SCORE", "PRESELECT_CLOSE", "PRESELECT_TOPIC_CLOSE")
    saved = [getattr(review, n) for n in names]
    print("| ticks propositions from | ticks topics from | propositions within | topics within "
          "| edits per claim | links +/- | topics +/- |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|")
    rows = [*((p, t, 5, 3) for p in (60, 65, 70) for t in (60, 70, 80) if (p, t) != (65, 70)),
            *((65, 70, p, t) for p in (-1, 3, 5, 8) for t in (-1, 2, 3, 5))]  # fmt: skip
    try:
        for row in rows:
            for n, v in zip(names, row, strict=True):
                setattr(review, n, v)
            per_claim, kinds = _edits(sources)
            print("| " + " | ".join("-" if v < 0 else str(v) for v in row)
                  + f" | {per_claim:.2f} | {kinds['links to add']}/{kinds['links to remove']} "
                  f"| {kinds['topics to add']}/{kinds['topics to remove']} |")  # fmt: skip
    finally:
        for n, v in zip(names, saved, strict=True):
            setattr(review, n, v)


def taken_grid(sources: list[str]) -> None:
    """Edits per claim as the links that review ticks because the claims decided before
    a draft took them vary: of the draft's speaker or of any speaker in the source, from
    a score; "never" is review without it."""
    from rnkclaims.authoring import review

    saved = review.TICK_DECIDED, review.TICK_DECIDED_SCORE
    print("| taken by | ticked from | edits per claim | links +/- |")
    print("|---|---:|---:|---:|")
    try:
        for scope, least in [("", 0), *((s, v) for s in ("speaker", "source")
                                         for v in (0, 30, 40, 50, 60))]:  # fmt: skip
            review.TICK_DECIDED, review.TICK_DECIDED_SCORE = scope, least
            per_claim, kinds = _edits(sources)
            print(f"| {scope or 'never'} | {least if scope else '-'} | {per_claim:.2f} "
                  f"| {kinds['links to add']}/{kinds['links to remove']} |")  # fmt: skip
    finally:
        review.TICK_DECIDED, review.TICK_DECIDED_SCORE = saved


def answer_grid(sources: list[str]) -> None:
    """Edits per claim as the weight of an answered accusation's links in a denial, the
    statements before it that count and their links' least score vary."""
    saved = suggest_module.ANSWER_SHARE, suggest_module.ANSWERED, suggest_module.ANSWER_MIN
    print("| weight | statements | least score | edits per claim | links +/- |")
    print("|---:|---:|---:|---:|---:|")
    try:
        for share, answered, least in [
            *((w, n, 65) for w in (0.3, 0.45, 0.6, 0.8) for n in (1, 3, 5)),
            (0.6, 3, 50),
            (0.6, 3, 80),
        ]:
            suggest_module.ANSWER_SHARE = share
            suggest_module.ANSWERED, suggest_module.ANSWER_MIN = answered, least
            per_claim, kinds = _edits(sources)
            print(f"| {share} | {answered} | {least} | {per_claim:.2f} "
                  f"| {kinds['links to add']}/{kinds['links to remove']} |")  # fmt: skip
    finally:
        suggest_module.ANSWER_SHARE, suggest_module.ANSWERED, suggest_module.ANSWER_MIN = saved


def paraphrase_grid(sources: list[str]) -> None:
    """Edits per claim, and certainty in leave-one-source-out (suggest_accuracy.py), as
    the share of words an unhedged draft must share with a hedged one of its speaker
    to take its certainty varies."""
    import suggest_accuracy

    saved = suggest_module.PARAPHRASE_DICE
    print("| words shared | edits per claim | certainty edits | certainty, leave-one-out |")
    print("|---:|---:|---:|---:|")
    try:
        for dice in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
            suggest_module.PARAPHRASE_DICE = dice
            per_claim, kinds = _edits(sources)
            loo = suggest_accuracy.evaluate(load(locate(DATA)), suggest_accuracy.method)
            print(f"| {dice} | {per_claim:.2f} | {kinds['certainty']} "
                  f"| {suggest_accuracy.pct(loo['certainty'])} |")  # fmt: skip
    finally:
        suggest_module.PARAPHRASE_DICE = saved


def _total(sources: list[str]) -> tuple[float, int, int]:
    rows = [measure(s) for s in sources]
    n = sum(r["claims"] for r in rows)
    total = sum(r["after"]["field_edits"] + r["after"]["typed_fields"] for r in rows)
    matched = sum(r["after"]["matched"] for r in rows)
    return total / n, matched, sum(r["after"]["rejected"] for r in rows)


def parts(sources: list[str]) -> None:
    """Edits per claim with each part of the last two rounds left out, in one run."""
    saved_carry = review_module.carry_forward
    saved_init = suggest_module.Suggester.__init__
    saved_text = venue_module.proposed_fields, venue_module.date_value
    saved_ticks = (
        review_module.PRESELECT_SCORE,
        review_module.PRESELECT_TOPIC_SCORE,
        review_module.TICK_FIRST_TOPIC,
        review_module.PRESELECT_CLOSE,
        review_module.PRESELECT_TOPIC_CLOSE,
    )
    from rnkclaims.authoring import hedges as hedges_module

    saved_hedges = hedges_module.hedge_phrase, hedges_module.dated_words
    saved_taken = review_module.TICK_DECIDED

    def no_carry(*_: Any) -> dict[str, dict[str, Any]]:
        return {}

    def nothing(*_: Any) -> dict[str, Any]:
        return {}

    def no_date(*_: Any) -> None:
        return None

    def nothing_or_none(*_: Any) -> None:
        return None

    def restore() -> None:
        suggest_module.Suggester.__init__ = saved_init  # type: ignore[method-assign]
        review_module.carry_forward = saved_carry
        venue_module.proposed_fields, venue_module.date_value = saved_text
        (
            review_module.PRESELECT_SCORE,
            review_module.PRESELECT_TOPIC_SCORE,
            review_module.TICK_FIRST_TOPIC,
            review_module.PRESELECT_CLOSE,
            review_module.PRESELECT_TOPIC_CLOSE,
        ) = saved_ticks
        hedges_module.hedge_phrase, hedges_module.dated_words = saved_hedges
        review_module.TICK_DECIDED = saved_taken
        PASSAGES[0] = True

    def without_passages() -> None:
        PASSAGES[0] = False

    def without_hedges() -> None:
        hedges_module.hedge_phrase, hedges_module.dated_words = nothing_or_none, nothing_or_none

    def without_margins() -> None:
        review_module.PRESELECT_CLOSE = review_module.PRESELECT_TOPIC_CLOSE = -1

    def without_carry() -> None:
        review_module.carry_forward = no_carry

    def without_text() -> None:
        venue_module.proposed_fields, venue_module.date_value = nothing, no_date

    def old_ticks() -> None:
        review_module.PRESELECT_SCORE, review_module.PRESELECT_TOPIC_SCORE = 85, 50
        review_module.TICK_FIRST_TOPIC = False
        without_margins()

    def without_assertions() -> None:
        SUGGEST.clear()

    def without_taken() -> None:
        review_module.TICK_DECIDED = ""

    def suggester_before() -> None:
        # the suggestions and ticks before this round: an unhedged claim graded by its
        # act, no grade for a hedge the ledger has not graded, a value question matched
        # by any date word, two incompatible propositions both opposed kept; ticks from 70
        before = suggest_module.Method(
            certainty_by_act=True,
            hedge_words=False,
            values=False,
            rivals_opposed=False,
            answers=False,
            suspicion_probable=False,
            paraphrase=False,
            hedge_credit=False,
            min_first_fresh=suggest_module.MIN_FIRST,
        )

        def init(self: Any, ledger: Ledger, exclude: Any = (), method: Any = None) -> None:
            saved_init(self, ledger, exclude, method or before)

        suggest_module.Suggester.__init__ = init  # type: ignore[method-assign]
        review_module.PRESELECT_SCORE = 70
        without_margins()

    def with_method(**options: Any) -> Callable[[], None]:
        def change() -> None:
            def init(self: Any, ledger: Ledger, exclude: Any = (), method: Any = None) -> None:
                saved_init(self, ledger, exclude, method or suggest_module.Method(**options))

            suggest_module.Suggester.__init__ = init  # type: ignore[method-assign]

        return change

    def none_of_them() -> None:
        suggester_before(), without_carry(), without_text(), old_ticks(), without_assertions()
        without_passages(), without_hedges()

    from rnkclaims.authoring import assertions as assertions_module
    from rnkclaims.authoring import passage_drafts as passages_module

    switches = [
        (review_module, "PROPOSE_BOUNDS"),
        (suggest_module, "PLACE_VALUES"),
        (review_module, "SAME_HOPS"),
        (passages_module, "CONTINUED_LINKS"),
        (review_module, "UNTICK_DROPPED"),
        (hedges_module, "FRAMES"),
        (assertions_module, "CONTINUED"),
        (passages_module, "OTHER_VOICE_LINKS"),
        (review_module, "OCCASION_AFTER"),
    ]
    saved_switches = [getattr(m, n) for m, n in switches]

    def off(*names: str) -> Callable[[], None]:
        def change() -> None:
            for module, name in switches:
                if name in names or not names:
                    setattr(module, name, False)

        return change

    def restore_all() -> None:
        restore()
        for (module, name), value in zip(switches, saved_switches, strict=True):
            setattr(module, name, value)

    rows = [
        ("all of it", lambda: None),
        ("without the excerpt's sentence bounds (`bounds.py`)", off("PROPOSE_BOUNDS")),
        ("without a place question's place", off("PLACE_VALUES")),
        ("without one relay description per speaker", off("SAME_HOPS")),
        ("without a continued report's links and topics", off("CONTINUED_LINKS")),
        ("without leaving off a link taken off before", off("UNTICK_DROPPED")),
        ("without a frame of confidence as hedge", off("FRAMES")),
        ("without 'In return' continuing the claim before", off("CONTINUED")),
        ("without leaving the first voice's links to it", off("OTHER_VOICE_LINKS")),
        ("without the date and relay of the speaker's next words", off("OCCASION_AFTER")),
        ("none of this round's nine (previous)", off()),
        ("without drafting the passages review offers (typed in full)", without_passages),
        ("without the hedging phrase and a neighbour's date (hedges.py)", without_hedges),
        ("without ticks by a margin from the first (propositions 5, topics 3)", without_margins),
        ("with the suggestions and ticks of before (3.44)", suggester_before),
        ("without suggest --assertions (the outlet's own assertions)", without_assertions),
        ("without carrying edits forward (nor a new speaker's occasion)", without_carry),
        ("without what review proposes from the text (venue.py)", without_text),
        ("with the ticks of before (propositions from 85, topics from 50)", old_ticks),
        ("without ticking the links the speaker's earlier claims took (before)", without_taken),
        ("none of them (the commands of four rounds ago)", none_of_them),
        (
            "a proposition no claim links yet first from 55, as any (before)",
            with_method(min_first_fresh=suggest_module.MIN_FIRST),
        ),
        (
            "a denial without what the accusations before it support (before)",
            with_method(answers=False),
        ),
        ("an unhedged suspicion certain (before)", with_method(suspicion_probable=False)),
        (
            "an unhedged paraphrase of a hedged draft not given its certainty (before)",
            with_method(paraphrase=False),
        ),
        ("a coded hedge's grade learnt by all its words (before)", with_method(hedge_credit=False)),
        (
            "all four of these (before)",
            with_method(
                answers=False, suspicion_probable=False, paraphrase=False, hedge_credit=False
            ),
        ),
        (
            "the whole sentence for a reported clause's speaker and the outlet (before)",
            with_method(own_clause=False),
        ),
        (
            "denying what a proposition's claims support denies it (rejected)",
            with_method(contrapositive=True),
        ),
        (
            "a proposition whose words a supported one's contain, supported (rejected)",
            with_method(entailed=True),
        ),
        (
            "a proposition sharing only names with the draft, dropped (rejected)",
            with_method(content_words=True),
        ),
    ]
    print("| commands | edits per claim | claims matched | drafts rejected |")
    print("|---|---:|---:|---:|")
    for name, change in rows:
        options = list(SUGGEST)
        try:
            change()
            per_claim, matched, rejected = _total(sources)
        finally:
            restore_all()
            SUGGEST[:] = options
        print(f"| {name} | {per_claim:.2f} | {matched} | {rejected} |")


def unseen() -> None:
    """The drafts ``suggest --assertions`` writes on the held-out extract sets (their
    texts have no coded claims: listed to read, not scored)."""
    from extract_accuracy import BENCH, _ledger_for

    total = texts = 0
    for folder in ("extract_dev", "extract_test2", "extract_test3"):
        with tempfile.TemporaryDirectory(prefix="rnkclaims-unseen-") as tmp:
            led = _ledger_for(BENCH / folder, Path(tmp))
            root = Path(tmp) / "data"
            for path in (DATA / "sources").glob("*.txt"):
                shutil.copy(path, root / "sources")
            for sid in sorted(s for s in led.sources if s not in load(locate(DATA)).sources):
                texts += 1
                run("extract", sid, "--write", "-L", str(root))
                out = run("suggest", sid, "--assertions", "-L", str(root))
                for line in out.splitlines():
                    if line.startswith("would draft "):
                        total += 1
                        print(f"{folder}/{sid}: {line.split(': ', 1)[1][:110]}")
    print(f"\n{total} assertion drafts on {texts} held-out texts.")


def held_out() -> None:
    """What this round's proposals from the text propose for the drafts ``extract``
    writes on every held-out extract set (their texts' excerpts and dates are not coded
    as the bundled ones are: listed to read, not scored): the excerpt's bounds, the
    date and relay of the speaker's next words, a frame of confidence as hedge."""
    from extract_accuracy import BENCH, _ledger_for

    from rnkclaims.authoring.bounds import excerpt_bounds
    from rnkclaims.authoring.hedges import _framed, occasion_after

    counts: Counter[str] = Counter()
    for folder in sorted(p for p in BENCH.glob("extract_*") if (p / "sources").is_dir()):
        with tempfile.TemporaryDirectory(prefix="rnkclaims-held-out-") as tmp:
            led = _ledger_for(folder, Path(tmp))
            root = Path(tmp) / "data"
            for path in (DATA / "sources").glob("*.txt"):
                shutil.copy(path, root / "sources")
            bundled = set(load(locate(DATA)).sources)
            for sid in sorted(s for s in led.sources if s not in bundled):
                counts["texts"] += 1
                run("extract", sid, "--write", "-L", str(root))
            led = load(locate(root))
            for c in led.claims:
                if c.get("draft") is not True or c.get("source") in bundled:
                    continue
                counts["drafts"] += 1
                where = f"{folder.name}/{c['source']}"
                if (bounded := excerpt_bounds(led, c)) is not None:
                    counts["excerpt"] += 1
                    print(f"{where}: excerpt {c['excerpt'][:60]!r} -> {bounded[:90]!r}")
                if found := occasion_after(led, c):
                    counts["occasion"] += 1
                    print(f"{where}: {c['speaker']} {c['excerpt'][:60]!r} takes {found}")
                if not c.get("hedge") and (framed := _framed(str(c["excerpt"]))) is not None:
                    counts["frame"] += 1
                    print(f"{where}: hedge {framed!r} in {c['excerpt'][:80]!r}")
    print(f"\n{counts['drafts']} drafts on {counts['texts']} held-out texts: excerpt bounds "
          f"{counts['excerpt']}, next words' date and relay {counts['occasion']}, "
          f"frames of confidence {counts['frame']}.")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", nargs="?", help="one bundled source (default: all)")
    parser.add_argument("--no-assertions", action="store_true", help="suggest without --assertions")
    parser.add_argument("--explain", action="store_true", help="list each claim's edits")
    parser.add_argument("--parts", action="store_true", help="leave each part out in turn")
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="list what the text proposes for the held-out extract sets' drafts",
    )
    parser.add_argument(
        "--unseen", action="store_true", help="list assertion drafts on the held-out texts"
    )
    parser.add_argument(
        "--grid", action="store_true", help="vary the scores at which review ticks suggestions"
    )
    parser.add_argument(
        "--taken-grid",
        action="store_true",
        help="vary the links ticked because earlier decided claims took them",
    )
    parser.add_argument(
        "--answer-grid",
        action="store_true",
        help="vary how a denial counts the accusations before it",
    )
    parser.add_argument(
        "--paraphrase-grid",
        action="store_true",
        help="vary the words an unhedged paraphrase shares with a hedged draft",
    )
    parser.add_argument(
        "--calibration",
        action="store_true",
        help="how often suggestions are right, by evidence and score",
    )
    args = parser.parse_args()
    if args.no_assertions:
        SUGGEST.clear()
    sources = [args.source] if args.source else sorted(load(locate(DATA)).sources)
    if args.grid:
        grid(sources)
        return
    if args.calibration:
        calibration(sources)
        return
    if args.taken_grid:
        taken_grid(sources)
        return
    if args.answer_grid:
        answer_grid(sources)
        return
    if args.paraphrase_grid:
        paraphrase_grid(sources)
        return
    if args.parts:
        parts(sources)
        return
    if args.held_out:
        held_out()
        return
    if args.unseen:
        unseen()
        return
    rows = [measure(s) for s in sources]
    print("| source | claims | matched | before: edits per claim | after: edits per claim "
          "| after, matched claims only | drafts rejected |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|")
    totals = {"claims": 0, "before": 0, "after": 0, "matched_edits": 0, "matched": 0}
    kinds: Counter[str] = Counter()
    for r in rows:
        b, a = r["before"], r["after"]
        cells = [r["source"], r["claims"], a["matched"], f"{b['per_claim']:.2f}",
                 f"{a['per_claim']:.2f}", f"{a['matched_per_claim']:.2f}",
                 a["rejected"]]  # fmt: skip
        print("| " + " | ".join(map(str, cells)) + " |")
        totals["claims"] += r["claims"]
        totals["before"] += b["field_edits"] + b["typed_fields"]
        totals["after"] += a["field_edits"] + a["typed_fields"]
        totals["matched_edits"] += a["matched_edits"]
        totals["matched"] += a["matched"]
        kinds.update(a["kinds"])
    n = totals["claims"]
    matched = totals["matched_edits"] / max(1, totals["matched"])
    print(f"| all | {n} | {totals['matched']} | {totals['before'] / n:.2f} "
          f"| {totals['after'] / n:.2f} | {matched:.2f} | |")  # fmt: skip
    written = sum(r["after"]["assertions"][0] for r in rows)
    kept = sum(r["after"]["assertions"][1] for r in rows)
    print(f"\nDrafts of the outlet's own assertions (suggest --assertions): {written}, "
          f"of which {kept} match a coded claim and {written - kept} are rejected.")  # fmt: skip
    print("\nAfter, the edits left on matched and passage-drafted claims: "
          + ", ".join(f"{k} {n}" for k, n in kinds.most_common() if n))  # fmt: skip
    if args.explain:
        print("\n" + "\n".join(EXPLAIN))
    print("\nEvery source's decisions were applied with review --apply; validate --strict passed.")


if __name__ == "__main__":
    main()
