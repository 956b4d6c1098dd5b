"""The one door from the window to the data (issue 17; Anki's QueryOp/CollectionOp): a page hands a use case
`fn(uow) -> result` to `query` or `change`; it runs on the background runner in its own unit of work and the
result comes back on the UI thread. A change then tells every page what it touched, so pages that show it
refresh — and only those.

    ctx.door.query(lambda uow: services.list_roster(uow, today), self.show_rows)
    ctx.door.change(lambda uow: services.update_agent(uow, agent, today), self.saved,
                    touches=Touched.of("agents", agent.id))

A file use case (an import, an export) takes its ports from `ctx.files` (persistence/file_ports.py); one that
opens transactions in turn takes `lambda: uow` — this unit of work, opened once after the other, never nested:
    ctx.door.change(lambda uow: import_roster(lambda: uow, backup, preview, today, now, mapping, values), ...)

The heaviest run in a second process once the app has started it (`apart`, a picklable `domain.ports.Job`):
    ctx.door.apart(Job.query(this_week, today), self.show_items, owner=self)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from domain.ports import Job, Store, UnitOfWork
    from domain.roster.rules import FieldError
    from persistence.worker_process import WorkerProcess
    from ui.tasks import TaskRunner
    from ui.widgets import ErrorLabel

T = TypeVar("T")
Failure = Callable[[BaseException, str], None]
Report = Callable[[int, int], None]
Answer = Callable[[list["FieldError"]], None]


@dataclass(frozen=True)
class Touched:
    """What a change touched: topics ("agents", "coaching", "kpi", …) and, where known, the agents' ids, so a
    page showing one agent refreshes only for that agent and a table can reload one row."""

    topics: frozenset[str]
    agent_ids: frozenset[int] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *topics: str, agents: Iterable[int | None] = ()) -> Touched:
        return cls(frozenset(topics), frozenset(a for a in agents if a is not None))

    def concerns(self, topics: Iterable[str], agent_id: int | None = None) -> bool:
        if self.topics.isdisjoint(topics):
            return False
        return agent_id is None or not self.agent_ids or agent_id in self.agent_ids


class Door(QObject):
    """Serial, like the runner under it: changes land in the order made, and a query after a change sees it."""

    changed = Signal(object)  # Touched

    def __init__(self, runner: TaskRunner, uow_factory: Callable[[], UnitOfWork], failure: Failure,
                 parent: QObject | None = None, store: Store | None = None) -> None:
        super().__init__(parent)
        self._runner, self._uow, self._failure = runner, uow_factory, failure
        self._store = store
        # The second process for `apart` (persistence/worker_process.py), once the app has started one.
        self.process: WorkerProcess | None = None

    def query(self, use_case: Callable[[UnitOfWork], T], done: Callable[[T], None],
              failed: Failure | None = None, owner: QObject | None = None) -> None:
        """`owner`: the page or dialog that asked; if it was closed meanwhile, the answer is dropped."""
        self._runner.run(lambda: use_case(self._uow()), _unless_gone(owner, done),
                         _unless_gone(owner, failed or self._failure))

    def change(self, use_case: Callable[[UnitOfWork], T], done: Callable[[T], None], touches: Touched,
               failed: Failure | None = None, owner: QObject | None = None) -> None:
        """The notice goes out even when `owner` was closed meanwhile: the change landed all the same."""
        self._runner.run(lambda: use_case(self._uow()), self._landed(_unless_gone(owner, done), touches),
                         _unless_gone(owner, failed or self._failure))

    def change_with_progress(self, use_case: Callable[[UnitOfWork, Report], T], progress: Report,
                             done: Callable[[T], None], touches: Touched | None, failed: Failure | None = None,
                             owner: QObject | None = None) -> None:
        """Long work (a month rescored, the HQ report built): the use case gets `report(done, total)` too, and
        `progress` runs on the UI thread. `touches=None` for work that changes nothing a page shows."""
        self._runner.run_with_progress(lambda report: use_case(self._uow(), report), _unless_gone(owner, progress),
                                       self._landed(_unless_gone(owner, done), touches),
                                       _unless_gone(owner, failed or self._failure))

    def apart(self, job: Job, done: Callable[[Any], None], *, then: Callable[[Any], Any] | None = None,
              progress: Report | None = None, touches: Touched | None = None, failed: Failure | None = None,
              owner: QObject | None = None) -> None:
        """The heaviest use cases (本周待办, a performance month and its weekly review, the KPI import, the HQ
        report, the at-risk list): `job(store, report)`, a picklable `domain.ports.Job`, runs in the second
        process when it is up, so its work never holds the window's interpreter lock; otherwise on the worker
        thread as `query` runs. `then(result)` runs on the
        worker thread after it (arranging an answer for a table), `done` on the UI thread; `touches` as for
        `change`. If the process dies during the job, a query is run again on the worker thread; a change (one
        with `touches`) is not — it may have landed — but failed with words that say so, and the notice goes out
        so that the pages show what is there."""
        fail = _unless_gone(owner, failed or self._failure)

        def work(report: Report) -> Any:
            from persistence.worker_process import ProcessLost

            try:
                ran, result = self.process.run(job, report) if self.process is not None else (False, None)
            except ProcessLost:
                if touches is not None:
                    raise
                ran = False
            if not ran:
                assert self._store is not None, "a door made without a store cannot run jobs"
                result = job(self._store, report)
            return then(result) if then is not None else result

        def lost(exc: BaseException, trace: str) -> None:
            try:
                fail(exc, trace)
            finally:
                if touches is not None and getattr(exc, "code", None) == "work_interrupted":
                    self.changed.emit(touches)

        self._runner.run_with_progress(work, _unless_gone(owner, progress or _no_progress),
                                       self._landed(_unless_gone(owner, done), touches), lost)

    def _landed(self, follow_up: Callable[[Any], None], touches: Touched | None) -> Callable[[Any], None]:
        def landed(result: Any) -> None:
            try:
                follow_up(result)
            finally:  # a page's own follow-up failing must not hide the change from the other pages
                if touches is not None:
                    self.changed.emit(touches)

        return landed

    def save(self, use_case: Callable[[UnitOfWork], T], answer: Answer, touches: Touched,
             owner: QObject | None = None, done: Callable[[T], None] | None = None,
             words: Callable[[BaseException], str] | None = None, box: bool = False) -> None:
        """A dialog's Save (the one contract every saving dialog follows): the dialog stays open with what was
        typed until `answer(errors)`; [] once the change landed (after `done(result)`), else the refusal as
        field errors (see `refused`). `box=True` for a dialog that shows field errors only: a refusal on no field
        is then also told in a message box."""

        def landed(result: T) -> None:
            if done is not None:
                done(result)
            answer([])

        def failed(exc: BaseException, trace: str) -> None:
            errors = refused(exc, trace, words)
            if box and not errors[0].field:
                from PySide6.QtWidgets import QApplication, QMessageBox

                QMessageBox.warning(QApplication.activeWindow(),
                                    QApplication.translate("Door", "Could not complete"), errors[0].value)
            answer(errors)

        self.change(use_case, landed, touches, failed=failed, owner=owner)


def refused(exc: BaseException, trace: str, words: Callable[[BaseException], str] | None = None) -> list[FieldError]:
    """A refused save as a dialog's errors: a ValidationFailed's own field errors, a taken employee number on its
    field; any other rule, or anything unexpected (logged with its trace), on no field (field "") with its
    sentence in `value` — `words(exc)` where an area has richer words for its rules."""
    from domain.errors import DomainError, DuplicateEmployeeNo, ValidationFailed
    from domain.roster.rules import FieldError
    from shared.error_sentences import sentence

    if isinstance(exc, ValidationFailed) and exc.errors:
        return list(exc.errors)
    if isinstance(exc, DuplicateEmployeeNo):
        return [FieldError("employee_no", exc.code, exc.employee_no)]
    if isinstance(exc, DomainError):
        return [FieldError("", exc.code, words(exc) if words is not None else sentence(exc))]
    return [FieldError("", "unexpected", sentence(exc, trace=trace))]


def said(errors: list[FieldError]) -> str:
    """The errors as the lines of one error label (a dialog with a single error line)."""
    from shared.messages import describe

    return "\n".join(dict.fromkeys(e.value if not e.field and e.value else describe(e.code) for e in errors))


def close_when_saved(door: Door, dialog: QDialog, use_case: Callable[[UnitOfWork], T], touches: Touched,
                     error: ErrorLabel, done: Callable[[T], None] | None = None,
                     words: Callable[[BaseException], str] | None = None) -> None:
    """A dialog with one error line saves through `door.save`: Save (or OK) disabled while the answer is on its
    way, the refusal in words on the error line with everything as typed, closed once the change landed."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = dialog.findChild(QDialogButtonBox)
    button = None
    if buttons is not None:
        button = (buttons.button(QDialogButtonBox.StandardButton.Save)
                  or buttons.button(QDialogButtonBox.StandardButton.Ok))
    if button is not None:
        if not button.isEnabled():
            return  # the last Save is still on its way
        button.setEnabled(False)
    error.show_error("")

    def answered(errors: list[FieldError]) -> None:
        if button is not None:
            button.setEnabled(True)
        if errors:
            error.show_error(said(errors))
        else:
            dialog.accept()

    door.save(use_case, answered, touches, owner=dialog, done=done, words=words)


def out_of_sight(page: QWidget) -> bool:
    """A page behind another page of a window on screen. It refreshes in its showEvent rather than on every
    notice: redrawing tens of thousands of rows for a page nobody sees held the UI thread for seconds after each
    edit elsewhere (benchmarks/ui_stalls.py). A page in no shown window (a test, a lone dialog) still reacts."""
    return page.window().isVisible() and not page.isVisible()


def _no_progress(_done: int, _total: int) -> None:
    pass


def _unless_gone(owner: QObject | None, callback: Callable[..., None]) -> Callable[..., None]:
    if owner is None:
        return callback

    def guarded(*args: Any) -> None:
        if isValid(owner):
            callback(*args)

    return guarded


def show_failure(exc: BaseException, trace: str) -> None:
    """What a page gets when it names no failure handler of its own: a rule the action broke in words, anything
    else logged with its trace and told in one short sentence."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from shared.error_sentences import sentence

    text = sentence(exc, trace=trace)
    QMessageBox.warning(QApplication.activeWindow(), QApplication.translate("Door", "Could not complete"), text)
