"""What a bundle may not do silently (pure functions over versions; see store/exchange.py).

Last-writer-wins trusts what a bundle says about itself: its clocks and the histories it
claims. A forged bundle could so delete or replace everything with zero conflicts, or move
a block into a draft of its own. An incoming version that would take the place of a local
one is therefore *held back* - the local version stays, both are kept as a conflict for a
person to confirm (keep theirs) or reject (keep mine) - when:

- `owner`: it moves the row to another owner (a block or a review note to another draft,
  an annotation to another contribution, a language version to another original);
- `unshared`: it claims to supersede a local edit that never left this laptop in a bundle
  (no genuine peer can have seen it; a bundle naming this store as its origin is no
  exception: the origin is only what the bundle says);
- `mass`: the bundle deletes or replaces more than a small share of this laptop's own rows
  (more than `MASS_SHARE` of them, and more than `MASS_MIN`): all of those are held back together.

Only rows whose version in place was made here count as "own": what other laptops sent
may be replaced by what they send later, as before.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from cwgi_desktop.core.exchange.merge import Outcome, Version, merge_version
from cwgi_desktop.core.exchange.rows import content

Reason = Literal["edited", "owner", "mass", "unshared"]
HELD_BACK: tuple[Reason, ...] = ("owner", "mass", "unshared")
OWNER_FIELDS: dict[str, str] = {"block": "draft_id", "annotation": "contribution_id",
                                 "review_note": "draft_id", "language_version": "original_id"}
MASS_SHARE = 0.10
MASS_MIN = 2


@dataclass(frozen=True)
class Local:
    """What the store knows of the version in place: made here, and sent out since."""

    local: bool = False
    shared: bool = True


# What is known of a row with no version in place (one instance: a frozen dataclass made
# per row costs a microsecond, and a bundle brings tens of thousands).
_UNKNOWN = Local()


def takes_place(outcome: Outcome, theirs: Version) -> bool:
    """Whether merging puts the incoming version in place of the local one."""
    return outcome.stored is not None and outcome.stored.digest == theirs.digest


def owner_changed(kind: str, mine: Version, theirs: Version) -> bool:
    field = OWNER_FIELDS.get(kind)
    return field is not None and mine.payload[field] != theirs.payload[field]


def claims_unshared(mine: Version, theirs: Version, state: Local) -> bool:
    """It says it supersedes an edit of ours nobody else can have seen."""
    return (state.local and not state.shared and theirs.digest != mine.digest
            and theirs.knows(mine.digest))


def destructive(kind: str, mine: Version, theirs: Version, state: Local) -> bool:
    """It deletes or rewrites a live row of this laptop's own."""
    if not state.local or mine.payload.get("deleted"):
        return False
    return bool(theirs.payload.get("deleted")) or content(kind, mine.payload) != content(
        kind, theirs.payload)


def mass_limit(own_rows: int) -> int:
    """How many own rows one bundle may delete or replace before all are held back."""
    return max(MASS_MIN, math.ceil(MASS_SHARE * own_rows))


def single_reason(kind: str, mine: Version | None, theirs: Version, outcome: Outcome,
                  state: Local) -> Reason | None:
    """The reason to hold this one version back, judged on its own (None: merge it)."""
    if mine is None or not takes_place(outcome, theirs):
        return None
    if owner_changed(kind, mine, theirs):
        return "owner"
    if claims_unshared(mine, theirs, state):
        return "unshared"
    return None


@dataclass
class Step:
    """One incoming version, what merging it would do, and why it is held back (if so)."""

    kind: str
    mine: Version | None
    theirs: Version
    outcome: Outcome
    reason: Reason | None = None


def plan(incoming: Iterable[tuple[str, Version]],
         versions: Mapping[str, Mapping[str, Version]],
         origins: Mapping[tuple[str, str], Local]) -> list[Step]:
    """Merge every incoming version (`merge_version`) and mark those to hold back."""
    steps: list[Step] = []
    for kind, theirs in incoming:
        rid = theirs.payload["id"]
        mine = versions[kind].get(rid)
        outcome = merge_version(kind, mine, theirs)
        steps.append(Step(kind, mine, theirs, outcome, single_reason(
            kind, mine, theirs, outcome, origins.get((kind, rid), _UNKNOWN))))
    ruinous = [s for s in steps if s.reason is None and s.mine is not None
               and takes_place(s.outcome, s.theirs)
               and destructive(s.kind, s.mine, s.theirs,
                               origins.get((s.kind, s.theirs.payload["id"]), _UNKNOWN))]
    # The own rows are counted only when the limit could be passed (it is never below
    # MASS_MIN): a pass over every row per bundle is what made a catch-up quadratic.
    if len(ruinous) > MASS_MIN and len(ruinous) > mass_limit(sum(
            1 for (kind, rid), state in origins.items() if state.local
            and rid in versions.get(kind, {})
            and not versions[kind][rid].payload.get("deleted"))):
        for step in ruinous:
            step.reason = "mass"
    return steps


def touches_existing(step: Step) -> bool:
    """Whether the step changes a row already here (then a safety copy comes first)."""
    return step.reason is not None or (
        step.mine is not None and takes_place(step.outcome, step.theirs)
        and step.mine.digest != step.theirs.digest)


def already_held(step: Step, pending: Iterable[tuple[str, str, str]]) -> bool:
    """Whether this very pair (mine, theirs) already waits as an open conflict.

    The version kept in place does not absorb the held-back one into its history: that
    would make two versions each claim to supersede the other, and laptops receiving
    them in different orders would disagree. The open conflict is the record instead."""
    return step.mine is not None and any(
        mine == step.mine.digest and theirs == step.theirs.digest for _, mine, theirs in pending)
