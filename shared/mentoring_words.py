"""The headless `export allowance` command's words. They belong to the mentoring area's .ts file
(resources/i18n/update_translations.py maps shared/<area>_words.py to <area>)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

CLI_WORDS = {
    "bad_month": QT_TRANSLATE_NOOP("MentoringCli", "Month must look like 2026-10: %1"),
    "written": QT_TRANSLATE_NOOP("MentoringCli", "Allowance statement for %1 written to %2: %3 lines, total ¥%4."),
    "missing": QT_TRANSLATE_NOOP("MentoringCli", "%1 does not exist."),
}
