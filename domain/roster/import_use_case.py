"""Roster import as the window and the CLI both run it: read (the reader port), preview against the roster,
back up (the backup port), land whole (one transaction)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from domain import remembered
from domain.ports import BackupPort, RosterFileRead, RosterReader, UnitOfWork, UnitsOfWork
from domain.roster.importing import ImportPlan, ImportRejected, RowError, apply_import, plan_import

MAPPING_KEY = "import.roster.mapping"
VALUES_KEY = "import.roster.values"
BACKUP_LABEL = "pre-import"


@dataclass
class RosterPreview:
    file: RosterFileRead
    plan: ImportPlan

    @property
    def errors(self) -> list[RowError]:
        return self.file.errors + self.plan.errors

    @property
    def more_errors(self) -> int:
        return self.file.more_errors

    @property
    def ready(self) -> bool:
        """Nothing wrong, every unknown word decided, and something to write."""
        return not self.errors and not self.file.pending and bool(self.plan.new or self.plan.changed)


def remembered_mapping(uow: UnitOfWork) -> dict[str, str]:
    return remembered.mapping(uow, MAPPING_KEY)


def remember_mapping(uow: UnitOfWork, mapping: dict[str, str]) -> None:
    remembered.remember_mapping(uow, MAPPING_KEY, mapping)


def remembered_values(uow: UnitOfWork) -> dict[str, dict[str, str]]:
    return remembered.choices(uow, VALUES_KEY)


def remember_values(uow: UnitOfWork, values: dict[str, dict[str, str]]) -> None:
    remembered.remember_choices(uow, VALUES_KEY, values)


def preview_roster_import(uows: UnitsOfWork, reader: RosterReader, path: Path, today: date,
                          mapping: dict[str, str] | None = None, *, values: dict[str, dict[str, str]] | None = None,
                          sheet: str | None = None) -> RosterPreview:
    """`mapping` None: the remembered one; `values` are value choices made now, on top of those remembered;
    `sheet` names the sheet to read. The file is read outside any transaction (it may take seconds)."""
    chosen = remembered_values(uows())
    for name, words in (values or {}).items():
        chosen.setdefault(name, {}).update(words)
    used = remembered_mapping(uows()) if mapping is None else mapping
    rf = reader.read(path, used, values=chosen, sheet=sheet)
    if not rf.candidates:  # no sheet, no header, a missing column or no rows: nothing to plan
        return RosterPreview(rf, ImportPlan())
    uow = uows()
    with uow:
        existing = uow.agents.list_all()
    plan = plan_import(rf.candidates, existing, today)
    # A cell that did not parse, or a word still to be decided, is reported once: the rules' "required"
    # for that same cell would only repeat it. Every other fault of the row is listed in the same run.
    known = {(e.row, e.column) for e in rf.errors}
    known |= {(row, _header_of(rf, c.field)) for c in rf.pending for row in c.rows}
    plan.errors = [e for e in plan.errors if (e.row, e.column) not in known]
    # A rule may fail on a field the file has no column for (e.g. the roster's leave date): name it
    # with the header HQ's files use for it, not the internal field name.
    plan.errors = [replace(e, column=reader.usual_header(e.column) or e.column) for e in plan.errors]
    return RosterPreview(rf, plan)


def _header_of(rf: RosterFileRead, name: str) -> str:
    return next((h for h, f in rf.mapping.items() if f == name), name)


def commit_roster_import(uows: UnitsOfWork, backup: BackupPort, preview: RosterPreview, today: date,
                         now: datetime) -> tuple[int, int]:
    """Back up first (a bad import is then one restore away), then land the plan in one transaction.
    A file that would be refused is refused before the backup, so it leaves no trace at all; so is a
    file with nothing new or changed (importing the same file twice writes nothing, not even a backup)."""
    if preview.errors:
        raise ImportRejected(preview.errors)
    if preview.file.pending:
        raise ImportRejected([RowError(preview.file.sheet, c.rows[0], _header_of(preview.file, c.field),
                                       "value_choice_needed", c.text) for c in preview.file.pending])
    if not (preview.plan.new or preview.plan.changed):
        return 0, 0
    backup.before_import(BACKUP_LABEL, now)
    return apply_import(uows(), preview.plan, today, str(preview.file.path))


def import_roster(uows: UnitsOfWork, backup: BackupPort, preview: RosterPreview, today: date, now: datetime,
                  mapping: dict[str, str], values: dict[str, dict[str, str]]) -> tuple[int, int]:
    """The window's Import: land the file, then remember the mapping and the words decided for it."""
    result = commit_roster_import(uows, backup, preview, today, now)
    remember_mapping(uows(), mapping)
    if values:
        remember_values(uows(), values)
    return result
