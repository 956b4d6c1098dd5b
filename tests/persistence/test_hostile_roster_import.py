"""RELIABILITY D for the roster import: every hostile or malformed file gives a clear error (a code with
Chinese words) and leaves the database unchanged in content, or imports cleanly and whole — each in
≤ 5 s and ≤ 300 MB RSS.

The battery runs in one child process, so a file that kills the interpreter (a native abort in a
parser) fails this test instead of the whole session, and so the RSS measured is the import's own.
Run as a script, this file is that child: python tests/persistence/test_hostile_roster_import.py DIR
"""

from __future__ import annotations

import contextlib
import inspect
import json
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.fixtures import hostile_files as hf  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 23)
SECONDS, RSS_MB = 5.0, 300
ROSTER_HEADER = ["工号", "姓名", "岗位", "班组", "入职日期", "手机号码"]
PROBES = {"formula_injection_names": "KF03", "control_characters": "KF04", "fullwidth_and_nbsp_no": "KF00"}
NOT_FILE_MAKERS = {"workbook", "rewrite", "simple", "with_sheet_xml", "text_file", "rows"}


def roster(d: Path, name: str, rows: list[list[object]]) -> Path:
    return hf.workbook(d / name, {"花名册": [ROSTER_HEADER, *rows]})


def roster_cases() -> dict[str, object]:
    """The roster-specific entries of the D list (24, 25, 33–38, 48, 49)."""
    ok = ["KF001", "王婷", "热线", "热线一组", "2025-03-01", "13812345678"]
    return {
        "valid_roster": lambda d: roster(d, "ok.xlsx", [ok]),
        "one_valid_one_invalid": lambda d: roster(d, "half.xlsx", [ok, ["KF002", "李强", "热线", "一组", "2026-02-30",
                                                                         ""]]),
        "duplicate_employee_no": lambda d: roster(d, "dup.xlsx", [ok, ok]),
        "fullwidth_and_nbsp_no": lambda d: roster(d, "fullwidth.xlsx", [["ＫＦ００３\u00a0", "张敏", "在线", "在线组",
                                                                         "2025/5/6", ""]]),
        "future_hire_date": lambda d: roster(d, "future.xlsx", [["KF004", "陈静", "热线", "一组", "2031-01-01", ""]]),
        "text_dates_five_formats": lambda d: roster(d, "dates.xlsx", [
            [f"KF1{i}", "刘洋", "热线", "一组", text, ""]
            for i, text in enumerate(["2025-03-01", "2025/3/1", "2025年3月1日", "20250301", "2025.03.01"])]),
        "excel_serial_date": lambda d: roster(d, "serial.xlsx", [["KF020", "赵雪", "售后", "售后组", 45000, ""]]),
        "formula_injection_names": _injection_names,
        "control_characters": lambda d: hf.text_file(
            d, "control.csv", ",".join(ROSTER_HEADER) + "\nKF040,孙\x07丽\x1b,热线,一组,2025-03-01,\n", "utf-8"),
        "missing_required_column": lambda d: hf.workbook(d / "no_name.xlsx", {"名单": [["工号", "岗位"],
                                                                                   ["KF050", "热线"]]}),
        "extra_unknown_columns": lambda d: hf.workbook(d / "extra.xlsx", {"名单": [
            ["工号", "姓名", "岗位", "班组", "入职日期", "星座", "血型"],
            ["KF060", "周杰", "热线", "一组", "2025-03-01", "天秤", "O"]]}),
        "rows_above_cap": _many_rows_csv,
    }


def _injection_names(d: Path) -> Path:
    """Names that Excel would run as formulas, saved as text cells (as HQ's export would)."""
    path = roster(d, "inject.xlsx", [["KF030", "x", "热线", "一组", "2025-03-01", ""],
                                     ["KF031", "x", "热线", "一组", "2025-03-01", ""]])
    import openpyxl

    wb = openpyxl.load_workbook(path)
    for row, name in ((2, "=1+2"), (3, "@SUM(A1)")):
        cell = wb.active.cell(row=row, column=2)
        cell.value = name
        cell.data_type = "s"
    wb.save(path)
    return path


def _many_rows_csv(d: Path) -> Path:
    lines = ["工号,姓名"] + [f"K{i},某" for i in range(200_001)]
    return hf.text_file(d, "many_rows.csv", "\n".join(lines) + "\n", "utf-8")


def all_cases() -> dict[str, object]:
    cases = {name: fn for name, fn in vars(hf).items()
             if inspect.isfunction(fn) and fn.__module__ == hf.__name__ and not name.startswith("_")
             and name not in NOT_FILE_MAKERS and len(inspect.signature(fn).parameters) == 1}
    cases["simple_kpi_shaped"] = hf.simple
    cases.update(roster_cases())
    return cases


