"""Open a database file safely: refuse files that are not ours, too new, or not what their version says;
back up, then migrate; stamp the file as ours."""

from __future__ import annotations

import ast
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # alembic (~150 ms to import) loads only when a migration runs: not on every start-up
    from alembic.config import Config

    # SQLAlchemy (~250 ms) neither: a file's checks use the sqlite3 driver, and start-up reads the roster's
    # first rows once they pass (persistence/roster/first_page.py), before SQLAlchemy is imported.
    from sqlalchemy import Engine

from persistence.backup import backup_to, timestamped_name
from persistence.schema_fingerprint import SchemaDifference, compare, describe, expected_for

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"
# SQLite's header field for "which application wrote this file" (`PRAGMA application_id`): "SvDk".
APPLICATION_ID = 0x5376446B


class NotOurDatabase(Exception):
    """The file exists but is not a database this app made; we never touch it."""

    code = "db_not_ours"


class SchemaTooNew(Exception):
    """Made by a newer version of the app: opening it could lose data."""

    code = "db_too_new"

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class SchemaCorrupt(Exception):
    """SQLite's integrity check failed, or the file cannot be read as a database."""

    code = "db_damaged"


class SchemaMismatch(Exception):
    """The tables are not those of the version the file claims (a table dropped, a version row edited…)."""

    code = "db_schema_mismatch"

    def __init__(self, revision: str, differences: list[SchemaDifference]) -> None:
        super().__init__(f"{revision}: " + "; ".join(map(str, differences[:5])))
        self.revision, self.differences = revision, differences


class ForeignKeysBroken(Exception):
    """Rows point at rows that do not exist."""

    code = "db_foreign_keys"

    def __init__(self, problems: int) -> None:
        super().__init__(str(problems))
        self.problems = problems


@dataclass(frozen=True)
class OpenResult:
    created: bool
    migrated_from: str | None  # the revision before migrating, None if nothing was run
    backup: Path | None


def __getattr__(name: str) -> object:
    if name == "command":  # `migrate.command` is alembic's, imported when first asked for
        from alembic import command

        return command
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The schema this build writes; areas developed in parallel may leave several heads, joined by '+'."""
    return "+".join(sorted(revision_graph()[1]))


def known_revisions() -> set[str]:
    return set(revision_graph()[0])


@cache
def revision_graph() -> tuple[frozenset[str], frozenset[str]]:
    """(every revision, the heads), read from the scripts' `revision` / `down_revision` lines without importing
    alembic or the scripts: every start-up asks, and alembic's ScriptDirectory cost ~170 ms of it. A script
    this reading does not understand hands the question to alembic (tests/persistence/test_migrate_graph.py
    checks both agree)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in sorted((MIGRATIONS / "versions").glob("*.py")):
        found = _revision_lines(script)
        if found is None:
            return _alembic_graph()
        revision, down = found
        revisions.add(revision)
        parents.update(down)
    if not revisions:
        return _alembic_graph()
    return frozenset(revisions), frozenset(revisions - parents)


