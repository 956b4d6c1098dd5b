"""Where a database lives: a SQLite file (a plain path) or a server (a SQLAlchemy URL such as
postgresql+psycopg://user@host/dbname). Imported by main.py's argument parser: no SQLAlchemy here."""

from __future__ import annotations

import re
from pathlib import Path

# A scheme followed by "://": a Windows drive ("C:\\…") or a plain name never matches.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_PASSWORD = re.compile(r"^(?P<head>[^:/]+://[^:/@]+:)(?P<secret>[^@]*)@")

Location = Path | str


def is_url(target: object) -> bool:
    return isinstance(target, str) and _URL.match(target) is not None


def location(text: str) -> Location:
    """argparse's `type=`: a URL stays text (Path would fold its "//"), anything else is a file path."""
    return text if is_url(text) else Path(text)


def shown(target: Location) -> str:
    """The location as told to the user and written to logs: a password in a URL becomes ***."""
    return _PASSWORD.sub(r"\g<head>***@", target) if isinstance(target, str) else str(target)
