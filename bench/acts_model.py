"""A small learned model for the speech act of neutral-verb drafts, judged leave-one-set-out.

``extract`` runs on each read coded set (``dev``, ``test`` .. ``test25``, with the ledger
``extract_accuracy.py`` builds); each recalled claim's best draft (same matching) is
paired with its coded act(s). Features (``rnkclaims.authoring.extract.acts.features``):
the words of what was said, hand-made cue classes, the reporting verb, the mode; with
``--families``, also which families of the rules' content cues fire on what was said
(``drafting.cue_families``: denial, charge, confirmation, warning, call, announcement,
pledge, intention, forecast, concern, suspicion, hedge, judgement), with the list of
patterns fixed at dev171, before ``test19`` was judged (patterns added later are not in
it; patterns in it have been widened since, so a rerun fires on more than the recorded
figures did). The rules' own act is not a feature: the rules were tuned on every set, so it
would carry the held-out set's answers into the model; a family says only that a cue of
its kind is in the words, and the model weighs it from the other sets.

Model: multinomial logistic regression, plain Python, trained by stochastic gradient in
a fixed order (deterministic), the target spread evenly over a claim's coded acts.

Leave-one-set-out, for k in test4..test25: train on ``dev`` and the other read sets (never
``test26`` or ``test27``, the blind sets), predict set k. Dev is limited to the texts that
were in it when set k was first measured: later dev texts were written in other wordings
of k's own misses, and with them in training the forecast for k is far too kind (with
commitments given to the model and the post-pass at 0.5, it gained 122 acts net over the
sets' first sight with every dev text, 67 with dev as it stood). Columns (among
recalled claims with a coded act):

- first sight: the rules' act figure when set k was first measured (recorded);
- rules now: the rules today, tuned on k (an upper bound, not a forecast);
- model: the model's act for every draft;
- hybrid: the verb's own act where the verb carries one (denied, accused, warned ...;
  the plain verb table, none of the rules' sentence cues), the model's act where the
  verb is neutral (the tables give it "asserts": said, told, called, described ...) and
  the model is sure enough, else "asserts": no rule tuned on k takes part, so it is the
  figure to set against first sight;
- rules+model: the rules today and the post-pass ``extract`` runs (``acts.revise``: the
  model's act on a neutral verb the rules left at "asserts", unless left to the rules);
  rules tuned on k, so not a forecast.

The threshold is ``WIRED_THRESHOLD`` unless ``--threshold`` gives another, or ``--choose``
chooses it inside the training sets (``choose_threshold``; slow). A second table reruns
the code of the commit that added each set (``git archive``; its act figure comes out as
recorded) and adds the post-pass at ``WIRED_THRESHOLD`` and at the chosen threshold: what
the post-pass would have given on each set at first sight.

Tried and not wired, judged on the blind sets ``test26`` and ``test27`` (never trained
on): weights trained on every read set (dev and ``test`` .. ``test25``, 2,721 acts), with
pledges and intentions given to the model, at 0.3 (the best of the second table's forecast
with dev as it stood: 78.0% -> 85.1% over test4 .. test25) moved test26's act from 77.3%
to 78.8% (one claim) and test27's not at all (92.5%), while the bundled articles fell from
92.7% to 82.9% and dev from 100% to 99%; at 0.5 with words' Snowball stems added, test26
did not move, test27 gained one claim and the bundled articles lost three. The forecast
was for the rules as they stood at each set's first sight; today's rules already take
most of what the model would add, so on new text it adds about one act in a hundred.

Run: ``python bench/acts_model.py`` (the table), ``--dev-only`` (train on dev alone),
``--write`` (write ``acts_model.json`` as the commit ``WRITTEN_AT`` writes it, byte for
byte), ``--write --now`` (train on today's drafts of dev and ``test`` .. ``test10`` and
write that instead; deterministic).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from extract_accuracy import BENCH, _as_list, _ledger_for

from rnkclaims.authoring.extract.acts import (
    MODEL_PATH,
    NEUTRAL_VERBS,
    OVERRULE,
    Model,
    features,
    left_to_rules,
    words_of,
)
from rnkclaims.authoring.extract.attribution import NOMINAL_ACTS, PARTICIPLE_ACTS, VERB_ACTS
from rnkclaims.authoring.extract.drafting import Drafter
from rnkclaims.spans import locate, overlaps
from rnkclaims.vocab import SPEECH_ACTS

SETS = [
    "dev", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10",
    "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19",
    "test20", "test21", "test22", "test23", "test24", "test25",
]  # fmt: skip
NOT_WRITTEN = {
    "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19",
    "test20", "test21", "test22", "test23", "test24", "test25",
}  # fmt: skip
"""Sets the written weights leave out: with ``test11`` in training the bundled articles
lose an act (92.7% -> 90.2%), and with ``test12`` .. ``test16`` too (trained on every read
set, at 0.7: bundled 90.2%, test11 98.6%, test12 96.2%, test16 98.2%, against 92.7%, 100%,
97.5%, 100% with the weights in place), so the written model is trained on dev and test ..
test10; the later sets still take part in the leave-one-set-out judgement. The weights
in place are those ``WRITTEN_AT`` writes (dev as it stood at dev139): written from today's
drafts (``--write --now``, dev171) they lose two acts (dev 99.8% -> 99.6%, test6 98.6% ->
97.1%), and trained on every read set (dev .. test17) at 0.7, with the rules at dev170,
four (bundled 92.7% -> 90.2%, test12 98.8% -> 96.2%, test16 100% -> 98.2%; test17 69.4% ->
70.8%), so they stay."""
HELD_OUT = [
    "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12", "test13",
    "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21", "test22",
    "test23", "test24", "test25",
]  # fmt: skip
FIRST_SIGHT = {
    "test4": 73.9, "test5": 87.3, "test6": 90.4, "test7": 78.1, "test8": 81.8, "test9": 81.3,
    "test10": 72.1, "test11": 84.6, "test12": 82.0, "test13": 80.4, "test14": 75.5, "test15": 73.6,
    "test16": 66.0, "test17": 67.2, "test18": 70.0, "test19": 71.1, "test20": 65.9,
    "test21": 88.1, "test22": 89.1, "test23": 84.9, "test24": 72.1, "test25": 78.5,
}  # fmt: skip
"""The rules' act figure on each set when it was first measured (before any rule for it)."""
COLUMNS = ["rules", "model", "hybrid", "rules+model"]
GRID = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
"""The thresholds the hybrid may take (chosen inside the training sets)."""
WIRED_THRESHOLD = 0.7
"""The threshold ``extract``'s post-pass uses (written into the JSON): the lowest of GRID
at which no tuned set (dev, test .. test16) and not the bundled articles lose an act in
``extract_accuracy.py``; the rules there are tuned, so the model may only add (checked
again with test12 .. test16 read: 0.6 loses three acts, 0.8 seven)."""
EPOCHS = 12
RATE = 0.2
L2 = 1e-4
MIN_COUNT = 3
FAMILIES = False
"""Whether the features hold the families of the rules' content cues (``--families``).
The written weights have none: weights with them, as ``extract``'s post-pass (at 0.7, the
0.9 overruling kept), lose acts on dev (866 -> 864 of 868 at dev178) and on test6, test12
and test16, trained on dev and ``test`` .. ``test10`` (and on test15 and test17) or on
every read set (and on test10 and the bundled articles, 92.7% -> 90.2%); as the hybrid
(the model's act, else "asserts", for every neutral verb) dev falls to 91.5% and the
bundled articles to 65.9%."""


