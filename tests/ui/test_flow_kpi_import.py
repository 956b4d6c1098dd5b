"""Issue 24 (via 21): "import the month's KPI file" in at most three actions, driving the real widgets — the
page's button, the file chooser the dialog opens at once (counts 1), and the one Import confirmation; the
month comes from the file. A month already there takes the same three: the button says it replaces."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.ui.flow import Flow
from tests.ui.test_performance_page import kpi_file, open_page, seed_agents
from ui.performance.import_dialog import KpiImportDialog


def import_in_three(qtbot, ctx, flow: Flow, page, expect_button: str) -> None:  # type: ignore[no-untyped-def]
    def confirm(dialog: KpiImportDialog) -> None:
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
        assert dialog.import_button.text() == expect_button and "2026-10" in dialog.summary.text()
        assert flow.focus() is dialog.import_button  # not the month box: Enter would do as well
        flow.key(Qt.Key.Key_Return)

    flow.when_dialog(KpiImportDialog, confirm)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        flow.click(page.import_button)
    flow.check()


def test_the_months_kpi_file_in_three_actions(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seed_agents(ctx)
    path = kpi_file(tmp_path / "绩效.xlsx", extra_unknown=False)
    flows = [Flow(qtbot)]

    def file_dialog(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        flows[-1].actions += 1  # a file dialog counts 1
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", file_dialog)
    page = open_page(qtbot, ctx)
    flow = flows[-1]
    flow.show(page)
    import_in_three(qtbot, ctx, flow, page, "导入")
    assert flow.actions == 3  # ≤ 3 (issue 24; it was 5)
    qtbot.waitUntil(lambda: page.current_month() == "2026-10" and page.model.rowCount() == 3, timeout=10_000)
    con = sqlite3.connect(ctx.db.path)
    assert con.execute("SELECT count(*) FROM kpi_monthly WHERE month = '2026-10'").fetchone() == (3,)

    # the same month again, from a corrected file: still three actions, and the figures are replaced
    path = tmp_path / "绩效_更正.xlsx"
    kpi_file(path, extra_unknown=False)
    import openpyxl
    wb = openpyxl.load_workbook(path)
    wb.active["C4"] = 1111
    wb.save(path)
    flow = Flow(qtbot)  # a fresh count (and a flow that has not been checked yet)
    flows.append(flow)
    import_in_three(qtbot, ctx, flow, page, "替换 2026-10 并导入")
    assert flow.actions == 3  # it was 6
    assert con.execute("SELECT handled FROM kpi_monthly k JOIN agents a ON a.id = k.agent_id "
                       "WHERE a.employee_no = 'KF001'").fetchone() == (1111,)
    con.close()


def test_cancelling_the_file_chooser_closes_the_dialog(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    page = open_page(qtbot, ctx)
    page.import_file()  # exec() returns once the dialog closed itself
    assert page.model.rowCount() == 0
