"""Recruiting as a supervisor uses it: add a candidate, fill a scorecard from the keyboard, see the total and
knock-out live, hire through the prefilled agent dialog, and open the analyses."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from domain.recruiting import services
from domain.recruiting.model import Candidate, DimensionScore, Recommendation, Round, Scorecard, Source, Stage
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from domain.timeline import agent_timeline
from shared.words import event_word
from ui.recruiting.candidate_dialog import CandidateDialog, ReasonDialog
from ui.recruiting.page import RecruitingPage
from ui.recruiting.scorecard_dialog import ScorecardDialog
from ui.roster.agent_dialog import AgentDialog

TODAY = date(2026, 11, 23)


FAILURES: list[BaseException] = []


def when_dialog(cls, action) -> None:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog of `cls`; a failed check closes it (so exec() returns) and is re-raised
    by `check()` in the test."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QTimer.singleShot(20, act)
            return
        try:
            action(dialog)
        except BaseException as exc:
            FAILURES.append(exc)
            dialog.reject()
    QTimer.singleShot(0, act)


def check() -> None:
    if FAILURES:
        raise FAILURES.pop()


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """QTest types ASCII keys only (it aborts on Chinese); Chinese arrives from the input method as text."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def press(dialog, which=QDialogButtonBox.StandardButton.Save) -> None:  # type: ignore[no-untyped-def]
    dialog.findChild(QDialogButtonBox).button(which).click()


def make_page(qtbot, ctx) -> RecruitingPage:  # type: ignore[no-untyped-def]
    page = RecruitingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: page.stage_filter.count() > 0, timeout=10_000)  # the pipeline has been read
    return page


def wait_detail(qtbot, page, ready) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(FAILURES) or (page.view.detail is not None and ready(page.view.detail)),
                    timeout=10_000)
    check()


def test_add_candidate_fill_a_scorecard_by_keyboard_and_hire(qtbot, ctx) -> None:
    roster.add_agent(ctx.uow(), AgentData("KF00007", "老员工", Role.ONLINE, "在线组", date(2024, 3, 1)), TODAY)
    page = make_page(qtbot, ctx)
    assert page.model.rowCount() == 0

    def add(d: CandidateDialog) -> None:
        type_text(qtbot, d.name, "苏小雨")
        qtbot.keyClicks(d.phone, "13800001111")
        d.role.set_value(Role.ONLINE)
        press(d)

    when_dialog(CandidateDialog, add)
    page.add_candidate()
    check()
    wait_detail(qtbot, page, lambda d: d.candidate.name == "苏小雨")
    assert page.view.detail.candidate.name == "苏小雨"
    assert page.view.title.text() == "苏小雨"

    seen = {}

    def fill(d: ScorecardDialog) -> None:
        assert d.round.currentText() == "HR 初筛"
        assert d.focusWidget() is d.interviewer  # no interviewer yet, no supervisor named: ask
        type_text(qtbot, d.interviewer.lineEdit(), "周敏")
        d.scores["communication"].setFocus()
        # keyboard only: a digit per score moves to the next score, then the recommendation, then the evidence
        for digit in "424":
            qtbot.keyClicks(d.focusWidget(), digit)
        assert d.focusWidget() is d.recommendation
        qtbot.keyClicks(d.recommendation, "3")
        for evidence in ("政策讲得清楚", "被追问时沉默"):
            type_text(qtbot, d.focusWidget(), evidence)
            qtbot.keyClick(d.focusWidget(), Qt.Key.Key_Tab)
        seen["total"], seen["knockout"] = d.total.text(), d.knockout.text()
        seen["anchor"] = d.anchor_labels["emotional_stability"].text()
        press(d)
        qtbot.waitUntil(lambda: not d.isVisible() or any(e.text() for e in d.errors.values()), timeout=10_000)
        assert not d.isVisible(), [e.text() for e in d.errors.values()] + [
            (k, b.value(), d.evidence[k].text()) for k, b in d.scores.items()]

    when_dialog(ScorecardDialog, fill)
    page.enter_scorecard()
    qtbot.waitUntil(lambda: "total" in seen or bool(FAILURES), timeout=10_000)
    wait_detail(qtbot, page, lambda d: bool(d.cards))
    # HR round: 沟通 30, 情绪 30, 服务 20 → (120 + 60 + 80) / 80 = 3.25
    assert seen["total"] == "加权总分：3.25 / 5"
    assert seen["knockout"] == "一票否决：情绪稳定性 2"
    assert seen["anchor"] == "压力下语气变冲或沉默"
    cv = page.view.detail.cards[0]
    assert (cv.card.interviewer, cv.card.score_of("emotional_stability")) == ("周敏", 2)
    assert {s.key: s.evidence for s in cv.card.scores}["communication"] == "政策讲得清楚"
    assert page.model.row_at(0).knocked_out

    before = page.view.detail.candidate.stage
    page.advance()
    wait_detail(qtbot, page, lambda d: d.candidate.stage is not before)
    assert page.view.detail.candidate.stage is Stage.SUPERVISOR
    assert page.view.advance_button.text() == "进入：老员工面"

    def hire(d: AgentDialog) -> None:
        assert (d.employee_no.text(), d.name.text(), d.team.text(), d.phone.text()) == (
            "KF00008", "苏小雨", "在线组", "13800001111")
        press(d)

    when_dialog(AgentDialog, hire)
    page.hire()
    wait_detail(qtbot, page, lambda d: d.candidate.stage is Stage.HIRED)
    detail = page.view.detail
    assert detail.candidate.stage is Stage.HIRED and detail.agent is not None
    assert page.view.agent_link.isVisible() and "KF00008" in page.view.agent_link.text()
    with qtbot.waitSignal(page.agent_activated) as opened:
        page.view.agent_link.click()
    assert opened.args == [detail.agent.id]
    assert [a.agent.name for a in roster.list_roster(ctx.uow(), TODAY)] == ["老员工", "苏小雨"]
    # ... and the agent's timeline shows where they came from, in words
    events = [(event_word(e.area, e.kind), e.summary) for e in agent_timeline(ctx.uow(), detail.agent.id)]
    assert ("经招聘录用", "苏小雨") in events and ("HR 初筛面试", "周敏 · 3.25") in events


