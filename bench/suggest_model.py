"""A learned scorer for the suggester's links and topics, judged leave-one-source-out.

The suggester combines its evidence by hand-set weights. This bench asks whether a
logistic regression over the same evidence ranks better. For each draft it gathers
candidates: the suggester's own links (its score and rank), the propositions bm25 ranks
best, the links of the nearest coded claims; and for topics the suggester's own, the
topics of the candidate propositions in the ledger (``topics:`` on the proposition) and
of the nearest claims. Each candidate gets features the suggester already computes:

- links: the suggester's score and whether it ranks it first or in its first three; the
  proposition's bm25 rank and score; the nearest claims' votes for the link (by rank);
  a topic term of the proposition said in the draft; whether the stance agrees with the
  act (a denial opposes); the speaker's earlier drafts in the same article suggested the
  proposition; whether any coded claim links it yet;
- topics: the suggester's score and rank; the score of the best suggested link whose
  proposition has the topic; the nearest claims' votes; a term of the topic said.

Training and judging are leave-one-source-out only, nested: the model judged on source
k learns from the other sources j, each with features from a suggester that left out
both j and k, so it never sees source k's claims. The figures are those of
``suggest_accuracy`` (top-1 precision, top-3 recall of links with the right stance,
topic accuracy and recall@3), for the suggester and the model in the same run, with the
model's folds one by one. ``--write`` stores the weights learnt from every source in
``rnkclaims/authoring/suggest_model.json`` (plain numbers, deterministic).

    python bench/suggest_model.py            # folds and totals
    python bench/suggest_model.py --first 0.4  # the first link's threshold
    python bench/suggest_model.py --raw      # the evidence alone, without the suggester's score
    python bench/suggest_model.py --write    # also the weights file (not read by the suggester)
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rnkclaims.authoring import suggest as sg
from rnkclaims.ledger import Ledger, load, locate

DATA = Path(__file__).resolve().parent.parent / "data"
WEIGHTS = Path(sg.__file__).resolve().parent / "suggest_model.json"
CODING = ("propositions", "topics", "certainty", "role", "suggested")
LINK_FEATURES = ("bias", "score", "first", "top3", "bm25_rank", "bm25_score", "neighbours",
                 "term_hit", "stance_agrees", "speaker_before", "linked")  # fmt: skip
TOPIC_FEATURES = ("bias", "score", "first", "top3", "link_score", "neighbours", "term_hit")
FIRST = 0.5  # the model's probability a first link must reach to be suggested
LATER = 0.2  # and any further one
RAW = [False]  # --raw: without the suggester's own score and rank (the evidence alone)


def stripped(claim: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in claim.items() if k not in CODING}


def gold_links(claim: dict[str, Any]) -> set[tuple[str, str]]:
    return {(str(b["proposition"]), str(b["stance"])) for b in claim.get("propositions") or ()}


Row = tuple[list[float], int]
Candidates = dict[Any, list[float]]


def candidates(
    ledger: Ledger, exclude: set[str], source: str
) -> tuple[list[dict[str, Any]], list[sg.Suggestion], list[Candidates], list[Candidates]]:
    """For each coded claim of ``source``: the suggester's suggestion (learning without
    ``exclude``) and the link and topic candidates with their features."""
    sugg = sg.Suggester(ledger, exclude)
    try:
        claims = [c for c in ledger.claims if c.get("source") == source and not c.get("draft")]
        drafts = [stripped(c) for c in claims]
        found = sugg.suggest_many(drafts)
        links_out: list[Candidates] = []
        topics_out: list[Candidates] = []
        by_speaker: dict[Any, set[str]] = defaultdict(set)
        for draft, got in zip(drafts, found, strict=True):
            text = sugg._own_text(draft)
            denial = draft.get("act") in sg._DENIALS
            folded = text.casefold()
            heard = {
                tid
                for tid, patterns in sugg._term_patterns.items()
                if any(p.search(folded) for _, p in patterns)
            }
            near = sugg.neighbours(text)
            votes: dict[tuple[str, str], float] = defaultdict(float)
            topic_votes: dict[str, float] = defaultdict(float)
            for rank, (other, _) in enumerate(near):
                flip = denial != (other.get("act") in sg._DENIALS)
                for b in other.get("propositions") or ():
                    stance = str(b.get("stance"))
                    votes[(str(b["proposition"]), sg._flip(stance) if flip else stance)] += 1 / (
                        1 + rank
                    )
                for t in other.get("topics") or ():
                    topic_votes[str(t)] += 1 / (1 + rank)
            bm25 = sugg.matching_propositions(text)
            keys: dict[tuple[str, str], None] = {}
            for b in got.propositions:
                keys[(b.proposition, b.stance)] = None
            for pid, _ in bm25:
                keys[(pid, "opposes" if denial else "supports")] = None
            for key in votes:
                if key[0] in sugg.props:
                    keys[key] = None
            mine = {(b.proposition, b.stance): (i, b.score) for i, b in enumerate(got.propositions)}
            ranks = {pid: (i, raw) for i, (pid, raw) in enumerate(bm25)}
            before = by_speaker[draft.get("speaker")]
            feats: Candidates = {}
            for pid, stance in keys:
                at, score = mine.get((pid, stance), (99, 0))
                brank, braw = ranks.get(pid, (99, 0.0))
                feats[(pid, stance)] = [
                    1.0,
                    score / 100,
                    float(at == 0),
                    float(at < 3),
                    1 / (1 + brank),
                    1 - math.exp(-braw / sg.WORDS_SCALE),
                    votes.get((pid, stance), 0.0),
                    float(bool(heard & set(sugg.props[pid].get("topics") or ()))),
                    float((stance == "opposes") == denial),
                    float(pid in before),
                    float(pid in sugg.linked),
                ]
            if RAW[0]:
                for x in feats.values():
                    x[1:4] = [0.0, 0.0, 0.0]
            links_out.append(feats)
            before.update(b.proposition for b in got.propositions)
            tkeys: dict[str, None] = {t.topic: None for t in got.topics}
            link_score: dict[str, float] = defaultdict(float)
            for b in got.propositions:
                for tid in sugg.props[b.proposition].get("topics") or ():
                    tkeys[str(tid)] = None
                    link_score[str(tid)] = max(link_score[str(tid)], b.score / 100)
            for tid in topic_votes:
                tkeys[tid] = None
            tmine = {t.topic: (i, t.score) for i, t in enumerate(got.topics)}
            tfeats: Candidates = {}
            for tid in tkeys:
                if tid not in sugg.topics:
                    continue
                at, score = tmine.get(tid, (99, 0))
                tfeats[tid] = [1.0, score / 100, float(at == 0), float(at < 3),
                               link_score.get(tid, 0.0), topic_votes.get(tid, 0.0),
                               float(tid in heard)]  # fmt: skip
            if RAW[0]:
                for x in tfeats.values():
                    x[1:4] = [0.0, 0.0, 0.0]
            topics_out.append(tfeats)
        return claims, found, links_out, topics_out
    finally:
        sugg.close()


def fit(rows: list[Row], epochs: int = 400, rate: float = 0.5, l2: float = 0.01) -> list[float]:
    """Logistic regression by full-batch gradient descent from zero: deterministic."""
    if not rows:
        return []
    w = [0.0] * len(rows[0][0])
    n = len(rows)
    for _ in range(epochs):
        grad = [l2 * x for x in w]
        grad[0] = 0.0
        for x, y in rows:
            p = _p(w, x)
            for i, xi in enumerate(x):
                grad[i] += (p - y) * xi / n
        w = [wi - rate * g for wi, g in zip(w, grad, strict=True)]
    return w


def _p(w: list[float], x: list[float]) -> float:
    z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def rows_of(
    claims: list[dict[str, Any]], links: list[Candidates], topics: list[Candidates]
) -> tuple[list[Row], list[Row]]:
    lrows: list[Row] = []
    trows: list[Row] = []
    for claim, lf, tf in zip(claims, links, topics, strict=True):
        gold = gold_links(claim)
        lrows += [(x, int(key in gold)) for key, x in lf.items()]
        gold_t = {str(t) for t in claim.get("topics") or ()}
        trows += [(x, int(key in gold_t)) for key, x in tf.items()]
    return lrows, trows


def ranked_links(w: list[float], feats: Candidates, first: float = FIRST) -> list[tuple[str, str]]:
    scored = sorted(((_p(w, x), key) for key, x in feats.items()), key=lambda s: (-s[0], s[1]))
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for p, key in scored:
        if p < (first if not out else LATER):
            break
        if key[0] not in seen and len(out) < sg.MAX_PROPOSITIONS:
            seen.add(key[0])
            out.append(key)
    return out


def ranked_topics(w: list[float], feats: Candidates) -> list[str]:
    scored = sorted(((_p(w, x), key) for key, x in feats.items()), key=lambda s: (-s[0], s[1]))
    return [key for p, key in scored if p >= sg.MIN_SCORE / 100][: sg.MAX_TOPICS]


def score(counts: Counter[str], claim: dict[str, Any], links: list[Any], topics: list[str]) -> None:
    gold = gold_links(claim)
    if links:
        counts["top1_n"] += 1
        counts["top1_ok"] += links[0] in gold
    counts["links"] += len(gold)
    counts["top3_found"] += len(gold & set(links[:3]))
    gold_t = {str(t) for t in claim.get("topics") or ()}
    if gold_t:
        counts["topic_n"] += 1
        counts["topic_ok"] += bool(topics) and topics[0] in gold_t
        counts["topic_links"] += len(gold_t)
        counts["topic_found"] += len(gold_t & set(topics[:3]))
        counts["topic_candidates"] += len(gold_t & set(topics))


def figures(c: Counter[str]) -> str:
    def pct(ok: str, n: str) -> str:
        return f"{100 * c[ok] / c[n]:5.1f}% ({c[ok]}/{c[n]})" if c[n] else "-"

    return (f"top-1 precision {pct('top1_ok', 'top1_n')}  top-3 recall "
            f"{pct('top3_found', 'links')}  topic accuracy {pct('topic_ok', 'topic_n')}  "
            f"topic recall@3 {pct('topic_found', 'topic_links')}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ledger", default=str(DATA), help="ledger folder")
    parser.add_argument("--first", type=float, default=FIRST, help="first link's threshold")
    parser.add_argument("--raw", action="store_true", help="without the suggester's scores")
    parser.add_argument("--write", action="store_true", help=f"write {WEIGHTS.name}")
    args = parser.parse_args()
    ledger = load(locate(args.ledger))
    RAW[0] = args.raw
    sources = sorted(ledger.sources)
    totals = {"suggest": Counter[str](), "model": Counter[str]()}
    never = Counter[str]()  # gold topics no candidate list holds, and why
    for k in sources:
        lrows: list[Row] = []
        trows: list[Row] = []
        for j in sources:
            if j == k:
                continue
            claims, _, lf, tf = candidates(ledger, {j, k}, j)
            more_l, more_t = rows_of(claims, lf, tf)
            lrows += more_l
            trows += more_t
        wl, wt = fit(lrows), fit(trows)
        claims, found, lf, tf = candidates(ledger, {k}, k)
        fold = {"suggest": Counter[str](), "model": Counter[str]()}
        for claim, got, lfeat, tfeat in zip(claims, found, lf, tf, strict=True):
            mine = [(b.proposition, b.stance) for b in got.propositions]
            score(fold["suggest"], claim, mine, [t.topic for t in got.topics])
            score(
                fold["model"], claim, ranked_links(wl, lfeat, args.first), ranked_topics(wt, tfeat)
            )
            own = {
                str(t)
                for pid, _ in gold_links(claim)
                for p in ledger.propositions
                if p.get("id") == pid
                for t in p.get("topics") or ()
            }
            for tid in {str(t) for t in claim.get("topics") or ()}:
                never["gold"] += 1
                never["of a coded link's proposition"] += tid in own
                if tid not in tfeat:
                    never["no candidate"] += 1
                    never["no candidate, of a coded link's proposition"] += tid in own
                    topic = next((t for t in ledger.topics if t.get("id") == tid), {})
                    terms = [topic.get("name"), *(topic.get("terms") or ())]
                    text = sg._claim_text(claim).casefold()
                    said = any(isinstance(t, str) and t.casefold() in text for t in terms)
                    never["no candidate, a term of it said"] += said
        for name in fold:
            totals[name].update(fold[name])
            print(f"{k[:34]:34} {name:8} {figures(fold[name])}")
    print()
    for name, c in totals.items():
        print(f"{'all sources':34} {name:8} {figures(c)}")
    for key, n in never.items():
        print(f"coded topics: {key}: {n}")
    if args.write:
        lrows, trows = [], []
        for j in sources:
            claims, _, lf, tf = candidates(ledger, {j}, j)
            more_l, more_t = rows_of(claims, lf, tf)
            lrows += more_l
            trows += more_t
        weights = {
            "links": dict(zip(LINK_FEATURES, (round(x, 6) for x in fit(lrows)), strict=True)),
            "topics": dict(zip(TOPIC_FEATURES, (round(x, 6) for x in fit(trows)), strict=True)),
            "first": args.first,
            "later": LATER,
        }
        WEIGHTS.write_text(json.dumps(weights, indent=2, sort_keys=True) + "\n")
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
