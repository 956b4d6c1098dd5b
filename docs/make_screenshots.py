"""Render the main screens to PNG (offscreen) on a fresh demo database: docs/img/ for the README,
shots/ (git-ignored) for everything else.

    python docs/make_screenshots.py                 # Chinese: docs/img/roster.png + shots/
    python docs/make_screenshots.py --lang en       # English: docs/img/roster_en.png + shots/en/
    python docs/make_screenshots.py --out /tmp/x    # every page into another folder"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from domain.demo import build_demo  # noqa: E402
from persistence.database import open_database  # noqa: E402
from shared.i18n import install_translators  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402

SHOTS = ROOT / "shots"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")
    parser.add_argument("--out", type=Path, help="folder for the page shots (default: shots/, shots/en/)")
    options = parser.parse_args()
    global SHOTS
    SHOTS = options.out or (SHOTS / "en" if options.lang == "en" else SHOTS)
    readme_png = ROOT / "docs/img" / ("roster_en.png" if options.lang == "en" else "roster.png")
    app = QApplication.instance() or QApplication([])
    install_translators(options.lang)
    work = Path(tempfile.mkdtemp())
    db = open_database(work / "demo.sqlite")
    build_demo(db.uow(), 60, 36, 7, date.today())
    ctx = AppContext(db=db, settings=QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat),
                     undo=QUndoStack(), runner=TaskRunner())
    from ui.main_window import MainWindow
    from ui.roster.agent_dialog import AgentDialog
    from ui.roster.import_dialog import RosterImportDialog
    from ui.roster.leave_dialog import LeaveDialog
    from ui.settings_dialog import SettingsDialog

    SHOTS.mkdir(parents=True, exist_ok=True)
    window = MainWindow(ctx)
    window.resize(1360, 800)
    window.show()
    for _ in range(3):  # the window's own background work (1:1 column, daily backup) lands first
        ctx.runner.wait()
        app.processEvents()
    window.grab().save(str(readme_png))
    for key in [area.key for area in window.areas]:
        window.show_area(key)
        for _ in range(3):  # pages load their rows and charts in the background
            ctx.runner.wait()
            app.processEvents()
        window.grab().save(str(SHOTS / f"area_{key}.png"))
    roster = window.pages["roster"]
    roster.table.selectRow(2)
    agent = roster._selected()
    dialog = AgentDialog(agent, date.today(), roster.model.teams(), lambda _v: [])
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(SHOTS / "roster_agent_dialog.png"))
    bad = AgentDialog(None, date.today(), roster.model.teams(), lambda _v: [])
    bad.employee_no.setText("KF 1")
    bad.phone.setText("12345")
    bad.show()
    bad._try_accept()
    app.processEvents()
    bad.grab().save(str(SHOTS / "roster_agent_dialog_errors.png"))
    leave = LeaveDialog(agent, date.today(), lambda *_: [])
    leave.show()
    app.processEvents()
    leave.grab().save(str(SHOTS / "roster_leave_dialog.png"))
    settings = SettingsDialog(ctx)
    settings.show()
    app.processEvents()
    settings.grab().save(str(SHOTS / "settings.png"))
    csv = work / "hq.csv"
    csv.write_bytes(("2026年11月花名册\r\n工号,姓名,岗位,组别,入职时间,手机,工位号\r\n"
                     "KF00003,改名测试,热线,热线二组,2024/3/5,13800000000,A-12\r\n"
                     "KF90001,新同事,在线,在线组,2026-11-02,13900000000,B-07\r\n"
                     "KF90002,错误示例,客服,在线组,2026-02-30,123,B-08\r\n").encode("gbk"))
    importer = RosterImportDialog(ctx, path=csv)
    importer.show()
    ctx.runner.wait()
    for _ in range(20):
        app.processEvents()
    importer.grab().save(str(SHOTS / "roster_import_preview.png"))
    print("written to", SHOTS, "and", readme_png)


if __name__ == "__main__":
    main()
