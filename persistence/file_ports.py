"""The ports persistence implements for the domain's file and backup use cases (domain/ports.py), composed once
per open database: ui/context.py builds them for the window, cli/ handlers for a command. ui/ and cli/ reach
readers, writers and backups only through here and the use cases, never an importer or *_export module itself.

Kept light: a reader or writer module (openpyxl, the tabular reader) is imported when first used, on the worker
thread, not when the window builds its context."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from persistence.backup_port import DatabaseBackup
from persistence.safety_port import StoreSafety

if TYPE_CHECKING:
    from domain.care.export_use_case import CareWriter
    from domain.mentoring.allowance import AllowanceStatement
    from domain.mentoring.services import StatementWriter
    from domain.performance.handouts import ExplanationWriter, PublicationWriter
    from domain.ports import KpiReader, ReportPort, RosterReader, UnitsOfWork
    from domain.roster.export_use_case import RosterWriter
    from domain.training.posting_use_case import PostingWriter
    from persistence.database import Database


def roster_reader() -> RosterReader:
    from persistence.roster.roster_files import RosterFiles

    return RosterFiles()


def kpi_reader() -> KpiReader:
    from persistence.performance.kpi_files import KpiFiles

    return KpiFiles()


def hq_report() -> ReportPort:
    from persistence.reports.hq_report import HQ_REPORT

    return HQ_REPORT


def report_sections() -> list[tuple[str, str]]:
    """(key, sheet name) of every section the HQ report can hold, in the order HQ reads them."""
    from persistence.reports.hq_report import SECTIONS

    return [(s.key, s.sheet) for s in SECTIONS]


def roster_writer() -> RosterWriter:
    from persistence.roster.excel_export import write_roster_xlsx

    return write_roster_xlsx


def care_writer() -> CareWriter:
    from persistence.care.excel_export import write_care_xlsx

    return write_care_xlsx


def posting_writer() -> PostingWriter:
    from persistence.training.publish_export import write_posting_xlsx

    return write_posting_xlsx


def explanation_writer() -> ExplanationWriter:
    from persistence.performance.explanation_export import export_explanation

    return export_explanation


def publication_writer() -> PublicationWriter:
    from persistence.performance.publish_export import export_publication

    return export_publication


def allowance_writer(path: Path, now: datetime) -> StatementWriter:
    """The mentoring service's StatementWriter for one file: (statement, team name) → the workbook at `path`."""
    from persistence.mentoring.allowance_export import write_allowance_xlsx

    def write(statement: AllowanceStatement, team: str) -> None:
        write_allowance_xlsx(path, statement, team, now)

    return write


@dataclass
class FilePorts:
    """Everything a file or backup use case needs beside the database, for one open database."""

    db: Database
    backup: DatabaseBackup = field(init=False)
    safety: StoreSafety = field(init=False)

    def __post_init__(self) -> None:
        self.backup = DatabaseBackup(self.db)
        self.safety = StoreSafety(self.db)

    @property
    def uows(self) -> UnitsOfWork:
        return self.db.uow

    @property
    def roster_reader(self) -> RosterReader:
        return roster_reader()

    @property
    def kpi_reader(self) -> KpiReader:
        return kpi_reader()

    @property
    def report(self) -> ReportPort:
        return hq_report()
