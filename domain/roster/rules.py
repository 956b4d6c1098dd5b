"""Pure roster rules: tenure, cohorts and field validation. `today` is always passed in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from domain.roster.model import AgentData, Generation, Status, TenureStage

PHONE_RE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")
EMPLOYEE_NO_RE = re.compile(r"^[A-Za-z0-9_-]{1,20}$")


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    # Every month has a 28th, so only a later day asks how long the month is (the roster asks ~5,000 times).
    if day.day <= 28:
        return date(year, month, day.day)
    return date(year, month, min(day.day, _days_in_month(year, month)))


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def tenure_days(hire_date: date, today: date, leave_date: date | None = None) -> int:
    end = leave_date if leave_date is not None and leave_date < today else today
    return max(0, (end - hire_date).days)


@lru_cache(maxsize=16384)  # thousands of agents share a few hundred hire dates
def tenure_stage(hire_date: date, today: date) -> TenureStage:
    if today < add_months(hire_date, 3):
        return TenureStage.NEW
    if today <= add_months(hire_date, 12):
        return TenureStage.GROWING
    return TenureStage.EXPERT


def generation(birth_date: date | None) -> Generation | None:
    if birth_date is None:
        return None
    year = birth_date.year
    if year < 1980:
        return Generation.BEFORE_80
    if year < 1990:
        return Generation.POST_80
    if year < 1995:
        return Generation.POST_90
    if year < 2000:
        return Generation.POST_95
    return Generation.POST_00


# The birth years each generation covers, both ends inclusive; None: open-ended. `generation` above is the rule,
# this is its inverse for filters that run in SQL.
GENERATION_YEARS: dict[Generation, tuple[int | None, int | None]] = {
    Generation.BEFORE_80: (None, 1979),
    Generation.POST_80: (1980, 1989),
    Generation.POST_90: (1990, 1994),
    Generation.POST_95: (1995, 1999),
    Generation.POST_00: (2000, None),
}


@dataclass(frozen=True, slots=True)
class FieldError:
    """A problem with one field; `code` is translated by the UI (or the CLI) into words."""

    field: str
    code: str
    value: str = ""


def validate_agent(agent: AgentData, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not agent.employee_no.strip():
        errors.append(FieldError("employee_no", "required"))
    elif not EMPLOYEE_NO_RE.match(agent.employee_no):
        errors.append(FieldError("employee_no", "employee_no_shape", agent.employee_no))
    if not agent.name.strip():
        errors.append(FieldError("name", "required"))
    elif len(agent.name) > 40:
        errors.append(FieldError("name", "too_long", agent.name))
    if not agent.team.strip():
        errors.append(FieldError("team", "required"))
    if agent.hire_date > today:
        errors.append(FieldError("hire_date", "hire_in_future", agent.hire_date.isoformat()))
    if agent.birth_date is not None:
        age_at_hire = (agent.hire_date - agent.birth_date).days / 365.25
        if age_at_hire < 16 or age_at_hire > 70:
            errors.append(FieldError("birth_date", "implausible_age", agent.birth_date.isoformat()))
    if agent.phone and not PHONE_RE.match(agent.phone):
        errors.append(FieldError("phone", "phone_shape", agent.phone))
    if agent.status is Status.LEFT:
        if agent.leave_date is None:
            errors.append(FieldError("leave_date", "required"))
        elif agent.leave_date < agent.hire_date:
            errors.append(FieldError("leave_date", "leave_before_hire", agent.leave_date.isoformat()))
        elif agent.leave_date > today:
            errors.append(FieldError("leave_date", "leave_in_future", agent.leave_date.isoformat()))
        if agent.leave_reason is None:
            errors.append(FieldError("leave_reason", "required"))
    return errors