def collect(name: str) -> list[dict[str, Any]]:
    """Each recalled claim of set ``name`` with a coded act: its best draft's fields."""
    folder = BENCH / f"extract_{name}"
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        ledger = _ledger_for(folder, Path(tmp))
        for number, sid in enumerate(sorted(expected)):
            source = ledger.sources[sid]
            drafts = Drafter(ledger, source).run().drafts  # the rules alone
            for claim in expected[sid]:
                if "act" not in claim:
                    continue
                span = locate(source.text, claim["at"])[0]
                length = span[1] - span[0]
                cands = [d for d in drafts if overlaps((d.start, d.end), span) >= length * 0.9]
                if not cands:
                    continue
                right = [d for d in cands if d.speaker in _as_list(claim["speaker"])]
                best = right[0] if right else cands[0]
                rows.append(
                    {
                        "set": name,
                        "source": sid,
                        "fold": name if name != "dev" else f"dev{number % 4}",
                        "acts": [a for a in _as_list(claim["act"]) if a in SPEECH_ACTS],
                        "rule": best.act,
                        "verb": best.verb,
                        "feats": features(
                            best.excerpt,
                            best.quote,
                            best.speaker_text,
                            best.verb,
                            best.mode,
                            FAMILIES,
                        ),
                        "words": words_of(best.excerpt, best.quote, best.speaker_text),
                    }
                )
    return rows


