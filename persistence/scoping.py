"""A supervisor's team scope, applied to every statement a unit of work runs (issue 23).

On a shared database a supervisor sees and edits only their own teams' agents (and teams nobody owns); a
centre manager sees every team (domain/roster/teams.py says who is who). Rather than each repository query
remembering a filter, the unit of work of a named user hangs `TeamFilter.on_execute` on its session: every
SELECT gets a WHERE that drops rows belonging to another supervisor's agents — the agents table by team, a
table with an agent column by that column, a child table (action items, check-ins, scorecards, …) by its
parent's — and every INSERT/UPDATE/DELETE touching such rows raises NotYourTeam instead of writing. A query
added tomorrow is scoped without knowing it. Raw driver SQL (`exec_driver_sql`) bypasses the session's
events: the few repositories that use it ask `hidden_teams(session)` themselves.

A statement that must see past the scope (the duplicate 工号 check, the next free 工号) runs with the
execution option ALL_TEAMS. With no user, no owners, or a manager, nothing is added to any statement.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, Table, and_, event, or_, select
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.sql import Delete, Insert, Update
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import Alias, FromClause, Join

from domain.roster.teams import MANAGERS_SETTING, NotYourTeam

ALL_TEAMS = {"all_teams": True}
# Care totals (counts per category and month) for whoever may see the teams, a centre manager included; the
# records themselves only for their own supervisor's scope.
CARE_TOTALS = {"care_totals": True}
CARE_TABLES = frozenset({"care_records", "care_status_changes"})
_INFO_KEY = "team_filter"

# Agent columns that do not make a row someone's: a training session is the centre's, whoever teaches it;
# the earlier record of a rehire is history, the link follows the new agent.
_NOT_OWNING = {("training_sessions", "trainer_id"), ("rehire_links", "earlier_id")}


def _metadata_tables() -> dict[str, Table]:
    import persistence.all_models  # noqa: F401  (every area's tables on the metadata)
    from persistence.models import Base

    return dict(Base.metadata.tables)


class _Rules:
    """From the foreign keys: which columns of which table point at an agent, or at a row that does."""

    def __init__(self) -> None:
        tables = _metadata_tables()
        self.agents = tables["agents"]
        self.agent_columns: dict[str, tuple[str, ...]] = {}
        self.parent_columns: dict[str, tuple[tuple[str, str], ...]] = {}
        for table in tables.values():
            owning = tuple(c.name for c in table.columns for fk in c.foreign_keys
                           if fk.column.table.name == "agents" and (table.name, c.name) not in _NOT_OWNING)
            if owning:
                self.agent_columns[table.name] = owning
        for table in tables.values():
            parents = tuple((c.name, fk.column.table.name) for c in table.columns for fk in c.foreign_keys
                            if fk.column.table.name in self.agent_columns)
            if parents and table.name not in self.agent_columns:
                self.parent_columns[table.name] = parents
        self.tables = tables

    def hidden_agent_ids(self, teams: frozenset[str]) -> Select[Any]:
        return select(self.agents.c.id).where(self.agents.c.team.in_(sorted(teams)))

    def hidden_row(self, table: FromClause, teams: frozenset[str]) -> ColumnElement[bool] | None:
        """True for a row of `table` (or its alias) that belongs to a hidden agent; None: the table has no owner."""
        name = _table_name(table)
        if name == "agents":
            return table.c.team.in_(sorted(teams))
        if name in self.agent_columns:
            ids = self.hidden_agent_ids(teams)
            # NOT (x IN …) is NULL for a NULL x: a row pointing at no agent (a candidate not yet hired) is
            # nobody's, so it must come out as not hidden.
            return or_(*(and_(table.c[col].is_not(None), table.c[col].in_(ids)) if table.c[col].nullable
                         else table.c[col].in_(ids) for col in self.agent_columns[name]))
        if name in self.parent_columns:
            conditions = []
            for col, parent_name in self.parent_columns[name]:
                parent = self.tables[parent_name]
                hidden_parent = self.hidden_row(parent, teams)
                assert hidden_parent is not None
                conditions.append(table.c[col].in_(select(parent.c.id).where(hidden_parent)))
            return or_(*conditions)
        return None


_rules: _Rules | None = None


def rules() -> _Rules:
    global _rules
    if _rules is None:
        _rules = _Rules()
    return _rules


def _table_name(table: FromClause) -> str | None:
    if isinstance(table, Table):
        return table.name
    if isinstance(table, Alias) and isinstance(table.element, Table):
        return table.element.name
    return None


def _key(table: Any) -> str:
    """The (first) primary-key column's name of a table or its alias."""
    return str(list(table.primary_key)[0].name)


