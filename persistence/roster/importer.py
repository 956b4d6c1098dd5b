"""Roster import as the window and the CLI both run it: read, preview, back up, land whole."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from domain.roster.importing import ImportPlan, ImportRejected, apply_import, plan_import
from persistence.backup import take_backup
from persistence.database import Database
from persistence.import_mapping import load_mapping, save_mapping
from persistence.roster.import_reader import SYNONYMS, RosterFile, read_roster_file

MAPPING_KEY = "import.roster.mapping"


@dataclass
class RosterPreview:
    file: RosterFile
    plan: ImportPlan

    @property
    def errors(self) -> list:
        return self.file.errors + self.plan.errors


def remembered_mapping(db: Database) -> dict[str, str]:
    return load_mapping(db, MAPPING_KEY)


def remember_mapping(db: Database, mapping: dict[str, str]) -> None:
    save_mapping(db, MAPPING_KEY, mapping)


def preview_roster_import(db: Database, path: Path, today: date,
                          mapping: dict[str, str] | None = None) -> RosterPreview:
    rf = read_roster_file(path, remembered_mapping(db) if mapping is None else mapping)
    if any(e.row <= rf.header_row for e in rf.errors):  # no usable header: nothing to plan
        return RosterPreview(rf, ImportPlan())
    # Rows whose cells did not parse are already reported; planning them again would add noise.
    bad_rows = {e.row for e in rf.errors}
    with db.uow() as uow:
        existing = uow.agents.list_all()
    candidates = [c for c in rf.candidates if c.row not in bad_rows]
    plan = plan_import(candidates, existing, today)
    # A rule may fail on a field the file has no column for (e.g. the roster's leave date): name it
    # with the header HQ's files use for it, not the internal field name.
    plan.errors = [replace(e, column=SYNONYMS[e.column][0]) if e.column in SYNONYMS else e for e in plan.errors]
    return RosterPreview(rf, plan)


def commit_roster_import(db: Database, preview: RosterPreview, today: date, now: datetime) -> tuple[int, int]:
    """Back up first (a bad import is then one restore away), then land the plan in one transaction.
    A file that would be refused is refused before the backup, so it leaves no trace at all."""
    if preview.errors:
        raise ImportRejected(preview.errors)
    if db.path.exists() and db.path.stat().st_size:
        take_backup(db, "pre-import", now)  # logged and rotated like every other backup
    return apply_import(db.uow(), preview.plan, today, str(preview.file.path))
