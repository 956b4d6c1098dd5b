"""The roster's rows: an agent's stored values with the facts derived for a day, made cheaply and worked out
when asked.

The roster page shows ~5,000 active agents and paints about thirty of them. Building a frozen `AgentData`
(each of its 20 fields set through `object.__setattr__`) and every row's stage and generation up front was
more than half of the worker's time on the page's first load, for rows nobody looks at. A `RosterRow` is a
tuple of the stored values as the database hands them (enum codes, ISO dates or dates, 0/1 flags) and the
day: what a filter or a sort reads is converted on each read (a dict lookup), and `agent`, `stage`,
`tenure_days` and `generation` are made the first time they are asked for and kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import Any

from domain.roster.model import (
    AgentData,
    CareerTrack,
    CertLevel,
    Gender,
    Generation,
    LeaveReason,
    Role,
    Status,
    TenureStage,
)
from domain.roster.rules import generation, tenure_days, tenure_stage

# The order of the values a repository hands over (`AgentRepository.roster_values`): AgentData's fields.
AGENT_VALUES = ("id", "employee_no", "name", "gender", "birth_date", "phone", "hometown", "out_of_town", "role",
                "team", "hire_date", "cert_level", "career_track", "status", "leave_date", "leave_reason",
                "leave_voluntary", "notes", "leave_reason_text", "version")
_AT = {name: i for i, name in enumerate(AGENT_VALUES)}
_TODAY = len(AGENT_VALUES)

# Enum(value) goes through EnumMeta.__call__; a dict lookup is ~10× cheaper (the repository reads with these
# too). A StrEnum member hashes as its value, so a row made from an AgentData (members, not codes) finds the
# same entries.
GENDER_OF = {m.value: m for m in Gender}
ROLE_OF = {m.value: m for m in Role}
CERT_OF = {m.value: m for m in CertLevel}
TRACK_OF = {m.value: m for m in CareerTrack}
STATUS_OF = {m.value: m for m in Status}
REASON_OF = {m.value: m for m in LeaveReason}


@lru_cache(maxsize=16_384)  # a few thousand distinct days; one object each
def _iso_day(text: str) -> date:
    return date.fromisoformat(text)


def _day(value: str | date | None) -> date | None:
    """SQLite hands dates back as ISO text, a server's driver as dates."""
    return value if value is None or isinstance(value, date) else _iso_day(value)


def _text(name: str) -> property:
    at = _AT[name]
    return property(lambda row: row[at] or "")


def _code(name: str, members: dict[str, Any]) -> property:
    at = _AT[name]
    return property(lambda row: members[row[at]] if row[at] else None)


def _date(name: str) -> property:
    at = _AT[name]
    return property(lambda row: _day(row[at]))


class RosterRow(tuple[Any, ...]):  # the stored values in AGENT_VALUES order, then the day
    """An agent as a table, filter or export shows them on `today`: the agent's fields read directly
    (`row.name`, `row.status`, …), the whole `AgentData` as `row.agent`, and the derived `stage`,
    `tenure_days` and `generation`. Two rows are equal when these four are."""

    id = property(itemgetter(_AT["id"]))
    employee_no = property(itemgetter(_AT["employee_no"]))
    name = property(itemgetter(_AT["name"]))
    team = property(itemgetter(_AT["team"]))
    phone = _text("phone")
    hometown = _text("hometown")
    notes = _text("notes")
    leave_reason_text = _text("leave_reason_text")
    leave_reason = _code("leave_reason", REASON_OF)
    birth_date = _date("birth_date")
    leave_date = _date("leave_date")
    today = property(itemgetter(_TODAY))

    @property
    def gender(self) -> Gender | None:
        gender = self[3]
        return GENDER_OF.get(gender) if gender else None

    @property
    def role(self) -> Role:
        return ROLE_OF[self[8]]

    @property
    def cert_level(self) -> CertLevel:
        return CERT_OF[self[11]]

    @property
    def career_track(self) -> CareerTrack:
        return TRACK_OF[self[12]]

    @property
    def status(self) -> Status:
        return STATUS_OF[self[13]]

    @property
    def hire_date(self) -> date:
        return _iso_day(self[10]) if isinstance(self[10], str) else self[10]

    @property
    def out_of_town(self) -> bool:
        return bool(self[7])

    @property
    def leave_voluntary(self) -> bool | None:
        voluntary = self[16]
        return None if voluntary is None else bool(voluntary)

    @property
    def version(self) -> int:
        return self[19] or 0

    @cached_property
    def agent(self) -> AgentData:
        return AgentData(
            id=self.id, employee_no=self.employee_no, name=self.name, gender=self.gender,
            birth_date=self.birth_date, phone=self.phone, hometown=self.hometown, out_of_town=self.out_of_town,
            role=self.role, team=self.team, hire_date=self.hire_date, cert_level=self.cert_level,
            career_track=self.career_track, status=self.status, leave_date=self.leave_date,
            leave_reason=self.leave_reason, leave_voluntary=self.leave_voluntary, notes=self.notes,
            leave_reason_text=self.leave_reason_text, version=self.version)

    @cached_property
    def stage(self) -> TenureStage:
        """A leaver's stage stops at their leave date: someone who left after two months stays 新人."""
        today, leave_date = self[_TODAY], self.leave_date
        return tenure_stage(self.hire_date, leave_date if leave_date is not None and leave_date < today else today)

    @cached_property
    def tenure_days(self) -> int:
        return tenure_days(self.hire_date, self[_TODAY], self.leave_date)

    @cached_property
    def generation(self) -> Generation | None:
        return generation(self.birth_date)

    def _facts(self) -> tuple[AgentData, TenureStage, int, Generation | None]:
        return self.agent, self.stage, self.tenure_days, self.generation

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RosterRow):
            return NotImplemented
        return self._facts() == other._facts()

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(self._facts())

    def __repr__(self) -> str:
        return f"RosterRow(agent={self.agent!r}, stage={self.stage!r}, tenure_days={self.tenure_days!r}, " \
               f"generation={self.generation!r})"


def rows_from_values(values: Sequence[Sequence[Any]], today: date) -> list[RosterRow]:
    """Rows from stored values in AGENT_VALUES order (what `AgentRepository.roster_values` returns)."""
    return [RosterRow((*v, today)) for v in values]


def row_of(agent: AgentData, today: date) -> RosterRow:
    """The row of an agent already read as an `AgentData` (one edited agent, the agent page)."""
    row = RosterRow((*(getattr(agent, name) for name in AGENT_VALUES), today))
    row.__dict__["agent"] = agent  # what cached_property would keep: the very record given
    return row
