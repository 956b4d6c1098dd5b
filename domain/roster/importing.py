"""Roster import: compare what a file says with the roster, then land it whole or not at all."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date

from domain.errors import DomainError
from domain.ports import UnitOfWork
from domain.roster.model import AgentData, Role, Status
from domain.roster.rules import validate_agent
from domain.roster.services import normalise, save_changes

AGENT_FIELDS = {f.name for f in fields(AgentData)} - {"id", "version"}
REQUIRED_FOR_NEW = ("employee_no", "name", "role", "team", "hire_date")


@dataclass(frozen=True, slots=True)
class RowError:
    sheet: str
    row: int  # 1-based, as Excel shows it
    column: str  # the header text (or letter) the supervisor sees in the file
    code: str
    value: str = ""


@dataclass(frozen=True, slots=True)
class ImportCandidate:
    """One data row of the file: only the fields the file has a column for."""

    sheet: str
    row: int
    values: dict[str, object]
    columns: dict[str, str]  # field -> header text, for error messages


@dataclass(frozen=True, slots=True)
class Change:
    before: AgentData
    after: AgentData
    fields: tuple[str, ...]


@dataclass
class ImportPlan:
    new: list[AgentData] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    unchanged: list[AgentData] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.new or self.changed or self.unchanged)


class ImportRejected(DomainError):
    code = "import_rejected"

    def __init__(self, errors: list[RowError]) -> None:
        super().__init__(f"{len(errors)} errors")
        self.errors = errors


def _new_agent(values: dict[str, object]) -> AgentData:
    base = dict(values)
    base.setdefault("status", Status.LEFT if base.get("leave_date") else Status.ACTIVE)
    return AgentData(**base)  # type: ignore[arg-type]


def plan_import(candidates: list[ImportCandidate], existing: list[AgentData], today: date) -> ImportPlan:
    plan = ImportPlan()
    by_no = {a.employee_no: a for a in existing}
    seen: dict[str, int] = {}
    for cand in candidates:
        def err(field_name: str, code: str, value: object = "", cand: ImportCandidate = cand) -> None:
            column = cand.columns.get(field_name, field_name)
            text = "" if value is None else str(value)
            text = text if len(text) <= 40 else text[:40] + f"…(+{len(text) - 40})"  # a 1 MB cell stays short
            plan.errors.append(RowError(cand.sheet, cand.row, column, code, text))

        employee_no = str(cand.values.get("employee_no") or "").strip().upper()
        if not employee_no:
            err("employee_no", "required")
            continue
        if employee_no in seen:
            err("employee_no", "duplicate_in_file", employee_no)  # a value, not words: no English in it
            continue
        seen[employee_no] = cand.row
        values = {k: v for k, v in cand.values.items() if k in AGENT_FIELDS}
        values["employee_no"] = employee_no
        before = by_no.get(employee_no)
        if before is None:
            missing = [f for f in REQUIRED_FOR_NEW if values.get(f) in (None, "")]
            for name in missing:
                err(name, "required")
            if missing:
                continue
            values.setdefault("role", Role.HOTLINE)
            after = normalise(_new_agent(values))
        else:
            if values.get("leave_date") and "status" not in values:
                values["status"] = Status.LEFT
            after = normalise(replace(before, **values))  # type: ignore[arg-type]
        problems = validate_agent(after, today)
        for problem in problems:
            err(problem.field, problem.code, problem.value)
        if problems:
            continue
        if before is None:
            plan.new.append(after)
        else:
            changed = tuple(f for f in sorted(AGENT_FIELDS) if getattr(before, f) != getattr(after, f))
            if changed:
                plan.changed.append(Change(before, after, changed))
            else:
                plan.unchanged.append(before)
    return plan


def apply_import(uow: UnitOfWork, plan: ImportPlan, today: date, source: str) -> tuple[int, int]:
    """Write the plan in one transaction; any error in the plan rejects the whole file."""
    if plan.errors:
        raise ImportRejected(plan.errors)
    with uow:
        for agent in plan.new:
            if uow.agents.by_employee_no(agent.employee_no) is not None:
                raise ImportRejected([RowError("", 0, "employee_no", "duplicate_employee_no", agent.employee_no)])
        uow.agents.add_many(plan.new)
        for change in plan.changed:
            current = uow.agents.get(change.before.saved_id)
            if current != change.before:  # somebody edited the agent after the preview was made
                raise ImportRejected([RowError("", 0, "employee_no", "changed_since_preview",
                                               change.before.employee_no)])
            save_changes(uow, change.before, change.after, today)
        uow.log.record("import_roster", source, len(plan.new) + len(plan.changed))
        uow.commit()
    return len(plan.new), len(plan.changed)
