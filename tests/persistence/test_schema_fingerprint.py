"""The schema fingerprints are generated from the migrations and must match them; real databases of every
released schema match the fingerprint of their version; the comparison names what differs."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from persistence import schema_fingerprint
from persistence.database import open_database
from persistence.migrate import APPLICATION_ID, application_id, head_revision, schema_differences
from persistence.schema_fingerprint import DATA_FILE, SchemaDifference, compare, describe_file, expected_for

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_the_data_file_is_what_the_migrations_generate() -> None:
    generated = schema_fingerprint.render(schema_fingerprint.generate())
    assert DATA_FILE.read_text(encoding="utf-8") == generated, (
        "persistence/schema_fingerprints.json is stale: run python -m persistence.schema_fingerprint --write")


def test_every_revision_and_the_head_have_a_fingerprint() -> None:
    for revision in head_revision().split("+"):
        assert expected_for(revision) is not None
    assert expected_for("9999_future") is None


def test_a_new_database_matches_the_head_fingerprint_and_carries_our_stamp(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    open_database(path, backup_dir=tmp_path / "b").close()
    assert schema_differences(path, head_revision()) == []
    assert application_id(path) == APPLICATION_ID


def test_every_released_fixture_matches_its_own_version_and_is_stamped_when_opened(tmp_path: Path) -> None:
    for fixture in sorted(FIXTURES.glob("*.sqlite")):
        assert schema_differences(fixture, fixture.stem) == [], fixture.name
        copy = Path(shutil.copy(fixture, tmp_path / fixture.name))
        assert application_id(copy) == 0  # written before the stamp existed
        open_database(copy, backup_dir=tmp_path / "b").close()
        assert application_id(copy) == APPLICATION_ID
        assert schema_differences(copy, head_revision()) == []


def test_a_combination_of_heads_from_an_unjoined_build_is_built_from_the_migrations() -> None:
    both = expected_for("0002+0003")
    assert both is not None
    only_2, only_3 = expected_for("0002"), expected_for("0003")
    assert set(both["tables"]) == set(only_2["tables"]) | set(only_3["tables"])


def test_the_comparison_names_a_missing_table_a_missing_column_and_an_extra_table(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    open_database(path, backup_dir=tmp_path / "b").close()
    con = sqlite3.connect(path)
    with con:
        con.execute("DROP TABLE mentor_check_ins")
        con.execute("ALTER TABLE agents DROP COLUMN hometown")
        con.execute("CREATE TABLE t (x)")
    con.close()
    found = compare(describe_file(path), expected_for(head_revision()))
    assert SchemaDifference("missing_table", "mentor_check_ins") in found
    assert SchemaDifference("missing_column", "agents", "hometown") in found
    assert SchemaDifference("extra_table", "t") in found
