"""What every subcommand needs: translated words, the database opened safely, and exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from persistence.database import Database, open_database
from persistence.migrate import NotOurDatabase, SchemaCorrupt, SchemaTooNew
from ui.i18n import DEFAULT_LANGUAGE, install_translators

EXIT_OK, EXIT_BAD_INPUT, EXIT_REFUSED = 0, 2, 3


def tr(text: str) -> str:
    # lupdate files module-level tr() calls under the empty context; look them up there.
    return QCoreApplication.translate("", text)


def start_core(language: str = DEFAULT_LANGUAGE) -> QCoreApplication:
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    install_translators(language)
    return app  # type: ignore[return-value]


def say(text: str) -> None:
    print(text, flush=True)


def fail(text: str, code: int = EXIT_BAD_INPUT) -> int:
    print(text, file=sys.stderr, flush=True)
    return code


class OpenFailed(Exception):
    def __init__(self, message: str, code: int = EXIT_REFUSED) -> None:
        super().__init__(message)
        self.message, self.code = message, code


def open_db(path: Path) -> Database:
    try:
        return open_database(path)
    except NotOurDatabase:
        raise OpenFailed(tr("%1 is not a Supervisor's Desk database; it was left untouched.")
                         .replace("%1", str(path))) from None
    except SchemaTooNew as exc:
        raise OpenFailed(tr("%1 was made by a newer version of this app (schema %2); please upgrade the app.")
                         .replace("%1", str(path)).replace("%2", exc.revision)) from None
    except SchemaCorrupt as exc:
        raise OpenFailed(tr("%1 is damaged: %2").replace("%1", str(path)).replace("%2", str(exc))) from None
