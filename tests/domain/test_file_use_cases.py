"""The import and export use cases (issue 17 item 1) against in-memory ports: the fake unit of work of
tests/domain/fakes.py (no re-entry, rollback on leaving without commit) and fake readers, backups and reports.
What is checked here is the use cases' own order of work — refuse, back up, land; one snapshot, write, log —
which the persistence tests can only see from outside."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from domain.performance import kpi_import_use_case as kpi
from domain.performance.importing import KpiCandidate, MonthAlreadyImported
from domain.performance.model import Metric
from domain.reports.export_use_case import BuiltReport, export_report
from domain.reports.workforce import Month
from domain.roster import import_use_case as roster
from domain.roster.importing import ImportCandidate, ImportRejected, RowError
from domain.roster.model import AgentData, Role, Status
from tests.domain.fakes import FakeUnitOfWork

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30)


class Events(list[str]):
    """What happened, in order, across the ports and the unit of work. An observation, not data: a rollback of
    the fake unit of work (which restores copies of its repositories) leaves it as it is."""

    def __deepcopy__(self, memo: dict[int, Any]) -> Events:
        return self


class RecordingBackup:
    def __init__(self, events: Events, uow: FakeUnitOfWork) -> None:
        self.events, self.uow, self.calls = events, uow, []  # type: ignore[var-annotated]

    def before_import(self, label: str, now: datetime) -> None:
        self.calls.append((label, now, len(self.uow.agents.rows)))  # what the database held when it was copied
        self.events.append("backup")


@dataclass
class FakeRosterFile:
    path: Path = Path("花名册.xlsx")
    sheet: str = "Sheet1"
    mapping: dict[str, str] = field(default_factory=lambda: {"工号": "employee_no", "姓名": "name", "岗位": "role",
                                                             "班组": "team", "入职日期": "hire_date"})
    candidates: list[ImportCandidate] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    more_errors: int = 0
    pending: list[Any] = field(default_factory=list)


@dataclass
class FakePending:
    field: str
    text: str
    rows: list[int]


class FakeRosterReader:
    def __init__(self, file: FakeRosterFile) -> None:
        self.file, self.reads = file, []  # type: ignore[var-annotated]

    def read(self, path: Path, mapping: dict[str, str], *, values: dict[str, dict[str, str]],
             sheet: str | None) -> FakeRosterFile:
        self.reads.append((path, dict(mapping), values, sheet))
        return replace(self.file, path=path)

    def usual_header(self, field: str) -> str | None:
        return {"leave_date": "离职日期"}.get(field)


HEADERS = {"employee_no": "工号", "name": "姓名", "role": "岗位", "team": "班组", "hire_date": "入职日期"}


def roster_row(row: int, no: str, name: str = "王婷", **more: object) -> ImportCandidate:
    values = {"employee_no": no, "name": name, "role": Role.HOTLINE, "team": "热线一组",
              "hire_date": date(2026, 9, 1), **more}
    return ImportCandidate("Sheet1", row, values, {f: HEADERS.get(f, f) for f in values})


def test_a_roster_file_with_errors_is_refused_without_a_backup() -> None:
    uow, events = FakeUnitOfWork(), Events()
    backup = RecordingBackup(events, uow)
    bad = FakeRosterFile(candidates=[roster_row(2, "KF001")], errors=[RowError("Sheet1", 3, "入职日期", "bad_date")])
    preview = roster.preview_roster_import(lambda: uow, FakeRosterReader(bad), Path("a.xlsx"), TODAY)

    with pytest.raises(ImportRejected):
        roster.commit_roster_import(lambda: uow, backup, preview, TODAY, NOW)
    assert backup.calls == [] and uow.agents.rows == {} and uow.commits == 0


def test_a_word_still_to_decide_refuses_the_file_before_the_backup() -> None:
    uow, events = FakeUnitOfWork(), Events()
    backup = RecordingBackup(events, uow)
    undecided = FakeRosterFile(candidates=[roster_row(2, "KF001")], pending=[FakePending("role", "热线坐席", [2])])
    preview = roster.preview_roster_import(lambda: uow, FakeRosterReader(undecided), Path("a.xlsx"), TODAY)

    with pytest.raises(ImportRejected) as refused:
        roster.commit_roster_import(lambda: uow, backup, preview, TODAY, NOW)
    assert [(e.row, e.column, e.code) for e in refused.value.errors] == [(2, "岗位", "value_choice_needed")]
    assert backup.calls == [] and uow.agents.rows == {}


def test_the_roster_is_backed_up_once_before_it_lands_and_a_second_import_writes_nothing() -> None:
    uow, events = FakeUnitOfWork(), Events()
    backup = RecordingBackup(events, uow)
    reader = FakeRosterReader(FakeRosterFile(candidates=[roster_row(2, "KF001"), roster_row(3, "KF002", "李雷")]))
    preview = roster.preview_roster_import(lambda: uow, reader, Path("a.xlsx"), TODAY)

    assert roster.commit_roster_import(lambda: uow, backup, preview, TODAY, NOW) == (2, 0)
    assert backup.calls == [("pre-import", NOW, 0)]  # taken while the database was still as it was
    assert sorted(a.employee_no for a in uow.agents.rows.values()) == ["KF001", "KF002"]

    again = roster.preview_roster_import(lambda: uow, reader, Path("a.xlsx"), TODAY)
    assert roster.commit_roster_import(lambda: uow, backup, again, TODAY, NOW) == (0, 0)
    assert len(backup.calls) == 1  # nothing new: not even a backup


def test_the_roster_preview_reads_with_the_remembered_mapping_and_values() -> None:
    uow = FakeUnitOfWork()
    roster.remember_mapping(uow, {"所在小队": "team"})
    roster.remember_values(uow, {"role": {"热线坐席": "hotline"}})
    roster.remember_values(uow, {"role": {"在线坐席": "online"}})  # added to, not replacing, what was decided
    reader = FakeRosterReader(FakeRosterFile())

    roster.preview_roster_import(lambda: uow, reader, Path("a.xlsx"), TODAY, values={"team": {"一组": "热线一组"}},
                                 sheet="名单")
    [(_, mapping, values, sheet)] = reader.reads
    assert mapping == {"所在小队": "team"} and sheet == "名单"
    assert values == {"role": {"热线坐席": "hotline", "在线坐席": "online"}, "team": {"一组": "热线一组"}}


def test_a_rule_on_a_field_the_file_lacks_is_named_by_the_usual_header() -> None:
    uow = FakeUnitOfWork()
    left = roster_row(2, "KF001", status=Status.LEFT)  # left, but the file has no leave date column
    preview = roster.preview_roster_import(lambda: uow, FakeRosterReader(FakeRosterFile(candidates=[left])),
                                           Path("a.xlsx"), TODAY)
    assert "离职日期" in {e.column for e in preview.plan.errors}
    assert "leave_date" not in {e.column for e in preview.plan.errors}


# --- KPI ---------------------------------------------------------------------------------------------------------

@dataclass
class FakeKpiFile:
    path: Path
    month_in_title: str | None
    sheet: str = "Sheet1"
    month_in_name: str | None = None
    candidates: list[KpiCandidate] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    more_errors: int = 0

    def header_of(self, name: str) -> str:
        return name


class FakeKpiReader:
    def __init__(self, files: list[FakeKpiFile]) -> None:
        self.files, self.reads = files, []  # type: ignore[var-annotated]

    def read_all(self, paths: Any, mapping: dict[str, str], *, sheet: str | None) -> list[FakeKpiFile]:
        self.reads.append((list(paths), dict(mapping)))
        return self.files


class FakePerformance:
    """Just enough of the performance store for a month to land and be rescored (with no figures to score)."""

    def __init__(self, events: Events) -> None:
        self.events = events
        self.kpis: dict[str, list[Any]] = {}
        self.added: list[Any] = []

    def kpi_count(self, month: str) -> int:
        return len(self.kpis.get(month, []))

    def replace_kpis(self, month: str, records: list[Any]) -> None:
        self.events.append(f"kpis {month}")
        self.kpis[month] = list(records)

    def current_schemes(self) -> dict[Any, Any]:
        return {}

    def add_scheme(self, scheme: Any) -> int:
        self.added.append(scheme)
        return len(self.added)

    def current_stage_schemes(self) -> dict[Any, Any]:
        return {}

    def schemes_used(self, month: str) -> list[Any]:
        return []

    def scheme(self, scheme_id: int) -> None:
        return None

    def roles_and_teams(self, month: str) -> dict[int, Any]:
        return {}

    def kpis_for_month(self, month: str) -> list[Any]:
        return []

    def appeals(self, month: str | None = None) -> list[Any]:
        return []

    def hire_dates(self, month: str) -> dict[int, date]:
        return {}

    def replace_scores(self, month: str, results: list[Any], today: date) -> None:
        pass


def kpi_uow(events: Events) -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.performance = FakePerformance(events)  # type: ignore[attr-defined]
    uow.agents.add(AgentData(employee_no="KF001", name="王婷", role=Role.HOTLINE, team="热线一组",
                             hire_date=date(2024, 1, 2)))
    return uow


def month_file(month: str) -> FakeKpiFile:
    row = KpiCandidate("Sheet1", 3, "KF001", "王婷", None, {Metric.HANDLED: 900.0})
    return FakeKpiFile(Path(f"{month}.xlsx"), month, candidates=[row])


YEAR = [f"2025-{m:02d}" for m in range(1, 13)]


def test_a_twelve_file_run_is_backed_up_once_before_the_first_month_is_written() -> None:
    events = Events()
    uow = kpi_uow(events)
    backup = RecordingBackup(events, uow)
    reader = FakeKpiReader([month_file(m) for m in YEAR])
    previews = kpi.preview_kpi_imports(lambda: uow, reader, [Path(f"{m}.xlsx") for m in YEAR], today=TODAY)
    assert [p.plan.month for p in previews] == YEAR

    assert kpi.commit_kpi_imports(lambda: uow, backup, previews, TODAY, NOW) == 12
    assert events == ["backup", *(f"kpis {m}" for m in YEAR)]
    assert [label for label, _, _ in backup.calls] == ["pre-import"]
    assert uow.commits == 1  # every month in one transaction


def test_a_refused_kpi_file_never_calls_the_backup_port() -> None:
    events = Events()
    uow = kpi_uow(events)
    backup = RecordingBackup(events, uow)
    broken = replace(month_file("2025-03"), errors=[RowError("Sheet1", 4, "接通量", "bad_number")])
    reader = FakeKpiReader([month_file("2025-01"), month_file("2025-02"), broken])
    previews = kpi.preview_kpi_imports(lambda: uow, reader, [Path("a"), Path("b"), Path("c")], today=TODAY)

    with pytest.raises(ImportRejected):
        kpi.commit_kpi_imports(lambda: uow, backup, previews, TODAY, NOW)
    assert events == [] and backup.calls == []


def test_a_month_already_there_is_refused_before_the_backup() -> None:
    events = Events()
    uow = kpi_uow(events)
    backup = RecordingBackup(events, uow)
    uow.performance.kpis["2025-01"] = ["earlier"]  # type: ignore[attr-defined]
    [preview] = kpi.preview_kpi_imports(lambda: uow, FakeKpiReader([month_file("2025-01")]), [Path("a")],
                                        today=TODAY)
    assert preview.plan.existing == 1

    with pytest.raises(MonthAlreadyImported):
        kpi.commit_kpi_import(lambda: uow, backup, preview, TODAY, NOW)
    assert backup.calls == []
    assert kpi.commit_kpi_import(lambda: uow, backup, preview, TODAY, NOW, replace_month=True) == 1
    assert events == ["backup", "kpis 2025-01"]


def test_the_kpi_preview_reads_with_the_remembered_mapping_unless_given_one() -> None:
    uow = kpi_uow(Events())
    kpi.remember_mapping(uow, {"通话总量": "handled"})
    reader = FakeKpiReader([month_file("2025-01")])
    kpi.preview_kpi_import(lambda: uow, reader, Path("a"), today=TODAY)
    kpi.preview_kpi_import(lambda: uow, reader, Path("a"), mapping={}, today=TODAY)
    assert [mapping for _, mapping in reader.reads] == [{"通话总量": "handled"}, {}]


# --- the HQ report -----------------------------------------------------------------------------------------------

class CountingUnitOfWork(FakeUnitOfWork):
    def __init__(self, events: Events) -> None:
        super().__init__()
        self._events = events

    def __enter__(self) -> CountingUnitOfWork:
        self._events.append("begin")
        super().__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        super().__exit__(*exc)
        self._events.append("end")


class NestingSnapshot:
    """What persistence's OneSnapshot promises: the outer `with` opens the one transaction, inner ones nest."""

    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow, self._depth = uow, 0

    def __enter__(self) -> NestingSnapshot:
        if self._depth == 0:
            self._uow.__enter__()
        self._depth += 1
        return self

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._uow.__exit__(*exc)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._uow, name)


