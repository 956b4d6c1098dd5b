"""KPI import: match the file's rows to agents, then land the month whole or not at all."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from domain.errors import DomainError
from domain.performance.model import KpiRecord, Metric
from domain.performance.services import _rescore
from domain.ports import UnitOfWork
from domain.roster.importing import ImportRejected, RowError
from domain.roster.model import AgentData

_FIELD = {m: m.value for m in Metric}  # Enum.value is a property: a dict is cheaper on 60,000 rows


@dataclass(frozen=True, slots=True)
class KpiCandidate:
    """One data row: the 工号 and name as written, the month if the row carries one, parsed figures."""

    sheet: str
    row: int
    employee_no: str
    name: str
    month: str | None
    values: dict[Metric, float]


@dataclass(frozen=True, slots=True)
class KpiLine:
    row: int
    agent: AgentData
    record: KpiRecord


@dataclass(frozen=True, slots=True)
class UnknownAgent:
    row: int
    employee_no: str
    name: str


@dataclass
class KpiPlan:
    month: str | None = None
    lines: list[KpiLine] = field(default_factory=list)
    unknown: list[UnknownAgent] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    existing: int = 0  # figures already stored for the month: importing replaces them

    @property
    def ok(self) -> bool:
        return not self.errors and self.month is not None and bool(self.lines)


class MonthAlreadyImported(DomainError):
    code = "kpi_month_exists"

    def __init__(self, month: str, count: int) -> None:
        super().__init__(f"{month}: {count}")
        self.month, self.count = month, count


class UnknownAgentsInFile(DomainError):
    code = "kpi_unknown_agents"

    def __init__(self, unknown: list[UnknownAgent]) -> None:
        super().__init__(", ".join(u.employee_no for u in unknown))
        self.unknown = unknown


def plan_kpi_import(candidates: list[KpiCandidate], agents: list[AgentData], file_month: str | None,
                    month_override: str | None, sheet: str = "") -> KpiPlan:
    """`file_month` comes from the title rows; a row's own 月份 wins over it; `--month` must agree with both."""
    plan = KpiPlan()
    months = {c.month for c in candidates if c.month} | ({file_month} if file_month else set())
    if month_override:
        for c in candidates:
            if c.month and c.month != month_override:
                plan.errors.append(RowError(c.sheet, c.row, "月份", "kpi_month_mismatch", c.month))
        plan.month = month_override
    elif len(months) > 1:
        plan.errors.append(RowError(sheet, 0, "月份", "kpi_mixed_months", "、".join(sorted(months))))
    elif months:
        plan.month = months.pop()
    else:
        plan.errors.append(RowError(sheet, 0, "月份", "kpi_no_month"))
    by_no = {a.employee_no: a for a in agents}
    seen: dict[str, int] = {}
    for c in candidates:
        employee_no = c.employee_no.strip().upper()
        if not employee_no:
            plan.errors.append(RowError(c.sheet, c.row, "工号", "required"))
            continue
        if employee_no in seen:
            plan.errors.append(RowError(c.sheet, c.row, "工号", "duplicate_in_file", employee_no))
            continue
        seen[employee_no] = c.row
        agent = by_no.get(employee_no)
        if agent is None or agent.id is None:
            plan.unknown.append(UnknownAgent(c.row, employee_no, c.name))
            continue
        values = dict(c.values)
        handled, complaints = values.get(Metric.HANDLED), values.get(Metric.COMPLAINTS)
        if Metric.COMPLAINT_RATE not in values and complaints is not None and handled:
            values[Metric.COMPLAINT_RATE] = complaints / handled
        record = KpiRecord(agent.id, plan.month or "", **{_FIELD[m]: v for m, v in values.items()})
        plan.lines.append(KpiLine(c.row, agent, record))
    return plan


def apply_kpi_import(uow: UnitOfWork, plan: KpiPlan, today: date, source: str, *, replace_month: bool = False,
                     skip_unknown: bool = False) -> int:
    """Replace the month's figures and scores in one transaction. Refuses (changing nothing) while the
    plan has errors, unknown agents not explicitly skipped, or a month already there not confirmed."""
    return apply_kpi_imports(uow, [(plan, source)], today, replace_month=replace_month, skip_unknown=skip_unknown)


def apply_kpi_imports(uow: UnitOfWork, plans: list[tuple[KpiPlan, str]], today: date, *,
                      replace_month: bool = False, skip_unknown: bool = False) -> int:
    """Several monthly files (plan, source) in one transaction: every month lands, or none does. A second
    file for a month already in the run counts as that month being there already."""
    for plan, _ in plans:
        if plan.errors or plan.month is None or not plan.lines:
            raise ImportRejected(plan.errors or [RowError("", 0, "", "kpi_nothing_to_import")])
        if plan.unknown and not skip_unknown:
            raise UnknownAgentsInFile(plan.unknown)
    with uow:
        for plan, source in plans:
            month = plan.month or ""
            existing = uow.performance.kpi_count(month)
            if existing and not replace_month:
                raise MonthAlreadyImported(month, existing)
            uow.performance.replace_kpis(month, [line.record for line in plan.lines])
            _rescore(uow, month, today)
            uow.log.record("import_kpi", f"{month} {source}", len(plan.lines))
        uow.commit()
    return sum(len(plan.lines) for plan, _ in plans)
