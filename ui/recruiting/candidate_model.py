"""The candidate list: sorted and filtered over a Python list, like the roster table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from domain.recruiting.model import PIPELINE, Source, Stage
from domain.recruiting.services import CandidateRow
from domain.roster.model import Role
from shared.words import label
from ui.filtered_model import FilteredTableModel
from ui.recruiting.grid import Index
from ui.recruiting.labels import score_text

STAGE_ORDER = {stage: i for i, stage in enumerate(Stage)}


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[CandidateRow], str]
    key: Callable[[CandidateRow], Any]


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Name"), lambda r: r.candidate.name, lambda r: r.candidate.name),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Role"), lambda r: label(r.candidate.role),
           lambda r: str(r.candidate.role)),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Source"), lambda r: label(r.candidate.source),
           lambda r: str(r.candidate.source)),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Applied"), lambda r: r.candidate.applied_on.isoformat(),
           lambda r: r.candidate.applied_on),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Stage"), lambda r: label(r.candidate.stage),
           lambda r: STAGE_ORDER[r.candidate.stage]),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Scorecards"), lambda r: str(r.cards) if r.cards else "",
           lambda r: r.cards),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Average total"), lambda r: score_text(r.total) if r.cards else "",
           lambda r: r.total or 0.0),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Knock-out"),
           lambda r: QCoreApplication.translate("CandidateModel", "Yes") if r.knocked_out else "",
           lambda r: r.knocked_out),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Reason"), lambda r: r.candidate.reason, lambda r: r.candidate.reason),
]


@dataclass
class CandidateFilter:
    text: str = ""
    stage: Stage | None = None
    open_only: bool = False
    role: Role | None = None
    source: Source | None = None

    def accepts(self, row: CandidateRow) -> bool:
        c = row.candidate
        if self.open_only and c.stage not in PIPELINE:
            return False
        if self.stage is not None and c.stage is not self.stage:
            return False
        if self.role is not None and c.role is not self.role:
            return False
        if self.source is not None and c.source is not self.source:
            return False
        return not self.text or self.text.casefold() in c.name.casefold() or self.text in c.phone


class CandidateModel(FilteredTableModel[CandidateRow]):
    CONTEXT = "CandidateModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, CandidateFilter(), 3, Qt.SortOrder.DescendingOrder, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()].text(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.candidate.stage in (Stage.REJECTED, Stage.WITHDRAWN):
            return QColor("#888888")
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 7 and row.knocked_out:
            return QColor("#c0392b")
        return None

    def row_index_of(self, candidate_id: int) -> int | None:
        return next((i for i, r in enumerate(self._shown) if r.candidate.id == candidate_id), None)

