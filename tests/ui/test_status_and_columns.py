"""A status message belongs to the page that set it; the export log's columns fit their content."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from domain.demo import build_demo
from ui.main_window import MainWindow

TODAY = date(2026, 11, 23)


def test_a_page_message_stays_with_its_page(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    build_demo(ctx.uow(), 10, 6, 3, TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    at_risk = window.show_area("at_risk")
    at_risk.status_message.emit("共 41 名")
    assert window.statusBar().currentMessage() == "共 41 名"
    window.show_area("recruiting")
    assert window.statusBar().currentMessage() != "共 41 名"
    assert not window.count_label.isVisible()
    window.show_area("at_risk")
    assert window.statusBar().currentMessage() == "共 41 名"
    window.show_area("roster")
    assert window.count_label.isVisible()
    ctx.runner.wait()


def test_the_export_log_gives_its_width_to_the_details(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.reports.page import ReportsPage

    build_demo(ctx.uow(), 10, 6, 3, TODAY)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.export_to(tmp_path / "r.xlsx")
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=30_000)
    QApplication.processEvents()
    view = page.log_view
    when, kind, detail, rows = (view.columnWidth(i) for i in range(4))
    assert view.model().index(0, 2).data().startswith("2026-10 · ")
    assert detail > rows and detail > when and rows < 120
    assert when >= view.fontMetrics().horizontalAdvance("2026-11-23 09:30")
    assert kind >= view.fontMetrics().horizontalAdvance("总部月报")
