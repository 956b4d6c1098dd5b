"""KPI import: match the file's rows to agents, then land the month whole or not at all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from domain.errors import DomainError
from domain.performance.model import KpiRecord, Metric
from domain.performance.months import first_day, last_day, month_of
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


@dataclass(frozen=True, slots=True)
class OutOfTenure:
    """A row for an agent who had left before the month's first day, or was hired after its last."""

    row: int
    agent: AgentData


@dataclass
class KpiPlan:
    month: str | None = None
    lines: list[KpiLine] = field(default_factory=list)
    unknown: list[UnknownAgent] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    existing: int = 0  # figures already stored for the month: importing replaces them
    out_of_tenure: list[OutOfTenure] = field(default_factory=list)  # refused unless the supervisor confirms
    implausible: list[RowError] = field(default_factory=list)  # column = the metric; refused unless confirmed

    @property
    def ok(self) -> bool:
        return not self.errors and self.month is not None and bool(self.lines)


class MonthAlreadyImported(DomainError):
    code = "kpi_month_exists"

    def __init__(self, month: str, count: int) -> None:
        super().__init__(f"{month}: {count}")
        self.month, self.count = month, count


class NeedsConfirmation(DomainError):
    """Rows the supervisor must confirm before they land: out of tenure, or implausible figures."""

    code = "kpi_needs_confirmation"

    def __init__(self, out_of_tenure: list[OutOfTenure], implausible: list[RowError]) -> None:
        super().__init__(f"{len(out_of_tenure)} out of tenure, {len(implausible)} implausible")
        self.out_of_tenure, self.implausible = out_of_tenure, implausible


MAX_HANDLE_SECONDS = 4 * 3600
MAX_CONTACTS = 100_000  # a month of one agent's contacts; more is a unit or export fault
_FRACTIONS = frozenset({Metric.CSAT, Metric.FCR, Metric.COMPLAINT_RATE, Metric.ADHERENCE, Metric.ANSWER_RATE})
_DURATIONS = frozenset({Metric.AHT, Metric.RESPONSE})
_CONTACTS = frozenset({Metric.HANDLED, Metric.INBOUND})


# The most a figure can plausibly be, per metric (the branches below); a row within every limit, with no
# complaints over contacts and no answers over calls offered, has nothing to report: almost every row.
_MOST = {**{m: 1.0 for m in _FRACTIONS}, **{m: float(MAX_HANDLE_SECONDS) for m in _DURATIONS},
         **{m: float(MAX_CONTACTS) for m in _CONTACTS}}
_NO_LIMIT = float("inf")


def implausible_values(row: int, values: dict[Metric, float], sheet: str = "") -> list[RowError]:
    """Figures that read fine but cannot be true of one agent's month."""
    most = _MOST.get
    for metric, value in values.items():
        if value < 0 or value > most(metric, _NO_LIMIT):
            break
    else:
        handled, complaints = values.get(Metric.HANDLED), values.get(Metric.COMPLAINTS)
        inbound = values.get(Metric.INBOUND)
        if not (handled is not None and complaints is not None and complaints > handled >= 0) and not (
                handled is not None and inbound is not None and handled > inbound >= 0):
            return []
    found = []
    for metric, value in values.items():
        # The value tests first: almost every figure passes them all, and the sets are disjoint, so the order
        # of the two tests of a branch does not change which branch a figure takes (60k rows a year).
        if value < 0:
            found.append(RowError(sheet, row, metric.value, "kpi_negative", f"{value:g}"))
        elif value > 1 and metric in _FRACTIONS:
            found.append(RowError(sheet, row, metric.value, "kpi_over_100", f"{value * 100:g}%"))
        elif value > MAX_HANDLE_SECONDS and metric in _DURATIONS:
            found.append(RowError(sheet, row, metric.value, "kpi_handle_over_4h", f"{value:g}"))
        elif value > MAX_CONTACTS and metric in _CONTACTS:
            found.append(RowError(sheet, row, metric.value, "kpi_too_many_contacts", f"{value:g}"))
    handled, complaints = values.get(Metric.HANDLED), values.get(Metric.COMPLAINTS)
    if handled is not None and complaints is not None and complaints > handled >= 0:
        found.append(RowError(sheet, row, Metric.COMPLAINTS.value, "kpi_complaints_over_contacts",
                              f"{complaints:g} > {handled:g}"))
    inbound = values.get(Metric.INBOUND)
    if handled is not None and inbound is not None and handled > inbound >= 0:
        found.append(RowError(sheet, row, Metric.HANDLED.value, "kpi_answered_over_inbound",
                              f"{handled:g} > {inbound:g}"))
    return found


def check_confirmed(plan: KpiPlan, accept_out_of_tenure: bool, accept_implausible: bool) -> None:
    tenure = [] if accept_out_of_tenure else plan.out_of_tenure
    odd = [] if accept_implausible else plan.implausible
    if tenure or odd:
        raise NeedsConfirmation(tenure, odd)


