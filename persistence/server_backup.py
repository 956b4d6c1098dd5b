"""Backups of a shared server database. SQLite's backup API does not apply to PostgreSQL: the server's own
client tools do (pg_dump / pg_restore, Debian's postgresql-client). The app runs them when they are there;
without them the backup menu and the CLI say what to do instead."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

DUMP_SUFFIX = ".dump"  # pg_dump's custom format: compressed, restored with pg_restore


class ServerToolMissing(Exception):
    code = "server_tool_missing"

    def __init__(self, tool: str) -> None:
        super().__init__(tool)
        self.tool = tool


class ServerToolFailed(Exception):
    code = "server_tool_failed"


@dataclass(frozen=True)
class ServerCommand:
    """A client tool's command line and its environment (the password travels there, never in argv)."""

    argv: list[str]
    env: dict[str, str]

    def shown(self) -> str:
        return " ".join(self.argv)


def client_tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):  # Debian's layout
        if (folder / name).exists():
            return str(folder / name)
    return None


def _libpq(url: str) -> tuple[str, dict[str, str]]:
    """The SQLAlchemy URL as libpq's connection URI (no driver name, no password) and PGPASSWORD."""
    parsed = make_url(url)
    env = {"PGPASSWORD": parsed.password} if parsed.password else {}
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def dump_command(url: str, target: Path) -> ServerCommand:
    tool = client_tool("pg_dump")
    if tool is None:
        raise ServerToolMissing("pg_dump")
    uri, env = _libpq(url)
    return ServerCommand([tool, "--format=custom", "--no-owner", f"--file={target}", f"--dbname={uri}"], env)


def restore_command(url: str, dump: Path) -> ServerCommand:
    tool = client_tool("pg_restore")
    if tool is None:
        raise ServerToolMissing("pg_restore")
    uri, env = _libpq(url)
    return ServerCommand([tool, "--clean", "--if-exists", "--no-owner", "--single-transaction",
                          f"--dbname={uri}", str(dump)], env)


def _run(command: ServerCommand) -> None:
    done = subprocess.run(command.argv, env={**os.environ, **command.env}, capture_output=True, text=True)
    if done.returncode != 0:
        raise ServerToolFailed((done.stderr or done.stdout).strip().splitlines()[-1] if (done.stderr or done.stdout)
                               else f"exit {done.returncode}")


def dump_server(url: str, folder: Path, now: datetime) -> Path:
    """pg_dump the whole database into `folder`; the file's path. Raises ServerToolMissing/ServerToolFailed."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"server-{now:%Y%m%d-%H%M%S}{DUMP_SUFFIX}"
    partial = target.with_name(target.name + ".tmp")
    try:
        _run(dump_command(url, partial))
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def restore_server(url: str, dump: Path) -> None:
    """pg_restore a dump over the shared database, in one transaction. The caller has the user's explicit
    confirmation: every supervisor on the server loses what was written since the dump."""
    _run(restore_command(url, dump))


SQLITE_SUFFIXES = (".sqlite", ".db", ".sqlite3")
_CHUNK = 2000


def restore_sqlite_into_server(url: str, backup: Path) -> int:
    """Copy a SQLite backup of this app INTO a shared server database, replacing every row there, in one
    transaction (all of it lands or nothing does); the number of rows copied. The backup is checked as a file
    restore checks it (ours, its version's schema, integrity, foreign keys), and one from an older build is
    migrated on a temporary copy first, so the rows go over table by table at this build's schema. The caller
    has the user's explicit confirmation: every supervisor loses what was written since the backup."""
    import tempfile

    from sqlalchemy import delete, func, insert, select, text

    from persistence.all_models import Base
    from persistence.database import open_database
    from persistence.restore import check_backup

    check_backup(backup)  # RestoreRefused before anything is touched
    with tempfile.TemporaryDirectory(prefix="desk-restore-") as folder:
        copy = Path(folder) / "backup.sqlite"
        shutil.copyfile(backup, copy)
        source = open_database(copy, backup_dir=Path(folder) / "backups")  # migrated to this build's schema
        server = open_database(url)
        try:
            tables = [t for t in Base.metadata.sorted_tables]
            copied = 0
            with source.engine.connect() as reading, server.engine.begin() as writing:
                for table in reversed(tables):  # children before their parents
                    writing.execute(delete(table))
                for table in tables:
                    rows = reading.execute(select(table))
                    while chunk := rows.fetchmany(_CHUNK):
                        writing.execute(insert(table), [dict(r._mapping) for r in chunk])
                        copied += len(chunk)
                    key = [c for c in table.primary_key.columns if c.autoincrement is True
                           or (c.autoincrement == "auto" and len(table.primary_key.columns) == 1
                               and c.type.python_type is int)]
                    if key:  # the next id continues after the copied ones, not from where the server was
                        column = key[0].name
                        top = writing.execute(select(func.max(table.c[column]))).scalar()
                        writing.execute(text("SELECT setval(pg_get_serial_sequence(:t, :c), :v, :called)"),
                                        {"t": table.name, "c": column, "v": top or 1, "called": top is not None})
            return copied
        finally:
            server.close()
            source.close()
