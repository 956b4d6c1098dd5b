"""The house rules that keep the layers honest: domain/ is plain Python; ui/ never writes SQL; imports run one way
(main → ui/cli → shared, domain; persistence implements the ports), so ui and cli never import each other or main."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN_IN_DOMAIN = {"PySide6", "sqlalchemy", "alembic", "openpyxl", "matplotlib", "python_calamine", "persistence",
                       "ui"}
FORBIDDEN_IN_UI = {"sqlalchemy", "alembic", "sqlite3"}


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def offenders(folder: str, forbidden: set[str]) -> dict[str, set[str]]:
    found = {}
    for path in (ROOT / folder).rglob("*.py"):
        bad = imported_roots(path) & forbidden
        if bad:
            found[str(path.relative_to(ROOT))] = bad
    return found


def test_domain_imports_no_framework() -> None:
    assert offenders("domain", FORBIDDEN_IN_DOMAIN) == {}


def test_ui_never_talks_to_the_database_directly() -> None:
    assert offenders("ui", FORBIDDEN_IN_UI) == {}


def imported_modules(path: Path) -> set[str]:
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules.add(node.module)
    return modules


def test_persistence_has_no_qt_and_cli_has_no_widgets() -> None:
    assert offenders("persistence", {"PySide6", "ui"}) == {}
    widgets = {str(p.relative_to(ROOT)): imported_modules(p) & {"PySide6.QtWidgets", "PySide6.QtGui", "ui.app"}
               for p in (*(ROOT / "cli").rglob("*.py"), *(ROOT / "shared").rglob("*.py"))}
    assert {k: v for k, v in widgets.items() if v} == {}


# Issue 17: the window reaches data only through its door (ui/door.py). The one place that still opens a unit of
# work itself is the start-up code that builds the demo database on the worker thread, before the door exists.
UOW_OPENERS_ALLOWED_IN_UI = {"ui/context.py": "defines ctx.uow, the factory the door itself uses",
                             "ui/app.py": "fills a new --demo database on the worker thread before the door exists"}


def test_no_page_opens_a_unit_of_work() -> None:
    import re

    opener = re.compile(r"\.uow\(\)|\bwith\b[^\n]*\buow\b|\.uow\b(?!\()")
    found = {}
    for path in (ROOT / "ui").rglob("*.py"):
        name = str(path.relative_to(ROOT))
        if name in UOW_OPENERS_ALLOWED_IN_UI or name == "ui/door.py":
            continue
        lines = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if opener.search(line)]
        if lines:
            found[name] = lines
    assert found == {}


# Imports that still run the wrong way, each with the reason it stays; the test fails if one disappears too (so the
# list shrinks with the code) or a new one appears.
WRONG_WAY_ALLOWED: dict[tuple[str, str], str] = {}
SQL_OUTSIDE_PERSISTENCE_ALLOWED: dict[tuple[str, str], str] = {}


def _imports(folder_or_file: str) -> dict[tuple[str, str], int]:
    paths = [ROOT / folder_or_file] if folder_or_file.endswith(".py") else (ROOT / folder_or_file).rglob("*.py")
    found = {}
    for path in paths:
        for module in imported_modules(path):
            found[(str(path.relative_to(ROOT)), module)] = 1
    return found


def test_imports_run_one_way() -> None:
    wrong = set()
    for source, forbidden in (("ui", ("cli", "main")), ("cli", ("ui", "main")), ("shared", ("ui", "cli", "main")),
                              ("domain", ("ui", "cli", "main", "shared")),
                              ("persistence", ("ui", "cli", "main", "shared"))):
        for (path, module) in _imports(source):
            if module.split(".")[0] in forbidden:
                wrong.add((path, module))
    assert wrong == set(WRONG_WAY_ALLOWED)


def test_no_sql_outside_persistence() -> None:
    sql = {"sqlalchemy", "sqlite3", "alembic"}
    found = set()
    for folder in ("ui", "cli", "shared", "domain", "main.py"):
        for (path, module) in _imports(folder):
            if module.split(".")[0] in sql:
                found.add((path, module.split(".")[0]))
    assert found == set(SQL_OUTSIDE_PERSISTENCE_ALLOWED)


# Issue 17 item 1: use cases live in one layer. Imports and exports are domain functions (domain/<area>/*_use_case.py,
# domain/performance/handouts.py) that take a unit of work and ports; persistence implements the ports (readers,
# writers, backups, the HQ report's sheets) and persistence/file_ports.py composes them. The window and the command
# line reach files only through those: never an importer, an *_export module or the HQ report module itself.
FILE_USE_CASES = ("domain/roster/import_use_case.py", "domain/roster/export_use_case.py",
                  "domain/performance/kpi_import_use_case.py", "domain/performance/handouts.py",
                  "domain/reports/export_use_case.py", "domain/care/export_use_case.py",
                  "domain/training/posting_use_case.py", "domain/remembered.py")


def _is_file_use_case_in_persistence(module: str) -> bool:
    import re

    return re.fullmatch(r"persistence(\.\w+)*\.(importer|\w*_export|hq_report)", module) is not None


def test_ui_and_cli_reach_files_through_use_cases_and_ports() -> None:
    found = {(path, module) for folder in ("ui", "cli") for (path, module) in _imports(folder)
             if _is_file_use_case_in_persistence(module)}
    assert found == set()


def test_the_file_use_cases_import_no_persistence() -> None:
    for name in FILE_USE_CASES:
        assert (ROOT / name).is_file(), name
        assert {m for m in imported_modules(ROOT / name) if m.split(".")[0] in ("persistence", "ui", "cli")} == set()
    assert not list((ROOT / "persistence").rglob("importer.py"))  # no second home for the import use cases


def test_the_rule_recognises_what_it_forbids() -> None:
    assert _is_file_use_case_in_persistence("persistence.roster.importer")
    assert _is_file_use_case_in_persistence("persistence.care.excel_export")
    assert _is_file_use_case_in_persistence("persistence.mentoring.allowance_export")
    assert _is_file_use_case_in_persistence("persistence.reports.hq_report")
    assert not _is_file_use_case_in_persistence("persistence.file_ports")
    assert not _is_file_use_case_in_persistence("persistence.roster.import_reader")


# The window's backups, restore and check go through the safety port (persistence/safety_port.py) and the use
# cases in domain/safety/services.py, run by the door: never the modules that copy, restore or check the file.
STORE_MODULES = {"persistence.backup", "persistence.restore", "persistence.health", "persistence.server_backup",
                 "persistence.backup_port"}


def test_the_window_reaches_backups_only_through_the_safety_port() -> None:
    found = {(str(path.relative_to(ROOT)), module) for path in (ROOT / "ui").rglob("*.py")
             for module in imported_modules(path) if module in STORE_MODULES}
    assert found == set()
    assert "persistence.safety_port" in imported_modules(ROOT / "ui" / "safety" / "backup_dialog.py")
