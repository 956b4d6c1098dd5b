"""Time and peak memory of `read_tabular` over the hostile corpus (tests/fixtures/hostile_files.py).

    .venv/bin/python benchmarks/hostile_corpus.py [NAME ...]

Each file is read in its own runner process, so the figures belong to that file alone: wall time of
`read_tabular` (child start included), the peak RSS of the reading child (`RUSAGE_CHILDREN`) and of the
runner (the caller's side: the rows handed back). Goal (issue 14): each file refused or read within 5 s and
300 MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_S, GOAL_MB = 5.0, 300

RUNNER = """
import json, resource, sys, time
from pathlib import Path
from persistence.tabular import UnreadableFile, read_tabular
from tests.persistence.test_hostile_reader import file_makers
path = file_makers()[sys.argv[1]](Path(sys.argv[2]))
started = time.perf_counter()
try:
    outcome = "read %d sheet(s)" % len(read_tabular(path))
except UnreadableFile as exc:
    outcome = exc.code
seconds = time.perf_counter() - started
kib = 1024 if sys.platform != "darwin" else 1024 * 1024
print(json.dumps({"outcome": outcome, "seconds": seconds,
                  "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / kib,
                  "caller_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / kib,
                  "bytes": path.stat().st_size if path.exists() else 0}))
"""


def main(names: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from tests.persistence.test_hostile_reader import file_makers

    names = names or sorted(file_makers())
    print(f"{'file':45} {'outcome':22} {'size':>9} {'time':>7} {'child':>8} {'caller':>8}")
    worst_s = worst_mb = 0.0
    missed = []
    for name in names:
        with tempfile.TemporaryDirectory() as folder:
            done = subprocess.run([sys.executable, "-c", RUNNER, name, folder], cwd=ROOT, capture_output=True,
                                  text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""}, timeout=300)
        if done.returncode:
            print(f"{name:45} runner failed: {done.stderr.strip().splitlines()[-1:]}")
            missed.append(name)
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        worst_s, worst_mb = max(worst_s, r["seconds"]), max(worst_mb, r["child_mb"], r["caller_mb"])
        if r["seconds"] > GOAL_S or max(r["child_mb"], r["caller_mb"]) > GOAL_MB:
            missed.append(name)
        print(f"{name:45} {r['outcome']:22} {r['bytes'] / 1024:8.0f}K {r['seconds']:6.2f}s "
              f"{r['child_mb']:6.0f}MB {r['caller_mb']:6.0f}MB")
    print(f"\n{len(names)} files; slowest {worst_s:.2f} s, largest peak {worst_mb:.0f} MB; "
          f"goal {GOAL_S:g} s / {GOAL_MB} MB missed by: {', '.join(missed) or 'none'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
