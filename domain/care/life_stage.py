"""Life-stage flags (孕期, 哺乳期, 外地单身): the seeds manage these agents differently — shifts, leave,
someone checking in. Which flags an agent carries, since when and the note are sealed with the care key;
only "this agent has a flag, review their shifts by <date>" is in the clear, so 本周待办 can remind while
locked without saying why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from domain.care.crypto import CareKey
from domain.care.errors import CareLocked, DamagedRecord, KeyOutdated
from domain.errors import NotFound, ValidationFailed
from domain.ports import UnitOfWork
from domain.roster.rules import FieldError

if TYPE_CHECKING:
    from domain.this_week import TodoItem

TABLE = "life_stage_flags"
FIELD = "flags"
NOTE_CHARS = 500
REVIEW_EVERY = timedelta(days=30)  # a pregnancy or a first month in a strange city changes quickly


class LifeStage(StrEnum):
    PREGNANT = "pregnant"  # 孕期
    NURSING = "nursing"  # 哺乳期
    SINGLE_AWAY = "single_away"  # 外地单身


@dataclass(frozen=True, slots=True)
class LifeStageFlags:
    stages: tuple[LifeStage, ...]
    since: date
    note: str = ""


@dataclass(frozen=True, slots=True)
class SealedFlags:
    id: int
    agent_id: int
    review_on: date
    sealed: bytes
    agent_name: str = ""


def to_text(flags: LifeStageFlags) -> str:
    return json.dumps({"stages": [s.value for s in flags.stages], "since": flags.since.isoformat(),
                       "note": flags.note}, ensure_ascii=False)


def from_text(text: str) -> LifeStageFlags:
    raw = json.loads(text)
    return LifeStageFlags(tuple(LifeStage(s) for s in raw["stages"]), date.fromisoformat(raw["since"]), raw["note"])


def validate(flags: LifeStageFlags, review_on: date, today: date) -> list[FieldError]:
    errors = []
    if flags.since > today:
        errors.append(FieldError("since", "care_day_in_future", flags.since.isoformat()))
    if review_on < flags.since:
        errors.append(FieldError("review_on", "care_follow_up_before_day", review_on.isoformat()))
    if len(flags.note) > NOTE_CHARS:
        errors.append(FieldError("note", "too_long"))
    return errors


def _require(uow: UnitOfWork, key: CareKey | None) -> CareKey:
    if key is None:
        raise CareLocked()
    keyring = uow.care.keyring()
    if keyring is None or keyring.version != key.version:
        raise KeyOutdated()
    return key


def set_flags(uow: UnitOfWork, key: CareKey | None, agent_id: int, flags: LifeStageFlags, review_on: date,
              today: date) -> None:
    """No stages left clears the agent's flags (the row goes: nothing sensitive lingers)."""
    flags = LifeStageFlags(tuple(dict.fromkeys(flags.stages)), flags.since, flags.note.strip())
    if flags.stages:
        errors = validate(flags, review_on, today)
        if errors:
            raise ValidationFailed(errors)
    with uow:
        key = _require(uow, key)
        if uow.agents.get(agent_id) is None:
            raise NotFound(agent_id)
        if not flags.stages:
            uow.wellbeing.remove_life_stage(agent_id)
        else:
            row_id = uow.wellbeing.life_stage_row(agent_id, review_on)
            uow.wellbeing.seal_life_stage(row_id, key.seal_text(TABLE, row_id, agent_id, FIELD, to_text(flags)))
        uow.commit()


def flags_of(uow: UnitOfWork, key: CareKey | None, agent_id: int) -> tuple[LifeStageFlags | None, date | None]:
    """(flags, next review) — flags None while locked (the review date alone says only "has a flag")."""
    with uow:
        row = uow.wellbeing.life_stage(agent_id)
        if row is None:
            return None, None
        if key is None:
            return None, row.review_on
        key = _require(uow, key)
    try:
        return from_text(key.open_text(TABLE, row.id, row.agent_id, FIELD, row.sealed)), row.review_on
    except (ValueError, KeyError):
        raise DamagedRecord(row.id) from None


def reseal_all(uow: UnitOfWork, old: CareKey, new: CareKey) -> tuple[int, int]:
    """Inside change_passphrase's unit of work: every flag re-sealed under the new key. (done, damaged)."""
    done = damaged = 0
    for row in uow.wellbeing.life_stages(active_only=False):  # a leaver's flags must stay readable too
        try:
            text = old.open_text(TABLE, row.id, row.agent_id, FIELD, row.sealed)
        except DamagedRecord:
            damaged += 1
            continue
        uow.wellbeing.seal_life_stage(row.id, new.seal_text(TABLE, row.id, row.agent_id, FIELD, text))
        done += 1
    return done, damaged


def shift_review_todos(uow: UnitOfWork, today: date) -> list[TodoItem]:
    """本周待办: "review shifts" for active agents whose flags are due a review — no word of which flag."""
    from domain.care.reminders import AHEAD, AREA, Reminder, enabled
    from domain.this_week import TodoItem

    if not enabled(uow.settings, Reminder.LIFE_STAGE):
        return []
    return [TodoItem(r.review_on, AREA, "shift_review", r.agent_id, r.agent_name, "", r.id)
            for r in uow.wellbeing.life_stages() if r.review_on <= today + AHEAD]


def next_review(today: date) -> date:
    return today + REVIEW_EVERY


