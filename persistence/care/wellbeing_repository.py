"""Reads and writes for care beyond records: 1:1 moods (read from coaching's table, never written here),
buddy pairs and their check-ins, exit interviews and life-stage flags. Core selects, domain dataclasses out."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from domain.care.buddy import BuddyCheckIn, BuddyPair
from domain.care.exit_interview import Answer, Destination, ExitInterview
from domain.care.life_stage import SealedFlags
from domain.care.mood import MoodPoint
from domain.care.recognition import Award, AwardKind, Praise, PraiseChannel
from domain.roster.model import LeaveReason
from persistence.care.models import (
    AwardRow,
    BuddyCheckInRow,
    BuddyPairRow,
    ExitInterviewRow,
    LifeStageRow,
    PraiseRow,
    RehireLinkRow,
)
from persistence.coaching.models import CoachingSessionRecord
from persistence.db import new_id
from persistence.models import AgentRow
from persistence.portable import upsert

ONE_ON_ONE = "one_on_one"
_sessions = CoachingSessionRecord.__table__
_agents = AgentRow.__table__
_pairs = BuddyPairRow.__table__
_check_ins = BuddyCheckInRow.__table__
_awards = AwardRow.__table__
_praises = PraiseRow.__table__
_exits = ExitInterviewRow.__table__
_stages = LifeStageRow.__table__
_rehires = RehireLinkRow.__table__


class _WellbeingReads:
    def __init__(self, session: Session) -> None:
        self._s = session

    def moods_of_agent(self, agent_id: int) -> list[MoodPoint]:
        rows = self._s.execute(
            select(_sessions.c.held_on, _sessions.c.mood)
            .where(_sessions.c.agent_id == agent_id, _sessions.c.kind == ONE_ON_ONE, _sessions.c.mood.is_not(None))
            .order_by(_sessions.c.held_on, _sessions.c.id))
        return [MoodPoint(r.held_on, r.mood) for r in rows]

    def team_moods(self, first: date, last: date, team: str | None = None) -> list[MoodPoint]:
        """Every 1:1 mood in the period (optionally one team's): days and numbers only."""
        query = (select(_sessions.c.held_on, _sessions.c.mood)
                 .where(_sessions.c.kind == ONE_ON_ONE, _sessions.c.mood.is_not(None),
                        _sessions.c.held_on >= first, _sessions.c.held_on <= last))
        if team:
            query = query.join(_agents, _agents.c.id == _sessions.c.agent_id).where(_agents.c.team == team)
        return [MoodPoint(r.held_on, r.mood) for r in self._s.execute(query)]

    def recent_moods(self, as_of: date, count: int = 3) -> dict[int, tuple[int, ...]]:
        """Each agent's last `count` 1:1 moods on or before `as_of`, oldest first — the risk rule's input,
        and replayable for the back-test (only 1:1s held by then count)."""
        rows = self._s.execute(
            select(_sessions.c.agent_id, _sessions.c.mood)
            .where(_sessions.c.kind == ONE_ON_ONE, _sessions.c.mood.is_not(None), _sessions.c.held_on <= as_of)
            .order_by(_sessions.c.agent_id, _sessions.c.held_on, _sessions.c.id))
        moods: dict[int, list[int]] = {}
        for r in rows:
            moods.setdefault(r.agent_id, []).append(r.mood)
        return {agent_id: tuple(values[-count:]) for agent_id, values in moods.items()}

    # --- buddies ----------------------------------------------------------------------------
    def add_buddy_pair(self, pair: BuddyPair) -> int:
        result = self._s.execute(insert(_pairs).values(agent_id=pair.agent_id, buddy_id=pair.buddy_id,
                                                       start_date=pair.start_date, end_date=pair.end_date,
                                                       note=pair.note))
        return new_id(result)

    def end_buddy_pair(self, pair_id: int, end: date) -> None:
        self._s.execute(update(_pairs).where(_pairs.c.id == pair_id).values(end_date=end))

    def active_buddy_of(self, agent_id: int) -> BuddyPair | None:
        r = self._s.execute(select(_pairs).where(_pairs.c.agent_id == agent_id, _pairs.c.end_date.is_(None))
                            .order_by(_pairs.c.id.desc())).first()
        return _pair(r) if r else None

    def active_buddy_counts(self) -> dict[int, int]:
        rows = self._s.execute(select(_pairs.c.buddy_id, func.count().label("n"))
                               .where(_pairs.c.end_date.is_(None)).group_by(_pairs.c.buddy_id))
        return {r.buddy_id: int(r.n) for r in rows}

    def buddy_pairs_of(self, agent_id: int) -> list[BuddyPair]:
        rows = self._s.execute(select(_pairs).where(or_(_pairs.c.agent_id == agent_id, _pairs.c.buddy_id == agent_id))
                               .order_by(_pairs.c.start_date, _pairs.c.id))
        return [_pair(r) for r in rows]

    def add_buddy_check_in(self, check_in: BuddyCheckIn) -> int:
        result = self._s.execute(insert(_check_ins).values(pair_id=check_in.pair_id, day=check_in.day,
                                                           went_well=check_in.went_well, note=check_in.note))
        return new_id(result)

    def buddy_check_ins(self, pair_id: int) -> list[BuddyCheckIn]:
        rows = self._s.execute(select(_check_ins).where(_check_ins.c.pair_id == pair_id)
                               .order_by(_check_ins.c.day, _check_ins.c.id))
        return [BuddyCheckIn(r.pair_id, r.day, r.went_well, r.note, r.id) for r in rows]


def _pair(r: object) -> BuddyPair:
    return BuddyPair(r.id, r.agent_id, r.buddy_id, r.start_date, r.end_date, r.note)  # type: ignore[attr-defined]


class _RecognitionReads:
    """Awards and praise (mixed into the wellbeing repository below)."""

    _s: Session

    def add_award(self, award: Award) -> int:
        result = self._s.execute(insert(_awards).values(agent_id=award.agent_id, day=award.day,
                                                        kind=award.kind.value, custom_name=award.custom_name,
                                                        note=award.note))
        return new_id(result)

    def add_praise(self, praise: Praise) -> int:
        result = self._s.execute(insert(_praises).values(agent_id=praise.agent_id, day=praise.day,
                                                         channel=praise.channel.value, words=praise.words))
        return new_id(result)

    def awards(self, agent_id: int) -> list[Award]:
        rows = self._s.execute(select(_awards).where(_awards.c.agent_id == agent_id).order_by(_awards.c.day))
        return [_award(r) for r in rows]

    def praises(self, agent_id: int) -> list[Praise]:
        rows = self._s.execute(select(_praises).where(_praises.c.agent_id == agent_id).order_by(_praises.c.day))
        return [_praise(r) for r in rows]

    def awards_between(self, first: date, last: date) -> list[Award]:
        rows = self._s.execute(select(_awards).where(_awards.c.day >= first, _awards.c.day <= last))
        return [_award(r) for r in rows]

    def praises_between(self, first: date, last: date) -> list[Praise]:
        rows = self._s.execute(select(_praises).where(_praises.c.day >= first, _praises.c.day <= last))
        return [_praise(r) for r in rows]

    def custom_award_names(self) -> list[str]:
        rows = self._s.execute(select(_awards.c.custom_name).where(_awards.c.kind == AwardKind.CUSTOM.value)
                               .group_by(_awards.c.custom_name).order_by(func.max(_awards.c.day).desc()))
        return [r.custom_name for r in rows]


def _award(r: object) -> Award:
    return Award(r.agent_id, r.day, AwardKind(r.kind), r.custom_name, r.note, r.id)  # type: ignore[attr-defined]


def _praise(r: object) -> Praise:
    return Praise(r.agent_id, r.day, PraiseChannel(r.channel), r.words, r.id)  # type: ignore[attr-defined]


class _ExitReads:
    _s: Session

    def save_exit_interview(self, interview: ExitInterview) -> int:
        values = {"reason": interview.reason.value, "own_words": interview.own_words,
                  "destination": interview.destination.value, "destination_note": interview.destination_note,
                  "would_rehire": interview.would_rehire.value, "would_return": interview.would_return.value}
        stmt = upsert(self._s)(_exits).values(agent_id=interview.agent_id, leave_date=interview.leave_date, **values)
        self._s.execute(stmt.on_conflict_do_update(index_elements=["agent_id", "leave_date"], set_=values))
        return int(self._s.execute(select(_exits.c.id).where(_exits.c.agent_id == interview.agent_id,
                                                             _exits.c.leave_date == interview.leave_date)).scalar_one())

    def exit_interviews(self, agent_id: int) -> list[ExitInterview]:
        rows = self._s.execute(select(_exits).where(_exits.c.agent_id == agent_id).order_by(_exits.c.leave_date))
        return [_exit(r) for r in rows]

    def exit_interviews_between(self, first: date, last: date) -> list[ExitInterview]:
        rows = self._s.execute(select(_exits).where(_exits.c.leave_date >= first, _exits.c.leave_date <= last))
        return [_exit(r) for r in rows]


def _exit(r: object) -> ExitInterview:
    return ExitInterview(r.agent_id, r.leave_date, LeaveReason(r.reason), r.own_words,  # type: ignore[attr-defined]
                         Destination(r.destination), r.destination_note,  # type: ignore[attr-defined]
                         Answer(r.would_rehire), Answer(r.would_return), r.id)  # type: ignore[attr-defined]


class _LifeStageReads:
    _s: Session

    def life_stage_row(self, agent_id: int, review_on: date) -> int:
        """The agent's row (made if missing, sealed empty until `seal_life_stage`: the id is part of the AAD)."""
        stmt = upsert(self._s)(_stages).values(agent_id=agent_id, review_on=review_on, flags=b"")
        self._s.execute(stmt.on_conflict_do_update(index_elements=["agent_id"], set_={"review_on": review_on}))
        return int(self._s.execute(select(_stages.c.id).where(_stages.c.agent_id == agent_id)).scalar_one())

    def seal_life_stage(self, row_id: int, sealed: bytes) -> None:
        self._s.execute(update(_stages).where(_stages.c.id == row_id).values(flags=sealed))

    def remove_life_stage(self, agent_id: int) -> None:
        self._s.execute(delete(_stages).where(_stages.c.agent_id == agent_id))

    def life_stage(self, agent_id: int) -> SealedFlags | None:
        r = self._s.execute(_stage_select().where(_stages.c.agent_id == agent_id)).first()
        return _stage(r) if r else None

    def life_stages(self, active_only: bool = True) -> list[SealedFlags]:
        """Active agents' rows for reminders (a leaver's shifts need no review); every row for re-keying."""
        query = _stage_select().order_by(_stages.c.review_on)
        if active_only:
            query = query.where(_agents.c.status == "active")
        return [_stage(r) for r in self._s.execute(query)]


def _stage_select() -> Select[Any]:
    return select(_stages, _agents.c.name).join(_agents, _agents.c.id == _stages.c.agent_id)


def _stage(r: object) -> SealedFlags:
    return SealedFlags(r.id, r.agent_id, r.review_on, r.flags, r.name)  # type: ignore[attr-defined]


class _RehireReads:
    _s: Session

    def link_rehire(self, agent_id: int, earlier_id: int) -> None:
        stmt = upsert(self._s)(_rehires).values(agent_id=agent_id, earlier_id=earlier_id)
        self._s.execute(stmt.on_conflict_do_update(index_elements=["agent_id"], set_={"earlier_id": earlier_id}))

    def earlier_record(self, agent_id: int) -> int | None:
        return self._s.execute(select(_rehires.c.earlier_id).where(_rehires.c.agent_id == agent_id)).scalar()

    def rehired_ids(self) -> list[int]:
        return list(self._s.execute(select(_rehires.c.agent_id)).scalars())


class SqlWellbeingRepository(_WellbeingReads, _RecognitionReads, _ExitReads, _LifeStageReads, _RehireReads):
    pass
