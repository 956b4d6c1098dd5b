"""The command line speaks Chinese unless told `--lang en`: help, usage, argparse's own errors and every
failure, with documented exit codes and never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_help_is_chinese_by_default_and_lists_the_exit_codes(run) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("--help")
    assert code == 0, err
    assert out.startswith("用法：") and "退出码" in out and "打开演示数据库" in out
    for number in range(6):
        assert re.search(rf"^  {number}  \S", out, re.M), out
    assert "show this help" not in out and "usage:" not in out


def test_help_in_english_has_no_chinese(run) -> None:  # type: ignore[no-untyped-def]
    for args in (("--lang", "en", "--help"), ("--lang=en", "export", "report", "--help"),
                 ("--lang", "en", "import", "kpi", "--help")):
        code, out, err = run(*args)
        assert code == 0, err
        assert out.startswith("usage:") and "Exit codes" in out
        assert not CJK.search(out), out


def test_argument_errors_are_chinese_with_exit_code_2(run) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("export", "roster", "--db", "x.sqlite")
    assert code == 2
    assert "缺少必需的参数：--out" in err and "--help" in err and "error:" not in err
    code, _out, err = run("--lang", "xx")
    assert code == 2 and "无效的选项" in err
    code, _out, err = run("--lang", "en", "frobnicate")
    assert code == 2 and "invalid choice" in err and not CJK.search(err)


def test_export_into_a_missing_folder_is_a_sentence_not_a_traceback(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "desk.sqlite"
    assert run("demo", "--db", db, "--agents", "8", "--months", "4")[0] == 0
    out = tmp_path / "missing" / "roster.xlsx"
    code, stdout, err = run("export", "roster", "--db", db, "--out", out)
    assert code == 4
    assert "Traceback" not in err + stdout and "Errno" not in err
    assert f"文件夹 {out.parent} 不存在" in err
    assert not out.parent.exists()
    code, _stdout, err = run("--lang", "en", "export", "report", "--month", "2026-10", "--db", db, "--out", out)
    assert code == 4 and f"The folder {out.parent} does not exist" in err and "Traceback" not in err


def test_export_onto_a_folder_says_so(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "desk.sqlite"
    assert run("demo", "--db", db, "--agents", "8", "--months", "4")[0] == 0
    code, _out, err = run("export", "allowance", "--month", "2026-10", "--db", db, "--out", tmp_path)
    assert code == 4 and "是一个文件夹，不是文件" in err and "Traceback" not in err


def test_a_missing_import_file_is_not_found_not_in_use(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "desk.sqlite"
    assert run("demo", "--db", db, "--agents", "8", "--months", "4")[0] == 0
    code, _out, err = run("import", "roster", tmp_path / "nope.xlsx", "--db", db)
    assert code == 4 and "找不到" in err and "占用" not in err