def _peak_rss_reset() -> None:
    with contextlib.suppress(OSError):  # Linux ≥ 4.0: "5" resets the peak RSS (VmHWM): each file on its own
        Path("/proc/self/clear_refs").write_text("5")


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_battery(workdir: Path) -> None:
    from domain.roster.import_use_case import commit_roster_import, preview_roster_import
    from domain.roster.importing import ImportRejected
    from persistence.backup_port import DatabaseBackup
    from persistence.database import open_database
    from persistence.roster.roster_files import RosterFiles
    from persistence.tabular import UnreadableFile
    from tests.persistence.helpers import content_hash

    db = open_database(workdir / "desk.sqlite", backup_dir=workdir / "backups")
    twice = None
    for name, make in [*all_cases().items(), ("same_file_twice", None)]:
        folder = workdir / "files" / name
        folder.mkdir(parents=True)
        path = twice if make is None else make(folder)  # type: ignore[operator]
        before = content_hash(db.path)
        with db.uow() as uow:
            agents_before = uow.agents.count()
        _peak_rss_reset()
        started = time.monotonic()
        result: dict[str, object] = {"name": name, "file": Path(path).name}
        try:
            preview = preview_roster_import(db.uow, RosterFiles(), Path(path), TODAY)
            if preview.errors:
                result.update(outcome="rejected", codes=sorted({e.code for e in preview.errors}))
            else:
                commit_roster_import(db.uow, DatabaseBackup(db), preview, TODAY, datetime(2026, 11, 23, 10, 0))
                result.update(outcome="imported", new=len(preview.plan.new), changed=len(preview.plan.changed))
                if name == "valid_roster":
                    twice = path
        except UnreadableFile as exc:
            result.update(outcome="rejected", codes=[exc.code])
        except ImportRejected as exc:
            result.update(outcome="rejected", codes=sorted({e.code for e in exc.errors}))
        except Exception as exc:  # noqa: BLE001  the parent reports it as a crash
            result.update(outcome="crash", error=repr(exc)[:300])
        result["seconds"] = round(time.monotonic() - started, 3)
        result["rss_mb"] = round(_peak_rss_mb(), 1)
        result["unchanged"] = content_hash(db.path) == before
        with db.uow() as uow:
            result["agents_added"] = uow.agents.count() - agents_before
            if name in PROBES:
                result["names"] = {a.employee_no: a.name for a in uow.agents.list_all()
                                   if a.employee_no.startswith(PROBES[name])}
        print(json.dumps(result, ensure_ascii=False), flush=True)
    db.close()


def test_hostile_and_malformed_roster_files(tmp_path: Path) -> None:
    from shared.messages import known

    done = subprocess.run([sys.executable, __file__, str(tmp_path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    results = {r["name"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert len(results) == len(all_cases()) + 1 >= 50
    for r in results.values():
        assert r["outcome"] in ("rejected", "imported"), r
        assert r["seconds"] <= SECONDS and r["rss_mb"] <= RSS_MB, r
        if r["outcome"] == "rejected":
            assert r["unchanged"], r  # byte-for-byte in content: nothing written at all
            assert r["codes"] and all(known(code) for code in r["codes"]), r  # each code has its words
        else:
            assert r["agents_added"] == r["new"], r  # the whole file landed, not part of it
    for name in ("not_a_zip", "zero_bytes", "truncated_zip", "xls_renamed", "encrypted_ole", "billion_laughs_sheet",
                 "billion_laughs_shared_strings", "external_entity", "zip_bomb_ratio", "zip_bomb_declared",
                 "too_many_members", "dotdot_member", "far_cell", "one_valid_one_invalid", "duplicate_employee_no",
                 "missing_required_column", "future_hire_date", "rows_above_cap", "formula_without_value"):
        assert results[name]["outcome"] == "rejected", results[name]
    assert results["valid_roster"]["new"] == 1
    assert results["same_file_twice"]["outcome"] == "imported" and results["same_file_twice"]["new"] == 0
    assert results["same_file_twice"]["unchanged"] or results["same_file_twice"]["agents_added"] == 0
    assert results["formula_injection_names"]["names"] == {"KF030": "=1+2", "KF031": "@SUM(A1)"}  # text, as typed
    assert results["control_characters"]["names"] == {"KF040": "孙丽"}  # control characters dropped
    assert "KF003" in results["fullwidth_and_nbsp_no"]["names"]  # full-width digits and NBSP normalised
    rejected = sum(r["outcome"] == "rejected" for r in results.values())
    print(f"hostile: {len(results)} files, {rejected} rejected with message, {len(results) - rejected} imported, "
          f"0 partial, 0 crashes, max RSS {max(r['rss_mb'] for r in results.values()):.0f} MB, "
          f"max {max(r['seconds'] for r in results.values()):.1f} s")


if __name__ == "__main__":
    run_battery(Path(sys.argv[1]))
