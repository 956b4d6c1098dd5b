"""Coaching sessions and action items on Core statements; case search on the FTS5 index plus LIKE."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Subquery, and_, case, delete, func, insert, literal, literal_column, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from domain.coaching.model import ActionItem, ActionItemRow, CoachingSession, SessionKind, SessionRow
from domain.coaching.rules import fts_phrase, like_pattern
from persistence.coaching.models import CASE_FTS, CASE_TEXT_SERVER, ActionItemRecord, CoachingSessionRecord
from persistence.db import new_id
from persistence.models import AgentRow
from persistence.versioned import versioned_update

SESSIONS = CoachingSessionRecord.__table__
ITEMS = ActionItemRecord.__table__
AGENTS = AgentRow.__table__
_SEARCHED = ("title", "situation", "strengths", "improve", "agent_view", "tags")


def _session(r: Any) -> CoachingSession:
    return CoachingSession(
        id=r.id, agent_id=r.agent_id, kind=SessionKind(r.kind), held_on=r.held_on, title=r.title or "",
        situation=r.situation or "", strengths=r.strengths or "", improve=r.improve or "",
        agent_view=r.agent_view or "", mood=r.mood, tags=tuple(t for t in (r.tags or "").split(",") if t),
        version=r.version,
    )


def _session_values(s: CoachingSession) -> dict[str, object]:
    return {"agent_id": s.agent_id, "kind": str(s.kind), "held_on": s.held_on, "title": s.title,
            "situation": s.situation, "strengths": s.strengths, "improve": s.improve, "agent_view": s.agent_view,
            "mood": s.mood, "tags": ",".join(s.tags)}


def _item(r: Any) -> ActionItem:
    return ActionItem(id=r.id, session_id=r.session_id, text=r.text, owner=r.owner, due_on=r.due_on,
                      done_on=r.done_on, kpi_metric=r.kpi_metric or "", version=r.version)


def _item_values(i: ActionItem) -> dict[str, object]:
    return {"session_id": i.session_id, "text": i.text, "owner": i.owner, "due_on": i.due_on, "done_on": i.done_on,
            "kpi_metric": i.kpi_metric}


def _open_items() -> Subquery:
    """Per session: how many action items are open and the earliest open due date."""
    is_open = ITEMS.c.done_on.is_(None)
    return (
        select(
            ITEMS.c.session_id,
            func.sum(case((is_open, 1), else_=0)).label("open_items"),
            func.min(case((is_open, ITEMS.c.due_on))).label("next_due"),
        )
        .group_by(ITEMS.c.session_id)
        .subquery()
    )


class SqlCoachingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- sessions ------------------------------------------------------------------------------
    def add_session(self, session: CoachingSession) -> int:
        result = self._session.execute(insert(SESSIONS).values(**_session_values(session)))
        return new_id(result)

    def update_session(self, session: CoachingSession) -> None:
        """Over the version read (EditedElsewhere when someone saved it since)."""
        versioned_update(self._session, SESSIONS, session.id, session.version, _session_values(session))

    def remove_session(self, session_id: int) -> None:
        self._session.execute(delete(SESSIONS).where(SESSIONS.c.id == session_id))

    def get_session(self, session_id: int) -> CoachingSession | None:
        row = self._session.execute(select(SESSIONS).where(SESSIONS.c.id == session_id)).first()
        return _session(row) if row else None

    # --- action items --------------------------------------------------------------------------
    def action_items(self, session_id: int) -> list[ActionItem]:
        rows = self._session.execute(
            select(ITEMS).where(ITEMS.c.session_id == session_id).order_by(ITEMS.c.due_on, ITEMS.c.id))
        return [_item(r) for r in rows]

    def get_action_item(self, item_id: int) -> ActionItem | None:
        row = self._session.execute(select(ITEMS).where(ITEMS.c.id == item_id)).first()
        return _item(row) if row else None

    def add_action_item(self, item: ActionItem) -> int:
        result = self._session.execute(insert(ITEMS).values(**_item_values(item)))
        return new_id(result)

    def update_action_item(self, item: ActionItem) -> None:
        versioned_update(self._session, ITEMS, item.id, item.version, _item_values(item))

    def remove_action_items(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        if ids:
            self._session.execute(delete(ITEMS).where(ITEMS.c.id.in_(ids)))

    # --- read models ---------------------------------------------------------------------------
    def _session_rows(self, *conditions: Any) -> list[SessionRow]:
        items = _open_items()
        stmt = (
            select(SESSIONS, AGENTS.c.name.label("agent_name"), AGENTS.c.employee_no, AGENTS.c.team,
                   func.coalesce(items.c.open_items, 0).label("open_items"), items.c.next_due)
            .join(AGENTS, AGENTS.c.id == SESSIONS.c.agent_id)
            .outerjoin(items, items.c.session_id == SESSIONS.c.id)
            .where(*conditions)
            .order_by(SESSIONS.c.held_on.desc(), SESSIONS.c.id.desc())
        )
        return [SessionRow(_session(r), r.agent_name, r.employee_no, r.team, int(r.open_items), r.next_due)
                for r in self._session.execute(stmt)]

    def session_rows(self, agent_id: int | None = None, kind: SessionKind | None = None) -> list[SessionRow]:
        conditions = []
        if agent_id is not None:
            conditions.append(SESSIONS.c.agent_id == agent_id)
        if kind is not None:
            conditions.append(SESSIONS.c.kind == str(kind))
        return self._session_rows(*conditions)

    def action_item_rows(self, open_only: bool = True, agent_id: int | None = None,
                         due_by: date | None = None) -> list[ActionItemRow]:
        stmt = (
            select(ITEMS, SESSIONS.c.agent_id, SESSIONS.c.kind, SESSIONS.c.title.label("session_title"),
                   SESSIONS.c.held_on, AGENTS.c.name.label("agent_name"))
            .join(SESSIONS, SESSIONS.c.id == ITEMS.c.session_id)
            .join(AGENTS, AGENTS.c.id == SESSIONS.c.agent_id)
            .order_by(ITEMS.c.done_on.is_not(None), ITEMS.c.due_on, ITEMS.c.id)
        )
        if open_only:
            stmt = stmt.where(ITEMS.c.done_on.is_(None))
        if agent_id is not None:
            stmt = stmt.where(SESSIONS.c.agent_id == agent_id)
        if due_by is not None:
            stmt = stmt.where(ITEMS.c.due_on <= due_by)
        return [ActionItemRow(_item(r), r.agent_id, r.agent_name, SessionKind(r.kind), r.session_title or "",
                              r.held_on) for r in self._session.execute(stmt)]

    def last_one_on_one(self) -> dict[int, date]:
        stmt = (select(SESSIONS.c.agent_id, func.max(SESSIONS.c.held_on))
                .where(SESSIONS.c.kind == str(SessionKind.ONE_ON_ONE))
                .group_by(SESSIONS.c.agent_id))
        return {agent_id: day for agent_id, day in self._session.execute(stmt)}

    def session_counts(self, first: date, last: date) -> dict[tuple[int, SessionKind], int]:
        stmt = (select(SESSIONS.c.agent_id, SESSIONS.c.kind, func.count())
                .where(SESSIONS.c.held_on.between(first, last)).group_by(SESSIONS.c.agent_id, SESSIONS.c.kind))
        return {(agent_id, SessionKind(kind)): int(n) for agent_id, kind, n in self._session.execute(stmt)}

    def overdue_at(self, day: date) -> list[ActionItemRow]:
        stmt = (
            select(ITEMS, SESSIONS.c.agent_id, SESSIONS.c.kind, SESSIONS.c.title.label("session_title"),
                   SESSIONS.c.held_on, AGENTS.c.name.label("agent_name"))
            .join(SESSIONS, SESSIONS.c.id == ITEMS.c.session_id)
            .join(AGENTS, AGENTS.c.id == SESSIONS.c.agent_id)
            .where(ITEMS.c.due_on < day, or_(ITEMS.c.done_on.is_(None), ITEMS.c.done_on > day))
            .order_by(ITEMS.c.due_on, ITEMS.c.id)
        )
        return [ActionItemRow(_item(r), r.agent_id, r.agent_name, SessionKind(r.kind), r.session_title or "",
                              r.held_on) for r in self._session.execute(stmt)]

    # --- the case library ----------------------------------------------------------------------
    def search_cases(self, indexed: tuple[str, ...], short: tuple[str, ...], tag: str | None) -> list[SessionRow]:
        conditions: list[Any] = [SESSIONS.c.kind == str(SessionKind.CASE_REVIEW)]
        if self._session.get_bind().dialect.name != "sqlite":
            # A server: every word, short or long, by ILIKE over the case text (pg_trgm-indexed from 3 chars).
            case_text: ColumnElement[str] = literal_column(CASE_TEXT_SERVER)
            conditions += [case_text.ilike(like_pattern(w), escape="\\") for w in (*indexed, *short)]
            indexed, short = (), ()
        if indexed:
            # Words of 3+ characters: the trigram index (each word a quoted phrase, all required).
            match = " AND ".join(fts_phrase(w) for w in indexed)
            conditions.append(SESSIONS.c.id.in_(
                select(literal_column("rowid")).select_from(text(CASE_FTS))
                .where(text(f"{CASE_FTS} MATCH :match").bindparams(match=match))
            ))
        for word in short:
            # 1–2 characters (投诉, 退款): trigram cannot match them, so scan the case columns with LIKE.
            pattern = like_pattern(word)
            conditions.append(or_(*(SESSIONS.c[name].like(pattern, escape="\\") for name in _SEARCHED)))
        if tag:
            tagged = literal(",") + SESSIONS.c.tags + literal(",")
            conditions.append(tagged.like(like_pattern("," + tag + ","), escape="\\"))
        return self._session_rows(and_(*conditions))

    def case_tags(self) -> list[tuple[str, int]]:
        counts: Counter[str] = Counter()
        rows = self._session.execute(
            select(SESSIONS.c.tags).where(SESSIONS.c.kind == str(SessionKind.CASE_REVIEW), SESSIONS.c.tags != ""))
        for (tags,) in rows:
            counts.update(t for t in tags.split(",") if t)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

