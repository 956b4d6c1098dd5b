"""The care lock, one per window: holds the data key while unlocked, drops it on lock or after idle minutes.

"Idle" means no use of care data (opening, filtering, selecting, typing in a care form, reading a detail on
another page), not no use of the app: a supervisor busy with KPIs for ten minutes gets care locked.
The clock is `ctx.now`, so tests drive the timeout with a fake clock and `check_idle()`.

Everything that touches the database goes through the door (issue 17): the key derivation runs on the
background runner, and the key comes back to this object in memory only — never into a setting, a notice
or a log line (a refusal is told by its code; the passphrase is not in any message).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

from domain.care import services
from domain.care.crypto import CareKey
from domain.care.lock_settings import DEFAULT_AUTOLOCK_MINUTES, autolock_minutes
from domain.errors import DomainError
from domain.ports import UnitOfWork
from shared.error_sentences import sentence
from shared.messages import describe
from ui.context import AppContext
from ui.door import Touched

CHECK_EVERY_MS = 15_000
Answer = Callable[[str], None]  # "" once done, else the refusal in words


class CareSession(QObject):
    changed = Signal()  # locked, unlocked, the passphrase set up, or the idle time read
    locked = Signal()  # the key was dropped: open care forms forget what was typed

    def __init__(self, ctx: AppContext) -> None:
        # Parented to the runner so every page of this window finds the same lock (see care_session()).
        super().__init__(ctx.runner)
        self.setObjectName("care_session")
        self._ctx = ctx
        self._key: CareKey | None = None
        self._has_passphrase: bool | None = None  # None until the door answers
        self._last_use = ctx.now()
        self._idle = timedelta(minutes=DEFAULT_AUTOLOCK_MINUTES)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check_idle)
        ctx.door.query(lambda uow: (services.has_passphrase(uow), autolock_minutes(uow)), self._learnt, owner=self)

    def _learnt(self, answer: tuple[bool, int]) -> None:
        self._has_passphrase, minutes = answer
        self._idle = timedelta(minutes=minutes)
        self.changed.emit()

    @property
    def key(self) -> CareKey | None:
        return self._key

    @property
    def unlocked(self) -> bool:
        return self._key is not None

    @property
    def known(self) -> bool:
        """Whether the door has said yet if a passphrase is set."""
        return self._has_passphrase is not None

    def has_passphrase(self) -> bool:
        """False until the door has answered; a button that asks at once calls `wait_known()` first."""
        return bool(self._has_passphrase)

    def wait_known(self, timeout_ms: int = 10_000) -> None:
        """For a click that comes before the first answer (the session is made lazily): wait for it, with the
        window still painting."""
        if self.known:
            return
        loop = QEventLoop()
        self.changed.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.changed.disconnect(loop.quit)

    def set_up(self, passphrase: str, answer: Answer) -> None:
        self._open_with(lambda uow: (services.set_passphrase(uow, passphrase), None), answer)

    def unlock(self, passphrase: str, answer: Answer) -> None:
        """A wrong passphrase (logged by the service) answers its words and stays locked."""
        self._open_with(lambda uow: (services.unlock(uow, passphrase), None), answer)

    def change_passphrase(self, old: str, new: str, answer: Answer,
                          done: Callable[[services.RekeyResult], None]) -> None:
        def use_case(uow: UnitOfWork) -> tuple[CareKey, services.RekeyResult]:
            result = services.change_passphrase(uow, old, new)
            return result.key, result

        self._open_with(use_case, answer, done)

    def _open_with(self, open_key: Callable[[UnitOfWork], tuple[CareKey, Any]], answer: Answer,
                   then: Callable[[Any], None] | None = None) -> None:
        """Derive the key on the runner, read the idle time with it, and open the lock on the UI thread."""
        def use_case(uow: UnitOfWork) -> tuple[CareKey, Any, int]:
            key, extra = open_key(uow)
            return key, extra, autolock_minutes(uow)

        def landed(found: tuple[CareKey, Any, int]) -> None:
            key, extra, minutes = found
            self._has_passphrase = True
            self._idle = timedelta(minutes=minutes)
            self._open(key)
            if then is not None:
                then(extra)
            answer("")

        def failed(exc: BaseException, trace: str) -> None:
            # A refusal by its code; anything else logged with its trace (which holds no local values).
            answer(describe(exc.code) if isinstance(exc, DomainError) else sentence(exc, trace=trace))

        # Set-up, unlocks and re-keys are written to the access log: the care topic refreshes who shows it.
        self._ctx.door.change(use_case, landed, Touched.of("care"), failed=failed)

    def _open(self, key: CareKey) -> None:
        self._key = key
        self.touch()
        self._timer.start()
        self.changed.emit()

    def lock(self) -> None:
        if self._key is None:
            return
        self._key = None
        self._timer.stop()
        self.locked.emit()
        self.changed.emit()

    def touch(self) -> None:
        self._last_use = self._ctx.now()

    def apply_settings(self) -> None:
        """After Settings saved a new idle time: read it, use it, and let pages say so."""
        def learnt(minutes: int) -> None:
            self._idle = timedelta(minutes=minutes)
            self.changed.emit()

        self._ctx.door.query(autolock_minutes, learnt, owner=self)

    @property
    def idle_minutes(self) -> int:
        return int(self._idle.total_seconds() // 60)

    def check_idle(self) -> None:
        if self._key is not None and self._ctx.now() - self._last_use >= self._idle:
            self.lock()


def care_session(ctx: AppContext) -> CareSession:
    found = ctx.runner.findChild(CareSession, "care_session")
    return found if isinstance(found, CareSession) else CareSession(ctx)
