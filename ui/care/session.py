"""The care lock, one per window: holds the data key while unlocked, drops it on lock or after idle minutes.

"Idle" means no use of care data (opening, filtering, selecting, typing in a care form, reading a detail on
another page), not no use of the app: a supervisor busy with KPIs for ten minutes gets care locked.
The clock is `ctx.now`, so tests drive the timeout with a fake clock and `check_idle()`.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from domain.care import services
from domain.care.crypto import CareKey
from domain.care.errors import DamagedRecord
from domain.errors import DomainError
from domain.timeline import TimelineEvent
from ui.context import AppContext

AUTOLOCK_KEY = "care_autolock_minutes"
DEFAULT_AUTOLOCK_MINUTES = 10
AUTOLOCK_RANGE = (1, 240)
CHECK_EVERY_MS = 15_000


def read_autolock_minutes(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        raw = uow.settings.get(AUTOLOCK_KEY, str(DEFAULT_AUTOLOCK_MINUTES))
    try:
        minutes = int(raw)
    except ValueError:
        return DEFAULT_AUTOLOCK_MINUTES
    return min(max(minutes, AUTOLOCK_RANGE[0]), AUTOLOCK_RANGE[1])


class CareSession(QObject):
    changed = Signal()  # locked or unlocked

    def __init__(self, ctx: AppContext) -> None:
        # Parented to the runner so every page of this window finds the same lock (see care_session()).
        super().__init__(ctx.runner)
        self.setObjectName("care_session")
        self._ctx = ctx
        self._key: CareKey | None = None
        self._last_use = ctx.now()
        self._idle = timedelta(minutes=DEFAULT_AUTOLOCK_MINUTES)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check_idle)

    @property
    def key(self) -> CareKey | None:
        return self._key

    @property
    def unlocked(self) -> bool:
        return self._key is not None

    def has_passphrase(self) -> bool:
        return services.has_passphrase(self._ctx.uow())

    def set_up(self, passphrase: str) -> None:
        self._open(services.set_passphrase(self._ctx.uow(), passphrase))

    def unlock(self, passphrase: str) -> None:
        """Raises WrongPassphrase (logged by the service) and stays locked."""
        self._open(services.unlock(self._ctx.uow(), passphrase))

    def change_passphrase(self, old: str, new: str) -> services.RekeyResult:
        result = services.change_passphrase(self._ctx.uow(), old, new)
        self._open(result.key)
        return result

    def _open(self, key: CareKey) -> None:
        self._key = key
        self.reload_settings()
        self.touch()
        self._timer.start()
        self.changed.emit()

    def lock(self) -> None:
        if self._key is None:
            return
        self._key = None
        self._timer.stop()
        self.changed.emit()

    def touch(self) -> None:
        self._last_use = self._ctx.now()

    def reload_settings(self) -> None:
        self._idle = timedelta(minutes=read_autolock_minutes(self._ctx))

    def apply_settings(self) -> None:
        """After Settings saved a new idle time: use it now, and let pages say so."""
        self.reload_settings()
        self.changed.emit()

    @property
    def idle_minutes(self) -> int:
        return int(self._idle.total_seconds() // 60)

    def check_idle(self) -> None:
        if self._key is not None and self._ctx.now() - self._last_use >= self._idle:
            self.lock()

    def details_text(self, record_id: int) -> str | None:
        """The words of one record while unlocked; None while locked (or if it cannot be read)."""
        if self._key is None:
            return None
        try:
            _facts, details = services.record_details(self._ctx.uow(), self._key, record_id)
        except DamagedRecord:
            return None
        except DomainError:
            self.lock()  # the key went stale (passphrase changed): lock rather than guess
            return None
        self.touch()
        return "\n".join(part for part in (details.what_happened, details.support_given, details.notes) if part)


def care_session(ctx: AppContext) -> CareSession:
    found = ctx.runner.findChild(CareSession, "care_session")
    return found if isinstance(found, CareSession) else CareSession(ctx)


def timeline_summary(ctx: AppContext, event: TimelineEvent) -> str:
    """What an agent page may print for a care event: the details only while care is unlocked, else ""."""
    if event.area != "care" or event.ref_id is None:
        return event.summary
    return care_session(ctx).details_text(event.ref_id) or ""
