"""The performance page's handouts as files: the one-page explanation for an agent and the 公示 workbook. The
sheets hold words already translated and values; a writer port (persistence) lays them out in a workbook."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from domain.performance.services import record_explanation_export
from domain.ports import UnitOfWork


@dataclass
class ExplanationSheet:
    sheet_name: str
    title: str
    facts: list[tuple[str, str]]  # (label, value) lines under the title
    headers: Sequence[str]
    rows: list[Sequence[object]]
    notes_title: str = ""
    notes: list[str] = field(default_factory=list)
    footer: str = ""


@dataclass
class PublishSheet:
    name: str
    title: str
    headers: Sequence[str]
    rows: list[Sequence[object]]
    notes: list[str] = field(default_factory=list)


ExplanationWriter = Callable[[ExplanationSheet, Path], Path]
PublicationWriter = Callable[[list[PublishSheet], Path], Path]


def export_explanation(uow: UnitOfWork, write: ExplanationWriter, sheet: ExplanationSheet, path: Path,
                       employee_no: str, month: str) -> Path:
    """Write the sheet, then log it (one transaction): a file that could not be written is not logged."""
    written = write(sheet, path)
    record_explanation_export(uow, employee_no, month, str(path))
    return written