_DUMP = """
import json, sys, tempfile
from pathlib import Path
import yaml
import rnkclaims
from extract_accuracy import BENCH, _as_list, _ledger_for
from rnkclaims.authoring.extract import extract
from rnkclaims.spans import locate, overlaps
folder = BENCH / sys.argv[1]
expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
rows = []
with tempfile.TemporaryDirectory() as tmp:
    ledger = _ledger_for(folder, Path(tmp))
    for sid in sorted(expected):
        source = ledger.sources[sid]
        drafts = extract(ledger, source).drafts
        for claim in expected[sid]:
            if "act" not in claim:
                continue
            span = locate(source.text, claim["at"])[0]
            n = span[1] - span[0]
            cands = [d for d in drafts if overlaps((d.start, d.end), span) >= n * 0.9]
            if not cands:
                continue
            right = [d for d in cands if d.speaker in _as_list(claim["speaker"])]
            b = right[0] if right else cands[0]
            rows.append([_as_list(claim["act"]), b.act, b.verb, b.excerpt, b.quote,
                         b.speaker_text, b.mode])
json.dump({"module": rnkclaims.__file__, "rows": rows}, sys.stdout)
"""
"""Run inside an archive of an old commit: its rules' drafts of one set, as JSON."""
FIRST_SIGHT_COMMITS = {
    "test4": "866e16e",
    "test5": "3713401",
    "test6": "cd8e43c",
    "test7": "03c2090",  # the commit after it (9673f8e) quoted titles; no rule changed
    "test8": "645765d",
    "test9": "db5a5e0",
    "test10": "22b96f1",
    "test11": "911493b",
    "test12": "c113c25",
    "test13": "f34015d",
    "test14": "f5c8e93",
    "test15": "2d79500",
    "test16": "0606b00",
    "test17": "7ef870e",
    "test18": "e91789e",
    "test19": "3063c7e",
    "test20": "beb8b24",
    "test21": "b53c762",
    "test22": "51d8f44",
    "test23": "e047ab4",
    "test24": "bd53990",
    "test25": "cb751eb",
}
"""The commit that added each held-out set: the rules as they stood at first sight."""


