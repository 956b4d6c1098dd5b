"""Whose teams a supervisor sees and edits on a shared database (issue 23). A team belongs to the supervisor
named in `team_owners`; a team nobody owns is everyone's. A centre manager (named in the setting
`centre_managers`, comma-separated login names) sees every team, and so does everyone while no team has an
owner — one supervisor on their own SQLite file never notices any of this."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from domain.errors import DomainError

if TYPE_CHECKING:  # the ports name every area: not loaded at run time, for the roster's first query
    from domain.ports import UnitOfWork

MANAGERS_SETTING = "centre_managers"


class NotYourTeam(DomainError):
    code = "not_your_team"

    def __init__(self, team: str) -> None:
        super().__init__(team)
        self.team = team


@dataclass(frozen=True)
class TeamScope:
    others: frozenset[str]  # teams owned by another supervisor: not shown, not editable

    def allows(self, team: str) -> bool:
        return team not in self.others


EVERY_TEAM = TeamScope(frozenset())


def managers(uow: UnitOfWork) -> set[str]:
    return {name.strip() for name in uow.settings.get(MANAGERS_SETTING).split(",") if name.strip()}


def scope_in(uow: UnitOfWork, user: str | None = None) -> TeamScope:
    """Inside an open unit of work: what `user` may see and edit (None: the unit of work's own user, whose
    scope persistence already applies to every statement; a unit of work with no user sees every team)."""
    if user is None:
        user = getattr(uow, "user", None)
    if user is None:
        return EVERY_TEAM
    owners = uow.agents.team_owners()
    if not owners or user in managers(uow):
        return EVERY_TEAM
    return TeamScope(frozenset(team for team, owner in owners.items() if owner != user))


def team_owners(uow: UnitOfWork) -> tuple[dict[str, str], set[str]]:
    with uow:
        return uow.agents.team_owners(), managers(uow)


def assign_teams(uow: UnitOfWork, owners: dict[str, str | None], centre_managers: set[str] | None) -> None:
    """Give teams to supervisors (None takes a team back to nobody's) and, if given, name the centre managers."""
    with uow:
        for team, owner in owners.items():
            uow.agents.set_team_owner(team, owner)
        if centre_managers is not None:
            uow.settings.set(MANAGERS_SETTING, ",".join(sorted(centre_managers)))
        uow.log.record("team_owners", ", ".join(f"{t}={o or '-'}" for t, o in sorted(owners.items())))
        uow.commit()
