"""The command line's language, chosen before argparse runs (its help, usage and errors are words too).

Chinese unless `--lang en` is given. Lookups go through a QTranslator of our own, so parsing needs no
QCoreApplication: the window starts its QApplication afterwards, untouched. Light on purpose (QtCore only):
main.py imports this on every start."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from shared.i18n import DEFAULT_LANGUAGE, I18N_DIR, valid_language

_state: dict[str, object] = {"language": DEFAULT_LANGUAGE, "translator": None}

# argparse's own messages (Python 3.11), looked up through the gettext names argparse calls.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)


def language_in(argv: Sequence[str]) -> str:
    """`--lang X` or `--lang=X` anywhere before a `--`; Chinese otherwise (and for a value we do not ship,
    which argparse then reports in Chinese)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return valid_language(argv[i + 1]) or DEFAULT_LANGUAGE
        if arg.startswith("--lang="):
            return valid_language(arg.split("=", 1)[1]) or DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def use_language(language: str) -> None:
    """Load the CLI's words for `language` and teach argparse to ask for them."""
    _state["language"] = language
    translator = None
    if language != "en":
        translator = QTranslator()
        if not translator.load(str(I18N_DIR / f"core_{language}.qm")):
            translator = None
    _state["translator"] = translator
    argparse._ = lambda text: translate("Argparse", text)  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: translate("Argparse", one if n == 1 else many)  # type: ignore[attr-defined]


def translate(context: str, text: str) -> str:
    translator = _state["translator"]
    if isinstance(translator, QTranslator):
        return translator.translate(context, text) or text
    return text


def tr(text: str) -> str:
    """The CLI's sentences: lupdate files module-level tr() calls under the empty context."""
    return translate("", text)


class DeskArgumentParser(argparse.ArgumentParser):
    """Errors end with a hint to --help in the user's language, and exit with code 2 (bad input)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        hint = tr("Run %1 --help to see what it takes.").replace("%1", self.prog)
        self.exit(2, translate("Argparse", "%(prog)s: error: %(message)s\n")
                  % {"prog": self.prog, "message": message} + hint + "\n")
