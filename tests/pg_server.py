"""A throwaway PostgreSQL for tests and benchmarks: initdb + pg_ctl into a temporary folder, listening on a
Unix socket only (no TCP port, so parallel runs never collide), trust authentication for the one user
"postgres". initdb refuses to run as root (CI runs as root on Debian): there the server runs as the system
user `postgres` through runuser, in a folder handed to that user."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)  # Debian's layout, newest first


def server_bin() -> Path | None:
    """The folder holding initdb and pg_ctl, or None when PostgreSQL's server package is absent."""
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).parent
    for folder in BIN_DIRS:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


class PgServer:
    def __init__(self, bin_dir: Path, root: Path) -> None:
        self.bin, self.root = bin_dir, root
        self.data, self.socket = root / "data", root / "sock"

    def start(self) -> PgServer:
        self.root.mkdir(parents=True, exist_ok=True)
        self.socket.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
            shutil.chown(self.socket, "postgres", "postgres")
            self.root.chmod(0o755)
        run = lambda *args: subprocess.run(_as_server_user(list(args)), check=True,  # noqa: E731
                                           capture_output=True, text=True, cwd=self.root)
        run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync")
        options = f"-c listen_addresses='' -k {self.socket} -c fsync=off -c full_page_writes=off"
        run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options,
            "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        subprocess.run(_as_server_user([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w",
                                        "stop"]), capture_output=True, cwd=self.root)
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket}"

    def execute(self, sql: str) -> None:
        """One statement outside a transaction (CREATE DATABASE cannot run inside one)."""
        import psycopg

        with psycopg.connect(host=str(self.socket), user="postgres", dbname="postgres", autocommit=True) as con:
            con.execute(sql)

    def new_database(self) -> str:
        """A fresh, empty database; its URL."""
        name = "t_" + uuid.uuid4().hex[:12]
        self.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def start_server(prefix: str = "desk-pg-") -> PgServer | None:
    bin_dir = server_bin()
    if bin_dir is None:
        return None
    # /tmp, not a deep pytest folder: a Unix socket path must stay under ~100 bytes.
    return PgServer(bin_dir, Path(tempfile.mkdtemp(prefix=prefix))).start()
