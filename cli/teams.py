"""`teams`: which supervisor each team belongs to on a shared database, and who the centre managers are."""

from __future__ import annotations

from argparse import Namespace

from cli.common import EXIT_BAD_INPUT, EXIT_OK, fail, open_db, say, tr
from domain.roster.teams import assign_teams, team_owners


def run_teams(args: Namespace) -> int:
    owners: dict[str, str | None] = {}
    for given in args.owner:
        team, sep, login = given.partition("=")
        if not sep or not team.strip():
            return fail(tr("--owner must look like 热线一组=zhangsan: %1").replace("%1", given), EXIT_BAD_INPUT)
        owners[team.strip()] = login.strip() or None
    managers = {m.strip() for m in args.manager if m.strip()} if args.manager is not None else None
    db = open_db(args.sub_db, writer=bool(owners) or managers is not None)
    try:
        if owners or managers is not None:
            assign_teams(db.uow(), owners, managers)
        current, centre = team_owners(db.uow())
    finally:
        db.close()
    for team, login in sorted(current.items()):
        say(tr("%1: %2").replace("%1", team).replace("%2", login))
    if not current:
        say(tr("No team has an owner: everyone sees every team."))
    say(tr("Centre managers (see every team): %1").replace("%1", ", ".join(sorted(centre)) or "-"))
    return EXIT_OK
