"""Centre-scale benchmark: builds (or reuses) a synthetic centre with the demo generator, then prints one
table of figures, each beside a baseline measured in the same run, and the ratio.

    python benchmarks/run.py [--rebuild] [--repeat N]

The dataset (5,000 headcount over 10 years; every area's demo data at that scale) lives in
benchmarks/.cache/centre.sqlite and takes a few minutes to build the first time.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache"
CENTRE = CACHE / "centre.sqlite"
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
# Start-up is timed as an installed copy starts: with its modules' bytecode (an installer compiles it). A checkout
# run with PYTHONDONTWRITEBYTECODE=1 (as on the shared build machine) compiles every module on every launch,
# ~2× every start-up figure. So launches keep their bytecode in a cache folder of their own, filled by a first
# launch that is not counted (README: "What each figure means").
START_ENV = {**{k: v for k, v in ENV.items() if k != "PYTHONDONTWRITEBYTECODE"},
             "PYTHONPYCACHEPREFIX": str(CACHE / "pycache")}
TARGETS = {  # figure -> (target, what the ratio is against)
    "start: window shown": "≤ 1.3× bare window",
    "start: roster ready": "≤ 600 ms",
    "roster shown (5,000 active)": "≤ 2× bare model",
    "roster filter per keystroke": "≤ 30 ms",
    "dashboard, all charts": "≤ 400 ms, no UI-thread stall over 50 ms",
    "HQ report": "≤ 1.3× plain write",
    "KPI import, 60k rows": "≤ 2× read + executemany",
}


def build(rebuild: bool) -> None:
    if CENTRE.exists() and not rebuild:
        return
    CACHE.mkdir(exist_ok=True)
    CENTRE.unlink(missing_ok=True)
    print("building the centre (5,000 headcount, 120 months) …", flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(CENTRE), "--agents", "5000",
                    "--months", "120", "--seed", "2026"], check=True, env=ENV)
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)


def counts() -> dict[str, int]:
    con = sqlite3.connect(CENTRE)
    found = {}
    for label, table in (("agents", "agents"), ("KPI rows", "kpi_monthly"), ("coaching notes", "coaching_sessions"),
                         ("candidates", "recruiting_candidates")):
        try:
            found[label] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        except sqlite3.OperationalError:
            found[label] = -1
    con.close()
    return found


def start_ms(script: list[str], moment: str) -> tuple[float, float]:
    """(wall ms from launch to `moment`, the process's CPU ms by then)."""
    began = time.time()
    out = subprocess.run([sys.executable, *script], capture_output=True, text=True, timeout=300,
                         env={**START_ENV, "DESK_BENCH_STARTUP": moment}).stdout
    stamp, cpu = next(map(float, line.split()[1:3]) for line in out.splitlines() if line.startswith(moment.upper()))
    return (stamp - began) * 1000, cpu * 1000


def case(name: str, arg: str) -> dict:
    out = subprocess.run([sys.executable, str(HERE / "cases.py"), name, arg], capture_output=True, text=True,
                         timeout=1800, env=ENV)
    if out.returncode:
        raise RuntimeError(f"{name}: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def medians_of(repeat: int, fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    runs = [fn() for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    build(args.rebuild)
    print("dataset:", ", ".join(f"{k} {v:,}" for k, v in counts().items()), flush=True)
    rows: list[tuple[str, str, str, str, str]] = []

    def add(what: str, value: float, baseline: str, ratio: str, rss: float | None = None) -> None:
        rows.append((what, f"{value:,.0f} ms", baseline, ratio, f"{rss:,.0f} MB" if rss else ""))
        print(f"  {what}: {value:,.0f} ms  ({baseline}; {ratio})", flush=True)

    app = [str(ROOT / "main.py"), "--db", str(CENTRE)]
    start_ms(app, "ready")  # not counted: writes the bytecode cache (START_ENV)
    start_ms([str(HERE / "bare_window.py")], "shown")
    bare, bare_cpu = medians_of(args.repeat, lambda: start_ms([str(HERE / "bare_window.py")], "shown"))
    shown, shown_cpu = medians_of(args.repeat, lambda: start_ms(app, "shown"))
    ready, ready_cpu = medians_of(args.repeat, lambda: start_ms(app, "ready"))
    add("start: window shown", shown, f"bare window {bare:,.0f} ms", f"{shown / bare:.2f}×")
    add("start: window shown, CPU", shown_cpu, f"bare window {bare_cpu:,.0f} ms CPU", f"{shown_cpu / bare_cpu:.2f}×")
    add("start: roster ready", ready, f"bare window {bare:,.0f} ms; target 600 ms", f"{ready / 600:.2f}× target")
    add("start: roster ready, CPU", ready_cpu, "target 600 ms", f"{ready_cpu / 600:.2f}× target")

    # Alternately, each its median: a busy minute on the shared machine then stretches both, not one of them.
    pairs = [(case("roster", str(CENTRE)), case("bare_roster", str(CENTRE))) for _ in range(args.repeat)]
    roster = pairs[0][0]
    page_ms, model_ms = (statistics.median(p[i]["ms"] for p in pairs) for i in (0, 1))
    page_cpu, model_cpu = (statistics.median(p[i]["cpu_ms"] for p in pairs) for i in (0, 1))
    add(f"roster shown ({roster['rows']:,} active)", page_ms, f"bare model {model_ms:,.0f} ms",
        f"{page_ms / model_ms:.2f}×", roster["rss_mb"])
    add("roster shown, CPU (both threads)", page_cpu, f"bare model {model_cpu:,.0f} ms CPU",
        f"{page_cpu / model_cpu:.2f}×")
    keystroke = statistics.median(p[0]["filter_ms"] for p in pairs)
    keystroke_cpu = statistics.median(p[0]["filter_cpu_ms"] for p in pairs)
    add("roster filter per keystroke", keystroke, "target 30 ms", f"{keystroke / 30:.2f}×")
    add("roster filter per keystroke, UI-thread CPU", keystroke_cpu, "target 30 ms", f"{keystroke_cpu / 30:.2f}×")

    dash = case("dashboard", str(CENTRE))
    # The visible tab's charts painted (the others are drawn when their tab is first shown); the rest of the
    # data is read after them, in the same snapshot: both figures, the first against the target.
    add("dashboard, all charts (the visible tab's, painted; matplotlib preloaded at start-up)", dash["ms"],
        "target 400 ms", f"{dash['ms'] / 400:.2f}×", dash["rss_mb"])
    add("dashboard, every part of the data read (the hidden tabs' too)", dash["all_ms"], "target 400 ms",
        f"{dash['all_ms'] / 400:.2f}×")
    add("dashboard, CPU per load (both threads)", dash["cpu_ms"], "target 400 ms", f"{dash['cpu_ms'] / 400:.2f}×")
    add("dashboard, longest UI-thread stall while it fills", dash["ui_stall_max_ms"], "target 50 ms",
        f"{dash['ui_stall_max_ms'] / 50:.2f}×")
    add("dashboard, the UI thread's own longest work between two beats (CPU)", dash["ui_stall_cpu_max_ms"],
        "target 50 ms", f"{dash['ui_stall_cpu_max_ms'] / 50:.2f}×")
    cold = case("dashboard_cold", str(CENTRE))
    add("dashboard, cold process (imports matplotlib)", cold["ms"], "target 600 ms", f"{cold['ms'] / 600:.2f}×",
        cold["rss_mb"])

    report = case("report", str(CENTRE))
    plain = case("plain_write", json.dumps(report["mix"]))
    add(f"HQ report ({report['cells']:,} cells)", report["ms"], f"plain write_only {plain['ms']:,.0f} ms",
        f"{report['ms'] / plain['ms']:.2f}×", report["rss_mb"])
    # CPU beside wall: on the shared 2-core machine a busy minute stretches one wall figure and not its baseline's.
    add("HQ report, CPU", report["cpu_ms"], f"plain write_only {plain['cpu_ms']:,.0f} ms CPU",
        f"{report['cpu_ms'] / plain['cpu_ms']:.2f}×")

    for fmt, suffix in (("CSV", ""), (".xlsx", "_xlsx")):
        kpi = case("kpi_import" + suffix, str(CENTRE))
        floor = case("kpi_floor" + suffix, str(CENTRE))
        reader = "csv module" if fmt == "CSV" else "calamine"
        add(f"KPI import, {kpi['rows']:,} rows ({fmt})", kpi["ms"],
            f"{reader} read + executemany {floor['ms']:,.0f} ms", f"{kpi['ms'] / floor['ms']:.2f}×", kpi["rss_mb"])
        add(f"KPI import, CPU ({fmt}, with the reading child processes)", kpi["cpu_ms"],
            f"floor {floor['cpu_ms']:,.0f} ms CPU", f"{kpi['cpu_ms'] / floor['cpu_ms']:.2f}×")

    print("\n| figure | value | baseline (same run) | ratio | peak RSS |\n|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
