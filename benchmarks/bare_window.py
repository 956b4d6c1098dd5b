"""Baseline for start-up: a bare PySide6 window with the same kinds of widgets as ours, no data."""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

app = QApplication(sys.argv)
window = QMainWindow()
central = QWidget()
row = QHBoxLayout(central)
nav = QListWidget()
nav.addItems(["花名册", "本周待办", "招聘", "带教", "辅导", "关怀", "绩效", "看板", "月报"])
stack = QStackedWidget()
page = QWidget()
column = QVBoxLayout(page)
filters = QHBoxLayout()
filters.addWidget(QLineEdit())
for _ in range(4):
    filters.addWidget(QComboBox())
column.addLayout(filters)
buttons = QHBoxLayout()
for text in ("新增员工", "编辑", "办理离职", "导入…", "导出…"):
    buttons.addWidget(QPushButton(text))
column.addLayout(buttons)
column.addWidget(QTableView())
stack.addWidget(page)
row.addWidget(nav)
row.addWidget(stack, 1)
window.setCentralWidget(central)
window.menuBar().addMenu("文件")
window.statusBar().showMessage("ready")
window.resize(1280, 760)
window.show()


def shown() -> None:
    print(f"SHOWN {time.time():.6f} {time.process_time():.6f}", flush=True)  # wall moment, CPU seconds so far
    app.quit()


QTimer.singleShot(0, shown)
app.exec()
