"""File → Backup and restore, Help → Check database and Settings → Backups, on real files."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand

from domain.demo import build_demo
from domain.roster import services
from domain.roster.model import AgentData, Role
from persistence.backup import AUTOMATIC, FOLDER_SETTING, MANUAL, list_backups, read_contents, take_backup
from ui.door import Touched
from ui.safety.backup_dialog import BackupDialog
from ui.safety.check_dialog import CheckDatabaseDialog
from ui.safety.settings_tab import BackupSettingsTab

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 9, 30)


def open_dialog(qtbot, ctx) -> BackupDialog:  # type: ignore[no-untyped-def]
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.backup_button.isEnabled())
    return dialog


def test_the_list_shows_each_backup_with_its_date_kind_and_counts(qtbot, ctx) -> None:
    build_demo(ctx.uow(), 10, 6, 7, TODAY)
    take_backup(ctx.db, AUTOMATIC, NOW - timedelta(days=1))
    take_backup(ctx.db, MANUAL, NOW)
    dialog = open_dialog(qtbot, ctx)
    model = dialog.model
    assert model.rowCount() == 2 and dialog.table.isVisibleTo(dialog) and not dialog.empty_hint.isVisibleTo(dialog)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["备份时间", "类型", "坐席", "记录总数", "大小", "文件"]
    newest = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    agents = read_contents(ctx.db.path).agents
    assert newest[0] == "2026-11-23 09:30" and newest[1] == "手动" and newest[2] == f"{agents:,}"
    assert model.data(model.index(1, 1)) == "每日自动"
    assert "备份文件夹" in dialog.folder_label.text()


def test_with_no_backups_the_dialog_says_how_to_make_one(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert dialog.empty_hint.isVisibleTo(dialog) and not dialog.table.isVisibleTo(dialog)
    assert "立即备份" in dialog.empty_hint.text()
    assert not dialog.restore_button.isEnabled()


def test_back_up_now_adds_a_manual_backup(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert [b.kind for b in list_backups(ctx.db.backup_dir)] == [MANUAL]
    assert dialog.status.text().startswith("已备份")


def test_restore_selected_brings_the_data_back_and_tells_the_window(qtbot, ctx, monkeypatch) -> None:
    services.add_agent(ctx.uow(), AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2025, 1, 6)), TODAY)
    take_backup(ctx.db, MANUAL, NOW - timedelta(hours=1))
    services.add_agent(ctx.uow(), AgentData("KF002", "李强", Role.ONLINE, "在线组", date(2025, 2, 6)), TODAY)
    dialog = open_dialog(qtbot, ctx)
    asked = []
    monkeypatch.setattr(dialog, "confirm_restore", lambda taken: asked.append(taken) or True)
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    notices: list[Touched] = []
    ctx.door.changed.connect(notices.append)
    with qtbot.waitSignal(dialog.restored, timeout=10_000) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(notices))  # every page following the door reads the restored data
    assert all(notices[0].concerns({topic}, agent_id=7) for topic in ("agents", "kpi", "training", "settings"))
    assert asked == ["2026-11-23 08:30"]
    assert [r.agent.employee_no for r in services.list_roster(ctx.uow(), TODAY)] == ["KF001"]
    assert restored.args[0].pre_restore.path.exists()
    assert "已恢复：坐席 1 人" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)  # the pre-restore copy is listed too


def test_a_bad_file_is_refused_in_words(qtbot, ctx, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, ctx)
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("不是数据库")
    dialog.restore(bogus)
    qtbot.waitUntil(lambda: "未恢复" in dialog.status.text())
    assert "不是本软件的备份" in dialog.status.text()


def test_check_database_says_healthy_in_words(qtbot, ctx) -> None:
    dialog = CheckDatabaseDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.verdict.text() == "✔ 未发现问题"
    assert "完整性检查：所有数据页和索引都完好。" in dialog.lines.text()
    assert "记录之间的关联：全部完好。" in dialog.lines.text()


def test_check_database_names_the_damage_and_what_to_do(qtbot, ctx, tmp_path: Path) -> None:
    build_demo(ctx.uow(), 10, 6, 7, TODAY)
    damaged = tmp_path / "damaged.sqlite"
    shutil.copy(take_backup(ctx.db, MANUAL, NOW).path, damaged)
    data = bytearray(damaged.read_bytes())
    data[4096 * 4 + 1:4096 * 4 + 8] = b"\x7f" * 7  # scribble over a table page's header
    damaged.write_bytes(bytes(data))
    broken = dataclasses.replace(ctx, db=dataclasses.replace(ctx.db, path=damaged))
    dialog = CheckDatabaseDialog(broken)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.verdict.text() == "✖ 发现问题"
    assert "完整性检查发现损坏" in dialog.lines.text() and "最近一份完好的备份" in dialog.lines.text()


def test_the_settings_tab_moves_the_backup_folder(qtbot, ctx, tmp_path: Path) -> None:
    tab = BackupSettingsTab(ctx)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.loaded)
    assert tab.folder.text() == "" and str(ctx.db.path.parent / "backups") in tab.folder.placeholderText()
    chosen = tmp_path / "U盘" / "备份"
    tab.folder.setText(str(chosen))
    tab.save()
    qtbot.waitUntil(lambda: ctx.db.backup_dir == chosen)
    assert chosen.is_dir()
    with ctx.uow() as uow:
        assert uow.settings.get(FOLDER_SETTING) == str(chosen)
    assert take_backup(ctx.db, MANUAL, NOW).path.parent == chosen
    tab.folder.clear()
    tab.save()
    qtbot.waitUntil(lambda: ctx.db.backup_dir == ctx.db.path.parent / "backups")


def test_the_settings_tab_shows_the_stored_folder_once_read(qtbot, ctx, tmp_path: Path) -> None:
    stored = tmp_path / "别的盘"
    with ctx.uow() as uow:
        uow.settings.set(FOLDER_SETTING, str(stored))
        uow.commit()
    tab = BackupSettingsTab(ctx)
    qtbot.addWidget(tab)
    assert not tab.folder.isEnabled()
    tab.save()  # before the stored choice is read: writes nothing
    qtbot.waitUntil(lambda: tab.loaded)
    assert tab.folder.text() == str(stored) and tab.folder.isEnabled()
    with ctx.uow() as uow:
        assert uow.settings.get(FOLDER_SETTING) == str(stored)


def test_the_settings_tab_names_the_last_automatic_backup_read_off_the_ui_thread(qtbot, ctx) -> None:
    tab = BackupSettingsTab(ctx)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.last.text() != "…")
    assert tab.last.text() == "尚无"
    taken = take_backup(ctx.db, AUTOMATIC, NOW - timedelta(days=1))
    again = BackupSettingsTab(ctx)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.last.text() != "…")
    assert again.last.text() == f"{taken.taken_at:%Y-%m-%d %H:%M}"


def test_the_menus_offer_backup_restore_and_check(qtbot, ctx) -> None:
    from ui.main_window import MainWindow
    from ui.safety.menus import after_restore

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.file_menu.isEnabled())  # a cold process builds them a few turns later
    menus = {m.title(): [a.text() for a in m.actions() if not a.isSeparator()]
             for m in (a.menu() for a in window.menuBar().actions())}
    file_items = next(items for title, items in menus.items() if "备份与恢复…" in items)
    assert file_items.index("备份与恢复…") < len(file_items) - 1  # above Quit
    assert any("检查数据库…" in items and "打开日志文件夹" in items for items in menus.values())
    services.add_agent(ctx.uow(), AgentData("KF009", "张敏", Role.HOTLINE, "热线一组", date(2025, 1, 6)), TODAY)
    ctx.undo.push(QUndoCommand("加坐席"))
    after_restore(window)
    assert ctx.undo.count() == 0
    # the page shows what is now in the file (its rows come back through the door)
    qtbot.waitUntil(lambda: window.pages["roster"].model.rowCount() == 1)



def test_the_start_up_backup_reports_in_the_status_bar_or_warns(qtbot, ctx, monkeypatch) -> None:
    from PySide6.QtWidgets import QMainWindow

    from persistence.backup import StartupBackup
    from ui.safety import startup

    window = QMainWindow()
    qtbot.addWidget(window)
    startup.start_daily_backup(ctx, window)
    qtbot.waitUntil(lambda: "今天的自动备份已完成" in window.statusBar().currentMessage())
    assert [b.kind for b in list_backups(ctx.db.backup_dir)] == [AUTOMATIC]

    warned = []
    monkeypatch.setattr(startup.QMessageBox, "warning", lambda _w, title, text: warned.append((title, text)))
    monkeypatch.setattr(ctx.files.safety, "daily",
                        lambda now: StartupBackup(taken=None, problem="disk image is malformed", cleaned=0))
    startup.start_daily_backup(ctx, window)
    qtbot.waitUntil(lambda: bool(warned))
    assert warned[0][0] == "数据库检查未通过" and "今天没有自动备份" in warned[0][1]


def test_check_database_names_a_missing_table_and_column(qtbot, ctx, tmp_path: Path) -> None:
    altered = tmp_path / "altered.sqlite"
    shutil.copy(take_backup(ctx.db, MANUAL, NOW).path, altered)
    con = sqlite3.connect(altered)
    with con:
        con.execute("DROP TABLE mentor_check_ins")
        con.execute("ALTER TABLE agents DROP COLUMN hometown")
    con.close()
    dialog = CheckDatabaseDialog(dataclasses.replace(ctx, db=dataclasses.replace(ctx.db, path=altered)))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None)
    dialog.show()
    dialog.grab().save(str(tmp_path / "check_missing_table.png"))
    assert dialog.verdict.text() == "✖ 发现问题"
    assert "表结构：缺少数据表 mentor_check_ins。" in dialog.lines.text()
    assert "表结构：数据表 agents 缺少列 hometown。" in dialog.lines.text()
