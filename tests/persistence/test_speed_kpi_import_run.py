"""A year of monthly KPI files imported as one run: one pre-import backup, every month or none."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.performance.importing import MonthAlreadyImported
from domain.performance.kpi_import_use_case import commit_kpi_imports, preview_kpi_imports
from persistence.backup import list_backups
from persistence.backup_port import DatabaseBackup
from persistence.performance.kpi_files import KpiFiles
from tests.persistence.helpers import content_hash
from tests.persistence.test_performance_import import NOW, TODAY, add_agents

HEADER = "工号,姓名,接通量,平均处理时长,满意度,一次解决率,投诉量,质检分"


def monthly_file(folder: Path, month: str, handled: int) -> Path:
    path = folder / f"kpi_{month}.csv"
    lines = [f"{month[:4]}年{month[5:]}月坐席绩效导出", HEADER,
             f"KF001,王婷,{handled},3:20,95%,0.85,1,92", f"KF002,李强,{handled + 1},4:05,91%,0.80,0,88"]
    path.write_text("\n".join(lines), encoding="gbk")
    return path


def pre_import_backups(db) -> list:  # type: ignore[no-untyped-def]
    return [b for b in list_backups(db.backup_dir) if "pre-import" in b.path.name]


def test_three_months_land_together_after_one_backup(db, tmp_path: Path) -> None:
    ids = add_agents(db)
    paths = [monthly_file(tmp_path, m, n) for m, n in (("2026-07", 300), ("2026-08", 310), ("2026-09", 320))]
    previews = preview_kpi_imports(db.uow, KpiFiles(), paths)
    assert [p.plan.month for p in previews] == ["2026-07", "2026-08", "2026-09"]
    assert commit_kpi_imports(db.uow, DatabaseBackup(db), previews, TODAY, NOW) == 6
    assert len(pre_import_backups(db)) == 1
    with db.uow() as uow:
        assert [uow.performance.kpi_count(m) for m in ("2026-07", "2026-08", "2026-09")] == [2, 2, 2]
        handled = {r.agent_id: r.handled for r in uow.performance.kpis_for_month("2026-08")}
        scored = {s.agent_id for s in uow.performance.scores_for_month("2026-09")}
    assert handled == {ids["KF001"]: 310, ids["KF002"]: 311}
    assert scored == {ids["KF001"], ids["KF002"]}


def test_a_month_already_there_refuses_the_whole_run_before_any_backup(db, tmp_path: Path) -> None:
    add_agents(db)
    august = preview_kpi_imports(db.uow, KpiFiles(), [monthly_file(tmp_path, "2026-08", 300)])
    commit_kpi_imports(db.uow, DatabaseBackup(db), august, TODAY, NOW)
    before, backups = content_hash(db.path), len(pre_import_backups(db))
    run = preview_kpi_imports(db.uow, KpiFiles(),
                              [monthly_file(tmp_path, m, 400) for m in ("2026-07", "2026-08", "2026-09")])
    with pytest.raises(MonthAlreadyImported):
        commit_kpi_imports(db.uow, DatabaseBackup(db), run, TODAY, NOW)
    assert content_hash(db.path) == before and len(pre_import_backups(db)) == backups


def test_replacing_rescores_with_the_scheme_the_month_was_scored_with(db, tmp_path: Path) -> None:
    ids = add_agents(db)
    august = preview_kpi_imports(db.uow, KpiFiles(), [monthly_file(tmp_path, "2026-08", 300)])
    commit_kpi_imports(db.uow, DatabaseBackup(db), august, TODAY, NOW)
    with db.uow() as uow:
        [(_, scheme_id), *_] = uow.performance.schemes_used("2026-08")
        assert uow.performance.roles_and_teams("2026-08")[ids["KF001"]][1] == "热线一组"
    again = preview_kpi_imports(db.uow, KpiFiles(), [monthly_file(tmp_path, "2026-08", 500)])
    commit_kpi_imports(db.uow, DatabaseBackup(db), again, TODAY, NOW, replace_month=True)
    with db.uow() as uow:
        assert {s.scheme_id for s in uow.performance.scores_for_month("2026-08")} == {scheme_id}
        assert {r.handled for r in uow.performance.kpis_for_month("2026-08")} == {500, 501}


def test_files_read_ahead_keep_their_order_and_the_first_refusal(db, tmp_path: Path) -> None:
    """The run reads the next files in child processes while parsing one: the previews still come in the
    files' order, and a run with unreadable files refuses with the first of them, as file by file."""
    from persistence.import_errors import UnreadableFile

    add_agents(db)
    months = ["2026-03", "2026-04", "2026-05", "2026-06", "2026-07"]
    paths = [monthly_file(tmp_path, m, 300 + i) for i, m in enumerate(months)]
    assert [p.plan.month for p in preview_kpi_imports(db.uow, KpiFiles(), paths)] == months
    assert [p.file.candidates[0].values for p in preview_kpi_imports(db.uow, KpiFiles(), paths)] == [
        p.file.candidates[0].values for p in (preview_kpi_imports(db.uow, KpiFiles(), [path])[0] for path in paths)]
    empty, missing = tmp_path / "kpi_2026-08.csv", tmp_path / "kpi_2026-09.csv"
    empty.write_bytes(b"")
    with pytest.raises(UnreadableFile) as refused:
        preview_kpi_imports(db.uow, KpiFiles(), [*paths[:2], empty, paths[2], missing])
    assert refused.value.code == "empty_file"
    with pytest.raises(UnreadableFile) as refused:
        preview_kpi_imports(db.uow, KpiFiles(), [*paths[:2], missing, empty])
    assert refused.value.code == "io_error"