def test_rejection_asks_for_the_reason_and_offers_the_knock_out(qtbot, ctx) -> None:
    services.ensure_templates(ctx.uow(), TODAY)
    cid = services.add_candidate(ctx.uow(), Candidate("王一", Role.HOTLINE, Source.CAMPUS, TODAY), TODAY)
    hr = services.current_templates(ctx.uow())[Round.HR]
    services.record_scorecard(ctx.uow(), Scorecard(cid, hr.id, "周敏", TODAY, tuple(
        DimensionScore(d.key, 1 if d.key == "emotional_stability" else 4) for d in hr.dimensions),
        Recommendation.NO), TODAY)
    page = make_page(qtbot, ctx)
    page.select_candidate(cid)
    wait_detail(qtbot, page, lambda d: d.candidate.id == cid)

    def give_reason(d: ReasonDialog) -> None:
        assert d.text() == "一票否决：情绪稳定性"
        press(d, QDialogButtonBox.StandardButton.Ok)

    before = page.view.detail.candidate.stage
    when_dialog(ReasonDialog, give_reason)
    page.reject()
    wait_detail(qtbot, page, lambda d: d.candidate.stage is not before)
    assert page.view.detail.candidate.stage is Stage.REJECTED
    assert page.view.detail.candidate.reason == "一票否决：情绪稳定性"
    assert page.view.reopen_button.isVisible() and not page.view.hire_button.isVisible()


def test_radar_calibration_and_prediction_show_from_demo_data(qtbot, ctx) -> None:
    from domain.demo import build_demo

    build_demo(ctx.uow(), 40, 24, 7, TODAY)
    page = make_page(qtbot, ctx)
    hired = next(r for r in page.model._shown if r.candidate.stage is Stage.HIRED)
    page.select_candidate(hired.candidate.id)
    qtbot.waitUntil(lambda: page.view.radar.axes is not None)
    lines = page.view.radar.axes.get_lines()
    detail = page.view.detail
    keys = [k for k in detail.order if k in detail.means]
    assert list(lines[0].get_ydata())[:-1] == [detail.means[k] for k in keys]  # this candidate
    assert list(lines[1].get_ydata())[:-1] == [detail.baseline[k] for k in keys]  # earlier hires
    assert [t.get_text() for t in page.view.radar.axes.get_xticklabels()] == [detail.names[k] for k in keys]

    with qtbot.waitSignal(page.analysis_shown, timeout=10_000):
        page.tabs.setCurrentWidget(page.calibration)
    assert page.calibration.grid.rowCount() >= 5
    verdicts = {page.calibration.grid.text(r, 8) for r in range(page.calibration.grid.rowCount())}
    assert "偏松" in verdicts and "偏严" in verdicts  # the demo's lenient veteran and harsh team lead
    with qtbot.waitSignal(page.analysis_shown, timeout=10_000):
        page.tabs.setCurrentWidget(page.prediction)
    texts = [page.prediction.links.text(r, 0) for r in range(page.prediction.links.rowCount())]
    assert "情绪稳定性" in texts and "加权总分" in texts
    assert page.prediction.chart.has_figure()


