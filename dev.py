"""Set-up included: `python dev.py run` starts the app on demo data, `python dev.py test` runs the tests,
`python dev.py lint` runs ruff and mypy as CI does,
`python dev.py bundle` builds dist/supervisors-desk/, a folder that runs without Python (PyInstaller).

Creates .venv beside this file on first use and installs the project (with its test extra) into it;
reinstalls only when pyproject.toml changes. Works the same on Linux and Windows.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
STAMP = VENV / ".installed"


def ensure_env() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        sys.exit("Python 3.11 or newer is needed.")
    if not PYTHON.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != want:
        print("Installing dependencies …", flush=True)
        subprocess.check_call([str(PYTHON), "-m", "pip", "install", "-q", "--upgrade", "pip"])
        subprocess.check_call([str(PYTHON), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"])
        STAMP.write_text(want)


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "run"
    ensure_env()
    if command == "run":
        return subprocess.call([str(PYTHON), str(ROOT / "main.py"), "--demo", *sys.argv[2:]], cwd=ROOT)
    if command == "test":
        if len(sys.argv) > 2:  # a developer's own selection: one pytest run as asked
            return subprocess.call([str(PYTHON), "-m", "pytest", *sys.argv[2:]], cwd=ROOT)
        return test_suite()
    if command == "lint":  # ruff on everything, then mypy on what [tool.mypy] names (domain/, persistence/)
        return subprocess.call([str(PYTHON), "-m", "ruff", "check", "."], cwd=ROOT) \
            or subprocess.call([str(PYTHON), "-m", "mypy"], cwd=ROOT)
    if command == "bundle":
        return bundle()
    print(__doc__)
    return 2


def test_suite() -> int:
    """The whole suite: domain, persistence and CLI in one pytest run, then each window test file in a run of
    its own, so Qt state one file leaves behind (a dialog, a timer, a worker thread) can never reach another
    file — and a crash, should one happen, names its file instead of ending the suite. Prints one total."""
    runs = [["tests/domain", "tests/persistence", "tests/cli"]]
    runs += [[str(p.relative_to(ROOT))] for p in sorted((ROOT / "tests" / "ui").glob("test_*.py"))]
    passed = failed = 0
    broken: list[str] = []
    for paths in runs:
        done = subprocess.run([str(PYTHON), "-m", "pytest", "-q", *paths], cwd=ROOT, capture_output=True, text=True,
                              encoding="utf-8", errors="replace")
        sys.stdout.write(done.stdout[-4000:] if done.returncode else done.stdout.splitlines()[-1] + "\n")
        sys.stderr.write(done.stderr[-4000:] if done.returncode else "")
        counts = {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|errors?)", done.stdout)}
        passed += counts.get("passed", 0)
        bad = counts.get("failed", 0) + counts.get("error", 0) + counts.get("errors", 0)
        if done.returncode not in (0,) and bad == 0:
            bad = 1  # a run that ended without its summary (a crash) counts as a failure
        failed += bad
        if done.returncode:
            broken.append(" ".join(paths))
    if broken:
        print("failing runs: " + "; ".join(broken))
    print(f"total: {passed} passed, {failed} failed")
    return 1 if failed or broken else 0


# Our packages are found by their import statements, but CLI handlers and hook modules are named as strings
# and imported on demand: collect every submodule. Migrations are read by Alembic as files, so they ship as data.
OUR_PACKAGES = ("cli", "domain", "persistence", "shared", "ui")
# Parts of Qt and of the Python world the app never loads: leaving them out keeps the folder small.
EXCLUDED = ("tkinter", "unittest", "pydoc", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
            "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtSql", "PySide6.QtTest",
            "PySide6.QtDBus", "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtUiTools", "PySide6.QtXml",
            "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_gtk3agg",
            "matplotlib.backends.backend_wxagg", "matplotlib.backends.backend_webagg", "IPython", "pytest",
            "PIL._avif", "PIL.AvifImagePlugin", "PIL._imagingtk", "PIL.ImageTk")


def bundle() -> int:
    """One folder, dist/supervisors-desk/, whose executable runs the window and every subcommand."""
    subprocess.check_call([str(PYTHON), "-m", "pip", "install", "-q", "pyinstaller>=6.10,<7"])
    sep = ";" if os.name == "nt" else ":"
    args = [str(PYTHON), "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir", "--name", "supervisors-desk",
            "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
            "--specpath", str(ROOT / "build"), "--log-level", "WARN",
            "--add-data", f"{ROOT / 'resources' / 'i18n' / '*.qm'}{sep}resources/i18n",
            "--add-data", f"{ROOT / 'persistence' / 'migrations'}{sep}persistence/migrations",
            "--add-data", f"{ROOT / 'persistence' / 'schema_fingerprints.json'}{sep}persistence",
            "--copy-metadata", "supervisors-desk"]
    if os.name != "nt":
        args.append("--strip")  # debug symbols are a third of the shared libraries' size
    for package in OUR_PACKAGES:
        args += ["--collect-submodules", package]
    for module in EXCLUDED:
        args += ["--exclude-module", module]
    code = subprocess.call([*args, str(ROOT / "main.py")], cwd=ROOT)
    if code == 0:
        folder = ROOT / "dist" / "supervisors-desk"
        _keep_only_chinese_qt_translations(folder)
        _keep_only_matplotlib_sans(folder)
        size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
        print(f"Built {folder} ({size / 1e6:.0f} MB)")
    return code


def _keep_only_matplotlib_sans(folder: Path) -> None:
    """Charts use a CJK font with DejaVu Sans behind it; the serif, mono, STIX and TeX fonts (mathtext, PDF)
    are never drawn. matplotlib builds its font list from what is in the folder, so absent files are fine."""
    fonts = next(folder.rglob("mpl-data/fonts"), None)
    if fonts is None:
        return
    for font in fonts.rglob("*"):
        if font.is_file() and not (font.suffix == ".ttf" and font.name.startswith("DejaVuSans")
                                   and "Mono" not in font.name):
            font.unlink()


def _keep_only_chinese_qt_translations(folder: Path) -> None:
    """Qt ships its own words in 30 languages; the app speaks zh_CN (and English, which needs none)."""
    for qm in folder.rglob("translations/*.qm"):
        if not qm.name.endswith("_zh_CN.qm"):
            qm.unlink()


if __name__ == "__main__":
    sys.exit(main())
