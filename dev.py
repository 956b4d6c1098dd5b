"""Set-up included: `python dev.py run` starts the app on demo data, `python dev.py test` runs the tests.

Creates .venv beside this file on first use and installs the project (with its test extra) into it;
reinstalls only when pyproject.toml changes. Works the same on Linux and Windows.
"""

from __future__ import annotations

import hashlib
import os
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
        return subprocess.call([str(PYTHON), "-m", "pytest", *sys.argv[2:]], cwd=ROOT)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
