"""The export history: every report, roster export and import the app has logged."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.table_model import Column, TableModel

KINDS = {
    "export_report": QT_TRANSLATE_NOOP("ExportLogModel", "HQ report"),
    "export_roster": QT_TRANSLATE_NOOP("ExportLogModel", "Roster export"),
    "import_roster": QT_TRANSLATE_NOOP("ExportLogModel", "Roster import"),
}


def readable_detail(detail: str) -> str:
    """The log keeps "month=2026-10; path=…; sections=…" for machines; people read "2026-10 · …/report.xlsx"."""
    if "=" not in detail:
        return detail
    fields = dict(part.strip().split("=", 1) for part in detail.split(";") if "=" in part)
    shown = [fields[key] for key in ("month", "path") if fields.get(key)]
    return " · ".join(shown) if shown else detail


def _when(row: tuple) -> str:  # type: ignore[type-arg]
    return row[0].strftime("%Y-%m-%d %H:%M") if row[0] else ""


class _Logged:
    """The kinds of entry this history shows (the log holds others)."""

    @staticmethod
    def accepts(row: tuple) -> bool:  # type: ignore[type-arg]
        return row[1] in KINDS


COLUMNS: list[Column[tuple]] = [  # type: ignore[type-arg]
    Column(QT_TRANSLATE_NOOP("ExportLogModel", "When"), _when, lambda r: r[0], key="when"),
    Column(QT_TRANSLATE_NOOP("ExportLogModel", "What"),
           lambda r: QCoreApplication.translate("ExportLogModel", KINDS[r[1]]), lambda r: r[1], key="what"),
    Column(QT_TRANSLATE_NOOP("ExportLogModel", "Details"), lambda r: readable_detail(r[2]), lambda r: r[2],
           key="details"),
    Column(QT_TRANSLATE_NOOP("ExportLogModel", "Rows"), lambda r: str(r[3]), lambda r: r[3], key="rows"),
]


class ExportLogModel(TableModel[tuple]):  # type: ignore[type-arg]
    """Rows of (when, kind, detail, row count), in the order the log gives them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__("ExportLogModel", COLUMNS, flt=_Logged(), parent=parent)