def _tables(clause: FromClause, optional: bool = False) -> Iterator[tuple[FromClause, bool]]:
    """The tables a FROM reads, each with whether it is the optional side of an outer join."""
    if isinstance(clause, Join):
        yield from _tables(clause.left, optional or clause.full)
        yield from _tables(clause.right, optional or clause.isouter)
    elif _table_name(clause) is not None:
        yield clause, optional


class TeamFilter:
    def __init__(self, session: Session, user: str) -> None:
        self._session, self._user = session, user
        self._hidden: frozenset[str] | None = None
        self._care_hidden: frozenset[str] | None = None

    def _load(self) -> None:
        from persistence.models import SettingRow, TeamOwnerRow

        owners_table, settings = TeamOwnerRow.__table__, SettingRow.__table__
        owners = dict(self._session.execute(select(owners_table.c.team, owners_table.c.owner),
                                            execution_options=ALL_TEAMS).all())
        managers = self._session.execute(select(settings.c.value).where(settings.c.key == MANAGERS_SETTING),
                                         execution_options=ALL_TEAMS).scalar() or ""
        others = frozenset(team for team, owner in owners.items() if owner != self._user)
        self._care_hidden = others
        self._hidden = frozenset() if self._user in {m.strip() for m in managers.split(",")} else others

    def hidden_teams(self) -> frozenset[str]:
        """Teams owned by another supervisor; empty for a manager, or while no team has an owner."""
        if self._hidden is None:
            self._load()
        assert self._hidden is not None
        return self._hidden

    def care_hidden_teams(self) -> frozenset[str]:
        """Whose care records stay out of reach: another supervisor's teams, for a centre manager too (issue
        23: the manager gets counts, statements run with CARE_TOTALS)."""
        if self._care_hidden is None:
            self._load()
        assert self._care_hidden is not None
        return self._care_hidden

    def on_execute(self, state: ORMExecuteState) -> None:
        if state.execution_options.get("all_teams"):
            return
        statement = state.statement
        if not isinstance(statement, (Select, Insert, Update, Delete)):
            return
        if not self.hidden_teams() and not self.care_hidden_teams():
            return
        care_totals = bool(state.execution_options.get("care_totals"))
        if isinstance(statement, Select):
            state.statement = self._scoped_select(statement, care_totals)
        elif isinstance(statement, Insert):
            self._check_insert(statement, state.parameters)
        else:
            self._check_change(statement)

    def _teams_for(self, table: Any, care_totals: bool = False) -> frozenset[str]:
        if _table_name(table) in CARE_TABLES and not care_totals:
            return self.care_hidden_teams()
        return self.hidden_teams()

    def _scoped_select(self, statement: Select[Any], care_totals: bool) -> Select[Any]:
        conditions: list[ColumnElement[bool]] = []
        for clause in statement.get_final_froms():
            for table, optional in _tables(clause):
                teams = self._teams_for(table, care_totals)
                hidden = rules().hidden_row(table, teams) if teams else None
                if hidden is None:
                    continue
                visible = ~hidden
                if optional:  # no matching row on an outer join's side is not someone else's row
                    visible = or_(table.c[_key(table)].is_(None), visible)
                conditions.append(visible)
        return statement.where(and_(*conditions)) if conditions else statement

    def _check_change(self, statement: Update | Delete) -> None:
        table = statement.table
        teams = self._teams_for(table)
        hidden = rules().hidden_row(table, teams) if teams else None
        where = statement.whereclause
        checks: list[ColumnElement[bool]] = [] if hidden is None else [hidden]
        if isinstance(statement, Update) and _table_name(table) == "agents":
            new_team = _value(statement, "team")
            if new_team is not None and new_team in teams:
                raise NotYourTeam(str(new_team))
        for check in checks:
            stmt = select(table.c[_key(table)]).where(check)
            if where is not None:
                stmt = stmt.where(where)
            row = self._session.execute(stmt.limit(1), execution_options=ALL_TEAMS).first()
            if row is not None:
                raise NotYourTeam(self._team_of_row(table, row[0]))

    def _check_insert(self, statement: Insert, parameters: Any) -> None:
        name = _table_name(statement.table)
        teams = self._teams_for(statement.table)
        if not teams:
            return
        r = rules()
        rows = _inserted_rows(statement, parameters)
        if name == "agents":
            for row in rows:
                if row.get("team") in teams:
                    raise NotYourTeam(str(row["team"]))
            return
        checks: list[tuple[str, Table, ColumnElement[bool]]] = []
        if name in r.agent_columns:
            checks += [(col, r.agents, r.agents.c.team.in_(sorted(teams))) for col in r.agent_columns[name]]
        if name in r.parent_columns:
            for col, parent_name in r.parent_columns[name]:
                parent = r.tables[parent_name]
                hidden_parent = r.hidden_row(parent, teams)
                assert hidden_parent is not None
                checks.append((col, parent, hidden_parent))
        for col, target, hidden in checks:
            ids = {row[col] for row in rows if row.get(col) is not None}
            if not ids:
                continue
            found = self._session.execute(select(target.c.id).where(target.c.id.in_(sorted(ids)), hidden).limit(1),
                                          execution_options=ALL_TEAMS).first()
            if found is not None:
                raise NotYourTeam(self._team_of_row(target, found[0]))

    def _team_of_row(self, table: Any, row_id: Any) -> str:
        """The hidden team a refused row belongs to, for the refusal's words."""
        r = rules()
        name = _table_name(table)
        agents = r.agents
        if name == "agents":
            agent_ids: Any = [row_id]
        elif name in r.agent_columns:
            agent_ids = select(*(table.c[c] for c in r.agent_columns[name])).where(table.c.id == row_id)
            agent_ids = [v for v in self._session.execute(agent_ids, execution_options=ALL_TEAMS).first() or ()]
        else:
            return ""
        teams = self._session.execute(select(agents.c.team).where(agents.c.id.in_(agent_ids)),
                                      execution_options=ALL_TEAMS).scalars().all()
        hidden = self._teams_for(table)
        return next((t for t in teams if t in hidden), teams[0] if teams else "")


