"""The installable folder against the source run, measured in the same run (issue 19's goals: ≤ 200 MB,
window shown within 1.2× of the source run).

    python benchmarks/bundle.py [--repeat N]      # after `python dev.py bundle`

Both start on the same small demo database with DESK_BENCH_STARTUP=shown, which prints the moment the
window is first painted and quits; the figure is the median wall time from process start to that moment.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "dist" / "supervisors-desk"
EXE = FOLDER / ("supervisors-desk.exe" if os.name == "nt" else "supervisors-desk")


def shown_ms(command: list[str], env: dict[str, str]) -> float:
    began = time.time()
    out = subprocess.run(command, capture_output=True, text=True, timeout=300,
                         env={**env, "DESK_BENCH_STARTUP": "shown"}).stdout
    stamp = next(float(line.split()[1]) for line in out.splitlines() if line.startswith("SHOWN"))
    return (stamp - began) * 1000


def folder_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not EXE.exists():
        sys.exit(f"{EXE} is missing: run `python dev.py bundle` first.")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": f"{tmp}/data",
               "XDG_CONFIG_HOME": f"{tmp}/config"}
        db = Path(tmp) / "demo.sqlite"
        subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(db)], check=True, env=env,
                       capture_output=True)
        source = [sys.executable, str(ROOT / "main.py"), "--db", str(db)]
        bundled = [str(EXE), "--db", str(db)]
        for warm in (source, bundled):  # the first start of each fills the OS file cache
            shown_ms(warm, env)
        src = statistics.median(shown_ms(source, env) for _ in range(args.repeat))
        exe = statistics.median(shown_ms(bundled, env) for _ in range(args.repeat))
    size = folder_mb(FOLDER)
    print(f"{'figure':<34}{'value':>12}  {'baseline / goal':<28}ratio")
    print(f"{'bundle folder size':<34}{size:>9.0f} MB  {'goal 200 MB':<28}{size / 200:.2f}×")
    print(f"{'window shown, bundled program':<34}{exe:>9.0f} ms  {f'source run {src:,.0f} ms':<28}{exe / src:.2f}×"
          "  (goal ≤ 1.2×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
