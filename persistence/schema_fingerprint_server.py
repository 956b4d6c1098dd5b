"""`check` on a server: the whole schema compared with what its version should have (issue 23).

The stored fingerprints (schema_fingerprints.json) are measured on SQLite. A server's schema is measured
through SQLAlchemy's inspector and both are brought to what the two stores share: tables, each column's
nullability and place in the primary key, the explicitly created indexes (name, uniqueness, partial or not,
columns) and the foreign keys (columns, target, ON DELETE). Column types are spelt differently by the two
stores and SQLite's full-text tables and triggers have server counterparts of another shape (0004, 0009), so
neither is compared; a server-only index a migration creates on purpose is named in SERVER_ONLY_INDEXES."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, inspect

from persistence.schema_fingerprint import Fingerprint, SchemaDifference, compare_tables

# Made by a migration's PostgreSQL branch only (the case library's trigram search, 0009).
SERVER_ONLY_INDEXES = frozenset({"ix_coaching_case_trgm"})


def _sqlite_only(table: str) -> bool:
    return "_fts" in table  # FTS5's virtual table and its shadow tables


def _action(value: Any) -> str | None:
    text = str(value or "").upper()
    return None if text in ("", "NO ACTION") else text


def neutral(fingerprint: Fingerprint) -> Fingerprint:
    """A SQLite fingerprint in the shared form."""
    tables = {}
    for name, t in fingerprint["tables"].items():
        if _sqlite_only(name):
            continue
        columns = {c: [bool(notnull) or pk > 0, pk] for c, (_type, notnull, pk) in t["columns"].items()}
        indexes = sorted([i[0], i[1], i[3], i[4]] for i in t["indexes"] if i[2] == "c")
        fks = sorted([ref, src, dst, _action(on_delete)] for ref, src, dst, _on_update, on_delete in t["foreign_keys"])
        tables[name] = {"columns": columns, "indexes": indexes, "foreign_keys": fks}
    return {"tables": tables}


def describe_server(engine: Engine) -> Fingerprint:
    inspector = inspect(engine)
    tables = {}
    for name in inspector.get_table_names():
        pk = inspector.get_pk_constraint(name).get("constrained_columns") or []
        columns = {c["name"]: [not c["nullable"] or c["name"] in pk,
                               pk.index(c["name"]) + 1 if c["name"] in pk else 0]
                   for c in inspector.get_columns(name)}
        indexes = sorted([i["name"], bool(i["unique"]), bool((i.get("dialect_options") or {}).get("postgresql_where")),
                          list(i["column_names"])]
                         for i in inspector.get_indexes(name)
                         if not i.get("duplicates_constraint") and i["name"] not in SERVER_ONLY_INDEXES)
        fks = sorted([fk["referred_table"], src, dst, _action((fk.get("options") or {}).get("ondelete"))]
                     for fk in inspector.get_foreign_keys(name)
                     for src, dst in zip(fk["constrained_columns"], fk["referred_columns"], strict=True))
        tables[name] = {"columns": columns, "indexes": indexes, "foreign_keys": fks}
    return {"tables": tables}


def compare_server(engine: Engine, expected: Fingerprint) -> list[SchemaDifference]:
    """Every way the server's tables differ from the `expected` (SQLite-measured) fingerprint."""
    return compare_tables(describe_server(engine)["tables"], neutral(expected)["tables"])
