"""The app's version has one home, pyproject.toml; a running copy reads it from its installed metadata
(`pip install -e` for a checkout, the copy PyInstaller bundles for the installable folder)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

DISTRIBUTION = "supervisors-desk"


@cache
def app_version() -> str:
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:  # a checkout started without being installed: read the source of truth
        pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
