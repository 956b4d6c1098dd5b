"""Issue 24, flow 2: a full interview scorecard (业务主管 round, 4 dimensions, two with evidence) in ≤ 8 actions,
by keyboard no slower than by mouse; the interviewer defaults to the last one; the recommendation starts unset
and an unchosen one is refused in words. Counted on the real widgets, checked in the database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from domain.recruiting import services
from domain.recruiting.model import Candidate, Recommendation, Round, Source, Stage
from domain.roster.model import Role
from tests.ui.flow import Flow
from ui.recruiting.page import RecruitingPage
from ui.recruiting.scorecard_dialog import ScorecardDialog

TODAY = date(2026, 11, 23)


@pytest.fixture
def page(qtbot, ctx):  # type: ignore[no-untyped-def]
    uow = ctx.uow
    with uow() as u:
        u.settings.set("supervisor_name", "林主管")
        u.commit()
    cid = services.add_candidate(uow(), Candidate("苏小雨", Role.ONLINE, Source.REFERRAL, TODAY), TODAY)
    services.move_candidate(uow(), cid, Stage.SUPERVISOR, TODAY)
    page = RecruitingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # the pipeline is read off the UI thread
    return page


def saved_and_closed(qtbot, d: ScorecardDialog) -> None:  # type: ignore[no-untyped-def]
    """The save runs through the door: the dialog closes when the answer comes back."""
    qtbot.waitUntil(lambda: not d.isVisible() or d.save_button.isEnabled())  # closed, or answered
    assert not d.isVisible(), [e.text() for e in d.errors.values()]


def handled(qtbot, flow: Flow, done: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    """The dialog opens once the form was read: wait until it was dealt with (or failed), then check."""
    qtbot.waitUntil(lambda: bool(done) or bool(flow.failures), timeout=10_000)
    flow.check()


def scores_and_evidence(flow: Flow, d: ScorecardDialog) -> None:
    assert d.round.currentText() == "业务主管" and len(d.scores) == 4
    assert d.interviewer.currentText() == "林主管"  # no card yet: the supervisor
    assert d.recommendation.currentIndex() == -1  # nothing preselected
    assert flow.focus() is d.scores["communication"] or flow.focus().parent() is d.scores["communication"]
    for digit in "4354":  # a digit scores and moves to the next score, the last to the recommendation
        flow.type(digit)


def assert_saved(ctx, recommendation: Recommendation) -> None:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        (card,) = uow.recruiting.scorecards()
    assert (card.interviewer, card.recommendation) == ("林主管", recommendation)
    assert [(s.key, s.score, s.evidence) for s in card.scores] == [
        ("communication", 4, "讲清了退款时效"), ("emotional_stability", 3, "追问下语速加快"),
        ("service_attitude", 5, ""), ("scenario", 4, "")]


def test_a_scorecard_by_keyboard_takes_five_actions(qtbot, ctx, page) -> None:  # type: ignore[no-untyped-def]
    flow = Flow(qtbot)

    def fill(d: ScorecardDialog) -> None:
        scores_and_evidence(flow, d)
        assert flow.focus() is d.recommendation
        flow.type("2")  # 推荐: a choice, counted as one action below
        flow.actions += 1
        assert d.recommendation.value() is Recommendation.YES
        assert flow.focus() is d.evidence["communication"]
        flow.type("讲清了退款时效")
        flow.key(Qt.Key.Key_Tab)
        assert flow.focus() is d.evidence["emotional_stability"]
        flow.type("追问下语速加快")
        flow.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        saved_and_closed(qtbot, d)
        done.append(True)

    done: list[bool] = []
    flow.when_dialog(ScorecardDialog, fill)
    flow.click_row(page.table, 0)
    qtbot.waitUntil(page.view.score_button.isVisible)  # the candidate's detail is read off the UI thread
    flow.key(Qt.Key.Key_Return)  # Enter on the candidate: the scorecard for the current round
    handled(qtbot, flow, done)
    assert flow.actions == 5  # was 16 (issue 24)
    assert_saved(ctx, Recommendation.YES)


def test_the_same_scorecard_by_mouse_takes_six(qtbot, ctx, page) -> None:  # type: ignore[no-untyped-def]
    flow = Flow(qtbot)

    def fill(d: ScorecardDialog) -> None:
        scores_and_evidence(flow, d)
        flow.click(d.recommendation)  # opens the list
        view = d.recommendation.view()
        qtbot.waitUntil(view.isVisible)
        qtbot.wait(QApplication.doubleClickInterval() + 50)  # a release this soon would count as the opening click
        flow.click(view.viewport(), pos=view.visualRect(view.model().index(1, 0)).center())
        assert d.recommendation.value() is Recommendation.YES
        flow.type("讲清了退款时效")  # the choice moved focus to the first evidence box
        flow.click(d.evidence["emotional_stability"])
        flow.type("追问下语速加快")
        flow.click(d.buttons.button(d.buttons.StandardButton.Save))
        saved_and_closed(qtbot, d)
        done.append(True)

    done: list[bool] = []
    flow.when_dialog(ScorecardDialog, fill)
    flow.click_row(page.table, 0)
    qtbot.waitUntil(page.view.score_button.isVisible)  # the candidate's detail is read off the UI thread
    flow.click(page.view.score_button)
    handled(qtbot, flow, done)
    assert flow.actions == 6  # was 13 (issue 24); the keyboard is no slower
    assert_saved(ctx, Recommendation.YES)


def test_an_unchosen_recommendation_is_refused_and_the_interviewer_is_the_last_one(qtbot, ctx, page) -> None:  # type: ignore[no-untyped-def]
    flow = Flow(qtbot)
    seen = {}

    def fill(d: ScorecardDialog) -> None:
        scores_and_evidence(flow, d)
        flow.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["error"] = d.errors["recommendation"].text()
        seen["open"] = d.isVisible()
        seen["cards"] = services.interviewers(ctx.uow())
        assert flow.focus() is d.recommendation
        d.interviewer.setCurrentText("周敏")
        flow.type("1")
        flow.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        saved_and_closed(qtbot, d)
        done.append(True)

    done: list[bool] = []
    flow.when_dialog(ScorecardDialog, fill)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.view.detail is not None)
    page.enter_scorecard()
    handled(qtbot, flow, done)
    assert seen == {"error": "请选择推荐意见后再保存：推荐意见不会预先选好，以免漏看时被误存。", "open": True,
                    "cards": []}
    assert services.default_interviewer(ctx.uow(), Round.SUPERVISOR) == "周敏"
    assert services.default_interviewer(ctx.uow(), Round.VETERAN) == "周敏"  # no card of that round: the latest


def test_tab_runs_through_the_scores_not_every_evidence_box(qtbot, ctx, page) -> None:  # type: ignore[no-untyped-def]
    flow = Flow(qtbot)
    order = []

    def walk(d: ScorecardDialog) -> None:
        names = {**{id(b): f"score:{k}" for k, b in d.scores.items()},
                 **{id(e): f"evidence:{k}" for k, e in d.evidence.items()}, id(d.recommendation): "recommendation"}
        for _ in range(6):
            widget = flow.focus()
            order.append(names.get(id(widget)) or names.get(id(widget.parent()), type(widget).__name__))
            flow.key(Qt.Key.Key_Tab)
        d.reject()

    flow.when_dialog(ScorecardDialog, walk)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.view.detail is not None)
    page.enter_scorecard()
    handled(qtbot, flow, order)
    assert order == ["score:communication", "score:emotional_stability", "score:service_attitude", "score:scenario",
                     "recommendation", "evidence:communication"]
