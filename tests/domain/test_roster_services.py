from dataclasses import replace
from datetime import date

import pytest

from domain.errors import CannotUndo, DuplicateEmployeeNo, ValidationFailed
from domain.roster import services
from domain.roster.model import AgentData, CertLevel, LeaveReason, Role, Status, TenureStage
from tests.domain.fakes import FakeUnitOfWork

TODAY = date(2026, 11, 23)


def new_agent(no: str = "kf001 ") -> AgentData:
    return AgentData(employee_no=no, name=" 王婷 ", role=Role.HOTLINE, team="热线一组", hire_date=date(2026, 9, 1))


def test_add_normalises_and_derives_stage() -> None:
    uow = FakeUnitOfWork()
    receipt = services.add_agent(uow, new_agent(), TODAY)
    rows = services.list_roster(uow, TODAY)
    assert [(r.agent.employee_no, r.agent.name, r.stage) for r in rows] == [("KF001", "王婷", TenureStage.NEW)]
    assert receipt.before is None and uow.commits == 1


def test_duplicate_employee_no_is_refused() -> None:
    uow = FakeUnitOfWork()
    services.add_agent(uow, new_agent(), TODAY)
    with pytest.raises(DuplicateEmployeeNo):
        services.add_agent(uow, new_agent("KF001"), TODAY)
    assert uow.agents.count() == 1


def test_invalid_agent_is_refused_with_field_errors() -> None:
    uow = FakeUnitOfWork()
    with pytest.raises(ValidationFailed) as info:
        services.add_agent(uow, replace(new_agent(), hire_date=date(2027, 1, 1)), TODAY)
    assert [e.field for e in info.value.errors] == ["hire_date"]


def test_tracked_changes_are_kept_with_dates_and_undo_removes_them() -> None:
    uow = FakeUnitOfWork()
    agent_id = services.add_agent(uow, new_agent(), TODAY).agent_id
    before = uow.agents.get(agent_id)
    receipt = services.update_agent(uow, replace(before, team="热线二组", cert_level=CertLevel.JUNIOR,
                                                 phone="13800000000"), TODAY)
    history = uow.agents.history(agent_id)
    assert {(h.field, h.old_value, h.new_value, h.effective_date) for h in history} == {
        ("team", "热线一组", "热线二组", TODAY), ("cert_level", "none", "junior", TODAY)}
    services.revert(uow, receipt)
    assert uow.agents.get(agent_id) == before
    assert uow.agents.history(agent_id) == []


def test_mark_left_keeps_the_agent_and_records_the_leave_date() -> None:
    uow = FakeUnitOfWork()
    agent_id = services.add_agent(uow, new_agent(), TODAY).agent_id
    services.mark_left(uow, agent_id, date(2026, 11, 1), LeaveReason.PRESSURE, True, TODAY)
    agent = uow.agents.get(agent_id)
    assert agent.status is Status.LEFT and agent.leave_reason is LeaveReason.PRESSURE and agent.leave_voluntary
    [entry] = uow.agents.history(agent_id)
    assert (entry.field, entry.new_value, entry.effective_date) == ("status", "left", date(2026, 11, 1))


def test_mark_left_before_hire_is_refused() -> None:
    uow = FakeUnitOfWork()
    agent_id = services.add_agent(uow, new_agent(), TODAY).agent_id
    with pytest.raises(ValidationFailed):
        services.mark_left(uow, agent_id, date(2026, 8, 1), LeaveReason.PAY, True, TODAY)
    assert uow.agents.get(agent_id).status is Status.ACTIVE


def test_undo_of_add_then_redo_creates_it_again() -> None:
    uow = FakeUnitOfWork()
    receipt = services.add_agent(uow, new_agent(), TODAY)
    services.revert(uow, receipt)
    assert uow.agents.count() == 0
    again = services.reapply(uow, receipt, TODAY)
    assert uow.agents.get(again.agent_id).employee_no == "KF001"


def test_undo_of_add_is_refused_once_other_records_point_at_the_agent() -> None:
    uow = FakeUnitOfWork()
    receipt = services.add_agent(uow, new_agent(), TODAY)
    services.update_agent(uow, replace(uow.agents.get(receipt.agent_id), team="在线组"), TODAY)
    with pytest.raises(CannotUndo):
        services.revert(uow, receipt)


def test_the_roster_export_reads_writes_and_logs_in_one_transaction(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from domain.roster.export_use_case import export_roster
    from tests.domain.fakes import CountingUnitOfWork

    uow = CountingUnitOfWork()
    services.add_agent(uow, AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2024, 1, 8)), TODAY)
    left = services.add_agent(uow, AgentData("KF002", "李强", Role.ONLINE, "在线组", date(2026, 9, 1)), TODAY).agent_id
    services.mark_left(uow, left, date(2026, 11, 1), LeaveReason.PAY, True, TODAY)
    with uow:
        uow.settings.set("team_name", "华东热线")
        uow.commit()
    uow.entered, seen = 0, []

    def write(path, rows, team, now):  # type: ignore[no-untyped-def]
        seen.append(([r.agent.name for r in rows], team))
        return len(rows)

    count = export_roster(uow, write, tmp_path / "花名册.xlsx", TODAY, datetime(2026, 11, 23, 9))

    assert (count, uow.entered) == (2, 1)
    assert seen == [(["王婷", "李强"], "华东热线")]  # leavers too: HQ's roster keeps them with their leave date
    assert uow.log.entries[-1][:3] == ("export_roster", str(tmp_path / "花名册.xlsx"), 2)
