"""Every exporter writes through save_workbook: a temporary name in the target folder, renamed on success.
A failure leaves the folder as it was (no partial file, an existing target untouched) and says why."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest

from domain.demo import build_demo
from domain.mentoring.services import export_allowance_statement
from domain.reports.export_use_case import export_report
from domain.reports.workforce import Month
from domain.roster.export_use_case import export_roster
from persistence.database import Database
from persistence.excel_writer import ExportFailed
from persistence.file_ports import allowance_writer
from persistence.reports.hq_report import HQ_REPORT
from persistence.roster.excel_export import write_roster_xlsx

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30)


def exporters(db: Database):  # type: ignore[no-untyped-def]
    return {
        "roster": lambda out: export_roster(db.uow(), write_roster_xlsx, out, TODAY, NOW),
        "report": lambda out: export_report(db.uow, HQ_REPORT, Month(2026, 10), out, ["workforce"], NOW),
        "allowance": lambda out: export_allowance_statement(db.uow(), allowance_writer(out, NOW), str(out), 2026, 10),
    }


@pytest.fixture
def demo_db(db: Database) -> Database:
    build_demo(db.uow(), 12, 6, 3, TODAY)
    return db


@pytest.mark.parametrize("kind", ["roster", "report", "allowance"])
def test_a_missing_folder_is_reported_and_not_created(demo_db: Database, tmp_path: Path, kind: str) -> None:
    out = tmp_path / "no such folder" / "x.xlsx"
    with pytest.raises(ExportFailed) as caught:
        exporters(demo_db)[kind](out)
    assert isinstance(caught.value.cause, FileNotFoundError) and caught.value.path == out
    assert not out.parent.exists()


@pytest.mark.parametrize("kind", ["roster", "report", "allowance"])
def test_permission_denied_at_the_rename_leaves_no_partial_file_and_the_old_file_intact(
        demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    out = tmp_path / "out" / "x.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"the export from last month")

    def refuse(_src, _dst) -> None:  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied", str(out))  # Windows: the file is open in Excel

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportFailed) as caught:
        exporters(demo_db)[kind](out)
    assert isinstance(caught.value.cause, PermissionError)
    assert sorted(p.name for p in out.parent.iterdir()) == ["x.xlsx"]
    assert out.read_bytes() == b"the export from last month"


def test_disk_full_while_writing_leaves_nothing(demo_db: Database, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportFailed) as caught:
        exporters(demo_db)["roster"](tmp_path / "r.xlsx")
    assert caught.value.cause.errno == 28
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".~*")) == []


def test_a_folder_as_target_is_refused(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportFailed) as caught:
        exporters(demo_db)["roster"](tmp_path)
    assert isinstance(caught.value.cause, IsADirectoryError)
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".~")] == []


def test_success_replaces_the_target_and_leaves_no_temporary(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"old")
    assert exporters(demo_db)["roster"](out) > 0
    assert out.read_bytes()[:2] == b"PK"
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".~") or p.suffix == ".tmp"] == []
