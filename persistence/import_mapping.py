"""The column mapping a supervisor chose for headers the synonyms did not know, remembered per import
kind in the settings table (so it travels with backups)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from persistence.database import Database


def load_mapping(db: Database, key: str) -> dict[str, str]:
    with db.uow() as uow:
        raw = uow.settings.get(key, "{}")
    try:
        mapping = json.loads(raw)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in mapping.items()} if isinstance(mapping, dict) else {}


def save_mapping(db: Database, key: str, mapping: dict[str, str]) -> None:
    with db.uow() as uow:
        uow.settings.set(key, json.dumps(mapping, ensure_ascii=False))
        uow.commit()
