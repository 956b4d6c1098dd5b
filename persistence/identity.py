"""Who is saving: the name written beside each edit on a shared database ("已被 张主管 于 … 修改").
DESK_USER names the person when the computer's login does not (a shared workstation account)."""

from __future__ import annotations

import getpass
import os


def current_user() -> str:
    named = os.environ.get("DESK_USER", "").strip()
    if named:
        return named[:60]
    try:
        return getpass.getuser()[:60]
    except (OSError, KeyError):  # no login name (a service account without a passwd entry)
        return ""