def _value(statement: Update, column: str) -> Any:
    for key, bind in statement._values.items() if statement._values else ():  # noqa: SLF001
        if getattr(key, "name", key) == column:
            return getattr(bind, "value", None)
    return None


def _inserted_rows(statement: Insert, parameters: Any) -> list[dict[str, Any]]:
    """The rows an INSERT writes: its `.values(...)`, or the parameter dicts of an executemany."""
    rows: list[dict[str, Any]] = []
    if statement._values:  # noqa: SLF001
        rows.append({str(getattr(k, "name", k)): getattr(v, "value", None)
                     for k, v in statement._values.items()})  # noqa: SLF001
    for multi in statement._multi_values or ():  # noqa: SLF001
        for row in multi:
            if isinstance(row, dict):
                rows.append({str(getattr(k, "name", k)): getattr(v, "value", v) for k, v in row.items()})
    if isinstance(parameters, dict):
        rows.append(parameters)
    elif isinstance(parameters, list):
        rows += [p for p in parameters if isinstance(p, dict)]
    return rows


def install(session: Session, user: str | None) -> None:
    """Scope everything `session` runs to what `user` may see (None: no user, every team)."""
    if user is None:
        return
    team_filter = TeamFilter(session, user)
    session.info[_INFO_KEY] = team_filter
    event.listen(session, "do_orm_execute", team_filter.on_execute)


def hidden_teams(session: Session) -> frozenset[str]:
    """For raw driver SQL, which the session's event does not see."""
    team_filter = session.info.get(_INFO_KEY)
    return frozenset() if team_filter is None else team_filter.hidden_teams()


def hidden_agents(session: Session) -> frozenset[int]:
    """Ids of the agents in hidden teams, for raw driver SQL that reads rows by agent (KPI figures, scores,
    training results): such rows are dropped in Python after the fetch."""
    teams = hidden_teams(session)
    if not teams:
        return frozenset()
    rows = session.execute(rules().hidden_agent_ids(teams), execution_options=ALL_TEAMS)
    return frozenset(int(agent_id) for (agent_id,) in rows)


def hidden_conditions(session: Session, agents: Table) -> list[ColumnElement[bool]]:
    """The scope as a WHERE for a select the session's event cannot reach: one nested in another's FROM."""
    teams = hidden_teams(session)
    return [agents.c.team.not_in(sorted(teams))] if teams else []


__all__ = ["ALL_TEAMS", "CARE_TOTALS", "TeamFilter", "hidden_agents", "hidden_conditions", "hidden_teams", "install",
           "rules"]