WRITTEN_AT = "9f37133"
"""The commit whose code and sets wrote the weights in place (``--write --every``: trained
on today's drafts of every read set at ``EVERY_THRESHOLD``): ``--write`` reruns that
commit's own ``--write --every`` in a ``git archive`` of it, which gives
``acts_model.json`` byte for byte. Earlier weights: those ``a4d7f7b`` wrote (pairs of
words, dev .. ``test121`` at 0.6), those ``b2e7e78`` wrote (the same at 0.5, in place for
one commit), those ``8e38f9e`` wrote (words only, dev and ``test`` .. ``test77``, at 0.6),
and before them those ``bc871a4`` (dev139) wrote, trained on dev and ``test`` ..
``test10``."""
EVERY_SETS = ["dev", "test", *(f"test{k}" for k in range(2, 134))]
"""The read sets ``--write --every`` trains on: every coded set whose misses were read."""
EVERY_THRESHOLD = 0.5
"""The threshold ``--write --every`` writes. Judged on sets kept out of training, with the
rules of ``36169f5`` (each recalled claim's best draft, its act as ``acts.revise`` would
leave it): weights trained on dev .. ``test121`` gave 599 right acts
of 696 on ``test122`` .. ``test129`` at 0.6, 605 at 0.5 and 611 at 0.4 (the rules alone
583), and 306, 311 and 308 of 339 on ``test130`` .. ``test133``; weights trained on dev ..
``test129`` gave 308, 313 and 314 of 339 there. At 0.5 two unit tests of the codebook
failed: "The question should be addressed to the Defence Ministry" became a call (a
referral is none: ``acts.left_to_rules``), and "sanctioned three entities it said had
helped ship the missiles" a charge (the test now takes it). On the bundled articles the
act stays at 36 of 42 at 0.5 and 0.6. Weights trained on dev .. ``test133`` at 0.5 then
left the act of ``test134`` .. ``test137`` at first sight where the weights before left it
(307 of 340: two gained, two lost). Earlier, judged with ``extract`` itself
(``extract_accuracy.py``) on ``test98`` .. ``test121`` (1,943 recalled claims with a coded
act), with weights trained on dev and ``test`` .. ``test97`` only (none of the judged claims
in training), the model never overruling a rule's act (``acts.OVERRULE``): the weights then
in place (words only, trained on dev .. ``test77`` at 0.6) gave 1,756 right acts; weights
with pairs of adjacent words as well gave 1,756 at 0.7, 1,768 at 0.6 and 1,779 at 0.5 (at
0 .. 0.5 more of an official's plain statements become judgements or charges: the bundled
articles, coded with one act each, lose four at 0, and seven unit tests of the codebook
fail at 0.5 against two at 0.6). On the bundled articles they lose one act at 0.5 .. 0.7
(37 to 36 of 42). Before (words only, ``acts_held_out.py``, test70 .. test77): 567 right
acts at 0.5, 568 at 0.6, 566 at 0.7, against 559 for the rules alone."""


def write_as_written() -> int:
    """Write ``acts_model.json`` as the code and sets at ``WRITTEN_AT`` write it; the size."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(BENCH.parent), "archive", WRITTEN_AT],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        env = {**os.environ, "PYTHONPATH": f"{tmp}{os.pathsep}{tmp}/bench"}
        subprocess.run(
            [sys.executable, "bench/acts_model.py", "--write", "--every"],
            cwd=tmp,
            env=env,
            check=True,
            capture_output=True,
        )
        text = (Path(tmp) / "rnkclaims/authoring/extract/acts_model.json").read_bytes()
    MODEL_PATH.write_bytes(text)
    return len(text)


def collect_first_sight(name: str) -> list[dict[str, Any]]:
    """The set's claims drafted by the rules at the commit that added it (its coding as
    then), read from a ``git archive`` of that commit."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(BENCH.parent), "archive", FIRST_SIGHT_COMMITS[name]],
            check=True,
            capture_output=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        env = {**os.environ, "PYTHONPATH": f"{tmp}{os.pathsep}{tmp}/bench"}
        out = subprocess.run(
            [sys.executable, "-c", _DUMP, f"extract_{name}"],
            cwd=tmp,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    dumped = json.loads(out)
    if not str(dumped["module"]).startswith(tmp):
        raise SystemExit(f"the old commit's rnkclaims was not the one imported: {dumped['module']}")
    return [
        {"set": name, "fold": name, "acts": acts, "rule": rule, "verb": verb,
         "feats": features(excerpt, quote, speaker_text, verb, mode, FAMILIES),
         "words": words_of(excerpt, quote, speaker_text)}
        for acts, rule, verb, excerpt, quote, speaker_text, mode in dumped["rows"]
    ]  # fmt: skip


def train(rows: list[dict[str, Any]]) -> Model:
    """Multinomial logistic regression by stochastic gradient, rows in their given order."""
    acts = sorted({a for r in rows for a in r["acts"]})
    index = {a: i for i, a in enumerate(acts)}
    model = Model(acts, {})
    k = len(acts)
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch)
        for r in rows:
            target = [0.0] * k
            for a in r["acts"]:
                target[index[a]] += 1.0 / len(r["acts"])
            probs = model.probabilities(r["feats"])
            for f in r["feats"]:
                row = model.weights.setdefault(f, [0.0] * k)
                for i in range(k):
                    row[i] += rate * (target[i] - probs[i]) - rate * L2 * row[i]
    seen: dict[str, int] = {}
    for r in rows:
        for f in r["feats"]:
            seen[f] = seen.get(f, 0) + 1
    weights = {  # features seen at least MIN_COUNT times, weights to 3 decimals
        f: [round(w, 3) for w in row]
        for f, row in sorted(model.weights.items())
        if seen[f] >= MIN_COUNT and max(abs(w) for w in row) >= 0.01
    }
    return Model(acts, weights)


