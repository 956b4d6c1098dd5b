"""The roster reader port (domain.ports.RosterReader): HQ's roster files parsed by import_reader."""

from __future__ import annotations

from pathlib import Path

from persistence.roster.import_reader import SYNONYMS, RosterFile, read_roster_file


class RosterFiles:
    def read(self, path: Path, mapping: dict[str, str], *, values: dict[str, dict[str, str]],
             sheet: str | None) -> RosterFile:
        return read_roster_file(path, mapping, values=values, sheet=sheet)

    def usual_header(self, field: str) -> str | None:
        return SYNONYMS[field][0] if field in SYNONYMS else None