class FakeReport:
    def __init__(self, events: Events, sections: int, fail_write: bool = False) -> None:
        self.events, self.sections, self.fail_write = events, sections, fail_write

    def snapshot(self, uow: Any) -> Any:
        return NestingSnapshot(uow)

    def build(self, snapshot: Any, month: Month, keys: list[str], now: datetime) -> BuiltReport:
        sheets = []
        for key in keys[: self.sections]:
            with snapshot:  # a section whose area service opens the unit of work itself
                self.events.append(f"read {key}")
                sheets.append(key)
        return BuiltReport(sheets, f"{snapshot.settings.get('team_name', '')} {month}", "主管", rows=7,
                           sensitive=False)

    def write(self, path: Path, report: BuiltReport, now: datetime, progress: Any) -> None:
        if self.fail_write:
            raise OSError("the file is open in Excel")
        self.events.append("write")


KEYS = ["workforce", "roster", "performance", "mentoring", "care"]


def test_the_hq_report_reads_every_sheet_in_one_transaction_then_writes_then_logs() -> None:
    events = Events()
    uow = CountingUnitOfWork(events)
    sheets = export_report(lambda: uow, FakeReport(events, len(KEYS)), Month(2026, 10), Path("r.xlsx"), KEYS, NOW)

    assert sheets == KEYS
    assert events == ["begin", *(f"read {k}" for k in KEYS), "end", "write", "begin", "end"]
    [(kind, detail, rows, sensitive)] = uow.log.entries
    assert kind == "export_report" and rows == 7 and not sensitive
    assert detail == "month=2026-10; path=r.xlsx; sections=" + ",".join(KEYS)


def test_an_hq_report_that_could_not_be_written_is_not_logged() -> None:
    events = Events()
    uow = CountingUnitOfWork(events)
    with pytest.raises(OSError):
        export_report(lambda: uow, FakeReport(events, 2, fail_write=True), Month(2026, 10), Path("r.xlsx"), KEYS,
                      NOW)
    assert uow.log.entries == [] and events.count("begin") == 1
