"""Start-up reads the revision graph from the migration scripts' own lines, without alembic: it must be the
graph alembic reads, and a script it cannot read must hand the question to alembic."""

from __future__ import annotations

from pathlib import Path

import pytest

from persistence import migrate


def test_the_scripts_read_as_alembic_reads_them() -> None:
    migrate.revision_graph.cache_clear()
    assert migrate.revision_graph() == migrate._alembic_graph()
    assert migrate.head_revision() == "+".join(sorted(migrate._alembic_graph()[1]))
    assert "0001" in migrate.known_revisions()


@pytest.mark.parametrize("lines", [
    'revision = "0100"\ndown_revision = "0012"\ndepends_on = "0005"\n',  # a dependency: alembic's to judge
    'revision = make_id()\ndown_revision = "0012"\n',                  # not a literal
    'down_revision = "0012"\n',                                         # no revision at all
])
def test_a_script_not_understood_goes_to_alembic(lines: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "0100_x.py").write_text(lines, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", tmp_path)
    monkeypatch.setattr(migrate, "_alembic_graph", lambda: (frozenset({"asked"}), frozenset({"asked"})))
    migrate.revision_graph.cache_clear()
    try:
        assert migrate.revision_graph() == (frozenset({"asked"}), frozenset({"asked"}))
    finally:
        migrate.revision_graph.cache_clear()


def test_heads_of_branches_developed_in_parallel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    for name, text in (("a", 'revision = "1"\ndown_revision = None\n'),
                       ("b", "revision = '2'\ndown_revision = '1'\n"),
                       ("c", 'revision = "3"\ndown_revision = "1"\n'),
                       ("d", 'revision = "4"\ndown_revision = ("2", "3")\n'),
                       ("e", 'revision = "5"\ndown_revision = "4"\n'),
                       ("f", 'revision = "6"\ndown_revision = "4"\n')):
        (versions / f"{name}.py").write_text(text, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", tmp_path)
    migrate.revision_graph.cache_clear()
    try:
        assert migrate.revision_graph() == (frozenset("123456"), frozenset({"5", "6"}))
        assert migrate.head_revision() == "5+6"
    finally:
        migrate.revision_graph.cache_clear()
