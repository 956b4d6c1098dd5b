from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from domain.demo import build_demo
from ui.reports.page import ReportsPage, recent_months

TODAY = date(2026, 11, 23)


def test_recent_months_start_with_last_month() -> None:
    months = [str(m) for m in recent_months(TODAY, 3)]
    assert months == ["2026-10", "2026-09", "2026-08", "2026-11"]


def test_export_runs_in_the_background_and_is_logged(qtbot, ctx, tmp_path: Path) -> None:
    build_demo(ctx.uow(), 30, 18, 5, TODAY)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    assert page.selected_month().month == 10
    page.boxes["roster"].setChecked(False)
    out = tmp_path / "report.xlsx"
    page.export_to(out)
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=30_000)
    assert page.status.text().startswith("已保存到")
    wb = openpyxl.load_workbook(out)
    assert "人员明细" not in wb.sheetnames and wb.sheetnames[:2] == ["封面", "人员概况"]
    qtbot.waitUntil(lambda: page.log_model.rowCount() >= 1)  # the history reloads on the export's notice
    assert page.log_model.index(0, 1).data() == "总部月报"


def test_the_hq_report_in_two_actions_then_open_it_or_show_its_folder(qtbot, ctx, tmp_path: Path,
                                                                      monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.flow import Flow

    build_demo(ctx.uow(), 12, 6, 3, TODAY)
    out = tmp_path / "月报.xlsx"
    flow = Flow(qtbot)

    def file_dialog(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        flow.actions += 1  # a file dialog counts 1
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", file_dialog)

    class Recorder(QObject):  # stands in for the desktop: records what would be opened
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def handle(self, url: QUrl) -> None:
            self.urls.append(url)

    recorder = Recorder()
    QDesktopServices.setUrlHandler("file", recorder, "handle")
    try:
        page = ReportsPage(ctx)
        flow.show(page)
        assert not page.links.isVisible()
        flow.click(page.export_button)
        qtbot.waitUntil(page.export_button.isEnabled, timeout=30_000)
        assert flow.actions == 2 and out.exists()  # ≤ 3 (issue 24): kept
        assert page.links.isVisible() and flow.focus() is page.links.open_button
        flow.key(Qt.Key.Key_Space)  # the focused "open the file"
        flow.click(page.links.folder_button)
        assert [u.toLocalFile() for u in recorder.urls] == [str(out), str(tmp_path)]
        assert (page.links.open_button.text(), page.links.folder_button.text()) == ("打开文件", "在文件夹中显示")
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_an_export_made_elsewhere_joins_the_history(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from domain.reports.export_use_case import export_report
    from domain.reports.workforce import Month
    from ui.door import Touched

    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.log_loaded, timeout=10_000):
        pass
    assert page.log_model.rowCount() == 0
    out = tmp_path / "elsewhere.xlsx"
    port = ctx.files.report
    ctx.door.change(lambda uow: export_report(lambda: uow, port, Month(2026, 10), out, ["workforce"],
                                              datetime(2026, 11, 23)),
                    lambda _: None, Touched.of("exports"))
    qtbot.waitUntil(lambda: page.log_model.rowCount() == 1, timeout=10_000)


def test_an_empty_history_says_how_to_fill_it_and_goes_once_there_is_one(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    build_demo(ctx.uow(), 12, 6, 3, TODAY)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.log_loaded, timeout=10_000):
        pass
    page.show()
    assert page.empty_log.isVisible() and not page.log_view.isVisible()
    assert "导出月报" in page.empty_log.text()
    page.export_to(tmp_path / "report.xlsx")
    qtbot.waitUntil(lambda: page.log_model.rowCount() >= 1, timeout=30_000)
    assert page.log_view.isVisible() and not page.empty_log.isVisible()
