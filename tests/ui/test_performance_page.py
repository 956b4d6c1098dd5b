"""The performance page as a supervisor uses it: import with preview, the team table, explanations,
appeals and the trend chart — real services on a temp database, in Chinese."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QDialog

from domain.performance.model import AppealStatus, Grade, Metric
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from ui.performance.appeal_dialogs import AppealDialog, DecisionDialog
from ui.performance.import_dialog import KpiImportDialog
from ui.performance.page import PerformancePage
from ui.performance.scheme_editor import SchemeEditor
from ui.performance.table_model import GRADE_COLUMN

TODAY = date(2026, 11, 23)


def seed_agents(ctx) -> None:  # type: ignore[no-untyped-def]
    people = (("KF001", "王婷", Role.HOTLINE, "热线一组"), ("KF002", "李强", Role.HOTLINE, "热线一组"),
              ("KF003", "张敏", Role.ONLINE, "在线组"))
    for no, name, role, team in people:
        roster.add_agent(ctx.uow(), AgentData(no, name, role, team, date(2025, 1, 6)), TODAY)


def kpi_file(path: Path, extra_unknown: bool = True) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026年10月 坐席绩效"])
    ws.append(["工号", "姓名", "效率指标", None, "质量指标", None, None, None])
    ws.append([None, None, "接通量", "首次响应时长", "满意度", "投诉量", "质检分", "通话总量"])
    ws.merge_cells("C2:D2")
    ws.merge_cells("E2:G2")
    ws.append(["KF001", "王婷", 1080, "00:20", "93.1%", 4, 90, 1])
    ws.append(["KF002", "李强", 1300, 12, 0.97, 1, 95, 1])
    ws.append(["KF003", "张敏", 1700, "0:31", "92%", 2, 91, 1])
    if extra_unknown:
        ws.append(["KF404", "新人甲", 500, 30, "80%", 0, 80, 1])
    wb.save(path)
    return path


def import_through_dialog(qtbot, ctx, path: Path, page: PerformancePage | None = None) -> KpiImportDialog:  # type: ignore[no-untyped-def]
    dialog = KpiImportDialog(ctx, page, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.tables_for is dialog.preview, timeout=10_000)
    return dialog


def open_page(qtbot, ctx) -> PerformancePage:  # type: ignore[no-untyped-def]
    page = PerformancePage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    return page


def imported_page(qtbot, ctx, tmp_path: Path) -> PerformancePage:  # type: ignore[no-untyped-def]
    seed_agents(ctx)
    dialog = import_through_dialog(qtbot, ctx, kpi_file(tmp_path / "k.xlsx", extra_unknown=False))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.import_button.click()
    return open_page(qtbot, ctx)


def test_import_with_preview_then_the_page_shows_the_month(qtbot, ctx, tmp_path: Path) -> None:
    seed_agents(ctx)
    page = open_page(qtbot, ctx)
    assert page.empty_hint.isVisibleTo(page) and not page.body.isVisibleTo(page)
    dialog = import_through_dialog(qtbot, ctx, kpi_file(tmp_path / "k.xlsx"), page)
    assert dialog.preview_model.rowCount() == 3 and dialog.unknown_model.rowCount() == 1
    assert dialog.preview_model.headers[:3] == ["行", "工号", "姓名"]
    assert "KF404" in dialog.unknown_model.row_texts()[0]
    assert "2026-10" in dialog.summary.text() and "不在花名册" in dialog.summary.text()
    assert dialog.mapping_box.isVisibleTo(dialog)  # 通话总量 is not a known column
    assert not dialog.import_button.isEnabled()  # unknown 工号: skip or cancel
    dialog.skip_unknown.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.import_button.click()
    assert dialog.imported == 3
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh("2026-10")
    assert page.current_month() == "2026-10" and page.model.rowCount() == 3
    assert page.model.row_at(0).agent.employee_no == "KF002"  # best score first
    assert page.model.data(page.model.index(0, GRADE_COLUMN)) == "优秀"
    page.role_filter.setCurrentIndex(page.role_filter.findData(Role.ONLINE.value))
    assert [page.model.row_at(i).agent.name for i in range(page.model.rowCount())] == ["张敏"]


def test_reimport_says_it_replaces_before_the_one_confirmation(qtbot, ctx, tmp_path: Path) -> None:
    seed_agents(ctx)
    path = kpi_file(tmp_path / "k.xlsx", extra_unknown=False)
    first = import_through_dialog(qtbot, ctx, path)
    assert first.import_button.text() == "导入"
    with qtbot.waitSignal(first.accepted, timeout=10_000):
        first.import_button.click()
    again = import_through_dialog(qtbot, ctx, path)
    # the Import button is the confirmation (issue 24): it names the month it replaces, the summary the count
    assert again.import_button.text() == "替换 2026-10 并导入" and "替换" in again.summary.text()
    assert "3" in again.summary.text() and again.result() != QDialog.DialogCode.Accepted
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        again.import_button.click()
    assert again.imported == 3


def test_errors_are_listed_in_chinese_and_block_the_import(qtbot, ctx, tmp_path: Path) -> None:
    seed_agents(ctx)
    path = tmp_path / "bad.csv"
    path.write_text("工号,姓名,接通量,满意度\nKF001,王婷,很多,95%\nKF002,李强,900,9o%\n", encoding="utf-8")
    dialog = import_through_dialog(qtbot, ctx, path)
    problems = [row[3] for row in dialog.error_model.row_texts()]
    assert problems == ["不是数字", "不是有效的百分比", "文件里没有写明月份；请先选择月份再导入"]
    assert not dialog.import_button.isEnabled() and dialog.tabs.currentIndex() == 3  # 预览, 不在花名册, 待确认, 错误


def test_explanation_opens_and_exports_one_page(qtbot, ctx, tmp_path: Path) -> None:
    page = imported_page(qtbot, ctx, tmp_path)
    wang = next(page.model.row_at(i) for i in range(page.model.rowCount())
                if page.model.row_at(i).agent.employee_no == "KF001")
    with qtbot.waitSignal(page.trend_shown, timeout=10_000):
        page.select_agent(wang.agent.id)
    assert page.selected().agent.employee_no == "KF001"
    assert page.chart.has_figure() and not page.chart.is_empty()
    opened: list = []
    page.explanation_dialog(opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    explanation = opened[0]
    qtbot.addWidget(explanation)
    assert explanation.model.rowCount() == 4
    assert explanation.model.data(explanation.model.index(0, 0)) == "接通量"
    assert "82.20" in explanation.result_label.text() and "良好" in explanation.result_label.text()
    assert any("优秀" in note for note in explanation.sheet.notes)
    out = tmp_path / "说明.xlsx"
    with qtbot.waitSignal(explanation.exported, timeout=10_000):
        explanation.export_to(out)
    assert "✓" in explanation.export_button.text()
    ws = openpyxl.load_workbook(out).active
    assert ws.page_setup.fitToHeight == 1 and ws["B2"].value == "王婷（KF001）"
    assert any(cell.value == "接通量" for row in ws.iter_rows() for cell in row)


def test_appeal_filed_and_accepted_through_the_dialogs(qtbot, ctx, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = imported_page(qtbot, ctx, tmp_path)
    wang = next(page.model.row_at(i) for i in range(page.model.rowCount())
                if page.model.row_at(i).agent.employee_no == "KF001")
    page.select_agent(wang.agent.id)

    def file_it(self: AppealDialog) -> int:
        self.metric.setCurrentIndex(self.metric.findData(Metric.COMPLAINT_RATE.value))
        self.requested.setValue(0.2)  # percent points: 0.2 %
        self.reason.setPlainText("重复投诉同一工单")
        self.accept_input()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AppealDialog, "exec", file_it)
    page.appeal_selected()
    qtbot.waitUntil(lambda: page.appeals_model.rowCount() == 1, timeout=10_000)
    assert page._appeals[0].status is AppealStatus.PENDING
    page.appeals_view.selectRow(0)
    assert page.decide_button.isEnabled()

    def decide(self: DecisionDialog) -> int:
        self.accept_input()
        assert self.error.text() == "请填写处理人和处理意见：员工会看到这些内容。"
        self.decided_by.setText("林主管")
        self.note.setPlainText("核实录音后同意")
        self.accept_input()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DecisionDialog, "exec", decide)
    page.decide_selected_appeal()
    qtbot.waitUntil(lambda: page._appeals[0].status is AppealStatus.ACCEPTED, timeout=10_000)
    row = next(page.model.row_at(i) for i in range(page.model.rowCount())
               if page.model.row_at(i).agent.employee_no == "KF001")
    assert row.score.grade is Grade.EXCELLENT and page._appeals[0].status is AppealStatus.ACCEPTED


def test_scheme_editor_refuses_weights_not_adding_to_100(qtbot, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    editor = SchemeEditor(ctx)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=10_000):
        pass
    assert "100" in editor.total.text()
    editor.rows[0].weight.setValue(50)
    assert editor.problems() == ["热线: 权重之和必须为 100"]
    warned: list[str] = []
    monkeypatch.setattr("ui.performance.scheme_editor.QMessageBox.warning", lambda *a: warned.append(a[2]))
    assert editor.save_with(None) is False and warned
    editor.rows[0].weight.setValue(30)
    editor.excellent.setValue(92)
    with qtbot.waitSignal(editor.schemes_saved, timeout=10_000) as saving:
        editor.save()
    saved = saving.args[0]
    assert [(s.role, s.version, s.bands.excellent) for s in saved] == [(Role.HOTLINE, 2, 92)]


def test_an_appeal_filed_elsewhere_shows_without_a_reload(qtbot, ctx, tmp_path: Path) -> None:
    from domain.performance import services
    from ui.door import Touched

    page = imported_page(qtbot, ctx, tmp_path)
    wang = next(r for r in page.model._all if r.agent.employee_no == "KF001")
    assert page.appeals_model.rowCount() == 0 and wang.open_appeals == 0
    ctx.door.change(lambda uow: services.file_appeal(uow, wang.agent.id, "2026-10", Metric.COMPLAINT_RATE, 0.002,
                                                     "重复投诉", TODAY), lambda _: None,
                    Touched.of("kpi", agents=[wang.agent.id]))
    qtbot.waitUntil(lambda: page.appeals_model.rowCount() == 1, timeout=10_000)
    assert next(r for r in page.model._all if r.agent.employee_no == "KF001").open_appeals == 1


def test_rescore_after_a_scheme_change_runs_off_the_ui_thread_with_progress(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import threading

    from domain.performance import services
    from ui.performance.scheme_editor import SchemeDialog

    page = imported_page(qtbot, ctx, tmp_path)
    li = next(r for r in page.model._all if r.agent.employee_no == "KF002")
    assert li.score.grade is Grade.EXCELLENT
    threads: list[bool] = []
    real = services._rescore

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    services._rescore = watched  # type: ignore[assignment]
    try:
        dialog = SchemeDialog(ctx, "2026-10", page)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.editor.loaded, timeout=10_000):
            pass
        dialog.ask_rescore = lambda month: True  # type: ignore[method-assign]
        dialog.editor.excellent.setValue(149)  # nobody reaches 优秀 any more
        steps: list[int] = []
        dialog.progress.valueChanged.connect(steps.append)
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            dialog.save()
            assert dialog.progress.isVisible() or not dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    finally:
        services._rescore = real  # type: ignore[assignment]
    assert threads == [False] and dialog.rescored and steps
    li = next(r for r in page.model._all if r.agent.employee_no == "KF002")
    assert li.score.grade is not Grade.EXCELLENT


def test_score_and_appeal_rows_hold_their_actions_in_a_menu(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from domain.performance import services
    from ui.door import Touched
    from ui.list_table import row_menu

    page = imported_page(qtbot, ctx, tmp_path)
    page.table.selectRow(0)
    assert [a.text() for a in row_menu(page.table).actions()] == [
        page.explain_button.text(), page.appeal_button.text(), page.star_button.text()]
    wang = next(r for r in page.model._all if r.agent.employee_no == "KF001")
    ctx.door.change(lambda uow: services.file_appeal(uow, wang.agent.id, "2026-10", Metric.COMPLAINT_RATE, 0.002,
                                                     "重复投诉", TODAY), lambda _: None,
                    Touched.of("kpi", agents=[wang.agent.id]))
    qtbot.waitUntil(lambda: page.appeals_model.rowCount() == 1, timeout=10_000)
    page.appeals_view.selectRow(0)
    (decide,) = row_menu(page.appeals_view).actions()
    assert decide.text() == page.decide_button.text() and decide.isEnabled()


def test_a_refresh_arranged_on_the_worker_shows_what_the_filter_and_sort_would(qtbot, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The month's rows are filtered, sorted, indexed and their teams listed on the worker (a month switch's
    stall): with a team chosen, a search typed and a sort by name, a refresh shows exactly the rows the model
    would arrange itself from all of them, and the team list and the page's index follow every row."""
    from ui.door import Touched
    from ui.table_model import arrange

    page = imported_page(qtbot, ctx, tmp_path)
    page.team_filter.setCurrentIndex(page.team_filter.findData("热线一组"))
    page.search.setText("KF00")
    page.apply_filter()
    page.model.sort_by("name")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        ctx.door.changed.emit(Touched.of("kpi"))
    everyone = page.model.all_rows()
    key, order = page.model.sort_order()
    assert key == "name"
    assert page.model.rows() == arrange(everyone, page.model.columns, page.model.filter, key, order)
    assert sorted(r.agent.name for r in page.model.rows()) == ["李强", "王婷"]
    assert [page.team_filter.itemData(i) for i in range(page.team_filter.count())] == ["", "在线组", "热线一组"]
    assert page.team_filter.currentData() == "热线一组"
    assert page._by_id == {r.agent.id: r for r in everyone}