def _revision_lines(script: Path) -> tuple[str, tuple[str, ...]] | None:
    values: dict[str, object] = {}
    for node in ast.parse(script.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name in ("revision", "down_revision", "depends_on"):
                try:
                    values[name] = ast.literal_eval(node.value)
                except ValueError:
                    return None
    revision, down = values.get("revision"), values.get("down_revision")
    if not isinstance(revision, str) or values.get("depends_on") is not None:
        return None
    if down is None:
        return revision, ()
    if isinstance(down, str):
        return revision, (down,)
    if isinstance(down, tuple | list) and all(isinstance(d, str) for d in down):
        return revision, tuple(down)
    return None


def _alembic_graph() -> tuple[frozenset[str], frozenset[str]]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return frozenset(s.revision for s in scripts.walk_revisions()), frozenset(scripts.get_heads())


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def inspect_file(path: Path) -> str | None:
    """The file's schema revision; None for a new or empty file. Raises if the file is not ours."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise NotOurDatabase(str(path))
    con = _read_only(path)
    try:
        if con.execute("PRAGMA application_id").fetchone()[0] not in (0, APPLICATION_ID):
            raise NotOurDatabase(str(path))  # another program's stamp: never ours, whatever its tables
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise NotOurDatabase(str(path))
        rows = con.execute("SELECT version_num FROM alembic_version ORDER BY version_num").fetchall()
    except sqlite3.DatabaseError as exc:
        raise SchemaCorrupt(str(exc)) from exc
    finally:
        con.close()
    if not rows:
        raise NotOurDatabase(str(path))  # tables but no version: not made by our migrations
    return "+".join(r[0] for r in rows)


def application_id(path: Path) -> int:
    con = _read_only(path)
    try:
        return int(con.execute("PRAGMA application_id").fetchone()[0])
    finally:
        con.close()


def schema_differences(path: Path, revision: str) -> list[SchemaDifference]:
    """How the file's schema differs from the one `revision` should have ([] when it agrees)."""
    expected = expected_for(revision)
    con = _read_only(path)
    try:
        actual = describe(con)
    except sqlite3.DatabaseError as exc:
        raise SchemaCorrupt(str(exc)) from exc
    finally:
        con.close()
    if expected is None:
        return [SchemaDifference("unknown_revision", revision)]
    return compare(actual, expected)


def verify_file(path: Path, full_check: bool = True) -> str | None:
    """Everything that must hold before this app writes to (or restores from) `path`, without writing to
    it: ours, not too new, the schema its version row claims, and (with `full_check`) SQLite's integrity
    and foreign-key checks. Returns the revision (None for a new or empty file)."""
    revision = inspect_file(path)
    if revision is None:
        return None
    if not set(revision.split("+")) <= known_revisions():
        raise SchemaTooNew(revision)
    differences = schema_differences(path, revision)
    if differences:
        raise SchemaMismatch(revision, differences)
    if full_check:
        con = _read_only(path)
        try:
            verdict = [r[0] for r in con.execute("PRAGMA integrity_check")]
            if verdict != ["ok"]:
                raise SchemaCorrupt("; ".join(verdict[:5]))
            problems = len(con.execute("PRAGMA foreign_key_check").fetchall())
        except sqlite3.DatabaseError as exc:
            raise SchemaCorrupt(str(exc)) from exc
        finally:
            con.close()
        if problems:
            raise ForeignKeysBroken(problems)
    return revision


def upgrade(engine: Engine, path: Path, backup_dir: Path, now: datetime) -> OpenResult:
    revision = inspect_file(path)
    created = revision is None
    if revision is not None and not set(revision.split("+")) <= known_revisions():
        raise SchemaTooNew(revision)
    head = head_revision()
    if revision == head:
        stamp(engine)
        return OpenResult(created=False, migrated_from=None, backup=None)
    backup = None
    if revision is not None:
        backup = backup_to(path, backup_dir / timestamped_name(f"pre-migrate-{revision}", now))
    _run_upgrade(engine)
    return OpenResult(created=created, migrated_from=revision, backup=backup)


def server_revision(engine: Engine) -> str | None:
    """A server database's schema revision; None while it holds no tables. Raises NotOurDatabase for a
    database holding other tables and no version of ours."""
    from sqlalchemy import inspect

    tables = set(inspect(engine).get_table_names())
    if not tables:
        return None
    if "alembic_version" not in tables:
        raise NotOurDatabase(engine.url.render_as_string(hide_password=True))
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version ORDER BY version_num").fetchall()
    if not rows:
        raise NotOurDatabase(engine.url.render_as_string(hide_password=True))
    return "+".join(r[0] for r in rows)


def upgrade_server(engine: Engine) -> OpenResult:
    """Migrate a server database to head. No file copy first: a server is backed up by its own tools
    (pg_dump), and PostgreSQL runs the whole upgrade in one transaction, DDL included, so a failed step
    leaves the previous schema as it was."""
    revision = server_revision(engine)
    if revision is not None and not set(revision.split("+")) <= known_revisions():
        raise SchemaTooNew(revision)
    if revision == head_revision():
        return OpenResult(created=False, migrated_from=None, backup=None)
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
    return OpenResult(created=revision is None, migrated_from=revision, backup=None)


def stamp(engine: Engine) -> None:
    """Write our application id into the file header (files from before the stamp get it on next open)."""
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        if raw.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            with connection.begin():
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def run_migrations(engine: Engine, targets: list[str]) -> None:
    """Upgrade to `targets` in one transaction, with FKs off during batch steps and checked after."""
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        # Batch steps copy tables; FKs must be off, and that pragma only works outside a transaction.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                for target in targets:  # several heads of an older build: one branch after the other
                    command.upgrade(config, target)
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise SchemaCorrupt(f"foreign_key_check after migration: {problems[:5]}")
                connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _run_upgrade(engine: Engine) -> None:
    run_migrations(engine, ["heads"])
