"""An installed copy runs (issue 17 item 6): the wheel carries every package, the migrations and the compiled
translations, and `check` works from a fresh virtual environment that cannot see this source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("domain", "persistence", "shared", "ui", "cli", "resources", "main.py", "pyproject.toml", "README.md")


def _build_wheel(tmp_path: Path) -> Path:
    # Built from a copy: setuptools writes build/ and *.egg-info beside the sources it builds.
    source = tmp_path / "src"
    source.mkdir()
    for name in SHIPPED:
        item = ROOT / name
        if item.is_dir():
            shutil.copytree(item, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(item, source / name)
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(dist), str(source)], check=True, capture_output=True, cwd=tmp_path, timeout=300)
    [wheel] = dist.glob("*.whl")
    return wheel


def _fresh_venv(tmp_path: Path) -> Path:
    """A venv whose only link to ours is its dependencies: a .pth naming our site-packages as a plain path
    (a path listed in a .pth is not a site dir, so the editable install's finder there is never loaded)."""
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(target)
    python = target / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    (Path(purelib) / "our_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return python


def test_the_wheel_installs_and_runs_check_from_a_fresh_venv(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path)
    python = _fresh_venv(tmp_path)
    # --force-reinstall: the dependencies' folder may show this project's own editable install (a developer's
    # venv), and pip would then skip the wheel as "already installed with the same version".
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--force-reinstall",
                    str(wheel)], check=True, capture_output=True, timeout=300)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONIOENCODING": "utf-8"}
    env.pop("PYTHONPATH", None)
    run = tmp_path / "elsewhere"
    run.mkdir()

    where = subprocess.run([str(python), "-c", "import cli, domain, main, resources; print(domain.__file__)"],
                           capture_output=True, text=True, env=env, cwd=run, check=True).stdout
    assert str(tmp_path / "venv") in where and str(ROOT) not in where

    db = tmp_path / "team.sqlite"
    demo = subprocess.run([str(python), "-m", "main", "demo", "--db", str(db), "--agents", "15", "--months", "2"],
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=run, timeout=300)
    assert demo.returncode == 0, demo.stderr
    check = subprocess.run([str(python), "-m", "main", "check", "--db", str(db)],
                           capture_output=True, text=True, encoding="utf-8", env=env, cwd=run, timeout=120)
    assert check.returncode == 0, check.stderr
    assert any("\u4e00" <= ch <= "\u9fff" for ch in check.stdout), check.stdout  # the compiled zh_CN words shipped


def test_the_version_has_one_home_the_project_file() -> None:
    import tomllib

    from persistence.app_version import app_version

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert app_version() == declared
    stray = [p for p in (*ROOT.glob("ui/**/*.py"), *ROOT.glob("persistence/**/*.py"), ROOT / "main.py")
             if f'"{declared}"' in p.read_text(encoding="utf-8")]
    assert stray == []