def test_a_candidate_added_elsewhere_and_a_hire_refused_keep_the_page_true(qtbot, ctx) -> None:
    """A change through the door from anywhere reloads the pipeline; a hire the roster refuses (employee no.
    taken) keeps the agent dialog open with what was typed and the error beside the field."""
    from ui.door import Touched

    roster.add_agent(ctx.uow(), AgentData("KF00001", "老员工", Role.ONLINE, "在线组", date(2024, 3, 1)), TODAY)
    page = make_page(qtbot, ctx)
    assert page.model.rowCount() == 0
    ctx.door.change(lambda uow: services.add_candidate(uow, Candidate("陈一", Role.ONLINE, Source.CAMPUS, TODAY),
                                                       TODAY), lambda _: None, Touched.of("recruiting"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    page.select_candidate(page.model.row_at(0).candidate.id)
    wait_detail(qtbot, page, lambda d: d.candidate.name == "陈一")

    shown: list[tuple[str, str, str]] = []

    def taken(d: AgentDialog) -> None:
        d.employee_no.setText("KF00001")
        press(d)
        tries = [0]

        def answered() -> None:  # the door's answer: the same dialog stays, with the error and what was typed
            tries[0] += 1
            if d.save_button.isEnabled() and d.errors["employee_no"].text() or tries[0] > 400:
                shown.append((d.employee_no.text(), d.name.text(), d.errors["employee_no"].text()))
                d.reject()
            else:
                QTimer.singleShot(20, answered)

        QTimer.singleShot(0, answered)

    when_dialog(AgentDialog, taken)
    page.hire()
    qtbot.waitUntil(lambda: bool(shown) or bool(FAILURES), timeout=10_000)
    check()
    assert shown[0][:2] == ("KF00001", "陈一") and shown[0][2]
    assert page.view.detail.candidate.stage is not Stage.HIRED


def test_a_link_is_read_out_only_when_its_interval_excludes_zero(zh) -> None:  # type: ignore[no-untyped-def]
    """Issue 15 item 3: r = 0.33 at n = 20 used to read "明显"; its 95 % interval is about [−0.13, +0.68]."""
    from domain.recruiting.analytics import Association
    from ui.recruiting.analysis_views import r_text, strength

    unsure = Association("es", 20, 0.3345482927746341, None, None)
    assert strength(unsure) == "证据还不够（n = 20）"
    assert r_text(unsure) == "+0.33 [-0.13, +0.68]"
    sure = Association("es", 20, 0.8384425875266888, None, None)
    assert strength(sure) not in ("证据还不够（n = 20）", "") and r_text(sure) == "+0.84 [+0.63, +0.93]"


def test_a_refresh_arranged_on_the_worker_shows_what_the_filter_and_sort_would(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The pipeline is filtered, sorted and counted on the worker: with a stage chosen and a sort by name, a
    refresh shows exactly the rows the model would arrange from all of them, and the counts are every row's."""
    from domain.demo import build_demo
    from ui.door import Touched
    from ui.table_model import arrange

    build_demo(ctx.uow(), 40, 24, 7, TODAY)
    page = make_page(qtbot, ctx)
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("open"))
    page.model.sort_by("name")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        ctx.door.changed.emit(Touched.of("recruiting"))
    everyone = page.model.all_rows()
    key, order = page.model.sort_order()
    shown = page.model.rows()
    assert key == "name" and shown == arrange(everyone, page.model.columns, page.model.filter, key, order)
    assert 0 < len(shown) < len(everyone) and page.stage_filter.currentData() == "open"
    assert page.stage_filter.itemText(0) == f"全部（{len(everyone)}）"
    assert page.stage_filter.itemText(1) == f"进行中（{len(shown)}）"


def test_a_table_in_a_tab_built_later_takes_the_keyboard(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """The window gives every table of a page the keyboard (Tab leaves it, Enter acts) when the page is shown
    (ui/finder.py); a tab built after that (ui/lazy_tabs.py) gives it to its own plain tables as it is built."""
    from PySide6.QtWidgets import QAbstractItemView

    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("recruiting")
    assert not page.tabs.is_built(2)
    page.tabs.setCurrentIndex(2)
    views = page.calibration.findChildren(QAbstractItemView)
    assert page.calibration.table in views
    assert all(not v.tabKeyNavigation() for v in views if v.window().windowType() != Qt.WindowType.Popup)
