"""Error and validation codes from domain/ and persistence/, put into words (the CLI uses it too)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CODES = {
    "required": QT_TRANSLATE_NOOP("Messages", "This field is required"),
    "too_long": QT_TRANSLATE_NOOP("Messages", "Too long"),
    "employee_no_shape": QT_TRANSLATE_NOOP(
        "Messages", "Employee no. may only contain letters, digits, - and _ (at most 20)"),
    "hire_in_future": QT_TRANSLATE_NOOP("Messages", "Hire date cannot be in the future"),
    "implausible_age": QT_TRANSLATE_NOOP("Messages", "Birth date gives an implausible age at hire"),
    "phone_shape": QT_TRANSLATE_NOOP("Messages", "Phone must be an 11-digit mobile or a landline like 0571-12345678"),
    "leave_before_hire": QT_TRANSLATE_NOOP("Messages", "Leave date cannot be before the hire date"),
    "leave_in_future": QT_TRANSLATE_NOOP("Messages", "Leave date cannot be in the future"),
    "duplicate_employee_no": QT_TRANSLATE_NOOP("Messages", "This employee no. is already in the roster"),
    "duplicate_in_file": QT_TRANSLATE_NOOP("Messages", "Employee no. appears twice in the file"),
    "changed_since_preview": QT_TRANSLATE_NOOP(
        "Messages", "The agent was changed after the preview was made; preview again"),
    "missing_column": QT_TRANSLATE_NOOP("Messages", "Required column is missing"),
    "no_header_row": QT_TRANSLATE_NOOP("Messages", "No header row found (e.g. 工号, 姓名)"),
    "bad_date": QT_TRANSLATE_NOOP("Messages", "Not a valid date"),
    "not_a_number": QT_TRANSLATE_NOOP("Messages", "Not a number"),
    "bad_percent": QT_TRANSLATE_NOOP("Messages", "Not a valid percentage"),
    "bad_duration": QT_TRANSLATE_NOOP("Messages", "Not a valid duration"),
    "bad_bool": QT_TRANSLATE_NOOP("Messages", "Expected yes or no"),
    "bad_choice": QT_TRANSLATE_NOOP("Messages", "Not one of the allowed values"),
    "empty_file": QT_TRANSLATE_NOOP("Messages", "The file is empty"),
    "not_xlsx": QT_TRANSLATE_NOOP("Messages", "Not an Excel workbook (.xlsx, .xlsm or .xls)"),
    "truncated": QT_TRANSLATE_NOOP("Messages", "The file is damaged or incomplete"),
    "corrupt": QT_TRANSLATE_NOOP("Messages", "The file is damaged or incomplete"),
    "encrypted": QT_TRANSLATE_NOOP("Messages", "The workbook is password-protected; save it without a password"),
    "too_many_members": QT_TRANSLATE_NOOP("Messages", "The file has too many parts to be a normal workbook"),
    "zip_bomb": QT_TRANSLATE_NOOP("Messages", "The file expands to an unsafe size"),
    "unsafe_member_name": QT_TRANSLATE_NOOP("Messages", "The file contains unsafe paths"),
    "too_many_rows": QT_TRANSLATE_NOOP("Messages", "Too many rows"),
    "too_many_columns": QT_TRANSLATE_NOOP("Messages", "Too many columns"),
    "unknown_encoding": QT_TRANSLATE_NOOP(
        "Messages", "Unknown text encoding: save it as UTF-8 or GBK, or choose the encoding"),
    "unsupported_extension": QT_TRANSLATE_NOOP(
        "Messages", "Only .xlsx, .xlsm, .xls, .csv and .txt files can be imported"),
    "bad_xml": QT_TRANSLATE_NOOP("Messages", "The file contains unsafe XML"),
    "formula_without_value": QT_TRANSLATE_NOOP("Messages", "A formula has no saved value; open and save in Excel"),
    "io_error": QT_TRANSLATE_NOOP("Messages", "The file could not be opened (is it open in another program?)"),
    "too_large": QT_TRANSLATE_NOOP("Messages", "The file is too large to import"),
    "not_text": QT_TRANSLATE_NOOP("Messages", "Not a text (CSV) file"),
    "too_many_cells": QT_TRANSLATE_NOOP("Messages", "Too many cells; split the file"),
    "blank": QT_TRANSLATE_NOOP("Messages", "A value is required here"),
    "not_an_integer": QT_TRANSLATE_NOOP("Messages", "Not a whole number"),
    "cannot_undo": QT_TRANSLATE_NOOP("Messages", "Cannot undo: other records now depend on this"),
    "not_found": QT_TRANSLATE_NOOP("Messages", "The record no longer exists"),
    "not_your_team": QT_TRANSLATE_NOOP(
        "Messages", "This team belongs to another supervisor; a centre manager can change it"),
    "edited_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "Changed by %1 at %2 since you opened it; your edit was not saved. What you typed is kept: "
                    "close and reopen to see their change, then edit again"),
    "database_not_empty": QT_TRANSLATE_NOOP("Messages", "The database already holds data"),
    "duplicate_sheet_name": QT_TRANSLATE_NOOP(
        "Messages", "Two sheets have the same name; rename one in Excel and save again"),
    "too_much_text": QT_TRANSLATE_NOOP("Messages", "The file holds too much text to import at once; split it"),
    "cell_too_long": QT_TRANSLATE_NOOP("Messages", "A cell holds more than 32,767 characters (Excel's limit)"),
    "unclosed_quote": QT_TRANSLATE_NOOP("Messages", "A quotation mark is opened and never closed (see the row named)"),
    "html_table": QT_TRANSLATE_NOOP(
        "Messages", "This is a web page (HTML) saved as .xls; open it in Excel and save as .xlsx"),
    "reader_crashed": QT_TRANSLATE_NOOP("Messages", "The file could not be read: the reader stopped on it"),
    "reader_out_of_memory": QT_TRANSLATE_NOOP("Messages", "The file needs more memory to read than is allowed"),
    "reader_timeout": QT_TRANSLATE_NOOP("Messages", "Reading the file took too long and was stopped"),
    "import_rejected": QT_TRANSLATE_NOOP("Messages", "The import was rejected; nothing was changed"),
}


def known(code: str) -> bool:
    """Whether the code has words of its own (the core's here, or an area's in shared/<area>_words.py)."""
    return code in CODES or code in _area_codes()


def describe(code: str) -> str:
    source = CODES.get(code) or _area_codes().get(code)
    if source is None:
        return QCoreApplication.translate("Messages", "Unexpected problem (%1)").replace("%1", code)
    return QCoreApplication.translate("Messages", source)


def _area_codes() -> dict[str, str]:
    from shared.words import table  # the areas' words load on the first code that is not the core's

    return table("CODES")
