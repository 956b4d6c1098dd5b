"""Roster import as the window and the CLI both run it: read, preview, back up, land whole."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from domain.roster.importing import ImportPlan, ImportRejected, RowError, apply_import, plan_import
from persistence.backup import take_backup
from persistence.database import Database
from persistence.import_mapping import load_choices, load_mapping, save_choices, save_mapping
from persistence.roster.import_reader import SYNONYMS, RosterFile, read_roster_file

MAPPING_KEY = "import.roster.mapping"
VALUES_KEY = "import.roster.values"


@dataclass
class RosterPreview:
    file: RosterFile
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


def remembered_mapping(db: Database) -> dict[str, str]:
    return load_mapping(db, MAPPING_KEY)


def remember_mapping(db: Database, mapping: dict[str, str]) -> None:
    save_mapping(db, MAPPING_KEY, mapping)


def remembered_values(db: Database) -> dict[str, dict[str, str]]:
    return load_choices(db, VALUES_KEY)


def remember_values(db: Database, values: dict[str, dict[str, str]]) -> None:
    save_choices(db, VALUES_KEY, values)


def preview_roster_import(db: Database, path: Path, today: date, mapping: dict[str, str] | None = None, *,
                          values: dict[str, dict[str, str]] | None = None, sheet: str | None = None) -> RosterPreview:
    """`values` are value choices made now, on top of those remembered; `sheet` names the sheet to read."""
    chosen = remembered_values(db)
    for name, words in (values or {}).items():
        chosen.setdefault(name, {}).update(words)
    rf = read_roster_file(path, remembered_mapping(db) if mapping is None else mapping, values=chosen, sheet=sheet)
    if not rf.candidates:  # no sheet, no header, a missing column or no rows: nothing to plan
        return RosterPreview(rf, ImportPlan())
    with db.uow() as uow:
        existing = uow.agents.list_all()
    plan = plan_import(rf.candidates, existing, today)
    # A cell that did not parse, or a word still to be decided, is reported once: the rules' "required"
    # for that same cell would only repeat it. Every other fault of the row is listed in the same run.
    known = {(e.row, e.column) for e in rf.errors}
    known |= {(row, _header_of(rf, c.field)) for c in rf.pending for row in c.rows}
    plan.errors = [e for e in plan.errors if (e.row, e.column) not in known]
    # A rule may fail on a field the file has no column for (e.g. the roster's leave date): name it
    # with the header HQ's files use for it, not the internal field name.
    plan.errors = [replace(e, column=SYNONYMS[e.column][0]) if e.column in SYNONYMS else e for e in plan.errors]
    return RosterPreview(rf, plan)


def _header_of(rf: RosterFile, name: str) -> str:
    return next((h for h, f in rf.mapping.items() if f == name), name)


def commit_roster_import(db: Database, preview: RosterPreview, today: date, now: datetime) -> tuple[int, int]:
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
    if db.path.exists() and db.path.stat().st_size:
        take_backup(db, "pre-import", now)  # logged and rotated like every other backup
    return apply_import(db.uow(), preview.plan, today, str(preview.file.path))