class UnknownAgentsInFile(DomainError):
    code = "kpi_unknown_agents"

    def __init__(self, unknown: list[UnknownAgent]) -> None:
        super().__init__(", ".join(u.employee_no for u in unknown))
        self.unknown = unknown


def agents_by_no(agents: list[AgentData]) -> dict[str, AgentData]:
    return {a.employee_no: a for a in agents}


def plan_kpi_import(candidates: list[KpiCandidate], agents: list[AgentData], file_month: str | None,
                    month_override: str | None, sheet: str = "", *, name_month: str | None = None,
                    today: date | None = None, by_no: dict[str, AgentData] | None = None) -> KpiPlan:
    """`file_month` comes from the title rows, `name_month` from the file name (used only when the file's
    content names no month); a row's own 月份 must agree with them. `--month` (or the dialog's month) must
    agree with what the file says, or the file is refused naming both. A month after `today`'s is refused."""
    plan = KpiPlan()
    months = {c.month for c in candidates if c.month} | ({file_month} if file_month else set())
    if not months and name_month:
        months = {name_month}
    if month_override:
        if file_month and file_month != month_override:
            plan.errors.append(RowError(sheet, 0, "月份", "kpi_month_conflict", f"{file_month} ≠ {month_override}"))
        elif not file_month and name_month and name_month != month_override and not any(c.month for c in candidates):
            plan.errors.append(RowError(sheet, 0, "月份", "kpi_month_conflict", f"{name_month} ≠ {month_override}"))
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
    if plan.month and today is not None and plan.month > month_of(today):
        plan.errors.append(RowError(sheet, 0, "月份", "kpi_future_month", plan.month))
    start, end = (first_day(plan.month), last_day(plan.month)) if plan.month else (None, None)
    if by_no is None:  # `agents` by employee number; a run of files passes it, built once (25,000 agents)
        by_no = agents_by_no(agents)
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
        plan.implausible += implausible_values(c.row, values, c.sheet)
        if start is not None and end is not None and (
                agent.hire_date > end or (agent.leave_date is not None and agent.leave_date < start)):
            plan.out_of_tenure.append(OutOfTenure(c.row, agent))
        handled, complaints = values.get(Metric.HANDLED), values.get(Metric.COMPLAINTS)
        if Metric.COMPLAINT_RATE not in values and complaints is not None and handled:
            values[Metric.COMPLAINT_RATE] = complaints / handled
        inbound = values.get(Metric.INBOUND)
        if Metric.ANSWER_RATE not in values and handled is not None and inbound:
            values[Metric.ANSWER_RATE] = handled / inbound  # 接通率 = 接通量 ÷ 呼入量 when the file gives no rate
        record = KpiRecord(agent.id, plan.month or "", **{_FIELD[m]: v for m, v in values.items()})
        plan.lines.append(KpiLine(c.row, agent, record))
    return plan


def apply_kpi_import(uow: UnitOfWork, plan: KpiPlan, today: date, source: str, *, replace_month: bool = False,
                     skip_unknown: bool = False, accept_out_of_tenure: bool = False,
                     accept_implausible: bool = False) -> int:
    """Replace the month's figures and scores in one transaction. Refuses (changing nothing) while the
    plan has errors, unknown agents not explicitly skipped, or a month already there not confirmed."""
    return apply_kpi_imports(uow, [(plan, source)], today, replace_month=replace_month, skip_unknown=skip_unknown,
                             accept_out_of_tenure=accept_out_of_tenure, accept_implausible=accept_implausible)


def apply_kpi_imports(uow: UnitOfWork, plans: list[tuple[KpiPlan, str]], today: date, *,
                      replace_month: bool = False, skip_unknown: bool = False, accept_out_of_tenure: bool = False,
                      accept_implausible: bool = False,
                      before_commit: Callable[[UnitOfWork], None] | None = None) -> int:
    """Several monthly files (plan, source) in one transaction: every month lands, or none does. A second
    file for a month already in the run counts as that month being there already. `before_commit` runs in
    the transaction before the import's log lines and its commit (a backup taken meanwhile is waited for
    there); if it raises, nothing lands."""
    for plan, _ in plans:
        if plan.errors or plan.month is None or not plan.lines:
            raise ImportRejected(plan.errors or [RowError("", 0, "", "kpi_nothing_to_import")])
        if plan.unknown and not skip_unknown:
            raise UnknownAgentsInFile(plan.unknown)
        check_confirmed(plan, accept_out_of_tenure, accept_implausible)
    with uow:
        for plan, _source in plans:
            month = plan.month or ""
            existing = uow.performance.kpi_count(month)
            if existing and not replace_month:
                raise MonthAlreadyImported(month, existing)
            # The figures just written go to scoring as stored, where the repository knows them (no read-back).
            figures = uow.performance.replace_kpis(month, [line.record for line in plan.lines])
            _rescore(uow, month, today, figures=figures)
        if before_commit is not None:
            before_commit(uow)
        for plan, source in plans:
            uow.log.record("import_kpi", f"{plan.month} {source}", len(plan.lines))
        uow.commit()
    return sum(len(plan.lines) for plan, _ in plans)
