"""Where our files live by default (platformdirs): data, backups, logs, UI state."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP = "SupervisorsDesk"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    logs: Path
    config: Path

    @property
    def default_db(self) -> Path:
        return self.data / "desk.sqlite"

    @property
    def demo_db(self) -> Path:
        return self.data / "demo.sqlite"


def app_paths() -> AppPaths:
    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP, appauthor=False)),
        logs=Path(platformdirs.user_log_dir(APP, appauthor=False)),
        config=Path(platformdirs.user_config_dir(APP, appauthor=False)),
    )
