"""Issue 17: codes become words one way (shared/words.py's literal manifest), whatever was imported before.

The old registries were filled when a page's module was imported: the command line described a KPI error only
if it had imported the performance words first, and an enum of the training area had no words until the
training page loaded. Each test here runs in a fresh interpreter that imports nothing but the words."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from enum import StrEnum
from pathlib import Path

from shared.words import AREA_WORDS

ROOT = Path(__file__).resolve().parents[2]


def fresh(code: str, tmp_path: Path) -> dict:  # type: ignore[type-arg]
    script = ("from PySide6.QtCore import QCoreApplication\napp = QCoreApplication([])\n"
              "from shared.i18n import install_translators\ninstall_translators('zh_CN')\n" + code)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                               "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_every_area_word_is_there_without_importing_its_pages(tmp_path: Path) -> None:
    answer = fresh("""
import json, sys
from shared.messages import describe
from shared.words import label, event_word, todo_word
from domain.training.model import ItemKind
from domain.recruiting.model import Round
from domain.care.model import CareCategory
from domain.performance.model import Grade
print(json.dumps({"enum": [label(ItemKind.SHADOWING), label(Round.SUPERVISOR), label(CareCategory.HEALTH),
                           label(Grade.IMPROVE)],
                  "codes": [describe("kpi_month_exists"), describe("mentor_at_capacity"), describe("care_locked")],
                  "timeline": [event_word("training", "promoted"), todo_word("reminders", "birthday")],
                  "pages": sorted(m for m in sys.modules if m.startswith("ui."))}))
""", tmp_path)
    assert not answer["pages"]  # nothing of the window was needed
    for text in answer["enum"] + answer["codes"] + answer["timeline"]:
        assert text and all(not ("a" <= ch <= "z") for ch in text[:2]), text  # Chinese, not a code or English
    assert "Unexpected" not in " ".join(answer["codes"]) and "意外" not in " ".join(answer["codes"])


def test_the_roster_words_load_no_other_area(tmp_path: Path) -> None:
    answer = fresh("""
import json, sys
from shared.words import label
from domain.roster.model import Role
word = label(Role.HOTLINE)
words = sorted(m for m in sys.modules if m.startswith("shared.") and m.endswith("_words"))
print(json.dumps({"word": word, "words": words}))
""", tmp_path)
    assert answer["word"] == "热线"
    assert answer["words"] == ["shared.roster_words"]


def test_every_member_of_every_listed_enum_has_its_words() -> None:
    for area, module_name in AREA_WORDS.items():
        module = importlib.import_module(module_name)
        for kind, words in getattr(module, "ENUMS", {}).items():
            assert issubclass(kind, StrEnum)
            assert kind.__module__.split(".")[1] == area, (kind, area)  # found where label() looks for it
            missing = {m.value for m in kind} - set(words)
            assert not missing, (kind.__name__, missing)


def test_no_code_has_two_different_words() -> None:
    from shared.messages import CODES

    seen = dict(CODES)
    for module_name in AREA_WORDS.values():
        for code, text in getattr(importlib.import_module(module_name), "CODES", {}).items():
            assert seen.setdefault(code, text) == text, code
