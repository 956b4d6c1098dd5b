"""A centre on both stores in one run (issue 23): the same demo centre written to a SQLite file and to a
throwaway PostgreSQL (tests/pg_server.py: initdb into a temporary folder, Unix socket only), then the same
reads timed on each. Prints one table, SQLite beside PostgreSQL.

    python benchmarks/pg_centre.py [--agents 1500] [--months 60] [--url postgresql+psycopg://…]

With --url the PostgreSQL side runs on that (empty) database instead of a throwaway server. Each figure is
the median of three runs, in milliseconds; the build is one run."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def median_ms(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build_ms(where: str, agents: int, months: int) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", where, "--agents", str(agents),
                    "--months", str(months)], check=True, capture_output=True, cwd=ROOT)
    return (time.perf_counter() - start) * 1000


def measure(where: str) -> dict[str, float]:
    from domain.dashboard import services as dashboard
    from domain.dashboard.model import DashboardFilter, SurvivalGrouping
    from domain.reports.export_use_case import export_report
    from domain.reports.workforce import Month
    from domain.roster import services as roster
    from persistence.opening import open_db
    from persistence.reports.hq_report import HQ_REPORT, section_keys

    today = date.today()
    db = open_db(where)
    try:
        out = Path(tempfile.mkdtemp()) / "report.xlsx"
        month = Month(today.year, today.month).shift(-1)
        figures = {
            "open (connect + version check)": median_ms(lambda: open_db(where).close()),
            "roster: every agent": median_ms(lambda: roster.list_roster(db.uow(), today)),
            "dashboard (whole page)": median_ms(lambda: dashboard.dashboard_data(
                db.uow(), today, DashboardFilter(), SurvivalGrouping.HIRE_YEAR)),
            "HQ monthly report (.xlsx)": median_ms(
                lambda: export_report(db.uow, HQ_REPORT, month, out, section_keys(), datetime.now()), repeat=1),
        }
        with db.uow() as uow:
            figures["agents"] = float(uow.agents.count())
        return figures
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agents", type=int, default=1500)
    parser.add_argument("--months", type=int, default=60)
    parser.add_argument("--url", help="an empty PostgreSQL database to use instead of a throwaway server")
    args = parser.parse_args()
    server = None
    if args.url:
        url = args.url
    else:
        from tests.pg_server import start_server

        server = start_server("desk-bench-pg-")
        if server is None:
            print("PostgreSQL's server binaries (initdb, pg_ctl) are not installed; pass --url", file=sys.stderr)
            return 2
        url = server.new_database()
    folder = Path(tempfile.mkdtemp(prefix="desk-bench-"))
    sqlite = str(folder / "centre.sqlite")
    try:
        print(f"building a {args.agents:,}-headcount, {args.months}-month centre on both …", flush=True)
        built = {"SQLite": build_ms(sqlite, args.agents, args.months),
                 "PostgreSQL": build_ms(url, args.agents, args.months)}
        results = {"SQLite": measure(sqlite), "PostgreSQL": measure(url)}
    finally:
        if server is not None:
            server.stop()
    agents = int(results["SQLite"].pop("agents"))
    results["PostgreSQL"].pop("agents")
    print(f"\n{'ms (median of 3)':<34}{'SQLite':>12}{'PostgreSQL':>12}{'PG / SQLite':>13}")
    rows = [("demo build (one run)", built["SQLite"], built["PostgreSQL"])]
    rows += [(name, value, results["PostgreSQL"][name]) for name, value in results["SQLite"].items()]
    for name, lite, pg in rows:
        print(f"{name:<34}{lite:>12,.0f}{pg:>12,.0f}{pg / lite if lite else 0:>12.1f}×")
    print(f"\n{agents:,} agents in each store (the demo keeps {args.agents:,} on the roster plus leavers).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
