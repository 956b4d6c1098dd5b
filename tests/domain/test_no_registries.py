"""Issue 17: no list or table is filled at import time. The areas, their words, timeline sources, 本周待办
sources and demo builders are literal (ui/areas.py, shared/words.py, the tuples in domain/), so what exists never
depends on which modules happened to be imported first. This walks every module's top-level statements."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MUTATORS = {"append", "extend", "update", "setdefault", "insert", "add"}


def top_level_mutations(path: Path) -> list[str]:
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.Expr) or not isinstance(node.value, ast.Call):
            continue
        func = node.value.func
        if isinstance(func, ast.Attribute) and func.attr in MUTATORS and isinstance(func.value, ast.Name) \
                and func.value.id.isupper():
            found.append(f"{path}:{node.lineno} {func.value.id}.{func.attr}")
        if isinstance(func, ast.Name) and func.id.startswith("register"):
            found.append(f"{path}:{node.lineno} {func.id}")
    return found


def test_nothing_registers_itself_at_import_time() -> None:
    found = [hit for package in ("domain", "persistence", "shared", "ui", "cli")
             for path in sorted((ROOT / package).rglob("*.py")) for hit in top_level_mutations(path)]
    assert found == []


def test_the_check_sees_a_registration(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("SOURCES = []\nSOURCES.append(len)\nregister_codes({})\nsources.append(len)\n", encoding="utf-8")
    assert len(top_level_mutations(sample)) == 2
