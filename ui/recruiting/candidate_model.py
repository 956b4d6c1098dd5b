"""The candidate list: sorted and filtered over a Python list, like the roster table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from domain.recruiting.model import PIPELINE, Source, Stage
from domain.recruiting.services import CandidateRow
from domain.roster.model import Role
from shared.words import label
from ui.recruiting.labels import score_text
from ui.table_model import Column, TableModel

RED, GREY = QColor("#c0392b"), QColor("#888888")
STAGE_ORDER = {stage: i for i, stage in enumerate(Stage)}


def _closed(row: CandidateRow) -> QColor | None:
    return GREY if row.candidate.stage in (Stage.REJECTED, Stage.WITHDRAWN) else None


COLUMNS: list[Column[CandidateRow]] = [
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Name"), lambda r: r.candidate.name, lambda r: r.candidate.name,
           key="name"),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Role"), lambda r: label(r.candidate.role),
           lambda r: str(r.candidate.role), key="role"),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Source"), lambda r: label(r.candidate.source),
           lambda r: str(r.candidate.source), key="source"),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Applied"), lambda r: r.candidate.applied_on.isoformat(),
           lambda r: r.candidate.applied_on, key="applied"),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Stage"), lambda r: label(r.candidate.stage),
           lambda r: STAGE_ORDER[r.candidate.stage], key="stage"),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Scorecards"), lambda r: str(r.cards) if r.cards else "",
           lambda r: r.cards, key="cards"),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Average total"), lambda r: score_text(r.total) if r.cards else "",
           lambda r: r.total or 0.0, key="total"),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Knock-out"),
           lambda r: QCoreApplication.translate("CandidateModel", "Yes") if r.knocked_out else "",
           lambda r: r.knocked_out, key="knock_out",
           colour=lambda r: RED if r.knocked_out and _closed(r) is None else None),
    Column(QT_TRANSLATE_NOOP("CandidateModel", "Reason"), lambda r: r.candidate.reason, lambda r: r.candidate.reason,
           key="reason"),
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


class CandidateModel(TableModel[CandidateRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__("CandidateModel", COLUMNS, sort="applied", order=Qt.SortOrder.DescendingOrder,
                         flt=CandidateFilter(), colour=_closed, parent=parent)

    def row_index_of(self, candidate_id: int) -> int | None:
        return self.find(lambda r: r.candidate.id == candidate_id)
