"""Generate a synthetic ledger for benchmarks: claims, actors, outlets, sources with text.

    python bench/make_ledger.py bench/out/ledger --claims 100000 [--split 1000]

Every claim is valid: its excerpt is verbatim in its source's text, references resolve,
dates are consistent. The output is deterministic for a given --seed. With ``--split N``
the claims go to ``claims/part-NNNN.yaml`` files of N claims each, and claims.yaml holds
the actors, outlets, topics and propositions, as a team would keep a ledger.
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

DOMAIN = (
    "russia north korea missiles munitions satellite launch technology transfer arms deal "
    "cooperation summit delegation pyongyang moscow ministry officials analysts ballistic "
    "engine solid propellant orbit reconnaissance sanctions resolution council agreement "
    "exchange artillery shells drones troops production assistance program"
).split()
SYLLABLES = "ka ro mi tan sel vor en ul pri dak mo hes ter lin qua bo zu fen ga rit".split()


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    """Domain words plus made-up ones: a vocabulary as large as real news text has."""
    words = set(DOMAIN)
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    return ordered


ACTS = ["asserts", "denies", "confirms", "accuses", "suspects", "assesses", "predicts", "warns"]
VENUES = ["press-conference", "hearing", "interview", "state-media-report", "written-statement"]


def sentence(rng: random.Random, n: int) -> str:
    # Zipf-like: a few words are common, most are rare, as in real text
    words = rng.choices(WORDS, weights=WEIGHTS, k=n)
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


WORDS: list[str] = []
WEIGHTS: list[float] = []


def generate(out: Path, claims: int, seed: int, split: int = 0) -> None:
    rng = random.Random(seed)
    WORDS[:] = vocabulary(rng)
    WEIGHTS[:] = [1 / (rank + 1) for rank in range(len(WORDS))]
    n_actors = max(10, claims // 50)
    n_outlets = 40
    n_topics = 50
    n_props = max(10, claims // 50)
    n_sources = max(5, claims // 20)
    if out.exists():
        shutil.rmtree(out)
    (out / "sources").mkdir(parents=True)
    lines = ["schema_version: 1", "actors:"]
    for i in range(n_actors):
        lines += [
            f"  - id: actor-{i}",
            f"    name: Actor Number {i}",
            "    kind: person",
            "    country: KR",
            f"    aliases: [Speaker {i}, A{i}]",
            "    roles:",
            "      - id: official",
            "        title: Official",
            "        from: 2000",
        ]
    lines.append("outlets:")
    for i in range(n_outlets):
        lines += [f"  - id: outlet-{i}", f"    name: Outlet {i}", "    kind: wire-agency"]
    lines.append("topics:")
    for i in range(n_topics):
        terms = ", ".join(rng.sample(DOMAIN, 3))
        lines += [f"  - id: topic-{i}", f"    name: Topic {i}", f"    terms: [{terms}]"]
    lines.append("propositions:")
    for i in range(n_props):
        lines += [
            f"  - id: prop-{i}",
            f"    text: {q(sentence(rng, 8))}",
            f"    topics: [topic-{i % n_topics}]",
        ]
        if i % 10 == 1:
            lines.append(f"    incompatible_with: [prop-{i - 1}]")
    vocabulary_lines = len(lines)
    lines.append("claims:")
    per_source: list[list[str]] = [[] for _ in range(n_sources)]
    for i in range(claims):
        s = i % n_sources
        body = sentence(rng, rng.randint(10, 30))
        quote = sentence(rng, rng.randint(6, 12)).rstrip(".")
        excerpt = f'"{quote}," Actor Number {i % n_actors} said. {body}'
        per_source[s].append(excerpt)
        lines += [
            f"  - id: claim-{i}",
            f"    speaker: actor-{i % n_actors}",
            "    role: official",
            f"    source: source-{s}",
            "    mode: quote",
            f"    excerpt: {q(excerpt)}",
            f"    quote: {q(quote)}",
            f"    act: {ACTS[i % len(ACTS)]}",
            f"    said: {{expression: on {('Monday', 'Tuesday', 'Wednesday')[i % 3]}}}",
            f"    venue: {VENUES[i % len(VENUES)]}",
            f"    relay: [{{via: outlet-{i % n_outlets}, how: interview}}]",
            "    propositions:",
            f"      - {{proposition: prop-{i % n_props}, "
            f"stance: {'opposes' if ACTS[i % len(ACTS)] == 'denies' else 'supports'}}}",
            f"    topics: [topic-{i % n_topics}]",
        ]
    if split:
        claim_lines = lines[vocabulary_lines + 1 :]
        lines = lines[:vocabulary_lines]
        (out / "claims").mkdir()
        per_claim = len(claim_lines) // claims if claims else 0
        for part, start in enumerate(range(0, claims, split)):
            chunk = claim_lines[start * per_claim : (start + split) * per_claim]
            (out / "claims" / f"part-{part:04d}.yaml").write_text(
                "\n".join(["claims:", *chunk]) + "\n", encoding="utf-8"
            )
    (out / "claims.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for s, excerpts in enumerate(per_source):
        front = (
            f"---\noutlet: outlet-{s % n_outlets}\ntitle: Synthetic article {s}\n"
            f"published: 2024-03-{1 + s % 28:02d}\nlanguage: en\n---\n"
        )
        text = "\n\n".join(excerpts) + "\n"
        (out / "sources" / f"source-{s}.txt").write_text(front + text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--split", type=int, default=0, help="claims per file in claims/")
    args = parser.parse_args()
    generate(args.out, args.claims, args.seed, args.split)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"wrote {args.out}: {args.claims} claims, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
