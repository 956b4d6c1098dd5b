"""The schema each released revision should have, generated from the migrations, and the comparison of a
file's actual schema with it (RELIABILITY "Open and restore").

A version row alone proves nothing: a foreign file can carry `alembic_version` = '0007', and a copy can
say 0006 while holding 0007's tables. So a candidate file is measured (tables, columns with their types,
nullability and primary-key position, indexes, foreign keys, triggers, views) and compared with the
fingerprint of the revision it claims.

The fingerprints are generated, never written by hand. After adding or merging a migration run:
    python -m persistence.schema_fingerprint --write
tests/persistence/test_schema_fingerprint.py fails while the data file is stale."""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).with_name("schema_fingerprints.json")

Fingerprint = dict[str, Any]  # {"tables": {name: {...}}, "triggers": [...], "views": [...]}


def _columns(con: sqlite3.Connection, table: str) -> dict[str, list[Any]]:
    # [declared type, NOT NULL, position in the primary key]; defaults are left out (batch migrations
    # rewrite their spelling without changing their meaning).
    return {row[1]: [str(row[2]).upper(), bool(row[3]), int(row[5])]
            for row in con.execute(f'PRAGMA table_info("{table}")')}


def _indexes(con: sqlite3.Connection, table: str) -> list[list[Any]]:
    found = []
    for _seq, name, unique, origin, partial in con.execute(f'PRAGMA index_list("{table}")'):
        columns = [r[2] for r in con.execute(f'PRAGMA index_info("{name}")')]
        # Automatic indexes (UNIQUE, PRIMARY KEY) are named by SQLite in constraint order: key them by
        # what they index, so only explicitly created indexes are matched by name.
        found.append([name if origin == "c" else "", bool(unique), origin, bool(partial), columns])
    return sorted(found, key=repr)


def _foreign_keys(con: sqlite3.Connection, table: str) -> list[list[Any]]:
    rows = con.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
    # (id, seq, table, from, to, on_update, on_delete, match)
    return sorted(([r[2], r[3], r[4], r[5], r[6]] for r in rows), key=repr)


def describe(con: sqlite3.Connection) -> Fingerprint:
    """The schema of an open database, in the form the data file stores."""
    master = con.execute("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    tables = sorted(name for kind, name, _ in master if kind == "table")
    return {
        "tables": {t: {"columns": _columns(con, t), "indexes": _indexes(con, t),
                       "foreign_keys": _foreign_keys(con, t)} for t in tables},
        "triggers": sorted(f"{tbl}.{name}" for kind, name, tbl in master if kind == "trigger"),
        "views": sorted(name for kind, name, _ in master if kind == "view"),
    }


def describe_file(path: Path) -> Fingerprint:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return describe(con)
    finally:
        con.close()


@dataclass(frozen=True, slots=True)
class SchemaDifference:
    kind: str  # missing_table, extra_table, missing_column, extra_column, column_changed,
    #            index_changed, foreign_keys_changed, missing_trigger, extra_trigger, views_changed
    table: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.kind}: {self.table}" + (f" ({self.detail})" if self.detail else "")


def compare_tables(have: dict[str, Any], want: dict[str, Any]) -> list[SchemaDifference]:
    """How the tables `have` differ from the tables `want` (a file's or a server's against its version's)."""
    found = [SchemaDifference("missing_table", t) for t in sorted(set(want) - set(have))]
    found += [SchemaDifference("extra_table", t) for t in sorted(set(have) - set(want))]
    for table in sorted(set(want) & set(have)):
        a, e = have[table], want[table]
        found += [SchemaDifference("missing_column", table, c) for c in e["columns"] if c not in a["columns"]]
        found += [SchemaDifference("extra_column", table, c) for c in a["columns"] if c not in e["columns"]]
        found += [SchemaDifference("column_changed", table, c) for c in e["columns"]
                  if c in a["columns"] and a["columns"][c] != e["columns"][c]]
        if a["indexes"] != e["indexes"]:
            found.append(SchemaDifference("index_changed", table))
        if a["foreign_keys"] != e["foreign_keys"]:
            found.append(SchemaDifference("foreign_keys_changed", table))
    return found


def compare(actual: Fingerprint, expected: Fingerprint) -> list[SchemaDifference]:
    """Every way `actual` differs from `expected`; empty when they agree."""
    found = compare_tables(actual["tables"], expected["tables"])
    found += [SchemaDifference("missing_trigger", t) for t in expected["triggers"] if t not in actual["triggers"]]
    found += [SchemaDifference("extra_trigger", t) for t in actual["triggers"] if t not in expected["triggers"]]
    if actual["views"] != expected["views"]:
        found.append(SchemaDifference("views_changed", ",".join(actual["views"])))
    return found


# --- generation -------------------------------------------------------------------------------------------

def _upgraded_fingerprint(targets: list[str]) -> Fingerprint:
    """Upgrade an empty temporary database to `targets` through the real migrations and describe it."""
    from persistence.db import make_engine
    from persistence.migrate import run_migrations

    with tempfile.TemporaryDirectory(prefix="desk-fingerprint-") as folder:
        path = Path(folder) / "schema.sqlite"
        engine = make_engine(path)
        try:
            run_migrations(engine, targets)
        finally:
            engine.dispose()
        return describe_file(path)


def generate() -> dict[str, Fingerprint]:
    """One fingerprint per revision: the schema a database stamped with that revision alone has."""
    from alembic.script import ScriptDirectory

    from persistence.migrate import alembic_config

    revisions = sorted(s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions())
    return {revision: _upgraded_fingerprint([revision]) for revision in revisions}


def render(fingerprints: dict[str, Fingerprint]) -> str:
    return json.dumps(fingerprints, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@cache
def _stored() -> dict[str, Fingerprint]:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def expected_for(revision: str) -> Fingerprint | None:
    """The schema a file stamped `revision` ("0007", or several heads joined by '+') must have; None for a
    revision this build does not know. A combination of heads not in the data file (an older build that
    had not joined its areas yet) is built from the migrations on the spot."""
    stored = _stored()
    if revision in stored:
        return stored[revision]
    parts = revision.split("+")
    if not all(p in stored for p in parts):
        return None
    return _combined(tuple(parts))


@cache
def _combined(parts: tuple[str, ...]) -> Fingerprint:
    return _upgraded_fingerprint(list(parts))


def main(argv: list[str]) -> int:
    text = render(generate())
    if "--write" in argv:
        DATA_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {DATA_FILE} ({len(json.loads(text))} revisions)")
        return 0
    if "--check" in argv:
        stale = not DATA_FILE.exists() or DATA_FILE.read_text(encoding="utf-8") != text
        print(f"{DATA_FILE} is {'STALE: run python -m persistence.schema_fingerprint --write' if stale else 'current'}")
        return 1 if stale else 0
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
