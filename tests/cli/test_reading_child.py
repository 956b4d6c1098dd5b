"""A file-reading child (persistence/sandboxed_read.py, multiprocessing "spawn") first runs main.py again as
`__mp_main__`: it must not pay for the command line's Qt words there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules_after_running_main_as(name: str) -> set[str]:
    code = (f"import runpy, sys; runpy.run_path('main.py', run_name={name!r}); "
            "print(' '.join(m for m in sys.modules if m.startswith(('PySide6', 'cli'))))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_a_reading_child_runs_main_without_qt_or_the_cli() -> None:
    assert _modules_after_running_main_as("__mp_main__") == set()


def test_the_command_line_still_loads_its_words() -> None:
    # the same run as an ordinary import, so the first test cannot pass for a reason of its own
    assert {"PySide6.QtCore", "cli.language"} <= _modules_after_running_main_as("desk_main")