def _plain_act(verb: str) -> str:
    return {**VERB_ACTS, **PARTICIPLE_ACTS, **NOMINAL_ACTS}.get(verb, "asserts")


def _hybrid(act: str, p: float, r: dict[str, Any], threshold: float) -> str:
    neutral = r["verb"] in NEUTRAL_VERBS
    if neutral and p >= threshold:  # no guard: no rule stands behind it here
        return act
    return "asserts" if neutral else _plain_act(r["verb"])


def choose_threshold(rows: list[dict[str, Any]]) -> float:
    """The hybrid's threshold, chosen inside the training rows alone: each fold but dev
    (a set; for dev alone, a quarter of its articles) held out in turn, the others
    trained on; the threshold with the most right acts over the folds (ties: the higher)."""
    folds = sorted({r["fold"] for r in rows if r["set"] != "dev"})
    if not folds:
        folds = sorted({r["fold"] for r in rows})
    right = dict.fromkeys(GRID, 0)
    for fold in folds:
        model = train([r for r in rows if r["fold"] != fold])
        for r in rows:
            if r["fold"] == fold:
                act, p = model.predict(r["feats"])
                for t in GRID:
                    right[t] += _hybrid(act, p, r, t) in r["acts"]
    return max(GRID, key=lambda t: (right[t], t))


