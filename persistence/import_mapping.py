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


def load_choices(db: Database, key: str) -> dict[str, dict[str, str]]:
    """{field: {word in a file: value code}}: the values a supervisor chose for words the app did not know."""
    with db.uow() as uow:
        raw = uow.settings.get(key, "{}")
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(f): {str(k): str(v) for k, v in words.items()} for f, words in data.items() if isinstance(words, dict)}


def save_choices(db: Database, key: str, choices: dict[str, dict[str, str]]) -> None:
    merged = load_choices(db, key)
    for name, words in choices.items():
        merged.setdefault(name, {}).update(words)
    with db.uow() as uow:
        uow.settings.set(key, json.dumps(merged, ensure_ascii=False))
        uow.commit()
