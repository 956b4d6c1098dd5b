"""Settings that change results (team name, thresholds) live in the database, so backups carry them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from persistence.models import ActivityLogRow, SettingRow
from persistence.portable import upsert


class SqlSettingsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str, default: str = "") -> str:
        value = self._session.execute(select(SettingRow.value).where(SettingRow.key == key)).scalar()
        return default if value is None else value

    def set(self, key: str, value: str) -> None:
        stmt = upsert(self._session)(SettingRow.__table__).values(key=key, value=value)
        self._session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))

    def all(self) -> dict[str, str]:
        return {key: value for key, value in self._session.execute(select(SettingRow.key, SettingRow.value))}


class SqlActivityLog:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(self, kind: str, detail: str, row_count: int = 0, sensitive_included: bool = False) -> None:
        self._session.add(
            ActivityLogRow(kind=kind, detail=detail, row_count=row_count, sensitive_included=sensitive_included)
        )
        self._session.flush()

    def recent(self, limit: int = 200) -> list[tuple[Any, ...]]:
        rows = self._session.execute(
            select(ActivityLogRow.at, ActivityLogRow.kind, ActivityLogRow.detail, ActivityLogRow.row_count)
            .order_by(ActivityLogRow.id.desc())
            .limit(limit)
        )
        return [tuple(r) for r in rows]
