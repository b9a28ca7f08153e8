"""The learned act judged on sets it was not trained on: train on today's drafts of dev and
``test`` .. ``test97``, run after the rules on ``test98`` .. ``test121``, and count the
right acts of the rules alone, of the weights in place, and of the retrained weights at
each threshold. The count follows ``acts.revise`` where the rules left "asserts" (not where
the model overrules a rule's act, nor the outlets' own background): ``extract_accuracy.py``
with the weights written gives the figures ``acts_model.EVERY_THRESHOLD`` cites.

Run: ``python bench/acts_held_out.py`` (about four minutes on two cores). Prints one line
per threshold.
"""

from __future__ import annotations

import sys

import acts_model as am

from rnkclaims.authoring.extract.acts import model as wired

TRAIN = ["dev", "test", *(f"test{k}" for k in range(2, 98))]
HELD = [f"test{k}" for k in range(98, 122)]


def main() -> int:
    data = {name: am.collect(name) for name in TRAIN + HELD}
    fresh = am.train([r for name in TRAIN for r in data[name]])
    placed = wired()
    held = [r for name in HELD for r in data[name]]
    rules = sum(r["rule"] in r["acts"] for r in held)
    in_place = am._revised(placed, held, placed.threshold)
    print(f"held out: {len(held)} acts in {HELD[0]} .. {HELD[-1]}")
    print(f"rules alone: {rules}; weights in place (at {placed.threshold:g}): {in_place}")
    for threshold in (0.0, 0.5, 0.6, 0.7, 0.8):
        print(f"retrained on {TRAIN[0]} .. {TRAIN[-1]}, at {threshold:g}: "
              f"{am._revised(fresh, held, threshold)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
