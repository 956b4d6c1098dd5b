from datetime import datetime

from domain.care.model import AccessEntry
from ui.care.access_log_dialog import AccessLogDialog


def test_access_log_lists_what_was_done_never_what_a_record_says(qtbot, zh) -> None:  # noqa: ARG001
    entries = [AccessEntry(datetime(2026, 11, 23, 1, 2), "care_unlock_failed", "", 0, False),
               AccessEntry(datetime(2026, 11, 23, 2, 2), "care_export", "/tmp/关怀.xlsx", 12, True)]
    dialog = AccessLogDialog(entries)
    qtbot.addWidget(dialog)
    rows = [[dialog.model.index(r, c).data() for c in range(4)] for r in range(dialog.model.rowCount())]
    assert [r[1:] for r in rows] == [["解锁失败：密码错误", "", ""], ["导出", "12", "/tmp/关怀.xlsx"]]