def judge(model: Model, rows: list[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """Right acts per column (see the module docstring) and the number of claims."""
    ok = dict.fromkeys(COLUMNS, 0)
    t = model.threshold
    for r in rows:
        act, p = model.predict(r["feats"])
        ok["rules"] += r["rule"] in r["acts"]
        ok["model"] += act in r["acts"]
        ok["hybrid"] += _hybrid(act, p, r, t) in r["acts"]
        ok["rules+model"] += _post_pass(act, p, r, t) in r["acts"]
    return {key: (v, len(rows)) for key, v in ok.items()}


def _dev_then(name: str) -> set[str]:
    """The dev texts there were when set ``name`` was first measured (its adding commit)."""
    listed = subprocess.run(
        ["git", "-C", str(BENCH.parent), "ls-tree", "-r", "--name-only",
         FIRST_SIGHT_COMMITS[name], "bench/extract_dev/sources"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return {Path(line).stem for line in listed.split()}


def training(data: dict[str, list[dict[str, Any]]], held: str) -> list[dict[str, Any]]:
    """The rows to train on when ``held`` is held out: every other set, and dev as it stood
    when ``held`` was first measured."""
    then = _dev_then(held)
    return [r for n in SETS if n != held for r in data[n] if n != "dev" or r["source"] in then]


def fitted(rows: list[dict[str, Any]], threshold: float | None = None) -> Model:
    """The model trained on ``rows`` with ``threshold``, else one chosen inside them."""
    model = train(rows)
    model.threshold = choose_threshold(rows) if threshold is None else threshold
    return model


def _pct(cell: tuple[int, int]) -> float:
    return 100.0 * cell[0] / cell[1] if cell[1] else 0.0


def _write_model(model: Model) -> int:
    """Write ``acts_model.json`` for ``model`` (sorted keys, no spaces); its size."""
    out = {
        "about": "speech acts of neutral-verb drafts; written by bench/acts_model.py",
        "threshold": model.threshold,
        "acts": model.acts,
        "weights": model.weights,
    }
    text = json.dumps(out, sort_keys=True, separators=(",", ":")) + "\n"
    MODEL_PATH.write_text(text, encoding="utf-8")
    return len(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dev-only", action="store_true", help="train on dev alone")
    parser.add_argument(
        "--write", action="store_true", help=f"write {MODEL_PATH.name} (as {WRITTEN_AT} writes it)"
    )
    parser.add_argument(
        "--now",
        action="store_true",
        help="with --write: train on today's drafts of the written sets instead",
    )
    parser.add_argument(
        "--every",
        action="store_true",
        help="with --write: train on today's drafts of every read set (EVERY_SETS)",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=WIRED_THRESHOLD,
        help=f"a fixed threshold (default: {WIRED_THRESHOLD:g}, the wired one)",
    )
    parser.add_argument(
        "--choose",
        action="store_true",
        help="choose the threshold inside the training sets instead (slow: a model per fold)",
    )
    parser.add_argument(
        "--families",
        action="store_true",
        help="add the families of the rules' content cues to the features",
    )
    args = parser.parse_args(argv)
    if args.choose:
        args.threshold = None
    global FAMILIES
    FAMILIES = args.families
    if args.write and args.every:
        rows = [r for name in EVERY_SETS for r in collect(name)]
        model = fitted(rows, EVERY_THRESHOLD)
        size = _write_model(model)
        print(f"wrote {MODEL_PATH.name}: {len(rows)} acts, {len(model.weights)} features, "
              f"{size} bytes, threshold {model.threshold}")  # fmt: skip
        return 0
    if args.write and not args.now:
        size = write_as_written()
        print(f"wrote {MODEL_PATH.name} as {WRITTEN_AT} writes it: {size} bytes")
        return 0
    data = {name: collect(name) for name in SETS}
    if args.write:
        trained = [n for n in SETS if n not in NOT_WRITTEN]
        model = fitted([r for name in trained for r in data[name]], WIRED_THRESHOLD)
        size = _write_model(model)
        print(f"wrote {MODEL_PATH.name}: {len(model.weights)} features, {size} bytes, "
              f"threshold {model.threshold}")  # fmt: skip
        return 0
    train_on = "dev only" if args.dev_only else "dev + the other read sets (never test26, test27)"
    if FAMILIES:
        train_on += ", with the rules' cue families as features"
    chosen = "chosen in training" if args.threshold is None else f"{args.threshold:g}"
    print(f"Leave-one-set-out, trained on {train_on}; threshold {chosen}")
    print("| set | claims | first sight | rules now (tuned on it) | model | hybrid | "
          "rules+model | threshold |")  # fmt: skip
    print("|---|" + "---:|" * (len(COLUMNS) + 3))
    sums = dict.fromkeys(["first", *COLUMNS], 0.0)
    wins = 0
    for k in HELD_OUT:
        rows = training(data, k)
        if args.dev_only:
            rows = [r for r in rows if r["set"] == "dev"]
        model = fitted(rows, args.threshold)
        got = judge(model, data[k])
        first = FIRST_SIGHT[k]
        sums["first"] += first
        for c in COLUMNS:
            sums[c] += _pct(got[c])
        wins += _pct(got["hybrid"]) > first
        cells = " | ".join(f"{_pct(got[c]):.1f}% ({got[c][0]})" for c in COLUMNS)
        print(f"| {k} | {len(data[k])} | {first:.1f}% | {cells} | {model.threshold:g} |")
    means = " | ".join(f"{sums[c] / len(HELD_OUT):.1f}%" for c in COLUMNS)
    print(f"| mean | | {sums['first'] / len(HELD_OUT):.1f}% | {means} | |")
    print(f"hybrid above first sight on {wins} of {len(HELD_OUT)} sets")
    if not args.dev_only:
        print()
        _first_sight_table(data, args.threshold)
    return 0


def _post_pass(act: str, p: float, r: dict[str, Any], threshold: float) -> str:
    """The act after ``acts.revise``: the model's on a neutral verb the rules left at
    "asserts", when sure and not left to the rules."""
    sure = r["verb"] in NEUTRAL_VERBS and r["rule"] == "asserts" and p >= threshold
    return act if sure and not left_to_rules(r["words"], act) else r["rule"]


def _overruled(act: str, p: float, r: dict[str, Any], threshold: float) -> str:
    """The act after the post-pass when the model may also overrule an act the rules chose
    from the sentence's cues under a neutral verb, where it is at least ``OVERRULE`` sure
    (and the words are not ``left_to_rules``)."""
    out = _post_pass(act, p, r, threshold)
    sure = r["verb"] in NEUTRAL_VERBS and r["rule"] != "asserts" and p >= OVERRULE
    return act if sure and not left_to_rules(r["words"], act) else out


def _revised(model: Model, rows: list[dict[str, Any]], threshold: float) -> int:
    """Right acts when the post-pass runs after the rules, at ``threshold``."""
    return sum(_post_pass(*model.predict(r["feats"]), r, threshold) in r["acts"] for r in rows)


def _first_sight_table(data: dict[str, list[dict[str, Any]]], fixed: float | None) -> None:
    print("The rules at first sight (each set's adding commit, rerun), then with the post-pass")
    print("(model trained on the other sets as today's rules draft them, and dev as it stood)")
    print(f"| set | claims | rules then | + post-pass at {WIRED_THRESHOLD:g} (wired) | "
          "+ post-pass, threshold chosen in training | + post-pass at "
          f"{WIRED_THRESHOLD:g}, overruling cue acts at {OVERRULE:g} | threshold |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|---:|")
    sums = [0.0, 0.0, 0.0, 0.0]
    wins = over_wins = over_losses = 0
    for k in HELD_OUT:
        rows = collect_first_sight(k)
        model = fitted(training(data, k), fixed)
        then = sum(r["rule"] in r["acts"] for r in rows)
        over = sum(
            _overruled(*model.predict(r["feats"]), r, WIRED_THRESHOLD) in r["acts"] for r in rows
        )
        got = [
            then,
            _revised(model, rows, WIRED_THRESHOLD),
            _revised(model, rows, model.threshold),
            over,
        ]
        cells = [_pct((g, len(rows))) for g in got]
        sums = [a + b for a, b in zip(sums, cells, strict=True)]
        wins += cells[1] > cells[0]
        over_wins += cells[3] > cells[1]
        over_losses += cells[3] < cells[1]
        shown = " | ".join(f"{c:.1f}% ({g})" for c, g in zip(cells, got, strict=True))
        print(f"| {k} | {len(rows)} | {shown} | {model.threshold:g} |")
    print("| mean | | " + " | ".join(f"{x / len(HELD_OUT):.1f}%" for x in sums) + " | |")
    print(f"the wired post-pass above the rules at first sight on {wins} of {len(HELD_OUT)} sets")
    print(f"overruling at {OVERRULE:g} above the wired post-pass on {over_wins}, below on "
          f"{over_losses} of {len(HELD_OUT)} sets")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
