"""What a supervisor decided on an earlier import, kept in the settings table (so it travels with backups): the
column mapping for headers the synonyms did not know, and the values chosen for words the app did not know."""

from __future__ import annotations

import json

from domain.ports import UnitOfWork


def mapping(uow: UnitOfWork, key: str) -> dict[str, str]:
    """{header text: field}; in its own transaction."""
    with uow:
        data = _parsed(uow.settings.get(key, "{}"))
    return {str(k): str(v) for k, v in data.items()}


def remember_mapping(uow: UnitOfWork, key: str, chosen: dict[str, str]) -> None:
    with uow:
        uow.settings.set(key, json.dumps(chosen, ensure_ascii=False))
        uow.commit()


def choices(uow: UnitOfWork, key: str) -> dict[str, dict[str, str]]:
    """{field: {word in a file: value code}}; in its own transaction."""
    with uow:
        data = _parsed(uow.settings.get(key, "{}"))
    return _choices(data)


def remember_choices(uow: UnitOfWork, key: str, chosen: dict[str, dict[str, str]]) -> None:
    """Added to those remembered before (read and written in one transaction)."""
    with uow:
        merged = _choices(_parsed(uow.settings.get(key, "{}")))
        for name, words in chosen.items():
            merged.setdefault(name, {}).update(words)
        uow.settings.set(key, json.dumps(merged, ensure_ascii=False))
        uow.commit()


def _parsed(raw: str) -> dict[str, object]:
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _choices(data: dict[str, object]) -> dict[str, dict[str, str]]:
    return {str(f): {str(k): str(v) for k, v in words.items()} for f, words in data.items() if isinstance(words, dict)}
