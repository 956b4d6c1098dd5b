from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run `python main.py ARGS` as a user would; returns (exit code, stdout, stderr)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONIOENCODING": "utf-8"}

    def _run(*args: object, timeout: float = 120) -> tuple[int, str, str]:
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                              text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=timeout)
        return done.returncode, done.stdout, done.stderr

    return _run
